//! Running a parsed command line: resolve the settings, start an in-process sandbox for
//! `--sandbox`, build the [`Context`] and dispatch to one file per command.

mod account;
mod api;
mod blacklist;
mod cancel;
pub mod completions;
mod config;
mod doctor;
mod manual;
mod number_list;
mod numbers;
mod pages;
mod replies;
mod sandbox;
mod selection;
mod send;
mod senders;
pub mod status;
mod webhook;

pub use account::check_usage_error;

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

use anyhow::Result;

use crate::api::Client;
use crate::cli::{Cli, Command, ConfigCommand, NumbersCommand};
use crate::config::{Overrides, Settings};
use crate::exit::Outcome;
use crate::output;
use crate::secret::Secret;

/// What every command gets: the settings, the output options, and a client built on first use
/// (so commands that never call the API never need credentials).
pub struct Context {
    pub settings: Settings,
    pub output: output::Options,
    client: OnceLock<Client>,
}

impl Context {
    pub fn new(settings: Settings, output: output::Options) -> Context {
        Context {
            settings,
            output,
            client: OnceLock::new(),
        }
    }

    pub fn client(&self) -> Result<&Client> {
        if let Some(c) = self.client.get() {
            return Ok(c);
        }
        let client = Client::new(self.settings.client_config()?);
        Ok(self.client.get_or_init(|| client))
    }

    /// Standard output, buffered.
    pub fn stdout(&self) -> std::io::BufWriter<std::io::StdoutLock<'static>> {
        std::io::BufWriter::new(std::io::stdout().lock())
    }
}

/// Print a message for people on stderr.
pub fn note(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "serwersms: {message}");
}

pub fn run(cli: Cli) -> Result<Outcome> {
    let env = |k: &str| std::env::var(k).ok();
    let mut overrides = Overrides {
        config: cli.global.config.clone(),
        profile: cli.global.profile.clone(),
        api_url: cli.global.api_url.clone(),
        timeout: cli.global.timeout,
        sandbox: None,
        verbose: cli.global.verbose,
        mask_numbers: cli.global.mask_numbers,
        allow_missing_file: matches!(
            cli.command,
            Command::Config(ConfigCommand::Path | ConfigCommand::Init(_) | ConfigCommand::Profiles)
        ),
    };

    // `--sandbox`: a sandbox in this process, on a free port, with the persistent state.
    let needs_api = !matches!(
        cli.command,
        Command::Sandbox(_)
            | Command::Config(_)
            | Command::Man
            | Command::Completions { .. }
            | Command::Webhook(_)
            | Command::Numbers(NumbersCommand::Normalize(_))
    );
    match cli.command {
        Command::Man => return manual::run(),
        Command::Completions { shell } => return completions::run(shell),
        _ => {}
    }
    let _sandbox = if cli.global.sandbox && needs_api {
        let running = crate::sandbox::start(crate::sandbox::Options {
            state_dir: Some(crate::config::data_dir()?.join("sandbox")),
            ..Default::default()
        })?;
        overrides.sandbox = Some((
            running.url().to_string(),
            Secret::new(crate::sandbox::DEFAULT_TOKEN),
        ));
        Some(running)
    } else {
        None
    };

    let output = output::Options {
        format: cli.global.output,
        terminal: std::io::stdout().is_terminal(),
    };
    // The doctor reports a broken config as one of its checks instead of failing on it.
    if let Command::Doctor = cli.command {
        return doctor::run(crate::config::resolve(&overrides, &env), output);
    }
    let settings = crate::config::resolve(&overrides, &env)?;
    for w in &settings.warnings {
        note(&format!("warning: {w}"));
    }
    let ctx = Context::new(settings, output);
    match cli.command {
        Command::Account(c) => account::run(&ctx, c),
        Command::Api(a) => api::run(&ctx, a),
        Command::Cancel(a) => cancel::run(&ctx, a),
        Command::Config(c) => config::run(&ctx, c),
        Command::Doctor | Command::Man | Command::Completions { .. } => {
            unreachable!("handled above")
        }
        Command::Sandbox(a) => sandbox::run(a),
        Command::Webhook(c) => webhook::run(&ctx, c),
        Command::Replies(a) => replies::run(&ctx, a),
        Command::Status(a) => status::run(&ctx, a),
        Command::Numbers(c) => numbers::run(&ctx, c),
        Command::Senders(c) => senders::run(&ctx, c),
        Command::Blacklist(c) => blacklist::run(&ctx, c),
        Command::Send(a) => send::run(&ctx, a),
    }
}

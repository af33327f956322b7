//! `serwersms sandbox`: run the API emulator in the foreground until interrupted. The first
//! line on stdout is its URL (for scripts and tests); how to use it goes to stderr.

use std::io::Write;

use anyhow::Result;

use crate::cli::SandboxArgs;
use crate::exit::{Failure, Outcome};
use crate::sandbox::{self, faults::Fault};

pub fn run(args: SandboxArgs) -> Result<Outcome> {
    let faults = args
        .faults
        .iter()
        .map(|s| Fault::parse(s).map_err(|e| Failure::usage(format!("--fault {s}: {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let state_dir = if args.memory {
        None
    } else {
        Some(match args.state {
            Some(dir) => dir,
            None => crate::config::data_dir()?.join("sandbox"),
        })
    };
    for (name, value) in [
        ("--token", &args.token),
        ("--username", &args.username),
        ("--password", &args.password),
    ] {
        if value.is_empty() {
            return Err(Failure::usage(format!("{name} is empty")).into());
        }
    }
    if let Some(url) = &args.callback_url {
        sandbox::callbacks::Templates::new(url)
            .map_err(|e| Failure::usage(format!("--callback-url {e}")))?;
    }
    let running = sandbox::start(sandbox::Options {
        port: args.port,
        state_dir: state_dir.clone(),
        token: args.token.clone(),
        username: args.username.clone(),
        password: args.password.clone(),
        faults,
        callback_url: args.callback_url.clone(),
    })?;
    let url = running.url().to_string();
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{url}")?;
    stdout.flush()?;
    let state = state_dir
        .map(|d| d.display().to_string())
        .unwrap_or_else(|| "in memory".into());
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "serwersms: sandbox listening on {url} (state: {state})\n\
         \x20 accepts the token {} or the API user {} / {}\n\
         \x20 try, in another shell:\n\
         \x20   export SERWERSMS_API_URL={url} SERWERSMS_TOKEN={}\n\
         \x20   serwersms account limits\n\
         \x20 stop it with Ctrl-C",
        args.token, args.username, args.password, args.token
    )?;
    drop(err);
    running.wait();
    Ok(Outcome::Success)
}

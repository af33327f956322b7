//! serwersms: a command-line client for the SerwerSMS.pl HTTPS API v2, with a built-in sandbox
//! that emulates the API.
//!
//! The binary (`main.rs`) parses the command line and calls [`commands::run`]. The library
//! exists so that tests reach the pure modules (config resolution, decoding, output).

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod durable;
pub mod exit;
pub mod interrupt;
pub mod journal;
pub mod output;
pub mod phone;
pub mod recipients;
pub mod sandbox;
pub mod secret;
pub mod sender_name;
pub mod sms_parts;
pub mod warsaw_time;
pub mod webhook;
pub mod xml_encode;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

/// Report a command line the parser refused, and return its exit code. A monitoring check
/// (`account limits --warn/--critical`) answers in its own convention; other usage errors
/// carry the program's name like every error (exit 2); help and `--version`, which clap also
/// hands back as errors, go out as clap prints them.
pub fn report_usage(args: &[OsString], err: clap::Error) -> ExitCode {
    if let Some((line, code)) = commands::check_usage_error(args, &err) {
        println!("{line}");
        return ExitCode::from(code);
    }
    let help = err.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if !err.use_stderr() || help {
        err.exit();
    }
    eprint!("serwersms: {}", err.render());
    ExitCode::from(exit::Code::Usage.as_u8())
}

/// Print an error once, as `serwersms: error: …` with an optional hint line, and return the
/// exit code it maps to. A closed stdout (`serwersms … | head`) ends quietly.
pub fn report(err: &anyhow::Error) -> ExitCode {
    let broken_pipe = err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "serwersms: error: {}", exit::message_for(err));
    if let Some(hint) = exit::hint_for(err) {
        let _ = writeln!(stderr, "hint: {hint}");
    }
    ExitCode::from(exit::code_for(err).as_u8())
}

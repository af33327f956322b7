//! The `serwersms` binary: parse, run, report the error once, return the exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = serwersms::cli::Cli::parse();
    match serwersms::commands::run(cli) {
        Ok(outcome) => ExitCode::from(outcome.as_u8()),
        Err(err) => serwersms::report(&err),
    }
}

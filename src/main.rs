//! The `serwersms` binary: parse, run, report the error once, return the exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match serwersms::cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => return serwersms::report_usage(&args, err),
    };
    match serwersms::commands::run(cli) {
        Ok(outcome) => ExitCode::from(outcome.as_u8()),
        Err(err) => serwersms::report(&err),
    }
}

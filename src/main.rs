//! The `serwersms` binary: parse, run, report the error once, return the exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match serwersms::cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        // A monitoring check reports its own usage errors, in its exit-code convention.
        Err(err) => match serwersms::commands::check_usage_error(&args, &err) {
            Some((line, code)) => {
                println!("{line}");
                return ExitCode::from(code);
            }
            // Usage errors carry the program's name like every other error; help and
            // --version are not errors and go out as clap prints them.
            None if err.use_stderr()
                && err.kind()
                    != clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand =>
            {
                eprint!("serwersms: {}", err.render());
                return ExitCode::from(2);
            }
            None => err.exit(),
        },
    };
    match serwersms::commands::run(cli) {
        Ok(outcome) => ExitCode::from(outcome.as_u8()),
        Err(err) => serwersms::report(&err),
    }
}

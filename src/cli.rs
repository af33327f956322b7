//! The command-line interface: clap types only, no I/O and no logic. `commands` turns these
//! into work; `config` turns the global options into settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

pub mod send;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  the API refused the request, or another runtime error
  2  usage or invalid input, caught before any request was sent
  3  partial success (some items failed)
  4  authentication or permission refused (API codes 1001-1008)
  5  network or server failure; for a send, the outcome is unknown
  6  --wait ran out of time before every message reached a final state

Environment:
  SERWERSMS_CONFIG, SERWERSMS_PROFILE, SERWERSMS_TOKEN, SERWERSMS_TOKEN_FILE,
  SERWERSMS_USERNAME, SERWERSMS_PASSWORD, SERWERSMS_API_URL, SERWERSMS_FALLBACK_URL, NO_COLOR

Try it without an account: serwersms --sandbox account limits";

/// Send SMS and read delivery reports through the SerwerSMS.pl API, from a shell or a cron job.
#[derive(Debug, Parser)]
#[command(name = "serwersms", version, about, after_help = EXIT_CODES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]
    #[arg(long = "config", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]
    #[arg(long = "profile", global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]
    #[arg(long = "api-url", global = true, value_name = "URL")]
    pub api_url: Option<String>,

    /// Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]
    #[arg(long = "timeout", global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,

    /// Output format for data on stdout
    #[arg(short = 'o', long = "output", global = true, value_enum, default_value_t = Format::Table)]
    pub output: Format,

    /// Trace each request and response on stderr (secrets redacted)
    #[arg(short = 'v', long = "verbose", global = true)]
    pub verbose: bool,

    /// Run against a local sandbox started for this command (no account needed; state is kept
    /// in the data directory)
    #[arg(long = "sandbox", global = true)]
    pub sandbox: bool,
}

fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    crate::config::parse_duration(s)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Account balances and contact details
    #[command(subcommand, disable_help_subcommand = true)]
    Account(AccountCommand),

    /// Call any API action and print the answer (the escape hatch to every endpoint)
    #[command(after_help = "\
Examples:
  serwersms api account/limits -f show_type=true
  serwersms api messages/reports -f status=delivered -f limit=10 -o json
  serwersms api messages/send_sms -f phone=500600700 -f text=Hi -F test=true
  echo '{\"phone\":[\"500600700\"]}' | serwersms api phones/test --input -
  serwersms api error/1001.xml -o xml")]
    Api(ApiArgs),

    /// Show, locate or create the config file
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Run a local emulator of the SerwerSMS API, for trying the tool and for tests
    Sandbox(SandboxArgs),

    /// Send SMS: one text to many numbers, or a text per row of a CSV file
    Send(send::SendArgs),
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Balance per message type (eco, full, voice, mms, lookup, hlr)
    #[command(
        after_help = "Examples:\n  serwersms account limits\n  serwersms account limits -o json | jq -r '.items[] | select(.type==\"full\") | .value'"
    )]
    Limits,
    /// Contact details of SerwerSMS and of your account manager
    Help,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// The action, e.g. messages/reports (add .xml to get the XML form from the server)
    #[arg(value_name = "ACTION")]
    pub action: String,

    /// A string parameter; repeat a key to send a list
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// A parameter whose value is JSON (true, 5, ["a","b"], {...})
    #[arg(short = 'F', long = "json-field", value_name = "KEY=JSON")]
    pub json_fields: Vec<String>,

    /// Read the parameters as a JSON object from a file, or - for stdin (fields override it)
    #[arg(long = "input", value_name = "FILE")]
    pub input: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path of the config file in use
    Path,
    /// Every resolved setting and where it came from (secrets are never shown)
    Show,
    /// Write a commented config file (mode 0600) with your API token
    #[command(
        after_help = "Examples:\n  serwersms config init\n  pass show serwersms | serwersms config init --token-stdin"
    )]
    Init(InitArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Read the token from stdin instead of asking on the terminal
    #[arg(long = "token-stdin")]
    pub token_stdin: bool,

    /// Default sender name to write into the file
    #[arg(long = "sender", value_name = "NAME")]
    pub sender: Option<String>,

    /// Overwrite an existing file
    #[arg(long = "force")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Port to listen on, on 127.0.0.1 (0 picks a free one)
    #[arg(long = "port", default_value_t = 8642)]
    pub port: u16,

    /// Directory for the sandbox's state [default: <data dir>/serwersms/sandbox]
    #[arg(long = "state", value_name = "DIR", conflicts_with = "memory")]
    pub state: Option<PathBuf>,

    /// Keep state in memory only
    #[arg(long = "memory")]
    pub memory: bool,

    /// API token the sandbox accepts
    #[arg(long = "token", value_name = "TOKEN", default_value = crate::sandbox::DEFAULT_TOKEN)]
    pub token: String,

    /// API user name the sandbox accepts
    #[arg(long = "username", value_name = "NAME", default_value = crate::sandbox::DEFAULT_USERNAME)]
    pub username: String,

    /// API user password the sandbox accepts
    #[arg(long = "password", value_name = "PASSWORD", default_value = crate::sandbox::DEFAULT_PASSWORD)]
    pub password: String,

    /// Inject a fault (for tests): KIND[:MS][@ACTION][*TIMES][+AFTER]
    #[arg(long = "fault", value_name = "SPEC", hide = true)]
    pub faults: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

//! The command-line interface: clap types only, no I/O and no logic. `commands` turns these
//! into work; `config` turns the global options into settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  the API refused the request, or another runtime error
  2  usage or invalid input, caught before any request was sent
  3  partial success (some items failed)
  4  authentication or permission refused (API codes 1001-1008)
  5  network or server failure; for a send, the outcome is unknown
  6  --wait ran out of time before every message reached a final state (or every slow
     HLR/lookup result came)

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

    /// Phone numbers: normalize offline, HLR check, network lookup, validation
    #[command(subcommand, disable_help_subcommand = true)]
    Numbers(NumbersCommand),

    /// Sender names: list them, register a new one
    #[command(subcommand, disable_help_subcommand = true)]
    Senders(SendersCommand),

    /// The blacklist (opt-outs): numbers that are never sent to
    #[command(subcommand, disable_help_subcommand = true)]
    Blacklist(BlacklistCommand),

    /// Run a local emulator of the SerwerSMS API, for trying the tool and for tests
    Sandbox(SandboxArgs),
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

#[derive(Debug, Subcommand)]
pub enum NumbersCommand {
    /// Normalize numbers offline, the way every other command does (no request, no charge)
    #[command(after_help = "\
Prints each number as given, its normalized form (+48500600700), whether it is valid, and why
not. Numbers are normalized like everywhere in serwersms: spaces, dots, dashes, slashes and
brackets are ignored; 9 digits, 48 + 9 digits and 0048 + 9 digits are Polish (+48) and must
start with a Polish prefix; a foreign number needs + or 00 and its country code. With -, blank
lines are skipped. In -o json the reason is a stable code (too_short, too_long, letters,
misplaced_plus, foreign_without_plus, unknown_prefix, empty).

Exit codes: 0 every number is valid, 3 some are not, 2 usage error.

Examples:
  serwersms numbers normalize '500 600 700' 0048600700800
  serwersms numbers normalize - < numbers.txt -o csv > clean.csv
  serwersms numbers normalize - -o ndjson < numbers.txt | jq -r 'select(.valid) | .normalized'")]
    Normalize(NormalizeArgs),

    /// HLR check: is the number reachable now, which network, ported? (charged per number)
    #[command(after_help = "\
Each number is one phones/check query, charged to the hlr balance (see `account limits`).
Duplicates are checked once. Checking more than 10 numbers asks for confirmation when stdin is
a terminal (never otherwise); --yes skips it. A slow query answers with an id: serwersms then
asks again with it every --poll-every until the result is there or --wait runs out, and prints
the ids still pending so that `--id` can fetch them later (fetching is not charged again).
A charged query that fails on the way is never sent again: the error says so.

Exit codes: 0 every number is reachable (OK); 3 some are not (ERR, the description says why)
or were refused; 6 --wait ran out before every result came; 1 the API refused (e.g. 4103, the
HLR balance is used up); 2 invalid input, nothing sent; 4 authentication; 5 network.

Examples:
  serwersms numbers check 500600700 +48600700800
  serwersms numbers check 500600555 --wait 5m
  serwersms numbers check --id 6970aa5525
  serwersms numbers check - --yes -o json < numbers.txt")]
    Check(QueryArgs),

    /// Network lookup: which network the number belongs to, and whether it was ported (charged)
    #[command(after_help = "\
Each number is one phones/lookup query, charged to the lookup balance. Confirmation, slow
queries, --id, --wait and the exit codes work as for `numbers check` (0 every answer is OK,
3 some are not, 6 --wait ran out).

Examples:
  serwersms numbers lookup 500600700
  serwersms numbers lookup 500600555 600700800 -o json")]
    Lookup(QueryArgs),

    /// Ask the API whether numbers are valid (phones/test; not charged)
    #[command(after_help = "\
Numbers are normalized first; one that is not a phone number stops the command before any
request (exit 2; `numbers normalize` says why for each).

Exit codes: 0 the API says every number is correct, 3 some are not, 2 invalid input.

Examples:
  serwersms numbers validate 500600700 221234567
  serwersms numbers validate - -o csv < numbers.txt")]
    Validate(ValidateArgs),
}

#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// Numbers to normalize; - reads them from stdin, one a line
    #[arg(value_name = "NUMBER", required = true)]
    pub numbers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Numbers to query; - reads them from stdin, one a line
    #[arg(value_name = "NUMBER", required_unless_present = "ids")]
    pub numbers: Vec<String>,

    /// Fetch the result of an earlier slow query by its id (repeatable; not charged again)
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,

    /// Do not ask for confirmation before querying more than 10 numbers
    #[arg(short = 'y', long = "yes")]
    pub yes: bool,

    /// How long to wait for slow results before printing their ids (0: do not wait)
    #[arg(long = "wait", value_name = "DURATION", default_value = "3m", value_parser = parse_duration)]
    pub wait: std::time::Duration,

    /// How often to ask for slow results (at least 100ms)
    #[arg(long = "poll-every", value_name = "DURATION", default_value = "5s", value_parser = parse_poll_interval)]
    pub poll_every: std::time::Duration,
}

fn parse_poll_interval(s: &str) -> Result<std::time::Duration, String> {
    let d = crate::config::parse_duration(s)?;
    if d < std::time::Duration::from_millis(100) {
        return Err(format!("'{s}' is too short; poll at most every 100ms"));
    }
    Ok(d)
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Numbers to validate; - reads them from stdin, one a line
    #[arg(value_name = "NUMBER", required = true)]
    pub numbers: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum SendersCommand {
    /// Your sender names with their agreement and authorization status
    #[command(after_help = "\
Without --predefined: the names registered on your account (`senders add`). With it: the
system's predefined names, which any account may use.

Examples:
  serwersms senders list
  serwersms senders list --predefined
  serwersms senders list -o json | jq -r '.items[] | select(.status==\"authorized\") | .name'")]
    List(SendersListArgs),

    /// Register a sender name; it can be used once the operator has authorized it
    #[command(after_help = "\
A sender name is at most 11 letters (A-Z, a-z) and digits, or a number of exactly 4 or 9
digits; it is checked before any request. After adding, the name is pending_authorization
until SerwerSMS authorizes it (some names need a signed agreement, see the agreement column
of `senders list`); only authorized names can send.

Exit codes: 0 added, or already registered (noted on stderr, so scripts can run it again);
1 the API refused; 2 not a valid sender name, nothing sent.

Examples:
  serwersms senders add MyShop
  serwersms senders add 500600700")]
    Add(SendersAddArgs),
}

#[derive(Debug, Args)]
pub struct SendersListArgs {
    /// List the system's predefined sender names instead of your own
    #[arg(long = "predefined")]
    pub predefined: bool,
}

#[derive(Debug, Args)]
pub struct SendersAddArgs {
    /// The sender name
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Subcommand)]
pub enum BlacklistCommand {
    /// Every blacklisted number with the time it was added (all pages)
    #[command(after_help = "\
Examples:
  serwersms blacklist list
  serwersms blacklist list --phone 500600700
  serwersms blacklist list -o csv > blacklist.csv")]
    List(BlacklistListArgs),

    /// Add numbers to the blacklist: nothing is sent to them any more
    #[command(after_help = "\
Numbers are normalized first; one that is not a phone number stops the command before any
request. A number that is already listed (API code 4601) is reported as such and is not an
error, so scripts can add the same numbers again.

Exit codes: 0 every number is now on the blacklist; 3 some could not be added (each is
reported); 1 none could; 2 invalid input, nothing sent; 5 network (the number in flight may or
may not have been added: `blacklist check` it).

Examples:
  serwersms blacklist add 500600700 +48600700800
  serwersms blacklist add - < opt-outs.txt")]
    Add(BlacklistNumbersArgs),

    /// Whether a number is blacklisted: exit 0 if it is, 3 if it is not
    #[command(after_help = "\
Exit codes: 0 the number is on the blacklist; 3 it is not; 1 the API refused; 2 invalid input.

Examples:
  serwersms blacklist check 500600700
  if serwersms blacklist check \"$n\" 2>/dev/null >/dev/null; then echo opted out; fi")]
    Check(BlacklistCheckArgs),

    /// Remove numbers from the blacklist
    #[command(after_help = "\
A number that is not listed (API code 4602) is reported as such and is not an error, so
scripts can remove the same numbers again.

Exit codes: 0 none of the numbers is on the blacklist any more; 3 some could not be removed;
1 none could; 2 invalid input, nothing sent; 5 network.

Examples:
  serwersms blacklist remove 500600700
  serwersms blacklist remove - < opt-ins.txt")]
    Remove(BlacklistNumbersArgs),
}

#[derive(Debug, Args)]
pub struct BlacklistListArgs {
    /// Only the entry for this number
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phone: Option<String>,
}

#[derive(Debug, Args)]
pub struct BlacklistNumbersArgs {
    /// Numbers; - reads them from stdin, one a line
    #[arg(value_name = "NUMBER", required = true)]
    pub numbers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct BlacklistCheckArgs {
    /// The number to look for
    #[arg(value_name = "NUMBER")]
    pub number: String,
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

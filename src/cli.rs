//! The command-line interface: clap types only, no I/O and no logic. `commands` turns these
//! into work; `config` turns the global options into settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

mod reports;
pub use reports::{CancelArgs, RepliesArgs, StatusArgs};

pub mod send;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  the API refused the request, or another runtime error
  2  usage or invalid input, caught before any request was sent
  3  partial success (some items failed)
  4  authentication or permission refused (API codes 1001-1003, 1005, 1007, 1008)
  5  network or server failure; for a send, the outcome is unknown
  6  --wait ran out of time before every message reached a final state (or every slow
     HLR/lookup result came)
  130, 143  send stopped by Ctrl-C (SIGINT) or SIGTERM once the batch in flight was answered

Environment:
  SERWERSMS_CONFIG, SERWERSMS_PROFILE, SERWERSMS_TOKEN, SERWERSMS_TOKEN_FILE,
  SERWERSMS_USERNAME, SERWERSMS_PASSWORD, SERWERSMS_API_URL, SERWERSMS_FALLBACK_URL, HTTPS_PROXY

Examples:
  serwersms --sandbox account limits              # try it without an account
  serwersms send --to 500600700 --text 'Backup failed on db1' --wait=5m
  serwersms status --since 1d --state undelivered -o csv
  serwersms replies --new -o ndjson >> replies.ndjson";

/// Send SMS and read delivery reports through the SerwerSMS.pl API, from a shell or a cron job.
///
/// Sends SMS (one text to many numbers, or a text per row of a CSV file), follows delivery
/// reports and incoming replies, manages sender names, the blacklist and phone-number checks,
/// and calls any other API action. Tables for people; JSON, XML, CSV or NDJSON for scripts
/// (-o). Secrets never appear in output. --sandbox runs any command against a built-in emulator
/// of the API, so everything can be tried without an account; `serwersms man` is the full
/// manual.
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

    /// Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs
    #[arg(long = "mask-numbers", global = true)]
    pub mask_numbers: bool,

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
    ///
    /// `limits` shows the balance of each message type and, with --warn/--critical, is a check
    /// for Nagios, Icinga or Zabbix with the monitoring-plugin exit codes; `help` shows how to
    /// reach SerwerSMS and your account manager.
    #[command(
        subcommand,
        disable_help_subcommand = true,
        after_help = "Examples:\n  serwersms account limits\n  serwersms account limits --type full --warn 100 --critical 20\n  serwersms account help -o json"
    )]
    Account(AccountCommand),

    /// Call any API action and print the answer (the escape hatch to every endpoint)
    ///
    /// Sends ACTION with the parameters given by -f (strings; repeat a key for a list), -F (JSON
    /// values) and --input (a JSON object), with the configured credentials, and prints the
    /// answer: lists as tables, other answers as field/value rows; -o json/xml keep it as the API
    /// sent it. Actions that change something are never retried once they may have reached the
    /// server.
    #[command(after_help = "\
Examples:
  serwersms api messages/reports -f status=delivered -f limit=10 -o json | jq '.items[].phone'
  serwersms api messages/send_sms -f phone=500600700 -f text=Hi -F test=true
  echo '{\"phone\":\"500600700\"}' | serwersms api phones/test --input -
  serwersms api error/1001.xml -o xml")]
    Api(ApiArgs),

    /// Cancel scheduled messages
    ///
    /// Deletes messages that are still waiting for their scheduled time (messages/delete), by id
    /// or by your own unique id, and says which were cancelled and which could not be (already
    /// sent, or not found).
    Cancel(CancelArgs),

    /// Show, locate or create the config file
    ///
    /// The config file is --config PATH, else $SERWERSMS_CONFIG, else
    /// <config dir>/serwersms/config.toml. It holds the API token or user (or commands that
    /// print them), the API URLs, the default sender, the timeout and named [profiles.NAME]
    /// tables chosen with --profile. Flags beat environment variables, which beat the file.
    #[command(
        subcommand,
        after_help = "Examples:\n  serwersms config init\n  serwersms config show\n  serwersms --profile work config show -o json"
    )]
    Config(ConfigCommand),

    /// Check the setup end to end: config, credentials, API hosts, login, sender, balance
    ///
    /// One line per check with ✓ or ✗ and, for each failure, what to do: the config file and its
    /// permissions, which credentials are used and where they come from (never their value),
    /// each API host (reachable, TLS), whether the API accepts the credentials, whether the
    /// default sender is authorized, and the balance per type. Exit 0 only if every check
    /// passes, 1 otherwise.
    #[command(
        after_help = "Examples:\n  serwersms doctor\n  serwersms --profile work doctor -o json | jq '.items[] | select(.ok == false)'\n  serwersms --sandbox doctor"
    )]
    Doctor,

    /// Print the shell completion script (bash, zsh, fish, powershell, elvish)
    ///
    /// Generated from the same definition as --help. Choices complete from the definition;
    /// profile names (--profile) complete from your config file in bash, zsh and fish. The same
    /// scripts are in the completions/ directory of the source.
    #[command(
        after_help = "Examples:\n  serwersms completions bash > ~/.local/share/bash-completion/completions/serwersms\n  serwersms completions zsh > ~/.zfunc/_serwersms\n  serwersms completions fish > ~/.config/fish/completions/serwersms.fish"
    )]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the manual page (roff)
    ///
    /// Generated from the same definition as --help: every command, the config file, the
    /// environment and the exit codes.
    #[command(
        after_help = "Examples:\n  serwersms man | man -l -\n  serwersms man > /usr/local/share/man/man1/serwersms.1"
    )]
    Man,

    /// Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS
    ///
    /// Lists incoming messages (messages/recived), newest first, or with --new only those not
    /// seen by an earlier --new run; --follow keeps polling and prints them as they arrive;
    /// --exec runs a command for each. MMS attachments can be saved with --save-attachments.
    Replies(RepliesArgs),

    /// Phone numbers: normalize offline, HLR check, network lookup, validation
    ///
    /// `normalize` works offline and shows how every command reads a number (+48 for Polish
    /// ones, and why one is refused); `check` (HLR) and `lookup` ask the network and are charged
    /// per number; `validate` asks the API whether numbers are valid, free of charge. Each reads
    /// numbers from stdin, one a line, when given -.
    #[command(
        subcommand,
        disable_help_subcommand = true,
        after_help = "Examples:\n  serwersms numbers normalize '500 600 700' 0048600700800\n  serwersms numbers normalize - -o csv < numbers.txt > clean.csv\n  serwersms numbers check 500600700\n  serwersms numbers validate - < numbers.txt"
    )]
    Numbers(NumbersCommand),

    /// Sender names: list them, register a new one
    ///
    /// A FULL SMS shows a sender name instead of a number once SerwerSMS has authorized the name
    /// for your account. `list` shows your names (or the predefined ones) with their agreement
    /// and authorization status; `add` checks a new name and registers it.
    #[command(
        subcommand,
        disable_help_subcommand = true,
        after_help = "Examples:\n  serwersms senders list\n  serwersms senders list --predefined\n  serwersms senders add MyShop"
    )]
    Senders(SendersCommand),

    /// The blacklist (opt-outs): numbers that are never sent to
    ///
    /// Every send refuses a blacklisted number (unsent, reason number_is_blacklisted). `add` and
    /// `remove` are safe to repeat, `check` answers with its exit code for scripts, and `list`
    /// reads every page.
    #[command(
        subcommand,
        disable_help_subcommand = true,
        after_help = "Examples:\n  serwersms blacklist add - < opt-outs.txt\n  serwersms blacklist list -o csv > blacklist.csv\n  if serwersms blacklist check \"$n\" >/dev/null 2>&1; then echo opted out; fi"
    )]
    Blacklist(BlacklistCommand),

    /// Run a local emulator of the SerwerSMS API, for trying the tool and for tests
    ///
    /// Serves the API on 127.0.0.1 as the protocol reference describes it (JSON and XML, both
    /// auth schemes, the documented errors) until interrupted. The first line on stdout is its
    /// URL; the credentials it accepts go to stderr. State persists in the data directory, so
    /// messages sent earlier can be queried later. `--sandbox` on any command starts one for
    /// just that command.
    #[command(
        after_help = "Examples:\n  serwersms sandbox\n  serwersms sandbox --port 0 --memory\n  serwersms sandbox --state ./sandbox-state --token my-test-token"
    )]
    Sandbox(SandboxArgs),

    /// Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL
    ///
    /// Instead of polling `status` and `replies`, the gateway can call a URL of yours for every
    /// event. `listen` is that URL's receiver (one JSON line per event, optionally appended to a
    /// file or handed to a command); `urls` prints the URLs to paste into the customer panel.
    #[command(
        subcommand,
        after_help = "Examples:\n  serwersms webhook urls --public-url https://example.com/serwersms --secret S\n  serwersms webhook listen --append events.ndjson\n  serwersms webhook listen | jq -r 'select(.kind==\"dlr\") | .message_id'"
    )]
    Webhook(WebhookCommand),

    /// Delivery reports: where your messages are; wait until they arrive
    ///
    /// Shows the delivery state of messages (messages/reports) chosen by id, unique id, number,
    /// time, state, type or batch, following the API's paging with --limit or --all while
    /// streaming rows. --wait polls until every selected message reached a final state.
    Status(StatusArgs),

    /// Send SMS: one text to many numbers, or a text per row of a CSV file
    ///
    /// Sends one text to numbers given with --to, --to-file, --group or --contact, or a text per
    /// row of a CSV file (--csv, with a text column or --template). Numbers are normalized and
    /// de-duplicated, the encoding and parts are counted, and batches go out over keep-alive
    /// connections, optionally in parallel.
    Send(send::SendArgs),
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Balance per message type (eco, full, voice, mms, lookup, hlr)
    #[command(
        long_about = "Balance per message type (eco, full, voice, mms, lookup, hlr).\n\n\
With --warn/--critical it is a monitoring check (Nagios, Icinga, Zabbix): it prints one status \
line with performance data and exits 0 OK, 1 WARNING, 2 CRITICAL or 3 UNKNOWN (the \
monitoring-plugin convention, an exception to the usual exit codes). A balance at or below a \
threshold trips it; balances that are not numbers (no_limit, not_available) are not checked.",
        after_help = "Examples:\n  serwersms account limits\n  serwersms account limits -o json | jq -r '.items[] | select(.type==\"full\") | .value'\n  serwersms account limits --type full --warn 100 --critical 20    # Nagios/Icinga check"
    )]
    Limits(LimitsArgs),
    /// Contact details of SerwerSMS and of your account manager
    ///
    /// The gateway's telephone, e-mail, contact form and FAQ, and your account manager's name,
    /// e-mail and telephone (account/help).
    #[command(
        after_help = "Examples:\n  serwersms account help\n  serwersms account help -o json | jq -r .account_maintainer.email"
    )]
    Help,
}

#[derive(Debug, Args)]
pub struct LimitsArgs {
    /// Monitoring check: WARNING when a balance is at or below N
    #[arg(long = "warn", value_name = "N")]
    pub warn: Option<f64>,

    /// Monitoring check: CRITICAL when a balance is at or below N
    #[arg(long = "critical", value_name = "N")]
    pub critical: Option<f64>,

    /// Check only these balance types (repeatable; default: every numeric balance)
    #[arg(long = "type", value_name = "TYPE", value_parser = ["eco", "full", "voice", "mms", "lookup", "hlr"])]
    pub types: Vec<String>,
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
    ///
    /// --config PATH, else $SERWERSMS_CONFIG, else <config dir>/serwersms/config.toml. A note
    /// on stderr says when the file does not exist yet.
    #[command(
        after_help = "Examples:\n  serwersms config path\n  ${EDITOR:-vi} \"$(serwersms config path)\""
    )]
    Path,
    /// Every resolved setting and where it came from (secrets are never shown)
    ///
    /// Shows the config file, profile, credentials (as `(set, from env SERWERSMS_TOKEN)`, never
    /// the value), API URLs, sender and timeout, each with the flag, variable, profile or file it
    /// came from.
    #[command(
        after_help = "Examples:\n  serwersms config show\n  serwersms --profile work config show -o json | jq -r '.items[] | \"\\(.setting)\\t\\(.source)\"'"
    )]
    Show,
    /// The profile names in the config file, one per line (for shell completion)
    #[command(hide = true)]
    Profiles,
    /// Write a commented config file (mode 0600) with your API token
    ///
    /// Asks for the token on a terminal (input hidden), or reads it from stdin with
    /// --token-stdin. Never overwrites an existing file without --force. The file documents
    /// every other key in comments.
    #[command(
        after_help = "Examples:\n  serwersms config init\n  pass show serwersms | serwersms config init --token-stdin --sender MyCompany\n  serwersms --config ./work.toml config init --token-stdin --force < token.txt"
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
    ///
    /// Reads the account's whole blacklist (blacklist/index), following every page, or only the
    /// entry for one number with --phone (normalized like every other number).
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

    /// Push delivery reports and replies to this receiver, as the gateway does (GET
    /// URL/dlr?… and URL/reply?…, the form `webhook urls` prints), e.g.
    /// http://127.0.0.1:8080/serwersms?secret=S
    #[arg(long = "callback-url", value_name = "URL")]
    pub callback_url: Option<String>,
}

const WEBHOOK_LISTEN_HELP: &str = "\
Each event is one JSON line on stdout (whatever -o says): kind (dlr, reply, premium, unknown),
the fields recognized (message_id, status, reason, reason_code, date, from, to, text, type,
limit), unsubstituted (parameters the gateway left as #PLACEHOLDER#), received_at, remote,
method, path, and params (every parameter as received, the secret removed). The kind comes from the path (PREFIX/dlr,
PREFIX/reply, PREFIX/premium) or, on PREFIX itself, from the fields. Parameter names are not
fixed: the names `webhook urls` generates, the legacy Magento module's (smsid/stan/data,
numer/wiadomosc/data), common English names and those in the [webhook] table of the config file
are recognized.

The answer is `OK` (text/plain) only after --append has synced the event to disk and --exec has
succeeded; otherwise 500, so that the gateway retries (an event may then arrive twice: dedupe on
message_id). Refused: addresses outside --allow and a wrong or missing secret (403), methods
other than GET/POST (405), other paths (404), heads over 16 KiB (431), bodies over 64 KiB (413),
malformed requests (400). Ctrl-C or SIGTERM stops it after answering requests in progress.

--exec runs through the shell with the JSON line on stdin and SERWERSMS_EVENT_KIND,
SERWERSMS_EVENT_MESSAGE_ID, SERWERSMS_EVENT_STATUS, SERWERSMS_EVENT_REASON,
SERWERSMS_EVENT_DATE, SERWERSMS_EVENT_FROM, SERWERSMS_EVENT_TO, SERWERSMS_EVENT_TEXT, … set;
its stdout goes to stderr; it has 30 s.

Examples:
  serwersms webhook listen --secret \"$(cat ~/.serwersms-webhook-secret)\" --append events.ndjson
  serwersms webhook listen --bind 0.0.0.0:8080 --allow 203.0.113.0/24 --secret S \\
      --exec 'jq -r .message_id >> delivered.txt'
  serwersms webhook listen | jq -r 'select(.kind==\"dlr\") | \"\\(.message_id) \\(.status)\"'";

const WEBHOOK_URLS_HELP: &str = "\
The gateway substitutes #PLACEHOLDER# tokens in the URL you enter in the customer panel; the
parameter names around them are chosen here, so the listener knows them.
  premium  #NUMEROD# #NUMERDO# #DATA# #IDSMS# #LIMIT# #WIADOMOSC#   documented
  dlr      #SMSID# #STAN# #DATA# #PRZYCZYNA#                        best knowledge (not in the
                                                                    documentation pages read)
  reply    #NUMER# #DATA# #ID# #WIADOMOSC#                          our choice (the legacy
                                                                    module's names; unconfirmed)
If the gateway does not know a placeholder it sends it as written; the listener then lists that
parameter under `unsubstituted`, and you can map the names your account uses in the [webhook]
table of the config file. The secret comes first in each URL and the text last, so a # or & in a
message cannot cut the secret off.

Examples:
  serwersms webhook urls --public-url https://example.com/serwersms --secret S
  serwersms webhook urls --public-url https://example.com/serwersms -o json";

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Run an HTTP receiver for pushed events and print each as one JSON line
    ///
    /// Receives the delivery reports, replies and Premium SMS the gateway pushes to your URL
    /// (GET query strings, POST forms or JSON), answers `OK` once the event is safely handled, and
    /// prints it as JSON. Listens on this machine only unless --bind names another address.
    #[command(after_help = WEBHOOK_LISTEN_HELP)]
    Listen(ListenArgs),
    /// Print the URL to paste into the customer panel for each kind of push
    ///
    /// One URL per kind (dlr, reply, premium) under --public-url, with the gateway's
    /// #PLACEHOLDER# tokens and, with --secret, the shared secret `webhook listen` checks.
    #[command(after_help = WEBHOOK_URLS_HELP)]
    Urls(UrlsArgs),
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Address and port to listen on (this machine only, unless you name another address)
    #[arg(
        long = "bind",
        value_name = "ADDR:PORT",
        default_value = "127.0.0.1:8080"
    )]
    pub bind: String,

    /// Path to answer under: PREFIX, PREFIX/dlr, PREFIX/reply, PREFIX/premium
    #[arg(
        long = "path-prefix",
        value_name = "PATH",
        default_value = "/serwersms"
    )]
    pub path_prefix: String,

    /// Shared secret every request must carry as the `secret` query parameter (8+ characters)
    #[arg(
        long = "secret",
        value_name = "SECRET",
        env = "SERWERSMS_WEBHOOK_SECRET",
        hide_env_values = true
    )]
    pub secret: Option<String>,

    /// Accept requests only from these networks (e.g. 203.0.113.0/24 2001:db8::/32)
    #[arg(long = "allow", value_name = "CIDR", num_args = 1.., value_delimiter = ',')]
    pub allow: Vec<String>,

    /// Run this shell command for each event; if it fails, the gateway is told to retry
    #[arg(long = "exec", value_name = "CMD")]
    pub exec: Option<String>,

    /// Append each event to this NDJSON file, synced to disk before answering OK
    #[arg(long = "append", value_name = "FILE")]
    pub append: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct UrlsArgs {
    /// Where the gateway reaches your listener, e.g. https://example.com/serwersms
    #[arg(long = "public-url", value_name = "URL")]
    pub public_url: String,

    /// The shared secret to put in the URLs (the one `webhook listen --secret` checks)
    #[arg(
        long = "secret",
        value_name = "SECRET",
        env = "SERWERSMS_WEBHOOK_SECRET",
        hide_env_values = true
    )]
    pub secret: Option<String>,
}

/// Whether `sub` is the `help` subcommand clap generates for `parent`, rather than a command of
/// ours that happens to be called help (`account help`). Clap adds its own only where it is not
/// disabled, and a parent with a real `help` must disable it, so the flag tells them apart.
pub fn is_generated_help(parent: &clap::Command, sub: &clap::Command) -> bool {
    sub.get_name() == "help" && !parent.is_disable_help_subcommand_set()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// The `serwersms …` invocations in an example line, split the way a shell would: each
    /// pipeline segment (or `$(…)`) that runs serwersms, up to a redirection, `;`, `&&`, `)` or
    /// comment.
    fn example_invocations(line: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for segment in line.split('|') {
            let Some(start) = segment
                .match_indices("serwersms ")
                .map(|(i, _)| i)
                .find(|&i| i == 0 || segment[..i].ends_with([' ', '(', '"']))
            else {
                continue;
            };
            let mut words = Vec::new();
            let mut word = String::new();
            let mut quote: Option<char> = None;
            let mut in_word = false;
            let mut depth = 0;
            for c in segment[start..].chars() {
                match (quote, c) {
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), c) => word.push(c),
                    (None, '\'' | '"') => {
                        quote = Some(c);
                        in_word = true;
                    }
                    (None, '>' | '<') => {
                        // `2>/dev/null`: the digits are a file descriptor, not a word.
                        if in_word && word.chars().all(|c| c.is_ascii_digit()) {
                            in_word = false;
                        }
                        break;
                    }
                    (None, ')') if depth > 0 => {
                        depth -= 1;
                        word.push(')');
                    }
                    (None, ';' | '&' | '#' | ')') => break,
                    (None, c) if c.is_whitespace() && depth == 0 => {
                        if in_word {
                            words.push(std::mem::take(&mut word));
                            in_word = false;
                        }
                    }
                    (None, c) => {
                        word.push(c);
                        in_word = true;
                        // `$(…)` inside a word is one piece of it.
                        if c == '(' && word.ends_with("$(") {
                            depth += 1;
                        }
                    }
                }
            }
            if in_word {
                words.push(word);
            }
            if words.len() > 1 {
                out.push(words);
            }
        }
        out
    }

    /// Every visible command, groups and the top level included, has a short description, a
    /// longer one and 2 to 4 examples, and every example parses (so examples never rot).
    #[test]
    fn every_command_has_help_and_examples_that_parse() {
        fn walk(cmd: &clap::Command, path: &str, problems: &mut Vec<String>) {
            let subs: Vec<&clap::Command> = cmd
                .get_subcommands()
                .filter(|s| !is_generated_help(cmd, s) && !s.is_hide_set())
                .collect();
            if cmd.get_about().is_none() {
                problems.push(format!("{path}: no short description"));
            }
            // The longer description is the long about, or prose before the examples.
            let long = cmd
                .get_long_about()
                .map(|s| s.to_string())
                .unwrap_or_default();
            let after = cmd
                .get_after_help()
                .map(|s| s.to_string())
                .unwrap_or_default();
            let prose = after.split("Examples:").next().unwrap_or("").trim().len();
            let about = cmd.get_about().map(|s| s.to_string().len()).unwrap_or(0);
            if long.len() <= about + 10 && prose < 60 {
                problems.push(format!("{path}: no longer description"));
            }
            // A line ending in `\` continues on the next, as in a shell.
            let joined = after
                .split("Examples:")
                .nth(1)
                .unwrap_or("")
                .replace("\\\n", " ");
            let examples: Vec<&str> = joined
                .lines()
                .filter(|l| l.contains("serwersms "))
                .collect();
            if !(2..=4).contains(&examples.len()) {
                problems.push(format!("{path}: {} examples (want 2-4)", examples.len()));
            }
            for line in examples {
                let runs = example_invocations(line);
                if runs.is_empty() {
                    problems.push(format!(
                        "{path}: example `{}` runs no serwersms command",
                        line.trim()
                    ));
                }
                for words in runs {
                    if let Err(e) = Cli::try_parse_from(&words) {
                        problems.push(format!(
                            "{path}: example `{}` does not parse: {}",
                            line.trim(),
                            e.kind()
                        ));
                    }
                }
            }
            for sub in subs {
                walk(sub, &format!("{path} {}", sub.get_name()), problems);
            }
        }
        let mut problems = Vec::new();
        walk(&Cli::command(), "serwersms", &mut problems);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

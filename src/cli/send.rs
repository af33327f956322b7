//! The flags of `serwersms send` (clap types only; the work is in `commands::send`).

use std::path::PathBuf;

use clap::Args;

pub const SEND_EXAMPLES: &str = "\
Recipients and text are checked before anything is sent: invalid numbers (with file and line),
characters that need Unicode, messages over 6 parts. --dry-run shows it all without sending.
With --journal, the same command run again with the same journal sends only what is left, so a
cron job that died halfway neither texts anyone twice nor skips anyone. --wait then follows the
delivery reports, so a cron job knows the alert reached a phone.

Exit codes: 0 all queued (with --wait: all delivered), 3 some not queued or not delivered, 1 none
queued, 2 bad input (nothing sent), 4 authentication, 5 outcome unknown (re-run with the same
--journal to finish safely), 6 --wait ran out of time, 130/143 stopped by Ctrl-C/SIGTERM after
the batch in flight (re-run with the same --journal to send the rest).

Examples:
  df -h / | tail -1 | serwersms send --to 500600700 --text - --wait=5m
  serwersms send --to-file numbers.txt --text 'Zapraszamy jutro' --ascii --dry-run
  serwersms send --csv customers.csv --template 'Hi {name}, your code is {code}' --sender Firma
  0 9 * * 1  serwersms send --to-file team.txt --text-file weekly.txt --journal ~/weekly-$(date +\\%F).journal";

#[derive(Debug, Args)]
#[command(after_help = SEND_EXAMPLES)]
pub struct SendArgs {
    /// Phone number(s): repeat, or separate with commas; Polish numbers need no +48
    #[arg(long = "to", value_name = "NUMBER", help_heading = "Recipients")]
    pub to: Vec<String>,

    /// A file with one number a line (blank lines and # comments skipped), or - for stdin
    #[arg(long = "to-file", value_name = "FILE", help_heading = "Recipients")]
    pub to_file: Option<PathBuf>,

    /// Send to a contact group of the address book (repeatable)
    #[arg(
        long = "group",
        value_name = "ID",
        value_delimiter = ',',
        help_heading = "Recipients"
    )]
    pub groups: Vec<u64>,

    /// Send to a contact of the address book (repeatable)
    #[arg(
        long = "contact",
        value_name = "ID",
        value_delimiter = ',',
        help_heading = "Recipients"
    )]
    pub contacts: Vec<u64>,

    /// Personalized: a CSV file (or -) with a `phone` column and a `text` column or the
    /// columns --template names
    #[arg(
        long = "csv",
        value_name = "FILE",
        help_heading = "Recipients",
        conflicts_with_all = ["to", "to_file", "groups", "contacts", "text", "text_file"]
    )]
    pub csv: Option<PathBuf>,

    /// With --csv: the text, with {column} fields filled from each row ({{ and }} for braces)
    #[arg(
        long = "template",
        value_name = "TEXT",
        requires = "csv",
        help_heading = "Recipients"
    )]
    pub template: Option<String>,

    /// Send to the valid numbers and report the invalid ones, instead of stopping
    #[arg(long = "skip-invalid", help_heading = "Recipients")]
    pub skip_invalid: bool,

    /// The message; - reads it from stdin
    #[arg(
        long = "text",
        value_name = "TEXT",
        conflicts_with = "text_file",
        help_heading = "Message"
    )]
    pub text: Option<String>,

    /// Read the message from a file (or - for stdin)
    #[arg(long = "text-file", value_name = "FILE", help_heading = "Message")]
    pub text_file: Option<PathBuf>,

    /// Sender name, for a FULL SMS [default: `sender` from the config]
    #[arg(long = "sender", value_name = "NAME", help_heading = "Message")]
    pub sender: Option<String>,

    /// Send ECO (no sender name, cheaper), even if a sender is configured
    #[arg(
        long = "eco",
        conflicts_with_all = ["sender", "utf", "speed"],
        help_heading = "Message"
    )]
    pub eco: bool,

    /// Flash SMS: shown at once, not stored by the phone
    #[arg(long = "flash", help_heading = "Message")]
    pub flash: bool,

    /// Send as Unicode (UCS-2: 70 characters a part; FULL only), e.g. for Polish diacritics
    #[arg(long = "utf", conflicts_with = "ascii", help_heading = "Message")]
    pub utf: bool,

    /// Replace characters GSM-7 lacks by look-alikes (ż→z, „→\") to stay at 160 a part
    #[arg(long = "ascii", help_heading = "Message")]
    pub ascii: bool,

    /// Priority channel (FULL only)
    #[arg(long = "speed", help_heading = "Message")]
    pub speed: bool,

    /// Schedule: RFC 3339, or 'YYYY-MM-DD HH:MM[:SS]' in local time (sent as Warsaw time)
    #[arg(long = "at", value_name = "TIME", help_heading = "Message")]
    pub at: Option<String>,

    /// Your own message id (3-50 letters and digits); one per recipient, in the order given
    #[arg(
        long = "unique-id",
        value_name = "ID",
        value_delimiter = ',',
        help_heading = "Message"
    )]
    pub unique_ids: Vec<String>,

    /// Show every field of each result in the table (queued time, text)
    #[arg(long = "details", help_heading = "Sending")]
    pub details: bool,

    /// Show recipients, encoding, parts and batches, and send nothing (no network at all)
    #[arg(long = "dry-run", help_heading = "Sending")]
    pub dry_run: bool,

    /// The server checks everything and sends nothing
    #[arg(long = "test", help_heading = "Sending")]
    pub test: bool,

    /// Then wait until every queued message is delivered or failed (default 10m; write
    /// --wait=5m): exit 0 all delivered, 3 some not, 6 time ran out
    #[arg(
        long = "wait",
        value_name = "DURATION",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "10m",
        value_parser = crate::config::parse_duration,
        conflicts_with_all = ["dry_run", "test"],
        help_heading = "Sending"
    )]
    pub wait: Option<std::time::Duration>,

    /// Recipients per request (max 100,000; 10,000 with --csv)
    #[arg(long = "batch-size", value_name = "N", default_value_t = 200, help_heading = "Sending",
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,

    /// Requests in flight at once
    #[arg(long = "concurrency", value_name = "N", default_value_t = 1, help_heading = "Sending",
          value_parser = clap::value_parser!(u8).range(1..=8))]
    pub concurrency: u8,

    /// Do not ask before sending to more than 100 recipients on a terminal
    #[arg(short = 'y', long = "yes", help_heading = "Sending")]
    pub yes: bool,

    /// Record the run in FILE; running the same command again sends only what is not confirmed
    #[arg(long = "journal", value_name = "FILE", help_heading = "Sending")]
    pub journal: Option<PathBuf>,

    // Words that are no flag's value. `send` takes none; they are collected (hidden, and
    // offered nothing by completions) so that `--wait 5m` can be answered with what was meant
    // instead of clap's bare "unexpected argument".
    #[arg(value_name = "ARG", hide = true, value_hint = clap::ValueHint::Other)]
    pub stray: Vec<String>,
}

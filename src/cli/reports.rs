//! clap types for `status`, `replies` and `cancel`: delivery reports, incoming messages and
//! scheduled messages. Kept out of `cli.rs` so that these long option lists do not crowd it;
//! like `cli.rs`, types only.

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgGroup, Args};

use super::parse_duration;

#[derive(Debug, Args)]
#[command(after_help = "\
Times (--since, --until): 'YYYY-MM-DD HH:MM[:SS]' or 'YYYY-MM-DD' in local time, RFC 3339
(2026-11-26T14:30:00+01:00), or a duration meaning that long ago (30m, 2h, 1h30m).

Reasons for undelivered and unsent messages are shown in words in the table; -o json keeps the
API's codes (wrong_number, message_expired, ...).

--wait polls with backoff (2 s doubling to 60 s) until every selected message is delivered,
undelivered or unsent: exit 0 if all were delivered, 3 if any was not, 6 if time ran out. With
filters, the messages that match at the first poll are the ones waited for.

Examples:
  serwersms status aca3944055 b7ac0db51a
  serwersms status --since 2h --state undelivered
  serwersms status --unique-id order1234 --wait=5m && echo delivered
  serwersms status --all --since 2026-11-01 -o ndjson > reports.ndjson")]
pub struct StatusArgs {
    /// Message ids, or - to read them from stdin, one a line (blank lines and jq's null are
    /// skipped); more than 500 are asked for in several requests
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,

    /// Select by your own message id (repeat for several)
    #[arg(long = "unique-id", value_name = "ID")]
    pub unique_ids: Vec<String>,

    /// Only messages to this number (repeat for several)
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phones: Vec<String>,

    /// Only messages queued at or after this time
    #[arg(long = "since", value_name = "TIME")]
    pub since: Option<String>,

    /// Only messages queued at or before this time
    #[arg(long = "until", value_name = "TIME")]
    pub until: Option<String>,

    /// Only messages in this state (pending: in progress or sent, not yet final)
    #[arg(long = "state", value_name = "STATE", value_parser = [
        "delivered", "undelivered", "sent", "unsent", "in_progress", "saved", "pending",
    ])]
    pub state: Option<String>,

    /// Only messages of this type
    #[arg(long = "type", value_name = "TYPE", value_parser = ["eco", "full", "mms", "voice"])]
    pub kind: Option<String>,

    /// Only messages of this send batch (the API's stat_id)
    #[arg(long = "batch", value_name = "STAT_ID")]
    pub batch: Option<u64>,

    /// Newest first (desc) or oldest first (asc), by the time queued
    #[arg(long = "order", value_name = "ORDER", value_parser = ["asc", "desc"], default_value = "desc")]
    pub order: String,

    /// Show at most N messages [default: 50, or every one named by id or waited for]
    #[arg(long = "limit", value_name = "N", conflicts_with = "all",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,

    /// Follow the API's paging to the end (rows stream as pages arrive)
    #[arg(long = "all")]
    pub all: bool,

    /// Wait until every selected message reaches a final state, at most this long
    /// (--wait alone: 10m)
    #[arg(long = "wait", value_name = "DURATION", num_args = 0..=1, require_equals = true,
          default_missing_value = "10m", value_parser = parse_duration)]
    pub wait: Option<Duration>,
}

#[derive(Debug, Args)]
#[command(after_help = "\
A plain listing shows the newest replies first. --new, --follow and --exec handle replies
oldest first, as they arrived.

--new remembers, per profile and per set of filters (--type, --phone, --ndi), which replies an
earlier --new run has written, in <data dir>/serwersms/cursors/. The cursor moves only after a
reply was written to stdout (and its --exec command succeeded), so a crash prints a reply again
rather than losing it.

--exec runs CMD with sh -c for each reply, with the reply's JSON on stdin and these variables:
SMS_ID, SMS_TYPE, SMS_FROM, SMS_TEXT, SMS_RECEIVED, and when they apply SMS_MESSAGE_ID (the ECO
message replied to), SMS_TO, SMS_TITLE, SMS_ATTACHMENTS (names, one a line) and
SMS_ATTACHMENT_FILES (saved paths, one a line). Its stdout goes to stderr, so stdout stays data.
A failing command stops the run (exit 1) before that reply; with --follow it is tried again at
the next poll.

--follow stops cleanly on Ctrl-C or SIGTERM (exit 0). Without --new or --since it starts with
the replies that arrive from now on.

Examples:
  serwersms replies --since 1d
  serwersms replies --new -o ndjson | jq -r '\"\\(.phone): \\(.text)\"'     # from cron
  serwersms replies --follow --exec 'notify-send \"SMS from $SMS_FROM\" \"$SMS_TEXT\"'
  serwersms replies --type mms --save-attachments ./mms")]
pub struct RepliesArgs {
    /// Only replies of this type
    #[arg(long = "type", value_name = "TYPE", default_value = "all",
          value_parser = ["eco", "nd", "ndi", "mms", "all"])]
    pub kind: String,

    /// Only replies from this number (repeat for several)
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phones: Vec<String>,

    /// Only replies sent to this NDI number of yours
    #[arg(long = "ndi", value_name = "NUMBER")]
    pub ndi: Option<String>,

    /// Only replies received at or after this time
    #[arg(long = "since", value_name = "TIME")]
    pub since: Option<String>,

    /// Only replies received at or before this time
    #[arg(long = "until", value_name = "TIME")]
    pub until: Option<String>,

    /// Show at most N replies [default: 50; with --new or --exec, every one]
    #[arg(long = "limit", value_name = "N", conflicts_with = "all",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,

    /// Follow the API's paging to the end
    #[arg(long = "all")]
    pub all: bool,

    /// Mark the replies written as read on the server (after they were written)
    #[arg(long = "mark-read")]
    pub mark_read: bool,

    /// Write MMS attachments into DIR (as <reply id>-<name>; never overwrites)
    #[arg(long = "save-attachments", value_name = "DIR")]
    pub save_attachments: Option<PathBuf>,

    /// Only replies not written by an earlier --new run of this profile
    #[arg(long = "new")]
    pub new: bool,

    /// Keep polling and write replies as they arrive (ndjson when stdout is not a terminal)
    #[arg(long = "follow", conflicts_with_all = ["limit", "all"])]
    pub follow: bool,

    /// How often --follow polls [default: 30s]
    #[arg(long = "interval", value_name = "DURATION", requires = "follow",
          value_parser = parse_duration)]
    pub interval: Option<Duration>,

    /// Run CMD for each reply (see below)
    #[arg(long = "exec", value_name = "CMD")]
    pub exec: Option<String>,
}

#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("target").required(true).multiple(true).args(["ids", "unique_ids"])),
    after_help = "\
Only messages still waiting for their scheduled time can be cancelled. Exit 0 if every one was
cancelled, 3 if only some were, 1 if none.

Examples:
  serwersms cancel aca3944055
  serwersms cancel --unique-id promo2026a --unique-id promo2026b
  serwersms status --state saved -o json | jq -r '.items[].id' | serwersms cancel -"
)]
pub struct CancelArgs {
    /// Message ids, or - to read them from stdin, one a line
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,

    /// Cancel by your own message id (repeat for several)
    #[arg(long = "unique-id", value_name = "ID")]
    pub unique_ids: Vec<String>,
}

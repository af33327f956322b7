//! `serwersms status`: delivery reports (`messages/reports`) for message ids, own ids or
//! filters, streamed page by page so memory stays flat; `--wait` polls until every selected
//! message reaches a final state, riding out network and server failures until its deadline.
//! A wait over filters follows, after its first successful poll, the messages that poll found,
//! by id: filters such as `--state pending` stop matching a message exactly when it is done,
//! which must not take it out of the wait.
//!
//! [`wait_for`] is that wait for a list of message ids, for `send --wait`: progress on a
//! terminal, a summary on stderr, and the exit outcome (0 all delivered, 3 any undelivered or
//! unsent, 6 out of time). It prints nothing on stdout, so the caller's output stays one
//! document.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::{Map, Value};

use super::pages::Pager;
use super::{note, Context};
use super::{replies, selection};
use crate::api::reports::{Report, ReportQuery};
use crate::api::Client;
use crate::cli::StatusArgs;
use crate::exit::{Code, Failure, Outcome};
use crate::output::{Format, Printer};

/// The table's columns.
pub const COLUMNS: [&str; 9] = [
    "id",
    "phone",
    "status",
    "queued",
    "sent",
    "delivered",
    "reason",
    "parts",
    "cost",
];

/// The most ids (or own ids) one `messages/reports` request may carry.
pub const IDS_PER_REQUEST: usize = 500;
/// Rows shown when neither `--limit`, `--all` nor ids say otherwise.
pub const DEFAULT_LIMIT: u64 = 50;
const BACKOFF_START: Duration = Duration::from_secs(2);
const BACKOFF_CAP: Duration = Duration::from_secs(60);

/// Which reports to ask for, and how many rows to show at most.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub ids: Vec<String>,
    pub unique_ids: Vec<String>,
    /// Every other filter (its `ids`/`unique_ids` stay empty).
    pub filters: ReportQuery,
    pub limit: Option<u64>,
}

impl Selection {
    /// Every message with one of these ids.
    pub fn of_ids(ids: &[String]) -> Selection {
        Selection {
            ids: ids.to_vec(),
            ..Default::default()
        }
    }

    fn names_messages(&self) -> bool {
        !self.ids.is_empty() || !self.unique_ids.is_empty()
    }

    /// Whether the filters pick among messages (the order only sorts them), or no message is
    /// named at all: then which messages match can change while they are waited for.
    fn moves(&self) -> bool {
        let f = &self.filters;
        !self.names_messages()
            || !f.phones.is_empty()
            || f.date_from.is_some()
            || f.date_to.is_some()
            || f.status.is_some()
            || f.kind.is_some()
            || f.stat_id.is_some()
    }

    /// The messages of one poll, by id, for the polls after it: a message that stops matching
    /// `--state pending` once it is delivered must stay waited for. Ids named but not found
    /// (yet) stay too, as they would without filters.
    fn frozen(&self, snapshot: &Snapshot) -> Selection {
        let mut seen = HashSet::new();
        let ids = snapshot.rows.iter().map(|(_, r)| &r.id);
        let ids = ids.chain(&snapshot.missing).filter(|id| seen.insert(*id));
        Selection {
            ids: ids.cloned().collect(),
            filters: ReportQuery {
                order: self.filters.order.clone(),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    /// The requests to make: the filters alone, or one per 500 ids and per 500 own ids.
    fn queries(&self) -> Vec<ReportQuery> {
        if !self.names_messages() {
            return vec![self.filters.clone()];
        }
        let by_id = self.ids.chunks(IDS_PER_REQUEST).map(|chunk| ReportQuery {
            ids: chunk.to_vec(),
            ..self.filters.clone()
        });
        let by_unique = self
            .unique_ids
            .chunks(IDS_PER_REQUEST)
            .map(|chunk| ReportQuery {
                unique_ids: chunk.to_vec(),
                ..self.filters.clone()
            });
        by_id.chain(by_unique).collect()
    }
}

pub fn run(ctx: &Context, args: StatusArgs) -> Result<Outcome> {
    let selection = selection_of(&args)?;
    if let Some(timeout) = args.wait {
        let waited = wait(ctx, &selection, timeout)?;
        let mut out = Printer::new(ctx.stdout(), ctx.output, &COLUMNS);
        for (raw, report) in &waited.last.rows {
            out.item(raw, cells(ctx.output.format, report))?;
        }
        out.finish(Map::new())?;
        return waited.conclude();
    }

    let client = ctx.client()?;
    let mut out = Printer::new(ctx.stdout(), ctx.output, &COLUMNS);
    let format = ctx.output.format;
    let found = for_each_report(client, &selection, |raw, report| {
        out.item(raw, cells(format, &report))?;
        Ok(())
    })?;
    out.finish(Map::new())?;
    if !found.missing.is_empty() {
        note(&format!(
            "not found: {}",
            shorten_list(&found.missing, 10).join(", ")
        ));
        return Ok(Outcome::Partial);
    }
    Ok(Outcome::Success)
}

/// Check every flag and build the selection; nothing is sent before this succeeds.
fn selection_of(args: &StatusArgs) -> Result<Selection> {
    let ids = selection::message_ids(&args.ids)?;
    if args.wait.is_some() {
        // `--wait 5m` (without `=`) makes 5m an id; say what was meant.
        selection::misplaced_wait(&ids, |d| format!("'{d}' is not a message id"))?;
    }
    let unique_ids = selection::unique_ids(&args.unique_ids)?;
    let phones = selection::phones("--phone", &args.phones)?;
    let (since, until) = selection::time_range(args.since.as_deref(), args.until.as_deref())?;
    let names_messages = !ids.is_empty() || !unique_ids.is_empty();
    // The default limit keeps a listing for people short; a wait cut at 50 messages would
    // report "all delivered" for messages it never looked at, so it waits for every one.
    let limit = match (args.limit, args.all) {
        (Some(n), _) => Some(n),
        (None, true) => None,
        (None, false) if names_messages || args.wait.is_some() => None,
        (None, false) => Some(DEFAULT_LIMIT),
    };
    Ok(Selection {
        ids,
        unique_ids,
        filters: ReportQuery {
            phones,
            date_from: since.map(selection::api_date),
            date_to: until.map(selection::api_date),
            status: args.state.clone(),
            kind: args.kind.clone(),
            stat_id: args.batch,
            order: Some(args.order.clone()),
            ..Default::default()
        },
        limit,
    })
}

/// What a walk over the selection found besides the rows.
#[derive(Debug, Default)]
pub(super) struct Found {
    /// Ids asked for that no report came back for (only known when no limit cut the walk).
    pub missing: Vec<String>,
}

/// Hand every selected report to `each`, page by page, in the API's order.
pub(super) fn for_each_report(
    client: &Client,
    selection: &Selection,
    mut each: impl FnMut(&Value, Report) -> Result<()>,
) -> Result<Found> {
    let names_messages = selection.names_messages();
    // Only for a selection by ids: a message named by id and by own id is shown once, and ids
    // that came back are known. Bounded by the input, not by the list.
    let mut shown: HashSet<String> = HashSet::new();
    let mut count: u64 = 0;
    let mut cut = false;
    'queries: for query in selection.queries() {
        let mut pager = Pager::for_limit(selection.limit);
        while let Some(page_no) = pager.next_page() {
            let page = client.reports(&query, page_no, pager.per_page())?;
            for raw in page.items() {
                let report = Report::read(&page.action, raw)?;
                if pager.repeated(&report.id) {
                    continue;
                }
                if names_messages && !shown.insert(report.id.clone()) {
                    continue;
                }
                each(raw, report)?;
                count += 1;
                if selection.limit.is_some_and(|l| count >= l) {
                    cut = true;
                    break 'queries;
                }
            }
            pager.page_done(&page);
        }
    }
    let missing = if cut {
        Vec::new()
    } else {
        selection
            .ids
            .iter()
            .filter(|id| !shown.contains(*id))
            .cloned()
            .collect()
    };
    Ok(Found { missing })
}

/// A table (or CSV) row; other formats print the raw item and need none.
fn cells(format: Format, r: &Report) -> Vec<String> {
    if !matches!(format, Format::Table | Format::Csv) {
        return Vec::new();
    }
    vec![
        r.id.clone(),
        r.phone.clone(),
        r.status.clone(),
        r.queued.clone().unwrap_or_default(),
        r.sent.clone().unwrap_or_default(),
        r.delivered.clone().unwrap_or_default(),
        r.reason.as_deref().map(reason_in_words).unwrap_or_default(),
        r.parts.map(|p| p.to_string()).unwrap_or_default(),
        r.cost.map(|c| c.to_string()).unwrap_or_default(),
    ]
}

/// A report's reason code in words a person understands. The API's codes and the numeric
/// delivery-report codes published for the SQL API are both known; anything else is shown
/// with its underscores as spaces.
pub fn reason_in_words(code: &str) -> String {
    let words = match code.trim() {
        "message_expired" | "2000" => "expired before it could be delivered",
        "wrong_number" | "2001" | "2200" => "wrong number",
        "unsupported_number" | "2002" => "number not supported",
        "message_rejected" | "2003" => "rejected by the operator",
        "operator_error" | "2004" | "2204" => "operator error",
        "missed_call" | "2005" => "call not answered",
        "limit_exhausted" | "2201" => "account limit used up",
        "lock_send" | "2202" => "sending is locked on the account",
        "wrong_message" | "2203" => "invalid message",
        "wrong_sender_name" | "2205" => "sender name not allowed",
        "number_is_blacklisted" | "2206" => "number is on the blacklist",
        "sending_to_foreign_networks_is_locked" | "2207" => "foreign networks are locked",
        "no_permission_to_send_messages" | "2208" => "no permission to send",
        "other_error" => "other error",
        other => return other.replace('_', " "),
    };
    words.to_string()
}

/// Where the wait ended.
struct Waited {
    last: Snapshot,
    timed_out: bool,
    timeout: Duration,
}

/// The selected reports at one poll.
#[derive(Default)]
struct Snapshot {
    rows: Vec<(Value, Report)>,
    missing: Vec<String>,
}

#[derive(Debug, Default, PartialEq)]
struct Tally {
    delivered: usize,
    undelivered: usize,
    unsent: usize,
    /// Not final yet, including ids not found (yet).
    waiting: usize,
}

impl Snapshot {
    fn tally(&self) -> Tally {
        let mut t = Tally {
            waiting: self.missing.len(),
            ..Default::default()
        };
        for (_, r) in &self.rows {
            match r.status.as_str() {
                "delivered" => t.delivered += 1,
                "undelivered" => t.undelivered += 1,
                "unsent" => t.unsent += 1,
                _ => t.waiting += 1,
            }
        }
        t
    }
}

/// Wait for every message with these ids to reach a final state, at most `timeout`: progress
/// on stderr when it is a terminal, then a one-line summary on stderr.
///
/// `Ok(Outcome::Success)` when every message was delivered (or there were no ids),
/// `Ok(Outcome::Partial)` (exit 3) when any was undelivered or unsent, and an error with exit
/// code 6 ([`Code::WaitTimeout`]) when time ran out first; other errors as any API call.
pub fn wait_for(ctx: &Context, ids: &[String], timeout: Duration) -> Result<Outcome> {
    if ids.is_empty() {
        return Ok(Outcome::Success);
    }
    wait(ctx, &Selection::of_ids(ids), timeout)?.conclude()
}

fn wait(ctx: &Context, selection: &Selection, timeout: Duration) -> Result<Waited> {
    let client = ctx.client()?;
    let started = Instant::now();
    let deadline = started + timeout;
    let mut delay = BACKOFF_START;
    let mut progress = ProgressLine::new(std::io::stderr().is_terminal());
    let mut told_missing = false;
    let mut frozen: Option<Selection> = None;
    let mut last: Option<Snapshot> = None;
    loop {
        let mut rows = Vec::new();
        let polled = for_each_report(
            client,
            frozen.as_ref().unwrap_or(selection),
            |raw, report| {
                rows.push((raw.clone(), report));
                Ok(())
            },
        );
        let found = match polled {
            Ok(found) => found,
            // The client's own retries cover a blip, not an outage of minutes; a wait is
            // meant to last that long, so it keeps polling until its deadline. What waiting
            // will not fix (a refused token, an API error) ends it at once.
            Err(e) if replies::is_transient(&e) => {
                let now = Instant::now();
                progress.clear();
                if now >= deadline {
                    return match last {
                        // Out of time: the last state that could be read, and exit 6.
                        Some(snapshot) => Ok(Waited {
                            timed_out: true,
                            last: snapshot,
                            timeout,
                        }),
                        None => Err(e.context(format!(
                            "--wait could not read the reports once in {}",
                            human_duration(timeout)
                        ))),
                    };
                }
                let pause = delay.min(deadline - now);
                note(&format!(
                    "{}; trying again in {}s",
                    crate::exit::message_for(&e),
                    pause.as_secs_f64().ceil() as u64
                ));
                std::thread::sleep(pause);
                delay = (delay * 2).min(BACKOFF_CAP);
                continue;
            }
            Err(e) => return Err(e),
        };
        let snapshot = Snapshot {
            rows,
            missing: found.missing,
        };
        if frozen.is_none() && selection.moves() {
            frozen = Some(selection.frozen(&snapshot));
        }
        if !snapshot.missing.is_empty() && !told_missing {
            told_missing = true;
            progress.clear();
            note(&format!(
                "not found (yet): {}",
                shorten_list(&snapshot.missing, 10).join(", ")
            ));
        }
        let tally = snapshot.tally();
        let now = Instant::now();
        if tally.waiting == 0 || now >= deadline {
            progress.clear();
            return Ok(Waited {
                timed_out: tally.waiting > 0,
                last: snapshot,
                timeout,
            });
        }
        let shown = snapshot.rows.len() + snapshot.missing.len();
        let left = deadline - now;
        let pause = delay.min(left);
        progress.show(&format!(
            "waiting: {} of {} final ({} delivered, {} not); next check in {}s, {} left",
            shown - tally.waiting,
            shown,
            tally.delivered,
            tally.undelivered + tally.unsent,
            pause.as_secs_f64().ceil() as u64,
            human_duration(left),
        ));
        last = Some(snapshot);
        std::thread::sleep(pause);
        delay = (delay * 2).min(BACKOFF_CAP);
    }
}

impl Waited {
    /// The summary on stderr and the outcome it maps to.
    fn conclude(&self) -> Result<Outcome> {
        let t = self.last.tally();
        let total = self.last.rows.len() + self.last.missing.len();
        if self.timed_out {
            let mut message = format!(
                "--wait ran out of time after {}: {} of {} messages have no final state yet",
                human_duration(self.timeout),
                t.waiting,
                total
            );
            if !self.last.missing.is_empty() {
                message.push_str(&format!(
                    " (not found: {})",
                    shorten_list(&self.last.missing, 10).join(", ")
                ));
            }
            return Err(Failure::new(Code::WaitTimeout, message)
                .with_hint(
                    "wait longer (--wait=30m) or look again later with `serwersms status ID...`",
                )
                .into());
        }
        if total == 0 {
            note("no messages match; nothing to wait for");
            return Ok(Outcome::Success);
        }
        if t.delivered == total {
            note(&format!(
                "{}delivered",
                if total == 1 {
                    String::new()
                } else {
                    format!("all {total} messages ")
                }
            ));
            return Ok(Outcome::Success);
        }
        let failed: Vec<String> = self
            .last
            .rows
            .iter()
            .filter(|(_, r)| r.status == "undelivered" || r.status == "unsent")
            .map(|(_, r)| {
                let why = r.reason.as_deref().map(reason_in_words);
                match why {
                    Some(w) => format!("{} {} ({}: {w})", r.id, r.phone, r.status),
                    None => format!("{} {} ({})", r.id, r.phone, r.status),
                }
            })
            .collect();
        note(&format!(
            "{} of {total} delivered; not delivered: {}",
            t.delivered,
            shorten_list(&failed, 10).join(", ")
        ));
        Ok(Outcome::Partial)
    }
}

/// The first `max` entries, and how many more there are.
fn shorten_list(items: &[String], max: usize) -> Vec<String> {
    let mut out: Vec<String> = items.iter().take(max).cloned().collect();
    if items.len() > max {
        out.push(format!("and {} more", items.len() - max));
    }
    out
}

/// `9m41s`, `45s`, `1h0m0s`.
fn human_duration(d: Duration) -> String {
    let secs = d.as_secs_f64().round() as u64;
    match (secs / 3600, secs % 3600 / 60, secs % 60) {
        (0, 0, s) => format!("{s}s"),
        (0, m, s) => format!("{m}m{s}s"),
        (h, m, s) => format!("{h}h{m}m{s}s"),
    }
}

/// One status line on stderr that rewrites itself, on a terminal only.
struct ProgressLine {
    enabled: bool,
    shown: bool,
}

impl ProgressLine {
    fn new(enabled: bool) -> Self {
        ProgressLine {
            enabled,
            shown: false,
        }
    }

    fn show(&mut self, text: &str) {
        if self.enabled {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K{text}");
            self.shown = true;
        }
    }

    fn clear(&mut self) {
        if self.shown {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
            self.shown = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_split_into_requests_of_500() {
        let ids: Vec<String> = (0..1201).map(|i| format!("{i:010x}")).collect();
        let selection = Selection {
            ids,
            unique_ids: vec!["abc".into()],
            ..Default::default()
        };
        let queries = selection.queries();
        let sizes: Vec<(usize, usize)> = queries
            .iter()
            .map(|q| (q.ids.len(), q.unique_ids.len()))
            .collect();
        assert_eq!(sizes, [(500, 0), (500, 0), (201, 0), (0, 1)]);
        assert_eq!(Selection::default().queries().len(), 1);
    }

    #[test]
    fn a_selection_that_can_move_is_frozen_to_ids() {
        let named = Selection::of_ids(&["aca3944055".into()]);
        assert!(!named.moves());
        let pending = Selection {
            filters: ReportQuery {
                status: Some("pending".into()),
                order: Some("asc".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(pending.moves());
        let found = |id: &str| {
            (
                Value::Null,
                Report {
                    id: id.into(),
                    ..Default::default()
                },
            )
        };
        let snapshot = Snapshot {
            rows: vec![found("a1"), found("b2"), found("a1")],
            missing: vec!["c3".into()],
        };
        let frozen = pending.frozen(&snapshot);
        assert_eq!(frozen.ids, ["a1", "b2", "c3"]);
        assert_eq!(frozen.filters.status, None);
        assert_eq!(frozen.filters.order.as_deref(), Some("asc"));
        assert!(!frozen.moves());
    }

    #[test]
    fn reasons_in_words() {
        assert_eq!(reason_in_words("wrong_number"), "wrong number");
        assert_eq!(
            reason_in_words("message_expired"),
            "expired before it could be delivered"
        );
        assert_eq!(reason_in_words("2206"), "number is on the blacklist");
        assert_eq!(reason_in_words("something_new"), "something new");
    }

    #[test]
    fn tally_counts_missing_as_waiting() {
        let report = |status: &str| {
            (
                Value::Null,
                Report {
                    status: status.into(),
                    ..Default::default()
                },
            )
        };
        let s = Snapshot {
            rows: vec![report("delivered"), report("sent"), report("unsent")],
            missing: vec!["x".into()],
        };
        assert_eq!(
            s.tally(),
            Tally {
                delivered: 1,
                undelivered: 0,
                unsent: 1,
                waiting: 2
            }
        );
    }

    #[test]
    fn durations_for_people() {
        assert_eq!(human_duration(Duration::from_secs(45)), "45s");
        assert_eq!(human_duration(Duration::from_secs(581)), "9m41s");
        assert_eq!(human_duration(Duration::from_secs(3600)), "1h0m0s");
    }
}

//! `serwersms numbers normalize|check|lookup|validate`.
//!
//! * `normalize` is offline: it streams its input through `crate::phone` (the rules every
//!   command uses) and prints each number with its normalized form or the reason it is refused.
//!   It allocates nothing per number beyond the output row, so a million numbers take about a
//!   second (bench/normalize.sh).
//! * `check` (HLR, `phones/check`) and `lookup` (`phones/lookup`) are charged per number: one
//!   query per unique number, confirmation on a terminal above [`CONFIRM_ABOVE`] numbers, never
//!   a repeated query (the client's policy for charged actions), slow results fetched by id
//!   until `--wait` runs out. Results print in input order once every query is settled.
//! * `validate` (`phones/test`) is free and streams one row per number.
//!
//! Exit codes are in each subcommand's `--help` (cli.rs) and in README.md.

use std::io::{BufRead, IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Result;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::number_list::{self, error_cell, error_item, with_phone};
use super::{note, Context};
use crate::api::phones::{Checked, PhoneQuery, QueryAnswer};
use crate::api::{ApiError, Client};
use crate::cli::{NormalizeArgs, NumbersCommand, QueryArgs, ValidateArgs};
use crate::exit::{Code, Failure, Outcome};
use crate::output::{Format, Printer};
use crate::phone;

/// Querying more numbers than this asks for confirmation on a terminal.
pub const CONFIRM_ABOVE: usize = 10;

pub fn run(ctx: &Context, command: NumbersCommand) -> Result<Outcome> {
    match command {
        NumbersCommand::Normalize(a) => normalize(ctx, a),
        NumbersCommand::Check(a) => query(ctx, PhoneQuery::Hlr, a),
        NumbersCommand::Lookup(a) => query(ctx, PhoneQuery::Lookup, a),
        NumbersCommand::Validate(a) => validate(ctx, a),
    }
}

fn normalize(ctx: &Context, args: NormalizeArgs) -> Result<Outcome> {
    let mut out = Printer::new(
        ctx.stdout(),
        ctx.output,
        &["input", "normalized", "valid", "reason"],
    );
    // Table and CSV print only the cells; the JSON-like formats only the object.
    let cells_only = matches!(ctx.output.format, Format::Table | Format::Csv);
    let mut normalized = String::with_capacity(16);
    let (mut total, mut invalid) = (0u64, 0u64);
    number_list::for_each(&args.numbers, |text, _| {
        total += 1;
        let result = phone::normalize_into(text, &mut normalized);
        if result.is_err() {
            invalid += 1;
        }
        if cells_only {
            let reason = match result {
                Ok(()) => String::new(),
                Err(why) => why.to_string(),
            };
            let valid = if result.is_ok() { "yes" } else { "no" };
            out.item(
                &Value::Null,
                vec![text.into(), normalized.clone(), valid.into(), reason],
            )?;
        } else {
            let item = NormalizedItem {
                input: text,
                normalized: result.is_ok().then_some(normalized.as_str()),
                valid: result.is_ok(),
                reason: result.err().map(|why| why.code()),
            };
            out.item(&item, Vec::new())?;
        }
        Ok(())
    })?;
    out.finish(Map::new())?;
    if invalid == 0 {
        return Ok(Outcome::Success);
    }
    note(&format!("{invalid} of {total} numbers are not valid"));
    Ok(Outcome::Partial)
}

/// One `normalize` item in json, xml and ndjson, serialized without building a `Value`.
#[derive(Serialize)]
struct NormalizedItem<'a> {
    input: &'a str,
    normalized: Option<&'a str>,
    valid: bool,
    /// `phone::Invalid::code()`.
    reason: Option<&'static str>,
}

/// Where one row of `check`/`lookup` stands.
enum Slot {
    Done(Vec<Checked>),
    /// A slow query: its id and the answer that gave it.
    Pending {
        id: String,
        raw: Value,
    },
    /// The API refused this number (or id) alone.
    Failed(ApiError),
}

struct Row {
    /// The number asked, or `None` for a row from `--id`.
    phone: Option<String>,
    slot: Slot,
}

/// API errors that concern one number or id; the others (balance, permission, auth) stop
/// the whole command.
fn concerns_one_number(e: &ApiError) -> bool {
    matches!(e.api_code(), Some(2001 | 4100 | 4101 | 4106))
}

/// Whether to ask before querying `count` numbers.
fn must_confirm(count: usize, yes: bool, stdin_is_terminal: bool) -> bool {
    count > CONFIRM_ABOVE && !yes && stdin_is_terminal
}

fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes" | "t" | "tak"
    )
}

fn confirm(count: usize, query: PhoneQuery) -> Result<()> {
    {
        let mut err = std::io::stderr().lock();
        write!(
            err,
            "serwersms: about to send {count} {} queries; each is charged to the {} balance. Continue? [y/N] ",
            query.action(),
            query.balance()
        )?;
        err.flush()?;
    }
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if is_yes(&answer) {
        return Ok(());
    }
    Err(Failure::new(Code::Failure, "cancelled; nothing was sent")
        .with_hint("--yes skips this question")
        .into())
}

fn check_ids(ids: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        let id = id.trim();
        let sane =
            !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric());
        if !sane {
            return Err(Failure::usage(format!("--id {id:?} is not a query id"))
                .with_hint("query ids are letters and digits, like 6970aa5525, as printed by an earlier check")
                .into());
        }
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    Ok(out)
}

fn query(ctx: &Context, query: PhoneQuery, args: QueryArgs) -> Result<Outcome> {
    let numbers = if args.numbers.is_empty() {
        Vec::new()
    } else {
        number_list::collect(&args.numbers)?
    };
    let ids = check_ids(&args.ids)?;
    if numbers.is_empty() && ids.is_empty() {
        return Err(Failure::usage("no numbers to query").into());
    }
    if must_confirm(numbers.len(), args.yes, std::io::stdin().is_terminal()) {
        confirm(numbers.len(), query)?;
    }
    let client = ctx.client()?;
    let mut rows: Vec<Row> = Vec::with_capacity(numbers.len() + ids.len());
    let mut slow = 0usize;
    for (i, phone) in numbers.iter().enumerate() {
        match client.phone_query(query, phone) {
            Ok(QueryAnswer::Done(results)) => rows.push(Row {
                phone: Some(phone.clone()),
                slot: Slot::Done(results),
            }),
            Ok(QueryAnswer::Pending { id, raw }) => {
                // Said at once, so that an interrupted run still has the id of a paid query.
                note(&format!(
                    "{phone}: the result is not ready yet (query id {id})"
                ));
                slow += 1;
                rows.push(Row {
                    phone: Some(phone.clone()),
                    slot: Slot::Pending { id, raw },
                });
            }
            Err(e) if concerns_one_number(&e) => rows.push(Row {
                phone: Some(phone.clone()),
                slot: Slot::Failed(e),
            }),
            Err(e) => {
                // What was paid for before the failure is still shown.
                if !rows.is_empty() {
                    print_rows(ctx, &rows)?;
                }
                let rest = &numbers[i + 1..];
                if !rest.is_empty() {
                    note(&format!(
                        "not queried: {} number{} ({})",
                        rest.len(),
                        if rest.len() == 1 { "" } else { "s" },
                        abbreviated(rest)
                    ));
                }
                note_pending(&rows, query);
                return Err(anyhow::Error::new(e).context(format!("querying {phone}")));
            }
        }
    }
    rows.extend(ids.into_iter().map(|id| Row {
        phone: None,
        slot: Slot::Pending {
            raw: json!({ "id": id }),
            id,
        },
    }));
    let fetch_first = rows.len() > numbers.len();
    if slow > 0 && !args.wait.is_zero() {
        note(&format!(
            "waiting up to {} for {slow} slow result{}",
            human(args.wait),
            if slow == 1 { "" } else { "s" }
        ));
    }
    if let Err(e) = poll(client, query, &mut rows, &args, fetch_first) {
        print_rows(ctx, &rows)?;
        note_pending(&rows, query);
        return Err(e);
    }
    print_rows(ctx, &rows)?;
    let pending = rows
        .iter()
        .filter(|r| matches!(r.slot, Slot::Pending { .. }))
        .count();
    if pending > 0 {
        let waited = if args.wait.is_zero() {
            "yet".to_string()
        } else {
            format!("after {}", human(args.wait))
        };
        note(&format!(
            "{pending} result{} not ready {waited}",
            if pending == 1 { " is" } else { "s are" },
        ));
        note_pending(&rows, query);
        return Ok(Outcome::Code(Code::WaitTimeout.as_u8()));
    }
    let all_ok = rows.iter().all(|r| match &r.slot {
        Slot::Done(results) => results.iter().all(|c| c.data.is_ok()),
        _ => false,
    });
    Ok(if all_ok {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}

/// Ask for pending results until none is left or `--wait` runs out. The first round runs at
/// once when there are `--id` rows; later rounds every `--poll-every`, the last one at the
/// deadline. An error that is not about one id ends the polling (and the command).
fn poll(
    client: &Client,
    query: PhoneQuery,
    rows: &mut [Row],
    args: &QueryArgs,
    mut at_once: bool,
) -> Result<()> {
    let started = Instant::now();
    let deadline = started + args.wait;
    let mut progress = Progress::new(std::io::stderr().is_terminal());
    loop {
        let pending: Vec<usize> = (0..rows.len())
            .filter(|&i| matches!(rows[i].slot, Slot::Pending { .. }))
            .collect();
        if pending.is_empty() {
            break;
        }
        if !at_once {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            progress.show(pending.len(), started.elapsed(), args.wait);
            std::thread::sleep(args.poll_every.min(deadline - now));
        }
        at_once = false;
        for i in pending {
            let Slot::Pending { id, .. } = &rows[i].slot else {
                continue;
            };
            let id = id.clone();
            match client.phone_query_result(query, &id) {
                Ok(QueryAnswer::Done(results)) => rows[i].slot = Slot::Done(results),
                Ok(QueryAnswer::Pending { .. }) => {}
                Err(e) if concerns_one_number(&e) => rows[i].slot = Slot::Failed(e),
                Err(e) => {
                    progress.clear();
                    return Err(
                        anyhow::Error::new(e).context(format!("fetching the result of query {id}"))
                    );
                }
            }
        }
    }
    progress.clear();
    Ok(())
}

/// Tell how to fetch the results still pending later.
fn note_pending(rows: &[Row], query: PhoneQuery) {
    let ids: Vec<&str> = rows
        .iter()
        .filter_map(|r| match &r.slot {
            Slot::Pending { id, .. } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    if ids.is_empty() {
        return;
    }
    let command = match query {
        PhoneQuery::Hlr => "check",
        PhoneQuery::Lookup => "lookup",
    };
    let flags: Vec<String> = ids.iter().map(|id| format!("--id {id}")).collect();
    note(&format!(
        "fetch the results later (not charged again) with: serwersms numbers {command} {}",
        flags.join(" ")
    ));
}

const COLUMNS: &[&str] = &[
    "phone",
    "status",
    "network",
    "ported",
    "network now",
    "mcc-mnc",
    "imsi",
    "description",
];

fn print_rows(ctx: &Context, rows: &[Row]) -> Result<()> {
    let mut out = Printer::new(ctx.stdout(), ctx.output, COLUMNS);
    for row in rows {
        let phone = row.phone.as_deref().unwrap_or("");
        match &row.slot {
            Slot::Done(results) => {
                for c in results {
                    let d = &c.data;
                    let shown = if d.phone.is_empty() { phone } else { &d.phone };
                    let raw = if c.raw.get("phone").is_some() || shown.is_empty() {
                        c.raw.clone()
                    } else {
                        with_phone(shown, &c.raw)
                    };
                    let yes_no = if d.ported { "yes" } else { "no" };
                    out.item(
                        &raw,
                        vec![
                            shown.to_string(),
                            d.status.clone(),
                            d.network.clone(),
                            yes_no.into(),
                            d.network_now().to_string(),
                            d.mcc_mnc().unwrap_or_default(),
                            d.imsi.clone().unwrap_or_default(),
                            d.description.clone().unwrap_or_default(),
                        ],
                    )?;
                }
            }
            Slot::Pending { id, raw } => {
                let mut cells = vec![phone.to_string(), "pending".into()];
                cells.extend(std::iter::repeat_n(String::new(), 5));
                cells.push(format!("not ready; query id {id}"));
                out.item(raw, cells)?;
            }
            Slot::Failed(e) => {
                let mut cells = vec![phone.to_string(), "error".into()];
                cells.extend(std::iter::repeat_n(String::new(), 5));
                cells.push(error_cell(e));
                out.item(&error_item(row.phone.as_deref(), e), cells)?;
            }
        }
    }
    out.finish(Map::new())?;
    Ok(())
}

fn validate(ctx: &Context, args: ValidateArgs) -> Result<Outcome> {
    let numbers = number_list::collect(&args.numbers)?;
    let client = ctx.client()?;
    let mut out = Printer::new(ctx.stdout(), ctx.output, &["phone", "correct"]);
    let mut incorrect = 0usize;
    for phone in &numbers {
        match client.phone_test(phone) {
            Ok(r) => {
                if !r.data.correct {
                    incorrect += 1;
                }
                let correct = if r.data.correct { "yes" } else { "no" };
                out.item(
                    &with_phone(phone, &r.raw),
                    vec![phone.clone(), correct.into()],
                )?;
            }
            Err(e) if e.api_code() == Some(2001) => {
                incorrect += 1;
                out.item(
                    &error_item(Some(phone), &e),
                    vec![phone.clone(), format!("no ({})", error_cell(&e))],
                )?;
            }
            Err(e) => {
                if out.count() > 0 {
                    out.finish(Map::new())?;
                }
                return Err(anyhow::Error::new(e).context(format!("validating {phone}")));
            }
        }
    }
    out.finish(Map::new())?;
    if incorrect == 0 {
        return Ok(Outcome::Success);
    }
    note(&format!(
        "{incorrect} of {} numbers are not correct",
        numbers.len()
    ));
    Ok(Outcome::Partial)
}

/// The first few numbers of a list, for a message.
fn abbreviated(list: &[String]) -> String {
    let shown: Vec<&str> = list.iter().take(5).map(String::as_str).collect();
    let mut text = shown.join(", ");
    if list.len() > shown.len() {
        text.push_str(&format!(", … {} more", list.len() - shown.len()));
    }
    text
}

/// `3m`, `90s`, `1.5s`: a duration as people write it.
fn human(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 60.0 && secs % 60.0 == 0.0 {
        format!("{}m", secs as u64 / 60)
    } else if secs.fract() == 0.0 {
        format!("{}s", secs as u64)
    } else {
        format!("{secs:.1}s")
    }
}

/// A one-line progress message on stderr, only on a terminal.
struct Progress {
    on: bool,
    shown: bool,
}

impl Progress {
    fn new(on: bool) -> Progress {
        Progress { on, shown: false }
    }

    fn show(&mut self, pending: usize, elapsed: Duration, limit: Duration) {
        if !self.on {
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[Kwaiting for {pending} slow result{}… {}s of {} (Ctrl-C stops; the ids are above)",
            if pending == 1 { "" } else { "s" },
            elapsed.as_secs(),
            human(limit)
        );
        let _ = err.flush();
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[K");
            self.shown = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmation_only_on_a_terminal_above_ten() {
        assert!(!must_confirm(10, false, true));
        assert!(must_confirm(11, false, true));
        assert!(!must_confirm(11, true, true));
        assert!(!must_confirm(1000, false, false));
        assert!(is_yes("y\n") && is_yes(" YES ") && is_yes("tak"));
        assert!(!is_yes("") && !is_yes("n") && !is_yes("yess"));
    }

    #[test]
    fn ids_are_checked() {
        let ids = |v: &[&str]| check_ids(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            ids(&["6970aa5525", "6970aa5525", "abc"]).unwrap(),
            ["6970aa5525", "abc"]
        );
        assert!(ids(&[""]).is_err());
        assert!(ids(&["69/70"]).is_err());
    }

    #[test]
    fn durations_and_lists_for_messages() {
        assert_eq!(human(Duration::from_secs(180)), "3m");
        assert_eq!(human(Duration::from_secs(90)), "90s");
        assert_eq!(human(Duration::from_millis(1500)), "1.5s");
        let list: Vec<String> = (0..7).map(|i| i.to_string()).collect();
        assert_eq!(abbreviated(&list), "0, 1, 2, 3, 4, … 2 more");
    }
}

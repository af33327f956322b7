//! Carrying out a [`Plan`]: open the journal, confirm on a terminal, reconcile what earlier
//! runs left unknown, send the batches (`--concurrency` at a time), print one row per
//! recipient in the order given, and decide the exit code.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::{plural, Plan};
use crate::api::messages::{self, AddressBook, KnownMessage, SendResult};
use crate::api::{Client, Response};
use crate::cli::send::SendArgs;
use crate::commands::{note, Context};
use crate::exit::{self, Code, Failure, Outcome};
use crate::interrupt::{self, Interrupt};
use crate::journal::{self, Journal, Planned, Record, Settled};
use crate::output::{self, Format, Printer};

/// Above this many recipients a terminal user is asked first.
const CONFIRM_ABOVE: usize = 100;

/// How each recipient's own id is made.
enum Ids {
    None,
    /// Given with --unique-id.
    User,
    /// Generated from the journal's run key.
    Generated(String),
}

/// One request to make.
struct Batch<'p> {
    number: u32,
    /// Recipient indices (empty for the address-book request): a slice of the run's list, so
    /// that batches cost no memory of their own.
    members: &'p [u32],
}

/// What came of one request.
enum BatchResult {
    Done(Vec<Row>),
    /// Refused, or not sent at all: nothing of it went out.
    Refused(anyhow::Error),
    /// It may or may not have been carried out.
    Unknown(anyhow::Error),
}

struct BatchReport {
    result: BatchResult,
    /// The request was made (a batch refused because its journal entry could not be written
    /// never reached the server, and is not counted as a batch sent).
    requested: bool,
    /// The answer could not be written to the journal.
    journal_error: Option<anyhow::Error>,
}

/// One recipient's result: the API's item (or one we made up for rows like `not_sent`).
struct Row {
    recipient: Option<u32>,
    raw: Value,
}

#[derive(Default)]
struct Totals {
    queued: usize,
    unsent: usize,
    invalid: usize,
    unknown: usize,
    not_sent: usize,
    parts: u64,
    earlier: usize,
    /// Requests this run made: a stop leaves later batches unattempted.
    batches: usize,
    /// The ids of queued messages, kept only for `--wait`.
    queued_ids: Vec<String>,
}

pub(super) struct Send<'a> {
    ctx: &'a Context,
    args: &'a SendArgs,
    plan: &'a Plan,
    ids: Ids,
    journal: Option<Mutex<Journal>>,
    progress: journal::Progress,
}

impl<'a> Send<'a> {
    pub(super) fn new(ctx: &'a Context, args: &'a SendArgs, plan: &'a Plan) -> Result<Send<'a>> {
        let user = !plan.user_ids.is_empty();
        let (journal, ids, progress) = match &args.journal {
            Some(path) => {
                let (j, stored, progress) =
                    Journal::open(path, plan.journal_header(journal::run_key()))?;
                let ids = if user {
                    Ids::User
                } else {
                    Ids::Generated(stored.run_key)
                };
                if progress.length > 0 {
                    note(&format!(
                        "resuming from the journal {}: {} of {} recipients already confirmed{}",
                        path.display(),
                        progress.settled_count,
                        plan.recipients.len(),
                        if progress.unknown.is_empty() {
                            String::new()
                        } else {
                            format!(
                                ", {} {} to check with the server first",
                                progress.unknown.len(),
                                plural(progress.unknown.len(), "batch", "batches")
                            )
                        }
                    ));
                }
                (Some(Mutex::new(j)), ids, progress)
            }
            None => (
                None,
                if user { Ids::User } else { Ids::None },
                journal::Progress {
                    settled: vec![false; plan.recipients.len()],
                    next_batch: 1,
                    ..Default::default()
                },
            ),
        };
        Ok(Send {
            ctx,
            args,
            plan,
            ids,
            journal,
            progress,
        })
    }

    fn unique_id(&self, i: usize) -> Option<String> {
        match &self.ids {
            Ids::None => None,
            Ids::User => self.plan.user_ids.get(i).cloned(),
            Ids::Generated(key) => Some(journal::unique_id(key, i)),
        }
    }

    fn journal_path(&self) -> Option<&Path> {
        self.args.journal.as_deref()
    }

    pub(super) fn run(self) -> Result<Outcome> {
        let plan = self.plan;
        let in_unknown: HashSet<u32> = self
            .progress
            .unknown
            .iter()
            .flat_map(|(_, l)| l.iter().map(|p| p.0))
            .collect();
        let mut pending: Vec<u32> = (0..plan.recipients.len() as u32)
            .filter(|&i| !self.progress.settled[i as usize] && !in_unknown.contains(&i))
            .collect();
        let at_most = pending.len() + in_unknown.len();
        // Credentials are resolved before asking or printing anything.
        let client = if at_most > 0 || !plan.address_book.is_empty() {
            match self.ctx.client() {
                Ok(c) => Some(c),
                Err(e) => {
                    self.abandon_new_journal();
                    return Err(e);
                }
            }
        } else {
            None
        };
        if client.is_none() {
            note("every recipient in the journal is already confirmed: nothing to send (a new send needs a new journal file)");
        } else {
            self.confirm(
                at_most + plan.address_book.groups.len() + plan.address_book.contacts.len(),
            )?;
        }

        // Check what earlier runs left unknown, before printing anything (a failure here
        // must not leave a half-written document on stdout).
        let mut reconciled: Vec<Settled> = Vec::new();
        if let Some(client) = client.filter(|_| !self.progress.unknown.is_empty()) {
            for (batch, planned) in &self.progress.unknown {
                let (found, missing) = self.reconcile(client, *batch, planned)?;
                reconciled.extend(found);
                pending.extend(missing);
            }
            pending.sort_unstable();
        }

        let mut columns = vec!["phone", "id", "status", "parts", "error"];
        if self.args.details {
            columns.extend(["queued", "text"]);
        }
        let mut out = Printer::new(self.ctx.stdout(), self.ctx.output, &columns);
        let mut totals = Totals::default();

        // Rows for what this run does not send: skipped numbers, earlier runs' results.
        for bad in &plan.recipients.invalid {
            let raw =
                json!({"phone": bad.value, "status": "invalid", "error_message": bad.to_string()});
            self.print(&mut out, &raw, &mut totals)?;
        }
        if let Some(path) = self.journal_path() {
            if self.progress.length > 0 {
                Journal::replay_settled(path, self.progress.length, |_, raw| {
                    totals.earlier += 1;
                    self.print(&mut out, &raw, &mut totals)
                })?;
            }
        }
        for Settled(_, raw) in &reconciled {
            totals.earlier += 1;
            self.print(&mut out, raw, &mut totals)?;
        }

        // Then send the rest.
        let mut batches: Vec<Batch> = Vec::new();
        let mut number = self.progress.next_batch;
        if !plan.address_book.is_empty() {
            batches.push(Batch {
                number,
                members: &[],
            });
            number += 1;
        }
        for chunk in pending.chunks(plan.batch_size) {
            batches.push(Batch {
                number,
                members: chunk,
            });
            number += 1;
        }
        let mut failure: Option<(u32, BatchResultKind, anyhow::Error)> = None;
        let mut journal_error: Option<anyhow::Error> = None;
        let mut interrupted = None;
        if let Some(client) = client.filter(|_| !batches.is_empty()) {
            let interrupt = Interrupt::install(|signal| {
                note(&format!(
                    "{}: finishing the batch in flight, starting no other; again to stop at once",
                    interrupt::name(signal)
                ))
            })?;
            self.send_all(
                client,
                &batches,
                &interrupt,
                &mut out,
                &mut totals,
                &mut failure,
                &mut journal_error,
            )?;
            // Past the last batch there is nothing to stop safely: a signal ends the run.
            interrupt.release();
            interrupted = interrupt.signal();
        }
        out.finish(self.trailer(&totals, failure.is_none() && journal_error.is_none()))?;
        self.summary(&totals, batches.len());
        let outcome = self.finish(&totals, &batches, failure, journal_error)?;
        // A signal that came during the last batch stopped nothing, unless `--wait` was to
        // follow: then the run stops before it, since the caller would take exit 0 for
        // "delivered".
        if let Some(signal) = interrupted {
            let skipped = totals.batches < batches.len();
            if skipped || self.args.wait.is_some() {
                return Err(self.interrupted(signal, &totals, skipped).into());
            }
        }
        let Some(timeout) = self.args.wait else {
            return Ok(outcome);
        };
        // `--wait`: follow the delivery reports of what was queued; a timeout is exit 6.
        let delivered = crate::commands::status::wait_for(self.ctx, &totals.queued_ids, timeout)?;
        Ok(
            if outcome == Outcome::Success && delivered == Outcome::Success {
                Outcome::Success
            } else {
                Outcome::Partial
            },
        )
    }

    /// A journal this run just created holds nothing yet when the run stops before its first
    /// batch: do not leave it behind to block a different command.
    fn abandon_new_journal(&self) {
        if let (Some(path), 0) = (self.journal_path(), self.progress.length) {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Ask on a terminal before a large send.
    fn confirm(&self, recipients: usize) -> Result<()> {
        if self.args.yes || recipients <= CONFIRM_ABOVE || !std::io::stdin().is_terminal() {
            return Ok(());
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "serwersms: send {recipients} {} SMS{}{}? [y/N] ",
            self.plan.kind(),
            self.plan
                .options
                .sender
                .as_deref()
                .map(|s| format!(" from {s}"))
                .unwrap_or_default(),
            if self.plan.options.test {
                " (test: the server sends nothing)"
            } else {
                ""
            }
        );
        let _ = err.flush();
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if is_yes(&answer) {
            Ok(())
        } else {
            self.abandon_new_journal();
            Err(
                Failure::new(Code::Failure, "not confirmed: nothing was sent")
                    .with_hint("add --yes to send without asking")
                    .into(),
            )
        }
    }

    /// Ask the server which recipients of an unknown batch it has, by their unique_ids.
    fn reconcile(
        &self,
        client: &Client,
        batch: u32,
        planned: &[Planned],
    ) -> Result<(Vec<Settled>, Vec<u32>)> {
        let ids: Vec<String> = planned.iter().map(|p| p.2.clone()).collect();
        let known = client.messages_by_unique_id(&ids).map_err(|e| {
            let code = e.exit_code();
            Failure::new(
                code,
                format!(
                    "batch {batch} of an earlier run may have been sent, and it cannot be checked: {}",
                    exit::message_for(&anyhow::Error::new(e))
                ),
            )
            .with_hint("nothing was sent; run the same command again when messages/reports answers (the journal is unchanged)")
        })?;
        let by_uid: HashMap<&str, u32> = planned.iter().map(|p| (p.2.as_str(), p.0)).collect();
        let by_phone: HashMap<&str, u32> = planned.iter().map(|p| (p.1.as_str(), p.0)).collect();
        let mut matched = HashSet::new();
        let mut found = Vec::new();
        for (raw, k) in known {
            let normalized = crate::phone::normalize(&k.phone).ok();
            let target = k
                .unique_id
                .as_deref()
                .and_then(|u| by_uid.get(u))
                .or_else(|| normalized.as_deref().and_then(|p| by_phone.get(p)))
                .copied();
            if let Some(i) = target {
                if matched.insert(i) {
                    found.push(Settled(i, reconciled_item(&raw, &k)));
                }
            }
        }
        let missing: Vec<u32> = planned
            .iter()
            .map(|p| p.0)
            .filter(|i| !matched.contains(i))
            .collect();
        if let Some(j) = &self.journal {
            lock(j).append(&Record::Reconciled {
                batch,
                found: found.clone(),
                missing: missing.clone(),
            })?;
        }
        note(&format!(
            "batch {batch} of an earlier run: {} of {} reached the server; {} will be sent",
            found.len(),
            planned.len(),
            missing.len()
        ));
        Ok((found, missing))
    }

    /// Send the batches, `--concurrency` at a time, printing results in batch order.
    #[allow(clippy::too_many_arguments)]
    fn send_all<W: Write>(
        &self,
        client: &Client,
        batches: &[Batch],
        interrupt: &Interrupt,
        out: &mut Printer<W>,
        totals: &mut Totals,
        failure: &mut Option<(u32, BatchResultKind, anyhow::Error)>,
        journal_error: &mut Option<anyhow::Error>,
    ) -> Result<()> {
        let total: usize = batches.iter().map(|b| b.members.len().max(1)).sum();
        let bar = (std::io::stderr().is_terminal() && batches.len() > 1).then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                Some(total as u64),
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} sending {bar:30} {pos}/{len} recipients, {msg} {elapsed}",
            ) {
                bar.set_style(style);
            }
            bar
        });
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let workers = usize::from(self.args.concurrency).min(batches.len()).max(1);
        let mut results: BTreeMap<usize, BatchReport> = BTreeMap::new();
        let mut printed = 0usize;
        let mut print_error: Option<anyhow::Error> = None;
        std::thread::scope(|s| {
            let (tx, rx) = mpsc::channel::<(usize, BatchReport)>();
            for _ in 0..workers {
                let tx = tx.clone();
                let (next, stop) = (&next, &stop);
                s.spawn(move || loop {
                    if stop.load(Ordering::SeqCst) || interrupt.is_set() {
                        return;
                    }
                    let k = next.fetch_add(1, Ordering::SeqCst);
                    let Some(batch) = batches.get(k) else { return };
                    let report = self.send_batch(client, batch);
                    if !matches!(report.result, BatchResult::Done(_))
                        || report.journal_error.is_some()
                    {
                        stop.store(true, Ordering::SeqCst);
                    }
                    if tx.send((k, report)).is_err() {
                        return;
                    }
                });
            }
            drop(tx);
            for (k, report) in rx {
                if let Some(bar) = &bar {
                    bar.inc(batches[k].members.len().max(1) as u64);
                }
                results.insert(k, report);
                while let Some(report) = results.remove(&printed) {
                    if let Err(e) = self.print_batch(
                        out,
                        &batches[printed],
                        report,
                        totals,
                        failure,
                        journal_error,
                    ) {
                        stop.store(true, Ordering::SeqCst);
                        print_error.get_or_insert(e);
                    }
                    printed += 1;
                    if let Some(bar) = &bar {
                        bar.set_message(format!("{} queued", totals.queued));
                    }
                }
            }
        });
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        if let Some(e) = print_error {
            return Err(e);
        }
        // Batches never started (after a stop): their recipients were not sent.
        for (k, batch) in batches.iter().enumerate().skip(printed) {
            match results.remove(&k) {
                Some(report) => {
                    self.print_batch(out, batch, report, totals, failure, journal_error)?
                }
                None => {
                    for &i in batch.members {
                        let raw = json!({"phone": self.plan.recipients.phone(i as usize), "status": "not_sent"});
                        self.print(out, &raw, totals)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn print_batch<W: Write>(
        &self,
        out: &mut Printer<W>,
        batch: &Batch,
        report: BatchReport,
        totals: &mut Totals,
        failure: &mut Option<(u32, BatchResultKind, anyhow::Error)>,
        journal_error: &mut Option<anyhow::Error>,
    ) -> Result<()> {
        if let Some(e) = report.journal_error {
            journal_error.get_or_insert(e);
        }
        if report.requested {
            totals.batches += 1;
        }
        let status = match report.result {
            BatchResult::Done(rows) => {
                for row in rows {
                    self.print(out, &row.raw, totals)?;
                }
                return Ok(());
            }
            BatchResult::Refused(e) => {
                let s = "not_sent";
                if failure.is_none() {
                    *failure = Some((batch.number, BatchResultKind::Refused, e));
                }
                s
            }
            BatchResult::Unknown(e) => {
                // An unknown outcome outranks a refusal: it decides the exit code.
                if !matches!(failure, Some((_, BatchResultKind::Unknown, _))) {
                    *failure = Some((batch.number, BatchResultKind::Unknown, e));
                }
                "unknown"
            }
        };
        if batch.members.is_empty() {
            let raw = json!({"phone": self.book_label(), "status": status});
            return Ok(self.print(out, &raw, totals)?);
        }
        for &i in batch.members {
            let mut raw =
                json!({"phone": self.plan.recipients.phone(i as usize), "status": status});
            if let Some(u) = self.unique_id(i as usize).filter(|_| status == "unknown") {
                raw["unique_id"] = json!(u);
            }
            self.print(out, &raw, totals)?;
        }
        Ok(())
    }

    fn book_label(&self) -> String {
        let b = &self.plan.address_book;
        b.groups
            .iter()
            .map(|g| format!("group {g}"))
            .chain(b.contacts.iter().map(|c| format!("contact {c}")))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One request: journal it, send it, journal the answer.
    fn send_batch(&self, client: &Client, batch: &Batch) -> BatchReport {
        let plan = self.plan;
        let r = &plan.recipients;
        let phones: Vec<String> = batch.members.iter().map(|&i| r.phone(i as usize)).collect();
        let ids: Vec<String> = batch
            .members
            .iter()
            .filter_map(|&i| self.unique_id(i as usize))
            .collect();
        if let Some(j) = &self.journal {
            let recipients = batch
                .members
                .iter()
                .zip(&phones)
                .zip(&ids)
                .map(|((&i, p), u)| Planned(i, p.clone(), u.clone()))
                .collect();
            if let Err(e) = lock(j).append(&Record::Batch {
                batch: batch.number,
                recipients,
            }) {
                return BatchReport {
                    result: BatchResult::Refused(e.context("the batch was not sent")),
                    requested: false,
                    journal_error: None,
                };
            }
        }
        let answer = if plan.personalized() {
            let messages: Vec<(String, String)> = batch
                .members
                .iter()
                .zip(phones)
                .map(|(&i, p)| (p, plan.text_of(i as usize).to_string()))
                .collect();
            client.send_personalized(&messages, &ids, &plan.options)
        } else if batch.members.is_empty() {
            client.send_sms(
                Vec::new(),
                &plan.text,
                &plan.address_book,
                &[],
                &plan.options,
            )
        } else {
            client.send_sms(
                phones,
                &plan.text,
                &AddressBook::default(),
                &ids,
                &plan.options,
            )
        };
        let result = match answer {
            Ok(response) => BatchResult::Done(self.rows(batch, response)),
            Err(e) if e.is_outcome_unknown() => BatchResult::Unknown(e.into()),
            // 3111: the server has one of these unique_ids already. With ids this journal
            // assigned, that is an earlier run's request carried out after that run asked
            // (a slow server, or a run killed mid-request): not a refusal but an outcome to
            // check, so the next run asks messages/reports instead of giving those up.
            Err(e)
                if e.api_code() == Some(DUPLICATE_UNIQUE_ID)
                    && self.journal.is_some()
                    && matches!(self.ids, Ids::Generated(_)) =>
            {
                BatchResult::Unknown(anyhow::Error::from(e).context(
                    "the server already has these unique_ids: an earlier request may have been carried out late",
                ))
            }
            Err(e) => BatchResult::Refused(e.into()),
        };
        let mut journal_error = None;
        if let Some(j) = &self.journal {
            let record = match &result {
                BatchResult::Done(rows) => Record::Done {
                    batch: batch.number,
                    items: rows
                        .iter()
                        .filter_map(|row| row.recipient.map(|i| Settled(i, row.raw.clone())))
                        .collect(),
                },
                BatchResult::Refused(e) => Record::Refused {
                    batch: batch.number,
                    error: exit::message_for(e),
                },
                BatchResult::Unknown(e) => Record::Unknown {
                    batch: batch.number,
                    error: exit::message_for(e),
                },
            };
            journal_error = lock(j).append(&record).err();
        }
        BatchReport {
            result,
            requested: true,
            journal_error,
        }
    }

    /// Pair the API's items with the batch's recipients: by number, else by position.
    fn rows(&self, batch: &Batch, response: Response<SendResult>) -> Vec<Row> {
        let r = &self.plan.recipients;
        let unsent = response.data.unsent;
        let items = messages::items(response.raw);
        let members = &batch.members;
        let by_number: HashMap<u64, usize> = members
            .iter()
            .enumerate()
            .map(|(k, &i)| (r.phone_key(i as usize), k))
            .collect();
        let mut used = vec![false; members.len()];
        let mut rows = Vec::with_capacity(members.len().max(items.len()));
        for (pos, raw) in items.into_iter().enumerate() {
            let matched = raw
                .get("phone")
                .and_then(Value::as_str)
                .and_then(phone_key)
                .and_then(|key| by_number.get(&key).copied())
                .filter(|&k| !used[k]);
            let slot = matched.or_else(|| (pos < members.len() && !used[pos]).then_some(pos));
            if let Some(k) = slot {
                used[k] = true;
            }
            rows.push(Row {
                recipient: slot.map(|k| members[k]),
                raw,
            });
        }
        // Recipients the answer does not mention (it had no items, or left some out).
        let status = if unsent == 0 { "queued" } else { "unreported" };
        for (k, &i) in members.iter().enumerate() {
            if !used[k] {
                rows.push(Row {
                    recipient: Some(i),
                    raw: json!({"phone": r.phone(i as usize), "status": status}),
                });
            }
        }
        rows
    }

    /// Print one row and count it.
    fn print<W: Write>(
        &self,
        out: &mut Printer<W>,
        raw: &Value,
        totals: &mut Totals,
    ) -> std::io::Result<()> {
        let status = raw.get("status").and_then(Value::as_str).unwrap_or("");
        match status {
            "unsent" => totals.unsent += 1,
            "invalid" => totals.invalid += 1,
            "unknown" => totals.unknown += 1,
            "not_sent" => totals.not_sent += 1,
            _ => {
                totals.queued += 1;
                if self.args.wait.is_some() {
                    if let Some(id) = raw.get("id").and_then(Value::as_str) {
                        totals.queued_ids.push(id.to_string());
                    }
                }
                totals.parts += raw
                    .get("parts")
                    .and_then(|p| {
                        p.as_u64()
                            .or_else(|| p.as_str().and_then(|s| s.trim().parse().ok()))
                    })
                    .unwrap_or(1);
            }
        }
        if !matches!(self.ctx.output.format, Format::Table | Format::Csv) {
            // Only the table and csv print cells; the others print the item itself.
            return out.item(raw, Vec::new());
        }
        let error = match (raw.get("error_code"), raw.get("error_message")) {
            (Some(c), Some(m)) if !c.is_null() => {
                format!("{}: {}", output::cell(Some(c)), output::cell(Some(m)))
            }
            (_, Some(m)) => output::cell(Some(m)),
            (Some(c), None) => output::cell(Some(c)),
            (None, None) => String::new(),
        };
        let mut cells = vec![
            output::cell(raw.get("phone")),
            output::cell(raw.get("id")),
            status.to_string(),
            output::cell(raw.get("parts")),
            error,
        ];
        if self.args.details {
            cells.push(output::cell(raw.get("queued")));
            cells.push(output::cell(raw.get("text")));
        }
        out.item(raw, cells)
    }

    /// The API's summary fields, merged across batches (and runs), plus a count for each kind
    /// of row the API never gives, so that the counts add up to the items. `success` is
    /// whether every recipient was queued, so that it agrees with exit 0 (the API's own
    /// `success` is true as soon as a request is accepted, even with unsent items).
    fn trailer(&self, t: &Totals, clean: bool) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("success".into(), json!(clean && t.all_queued()));
        m.insert("queued".into(), json!(t.queued));
        m.insert("unsent".into(), json!(t.unsent));
        m.insert("invalid".into(), json!(t.invalid));
        m.insert("not_sent".into(), json!(t.not_sent));
        m.insert("unknown".into(), json!(t.unknown));
        m
    }

    /// `planned`: the batches this run had to send; fewer are attempted after a stop.
    fn summary(&self, t: &Totals, planned: usize) {
        let batches = if t.batches < planned {
            format!("{} of {planned} batches", t.batches)
        } else {
            format!("{} {}", t.batches, plural(t.batches, "batch", "batches"))
        };
        let mut s = format!(
            "{} queued, {} unsent, {batches}, {} {}",
            t.queued,
            t.unsent,
            t.parts,
            plural(t.parts as usize, "part", "parts")
        );
        if t.invalid > 0 {
            s.push_str(&format!(", {} invalid skipped", t.invalid));
        }
        if t.unknown > 0 {
            s.push_str(&format!(", {} outcome unknown", t.unknown));
        }
        if t.not_sent > 0 {
            s.push_str(&format!(", {} not sent", t.not_sent));
        }
        if t.earlier > 0 {
            s.push_str(&format!(" ({} confirmed by an earlier run)", t.earlier));
        }
        if self.plan.options.test {
            s.push_str(" (test: the server sent nothing)");
        }
        note(&s);
        if let (Some(d), true) = (&self.plan.options.date, t.queued > 0) {
            note(&format!("scheduled for {d} (Warsaw time)"));
        }
    }

    /// The error for a run stopped by a signal after its batches in flight were answered:
    /// before batches it `skipped`, or else only before `--wait`.
    fn interrupted(&self, signal: i32, t: &Totals, skipped: bool) -> Failure {
        let code = if signal == interrupt::SIGTERM {
            Code::Terminated
        } else {
            Code::Interrupted
        };
        if !skipped {
            return Failure::new(
                code,
                format!(
                    "stopped by {} before --wait: every batch was sent",
                    interrupt::name(signal)
                ),
            )
            .with_hint("follow the delivery reports with `serwersms status ID... --wait`");
        }
        let failure = Failure::new(
            code,
            format!(
                "stopped by {}: {} recipients were not sent",
                interrupt::name(signal),
                t.not_sent
            ),
        );
        match self.journal_path() {
            Some(path) => failure.with_hint(format!(
                "run the same command again to send the rest (journal: {})",
                path.display()
            )),
            None => failure.with_hint(
                "the rows marked not_sent were not sent; send to them again, or use --journal FILE so that a re-run does it",
            ),
        }
    }

    fn finish(
        &self,
        t: &Totals,
        batches: &[Batch],
        failure: Option<(u32, BatchResultKind, anyhow::Error)>,
        journal_error: Option<anyhow::Error>,
    ) -> Result<Outcome> {
        let last = batches.last().map(|b| b.number).unwrap_or(0);
        if let Some((number, BatchResultKind::Unknown, e)) = failure {
            let message = format!(
                "batch {number} (of {last}): {}{}",
                exit::message_for(&e),
                if t.not_sent > 0 {
                    format!("; {} recipients were not sent", t.not_sent)
                } else {
                    String::new()
                }
            );
            let hint = match self.journal_path() {
                Some(path) => format!(
                    "run the same command again to finish: it asks the server what batch {number} did and sends only what is missing (journal: {})",
                    path.display()
                ),
                None => format!(
                    "do not simply run it again: the {} recipients marked unknown may have been texted; check with `serwersms status`. With --journal FILE a re-run finishes safely",
                    t.unknown
                ),
            };
            return Err(Failure::new(Code::Network, message).with_hint(hint).into());
        }
        let journal_failure = journal_error.map(|e| {
            e.context("the journal does not have every answer; a re-run checks those batches with the server first")
        });
        let error = match failure {
            Some((number, _, e)) => Some(e.context(format!("batch {number} (of {last})"))),
            None => journal_failure,
        };
        if let Some(e) = error {
            if t.queued == 0 {
                return Err(e);
            }
            crate::report(&e);
            return Ok(Outcome::Partial);
        }
        if t.queued == 0 && (t.unsent > 0 || t.invalid > 0) {
            return Err(Failure::new(
                Code::Failure,
                format!("no message was queued ({} unsent)", t.unsent + t.invalid),
            )
            .into());
        }
        if !t.all_queued() {
            return Ok(Outcome::Partial);
        }
        Ok(Outcome::Success)
    }
}

impl Totals {
    /// Every row is a queued message: nothing unsent, skipped, left out or in doubt.
    fn all_queued(&self) -> bool {
        self.unsent == 0 && self.invalid == 0 && self.not_sent == 0 && self.unknown == 0
    }
}

/// The API's error for a `unique_id` it has seen before.
const DUPLICATE_UNIQUE_ID: i64 = 3111;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BatchResultKind {
    Refused,
    Unknown,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes" | "t" | "tak"
    )
}

/// A number as the API wrote it, as a recipient key: the usual `+48500600700` directly, any
/// other form through `phone::normalize`.
fn phone_key(text: &str) -> Option<u64> {
    if let Some(digits) = text.strip_prefix('+') {
        if (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some(crate::recipients::encode(text));
        }
    }
    let normalized = crate::phone::normalize(text).ok()?;
    Some(crate::recipients::encode(&normalized))
}

/// A report item for a message found by reconciliation, in the shape of a send item.
fn reconciled_item(raw: &Value, k: &KnownMessage) -> Value {
    let unsent = k.status.eq_ignore_ascii_case("unsent");
    let mut item = json!({
        "id": k.id,
        "phone": k.phone,
        "status": if unsent { "unsent" } else { "queued" },
        "queued": k.queued,
        "parts": k.parts,
    });
    if unsent {
        item["error_message"] = json!(k.reason.clone().unwrap_or_else(|| "unsent".into()));
    }
    if let Some(t) = raw.get("text") {
        item["text"] = t.clone();
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_answers() {
        assert!(is_yes("y\n") && is_yes(" YES ") && is_yes("tak"));
        assert!(!is_yes("") && !is_yes("n") && !is_yes("yes please"));
    }
}

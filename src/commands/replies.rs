//! `serwersms replies`: incoming messages (`messages/recived`, or `received` where the server
//! only knows that spelling) — a listing, `--new` with a cursor kept per profile, `--follow`,
//! `--exec` for each reply, `--mark-read` and `--save-attachments`.
//!
//! # The cursor (`--new`, and `--follow` in memory)
//! Incoming ids are counted per type, so a reply is known by `type:id`. The cursor keeps the
//! newest time received that was handled (`latest`) and the keys handled within
//! [`MARGIN_SECS`] before it; the next run asks for replies from `latest - MARGIN_SECS` on and
//! skips the keys it knows, so a reply stamped a little earlier than one already handled is
//! still caught. A reply counts as handled once it was written to stdout (flushed; for a table,
//! once the table was printed) and its `--exec` command succeeded and attachments were saved:
//! only then does the cursor pass it, and only then is it marked read with `--mark-read`.
//! Cursors live in `<data dir>/cursors/replies-<profile>.json`, one per API URL and set of
//! filters (`--type`, `--phone`, `--ndi`), written atomically. The in-process sandbox of
//! `--sandbox` counts as one server whatever port it got.
//!
//! # Marking read
//! The API marks as read what a listing with `read=true` returns, and may then stop returning
//! it. So the listing itself never sets `read`; after a page was written, a second request with
//! `read=true` over the time range of the replies handled on it marks them (a reply not handled
//! but received in the very same second as the last handled one is marked too). A table is
//! written only when it is complete, so its pages are marked after that, once it was printed.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use base64::Engine as _;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::pages::{Pager, PAGE_SIZE};
use super::selection;
use super::{note, Context};
use crate::api::reports::{Incoming, IncomingPath, IncomingQuery};
use crate::api::{ApiError, Client};
use crate::cli::RepliesArgs;
use crate::config::Source;
use crate::exit::{Code, Failure, Outcome};
use crate::output::{self, Format, Printer};

const COLUMNS: [&str; 6] = ["id", "type", "from", "received", "in reply to", "text"];
/// How far before the newest handled reply the next `--new` run looks again.
pub const MARGIN_SECS: i64 = 3600;
/// Rows of a plain listing when neither `--limit` nor `--all` says otherwise.
const DEFAULT_LIMIT: u64 = 50;
const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);

pub fn run(ctx: &Context, args: RepliesArgs) -> Result<Outcome> {
    let plan = Plan::of(ctx, &args)?;
    let client = ctx.client()?;
    let follow = args.follow;
    let format = ctx.output.format;
    let sink = if follow && format == Format::Table {
        if ctx.output.terminal {
            Sink::Lines(ctx.stdout())
        } else {
            Sink::List {
                printer: Box::new(Printer::new(
                    ctx.stdout(),
                    output::Options {
                        format: Format::Ndjson,
                        terminal: false,
                    },
                    &COLUMNS,
                )),
                streams: true,
            }
        }
    } else {
        Sink::List {
            printer: Box::new(Printer::new(ctx.stdout(), ctx.output, &COLUMNS)),
            streams: format != Format::Table,
        }
    };
    let store = match &plan.cursor_key {
        Some(key) => Some(CursorStore::open(&profile_name(ctx), key)?),
        None => None,
    };
    let session = Session {
        client,
        cursor: store.as_ref().map(|s| s.cursor.clone()),
        store,
        plan,
        path: IncomingPath::default(),
        sink: Some(sink),
        written: 0,
        bad_attachments: 0,
        unmarked: Vec::new(),
    };
    if follow {
        session.follow(args.interval.unwrap_or(DEFAULT_INTERVAL))
    } else {
        session.once()
    }
}

/// Everything the flags asked for, checked before any request.
struct Plan {
    /// The filters (no paging, no date_from: that depends on the cursor).
    query: IncomingQuery,
    since: Option<Timestamp>,
    limit: Option<u64>,
    exec: Option<String>,
    save_dir: Option<PathBuf>,
    mark_read: bool,
    /// The cursor's name inside the profile's file, for `--new`.
    cursor_key: Option<String>,
    /// `--follow` without `--new`/`--since`: start with what arrives from now on.
    from_now: bool,
}

impl Plan {
    fn of(ctx: &Context, args: &RepliesArgs) -> Result<Plan> {
        let phones = selection::phones("--phone", &args.phones)?;
        let ndi = match &args.ndi {
            Some(n) => Some(selection::phones("--ndi", std::slice::from_ref(n))?.remove(0)),
            None => None,
        };
        let (since, until) = selection::time_range(args.since.as_deref(), args.until.as_deref())?;
        if let Some(dir) = &args.save_attachments {
            if dir.exists() && !dir.is_dir() {
                return Err(Failure::usage(format!(
                    "--save-attachments {}: not a directory",
                    dir.display()
                ))
                .into());
            }
        }
        if args.exec.as_deref().is_some_and(|c| c.trim().is_empty()) {
            return Err(Failure::usage("--exec needs a command").into());
        }
        let kind = (args.kind != "all").then(|| args.kind.clone());
        // Handling replies one by one goes in the order they arrived; a listing for people
        // shows the newest first.
        let stream = args.new || args.follow || args.exec.is_some();
        let limit = match (args.limit, args.all) {
            (Some(n), _) => Some(n),
            (None, true) => None,
            (None, false) if stream => None,
            (None, false) => Some(DEFAULT_LIMIT),
        };
        // `--sandbox` listens on a new port each run, but its replies live in the data dir
        // next to the cursors: it is the same server every time.
        let server = match ctx.settings.api_url.source {
            Source::Sandbox => "sandbox",
            _ => ctx.settings.api_url.value.as_str(),
        };
        let cursor_key = args.new.then(|| {
            format!(
                "url={server};type={};phone={};ndi={}",
                args.kind,
                phones.join(","),
                ndi.as_deref().unwrap_or("")
            )
        });
        Ok(Plan {
            query: IncomingQuery {
                kind,
                ndi,
                phones,
                date_from: None,
                date_to: until.map(selection::api_date),
                order: Some(if stream { "asc" } else { "desc" }.into()),
                read: false,
            },
            since,
            limit,
            exec: args.exec.clone(),
            save_dir: args.save_attachments.clone(),
            mark_read: args.mark_read,
            cursor_key,
            from_now: args.follow && !args.new && args.since.is_none(),
        })
    }
}

fn profile_name(ctx: &Context) -> String {
    let name = ctx
        .settings
        .profile
        .as_ref()
        .map(|p| p.value.as_str())
        .unwrap_or("default");
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Which replies were handled: see the module docs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Cursor {
    /// The newest time received handled, Unix seconds.
    latest: Option<i64>,
    /// Keys (`type:id`) handled, with their time received, within the margin before `latest`.
    seen: BTreeMap<String, i64>,
}

impl Cursor {
    /// Replies received before this are never new.
    fn floor(&self) -> Option<i64> {
        self.latest.map(|l| l - MARGIN_SECS)
    }

    fn is_new(&self, key: &str, at: Option<i64>) -> bool {
        if self.seen.contains_key(key) {
            return false;
        }
        !matches!((self.floor(), at), (Some(floor), Some(at)) if at < floor)
    }

    fn mark(&mut self, key: &str, at: Option<i64>) {
        let at = at.or(self.latest).unwrap_or(0);
        self.seen.insert(key.to_string(), at);
        self.latest = Some(self.latest.map_or(at, |l| l.max(at)));
        if let Some(floor) = self.floor() {
            self.seen.retain(|_, t| *t >= floor);
        }
    }
}

/// The profile's cursor file: one cursor per API URL and set of filters.
struct CursorStore {
    path: PathBuf,
    key: String,
    file: CursorFile,
    cursor: Cursor,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct CursorFile {
    version: u32,
    cursors: BTreeMap<String, Cursor>,
}

impl CursorStore {
    fn open(profile: &str, key: &str) -> Result<CursorStore> {
        let path = crate::config::data_dir()?
            .join("cursors")
            .join(format!("replies-{profile}.json"));
        let file: CursorFile = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Failure::new(
                    Code::Failure,
                    format!("cannot read the --new cursor {}: {e}", path.display()),
                )
                .with_hint("delete the file to start over (the next --new run prints every reply)")
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => CursorFile::default(),
            Err(e) => {
                return Err(anyhow::Error::new(e)
                    .context(format!("cannot read the --new cursor {}", path.display())))
            }
        };
        let cursor = file.cursors.get(key).cloned().unwrap_or_default();
        Ok(CursorStore {
            path,
            key: key.to_string(),
            file,
            cursor,
        })
    }

    /// Write the cursor: to a temporary file, then renamed over the old one, so a crash leaves
    /// the old cursor or the new one, never half of one.
    fn save(&mut self, cursor: &Cursor) -> Result<()> {
        if *cursor == self.cursor {
            return Ok(());
        }
        self.file.version = 1;
        self.file.cursors.insert(self.key.clone(), cursor.clone());
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(dir)?;
            let tmp = self.path.with_extension("json.tmp");
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&serde_json::to_vec_pretty(&self.file)?)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &self.path)
        };
        write().with_context(|| format!("cannot save the --new cursor {}", self.path.display()))?;
        self.cursor = cursor.clone();
        Ok(())
    }
}

/// Where replies are written.
enum Sink<W: Write> {
    /// `streams`: false for a table, which is printed only at the end.
    List {
        printer: Box<Printer<W>>,
        streams: bool,
    },
    /// `--follow` on a terminal: one line per reply, as it arrives.
    Lines(W),
}

impl<W: Write> Sink<W> {
    fn item(&mut self, raw: &Value, reply: &Incoming) -> std::io::Result<()> {
        match self {
            Sink::List { printer, .. } => printer.item(raw, cells(reply)),
            Sink::Lines(out) => {
                let mut line = format!(
                    "{}  {:<4} {}",
                    reply.received().unwrap_or("-"),
                    reply.kind,
                    reply.phone
                );
                if let Some(id) = &reply.message_id {
                    line.push_str(&format!("  (re {id})"));
                }
                line.push_str("  ");
                line.push_str(&text_cell(reply).replace(['\n', '\r'], " "));
                writeln!(out, "{line}")
            }
        }
    }

    /// Whether what was handed over is on its way out after a flush (a table is printed only
    /// at the end).
    fn streams(&self) -> bool {
        !matches!(self, Sink::List { streams: false, .. })
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::List { printer, .. } => printer.flush(),
            Sink::Lines(out) => out.flush(),
        }
    }

    fn finish(self) -> std::io::Result<()> {
        match self {
            Sink::List { printer, .. } => printer.finish(Map::new()),
            Sink::Lines(mut out) => out.flush(),
        }
    }
}

fn cells(r: &Incoming) -> Vec<String> {
    vec![
        r.id.clone(),
        r.kind.clone(),
        r.phone.clone(),
        r.received().unwrap_or_default().to_string(),
        r.message_id.clone().unwrap_or_default(),
        text_cell(r),
    ]
}

/// The text, with an MMS's title before it and its attachment names after it.
fn text_cell(r: &Incoming) -> String {
    let mut text = String::new();
    if let Some(title) = &r.title {
        text.push_str(&format!("[{title}] "));
    }
    text.push_str(&r.text);
    if !r.attachments.is_empty() {
        let names: Vec<&str> = r.attachments.iter().map(|a| a.name.as_str()).collect();
        text.push_str(&format!(" (attachments: {})", names.join(", ")));
    }
    text.trim().to_string()
}

/// Why a reply could not be handled; the cursor stays before it.
struct HandlerFailure(String);

struct Session<'a, W: Write> {
    client: &'a Client,
    plan: Plan,
    path: IncomingPath,
    /// `None` only while finishing.
    sink: Option<Sink<W>>,
    cursor: Option<Cursor>,
    store: Option<CursorStore>,
    written: u64,
    bad_attachments: usize,
    /// For `--mark-read` with a table: the time ranges of the pages handled, marked once the
    /// table was printed.
    unmarked: Vec<(i64, i64)>,
}

impl<W: Write> Session<'_, W> {
    fn once(mut self) -> Result<Outcome> {
        let failure = self.poll()?;
        self.finish()?;
        if let Some(HandlerFailure(why)) = failure {
            let retry = if self.store.is_some() {
                "; the next --new run starts with it again"
            } else {
                ""
            };
            return Err(Failure::new(Code::Failure, format!("{why}{retry}")).into());
        }
        if self.bad_attachments > 0 {
            return Ok(Outcome::Partial);
        }
        Ok(Outcome::Success)
    }

    fn follow(mut self, interval: Duration) -> Result<Outcome> {
        let stop = crate::interrupt::Interrupt::install(|_| {})?;
        if self.plan.from_now {
            self.cursor = Some(self.cursor_from_now()?);
        } else if self.cursor.is_none() {
            self.cursor = Some(Cursor::default());
        }
        while !stop.is_set() {
            match self.poll() {
                Ok(None) => {}
                Ok(Some(HandlerFailure(why))) => {
                    note(&format!("{why}; trying again in {}s", interval.as_secs()))
                }
                Err(e) if is_transient(&e) => note(&format!(
                    "{}; trying again in {}s",
                    crate::exit::message_for(&e),
                    interval.as_secs()
                )),
                Err(e) => {
                    let _ = self.finish();
                    return Err(e);
                }
            }
            let until = Instant::now() + interval;
            while !stop.is_set() && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(100).min(until - Instant::now()));
            }
        }
        self.finish()?;
        Ok(Outcome::Success)
    }

    /// Print the end of the list (closing a JSON document, or the whole table), save the
    /// cursor, and mark read what a table held: a write that failed returns before either.
    fn finish(&mut self) -> Result<()> {
        if let Some(sink) = self.sink.take() {
            // A `--new` run that found nothing prints nothing, not an empty table's header: a
            // cron job mails whatever is printed.
            let quiet = self.store.is_some() && self.written == 0 && !sink.streams();
            if !quiet {
                sink.finish()?;
            }
        }
        self.save_cursor()?;
        for (first, last) in std::mem::take(&mut self.unmarked) {
            self.mark_read(first, last)?;
        }
        Ok(())
    }

    fn save_cursor(&mut self) -> Result<()> {
        if let (Some(store), Some(cursor)) = (&mut self.store, &self.cursor) {
            store.save(cursor)?;
        }
        Ok(())
    }

    /// A cursor that knows every reply there is now, so that `--follow` shows only those that
    /// arrive later: the newest reply's time, and every reply within the margin before it.
    fn cursor_from_now(&self) -> Result<Cursor> {
        let newest_first = IncomingQuery {
            order: Some("desc".into()),
            ..self.plan.query.clone()
        };
        let page = self.client.incoming(&newest_first, 1, 1, &self.path)?;
        let mut cursor = Cursor::default();
        let Some(raw) = page.items().first() else {
            return Ok(cursor);
        };
        let newest = Incoming::read(&page.action, raw)?;
        let at = received_secs(&newest);
        cursor.mark(&newest.key(), at);
        let Some(at) = at else { return Ok(cursor) };
        let recent = IncomingQuery {
            date_from: Some(api_date_secs(at - MARGIN_SECS)),
            ..self.plan.query.clone()
        };
        let mut pager = Pager::new(PAGE_SIZE);
        while let Some(n) = pager.next_page() {
            let page = self
                .client
                .incoming(&recent, n, pager.per_page(), &self.path)?;
            for raw in page.items() {
                let reply = Incoming::read(&page.action, raw)?;
                if !pager.repeated(&reply.key()) {
                    cursor.mark(&reply.key(), received_secs(&reply));
                }
            }
            pager.page_done(&page);
        }
        Ok(cursor)
    }

    /// Read every reply not handled yet (page by page), handle and write each, and move the
    /// cursor past those written. A handler failure stops the poll before that reply.
    fn poll(&mut self) -> Result<Option<HandlerFailure>> {
        let mut query = self.plan.query.clone();
        let since = self.plan.since.map(|t| t.as_second());
        let from = match (since, self.cursor.as_ref().and_then(Cursor::floor)) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        query.date_from = from.map(api_date_secs);
        let remaining = self.plan.limit.map(|l| l.saturating_sub(self.written));
        if remaining == Some(0) {
            return Ok(None);
        }
        let mut pager = Pager::for_limit(remaining);
        while let Some(n) = pager.next_page() {
            let page = self
                .client
                .incoming(&query, n, pager.per_page(), &self.path)?;
            let mut handled: Vec<i64> = Vec::new();
            let mut failure = None;
            for raw in page.items() {
                let reply = Incoming::read(&page.action, raw)?;
                let key = reply.key();
                if pager.repeated(&key) {
                    continue;
                }
                let at = received_secs(&reply);
                if self.cursor.as_ref().is_some_and(|c| !c.is_new(&key, at)) {
                    continue;
                }
                if self.plan.limit.is_some_and(|l| self.written >= l) {
                    pager.stop();
                    break;
                }
                if let Err(f) = self.handle(raw, &reply)? {
                    failure = Some(f);
                    pager.stop();
                    break;
                }
                self.written += 1;
                handled.extend(at);
                if let Some(c) = &mut self.cursor {
                    c.mark(&key, at);
                }
            }
            let sink = self.sink.as_mut().expect("the sink lives until finish");
            sink.flush()?;
            let streams = sink.streams();
            if streams {
                self.save_cursor()?;
            }
            if self.plan.mark_read {
                if let (Some(&first), Some(&last)) = (handled.iter().min(), handled.iter().max()) {
                    if streams {
                        self.mark_read(first, last)?;
                    } else {
                        self.unmarked.push((first, last));
                    }
                }
            }
            if failure.is_some() {
                return Ok(failure);
            }
            pager.page_done(&page);
        }
        Ok(None)
    }

    /// Save attachments, run `--exec`, write the reply: in that order, so that the reply is
    /// written only when everything asked for it worked.
    fn handle(
        &mut self,
        raw: &Value,
        reply: &Incoming,
    ) -> Result<std::result::Result<(), HandlerFailure>> {
        let mut saved = Vec::new();
        if let Some(dir) = &self.plan.save_dir {
            match save_attachments(dir, reply) {
                Ok((paths, bad)) => {
                    saved = paths;
                    self.bad_attachments += bad;
                }
                Err(why) => return Ok(Err(why)),
            }
        }
        if let Some(cmd) = &self.plan.exec {
            if let Err(why) = run_exec(cmd, reply, raw, &saved) {
                return Ok(Err(why));
            }
        }
        self.sink
            .as_mut()
            .expect("the sink lives until finish")
            .item(raw, reply)?;
        Ok(Ok(()))
    }

    /// Mark the replies received between these times (inclusive) as read, with the listing's
    /// filters. The API drops what it marked from later `read=true` listings, so the first page
    /// is asked for until it comes back short or brings nothing new.
    fn mark_read(&self, first: i64, last: i64) -> Result<()> {
        let query = IncomingQuery {
            date_from: Some(api_date_secs(first)),
            date_to: Some(api_date_secs(last)),
            read: true,
            ..self.plan.query.clone()
        };
        let mut marked = std::collections::HashSet::new();
        loop {
            let page = self
                .client
                .incoming(&query, 1, PAGE_SIZE, &self.path)
                .context("the replies were written, but marking them as read failed")?;
            let mut fresh = 0;
            for raw in page.items() {
                if marked.insert(Incoming::read(&page.action, raw)?.key()) {
                    fresh += 1;
                }
            }
            if fresh == 0 || (page.items().len() as u64) < PAGE_SIZE {
                return Ok(());
            }
        }
    }
}

fn received_secs(reply: &Incoming) -> Option<i64> {
    reply
        .received()
        .and_then(crate::warsaw_time::parse_api)
        .map(|t| t.as_second())
}

fn api_date_secs(secs: i64) -> String {
    Timestamp::from_second(secs)
        .map(selection::api_date)
        .unwrap_or_default()
}

/// Network and server failures (exit code 5) that `--follow` and `status --wait` wait out. An
/// HTTP 401/403 is not one: like a refused token, waiting will not fix it.
pub(super) fn is_transient(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<ApiError>().is_some_and(|a| {
            matches!(
                a,
                ApiError::Connect { .. }
                    | ApiError::Transport { .. }
                    | ApiError::Status { .. }
                    | ApiError::Body { .. }
            ) && a.exit_code() == Code::Network
        })
    })
}

/// A file name for an attachment that cannot leave `dir`: the last component of the name the
/// sender gave, with anything but letters, digits, `.`, `-` and `_` replaced, no leading dot,
/// at most 100 characters, prefixed with the reply's id.
fn safe_file_name(reply_id: &str, attachment_id: &str, name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let mut clean: String = last
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    clean = clean.trim_start_matches('.').to_string();
    if clean.chars().count() > 100 {
        clean = clean
            .chars()
            .rev()
            .take(100)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
    }
    if clean.is_empty() || clean.chars().all(|c| c == '_') {
        clean = format!("attachment-{attachment_id}");
    }
    let prefix: String = reply_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("{prefix}-{clean}")
}

/// Write a reply's attachments into `dir`, never over an existing file. Returns the paths and
/// how many attachments were not valid base64 (reported, skipped: asking again will not fix
/// them); a file that cannot be written is a failure.
fn save_attachments(
    dir: &Path,
    reply: &Incoming,
) -> std::result::Result<(Vec<PathBuf>, usize), HandlerFailure> {
    let mut paths = Vec::new();
    let mut bad = 0;
    if reply.attachments.is_empty() {
        return Ok((paths, bad));
    }
    let fail = |what: String| HandlerFailure(format!("reply {}: {what}", reply.key()));
    std::fs::create_dir_all(dir)
        .map_err(|e| fail(format!("cannot create {}: {e}", dir.display())))?;
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    for a in &reply.attachments {
        let compact: String = a.data.chars().filter(|c| !c.is_whitespace()).collect();
        let bytes = match engine.decode(compact.as_bytes()) {
            Ok(b) => b,
            Err(e) => {
                note(&format!(
                    "reply {}: attachment '{}' is not valid base64 ({e}); not saved",
                    reply.key(),
                    a.name
                ));
                bad += 1;
                continue;
            }
        };
        let name = safe_file_name(&reply.id, &a.id, &a.name);
        let path = create_new(dir, &name, &bytes)
            .map_err(|e| fail(format!("cannot save attachment '{}': {e}", a.name)))?;
        note(&format!("saved {}", path.display()));
        paths.push(path);
    }
    Ok((paths, bad))
}

/// Create `dir/name` (or `name-1`, `name-2`… before the extension when it exists) and write
/// `bytes` into it. `create_new` refuses existing files and symbolic links.
fn create_new(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    for n in 0..1000 {
        let candidate = if n == 0 {
            name.to_string()
        } else {
            format!("{stem}-{n}{ext}")
        };
        let path = dir.join(candidate);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(bytes)?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many files with this name"))
}

/// Run `--exec` for one reply: its fields in `SMS_*` variables, its JSON on stdin, the
/// command's stdout sent to our stderr. The API credentials are not passed on.
fn run_exec(
    cmd: &str,
    reply: &Incoming,
    raw: &Value,
    saved: &[PathBuf],
) -> std::result::Result<(), HandlerFailure> {
    let fail =
        |what: String| HandlerFailure(format!("--exec failed for reply {}: {what}", reply.key()));
    let clean = |s: &str| s.replace('\0', "");
    let mut command = crate::config::shell(cmd);
    command
        .env("SMS_ID", clean(&reply.id))
        .env("SMS_TYPE", clean(&reply.kind))
        .env("SMS_FROM", clean(&reply.phone))
        .env("SMS_TEXT", clean(&reply.text))
        .env("SMS_RECEIVED", clean(reply.received().unwrap_or("")))
        .env_remove("SERWERSMS_TOKEN")
        .env_remove("SERWERSMS_PASSWORD");
    for (name, value) in [
        ("SMS_MESSAGE_ID", &reply.message_id),
        ("SMS_TO", &reply.to_number),
        ("SMS_TITLE", &reply.title),
    ] {
        match value {
            Some(v) => command.env(name, clean(v)),
            None => command.env_remove(name),
        };
    }
    if !reply.attachments.is_empty() {
        let names: Vec<String> = reply.attachments.iter().map(|a| clean(&a.name)).collect();
        command.env("SMS_ATTACHMENTS", names.join("\n"));
    }
    if !saved.is_empty() {
        let paths: Vec<String> = saved.iter().map(|p| p.display().to_string()).collect();
        command.env("SMS_ATTACHMENT_FILES", clean(&paths.join("\n")));
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::from(std::io::stderr()))
        .stderr(Stdio::inherit());
    let mut child = command
        .spawn()
        .map_err(|e| fail(format!("cannot start it: {e}")))?;
    let mut input = serde_json::to_vec(raw).unwrap_or_default();
    input.push(b'\n');
    // Written from a thread: a command that does not read its stdin must not block us.
    let writer = child.stdin.take().map(|mut stdin| {
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        })
    });
    let status = child.wait().map_err(|e| fail(e.to_string()))?;
    if let Some(w) = writer {
        let _ = w.join();
    }
    if status.success() {
        Ok(())
    } else {
        Err(fail(status.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_skips_seen_and_old_replies() {
        let mut c = Cursor::default();
        assert!(c.is_new("eco:1", Some(10_000)));
        c.mark("eco:1", Some(10_000));
        assert!(!c.is_new("eco:1", Some(10_000)));
        // Another type may reuse the id.
        assert!(c.is_new("nd:1", Some(10_000)));
        // A little older than the newest is still looked at; much older is not.
        assert!(c.is_new("nd:2", Some(10_000 - 60)));
        assert!(!c.is_new("nd:3", Some(10_000 - MARGIN_SECS - 1)));
        assert_eq!(c.floor(), Some(10_000 - MARGIN_SECS));
        c.mark("eco:9", Some(20_000));
        assert_eq!(c.seen.len(), 1, "old keys are dropped: {c:?}");
    }

    #[test]
    fn attachment_names_cannot_escape() {
        assert_eq!(safe_file_name("12", "1", "photo.jpg"), "12-photo.jpg");
        assert_eq!(safe_file_name("12", "1", "../../etc/passwd"), "12-passwd");
        assert_eq!(safe_file_name("12", "1", "..\\..\\x.exe"), "12-x.exe");
        assert_eq!(safe_file_name("12", "7", ".."), "12-attachment-7");
        assert_eq!(safe_file_name("12", "7", ""), "12-attachment-7");
        assert_eq!(safe_file_name("12", "7", ".hidden"), "12-hidden");
        assert_eq!(safe_file_name("12", "7", "a b;c.txt"), "12-a_b_c.txt");
        assert_eq!(safe_file_name("1/2", "7", "x"), "12-x");
        assert!(safe_file_name("1", "1", &"a".repeat(500)).len() <= 110);
    }

    #[test]
    fn files_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let a = create_new(dir.path(), "1-x.txt", b"one").unwrap();
        let b = create_new(dir.path(), "1-x.txt", b"two").unwrap();
        assert_eq!(a.file_name().unwrap(), "1-x.txt");
        assert_eq!(b.file_name().unwrap(), "1-x-1.txt");
        assert_eq!(std::fs::read(&a).unwrap(), b"one");
    }

    #[test]
    fn mms_text_cell() {
        let r: Incoming = serde_json::from_value(serde_json::json!({
            "id": 1, "type": "mms", "text": "look", "title": "Photo",
            "attachments": [{"name": "a.jpg"}, {"name": "b.txt"}]
        }))
        .unwrap();
        assert_eq!(text_cell(&r), "[Photo] look (attachments: a.jpg, b.txt)");
    }
}

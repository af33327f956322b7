//! `serwersms send`: one text to many numbers (`messages/send_sms`), or a text per row of a CSV
//! file (`messages/send_personalized`), in batches, safe to re-run with `--journal`.
//!
//! # The order of things
//! 1. Everything the user gave is read and checked before any request: numbers (normalized,
//!    de-duplicated, invalid ones stop the run with file and line unless `--skip-invalid`), the
//!    text (empty, characters that need Unicode, more than 6 parts), the sender, `--at`, own
//!    ids. Any problem is exit 2 with nothing sent. `--dry-run` stops here and prints the plan.
//! 2. With `--journal`, the journal is opened (or created) and locked; a different command's
//!    journal is refused. On a terminal, more than 100 recipients need a confirmation.
//! 3. Batches an earlier run left with an unknown outcome are reconciled: `messages/reports` by
//!    their unique_ids, and only the recipients the server does not know are sent again.
//! 4. The rest goes out in batches of `--batch-size`, `--concurrency` at a time over kept-alive
//!    connections, each batch journaled before its request and after its answer. The first
//!    batch whose outcome is unknown or that is refused stops new batches from starting.
//! 5. One row per recipient (skipped invalid ones, earlier runs' results, this run's), then a
//!    summary on stderr, then the exit code: 0 all queued, 3 some not, 1 none, 5 an outcome is
//!    unknown.
//!
//! `send --wait` is not here: the `status` command's waiting logic is wired in where it lives.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::{note, Context};
use crate::api::messages::{AddressBook, KnownMessage, SendOptions, SendResult, SentItem};
use crate::api::{Client, Response};
use crate::cli::send::SendArgs;
use crate::exit::{self, Code, Failure, Outcome};
use crate::journal::{self, Fingerprint, Journal, Planned, Record, Settled};
use crate::output::{self, Printer};
use crate::recipients::{self, Recipients, Template, TextSource};
use crate::sms_parts::{self, Cost, Encoding};

/// Above this many recipients a terminal user is asked first.
const CONFIRM_ABOVE: usize = 100;
/// Most messages in one personalized request.
const PERSONALIZED_MAX: u32 = 10_000;
/// The longest text file read: far more than 6 parts of anything.
const MAX_TEXT_BYTES: u64 = 64 * 1024;
/// How many skipped or invalid numbers are listed on stderr.
const LIST_AT_MOST: usize = 50;

pub fn run(ctx: &Context, args: SendArgs) -> Result<Outcome> {
    let plan = Plan::build(ctx, &args)?;
    plan.notes(&args);
    if args.dry_run {
        return dry_run(ctx, &args, &plan);
    }
    plan.refuse_invalid(&args)?;
    Send::new(ctx, &args, &plan)?.run()
}

/// Everything a send will do, checked.
struct Plan {
    action: &'static str,
    recipients: Recipients,
    /// The text of a same-text send.
    text: String,
    /// Its cost (for personalized sends, each text has its own).
    cost: Option<Cost>,
    address_book: AddressBook,
    options: SendOptions,
    /// Own ids, one per recipient, when the user gave them.
    user_ids: Vec<String>,
    batch_size: usize,
    /// Characters `--ascii` replaced.
    replaced: Vec<(char, &'static str)>,
}

impl Plan {
    fn build(ctx: &Context, args: &SendArgs) -> Result<Plan> {
        check_stdin_once(args)?;
        let personalized = args.csv.is_some();
        if personalized && args.batch_size > PERSONALIZED_MAX {
            return Err(Failure::usage(format!(
                "--batch-size {}: a personalized send takes at most {PERSONALIZED_MAX} messages a request",
                args.batch_size
            ))
            .into());
        }

        // How: sender, flags, time.
        let sender = if args.eco {
            None
        } else if let Some(s) = &args.sender {
            Some((s.clone(), "--sender".to_string()))
        } else {
            ctx.settings.sender.as_ref().map(|s| {
                (
                    s.value.clone(),
                    format!("the sender setting ({})", s.source),
                )
            })
        };
        if let Some((name, from)) = &sender {
            check_sender(name, from)?;
        }
        for (set, flag) in [(args.utf, "--utf"), (args.speed, "--speed")] {
            if set && sender.is_none() {
                return Err(Failure::usage(format!(
                    "{flag} needs a FULL SMS, that is a sender name"
                ))
                .with_hint("give --sender NAME, or set `sender` in the config file")
                .into());
            }
        }
        let date = args.at.as_deref().map(scheduled_time).transpose()?;
        let options = SendOptions {
            sender: sender.map(|(name, _)| name),
            flash: args.flash,
            utf: args.utf,
            speed: args.speed,
            test: args.test,
            date,
        };
        let mut rules = TextRules {
            ascii: args.ascii,
            utf: args.utf,
            eco: options.sender.is_none(),
            replaced: Vec::new(),
            hint: None,
        };

        // Who, and what.
        let mut recipients = Recipients::default();
        let mut text = String::new();
        let mut cost = None;
        if let Some(path) = &args.csv {
            let template = args
                .template
                .as_deref()
                .map(Template::parse)
                .transpose()
                .map_err(Failure::usage)?;
            let source = match &template {
                Some(t) => TextSource::Template(t),
                None => TextSource::Column,
            };
            let (input, label) = open_input(path)?;
            let mut check = |t: &str| rules.check(t).map(|(t, _)| t);
            recipients::read_csv(input, &label, source, &mut check, &mut recipients).map_err(
                |e| {
                    let hint = rules.hint.take();
                    let f = Failure::usage(e);
                    match hint {
                        Some(h) => f.with_hint(h),
                        None => f,
                    }
                },
            )?;
        } else {
            recipients.add_arguments(&args.to);
            if let Some(path) = &args.to_file {
                let (input, label) = open_input(path)?;
                recipients
                    .read_list(input, &label)
                    .map_err(Failure::usage)?;
            }
            let raw = read_text(args)?;
            let (checked, c) = rules.check(&raw).map_err(|e| {
                let f = Failure::usage(e);
                match rules.hint.take() {
                    Some(h) => f.with_hint(h),
                    None => f,
                }
            })?;
            text = checked;
            cost = Some(c);
        }
        let address_book = AddressBook {
            groups: args.groups.iter().map(u64::to_string).collect(),
            contacts: args.contacts.iter().map(u64::to_string).collect(),
        };
        if recipients.entries() == 0 && address_book.is_empty() {
            return Err(Failure::usage("no recipients")
                .with_hint(
                    "give --to NUMBER, --to-file FILE, --csv FILE, --group ID or --contact ID",
                )
                .into());
        }
        if args.journal.is_some() && !address_book.is_empty() {
            return Err(Failure::usage(
                "--journal cannot follow --group or --contact sends: the API gives no per-recipient ids for them",
            )
            .with_hint("send to groups and contacts in a command of its own, without --journal")
            .into());
        }
        let user_ids = own_ids(args, &recipients, &address_book)?;
        Ok(Plan {
            action: if personalized {
                "messages/send_personalized"
            } else {
                "messages/send_sms"
            },
            recipients,
            text,
            cost,
            address_book,
            options,
            user_ids,
            batch_size: args.batch_size as usize,
            replaced: rules.replaced,
        })
    }

    fn personalized(&self) -> bool {
        self.action == "messages/send_personalized"
    }

    /// The text of recipient `i`.
    fn text_of(&self, i: usize) -> &str {
        self.recipients.text(i).unwrap_or(&self.text)
    }

    fn cost_of(&self, i: usize) -> Cost {
        match &self.cost {
            Some(c) => c.clone(),
            None => sms_parts::cost(self.text_of(i), self.options.utf),
        }
    }

    fn kind(&self) -> &'static str {
        if self.options.sender.is_some() {
            "FULL"
        } else {
            "ECO"
        }
    }

    /// Notes on stderr about what was changed or left out of the input.
    fn notes(&self, args: &SendArgs) {
        let r = &self.recipients;
        if r.duplicates > 0 {
            let examples: Vec<String> = r
                .duplicate_examples
                .iter()
                .map(|d| format!("{} again at {}", d.phone, d.origin))
                .collect();
            let more = if r.duplicates > examples.len() {
                ", …"
            } else {
                ""
            };
            note(&format!(
                "note: {} {} given more than once {} sent once ({}{more})",
                r.duplicates,
                plural(r.duplicates, "number was", "numbers were"),
                plural(r.duplicates, "and is", "and are"),
                examples.join(", ")
            ));
        }
        if !self.replaced.is_empty() {
            let pairs: Vec<String> = self
                .replaced
                .iter()
                .map(|(c, r)| format!("{c}→{}", if r.is_empty() { "(removed)" } else { r }))
                .collect();
            note(&format!("note: --ascii replaced {}", pairs.join(", ")));
        }
        if args.skip_invalid && !args.dry_run {
            for bad in r.invalid.iter().take(LIST_AT_MOST) {
                note(&format!("skipping {bad}"));
            }
            if r.invalid.len() > LIST_AT_MOST {
                note(&format!(
                    "skipping {} more invalid numbers",
                    r.invalid.len() - LIST_AT_MOST
                ));
            }
        }
    }

    /// Invalid numbers stop a real send unless `--skip-invalid`.
    fn refuse_invalid(&self, args: &SendArgs) -> Result<()> {
        let bad = &self.recipients.invalid;
        if !bad.is_empty() && !args.skip_invalid {
            let hint = format!(
                "fix or remove {}, or add --skip-invalid to send to the others",
                plural(bad.len(), "it", "them")
            );
            if bad.len() == 1 {
                return Err(Failure::usage(bad[0].to_string()).with_hint(hint).into());
            }
            for b in bad.iter().take(LIST_AT_MOST) {
                note(&b.to_string());
            }
            return Err(Failure::usage(format!(
                "{} of the numbers are not phone numbers{}; nothing was sent",
                bad.len(),
                if bad.len() > LIST_AT_MOST {
                    " (the first 50 are listed above)"
                } else {
                    " (listed above)"
                }
            ))
            .with_hint(hint)
            .into());
        }
        if self.recipients.is_empty() && self.address_book.is_empty() {
            return Err(
                Failure::usage("none of the numbers is a phone number; nothing was sent").into(),
            );
        }
        Ok(())
    }

    /// The journal header for this send: its fingerprint covers everything that decides who
    /// gets which message.
    fn journal_header(&self, run_key: String) -> journal::Header {
        let mut f = Fingerprint::default();
        f.add(self.action.as_bytes());
        f.add(self.options.sender.as_deref().unwrap_or("").as_bytes());
        let o = &self.options;
        f.add(&[o.flash as u8, o.utf as u8, o.speed as u8, o.test as u8]);
        f.add(o.date.as_deref().unwrap_or("").as_bytes());
        f.add(self.text.as_bytes());
        for i in 0..self.recipients.len() {
            f.add(&self.recipients.phone_key(i).to_le_bytes());
            if let Some(t) = self.recipients.text(i) {
                f.add(t.as_bytes());
            }
            if let Some(u) = self.user_ids.get(i) {
                f.add(u.as_bytes());
            }
        }
        let excerpt: String = if self.personalized() {
            "(personalized)".to_string()
        } else {
            let t: String = self.text.chars().take(40).collect();
            format!(
                "{t:?}{}",
                if self.text.chars().count() > 40 {
                    "…"
                } else {
                    ""
                }
            )
        };
        let created = crate::warsaw_time::format_api(jiff::Timestamp::now());
        journal::Header {
            format: journal::FORMAT.into(),
            version: journal::VERSION,
            fingerprint: f.hex(),
            action: self.action.into(),
            recipients: self.recipients.len(),
            run_key,
            summary: format!(
                "{} to {} recipients, {}{}, text {excerpt}, started {created} (Warsaw time)",
                self.action,
                self.recipients.len(),
                self.kind(),
                self.options
                    .date
                    .as_deref()
                    .map(|d| format!(" at {d}"))
                    .unwrap_or_default(),
            ),
            created,
        }
    }
}

/// The text rules: `--ascii`, then the encoding and the length.
struct TextRules {
    ascii: bool,
    utf: bool,
    eco: bool,
    replaced: Vec<(char, &'static str)>,
    /// What to do about the last refusal.
    hint: Option<String>,
}

impl TextRules {
    fn check(&mut self, text: &str) -> Result<(String, Cost), String> {
        if text.trim().is_empty() {
            self.hint = Some("give the message with --text, --text-file or a text column".into());
            return Err("the text is empty".into());
        }
        let text = if self.ascii {
            let (t, made) = sms_parts::transliterate(text);
            for m in made {
                if !self.replaced.contains(&m) {
                    self.replaced.push(m);
                }
            }
            t
        } else {
            text.to_string()
        };
        let cost = sms_parts::cost(&text, self.utf);
        if cost.encoding == Encoding::Ucs2 && !self.utf {
            let culprits = sms_parts::non_gsm_chars(&text);
            let named: Vec<String> = culprits
                .iter()
                .take(10)
                .map(|&c| sms_parts::describe_char(c))
                .collect();
            let fixable: Vec<String> = culprits
                .iter()
                .filter_map(|&c| {
                    let (t, made) = sms_parts::transliterate(&c.to_string());
                    (!made.is_empty() && t.chars().all(sms_parts::is_gsm))
                        .then(|| format!("{c}→{t}"))
                })
                .take(5)
                .collect();
            self.hint = Some(if self.ascii {
                "--ascii has no plain form for them: remove them, or send Unicode with --utf (FULL SMS, with a sender)".to_string()
            } else if self.eco {
                format!(
                    "add --ascii to replace them{}, or send a FULL SMS as Unicode with --sender NAME --utf (ECO cannot carry Unicode)",
                    if fixable.is_empty() { String::new() } else { format!(" ({})", fixable.join(", ")) }
                )
            } else {
                format!(
                    "add --utf to send Unicode (70 characters a part), or --ascii to replace them{}",
                    if fixable.is_empty() { String::new() } else { format!(" ({})", fixable.join(", ")) }
                )
            });
            return Err(format!(
                "the text needs Unicode (UCS-2, 70 characters a part) because of {}{}",
                named.join(", "),
                if culprits.len() > named.len() {
                    ", …"
                } else {
                    ""
                }
            ));
        }
        if cost.parts > sms_parts::MAX_PARTS {
            let (_, per) = cost.encoding.limits();
            self.hint = Some(format!(
                "shorten it to at most {} {} characters",
                per * sms_parts::MAX_PARTS,
                cost.encoding.label()
            ));
            return Err(format!(
                "the text is {} {} units long: {} parts of {per}, but at most {} can be sent",
                cost.units,
                cost.encoding.label(),
                cost.parts,
                sms_parts::MAX_PARTS
            ));
        }
        Ok((text, cost))
    }
}

/// At most one of the inputs may be stdin.
fn check_stdin_once(args: &SendArgs) -> Result<()> {
    let dash = |p: &Option<std::path::PathBuf>| p.as_ref().is_some_and(|p| p.as_os_str() == "-");
    let uses = [
        dash(&args.to_file),
        dash(&args.text_file),
        dash(&args.csv),
        args.text.as_deref() == Some("-"),
    ];
    if uses.iter().filter(|u| **u).count() > 1 {
        return Err(Failure::usage("only one input can be read from stdin (-)").into());
    }
    Ok(())
}

fn open_input(path: &Path) -> Result<(Box<dyn Read>, String)> {
    if path.as_os_str() == "-" {
        return Ok((Box::new(std::io::stdin().lock()), "stdin".into()));
    }
    let label = path.display().to_string();
    let file = std::fs::File::open(path)
        .map_err(|e| Failure::usage(format!("cannot read {label}: {e}")))?;
    Ok((Box::new(file), label))
}

/// The text of a same-text send: `--text`, `--text -` (stdin) or `--text-file`.
fn read_text(args: &SendArgs) -> Result<String> {
    let (input, label): (Box<dyn Read>, String) = match (&args.text, &args.text_file) {
        (Some(t), _) if t != "-" => return Ok(t.clone()),
        (Some(_), _) => (Box::new(std::io::stdin().lock()), "stdin".into()),
        (None, Some(path)) => open_input(path)?,
        (None, None) => return Err(Failure::usage("no text")
            .with_hint(
                "give --text TEXT, --text-file FILE, --text - (stdin), or --csv with a text column",
            )
            .into()),
    };
    let mut bytes = Vec::new();
    input
        .take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::usage(format!("cannot read the text from {label}: {e}")))?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(Failure::usage(format!(
            "the text in {label} is longer than 64 KiB, far more than 6 parts of an SMS"
        ))
        .into());
    }
    let mut text = String::from_utf8(bytes)
        .map_err(|_| Failure::usage(format!("the text in {label} is not UTF-8")))?;
    // A file ends with a line break that is not part of the message.
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(text)
}

/// A sender name as the API takes it: up to 11 characters, or a 4- or 9-digit number.
fn check_sender(name: &str, from: &str) -> Result<()> {
    let digits = !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit());
    let ok = if digits {
        name.len() == 4 || name.len() == 9
    } else {
        (1..=11).contains(&name.chars().count())
            && name.chars().all(|c| c.is_ascii_graphic() || c == ' ')
    };
    if !ok {
        return Err(Failure::usage(format!(
            "sender '{name}' from {from} is not a sender name: at most 11 letters and digits, or a 4- or 9-digit number"
        ))
        .with_hint("`serwersms api senders/index` lists the names your account may use; --eco sends without one")
        .into());
    }
    Ok(())
}

/// `--at` as the API's date, refusing times that have passed.
fn scheduled_time(text: &str) -> Result<String> {
    let ts = crate::warsaw_time::parse_user(text, &jiff::tz::TimeZone::system())
        .map_err(|e| Failure::usage(format!("--at {e}")))?;
    let now = jiff::Timestamp::now();
    if ts <= now {
        return Err(Failure::usage(format!(
            "--at '{text}' has passed (it is now {} in Warsaw)",
            crate::warsaw_time::format_api(now)
        ))
        .with_hint("leave --at out to send now")
        .into());
    }
    Ok(crate::warsaw_time::format_api(ts))
}

/// `--unique-id`: one per recipient entry as given; the ids of entries left out (duplicates,
/// skipped invalid numbers) are dropped with them.
fn own_ids(args: &SendArgs, r: &Recipients, book: &AddressBook) -> Result<Vec<String>> {
    let ids = &args.unique_ids;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    if !book.is_empty() {
        return Err(Failure::usage(
            "--unique-id cannot be used with --group or --contact (their recipients are not known in advance)",
        )
        .into());
    }
    if let Some(bad) = ids.iter().find(|u| !valid_unique_id(u)) {
        return Err(Failure::usage(format!(
            "--unique-id '{bad}': an own id is 3 to 50 letters and digits"
        ))
        .into());
    }
    let mut seen = HashSet::new();
    if let Some(dup) = ids.iter().find(|u| !seen.insert(u.as_str())) {
        return Err(Failure::usage(format!("--unique-id '{dup}' is given twice")).into());
    }
    if ids.len() != r.entries() {
        return Err(Failure::usage(format!(
            "{} --unique-id values for {} recipients: give one per recipient, in the same order",
            ids.len(),
            r.entries()
        ))
        .into());
    }
    Ok((0..r.len())
        .map(|i| ids[r.entry_index(i)].clone())
        .collect())
}

fn valid_unique_id(u: &str) -> bool {
    (3..=50).contains(&u.len()) && u.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

// ---------------------------------------------------------------------------------------------
// Dry run

fn dry_run(ctx: &Context, args: &SendArgs, plan: &Plan) -> Result<Outcome> {
    let progress = match &args.journal {
        Some(path) => Journal::inspect(path, &plan.journal_header(String::new()))?.map(|(_, p)| p),
        None => None,
    };
    let settled = |i: usize| progress.as_ref().is_some_and(|p| p.settled[i]);
    let to_check: HashSet<u32> = progress
        .iter()
        .flat_map(|p| p.unknown.iter().flat_map(|(_, l)| l.iter().map(|x| x.0)))
        .collect();
    let r = &plan.recipients;
    let book_batches = usize::from(!plan.address_book.is_empty());
    let ready: Vec<usize> = (0..r.len()).filter(|&i| !settled(i)).collect();
    let batches = book_batches + ready.len().div_ceil(plan.batch_size);
    let total_parts: u64 = ready
        .iter()
        .map(|&i| u64::from(plan.cost_of(i).parts))
        .sum();

    let mut columns = vec!["phone", "batch", "parts", "encoding", "status"];
    if args.details {
        columns.push("text");
    }
    let mut out = Printer::new(ctx.stdout(), ctx.output, &columns);
    let mut header = Map::new();
    header.insert("dry_run".into(), json!(true));
    header.insert("action".into(), json!(plan.action));
    header.insert("type".into(), json!(plan.kind().to_lowercase()));
    header.insert("sender".into(), json!(plan.options.sender));
    if let Some(c) = &plan.cost {
        header.insert("encoding".into(), json!(c.encoding.name()));
        header.insert("characters".into(), json!(c.chars));
        header.insert("parts_per_message".into(), json!(c.parts));
    }
    header.insert("recipients".into(), json!(r.len()));
    header.insert("invalid".into(), json!(r.invalid.len()));
    header.insert("duplicates".into(), json!(r.duplicates));
    header.insert("batch_size".into(), json!(plan.batch_size));
    header.insert("batches".into(), json!(batches));
    header.insert("total_parts".into(), json!(total_parts));
    if let Some(d) = &plan.options.date {
        header.insert("date".into(), json!(d));
    }
    if let (Some(p), Some(path)) = (&progress, &args.journal) {
        header.insert(
            "journal".into(),
            json!({"path": path.display().to_string(), "confirmed": p.settled_count, "to_check": to_check.len()}),
        );
    }
    out.header(header);

    for bad in &r.invalid {
        let raw =
            json!({"phone": bad.value, "status": "invalid", "error_message": bad.to_string()});
        let mut cells = vec![
            bad.value.clone(),
            String::new(),
            String::new(),
            String::new(),
            format!("invalid: {} ({})", bad.reason, bad.origin),
        ];
        if args.details {
            cells.push(String::new());
        }
        out.item(&raw, cells)?;
    }
    for g in plan
        .address_book
        .groups
        .iter()
        .map(|g| format!("group {g}"))
        .chain(
            plan.address_book
                .contacts
                .iter()
                .map(|c| format!("contact {c}")),
        )
    {
        let c = plan.cost_of(0);
        let raw = json!({"phone": g, "batch": 1, "parts": c.parts, "encoding": c.encoding.name(), "status": "ready"});
        let mut cells = vec![
            g,
            "1".into(),
            c.parts.to_string(),
            c.encoding.label().into(),
            "ready".into(),
        ];
        if args.details {
            cells.push(plan.text.clone());
        }
        out.item(&raw, cells)?;
    }
    let mut position = HashMap::new();
    for (k, &i) in ready.iter().enumerate() {
        position.insert(i, book_batches + k / plan.batch_size + 1);
    }
    for i in 0..r.len() {
        let c = plan.cost_of(i);
        let batch = position.get(&i).copied();
        let status = if settled(i) {
            "confirmed"
        } else if to_check.contains(&(i as u32)) {
            "to_check"
        } else {
            "ready"
        };
        let mut raw = json!({
            "phone": r.phone(i),
            "batch": batch,
            "parts": c.parts,
            "encoding": c.encoding.name(),
            "characters": c.chars,
            "status": status,
        });
        if plan.personalized() {
            raw["text"] = json!(plan.text_of(i));
        }
        if let Some(u) = plan.user_ids.get(i) {
            raw["unique_id"] = json!(u);
        }
        let mut cells = vec![
            r.phone(i),
            batch.map(|b| b.to_string()).unwrap_or_default(),
            c.parts.to_string(),
            c.encoding.label().into(),
            status.into(),
        ];
        if args.details {
            cells.push(plan.text_of(i).to_string());
        }
        out.item(&raw, cells)?;
    }
    out.finish(Map::new())?;

    note("dry run: nothing was sent");
    let mut lines = vec![format!(
        "  {} ({}{})",
        plan.action,
        plan.kind(),
        plan.options
            .sender
            .as_deref()
            .map(|s| format!(", sender {s}"))
            .unwrap_or_else(|| ", no sender".into())
    )];
    lines.push(format!(
        "  recipients: {}{}{}",
        r.len(),
        if r.duplicates > 0 {
            format!(", {} duplicates removed", r.duplicates)
        } else {
            String::new()
        },
        if r.invalid.is_empty() {
            String::new()
        } else if args.skip_invalid {
            format!(", {} invalid skipped", r.invalid.len())
        } else {
            format!(
                ", {} invalid (a send stops on them; add --skip-invalid to send to the others)",
                r.invalid.len()
            )
        }
    ));
    if let Some(c) = &plan.cost {
        lines.push(format!(
            "  text: {} characters, {}, {} {} each",
            c.chars,
            c.encoding.label(),
            c.parts,
            plural(c.parts as usize, "part", "parts")
        ));
    }
    if let Some(d) = &plan.options.date {
        lines.push(format!("  scheduled for {d} (Warsaw time)"));
    }
    if let Some(p) = &progress {
        lines.push(format!(
            "  journal: {} already confirmed, {} to check with the server first",
            p.settled_count,
            to_check.len()
        ));
    }
    lines.push(format!(
        "  total: {total_parts} {} in {batches} {} of up to {}",
        plural(total_parts as usize, "part", "parts"),
        plural(batches, "batch", "batches"),
        plan.batch_size
    ));
    let mut err = std::io::stderr().lock();
    for l in lines {
        let _ = writeln!(err, "{l}");
    }
    Ok(Outcome::Success)
}

// ---------------------------------------------------------------------------------------------
// Sending

/// How each recipient's own id is made.
enum Ids {
    None,
    /// Given with --unique-id.
    User,
    /// Generated from the journal's run key.
    Generated(String),
}

/// One request to make.
struct Batch {
    number: u32,
    /// Recipient indices (empty for the address-book request).
    members: Vec<u32>,
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
}

struct Send<'a> {
    ctx: &'a Context,
    args: &'a SendArgs,
    plan: &'a Plan,
    ids: Ids,
    journal: Option<Mutex<Journal>>,
    progress: journal::Progress,
}

impl<'a> Send<'a> {
    fn new(ctx: &'a Context, args: &'a SendArgs, plan: &'a Plan) -> Result<Send<'a>> {
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

    fn run(self) -> Result<Outcome> {
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
        if at_most == 0 && plan.address_book.is_empty() {
            note("every recipient in the journal is already confirmed: nothing to send (a new send needs a new journal file)");
        } else {
            self.confirm(
                at_most + plan.address_book.groups.len() + plan.address_book.contacts.len(),
            )?;
        }

        // The network is needed from here; credentials are checked before anything is printed.
        let client = if at_most > 0 || !plan.address_book.is_empty() {
            Some(self.ctx.client()?)
        } else {
            None
        };

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
                members: Vec::new(),
            });
            number += 1;
        }
        for chunk in pending.chunks(plan.batch_size) {
            batches.push(Batch {
                number,
                members: chunk.to_vec(),
            });
            number += 1;
        }
        let mut failure: Option<(u32, BatchResultKind, anyhow::Error)> = None;
        let mut journal_error: Option<anyhow::Error> = None;
        if let Some(client) = client.filter(|_| !batches.is_empty()) {
            self.send_all(
                client,
                &batches,
                &mut out,
                &mut totals,
                &mut failure,
                &mut journal_error,
            )?;
        }
        out.finish(self.trailer(&totals, failure.is_none() && journal_error.is_none()))?;
        self.summary(&totals, batches.len());
        self.finish(&totals, &batches, failure, journal_error)
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
                    if stop.load(Ordering::SeqCst) {
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
                    for &i in &batch.members {
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
        for &i in &batch.members {
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
                    journal_error: None,
                };
            }
        }
        let answer = if plan.personalized() {
            let messages: Vec<(String, String)> = batch
                .members
                .iter()
                .zip(&phones)
                .map(|(&i, p)| (p.clone(), plan.text_of(i as usize).to_string()))
                .collect();
            client.send_personalized(&messages, &ids, &plan.options)
        } else if batch.members.is_empty() {
            client.send_sms(&[], &plan.text, &plan.address_book, &[], &plan.options)
        } else {
            client.send_sms(
                &phones,
                &plan.text,
                &AddressBook::default(),
                &ids,
                &plan.options,
            )
        };
        let result = match answer {
            Ok(response) => BatchResult::Done(self.rows(batch, &phones, response)),
            Err(e) if e.is_outcome_unknown() => BatchResult::Unknown(e.into()),
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
            journal_error,
        }
    }

    /// Pair the API's items with the batch's recipients: by number, else by position.
    fn rows(&self, batch: &Batch, phones: &[String], response: Response<SendResult>) -> Vec<Row> {
        let raw_items: Vec<Value> = match response.raw.get("items") {
            Some(Value::Array(items)) => items.clone(),
            Some(Value::Null) | None => Vec::new(),
            Some(Value::String(s)) if s.is_empty() => Vec::new(),
            Some(single) => vec![single.clone()],
        };
        let items: &[SentItem] = &response.data.items;
        let members = &batch.members;
        let by_phone: HashMap<&str, usize> = phones
            .iter()
            .enumerate()
            .map(|(k, p)| (p.as_str(), k))
            .collect();
        let mut used = vec![false; members.len()];
        let mut rows = Vec::with_capacity(members.len().max(items.len()));
        for (pos, (raw, item)) in raw_items.into_iter().zip(items).enumerate() {
            let by_number = crate::phone::normalize(&item.phone)
                .ok()
                .and_then(|p| by_phone.get(p.as_str()).copied())
                .filter(|&k| !used[k]);
            let slot = by_number.or_else(|| (pos < members.len() && !used[pos]).then_some(pos));
            if let Some(k) = slot {
                used[k] = true;
            }
            rows.push(Row {
                recipient: slot.map(|k| members[k]),
                raw,
            });
        }
        // Recipients the answer does not mention (it had no items, or left some out).
        let status = if response.data.unsent == 0 {
            "queued"
        } else {
            "unreported"
        };
        for (k, &i) in members.iter().enumerate() {
            if !used[k] {
                rows.push(Row {
                    recipient: Some(i),
                    raw: json!({"phone": phones[k], "status": status}),
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
                totals.parts += raw
                    .get("parts")
                    .and_then(|p| {
                        p.as_u64()
                            .or_else(|| p.as_str().and_then(|s| s.trim().parse().ok()))
                    })
                    .unwrap_or(1);
            }
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

    /// The API's summary fields, merged across batches (and runs).
    fn trailer(&self, t: &Totals, clean: bool) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert(
            "success".into(),
            json!(clean && t.unknown == 0 && t.not_sent == 0),
        );
        m.insert("queued".into(), json!(t.queued));
        m.insert("unsent".into(), json!(t.unsent));
        m
    }

    fn summary(&self, t: &Totals, batches: usize) {
        let mut s = format!(
            "{} queued, {} unsent, {batches} {}, {} {}",
            t.queued,
            t.unsent,
            plural(batches, "batch", "batches"),
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
        if t.unsent > 0 || t.invalid > 0 || t.not_sent > 0 {
            return Ok(Outcome::Partial);
        }
        Ok(Outcome::Success)
    }
}

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

    #[test]
    fn senders() {
        assert!(check_sender("Firma", "x").is_ok());
        assert!(check_sender("2waySMS", "x").is_ok());
        assert!(check_sender("1234", "x").is_ok());
        assert!(check_sender("500600700", "x").is_ok());
        assert!(check_sender("12345", "x").is_err());
        assert!(check_sender("TwelveChars1", "x").is_err());
        assert!(check_sender("", "x").is_err());
        assert!(check_sender("Zażółć", "x").is_err());
    }

    #[test]
    fn text_rules() {
        let mut r = TextRules {
            ascii: false,
            utf: false,
            eco: true,
            replaced: vec![],
            hint: None,
        };
        let e = r.check("Zażółć").unwrap_err();
        assert!(e.contains("'ż' (U+017C)"), "{e}");
        assert!(
            r.hint.as_deref().unwrap().contains("--ascii"),
            "{:?}",
            r.hint
        );
        assert!(r.hint.as_deref().unwrap().contains("ż→z"), "{:?}", r.hint);
        assert_eq!(r.check("  ").unwrap_err(), "the text is empty");
        let e = r.check(&"a".repeat(919)).unwrap_err();
        assert!(e.contains("7 parts"), "{e}");
        let mut r = TextRules {
            ascii: true,
            utf: false,
            eco: true,
            replaced: vec![],
            hint: None,
        };
        assert_eq!(r.check("Zażółć").unwrap().0, "Zazolc");
        assert!(r.check("Hi 😀").is_err());
        let mut r = TextRules {
            ascii: false,
            utf: true,
            eco: false,
            replaced: vec![],
            hint: None,
        };
        let (_, c) = r.check("Zażółć").unwrap();
        assert_eq!(c.encoding, Encoding::Ucs2);
    }

    #[test]
    fn unique_ids_are_checked() {
        assert!(valid_unique_id("abc") && valid_unique_id(&"a".repeat(50)));
        assert!(
            !valid_unique_id("ab") && !valid_unique_id("a_b") && !valid_unique_id(&"a".repeat(51))
        );
    }
}

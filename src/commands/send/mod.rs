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
//! Layout: this file reads and checks the input into a [`Plan`]; `dry_run` prints a plan;
//! `runner` carries one out (journal, reconciliation, batches, rows, exit code).
//!
//! `send --wait` is not here: the `status` command's waiting logic is wired in where it lives.
//! It is refused with `--at`, as scheduled messages are not sent before their time.

mod dry_run;
mod runner;

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use anyhow::Result;

use super::{note, Context};
use crate::api::messages::{AddressBook, SendOptions};
use crate::cli::send::SendArgs;
use crate::exit::{Failure, Outcome};
use crate::journal::{self, Fingerprint};
use crate::recipients::{self, Recipients, Template, TextSource};
use crate::sms_parts::{self, Cost, Encoding};

/// Most messages in one personalized request.
const PERSONALIZED_MAX: u32 = 10_000;
/// The longest text file read: far more than 6 parts of anything.
const MAX_TEXT_BYTES: u64 = 64 * 1024;
/// How many skipped or invalid numbers are listed on stderr.
const LIST_AT_MOST: usize = 50;

pub fn run(ctx: &Context, args: SendArgs) -> Result<Outcome> {
    refuse_stray(&args)?;
    let plan = Plan::build(ctx, &args)?;
    plan.notes(&args);
    if args.dry_run {
        return dry_run::dry_run(ctx, &args, &plan);
    }
    plan.refuse_invalid(&args)?;
    runner::Send::new(ctx, &args, &plan)?.run()
}

/// `send` takes no arguments besides its flags' values; `--wait 5m` (without `=`) is the usual
/// way to end up with one, and is answered as `status` answers it.
fn refuse_stray(args: &SendArgs) -> Result<()> {
    let Some(first) = args.stray.first() else {
        return Ok(());
    };
    if args.wait.is_some() {
        super::selection::misplaced_wait(&args.stray, |d| format!("unexpected argument '{d}'"))?;
    }
    Err(Failure::usage(format!("unexpected argument '{first}'"))
        .with_hint("numbers go after --to (or in --to-file), the message after --text")
        .into())
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
        if let (Some(at), Some(_)) = (&date, args.wait) {
            return Err(wait_for_scheduled(at, args));
        }
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
        let mut recipients = if args.unique_ids.is_empty() {
            Recipients::default()
        } else {
            Recipients::tracking_entries()
        };
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
        recipients.finish();
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

/// `--wait` with `--at`: a scheduled message stays `saved` until its time, so waiting right
/// after the send could only run out (exit 6) while nothing is wrong. Refused up front, with
/// the way to follow it once it has gone out.
fn wait_for_scheduled(at: &str, args: &SendArgs) -> anyhow::Error {
    let by = match args.unique_ids.as_slice() {
        [] => "--unique-id ID".to_string(),
        ids => ids
            .iter()
            .map(|u| format!("--unique-id {u}"))
            .collect::<Vec<_>>()
            .join(" "),
    };
    Failure::usage(format!(
        "--wait cannot follow a scheduled send (--at): the messages stay saved, not sent, until {at} (Warsaw time), so the wait could only run out"
    ))
    .with_hint(format!(
        "send without --wait{}, then after {at} run `serwersms status {by} --wait`",
        if args.unique_ids.is_empty() {
            " (give --unique-id ID to follow the messages by your own ids)"
        } else {
            ""
        }
    ))
    .into()
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
        .filter_map(|i| r.entry_index(i).map(|e| ids[e].clone()))
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

#[cfg(test)]
mod tests {
    use super::*;

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

//! The send journal (`send --journal FILE`): a durable record of one bulk send, so that a run
//! that dies halfway, or loses an answer, can be finished by running the same command again
//! without texting anyone twice or skipping anyone.
//!
//! # Format
//! NDJSON, append-only, one [`Record`] a line. The first is the [`Header`]: a fingerprint of
//! everything that decides who gets which message (so a different command is refused), the
//! number of recipients, and the `run_key` that prefixes the `unique_id` given to each
//! recipient (see [`unique_id`]). Then, per request:
//! * `batch` — written and fsynced **before** the request: its recipients (index in the plan,
//!   number, unique_id). From here on they may reach the server.
//! * `done` — the server answered: every recipient of the batch is settled; the API's items,
//!   each with the recipient's index.
//! * `refused` — the server answered with an error: nothing of the batch was sent.
//! * `unknown` — the answer was lost: the request may or may not have been carried out.
//! * `reconciled` — an unknown batch checked with `messages/reports` by unique_id: the messages
//!   found are settled, the `missing` recipients may be sent again.
//!
//! A `batch` with no answer after it (the process was killed) is unknown too. A torn last line
//! (killed mid-write) is cut off when the journal is next opened: a torn `batch` was never
//! followed by its request, a torn `done` leaves its batch unknown, which reconciliation
//! resolves. Each write is followed by
//! `fsync`; the file is locked while a run uses it, so two runs cannot share it. It holds phone
//! numbers, so a new journal is created readable by its owner only (0600).
//!
//! Not here: sending, reconciling (the `send` command does both and writes the records).

use std::collections::HashMap;
use std::fs::File;
use std::hash::{BuildHasher, Hasher};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::exit::{Code, Failure};

pub const FORMAT: &str = "serwersms-send-journal";
pub const VERSION: u32 = 1;

/// The first line of a journal.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Header {
    pub format: String,
    pub version: u32,
    /// What the journal is for: a hash of the action, the options, and every recipient with
    /// its text and own id. A different command has a different fingerprint.
    pub fingerprint: String,
    pub action: String,
    pub recipients: usize,
    /// The prefix of the generated unique_ids.
    pub run_key: String,
    pub created: String,
    /// The send in words, for people reading the file and for the refusal message.
    pub summary: String,
}

/// One recipient of a batch: its index in the plan, its number, its unique_id.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Planned(pub u32, pub String, pub String);

/// A recipient's result: its index in the plan and the API's item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Settled(pub u32, pub Value);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Record {
    Header(Header),
    Batch {
        batch: u32,
        recipients: Vec<Planned>,
    },
    Done {
        batch: u32,
        items: Vec<Settled>,
    },
    Refused {
        batch: u32,
        error: String,
    },
    Unknown {
        batch: u32,
        error: String,
    },
    Reconciled {
        batch: u32,
        found: Vec<Settled>,
        missing: Vec<u32>,
    },
}

/// Where a journal stands: what earlier runs settled and what they left unknown.
#[derive(Debug, Default)]
pub struct Progress {
    /// For each recipient of the plan: settled by an earlier run.
    pub settled: Vec<bool>,
    pub settled_count: usize,
    /// Batches sent without a known answer, with their recipients.
    pub unknown: Vec<(u32, Vec<Planned>)>,
    /// The number for the next batch.
    pub next_batch: u32,
    /// The journal's length when it was read: earlier runs' records end here.
    pub length: u64,
}

/// An open journal, locked for this run.
pub struct Journal {
    file: File,
    path: PathBuf,
}

impl Journal {
    /// Open or create the journal at `path` for the send `header` describes. An existing
    /// journal must be for the same send; its header (and so its run_key) is returned.
    pub fn open(path: &Path, header: Header) -> Result<(Journal, Header, Progress)> {
        // It holds phone numbers: readable by its owner only.
        let file = crate::durable::open_private_append(path).map_err(|e| {
            Failure::usage(format!("cannot open the journal {}: {e}", path.display()))
        })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Failure::new(
                    Code::Failure,
                    format!(
                        "the journal {} is in use by another serwersms run",
                        path.display()
                    ),
                )
                .with_hint("wait for it to finish; two runs must not share a journal")
                .into())
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Failure::new(
                    Code::Failure,
                    format!("cannot lock the journal {}: {e}", path.display()),
                )
                .into())
            }
        }
        let mut journal = Journal {
            file,
            path: path.to_path_buf(),
        };
        let existing = read(path, &header)?;
        match existing {
            Some((stored, progress, torn_tail)) => {
                if torn_tail {
                    // Cut the torn write off, so the next record starts on a line of its own.
                    journal
                        .file
                        .set_len(progress.length)
                        .and_then(|_| journal.file.sync_data())
                        .map_err(|e| {
                            Failure::new(
                                Code::Failure,
                                format!("cannot repair the journal {}: {e}", path.display()),
                            )
                        })?;
                }
                Ok((journal, stored, progress))
            }
            None => {
                journal.append(&Record::Header(header.clone()))?;
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    // Make the new file's name durable too.
                    if let Ok(d) = File::open(dir) {
                        let _ = d.sync_all();
                    }
                }
                let progress = Progress {
                    settled: vec![false; header.recipients],
                    next_batch: 1,
                    length: 0,
                    ..Default::default()
                };
                Ok((journal, header, progress))
            }
        }
    }

    /// Read a journal without locking or changing it (for `--dry-run`): `None` if there is
    /// none yet.
    pub fn inspect(path: &Path, header: &Header) -> Result<Option<(Header, Progress)>> {
        if !path.exists() {
            return Ok(None);
        }
        Ok(read(path, header)?.map(|(h, p, _)| (h, p)))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Append a record and wait until it is on disk.
    pub fn append(&mut self, record: &Record) -> Result<()> {
        let mut line = serde_json::to_vec(record)?;
        line.push(b'\n');
        self.write_raw(&line)
    }

    fn write_raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.file
            .write_all(bytes)
            .and_then(|_| self.file.sync_data())
            .map_err(|e| {
                Failure::new(
                    Code::Failure,
                    format!("cannot write the journal {}: {e}", self.path.display()),
                )
                .into()
            })
    }

    /// Call `f` with every item that earlier runs settled (the records before `progress.length`),
    /// in the order they were written.
    pub fn replay_settled(
        path: &Path,
        length: u64,
        mut f: impl FnMut(u32, Value) -> io::Result<()>,
    ) -> Result<()> {
        let file = File::open(path)?;
        let mut reader = BufReader::new(file.take(length));
        let mut line = String::new();
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                return Ok(());
            }
            match serde_json::from_str::<Record>(&line) {
                Ok(Record::Done { items, .. }) => {
                    for Settled(i, item) in items {
                        f(i, item)?;
                    }
                }
                Ok(Record::Reconciled { found, .. }) => {
                    for Settled(i, item) in found {
                        f(i, item)?;
                    }
                }
                _ => {}
            }
        }
    }
}

/// Read and check an existing journal: its header, where it stands, and whether its last
/// line is torn. `None` for a missing or empty file.
fn read(path: &Path, want: &Header) -> Result<Option<(Header, Progress, bool)>> {
    let shown = path.display();
    let damaged = |what: String| -> anyhow::Error {
        Failure::new(Code::Failure, format!("the journal {shown} {what}"))
            .with_hint("it was not written by this version of serwersms, or was edited; use a new journal file (and check with `serwersms status` what the old run sent)")
            .into()
    };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Failure::usage(format!("cannot read the journal {shown}: {e}")).into())
        }
    };
    let mut reader = BufReader::new(file);
    let mut line = String::new();
    let mut length = 0u64;
    let mut n = 0usize;
    let mut header: Option<Header> = None;
    let mut progress = Progress::default();
    let mut open: HashMap<u32, Vec<Planned>> = HashMap::new();
    let mut torn = false;
    loop {
        line.clear();
        let read = reader
            .read_line(&mut line)
            .map_err(|e| damaged(format!("cannot be read: {e}")))?;
        if read == 0 {
            break;
        }
        n += 1;
        length += read as u64;
        if line.trim().is_empty() {
            continue;
        }
        let record = match serde_json::from_str::<Record>(&line) {
            Ok(r) => r,
            Err(_) if !line.ends_with('\n') => {
                // The last write was cut off: it never completed, so it never counted.
                torn = true;
                length -= read as u64;
                break;
            }
            Err(e) => return Err(damaged(format!("is damaged at line {n}: {e}"))),
        };
        match (record, &header) {
            (Record::Header(h), None) => {
                if h.format != FORMAT || h.version != VERSION {
                    return Err(damaged(
                        "is not a serwersms send journal (version 1)".into(),
                    ));
                }
                if h.fingerprint != want.fingerprint || h.recipients != want.recipients {
                    return Err(Failure::usage(format!(
                        "the journal {shown} belongs to a different send: {}",
                        h.summary
                    ))
                    .with_hint("re-run exactly that command to finish it, or give this send a new journal file")
                    .into());
                }
                progress.settled = vec![false; h.recipients];
                progress.next_batch = 1;
                header = Some(h);
            }
            (_, None) => return Err(damaged("does not start with a journal header".into())),
            (Record::Header(_), Some(_)) => {
                return Err(damaged(format!("has a second header at line {n}")))
            }
            (Record::Batch { batch, recipients }, Some(h)) => {
                if recipients.iter().any(|p| p.0 as usize >= h.recipients) {
                    return Err(damaged(format!(
                        "names a recipient out of range at line {n}"
                    )));
                }
                progress.next_batch = progress.next_batch.max(batch + 1);
                open.insert(batch, recipients);
            }
            (Record::Done { batch, .. }, Some(_)) => {
                for p in open.remove(&batch).unwrap_or_default() {
                    settle(&mut progress, p.0);
                }
            }
            (Record::Refused { batch, .. }, Some(_)) => {
                open.remove(&batch);
            }
            (Record::Unknown { .. }, Some(_)) => {}
            (Record::Reconciled { batch, found, .. }, Some(_)) => {
                open.remove(&batch);
                for Settled(i, _) in found {
                    settle(&mut progress, i);
                }
            }
        }
    }
    let Some(header) = header else {
        if n == 0 || torn {
            return Ok(None);
        }
        return Err(damaged("does not start with a journal header".into()));
    };
    let mut unknown: Vec<(u32, Vec<Planned>)> = open.into_iter().collect();
    unknown.sort_by_key(|(b, _)| *b);
    // A recipient settled since (by a later batch) needs no reconciling.
    for (_, list) in &mut unknown {
        list.retain(|p| !progress.settled[p.0 as usize]);
    }
    unknown.retain(|(_, list)| !list.is_empty());
    progress.unknown = unknown;
    progress.length = length;
    Ok(Some((header, progress, torn)))
}

fn settle(progress: &mut Progress, i: u32) {
    if let Some(s) = progress.settled.get_mut(i as usize) {
        if !*s {
            *s = true;
            progress.settled_count += 1;
        }
    }
}

/// A fresh run key: 10 random lowercase letters and digits.
pub fn run_key() -> String {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    h.write_u128(nanos);
    h.write_u32(std::process::id());
    let mut n = h.finish();
    (0..10)
        .map(|_| {
            let c = DIGITS[(n % 36) as usize];
            n /= 36;
            c as char
        })
        .collect()
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The unique_id of recipient `i` of a run: the run key and `i` in base 36 (11 to 17
/// characters of `[a-z0-9]`, as the API requires).
pub fn unique_id(run_key: &str, i: usize) -> String {
    let mut digits = Vec::new();
    let mut n = i;
    loop {
        digits.push(DIGITS[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(run_key.len() + digits.len());
    out.push_str(run_key);
    out.extend(digits.iter().rev().map(|&b| b as char));
    out
}

/// A stable 64-bit FNV-1a hash, for the journal's fingerprint (not for security: it only
/// tells one command from another).
#[derive(Debug, Clone)]
pub struct Fingerprint(u64);

impl Default for Fingerprint {
    fn default() -> Self {
        Fingerprint(0xcbf2_9ce4_8422_2325)
    }
}

impl Fingerprint {
    /// Add one field; fields are separated so that ("ab","c") and ("a","bc") differ.
    pub fn add(&mut self, field: &[u8]) {
        for &b in field.iter().chain(&[0xff]) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn header(fp: &str) -> Header {
        Header {
            format: FORMAT.into(),
            version: VERSION,
            fingerprint: fp.into(),
            action: "messages/send_sms".into(),
            recipients: 4,
            run_key: "abcdefghij".into(),
            created: "2026-01-01 10:00:00".into(),
            summary: "send to 4 numbers".into(),
        }
    }

    fn planned(i: u32) -> Planned {
        Planned(
            i,
            format!("+4850060070{i}"),
            unique_id("abcdefghij", i as usize),
        )
    }

    #[test]
    fn a_new_journal_then_a_resume() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.ndjson");
        {
            let (mut j, h, p) = Journal::open(&path, header("f1")).unwrap();
            assert_eq!((h.run_key.as_str(), p.next_batch), ("abcdefghij", 1));
            j.append(&Record::Batch {
                batch: 1,
                recipients: vec![planned(0), planned(1)],
            })
            .unwrap();
            j.append(&Record::Done {
                batch: 1,
                items: vec![
                    Settled(0, json!({"id": "a"})),
                    Settled(1, json!({"id": "b"})),
                ],
            })
            .unwrap();
            j.append(&Record::Batch {
                batch: 2,
                recipients: vec![planned(2)],
            })
            .unwrap();
            j.append(&Record::Unknown {
                batch: 2,
                error: "reset".into(),
            })
            .unwrap();
            j.append(&Record::Batch {
                batch: 3,
                recipients: vec![planned(3)],
            })
            .unwrap();
            j.append(&Record::Refused {
                batch: 3,
                error: "3002".into(),
            })
            .unwrap();
        }
        // Another run with a new key keeps the stored one.
        let mut h = header("f1");
        h.run_key = "zzzzzzzzzz".into();
        let (_j, stored, p) = Journal::open(&path, h).unwrap();
        assert_eq!(stored.run_key, "abcdefghij");
        assert_eq!(p.settled, vec![true, true, false, false]);
        assert_eq!(p.unknown, vec![(2, vec![planned(2)])]);
        assert_eq!(p.next_batch, 4);
        let mut seen = Vec::new();
        Journal::replay_settled(&path, p.length, |i, v| {
            seen.push((i, v));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, vec![(0, json!({"id": "a"})), (1, json!({"id": "b"}))]);
    }

    #[test]
    fn a_different_send_is_refused_and_a_second_run_is_locked_out() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let (_j, _, _) = Journal::open(&path, header("f1")).unwrap();
        let e = Journal::open(&path, header("f2")).err().unwrap();
        assert!(
            e.to_string().contains("in use by another serwersms run"),
            "{e}"
        );
        drop(_j);
        let e = Journal::open(&path, header("f2")).err().unwrap();
        assert!(
            e.to_string()
                .contains("belongs to a different send: send to 4 numbers"),
            "{e}"
        );
        assert_eq!(crate::exit::code_for(&e), Code::Usage);
    }

    #[test]
    fn a_torn_last_line_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        {
            let (mut j, _, _) = Journal::open(&path, header("f1")).unwrap();
            j.append(&Record::Batch {
                batch: 1,
                recipients: vec![planned(0)],
            })
            .unwrap();
            j.write_raw(br#"{"record":"done","batch":1,"ite"#).unwrap();
        }
        let (mut j, _, p) = Journal::open(&path, header("f1")).unwrap();
        assert_eq!(p.unknown.len(), 1, "the torn answer leaves batch 1 unknown");
        j.append(&Record::Reconciled {
            batch: 1,
            found: vec![],
            missing: vec![0],
        })
        .unwrap();
        drop(j);
        let (_, _, p) = Journal::open(&path, header("f1")).unwrap();
        assert!(p.unknown.is_empty());
        assert_eq!(p.settled_count, 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_journal_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let _ = Journal::open(&path, header("f1")).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }

    #[test]
    fn garbage_is_not_a_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        std::fs::write(&path, "hello\nworld\n").unwrap();
        let e = Journal::open(&path, header("f1")).err().unwrap();
        assert!(e.to_string().contains("is damaged at line 1"), "{e}");
    }

    #[test]
    fn ids_and_keys() {
        assert_eq!(unique_id("abcdefghij", 0), "abcdefghij0");
        assert_eq!(unique_id("abcdefghij", 36 * 36), "abcdefghij100");
        let k = run_key();
        assert_eq!(k.len(), 10);
        assert!(k.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_ne!(k, run_key());
        let mut a = Fingerprint::default();
        a.add(b"ab");
        a.add(b"c");
        let mut b = Fingerprint::default();
        b.add(b"a");
        b.add(b"bc");
        assert_ne!(a.hex(), b.hex());
    }
}

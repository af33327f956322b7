//! The sandbox's memory: an append-only event log replayed at start.
//!
//! Every change is an [`Event`] appended as one JSON line to `events.ndjson` in the state
//! directory, then applied to the in-memory [`State`]. Opening a state directory replays the
//! log, so `--sandbox send` followed by `--sandbox status` see the same world, and a crash loses
//! nothing that was answered. Appends cost the same however large the state grows. Without a
//! state directory the sandbox lives in memory only.
//!
//! One sandbox process per state directory at a time: two processes would each keep their own
//! copy of the state and append to the same log.
//!
//! # How a message's delivery progresses (derived from the clock, never stored)
//! * Refused at send time (`unsent_reason` set, e.g. `number_is_blacklisted`): `unsent`.
//! * Scheduled for later (`send_at` in the future): `saved` until then; afterwards as below,
//!   counted from `send_at`.
//! * Otherwise, counted from the time it was queued: `in_progress` for the first
//!   [`SENT_AFTER_SECS`] seconds, then `sent` (awaiting a report), and from
//!   [`DELIVERED_AFTER_SECS`] seconds a final state:
//!   * numbers ending in `404`: `undelivered`, reason `wrong_number`;
//!   * numbers ending in `410`: `undelivered`, reason `message_expired`;
//!   * numbers ending in `000`: no report ever comes, they stay `sent`;
//!   * every other number: `delivered`.
//!
//! # Sender names
//! The account starts with the predefined senders in [`PREDEFINED_SENDERS`]. A name added with
//! `senders/add` is `pending_authorization` until [`SENDER_AUTHORIZED_AFTER_SECS`] seconds have
//! passed on the sandbox clock (standing in for the operator's approval), then `authorized`.
//! Only an authorized sender may be used in a send ([`State::sender_status`]).
//!
//! The sandbox's clock can be moved forward by tests (`POST /__sandbox/clock`), so these
//! transitions need no sleeping.

use std::collections::{BTreeMap, HashMap};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// Seconds after queueing at which a message counts as sent.
pub const SENT_AFTER_SECS: i64 = 2;
/// Seconds after queueing at which a message reaches its final state.
pub const DELIVERED_AFTER_SECS: i64 = 5;

/// Seconds after `senders/add` at which the sandbox authorizes a new sender name.
pub const SENDER_AUTHORIZED_AFTER_SECS: i64 = 60;

/// Sender names every sandbox account has: (name, agreement, status).
pub const PREDEFINED_SENDERS: &[(&str, &str, &str)] = &[
    ("SerwerSMS", "not_required", "authorized"),
    ("Sandbox", "delivered", "authorized"),
    ("2waySMS", "not_required", "authorized"),
    ("Testowa", "not_required", "pending_authorization"),
];

/// One outgoing message, as stored when a send was accepted.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Message {
    /// 10 lowercase hex characters, like the real API's ids.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
    /// The send request ("package") it came in, as `stat_id` in reports.
    pub stat_id: u64,
    /// Normalized, `+48500600700`.
    pub phone: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// `eco`, `full`, `mms` or `voice`.
    pub kind: String,
    #[serde(default)]
    pub flash: bool,
    #[serde(default)]
    pub utf: bool,
    #[serde(default)]
    pub speed: bool,
    pub parts: u32,
    /// Unix seconds (sandbox clock).
    pub queued_at: i64,
    /// Unix seconds; set for scheduled messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_at: Option<i64>,
    /// Set when the message was refused at send time (it is `unsent` for ever).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsent_reason: Option<String>,
    #[serde(default)]
    pub cost: f64,
}

/// Where a message stands at a moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub status: &'static str,
    pub sent_at: Option<i64>,
    pub delivered_at: Option<i64>,
    pub reason: Option<String>,
}

impl Message {
    pub fn progress(&self, now: i64) -> Progress {
        let mut p = Progress {
            status: "in_progress",
            sent_at: None,
            delivered_at: None,
            reason: None,
        };
        if let Some(reason) = &self.unsent_reason {
            p.status = "unsent";
            p.reason = Some(reason.clone());
            return p;
        }
        let start = self.send_at.unwrap_or(self.queued_at);
        if now < start {
            p.status = "saved";
            return p;
        }
        let age = now - start;
        if age < SENT_AFTER_SECS {
            return p;
        }
        p.status = "sent";
        p.sent_at = Some(start + SENT_AFTER_SECS);
        if age < DELIVERED_AFTER_SECS || self.phone.ends_with("000") {
            return p;
        }
        let final_at = Some(start + DELIVERED_AFTER_SECS);
        if self.phone.ends_with("404") {
            p.status = "undelivered";
            p.reason = Some("wrong_number".into());
        } else if self.phone.ends_with("410") {
            p.status = "undelivered";
            p.reason = Some("message_expired".into());
        } else {
            p.status = "delivered";
            p.delivered_at = final_at;
        }
        p
    }

    /// Whether it can still be cancelled (`messages/delete`): scheduled and not yet due.
    pub fn is_scheduled(&self, now: i64) -> bool {
        self.unsent_reason.is_none() && self.send_at.is_some_and(|at| at > now)
    }
}

/// An MMS attachment of an incoming message.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attachment {
    pub id: i64,
    pub name: String,
    pub content_type: String,
    /// Base64.
    pub data: String,
}

/// One incoming message (a reply to ECO, or to an ND/NDI number, or an MMS).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Inbound {
    pub id: i64,
    /// `eco`, `nd`, `ndi` or `mms`.
    pub kind: String,
    /// The sender's number.
    pub phone: String,
    /// Unix seconds.
    pub received_at: i64,
    pub text: String,
    /// For replies to ECO messages: the outgoing message's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// For NDI and MMS: the number it was sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    #[serde(default)]
    pub read: bool,
}

/// A registered sender name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Sender {
    pub name: String,
    /// `delivered`, `required` or `not_required`.
    pub agreement: String,
    /// `pending_authorization`, `authorized`, `rejected` or `deactivated`.
    pub status: String,
    pub added_at: i64,
}

/// A slow `phones/check` or `phones/lookup` query: answered with an id at first, its result
/// fetched later with that id (the rule is in `sandbox::phones`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PhoneQuery {
    /// 10 lowercase hex characters, like the API's example `6970aa5525`.
    pub id: String,
    /// `phones/check` or `phones/lookup`: an id is only valid for the action that issued it.
    pub action: String,
    /// Normalized numbers, in the order asked.
    pub phones: Vec<String>,
    /// Unix seconds when it was asked (sandbox clock).
    pub at: i64,
}

/// One change to the sandbox's world.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// Units taken from a balance (`eco`, `full`, `hlr`, …).
    Charged {
        kind: String,
        amount: f64,
    },
    /// Messages accepted by one send request.
    Queued {
        messages: Vec<Message>,
    },
    /// Scheduled messages cancelled.
    Deleted {
        ids: Vec<String>,
    },
    /// An incoming message arrived.
    Received {
        message: Inbound,
    },
    /// Incoming messages marked as read.
    MarkedRead {
        ids: Vec<i64>,
    },
    BlacklistAdded {
        phone: String,
        id: i64,
        at: i64,
    },
    BlacklistRemoved {
        phone: String,
    },
    SenderAdded {
        sender: Sender,
    },
    /// A slow phone query was accepted (and charged, by a separate `Charged`).
    PhoneQueried {
        query: PhoneQuery,
    },
}

#[derive(Default)]
pub struct State {
    log: Option<File>,
    pub dir: Option<PathBuf>,
    /// Units spent per balance type.
    pub spent: BTreeMap<String, f64>,
    /// Outgoing messages in the order they were queued (cancelled ones removed).
    pub messages: Vec<Message>,
    /// Index into `messages` by id.
    pub by_id: HashMap<String, usize>,
    /// Index into `messages` by unique_id.
    pub by_unique_id: HashMap<String, usize>,
    /// How many send requests were accepted (the last `stat_id`).
    pub batches: u64,
    /// How many message ids were ever handed out.
    pub ids_issued: u64,
    /// Incoming messages, oldest first.
    pub inbound: Vec<Inbound>,
    /// Blacklisted numbers: id and time added.
    pub blacklist: BTreeMap<String, (i64, i64)>,
    /// The highest blacklist entry id ever handed out (ids are never reused after a removal).
    pub blacklist_last_id: i64,
    pub senders: Vec<Sender>,
    /// Slow phone queries by id.
    pub phone_queries: HashMap<String, PhoneQuery>,
}

impl State {
    /// Open (and replay) the state in `dir`, or an empty in-memory state.
    pub fn open(dir: Option<&Path>) -> Result<State> {
        let mut state = State::default();
        let Some(dir) = dir else { return Ok(state) };
        std::fs::create_dir_all(dir).with_context(|| {
            format!(
                "cannot create the sandbox state directory {}",
                dir.display()
            )
        })?;
        let path = dir.join("events.ndjson");
        if let Ok(file) = File::open(&path) {
            for (n, line) in BufReader::new(file).lines().enumerate() {
                let line = line.with_context(|| format!("cannot read {}", path.display()))?;
                if line.trim().is_empty() {
                    continue;
                }
                // A torn last line (a crash mid-append) is skipped, not fatal.
                match serde_json::from_str::<Event>(&line) {
                    Ok(event) => state.apply(event),
                    Err(e) => eprintln!(
                        "serwersms sandbox: skipping line {} of {}: {e}",
                        n + 1,
                        path.display()
                    ),
                }
            }
        }
        state.log = Some(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .with_context(|| format!("cannot open {}", path.display()))?,
        );
        state.dir = Some(dir.to_path_buf());
        Ok(state)
    }

    /// Record a change: append it to the log, then apply it.
    pub fn record(&mut self, event: Event) {
        if let Some(log) = &mut self.log {
            if let Ok(mut line) = serde_json::to_vec(&event) {
                line.push(b'\n');
                if let Err(e) = log.write_all(&line) {
                    eprintln!("serwersms sandbox: cannot write the event log: {e}");
                }
            }
        }
        self.apply(event);
    }

    /// A fresh message id: 10 lowercase hex characters, unique in this state.
    pub fn next_message_id(&mut self) -> String {
        loop {
            self.ids_issued += 1;
            let id = format!("{:010x}", mix(self.ids_issued) & 0xff_ffff_ffff);
            if !self.by_id.contains_key(&id) {
                return id;
            }
        }
    }

    /// A fresh id for a slow phone query: 10 lowercase hex characters, unique among them.
    pub fn next_phone_query_id(&self) -> String {
        // A different stream from message ids, so the two never look alike in tests.
        let mut n = self.phone_queries.len() as u64 | (1 << 40);
        loop {
            n += 1;
            let id = format!("{:010x}", mix(n) & 0xff_ffff_ffff);
            if !self.phone_queries.contains_key(&id) {
                return id;
            }
        }
    }

    /// The id for the next blacklist entry (the documentation's example is 12354).
    pub fn next_blacklist_id(&self) -> i64 {
        self.blacklist_last_id.max(12_353) + 1
    }

    /// The next batch (`stat_id`) number.
    pub fn next_stat_id(&mut self) -> u64 {
        self.batches + 1
    }

    pub fn message(&self, id: &str) -> Option<&Message> {
        self.by_id.get(id).map(|&i| &self.messages[i])
    }

    pub fn message_by_unique_id(&self, unique_id: &str) -> Option<&Message> {
        self.by_unique_id.get(unique_id).map(|&i| &self.messages[i])
    }

    pub fn is_blacklisted(&self, phone: &str) -> bool {
        self.blacklist.contains_key(phone)
    }

    /// Every sender name with its status at `now`: the predefined ones, then those added.
    pub fn sender_list(&self, now: i64) -> Vec<Sender> {
        let mut out: Vec<Sender> = PREDEFINED_SENDERS
            .iter()
            .map(|(name, agreement, status)| Sender {
                name: name.to_string(),
                agreement: agreement.to_string(),
                status: status.to_string(),
                added_at: 0,
            })
            .collect();
        for s in &self.senders {
            let mut s = s.clone();
            if s.status == "pending_authorization"
                && now - s.added_at >= SENDER_AUTHORIZED_AFTER_SECS
            {
                s.status = "authorized".into();
            }
            out.push(s);
        }
        out
    }

    /// The status of a sender name at `now` (`None`: not registered). Names compare exactly.
    pub fn sender_status(&self, name: &str, now: i64) -> Option<String> {
        self.sender_list(now)
            .into_iter()
            .find(|s| s.name == name)
            .map(|s| s.status)
    }

    pub fn next_inbound_id(&self) -> i64 {
        2_477_793 + self.inbound.len() as i64
    }

    fn apply(&mut self, event: Event) {
        match event {
            Event::Charged { kind, amount } => *self.spent.entry(kind).or_default() += amount,
            Event::Queued { messages } => {
                self.batches = self
                    .batches
                    .max(messages.first().map(|m| m.stat_id).unwrap_or(0));
                for m in messages {
                    let i = self.messages.len();
                    self.by_id.insert(m.id.clone(), i);
                    if let Some(u) = &m.unique_id {
                        self.by_unique_id.insert(u.clone(), i);
                    }
                    self.messages.push(m);
                }
            }
            Event::Deleted { ids } => {
                self.messages.retain(|m| !ids.contains(&m.id));
                self.reindex();
            }
            Event::Received { message } => self.inbound.push(message),
            Event::MarkedRead { ids } => {
                for m in self.inbound.iter_mut().filter(|m| ids.contains(&m.id)) {
                    m.read = true;
                }
            }
            Event::BlacklistAdded { phone, id, at } => {
                self.blacklist_last_id = self.blacklist_last_id.max(id);
                self.blacklist.insert(phone, (id, at));
            }
            Event::BlacklistRemoved { phone } => {
                self.blacklist.remove(&phone);
            }
            Event::SenderAdded { sender } => self.senders.push(sender),
            Event::PhoneQueried { query } => {
                self.phone_queries.insert(query.id.clone(), query);
            }
        }
    }

    fn reindex(&mut self) {
        self.by_id.clear();
        self.by_unique_id.clear();
        for (i, m) in self.messages.iter().enumerate() {
            self.by_id.insert(m.id.clone(), i);
            if let Some(u) = &m.unique_id {
                self.by_unique_id.insert(u.clone(), i);
            }
        }
    }
}

/// splitmix64: spreads sequential numbers over the id space so ids look like the real ones.
fn mix(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(phone: &str) -> Message {
        Message {
            id: "aca3944055".into(),
            unique_id: None,
            stat_id: 1,
            phone: phone.into(),
            text: "x".into(),
            sender: None,
            kind: "eco".into(),
            flash: false,
            utf: false,
            speed: false,
            parts: 1,
            queued_at: 1000,
            send_at: None,
            unsent_reason: None,
            cost: 0.0,
        }
    }

    #[test]
    fn delivery_progresses_with_the_clock() {
        let m = msg("+48500600700");
        assert_eq!(m.progress(1000).status, "in_progress");
        assert_eq!(m.progress(1002).status, "sent");
        let done = m.progress(1005);
        assert_eq!((done.status, done.delivered_at), ("delivered", Some(1005)));
        assert_eq!(
            msg("+48500600404").progress(2000).reason.as_deref(),
            Some("wrong_number")
        );
        assert_eq!(msg("+48500600410").progress(2000).status, "undelivered");
        assert_eq!(msg("+48500600000").progress(9999).status, "sent");
        let mut s = msg("+48500600700");
        s.send_at = Some(5000);
        assert_eq!(s.progress(4999).status, "saved");
        assert!(s.is_scheduled(4999));
        assert_eq!(s.progress(5005).status, "delivered");
        let mut u = msg("+48500600700");
        u.unsent_reason = Some("number_is_blacklisted".into());
        assert_eq!(u.progress(9999).status, "unsent");
    }

    #[test]
    fn events_replay_from_the_log() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut s = State::open(Some(dir.path())).unwrap();
            let mut m = msg("+48500600700");
            m.id = s.next_message_id();
            m.unique_id = Some("abc123".into());
            s.record(Event::Queued { messages: vec![m] });
            s.record(Event::BlacklistAdded {
                phone: "+48600700800".into(),
                id: 12_360,
                at: 5,
            });
            s.record(Event::BlacklistAdded {
                phone: "+48600700801".into(),
                id: 12_354,
                at: 6,
            });
            s.record(Event::BlacklistRemoved {
                phone: "+48600700800".into(),
            });
            let id = s.next_phone_query_id();
            s.record(Event::PhoneQueried {
                query: PhoneQuery {
                    id: id.clone(),
                    action: "phones/check".into(),
                    phones: vec!["+48500600555".into()],
                    at: 7,
                },
            });
            assert_ne!(s.next_phone_query_id(), id);
        }
        let s = State::open(Some(dir.path())).unwrap();
        assert!(!s.is_blacklisted("+48600700800"));
        assert!(s.is_blacklisted("+48600700801"));
        // A removed entry's id is not handed out again.
        assert_eq!(s.next_blacklist_id(), 12_361);
        assert_eq!(s.phone_queries.len(), 1);
        assert_eq!(s.messages.len(), 1);
        assert!(s.message_by_unique_id("abc123").is_some());
        assert_eq!(s.batches, 1);
    }

    #[test]
    fn added_senders_are_authorized_after_a_while() {
        let mut s = State::default();
        assert_eq!(s.sender_status("Sandbox", 0).as_deref(), Some("authorized"));
        assert_eq!(s.sender_status("Nope", 0), None);
        s.record(Event::SenderAdded {
            sender: Sender {
                name: "Firma".into(),
                agreement: "required".into(),
                status: "pending_authorization".into(),
                added_at: 100,
            },
        });
        assert_eq!(
            s.sender_status("Firma", 159).as_deref(),
            Some("pending_authorization")
        );
        assert_eq!(s.sender_status("Firma", 160).as_deref(), Some("authorized"));
    }

    #[test]
    fn ids_look_like_the_api_ones() {
        let mut s = State::default();
        let id = s.next_message_id();
        assert_eq!(id.len(), 10);
        assert!(id
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_ne!(id, s.next_message_id());
    }
}

//! `messages/send_sms` (one text to many numbers) and `messages/send_personalized` (a text per
//! number) in the sandbox: validation in the order below, charging, and storing the messages
//! that `messages/reports` and friends then read.
//!
//! # What the reference says, as emulated
//! * `phone`, `group_id`, `contact_id`, `unique_id` (and `uniqe_id`, the spelling of most
//!   official docblocks) in every list form [`Params::list`] reads: JSON array, one value, a
//!   comma-separated string, `name[]` / `name[0]` form keys.
//! * `messages` (personalized) as a JSON array of `{phone, text}`, form bracket keys
//!   (`messages[0][phone]`), a JSON-encoded array inside a string (how java/ruby send nested
//!   lists), or the delimited string `phone:text]|[phone:text` with or without a trailing
//!   `]|[`, each entry split at its first `:`, and a leading `"` on a phone tolerated (the
//!   Python client's `]|["` separator).
//! * A `sender` that is present and not empty makes a FULL message, otherwise ECO.
//! * `test` validates everything, the balance included (a send the balance cannot pay for would
//!   fail for real), charges nothing and stores nothing, and answers as usual.
//! * `date` schedules: the message is stored with that time and reports show it as `saved`
//!   until then.
//! * `details` adds `items`: `id, phone, status (queued|unsent), queued, parts, text`, and
//!   `error_code`, `error_message` on unsent items.
//! * Limits: 100,000 numbers per `send_sms`, 10,000 messages per `send_personalized` (3110);
//!   at most 6 parts (3102); unique_id `[a-zA-Z0-9]{3,50}` (3200), not repeated in the request
//!   (3201), one per recipient (3202), not already stored (3111).
//!
//! # Choices where the real server is unknown
//! * Order of checks, first failure wins, nothing stored on any of them: no recipient parameter
//!   at all (3104); a recipient parameter that holds no recipient, e.g. `phone=[]` (3103); a
//!   personalized entry without `:` (3105); too many recipients (3110); an empty or blank text
//!   (3101); a sender that is not registered and authorized ([`State::sender_status`], 3106); a
//!   `date` that is not `YYYY-MM-DD HH:MM:SS` or more than a minute in the past (3108); unknown
//!   group or contact ids (1004); the unique_id checks (3200, 3201, 3202, 3111); a message over
//!   6 parts (3102); the balance (3000 ECO / 3002 FULL when exhausted, 3001 / 3003 when the type
//!   is not available).
//! * Parts are counted with `sms_parts`: UCS-2 when `utf` is set on a FULL message, GSM-7
//!   otherwise, a character outside GSM-7 then counting as one septet (sent as `?`). `utf` and
//!   `speed` are ignored on ECO (the reference says they are FULL-only).
//! * A number that is not a phone number (by `phone::normalize`) is not refused for the whole
//!   request: its item is `unsent` with `error_code` 2001 (`Invalid phone number`) and the
//!   message is stored as unsent with reason `wrong_number`. A blacklisted number's item is
//!   `unsent` with `error_code` 2206 (the SQL API's "number on blacklist") and it is stored with
//!   reason `number_is_blacklisted`. Unsent messages cost nothing. Storing them means a lookup by
//!   `unique_id` finds every recipient the server processed.
//! * `send_sms` sends a number that appears twice in one request once (a third-party manual says
//!   so); the later occurrence is dropped from the answer. `send_personalized` keeps both.
//! * `success` is true whenever the request was processed, even if every item is unsent.
//! * Items of a scheduled send have status `queued` (the documented values are `queued` and
//!   `unsent`); reports show them `saved` until their time.
//! * The ids in a `test` answer are fresh but nothing is stored under them.
//! * Balances are counted in parts: one unit of `eco` or `full` per part queued, charged with one
//!   [`Event::Charged`] per request; the messages go in one [`Event::Queued`] whose `stat_id` is
//!   the request's number. `cost` (PLN) is [`ECO_PRICE`] or [`FULL_PRICE`] per part.
//! * The account's address book is fixed: [`GROUPS`] and [`CONTACTS`].

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::account;
use super::state::{Event, Message};
use super::wire::{self, Params};
use super::World;
use crate::sms_parts;

/// Most numbers in one `send_sms`.
pub const MAX_SAME_TEXT: usize = 100_000;
/// Most messages in one `send_personalized`.
pub const MAX_PERSONALIZED: usize = 10_000;
/// The price of one part, in PLN, stored as the message's `cost`.
pub const ECO_PRICE: f64 = 0.055;
pub const FULL_PRICE: f64 = 0.09;

/// The sandbox account's contact groups: (id, name, member numbers).
pub const GROUPS: &[(i64, &str, &[&str])] = &[
    (
        1,
        "Sandbox team",
        &["+48500100001", "+48500100002", "+48500100003"],
    ),
    (2, "Sandbox customers", &["+48600100004", "+48600100005"]),
];
/// The sandbox account's contacts: (id, number).
pub const CONTACTS: &[(i64, &str)] = &[
    (1, "+48500100001"),
    (2, "+48500100002"),
    (3, "+48500100003"),
    (4, "+48600100004"),
    (5, "+48600100005"),
];

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    let personalized = match action {
        "messages/send_sms" => false,
        "messages/send_personalized" => true,
        _ => return None,
    };
    Some(match send(world, p, personalized) {
        Ok(answer) => answer,
        Err(code) => wire::error(code),
    })
}

/// One recipient of a request, before it is judged.
struct Entry {
    phone: String,
    text: String,
}

fn send(world: &mut World, p: &Params, personalized: bool) -> Result<Value, i64> {
    let text = p.text("text").unwrap_or_default();
    let groups = p.list("group_id");
    let contacts = p.list("contact_id");

    // Who: the explicit recipients, then groups and contacts.
    let mut entries: Vec<Entry> = Vec::new();
    let listed = if personalized { "messages" } else { "phone" };
    let present = p.0.get(listed).is_some_and(|v| !v.is_null())
        || p.0.contains_key("group_id")
        || p.0.contains_key("contact_id");
    if !present {
        return Err(3104);
    }
    if personalized {
        entries = messages(p.0.get("messages"))?;
    } else {
        for phone in p.list("phone") {
            entries.push(Entry {
                phone,
                text: text.clone(),
            });
        }
    }
    let explicit = entries.len();
    if explicit == 0 && groups.is_empty() && contacts.is_empty() {
        return Err(3103);
    }
    let limit = if personalized {
        MAX_PERSONALIZED
    } else {
        MAX_SAME_TEXT
    };
    if explicit > limit {
        return Err(3110);
    }
    if entries.iter().any(|e| e.text.trim().is_empty())
        || ((!groups.is_empty() || !contacts.is_empty()) && text.trim().is_empty())
    {
        return Err(3101);
    }

    // How.
    let now = world.now_secs();
    let sender = p.text("sender");
    if let Some(name) = &sender {
        if world.state.sender_status(name, now).as_deref() != Some("authorized") {
            return Err(3106);
        }
    }
    let kind = if sender.is_some() { "full" } else { "eco" };
    let utf = kind == "full" && p.flag("utf");
    let speed = kind == "full" && p.flag("speed");
    let send_at = match p.text("date") {
        None => None,
        Some(d) => match crate::warsaw_time::parse_api(&d).filter(|_| is_api_date(&d)) {
            Some(ts) if ts.as_second() >= now - 60 => Some(ts.as_second()),
            _ => return Err(3108),
        },
    };

    // Address book.
    for g in &groups {
        let members = g
            .parse::<i64>()
            .ok()
            .and_then(|id| GROUPS.iter().find(|(gid, _, _)| *gid == id))
            .ok_or(1004)?
            .2;
        for m in members {
            entries.push(Entry {
                phone: m.to_string(),
                text: text.clone(),
            });
        }
    }
    for c in &contacts {
        let number = c
            .parse::<i64>()
            .ok()
            .and_then(|id| CONTACTS.iter().find(|(cid, _)| *cid == id))
            .ok_or(1004)?
            .1;
        entries.push(Entry {
            phone: number.to_string(),
            text: text.clone(),
        });
    }

    // Own ids.
    let mut unique_ids = p.list("unique_id");
    if unique_ids.is_empty() {
        unique_ids = p.list("uniqe_id");
    }
    if !unique_ids.is_empty() {
        if !unique_ids.iter().all(|u| valid_unique_id(u)) {
            return Err(3200);
        }
        let mut seen = HashSet::new();
        if !unique_ids.iter().all(|u| seen.insert(u.as_str())) {
            return Err(3201);
        }
        if unique_ids.len() != entries.len() {
            return Err(3202);
        }
        if unique_ids
            .iter()
            .any(|u| world.state.message_by_unique_id(u).is_some())
        {
            return Err(3111);
        }
    }

    // Judge each recipient.
    let test = p.flag("test");
    let stat_id = world.state.next_stat_id();
    let mut seen_phones: HashSet<String> = HashSet::new();
    let mut stored: Vec<Message> = Vec::new();
    let mut errors: Vec<Option<(i64, &'static str)>> = Vec::new();
    let mut needed = 0u32;
    for (i, entry) in entries.into_iter().enumerate() {
        let normalized = crate::phone::normalize(entry.phone.trim_start_matches('"'));
        if !personalized {
            let key = normalized.clone().unwrap_or_else(|_| entry.phone.clone());
            if !seen_phones.insert(key) {
                continue;
            }
        }
        let encoding = if utf {
            sms_parts::Encoding::Ucs2
        } else {
            sms_parts::Encoding::Gsm7
        };
        let parts = sms_parts::cost_in(&entry.text, encoding).parts;
        if parts > sms_parts::MAX_PARTS {
            return Err(3102);
        }
        let (phone, unsent, error) = match normalized {
            Err(_) => (
                entry.phone.clone(),
                Some("wrong_number"),
                Some((2001, "Invalid phone number")),
            ),
            Ok(n) if world.state.is_blacklisted(&n) => (
                n,
                Some("number_is_blacklisted"),
                Some((2206, "Number is on the blacklist")),
            ),
            Ok(n) => (n, None, None),
        };
        if unsent.is_none() {
            needed += parts;
        }
        let price = if kind == "full" {
            FULL_PRICE
        } else {
            ECO_PRICE
        };
        stored.push(Message {
            id: world.state.next_message_id(),
            unique_id: unique_ids.get(i).cloned(),
            stat_id,
            phone,
            text: entry.text,
            sender: sender.clone(),
            kind: kind.to_string(),
            flash: p.flag("flash"),
            utf,
            speed,
            parts,
            queued_at: now,
            send_at,
            unsent_reason: unsent.map(str::to_string),
            cost: if unsent.is_none() {
                round_cents(parts as f64 * price)
            } else {
                0.0
            },
        });
        errors.push(error);
    }

    // Pay.
    match account::remaining(world, kind) {
        None => return Err(if kind == "full" { 3003 } else { 3001 }),
        Some(left) if left < needed as f64 => return Err(if kind == "full" { 3002 } else { 3000 }),
        Some(_) => {}
    }

    // Answer, then store.
    let queued = errors.iter().filter(|e| e.is_none()).count();
    let mut answer = Map::new();
    answer.insert("success".into(), json!(true));
    answer.insert("queued".into(), json!(queued));
    answer.insert("unsent".into(), json!(errors.len() - queued));
    if p.flag("details") {
        let items: Vec<Value> = stored
            .iter()
            .zip(&errors)
            .map(|(m, error)| {
                let mut item = json!({
                    "id": m.id,
                    "phone": m.phone,
                    "status": if error.is_some() { "unsent" } else { "queued" },
                    "queued": World::api_time(now),
                    "parts": m.parts,
                    "text": m.text,
                });
                if let Some((code, message)) = error {
                    item["error_code"] = json!(code);
                    item["error_message"] = json!(message);
                }
                item
            })
            .collect();
        answer.insert("items".into(), Value::Array(items));
    }
    if !test {
        if needed > 0 {
            world.state.record(Event::Charged {
                kind: kind.to_string(),
                amount: needed as f64,
            });
        }
        world.state.record(Event::Queued { messages: stored });
    }
    Ok(Value::Object(answer))
}

/// The recipients of a personalized send, in whichever form `messages` came.
fn messages(value: Option<&Value>) -> Result<Vec<Entry>, i64> {
    let text_of = |v: Option<&Value>| match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let entry = |obj: &Map<String, Value>| Entry {
        phone: text_of(obj.get("phone")).trim().to_string(),
        text: text_of(obj.get("text")),
    };
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_object().map(entry).ok_or(3105))
            .collect(),
        Some(Value::Object(obj)) if obj.contains_key("phone") => Ok(vec![entry(obj)]),
        Some(Value::Object(obj)) => obj
            .values()
            .map(|v| v.as_object().map(entry).ok_or(3105))
            .collect(),
        Some(Value::String(s)) => {
            let t = s.trim();
            if t.starts_with('[') || t.starts_with('{') {
                if let Ok(v) = serde_json::from_str::<Value>(t) {
                    return messages(Some(&v));
                }
            }
            delimited(t)
        }
        Some(_) => Err(3105),
    }
}

/// `phone:text]|[phone:text` with an optional trailing separator, the Python client's stray
/// `"` before each later phone, each entry split at its first `:`.
fn delimited(s: &str) -> Result<Vec<Entry>, i64> {
    let body = s.strip_suffix("]|[").unwrap_or(s);
    if body.is_empty() {
        return Ok(Vec::new());
    }
    body.split("]|[")
        .map(|part| {
            let (phone, text) = part.split_once(':').ok_or(3105)?;
            Ok(Entry {
                phone: phone.trim().trim_start_matches('"').to_string(),
                text: text.to_string(),
            })
        })
        .collect()
}

/// What the API documents for own message ids: 3 to 50 letters and digits.
pub fn valid_unique_id(u: &str) -> bool {
    (3..=50).contains(&u.len()) && u.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Exactly `YYYY-MM-DD HH:MM:SS`, the form the API documents for `date`.
fn is_api_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 19
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b' ',
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        })
}

fn round_cents(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::State;

    fn call(state: &mut State, action: &str, body: &str) -> Value {
        let ct = if body.starts_with('{') {
            "application/json"
        } else {
            "application/x-www-form-urlencoded"
        };
        let p = Params::parse(Some(ct), body.as_bytes()).unwrap();
        let mut world = World {
            state,
            now: "2026-03-02T10:00:00Z".parse().unwrap(),
        };
        handle(&mut world, action, &p).unwrap()
    }

    fn code(v: &Value) -> i64 {
        v["error"]["code"].as_i64().unwrap_or(0)
    }

    #[test]
    fn same_text_to_numbers_in_every_list_form() {
        for body in [
            r#"{"phone":["500600700","+48600700800"],"text":"Hi","details":true}"#,
            r#"{"phone":"500600700,600700800","text":"Hi","details":"1"}"#,
            "phone%5B0%5D=500600700&phone%5B1%5D=%2B48600700800&text=Hi&details=true",
            "phone[]=500600700&phone[]=600700800&text=Hi&details=1&",
        ] {
            let mut s = State::default();
            let v = call(&mut s, "messages/send_sms", body);
            assert_eq!(v["queued"], 2, "{body}: {v}");
            assert_eq!(v["items"][1]["phone"], "+48600700800");
            assert_eq!(v["items"][0]["status"], "queued");
            assert_eq!(s.messages.len(), 2);
            assert_eq!(s.messages[0].kind, "eco");
            assert_eq!(s.spent["eco"], 2.0);
        }
    }

    #[test]
    fn personalized_in_every_wire_form() {
        for body in [
            r#"{"messages":[{"phone":"500600700","text":"A"},{"phone":"600700800","text":"B: c"}],"details":true}"#,
            r#"{"messages":"500600700:A]|[600700800:B: c","details":true}"#,
            r#"{"messages":"500600700:A]|[600700800:B: c]|[","details":true}"#,
            r#"{"messages":"500600700:A]|[\"600700800:B: c","details":true}"#,
            r#"{"messages":"[{\"phone\":\"500600700\",\"text\":\"A\"},{\"phone\":\"600700800\",\"text\":\"B: c\"}]","details":true}"#,
            "messages[0][phone]=500600700&messages[0][text]=A&messages[1][phone]=600700800&messages[1][text]=B%3A+c&details=1",
        ] {
            let mut s = State::default();
            let v = call(&mut s, "messages/send_personalized", body);
            assert_eq!(v["queued"], 2, "{body}: {v}");
            assert_eq!(s.messages[1].text, "B: c", "{body}");
            assert_eq!(s.messages[1].phone, "+48600700800", "{body}");
        }
    }

    #[test]
    fn refusals_store_nothing() {
        let cases = [
            ("messages/send_sms", r#"{"text":"Hi"}"#, 3104),
            ("messages/send_sms", r#"{"phone":[],"text":"Hi"}"#, 3103),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"  "}"#,
                3101,
            ),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"Hi","sender":"Nobody"}"#,
                3106,
            ),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"Hi","sender":"Testowa"}"#,
                3106,
            ),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"Hi","date":"tomorrow"}"#,
                3108,
            ),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"Hi","date":"2020-01-01 10:00:00"}"#,
                3108,
            ),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"Hi","group_id":99}"#,
                1004,
            ),
            (
                "messages/send_sms",
                r#"{"phone":"500600700","text":"Hi","unique_id":"a-b"}"#,
                3200,
            ),
            (
                "messages/send_sms",
                r#"{"phone":["500600700","600700800"],"text":"Hi","unique_id":["abc","abc"]}"#,
                3201,
            ),
            (
                "messages/send_sms",
                r#"{"phone":["500600700","600700800"],"text":"Hi","unique_id":"abc"}"#,
                3202,
            ),
            (
                "messages/send_personalized",
                r#"{"messages":[{"phone":"500600700","text":"Hi"}],"uniqe_id":["ab"]}"#,
                3200,
            ),
            (
                "messages/send_personalized",
                r#"{"messages":"500600700 Hi"}"#,
                3105,
            ),
            ("messages/send_personalized", r#"{"messages":[]}"#, 3103),
            (
                "messages/send_sms",
                &format!(r#"{{"phone":"500600700","text":"{}"}}"#, "a".repeat(919)),
                3102,
            ),
        ];
        for (action, body, want) in cases {
            let mut s = State::default();
            let v = call(&mut s, action, body);
            assert_eq!(code(&v), want, "{body}: {v}");
            assert!(s.messages.is_empty() && s.spent.is_empty());
        }
        let many: Vec<String> = (0..100_001).map(|i| format!("+48500{i:06}")).collect();
        let body = json!({"phone": many, "text": "x"}).to_string();
        assert_eq!(
            code(&call(&mut State::default(), "messages/send_sms", &body)),
            3110
        );
    }

    #[test]
    fn unique_ids_are_stored_and_refused_when_seen_again() {
        let mut s = State::default();
        let v = call(
            &mut s,
            "messages/send_sms",
            r#"{"phone":["500600700","600700800"],"text":"Hi","unique_id":["abc1","abc2"]}"#,
        );
        assert_eq!(v["queued"], 2);
        assert_eq!(
            s.message_by_unique_id("abc2").unwrap().phone,
            "+48600700800"
        );
        let v = call(
            &mut s,
            "messages/send_sms",
            r#"{"phone":"700800900","text":"Hi","unique_id":"abc2"}"#,
        );
        assert_eq!(code(&v), 3111);
        assert_eq!(s.messages.len(), 2);
    }

    #[test]
    fn bad_and_blacklisted_numbers_are_unsent_items() {
        let mut s = State::default();
        s.record(Event::BlacklistAdded {
            phone: "+48600700800".into(),
            id: 1,
            at: 0,
        });
        let v = call(
            &mut s,
            "messages/send_sms",
            r#"{"phone":["500600700","600700800","12","500600700"],"text":"Hi","details":true}"#,
        );
        assert_eq!(
            (v["queued"].as_i64(), v["unsent"].as_i64()),
            (Some(1), Some(2))
        );
        let items = v["items"].as_array().unwrap();
        assert_eq!(items.len(), 3, "the duplicate is sent once");
        assert_eq!(items[1]["error_code"], 2206);
        assert_eq!(items[2]["error_code"], 2001);
        assert_eq!(items[2]["phone"], "12");
        assert!(items[0].get("error_code").is_none());
        assert_eq!(
            s.messages[1].unsent_reason.as_deref(),
            Some("number_is_blacklisted")
        );
        assert_eq!(s.spent["eco"], 1.0);
    }

    #[test]
    fn full_sender_utf_parts_and_test_mode() {
        let mut s = State::default();
        let text = "ą".repeat(71);
        let body = json!({"phone": "500600700", "text": text, "sender": "Sandbox", "utf": true, "details": true, "test": true});
        let v = call(&mut s, "messages/send_sms", &body.to_string());
        assert_eq!(v["items"][0]["parts"], 2);
        assert!(
            s.messages.is_empty() && s.spent.is_empty(),
            "test stores nothing"
        );
        let body = json!({"phone": "500600700", "text": text, "sender": "Sandbox", "utf": true});
        let v = call(&mut s, "messages/send_sms", &body.to_string());
        assert!(v.get("items").is_none(), "items only with details");
        assert_eq!(s.messages[0].kind, "full");
        assert_eq!(s.spent["full"], 2.0);
        // Without utf the same text counts as GSM-7 (sent with `?`): one part.
        let body = json!({"phone": "500600700", "text": text, "details": true});
        assert_eq!(
            call(&mut s, "messages/send_sms", &body.to_string())["items"][0]["parts"],
            1
        );
    }

    #[test]
    fn balance_runs_out() {
        let mut s = State::default();
        s.record(Event::Charged {
            kind: "full".into(),
            amount: 499.0,
        });
        let v = call(
            &mut s,
            "messages/send_sms",
            r#"{"phone":["500600700","600700800"],"text":"Hi","sender":"Sandbox"}"#,
        );
        assert_eq!(code(&v), 3002);
        let v = call(
            &mut s,
            "messages/send_sms",
            r#"{"phone":"500600700","text":"Hi","sender":"Sandbox"}"#,
        );
        assert_eq!(v["queued"], 1);
    }

    #[test]
    fn groups_contacts_and_schedules() {
        let mut s = State::default();
        let v = call(
            &mut s,
            "messages/send_sms",
            r#"{"group_id":"1","contact_id":[4],"text":"Hi","date":"2026-03-02 12:00:00"}"#,
        );
        assert_eq!(v["queued"], 4, "{v}");
        assert!(s.messages.iter().all(|m| m.send_at.is_some()));
        assert_eq!(
            s.messages[0].progress(s.messages[0].queued_at).status,
            "saved"
        );
    }
}

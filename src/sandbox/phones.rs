//! `phones/check` (HLR), `phones/lookup` (network membership and porting) and `phones/test`
//! (validation) in the sandbox. Answers follow the reference's examples (§2.2, §3.4); where the
//! reference leaves a gap, the choice is written here.
//!
//! # What a number answers (deterministic, by the normalized number)
//! * Network, by the first two digits of a Polish number: 50 51 → Orange (MCC-MNC 260-03);
//!   60 66 69 → Plus (260-01); 53 57 72 73 79 → Play (260-06); 45 78 88 → T-Mobile (260-02);
//!   any other Polish number → Orange. A foreign number answers `OK` with the network
//!   `Foreign network (sandbox)` and no `imsi`.
//! * Ending in `404`: `status` `ERR`, `description` `UNKNOWN_SUBSCRIBER` (the same numbers are
//!   `undelivered`/`wrong_number` in delivery reports, see `state`).
//! * Ending in `410`: `status` `ERR`, `description` `ABSENT_SUBSCRIBER_SM` (switched off; the
//!   same numbers' messages expire).
//! * Ending in `800`: ported, `network_ported` is the next network in the order
//!   Orange → Play → Plus → T-Mobile → Orange, and the `imsi` is that network's.
//! * Ending in `555`: a slow lookup. The first answer is `{"phone","id"}` (as in the reference);
//!   asking again with that `id` answers error 4105 (Waiting for reply) until
//!   [`SLOW_QUERY_SECS`] seconds have passed on the sandbox clock, then the result. An unknown
//!   id, or an id from the other action, is 4106 (Invalid ID).
//! * Everything else: `status` `OK`, not ported.
//!
//! # Shapes
//! * One number: the flat form `{"phone","status","imsi","network","ported","network_ported",
//!   "description"}`. Several numbers (`phone` as a list): `{"status":"done","process":100,
//!   "items":[…]}`, the reference's second form. A result fetched by `id` is always in that
//!   second form. If any of several numbers is slow, the whole query is slow and the first
//!   answer is `{"id"}` alone.
//! * `imsi`: from `phones/check`, a whole 15-digit IMSI (MCC-MNC followed by the last 10 digits
//!   of the number) for an `OK` answer and just the MCC-MNC for `ERR` (as in the reference's
//!   `ERR` example); from `phones/lookup`, always just the MCC-MNC. Always a JSON number.
//! * `phones/lookup` answers the same fields as `phones/check` without `description`.
//!
//! # Charging and errors
//! * Each number asked is charged one unit when asked (not when its result is fetched by id):
//!   `phones/check` from the `hlr` balance, `phones/lookup` from the `lookup` balance. When the
//!   balance cannot pay for every number asked, the answer is 4103 and nothing is charged (the
//!   API has no separate code for the lookup balance).
//! * No `phone` and no `id`: 2000. A number that is not a phone number (by the shared rules in
//!   `crate::phone`): 4101 (Invalid number), for the whole request, nothing charged.
//! * `phones/test` answers `{"correct": bool}`, free of charge: correct means the number
//!   normalizes and can receive SMS, i.e. it is foreign or has a Polish mobile prefix (45 50 51
//!   53 57 60 66 69 72 73 78 79 88); geographic, VoIP and other non-mobile Polish numbers are not
//!   correct. With several numbers, `correct` is true only if every one is.

use serde_json::{json, Map, Value};

use super::account;
use super::state::{Event, PhoneQuery};
use super::wire::{self, Params};
use super::World;
use crate::phone;

/// Seconds on the sandbox clock before a slow query's result is ready.
pub const SLOW_QUERY_SECS: i64 = 8;

/// Polish mobile prefixes (first two digits of the national number).
const MOBILE_PREFIXES: &[&str] = &[
    "45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88",
];

/// The sandbox's networks, in the order a ported number moves along.
const NETWORKS: &[(&str, i64)] = &[
    ("Orange (PTK Centertel Sp. z o.o.)", 26003),
    ("Play (P4 Sp. z o.o.)", 26006),
    ("Plus (Polkomtel S.A.)", 26001),
    ("T-Mobile (T-Mobile Polska S.A.)", 26002),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Check,
    Lookup,
}

impl Kind {
    fn action(self) -> &'static str {
        match self {
            Kind::Check => "phones/check",
            Kind::Lookup => "phones/lookup",
        }
    }

    fn balance(self) -> &'static str {
        match self {
            Kind::Check => "hlr",
            Kind::Lookup => "lookup",
        }
    }
}

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    match action {
        "phones/check" => Some(query(world, Kind::Check, p)),
        "phones/lookup" => Some(query(world, Kind::Lookup, p)),
        "phones/test" => Some(test(p)),
        _ => None,
    }
}

fn query(world: &mut World, kind: Kind, p: &Params) -> Value {
    if let Some(id) = p.text("id") {
        return fetch(world, kind, id.trim());
    }
    let asked = p.list("phone");
    if asked.is_empty() {
        return wire::error(2000);
    }
    let mut phones = Vec::with_capacity(asked.len());
    for a in &asked {
        match phone::normalize(a) {
            Ok(n) => phones.push(n),
            Err(_) => return wire::error(4101),
        }
    }
    let cost = phones.len() as f64;
    if account::remaining(world, kind.balance()).unwrap_or(0.0) < cost {
        return wire::error(4103);
    }
    world.state.record(Event::Charged {
        kind: kind.balance().into(),
        amount: cost,
    });
    if phones.iter().any(|p| p.ends_with("555")) {
        let id = world.state.next_phone_query_id();
        let first = (phones.len() == 1).then(|| phones[0].clone());
        world.state.record(Event::PhoneQueried {
            query: PhoneQuery {
                id: id.clone(),
                action: kind.action().into(),
                phones,
                at: world.now_secs(),
            },
        });
        return match first {
            Some(phone) => json!({"phone": phone, "id": id}),
            None => json!({"id": id}),
        };
    }
    if phones.len() == 1 {
        return result(kind, &phones[0]);
    }
    done(kind, &phones)
}

fn fetch(world: &World, kind: Kind, id: &str) -> Value {
    let Some(q) = world.state.phone_queries.get(id) else {
        return wire::error(4106);
    };
    if q.action != kind.action() {
        return wire::error(4106);
    }
    if world.now_secs() < q.at + SLOW_QUERY_SECS {
        return wire::error(4105);
    }
    done(kind, &q.phones)
}

fn done(kind: Kind, phones: &[String]) -> Value {
    json!({
        "status": "done",
        "process": 100,
        "items": phones.iter().map(|p| result(kind, p)).collect::<Vec<_>>(),
    })
}

/// The answer for one normalized number, by the rules in the module docs.
fn result(kind: Kind, phone: &str) -> Value {
    let (status, description) = if phone.ends_with("404") {
        ("ERR", Some("UNKNOWN_SUBSCRIBER"))
    } else if phone.ends_with("410") {
        ("ERR", Some("ABSENT_SUBSCRIBER_SM"))
    } else {
        ("OK", None)
    };
    let mut out = Map::new();
    out.insert("phone".into(), json!(phone));
    out.insert("status".into(), json!(status));
    match network_index(phone) {
        Some(home) => {
            let ported = phone.ends_with("800");
            let now = if ported {
                (home + 1) % NETWORKS.len()
            } else {
                home
            };
            let mcc_mnc = NETWORKS[now].1;
            let imsi = if kind == Kind::Check && status == "OK" {
                json!(mcc_mnc * 10_000_000_000 + last_ten_digits(phone))
            } else {
                json!(mcc_mnc)
            };
            out.insert("imsi".into(), imsi);
            out.insert("network".into(), json!(NETWORKS[home].0));
            out.insert("ported".into(), json!(ported));
            out.insert(
                "network_ported".into(),
                if ported {
                    json!(NETWORKS[now].0)
                } else {
                    Value::Null
                },
            );
        }
        None => {
            out.insert("imsi".into(), Value::Null);
            out.insert("network".into(), json!("Foreign network (sandbox)"));
            out.insert("ported".into(), json!(false));
            out.insert("network_ported".into(), Value::Null);
        }
    }
    if kind == Kind::Check {
        out.insert("description".into(), json!(description));
    }
    Value::Object(out)
}

/// Which of [`NETWORKS`] a Polish number belongs to; `None` for a foreign number.
fn network_index(phone: &str) -> Option<usize> {
    let national = phone.strip_prefix("+48")?;
    Some(match national.get(..2)? {
        "50" | "51" => 0,
        "53" | "57" | "72" | "73" | "79" => 1,
        "60" | "66" | "69" => 2,
        "45" | "78" | "88" => 3,
        _ => 0,
    })
}

fn last_ten_digits(phone: &str) -> i64 {
    let digits = phone.trim_start_matches('+');
    let tail = &digits[digits.len().saturating_sub(10)..];
    tail.parse().unwrap_or(0)
}

fn test(p: &Params) -> Value {
    let asked = p.list("phone");
    if asked.is_empty() {
        return wire::error(2000);
    }
    let correct = asked
        .iter()
        .all(|a| phone::normalize(a).is_ok_and(|n| receives_sms(&n)));
    json!({ "correct": correct })
}

/// Whether a normalized number can receive SMS: foreign, or a Polish mobile prefix. The rule of
/// `phones/test`, and of what the sandbox's blacklist takes.
pub fn receives_sms(normalized: &str) -> bool {
    match normalized.strip_prefix("+48") {
        Some(national) => MOBILE_PREFIXES.iter().any(|p| national.starts_with(p)),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::State;

    fn world(state: &mut State, now: i64) -> World<'_> {
        World {
            state,
            now: jiff::Timestamp::from_second(now).unwrap(),
        }
    }

    fn params(v: Value) -> Params {
        Params(v.as_object().unwrap().clone())
    }

    #[test]
    fn a_plain_number_answers_at_once_and_is_charged() {
        let mut state = State::default();
        let mut w = world(&mut state, 1_000_000);
        let a = handle(
            &mut w,
            "phones/check",
            &params(json!({"phone": "500600700"})),
        )
        .unwrap();
        assert_eq!(
            a,
            json!({"phone": "+48500600700", "status": "OK", "imsi": 260038500600700i64,
                   "network": "Orange (PTK Centertel Sp. z o.o.)", "ported": false,
                   "network_ported": null, "description": null})
        );
        assert_eq!(state.spent.get("hlr"), Some(&1.0));
    }

    #[test]
    fn unreachable_ported_and_foreign_numbers() {
        let mut state = State::default();
        let mut w = world(&mut state, 0);
        let a = handle(
            &mut w,
            "phones/check",
            &params(json!({"phone": "+48600700410"})),
        )
        .unwrap();
        assert_eq!(
            (&a["status"], &a["description"], &a["imsi"]),
            (&json!("ERR"), &json!("ABSENT_SUBSCRIBER_SM"), &json!(26001))
        );
        let a = handle(
            &mut w,
            "phones/lookup",
            &params(json!({"phone": "600700800"})),
        )
        .unwrap();
        assert_eq!(a["ported"], true);
        assert_eq!(a["network"], "Plus (Polkomtel S.A.)");
        assert_eq!(a["network_ported"], "T-Mobile (T-Mobile Polska S.A.)");
        assert_eq!(a["imsi"], 26002);
        assert!(a.get("description").is_none());
        let a = handle(
            &mut w,
            "phones/check",
            &params(json!({"phone": "+420565478965"})),
        )
        .unwrap();
        assert_eq!((&a["status"], &a["imsi"]), (&json!("OK"), &Value::Null));
        assert_eq!(state.spent.get("hlr"), Some(&2.0));
        assert_eq!(state.spent.get("lookup"), Some(&1.0));
    }

    #[test]
    fn a_slow_number_answers_an_id_then_the_result() {
        let mut state = State::default();
        let mut w = world(&mut state, 100);
        let a = handle(
            &mut w,
            "phones/check",
            &params(json!({"phone": "500600555"})),
        )
        .unwrap();
        let id = a["id"].as_str().unwrap().to_string();
        assert_eq!(a, json!({"phone": "+48500600555", "id": id}));
        let by_id = params(json!({ "id": id }));
        let early = handle(&mut w, "phones/check", &by_id).unwrap();
        assert_eq!(early["error"]["code"], 4105);
        assert_eq!(
            handle(&mut w, "phones/lookup", &by_id).unwrap()["error"]["code"],
            4106
        );
        let mut w = world(&mut state, 100 + SLOW_QUERY_SECS);
        let late = handle(&mut w, "phones/check", &by_id).unwrap();
        assert_eq!(late["status"], "done");
        assert_eq!(late["items"][0]["phone"], "+48500600555");
        assert_eq!(late["items"][0]["status"], "OK");
        // Charged once, when asked.
        assert_eq!(state.spent.get("hlr"), Some(&1.0));
        let mut w = world(&mut state, 0);
        let unknown = handle(&mut w, "phones/check", &params(json!({"id": "0000000000"})));
        assert_eq!(unknown.unwrap()["error"]["code"], 4106);
    }

    #[test]
    fn several_numbers_use_the_items_form() {
        let mut state = State::default();
        let mut w = world(&mut state, 0);
        let a = handle(
            &mut w,
            "phones/check",
            &params(json!({"phone": ["500600700", "+48600700800"]})),
        )
        .unwrap();
        assert_eq!((&a["status"], &a["process"]), (&json!("done"), &json!(100)));
        assert_eq!(a["items"].as_array().unwrap().len(), 2);
        let slow = handle(
            &mut w,
            "phones/check",
            &params(json!({"phone": "500600700,500600555"})),
        )
        .unwrap();
        assert!(slow.get("phone").is_none() && slow["id"].is_string());
        assert_eq!(state.spent.get("hlr"), Some(&4.0));
    }

    #[test]
    fn errors_charge_nothing() {
        let mut state = State::default();
        let mut w = world(&mut state, 0);
        let e = |v: Option<Value>| v.unwrap()["error"]["code"].clone();
        assert_eq!(e(handle(&mut w, "phones/check", &params(json!({})))), 2000);
        assert_eq!(
            e(handle(
                &mut w,
                "phones/check",
                &params(json!({"phone": ["500600700", "12"]}))
            )),
            4101
        );
        assert!(state.spent.is_empty());
        state.record(Event::Charged {
            kind: "hlr".into(),
            amount: 69.5,
        });
        let mut w = world(&mut state, 0);
        assert_eq!(
            e(handle(
                &mut w,
                "phones/check",
                &params(json!({"phone": "500600700"}))
            )),
            4103
        );
        assert_eq!(state.spent.get("hlr"), Some(&69.5));
    }

    #[test]
    fn validation() {
        let t = |phone: Value| test(&params(json!({ "phone": phone })))["correct"].clone();
        assert_eq!(t(json!("500600700")), true);
        assert_eq!(t(json!("+420565478965")), true);
        assert_eq!(t(json!("221234567")), false);
        assert_eq!(t(json!("50060070")), false);
        assert_eq!(t(json!(["500600700", "221234567"])), false);
        assert_eq!(test(&params(json!({})))["error"]["code"], 2000);
    }
}

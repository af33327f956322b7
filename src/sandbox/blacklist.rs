//! `blacklist/add`, `blacklist/index`, `blacklist/check` and `blacklist/delete` in the sandbox,
//! over the blacklist in `state` (which sends consult through `State::is_blacklisted`, so a
//! listed number is refused as `unsent`, reason `number_is_blacklisted`).
//!
//! # Choices where the reference is silent
//! * Numbers are stored normalized by the shared rules in `crate::phone` (`500600700` and
//!   `+48 500 600 700` are the same entry). A `phone` that is not a phone number is 2001; no
//!   `phone` is 2000 (for `index`, where it is an optional filter, no `phone` lists all).
//! * Each of `add`, `check` and `delete` takes one number; several (a list) is 2001, so that a
//!   request is never half carried out.
//! * `add` takes only numbers that can receive SMS, by the rule of `phones/test` (foreign, or a
//!   Polish mobile prefix): a geographic, VoIP or other non-mobile Polish number such as
//!   `+48221234567` is 2001 (Invalid phone number) and is not listed. Whether the real server
//!   refuses such numbers is unknown; the rule exists so that a per-number refusal with the
//!   documented code can be tried. `check` and `delete` take any number (such a number is simply
//!   not listed: `false`, 4602).
//! * `add` answers `{"success":true,"id":N}`; ids start at 12354 (the documentation's example)
//!   and are never reused. A listed number is 4601. `delete` of a number not listed is 4602.
//! * `index` lists entries oldest first as `{phone, added}`, `added` in the API's date form, and
//!   always carries `paging` `{page, count}` (`count` is the number of pages, at least 1). `page`
//!   is 1-based, 0 is taken as 1; `limit` defaults to 20 and is capped at 1000. The `phone`
//!   filter matches the normalized number exactly.

use serde_json::{json, Value};

use super::phones;
use super::state::Event;
use super::wire::{self, Params};
use super::World;
use crate::phone;

const DEFAULT_LIMIT: i64 = 20;
const MAX_LIMIT: i64 = 1000;

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    Some(match action {
        "blacklist/add" => add(world, p),
        "blacklist/index" => index(world, p),
        "blacklist/check" => match one_number(p) {
            Ok(phone) => json!({"exists": world.state.is_blacklisted(&phone)}),
            Err(e) => e,
        },
        "blacklist/delete" => delete(world, p),
        _ => return None,
    })
}

/// The one normalized number of a request, or the error answer.
fn one_number(p: &Params) -> Result<String, Value> {
    let asked = p.list("phone");
    match asked.as_slice() {
        [] => Err(wire::error(2000)),
        [one] => phone::normalize(one).map_err(|_| wire::error(2001)),
        _ => Err(wire::error(2001)),
    }
}

fn add(world: &mut World, p: &Params) -> Value {
    let phone = match one_number(p) {
        Ok(phone) => phone,
        Err(e) => return e,
    };
    if !phones::receives_sms(&phone) {
        return wire::error(2001);
    }
    if world.state.is_blacklisted(&phone) {
        return wire::error(4601);
    }
    let id = world.state.next_blacklist_id();
    let at = world.now_secs();
    world.state.record(Event::BlacklistAdded { phone, id, at });
    json!({"success": true, "id": id})
}

fn delete(world: &mut World, p: &Params) -> Value {
    let phone = match one_number(p) {
        Ok(phone) => phone,
        Err(e) => return e,
    };
    if !world.state.is_blacklisted(&phone) {
        return wire::error(4602);
    }
    world.state.record(Event::BlacklistRemoved { phone });
    json!({"success": true})
}

fn index(world: &World, p: &Params) -> Value {
    let filter = if p.has("phone") {
        match one_number(p) {
            Ok(phone) => Some(phone),
            Err(e) => return e,
        }
    } else {
        None
    };
    let mut entries: Vec<(&String, i64, i64)> = world
        .state
        .blacklist
        .iter()
        .filter(|(phone, _)| filter.as_ref().is_none_or(|f| f == *phone))
        .map(|(phone, &(id, at))| (phone, id, at))
        .collect();
    entries.sort_by_key(|&(_, id, at)| (at, id));
    let limit = p
        .int("limit")
        .filter(|l| *l > 0)
        .unwrap_or(DEFAULT_LIMIT)
        .min(MAX_LIMIT);
    let page = p.int("page").unwrap_or(1).max(1);
    let count = (entries.len() as i64 + limit - 1) / limit;
    let items: Vec<Value> = entries
        .iter()
        .skip(((page - 1).saturating_mul(limit)) as usize)
        .take(limit as usize)
        .map(|(phone, _, at)| json!({"phone": phone, "added": World::api_time(*at)}))
        .collect();
    json!({"paging": {"page": page, "count": count.max(1)}, "items": items})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::State;

    fn call(state: &mut State, now: i64, action: &str, p: Value) -> Value {
        let mut w = World {
            state,
            now: jiff::Timestamp::from_second(now).unwrap(),
        };
        handle(&mut w, action, &Params(p.as_object().unwrap().clone())).unwrap()
    }

    #[test]
    fn add_check_delete() {
        let mut s = State::default();
        let t = 1_700_000_000;
        assert_eq!(
            call(&mut s, t, "blacklist/add", json!({"phone": "500 600 700"})),
            json!({"success": true, "id": 12354})
        );
        assert!(s.is_blacklisted("+48500600700"));
        let again = call(&mut s, t, "blacklist/add", json!({"phone": "+48500600700"}));
        assert_eq!(again["error"]["code"], 4601);
        assert_eq!(
            call(
                &mut s,
                t,
                "blacklist/check",
                json!({"phone": "48500600700"})
            ),
            json!({"exists": true})
        );
        assert_eq!(
            call(&mut s, t, "blacklist/delete", json!({"phone": "500600700"})),
            json!({"success": true})
        );
        assert_eq!(
            call(&mut s, t, "blacklist/check", json!({"phone": "500600700"})),
            json!({"exists": false})
        );
        let gone = call(&mut s, t, "blacklist/delete", json!({"phone": "500600700"}));
        assert_eq!(gone["error"]["code"], 4602);
        // Ids are not reused.
        let re = call(&mut s, t, "blacklist/add", json!({"phone": "500600700"}));
        assert_eq!(re["id"], 12355);
    }

    #[test]
    fn bad_numbers() {
        let mut s = State::default();
        for action in ["blacklist/add", "blacklist/check", "blacklist/delete"] {
            let code = |s: &mut State, p: Value| call(s, 0, action, p)["error"]["code"].clone();
            assert_eq!(code(&mut s, json!({})), 2000, "{action}");
            assert_eq!(code(&mut s, json!({"phone": "5006"})), 2001, "{action}");
            assert_eq!(
                code(&mut s, json!({"phone": ["500600700", "600700800"]})),
                2001,
                "{action}"
            );
        }
        let landline = call(&mut s, 0, "blacklist/add", json!({"phone": "22 123 45 67"}));
        assert_eq!(landline["error"]["code"], 2001);
        let foreign = call(
            &mut s,
            0,
            "blacklist/add",
            json!({"phone": "+4915112345678"}),
        );
        assert_eq!(foreign["success"], true);
        s.blacklist.clear();
        assert!(s.blacklist.is_empty());
        let bad_filter = call(&mut s, 0, "blacklist/index", json!({"phone": "x"}));
        assert_eq!(bad_filter["error"]["code"], 2001);
    }

    #[test]
    fn index_pages_oldest_first() {
        let mut s = State::default();
        for i in 0..45 {
            call(
                &mut s,
                1_700_000_000 + i,
                "blacklist/add",
                json!({ "phone": format!("5006007{i:02}") }),
            );
        }
        let first = call(&mut s, 0, "blacklist/index", json!({}));
        assert_eq!(first["paging"], json!({"page": 1, "count": 3}));
        assert_eq!(first["items"].as_array().unwrap().len(), 20);
        assert_eq!(first["items"][0]["phone"], "+48500600700");
        assert_eq!(first["items"][0]["added"], "2023-11-14 23:13:20");
        let last = call(
            &mut s,
            0,
            "blacklist/index",
            json!({"page": 3, "limit": "20"}),
        );
        assert_eq!(last["items"].as_array().unwrap().len(), 5);
        assert_eq!(last["items"][4]["phone"], "+48500600744");
        let zero = call(
            &mut s,
            0,
            "blacklist/index",
            json!({"page": 0, "limit": 50}),
        );
        assert_eq!(zero["paging"], json!({"page": 1, "count": 1}));
        assert_eq!(zero["items"].as_array().unwrap().len(), 45);
        let beyond = call(&mut s, 0, "blacklist/index", json!({"page": 9}));
        assert!(beyond["items"].as_array().unwrap().is_empty());
        let one = call(&mut s, 0, "blacklist/index", json!({"phone": "500600710"}));
        assert_eq!(one["items"].as_array().unwrap().len(), 1);
        let empty = call(&mut State::default(), 0, "blacklist/index", json!({}));
        assert_eq!(
            empty,
            json!({"paging": {"page": 1, "count": 1}, "items": []})
        );
    }
}

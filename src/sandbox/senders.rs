//! `senders/index` and `senders/add` in the sandbox. Which names exist and when an added name
//! becomes authorized is the rule in `state` ([`State::sender_list`], [`PREDEFINED_SENDERS`]);
//! this module answers the two actions over it.
//!
//! # Choices where the reference is silent
//! * `senders/index` without `predefined` lists the account's own names (those added with
//!   `senders/add`), oldest first; with `predefined` set it lists only the system's predefined
//!   names ([`PREDEFINED_SENDERS`]). Both can be used in sends once authorized.
//! * `sort=name` sorts by name, ignoring case; `order=desc` reverses (the order of addition
//!   when there is no `sort`). Any other `sort` value is ignored.
//! * `type=ndi` or `type=mms` lists nothing: the sandbox account has no NDI or MMS sender
//!   numbers. Any other `type` is ignored.
//! * There is no paging (the reference documents none for this action).
//! * `senders/add`: no `name` is 2000. An all-digit name that is not 4 or 9 digits long is 4401
//!   (Can not add the number as the sender's name); any other name that breaks the rule in
//!   `crate::sender_name` is 4402 (Incorrect sender's name). A name that already exists, among
//!   the predefined ones or the account's, compared ignoring case, is 4400. Otherwise it is
//!   stored as `pending_authorization` with `agreement` `required` (numeric senders:
//!   `not_required`) and the answer is `{"success":true}`.
//!
//! [`State::sender_list`]: super::state::State::sender_list
//! [`PREDEFINED_SENDERS`]: super::state::PREDEFINED_SENDERS

use serde_json::{json, Value};

use super::state::{Event, Sender, PREDEFINED_SENDERS};
use super::wire::{self, Params};
use super::World;
use crate::sender_name::{self, Problem};

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    match action {
        "senders/index" => Some(index(world, p)),
        "senders/add" => Some(add(world, p)),
        _ => None,
    }
}

fn index(world: &World, p: &Params) -> Value {
    let mut all = world.state.sender_list(world.now_secs());
    // `sender_list` puts the predefined names first.
    let own = all.split_off(PREDEFINED_SENDERS.len().min(all.len()));
    let mut list = if p.flag("predefined") { all } else { own };
    if matches!(p.text("type").as_deref(), Some("ndi" | "mms")) {
        list.clear();
    }
    if p.text("sort").as_deref() == Some("name") {
        list.sort_by_key(|s| s.name.to_lowercase());
    }
    if p.text("order")
        .is_some_and(|o| o.eq_ignore_ascii_case("desc"))
    {
        list.reverse();
    }
    let items: Vec<Value> = list
        .into_iter()
        .map(|s| json!({"name": s.name, "agreement": s.agreement, "status": s.status}))
        .collect();
    json!({ "items": items })
}

fn add(world: &mut World, p: &Params) -> Value {
    let Some(name) = p.text("name") else {
        return wire::error(2000);
    };
    match sender_name::check(&name) {
        Ok(()) => {}
        Err(Problem::NumericLength(_)) => return wire::error(4401),
        Err(_) => return wire::error(4402),
    }
    let now = world.now_secs();
    let exists = world
        .state
        .sender_list(now)
        .iter()
        .any(|s| s.name.eq_ignore_ascii_case(&name));
    if exists {
        return wire::error(4400);
    }
    let numeric = name.bytes().all(|b| b.is_ascii_digit());
    world.state.record(Event::SenderAdded {
        sender: Sender {
            name,
            agreement: if numeric { "not_required" } else { "required" }.into(),
            status: "pending_authorization".into(),
            added_at: now,
        },
    });
    json!({"success": true})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::{State, SENDER_AUTHORIZED_AFTER_SECS};

    fn call(state: &mut State, now: i64, action: &str, p: Value) -> Value {
        let mut w = World {
            state,
            now: jiff::Timestamp::from_second(now).unwrap(),
        };
        handle(&mut w, action, &Params(p.as_object().unwrap().clone())).unwrap()
    }

    fn names(v: &Value) -> Vec<&str> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn own_and_predefined_lists() {
        let mut s = State::default();
        assert!(names(&call(&mut s, 0, "senders/index", json!({}))).is_empty());
        let pre = call(&mut s, 0, "senders/index", json!({"predefined": "1"}));
        assert_eq!(names(&pre), ["SerwerSMS", "Sandbox", "2waySMS", "Testowa"]);
        assert_eq!(
            call(&mut s, 0, "senders/add", json!({"name": "Zeta"})),
            json!({"success": true})
        );
        call(&mut s, 0, "senders/add", json!({"name": "alfa"}));
        call(&mut s, 0, "senders/add", json!({"name": "500600700"}));
        let own = call(&mut s, 10, "senders/index", json!({}));
        assert_eq!(names(&own), ["Zeta", "alfa", "500600700"]);
        assert_eq!(own["items"][0]["status"], "pending_authorization");
        assert_eq!(own["items"][0]["agreement"], "required");
        assert_eq!(own["items"][2]["agreement"], "not_required");
        let sorted = call(
            &mut s,
            10,
            "senders/index",
            json!({"sort": "name", "order": "desc"}),
        );
        assert_eq!(names(&sorted), ["Zeta", "alfa", "500600700"]);
        let asc = call(&mut s, 10, "senders/index", json!({"sort": "name"}));
        assert_eq!(names(&asc), ["500600700", "alfa", "Zeta"]);
        let later = call(
            &mut s,
            SENDER_AUTHORIZED_AFTER_SECS,
            "senders/index",
            json!({}),
        );
        assert_eq!(later["items"][0]["status"], "authorized");
        let ndi = call(&mut s, 10, "senders/index", json!({"type": "ndi"}));
        assert!(names(&ndi).is_empty());
    }

    #[test]
    fn add_errors() {
        let mut s = State::default();
        let code = |s: &mut State, name: Value| {
            call(s, 0, "senders/add", json!({ "name": name }))["error"]["code"].clone()
        };
        assert_eq!(code(&mut s, Value::Null), 2000);
        assert_eq!(code(&mut s, json!("12345")), 4401);
        assert_eq!(code(&mut s, json!("Firma.pl")), 4402);
        assert_eq!(code(&mut s, json!("ABCDEFGHIJKL")), 4402);
        assert_eq!(code(&mut s, json!("serwersms")), 4400);
        call(&mut s, 0, "senders/add", json!({"name": "Firma"}));
        assert_eq!(code(&mut s, json!("FIRMA")), 4400);
        assert_eq!(s.senders.len(), 1);
    }
}

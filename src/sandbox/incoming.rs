//! Incoming messages in the sandbox: `messages/recived` (the documented, misspelled path) and
//! `messages/received` (the spelling of the 2026 Symfony bundle) to list them, and
//! `messages/send_nd` / `messages/send_ndi` to simulate one arriving. Tests can also store
//! incoming messages directly (`POST /__sandbox/inbound`, see [`super::seed`]).
//!
//! # Replies to ECO messages (a rule tests can rely on)
//! An ECO message to a number ending in [`ECO_REPLY_SUFFIX`] (`77`) gets one reply from that
//! number [`ECO_REPLY_AFTER_SECS`] (10) seconds, on the sandbox clock, after it was delivered
//! (that is 15 s after it was queued or became due, see [`super::state`]). The reply is type
//! `eco`, carries the message's id as `message_id`, and its text is `Re: ` and the first 40
//! characters of the message. It is stored (`Event::Received`) lazily, when incoming messages
//! are next listed, with the time it was due as its date; a message that already has an
//! incoming message pointing at it gets no second one.
//!
//! # Choices where the real server's behaviour is unknown
//! * **Both paths** are served with the same filters. Items from `messages/recived` carry the
//!   date as `recived` (the documented field); items from `messages/received` carry it as
//!   `received` (the Symfony bundle's field). Neither carries both, so a client must read
//!   either.
//! * **Filters**: `type` (`eco`, `nd`, `ndi`, `mms`, `pre`, `2way`; blank or `all` for every
//!   type; anything else is 1006), `ndi` (the number an NDI or MMS message was sent to),
//!   `phone` (the sender; a list), `date_from`/`date_to` over the time received, inclusive.
//!   Paging and order as in [`super::reports`] (`asc` by default, by time received).
//! * **`read=true`** lists only messages not yet marked read and marks the ones on the
//!   returned page as read (`Event::MarkedRead`): "not returned again" applies to later
//!   requests with `read=true`. A request without `read` lists read and unread alike.
//! * **Items**: `id` (integer), `type`, `phone`, the date, `message_id` (ECO replies only),
//!   `blacklist` (whether the sender is on the account's blacklist), `text`; NDI and MMS
//!   messages add `to_number`; MMS adds `title` and `attachments`
//!   `[{"id","name","content_type","data"}]` with `data` in base64. `show_contact=true` adds
//!   `"contact": null` (the sandbox has no address book).
//! * **`send_nd`** (`phone`, `text`) and **`send_ndi`** (`phone`, `text`, `ndi_number`) store an
//!   incoming `nd`/`ndi` message from `phone`, received now, and answer `{"success":true}`. A
//!   missing parameter is 2000; a `phone` or `ndi_number` that is not a number is 2001.

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::reports::{date_param, order, phones, Answer, Window};
use super::state::{Event, Inbound};
use super::wire::{self, Params};
use super::World;

/// ECO messages to numbers ending in this get a reply.
pub const ECO_REPLY_SUFFIX: &str = "77";
/// Seconds after delivery at which that reply arrives.
pub const ECO_REPLY_AFTER_SECS: i64 = 10;

const TYPES: &[&str] = &["eco", "nd", "ndi", "mms", "pre", "2way"];

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    let answer = match action {
        "messages/recived" => list(world, p, "recived"),
        "messages/received" => list(world, p, "received"),
        "messages/send_nd" => simulate(world, p, "nd"),
        "messages/send_ndi" => simulate(world, p, "ndi"),
        _ => return None,
    };
    Some(answer.unwrap_or_else(|error| error))
}

/// Store the ECO replies that are due by now and not stored yet (see the module docs).
pub fn materialize_eco_replies(world: &mut World) {
    let now = world.now_secs();
    let answered: HashSet<&str> = world
        .state
        .inbound
        .iter()
        .filter_map(|m| m.message_id.as_deref())
        .collect();
    let mut due: Vec<(i64, String, String, String)> = world
        .state
        .messages
        .iter()
        .filter(|m| m.kind == "eco" && m.phone.ends_with(ECO_REPLY_SUFFIX))
        .filter(|m| !answered.contains(m.id.as_str()))
        .filter_map(|m| {
            let delivered = m.progress(now).delivered_at?;
            let at = delivered + ECO_REPLY_AFTER_SECS;
            let text: String = m.text.chars().take(40).collect();
            (at <= now).then(|| (at, m.id.clone(), m.phone.clone(), format!("Re: {text}")))
        })
        .collect();
    due.sort();
    for (at, message_id, phone, text) in due {
        let id = world.state.next_inbound_id();
        world.state.record(Event::Received {
            message: Inbound {
                id,
                kind: "eco".into(),
                phone,
                received_at: at,
                text,
                message_id: Some(message_id),
                to_number: None,
                title: None,
                attachments: Vec::new(),
                read: false,
            },
        });
    }
}

fn list(world: &mut World, p: &Params, date_field: &str) -> Answer {
    let kind = match p.text("type").map(|t| t.trim().to_ascii_lowercase()) {
        None => None,
        Some(t) if t.is_empty() || t == "all" => None,
        Some(t) if TYPES.contains(&t.as_str()) => Some(t),
        Some(_) => return Err(wire::error(1006)),
    };
    let ndi = match p.text("ndi") {
        None => None,
        Some(n) => Some(crate::phone::normalize(&n).map_err(|_| wire::error(2001))?),
    };
    let senders = phones(p, "phone")?;
    let from = date_param(p, "date_from")?;
    let to = date_param(p, "date_to")?;
    let descending = order(p)?;
    let window = Window::of(p);
    let mark_read = p.flag("read");
    let show_contact = p.flag("show_contact");

    materialize_eco_replies(world);
    let state = &*world.state;
    let mut matched: Vec<usize> = (0..state.inbound.len())
        .filter(|&i| {
            let m = &state.inbound[i];
            kind.as_deref().is_none_or(|k| m.kind == k)
                && ndi
                    .as_deref()
                    .is_none_or(|n| m.to_number.as_deref() == Some(n))
                && (senders.is_empty() || senders.contains(&m.phone))
                && from.is_none_or(|f| m.received_at >= f)
                && to.is_none_or(|t| m.received_at <= t)
                && !(mark_read && m.read)
        })
        .collect();
    matched.sort_by_key(|&i| (state.inbound[i].received_at, state.inbound[i].id));
    if descending {
        matched.reverse();
    }
    let (skip, take) = window.range(matched.len());
    let page: Vec<usize> = matched[skip..].iter().take(take).copied().collect();
    let items: Vec<Value> = page
        .iter()
        .map(|&i| {
            let m = &state.inbound[i];
            let mut item = incoming_item(m, date_field, state.is_blacklisted(&m.phone));
            if show_contact {
                item.insert("contact".into(), Value::Null);
            }
            Value::Object(item)
        })
        .collect();
    let paging = window.paging(matched.len());
    if mark_read && !page.is_empty() {
        let ids = page.iter().map(|&i| state.inbound[i].id).collect();
        world.state.record(Event::MarkedRead { ids });
    }
    Ok(json!({"paging": paging, "items": items}))
}

fn incoming_item(m: &Inbound, date_field: &str, blacklisted: bool) -> Map<String, Value> {
    let mut item = Map::new();
    item.insert("id".into(), json!(m.id));
    item.insert("type".into(), json!(m.kind));
    item.insert("phone".into(), json!(m.phone));
    item.insert(date_field.into(), json!(World::api_time(m.received_at)));
    if let Some(id) = &m.message_id {
        item.insert("message_id".into(), json!(id));
    }
    item.insert("blacklist".into(), json!(blacklisted));
    item.insert("text".into(), json!(m.text));
    if m.kind == "ndi" || m.kind == "mms" {
        item.insert("to_number".into(), json!(m.to_number));
    }
    if m.kind == "mms" {
        item.insert("title".into(), json!(m.title));
        item.insert("attachments".into(), json!(m.attachments));
    }
    item
}

fn simulate(world: &mut World, p: &Params, kind: &str) -> Answer {
    let (Some(phone), Some(text)) = (p.text("phone"), p.text("text")) else {
        return Err(wire::error(2000));
    };
    let phone = crate::phone::normalize(&phone).map_err(|_| wire::error(2001))?;
    let to_number = if kind == "ndi" {
        let Some(n) = p.text("ndi_number") else {
            return Err(wire::error(2000));
        };
        Some(crate::phone::normalize(&n).map_err(|_| wire::error(2001))?)
    } else {
        None
    };
    let id = world.state.next_inbound_id();
    let received_at = world.now_secs();
    world.state.record(Event::Received {
        message: Inbound {
            id,
            kind: kind.into(),
            phone,
            received_at,
            text,
            message_id: None,
            to_number,
            title: None,
            attachments: Vec::new(),
            read: false,
        },
    });
    Ok(json!({"success": true}))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::State;

    fn ask(state: &mut State, now: i64, action: &str, p: Value) -> Value {
        let mut world = World {
            state,
            now: jiff::Timestamp::from_second(now).unwrap(),
        };
        let Value::Object(m) = p else { unreachable!() };
        handle(&mut world, action, &Params(m)).unwrap()
    }

    #[test]
    fn eco_messages_to_77_get_a_reply_ten_seconds_after_delivery() {
        let mut state = State::default();
        let body = json!([
            {"phone": "+48500600777", "text": "Will you come?"},
            {"phone": "+48500600700"},
            {"phone": "+48500600177", "sender": "Sandbox"}
        ]);
        let ids =
            crate::sandbox::seed::messages(&mut state, 1000, body.to_string().as_bytes()).unwrap();
        // Delivered at 1005, reply due at 1015.
        let early = ask(&mut state, 1014, "messages/recived", json!({}));
        assert_eq!(early["items"], json!([]));
        let v = ask(&mut state, 1015, "messages/recived", json!({}));
        let items = v["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{v}");
        assert_eq!(items[0]["message_id"], json!(ids[0]));
        assert_eq!(items[0]["text"], "Re: Will you come?");
        assert_eq!(items[0]["phone"], "+48500600777");
        assert!(items[0]["recived"].is_string());
        // Listed again, it is not stored twice; the other spelling names the date `received`.
        let v = ask(&mut state, 2000, "messages/received", json!({}));
        assert_eq!(v["items"].as_array().unwrap().len(), 1);
        assert!(v["items"][0]["received"].is_string());
        assert!(v["items"][0].get("recived").is_none());
    }

    #[test]
    fn read_marks_and_hides() {
        let mut state = State::default();
        for n in 0..3 {
            ask(
                &mut state,
                100 + n,
                "messages/send_nd",
                json!({"phone": "500600700", "text": format!("t{n}")}),
            );
        }
        let v = ask(
            &mut state,
            200,
            "messages/recived",
            json!({"read": true, "limit": 2}),
        );
        assert_eq!(v["items"].as_array().unwrap().len(), 2);
        let v = ask(&mut state, 200, "messages/recived", json!({"read": "1"}));
        assert_eq!(v["items"].as_array().unwrap().len(), 1);
        assert_eq!(v["items"][0]["text"], "t2");
        let v = ask(&mut state, 200, "messages/recived", json!({}));
        assert_eq!(v["items"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn filters_and_errors() {
        let mut state = State::default();
        ask(
            &mut state,
            100,
            "messages/send_ndi",
            json!({"phone": "600700800", "text": "a", "ndi_number": "+48500111222"}),
        );
        ask(
            &mut state,
            100,
            "messages/send_nd",
            json!({"phone": "600700801", "text": "b"}),
        );
        let v = ask(&mut state, 200, "messages/recived", json!({"type": "ndi"}));
        assert_eq!(v["items"][0]["to_number"], "+48500111222");
        assert_eq!(v["items"].as_array().unwrap().len(), 1);
        let v = ask(
            &mut state,
            200,
            "messages/recived",
            json!({"ndi": "500111222"}),
        );
        assert_eq!(v["items"].as_array().unwrap().len(), 1);
        let v = ask(
            &mut state,
            200,
            "messages/recived",
            json!({"phone": ["600700801"]}),
        );
        assert_eq!(v["items"][0]["type"], "nd");
        let v = ask(&mut state, 200, "messages/recived", json!({"type": "sms"}));
        assert_eq!(v["error"]["code"], 1006);
        let v = ask(&mut state, 200, "messages/send_nd", json!({"phone": "1"}));
        assert_eq!(v["error"]["code"], 2000);
        let v = ask(
            &mut state,
            200,
            "messages/send_nd",
            json!({"phone": "1", "text": "x"}),
        );
        assert_eq!(v["error"]["code"], 2001);
    }
}

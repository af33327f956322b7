//! `messages/reports`, `messages/view` and `messages/delete` in the sandbox: delivery reports of
//! the stored outgoing messages (their status follows the clock, see [`super::state`]), one
//! message, and cancelling scheduled ones. Paging, ordering and date parameters shared with
//! `messages/recived` live here too ([`Window`], [`order`], [`date_param`]).
//!
//! # Choices where the real server's behaviour is unknown
//! * **Selection.** `id` and `unique_id` select messages (their union; an unknown one is simply
//!   not listed); every other filter narrows further (`phone`, `date_from`/`date_to` over the
//!   time queued, inclusive, `status`, `type`, `stat_id`). Without `id`/`unique_id` every stored
//!   message is a candidate.
//! * **More than 500 ids** (or more than 500 unique ids) in one request: error 1004
//!   (`InvalidID`, "Invalid parameter ID"), nothing listed. The documentation states the limit
//!   but not the error; 1004 is the code about the `id` parameter.
//! * **`status` filter** values are the documented `delivered|undelivered|pending|sent|unsent|
//!   in_progress|saved`; `pending` means not yet final and not scheduled (`in_progress` or
//!   `sent`). An unknown `status`, `type` or `order` value, or a date that is not
//!   `YYYY-MM-DD[ HH:MM[:SS]]`, is error 1006 (`InvalidData`). A phone that is not a number is
//!   2001.
//! * **Paging**: `page` counts from 1 (`0` and negative numbers are taken as 1, as the
//!   WordPress plugin's first request expects); `limit` defaults to [`DEFAULT_LIMIT`] and is
//!   capped at [`MAX_LIMIT`]. The answer always carries `"paging":{"page":P,"count":N}` with
//!   N = the number of pages (0 when nothing matches); a page past the end has no items.
//! * **Order**: by the time queued, `asc` (oldest first) by default, the order the WordPress
//!   plugin relies on when it fetches `page = paging.count` to show the newest.
//! * **Report items** carry `id, phone, status, queued, sent, delivered, sender, type, text,
//!   flash, utf, parts, cost, reason`; `sent`, `delivered` and `reason` are `null` until they
//!   apply. `method`, `mnc`, `country` and `network` are left out: their values are not known.
//!   The sandbox has no address book, so `show_contact=true` adds `"contact": null`.
//! * **`messages/view`** takes `id` (or `unique_id`) and answers the documented fields `id,
//!   phone, status, queued, sent, delivered, sender, type, text, reason`; an unknown message is
//!   1004, neither parameter is 2000.
//! * **`messages/delete`** deletes only messages that are still scheduled (`saved`); every other
//!   id, known or not, counts as failed. The answer is `{"success":S,"correct":n,"failed":m}`
//!   with `success` true only when something was deleted (the official PHP tests expect
//!   `success == false` for an already-sent message). A deleted message disappears from reports
//!   and frees its `unique_id`. Its charge is not refunded (the real rule is unknown).

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::state::{Event, Message};
use super::wire::{self, Params};
use super::World;

/// The most ids (or unique ids) one `messages/reports` request may carry.
pub const MAX_IDS: usize = 500;
/// Items per page when the request names no `limit`.
pub const DEFAULT_LIMIT: i64 = 50;
/// The largest `limit` honoured; more is taken as this.
pub const MAX_LIMIT: i64 = 1000;

const STATUS_FILTERS: &[&str] = &[
    "delivered",
    "undelivered",
    "pending",
    "sent",
    "unsent",
    "in_progress",
    "saved",
];
const MESSAGE_TYPES: &[&str] = &["eco", "full", "mms", "voice"];

/// An answer, or the API error object that replaces it.
pub type Answer = Result<Value, Value>;

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    let answer = match action {
        "messages/reports" => reports(world, p),
        "messages/view" => view(world, p),
        "messages/delete" => delete(world, p),
        _ => return None,
    };
    Some(answer.unwrap_or_else(|error| error))
}

/// Which slice of a list a request asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub page: i64,
    pub limit: i64,
}

impl Window {
    pub fn of(p: &Params) -> Window {
        let page = p.int("page").unwrap_or(1).max(1);
        let limit = match p.int("limit") {
            Some(l) if l >= 1 => l.min(MAX_LIMIT),
            _ => DEFAULT_LIMIT,
        };
        Window { page, limit }
    }

    /// The items of this page out of `total` ordered ones: (skip, take).
    pub fn range(&self, total: usize) -> (usize, usize) {
        let skip = ((self.page - 1) as u64).saturating_mul(self.limit as u64);
        (skip.min(total as u64) as usize, self.limit as usize)
    }

    /// The `paging` object: this page and the number of pages.
    pub fn paging(&self, total: usize) -> Value {
        let count = (total as i64 + self.limit - 1) / self.limit;
        json!({"page": self.page, "count": count})
    }
}

/// Whether the request asks for newest first (`order=desc`); `asc` is the default.
pub fn order(p: &Params) -> Result<bool, Value> {
    match p.text("order").map(|o| o.to_ascii_lowercase()).as_deref() {
        None | Some("asc") => Ok(false),
        Some("desc") => Ok(true),
        Some(_) => Err(wire::error(1006)),
    }
}

/// A date parameter as Unix seconds: `YYYY-MM-DD HH:MM:SS` (Warsaw time; minutes-only and
/// date-only forms are accepted too). Absent is `None`; anything else is error 1006.
pub fn date_param(p: &Params, key: &str) -> Result<Option<i64>, Value> {
    let Some(text) = p.text(key) else {
        return Ok(None);
    };
    if let Some(ts) = crate::warsaw_time::parse_api(&text) {
        return Ok(Some(ts.as_second()));
    }
    let date: jiff::civil::Date = text.trim().parse().map_err(|_| wire::error(1006))?;
    let zoned = date
        .to_datetime(jiff::civil::Time::midnight())
        .to_zoned(crate::warsaw_time::zone())
        .map_err(|_| wire::error(1006))?;
    Ok(Some(zoned.timestamp().as_second()))
}

/// Every number in a list parameter, normalized; a non-number is error 2001.
pub fn phones(p: &Params, key: &str) -> Result<Vec<String>, Value> {
    p.list(key)
        .iter()
        .map(|n| crate::phone::normalize(n).map_err(|_| wire::error(2001)))
        .collect()
}

/// A text parameter that must be one of `allowed` (case-insensitive); absent is `None`.
fn one_of(p: &Params, key: &str, allowed: &[&str]) -> Result<Option<String>, Value> {
    match p.text(key).map(|v| v.trim().to_ascii_lowercase()) {
        None => Ok(None),
        Some(v) if v.is_empty() => Ok(None),
        Some(v) if allowed.contains(&v.as_str()) => Ok(Some(v)),
        Some(_) => Err(wire::error(1006)),
    }
}

/// An optional integer parameter; present but not a number is error 1006.
fn int_param(p: &Params, key: &str) -> Result<Option<i64>, Value> {
    match (p.text(key), p.int(key)) {
        (None, _) => Ok(None),
        (Some(_), Some(n)) => Ok(Some(n)),
        (Some(_), None) => Err(wire::error(1006)),
    }
}

fn reports(world: &mut World, p: &Params) -> Answer {
    let ids = p.list("id");
    let unique_ids = p.list("unique_id");
    if ids.len() > MAX_IDS || unique_ids.len() > MAX_IDS {
        return Err(wire::error(1004));
    }
    let phones = phones(p, "phone")?;
    let from = date_param(p, "date_from")?;
    let to = date_param(p, "date_to")?;
    let status = one_of(p, "status", STATUS_FILTERS)?;
    let kind = one_of(p, "type", MESSAGE_TYPES)?;
    let stat_id = int_param(p, "stat_id")?;
    let descending = order(p)?;
    let window = Window::of(p);
    let show_contact = p.flag("show_contact");
    let now = world.now_secs();
    let state = &*world.state;

    let candidates: Vec<usize> = if ids.is_empty() && unique_ids.is_empty() {
        (0..state.messages.len()).collect()
    } else {
        let by_id = ids.iter().filter_map(|id| state.by_id.get(id));
        let by_unique = unique_ids.iter().filter_map(|u| state.by_unique_id.get(u));
        by_id
            .chain(by_unique)
            .copied()
            .collect::<BTreeSet<usize>>()
            .into_iter()
            .collect()
    };
    let wanted = |m: &Message| {
        (phones.is_empty() || phones.contains(&m.phone))
            && from.is_none_or(|f| m.queued_at >= f)
            && to.is_none_or(|t| m.queued_at <= t)
            && kind.as_deref().is_none_or(|k| m.kind == k)
            && stat_id.is_none_or(|s| m.stat_id as i64 == s)
            && status
                .as_deref()
                .is_none_or(|s| status_matches(m.progress(now).status, s))
    };
    let mut matched: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| wanted(&state.messages[i]))
        .collect();
    // Stable: messages queued in the same second keep the order they were stored in.
    matched.sort_by_key(|&i| state.messages[i].queued_at);
    if descending {
        matched.reverse();
    }
    let (skip, take) = window.range(matched.len());
    let items: Vec<Value> = matched[skip..]
        .iter()
        .take(take)
        .map(|&i| {
            let mut item = report_item(&state.messages[i], now);
            if show_contact {
                item.insert("contact".into(), Value::Null);
            }
            Value::Object(item)
        })
        .collect();
    Ok(json!({"paging": window.paging(matched.len()), "items": items}))
}

fn status_matches(status: &str, filter: &str) -> bool {
    match filter {
        "pending" => matches!(status, "in_progress" | "sent"),
        other => status == other,
    }
}

/// One report as `messages/reports` lists it.
pub fn report_item(m: &Message, now: i64) -> Map<String, Value> {
    let progress = m.progress(now);
    let mut item = Map::new();
    item.insert("id".into(), json!(m.id));
    item.insert("phone".into(), json!(m.phone));
    item.insert("status".into(), json!(progress.status));
    item.insert("queued".into(), json!(World::api_time(m.queued_at)));
    item.insert("sent".into(), json!(progress.sent_at.map(World::api_time)));
    item.insert(
        "delivered".into(),
        json!(progress.delivered_at.map(World::api_time)),
    );
    item.insert("sender".into(), json!(m.sender));
    item.insert("type".into(), json!(m.kind));
    item.insert("text".into(), json!(m.text));
    item.insert("flash".into(), json!(m.flash));
    item.insert("utf".into(), json!(m.utf));
    item.insert("parts".into(), json!(m.parts));
    item.insert("cost".into(), json!((m.cost * 10_000.0).round() / 10_000.0));
    item.insert("reason".into(), json!(progress.reason));
    item
}

fn view(world: &mut World, p: &Params) -> Answer {
    let message = match (p.text("id"), p.text("unique_id")) {
        (None, None) => return Err(wire::error(2000)),
        (Some(id), _) => world.state.message(id.trim()),
        (None, Some(u)) => world.state.message_by_unique_id(u.trim()),
    };
    let Some(m) = message else {
        return Err(wire::error(1004));
    };
    let full = report_item(m, world.now_secs());
    let mut item = Map::new();
    for key in [
        "id",
        "phone",
        "status",
        "queued",
        "sent",
        "delivered",
        "sender",
        "type",
        "text",
        "reason",
    ] {
        item.insert(key.into(), full.get(key).cloned().unwrap_or(Value::Null));
    }
    if p.flag("show_contact") {
        item.insert("contact".into(), Value::Null);
    }
    Ok(Value::Object(item))
}

fn delete(world: &mut World, p: &Params) -> Answer {
    let ids = p.list("id");
    let unique_ids = p.list("unique_id");
    if ids.is_empty() && unique_ids.is_empty() {
        return Err(wire::error(2000));
    }
    let now = world.now_secs();
    let state = &*world.state;
    let mut doomed: Vec<String> = Vec::new();
    let mut failed = 0u64;
    let targets = ids
        .iter()
        .map(|id| state.message(id))
        .chain(unique_ids.iter().map(|u| state.message_by_unique_id(u)));
    for target in targets {
        match target {
            Some(m) if m.is_scheduled(now) => {
                // The same message named twice (by id and unique_id) is deleted once.
                if !doomed.contains(&m.id) {
                    doomed.push(m.id.clone());
                }
            }
            _ => failed += 1,
        }
    }
    let correct = doomed.len();
    if !doomed.is_empty() {
        world.state.record(Event::Deleted { ids: doomed });
    }
    Ok(json!({"success": correct > 0, "correct": correct, "failed": failed}))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::State;

    fn params(v: Value) -> Params {
        match v {
            Value::Object(m) => Params(m),
            _ => unreachable!(),
        }
    }

    fn world_with(state: &mut State, phones: &[&str]) -> Vec<String> {
        let body = Value::Array(phones.iter().map(|p| json!({"phone": p})).collect());
        crate::sandbox::seed::messages(state, 1_000_000, body.to_string().as_bytes()).unwrap()
    }

    fn ask(state: &mut State, now: i64, action: &str, p: Value) -> Value {
        let mut world = World {
            state,
            now: jiff::Timestamp::from_second(now).unwrap(),
        };
        handle(&mut world, action, &params(p)).unwrap()
    }

    #[test]
    fn paging_counts_pages_and_tolerates_page_zero() {
        let mut state = State::default();
        world_with(&mut state, &["+48500600701"; 5]);
        let first = ask(
            &mut state,
            1_000_000,
            "messages/reports",
            json!({"limit": 2, "page": 0}),
        );
        assert_eq!(first["paging"], json!({"page": 1, "count": 3}));
        assert_eq!(first["items"].as_array().unwrap().len(), 2);
        let last = ask(
            &mut state,
            1_000_000,
            "messages/reports",
            json!({"limit": 2, "page": "3"}),
        );
        assert_eq!(last["items"].as_array().unwrap().len(), 1);
        let past = ask(
            &mut state,
            1_000_000,
            "messages/reports",
            json!({"limit": 2, "page": 9}),
        );
        assert_eq!(past["items"], json!([]));
        let none = ask(
            &mut state,
            1_000_000,
            "messages/reports",
            json!({"phone": "+48600700800"}),
        );
        assert_eq!(none["paging"], json!({"page": 1, "count": 0}));
    }

    #[test]
    fn too_many_ids_is_1004() {
        let mut state = State::default();
        let ids: Vec<String> = (0..501).map(|i| format!("{i:010x}")).collect();
        let v = ask(&mut state, 0, "messages/reports", json!({ "id": ids }));
        assert_eq!(v["error"]["code"], 1004);
        let ids: Vec<String> = (0..500).map(|i| format!("{i:010x}")).collect();
        let v = ask(&mut state, 0, "messages/reports", json!({ "id": ids }));
        assert_eq!(v["items"], json!([]));
    }

    #[test]
    fn filters_combine() {
        let mut state = State::default();
        let ids = world_with(
            &mut state,
            &["+48500600404", "+48500600700", "+48500600000"],
        );
        let later = 1_000_000 + 60;
        let undelivered = ask(
            &mut state,
            later,
            "messages/reports",
            json!({"status": "undelivered"}),
        );
        assert_eq!(undelivered["items"][0]["reason"], "wrong_number");
        assert_eq!(undelivered["items"].as_array().unwrap().len(), 1);
        let pending = ask(
            &mut state,
            later,
            "messages/reports",
            json!({"status": "pending"}),
        );
        assert_eq!(pending["items"][0]["phone"], "+48500600000");
        let by_id_and_phone = ask(
            &mut state,
            later,
            "messages/reports",
            json!({"id": ids.join(","), "phone": "500600700"}),
        );
        assert_eq!(by_id_and_phone["items"][0]["id"], json!(ids[1]));
        assert_eq!(by_id_and_phone["items"].as_array().unwrap().len(), 1);
        let bad = ask(
            &mut state,
            later,
            "messages/reports",
            json!({"status": "x"}),
        );
        assert_eq!(bad["error"]["code"], 1006);
        let bad = ask(
            &mut state,
            later,
            "messages/reports",
            json!({"phone": "12"}),
        );
        assert_eq!(bad["error"]["code"], 2001);
    }

    #[test]
    fn delete_only_scheduled_and_frees_the_unique_id() {
        let mut state = State::default();
        let body = json!([
            {"phone": "+48500600700", "unique_id": "later1", "send_at_offset_secs": 3600},
            {"phone": "+48500600701"}
        ]);
        let ids =
            crate::sandbox::seed::messages(&mut state, 1_000_000, body.to_string().as_bytes())
                .unwrap();
        let v = ask(
            &mut state,
            1_000_010,
            "messages/delete",
            json!({"id": [ids[1].clone()], "unique_id": "later1"}),
        );
        assert_eq!(v, json!({"success": true, "correct": 1, "failed": 1}));
        assert!(state.message_by_unique_id("later1").is_none());
        let v = ask(
            &mut state,
            1_000_010,
            "messages/delete",
            json!({"id": ids[1].clone()}),
        );
        assert_eq!(v, json!({"success": false, "correct": 0, "failed": 1}));
    }
}

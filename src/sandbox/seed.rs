//! Filling the sandbox's world directly, for tests and benchmarks: `POST /__sandbox/messages`
//! and `POST /__sandbox/inbound` with a JSON array of objects (or `{"count": N, ...template}`
//! for N copies with numbered phones). Every field has a default, so `[{"phone":"+48500600700"}]`
//! is a whole message queued now.

use serde::Deserialize;
use serde_json::Value;

use super::state::{Attachment, Event, Inbound, Message, State};

#[derive(Deserialize, Default)]
#[serde(default)]
struct MessageSeed {
    id: Option<String>,
    unique_id: Option<String>,
    phone: Option<String>,
    text: Option<String>,
    sender: Option<String>,
    kind: Option<String>,
    parts: Option<u32>,
    /// Seconds relative to now (negative: in the past).
    queued_offset_secs: i64,
    /// Seconds relative to now, for scheduled messages.
    send_at_offset_secs: Option<i64>,
    unsent_reason: Option<String>,
    count: Option<u64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InboundSeed {
    kind: Option<String>,
    phone: Option<String>,
    text: Option<String>,
    message_id: Option<String>,
    to_number: Option<String>,
    title: Option<String>,
    attachments: Vec<Attachment>,
    received_offset_secs: i64,
}

fn list<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<Vec<T>, String> {
    match serde_json::from_slice::<Value>(body).map_err(|e| format!("invalid JSON: {e}"))? {
        Value::Array(items) => items
            .into_iter()
            .map(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
            .collect(),
        single @ Value::Object(_) => Ok(vec![
            serde_json::from_value(single).map_err(|e| e.to_string())?
        ]),
        _ => Err("expected a JSON array or object".into()),
    }
}

/// Store outgoing messages as one batch; returns their ids.
pub fn messages(state: &mut State, now: i64, body: &[u8]) -> Result<Vec<String>, String> {
    let seeds: Vec<MessageSeed> = list(body)?;
    let stat_id = state.next_stat_id();
    let mut out = Vec::new();
    for seed in seeds {
        let copies = seed.count.unwrap_or(1);
        for n in 0..copies {
            let phone = match (&seed.phone, seed.count) {
                (Some(p), None) => p.clone(),
                (Some(p), Some(_)) => format!("{p}{n}"),
                (None, _) => format!("+48500{:06}", n % 1_000_000),
            };
            let id = match &seed.id {
                Some(id) if copies == 1 => id.clone(),
                _ => state.next_message_id(),
            };
            out.push(Message {
                id,
                unique_id: seed.unique_id.clone().filter(|_| copies == 1),
                stat_id,
                phone,
                text: seed
                    .text
                    .clone()
                    .unwrap_or_else(|| "Sandbox message".into()),
                sender: seed.sender.clone(),
                kind: seed
                    .kind
                    .clone()
                    .unwrap_or_else(|| if seed.sender.is_some() { "full" } else { "eco" }.into()),
                flash: false,
                utf: false,
                speed: false,
                parts: seed.parts.unwrap_or(1),
                queued_at: now + seed.queued_offset_secs,
                send_at: seed.send_at_offset_secs.map(|o| now + o),
                unsent_reason: seed.unsent_reason.clone(),
                cost: 0.0,
            });
        }
    }
    let ids = out.iter().map(|m| m.id.clone()).collect();
    state.record(Event::Queued { messages: out });
    Ok(ids)
}

/// Store incoming messages; returns their ids.
pub fn inbound(state: &mut State, now: i64, body: &[u8]) -> Result<Vec<i64>, String> {
    let seeds: Vec<InboundSeed> = list(body)?;
    let mut ids = Vec::new();
    for seed in seeds {
        let id = state.next_inbound_id();
        state.record(Event::Received {
            message: Inbound {
                id,
                kind: seed.kind.unwrap_or_else(|| "eco".into()),
                phone: seed.phone.unwrap_or_else(|| "+48500600700".into()),
                received_at: now + seed.received_offset_secs,
                text: seed.text.unwrap_or_else(|| "Sandbox reply".into()),
                message_id: seed.message_id,
                to_number: seed.to_number,
                title: seed.title,
                attachments: seed.attachments,
                read: false,
            },
        });
        ids.push(id);
    }
    Ok(ids)
}

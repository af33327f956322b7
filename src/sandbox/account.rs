//! `account/*` in the sandbox: balances that sends and lookups draw down, and contact details.

use serde_json::{json, Map, Value};

use super::wire::Params;
use super::World;

/// The starting balance of each type, in the order the real API lists them (eco first). `None`
/// is a type the account may not use (`not_available`).
pub const BALANCES: &[(&str, &str, Option<f64>)] = &[
    ("eco", "918/6", Some(1000.0)),
    ("full", "918/6", Some(500.0)),
    ("voice", "160/1", None),
    ("mms", "40/1", Some(10.0)),
    ("lookup", "nd", Some(20.0)),
    ("hlr", "nd", Some(70.0)),
];

/// What is left of a balance type; `None` when the type is not available.
pub fn remaining(world: &World, kind: &str) -> Option<f64> {
    let (_, _, start) = BALANCES.iter().find(|(k, _, _)| *k == kind)?;
    let spent = world.state.spent.get(kind).copied().unwrap_or(0.0);
    start.map(|s| (s - spent).max(0.0))
}

pub fn handle(world: &mut World, action: &str, p: &Params) -> Option<Value> {
    match action {
        "account/limits" => Some(limits(world, p)),
        "account/help" => Some(json!({
            "telephone": "+48 58 760 11 11",
            "email": "sandbox@serwersms.invalid",
            "form": "https://sandbox.invalid/contact",
            "faq": "https://sandbox.invalid/faq",
            "account_maintainer": {
                "name": "Sandbox Maintainer",
                "email": "maintainer@serwersms.invalid",
                "telephone": "+48 500 600 700",
                "photo": "https://sandbox.invalid/photo.png"
            }
        })),
        _ => None,
    }
}

fn limits(world: &World, p: &Params) -> Value {
    let items: Vec<Value> = BALANCES
        .iter()
        .map(|(kind, chars, _)| {
            let value = match remaining(world, kind) {
                Some(v) if v.fract() == 0.0 => format!("{}", v as i64),
                Some(v) => format!("{v:.2}"),
                None => "not_available".to_string(),
            };
            json!({"type": kind, "chars_limit": chars, "value": value})
        })
        .collect();
    let mut out = Map::new();
    if p.flag("show_type") {
        out.insert("account".into(), json!({"type": "prepaid"}));
    }
    out.insert("items".into(), Value::Array(items));
    Value::Object(out)
}

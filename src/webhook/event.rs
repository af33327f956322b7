//! One push turned into an event: its kind, the fields recognized among its parameters
//! (normalized), and every raw parameter. Pure: no I/O.
//!
//! # Which parameter stands for which field
//! Names compare without regard to case. A name configured in the `[webhook]` table of the
//! config file wins over the built-in names below; the first parameter found for a field wins.
//!
//! | field | built-in names |
//! |---|---|
//! | `message_id` | `smsid` `sms_id` `idsms` `id_sms` `id` `message_id` `msgid` `msg_id` |
//! | `status` | `stan` `status` `state` `dlr_status` |
//! | `reason` | `przyczyna` `reason` `error` `error_code` |
//! | `date` | `data` `date` `datetime` `time` `timestamp` `recived` `received` |
//! | `from` | `numerod` `numer_od` `z_numeru` `from` `sender` `nadawca` `od` |
//! | `to` | `numerdo` `numer_do` `na_numer` `to` `to_number` `recipient` `odbiorca` `ndi` `do` |
//! | `phone` | `numer` `phone` `number` `msisdn` `telefon` |
//! | `text` | `wiadomosc` `tresc` `text` `message` `msg` `sms` `body` `content` |
//! | `type` | `typ` `type` |
//! | `limit` | `limit` |
//!
//! `phone` is "the other party's number", as in the API (the recipient in `messages/reports`,
//! the sender in `messages/recived`): it becomes `to` for a DLR and `from` otherwise. The names
//! `webhook urls` generates and the legacy Magento module's (`smsid`/`stan`/`data`,
//! `numer`/`wiadomosc`/`data`) are all in the table.
//!
//! # Normalization
//! * Values are trimmed; an empty value, or one that is still a `#PLACEHOLDER#` (the gateway
//!   did not substitute it), counts as absent; the names of the latter are listed in
//!   `unsubstituted`, so a user can see which placeholders their account does not know.
//! * `from`, `to`: a valid phone number becomes `+48500600700` (the Premium example sends
//!   `48500600700`; a `+` sent unencoded arrives as a space); anything else (a short code such
//!   as `71200`) stays as sent.
//! * `reason`: a numeric DLR error code (the list the SQL API publishes, reference §2.1) becomes
//!   the API's reason name, with the number kept in `reason_code`.
//!
//! # Kind
//! The path decides (`…/dlr`, `…/reply`, `…/premium`); on the bare prefix it is inferred: a
//! status or reason means `dlr`, a limit `premium`, a text `reply`, anything else `unknown`.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::phone;

/// What a push is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Dlr,
    Reply,
    Premium,
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Dlr, Kind::Reply, Kind::Premium];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Dlr => "dlr",
            Kind::Reply => "reply",
            Kind::Premium => "premium",
            Kind::Unknown => "unknown",
        }
    }

    /// The kind a path segment names (`dlr`, `reply`, `premium`).
    pub fn from_segment(segment: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(segment))
    }
}

/// The normalized fields, in the order they are printed.
pub const FIELDS: &[&str] = &[
    "message_id",
    "status",
    "reason",
    "reason_code",
    "date",
    "from",
    "to",
    "text",
    "type",
    "limit",
];

/// The fields a `[webhook]` table may map names to: [`FIELDS`] (less the derived `reason_code`)
/// and `phone`.
pub const MAPPABLE: &[&str] = &[
    "message_id",
    "status",
    "reason",
    "date",
    "from",
    "to",
    "phone",
    "text",
    "type",
    "limit",
];

const BUILTIN: &[(&str, &[&str])] = &[
    (
        "message_id",
        &[
            "smsid",
            "sms_id",
            "idsms",
            "id_sms",
            "id",
            "message_id",
            "msgid",
            "msg_id",
        ],
    ),
    ("status", &["stan", "status", "state", "dlr_status"]),
    ("reason", &["przyczyna", "reason", "error", "error_code"]),
    (
        "date",
        &[
            "data",
            "date",
            "datetime",
            "time",
            "timestamp",
            "recived",
            "received",
        ],
    ),
    (
        "from",
        &[
            "numerod", "numer_od", "z_numeru", "from", "sender", "nadawca", "od",
        ],
    ),
    (
        "to",
        &[
            "numerdo",
            "numer_do",
            "na_numer",
            "to",
            "to_number",
            "recipient",
            "odbiorca",
            "ndi",
            "do",
        ],
    ),
    ("phone", &["numer", "phone", "number", "msisdn", "telefon"]),
    (
        "text",
        &[
            "wiadomosc",
            "tresc",
            "text",
            "message",
            "msg",
            "sms",
            "body",
            "content",
        ],
    ),
    ("type", &["typ", "type"]),
    ("limit", &["limit"]),
];

/// Numeric DLR error codes and the API's reason names for them (reference §2.1).
const REASON_CODES: &[(&str, &str)] = &[
    ("2000", "message_expired"),
    ("2001", "wrong_number"),
    ("2002", "unsupported_number"),
    ("2003", "message_rejected"),
    ("2004", "operator_error"),
    ("2005", "missed_call"),
    ("2200", "wrong_number"),
    ("2201", "limit_exhausted"),
    ("2202", "lock_send"),
    ("2203", "wrong_message"),
    ("2204", "operator_error"),
    ("2205", "wrong_sender_name"),
    ("2206", "number_is_blacklisted"),
    ("2207", "sending_to_foreign_networks_is_locked"),
    ("2208", "no_permission_to_send_messages"),
];

/// Parameter names configured for fields (the `[webhook]` table), consulted before the
/// built-in names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping {
    /// (lowercase name, field)
    configured: Vec<(String, &'static str)>,
}

impl Mapping {
    /// Read a `[webhook]` table: `field = "name"` or `field = ["name", …]`.
    pub fn from_config(value: &toml::Value) -> Result<Mapping, String> {
        let table = value
            .as_table()
            .ok_or("`webhook` must be a table: [webhook] with field = [\"name\", …] lines")?;
        let mut configured = Vec::new();
        for (key, names) in table {
            let field = MAPPABLE
                .iter()
                .find(|f| **f == key.as_str())
                .ok_or_else(|| {
                    format!(
                        "unknown key `webhook.{key}`; known keys: {}",
                        MAPPABLE.join(", ")
                    )
                })?;
            let list: Vec<&str> = match names {
                toml::Value::String(s) => vec![s.as_str()],
                toml::Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str())
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| format!("`webhook.{key}` must list names in quotes"))?,
                _ => {
                    return Err(format!(
                    "`webhook.{key}` must be a parameter name or a list of them, e.g. [\"smsid\"]"
                ))
                }
            };
            for name in list {
                let name = name.trim();
                if name.is_empty() {
                    return Err(format!("`webhook.{key}` has an empty name"));
                }
                configured.push((name.to_ascii_lowercase(), *field));
            }
        }
        Ok(Mapping { configured })
    }

    /// The field a parameter name stands for.
    pub fn field_for(&self, name: &str) -> Option<&'static str> {
        let name = name.trim().to_ascii_lowercase();
        if let Some((_, f)) = self.configured.iter().find(|(n, _)| *n == name) {
            return Some(f);
        }
        BUILTIN
            .iter()
            .find(|(_, names)| names.contains(&name.as_str()))
            .map(|(f, _)| *f)
    }
}

/// One push, recognized.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub kind: Kind,
    /// Normalized fields, in [`FIELDS`] order; only those found.
    pub fields: Map<String, Value>,
    /// Parameters whose value is an unsubstituted `#PLACEHOLDER#`.
    pub unsubstituted: Vec<String>,
    /// Every parameter as received (a repeated name becomes an array).
    pub params: Map<String, Value>,
}

impl Event {
    /// A field's value as text.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).and_then(Value::as_str)
    }
}

/// Whether a value is a `#PLACEHOLDER#` the gateway left as it was.
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    v.len() > 2
        && v.starts_with('#')
        && v.ends_with('#')
        && v[1..v.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Recognize the parameters of one push. `path_kind` is the kind named by the request path, if
/// any.
pub fn recognize(path_kind: Option<Kind>, params: &[(String, Value)], mapping: &Mapping) -> Event {
    let mut found: Vec<(&'static str, String)> = Vec::new();
    let mut unsubstituted = Vec::new();
    // Every value per name, in order; a name sent once keeps its value, a repeated one a list.
    // (An index, not a scan: a 64 KiB body can hold tens of thousands of parameters.)
    let mut grouped: Vec<(&String, Vec<Value>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (name, value) in params {
        match index.get(name.as_str()) {
            Some(&i) => grouped[i].1.push(value.clone()),
            None => {
                index.insert(name, grouped.len());
                grouped.push((name, vec![value.clone()]));
            }
        }
    }
    let raw: Map<String, Value> = grouped
        .into_iter()
        .map(|(name, mut values)| {
            let value = if values.len() == 1 {
                values.pop().unwrap_or(Value::Null)
            } else {
                Value::Array(values)
            };
            (name.clone(), value)
        })
        .collect();
    for (name, value) in params {
        let Some(text) = scalar(value) else { continue };
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        if is_placeholder(text) {
            unsubstituted.push(name.clone());
            continue;
        }
        if let Some(field) = mapping.field_for(name) {
            if !found.iter().any(|(f, _)| *f == field) {
                found.push((field, text.to_string()));
            }
        }
    }
    let has = |f: &str| found.iter().any(|(g, _)| *g == f);
    let kind = path_kind.unwrap_or(if has("status") || has("reason") {
        Kind::Dlr
    } else if has("limit") {
        Kind::Premium
    } else if has("text") {
        Kind::Reply
    } else {
        Kind::Unknown
    });
    // The other party's number: the recipient of a DLR, the sender of anything else.
    if let Some(i) = found.iter().position(|(f, _)| *f == "phone") {
        let (_, number) = found.remove(i);
        let field = if kind == Kind::Dlr { "to" } else { "from" };
        if !found.iter().any(|(f, _)| *f == field) {
            found.push((field, number));
        }
    }
    let mut fields = Map::new();
    for name in FIELDS {
        let Some((_, value)) = found.iter().find(|(f, _)| f == name) else {
            continue;
        };
        match *name {
            "from" | "to" => {
                let number = phone::normalize(value).unwrap_or_else(|_| value.clone());
                fields.insert(name.to_string(), Value::String(number));
            }
            "reason" => match REASON_CODES.iter().find(|(code, _)| code == value) {
                Some((code, reason)) => {
                    fields.insert("reason".into(), Value::String(reason.to_string()));
                    fields.insert("reason_code".into(), Value::String(code.to_string()));
                }
                None => {
                    fields.insert("reason".into(), Value::String(value.clone()));
                }
            },
            _ => {
                fields.insert(name.to_string(), Value::String(value.clone()));
            }
        }
    }
    Event {
        kind,
        fields,
        unsubstituted,
        params: raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, Value)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect()
    }

    #[test]
    fn generated_dlr_names() {
        let e = recognize(
            Some(Kind::Dlr),
            &params(&[
                ("smsid", "aca3944055"),
                ("stan", "delivered"),
                ("data", "2026-11-26 10:00:05"),
                ("przyczyna", ""),
            ]),
            &Mapping::default(),
        );
        assert_eq!(e.kind, Kind::Dlr);
        assert_eq!(e.field("message_id"), Some("aca3944055"));
        assert_eq!(e.field("status"), Some("delivered"));
        assert_eq!(e.field("date"), Some("2026-11-26 10:00:05"));
        assert_eq!(e.field("reason"), None);
        assert_eq!(e.params["przyczyna"], "");
    }

    #[test]
    fn kind_is_inferred_on_the_bare_prefix() {
        let m = Mapping::default();
        let dlr = recognize(None, &params(&[("smsid", "x"), ("stan", "2")]), &m);
        assert_eq!(dlr.kind, Kind::Dlr);
        // The Magento module's reply names.
        let reply = recognize(
            None,
            &params(&[
                ("numer", "48500600700"),
                ("wiadomosc", "Przyjadę"),
                ("data", "2014-10-21 11:18:03"),
            ]),
            &m,
        );
        assert_eq!(reply.kind, Kind::Reply);
        assert_eq!(reply.field("from"), Some("+48500600700"));
        assert_eq!(reply.field("text"), Some("Przyjadę"));
        // The documented Premium example.
        let premium = recognize(
            None,
            &params(&[
                ("z_numeru", "48500600700"),
                ("wiadomosc", "KOD 123"),
                ("na_numer", "71200"),
                ("data", "2026-11-26 10:00:00"),
                ("idsms", "12345"),
                ("limit", "1"),
            ]),
            &m,
        );
        assert_eq!(premium.kind, Kind::Premium);
        assert_eq!(premium.field("to"), Some("71200"));
        assert_eq!(premium.field("from"), Some("+48500600700"));
        assert_eq!(premium.field("message_id"), Some("12345"));
        assert_eq!(
            recognize(None, &params(&[("x", "1")]), &m).kind,
            Kind::Unknown
        );
    }

    #[test]
    fn the_other_party_depends_on_the_kind() {
        let m = Mapping::default();
        let dlr = recognize(Some(Kind::Dlr), &params(&[("phone", " 48500600700")]), &m);
        assert_eq!(dlr.field("to"), Some("+48500600700"));
        assert_eq!(dlr.field("from"), None);
        let reply = recognize(Some(Kind::Reply), &params(&[("phone", "500600700")]), &m);
        assert_eq!(reply.field("from"), Some("+48500600700"));
    }

    #[test]
    fn numeric_reasons_become_names() {
        let e = recognize(
            None,
            &params(&[("stan", "undelivered"), ("przyczyna", "2001")]),
            &Mapping::default(),
        );
        assert_eq!(e.field("reason"), Some("wrong_number"));
        assert_eq!(e.field("reason_code"), Some("2001"));
        let keys: Vec<&String> = e.fields.keys().collect();
        assert_eq!(keys, ["status", "reason", "reason_code"]);
    }

    #[test]
    fn unsubstituted_placeholders_are_listed_not_used() {
        let e = recognize(
            Some(Kind::Reply),
            &params(&[("numer", "48500600700"), ("typ", "#TYP#"), ("id", "#ID#")]),
            &Mapping::default(),
        );
        assert_eq!(e.unsubstituted, ["typ", "id"]);
        assert_eq!(e.field("type"), None);
        assert!(is_placeholder("#NUMER_DO2#"));
        assert!(!is_placeholder("#"));
        assert!(!is_placeholder("#hash tag#"));
    }

    #[test]
    fn configured_names_win() {
        let cfg: toml::Table = "message_id = [\"ref\", \"id2\"]\nstatus = \"smsid\"\n"
            .parse()
            .unwrap();
        let m = Mapping::from_config(&toml::Value::Table(cfg)).unwrap();
        let e = recognize(None, &params(&[("REF", "abc"), ("smsid", "DELIVRD")]), &m);
        assert_eq!(e.field("message_id"), Some("abc"));
        assert_eq!(e.field("status"), Some("DELIVRD"));
        assert_eq!(e.kind, Kind::Dlr);
    }

    #[test]
    fn bad_mappings_are_refused() {
        let bad = |text: &str| {
            let t: toml::Table = text.parse().unwrap();
            Mapping::from_config(&toml::Value::Table(t)).unwrap_err()
        };
        assert!(bad("msgid = \"x\"").contains("unknown key `webhook.msgid`"));
        assert!(bad("status = 5").contains("webhook.status"));
        assert!(bad("status = [1]").contains("in quotes"));
        assert!(bad("status = \" \"").contains("empty"));
        assert!(Mapping::from_config(&toml::Value::Integer(1)).is_err());
    }

    #[test]
    fn repeated_names_keep_every_value() {
        let e = recognize(
            None,
            &[
                ("tag".to_string(), json!("a")),
                ("tag".to_string(), json!("b")),
                ("tag".to_string(), json!("c")),
                ("list".to_string(), json!(["x", "y"])),
                ("list".to_string(), json!("z")),
            ],
            &Mapping::default(),
        );
        assert_eq!(e.params["tag"], json!(["a", "b", "c"]));
        assert_eq!(e.params["list"], json!([["x", "y"], "z"]));
    }
}

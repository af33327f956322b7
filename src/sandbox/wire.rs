//! Reading requests and writing answers the way the real API does, on the sandbox's own terms
//! (this module does not share code with the client's `api` module, so a misreading of the
//! protocol on one side shows up as a failing test on the other).
//!
//! Bodies are JSON objects or `application/x-www-form-urlencoded`, including PHP bracket keys
//! (`phone[]=…`, `phone[0]=…`, `messages[0][phone]=…`). List parameters are accepted as a JSON
//! array, a single value, a comma-separated string, or bracket keys; booleans as
//! `true/false`, `1/0`, `"1"/"0"`, `"true"/"false"`, with absent, `null` and `""` meaning false.

use serde_json::{json, Map, Value};

use super::errors;
use crate::xml_encode;

/// The response format, chosen by the path suffix only (no suffix means JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireFormat {
    Json,
    Xml,
}

/// Split `/messages/send_sms.xml` into (`messages/send_sms`, Xml).
pub fn route(path: &str) -> (String, WireFormat) {
    let path = path.trim_matches('/');
    if let Some(p) = path.strip_suffix(".xml") {
        (p.trim_end_matches('/').to_string(), WireFormat::Xml)
    } else if let Some(p) = path.strip_suffix(".json") {
        (p.trim_end_matches('/').to_string(), WireFormat::Json)
    } else {
        (path.to_string(), WireFormat::Json)
    }
}

/// The parameters of one request.
#[derive(Debug, Clone, Default)]
pub struct Params(pub Map<String, Value>);

impl Params {
    /// Parse a body by its Content-Type (sniffing when there is none).
    pub fn parse(content_type: Option<&str>, body: &[u8]) -> Result<Params, String> {
        let ct = content_type.unwrap_or("").to_ascii_lowercase();
        let text = std::str::from_utf8(body).map_err(|_| "the body is not UTF-8".to_string())?;
        let trimmed = text.trim();
        let json = ct.contains("json") || (!ct.contains("form") && trimmed.starts_with('{'));
        if trimmed.is_empty() {
            return Ok(Params::default());
        }
        if json {
            match serde_json::from_str::<Value>(trimmed) {
                Ok(Value::Object(map)) => Ok(Params(map)),
                Ok(_) => Err("the JSON body is not an object".into()),
                Err(e) => Err(format!("the JSON body is invalid: {e}")),
            }
        } else {
            Ok(Params(parse_form(trimmed)))
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.0.get(key).is_some_and(|v| !is_blank(v))
    }

    /// A scalar as text; absent, null and "" are None.
    pub fn text(&self, key: &str) -> Option<String> {
        match self.0.get(key)? {
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// A list parameter in any of its wire forms.
    pub fn list(&self, key: &str) -> Vec<String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(scalar)
                .filter(|s| !s.is_empty())
                .collect(),
            Some(Value::Object(map)) => map
                .values()
                .filter_map(scalar)
                .filter(|s| !s.is_empty())
                .collect(),
            Some(v) => scalar(v)
                .map(|s| {
                    s.split(',')
                        .map(|p| p.trim().to_string())
                        .filter(|p| !p.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    pub fn flag(&self, key: &str) -> bool {
        match self.0.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
            Some(Value::String(s)) => matches!(
                s.trim().to_ascii_lowercase().as_str(),
                "1" | "true" | "yes" | "on"
            ),
            _ => false,
        }
    }

    pub fn int(&self, key: &str) -> Option<i64> {
        match self.0.get(key)? {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// The parameters as logged: credentials removed.
    pub fn for_log(&self) -> Value {
        let mut m = self.0.clone();
        for k in ["username", "password"] {
            if m.contains_key(k) {
                m.insert(k.into(), Value::String("(removed)".into()));
            }
        }
        Value::Object(m)
    }
}

fn is_blank(v: &Value) -> bool {
    matches!(v, Value::Null) || matches!(v, Value::String(s) if s.is_empty())
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `a=1&phone[]=x&phone[]=y&messages[0][phone]=p` into nested values; objects whose keys are
/// all indexes become arrays.
fn parse_form(text: &str) -> Map<String, Value> {
    let mut root = Value::Object(Map::new());
    for (key, value) in form_urlencoded::parse(text.as_bytes()) {
        if key.is_empty() {
            continue;
        }
        let (head, rest) = match key.find('[') {
            Some(i) => (&key[..i], &key[i..]),
            None => (&key[..], ""),
        };
        let mut path = vec![head.to_string()];
        let mut r = rest;
        while let Some(stripped) = r.strip_prefix('[') {
            match stripped.find(']') {
                Some(end) => {
                    path.push(stripped[..end].to_string());
                    r = &stripped[end + 1..];
                }
                None => break,
            }
        }
        insert(&mut root, &path, Value::String(value.into_owned()));
    }
    match arrays(root) {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn insert(node: &mut Value, path: &[String], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let Value::Object(map) = node else { return };
    let key = if first.is_empty() {
        // `name[]`: the next free index.
        map.len().to_string()
    } else {
        first.clone()
    };
    if rest.is_empty() {
        map.insert(key, value);
        return;
    }
    let child = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
    if !child.is_object() {
        *child = Value::Object(Map::new());
    }
    insert(child, rest, value);
}

fn arrays(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let indexed = !map.is_empty() && map.keys().all(|k| k.parse::<usize>().is_ok());
            if indexed {
                let mut items: Vec<(usize, Value)> = map
                    .into_iter()
                    .map(|(k, v)| (k.parse().unwrap_or(0), arrays(v)))
                    .collect();
                items.sort_by_key(|(i, _)| *i);
                Value::Array(items.into_iter().map(|(_, v)| v).collect())
            } else {
                Value::Object(map.into_iter().map(|(k, v)| (k, arrays(v))).collect())
            }
        }
        other => other,
    }
}

/// Serialize an answer in the requested format.
pub fn body(format: WireFormat, value: &Value) -> (&'static str, Vec<u8>) {
    match format {
        WireFormat::Json => (
            "application/json; charset=utf-8",
            serde_json::to_vec(value).unwrap_or_default(),
        ),
        WireFormat::Xml => {
            // The XML error is flat under the root (see the module docs of `sandbox`).
            let flat = match value.get("error") {
                Some(e @ Value::Object(_)) => e.clone(),
                _ => value.clone(),
            };
            (
                "application/xml; charset=utf-8",
                xml_encode::document(&flat).into_bytes(),
            )
        }
    }
}

/// The API's error object for a code.
pub fn error(code: i64) -> Value {
    let (kind, message) = errors::describe(code);
    json!({"error": {"code": code, "type": kind, "message": message}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(
            route("/messages/send_sms.json"),
            ("messages/send_sms".into(), WireFormat::Json)
        );
        assert_eq!(
            route("/messages/send_sms"),
            ("messages/send_sms".into(), WireFormat::Json)
        );
        assert_eq!(
            route("/error/1000.xml"),
            ("error/1000".into(), WireFormat::Xml)
        );
        assert_eq!(
            route("/messages/delete/"),
            ("messages/delete".into(), WireFormat::Json)
        );
    }

    #[test]
    fn list_forms() {
        let p = Params::parse(
            Some("application/json"),
            br#"{"a":["1","2"],"b":"1, 2","c":500600700}"#,
        )
        .unwrap();
        assert_eq!(p.list("a"), ["1", "2"]);
        assert_eq!(p.list("b"), ["1", "2"]);
        assert_eq!(p.list("c"), ["500600700"]);
        let p = Params::parse(
            Some("application/x-www-form-urlencoded"),
            b"phone%5B0%5D=%2B48500600700&phone[1]=600700800&id[]=a&id[]=b&flash=1&text=a+b&",
        )
        .unwrap();
        assert_eq!(p.list("phone"), ["+48500600700", "600700800"]);
        assert_eq!(p.list("id"), ["a", "b"]);
        assert!(p.flag("flash"));
        assert_eq!(p.text("text").as_deref(), Some("a b"));
    }

    #[test]
    fn nested_form_messages() {
        let p = Params::parse(
            None,
            b"messages[0][phone]=1&messages[0][text]=x&messages[1][phone]=2&messages[1][text]=y",
        )
        .unwrap();
        assert_eq!(
            p.0["messages"],
            json!([{"phone": "1", "text": "x"}, {"phone": "2", "text": "y"}])
        );
    }

    #[test]
    fn booleans() {
        let p = Params::parse(
            None,
            br#"{"a":true,"b":"1","c":"false","d":0,"e":null,"f":""}"#,
        )
        .unwrap();
        assert!(p.flag("a") && p.flag("b"));
        assert!(!p.flag("c") && !p.flag("d") && !p.flag("e") && !p.flag("f") && !p.flag("g"));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn any_body_in_any_encoding(body in prop::collection::vec(any::<u8>(), 0..256), json in any::<bool>()) {
            let ct = if json { "application/json" } else { "application/x-www-form-urlencoded" };
            if let Ok(p) = Params::parse(Some(ct), &body) {
                let _ = (p.list("phone"), p.flag("test"), p.text("text"), p.int("page"));
            }
        }

        #[test]
        fn bracket_forms(body in "([a-z]{1,3}(\\[[a-z0-9]{0,2}\\]){0,3}=[a-z0-9%+]{0,4}&){0,10}") {
            let p = Params::parse(None, body.as_bytes()).unwrap();
            let _ = p.list("a");
        }
    }
}

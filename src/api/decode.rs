//! Turning a response body into data: JSON or XML, both into one `serde_json::Value` tree, so
//! the typed models have a single shape to read whatever the wire format was.
//!
//! The XML rules are the API's: the document root (`<result>`) is the object; an element whose
//! children are all `<item>` is an array; an element without children is its text (an empty one
//! is `null`); values stay strings, and the typed models read `"1"`/`"0"` as booleans and
//! numeric strings as numbers. An error is `{"error":{"code","type","message"}}` in JSON; in XML
//! it is accepted both as `<result><error>…</error></result>` and as the root holding `code`,
//! `type`, `message` directly, since the documentation of the XML error shape is incomplete.
//!
//! Nothing here panics on any input: every malformed body becomes a [`BodyProblem`].

use serde_json::{Map, Value};

use super::error::BodyProblem;

/// What a usable body said: data, or the API's error object.
#[derive(Debug, PartialEq)]
pub enum Decoded {
    Data(Value),
    Error {
        code: i64,
        kind: String,
        message: String,
    },
}

/// Decode a body that came with HTTP 200.
pub fn decode(body: &[u8]) -> Result<Decoded, BodyProblem> {
    let text =
        std::str::from_utf8(body).map_err(|_| BodyProblem::Garbage("not valid UTF-8".into()))?;
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(BodyProblem::Empty);
    }
    let value = if trimmed.starts_with('<') {
        if looks_like_html(trimmed) {
            return Err(BodyProblem::Html);
        }
        xml_to_value(trimmed)?
    } else {
        serde_json::from_str::<Value>(trimmed).map_err(|e| {
            if e.is_eof() {
                BodyProblem::Truncated
            } else {
                BodyProblem::Garbage(format!(
                    "invalid JSON at line {}, column {}",
                    e.line(),
                    e.column()
                ))
            }
        })?
    };
    if !value.is_object() {
        return Err(BodyProblem::Garbage("expected a JSON object".into()));
    }
    Ok(error_of(&value).unwrap_or(Decoded::Data(value)))
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.contains("<html") || head.contains("<body")
}

/// The error object, if the body is one. Any non-null `error` counts: an object with a code
/// (as a number or a numeric string), or anything else, read as code 0 with its text as the
/// message, so that a malformed error is never mistaken for data.
fn error_of(value: &Value) -> Option<Decoded> {
    let obj = match value.get("error") {
        None | Some(Value::Null) => {
            // The flat XML form: the root holds code and message itself.
            if value.get("code").is_some() && value.get("message").is_some() {
                value
            } else {
                return None;
            }
        }
        Some(e @ Value::Object(_)) => e,
        Some(Value::String(text)) => {
            return Some(Decoded::Error {
                code: 0,
                kind: String::new(),
                message: text.clone(),
            })
        }
        Some(other) => {
            return Some(Decoded::Error {
                code: 0,
                kind: String::new(),
                message: other.to_string(),
            })
        }
    };
    let code = match obj.get("code") {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
        Some(Value::String(s)) => s.trim().parse().unwrap_or(0),
        _ => 0,
    };
    let text = |key: &str| match obj.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    let mut message = text("message");
    if message.is_empty() && code == 0 {
        message = obj.to_string();
    }
    Some(Decoded::Error {
        code,
        kind: text("type"),
        message,
    })
}

/// A short, single-line, printable excerpt of a body for error messages: the `<title>` of an
/// HTML page, else the first characters with whitespace folded and control characters dropped.
pub fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 120;
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    let source: &str = match (lower.find("<title>"), lower.find("</title>")) {
        (Some(start), Some(end)) if end > start + 7 => &text[start + 7..end],
        _ => &text,
    };
    let mut out = String::new();
    let mut last_space = true;
    for c in source.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c.is_control() || (c == ' ' && last_space) {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
        if out.chars().count() >= MAX {
            out.push('…');
            break;
        }
    }
    out.trim_end().replace('"', "'")
}

struct Element {
    name: String,
    children: Vec<(String, Value)>,
    text: String,
}

impl Element {
    fn new(name: String) -> Self {
        Element {
            name,
            children: Vec::new(),
            text: String::new(),
        }
    }

    fn into_value(self) -> Value {
        if self.children.is_empty() {
            let text = self.text.trim();
            return if text.is_empty() {
                Value::Null
            } else {
                Value::String(text.to_string())
            };
        }
        if self.children.iter().all(|(name, _)| name == "item") {
            return Value::Array(self.children.into_iter().map(|(_, v)| v).collect());
        }
        let mut map = Map::new();
        for (name, value) in self.children {
            match map.get_mut(&name) {
                Some(Value::Array(list)) => list.push(value),
                Some(existing) => {
                    let first = existing.take();
                    *existing = Value::Array(vec![first, value]);
                }
                None => {
                    map.insert(name, value);
                }
            }
        }
        Value::Object(map)
    }
}

/// API documents are a few levels deep; a deeper one is not API data, and building it would
/// risk the stack.
const MAX_DEPTH: usize = 64;

fn xml_to_value(text: &str) -> Result<Value, BodyProblem> {
    use quick_xml::events::Event;
    let garbage = |e: &dyn std::fmt::Display| BodyProblem::Garbage(format!("invalid XML: {e}"));
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Value> = None;
    loop {
        // Syntax errors in quick-xml are markup cut off by the end of the input.
        let event = reader.read_event().map_err(|e| match e {
            quick_xml::Error::Syntax(_) if !stack.is_empty() => BodyProblem::Truncated,
            other => garbage(&other),
        })?;
        match event {
            Event::Start(start) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(BodyProblem::Garbage(format!(
                        "XML nested deeper than {MAX_DEPTH} levels"
                    )));
                }
                if root.is_some() {
                    return Err(BodyProblem::Garbage(
                        "XML has more than one root element".into(),
                    ));
                }
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                stack.push(Element::new(name));
            }
            Event::Empty(start) => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                match stack.last_mut() {
                    Some(parent) => parent.children.push((name, Value::Null)),
                    None => root = Some(Value::Object(Map::new())),
                }
            }
            Event::End(_) => {
                let mut done = stack.pop().ok_or_else(|| garbage(&"unbalanced end tag"))?;
                let name = std::mem::take(&mut done.name);
                let value = done.into_value();
                match stack.last_mut() {
                    Some(parent) => parent.children.push((name, value)),
                    None => root = Some(value),
                }
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    let s = t.decode().map_err(|e| garbage(&e))?;
                    top.text.push_str(&s);
                } else if !t.decode().map(|s| s.trim().is_empty()).unwrap_or(false) {
                    return Err(garbage(&"text outside the root element"));
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.decode().map_err(|e| garbage(&e))?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| garbage(&format!("unknown entity &{name};")))?
                            .to_string()
                    }
                    Err(e) => return Err(garbage(&e)),
                };
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&resolved);
                }
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if !stack.is_empty() {
        return Err(BodyProblem::Truncated);
    }
    match root {
        Some(Value::Null) => Ok(Value::Object(Map::new())),
        Some(v) => Ok(v),
        None => Err(BodyProblem::Truncated),
    }
}

#[cfg(test)]
mod properties {
    //! Whatever the server sends, decoding returns data or a named problem: it never panics, and
    //! a cut-off valid body is reported as truncated (or still reads as data), never as garbage.

    use proptest::prelude::*;
    use serde_json::{json, Value};

    use super::*;

    fn values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            "[ -~ąęłżźćńóś<>&\"']{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z][a-z_]{0,6}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_bytes(body in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode(&body);
            let _ = excerpt(&body);
        }

        #[test]
        fn any_text(body in "\\PC{0,300}") {
            let _ = decode(body.as_bytes());
        }

        #[test]
        fn xml_like_text(body in "(<[a-z]{1,3}>|</[a-z]{1,3}>|<[a-z]/>|&[a-z#0-9]{0,4};|[a-z0-9 ]{0,4}){0,30}") {
            let _ = decode(body.as_bytes());
        }

        #[test]
        fn truncated_json_is_never_garbage(v in values(), cut in 0.0f64..1.0) {
            let full = serde_json::to_string(&json!({"items": [v]})).unwrap();
            let mut at = ((full.len() as f64) * cut) as usize;
            while !full.is_char_boundary(at) { at -= 1; }
            match decode(&full.as_bytes()[..at]) {
                Ok(_) | Err(BodyProblem::Truncated) | Err(BodyProblem::Empty) => {}
                Err(other) => prop_assert!(false, "{other:?} for {:?}", &full[..at]),
            }
        }

        #[test]
        fn xml_round_trip_keeps_objects(v in values()) {
            let doc = crate::xml_encode::document(&json!({"items": [v]}));
            let decoded = decode(doc.as_bytes());
            prop_assert!(decoded.is_ok(), "{doc}: {decoded:?}");
        }
    }
}

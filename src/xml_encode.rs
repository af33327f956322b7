//! Writing a JSON-shaped value as the API's XML: the root is `<result>`, an object's fields are
//! child elements, an array's elements are repeated `<item>`, booleans are `1`/`0`, `null` is an
//! empty element. Used by the sandbox (to answer `.xml` requests) and by `-o xml`.
//!
//! Reading XML is not here: the client's decoder (`api::decode`) reads it on its own terms, so
//! a misreading on one side is caught by the other in the tests.

use serde_json::Value;

pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// A whole document: the declaration and `<result>` holding the value's fields.
pub fn document(value: &Value) -> String {
    let mut out = String::from(DECLARATION);
    element(&mut out, "result", value);
    out.push('\n');
    out
}

/// One element named `name` holding `value`.
pub fn element(out: &mut String, name: &str, value: &Value) {
    let name = element_name(name);
    match value {
        Value::Null => {
            out.push('<');
            out.push_str(&name);
            out.push_str("/>");
        }
        Value::Object(map) => {
            open(out, &name);
            for (k, v) in map {
                element(out, k, v);
            }
            close(out, &name);
        }
        Value::Array(items) => {
            open(out, &name);
            for v in items {
                element(out, "item", v);
            }
            close(out, &name);
        }
        Value::String(text) => {
            open(out, &name);
            out.push_str(&quick_xml::escape::escape(text.as_str()));
            close(out, &name);
        }
        scalar => {
            open(out, &name);
            out.push_str(&quick_xml::escape::escape(scalar_text(scalar).as_str()));
            close(out, &name);
        }
    }
}

pub fn open(out: &mut String, name: &str) {
    out.push('<');
    out.push_str(name);
    out.push('>');
}

pub fn close(out: &mut String, name: &str) {
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// A scalar's text: booleans as 1/0, strings as they are, numbers as JSON writes them.
pub fn scalar_text(v: &Value) -> String {
    match v {
        Value::Bool(true) => "1".into(),
        Value::Bool(false) => "0".into(),
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A key as an XML name: characters that may not stand in a name become `_`, and a name that
/// would start with a digit gets a leading `_`.
fn element_name(key: &str) -> std::borrow::Cow<'_, str> {
    let plain = key.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if plain {
        // The usual case, without a copy: this runs for every field of every item.
        return std::borrow::Cow::Borrowed(key);
    }
    let mut name: String = key
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
        name.insert(0, '_');
    }
    std::borrow::Cow::Owned(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names() {
        for (key, want) in [
            ("phone", "phone"),
            ("network_ported", "network_ported"),
            ("1a", "_1a"),
            ("a b", "a_b"),
            ("-x", "_-x"),
            ("", "_"),
            ("żółw", "żółw"),
        ] {
            assert_eq!(element_name(key), want, "{key}");
        }
    }

    #[test]
    fn api_shape() {
        let v = json!({"success": true, "items": [{"id": "a1", "text": "x < y & z"}], "n": 2, "x": null});
        assert_eq!(
            document(&v),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result><success>1</success><items><item><id>a1</id>\
             <text>x &lt; y &amp; z</text></item></items><n>2</n><x/></result>\n"
        );
    }
}

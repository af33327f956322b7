//! `NUMBER...` arguments, shared by `numbers` and `blacklist`: each argument is a number, and
//! `-` reads numbers from stdin, one a line (blank lines skipped, CRLF and a UTF-8 BOM
//! tolerated). Also the JSON items these commands (and `senders add`) print for results that
//! are not the API's own objects: an answer tagged with its number, an error for one item.
//!
//! Commands that send requests take their numbers through [`collect`], which normalizes every
//! number with `crate::phone` before anything is sent, so one bad number stops the command with
//! exit 2 and no request. `numbers normalize` streams through [`for_each`] instead.

use std::collections::HashSet;
use std::io::BufRead;

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::note;
use crate::api::ApiError;
use crate::exit::Failure;
use crate::phone;

/// Where an input came from, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Argument,
    /// A line of stdin (1-based).
    Line(u64),
}

impl Origin {
    /// `stdin: line 7: ` or nothing, to put before a message about the input.
    pub fn prefix(self) -> String {
        match self {
            Origin::Argument => String::new(),
            Origin::Line(n) => format!("stdin: line {n}: "),
        }
    }
}

/// Call `each` for every input in order, reading stdin (for `-`) a line at a time into one
/// reused buffer, so memory stays flat however long the input is.
pub fn for_each(args: &[String], mut each: impl FnMut(&str, Origin) -> Result<()>) -> Result<()> {
    let mut stdin_read = false;
    for arg in args {
        if arg != "-" {
            each(arg, Origin::Argument)?;
            continue;
        }
        if stdin_read {
            return Err(Failure::usage("- (stdin) can be given only once").into());
        }
        stdin_read = true;
        let mut reader = std::io::BufReader::with_capacity(1 << 16, std::io::stdin().lock());
        let mut buf = Vec::with_capacity(64);
        let mut line = 0u64;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Failure::usage(format!("cannot read the numbers from stdin: {e}")))?;
            if n == 0 {
                break;
            }
            line += 1;
            let mut bytes = buf.as_slice();
            if let Some(rest) = bytes.strip_suffix(b"\n") {
                bytes = rest;
            }
            if let Some(rest) = bytes.strip_suffix(b"\r") {
                bytes = rest;
            }
            if line == 1 {
                bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
            }
            // Borrowed when the line is UTF-8 (the usual case); otherwise the replacement
            // character makes it an invalid number that is still shown.
            let text = String::from_utf8_lossy(bytes);
            if text.trim().is_empty() {
                continue;
            }
            each(&text, Origin::Line(line))?;
        }
    }
    Ok(())
}

/// Every number normalized, duplicates dropped (first occurrence kept, a note says how many).
/// The first input that is not a phone number is a usage error naming it (and how many more
/// there are), before anything is sent.
pub fn collect(args: &[String]) -> Result<Vec<String>> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut duplicates = 0usize;
    let mut first_bad: Option<String> = None;
    let mut bad = 0usize;
    for_each(args, |text, origin| {
        match phone::normalize(text) {
            Ok(n) => {
                if seen.insert(n.clone()) {
                    out.push(n);
                } else {
                    duplicates += 1;
                }
            }
            Err(reason) => {
                bad += 1;
                if first_bad.is_none() {
                    first_bad = Some(format!(
                        "{}{text:?} is not a phone number: {reason}",
                        origin.prefix()
                    ));
                }
            }
        }
        Ok(())
    })?;
    if let Some(message) = first_bad {
        let more = match bad {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        return Err(Failure::usage(format!("{message}{more}"))
            .with_hint(
                "nothing was sent; `serwersms numbers normalize` shows why each number is refused",
            )
            .into());
    }
    if duplicates > 0 {
        note(&format!(
            "{duplicates} duplicate number{} skipped",
            if duplicates == 1 { "" } else { "s" }
        ));
    }
    Ok(out)
}

/// The API's object for one number with `phone` first, for answers that do not name it.
pub fn with_phone(phone: &str, raw: &Value) -> Value {
    let mut out = Map::new();
    out.insert("phone".into(), json!(phone));
    if let Value::Object(fields) = raw {
        for (k, v) in fields {
            if k != "phone" {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(out)
}

/// The JSON item for a number the API refused: its error object, as the API sent it.
pub fn error_item(phone: Option<&str>, e: &ApiError) -> Value {
    let mut out = Map::new();
    if let Some(phone) = phone {
        out.insert("phone".into(), json!(phone));
    }
    out.insert("success".into(), json!(false));
    out.insert(
        "error".into(),
        match e {
            ApiError::Api {
                code,
                kind,
                message,
                ..
            } => json!({"code": code, "type": kind, "message": message}),
            other => json!({ "message": other.to_string() }),
        },
    );
    Value::Object(out)
}

/// A short text for an API error in a table cell: `error 4101: Invalid number`.
pub fn error_cell(e: &ApiError) -> String {
    match e {
        ApiError::Api { code, message, .. } => format!("error {code}: {message}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items() {
        assert_eq!(
            with_phone("+48500600700", &json!({"success": true, "id": 1})),
            json!({"phone": "+48500600700", "success": true, "id": 1})
        );
        let e = ApiError::Api {
            action: "blacklist/add".into(),
            code: 4601,
            kind: "BlacklistError".into(),
            message: "Number is already on the list".into(),
        };
        assert_eq!(
            error_item(Some("+48500600700"), &e),
            json!({"phone": "+48500600700", "success": false, "error": {"code": 4601, "type": "BlacklistError", "message": "Number is already on the list"}})
        );
        assert_eq!(error_cell(&e), "error 4601: Number is already on the list");
    }

    #[test]
    fn arguments_normalize_and_deduplicate() {
        let args: Vec<String> = ["500600700", "+48 500 600 700", "600700800"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(collect(&args).unwrap(), ["+48500600700", "+48600700800"]);
        let bad: Vec<String> = ["500600700", "5006", "x"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let err = collect(&bad).unwrap_err();
        assert_eq!(crate::exit::code_for(&err), crate::exit::Code::Usage);
        assert_eq!(
            err.to_string(),
            "\"5006\" is not a phone number: too short (and 1 more)"
        );
    }
}

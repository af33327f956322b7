//! `serwersms api ACTION [-f key=value]... [-F key=json]... [--input FILE|-]`: call any action
//! and print the answer. Lists (`items`) print as a table whose columns are the first item's
//! keys; other answers as field/value rows. `-o json`/`xml` keep the answer as it came.

use std::io::Read;

use anyhow::Result;
use serde_json::{Map, Value};

use super::Context;
use crate::cli::ApiArgs;
use crate::exit::{Failure, Outcome};
use crate::output::{self, Printer};

pub fn run(ctx: &Context, args: ApiArgs) -> Result<Outcome> {
    let action = check_action(&args.action)?;
    let params = params(&args)?;
    let raw = ctx.client()?.call(&action, params)?;
    render(ctx, &raw)?;
    Ok(Outcome::Success)
}

fn check_action(action: &str) -> Result<String> {
    let a = action.trim().trim_matches('/');
    let valid = !a.is_empty()
        && a.contains('/')
        && a.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '.' | '-'))
        && !a.contains("..");
    if !valid {
        return Err(Failure::usage(format!("'{action}' is not an API action"))
            .with_hint("actions look like resource/action, e.g. account/limits or messages/reports")
            .into());
    }
    Ok(a.to_string())
}

/// The parameters: `--input` first, then `-F`, then `-f` (repeated keys become lists).
fn params(args: &ApiArgs) -> Result<Map<String, Value>> {
    let mut map = Map::new();
    if let Some(path) = &args.input {
        let text = if path.as_os_str() == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map_err(|e| {
                Failure::usage(format!("cannot read the parameters from stdin: {e}"))
            })?;
            s
        } else {
            std::fs::read_to_string(path)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(m)) => map = m,
            Ok(_) => {
                return Err(
                    Failure::usage(format!("{}: expected a JSON object", path.display())).into(),
                )
            }
            Err(e) => {
                return Err(
                    Failure::usage(format!("{}: invalid JSON: {e}", path.display())).into(),
                );
            }
        }
    }
    for f in &args.json_fields {
        let (k, v) = split_pair(f, "-F")?;
        let value: Value = serde_json::from_str(v).map_err(|e| {
            Failure::usage(format!("-F {f}: the value is not JSON: {e}"))
                .with_hint("quote strings: -F 'name=\"text\"', or use -f for strings")
        })?;
        map.insert(k.to_string(), value);
    }
    let mut seen: Vec<&str> = Vec::new();
    for f in &args.fields {
        let (k, v) = split_pair(f, "-f")?;
        let value = Value::String(v.to_string());
        if seen.contains(&k) {
            match map.get_mut(k) {
                Some(Value::Array(list)) => list.push(value),
                Some(existing) => {
                    let first = existing.take();
                    *existing = Value::Array(vec![first, value]);
                }
                None => {
                    map.insert(k.to_string(), value);
                }
            }
        } else {
            seen.push(k);
            map.insert(k.to_string(), value);
        }
    }
    for reserved in ["username", "password", "system"] {
        if map.contains_key(reserved) {
            return Err(Failure::usage(format!("'{reserved}' is set by serwersms itself; do not pass it"))
                .with_hint("credentials come from the config file or the environment (see `serwersms config show`)")
                .into());
        }
    }
    Ok(map)
}

fn split_pair<'a>(pair: &'a str, flag: &str) -> Result<(&'a str, &'a str)> {
    match pair.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim(), v)),
        _ => Err(Failure::usage(format!("{flag} {pair}: expected KEY=VALUE")).into()),
    }
}

fn render(ctx: &Context, raw: &Value) -> Result<()> {
    if let Some(items) = raw.get("items").and_then(Value::as_array) {
        let mut columns: Vec<String> = Vec::new();
        if let Some(Value::Object(first)) = items.first() {
            columns = first.keys().cloned().collect();
        }
        let names: Vec<&str> = columns.iter().map(String::as_str).collect();
        let mut out = Printer::new(ctx.stdout(), ctx.output, &names);
        let mut header = Map::new();
        let mut trailer = Map::new();
        let mut before = true;
        if let Some(obj) = raw.as_object() {
            for (k, v) in obj {
                if k == "items" {
                    before = false;
                } else if before {
                    header.insert(k.clone(), v.clone());
                } else {
                    trailer.insert(k.clone(), v.clone());
                }
            }
        }
        out.header(header);
        for item in items {
            let cells = columns.iter().map(|c| cell(item.get(c))).collect();
            out.item(item, cells)?;
        }
        out.finish(trailer)?;
    } else {
        let rows: Vec<(&str, String)> = raw
            .as_object()
            .map(|o| o.iter().map(|(k, v)| (k.as_str(), cell(Some(v)))).collect())
            .unwrap_or_default();
        output::object(ctx.stdout(), ctx.output, raw, &rows)?;
    }
    Ok(())
}

/// A cell: scalars as text, nested values as compact JSON.
fn cell(v: Option<&Value>) -> String {
    match v {
        Some(v @ (Value::Array(_) | Value::Object(_))) => v.to_string(),
        other => output::cell(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions() {
        assert_eq!(check_action("/account/limits").unwrap(), "account/limits");
        assert_eq!(check_action("error/1000.xml").unwrap(), "error/1000.xml");
        assert!(check_action("limits").is_err());
        assert!(check_action("a/../b").is_err());
        assert!(check_action("a/b?x=1").is_err());
    }

    #[test]
    fn fields_build_lists() {
        let args = ApiArgs {
            action: "x/y".into(),
            fields: vec!["phone=1".into(), "phone=2".into(), "text=a=b".into()],
            json_fields: vec!["details=true".into()],
            input: None,
        };
        let m = params(&args).unwrap();
        assert_eq!(
            Value::Object(m),
            serde_json::json!({"details": true, "phone": ["1", "2"], "text": "a=b"})
        );
        let bad = ApiArgs {
            fields: vec!["password=x".into()],
            json_fields: vec![],
            ..args
        };
        assert!(params(&bad).is_err());
    }
}

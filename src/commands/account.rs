//! `serwersms account limits|help`, and the monitoring check `account limits --warn/--critical`.

use std::ffi::OsString;
use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use serde_json::{json, Map, Value};

use super::Context;
use crate::api::models::Limit;
use crate::cli::{AccountCommand, Cli, LimitsArgs};
use crate::exit::{Failure, Outcome};
use crate::output::{self, Format, Printer};

pub fn run(ctx: &Context, command: AccountCommand) -> Result<Outcome> {
    match command {
        AccountCommand::Limits(args) if args.warn.is_some() || args.critical.is_some() => {
            check(ctx, &args)
        }
        AccountCommand::Limits(args) => limits(ctx, &args),
        AccountCommand::Help => help(ctx),
    }
}

fn limits(ctx: &Context, args: &LimitsArgs) -> Result<Outcome> {
    let response = ctx.client()?.limits()?;
    let mut out = Printer::new(
        ctx.stdout(),
        ctx.output,
        &["type", "balance", "max chars/parts"],
    );
    let mut header = Map::new();
    if let Some(account) = response.raw.get("account") {
        header.insert("account".into(), account.clone());
    }
    out.header(header);
    let raw_items = response.raw.get("items").and_then(Value::as_array);
    for (i, item) in response.data.items.iter().enumerate() {
        if !args.types.is_empty() && !args.types.contains(&item.kind) {
            continue;
        }
        let raw = raw_items
            .and_then(|r| r.get(i))
            .cloned()
            .unwrap_or(Value::Null);
        let balance = match item.value.as_str() {
            "no_limit" => "no limit".to_string(),
            "not_available" => "not available".to_string(),
            other => other.to_string(),
        };
        out.item(
            &raw,
            vec![item.kind.clone(), balance, item.chars_limit.clone()],
        )?;
    }
    out.finish(Map::new())?;
    Ok(Outcome::Success)
}

/// The monitoring-plugin states, in order of severity (the exit code is the number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum State {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            State::Ok => "OK",
            State::Warning => "WARNING",
            State::Critical => "CRITICAL",
            State::Unknown => "UNKNOWN",
        }
    }
}

/// One balance judged against the thresholds.
fn judge(limit: &Limit, warn: Option<f64>, critical: Option<f64>) -> Option<(f64, State)> {
    let value = limit.amount()?;
    let state = if critical.is_some_and(|c| value <= c) {
        State::Critical
    } else if warn.is_some_and(|w| value <= w) {
        State::Warning
    } else {
        State::Ok
    };
    Some((value, state))
}

fn check(ctx: &Context, args: &LimitsArgs) -> Result<Outcome> {
    // Bad thresholds are UNKNOWN too: a monitoring system reads only the exit code.
    let thresholds = match (args.warn, args.critical) {
        (Some(w), Some(c)) if c > w => Err(anyhow::Error::new(Failure::usage(format!(
            "--critical {c} is above --warn {w}; a balance trips CRITICAL at or below --critical, so it must be the lower one"
        )))),
        _ => Ok(()),
    };
    let (state, text, checks) =
        match thresholds.and_then(|_| ctx.client().and_then(|c| Ok(c.limits()?))) {
            Err(e) => (State::Unknown, crate::exit::message_for(&e), Vec::new()),
            Ok(response) => {
                let mut checks = Vec::new();
                for limit in &response.data.items {
                    if !args.types.is_empty() && !args.types.contains(&limit.kind) {
                        continue;
                    }
                    if let Some((value, state)) = judge(limit, args.warn, args.critical) {
                        checks.push((limit.kind.clone(), value, state));
                    }
                }
                let missing: Vec<&String> = args
                    .types
                    .iter()
                    .filter(|t| !checks.iter().any(|(k, _, _)| k == *t))
                    .collect();
                if checks.is_empty() || !missing.is_empty() {
                    let what = if missing.is_empty() {
                        "no numeric balance to check".to_string()
                    } else {
                        format!(
                            "no numeric balance for {}",
                            missing
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    (State::Unknown, what, checks)
                } else {
                    let worst = checks.iter().map(|(_, _, s)| *s).max().unwrap_or(State::Ok);
                    let text = checks
                        .iter()
                        .map(|(k, v, s)| match s {
                            State::Ok => format!("{k} {v}"),
                            s => format!("{k} {v} ({})", s.name()),
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    (worst, text, checks)
                }
            }
        };
    let mut out = ctx.stdout();
    if ctx.output.format == Format::Table {
        let threshold = |t: Option<f64>| t.map(|v| v.to_string()).unwrap_or_default();
        let perf: Vec<String> = checks
            .iter()
            .map(|(k, v, _)| {
                format!(
                    "{k}={v};{};{};0",
                    threshold(args.warn),
                    threshold(args.critical)
                )
            })
            .collect();
        let mut line = format!("SERWERSMS {} - {}", state.name(), text.replace('|', "/"));
        if !perf.is_empty() {
            line.push_str(" | ");
            line.push_str(&perf.join(" "));
        }
        writeln!(out, "{line}")?;
        out.flush()?;
    } else {
        let raw = json!({
            "status": state.name(),
            "message": text,
            "items": checks.iter().map(|(k, v, s)| json!({"type": k, "value": number(*v), "status": s.name()})).collect::<Vec<_>>(),
        });
        output::object(
            out,
            ctx.output,
            &raw,
            &[
                ("status", state.name().to_string()),
                ("message", text.clone()),
            ],
        )?;
    }
    Ok(Outcome::Code(state as u8))
}

/// What to do instead of clap's usage error when the refused command line is a monitoring
/// check (`account limits` with --warn or --critical): the one UNKNOWN status line to print on
/// stdout and its exit code. Clap's own exit 2 would read as CRITICAL to Nagios, and a typo in a
/// check's thresholds is not an empty balance. `None` for every other command line, and for
/// --help and --version, which are not errors.
pub fn check_usage_error(args: &[OsString], err: &clap::Error) -> Option<(String, u8)> {
    if !err.use_stderr() || !is_check_invocation(args) {
        return None;
    }
    let text = err.to_string();
    let first = text.lines().next().unwrap_or_default().trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // `|` starts the performance data in a status line.
    let line = format!(
        "SERWERSMS {} - {}",
        State::Unknown.name(),
        first.replace('|', "/")
    );
    Some((line, State::Unknown as u8))
}

/// Whether raw arguments (program name first) run `account limits` with a threshold. Read
/// without clap, since clap just refused them: the first two words that are neither options
/// nor the value of a global option are the command path.
fn is_check_invocation(args: &[OsString]) -> bool {
    let cli = Cli::command();
    let valued: Vec<String> = cli
        .get_arguments()
        .filter(|a| a.get_action().takes_values())
        .flat_map(|a| {
            let long = a.get_long().map(|l| format!("--{l}"));
            let short = a.get_short().map(|s| format!("-{s}"));
            long.into_iter().chain(short)
        })
        .collect();
    let mut words = Vec::new();
    let mut threshold = false;
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        let name = arg.split('=').next().unwrap_or_default();
        if name == "--warn" || name == "--critical" {
            threshold = true;
        } else if arg.starts_with('-') {
            if valued.iter().any(|v| *v == arg) {
                rest.next();
            }
        } else {
            words.push(arg);
        }
    }
    threshold && words.len() >= 2 && words[0] == "account" && words[1] == "limits"
}

/// A balance as JSON: whole numbers without a fraction.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn help(ctx: &Context) -> Result<Outcome> {
    let response = ctx.client()?.help()?;
    let h = &response.data;
    let mut rows = vec![
        ("telephone", h.telephone.clone()),
        ("email", h.email.clone()),
        ("contact form", h.form.clone()),
        ("faq", h.faq.clone()),
    ];
    if let Some(m) = &h.account_maintainer {
        rows.push(("account manager", m.name.clone()));
        rows.push(("manager email", m.email.clone()));
        rows.push(("manager telephone", m.telephone.clone()));
    }
    output::object(ctx.stdout(), ctx.output, &response.raw, &rows)?;
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn limit(value: &str) -> Limit {
        Limit {
            kind: "full".into(),
            chars_limit: "918/6".into(),
            value: value.into(),
        }
    }

    #[test]
    fn thresholds_are_inclusive_and_skip_non_numbers() {
        assert_eq!(
            judge(&limit("500"), Some(100.0), Some(20.0)),
            Some((500.0, State::Ok))
        );
        assert_eq!(
            judge(&limit("100"), Some(100.0), Some(20.0)),
            Some((100.0, State::Warning))
        );
        assert_eq!(
            judge(&limit("20"), Some(100.0), Some(20.0)),
            Some((20.0, State::Critical))
        );
        assert_eq!(
            judge(&limit("5"), None, Some(20.0)),
            Some((5.0, State::Critical))
        );
        assert_eq!(judge(&limit("no_limit"), Some(1.0), None), None);
    }

    fn refused(line: &[&str]) -> Option<(String, u8)> {
        let args: Vec<OsString> = line.iter().map(OsString::from).collect();
        let err = Cli::try_parse_from(&args).expect_err("clap refuses it");
        check_usage_error(&args, &err)
    }

    #[test]
    fn usage_errors_in_a_check_are_unknown() {
        let (line, code) = refused(&["serwersms", "account", "limits", "--warn", "abc"]).unwrap();
        assert_eq!(code, 3);
        assert!(
            line.starts_with("SERWERSMS UNKNOWN - invalid value 'abc' for '--warn <N>'"),
            "{line}"
        );
        assert!(!line.contains('\n') && !line.contains('\x1b'), "{line:?}");
        // Global options before the command, their values, `=` forms, a missing value.
        for line in [
            &[
                "serwersms",
                "-o",
                "json",
                "--profile",
                "account",
                "account",
                "limits",
                "--critical=x",
            ][..],
            &[
                "serwersms",
                "account",
                "limits",
                "--type",
                "full",
                "--critical",
            ],
            &["serwersms", "account", "limits", "--warn", "5", "--bogus"],
            &[
                "serwersms",
                "account",
                "limits",
                "--type",
                "sms",
                "--warn",
                "5",
            ],
        ] {
            assert_eq!(refused(line).map(|(_, c)| c), Some(3), "{line:?}");
        }
    }

    #[test]
    fn other_usage_errors_stay_clap_errors() {
        for line in [
            &["serwersms", "account", "limits", "--bogus"][..],
            &["serwersms", "account", "limits", "--type", "sms"],
            &["serwersms", "send", "--warn", "5"],
            &["serwersms", "--profile", "limits", "account", "--warn", "5"],
            &["serwersms", "account", "limits", "--warn", "5", "--help"],
            &["serwersms", "account", "limits", "--", "--warn", "x"],
        ] {
            assert_eq!(refused(line), None, "{line:?}");
        }
    }
}

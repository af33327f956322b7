//! `serwersms doctor`: check the whole chain, one line per check with ✓ or ✗ and, for a ✗, what
//! to do: the config file, its permissions, the credentials and where they come from (never
//! their value), each API host (reachable, TLS), whether the credentials are accepted, whether
//! the default sender is authorized, and the balances. Exit 0 only if every check passes.

use std::io::Write;
use std::time::Instant;

use anyhow::Result;
use serde_json::{json, Map};

use crate::api::{ApiError, Auth, Client, ClientConfig};
use crate::config::{Credentials, Settings};
use crate::exit::{self, Outcome};
use crate::output::{self, Format, Printer};
use crate::secret::Secret;

struct Check {
    name: &'static str,
    /// `None`: not run, because an earlier check failed or there is nothing to check.
    ok: Option<bool>,
    detail: String,
    fix: Option<String>,
}

impl Check {
    fn pass(name: &'static str, detail: impl Into<String>) -> Check {
        Check {
            name,
            ok: Some(true),
            detail: detail.into(),
            fix: None,
        }
    }
    fn fail(name: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Check {
        Check {
            name,
            ok: Some(false),
            detail: detail.into(),
            fix: Some(fix.into()),
        }
    }
    fn skip(name: &'static str, detail: impl Into<String>) -> Check {
        Check {
            name,
            ok: None,
            detail: detail.into(),
            fix: None,
        }
    }
}

pub fn run(settings: Result<Settings>, options: output::Options) -> Result<Outcome> {
    let checks = match settings {
        Err(e) => vec![Check::fail(
            "config",
            exit::message_for(&e),
            exit::hint_for(&e).unwrap_or_else(|| "fix the config file or the environment".into()),
        )],
        Ok(s) => checks(&s),
    };
    print(&checks, options)?;
    Ok(if checks.iter().any(|c| c.ok == Some(false)) {
        Outcome::Code(exit::Code::Failure.as_u8())
    } else {
        Outcome::Success
    })
}

fn checks(s: &Settings) -> Vec<Check> {
    let mut out = Vec::new();
    out.push(match (&s.file.path, s.file.loaded) {
        (Some(p), true) => Check::pass("config", format!("{} ({})", p.display(), s.file.source)),
        (Some(p), false) => Check::pass(
            "config",
            format!(
                "no file at {} (using the environment and defaults)",
                p.display()
            ),
        ),
        (None, _) => Check::pass(
            "config",
            "no config directory on this platform (using the environment and defaults)",
        ),
    });
    out.push(if let Some(w) = s.warnings.first() {
        Check::fail("permissions", w.clone(), "chmod 600 the config file")
    } else if s.file.loaded {
        Check::pass(
            "permissions",
            "the config file is private or holds no secret",
        )
    } else {
        Check::skip("permissions", "no config file")
    });

    let who = match &s.credentials {
        Credentials::Token(t) => format!("API token from {}", t.source),
        Credentials::User { username, .. } => {
            format!("API user '{}' from {}", username.value, username.source)
        }
        Credentials::None => String::new(),
    };
    let config = match s.client_config() {
        Ok(c) => {
            out.push(Check::pass("credentials", who));
            c
        }
        Err(e) => {
            out.push(Check::fail(
                "credentials",
                exit::message_for(&e),
                exit::hint_for(&e).unwrap_or_else(|| "see `serwersms config show`".into()),
            ));
            // Whether the hosts answer does not depend on who asks: check them anyway, with
            // no credentials at all, since a network problem may be the next thing to fix.
            let anonymous = ClientConfig {
                api_url: s.api_url.value.clone(),
                fallback_url: s.fallback_url.as_ref().map(|f| f.value.clone()),
                auth: Auth::User {
                    username: String::new(),
                    password: Secret::new(String::new()),
                },
                timeout: s.timeout.value,
                verbose: s.verbose,
                mask_numbers: s.mask_numbers,
            };
            hosts(&mut out, &anonymous);
            for name in ["login", "sender", "balance"] {
                out.push(Check::skip(name, "skipped: no usable credentials"));
            }
            return out;
        }
    };

    hosts(&mut out, &config);

    let client = Client::new(config);
    let limits = match client.limits() {
        Ok(l) => {
            out.push(Check::pass("login", "the API accepted the credentials"));
            Some(l)
        }
        Err(e) => {
            let fix = e.hint().unwrap_or_else(|| "see the error above".into());
            out.push(Check::fail("login", e.to_string(), fix));
            None
        }
    };

    out.push(match (&s.sender, &limits) {
        (_, None) => Check::skip("sender", "skipped: not logged in"),
        (None, _) => Check::pass(
            "sender",
            "no default sender: messages go as ECO unless --sender is given",
        ),
        (Some(sender), Some(_)) => sender_check(&client, &sender.value),
    });

    out.push(match &limits {
        None => Check::skip("balance", "skipped: not logged in"),
        Some(l) => {
            let text = l
                .data
                .items
                .iter()
                .map(|i| format!("{} {}", i.kind, i.value))
                .collect::<Vec<_>>()
                .join(", ");
            let can_send = l
                .data
                .items
                .iter()
                .filter(|i| i.kind == "eco" || i.kind == "full")
                .any(|i| i.value == "no_limit" || i.amount().is_some_and(|a| a > 0.0));
            if can_send {
                Check::pass("balance", text)
            } else {
                Check::fail(
                    "balance",
                    text,
                    "top up the account: there is no ECO or FULL SMS balance left",
                )
            }
        }
    });
    out
}

/// Ask one host for `error/1000`: any answer in the API's own shape proves the host is there,
/// TLS (for https) is valid, and it speaks the API.
/// The primary and the fallback host: each answers, over verified TLS.
fn hosts(out: &mut Vec<Check>, config: &ClientConfig) {
    out.push(reachable("api host", config, &config.api_url));
    out.push(match &config.fallback_url {
        Some(f) => reachable("fallback host", config, f),
        None => Check::skip("fallback host", "none configured"),
    });
}

fn reachable(name: &'static str, config: &ClientConfig, url: &str) -> Check {
    let single = Client::new(ClientConfig {
        api_url: url.to_string(),
        fallback_url: None,
        ..config.clone()
    });
    let started = Instant::now();
    let tls = if url.starts_with("https://") {
        ", TLS verified"
    } else {
        ", plain http on this machine"
    };
    match single.call("error/1000", Map::new()) {
        Ok(_) | Err(ApiError::Api { .. }) => Check::pass(
            name,
            format!("{url} answers ({} ms{tls})", started.elapsed().as_millis()),
        ),
        Err(e) => Check::fail(
            name,
            e.to_string(),
            e.hint().unwrap_or_else(|| "check the network".into()),
        ),
    }
}

fn sender_check(client: &Client, name: &str) -> Check {
    // A name can be one of the account's own or one of the system's predefined ones.
    let mut status = None;
    for predefined in [false, true] {
        match client.senders(predefined) {
            Ok(list) => {
                if let Some(s) = list.data.items.into_iter().find(|s| s.name == name) {
                    status = Some(s.status);
                    break;
                }
            }
            Err(e) => return Check::fail("sender", e.to_string(), e.hint().unwrap_or_default()),
        }
    }
    match status.as_deref() {
        Some("authorized") => Check::pass("sender", format!("'{name}' is authorized")),
        Some(other) => Check::fail(
            "sender",
            format!("'{name}' is {}", other.replace('_', " ")),
            "a sender name must be authorized before use; see the customer panel, or send as ECO with --eco",
        ),
        None => Check::fail(
            "sender",
            format!("'{name}' is not registered on this account"),
            format!("register it (`serwersms senders add {name}`) and wait for authorization, or change `sender` in the config"),
        ),
    }
}

fn print(checks: &[Check], options: output::Options) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if options.format == Format::Table {
        for c in checks {
            let mark = match c.ok {
                Some(true) => "✓",
                Some(false) => "✗",
                None => "-",
            };
            writeln!(out, "{mark} {:<13} {}", c.name, c.detail)?;
            if let Some(fix) = &c.fix {
                writeln!(out, "  {:<13} fix: {fix}", "")?;
            }
        }
        out.flush()?;
        return Ok(());
    }
    let mut printer = Printer::new(out, options, &["check", "ok", "detail", "fix"]);
    for c in checks {
        let raw = json!({"check": c.name, "ok": c.ok, "detail": c.detail, "fix": c.fix});
        let ok = match c.ok {
            Some(true) => "yes",
            Some(false) => "no",
            None => "skipped",
        };
        printer.item(
            &raw,
            vec![
                c.name.into(),
                ok.into(),
                c.detail.clone(),
                c.fix.clone().unwrap_or_default(),
            ],
        )?;
    }
    printer.finish(Map::new())?;
    Ok(())
}

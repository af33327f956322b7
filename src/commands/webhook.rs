//! `serwersms webhook listen|urls`: the command-line side of receiving pushes. Checking the
//! options, starting and stopping the receiver, printing the panel URLs; the receiver itself is
//! in `crate::webhook`.

use std::io;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Result;
use serde_json::{json, Map};

use super::{note, Context};
use crate::cli::{ListenArgs, UrlsArgs, WebhookCommand};
use crate::exit::{Code, Failure, Outcome};
use crate::output::Printer;
use crate::secret::Secret;
use crate::webhook::http::{self, Limits, Server};
use crate::webhook::listen::{self, Listener};
use crate::webhook::networks::Network;
use crate::webhook::{urls, Kind};

/// Shorter secrets can be guessed by someone who can reach the listener.
const MIN_SECRET_LEN: usize = 8;

pub fn run(ctx: &Context, command: WebhookCommand) -> Result<Outcome> {
    match command {
        WebhookCommand::Listen(args) => run_listen(ctx, args),
        WebhookCommand::Urls(args) => run_urls(ctx, args),
    }
}

fn check_secret(secret: Option<String>) -> Result<Option<Secret>> {
    match secret {
        None => Ok(None),
        Some(s) if s.chars().count() < MIN_SECRET_LEN || s.trim() != s => {
            Err(Failure::usage(format!(
                "--secret must be at least {MIN_SECRET_LEN} characters, without spaces around it"
            ))
            .with_hint("generate one, e.g. `openssl rand -hex 16`")
            .into())
        }
        Some(s) => Ok(Some(Secret::new(s))),
    }
}

fn parse_bind(text: &str) -> Result<SocketAddr> {
    let bad = || -> anyhow::Error {
        Failure::usage(format!("--bind {text}: not an address and port"))
            .with_hint("e.g. 127.0.0.1:8080, [::1]:8080, or 0.0.0.0:8080 to accept other machines")
            .into()
    };
    text.to_socket_addrs()
        .map_err(|_| bad())?
        .next()
        .ok_or_else(bad)
}

fn run_listen(ctx: &Context, args: ListenArgs) -> Result<Outcome> {
    let addr = parse_bind(&args.bind)?;
    let prefix = listen::normalize_prefix(&args.path_prefix)
        .map_err(|e| Failure::usage(format!("--path-prefix {e}")))?;
    let secret = check_secret(args.secret)?;
    let allow = args
        .allow
        .iter()
        .map(|a| Network::parse(a).map_err(|e| Failure::usage(format!("--allow {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(cmd) = &args.exec {
        if cmd.trim().is_empty() {
            return Err(Failure::usage("--exec is empty").into());
        }
    }
    let mapping = ctx
        .settings
        .webhook
        .as_ref()
        .map(|m| m.value.clone())
        .unwrap_or_default();

    let server = Server::bind(addr, Limits::default()).map_err(|e| {
        Failure::new(Code::Failure, format!("cannot listen on {addr}: {e}"))
            .with_hint("is another listener running there? choose another port with --bind")
    })?;
    let addr = server.local_addr();
    let stop = Arc::new(AtomicBool::new(false));
    let options = listen::Options {
        prefix: prefix.clone(),
        secret: secret.clone(),
        allow: allow.clone(),
        exec: args.exec.clone(),
        append: args.append.clone(),
        mapping,
    };
    let listener = Listener::new(options, addr, stop.clone()).map_err(|e| {
        let path = args.append.as_deref().unwrap_or(std::path::Path::new(""));
        Failure::usage(format!("cannot open --append {}: {e}", path.display()))
    })?;
    let listener = Arc::new(listener);

    if !addr.ip().is_loopback() && secret.is_none() && allow.is_empty() {
        note(&format!(
            "warning: listening on {addr} with neither --secret nor --allow: anyone who can reach \
             this port can feed it events"
        ));
    }
    let stop_flag = stop.clone();
    crate::interrupt::Interrupt::install(move |_| {
        stop_flag.store(true, Ordering::SeqCst);
        http::wake(addr);
    })?;

    let mut guards = Vec::new();
    if secret.is_some() {
        guards.push("secret required".to_string());
    }
    if !allow.is_empty() {
        let nets: Vec<String> = allow.iter().map(|n| n.to_string()).collect();
        guards.push(format!("allowed: {}", nets.join(" ")));
    }
    if let Some(path) = &args.append {
        guards.push(format!("appending to {}", path.display()));
    }
    let mut line = format!(
        "webhook listening on http://{addr}{prefix} (kinds: {prefix}/dlr {prefix}/reply {prefix}/premium)"
    );
    for g in &guards {
        line.push_str("; ");
        line.push_str(g);
    }
    note(&format!("{line}; stop with Ctrl-C"));

    let handler: Arc<dyn http::Handler> = listener.clone();
    server.serve(handler, stop);
    if listener.stdout_failed() {
        // Like any command whose reader went away (`| head`): end quietly.
        return Err(io::Error::from(io::ErrorKind::BrokenPipe).into());
    }
    note(&format!(
        "webhook stopped after {} event(s)",
        listener.events()
    ));
    Ok(Outcome::Success)
}

fn run_urls(ctx: &Context, args: UrlsArgs) -> Result<Outcome> {
    let secret = check_secret(args.secret)?;
    let mut rows = Vec::new();
    for kind in Kind::ALL {
        let url = urls::template(&args.public_url, kind, secret.as_ref().map(Secret::expose))
            .map_err(|e| Failure::usage(format!("--public-url {e}")))?;
        rows.push((kind, url));
    }
    let mut out = Printer::new(ctx.stdout(), ctx.output, &["kind", "url"]);
    for (kind, url) in &rows {
        let placeholders: Vec<_> = urls::placeholders(*kind)
            .iter()
            .map(|p| {
                json!({
                    "placeholder": p.token,
                    "parameter": p.param,
                    "field": p.field,
                    "documented": p.documented,
                })
            })
            .collect();
        let raw = json!({
            "kind": kind.as_str(),
            "url": url,
            "panel": urls::panel_section(*kind),
            "placeholders": placeholders,
        });
        out.item(&raw, vec![kind.as_str().to_string(), url.clone()])?;
    }
    out.finish(Map::new())?;
    if secret.is_none() {
        note("warning: no --secret: anyone who learns these URLs can feed events to your listener; give the same --secret to `webhook listen` and here");
    }
    if urls::is_plain_http_elsewhere(&args.public_url) {
        note("warning: plain http:// to another machine: the events and the secret travel unencrypted; put the listener behind https");
    }
    note("premium placeholders are documented; dlr ones are best knowledge and reply ones our choice: check your first events for `unsubstituted` parameters");
    Ok(Outcome::Success)
}

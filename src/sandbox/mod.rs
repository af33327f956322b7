//! The sandbox: a local emulator of the SerwerSMS HTTPS API v2, so that a new user can try the
//! tool without an account and every test talks real HTTP.
//!
//! It reads and writes the wire on its own terms ([`wire`]) and never uses the client's `api`
//! module. It binds to 127.0.0.1 only.
//!
//! # Protocol, as the reference describes it
//! * `POST /<resource>/<action>` with the suffix `.json`, `.xml` or none (JSON); a trailing slash
//!   is tolerated. JSON and form-encoded bodies, with every list and boolean form the official
//!   clients send.
//! * Auth: `Authorization: Bearer <token>`, or `username` and `password` in the body. Anything
//!   else is error 1001.
//! * Errors are HTTP 200 with `{"error":{"code","type","message"}}`. An unknown action is 1000;
//!   `error/<code>` answers that code's error object (2002 for a code not in the list).
//!
//! # Choices where the real server's behaviour is unknown
//! * Auth is checked before the action is looked up, except for `error/<code>`, which needs none.
//! * A request that is not a POST, and a body that is neither valid JSON nor a form, get error
//!   1000 and 1006 respectively, with HTTP 200 like every other API error.
//! * The XML error is flat under the root: `<result><code>…</code><type>…</type>
//!   <message>…</message></result>` (the only evidence, the old PHP client, checks for those
//!   children of the root). Success documents are `<result>` with arrays as repeated `<item>`
//!   and booleans as 1/0. Error types above 3006 are not published; the sandbox names them by
//!   group (`SendError`, `BlacklistError`, …).
//! * `account/help` names the account manager `account_maintainer` (newer clients), not
//!   `quardian_account`.
//! * Balances start at eco 1000, full 500, voice not available, mms 10, lookup 20, hlr 70 and
//!   go down as messages and lookups are charged; `value` is always a string.
//! * Dates are Europe/Warsaw local time, `YYYY-MM-DD HH:MM:SS`.
//! * Delivery reports (`messages/reports`, `view`, `delete`; [`reports`]): `id`/`unique_id`
//!   select, other filters narrow; more than 500 ids is error 1004; `page` counts from 1 (0 is
//!   taken as 1), `limit` defaults to 50 and is capped at 1000, `paging.count` is the number of
//!   pages; order is oldest first unless `order=desc`; only scheduled messages can be deleted,
//!   and `success` is false when nothing was.
//! * Incoming messages (`messages/recived` and `messages/received`, `send_nd`, `send_ndi`;
//!   [`incoming`]): each path names the date after itself (`recived` or `received`);
//!   `read=true` lists only unread messages and marks those returned as read. ECO messages to
//!   numbers ending in `77` get a reply 10 s after delivery.
//! * Phone queries, sender names and the blacklist follow deterministic rules written in
//!   [`phones`], [`senders`] and [`blacklist`]: numbers ending in 404 and 410 are unreachable,
//!   800 ported, 555 slow (answered with an id, the result ready later on the sandbox clock).
//!
//! # For tests (not part of the API, not in `--help`)
//! * `GET /__sandbox/requests`: every API request received, in order, with its action,
//!   format, auth kind (`token`, `user`, `none`, `bad`), user agent, parameters (credentials
//!   removed), any fault applied, and the answer (`ok` or `error <code>`). Also appended to
//!   `requests.ndjson` in the state directory.
//! * `POST /__sandbox/faults` (see [`faults`]) and `DELETE /__sandbox/faults`; the
//!   `unknown_action` fault answers error 1000 (e.g. to make one spelling of `recived` unknown).
//! * `POST /__sandbox/clock` with `{"advance_secs": N}` moves the sandbox's clock forward.
//! * `POST /__sandbox/messages` and `POST /__sandbox/inbound` store outgoing or incoming
//!   messages directly (see [`seed`]), for tests and benchmarks that need a populated world.
//! * `GET /__sandbox/callbacks`: every push attempt made for `--callback-url`.
//!
//! # Callbacks (`--callback-url URL`)
//! Like the gateway with callback addresses set in the panel, the sandbox pushes a delivery
//! report when a message reaches a final state on its clock, and every incoming message, as GET
//! requests to `URL/dlr?…` and `URL/reply?…` with `#PLACEHOLDER#`s substituted, retrying while
//! the answer is not `OK`. The templates and the values chosen for the undocumented
//! placeholders are in [`callbacks`].
//!
//! # Layout
//! [`http`] the socket layer; [`wire`] requests and answers; [`errors`] the code table;
//! [`state`] the event-log store and the delivery rules; [`faults`] fault injection;
//! [`callbacks`] pushes to a subscriber's URL; one module
//! per group of API actions ([`account`], [`sending`], [`reports`], [`incoming`], [`phones`],
//! [`senders`], [`blacklist`]).

pub mod account;
pub mod blacklist;
pub mod callbacks;
pub mod errors;
pub mod faults;
pub mod http;
pub mod incoming;
pub mod phones;
pub mod reports;
pub mod seed;
pub mod senders;
pub mod sending;
pub mod state;
pub mod wire;

use std::fs::OpenOptions;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::{json, Value};

use faults::{Fault, Faults, Kind};
use http::{Reply, Request};
use state::State;
use wire::{Params, WireFormat};

/// The token the sandbox accepts unless told otherwise (the documentation's example token).
pub const DEFAULT_TOKEN: &str = "2c13788a69f5f34564998566f3cd2560";
/// The API user it accepts unless told otherwise (the documentation's demo account).
pub const DEFAULT_USERNAME: &str = "demo";
pub const DEFAULT_PASSWORD: &str = "demo";

/// How to run a sandbox.
#[derive(Debug, Clone)]
pub struct Options {
    /// 0 picks a free port.
    pub port: u16,
    pub state_dir: Option<PathBuf>,
    pub token: String,
    pub username: String,
    pub password: String,
    pub faults: Vec<Fault>,
    /// Push DLRs and replies to this base URL (see [`callbacks`]).
    pub callback_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            port: 0,
            state_dir: None,
            token: DEFAULT_TOKEN.into(),
            username: DEFAULT_USERNAME.into(),
            password: DEFAULT_PASSWORD.into(),
            faults: Vec::new(),
            callback_url: None,
        }
    }
}

/// One group of API actions: the answer, or `None` when the action is not one of its own.
type ResourceHandler = fn(&mut World, &str, &Params) -> Option<Value>;

/// What a request handler sees of the sandbox's world.
pub struct World<'a> {
    pub state: &'a mut State,
    pub now: jiff::Timestamp,
}

impl World<'_> {
    /// The sandbox clock in Unix seconds (the unit stored in [`state`]).
    pub fn now_secs(&self) -> i64 {
        self.now.as_second()
    }

    /// A stored time as the API writes dates (Europe/Warsaw).
    pub fn api_time(secs: i64) -> String {
        jiff::Timestamp::from_second(secs)
            .map(crate::warsaw_time::format_api)
            .unwrap_or_default()
    }
}

struct Shared {
    options: Options,
    state: Mutex<State>,
    faults: Mutex<Faults>,
    requests: Mutex<Vec<Value>>,
    seq: AtomicU64,
    clock_offset_secs: AtomicI64,
    /// Push attempts made for `--callback-url`.
    callbacks: Mutex<Vec<Value>>,
}

/// A sandbox serving in background threads. Dropping it stops it.
pub struct Running {
    url: String,
    stop: Arc<AtomicBool>,
    addr: std::net::SocketAddr,
    thread: Option<JoinHandle<()>>,
}

impl Running {
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Serve until the process is interrupted.
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

/// Bind to 127.0.0.1 and start serving.
pub fn start(options: Options) -> Result<Running> {
    let listener = TcpListener::bind(("127.0.0.1", options.port))
        .with_context(|| format!("cannot listen on 127.0.0.1:{}", options.port))?;
    let addr = listener.local_addr()?;
    let templates = match &options.callback_url {
        Some(url) => Some(
            callbacks::Templates::new(url).map_err(|e| anyhow::anyhow!("--callback-url {e}"))?,
        ),
        None => None,
    };
    let state = State::open(options.state_dir.as_deref())?;
    let shared = Arc::new(Shared {
        faults: Mutex::new(Faults::new(options.faults.clone())),
        options,
        state: Mutex::new(state),
        requests: Mutex::new(Vec::new()),
        seq: AtomicU64::new(0),
        clock_offset_secs: AtomicI64::new(0),
        callbacks: Mutex::new(Vec::new()),
    });
    let stop = Arc::new(AtomicBool::new(false));
    if let Some(templates) = templates {
        callbacks::start(shared.clone(), templates, stop.clone())?;
    }
    let handler: Arc<http::Handler> = Arc::new(move |req| handle(&shared, req));
    let stop_flag = stop.clone();
    let thread = std::thread::Builder::new()
        .name("sandbox".into())
        .spawn(move || http::serve(listener, handler, stop_flag))?;
    Ok(Running {
        url: format!("http://{addr}/"),
        stop,
        addr,
        thread: Some(thread),
    })
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A handler that panicked must not take the sandbox down with it.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn handle(shared: &Shared, req: Request) -> Reply {
    if let Some(control) = req.path.strip_prefix("/__sandbox/") {
        return control_request(shared, control, &req);
    }
    let (action, format) = wire::route(&req.path);
    let params = Params::parse(req.header("content-type"), &req.body);
    let auth = auth_kind(shared, &req, params.as_ref().ok());
    let fault = lock(&shared.faults).take(&action);

    let mut entry = json!({
        "seq": shared.seq.fetch_add(1, Ordering::SeqCst) + 1,
        "time": now(shared).to_string(),
        "method": req.method,
        "path": req.path,
        "action": action,
        "format": if format == WireFormat::Xml { "xml" } else { "json" },
        "auth": auth,
        "user_agent": req.header("user-agent"),
        "content_type": req.header("content-type"),
        "params": params.as_ref().map(|p| p.for_log()).unwrap_or(Value::Null),
        "fault": fault.as_ref().map(|f| format!("{:?}", f.kind)),
    });

    let early = match fault.as_ref().map(|f| f.kind) {
        Some(Kind::Reset) => Some(Reply::Close),
        Some(Kind::Http500) => Some(Reply::new(
            500,
            "text/html; charset=utf-8",
            "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>\
             <body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>",
        )),
        Some(Kind::Http502) => Some(Reply::new(
            502,
            "text/html",
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n\
             <hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        )),
        Some(Kind::Garbage) => Some(Reply::new(200, "application/json", &b"\x1f\x8b\x08garbage{{{<<<"[..])),
        Some(Kind::UnknownAction) => {
            let (content_type, body) = wire::body(format, &wire::error(1000));
            Some(Reply::new(200, content_type, body))
        }
        _ => None,
    };
    if let Some(reply) = early {
        entry["answer"] = json!("fault");
        log_request(shared, entry);
        return reply;
    }
    if let Some(f) = fault.as_ref().filter(|f| f.kind == Kind::Delay) {
        std::thread::sleep(Duration::from_millis(f.ms));
    }

    let answer = answer(shared, &req, &action, params, auth);
    entry["answer"] = match answer.get("error").and_then(|e| e.get("code")) {
        Some(code) => json!(format!("error {code}")),
        None => json!("ok"),
    };
    log_request(shared, entry);
    let (content_type, body) = wire::body(format, &answer);
    match fault.map(|f| f.kind) {
        Some(Kind::ActThenDrop) => Reply::Close,
        Some(Kind::Truncated) => Reply::Truncated { content_type, body },
        _ => Reply::new(200, content_type, body),
    }
}

/// The API's answer to one request, as a value.
fn answer(
    shared: &Shared,
    req: &Request,
    action: &str,
    params: Result<Params, String>,
    auth: &str,
) -> Value {
    if req.method != "POST" {
        return wire::error(1000);
    }
    if let Some(code) = action.strip_prefix("error/") {
        return match code.parse::<i64>() {
            Ok(c) if errors::is_known(c) => wire::error(c),
            _ => wire::error(2002),
        };
    }
    let Ok(params) = params else {
        return wire::error(1006);
    };
    if auth != "token" && auth != "user" {
        return wire::error(1001);
    }
    let mut state = lock(&shared.state);
    let mut world = World {
        state: &mut state,
        now: now(shared),
    };
    let resources: [ResourceHandler; 7] = [
        account::handle,
        sending::handle,
        reports::handle,
        incoming::handle,
        phones::handle,
        senders::handle,
        blacklist::handle,
    ];
    for handle in resources {
        if let Some(answer) = handle(&mut world, action, &params) {
            return answer;
        }
    }
    wire::error(1000)
}

fn auth_kind(shared: &Shared, req: &Request, params: Option<&Params>) -> &'static str {
    if let Some(h) = req.header("authorization") {
        let token = h
            .strip_prefix("Bearer ")
            .or_else(|| h.strip_prefix("bearer "))
            .unwrap_or("");
        return if token.trim() == shared.options.token {
            "token"
        } else {
            "bad"
        };
    }
    let user = params.and_then(|p| p.text("username"));
    let pass = params.and_then(|p| p.text("password"));
    match (user, pass) {
        (None, None) => "none",
        (Some(u), Some(p)) if u == shared.options.username && p == shared.options.password => {
            "user"
        }
        _ => "bad",
    }
}

fn now(shared: &Shared) -> jiff::Timestamp {
    let offset = shared.clock_offset_secs.load(Ordering::SeqCst);
    jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_secs(offset))
        .unwrap_or_else(|_| jiff::Timestamp::now())
}

fn log_request(shared: &Shared, entry: Value) {
    if let Some(dir) = &shared.options.state_dir {
        if let Ok(mut f) = OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("requests.ndjson"))
        {
            let mut line = entry.to_string();
            line.push('\n');
            let _ = f.write_all(line.as_bytes());
        }
    }
    lock(&shared.requests).push(entry);
}

fn control_request(shared: &Shared, what: &str, req: &Request) -> Reply {
    let ok = |v: Value| Reply::new(200, "application/json", v.to_string());
    let bad = |m: String| Reply::new(400, "application/json", json!({"error": m}).to_string());
    match (req.method.as_str(), what.trim_end_matches('/')) {
        ("GET", "requests") => ok(Value::Array(lock(&shared.requests).clone())),
        ("GET", "callbacks") => ok(callbacks::attempts(shared)),
        ("DELETE", "requests") => {
            lock(&shared.requests).clear();
            ok(json!({"success": true}))
        }
        ("POST", "faults") => match serde_json::from_slice::<Fault>(&req.body) {
            Ok(f) => {
                lock(&shared.faults).arm(f);
                ok(json!({"success": true}))
            }
            Err(e) => bad(format!("bad fault: {e}")),
        },
        ("DELETE", "faults") => {
            lock(&shared.faults).clear();
            ok(json!({"success": true}))
        }
        ("POST", "messages") => {
            let mut state = lock(&shared.state);
            let now = now(shared).as_second();
            match seed::messages(&mut state, now, &req.body) {
                Ok(ids) => ok(json!({"success": true, "ids": ids})),
                Err(e) => bad(e),
            }
        }
        ("POST", "inbound") => {
            let mut state = lock(&shared.state);
            let now = now(shared).as_second();
            match seed::inbound(&mut state, now, &req.body) {
                Ok(ids) => ok(json!({"success": true, "ids": ids})),
                Err(e) => bad(e),
            }
        }
        ("POST", "clock") => {
            let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
            match body.get("advance_secs").and_then(Value::as_i64) {
                Some(secs) => {
                    let total = shared.clock_offset_secs.fetch_add(secs, Ordering::SeqCst) + secs;
                    ok(json!({"success": true, "offset_secs": total}))
                }
                None => bad("expected {\"advance_secs\": N}".into()),
            }
        }
        _ => Reply::new(404, "text/plain", "unknown sandbox control path\n"),
    }
}

//! The receiver behind `webhook listen`: checks each request, turns it into an event, hands the
//! event to the durable journal (`--append`) and the command (`--exec`), prints it as one JSON
//! line on stdout, and only then answers `OK`.
//!
//! # Checks, in order (a refused request is answered, noted on stderr, and not recorded)
//! 1. the source address is in the allow-list (`403`);
//! 2. the shared secret, when one is set: the `secret` query parameter, compared in constant
//!    time (`403`); it is removed from the event wherever it appears and never printed;
//! 3. GET or POST (`405`), to the path prefix or `<prefix>/dlr|reply|premium` (`404`);
//! 4. the body: a form (`application/x-www-form-urlencoded`, also assumed without a
//!    Content-Type) or a JSON object (`application/json`, or a body starting with `{`);
//!    anything else `415`, invalid UTF-8 or JSON `400` (size limits: see [`super::http`]).
//!
//! A request with no parameters at all (a panel or a health check probing the URL) is answered
//! `OK` and not recorded. Percent-encoded bytes that are not UTF-8 (say ISO-8859-2 from an old
//! gateway script) are decoded with U+FFFD in their place; which charset the gateway uses when it
//! substitutes a placeholder is not documented.
//!
//! # Handling an event
//! `--append FILE` first: the line is appended and the file synced (`fdatasync`) before anything
//! else, so an event answered `OK` survives a crash. Concurrent requests share one sync (group
//! commit), which is what lets the journal keep up with bursts. Then `--exec`: the command runs
//! through the shell with the JSON line on stdin, the fields in `SERWERSMS_EVENT_*` variables
//! (`…_KIND`, `…_MESSAGE_ID`, `…_STATUS`, …), its stdout sent to our stderr so it cannot mix
//! with the NDJSON, and [`EXEC_TIMEOUT`] to finish. Then the line on stdout. If any of these
//! fails the answer is `500`, so the gateway tries again; an event can therefore arrive more
//! than once (dedupe on `message_id`).

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::event::{self, Event};
use super::http::{self, Head, Request, Response};
use super::networks::{self, Network};
use super::{Kind, Mapping, SECRET_PARAM};
use crate::secret::{Redactor, Secret};

/// How long an `--exec` command may run before the event is answered non-OK.
pub const EXEC_TIMEOUT: Duration = Duration::from_secs(30);

/// What the listener does.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `""` (the root) or `/path` without a trailing slash.
    pub prefix: String,
    pub secret: Option<Secret>,
    pub allow: Vec<Network>,
    pub exec: Option<String>,
    pub append: Option<PathBuf>,
    pub mapping: Mapping,
}

/// A `--path-prefix` as the listener compares it: `/serwersms`, or `""` for the root.
pub fn normalize_prefix(text: &str) -> Result<String, String> {
    let t = text.trim();
    if !t.starts_with('/') {
        return Err(format!("'{text}' must start with /"));
    }
    if t.contains(['?', '#', ' ', '%']) || t.chars().any(|c| c.is_control()) {
        return Err(format!("'{text}' must be a plain path, e.g. /serwersms"));
    }
    Ok(t.trim_end_matches('/').to_string())
}

pub struct Listener {
    options: Options,
    journal: Option<Journal>,
    redactor: Redactor,
    stop: Arc<AtomicBool>,
    addr: SocketAddr,
    events: AtomicU64,
    stdout_failed: AtomicBool,
}

impl Listener {
    /// Open the journal (if any). `addr` is the server's, to wake it if stdout goes away.
    pub fn new(options: Options, addr: SocketAddr, stop: Arc<AtomicBool>) -> io::Result<Listener> {
        let journal = match &options.append {
            Some(path) => Some(Journal::open(path)?),
            None => None,
        };
        let redactor = Redactor::new(options.secret.clone());
        Ok(Listener {
            options,
            journal,
            redactor,
            stop,
            addr,
            events: AtomicU64::new(0),
            stdout_failed: AtomicBool::new(false),
        })
    }

    /// How many events were answered OK.
    pub fn events(&self) -> u64 {
        self.events.load(Ordering::SeqCst)
    }

    /// Whether the listener stopped because stdout was closed.
    pub fn stdout_failed(&self) -> bool {
        self.stdout_failed.load(Ordering::SeqCst)
    }

    /// The kind a path names: `Some(None)` for the bare prefix, `None` for a path not ours.
    fn route(&self, path: &str) -> Option<Option<Kind>> {
        let rest = path.strip_prefix(self.options.prefix.as_str())?;
        let rest = rest.trim_end_matches('/');
        if rest.is_empty() {
            return Some(None);
        }
        let segment = rest.strip_prefix('/')?;
        Kind::from_segment(segment).map(Some)
    }

    fn note_refusal(&self, head: &Head, response: &Response, why: &str) {
        note(&format!(
            "refused {} {:?} from {}: {why} ({})",
            head.method,
            self.shown_path(&head.path),
            head.peer,
            response.status
        ));
    }

    /// A request path as it may be printed: a URL pasted with `&` for `?` puts the secret in
    /// the path, and a wrong secret may be the right one mistyped, so every `secret=` value
    /// is masked, and the secret itself wherever it stands.
    fn shown_path(&self, path: &str) -> String {
        // Decoded first, so that `secret%3D…` and `%73ecret=…` are found too.
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let mut shown = String::with_capacity(decoded.len());
        let mut rest: &str = &decoded;
        while let Some(at) = rest.to_ascii_lowercase().find(&format!("{SECRET_PARAM}=")) {
            let value_at = at + SECRET_PARAM.len() + 1;
            shown.push_str(&rest[..value_at]);
            shown.push_str("(redacted)");
            rest = &rest[value_at..];
            rest = &rest[rest
                .find(['&', ';', '/', '?', '#', ' '])
                .unwrap_or(rest.len())..];
        }
        shown.push_str(rest);
        self.redactor.scrub(&shown)
    }

    fn secret_ok(&self, query: &str) -> bool {
        let Some(secret) = &self.options.secret else {
            return true;
        };
        let given = form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == SECRET_PARAM)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        constant_time_eq(given.as_bytes(), secret.expose().as_bytes())
    }

    /// The JSON line for an event.
    fn line(&self, event: &Event, head: &Head) -> String {
        let mut line = Map::new();
        line.insert("kind".into(), Value::String(event.kind.as_str().into()));
        line.extend(event.fields.clone());
        if !event.unsubstituted.is_empty() {
            line.insert(
                "unsubstituted".into(),
                Value::from(event.unsubstituted.clone()),
            );
        }
        let now = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%S%.3fZ");
        line.insert("received_at".into(), Value::String(now.to_string()));
        line.insert("remote".into(), Value::String(head.peer.to_string()));
        line.insert("method".into(), Value::String(head.method.clone()));
        line.insert("path".into(), Value::String(head.path.clone()));
        line.insert("params".into(), Value::Object(event.params.clone()));
        // The secret parameter is already gone; this catches it anywhere else it was echoed.
        self.redactor.scrub(&Value::Object(line).to_string())
    }

    fn record(&self, event: &Event, line: &str) -> Result<(), String> {
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        if let Some(journal) = &self.journal {
            journal
                .append(&bytes)
                .map_err(|e| format!("cannot append to {}: {e}", journal.path.display()))?;
        }
        if let Some(cmd) = &self.options.exec {
            run_exec(cmd, event, &bytes)?;
        }
        let mut out = io::stdout().lock();
        if let Err(e) = out.write_all(&bytes).and_then(|_| out.flush()) {
            // Nobody reads the events any more (`webhook listen | head -1`): stop.
            self.stdout_failed.store(true, Ordering::SeqCst);
            self.stop.store(true, Ordering::SeqCst);
            http::wake(self.addr);
            return Err(format!("cannot write to stdout: {e}"));
        }
        Ok(())
    }
}

impl http::Handler for Listener {
    fn check(&self, head: &Head) -> Option<Response> {
        let refuse = |status: u16, why: &str| {
            let response = Response::new(status, format!("{}\n", http_reason(status)));
            self.note_refusal(head, &response, why);
            Some(response)
        };
        if !networks::allowed(&self.options.allow, head.peer) {
            return refuse(403, "the address is not in --allow");
        }
        if !self.secret_ok(&head.query) {
            return refuse(403, "wrong or missing secret");
        }
        if head.method != "GET" && head.method != "POST" {
            return refuse(405, "only GET and POST are accepted");
        }
        if self.route(&head.path).is_none() {
            return refuse(404, "not a webhook path");
        }
        None
    }

    fn handle(&self, request: Request) -> Response {
        let head = &request.head;
        let kind = self.route(&head.path).flatten();
        let params = match params(&request) {
            Ok(p) => p,
            Err(response) => {
                let why = response.body.trim().to_string();
                self.note_refusal(head, &response, &why);
                return response;
            }
        };
        if params.is_empty() {
            return Response::new(200, "OK");
        }
        let event = event::recognize(kind, &params, &self.options.mapping);
        let line = self.line(&event, head);
        match self.record(&event, &line) {
            Ok(()) => {
                self.events.fetch_add(1, Ordering::SeqCst);
                Response::new(200, "OK")
            }
            Err(why) => {
                note(&format!(
                    "answered 500 to {} {:?} from {} so that the gateway retries: {}",
                    head.method,
                    self.shown_path(&head.path),
                    head.peer,
                    self.redactor.scrub(&why)
                ));
                Response::new(500, "ERROR")
            }
        }
    }

    fn refused(&self, peer: IpAddr, response: &Response) {
        note(&format!(
            "refused a request from {peer}: {} ({})",
            response.body.trim(),
            response.status
        ));
    }
}

fn note(message: &str) {
    let _ = writeln!(io::stderr().lock(), "serwersms: {message}");
}

fn http_reason(status: u16) -> &'static str {
    match status {
        403 => "forbidden",
        404 => "not found",
        405 => "method not allowed",
        _ => "refused",
    }
}

/// Equal, in a time that depends only on the lengths (not on where the bytes differ).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= x ^ y;
    }
    diff == 0
}

/// The parameters of a request: the query's, then the body's; the secret removed.
fn params(request: &Request) -> Result<Vec<(String, Value)>, Response> {
    let mut out: Vec<(String, Value)> = form_urlencoded::parse(request.head.query.as_bytes())
        .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
        .collect();
    let body = &request.body;
    if !body.iter().all(u8::is_ascii_whitespace) {
        let Ok(text) = std::str::from_utf8(body) else {
            return Err(Response::new(400, "the body is not UTF-8\n"));
        };
        let ct = request
            .head
            .header("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let media = ct.split(';').next().unwrap_or("").trim();
        let text = text.trim();
        let json = media.ends_with("json") || (media.is_empty() && text.starts_with('{'));
        if json {
            match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(map)) => out.extend(map),
                Ok(_) => return Err(Response::new(400, "the JSON body is not an object\n")),
                Err(_) => return Err(Response::new(400, "the JSON body is invalid\n")),
            }
        } else if matches!(
            media,
            "" | "application/x-www-form-urlencoded" | "text/plain"
        ) {
            out.extend(
                form_urlencoded::parse(text.as_bytes())
                    .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned()))),
            );
        } else {
            return Err(Response::new(
                415,
                "send a form (application/x-www-form-urlencoded) or a JSON object\n",
            ));
        }
    }
    out.retain(|(k, _)| !k.eq_ignore_ascii_case(SECRET_PARAM));
    Ok(out)
}

/// Run `--exec` for one event.
fn run_exec(cmd: &str, event: &Event, line: &[u8]) -> Result<(), String> {
    let mut command = crate::config::shell(cmd);
    // The handler gets the event, not the secret that guards the listener.
    command.env_remove("SERWERSMS_WEBHOOK_SECRET");
    command.env("SERWERSMS_EVENT_KIND", event.kind.as_str());
    for (name, value) in &event.fields {
        if let Some(v) = value.as_str() {
            command.env(
                format!("SERWERSMS_EVENT_{}", name.to_ascii_uppercase()),
                v.replace('\0', ""),
            );
        }
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::from(io::stderr()))
        .stderr(Stdio::inherit());
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run --exec command: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        let input = line.to_vec();
        // In a thread: a command that does not read its stdin must not block us.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("the --exec command failed ({status})")),
            Ok(None) if started.elapsed() >= EXEC_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "the --exec command did not finish within {} s",
                    EXEC_TIMEOUT.as_secs()
                ));
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(e) => return Err(format!("cannot wait for the --exec command: {e}")),
        }
    }
}

/// The `--append` file: NDJSON, synced before an event is answered.
struct Journal {
    path: PathBuf,
    writer: Mutex<Appender>,
    /// A second handle to the same file, to sync without holding the writer's lock.
    sync_handle: File,
    /// How many lines are known to be on disk.
    synced: Mutex<u64>,
}

struct Appender {
    file: File,
    /// Lines written so far.
    written: u64,
    /// The file's length after the last whole line.
    len: u64,
}

impl Journal {
    fn open(path: &Path) -> io::Result<Journal> {
        // Events carry phone numbers and message texts: private, and there after a crash.
        let mut file = crate::durable::open_private_append(path)?;
        let mut len = file.metadata()?.len();
        if len > 0 {
            // A line torn by a crash: start the next event on a line of its own.
            let mut last = [0u8; 1];
            file.seek(SeekFrom::End(-1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                file.write_all(b"\n")?;
                len += 1;
            }
        }
        let sync_handle = file.try_clone()?;
        Ok(Journal {
            path: path.to_path_buf(),
            writer: Mutex::new(Appender {
                file,
                written: 0,
                len,
            }),
            sync_handle,
            synced: Mutex::new(0),
        })
    }

    /// Append one line and return once it is on disk.
    fn append(&self, line: &[u8]) -> io::Result<()> {
        let seq = {
            let mut w = lock(&self.writer);
            if let Err(e) = w.file.write_all(line) {
                // Do not leave half a line for the next event to be glued to.
                let len = w.len;
                let _ = w.file.set_len(len);
                return Err(e);
            }
            w.len += line.len() as u64;
            w.written += 1;
            w.written
        };
        // Group commit: whoever holds this lock syncs every line written so far, so requests
        // that arrived meanwhile need no sync of their own.
        let mut synced = lock(&self.synced);
        if *synced >= seq {
            return Ok(());
        }
        let target = lock(&self.writer).written;
        self.sync_handle.sync_data()?;
        *synced = target;
        Ok(())
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(normalize_prefix("/serwersms/").unwrap(), "/serwersms");
        assert_eq!(normalize_prefix("/").unwrap(), "");
        assert!(normalize_prefix("serwersms").is_err());
        assert!(normalize_prefix("/a?b").is_err());
    }

    #[test]
    fn constant_time_comparison() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
        assert!(constant_time_eq(b"", b""));
    }

    fn listener(prefix: &str) -> Listener {
        Listener::new(
            Options {
                prefix: prefix.into(),
                ..Default::default()
            },
            "127.0.0.1:9".parse().unwrap(),
            Arc::new(AtomicBool::new(false)),
        )
        .unwrap()
    }

    #[test]
    fn routes() {
        let l = listener("/serwersms");
        assert_eq!(l.route("/serwersms"), Some(None));
        assert_eq!(l.route("/serwersms/"), Some(None));
        assert_eq!(l.route("/serwersms/dlr"), Some(Some(Kind::Dlr)));
        assert_eq!(l.route("/serwersms/premium/"), Some(Some(Kind::Premium)));
        assert_eq!(l.route("/serwersms/other"), None);
        assert_eq!(l.route("/serwersmsx/dlr"), None);
        assert_eq!(l.route("/"), None);
        let root = listener("");
        assert_eq!(root.route("/"), Some(None));
        assert_eq!(root.route("/reply"), Some(Some(Kind::Reply)));
    }

    fn request(query: &str, content_type: Option<&str>, body: &str) -> Request {
        let mut headers = Vec::new();
        if let Some(ct) = content_type {
            headers.push(("Content-Type".to_string(), ct.to_string()));
        }
        Request {
            head: Head {
                method: "POST".into(),
                path: "/".into(),
                query: query.into(),
                headers,
                peer: "127.0.0.1".parse().unwrap(),
            },
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn bodies() {
        let p = params(&request(
            "secret=x&a=1",
            Some("application/x-www-form-urlencoded"),
            "b=%C5%BC+y&SECRET=z",
        ))
        .unwrap();
        assert_eq!(
            p,
            vec![
                ("a".to_string(), Value::from("1")),
                ("b".to_string(), Value::from("ż y"))
            ]
        );
        let p = params(&request("", None, "{\"id\": 5, \"secret\": \"s\"}")).unwrap();
        assert_eq!(p, vec![("id".to_string(), Value::from(5))]);
        let status = |r: Request| params(&r).unwrap_err().status;
        assert_eq!(status(request("", Some("application/json"), "[1]")), 400);
        assert_eq!(status(request("", Some("application/json"), "{")), 400);
        assert_eq!(
            status(request("", Some("multipart/form-data; boundary=x"), "--x")),
            415
        );
        let mut bad = request("", None, "");
        bad.body = vec![0xff, 0xfe];
        assert_eq!(status(bad), 400);
    }

    #[test]
    fn journal_appends_whole_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.ndjson");
        std::fs::write(&path, "{\"torn\":").unwrap();
        let j = Arc::new(Journal::open(&path).unwrap());
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let j = j.clone();
                std::thread::spawn(move || {
                    for i in 0..25 {
                        j.append(format!("{{\"t\":{t},\"i\":{i}}}\n").as_bytes())
                            .unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 101);
        assert_eq!(lines[0], "{\"torn\":");
        for l in &lines[1..] {
            serde_json::from_str::<Value>(l).unwrap();
        }
        assert_eq!(*lock(&j.synced), 100);
    }
}

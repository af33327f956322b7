//! The HTTP exchange: one [`Client`] per run, one [`Client::call`] for every action.
//!
//! # Wire
//! Every call is a `POST` of a JSON object to `<base><resource>/<action>.json` (or `.xml` when the
//! action names that suffix), carrying `system` (this client's name) and, for an API user,
//! `username`/`password`; an API token goes in `Authorization: Bearer`. Errors come back as
//! HTTP 200 with an `error` object, so ureq's status-as-error is off and every status is read
//! here.
//!
//! # Retry and failover policy
//! * A connection that cannot be opened (refused, unreachable, DNS failure, connect timeout, TLS
//!   handshake failure) sent nothing, so any action may try again: the client switches to the
//!   fallback host, if there is one, for this call and the rest of the run.
//! * Reading actions (see [`is_read_only`]) are retried up to 3 attempts in all, with backoff
//!   (0.3 s, then 1 s), after a transport failure, a timeout, an HTTP 5xx or a truncated body.
//! * An action that changes something (a send, a delete, an add, a charged lookup, or reading
//!   replies with `read=true`) is never sent twice once its bytes may have reached the server:
//!   a failure after that point (reset, timeout, 5xx, unusable body) becomes
//!   [`ApiError::OutcomeUnknown`], and the caller tells the user how to check.
//! * The API's own error object is final and never retried.
//!
//! # Secrets
//! `-v` traces every request and response to stderr, with the `Authorization` value, the
//! `password` field and any known secret that appears anywhere in the text replaced by
//! `(redacted)`. With `--mask-numbers`, phone numbers in the trace are masked too
//! (`+48500***700`).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::decode::{decode, excerpt, Decoded};
use super::error::{ApiError, BodyProblem};
use crate::secret::{Redactor, Secret};

/// The value of the `system` field: which client made the call.
pub const SYSTEM: &str = "client_serwersms_cli";

/// The largest body accepted, so a runaway server cannot exhaust memory.
const MAX_BODY: u64 = 256 * 1024 * 1024;

/// How the client proves who it is.
#[derive(Debug, Clone)]
pub enum Auth {
    /// An API token, sent as `Authorization: Bearer`.
    Token(Secret),
    /// An API user, sent as `username` and `password` in the body.
    User { username: String, password: Secret },
}

/// Everything the client needs, resolved and validated by the settings layer.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub api_url: String,
    pub fallback_url: Option<String>,
    pub auth: Auth,
    pub timeout: Duration,
    pub verbose: bool,
    /// Mask phone numbers in the `-v` trace.
    pub mask_numbers: bool,
}

pub struct Client {
    agent: ureq::Agent,
    primary: String,
    fallback: Option<String>,
    on_fallback: AtomicBool,
    auth: Auth,
    verbose: bool,
    mask_numbers: bool,
    timeout: Duration,
    redactor: Redactor,
}

/// How an exchange failed before a response could be read.
enum TransportFailure {
    /// No connection was opened: nothing reached the server.
    NotSent(String),
    /// The request may have reached the server.
    MaybeSent(String),
}

/// Response headers as `< name: value` lines; cookies and credentials are never shown.
fn trace_headers(headers: &ureq::http::HeaderMap) -> String {
    let mut text = String::new();
    for (name, value) in headers {
        let name = name.as_str();
        let value = match name {
            "set-cookie" | "authorization" | "proxy-authorization" | "www-authenticate" => {
                "(redacted)"
            }
            _ => value.to_str().unwrap_or("(not text)"),
        };
        text.push_str(&format!("< {name}: {value}\n"));
    }
    text
}

/// Whether a URL names this machine by `localhost` or a loopback address: such traffic never
/// goes through a proxy from the environment (one would not reach back here, so `--sandbox`
/// would fail wherever `HTTP_PROXY` is set). A name under `.localhost` still may, for a
/// proxy that routes it on purpose.
fn bypasses_proxy(url: &str) -> bool {
    let host = crate::config::url_host(url);
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Client {
    pub fn new(config: ClientConfig) -> Client {
        let mut builder = ureq::Agent::config_builder();
        if bypasses_proxy(&config.api_url) {
            builder = builder.proxy(None);
        }
        let agent: ureq::Agent = builder
            .http_status_as_error(false)
            .timeout_global(Some(config.timeout))
            .timeout_connect(Some(config.timeout.min(Duration::from_secs(15))))
            .user_agent(concat!("serwersms/", env!("CARGO_PKG_VERSION")))
            // The API never redirects; following one could carry credentials to another host.
            .max_redirects(0)
            // `send --concurrency 8` keeps that many connections alive between batches.
            .max_idle_connections_per_host(8)
            .build()
            .into();
        let secrets = match &config.auth {
            Auth::Token(t) => vec![t.clone()],
            Auth::User { password, .. } => vec![password.clone()],
        };
        Client {
            agent,
            primary: with_slash(&config.api_url),
            fallback: config.fallback_url.as_deref().map(with_slash),
            on_fallback: AtomicBool::new(false),
            auth: config.auth,
            verbose: config.verbose,
            mask_numbers: config.mask_numbers,
            timeout: config.timeout,
            redactor: Redactor::new(secrets),
        }
    }

    /// Call one action (`messages/send_sms`, optionally with `.json`/`.xml`) with these
    /// parameters, and return the decoded body.
    pub fn call(&self, action: &str, params: Map<String, Value>) -> Result<Value, ApiError> {
        let (path, suffix) = split_suffix(action);
        let read_only = is_read_only(path, &params);
        let body = self.body(params);
        let max_attempts = if read_only { 3 } else { 1 };
        let mut attempt = 0;
        loop {
            attempt += 1;
            let base = self.base();
            let url = format!("{base}{path}{suffix}");
            let started = Instant::now();
            self.trace_request(&url, &body);
            let result = self.exchange(&url, &body);
            let retry_left = attempt < max_attempts;
            let failure = match result {
                Ok((status, bytes, headers)) => {
                    self.trace_response(status, started.elapsed(), &headers, &bytes);
                    match self.interpret(path, status, &bytes) {
                        Ok(value) => return Ok(value),
                        Err(e @ ApiError::Api { .. }) => return Err(e),
                        Err(e) => {
                            let retryable = match &e {
                                ApiError::Status { status, .. } => *status >= 500,
                                ApiError::Body { problem, .. } => {
                                    matches!(problem, BodyProblem::Truncated | BodyProblem::Empty)
                                }
                                _ => false,
                            };
                            let refused =
                                matches!(&e, ApiError::Status { status, .. } if *status < 500);
                            if read_only && retryable && retry_left {
                                self.backoff(attempt);
                                continue;
                            }
                            if read_only || refused {
                                return Err(e);
                            }
                            return Err(unknown(path, e));
                        }
                    }
                }
                Err(f) => f,
            };
            match failure {
                TransportFailure::NotSent(reason) => {
                    self.trace_note(&format!("connection failed: {reason}"));
                    if self.switch_to_fallback() {
                        attempt -= 1;
                        continue;
                    }
                    if read_only && retry_left {
                        self.backoff(attempt);
                        continue;
                    }
                    return Err(ApiError::Connect { url, reason });
                }
                TransportFailure::MaybeSent(reason) => {
                    self.trace_note(&format!("request failed: {reason}"));
                    if read_only && retry_left {
                        self.backoff(attempt);
                        continue;
                    }
                    let e = ApiError::Transport {
                        action: path.to_string(),
                        reason,
                        attempts: attempt,
                    };
                    return Err(if read_only { e } else { unknown(path, e) });
                }
            }
        }
    }

    fn base(&self) -> &str {
        match (&self.fallback, self.on_fallback.load(Ordering::Relaxed)) {
            (Some(f), true) => f,
            _ => &self.primary,
        }
    }

    /// Move to the fallback host; false if there is none or we are already on it.
    fn switch_to_fallback(&self) -> bool {
        if self.fallback.is_none() || self.on_fallback.swap(true, Ordering::Relaxed) {
            return false;
        }
        self.trace_note(&format!(
            "switching to the fallback host {}",
            self.fallback.as_deref().unwrap_or_default()
        ));
        true
    }

    fn backoff(&self, attempt: u32) {
        let wait = if attempt <= 1 { 300 } else { 1000 };
        self.trace_note(&format!("retrying in {wait} ms"));
        std::thread::sleep(Duration::from_millis(wait));
    }

    fn body(&self, mut params: Map<String, Value>) -> Vec<u8> {
        params.insert("system".into(), Value::String(SYSTEM.into()));
        if let Auth::User { username, password } = &self.auth {
            params.insert("username".into(), Value::String(username.clone()));
            params.insert("password".into(), Value::String(password.expose().into()));
        }
        serde_json::to_vec(&params).unwrap_or_default()
    }

    /// One POST: the status, the body, and (for `-v`) the response headers as trace lines.
    fn exchange(&self, url: &str, body: &[u8]) -> Result<(u16, Vec<u8>, String), TransportFailure> {
        let mut request = self
            .agent
            .post(url)
            .header("Content-Type", "application/json; charset=utf-8");
        if let Auth::Token(token) = &self.auth {
            request = request.header("Authorization", format!("Bearer {}", token.expose()));
        }
        let mut response = request.send(body).map_err(|e| self.classify(e))?;
        let status = response.status().as_u16();
        let headers = if self.verbose {
            trace_headers(response.headers())
        } else {
            String::new()
        };
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => {
                    TransportFailure::MaybeSent("the response is larger than 256 MiB".into())
                }
                other => TransportFailure::MaybeSent(format!(
                    "the response body was cut off ({})",
                    self.describe(&other)
                )),
            })?;
        Ok((status, bytes, headers))
    }

    fn interpret(&self, action: &str, status: u16, bytes: &[u8]) -> Result<Value, ApiError> {
        if status != 200 {
            return Err(ApiError::Status {
                action: action.to_string(),
                status,
                excerpt: self.redactor.scrub(&excerpt(bytes)),
            });
        }
        match decode(bytes) {
            Ok(Decoded::Data(value)) => Ok(value),
            Ok(Decoded::Error {
                code,
                kind,
                message,
            }) => Err(ApiError::Api {
                action: action.to_string(),
                code,
                kind,
                message: self.redactor.scrub(&message),
            }),
            Err(problem) => Err(ApiError::Body {
                action: action.to_string(),
                problem,
                excerpt: self.redactor.scrub(&excerpt(bytes)),
            }),
        }
    }

    fn classify(&self, e: ureq::Error) -> TransportFailure {
        use std::io::ErrorKind as K;
        let reason = self.describe(&e);
        match &e {
            ureq::Error::HostNotFound
            | ureq::Error::ConnectionFailed
            | ureq::Error::BadUri(_)
            | ureq::Error::RequireHttpsOnly(_)
            | ureq::Error::InvalidProxyUrl
            | ureq::Error::ConnectProxyFailed(_)
            | ureq::Error::Tls(_)
            | ureq::Error::Rustls(_)
            | ureq::Error::Pem(_)
            | ureq::Error::TlsRequired => TransportFailure::NotSent(reason),
            ureq::Error::Timeout(ureq::Timeout::Resolve | ureq::Timeout::Connect) => {
                TransportFailure::NotSent(reason)
            }
            ureq::Error::Io(io)
                if matches!(
                    io.kind(),
                    K::ConnectionRefused
                        | K::AddrNotAvailable
                        | K::NetworkUnreachable
                        | K::HostUnreachable
                        | K::AddrInUse
                ) =>
            {
                TransportFailure::NotSent(reason)
            }
            _ => TransportFailure::MaybeSent(reason),
        }
    }

    fn describe(&self, e: &ureq::Error) -> String {
        let text = match e {
            ureq::Error::Timeout(_) => {
                format!(
                    "no answer within {} s (--timeout)",
                    self.timeout.as_secs_f64()
                )
            }
            ureq::Error::Io(io) => io.to_string(),
            other => other.to_string(),
        };
        self.redactor.scrub(&text)
    }

    fn trace_request(&self, url: &str, body: &[u8]) {
        if !self.verbose {
            return;
        }
        let mut shown: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        if let Some(obj) = shown.as_object_mut() {
            if obj.contains_key("password") {
                obj.insert("password".into(), Value::String("(redacted)".into()));
            }
        }
        let mut text = format!("> POST {url}\n");
        if matches!(self.auth, Auth::Token(_)) {
            text.push_str("> authorization: Bearer (redacted)\n");
        }
        text.push_str("> content-type: application/json; charset=utf-8\n");
        text.push_str(concat!(
            "> user-agent: serwersms/",
            env!("CARGO_PKG_VERSION"),
            "\n"
        ));
        text.push_str(&format!("> {shown}\n"));
        self.trace(&text);
    }

    fn trace_response(&self, status: u16, took: Duration, headers: &str, body: &[u8]) {
        if !self.verbose {
            return;
        }
        let shown = String::from_utf8_lossy(body);
        let shown: String = shown.chars().take(4000).collect();
        self.trace(&format!(
            "< HTTP {status} ({} ms, {} bytes)\n{headers}< {}\n",
            took.as_millis(),
            body.len(),
            shown.trim_end()
        ));
    }

    fn trace_note(&self, note: &str) {
        if self.verbose {
            self.trace(&format!("* {note}\n"));
        }
    }

    fn trace(&self, text: &str) {
        let mut text = self.redactor.scrub(text);
        if self.mask_numbers {
            text = crate::phone::mask_all(&text);
        }
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

fn unknown(action: &str, cause: ApiError) -> ApiError {
    ApiError::OutcomeUnknown {
        action: action.to_string(),
        cause: Box::new(cause),
    }
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

/// `messages/reports.xml` → (`messages/reports`, `.xml`); no suffix means `.json`.
pub fn split_suffix(action: &str) -> (&str, &'static str) {
    let action = action.trim_matches('/');
    if let Some(path) = action.strip_suffix(".xml") {
        (path, ".xml")
    } else if let Some(path) = action.strip_suffix(".json") {
        (path, ".json")
    } else {
        (action, ".json")
    }
}

/// Whether an action only reads, so that sending it twice does no harm. Everything not listed
/// is treated as changing something. `phones/check` and `phones/lookup` are charged per query,
/// so they are not repeated either; reading replies with `read` set marks them as read.
pub fn is_read_only(action: &str, params: &Map<String, Value>) -> bool {
    const READS: &[&str] = &[
        "account/limits",
        "account/help",
        "account/messages",
        "messages/reports",
        "messages/view",
        "messages/recived",
        "messages/received",
        "phones/test",
        "senders/index",
        "blacklist/index",
        "blacklist/check",
        "groups/index",
        "groups/view",
        "groups/check",
        "contacts/index",
        "contacts/view",
        "files/index",
        "files/view",
        "templates/index",
        "templates/rcs",
        "subaccounts/index",
        "subaccounts/view",
        "payments/index",
        "payments/view",
        "payments/invoice",
        "stats/index",
        "premium/index",
        "quiz/view",
    ];
    if action.starts_with("error/") {
        return true;
    }
    if !READS.contains(&action) {
        return false;
    }
    let marks_read = params.get("read").is_some_and(|v| match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !matches!(s.as_str(), "" | "0" | "false"),
        _ => false,
    });
    !marks_read
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_bypasses_proxies() {
        for url in [
            "http://127.0.0.1:8642/",
            "http://localhost/",
            "http://[::1]:80/",
            "http://127.8.0.1/",
        ] {
            assert!(bypasses_proxy(url), "{url}");
        }
        for url in [
            "https://api2.serwersms.pl/",
            "http://serwersms.localhost:4321/",
            "https://localhost.example.com/",
        ] {
            assert!(!bypasses_proxy(url), "{url}");
        }
    }

    #[test]
    fn suffixes() {
        assert_eq!(
            split_suffix("messages/reports"),
            ("messages/reports", ".json")
        );
        assert_eq!(
            split_suffix("messages/reports.xml"),
            ("messages/reports", ".xml")
        );
        assert_eq!(split_suffix("/error/1000.json"), ("error/1000", ".json"));
    }

    #[test]
    fn read_only_policy() {
        let none = Map::new();
        assert!(is_read_only("account/limits", &none));
        assert!(is_read_only("error/1001", &none));
        assert!(!is_read_only("messages/send_sms", &none));
        assert!(!is_read_only("phones/check", &none));
        let mut read = Map::new();
        read.insert("read".into(), Value::Bool(true));
        assert!(!is_read_only("messages/recived", &read));
    }
}

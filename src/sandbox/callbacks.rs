//! Pushing delivery reports and replies to a subscriber (`sandbox --callback-url URL`), as the
//! gateway does once callback addresses are entered in the customer panel (reference §4).
//!
//! The URL is the receiver's base address, the one given to `webhook urls --public-url` (its
//! query, e.g. `?secret=S`, is kept). The sandbox stands for a panel into which the printed
//! templates were pasted:
//! * DLR: `URL/dlr?<query>&smsid=#SMSID#&stan=#STAN#&data=#DATA#&przyczyna=#PRZYCZYNA#`
//! * reply: `URL/reply?<query>&numer=#NUMER#&data=#DATA#&id=#ID#&wiadomosc=#WIADOMOSC#`
//!
//! and substitutes the placeholders, percent-encoded: `#SMSID#` the message id, `#STAN#` its
//! status as `messages/reports` names it (`delivered`, `undelivered`, `unsent`), `#PRZYCZYNA#`
//! the reason (`wrong_number`, …; empty when delivered), `#DATA#` the time it reached that state
//! (`YYYY-MM-DD HH:MM:SS`, Warsaw); for replies `#NUMER#` the sender as digits without `+`
//! (`48500600700`, like the documented Premium example), `#ID#` the incoming message's id,
//! `#WIADOMOSC#` its text. These values are the sandbox's choices: the real DLR and reply
//! placeholders are not documented.
//!
//! A background thread looks at the store every [`TICK`]: a message whose
//! [`Message::progress`](super::state::Message::progress) reaches a final state (on the
//! sandbox clock) gets one DLR, an incoming message one reply push. Messages already final and
//! incoming messages already stored when the sandbox starts are not pushed (the panel pushes
//! what happens while an address is set); what was pushed is remembered in memory only, so a
//! push still being retried when the sandbox stops is not sent again.
//!
//! Each push is a GET, waiting at most 35 s for its answer (the real gateway's wait is not
//! documented; this one outlasts `webhook listen`'s 30 s for an --exec command). The answer
//! must be HTTP 200 with the body `OK`. Otherwise it is tried
//! again after 0.25, 0.5, 1 and 2 s, then given up (noted on stderr). `GET /__sandbox/callbacks`
//! lists every attempt, for tests.

use std::collections::{HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::state::{DELIVERED_AFTER_SECS, SENT_AFTER_SECS};
use super::{lock, now, Shared, World};

/// How often the store is looked at.
pub const TICK: Duration = Duration::from_millis(250);
const ATTEMPTS: u32 = 5;
const FIRST_RETRY: Duration = Duration::from_millis(250);
/// How many attempts `GET /__sandbox/callbacks` keeps.
const LOG_LIMIT: usize = 10_000;

const DLR_QUERY: &str = "smsid=#SMSID#&stan=#STAN#&data=#DATA#&przyczyna=#PRZYCZYNA#";
const REPLY_QUERY: &str = "numer=#NUMER#&data=#DATA#&id=#ID#&wiadomosc=#WIADOMOSC#";

/// The two templates for a base URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Templates {
    pub dlr: String,
    pub reply: String,
}

impl Templates {
    /// Check a base URL (`http(s)://host[:port]/path[?query]`) and build the templates.
    pub fn new(base: &str) -> Result<Templates, String> {
        let url = base.trim();
        let rest = url
            .strip_prefix("http://")
            .or_else(|| url.strip_prefix("https://"))
            .ok_or_else(|| format!("'{url}' must start with http:// or https://"))?;
        let host = rest.split(['/', '?']).next().unwrap_or("");
        if host.is_empty() || host.contains('@') {
            return Err(format!("'{url}' has no host (or has credentials in it)"));
        }
        if url.contains('#') || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!("'{url}' must not contain '#' or spaces"));
        }
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let path = path.trim_end_matches('/');
        let query = query.trim_matches('&');
        let join = |kind: &str, q: &str| {
            if query.is_empty() {
                format!("{path}/{kind}?{q}")
            } else {
                format!("{path}/{kind}?{query}&{q}")
            }
        };
        Ok(Templates {
            dlr: join("dlr", DLR_QUERY),
            reply: join("reply", REPLY_QUERY),
        })
    }
}

/// A template with its placeholders replaced by percent-encoded values.
pub fn substitute(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (token, value) in values {
        let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
        out = out.replace(token, &encoded);
    }
    out
}

struct Push {
    kind: &'static str,
    id: String,
    url: String,
    attempts: u32,
    due: Instant,
}

/// Start the pushing thread; it ends when `stop` is set.
pub(super) fn start(
    shared: Arc<Shared>,
    templates: Templates,
    stop: Arc<AtomicBool>,
) -> std::io::Result<JoinHandle<()>> {
    // The baseline is taken here, before the sandbox answers anything: taken in the thread, a
    // message stored right after start-up could count as already there and never be pushed.
    let baseline = {
        let state = lock(&shared.state);
        let now = now(&shared).as_second();
        let done: HashSet<String> = state
            .messages
            .iter()
            .filter(|m| is_final(m.progress(now).status))
            .map(|m| m.id.clone())
            .collect();
        (done, state.inbound.len())
    };
    std::thread::Builder::new()
        .name("sandbox-callbacks".into())
        .spawn(move || run(&shared, &templates, &stop, baseline))
}

fn run(
    shared: &Shared,
    templates: &Templates,
    stop: &AtomicBool,
    baseline: (HashSet<String>, usize),
) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        // Longer than `webhook listen` lets an --exec command run (30 s), so that a slow
        // handler is not pushed the same event again; the real gateway's wait is unknown.
        .timeout_global(Some(Duration::from_secs(35)))
        .max_redirects(0)
        .proxy(None)
        .user_agent("serwersms-sandbox-callbacks")
        .build()
        .into();
    let (mut pushed, mut inbound_seen) = baseline;
    let mut queue: VecDeque<Push> = VecDeque::new();
    while !stop.load(Ordering::SeqCst) {
        collect(
            shared,
            templates,
            &mut pushed,
            &mut inbound_seen,
            &mut queue,
        );
        let mut waiting = VecDeque::new();
        while let Some(mut push) = queue.pop_front() {
            if stop.load(Ordering::SeqCst) {
                return;
            }
            if push.due > Instant::now() {
                waiting.push_back(push);
                continue;
            }
            push.attempts += 1;
            let answer = attempt(&agent, &push.url);
            let ok = answer == "200 OK";
            log(shared, &push, &answer);
            if ok {
                continue;
            }
            if push.attempts >= ATTEMPTS {
                eprintln!(
                    "serwersms sandbox: gave up pushing the {} for {} after {} attempts (last answer: {answer})",
                    push.kind, push.id, push.attempts
                );
                continue;
            }
            push.due = Instant::now() + FIRST_RETRY * 2u32.pow(push.attempts - 1);
            waiting.push_back(push);
        }
        queue = waiting;
        std::thread::sleep(TICK);
    }
}

fn is_final(status: &str) -> bool {
    matches!(status, "delivered" | "undelivered" | "unsent")
}

/// Queue a DLR for every message that became final and a reply push for every new incoming one.
fn collect(
    shared: &Shared,
    templates: &Templates,
    pushed: &mut HashSet<String>,
    inbound_seen: &mut usize,
    queue: &mut VecDeque<Push>,
) {
    let state = lock(&shared.state);
    let now = now(shared).as_second();
    let due = Instant::now();
    for m in &state.messages {
        if pushed.contains(&m.id) {
            continue;
        }
        let p = m.progress(now);
        if !is_final(p.status) {
            continue;
        }
        // When it got there: delivered_at, or the moment the same rules make it final.
        let at = p
            .delivered_at
            .or(p
                .sent_at
                .map(|s| s - SENT_AFTER_SECS + DELIVERED_AFTER_SECS))
            .unwrap_or(m.queued_at);
        let date = World::api_time(at);
        let url = substitute(
            &templates.dlr,
            &[
                ("#SMSID#", &m.id),
                ("#STAN#", p.status),
                ("#DATA#", &date),
                ("#PRZYCZYNA#", p.reason.as_deref().unwrap_or("")),
            ],
        );
        pushed.insert(m.id.clone());
        queue.push_back(Push {
            kind: "dlr",
            id: m.id.clone(),
            url,
            attempts: 0,
            due,
        });
    }
    for inbound in state.inbound.iter().skip(*inbound_seen) {
        let id = inbound.id.to_string();
        let date = World::api_time(inbound.received_at);
        let url = substitute(
            &templates.reply,
            &[
                ("#NUMER#", inbound.phone.trim_start_matches('+')),
                ("#DATA#", &date),
                ("#ID#", &id),
                ("#WIADOMOSC#", &inbound.text),
            ],
        );
        queue.push_back(Push {
            kind: "reply",
            id,
            url,
            attempts: 0,
            due,
        });
    }
    *inbound_seen = state.inbound.len();
}

/// One GET; the answer as `<status> <body>` (body trimmed, at most 100 bytes), or the error.
fn attempt(agent: &ureq::Agent, url: &str) -> String {
    match agent.get(url).call() {
        Ok(mut response) => {
            let status = response.status().as_u16();
            let body = response
                .body_mut()
                .with_config()
                .limit(4096)
                .read_to_string()
                .unwrap_or_default();
            let body: String = body.trim().chars().take(100).collect();
            format!("{status} {body}")
        }
        Err(e) => format!("error: {e}"),
    }
}

fn log(shared: &Shared, push: &Push, answer: &str) {
    let mut log = lock(&shared.callbacks);
    if log.len() >= LOG_LIMIT {
        log.remove(0);
    }
    log.push(json!({
        "kind": push.kind,
        "id": push.id,
        "url": push.url,
        "attempt": push.attempts,
        "answer": answer,
    }));
}

/// What `GET /__sandbox/callbacks` answers.
pub(super) fn attempts(shared: &Shared) -> Value {
    Value::Array(lock(&shared.callbacks).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_keep_the_query() {
        let t = Templates::new("http://127.0.0.1:8080/serwersms/?secret=abc").unwrap();
        assert_eq!(
            t.dlr,
            "http://127.0.0.1:8080/serwersms/dlr?secret=abc&smsid=#SMSID#&stan=#STAN#&data=#DATA#&przyczyna=#PRZYCZYNA#"
        );
        assert!(t
            .reply
            .starts_with("http://127.0.0.1:8080/serwersms/reply?secret=abc&numer="));
        let bare = Templates::new("https://h.example").unwrap();
        assert_eq!(bare.dlr, format!("https://h.example/dlr?{DLR_QUERY}"));
        for bad in [
            "ftp://x/",
            "http://",
            "http://u@h/",
            "http://h/#x",
            "h:80/x",
        ] {
            assert!(Templates::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn values_are_percent_encoded() {
        let url = substitute(
            "http://h/reply?numer=#NUMER#&wiadomosc=#WIADOMOSC#",
            &[
                ("#NUMER#", "48500600700"),
                ("#WIADOMOSC#", "Tak & nie #1 ż"),
            ],
        );
        assert_eq!(
            url,
            "http://h/reply?numer=48500600700&wiadomosc=Tak+%26+nie+%231+%C5%BC"
        );
    }
}

//! `webhook listen` and `webhook urls`, and the whole push loop on one machine: a sandbox with
//! `--callback-url` pointing at a listener on a random port.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command as StdCommand, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::*;

const SECRET: &str = "hook-secret-4e1f9a7c";

/// A `webhook listen` process on a random loopback port, killed when dropped.
struct Listener {
    child: Child,
    /// `http://127.0.0.1:PORT/serwersms`
    url: String,
    port: u16,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
    stdout_all: Arc<Mutex<String>>,
}

impl Listener {
    fn start(env: &Env, args: &[&str]) -> Listener {
        let mut child = env
            .std_cmd()
            .args(["webhook", "listen", "--bind", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start webhook listen");
        let (tx, lines) = channel();
        let stdout_all = Arc::new(Mutex::new(String::new()));
        let all = stdout_all.clone();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                all.lock().unwrap().push_str(&line);
                all.lock().unwrap().push('\n');
                let _ = tx.send(line);
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let (ready_tx, ready) = channel();
        let err_text = stderr.clone();
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    let _ = ready_tx.send(rest.split_whitespace().next().unwrap().to_string());
                }
                err_text.lock().unwrap().push_str(&line);
                err_text.lock().unwrap().push('\n');
            }
        });
        let addr = match ready.recv_timeout(Duration::from_secs(20)) {
            Ok(a) => a,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the listener did not start: {}", stderr.lock().unwrap());
            }
        };
        let port = addr.split(['/', ':']).nth(1).unwrap().parse().unwrap();
        Listener {
            child,
            url: format!("http://{addr}"),
            port,
            lines,
            stderr,
            stdout_all,
        }
    }

    /// The next event line on stdout.
    fn event(&self) -> Value {
        let line = self
            .lines
            .recv_timeout(Duration::from_secs(15))
            .unwrap_or_else(|_| panic!("no event; stderr:\n{}", self.stderr()));
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    fn no_event_within(&self, wait: Duration) {
        if let Ok(line) = self.lines.recv_timeout(wait) {
            panic!("unexpected event: {line}");
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn stdout(&self) -> String {
        self.stdout_all.lock().unwrap().clone()
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .timeout_global(Some(Duration::from_secs(20)))
            .build()
            .into()
    }

    /// GET `<url><suffix>`: (status, body).
    fn get(&self, suffix: &str) -> (u16, String) {
        let mut resp = Self::agent()
            .get(format!("{}{suffix}", self.url))
            .call()
            .unwrap();
        (
            resp.status().as_u16(),
            resp.body_mut().read_to_string().unwrap(),
        )
    }

    fn post(&self, suffix: &str, content_type: &str, body: &str) -> (u16, String) {
        let mut resp = Self::agent()
            .post(format!("{}{suffix}", self.url))
            .header("Content-Type", content_type)
            .send(body)
            .unwrap();
        (
            resp.status().as_u16(),
            resp.body_mut().read_to_string().unwrap(),
        )
    }

    /// Bytes written straight to the socket; the raw answer.
    fn raw(&self, bytes: &[u8]) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        let _ = s.write_all(bytes);
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    fn assert_alive(&self) {
        let (status, body) = self.get(&format!("/dlr?secret={SECRET}&smsid=alive&stan=sent"));
        assert_eq!((status, body.as_str()), (200, "OK"), "{}", self.stderr());
        assert_eq!(self.event()["message_id"], "alive");
    }

    /// Send SIGTERM and wait for the exit status.
    #[cfg(unix)]
    fn terminate(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(StdCommand::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < until, "the listener did not stop");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn secret_args() -> Vec<&'static str> {
    vec!["--secret", SECRET]
}

/// Run a command that must be refused before doing anything (exit 2); its stderr.
fn usage_error(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    stderr(&out)
}

#[test]
fn sandbox_pushes_delivery_reports_to_the_listener() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let sb = Sandbox::with_args(&["--callback-url", &format!("{}?secret={SECRET}", hook.url)]);
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600700", "text": "Paczka czeka"},
        {"phone": "+48500600404"},
        {"phone": "+48500600000"},
    ]));
    // Not final yet: nothing is pushed before the clock moves.
    hook.no_event_within(Duration::from_millis(600));
    sb.advance_clock(10);
    let mut events = [hook.event(), hook.event()];
    events.sort_by_key(|e| e["status"].as_str().unwrap().to_string());
    let (delivered, undelivered) = (&events[0], &events[1]);
    assert_eq!(delivered["kind"], "dlr");
    assert_eq!(delivered["message_id"], ids[0].as_str());
    assert_eq!(delivered["status"], "delivered");
    assert_eq!(delivered["path"], "/serwersms/dlr");
    assert!(delivered.get("reason").is_none(), "{delivered}");
    let date = delivered["date"].as_str().unwrap();
    assert_eq!(date.len(), 19, "{date}");
    assert_eq!(undelivered["message_id"], ids[1].as_str());
    assert_eq!(undelivered["status"], "undelivered");
    assert_eq!(undelivered["reason"], "wrong_number");
    assert_eq!(undelivered["params"]["przyczyna"], "wrong_number");
    assert!(undelivered["params"].get("secret").is_none());
    // A number that never gets a report is never pushed, and nothing is pushed twice.
    hook.no_event_within(Duration::from_millis(1000));
    let attempts: Value = Listener::agent()
        .get(format!("{}__sandbox/callbacks", sb.url))
        .call()
        .unwrap()
        .body_mut()
        .read_json()
        .unwrap();
    let attempts = attempts.as_array().unwrap();
    assert_eq!(attempts.len(), 2, "{attempts:?}");
    assert!(attempts.iter().all(|a| a["answer"] == "200 OK"));
    assert!(!hook.stdout().contains(SECRET) && !hook.stderr().contains(SECRET));
}

/// The whole loop on one machine, as the README shows it: `serwersms send` to a sandbox that
/// pushes to `webhook listen`; the DLR line names the id `send` printed.
#[test]
fn a_send_then_its_delivery_report_arrives_at_the_listener() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let sb = Sandbox::with_args(&["--callback-url", &format!("{}?secret={SECRET}", hook.url)]);
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700",
            "--text",
            "Paczka czeka",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id = json(&out)["items"][0]["id"].as_str().unwrap().to_string();
    sb.advance_clock(10);
    let e = hook.event();
    assert_eq!(
        (
            e["kind"].as_str(),
            e["message_id"].as_str(),
            e["status"].as_str()
        ),
        (Some("dlr"), Some(id.as_str()), Some("delivered"))
    );
}

#[test]
fn sandbox_pushes_replies_to_the_listener() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let sb = Sandbox::with_args(&["--callback-url", &format!("{}/?secret={SECRET}", hook.url)]);
    let text = "Przyjadę o 16 & później #1 +ok";
    let ids = sb.seed_inbound(json!([{"phone": "+48600700800", "text": text, "kind": "eco"}]));
    let e = hook.event();
    assert_eq!(e["kind"], "reply");
    assert_eq!(e["from"], "+48600700800");
    assert_eq!(e["text"], text);
    assert_eq!(e["message_id"], ids[0].to_string());
    assert_eq!(e["params"]["numer"], "48600700800");
    assert!(e.get("unsubstituted").is_none(), "{e}");
}

#[test]
fn sandbox_retries_until_the_answer_is_ok() {
    let env = Env::new();
    // Fails the first two times, then succeeds.
    let counter = env.dir.path().join("count");
    let cmd = format!(
        "n=$(cat {c} 2>/dev/null || echo 0); n=$((n+1)); echo $n > {c}; [ $n -ge 3 ]",
        c = counter.display()
    );
    let hook = Listener::start(&env, &["--secret", SECRET, "--exec", &cmd]);
    let sb = Sandbox::with_args(&["--callback-url", &format!("{}?secret={SECRET}", hook.url)]);
    let ids = sb.seed_inbound(json!([{"phone": "+48600700800", "text": "tak"}]));
    let e = hook.event();
    assert_eq!(e["message_id"], ids[0].to_string());
    assert_eq!(std::fs::read_to_string(&counter).unwrap().trim(), "3");
    hook.no_event_within(Duration::from_millis(800));
    assert_eq!(
        hook.stderr().matches("answered 500").count(),
        2,
        "{}",
        hook.stderr()
    );
}

#[test]
fn sandbox_refuses_a_bad_callback_url() {
    let env = Env::new();
    let err = usage_error(
        &env,
        &[
            "sandbox",
            "--memory",
            "--port",
            "0",
            "--callback-url",
            "ftp://x/",
        ],
    );
    assert!(err.contains("--callback-url"), "{err}");
}

#[test]
fn get_post_form_and_json_give_the_same_event() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let q = "smsid=aca3944055&stan=undelivered&data=2026-11-26+10%3A00%3A05&przyczyna=2001";
    let (status, body) = hook.get(&format!("/dlr?secret={SECRET}&{q}"));
    assert_eq!((status, body.as_str()), (200, "OK"));
    let from_get = hook.event();
    let (status, _) = hook.post(
        &format!("/dlr?secret={SECRET}"),
        "application/x-www-form-urlencoded",
        q,
    );
    assert_eq!(status, 200);
    let from_form = hook.event();
    let (status, _) = hook.post(
        &format!("/dlr?secret={SECRET}"),
        "application/json",
        r#"{"smsid":"aca3944055","stan":"undelivered","data":"2026-11-26 10:00:05","przyczyna":2001}"#,
    );
    assert_eq!(status, 200);
    let from_json = hook.event();
    for e in [&from_get, &from_form, &from_json] {
        assert_eq!(e["kind"], "dlr");
        assert_eq!(e["message_id"], "aca3944055");
        assert_eq!(e["status"], "undelivered");
        assert_eq!(e["reason"], "wrong_number");
        assert_eq!(e["reason_code"], "2001");
        assert_eq!(e["date"], "2026-11-26 10:00:05");
    }
    assert_eq!(from_get["method"], "GET");
    assert_eq!(from_form["method"], "POST");
    assert_eq!(from_json["params"]["przyczyna"], 2001);
}

#[test]
fn legacy_and_premium_names_are_recognized_on_the_bare_prefix() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    // The Magento module's DLR and reply names; the kind is inferred.
    assert_eq!(
        hook.get(&format!(
            "?secret={SECRET}&smsid=x1&stan=delivered&data=2014-10-21+11:18:03"
        ))
        .0,
        200
    );
    let e = hook.event();
    assert_eq!(
        (e["kind"].as_str(), e["message_id"].as_str()),
        (Some("dlr"), Some("x1"))
    );
    hook.get(&format!(
        "/?secret={SECRET}&numer=500600700&wiadomosc=Hej&data=2014-10-21+11:18:03"
    ));
    let e = hook.event();
    assert_eq!(
        (e["kind"].as_str(), e["from"].as_str()),
        (Some("reply"), Some("+48500600700"))
    );
    // The documented Premium example, through the URL `webhook urls` prints.
    hook.get(&format!(
        "/premium?secret={SECRET}&z_numeru=48500600700&na_numer=71200&data=2026-11-26+10:00:00&idsms=98765&limit=2&wiadomosc=KOD+ABC"
    ));
    let e = hook.event();
    assert_eq!(e["kind"], "premium");
    assert_eq!(e["from"], "+48500600700");
    assert_eq!(e["to"], "71200");
    assert_eq!(e["message_id"], "98765");
    assert_eq!(e["limit"], "2");
    assert_eq!(e["text"], "KOD ABC");
    // The same with the values substituted as they are, spaces not encoded.
    let answer = hook.raw(
        format!(
            "GET /serwersms/premium?secret={SECRET}&z_numeru=48500600700&na_numer=71200&data=2026-11-26 10:00:00&idsms=98766&wiadomosc=KOD 123 HTTP/1.1\r\n\r\n"
        )
        .as_bytes(),
    );
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let e = hook.event();
    assert_eq!(
        (e["message_id"].as_str(), e["text"].as_str()),
        (Some("98766"), Some("KOD 123"))
    );
    // A placeholder the gateway did not substitute is reported, not taken for a value.
    hook.get(&format!(
        "/reply?secret={SECRET}&numer=48500600700&id=%23ID%23&wiadomosc=x"
    ));
    let e = hook.event();
    assert_eq!(e["unsubstituted"], json!(["id"]));
    assert!(e.get("message_id").is_none());
    // A probe without parameters is answered and not recorded.
    assert_eq!(
        hook.get(&format!("?secret={SECRET}")),
        (200, "OK".to_string())
    );
    hook.no_event_within(Duration::from_millis(300));
}

#[test]
fn parameter_names_come_from_the_config_file() {
    let env = Env::new();
    env.write_config("[webhook]\nmessage_id = [\"ref\"]\nstatus = \"st\"\ntext = \"tresc_sms\"\n");
    let hook = Listener::start(&env, &secret_args());
    hook.get(&format!("?secret={SECRET}&ref=R-17&st=DELIVRD"));
    let e = hook.event();
    assert_eq!(e["kind"], "dlr");
    assert_eq!(e["message_id"], "R-17");
    assert_eq!(e["status"], "DELIVRD");
    hook.get(&format!("/reply?secret={SECRET}&tresc_sms=ok"));
    assert_eq!(hook.event()["text"], "ok");

    let bad = Env::new();
    bad.write_config("[webhook]\nmsg_ref = \"ref\"\n");
    let err = usage_error(&bad, &["webhook", "listen", "--bind", "127.0.0.1:0"]);
    assert!(err.contains("unknown key `webhook.msg_ref`"), "{err}");
}

#[test]
fn append_is_on_disk_before_the_answer() {
    let env = Env::new();
    let file = env.dir.path().join("events.ndjson");
    let hook = Listener::start(
        &env,
        &["--secret", SECRET, "--append", file.to_str().unwrap()],
    );
    for i in 0..5 {
        let (status, body) = hook.get(&format!("/dlr?secret={SECRET}&smsid=m{i}&stan=delivered"));
        assert_eq!((status, body.as_str()), (200, "OK"));
        // Read right after the answer, without waiting: the line must already be there.
        let text = std::fs::read_to_string(&file).unwrap();
        let last: Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
        assert_eq!(last["message_id"], format!("m{i}"));
        assert_eq!(text.lines().count(), i + 1);
    }
    assert!(!std::fs::read_to_string(&file).unwrap().contains(SECRET));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_failing_append_answers_non_ok() {
    let env = Env::new();
    // Every write to /dev/full fails with "no space left on device".
    let hook = Listener::start(&env, &["--secret", SECRET, "--append", "/dev/full"]);
    let (status, body) = hook.get(&format!("/dlr?secret={SECRET}&smsid=m1&stan=delivered"));
    assert_eq!((status, body.as_str()), (500, "ERROR"));
    hook.no_event_within(Duration::from_millis(300));
    assert!(
        hook.stderr().contains("cannot append to /dev/full"),
        "{}",
        hook.stderr()
    );
}

#[test]
fn append_to_an_unopenable_file_is_a_usage_error() {
    let env = Env::new();
    let err = usage_error(
        &env,
        &[
            "webhook",
            "listen",
            "--bind",
            "127.0.0.1:0",
            "--append",
            "/nonexistent/dir/x.ndjson",
        ],
    );
    assert!(
        err.contains("cannot open --append /nonexistent/dir/x.ndjson"),
        "{err}"
    );
}

#[test]
fn exec_gets_the_event_in_env_and_stdin() {
    let env = Env::new();
    let out_file = env.dir.path().join("exec.txt");
    let stdin_file = env.dir.path().join("stdin.json");
    let cmd = format!(
        "printf '%s|%s|%s|%s\\n' \"$SERWERSMS_EVENT_KIND\" \"$SERWERSMS_EVENT_MESSAGE_ID\" \"$SERWERSMS_EVENT_STATUS\" \"$SERWERSMS_EVENT_TO\" >> {o}; cat > {s}; echo from-exec",
        o = out_file.display(),
        s = stdin_file.display()
    );
    let hook = Listener::start(&env, &["--secret", SECRET, "--exec", &cmd]);
    let (status, _) = hook.get(&format!(
        "/dlr?secret={SECRET}&smsid=abc&stan=delivered&phone=500600700"
    ));
    assert_eq!(status, 200);
    // The command finished before the answer.
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        "dlr|abc|delivered|+48500600700\n"
    );
    let stdin: Value =
        serde_json::from_str(&std::fs::read_to_string(&stdin_file).unwrap()).unwrap();
    assert_eq!(stdin["message_id"], "abc");
    let e = hook.event();
    assert_eq!(e["message_id"], "abc");
    // The command's stdout does not mix with the events.
    assert!(!hook.stdout().contains("from-exec"));
}

#[test]
fn a_failing_exec_answers_non_ok() {
    let env = Env::new();
    let hook = Listener::start(&env, &["--secret", SECRET, "--exec", "exit 3"]);
    let (status, body) = hook.get(&format!("/dlr?secret={SECRET}&smsid=abc&stan=delivered"));
    assert_eq!((status, body.as_str()), (500, "ERROR"));
    hook.no_event_within(Duration::from_millis(300));
    assert!(
        hook.stderr().contains("the --exec command failed"),
        "{}",
        hook.stderr()
    );
}

#[test]
fn the_secret_is_required_and_never_shown() {
    let env = Env::new();
    let file = env.dir.path().join("events.ndjson");
    let hook = Listener::start(
        &env,
        &["--secret", SECRET, "--append", file.to_str().unwrap()],
    );
    assert_eq!(hook.get("/dlr?smsid=a&stan=delivered").0, 403);
    assert_eq!(hook.get("/dlr?secret=hook-secret-4e1f9a7d&smsid=a").0, 403);
    assert_eq!(hook.get(&format!("/dlr?secret={SECRET}x&smsid=a")).0, 403);
    // A URL pasted with `&` for `?`, or the secret as a path segment: refused, not printed.
    assert_ne!(hook.get(&format!("/dlr&secret={SECRET}&smsid=a")).0, 200);
    assert_ne!(hook.get(&format!("/{SECRET}")).0, 200);
    assert_ne!(hook.get("/dlr&Secret=mistyped-secret-1&smsid=a").0, 200);
    assert_ne!(hook.get("/dlr&secret%3Dmistyped-secret-1?x=1").0, 200);
    assert_ne!(hook.get("/dlr&%73ecret=mistyped-secret-1").0, 200);
    // The secret in a body does not count, and is not printed either.
    let (status, _) = hook.post(
        "/dlr",
        "application/x-www-form-urlencoded",
        &format!("secret={SECRET}&smsid=a"),
    );
    assert_eq!(status, 403);
    hook.no_event_within(Duration::from_millis(200));
    let (status, _) = hook.post(
        &format!("/dlr?secret={SECRET}"),
        "application/json",
        &format!(r#"{{"smsid":"b","stan":"sent","secret":"{SECRET}","note":"{SECRET}"}}"#),
    );
    assert_eq!(status, 200);
    let e = hook.event();
    assert_eq!(e["message_id"], "b");
    assert!(e["params"].get("secret").is_none());
    assert_eq!(e["params"]["note"], "(redacted)");
    assert!(hook.stderr().contains("wrong or missing secret"));
    for text in [
        hook.stdout(),
        hook.stderr(),
        std::fs::read_to_string(&file).unwrap(),
    ] {
        assert!(!text.contains(SECRET), "the secret leaked:\n{text}");
        assert!(
            !text.contains("mistyped-secret-1"),
            "a wrong secret leaked:\n{text}"
        );
    }
    // Too short a secret is refused before listening.
    let err = usage_error(
        &env,
        &[
            "webhook",
            "listen",
            "--bind",
            "127.0.0.1:0",
            "--secret",
            "short",
        ],
    );
    assert!(err.contains("at least 8 characters"), "{err}");
}

#[test]
fn the_allow_list_refuses_other_networks() {
    let env = Env::new();
    let hook = Listener::start(&env, &["--allow", "10.0.0.0/8", "192.0.2.0/24"]);
    let (status, _) = hook.get("/dlr?smsid=a&stan=delivered");
    assert_eq!(status, 403);
    hook.no_event_within(Duration::from_millis(200));
    assert!(
        hook.stderr().contains("not in --allow"),
        "{}",
        hook.stderr()
    );
    drop(hook);
    let hook = Listener::start(&env, &["--allow", "10.0.0.0/8,127.0.0.0/8"]);
    assert_eq!(hook.get("/dlr?smsid=a&stan=delivered").0, 200);
    assert_eq!(hook.event()["message_id"], "a");

    let err = usage_error(
        &env,
        &[
            "webhook",
            "listen",
            "--bind",
            "127.0.0.1:0",
            "--allow",
            "10.0.0.0/33",
        ],
    );
    assert!(err.contains("--allow '10.0.0.0/33'"), "{err}");
}

#[test]
fn oversized_and_malformed_requests_are_refused_without_crashing() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let big = "a".repeat(70 * 1024);
    let (status, _) = hook.post(
        &format!("/dlr?secret={SECRET}"),
        "application/x-www-form-urlencoded",
        &format!("smsid={big}"),
    );
    assert_eq!(status, 413);
    let answer =
        hook.raw(format!("GET /serwersms?x={} HTTP/1.1\r\n\r\n", "b".repeat(40_000)).as_bytes());
    assert!(answer.starts_with("HTTP/1.1 414"), "{answer}");
    let answer = hook.raw(
        format!(
            "GET /serwersms HTTP/1.1\r\nX-A: {}\r\n\r\n",
            "c".repeat(40_000)
        )
        .as_bytes(),
    );
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    for garbage in [
        &b"GARBAGE\r\n\r\n"[..],
        b"GET /serwersms HTTP/9.9\r\n\r\n",
        b"GET /serwersms HTTP/1.1\r\nno colon here\r\n\r\n",
        b"GET /serwersms HTTP/1.1\r\nContent-Length: x\r\n\r\n",
        b"\xff\xfe\xfd\r\n\r\n",
    ] {
        let answer = hook.raw(garbage);
        assert!(
            answer.starts_with("HTTP/1.1 400") || answer.starts_with("HTTP/1.1 505"),
            "{garbage:?}: {answer}"
        );
    }
    let chunked = format!(
        "POST /serwersms/dlr?secret={SECRET} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nsmsid\r\n0\r\n\r\n"
    );
    assert!(hook.raw(chunked.as_bytes()).starts_with("HTTP/1.1 411"));
    assert_eq!(
        hook.post(
            &format!("/dlr?secret={SECRET}"),
            "application/json",
            "{\"smsid\":"
        )
        .0,
        400
    );
    assert_eq!(
        hook.post(
            &format!("/dlr?secret={SECRET}"),
            "application/json",
            "[1,2]"
        )
        .0,
        400
    );
    assert_eq!(
        hook.post(
            &format!("/dlr?secret={SECRET}"),
            "multipart/form-data; boundary=x",
            "--x--"
        )
        .0,
        415
    );
    let (status, _) = hook.get(&format!("/elsewhere?secret={SECRET}&smsid=a"));
    assert_eq!(status, 404);
    let answer = hook.raw(
        format!("PUT /serwersms/dlr?secret={SECRET} HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
            .as_bytes(),
    );
    assert!(answer.starts_with("HTTP/1.1 405"), "{answer}");
    // A client that opens a connection and says nothing does not hold up the others.
    let _silent = TcpStream::connect(("127.0.0.1", hook.port)).unwrap();
    hook.no_event_within(Duration::from_millis(100));
    hook.assert_alive();
}

#[test]
fn keep_alive_connections_carry_many_events() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let mut s = TcpStream::connect(("127.0.0.1", hook.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let mut reader = BufReader::new(s.try_clone().unwrap());
    for i in 0..3 {
        let body = format!("smsid=k{i}&stan=delivered");
        write!(
            s,
            "POST /serwersms/dlr?secret={SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        let mut len = 0;
        loop {
            let mut h = String::new();
            reader.read_line(&mut h).unwrap();
            if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap();
            }
            if h == "\r\n" {
                break;
            }
        }
        let mut b = vec![0; len];
        reader.read_exact(&mut b).unwrap();
        assert_eq!(b, b"OK");
        assert_eq!(hook.event()["message_id"], format!("k{i}"));
    }
}

#[cfg(unix)]
#[test]
fn sigterm_stops_it_cleanly() {
    let env = Env::new();
    let mut hook = Listener::start(&env, &secret_args());
    hook.assert_alive();
    let status = hook.terminate();
    assert_eq!(status.code(), Some(0), "{}", hook.stderr());
    let until = Instant::now() + Duration::from_secs(5);
    while !hook.stderr().contains("stopped after 1 event") && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        hook.stderr().contains("stopped after 1 event"),
        "{}",
        hook.stderr()
    );
}

#[test]
fn a_public_bind_without_protection_is_warned_about() {
    let env = Env::new();
    let hook = Listener::start(&env, &[]);
    assert!(!hook.stderr().contains("warning"), "{}", hook.stderr());
    drop(hook);
    let mut child = StdCommand::new(bin())
        .env_clear()
        .args(["webhook", "listen", "--bind", "0.0.0.0:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("warning: listening on 0.0.0.0"), "{line}");
}

#[test]
fn urls_prints_the_templates_to_paste() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "webhook",
            "urls",
            "--public-url",
            "https://example.com/serwersms/",
            "--secret",
            SECRET,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!(
        "https://example.com/serwersms/dlr?secret={SECRET}&smsid=#SMSID#&stan=#STAN#&data=#DATA#&przyczyna=#PRZYCZYNA#"
    )), "{text}");
    assert!(text.contains(&format!(
        "https://example.com/serwersms/reply?secret={SECRET}&numer=#NUMER#&data=#DATA#&id=#ID#&wiadomosc=#WIADOMOSC#"
    )));
    assert!(text.contains(&format!(
        "https://example.com/serwersms/premium?secret={SECRET}&z_numeru=#NUMEROD#&na_numer=#NUMERDO#&data=#DATA#&idsms=#IDSMS#&limit=#LIMIT#&wiadomosc=#WIADOMOSC#"
    )));

    let out = env
        .cmd()
        .args([
            "webhook",
            "urls",
            "--public-url",
            "http://hooks.example/s",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let v = json(&out);
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    let premium = items.iter().find(|i| i["kind"] == "premium").unwrap();
    assert!(premium["placeholders"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["documented"] == true));
    let dlr = items.iter().find(|i| i["kind"] == "dlr").unwrap();
    assert!(dlr["placeholders"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["documented"] == false));
    assert_eq!(
        dlr["url"],
        "http://hooks.example/s/dlr?smsid=#SMSID#&stan=#STAN#&data=#DATA#&przyczyna=#PRZYCZYNA#"
    );
    let err = stderr(&out);
    assert!(
        err.contains("no --secret") && err.contains("plain http://"),
        "{err}"
    );

    let err = usage_error(&env, &["webhook", "urls", "--public-url", "example.com/x"]);
    assert!(err.contains("--public-url"), "{err}");

    let help = env
        .cmd()
        .args(["webhook", "urls", "--help"])
        .output()
        .unwrap();
    let help = stdout(&help);
    assert!(
        help.contains("documented") && help.contains("best knowledge"),
        "{help}"
    );
    assert!(help.contains("#PRZYCZYNA#") && help.contains("#NUMEROD#"));
}

#[test]
fn the_printed_urls_work_against_the_listener() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    let out = env
        .cmd()
        .args([
            "webhook",
            "urls",
            "--public-url",
            &hook.url,
            "--secret",
            SECRET,
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let v = json(&out);
    // Substitute the placeholders the way the gateway would, and send each URL.
    for item in v["items"].as_array().unwrap() {
        let mut url = item["url"].as_str().unwrap().to_string();
        for p in item["placeholders"].as_array().unwrap() {
            url = url.replace(
                p["placeholder"].as_str().unwrap(),
                &format!("v-{}", p["field"].as_str().unwrap()),
            );
        }
        let mut resp = Listener::agent().get(&url).call().unwrap();
        assert_eq!(resp.body_mut().read_to_string().unwrap(), "OK");
        let e = hook.event();
        assert_eq!(e["kind"], item["kind"]);
        for p in item["placeholders"].as_array().unwrap() {
            let field = p["field"].as_str().unwrap();
            assert_eq!(e[field], format!("v-{field}"), "{e}");
        }
    }
}

#[test]
fn connections_beyond_the_limit_are_turned_away_then_served_again() {
    let env = Env::new();
    let hook = Listener::start(&env, &secret_args());
    // 128 connections that say nothing hold every slot.
    let silent: Vec<TcpStream> = (0..128)
        .map(|_| TcpStream::connect(("127.0.0.1", hook.port)).unwrap())
        .collect();
    let answer =
        hook.raw(format!("GET /serwersms/dlr?secret={SECRET}&smsid=x HTTP/1.1\r\n\r\n").as_bytes());
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    drop(silent);
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let answer = hook.raw(
            format!("GET /serwersms/dlr?secret={SECRET}&smsid=back&stan=sent HTTP/1.1\r\n\r\n")
                .as_bytes(),
        );
        if answer.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(Instant::now() < until, "still refused: {answer}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(hook.event()["message_id"], "back");
}

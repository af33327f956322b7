//! A multi-batch `send` with a journal, interrupted: Ctrl-C and SIGTERM stop it at a safe
//! point (exit 130/143), SIGKILL at several points leaves a journal that a re-run finishes. In
//! every case the sandbox's request log must show each recipient carried out exactly once.

use std::path::PathBuf;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::*;

const RECIPIENTS: usize = 10;

fn recipients() -> Vec<String> {
    (0..RECIPIENTS).map(|i| format!("+48501{i:06}")).collect()
}

struct Run {
    journal: PathBuf,
    list: PathBuf,
}

impl Run {
    fn new(env: &Env) -> Run {
        let list = env.dir.path().join("numbers.txt");
        std::fs::write(&list, recipients().join("\n")).unwrap();
        Run {
            journal: env.dir.path().join("run.journal"),
            list,
        }
    }

    fn args(&self) -> Vec<std::ffi::OsString> {
        let mut a: Vec<std::ffi::OsString> = ["send", "--batch-size", "2", "-o", "json"]
            .iter()
            .map(Into::into)
            .collect();
        a.push("--to-file".into());
        a.push(self.list.clone().into());
        a.extend(["--text".into(), "Hi".into(), "--journal".into()]);
        a.push(self.journal.clone().into());
        a
    }

    fn spawn(&self, env: &Env, sb: &Sandbox) -> Child {
        env.std_with(sb)
            .args(self.args())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    fn run(&self, env: &Env, sb: &Sandbox) -> Output {
        env.with(sb).args(self.args()).output().unwrap()
    }
}

/// Wait until the sandbox has carried out `n` send requests.
fn wait_for_sends(sb: &Sandbox, n: usize) {
    let until = Instant::now() + Duration::from_secs(20);
    while sb.requests_for("messages/send_sms").len() < n {
        assert!(Instant::now() < until, "the send never reached request {n}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn signal(child: &Child, name: &str) {
    let ok = std::process::Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{name}");
}

fn finish(child: Child) -> Output {
    child.wait_with_output().unwrap()
}

/// After an interruption: re-runs complete the send, and the sandbox carried out each
/// recipient exactly once across all runs. A killed run's request may still be carried out
/// after the next run asked about it (the server was slow); that run then stops with exit 5,
/// and the one after it finds the batch. No more than that may be needed.
fn rerun_completes_exactly_once(env: &Env, sb: &Sandbox, run: &Run) {
    let mut again = run.run(env, sb);
    if again.status.code() == Some(5) {
        let err = stderr(&again);
        assert!(
            err.contains("the server already has these unique_ids"),
            "{err}"
        );
        again = run.run(env, sb);
    }
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(json(&again)["queued"], RECIPIENTS);
    let mut sent = sb.numbers_carried_out();
    sent.sort();
    assert_eq!(sent, recipients(), "every recipient exactly once");
}

fn stopped_by(sig: &str, code: i32, words: &str) {
    let sb = Sandbox::start();
    let env = Env::new();
    let run = Run::new(&env);
    // Each answer takes a while, so a batch is in flight when the signal comes.
    sb.fault(json!({"kind": "delay", "ms": 400, "action": "messages/send_sms", "times": 0}));
    let child = run.spawn(&env, &sb);
    wait_for_sends(&sb, 1);
    signal(&child, sig);
    let out = finish(child);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains(&format!("stopped by {words}")), "{err}");
    assert!(err.contains("run the same command again"), "{err}");
    // The batch in flight was answered and journaled; no other was started.
    let before = sb.requests_for("messages/send_sms").len();
    assert!((1..=2).contains(&before), "{before} requests");
    let doc = json(&out);
    assert_eq!(doc["queued"], before * 2, "stdout is a whole document");
    let not_sent = doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["status"] == "not_sent")
        .count();
    assert_eq!(not_sent, RECIPIENTS - before * 2);

    sb.fault(json!({"kind": "delay", "ms": 0, "times": 0}));
    rerun_completes_exactly_once(&env, &sb, &run);
    assert_eq!(
        sb.requests_for("messages/reports").len(),
        0,
        "nothing was unknown, so nothing needed checking"
    );
}

#[test]
fn ctrl_c_finishes_the_batch_in_flight_and_exits_130() {
    stopped_by("INT", 130, "Ctrl-C (SIGINT)");
}

#[test]
fn sigterm_finishes_the_batch_in_flight_and_exits_143() {
    stopped_by("TERM", 143, "SIGTERM");
}

/// SIGKILL cannot be caught: at any point the journal on disk must be enough for a re-run to
/// send to everyone exactly once. Kill points: before any request, and while the 1st, 2nd and
/// 4th request is being answered (it was carried out, the answer not yet read).
#[test]
fn sigkill_at_any_point_then_a_rerun_sends_everyone_exactly_once() {
    for kill_after in [0, 1, 2, 4] {
        let sb = Sandbox::start();
        let env = Env::new();
        let run = Run::new(&env);
        sb.fault(json!({"kind": "delay", "ms": 300, "action": "messages/send_sms", "times": 0}));
        let child = run.spawn(&env, &sb);
        if kill_after == 0 {
            std::thread::sleep(Duration::from_millis(50));
        } else {
            wait_for_sends(&sb, kill_after);
        }
        signal(&child, "KILL");
        let out = finish(child);
        assert_eq!(out.status.code(), None, "killed at point {kill_after}");
        sb.fault(json!({"kind": "delay", "ms": 0, "times": 0}));
        rerun_completes_exactly_once(&env, &sb, &run);
    }
}

/// A second Ctrl-C does not wait for the batch in flight; the journal still lets a re-run
/// finish exactly once.
#[test]
fn a_second_ctrl_c_stops_at_once_and_a_rerun_still_sends_exactly_once() {
    let sb = Sandbox::start();
    let env = Env::new();
    let run = Run::new(&env);
    sb.fault(json!({"kind": "delay", "ms": 2000, "action": "messages/send_sms", "times": 0}));
    let child = run.spawn(&env, &sb);
    // The first request is in the sandbox's hands once it has been logged by the delay.
    std::thread::sleep(Duration::from_millis(300));
    signal(&child, "INT");
    std::thread::sleep(Duration::from_millis(200));
    signal(&child, "INT");
    let started = Instant::now();
    let out = finish(child);
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "it did not wait"
    );
    assert_ne!(out.status.code(), Some(0));
    sb.fault(json!({"kind": "delay", "ms": 0, "times": 0}));
    rerun_completes_exactly_once(&env, &sb, &run);
}

/// A signal during the last batch stops nothing: everything was sent, so the run ends as it
/// would have. With `--wait` to follow, it stops before waiting, with 130, so that a script
/// does not take the exit code for "delivered".
#[test]
fn a_signal_during_the_last_batch_stops_only_a_wait() {
    for (wait, code) in [(false, 0), (true, 130)] {
        let sb = Sandbox::start();
        let env = Env::new();
        sb.fault(json!({"kind": "delay", "ms": 1500, "action": "messages/send_sms", "times": 0}));
        let mut cmd = env.std_with(&sb);
        cmd.args(["send", "--to", "500600700", "--text", "Hi", "-o", "json"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if wait {
            cmd.arg("--wait=1m");
        }
        let child = cmd.spawn().unwrap();
        // The request is in the sandbox's hands (answered after 1.5 s).
        std::thread::sleep(Duration::from_millis(700));
        signal(&child, "INT");
        let out = finish(child);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "--wait {wait}: {err}");
        assert_eq!(json(&out)["queued"], 1, "--wait {wait}");
        if wait {
            assert!(err.contains("before --wait: every batch was sent"), "{err}");
        } else {
            assert!(!err.contains("stopped by"), "{err}");
        }
    }
}

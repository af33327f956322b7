//! The fault matrix: every fault the sandbox can inject, against a read (`account limits`,
//! `status`), a send of one batch, and a multi-batch send with `--journal` followed by a
//! re-run. README's "Reliability" table states these same outcomes; a change to either must
//! change both.
//!
//! What is checked in each cell: the exit code, that a read was retried (or not), that a send
//! was never sent twice (the sandbox's request log), and with a journal, that the re-run
//! delivered every recipient exactly once.

use serde_json::json;

use crate::support::*;

#[derive(Clone, Copy)]
struct Case {
    name: &'static str,
    /// The fault, or None for "the primary URL refuses connections".
    fault: Option<&'static str>,
    /// Whether the sandbox carries out a request that this fault hits.
    acts: bool,
}

const CASES: [Case; 8] = [
    Case {
        name: "primary refuses connections",
        fault: None,
        acts: true,
    },
    Case {
        name: "HTTP 500, HTML",
        fault: Some("http500"),
        acts: false,
    },
    Case {
        name: "HTTP 502, HTML",
        fault: Some("http502"),
        acts: false,
    },
    Case {
        name: "garbage 200 body",
        fault: Some("garbage"),
        acts: false,
    },
    Case {
        name: "truncated body",
        fault: Some("truncated"),
        acts: true,
    },
    Case {
        name: "reset before the answer",
        fault: Some("reset"),
        acts: false,
    },
    Case {
        name: "slower than --timeout",
        fault: Some("delay"),
        acts: true,
    },
    Case {
        name: "acted, then dropped the answer",
        fault: Some("act_then_drop"),
        acts: true,
    },
];

/// How long the slow server takes, and the client's timeout.
const SLOW_MS: u64 = 1500;
const TIMEOUT: &str = "500ms";

fn inject(sb: &Sandbox, case: Case, action: &str, after: u32) {
    if let Some(kind) = case.fault {
        sb.fault(
            json!({"kind": kind, "action": action, "times": 1, "after": after, "ms": SLOW_MS}),
        );
    }
}

/// The command for this case: through a dead primary with the sandbox as fallback, or
/// straight to the (faulty) sandbox.
fn command(env: &Env, sb: &Sandbox, case: Case) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("SERWERSMS_TOKEN", TOKEN).args(["--timeout", TIMEOUT]);
    if case.fault.is_none() {
        c.env("SERWERSMS_API_URL", dead_url())
            .env("SERWERSMS_FALLBACK_URL", &sb.url);
    } else {
        c.env("SERWERSMS_API_URL", &sb.url);
    }
    c
}

/// A slow server carries a request out (and logs it) after the client gave up: wait for it.
fn settle(case: Case) {
    if case.fault == Some("delay") {
        std::thread::sleep(std::time::Duration::from_millis(SLOW_MS + 300));
    }
}

/// Reads retry and succeed, except on a garbage body, which no retry would cure (exit 5).
fn read(case: Case, args: &[&str], action: &str) {
    let sb = Sandbox::start();
    let env = Env::new();
    inject(&sb, case, action, 0);
    let out = command(&env, &sb, case).args(args).output().unwrap();
    settle(case);
    let (code, attempts) = match case.fault {
        None => (0, 1),
        Some("garbage") => (5, 1),
        Some(_) => (0, 2),
    };
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}: {args:?}: {}",
        case.name,
        stderr(&out)
    );
    assert_eq!(
        sb.requests_for(action).len(),
        attempts,
        "{}: attempts of {action}",
        case.name
    );
    if code == 5 {
        assert!(
            stderr(&out).contains("serwersms: error: "),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn reads_under_every_fault() {
    for case in CASES {
        read(case, &["account", "limits"], "account/limits");
        read(case, &["status", "--limit", "5"], "messages/reports");
    }
}

/// One batch: never sent twice. Where the request may have arrived, exit 5 says the outcome
/// is unknown and how to check.
#[test]
fn a_send_of_one_batch_under_every_fault() {
    for case in CASES {
        let sb = Sandbox::start();
        let env = Env::new();
        inject(&sb, case, "messages/send_sms", 0);
        let out = command(&env, &sb, case)
            .args(["send", "--to", "500600700", "--text", "Hi"])
            .output()
            .unwrap();
        settle(case);
        let err = stderr(&out);
        let requests = sb.requests_for("messages/send_sms").len();
        assert_eq!(requests, 1, "{}: sent once, never again", case.name);
        let carried = sb.numbers_carried_out().len();
        if case.fault.is_none() {
            assert_eq!(out.status.code(), Some(0), "{}: {err}", case.name);
            assert_eq!(carried, 1);
        } else {
            assert_eq!(out.status.code(), Some(5), "{}: {err}", case.name);
            assert!(err.contains("outcome unknown"), "{}: {err}", case.name);
            assert!(err.contains("serwersms status"), "{}: {err}", case.name);
            assert_eq!(
                sb.numbers_carried_out().len(),
                usize::from(case.acts),
                "{}",
                case.name
            );
        }
    }
}

/// Three batches with a journal, the fault on the 2nd: the first run stops with exit 5 at
/// the latest, and a re-run leaves every recipient carried out exactly once.
#[test]
fn a_journaled_multi_batch_send_under_every_fault() {
    let list: Vec<String> = (0..6).map(|i| format!("+48502{i:06}")).collect();
    for case in CASES {
        let sb = Sandbox::start();
        let env = Env::new();
        let file = env.dir.path().join("n.txt");
        std::fs::write(&file, list.join("\n")).unwrap();
        let journal = env.dir.path().join("run.journal");
        inject(&sb, case, "messages/send_sms", 1);
        let run = || {
            command(&env, &sb, case)
                .args(["send", "--batch-size", "2", "--text", "Hi", "--to-file"])
                .arg(&file)
                .arg("--journal")
                .arg(&journal)
                .output()
                .unwrap()
        };
        let first = run();
        let expected = if case.fault.is_none() { 0 } else { 5 };
        assert_eq!(
            first.status.code(),
            Some(expected),
            "{}: {}",
            case.name,
            stderr(&first)
        );
        settle(case);
        let again = run();
        assert_eq!(
            again.status.code(),
            Some(0),
            "{}: {}",
            case.name,
            stderr(&again)
        );
        let mut carried = sb.numbers_carried_out();
        carried.sort();
        assert_eq!(carried, list, "{}: each recipient exactly once", case.name);
    }
}

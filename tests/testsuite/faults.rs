//! The HTTP layer under faults: retries for reads, never a resend for writes, failover when
//! nothing could be sent, and a clear message with exit 5 when it gives up.

use serde_json::json;

use crate::support::*;

#[test]
fn reads_retry_5xx_and_succeed() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "http502", "action": "account/limits", "times": 2}));
    let out = env.with(&sb).args(["account", "limits"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sb.requests_for("account/limits").len(), 3);
}

#[test]
fn reads_give_up_after_three_attempts_with_the_status_and_an_excerpt() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "http500", "times": 0}));
    let out = env.with(&sb).args(["account", "limits"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains("account/limits: the server answered HTTP 500: \"500 Internal Server Error\""),
        "{err}"
    );
    assert!(!err.contains("<html"), "{err}");
    assert_eq!(sb.requests_for("account/limits").len(), 3);
}

#[test]
fn garbage_and_truncated_bodies() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "garbage", "times": 1}));
    let out = env.with(&sb).args(["account", "limits"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(
        stderr(&out).contains("a body that is not API data"),
        "{}",
        stderr(&out)
    );

    // A truncated read is retried.
    sb.fault(json!({"kind": "truncated", "times": 1}));
    let out = env
        .with(&sb)
        .args(["account", "limits", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["items"][0]["type"], "eco");
}

#[test]
fn resets_and_timeouts() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "reset", "times": 0}));
    let out = env.with(&sb).args(["account", "limits"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(
        stderr(&out).contains("account/limits: the request failed 3 times"),
        "{}",
        stderr(&out)
    );

    let sb = Sandbox::start();
    sb.fault(json!({"kind": "delay", "ms": 3000, "times": 0}));
    let out = env
        .with(&sb)
        .args(["--timeout", "500ms", "account", "limits"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(
        stderr(&out).contains("no answer within 0.5 s"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn writes_are_never_resent() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "act_then_drop", "times": 0}));
    let out = env
        .with(&sb)
        .args(["api", "senders/add", "-f", "name=Firma"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains("senders/add: outcome unknown: the request may have reached the server"),
        "{err}"
    );
    assert!(err.contains("hint: do not simply run it again"), "{err}");
    assert_eq!(sb.requests_for("senders/add").len(), 1);

    sb.fault(json!({"kind": "http502", "times": 1}));
    let out = env
        .with(&sb)
        .args(["api", "senders/add", "-f", "name=Firma"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).contains("outcome unknown"));
    assert_eq!(sb.requests_for("senders/add").len(), 2);
}

#[test]
fn connection_refused_fails_over_to_the_fallback() {
    let sb = Sandbox::start();
    let env = Env::new();
    let dead = dead_url();
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .env("SERWERSMS_API_URL", &dead)
        .env("SERWERSMS_FALLBACK_URL", &sb.url)
        .args(["-v", "api", "senders/add", "-f", "name=Firma"])
        .output()
        .unwrap();
    // Nothing reached the dead host, so even a write may go to the fallback (where it works).
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("switching to the fallback host"));
    assert_eq!(sb.requests_for("senders/add").len(), 1);

    // Without a fallback: exit 5 and what to check.
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .env("SERWERSMS_API_URL", &dead)
        .args(["account", "limits"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(
        stderr(&out).contains("cannot connect to"),
        "{}",
        stderr(&out)
    );
}

//! `senders list` and `senders add` end to end, and the sandbox's `senders/*` on the wire.

use serde_json::json;

use crate::support::*;

#[test]
fn own_names_and_predefined_names() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env.with(&sb).args(["senders", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).split_whitespace().collect::<Vec<_>>(),
        ["NAME", "AGREEMENT", "STATUS"]
    );
    assert!(
        stderr(&out).contains("senders list --predefined"),
        "{}",
        stderr(&out)
    );

    let out = env
        .with(&sb)
        .args(["senders", "list", "--predefined"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    assert_eq!(rows[1], ["SerwerSMS", "not required", "authorized"]);
    assert_eq!(
        rows[4],
        ["Testowa", "not required", "pending authorization"]
    );
    assert!(stderr(&out).is_empty());

    let reqs = sb.requests_for("senders/index");
    assert!(reqs[0]["params"].get("predefined").is_none());
    assert_eq!(reqs[1]["params"]["predefined"], true);
}

#[test]
fn an_added_name_is_pending_until_authorized() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["senders", "add", "MyShop"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("added, pending authorization"));
    let err = stderr(&out);
    assert!(err.contains("must now be authorized"), "{err}");
    assert_eq!(
        sb.requests_for("senders/add")[0]["params"]["name"],
        "MyShop"
    );

    let v = json(
        &env.with(&sb)
            .args(["senders", "list", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(
        v,
        json!({"items": [{"name": "MyShop", "agreement": "required", "status": "pending_authorization"}]})
    );
    sb.advance_clock(60);
    let v = json(
        &env.with(&sb)
            .args(["senders", "list", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["items"][0]["status"], "authorized");
}

#[test]
fn numeric_senders_of_4_or_9_digits() {
    let sb = Sandbox::start();
    let env = Env::new();
    for name in ["1234", "500600700"] {
        let out = env
            .with(&sb)
            .args(["senders", "add", name])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}: {}", stderr(&out));
    }
    let csv = stdout(
        &env.with(&sb)
            .args(["senders", "list", "-o", "csv"])
            .output()
            .unwrap(),
    );
    assert_eq!(
        csv,
        "name,agreement,status\n1234,not required,pending authorization\n500600700,not required,pending authorization\n"
    );
}

#[test]
fn invalid_names_are_refused_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    for (name, why) in [
        (
            "ABCDEFGHIJKL",
            "it has 12 characters; at most 11 are allowed",
        ),
        ("My Shop", "it contains ' '"),
        ("Sklep.pl", "it contains '.'"),
        ("Żabka", "it contains 'Ż'"),
        (
            "12345",
            "a numeric sender must have 4 or 9 digits, this one has 5",
        ),
        ("", "it is empty"),
    ] {
        let out = env
            .with(&sb)
            .args(["senders", "add", name])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{name:?} cannot be a sender name: {why}")),
            "{err}"
        );
        assert!(
            err.contains("hint: a sender name is up to 11 letters"),
            "{err}"
        );
    }
    assert!(sb.requests().is_empty());
}

#[test]
fn adding_an_existing_name_again_is_not_an_error() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["senders", "add", "Sandbox", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        json(&out),
        json!({"success": false, "error": {"code": 4400, "type": "SenderError", "message": "Sender name already exists"}})
    );
    assert!(stderr(&out).contains("\"Sandbox\" is already registered"));
    assert_eq!(sb.requests_for("senders/add").len(), 1);
}

#[test]
fn a_failed_add_is_not_repeated() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "http500", "action": "senders/add"}));
    let out = env
        .with(&sb)
        .args(["senders", "add", "Firma"])
        .output()
        .unwrap();
    // A write that may have reached the server: not retried, outcome unknown.
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("outcome unknown"), "{}", stderr(&out));
    assert_eq!(sb.requests_for("senders/add").len(), 1);
    assert_no_secrets(&out);
}

#[test]
fn the_sandbox_checks_names_sorts_and_orders() {
    let sb = Sandbox::start();
    let auth = format!("Bearer {TOKEN}");
    let post = |path: &str, body: &str| {
        let (status, _, body) = sb.post(
            path,
            "application/x-www-form-urlencoded",
            &[("Authorization", &auth)],
            body,
        );
        assert_eq!(status, 200);
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    };
    assert_eq!(post("/senders/add", "name=Zeta"), json!({"success": true}));
    assert_eq!(post("/senders/add", "name=alfa"), json!({"success": true}));
    assert_eq!(post("/senders/add", "name=12345")["error"]["code"], 4401);
    assert_eq!(post("/senders/add", "name=Bad+Name")["error"]["code"], 4402);
    assert_eq!(post("/senders/add", "name=ZETA")["error"]["code"], 4400);
    assert_eq!(post("/senders/add", "")["error"]["code"], 2000);
    let names = |v: serde_json::Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(post("/senders/index", "")), ["Zeta", "alfa"]);
    assert_eq!(names(post("/senders/index", "sort=name")), ["alfa", "Zeta"]);
    assert_eq!(
        names(post("/senders/index", "order=desc")),
        ["alfa", "Zeta"]
    );
    assert_eq!(
        names(post(
            "/senders/index",
            "predefined=true&sort=name&order=desc"
        )),
        ["Testowa", "SerwerSMS", "Sandbox", "2waySMS"]
    );
    assert!(names(post("/senders/index", "type=mms")).is_empty());
}

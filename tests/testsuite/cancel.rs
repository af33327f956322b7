//! `cancel` end to end: scheduled messages are deleted, sent ones are named as not cancelled,
//! unknown ids as not found; exit 0 / 3 / 1; a delete whose outcome is unknown is never sent
//! twice.

use serde_json::json;

use crate::support::*;

#[test]
fn cancels_scheduled_messages_and_names_those_already_sent() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600700", "send_at_offset_secs": 3600},
        {"phone": "+48500600701", "queued_offset_secs": -60}
    ]));
    let out = env
        .with(&sb)
        .args(["cancel", &ids[0], &ids[1], "ffffffffff"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    let row = |id: &str| {
        text.lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("no row for {id}: {text}"))
            .to_string()
    };
    assert!(row(&ids[0]).ends_with("cancelled"), "{text}");
    assert!(
        row(&ids[1]).contains("not cancelled: already sent"),
        "{text}"
    );
    assert!(row("ffffffffff").ends_with("not found"), "{text}");
    let err = stderr(&out);
    assert!(
        err.contains("cancelled 1; could not cancel:")
            && err.contains(&format!("{} (already sent)", ids[1]))
            && err.contains("ffffffffff (not found)"),
        "{err}"
    );

    let actions: Vec<String> = sb
        .requests()
        .iter()
        .map(|r| r["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        actions,
        ["messages/reports", "messages/delete", "messages/reports"]
    );
    let delete = &sb.requests_for("messages/delete")[0]["params"];
    assert_eq!(delete["id"], json!([ids[0], ids[1], "ffffffffff"]));

    // The scheduled one is gone.
    let after = env
        .with(&sb)
        .args(["status", &ids[0], "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(stdout(&after), "");
}

#[test]
fn everything_cancelled_by_unique_id_exits_0_and_frees_the_id() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!([
        {"phone": "+48500600700", "send_at_offset_secs": 3600, "unique_id": "promo2026a"},
        {"phone": "+48500600701", "send_at_offset_secs": 3600, "unique_id": "promo2026b"}
    ]));
    let out = env
        .with(&sb)
        .args([
            "cancel",
            "--unique-id",
            "promo2026a",
            "--unique-id",
            "promo2026b",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["success"], true);
    assert_eq!(v["correct"], 2);
    assert_eq!(v["failed"], 0);
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|i| i["result"] == "cancelled"));
    assert_eq!(items[0]["status"], "saved", "the API's fields are kept");
    assert!(stderr(&out).contains("cancelled 2 scheduled messages"));
    assert_eq!(
        sb.requests_for("messages/delete")[0]["params"]["unique_id"],
        json!(["promo2026a", "promo2026b"])
    );
    // The unique id is free: nothing answers to it any more.
    let after = env
        .with(&sb)
        .args(["status", "--unique-id", "promo2026a", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(stdout(&after), "");
}

#[test]
fn nothing_cancelled_exits_1() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700", "queued_offset_secs": -60}]));
    let out = env.with(&sb).args(["cancel", &ids[0]]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("nothing was cancelled: {} (already sent)", ids[0])),
        "{err}"
    );
    assert!(err.contains("hint: only messages still waiting"), "{err}");
    assert!(stdout(&out).contains("not cancelled: already sent"));
}

#[test]
fn ids_from_stdin() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600700", "send_at_offset_secs": 600},
        {"phone": "+48500600701", "send_at_offset_secs": 600}
    ]));
    let out = env
        .with(&sb)
        .args(["cancel", "-", "-o", "ndjson"])
        .write_stdin(format!("{}\n{}\n", ids[0], ids[1]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
}

#[test]
fn usage_errors_send_nothing() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env.with(&sb).args(["cancel"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env
        .with(&sb)
        .args(["cancel", "-"])
        .write_stdin("\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no message ids to cancel"));
    let out = env
        .with(&sb)
        .args(["cancel", "--unique-id", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(sb.requests().is_empty());
}

#[test]
fn a_delete_whose_outcome_is_unknown_is_not_repeated() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700", "send_at_offset_secs": 3600}]));
    sb.fault(json!({"kind": "act_then_drop", "action": "messages/delete"}));
    let out = env.with(&sb).args(["cancel", &ids[0]]).output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("messages/delete: outcome unknown"), "{err}");
    assert!(err.contains("hint: do not simply run it again"), "{err}");
    assert_eq!(sb.requests_for("messages/delete").len(), 1);
}

#[test]
fn each_unique_id_that_matched_nothing_is_named_and_listed() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!([
        {"phone": "+48500600700", "send_at_offset_secs": 3600, "unique_id": "keep1"},
        {"phone": "+48500600701", "send_at_offset_secs": 3600, "unique_id": "keep2"},
        {"phone": "+48500600702", "send_at_offset_secs": 3600, "unique_id": "keep3"}
    ]));
    let mut args = vec!["cancel", "-o", "json"];
    for u in ["keep1", "nosuch1", "keep2", "keep3", "nosuch2"] {
        args.extend(["--unique-id", u]);
    }
    let out = env.with(&sb).args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let v = json(&out);
    let items = v["items"].as_array().unwrap();
    let cancelled = items.iter().filter(|i| i["result"] == "cancelled").count();
    assert_eq!(cancelled, 3, "{items:?}");
    let mut not_found: Vec<&str> = items
        .iter()
        .filter(|i| i["result"] == "not_found")
        .map(|i| i["unique_id"].as_str().unwrap())
        .collect();
    not_found.sort();
    assert_eq!(not_found, ["nosuch1", "nosuch2"], "{items:?}");
    let err = stderr(&out);
    assert!(
        err.contains("cancelled 3; could not cancel:")
            && err.contains("unique id nosuch1 (not found)")
            && err.contains("unique id nosuch2 (not found)"),
        "{err}"
    );

    // Only unknown unique ids: nothing cancelled, exit 1, and the table names it.
    let out = env
        .with(&sb)
        .args(["cancel", "--unique-id", "nosuch3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was cancelled: unique id nosuch3 (not found)"),
        "{}",
        stderr(&out)
    );
    let row = stdout(&out);
    assert!(
        row.lines()
            .any(|l| l.starts_with("nosuch3") && l.ends_with("not found (unique id)")),
        "{row}"
    );
}

#[test]
fn a_message_named_by_id_and_unique_id_is_not_a_miss() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600700", "send_at_offset_secs": 3600, "unique_id": "both1"}
    ]));
    let out = env
        .with(&sb)
        .args(["cancel", &ids[0], "--unique-id", "both1", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let items = json(&out)["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["result"], "cancelled");
}

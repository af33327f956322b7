//! `blacklist list|add|check|remove` end to end: normalization, the exit codes scripts rely on
//! (4601/4602 are not failures; `check` answers with 0/3), paging, and what the sandbox kept.

use serde_json::{json, Value};

use crate::support::*;

fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect()
        })
        .collect()
}

#[test]
fn add_check_list_and_remove() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["blacklist", "add", "500 600 700", "+48600700800"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let r = rows(&stdout(&out));
    assert_eq!(r[0], ["PHONE", "RESULT", "ID"]);
    assert_eq!(r[1], ["+48500600700", "added", "12354"]);
    assert_eq!(r[2], ["+48600700800", "added", "12355"]);
    assert!(stderr(&out).contains("added 2, already listed 0"));
    let asked: Vec<Value> = sb
        .requests_for("blacklist/add")
        .iter()
        .map(|r| r["params"]["phone"].clone())
        .collect();
    assert_eq!(asked, [json!("+48500600700"), json!("+48600700800")]);

    let out = env
        .with(&sb)
        .args(["blacklist", "check", "48500600700"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        rows(&stdout(&out)),
        [vec!["phone", "+48500600700"], vec!["listed", "yes"]]
    );

    let out = env.with(&sb).args(["blacklist", "list"]).output().unwrap();
    assert!(out.status.success());
    let r = rows(&stdout(&out));
    assert_eq!(r[0], ["PHONE", "ADDED"]);
    assert_eq!(r[1][0], "+48500600700");
    assert_eq!(r[2][0], "+48600700800");
    assert_eq!(r[1][1].len(), "2024-05-06 10:15:00".len());

    let out = env
        .with(&sb)
        .args(["blacklist", "remove", "500600700"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(rows(&stdout(&out))[1], ["+48500600700", "removed"]);

    let out = env
        .with(&sb)
        .args(["blacklist", "check", "500600700", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        json(&out),
        json!({"phone": "+48500600700", "exists": false})
    );
    assert_eq!(
        sb.requests_for("blacklist/delete")[0]["params"]["phone"],
        "+48500600700"
    );
}

#[test]
fn adding_a_listed_number_and_removing_an_unlisted_one_are_not_errors() {
    let sb = Sandbox::start();
    let env = Env::new();
    env.with(&sb)
        .args(["blacklist", "add", "500600700"])
        .assert()
        .success();
    let out = env
        .with(&sb)
        .args(["blacklist", "add", "500600700", "600700800", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        json(&out),
        json!({"items": [
            {"phone": "+48500600700", "success": false, "error": {"code": 4601, "type": "BlacklistError", "message": "Number is already on the list"}},
            {"phone": "+48600700800", "success": true, "id": 12355}
        ]})
    );
    assert!(stderr(&out).contains("added 1, already listed 1"));

    let out = env
        .with(&sb)
        .args(["blacklist", "remove", "700800900", "600700800"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = rows(&stdout(&out));
    assert_eq!(r[1], ["+48700800900", "was not listed"]);
    assert_eq!(r[2], ["+48600700800", "removed"]);
    assert!(stderr(&out).contains("removed 1, not listed 1"));
}

#[test]
fn bad_numbers_stop_every_subcommand_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    for args in [
        vec!["blacklist", "add", "500600700", "12"],
        vec!["blacklist", "remove", "abc"],
        vec!["blacklist", "check", "+0048"],
        vec!["blacklist", "list", "--phone", "5006007001"],
    ] {
        let out = env.with(&sb).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is not a phone number"),
            "{}",
            stderr(&out)
        );
    }
    assert!(sb.requests().is_empty());
}

#[test]
fn a_long_blacklist_is_read_page_by_page() {
    let sb = Sandbox::start();
    let env = Env::new();
    let numbers: String = (0..501).map(|i| format!("500600{i:03}\n")).collect();
    let out = env
        .with(&sb)
        .args(["blacklist", "add", "-", "-o", "ndjson"])
        .write_stdin(numbers)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 501);

    let out = env
        .with(&sb)
        .args(["blacklist", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 501);
    assert_eq!(items[0]["phone"], "+48500600000");
    assert_eq!(items[500]["phone"], "+48500600500");
    let pages: Vec<(Value, Value)> = sb
        .requests_for("blacklist/index")
        .iter()
        .map(|r| (r["params"]["page"].clone(), r["params"]["limit"].clone()))
        .collect();
    assert_eq!(pages, [(json!(1), json!(500)), (json!(2), json!(500))]);

    // With a filter, only that number.
    let out = env
        .with(&sb)
        .args(["blacklist", "list", "--phone", "500 600 123", "-o", "csv"])
        .output()
        .unwrap();
    let csv = stdout(&out);
    assert!(csv.starts_with("phone,added\n+48500600123,"), "{csv}");
    assert_eq!(csv.lines().count(), 2);
}

#[test]
fn an_empty_blacklist() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["blacklist", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(json(&out), json!({"items": []}));
    assert!(stderr(&out).contains("the blacklist is empty"));
}

#[test]
fn an_add_that_may_have_happened_is_not_repeated() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "act_then_drop", "action": "blacklist/add", "after": 1}));
    let out = env
        .with(&sb)
        .args(["blacklist", "add", "500600700", "500600701", "500600702"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    // The row before the failure was printed.
    assert!(stdout(&out).contains("+48500600700"));
    let err = stderr(&out);
    assert!(
        err.contains("adding +48500600701: blacklist/add: outcome unknown"),
        "{err}"
    );
    assert!(err.contains("1 later number was not attempted"), "{err}");
    assert_eq!(sb.requests_for("blacklist/add").len(), 2);
    // It was in fact added; check says so.
    env.with(&sb)
        .args(["blacklist", "check", "500600701"])
        .assert()
        .code(0);
    assert_no_secrets(&out);
}

#[test]
fn the_sandbox_speaks_every_wire_form() {
    let sb = Sandbox::start();
    let auth = format!("Bearer {TOKEN}");
    let h = [("Authorization", auth.as_str())];
    let (_, _, body) = sb.post(
        "/blacklist/add",
        "application/x-www-form-urlencoded",
        &h,
        "phone%5B0%5D=%2B48500600700",
    );
    assert_eq!(body, r#"{"success":true,"id":12354}"#);
    let (_, ct, body) = sb.post(
        "/blacklist/check.xml",
        "application/json",
        &h,
        r#"{"phone":"500600700"}"#,
    );
    assert!(ct.starts_with("application/xml"));
    assert!(
        body.contains("<result><exists>1</exists></result>"),
        "{body}"
    );
    let (_, _, body) = sb.post(
        "/blacklist/add.xml",
        "application/json",
        &h,
        r#"{"phone":"500600700"}"#,
    );
    assert!(body.contains("<code>4601</code>"), "{body}");
    let (_, _, body) = sb.post(
        "/blacklist/delete",
        "application/json",
        &h,
        r#"{"phone":["500600700","600700800"]}"#,
    );
    assert!(body.contains("2001"), "{body}");
    let (_, _, body) = sb.post("/blacklist/index", "application/json", &h, r#"{"page":0}"#);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["paging"], json!({"page": 1, "count": 1}));
    assert_eq!(v["items"][0]["phone"], "+48500600700");
}

#[test]
fn a_wrong_token_stops_at_the_first_number_and_prints_nothing() {
    let sb = Sandbox::start();
    let env = Env::new();
    for args in [
        vec!["blacklist", "add", "500600700", "600700800", "-o", "json"],
        vec!["numbers", "check", "500600700", "600700800", "-o", "json"],
        vec!["numbers", "validate", "500600700", "-o", "json"],
    ] {
        let out = env
            .cmd()
            .env("SERWERSMS_API_URL", &sb.url)
            .env("SERWERSMS_TOKEN", "not-the-right-token")
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("error 1001 (InvalidUser)"),
            "{}",
            stderr(&out)
        );
    }
    // One request each: the first number's.
    assert_eq!(sb.requests().len(), 3);
}

#[test]
fn numbers_the_api_refuses_count_per_number_exit_3_or_1() {
    let sb = Sandbox::start();
    let env = Env::new();
    // The sandbox's blacklist takes only numbers that can receive SMS; a landline is 2001.
    let out = env
        .with(&sb)
        .args(["blacklist", "add", "500600700", "22 123 45 67", "600700800"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let r = rows(&stdout(&out));
    assert_eq!(r[1], ["+48500600700", "added", "12354"]);
    assert_eq!(r[2], ["+48221234567", "error 2001: Invalid phone number"]);
    assert_eq!(r[3], ["+48600700800", "added", "12355"]);
    assert!(
        stderr(&out).contains("added 2, already listed 0, failed 1"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        sb.requests_for("blacklist/add").len(),
        3,
        "every number tried"
    );

    // None could be added: exit 1, and JSON carries the API's error for each.
    let out = env
        .with(&sb)
        .args([
            "blacklist",
            "add",
            "221234567",
            "58 123 45 67",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let items = json(&out)["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["phone"], "+48221234567");
    assert!(
        items.iter().all(|i| i["error"]["code"] == 2001),
        "{items:?}"
    );
    assert!(stderr(&out).contains("failed 2"), "{}", stderr(&out));
}

//! The sandbox speaks the API's protocol as the reference describes it, to any client: raw
//! HTTP requests in the forms the official libraries send.

use serde_json::Value;

use crate::support::*;

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

#[test]
fn suffixes_choose_the_format() {
    let sb = Sandbox::start();
    let auth = bearer();
    let h = [("Authorization", auth.as_str())];
    for path in ["account/limits", "account/limits.json", "/account/limits/"] {
        let (status, ct, body) = sb.post(path, "application/json", &h, "{}");
        assert_eq!(status, 200);
        assert!(ct.starts_with("application/json"), "{path}: {ct}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["items"][0]["type"], "eco", "{path}");
    }
    let (_, ct, body) = sb.post(
        "account/limits.xml",
        "application/json",
        &h,
        r#"{"show_type":true}"#,
    );
    assert!(ct.starts_with("application/xml"));
    assert!(
        body.starts_with("<?xml")
            && body.contains("<result><account><type>prepaid</type></account><items><item>"),
        "{body}"
    );
}

#[test]
fn errors_are_http_200_with_an_error_object() {
    let sb = Sandbox::start();
    let auth = bearer();
    let h = [("Authorization", auth.as_str())];
    let check = |path: &str, headers: &[(&str, &str)], body: &str, code: i64| {
        let (status, _, text) = sb.post(path, "application/json", headers, body);
        assert_eq!(status, 200, "{path}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"]["code"], code, "{path}: {text}");
        assert!(v["error"]["message"].is_string() && v["error"]["type"].is_string());
    };
    check("account/limits", &[], "{}", 1001);
    check(
        "account/limits",
        &[("Authorization", "Bearer nope")],
        "{}",
        1001,
    );
    check("nothing/here", &h, "{}", 1000);
    check("account/limits", &h, "{not json", 1006);
    check("error/1000", &[], "{}", 1000);
    check("error/3111.json", &[], "{}", 3111);
    check("error/99999", &[], "{}", 2002);
    let (_, _, text) = sb.post("error/1001", "application/json", &[], "{}");
    assert_eq!(
        text,
        r#"{"error":{"code":1001,"type":"InvalidUser","message":"Incorrect login or password"}}"#
    );
    let (_, _, xml) = sb.post("error/1001.xml", "application/json", &[], "{}");
    assert!(xml.contains("<result><code>1001</code><type>InvalidUser</type><message>Incorrect login or password</message></result>"), "{xml}");
}

#[test]
fn form_bodies_with_credentials_and_bracket_keys() {
    let sb = Sandbox::start();
    let body = format!("username={USERNAME}&password={PASSWORD}&show_type=1&phone%5B0%5D=%2B48500600700&phone[1]=600700800&system=client_bash&");
    let (_, _, text) = sb.post(
        "account/limits",
        "application/x-www-form-urlencoded",
        &[],
        &body,
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["account"]["type"], "prepaid", "{text}");
    let r = &sb.requests()[0];
    assert_eq!(r["auth"], "user");
    assert_eq!(
        r["params"]["phone"],
        serde_json::json!(["+48500600700", "600700800"])
    );
    assert_eq!(r["params"]["password"], "(removed)");
    // A wrong password in a JSON body.
    let (_, _, text) = sb.post(
        "account/limits",
        "application/json",
        &[],
        r#"{"username":"apiuser","password":"x"}"#,
    );
    assert!(text.contains("1001"));
}

#[test]
fn balances_persist_in_the_state_directory() {
    let sb = Sandbox::start();
    let events = sb.state.path().join("events.ndjson");
    assert!(events.exists());
    let requests = sb.state.path().join("requests.ndjson");
    let auth = bearer();
    sb.post(
        "account/help",
        "application/json",
        &[("Authorization", auth.as_str())],
        "{}",
    );
    let log = std::fs::read_to_string(requests).unwrap();
    assert!(log.contains("\"action\":\"account/help\""));
    assert!(!log.contains(TOKEN));
}

#[test]
fn tests_can_seed_the_world() {
    let sb = Sandbox::start();
    let ids = sb.seed_messages(
        serde_json::json!([{"phone": "+48500600700", "unique_id": "abc123"}, {"count": 3}]),
    );
    assert_eq!(ids.len(), 4);
    assert!(ids.iter().all(|id| id.len() == 10));
    let inbound = sb.seed_inbound(serde_json::json!({"phone": "+48600700800", "text": "Tak"}));
    assert_eq!(inbound.len(), 1);
    sb.advance_clock(60);
    let events = std::fs::read_to_string(sb.state.path().join("events.ndjson")).unwrap();
    assert_eq!(events.lines().count(), 2);
    assert!(events.contains("abc123") && events.contains("Tak"));
}

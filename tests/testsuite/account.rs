//! `account limits` and `account help` end to end, in every output format and auth scheme.

use crate::support::*;

#[test]
fn limits_table_with_a_token() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env.with(&sb).args(["account", "limits"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().next().unwrap().starts_with("TYPE"), "{text}");
    assert!(text.contains("eco") && text.contains("1000"), "{text}");
    assert!(text.contains("not available"), "{text}");
    // Not a terminal: no box drawing.
    assert!(!text.contains('│') && !text.contains('─'), "{text}");

    let reqs = sb.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r["method"], "POST");
    assert_eq!(r["path"], "/account/limits.json");
    assert_eq!(r["auth"], "token");
    assert_eq!(r["params"]["system"], "client_serwersms_cli");
    assert_eq!(r["params"]["show_type"], true);
    assert!(r["user_agent"].as_str().unwrap().starts_with("serwersms/"));
    assert!(r["content_type"]
        .as_str()
        .unwrap()
        .starts_with("application/json"));
    assert_no_secrets(&out);
}

#[test]
fn limits_json_keeps_the_api_shape() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["account", "limits", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["account"]["type"], "prepaid");
    assert_eq!(v["items"][0]["type"], "eco");
    assert_eq!(v["items"][0]["chars_limit"], "918/6");
    assert_eq!(v["items"][0]["value"], "1000");
    assert_eq!(v["items"].as_array().unwrap().len(), 6);
}

#[test]
fn limits_in_xml_csv_and_ndjson() {
    let sb = Sandbox::start();
    let env = Env::new();
    let xml = stdout(
        &env.with(&sb)
            .args(["account", "limits", "-o", "xml"])
            .output()
            .unwrap(),
    );
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result><account><type>prepaid</type></account><items><item><type>eco</type>"), "{xml}");
    assert!(xml.trim_end().ends_with("</items></result>"), "{xml}");

    let csv = stdout(
        &env.with(&sb)
            .args(["account", "limits", "-o", "csv"])
            .output()
            .unwrap(),
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "type,balance,max chars/parts");
    assert_eq!(lines[1], "eco,1000,918/6");
    assert_eq!(lines.len(), 7);

    let nd = stdout(
        &env.with(&sb)
            .args(["account", "limits", "-o", "ndjson"])
            .output()
            .unwrap(),
    );
    let items: Vec<serde_json::Value> = nd
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.len(), 6);
    assert_eq!(items[5]["type"], "hlr");
}

#[test]
fn api_user_in_the_body() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_USERNAME", USERNAME)
        .env("SERWERSMS_PASSWORD", PASSWORD)
        .args(["-v", "account", "limits"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let r = &sb.requests()[0];
    assert_eq!(r["auth"], "user");
    assert_eq!(r["params"]["username"], "(removed)");
    // The verbose trace shows the request, with the password redacted.
    let err = stderr(&out);
    assert!(
        err.contains("> POST ") && err.contains("\"password\":\"(redacted)\""),
        "{err}"
    );
    // And the response: status, timing, the headers the server sent, the body.
    assert!(err.contains("< HTTP 200 ("), "{err}");
    assert!(err.contains("< server: serwersms-sandbox\n"), "{err}");
    assert!(err.contains("< content-type: application/json"), "{err}");
    assert_no_secrets(&out);
}

#[test]
fn wrong_token_exits_4_with_the_api_message() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_TOKEN", "not-the-right-token")
        .args(["account", "limits"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = stderr(&out);
    assert!(err.starts_with("serwersms: error: the API refused account/limits: error 1001 (InvalidUser): Incorrect login or password"), "{err}");
    assert!(err.contains("hint: "), "{err}");
    assert!(stdout(&out).is_empty());
    assert_eq!(sb.requests()[0]["auth"], "bad");
}

#[test]
fn help_shows_contact_details() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env.with(&sb).args(["account", "help"]).output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains("account manager") && text.contains("Sandbox Maintainer"),
        "{text}"
    );
    let v = json(
        &env.with(&sb)
            .args(["account", "help", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["account_maintainer"]["name"], "Sandbox Maintainer");
}

#[test]
fn sandbox_flag_works_on_a_fresh_machine() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--sandbox", "account", "limits", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["items"][1]["type"], "full");
    // Its state and request log live in the data directory.
    let log =
        std::fs::read_to_string(env.data_dir().join("serwersms/sandbox/requests.ndjson")).unwrap();
    assert!(log.contains("account/limits"));
}

#[test]
fn no_credentials_is_a_clear_error_before_any_request() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", "http://127.0.0.1:9/")
        .args(["account", "limits"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no credentials are configured") && err.contains("--sandbox"),
        "{err}"
    );
}

#[test]
fn monitoring_check_follows_the_plugin_convention() {
    let sb = Sandbox::start();
    let env = Env::new();
    let run = |args: &[&str]| {
        env.with(&sb)
            .args(["account", "limits"])
            .args(args)
            .output()
            .unwrap()
    };

    let out = run(&["--type", "full", "--warn", "100", "--critical", "20"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "SERWERSMS OK - full 500 | full=500;100;20;0\n"
    );

    let out = run(&["--type", "full", "--warn", "500", "--critical", "20"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("SERWERSMS WARNING - full 500 (WARNING)"));

    let out = run(&["--warn", "80", "--critical", "20"]);
    assert_eq!(out.status.code(), Some(2));
    let line = stdout(&out);
    assert!(
        line.starts_with("SERWERSMS CRITICAL - eco 1000, full 500, mms 10 (CRITICAL)"),
        "{line}"
    );
    assert!(
        !line.contains("voice"),
        "not_available is not checked: {line}"
    );

    let out = run(&["--type", "voice", "--warn", "1"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stdout(&out).starts_with("SERWERSMS UNKNOWN - no numeric balance for voice"));

    let out = run(&["--warn", "5", "--critical", "10"]);
    assert_eq!(out.status.code(), Some(3));

    let out = run(&["--type", "mms", "--critical", "10", "-o", "json"]);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["status"], "CRITICAL");
    assert_eq!(
        v["items"][0],
        serde_json::json!({"type": "mms", "value": 10, "status": "CRITICAL"})
    );
}

#[test]
fn monitoring_check_is_unknown_when_the_api_fails() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(serde_json::json!({"kind": "http500", "times": 0}));
    let out = env
        .with(&sb)
        .args(["account", "limits", "--warn", "10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out)
            .starts_with("SERWERSMS UNKNOWN - account/limits: the server answered HTTP 500"),
        "{}",
        stdout(&out)
    );
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_TOKEN", "wrong")
        .args(["account", "limits", "--warn", "10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

/// A typo in a check's thresholds is UNKNOWN (3) with a status line, not clap's exit 2, which
/// Nagios would read as CRITICAL; other usage errors keep clap's message and exit 2.
#[test]
fn monitoring_check_usage_errors_are_unknown() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["account", "limits", "--warn", "abc", "--critical", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("SERWERSMS UNKNOWN - invalid value 'abc' for '--warn <N>'"),
        "{text}"
    );
    assert!(sb.requests().is_empty());

    let out = env
        .with(&sb)
        .args(["account", "limits", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("unexpected argument '--bogus'"),
        "{}",
        stderr(&out)
    );
}

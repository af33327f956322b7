//! `numbers normalize|check|lookup|validate` end to end: what the user sees, the exit codes,
//! and what the sandbox received (and charged).

use serde_json::{json, Value};

use crate::support::*;

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// The cells of a plain table row (columns are separated by at least two spaces).
fn cells(row: &str) -> Vec<&str> {
    row.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The remaining balance of one type, from `account limits`.
fn balance(env: &Env, sb: &Sandbox, kind: &str) -> String {
    let v = json(
        &env.with(sb)
            .args(["account", "limits", "-o", "json"])
            .output()
            .unwrap(),
    );
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["type"] == kind)
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_string()
}

fn phones_asked(sb: &Sandbox, action: &str) -> Vec<Value> {
    sb.requests_for(action)
        .into_iter()
        .map(|r| r["params"]["phone"].clone())
        .collect()
}

// ---- normalize (offline) ----

#[test]
fn normalize_shows_every_number_and_exits_3_when_some_are_invalid() {
    let env = Env::new();
    // No API URL, no credentials: normalize never needs them.
    let out = env
        .cmd()
        .args([
            "numbers",
            "normalize",
            "500 600 700",
            "0048600700800",
            "12",
            "+420 565 478 965",
            "50060070a",
            "420565478965",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    let rows = lines(&text);
    assert_eq!(
        rows[0].split_whitespace().collect::<Vec<_>>(),
        ["INPUT", "NORMALIZED", "VALID", "REASON"]
    );
    assert_eq!(cells(rows[1]), ["500 600 700", "+48500600700", "yes"]);
    assert_eq!(cells(rows[2]), ["0048600700800", "+48600700800", "yes"]);
    assert_eq!(cells(rows[3]), ["12", "no", "too short"]);
    assert_eq!(cells(rows[4]), ["+420 565 478 965", "+420565478965", "yes"]);
    assert_eq!(
        cells(rows[5]),
        ["50060070a", "no", "contains letters or other characters"]
    );
    assert_eq!(
        cells(rows[6]),
        [
            "420565478965",
            "no",
            "a foreign number must start with + and its country code"
        ]
    );
    assert_eq!(rows.len(), 7);
    assert!(
        stderr(&out).contains("3 of 6 numbers are not valid"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn normalize_json_uses_stable_reason_codes() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "numbers",
            "normalize",
            "500600700",
            "100600700",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        json(&out),
        json!({"items": [
            {"input": "500600700", "normalized": "+48500600700", "valid": true, "reason": null},
            {"input": "100600700", "normalized": null, "valid": false, "reason": "unknown_prefix"}
        ]})
    );
}

#[test]
fn normalize_streams_stdin_and_exits_0_when_all_are_valid() {
    let env = Env::new();
    let input = "\u{feff}500600700\r\n\n   \n+48 600-700-800\r\n0048 (12) 345 67 89\n";
    let out = env
        .cmd()
        .args(["numbers", "normalize", "-", "-o", "csv"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "input,normalized,valid,reason\n\
         500600700,+48500600700,yes,\n\
         +48 600-700-800,+48600700800,yes,\n\
         0048 (12) 345 67 89,+48123456789,yes,\n"
    );
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn normalize_mixes_arguments_and_stdin_and_survives_bad_bytes() {
    let env = Env::new();
    let mut input = b"600700800\n".to_vec();
    input.extend_from_slice(b"500\xff600700\n");
    let out = env
        .cmd()
        .args(["numbers", "normalize", "500600700", "-", "-o", "ndjson"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let items: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["normalized"], "+48500600700");
    assert_eq!(items[1]["normalized"], "+48600700800");
    assert_eq!(items[2]["input"], "500\u{fffd}600700");
    assert_eq!(items[2]["reason"], "letters");
}

#[test]
fn normalize_usage_errors() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["numbers", "normalize", "-", "-"])
        .write_stdin("500600700\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("- (stdin) can be given only once"));
    let out = env.cmd().args(["numbers", "normalize"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn normalize_with_the_sandbox_flag_starts_no_sandbox() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--sandbox", "numbers", "normalize", "500600700"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!env.data_dir().join("serwersms/sandbox").exists());
}

// ---- check (HLR) ----

#[test]
fn check_shows_reachable_ported_and_unreachable_numbers() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "numbers",
            "check",
            "500600700",
            "600 700 800",
            "+48500600410",
        ])
        .output()
        .unwrap();
    // One number is unreachable: partial.
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    let rows = lines(&text);
    assert!(rows[0].starts_with("PHONE") && rows[0].contains("NETWORK NOW"));
    assert!(rows[0].contains("MCC-MNC") && rows[0].ends_with("DESCRIPTION"));
    assert!(rows[1].starts_with("+48500600700") && rows[1].contains(" OK "));
    assert!(rows[1].contains("260-03") && rows[1].contains("260038500600700"));
    // Ported: the network now is another one.
    assert!(rows[2].contains("Plus (Polkomtel S.A.)") && rows[2].contains(" yes "));
    assert!(rows[2].contains("T-Mobile (T-Mobile Polska S.A.)"));
    assert!(rows[3].contains(" ERR ") && rows[3].ends_with("ABSENT_SUBSCRIBER_SM"));

    assert_eq!(
        phones_asked(&sb, "phones/check"),
        [
            json!("+48500600700"),
            json!("+48600700800"),
            json!("+48500600410")
        ]
    );
    assert_eq!(balance(&env, &sb, "hlr"), "67");
    assert_no_secrets(&out);
}

#[test]
fn check_json_keeps_the_api_fields_and_exits_0_when_all_are_ok() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["numbers", "check", "500600700", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        json(&out),
        json!({"items": [{"phone": "+48500600700", "status": "OK", "imsi": 260038500600700u64,
            "network": "Orange (PTK Centertel Sp. z o.o.)", "ported": false,
            "network_ported": null, "description": null}]})
    );
}

#[test]
fn check_refuses_a_bad_number_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["numbers", "check", "500600700", "5006"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("serwersms: error: \"5006\" is not a phone number: too short"),
        "{err}"
    );
    assert!(err.contains("nothing was sent"), "{err}");
    assert!(sb.requests().is_empty());

    let out = env
        .with(&sb)
        .args(["numbers", "check", "-"])
        .write_stdin("500600700\n\n50060070x\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("stdin: line 3: \"50060070x\" is not a phone number"),
        "{}",
        stderr(&out)
    );
    assert!(sb.requests().is_empty());
}

#[test]
fn check_asks_each_number_once() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "numbers",
            "check",
            "500600700",
            "+48 500 600 700",
            "48500600700",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sb.requests_for("phones/check").len(), 1);
    assert!(stderr(&out).contains("2 duplicate numbers skipped"));
}

#[test]
fn a_slow_check_prints_its_id_and_the_result_is_fetched_later_without_a_new_charge() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["numbers", "check", "500600555", "500600700", "--wait", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let first = &sb.requests_for("phones/check")[0];
    let answer_id = {
        let err = stderr(&out);
        let at = err.find("query id ").expect(&err) + "query id ".len();
        err[at..at + 10].to_string()
    };
    let text = stdout(&out);
    assert!(
        text.contains("pending") && text.contains(&format!("not ready; query id {answer_id}")),
        "{text}"
    );
    let err = stderr(&out);
    assert!(err.contains("1 result is not ready yet"), "{err}");
    assert!(
        err.contains(&format!("serwersms numbers check --id {answer_id}")),
        "{err}"
    );
    assert_eq!(first["params"]["phone"], "+48500600555");

    // Before the sandbox's lookup time has passed, fetching says it is still pending.
    let out = env
        .with(&sb)
        .args(["numbers", "check", "--id", &answer_id, "--wait", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let polls = sb.requests_for("phones/check");
    assert_eq!(polls.last().unwrap()["answer"], "error 4105");

    sb.advance_clock(8);
    let out = env
        .with(&sb)
        .args(["numbers", "check", "--id", &answer_id, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["items"][0]["phone"], "+48500600555");
    assert_eq!(v["items"][0]["status"], "OK");
    let last = sb.requests_for("phones/check").pop().unwrap();
    assert_eq!(last["params"]["id"], answer_id.as_str());
    assert!(last["params"].get("phone").is_none());
    // Two numbers asked, two units charged; fetching by id is free.
    assert_eq!(balance(&env, &sb, "hlr"), "68");
}

#[test]
fn a_slow_check_is_polled_until_the_result_is_there() {
    let sb = Sandbox::start();
    let env = Env::new();
    let mut cmd = env.with(&sb);
    cmd.args([
        "numbers",
        "check",
        "500600555",
        "--poll-every",
        "100ms",
        "--wait",
        "50s",
    ]);
    let run = std::thread::spawn(move || cmd.output().unwrap());
    // Once the query was asked and polled at least once, let the sandbox's time pass.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while sb.requests_for("phones/check").len() < 2 {
        assert!(std::time::Instant::now() < deadline, "no poll came");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    sb.advance_clock(8);
    let out = run.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("+48500600555") && stdout(&out).contains(" OK "));
    let err = stderr(&out);
    assert!(
        err.contains("the result is not ready yet (query id "),
        "{err}"
    );
    assert!(err.contains("waiting up to 50s for 1 slow result"), "{err}");
    // Not a terminal: no progress line.
    assert!(!err.contains('\r'), "{err:?}");
    let reqs = sb.requests_for("phones/check");
    assert!(reqs[1..reqs.len() - 1]
        .iter()
        .all(|r| r["answer"] == "error 4105" && r["params"]["id"].is_string()));
    assert_eq!(reqs.last().unwrap()["answer"], "ok");
    assert_eq!(balance(&env, &sb, "hlr"), "69");
}

#[test]
fn many_numbers_are_checked_without_a_prompt_when_stdin_is_not_a_terminal() {
    let sb = Sandbox::start();
    let env = Env::new();
    let numbers: String = (0..12).map(|i| format!("5006007{i:02}\n")).collect();
    let out = env
        .with(&sb)
        .args(["numbers", "check", "-"])
        .write_stdin(numbers)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Continue?"));
    assert_eq!(sb.requests_for("phones/check").len(), 12);
}

#[test]
fn an_exhausted_hlr_balance_stops_and_keeps_what_was_paid_for() {
    let sb = Sandbox::start();
    let env = Env::new();
    // The sandbox starts with 70 HLR queries.
    let numbers: String = (0..72).map(|i| format!("600700{i:03}\n")).collect();
    let out = env
        .with(&sb)
        .args(["numbers", "check", "-", "-o", "csv"])
        .write_stdin(numbers)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1 + 70);
    let err = stderr(&out);
    assert!(
        err.contains("not queried: 1 number (+48600700071)"),
        "{err}"
    );
    assert!(
        err.contains("querying +48600700070: the API refused phones/check: error 4103"),
        "{err}"
    );
    assert_eq!(sb.requests_for("phones/check").len(), 71);
}

#[test]
fn a_check_that_may_have_been_charged_is_never_sent_again() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "act_then_drop", "action": "phones/check"}));
    let out = env
        .with(&sb)
        .args(["numbers", "check", "500600700", "600700800"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("querying +48500600700: phones/check: outcome unknown"),
        "{err}"
    );
    assert!(
        err.contains("not queried: 1 number (+48600700800)"),
        "{err}"
    );
    assert_eq!(sb.requests_for("phones/check").len(), 1);
    // The sandbox did the query (and charged it) before dropping the connection.
    assert_eq!(balance(&env, &sb, "hlr"), "69");
}

#[test]
fn a_failed_poll_says_how_to_fetch_the_result_later() {
    let sb = Sandbox::start();
    let env = Env::new();
    // The first request (the query) passes; the poll that follows is reset.
    sb.fault(json!({"kind": "reset", "action": "phones/check", "after": 1}));
    let out = env
        .with(&sb)
        .args(["numbers", "check", "500600555", "--poll-every", "100ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("fetching the result of query "), "{err}");
    assert!(err.contains("serwersms numbers check --id "), "{err}");
    assert!(stdout(&out).contains("pending"));
}

#[test]
fn checking_with_the_api_user_never_shows_the_password() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_USERNAME", USERNAME)
        .env("SERWERSMS_PASSWORD", PASSWORD)
        .args(["-v", "numbers", "check", "500600410", "--id", "0000000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    // The unknown id is reported on its own row.
    assert!(
        stdout(&out).contains("error 4106: Invalid ID"),
        "{}",
        stdout(&out)
    );
    assert_no_secrets(&out);
}

// ---- lookup ----

#[test]
fn lookup_answers_the_network_and_charges_the_lookup_balance() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "numbers",
            "lookup",
            "600700800",
            "+420565478965",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["items"][0]["imsi"], 26002);
    assert_eq!(v["items"][0]["ported"], true);
    assert!(v["items"][0].get("description").is_none());
    assert_eq!(v["items"][1]["network"], "Foreign network (sandbox)");
    assert_eq!(
        phones_asked(&sb, "phones/lookup"),
        [json!("+48600700800"), json!("+420565478965")]
    );
    assert!(sb.requests_for("phones/check").is_empty());
    assert_eq!(balance(&env, &sb, "lookup"), "18");
    assert_eq!(balance(&env, &sb, "hlr"), "70");

    let table = stdout(
        &env.with(&sb)
            .args(["numbers", "lookup", "600700800"])
            .output()
            .unwrap(),
    );
    assert!(table.contains("260-02"), "{table}");
}

#[test]
fn an_id_from_check_is_not_a_lookup_id() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["numbers", "check", "500600555", "--wait", "0"])
        .output()
        .unwrap();
    let err = stderr(&out);
    let at = err.find("query id ").unwrap() + "query id ".len();
    let id = &err[at..at + 10];
    sb.advance_clock(60);
    let out = env
        .with(&sb)
        .args(["numbers", "lookup", "--id", id, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(json(&out)["items"][0]["error"]["code"], 4106);
}

// ---- validate ----

#[test]
fn validate_asks_the_api_about_each_number() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["numbers", "validate", "500600700", "22 123 45 67"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    let rows = lines(&text);
    assert_eq!(
        rows[0].split_whitespace().collect::<Vec<_>>(),
        ["PHONE", "CORRECT"]
    );
    assert!(rows[1].starts_with("+48500600700") && rows[1].ends_with("yes"));
    assert!(rows[2].starts_with("+48221234567") && rows[2].ends_with("no"));
    assert!(stderr(&out).contains("1 of 2 numbers are not correct"));
    assert_eq!(
        phones_asked(&sb, "phones/test"),
        [json!("+48500600700"), json!("+48221234567")]
    );

    let out = env
        .with(&sb)
        .args(["numbers", "validate", "500600700", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        json(&out),
        json!({"items": [{"phone": "+48500600700", "correct": true}]})
    );
    // phones/test is free.
    assert_eq!(balance(&env, &sb, "hlr"), "70");
}

#[test]
fn validate_refuses_a_bad_number_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["numbers", "validate", "500600700", "+0123"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(sb.requests().is_empty());
}

#[test]
fn the_sandbox_answers_phone_queries_in_xml_and_form_encoding() {
    let sb = Sandbox::start();
    let (status, ct, body) = sb.post(
        "/phones/check.xml",
        "application/x-www-form-urlencoded",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        "phone%5B%5D=500600700&phone%5B%5D=600700410",
    );
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/xml"));
    assert!(
        body.contains("<status>done</status><process>100</process><items><item><phone>+48500600700</phone><status>OK</status>"),
        "{body}"
    );
    assert!(
        body.contains("<description>ABSENT_SUBSCRIBER_SM</description>"),
        "{body}"
    );
    let (_, _, body) = sb.post(
        "/phones/test",
        "application/json",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        r#"{"phone":"500600700"}"#,
    );
    assert_eq!(body, r#"{"correct":true}"#);
}

#[test]
fn more_than_ten_numbers_ask_first_on_a_terminal() {
    let sb = Sandbox::start();
    let env = Env::new();
    let numbers: Vec<String> = (0..11).map(|i| format!("5006007{i:02}")).collect();
    let mut args = vec!["numbers", "check"];
    args.extend(numbers.iter().map(String::as_str));

    let Some((code, seen)) = on_a_terminal(&env, &sb, &args, "n\n") else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    assert_eq!(code, 1, "{seen}");
    assert!(
        seen.contains("about to send 11 phones/check queries; each is charged to the hlr balance. Continue? [y/N]"),
        "{seen}"
    );
    assert!(seen.contains("cancelled; nothing was sent"), "{seen}");
    assert!(sb.requests().is_empty());

    let (code, seen) = on_a_terminal(&env, &sb, &args, "y\n").unwrap();
    assert_eq!(code, 0, "{seen}");
    // A terminal gets the box-drawn table.
    assert!(seen.contains('│'), "{seen}");
    assert_eq!(sb.requests_for("phones/check").len(), 11);

    args.push("--yes");
    let (code, seen) = on_a_terminal(&env, &sb, &args, "").unwrap();
    assert_eq!(code, 0, "{seen}");
    assert!(!seen.contains("Continue?"), "{seen}");
    assert_eq!(sb.requests_for("phones/check").len(), 22);

    // Ten numbers are checked without asking.
    let (code, seen) = on_a_terminal(&env, &sb, &args[..12], "").unwrap();
    assert_eq!(code, 0, "{seen}");
    assert!(!seen.contains("Continue?"), "{seen}");
}

#[test]
fn a_slow_result_shows_progress_on_a_terminal() {
    let sb = Sandbox::start();
    let env = Env::new();
    let args = [
        "numbers",
        "check",
        "500600555",
        "--wait",
        "1s",
        "--poll-every",
        "300ms",
    ];
    let Some((code, seen)) = on_a_terminal(&env, &sb, &args, "") else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    assert_eq!(code, 6, "{seen}");
    assert!(seen.contains("waiting for 1 slow result"), "{seen}");
    // The progress line is cleared before the table.
    assert!(seen.contains("\r\x1b[K"), "{seen:?}");
}

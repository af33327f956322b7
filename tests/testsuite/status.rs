//! `status` end to end: selection by ids (arguments, stdin, more than 500), own ids and filters,
//! paging to the end, output formats, bad input, and `--wait` with its exit codes 0/3/6 (the
//! sandbox's clock is moved instead of sleeping).

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::*;

/// The `serwersms` binary with `args`, pointed at `sb`, running in the background with its
/// stdout piped (for `--wait` and `--follow`, which tests interact with while they run).
pub fn spawn(env: &Env, sb: &Sandbox, args: &[&str]) -> Child {
    env.std_with(sb)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start serwersms")
}

/// Wait for a child to end, at most `limit`.
pub fn finish(mut child: Child, limit: Duration) -> std::process::Output {
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("serwersms did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// Wait until the sandbox has received at least `n` requests for `action`.
pub fn await_requests(sb: &Sandbox, action: &str, n: usize) {
    let started = Instant::now();
    while sb.requests_for(action).len() < n {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no {action} request arrived"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn lines(out: &std::process::Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn ids_as_a_table_with_reasons_in_words() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600700", "queued_offset_secs": -60},
        {"phone": "+48500600404", "queued_offset_secs": -60},
        {"phone": "+48500600701"}
    ]));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], &ids[1], &ids[2]])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "ID",
            "PHONE",
            "STATUS",
            "QUEUED",
            "SENT",
            "DELIVERED",
            "REASON",
            "PARTS",
            "COST"
        ]
    );
    assert!(text.contains("wrong number"), "{text}");
    assert!(!text.contains("wrong_number"), "{text}");
    assert!(
        text.contains("delivered") && text.contains("in_progress"),
        "{text}"
    );

    let reqs = sb.requests_for("messages/reports");
    assert_eq!(reqs.len(), 1);
    let p = &reqs[0]["params"];
    assert_eq!(p["id"], json!(ids));
    assert_eq!(p["page"], 1);
    assert_eq!(p["limit"], 500);
    assert_eq!(p["order"], "desc");
    assert_no_secrets(&out);
}

#[test]
fn json_keeps_the_api_field_names() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600410", "queued_offset_secs": -60}]));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let item = &v["items"][0];
    assert_eq!(item["id"], json!(ids[0]));
    assert_eq!(item["status"], "undelivered");
    assert_eq!(item["reason"], "message_expired");
    assert_eq!(item["parts"], 1);
    assert!(item["queued"].as_str().unwrap().len() == 19);
    assert!(item.get("sent").is_some() && item.get("delivered").is_some());
}

#[test]
fn xml_and_csv() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700", "queued_offset_secs": -60}]));
    let xml = stdout(
        &env.with(&sb)
            .args(["status", &ids[0], "-o", "xml"])
            .output()
            .unwrap(),
    );
    assert!(
        xml.contains(&format!("<items><item><id>{}</id>", ids[0])),
        "{xml}"
    );
    let csv = stdout(
        &env.with(&sb)
            .args(["status", &ids[0], "-o", "csv"])
            .output()
            .unwrap(),
    );
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "id,phone,status,queued,sent,delivered,reason,parts,cost"
    );
    assert!(rows[1].starts_with(&format!("{},+48500600700,delivered,", ids[0])));
}

#[test]
fn ids_from_stdin_skip_blank_lines_and_null() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700"}, {"phone": "+48500600701"}]));
    let input = format!("{}\n\nnull\n  {}  \n", ids[0], ids[1]);
    let out = env
        .with(&sb)
        .args(["status", "-", "-o", "ndjson"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 2);
    assert_eq!(
        sb.requests_for("messages/reports")[0]["params"]["id"],
        json!(ids)
    );
}

#[test]
fn a_bad_line_on_stdin_is_named_and_nothing_is_sent() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["status", "-"])
        .write_stdin("aca3944055\nnot an id\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("stdin: line 2: \"not an id\" is not a message id"),
        "{}",
        stderr(&out)
    );
    assert!(sb.requests().is_empty());
}

#[test]
fn more_than_500_ids_go_in_several_requests() {
    let sb = Sandbox::start();
    let env = Env::new();
    let mut ids = sb.seed_messages(json!({"count": 1200}));
    assert_eq!(ids.len(), 1200);
    ids.push("ffffffffff".into());
    let out = env
        .with(&sb)
        .args(["status", "-", "-o", "ndjson"])
        .write_stdin(ids.join("\n"))
        .output()
        .unwrap();
    // One id is unknown: the others are shown, and the missing one is named (exit 3).
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not found: ffffffffff"),
        "{}",
        stderr(&out)
    );
    let rows = lines(&out);
    assert_eq!(rows.len(), 1200);
    let reqs = sb.requests_for("messages/reports");
    let sizes: Vec<usize> = reqs
        .iter()
        .map(|r| r["params"]["id"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [500, 500, 201]);
    assert!(reqs.iter().all(|r| r["answer"] == "ok"));
    let mut got: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    got.sort();
    got.dedup();
    assert_eq!(got.len(), 1200);
}

#[test]
fn all_follows_the_paging_to_the_end() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!({"count": 1100}));
    let out = env
        .with(&sb)
        .args(["status", "--all", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = lines(&out);
    assert_eq!(rows.len(), 1100);
    let mut ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 1100, "no row twice");
    let pages: Vec<(i64, i64)> = sb
        .requests_for("messages/reports")
        .iter()
        .map(|r| {
            (
                r["params"]["page"].as_i64().unwrap(),
                r["params"]["limit"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pages, [(1, 500), (2, 500), (3, 500)]);
}

#[test]
fn json_over_several_pages_is_one_document() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!({"count": 600}));
    let out = env
        .with(&sb)
        .args(["status", "--all", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["items"].as_array().unwrap().len(), 600);
}

#[test]
fn limit_defaults_to_50_and_can_be_raised() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!({"count": 1100}));
    let out = env
        .with(&sb)
        .args(["status", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(lines(&out).len(), 50);
    let reqs = sb.requests_for("messages/reports");
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0]["params"]["limit"], 50);

    let out = env
        .with(&sb)
        .args(["status", "--limit", "700", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(lines(&out).len(), 700);
    // 50 from before, then pages 1 and 2 of 500.
    assert_eq!(sb.requests_for("messages/reports").len(), 3);
}

#[test]
fn filters_reach_the_api_and_select() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!([
        {"phone": "+48500600700", "queued_offset_secs": -60},
        {"phone": "+48500600701", "queued_offset_secs": -60},
        {"phone": "+48500600700", "queued_offset_secs": -60, "sender": "Sandbox"}
    ]));
    let out = env
        .with(&sb)
        .args([
            "status",
            "--phone",
            "500 600 700",
            "--since",
            "2000-01-01T00:00:00Z",
            "--until",
            "2100-01-01 00:00",
            "--state",
            "delivered",
            "--type",
            "eco",
            "--batch",
            "1",
            "--order",
            "asc",
            "-o",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = lines(&out);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["phone"], "+48500600700");
    assert_eq!(rows[0]["type"], "eco");
    let p = &sb.requests_for("messages/reports")[0]["params"];
    assert_eq!(p["phone"], json!(["+48500600700"]));
    assert_eq!(p["date_from"], "2000-01-01 01:00:00");
    assert!(p["date_to"].as_str().unwrap().starts_with("2100-01-01"));
    assert_eq!(p["status"], "delivered");
    assert_eq!(p["type"], "eco");
    assert_eq!(p["stat_id"], 1);
    assert_eq!(p["order"], "asc");
}

#[test]
fn since_as_a_duration_means_that_long_ago() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!([
        {"phone": "+48500600700", "queued_offset_secs": -3 * 3600, "text": "old"},
        {"phone": "+48500600701", "queued_offset_secs": -60, "text": "new"}
    ]));
    let out = env
        .with(&sb)
        .args(["status", "--since", "2h", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = lines(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["text"], "new");
    let from = sb.requests_for("messages/reports")[0]["params"]["date_from"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(from.len(), 19, "{from}");
}

#[test]
fn unique_ids_select() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_messages(json!([{"phone": "+48500600700", "unique_id": "order1234"}]));
    let out = env
        .with(&sb)
        .args(["status", "--unique-id", "order1234", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out)[0]["phone"], "+48500600700");
    assert_eq!(
        sb.requests_for("messages/reports")[0]["params"]["unique_id"],
        json!(["order1234"])
    );
}

#[test]
fn bad_input_exits_2_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    for (args, says) in [
        (vec!["status", "a/b"], "'a/b' is not a message id"),
        (
            vec!["status", "--phone", "12"],
            "--phone \"12\" is not a phone number: too short",
        ),
        (
            vec!["status", "--since", "yesterday-ish"],
            "--since 'yesterday-ish' is not a time or a duration",
        ),
        (
            vec!["status", "--since", "1h", "--until", "2h"],
            "--since is later than --until",
        ),
        (
            vec!["status", "--unique-id", "a-b"],
            "--unique-id 'a-b' is not a unique id",
        ),
        (vec!["status", "--limit", "0"], "--limit"),
        (vec!["status", "--state", "lost"], "--state"),
        (vec!["status", "--wait", "5m"], "--wait=5m"),
    ] {
        let out = env.with(&sb).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    assert!(sb.requests().is_empty());
}

#[test]
fn an_api_error_is_reported_with_its_code() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "unknown_action", "action": "messages/reports"}));
    let out = env.with(&sb).args(["status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the API refused messages/reports: error 1000"),
        "{}",
        stderr(&out)
    );
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_TOKEN", "wrong")
        .args(["status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn wait_exits_0_once_everything_is_delivered() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700"}, {"phone": "+48500600701"}]));
    let child = spawn(
        &env,
        &sb,
        &["status", &ids[0], &ids[1], "--wait=60s", "-o", "ndjson"],
    );
    // The first poll sees them in progress; then the clock moves past delivery.
    await_requests(&sb, "messages/reports", 1);
    sb.advance_clock(10);
    let out = finish(child, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = lines(&out);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["status"] == "delivered"), "{rows:?}");
    assert!(
        stderr(&out).contains("all 2 messages delivered"),
        "{}",
        stderr(&out)
    );
    let polls = sb.requests_for("messages/reports");
    assert!(polls.len() >= 2, "{polls:?}");
    assert!(polls.iter().all(|r| r["params"]["id"] == json!(ids)));
}

#[test]
fn wait_exits_3_when_a_message_is_not_delivered() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600700", "queued_offset_secs": -60},
        {"phone": "+48500600404", "queued_offset_secs": -60}
    ]));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], &ids[1], "--wait"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("1 of 2 delivered") && err.contains("wrong number"),
        "{err}"
    );
    assert!(stdout(&out).contains("undelivered"));
    assert_eq!(sb.requests_for("messages/reports").len(), 1);
}

#[test]
fn wait_with_a_filter_keeps_waiting_for_what_it_first_selected() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700"}, {"phone": "+48500600404"}]));
    let child = spawn(
        &env,
        &sb,
        &["status", "--state", "pending", "--wait=60s", "-o", "ndjson"],
    );
    // Both are pending at the first poll; then both reach a final state, so neither is
    // `pending` any more, and the wait must still account for them.
    await_requests(&sb, "messages/reports", 1);
    sb.advance_clock(10);
    let out = finish(child, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("1 of 2 delivered") && err.contains("wrong number"),
        "{err}"
    );
    let rows = lines(&out);
    assert_eq!(rows.len(), 2, "{rows:?}");
    let polls = sb.requests_for("messages/reports");
    assert!(polls.len() >= 2, "{polls:?}");
    assert_eq!(polls[0]["params"]["status"], "pending");
    for poll in &polls[1..] {
        let p = &poll["params"];
        assert!(p.get("status").is_none(), "{p}");
        let mut asked: Vec<String> = serde_json::from_value(p["id"].clone()).unwrap();
        asked.sort();
        let mut seeded = ids.clone();
        seeded.sort();
        assert_eq!(asked, seeded);
    }
}

#[test]
fn wait_without_a_limit_waits_for_every_page() {
    let sb = Sandbox::start();
    let env = Env::new();
    // Phones +4850061<n>: those ending in 404 and 410 are not delivered, all others are.
    sb.seed_messages(json!({"count": 520, "phone": "+4850061", "queued_offset_secs": -60}));
    let out = env
        .with(&sb)
        .args(["status", "--wait=60s", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 520);
    let err = stderr(&out);
    assert!(
        err.contains("518 of 520 delivered")
            && err.contains("+4850061404")
            && err.contains("+4850061410"),
        "{err}"
    );
    let pages: Vec<(i64, i64)> = sb
        .requests_for("messages/reports")
        .iter()
        .map(|r| {
            (
                r["params"]["page"].as_i64().unwrap(),
                r["params"]["limit"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pages, [(1, 500), (2, 500)]);

    // An explicit --limit is kept.
    let out = env
        .with(&sb)
        .args(["status", "--wait=60s", "--limit", "5", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(lines(&out).len(), 5, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("all 5 messages delivered") || err.contains(" of 5 delivered"),
        "{err}"
    );
}

#[test]
fn wait_exits_6_when_time_runs_out() {
    let sb = Sandbox::start();
    let env = Env::new();
    // Numbers ending in 000 never get a final report.
    let ids = sb.seed_messages(json!([{"phone": "+48500600000", "queued_offset_secs": -60}]));
    let started = Instant::now();
    let out = env
        .with(&sb)
        .args(["status", &ids[0], "--wait=1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(started.elapsed() < Duration::from_secs(20));
    let err = stderr(&out);
    assert!(
        err.contains("--wait ran out of time after 1s: 1 of 1 messages have no final state yet"),
        "{err}"
    );
    assert!(stdout(&out).contains("sent"), "the last state is shown");
    // A poll at the start and one when the time was up.
    assert_eq!(sb.requests_for("messages/reports").len(), 2);
}

#[test]
fn wait_zero_polls_once() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700"}]));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], "--wait=0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(sb.requests_for("messages/reports").len(), 1);
}

#[test]
fn wait_for_an_unknown_id_names_it() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["status", "ffffffffff", "--wait=1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr(&out);
    assert!(
        err.contains("not found (yet): ffffffffff") && err.contains("(not found: ffffffffff)"),
        "{err}"
    );
}

#[test]
fn sandbox_reports_limits_paging_view_and_xml() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!({"count": 3}));
    let api = |args: &[&str]| {
        let mut all = vec!["api"];
        all.extend_from_slice(args);
        env.with(&sb).args(&all).output().unwrap()
    };
    // More than 500 ids: error 1004.
    let many: Vec<String> = (0..501).map(|i| format!("{i:010x}")).collect();
    let out = api(&[
        "messages/reports",
        "-F",
        &format!("id={}", serde_json::to_string(&many).unwrap()),
    ]);
    // (The exit code of error 1004 is the HTTP layer's business, not tested here.)
    assert!(!out.status.success());
    assert!(stderr(&out).contains("error 1004"), "{}", stderr(&out));
    // Page 0 is the first page; paging counts pages.
    let out = api(&[
        "messages/reports",
        "-f",
        "page=0",
        "-f",
        "limit=2",
        "-o",
        "json",
    ]);
    let v = json(&out);
    assert_eq!(v["paging"], json!({"page": 1, "count": 2}));
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    // messages/view: the documented fields; an unknown id is 1004.
    let v = json(&api(&[
        "messages/view",
        "-f",
        &format!("id={}", ids[0]),
        "-o",
        "json",
    ]));
    assert_eq!(v["id"], json!(ids[0]));
    assert_eq!(v["status"], "in_progress");
    let out = api(&["messages/view", "-f", "id=ffffffffff"]);
    assert!(stderr(&out).contains("error 1004"));
    // XML from the server reads the same.
    let out = api(&["messages/reports.xml", "-f", "limit=1", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["paging"]["count"], "3");
}

#[test]
fn wait_rides_out_several_failed_polls() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([{"phone": "+48500600700", "queued_offset_secs": -60}]));
    // Six answers of HTTP 500: two whole polls, each past the client's three attempts.
    sb.fault(json!({"kind": "http500", "action": "messages/reports", "times": 6}));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], "--wait=30s", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("the server answered HTTP 500") && err.contains("trying again in 2s"),
        "{err}"
    );
    assert!(err.contains("trying again in 4s"), "{err}");
    assert!(err.contains("delivered"), "{err}");
    assert_eq!(lines(&out)[0]["status"], "delivered");
    assert_eq!(sb.requests_for("messages/reports").len(), 7);
}

#[test]
fn wait_out_of_time_during_an_outage_shows_the_last_state() {
    let sb = Sandbox::start();
    let env = Env::new();
    // Numbers ending in 000 never get a final report; every poll after the first fails.
    let ids = sb.seed_messages(json!([{"phone": "+48500600000", "queued_offset_secs": -60}]));
    sb.fault(json!({"kind": "http500", "action": "messages/reports", "times": 0, "after": 1}));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], "--wait=4s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("trying again in"), "{err}");
    assert!(err.contains("--wait ran out of time after 4s"), "{err}");
    assert!(
        stdout(&out).contains("sent"),
        "the last state read is shown"
    );

    // Not one poll could be read: the failure itself, exit 5.
    let sb = Sandbox::start();
    sb.fault(json!({"kind": "http500", "action": "messages/reports", "times": 0}));
    let out = env
        .with(&sb)
        .args(["status", &ids[0], "--wait=1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--wait could not read the reports once in 1s"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn wait_ends_at_once_on_an_error_waiting_will_not_fix() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .env("SERWERSMS_TOKEN", "wrong")
        .args(["status", "aca3944055", "--wait=60s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(!stderr(&out).contains("trying again"), "{}", stderr(&out));
    assert_eq!(sb.requests_for("messages/reports").len(), 1);
}

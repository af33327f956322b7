//! `replies` end to end: listing and filters, the `recived`/`received` fallback, the ECO reply
//! rule, `--new` cursor semantics (per profile, per filter set, only after output), `--exec`
//! (environment, stdin, a failure not advancing the cursor), `--mark-read`,
//! `--save-attachments`, and `--follow` stopping on SIGINT.

use std::io::{BufRead, BufReader};
use std::time::Duration;

use serde_json::{json, Value};

use crate::status::{await_requests, finish, spawn};
use crate::support::*;

fn lines(out: &std::process::Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn texts(out: &std::process::Output) -> Vec<String> {
    lines(out)
        .iter()
        .map(|v| v["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_listing_shows_the_newest_first_with_every_column() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([
        {"kind": "eco", "phone": "+48600700800", "text": "Przyjadę o 16", "message_id": "eba39e4fe1",
         "received_offset_secs": -120},
        {"kind": "nd", "phone": "+48600700801", "text": "STOP", "received_offset_secs": -60},
        {"kind": "mms", "phone": "+48600700802", "text": "look", "title": "Photo", "to_number": "+48500111222",
         "attachments": [{"id": 1, "name": "cat.jpg", "content_type": "image/jpeg", "data": "AAEC"}]}
    ]));
    let out = env.with(&sb).args(["replies"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().collect();
    assert!(
        rows[0].starts_with("ID") && rows[0].contains("IN REPLY TO"),
        "{text}"
    );
    assert!(
        rows[1].contains("[Photo] look (attachments: cat.jpg)"),
        "{text}"
    );
    assert!(
        rows[3].contains("eba39e4fe1") && rows[3].contains("Przyjadę o 16"),
        "{text}"
    );
    let reqs = sb.requests_for("messages/recived");
    assert_eq!(reqs.len(), 1);
    let p = &reqs[0]["params"];
    assert_eq!(p["order"], "desc");
    assert_eq!(p["limit"], 50);
    assert_eq!(p["page"], 1);
    assert!(p.get("read").is_none(), "a listing never marks read: {p}");
    assert_no_secrets(&out);
}

#[test]
fn json_keeps_the_api_shape_including_recived() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([{"kind": "nd", "phone": "+48600700800", "text": "hi"}]));
    let out = env
        .with(&sb)
        .args(["replies", "-o", "json"])
        .output()
        .unwrap();
    let v = json(&out);
    let item = &v["items"][0];
    assert_eq!(item["type"], "nd");
    assert_eq!(item["phone"], "+48600700800");
    assert!(item["recived"].is_string(), "{item}");
    assert!(item["id"].is_i64());
}

#[test]
fn received_is_used_when_the_server_does_not_know_recived() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([{"kind": "nd", "phone": "+48600700800", "text": "hi"}]));
    sb.fault(json!({"kind": "unknown_action", "action": "messages/recived", "times": 0}));
    let out = env
        .with(&sb)
        .args(["replies", "-o", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = stdout(&out);
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    // The date came as `received`, and is shown all the same.
    assert_eq!(row[1], "nd");
    assert_eq!(row[3].len(), 19, "{csv}");
    let actions: Vec<String> = sb
        .requests()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["action"].as_str().unwrap(),
                r["answer"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(actions, ["messages/recived fault", "messages/received ok"]);
    assert_eq!(sb.requests()[0]["fault"], "UnknownAction");
}

#[test]
fn when_neither_spelling_is_known_the_error_says_so() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "unknown_action", "times": 0}));
    let out = env.with(&sb).args(["replies"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the API refused messages/received: error 1000"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sb.requests().len(), 2);
}

#[test]
fn filters_reach_the_api_and_select() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([
        {"kind": "ndi", "phone": "+48600700800", "text": "a", "to_number": "+48500111222"},
        {"kind": "ndi", "phone": "+48600700801", "text": "b", "to_number": "+48500111222"},
        {"kind": "nd", "phone": "+48600700800", "text": "c"}
    ]));
    let out = env
        .with(&sb)
        .args([
            "replies",
            "--type",
            "ndi",
            "--ndi",
            "500 111 222",
            "--phone",
            "600700800",
            "--since",
            "1h",
            "--until",
            "2100-01-01T00:00:00Z",
            "-o",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(texts(&out), ["a"]);
    let p = &sb.requests_for("messages/recived")[0]["params"];
    assert_eq!(p["type"], "ndi");
    assert_eq!(p["ndi"], "+48500111222");
    assert_eq!(p["phone"], json!(["+48600700800"]));
    assert_eq!(p["date_to"], "2100-01-01 01:00:00");
    assert_eq!(p["date_from"].as_str().unwrap().len(), 19);
}

#[test]
fn eco_messages_to_numbers_ending_in_77_get_a_reply() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_messages(json!([
        {"phone": "+48500600777", "text": "Will you come?", "queued_offset_secs": -60},
        {"phone": "+48500600700", "queued_offset_secs": -60}
    ]));
    let out = env
        .with(&sb)
        .args(["replies", "-o", "ndjson"])
        .output()
        .unwrap();
    let rows = lines(&out);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["message_id"], json!(ids[0]));
    assert_eq!(rows[0]["text"], "Re: Will you come?");
    assert_eq!(rows[0]["type"], "eco");
}

#[test]
fn new_prints_each_reply_once_per_profile_and_filter_set() {
    let sb = Sandbox::start();
    let env = Env::new();
    env.write_config("[profiles.work]\nsender = \"Sandbox\"\n");
    sb.seed_inbound(json!([
        {"kind": "nd", "text": "one", "received_offset_secs": -30},
        {"kind": "eco", "text": "two", "received_offset_secs": -20}
    ]));
    let run = |extra: &[&str]| {
        let mut args = vec!["replies", "--new", "-o", "ndjson"];
        args.extend_from_slice(extra);
        env.with(&sb).args(&args).output().unwrap()
    };
    let out = run(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(texts(&out), ["one", "two"], "oldest first");
    assert!(run(&[]).stdout.is_empty(), "nothing new");
    sb.seed_inbound(json!([{"kind": "nd", "text": "three"}]));
    assert_eq!(texts(&run(&[])), ["three"]);
    assert!(run(&[]).stdout.is_empty());
    // A later run asks from a while before the newest reply it has seen, in arrival order.
    let last = sb.requests_for("messages/recived").pop().unwrap();
    assert_eq!(last["params"]["order"], "asc");
    assert!(last["params"]["date_from"].is_string(), "{last}");
    // Another profile, and another set of filters, have cursors of their own.
    assert_eq!(texts(&run(&["--profile", "work"])), ["one", "two", "three"]);
    assert_eq!(texts(&run(&["--type", "nd"])), ["one", "three"]);
    let cursor = env
        .data_dir()
        .join("serwersms/cursors/replies-default.json");
    assert!(cursor.exists());
    assert!(env
        .data_dir()
        .join("serwersms/cursors/replies-work.json")
        .exists());
}

#[test]
fn new_with_the_sandbox_flag_remembers_across_runs() {
    // Each --sandbox run starts its sandbox on another port; the cursor must not depend on it.
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "--sandbox",
            "api",
            "messages/send_nd",
            "-f",
            "phone=600700800",
            "-f",
            "text=hello",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let run = || {
        env.cmd()
            .args(["--sandbox", "replies", "--new", "-o", "ndjson"])
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(texts(&first), ["hello"]);
    let second = run();
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(stdout(&second), "", "already printed by the first run");
}

#[test]
fn new_with_a_table_prints_nothing_when_there_is_nothing_new() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([{"kind": "nd", "text": "one"}]));
    let first = env.with(&sb).args(["replies", "--new"]).output().unwrap();
    assert!(stdout(&first).contains("one"));
    let second = env.with(&sb).args(["replies", "--new"]).output().unwrap();
    assert!(second.status.success());
    assert_eq!(stdout(&second), "");
}

#[test]
fn new_with_a_limit_continues_where_it_stopped() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([
        {"kind": "nd", "text": "a", "received_offset_secs": -3},
        {"kind": "nd", "text": "b", "received_offset_secs": -2},
        {"kind": "nd", "text": "c", "received_offset_secs": -1}
    ]));
    let run = |extra: &[&str]| {
        let mut args = vec!["replies", "--new", "-o", "ndjson"];
        args.extend_from_slice(extra);
        env.with(&sb).args(&args).output().unwrap()
    };
    assert_eq!(texts(&run(&["--limit", "2"])), ["a", "b"]);
    assert_eq!(texts(&run(&[])), ["c"]);
}

#[test]
fn a_corrupt_cursor_is_an_error_that_says_what_to_do() {
    let sb = Sandbox::start();
    let env = Env::new();
    let dir = env.data_dir().join("serwersms/cursors");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("replies-default.json"), "{not json").unwrap();
    let out = env.with(&sb).args(["replies", "--new"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot read the --new cursor")
            && stderr(&out).contains("hint: delete the file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn exec_gets_the_fields_in_variables_and_the_json_on_stdin() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_inbound(json!([
        {"kind": "eco", "phone": "+48600700800", "text": "tak, będę", "message_id": "eba39e4fe1"}
    ]));
    let log = env.dir.path().join("exec.log");
    let cmd = format!(
        "{{ echo \"$SMS_ID|$SMS_TYPE|$SMS_FROM|$SMS_TEXT|$SMS_MESSAGE_ID|${{SMS_RECEIVED:+date}}|${{SERWERSMS_TOKEN:-no token}}\"; cat; }} >> '{}'; echo to-stdout",
        log.display()
    );
    let out = env
        .with(&sb)
        .args(["replies", "--exec", &cmd, "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let written = std::fs::read_to_string(&log).unwrap();
    let mut parts = written.lines();
    assert_eq!(
        parts.next().unwrap(),
        format!(
            "{}|eco|+48600700800|tak, będę|eba39e4fe1|date|no token",
            ids[0]
        )
    );
    let on_stdin: Value = serde_json::from_str(parts.next().unwrap()).unwrap();
    assert_eq!(on_stdin["text"], "tak, będę");
    // The command's own output goes to stderr; stdout stays data.
    assert!(stderr(&out).contains("to-stdout"));
    assert_eq!(texts(&out), ["tak, będę"]);
}

#[test]
fn a_failing_exec_stops_and_the_cursor_does_not_pass_that_reply() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([
        {"kind": "nd", "text": "ok1", "received_offset_secs": -3},
        {"kind": "nd", "text": "bad", "received_offset_secs": -2},
        {"kind": "nd", "text": "ok2", "received_offset_secs": -1}
    ]));
    let out = env
        .with(&sb)
        .args([
            "replies",
            "--new",
            "--exec",
            "test \"$SMS_TEXT\" != bad",
            "-o",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(texts(&out), ["ok1"]);
    let err = stderr(&out);
    assert!(
        err.contains("--exec failed for reply nd:") && err.contains("exit status: 1"),
        "{err}"
    );
    assert!(
        err.contains("the next --new run starts with it again"),
        "{err}"
    );
    // The next run starts with the reply that failed.
    let out = env
        .with(&sb)
        .args(["replies", "--new", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(texts(&out), ["bad", "ok2"]);
}

#[test]
fn mark_read_marks_only_after_writing() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([
        {"kind": "nd", "text": "a", "received_offset_secs": -20},
        {"kind": "nd", "text": "b", "received_offset_secs": -10}
    ]));
    let out = env
        .with(&sb)
        .args(["replies", "--mark-read", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(texts(&out).len(), 2);
    let reqs = sb.requests_for("messages/recived");
    assert_eq!(reqs.len(), 2, "a listing, then the marking");
    assert!(reqs[0]["params"].get("read").is_none());
    let mark = &reqs[1]["params"];
    assert_eq!(mark["read"], true);
    assert!(mark["date_from"].is_string() && mark["date_to"].is_string());
    // Nothing is left unread on the server.
    let unread = env
        .with(&sb)
        .args(["api", "messages/recived", "-F", "read=true", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&unread)["items"], json!([]));
}

#[test]
fn mark_read_with_a_table_marks_only_once_the_table_was_printed() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([
        {"kind": "nd", "text": "a", "received_offset_secs": -20},
        {"kind": "nd", "text": "b", "received_offset_secs": -10}
    ]));
    // The table cannot be written: nothing may be marked read.
    let full = std::fs::File::create("/dev/full").unwrap();
    let out = env
        .std_with(&sb)
        .args(["replies", "--mark-read"])
        .stdin(std::process::Stdio::null())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let reqs = sb.requests_for("messages/recived");
    assert_eq!(reqs.len(), 1, "the listing only: {reqs:?}");
    assert!(reqs[0]["params"].get("read").is_none());

    // Printed: then marked.
    let out = env
        .with(&sb)
        .args(["replies", "--mark-read"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 3, "{}", stdout(&out));
    let reqs = sb.requests_for("messages/recived");
    assert_eq!(reqs.len(), 3, "{reqs:?}");
    assert_eq!(reqs[2]["params"]["read"], true);
    let unread = env
        .with(&sb)
        .args(["api", "messages/recived", "-F", "read=true", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&unread)["items"], json!([]));
}

#[test]
fn attachments_are_saved_under_safe_names() {
    let sb = Sandbox::start();
    let env = Env::new();
    let ids = sb.seed_inbound(json!([{
        "kind": "mms", "phone": "+48600700800", "text": "", "title": "Files",
        "attachments": [
            {"id": 1, "name": "../../escape.txt", "content_type": "text/plain", "data": "aGVsbG8="},
            {"id": 2, "name": "photo.jpg", "content_type": "image/jpeg", "data": "/9j/\n4AAQ"},
            {"id": 3, "name": "broken.bin", "content_type": "application/octet-stream", "data": "!!!"}
        ]
    }]));
    let dir = env.dir.path().join("mms");
    let out = env
        .with(&sb)
        .args(["replies", "--save-attachments"])
        .arg(&dir)
        .args(["-o", "ndjson"])
        .output()
        .unwrap();
    // One attachment is not base64: reported, the rest saved, exit 3.
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("'broken.bin' is not valid base64"));
    let id = ids[0];
    assert_eq!(
        std::fs::read(dir.join(format!("{id}-escape.txt"))).unwrap(),
        b"hello"
    );
    assert_eq!(
        std::fs::read(dir.join(format!("{id}-photo.jpg"))).unwrap(),
        [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]
    );
    assert!(!env.dir.path().join("escape.txt").exists());
    // Again: nothing is overwritten.
    env.with(&sb)
        .args(["replies", "--save-attachments"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(dir.join(format!("{id}-escape-1.txt")).exists());
    assert_eq!(
        std::fs::read(dir.join(format!("{id}-escape.txt"))).unwrap(),
        b"hello"
    );
}

#[test]
fn bad_input_exits_2_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    let file = env.dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    for (args, says) in [
        (
            vec!["replies", "--phone", "abc"],
            "--phone \"abc\" is not a phone number",
        ),
        (
            vec!["replies", "--ndi", "1"],
            "--ndi \"1\" is not a phone number",
        ),
        (vec!["replies", "--type", "sms"], "--type"),
        (vec!["replies", "--interval", "5s"], "--follow"),
        (vec!["replies", "--follow", "--all"], "--all"),
        (vec!["replies", "--exec", " "], "--exec needs a command"),
        (
            vec!["replies", "--save-attachments", file.to_str().unwrap()],
            "not a directory",
        ),
    ] {
        let out = env.with(&sb).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    assert!(sb.requests().is_empty());
}

#[test]
fn follow_prints_new_replies_and_stops_cleanly_on_sigint() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([{"kind": "nd", "text": "before", "received_offset_secs": -5}]));
    // No -o: piped, so ndjson.
    let mut child = spawn(&env, &sb, &["replies", "--follow", "--interval", "1s"]);
    // It looks at what is there (to skip it), then polls.
    await_requests(&sb, "messages/recived", 3);
    sb.seed_inbound(json!([{"kind": "nd", "text": "after"}]));
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["text"], "after");

    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
    let out = finish(child, Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(rest, "", "nothing printed twice");
}

#[test]
fn follow_with_new_and_json_resumes_and_closes_the_document_on_sigterm() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([{"kind": "nd", "text": "old"}]));
    let child = spawn(
        &env,
        &sb,
        &[
            "replies",
            "--follow",
            "--new",
            "--interval",
            "1s",
            "-o",
            "json",
        ],
    );
    await_requests(&sb, "messages/recived", 2);
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let out = finish(child, Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["items"][0]["text"], "old");
    // The cursor was saved: a later --new run has nothing.
    let again = env
        .with(&sb)
        .args(["replies", "--new", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(stdout(&again), "");
}

#[test]
fn send_nd_and_send_ndi_simulate_incoming_messages() {
    let sb = Sandbox::start();
    let env = Env::new();
    for args in [
        vec![
            "api",
            "messages/send_nd",
            "-f",
            "phone=600700800",
            "-f",
            "text=to ND",
        ],
        vec![
            "api",
            "messages/send_ndi",
            "-f",
            "phone=600700801",
            "-f",
            "text=to NDI",
            "-f",
            "ndi_number=500111222",
        ],
    ] {
        let out = env.with(&sb).args(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = env
        .with(&sb)
        .args(["replies", "--type", "ndi", "-o", "ndjson"])
        .output()
        .unwrap();
    let rows = lines(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["to_number"], "+48500111222");
    assert_eq!(rows[0]["phone"], "+48600700801");
    let out = env
        .with(&sb)
        .args([
            "api",
            "messages/send_ndi",
            "-f",
            "phone=600700801",
            "-f",
            "text=x",
        ])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("error 2000"), "{}", stderr(&out));
}

#[test]
fn follow_tries_a_failing_exec_again_at_the_next_poll() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.seed_inbound(json!([{"kind": "nd", "text": "hello"}]));
    let flag = env.dir.path().join("ready");
    let cmd = format!("test -e '{}'", flag.display());
    let mut child = spawn(
        &env,
        &sb,
        &[
            "replies",
            "--follow",
            "--new",
            "--interval",
            "1s",
            "--exec",
            &cmd,
        ],
    );
    await_requests(&sb, "messages/recived", 1);
    std::fs::write(&flag, "").unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(line.contains("\"hello\""), "{line}");
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
    let out = finish(child, Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(rest, "");
    let err = stderr(&out);
    assert!(
        err.contains("--exec failed for reply nd:") && err.contains("trying again in 1s"),
        "{err}"
    );
}

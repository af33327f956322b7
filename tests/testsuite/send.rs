//! `send` end to end: recipients, texts, options, batches, the journal, output and exit codes,
//! checked against what the sandbox received. A few tests put a small stand-in API in front of
//! the sandbox (see [`Stub`]) to produce answers the sandbox of this branch cannot give yet
//! (`messages/reports` for reconciliation, unsent items).

use std::path::Path;
use std::sync::Arc;

use serde_json::{json, Value};

use crate::support::*;

/// The send_sms requests the sandbox received.
fn sends(sb: &Sandbox) -> Vec<Value> {
    sb.requests_for("messages/send_sms")
}

/// Every number in the requests for an action, in order.
fn numbers_sent(sb: &Sandbox, action: &str) -> Vec<String> {
    sb.requests_for(action)
        .iter()
        .flat_map(|r| {
            let p = &r["params"];
            match action {
                "messages/send_personalized" => p["messages"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| m["phone"].as_str().unwrap().to_string())
                    .collect::<Vec<_>>(),
                _ => p["phone"]
                    .as_array()
                    .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Write a file into the test's directory (the command's working directory) and return its
/// name, so messages name it as a user would see it.
fn write(env: &Env, name: &str, text: &str) -> std::path::PathBuf {
    std::fs::write(env.dir.path().join(name), text).unwrap();
    std::path::PathBuf::from(name)
}

fn numbers(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("+48500{i:06}")).collect()
}

// ---------------------------------------------------------------------------------------------
// Recipients

#[test]
fn one_number_one_text() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["send", "--to", "500 600 700", "--text", "Backup failed"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    let head = table.lines().next().unwrap();
    for col in ["PHONE", "ID", "STATUS", "PARTS", "ERROR"] {
        assert!(head.contains(col), "{table}");
    }
    assert!(
        table.contains("+48500600700") && table.contains("queued"),
        "{table}"
    );
    assert!(
        stderr(&out).contains("1 queued, 0 unsent, 1 batch, 1 part"),
        "{}",
        stderr(&out)
    );

    let reqs = sends(&sb);
    assert_eq!(reqs.len(), 1);
    let p = &reqs[0]["params"];
    assert_eq!(reqs[0]["path"], "/messages/send_sms.json");
    assert_eq!(p["phone"], json!(["+48500600700"]));
    assert_eq!(p["text"], "Backup failed");
    assert_eq!(p["details"], true);
    assert!(p.get("sender").is_none(), "ECO sends no sender key: {p}");
    assert!(p.get("unique_id").is_none());
    assert_eq!(reqs[0]["answer"], "ok");
    assert_no_secrets(&out);
}

#[test]
fn to_is_repeatable_comma_separated_normalized_and_deduplicated() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500-600-700, 48600700800",
            "--to",
            "0048.500600700",
        ])
        .args(["--to", "+420 565 478 965", "--text", "Hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        numbers_sent(&sb, "messages/send_sms"),
        ["+48500600700", "+48600700800", "+420565478965"]
    );
    let err = stderr(&out);
    assert!(
        err.contains(
            "note: 1 number was given more than once and is sent once (+48500600700 again at --to)"
        ),
        "{err}"
    );
}

#[test]
fn to_file_skips_comments_and_reads_stdin() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(
        &env,
        "team.txt",
        "# on call\n500600700\n\n600 700 800  # Ania\n",
    );
    let out = env
        .with(&sb)
        .args(["send", "--to-file"])
        .arg(&f)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        numbers_sent(&sb, "messages/send_sms"),
        ["+48500600700", "+48600700800"]
    );

    let out = env
        .with(&sb)
        .args(["send", "--to-file", "-", "--text", "Hi"])
        .write_stdin("700800900\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sends(&sb)[1]["params"]["phone"], json!(["+48700800900"]));
}

#[test]
fn an_invalid_number_stops_the_run_with_file_line_and_value() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(&env, "numbers.txt", "500600700\n600700800\n50060070\n");
    let out = env
        .with(&sb)
        .args(["send", "--to-file"])
        .arg(&f)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("numbers.txt: line 3: \"50060070\" is not a phone number (too short)"),
        "{err}"
    );
    assert!(err.contains("--skip-invalid"), "{err}");
    assert!(stdout(&out).is_empty());
    assert!(sb.requests().is_empty(), "nothing may be sent");

    // Several: each is listed, then one error.
    let f = write(&env, "more.txt", "12\n500600700\nabc\n+4\n");
    let out = env
        .with(&sb)
        .args(["send", "--to-file"])
        .arg(&f)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("more.txt: line 1: \"12\""), "{err}");
    assert!(
        err.contains("more.txt: line 3: \"abc\" is not a phone number (contains letters"),
        "{err}"
    );
    assert!(err.contains("more.txt: line 4"), "{err}");
    assert!(
        err.contains("3 of the numbers are not phone numbers"),
        "{err}"
    );
    assert!(sb.requests().is_empty());
}

#[test]
fn skip_invalid_sends_to_the_rest_and_reports_them() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(&env, "numbers.txt", "500600700\n5006\n600700800\n");
    let out = env
        .with(&sb)
        .args(["send", "--skip-invalid", "-o", "json", "--to-file"])
        .arg(&f)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("skipping numbers.txt: line 2: \"5006\" is not a phone number"),
        "{err}"
    );
    assert!(err.contains("1 invalid skipped"), "{err}");
    let v = json(&out);
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["status"], "invalid");
    assert_eq!(items[0]["phone"], "5006");
    assert_eq!(v["queued"], 2);
    assert_eq!(
        numbers_sent(&sb, "messages/send_sms"),
        ["+48500600700", "+48600700800"]
    );
}

#[test]
fn no_recipients_or_no_text_is_a_usage_error() {
    let sb = Sandbox::start();
    let env = Env::new();
    for args in [
        vec!["send", "--text", "Hi"],
        vec!["send", "--to", "500600700"],
        vec!["send", "--to", "500600700", "--text", "  "],
        vec!["send", "--to-file", "-", "--text", "-"],
        vec![
            "send",
            "--to",
            "500600700",
            "--text-file",
            "/nonexistent/msg.txt",
        ],
    ] {
        let out = env.with(&sb).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("serwersms: error: "),
            "{}",
            stderr(&out)
        );
    }
    assert!(sb.requests().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Text

#[test]
fn text_from_a_file_and_from_stdin() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(&env, "msg.txt", "Line one\nline two\n");
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text-file"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sends(&sb)[0]["params"]["text"], "Line one\nline two");

    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", "-"])
        .write_stdin("disk / is 97% full\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sends(&sb)[1]["params"]["text"], "disk / is 97% full");
}

#[test]
fn polish_text_needs_utf_or_ascii_and_names_the_characters() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", "Zażółć gęślą jaźń"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("needs Unicode"), "{err}");
    assert!(
        err.contains("'ż' (U+017C)") && err.contains("'ł' (U+0142)"),
        "{err}"
    );
    assert!(err.contains("--ascii") && err.contains("ż→z"), "{err}");
    assert!(sb.requests().is_empty());

    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700",
            "--ascii",
            "--text",
            "Zażółć „gęślą” jaźń – ok",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        sends(&sb)[0]["params"]["text"],
        "Zazolc \"gesla\" jazn - ok"
    );
    assert!(
        stderr(&out).contains("--ascii replaced"),
        "{}",
        stderr(&out)
    );

    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--sender", "Sandbox", "--utf"])
        .args(["--text", "Zażółć gęślą jaźń"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let p = &sends(&sb)[1]["params"];
    assert_eq!(
        (p["utf"].clone(), p["sender"].clone()),
        (json!(true), json!("Sandbox"))
    );
    assert_eq!(p["text"], "Zażółć gęślą jaźń");

    // Unicode on ECO: the hint says why --utf alone is not enough.
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", "Cześć 😀", "--ascii"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'😀' (U+1F600)"), "{}", stderr(&out));
    assert_eq!(sends(&sb).len(), 2);
}

#[test]
fn more_than_six_parts_is_refused_before_sending() {
    let sb = Sandbox::start();
    let env = Env::new();
    let long = "x".repeat(919);
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", &long])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("7 parts"), "{}", stderr(&out));
    // Extension characters count twice: 460 of them are 920 septets.
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", &"{".repeat(460)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(sb.requests().is_empty());
    // 918 is fine: 6 parts.
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", &"x".repeat(918)])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("6 parts"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// Options

#[test]
fn sender_comes_from_the_flag_or_the_config_and_eco_drops_it() {
    let sb = Sandbox::start();
    let env = Env::new();
    env.write_config("sender = \"Sandbox\"\n");
    let run = |extra: &[&str]| {
        env.with(&sb)
            .args(["send", "--to", "500600700", "--text", "Hi"])
            .args(extra)
            .output()
            .unwrap()
    };
    assert!(run(&[]).status.success());
    assert!(run(&["--eco"]).status.success());
    assert!(run(&["--sender", "SerwerSMS"]).status.success());
    let reqs = sends(&sb);
    assert_eq!(reqs[0]["params"]["sender"], "Sandbox");
    assert!(reqs[1]["params"].get("sender").is_none());
    assert_eq!(reqs[2]["params"]["sender"], "SerwerSMS");

    // A sender the account may not use: the API's 3106, exit 1.
    let out = run(&["--sender", "Nobody"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error 3106") && err.contains("You can not use the name of the sender"),
        "{err}"
    );
    // Not a sender name at all: refused before sending.
    let out = run(&["--sender", "Far too long name"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(sends(&sb).len(), 4);
    // --eco conflicts with --sender.
    let out = run(&["--eco", "--sender", "Sandbox"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn full_only_options_need_a_sender() {
    let sb = Sandbox::start();
    let env = Env::new();
    for flag in ["--utf", "--speed"] {
        let out = env
            .with(&sb)
            .args(["send", "--to", "500600700", "--text", "Hi", flag])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("needs a FULL SMS"),
            "{}",
            stderr(&out)
        );
    }
    assert!(sb.requests().is_empty());
}

#[test]
fn flags_reach_the_server_and_test_mode_sends_nothing() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700,600700800",
            "--text",
            "Hi",
            "--sender",
            "Sandbox",
        ])
        .args(["--flash", "--speed", "--test", "--details"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let p = &sends(&sb)[0]["params"];
    for k in ["flash", "speed", "test", "details"] {
        assert_eq!(p[k], true, "{k}: {p}");
    }
    let table = stdout(&out);
    assert!(
        table.lines().next().unwrap().contains("QUEUED"),
        "--details adds columns: {table}"
    );
    assert!(table.contains("Hi"), "{table}");
    assert!(
        stderr(&out).contains("test: the server sent nothing"),
        "{}",
        stderr(&out)
    );
    // Nothing was charged.
    let limits = env
        .with(&sb)
        .args(["account", "limits", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&limits)["items"][1]["value"], "500");
}

#[test]
fn at_schedules_in_warsaw_time_and_refuses_the_past() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700",
            "--text",
            "Hi",
            "--at",
            "2099-01-15T12:00:00Z",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sends(&sb)[0]["params"]["date"], "2099-01-15 13:00:00");
    assert!(
        stderr(&out).contains("scheduled for 2099-01-15 13:00:00 (Warsaw time)"),
        "{}",
        stderr(&out)
    );
    // Local time: here UTC; July in Warsaw is UTC+2.
    let out = env
        .with(&sb)
        .env("TZ", "UTC")
        .args([
            "send",
            "--to",
            "500600700",
            "--text",
            "Hi",
            "--at",
            "2099-07-15 12:00",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sends(&sb)[1]["params"]["date"], "2099-07-15 14:00:00");

    for past in ["2020-01-01 10:00", "yesterday"] {
        let out = env
            .with(&sb)
            .args(["send", "--to", "500600700", "--text", "Hi", "--at", past])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{past}");
        assert!(stderr(&out).contains("--at"), "{}", stderr(&out));
    }
    assert_eq!(sends(&sb).len(), 2);
}

/// A scheduled message stays `saved` until its time, so `--wait` right after the send could
/// only run out: the pair is refused before any request, with what to run instead.
#[test]
fn at_with_wait_is_refused_before_sending() {
    let sb = Sandbox::start();
    let env = Env::new();
    let at = ["--at", "2099-01-15T12:00:00Z"];
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", "Hi", "--wait=5m"])
        .args(at)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("--wait cannot follow a scheduled send (--at)")
            && err.contains("until 2099-01-15 13:00:00 (Warsaw time)"),
        "{err}"
    );
    assert!(
        err.contains("after 2099-01-15 13:00:00 run `serwersms status --unique-id ID --wait`"),
        "{err}"
    );
    // With own ids the hint names them.
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700,600700800",
            "--text",
            "Hi",
            "--wait",
        ])
        .args(["--unique-id", "promo1,promo2"])
        .args(at)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`serwersms status --unique-id promo1 --unique-id promo2 --wait`"),
        "{}",
        stderr(&out)
    );
    assert!(sb.requests().is_empty(), "nothing was sent");
}

#[test]
fn unique_ids_one_per_recipient_and_duplicates_refused_by_the_server() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700,600700800", "--text", "Hi"])
        .args(["--unique-id", "order1001,order1002"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        sends(&sb)[0]["params"]["unique_id"],
        json!(["order1001", "order1002"])
    );

    // The same id again: the server refuses the request (3111), nothing is queued: exit 1.
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "700800900",
            "--text",
            "Hi",
            "--unique-id",
            "order1002",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("error 3111"), "{}", stderr(&out));

    // Checked before sending: count, characters, repeats.
    for ids in ["a1b2c3", "ab", "a-b-c,d1e2f3", "abc123,abc123"] {
        let out = env
            .with(&sb)
            .args([
                "send",
                "--to",
                "500600700,600700800",
                "--text",
                "Hi",
                "--unique-id",
                ids,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{ids}: {}", stderr(&out));
    }
    assert_eq!(sends(&sb).len(), 2);
}

#[test]
fn groups_and_contacts_of_the_address_book() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "send",
            "--group",
            "1",
            "--contact",
            "4",
            "--text",
            "Hi",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let p = &sends(&sb)[0]["params"];
    assert_eq!(p["group_id"], json!(["1"]));
    assert_eq!(p["contact_id"], json!(["4"]));
    assert!(p.get("phone").is_none());
    assert_eq!(json(&out)["queued"], 4);

    let out = env
        .with(&sb)
        .args(["send", "--group", "99", "--text", "Hi"])
        .output()
        .unwrap();
    // 1004 (invalid ID) is a refusal, not an authentication problem.
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error 1004"), "{}", stderr(&out));
    let out = env
        .with(&sb)
        .args(["send", "--group", "x", "--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// Personalized

#[test]
fn csv_with_a_text_column_goes_to_send_personalized() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(
        &env,
        "people.csv",
        "phone,text\n500600700,\"Hi Ania, see you at 5\"\n600700800,Hi Jan\n500600700,again\n",
    );
    let out = env
        .with(&sb)
        .args(["send", "--csv"])
        .arg(&f)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = sb.requests_for("messages/send_personalized");
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        reqs[0]["params"]["messages"],
        json!([{"phone": "+48500600700", "text": "Hi Ania, see you at 5"}, {"phone": "+48600700800", "text": "Hi Jan"}])
    );
    assert!(
        stderr(&out).contains("people.csv: line 4"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json(&out)["queued"], 2);
}

#[test]
fn csv_with_a_template() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(
        &env,
        "c.csv",
        "Phone;Name;Code\n500600700;Ania;A1\n600700800;Jan;B2\n",
    );
    let out = env
        .with(&sb)
        .args(["send", "--csv"])
        .arg(&f)
        .args(["--template", "Hi {Name}, your code is {code} {{ok}}"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let m = &sb.requests_for("messages/send_personalized")[0]["params"]["messages"];
    assert_eq!(m[0]["text"], "Hi Ania, your code is A1 {ok}");
    assert_eq!(m[1]["text"], "Hi Jan, your code is B2 {ok}");
}

#[test]
fn csv_errors_name_the_line_and_column_and_send_nothing() {
    let sb = Sandbox::start();
    let env = Env::new();
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "phone,name\n500600700,Ania\n600700800,\n",
            &["--template", "Hi {name}"],
            "c.csv: line 3, column 'name': empty value",
        ),
        (
            "phone,first\n500600700,Ania\n",
            &["--template", "Hi {name}"],
            "--template uses {name}, but c.csv has no 'name' column (the columns are: phone, first)",
        ),
        (
            "number,text\n500600700,Hi\n",
            &[],
            "c.csv: line 1: there is no 'phone' column",
        ),
        (
            "phone,name\n500600700,Ania\n",
            &[],
            "there is no 'text' column",
        ),
        (
            "phone,text\n500600700,Hi\n600700800,\n",
            &[],
            "c.csv: line 3, column 'text': the text is empty",
        ),
        (
            "phone,text\n500600700,Hi\n600700800,Cześć\n",
            &[],
            "c.csv: line 3: the text needs Unicode",
        ),
        (
            "phone,text\n500600700,Hi,extra\n",
            &[],
            "c.csv: line 2: 3 fields, but the header has 2",
        ),
        (
            "phone,text\n5006,Hi\n",
            &[],
            "c.csv: line 2: \"5006\" is not a phone number",
        ),
        (
            "phone,name\n500600700,Ania\n",
            &["--template", "Hi {name"],
            "is not closed",
        ),
    ];
    for (csv, extra, want) in cases {
        let f = write(&env, "c.csv", csv);
        let out = env
            .with(&sb)
            .args(["send", "--csv"])
            .arg(&f)
            .args(*extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{csv}");
        assert!(stderr(&out).contains(want), "{csv}: {}", stderr(&out));
    }
    assert!(sb.requests().is_empty());
    // --csv takes no --text; --template needs --csv; personalized batches are capped.
    let f = write(&env, "c.csv", "phone,text\n500600700,Hi\n");
    for args in [vec!["--text", "x"], vec!["--batch-size", "20000"]] {
        let out = env
            .with(&sb)
            .args(["send", "--csv"])
            .arg(&f)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--template", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(sb.requests().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Dry run

#[test]
fn dry_run_shows_the_plan_and_touches_no_network() {
    let env = Env::new();
    let f = write(
        &env,
        "n.txt",
        "500600700\n600700800\n500600700\n123\n700800900\n",
    );
    // No API URL that answers and no credentials: a dry run must not need either.
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", "http://127.0.0.1:9/")
        .args(["send", "--dry-run", "--batch-size", "2", "--to-file"])
        .arg(&f)
        .args(["--text", &"ab".repeat(100)])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.contains("+48700800900") && table.contains("invalid"),
        "{table}"
    );
    let err = stderr(&out);
    assert!(err.contains("dry run: nothing was sent"), "{err}");
    assert!(
        err.contains("recipients: 3, 1 duplicates removed, 1 invalid"),
        "{err}"
    );
    assert!(
        err.contains("text: 200 characters, GSM-7, 2 parts each"),
        "{err}"
    );
    assert!(
        err.contains("total: 6 parts in 2 batches of up to 2"),
        "{err}"
    );

    let out = env
        .cmd()
        .args(["send", "--dry-run", "-o", "json", "--to-file"])
        .arg(&f)
        .args(["--text", "Cześć", "--ascii", "--batch-size", "2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["action"], "messages/send_sms");
    assert_eq!(v["encoding"], "gsm7");
    assert_eq!(
        (v["recipients"].clone(), v["invalid"].clone()),
        (json!(3), json!(1))
    );
    assert_eq!(v["batches"], 2);
    let items = v["items"].as_array().unwrap();
    assert_eq!(items[0]["status"], "invalid");
    assert_eq!(items[3]["batch"], 2);
    assert_eq!(items[1]["characters"], 5);
}

#[test]
fn dry_run_of_a_personalized_send_with_unicode() {
    let env = Env::new();
    let f = write(
        &env,
        "c.csv",
        "phone,text\n500600700,Zażółć\n600700800,Hi\n",
    );
    let out = env
        .cmd()
        .env("SERWERSMS_SENDER", "ignored")
        .args([
            "send",
            "--dry-run",
            "-o",
            "json",
            "--sender",
            "Firma",
            "--utf",
            "--csv",
        ])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["action"], "messages/send_personalized");
    assert_eq!(v["type"], "full");
    assert_eq!(v["items"][0]["encoding"], "ucs2");
    assert_eq!(v["items"][0]["text"], "Zażółć");
}

// ---------------------------------------------------------------------------------------------
// Bulk

#[test]
fn batches_and_concurrency_send_everyone_exactly_once_in_order() {
    let sb = Sandbox::start();
    let env = Env::new();
    let list = numbers(450);
    let f = write(&env, "n.txt", &list.join("\n"));
    let out = env
        .with(&sb)
        .args([
            "send",
            "--batch-size",
            "200",
            "--concurrency",
            "3",
            "-o",
            "json",
            "--to-file",
        ])
        .arg(&f)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut sizes: Vec<usize> = sends(&sb)
        .iter()
        .map(|r| r["params"]["phone"].as_array().unwrap().len())
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [50, 200, 200]);
    let mut sent = numbers_sent(&sb, "messages/send_sms");
    sent.sort();
    assert_eq!(sent, list, "every number exactly once");
    let v = json(&out);
    let phones: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["phone"].as_str().unwrap())
        .collect();
    assert_eq!(phones, list, "rows come in the order given");
    assert_eq!(
        (v["success"].clone(), v["queued"].clone()),
        (json!(true), json!(450))
    );
    assert!(
        stderr(&out).contains("450 queued, 0 unsent, 3 batches, 450 parts"),
        "{}",
        stderr(&out)
    );
    // Without a terminal there is no prompt, even above 100 recipients, and no progress bar.
    assert!(!stderr(&out).contains("[y/N]"));
}

/// On a terminal, more than 100 recipients are sent only after a yes; a no sends nothing and
/// leaves no journal behind. Run under util-linux `script`, which gives the command a
/// pseudo-terminal and types the answer.
#[test]
fn more_than_100_recipients_ask_first_on_a_terminal() {
    let sb = Sandbox::start();
    let env = Env::new();
    write(&env, "n.txt", &numbers(101).join("\n"));
    let mut args = vec![
        "send",
        "--to-file",
        "n.txt",
        "--text",
        "Hi",
        "--journal",
        "send.journal",
    ];
    let Some((code, seen)) = on_a_terminal(&env, &sb, &args, "n\n") else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    assert_eq!(code, 1, "{seen}");
    assert!(
        seen.contains("serwersms: send 101 ECO SMS? [y/N]"),
        "{seen}"
    );
    assert!(seen.contains("not confirmed: nothing was sent"), "{seen}");
    assert!(sb.requests().is_empty(), "nothing was sent");
    assert!(!env.dir.path().join("send.journal").exists());

    let (code, seen) = on_a_terminal(&env, &sb, &args, "y\n").unwrap();
    assert_eq!(code, 0, "{seen}");
    assert!(seen.contains("[y/N]"), "{seen}");
    assert!(seen.contains("101 queued, 0 unsent, 1 batch"), "{seen}");
    assert_eq!(numbers_sent(&sb, "messages/send_sms"), numbers(101));

    // --yes does not ask (without the journal, whose send is finished).
    args.truncate(5);
    args.push("--yes");
    let (code, seen) = on_a_terminal(&env, &sb, &args, "").unwrap();
    assert_eq!(code, 0, "{seen}");
    assert!(!seen.contains("[y/N]"), "{seen}");
    assert_eq!(sends(&sb).len(), 2);
}

#[test]
fn batch_size_and_concurrency_limits() {
    let env = Env::new();
    for args in [
        ["--batch-size", "0"],
        ["--batch-size", "100001"],
        ["--concurrency", "0"],
        ["--concurrency", "9"],
    ] {
        let out = env
            .cmd()
            .args(["send", "--to", "500600700", "--text", "Hi"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn other_output_formats() {
    let sb = Sandbox::start();
    let env = Env::new();
    let run = |fmt: &str| {
        let out = env
            .with(&sb)
            .args([
                "send",
                "--to",
                "500600700,600700800",
                "--text",
                "Hi",
                "-o",
                fmt,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let xml = run("xml");
    assert!(
        xml.contains("<result><items><item>") && xml.contains("<queued>2</queued>"),
        "{xml}"
    );
    let csv = run("csv");
    assert!(
        csv.starts_with("phone,id,status,parts,error\n+48500600700,"),
        "{csv}"
    );
    let nd = run("ndjson");
    assert_eq!(nd.lines().count(), 2);
    assert_eq!(
        serde_json::from_str::<Value>(nd.lines().next().unwrap()).unwrap()["status"],
        "queued"
    );
}

// ---------------------------------------------------------------------------------------------
// Refusals and unknown outcomes

#[test]
fn a_refused_batch_stops_the_run_exit_3_after_some_exit_1_before_any() {
    let sb = Sandbox::start();
    let env = Env::new();
    // FULL balance: 500 parts. 400 go through, then 300 more: 100 fit in batch 1 of 2... no:
    // the first batch of 200 does not fit in the 100 left, so nothing is queued.
    let f = write(&env, "n.txt", &numbers(400).join("\n"));
    let run = |f: &Path| {
        env.with(&sb)
            .args([
                "send",
                "--sender",
                "Sandbox",
                "--batch-size",
                "200",
                "--to-file",
            ])
            .arg(f)
            .args(["--text", "Hi"])
            .output()
            .unwrap()
    };
    let out = run(&f);
    assert!(out.status.success(), "{}", stderr(&out));
    // 100 left: a send of 150 in batches of 100 gets batch 1 through, batch 2 refused.
    let g = write(&env, "m.txt", &numbers(550)[400..].join("\n"));
    let out = env
        .with(&sb)
        .args([
            "send",
            "--sender",
            "Sandbox",
            "--batch-size",
            "100",
            "--to-file",
        ])
        .arg(&g)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("batch 2 (of 2)") && err.contains("error 3002"),
        "{err}"
    );
    assert!(
        err.contains("100 queued, 0 unsent, 2 batches, 100 parts, 50 not sent"),
        "{err}"
    );
    assert_eq!(stdout(&out).matches("not_sent").count(), 50);
    // The refused batch's rows are counted in the JSON document, which is not a success.
    let h = write(&env, "k.txt", &numbers(700)[550..].join("\n"));
    let out = env
        .with(&sb)
        .args(["send", "--sender", "Sandbox", "--batch-size", "100"])
        .args(["-o", "json", "--to-file"])
        .arg(&h)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["success"], false, "{v}");
    assert_eq!([&v["queued"], &v["not_sent"]], [0, 150], "{v}");
    // Nothing left: refused at once, exit 1.
    let out = run(&f);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Exhausted the limit of available SMS FULL"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_credentials_exit_4() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_TOKEN", "wrong-token")
        .args(["send", "--to", "500600700", "--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
}

#[test]
fn a_lost_answer_without_a_journal_exits_5_and_says_not_to_rerun() {
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "act_then_drop", "action": "messages/send_sms", "after": 1}));
    let f = write(&env, "n.txt", &numbers(10).join("\n"));
    let out = env
        .with(&sb)
        .args(["send", "--batch-size", "3", "-o", "json", "--to-file"])
        .arg(&f)
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("batch 2 (of 4)") && err.contains("outcome unknown"),
        "{err}"
    );
    assert!(err.contains("do not simply run it again"), "{err}");
    // Stopped after the unknown batch: batches 3 and 4 never went out.
    assert_eq!(sends(&sb).len(), 2);
    let v = json(&out);
    let statuses: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "queued", "queued", "queued", "unknown", "unknown", "unknown", "not_sent", "not_sent",
            "not_sent", "not_sent"
        ]
    );
    assert_eq!(v["success"], false);
    // Every row is counted once, and the summary counts only the batches that went out.
    assert_eq!(
        [
            &v["queued"],
            &v["unsent"],
            &v["invalid"],
            &v["unknown"],
            &v["not_sent"]
        ],
        [3, 0, 0, 3, 4]
    );
    assert!(
        err.contains("3 queued, 0 unsent, 2 of 4 batches, 3 parts, 3 outcome unknown, 4 not sent"),
        "{err}"
    );
}

/// The document's totals agree with the exit code: `success` only when every recipient was
/// queued, and a count for each kind of row the API does not give.
#[test]
fn json_totals_agree_with_the_exit_code() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600798,12345",
            "--skip-invalid",
            "-o",
            "json",
        ])
        .args(["--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["success"], false, "{v}");
    assert_eq!(
        [
            &v["queued"],
            &v["unsent"],
            &v["invalid"],
            &v["not_sent"],
            &v["unknown"]
        ],
        [1, 0, 1, 0, 0]
    );
    assert!(
        stderr(&out).contains("1 queued, 0 unsent, 1 batch, 1 part, 1 invalid skipped"),
        "{}",
        stderr(&out)
    );

    // All queued: success and exit 0, the extra counts zero.
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600798", "-o", "json", "--text", "Hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["success"], true, "{v}");
    assert_eq!(
        [
            &v["queued"],
            &v["unsent"],
            &v["invalid"],
            &v["not_sent"],
            &v["unknown"]
        ],
        [1, 0, 0, 0, 0]
    );
}

// ---------------------------------------------------------------------------------------------
// The journal

#[test]
fn a_finished_journal_sends_nothing_again_and_prints_the_results() {
    let sb = Sandbox::start();
    let env = Env::new();
    let f = write(&env, "n.txt", &numbers(5).join("\n"));
    let journal = env.dir.path().join("run.journal");
    let run = || {
        env.with(&sb)
            .args(["send", "--batch-size", "2", "-o", "json", "--to-file"])
            .arg(&f)
            .args(["--text", "Hi", "--journal"])
            .arg(&journal)
            .output()
            .unwrap()
    };
    let out = run();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sends(&sb).len(), 3);
    // Generated ids: one per recipient, [a-z0-9], 3-50 characters, all different.
    let ids: Vec<String> = sends(&sb)
        .iter()
        .flat_map(|r| r["params"]["unique_id"].as_array().unwrap().clone())
        .map(|u| u.as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 5);
    assert!(ids
        .iter()
        .all(|u| (3..=50).contains(&u.len()) && u.bytes().all(|b| b.is_ascii_alphanumeric())));
    let text = std::fs::read_to_string(&journal).unwrap();
    assert_eq!(text.lines().count(), 1 + 3 * 2, "{text}");
    assert!(!text.contains(TOKEN));

    let again = run();
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(sends(&sb).len(), 3, "nothing is sent twice");
    assert!(
        stderr(&again).contains("already confirmed"),
        "{}",
        stderr(&again)
    );
    assert_eq!(json(&again)["items"], json(&out)["items"]);
    assert_eq!(json(&again)["queued"], 5);
}

#[test]
fn a_journal_refuses_a_different_command() {
    let sb = Sandbox::start();
    let env = Env::new();
    let journal = env.dir.path().join("run.journal");
    let send = |text: &str| {
        env.with(&sb)
            .args(["send", "--to", "500600700", "--text", text, "--journal"])
            .arg(&journal)
            .output()
            .unwrap()
    };
    assert!(send("Hi").status.success());
    let out = send("Hello");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("belongs to a different send") && err.contains("text \"Hi\""),
        "{err}"
    );
    assert_eq!(sends(&sb).len(), 1);
    // Not a journal at all.
    let other = write(&env, "notes.txt", "shopping list\n");
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", "Hi", "--journal"])
        .arg(&other)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is damaged at line 1"),
        "{}",
        stderr(&out)
    );
    // Groups cannot be journaled.
    let out = env
        .with(&sb)
        .args(["send", "--group", "1", "--text", "Hi", "--journal"])
        .arg(env.dir.path().join("g.journal"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(sends(&sb).len(), 1);
}

#[test]
fn a_new_journal_is_not_left_behind_when_nothing_could_start() {
    let env = Env::new();
    let journal = env.dir.path().join("run.journal");
    let out = env
        .cmd()
        .args(["send", "--to", "500600700", "--text", "Hi", "--journal"])
        .arg(&journal)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no credentials"), "{}", stderr(&out));
    assert!(!journal.exists());
}

#[test]
fn a_journal_keeps_user_given_ids() {
    let sb = Sandbox::start();
    let env = Env::new();
    let journal = env.dir.path().join("run.journal");
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700,600700800", "--text", "Hi"])
        .args(["--unique-id", "inv1,inv2", "--journal"])
        .arg(&journal)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        sends(&sb)[0]["params"]["unique_id"],
        json!(["inv1", "inv2"])
    );
    assert!(std::fs::read_to_string(&journal)
        .unwrap()
        .contains("\"inv2\""));
}

#[test]
fn an_unknown_batch_that_cannot_be_checked_is_not_resent() {
    // The server answers the send but cannot be asked about it afterwards (messages/reports
    // keeps failing): nothing may be sent while a batch's outcome is unknown.
    let sb = Sandbox::start();
    let env = Env::new();
    sb.fault(json!({"kind": "act_then_drop", "action": "messages/send_sms", "after": 1}));
    let f = write(&env, "n.txt", &numbers(10).join("\n"));
    let journal = env.dir.path().join("run.journal");
    let run = || {
        env.with(&sb)
            .args(["send", "--batch-size", "3", "-o", "json", "--to-file"])
            .arg(&f)
            .args(["--text", "Hi", "--journal"])
            .arg(&journal)
            .output()
            .unwrap()
    };
    let out = run();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("(journal: {})", journal.display())),
        "{err}"
    );
    assert!(
        err.contains("run the same command again to finish"),
        "{err}"
    );
    sb.fault(json!({"kind": "http500", "action": "messages/reports", "times": 0}));
    let again = run();
    assert_ne!(again.status.code(), Some(0));
    assert!(
        stderr(&again).contains("cannot be checked"),
        "{}",
        stderr(&again)
    );
    assert!(stdout(&again).is_empty(), "no half-written document");
    assert_eq!(
        sends(&sb).len(),
        2,
        "nothing is sent while batch 2 is unknown"
    );
    assert!(!sb.requests_for("messages/reports").is_empty());
}

/// The exactly-once proof with the real sandbox: an answer lost on the 2nd batch, then a
/// re-run that asks `messages/reports` and sends only the rest.
#[test]
fn a_lost_answer_then_a_rerun_delivers_everyone_exactly_once() {
    let sb = Sandbox::start();
    let env = Env::new();
    exactly_once(&sb, &env, |env| env.with(&sb));
    assert_eq!(sb.requests_for("messages/reports").len(), 1);
}

/// The same proof, with `messages/reports` answered by a stand-in that knows what the sandbox
/// carried out (from its request log), so the client's reconciliation is tested here too.
#[test]
fn a_lost_answer_then_a_rerun_delivers_everyone_exactly_once_with_a_reports_stand_in() {
    let sb = Sandbox::start();
    let env = Env::new();
    let stub = Stub::start(&sb, reports_from_the_request_log);
    exactly_once(&sb, &env, |env| {
        let mut c = env.cmd();
        c.env("SERWERSMS_API_URL", &stub.url)
            .env("SERWERSMS_TOKEN", TOKEN);
        c
    });
    assert!(!sb.requests_for("messages/send_sms").is_empty());
}

fn exactly_once(sb: &Sandbox, env: &Env, cmd: impl Fn(&Env) -> assert_cmd::Command) {
    sb.fault(json!({"kind": "act_then_drop", "action": "messages/send_sms", "after": 1}));
    let list = numbers(10);
    let f = write(env, "n.txt", &list.join("\n"));
    let journal = env.dir.path().join("run.journal");
    let run = || {
        cmd(env)
            .args(["send", "--batch-size", "3", "-o", "json", "--to-file"])
            .arg(&f)
            .args(["--text", "Hi", "--journal"])
            .arg(&journal)
            .output()
            .unwrap()
    };
    let first = run();
    assert_eq!(first.status.code(), Some(5), "{}", stderr(&first));
    let second = run();
    assert!(second.status.success(), "{}", stderr(&second));
    let err = stderr(&second);
    assert!(
        err.contains("batch 2 of an earlier run: 3 of 3 reached the server; 0 will be sent"),
        "{err}"
    );
    // The sandbox carried out every number exactly once.
    let mut sent = numbers_sent(sb, "messages/send_sms");
    sent.sort();
    assert_eq!(sent, list);
    let v = json(&second);
    assert_eq!(v["queued"], 10);
    let mut phones: Vec<String> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["phone"].as_str().unwrap().to_string())
        .collect();
    phones.sort();
    assert_eq!(phones, list, "the re-run reports the whole send");
    // A third run has nothing left to do.
    let third = run();
    assert!(third.status.success());
    assert_eq!(numbers_sent(sb, "messages/send_sms").len(), 10);
}

/// A re-run after a lost answer whose batch did NOT reach the server sends that batch again.
#[test]
fn a_batch_the_server_does_not_know_is_sent_again() {
    let sb = Sandbox::start();
    let env = Env::new();
    // `reset` closes the connection before anything is done: the client cannot know that.
    sb.fault(json!({"kind": "reset", "action": "messages/send_sms", "after": 1}));
    let stub = Stub::start(&sb, reports_from_the_request_log);
    let list = numbers(6);
    let f = write(&env, "n.txt", &list.join("\n"));
    let journal = env.dir.path().join("run.journal");
    let run = || {
        env.cmd()
            .env("SERWERSMS_API_URL", &stub.url)
            .env("SERWERSMS_TOKEN", TOKEN)
            .args([
                "send",
                "--batch-size",
                "2",
                "--concurrency",
                "2",
                "--to-file",
            ])
            .arg(&f)
            .args(["--text", "Hi", "--journal"])
            .arg(&journal)
            .output()
            .unwrap()
    };
    assert_eq!(run().status.code(), Some(5));
    let second = run();
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stderr(&second).contains("0 of 2 reached the server; 2 will be sent"),
        "{}",
        stderr(&second)
    );
    let mut sent: Vec<String> = sb
        .requests_for("messages/send_sms")
        .iter()
        .filter(|r| r["answer"] == "ok" && r["fault"].is_null())
        .flat_map(|r| r["params"]["phone"].as_array().unwrap().clone())
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    sent.sort();
    assert_eq!(sent, list, "carried out exactly once each");
}

// ---------------------------------------------------------------------------------------------
// Answers the sandbox of this branch cannot give

#[test]
fn unsent_items_exit_3_and_all_unsent_exit_1() {
    let sb = Sandbox::start();
    let env = Env::new();
    let stub = Stub::start(&sb, |action, params, _| {
        if action != "messages/send_sms" {
            return None;
        }
        let phones = params["phone"].as_array().unwrap();
        let items: Vec<Value> = phones
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if p.as_str().unwrap().ends_with('1') {
                    json!({"id": format!("aaaaaaaa{i:02}"), "phone": p, "status": "unsent", "parts": 1,
                           "error_code": 2206, "error_message": "Number is on the blacklist"})
                } else {
                    json!({"id": format!("bbbbbbbb{i:02}"), "phone": p, "status": "queued", "parts": 1})
                }
            })
            .collect();
        let unsent = items.iter().filter(|i| i["status"] == "unsent").count();
        Some(
            json!({"success": true, "queued": items.len() - unsent, "unsent": unsent, "items": items}),
        )
    });
    let cmd = |to: &str| {
        env.cmd()
            .env("SERWERSMS_API_URL", &stub.url)
            .env("SERWERSMS_TOKEN", TOKEN)
            .args(["send", "--to", to, "--text", "Hi"])
            .output()
            .unwrap()
    };
    let out = cmd("500600700,500600701");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.contains("2206: Number is on the blacklist"),
        "{table}"
    );
    assert!(
        stderr(&out).contains("1 queued, 1 unsent"),
        "{}",
        stderr(&out)
    );
    let out = cmd("500600701");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no message was queued"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn blacklisted_numbers_are_unsent_items() {
    let sb = Sandbox::start();
    let env = Env::new();
    let add = env
        .with(&sb)
        .args(["api", "blacklist/add", "-f", "phone=+48600700800"])
        .output()
        .unwrap();
    assert!(add.status.success(), "{}", stderr(&add));
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700,600700800",
            "--text",
            "Hi",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let v = json(&out);
    assert_eq!(v["items"][1]["status"], "unsent");
    assert_eq!(v["items"][1]["error_code"], 2206);
}

#[test]
fn xml_answers_are_read_too() {
    // The API may answer in XML; the same send reads it (lists of one <item> included).
    let sb = Sandbox::start();
    let env = Env::new();
    let stub = Stub::start_raw(&sb, |action, _, _| {
        (action == "messages/send_sms").then(|| {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result><success>1</success><queued>1</queued>\
             <unsent>0</unsent><items><item><id>aca3944055</id><phone>+48500600700</phone>\
             <status>queued</status><parts>1</parts></item></items></result>"
                .to_string()
        })
    });
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &stub.url)
        .env("SERWERSMS_TOKEN", TOKEN)
        .args(["send", "--to", "500600700", "--text", "Hi", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["items"][0]["id"], "aca3944055");
}

// ---------------------------------------------------------------------------------------------
// The sandbox's side, over HTTP, in the official clients' wire forms

#[test]
fn the_sandbox_takes_every_wire_form_of_a_send() {
    let sb = Sandbox::start();
    let auth = format!("Bearer {TOKEN}");
    let headers = [("Authorization", auth.as_str())];
    // perl/cs/bash: the delimited string, trailing separator kept; py's stray quote; XML answer.
    let (status, ct, body) = sb.post(
        "/messages/send_personalized.xml",
        "application/x-www-form-urlencoded",
        &headers,
        "messages=500600700%3AFirst%5D%7C%5B%22600700800%3ASecond%3A+yes%5D%7C%5B&details=1&system=client_perl&",
    );
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/xml"), "{ct}");
    assert!(
        body.contains("<queued>2</queued>") && body.contains("<text>Second: yes</text>"),
        "{body}"
    );
    // java: everything a string, lists comma-joined, ECO as an empty sender, uniqe_id spelling.
    let (_, _, body) = sb.post(
        "/messages/send_personalized.json",
        "application/json",
        &headers,
        r#"{"messages":"700800900:Hi]|[800900100:Ho","sender":"","uniqe_id":"javaid1,javaid2","details":"true"}"#,
    );
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["queued"], 2, "{body}");
    // node/php-form: bracket keys, booleans as strings, no suffix.
    let (_, _, body) = sb.post(
        "/messages/send_sms",
        "application/x-www-form-urlencoded",
        &headers,
        "phone%5B0%5D=%2B48500600700&phone%5B1%5D=600700800&text=Hi&flash=true&unique_id%5B0%5D=javaid2&unique_id%5B1%5D=zz9",
    );
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["error"]["code"], 3111, "javaid2 is taken: {body}");
    // The limits, and what a send costs.
    let many: Vec<String> = numbers(10_001);
    let msgs: Vec<Value> = many
        .iter()
        .map(|p| json!({"phone": p, "text": "x"}))
        .collect();
    let (_, _, body) = sb.post(
        "/messages/send_personalized.json",
        "application/json",
        &headers,
        &json!({"messages": msgs}).to_string(),
    );
    assert!(body.contains("\"code\":3110"), "{body}");
    let (_, _, body) = sb.post("/account/limits.json", "application/json", &headers, "{}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["items"][0]["value"], "996", "4 ECO parts charged: {body}");
}

// ---------------------------------------------------------------------------------------------
// Secrets

#[test]
fn secrets_never_appear_in_output_traces_or_the_journal() {
    let sb = Sandbox::start();
    let env = Env::new();
    let journal = env.dir.path().join("j");
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_USERNAME", USERNAME)
        .env("SERWERSMS_PASSWORD", PASSWORD)
        .args([
            "-v",
            "send",
            "--to",
            "500600700",
            "--text",
            "Hi",
            "--journal",
        ])
        .arg(&journal)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("> POST"), "the trace is on");
    assert_no_secrets(&out);
    assert!(!std::fs::read_to_string(&journal)
        .unwrap()
        .contains(PASSWORD));
    let out = env
        .with(&sb)
        .args([
            "-v",
            "send",
            "--to",
            "500600700",
            "--text",
            "Hi",
            "--sender",
            "Nobody",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_no_secrets(&out);
}

// ---------------------------------------------------------------------------------------------
// A stand-in API

/// What the stand-in answers for (action, parameters, the sandbox's URL); `None` passes the
/// request on to the sandbox.
type Answer = dyn Fn(&str, &Value, &str) -> Option<String> + Send + Sync;

/// A small HTTP server in front of the sandbox: for an action `answer` knows, it answers
/// itself; every other request is passed to the sandbox unchanged (headers and body), so the
/// sandbox's log still shows what the client sent.
struct Stub {
    url: String,
    server: Arc<tiny_http::Server>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

impl Stub {
    fn start(
        sb: &Sandbox,
        answer: impl Fn(&str, &Value, &str) -> Option<Value> + Send + Sync + 'static,
    ) -> Stub {
        Stub::start_raw(sb, move |a, p, u| answer(a, p, u).map(|v| v.to_string()))
    }

    fn start_raw(
        sb: &Sandbox,
        answer: impl Fn(&str, &Value, &str) -> Option<String> + Send + Sync + 'static,
    ) -> Stub {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let url = format!("http://{}/", server.server_addr().to_ip().unwrap());
        let upstream = sb.url.clone();
        let answer: Arc<Answer> = Arc::new(answer);
        let s = server.clone();
        std::thread::spawn(move || {
            for mut req in s.incoming_requests() {
                let mut body = String::new();
                let _ = req.as_reader().read_to_string(&mut body);
                let path = req.url().to_string();
                let action = path
                    .trim_matches('/')
                    .trim_end_matches(".json")
                    .trim_end_matches(".xml")
                    .to_string();
                let params: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                let reply = match answer(&action, &params, &upstream) {
                    Some(text) => tiny_http::Response::from_string(text),
                    None => {
                        let mut r = ureq::Agent::config_builder()
                            .http_status_as_error(false)
                            .build()
                            .new_agent()
                            .post(format!("{upstream}{}", path.trim_start_matches('/')));
                        for h in req.headers() {
                            let name = h.field.as_str().as_str();
                            if name.eq_ignore_ascii_case("authorization")
                                || name.eq_ignore_ascii_case("content-type")
                            {
                                r = r.header(name, h.value.as_str());
                            }
                        }
                        match r.send(&body) {
                            Ok(mut resp) => tiny_http::Response::from_string(
                                resp.body_mut().read_to_string().unwrap_or_default(),
                            ),
                            // The sandbox dropped the connection: so does the stand-in.
                            Err(_) => continue,
                        }
                    }
                };
                let _ = req.respond(reply);
            }
        });
        Stub { url, server }
    }
}

/// `messages/reports` by unique_id, answered from what the sandbox's log says it carried out:
/// every `send_sms` whose answer was computed ("ok"), even if a fault dropped it afterwards.
fn reports_from_the_request_log(action: &str, params: &Value, upstream: &str) -> Option<Value> {
    if action != "messages/reports" {
        return None;
    }
    let wanted: Vec<&str> = params["unique_id"]
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let log: Value = ureq::get(format!("{upstream}__sandbox/requests"))
        .call()
        .ok()?
        .body_mut()
        .read_json()
        .ok()?;
    let mut items = Vec::new();
    for r in log.as_array()? {
        if r["action"] != "messages/send_sms" || r["answer"] != "ok" {
            continue;
        }
        let phones = r["params"]["phone"].as_array()?;
        let ids = r["params"]["unique_id"].as_array()?;
        for (phone, uid) in phones.iter().zip(ids) {
            if wanted.contains(&uid.as_str()?) {
                items.push(
                    json!({"id": "0123456789", "phone": phone, "status": "in_progress",
                                  "parts": 1, "queued": "2026-01-01 10:00:00"}),
                );
            }
        }
    }
    Some(json!({"paging": {"page": 1, "count": 1}, "items": items}))
}

#[test]
fn wait_follows_delivery_and_sets_the_exit_code() {
    let sb = Arc::new(Sandbox::start());
    let env = Env::new();
    // Move the sandbox clock past delivery while the send waits.
    let clock = {
        let sb = sb.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(700));
            sb.advance_clock(10);
        })
    };
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700,500600404",
            "--text",
            "alert",
            "--wait=30s",
        ])
        .output()
        .unwrap();
    clock.join().unwrap();
    // One delivered, one undelivered: exit 3, and the reports were asked for the two ids.
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let reports = sb.requests_for("messages/reports");
    assert!(!reports.is_empty());
    let asked = &reports.last().unwrap()["params"]["id"];
    assert_eq!(asked.as_array().map(Vec::len), Some(2), "{asked}");
    assert!(stderr(&out).contains("undelivered"), "{}", stderr(&out));

    // All delivered: exit 0.
    let sb2 = Arc::new(Sandbox::start());
    let clock = {
        let sb = sb2.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(700));
            sb.advance_clock(10);
        })
    };
    let out = env
        .with(&sb2)
        .args(["send", "--to", "500600700", "--text", "ok", "--wait=30s"])
        .output()
        .unwrap();
    clock.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn wait_with_a_space_before_the_duration_says_to_write_it_with_equals() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600700", "--text", "x", "--wait", "5m"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("unexpected argument '5m'") && err.contains("write --wait=5m"),
        "{err}"
    );
    // Any other stray word is refused too, with what goes where.
    let out = env
        .with(&sb)
        .args(["send", "500600700", "hello"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("unexpected argument '500600700'") && err.contains("--to"),
        "{err}"
    );
    assert!(sb.requests().is_empty(), "nothing was sent");
}

#[test]
fn wait_runs_out_of_time_with_exit_6() {
    let sb = Sandbox::start();
    let env = Env::new();
    // Numbers ending in 000 never get a report.
    let out = env
        .with(&sb)
        .args(["send", "--to", "500600000", "--text", "x", "--wait=1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    // The send itself was printed before waiting.
    assert!(stdout(&out).contains("+48500600000"));
    let out = env
        .with(&sb)
        .args([
            "send",
            "--to",
            "500600700",
            "--text",
            "x",
            "--dry-run",
            "--wait",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A `--unique-id` of the user's that the server already knows (3111) is a refusal, even with
/// a journal: only ids the journal itself assigned can mean "an earlier run's request".
#[test]
fn a_reused_own_unique_id_is_refused_not_taken_for_an_earlier_run() {
    let sb = Sandbox::start();
    let env = Env::new();
    let send = |text: &str, journal: Option<&Path>| {
        let mut c = env.with(&sb);
        c.args([
            "send",
            "--to",
            "500600700",
            "--text",
            text,
            "--unique-id",
            "camp1",
        ]);
        if let Some(j) = journal {
            c.arg("--journal").arg(j);
        }
        c.output().unwrap()
    };
    assert!(send("first campaign", None).status.success());
    let journal = env.dir.path().join("j");
    for _ in 0..2 {
        let out = send("today's alert", Some(&journal));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains("3111"), "{err}");
        assert!(!err.contains("outcome unknown"), "{err}");
    }
    assert!(sb.requests_for("messages/reports").is_empty());
}

//! `serwersms doctor`: every check, passing and failing, with its fix.

use crate::support::*;

fn line<'a>(text: &'a str, check: &str) -> &'a str {
    text.lines()
        .find(|l| l[l.char_indices().nth(2).map(|(i, _)| i).unwrap_or(0)..].starts_with(check))
        .unwrap_or_else(|| panic!("no {check} line in:\n{text}"))
}

#[test]
fn all_green_against_a_sandbox() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env.with(&sb).arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        line(&text, "credentials").starts_with("✓")
            && line(&text, "credentials").contains("env SERWERSMS_TOKEN")
    );
    assert!(line(&text, "api host").starts_with("✓") && line(&text, "api host").contains(&sb.url));
    assert!(line(&text, "login").starts_with("✓"));
    assert!(line(&text, "balance").contains("full 500"));
    assert!(!text.contains('✗'));
    assert_no_secrets(&out);
    // It asked the host, then logged in.
    let actions: Vec<String> = sb
        .requests()
        .iter()
        .map(|r| r["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["error/1000", "account/limits"]);
}

#[test]
fn the_sandbox_flag_alone_is_enough() {
    let env = Env::new();
    let out = env.cmd().args(["--sandbox", "doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("API token from --sandbox"));
}

#[test]
fn failures_say_what_to_do_and_exit_1() {
    let sb = Sandbox::start();
    let env = Env::new();
    // A wrong token: the host answers, the login fails.
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_TOKEN", "wrong-token")
        .arg("doctor")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(line(&text, "api host").starts_with("✓"));
    assert!(
        line(&text, "login").starts_with("✗") && text.contains("fix: check the credentials"),
        "{text}"
    );

    // No credentials: the hosts are still checked (with no credentials at all), the rest is
    // skipped.
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .arg("doctor")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(line(&text, "credentials").starts_with("✗"), "{text}");
    assert!(line(&text, "api host").starts_with("✓"), "{text}");
    assert!(line(&text, "login").contains("skipped"), "{text}");
    let last = sb.requests().pop().unwrap();
    assert_eq!(last["action"], "error/1000");
    assert_eq!(last["auth"], "none", "{last}");

    // A config file with a token that others can read.
    let path = env.write_config(&format!("token = \"{TOKEN}\"\n"));
    set_mode(&path, 0o644);
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .arg("doctor")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        line(&text, "permissions").starts_with("✗") && text.contains("chmod 600"),
        "{text}"
    );
    assert!(line(&text, "login").starts_with("✓"), "{text}");
    assert_no_secrets(&out);

    // A broken config file is reported, not fatal.
    env.write_config("tokn = 1\n");
    let out = env.cmd().arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(line(&stdout(&out), "config").starts_with("✗"));
    assert!(stdout(&out).contains("unknown key `tokn`"));
}

#[test]
fn a_dead_primary_and_a_live_fallback() {
    let sb = Sandbox::start();
    let env = Env::new();
    let dead = dead_url();
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .env("SERWERSMS_API_URL", &dead)
        .env("SERWERSMS_FALLBACK_URL", &sb.url)
        .args(["doctor", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let item = |name: &str| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["check"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(item("api host")["ok"], false);
    assert!(item("api host")["detail"]
        .as_str()
        .unwrap()
        .contains("cannot connect"));
    assert_eq!(item("fallback host")["ok"], true);
    // The login went through the fallback.
    assert_eq!(item("login")["ok"], true);
    assert_eq!(item("permissions")["ok"], serde_json::Value::Null);
}

#[test]
fn the_default_sender_must_be_authorized() {
    let sb = Sandbox::start();
    let env = Env::new();
    let run = |sender: &str| {
        env.write_config(&format!("sender = \"{sender}\"\n"));
        let out = env.with(&sb).arg("doctor").output().unwrap();
        (out.status.code(), stdout(&out))
    };
    let (code, text) = run("Sandbox");
    assert_eq!(code, Some(0), "{text}");
    assert!(line(&text, "sender").contains("'Sandbox' is authorized"));
    let (code, text) = run("Testowa");
    assert_eq!(code, Some(1));
    assert!(
        line(&text, "sender").starts_with("✗") && text.contains("is pending authorization"),
        "{text}"
    );
    let (code, text) = run("Nieznany");
    assert_eq!(code, Some(1));
    assert!(
        text.contains("not registered") && text.contains("serwersms senders add Nieznany"),
        "{text}"
    );
}

//! Secret hygiene: every command, with -v and every output format, with a known token and a
//! known password, on success and on error paths: neither may appear in stdout, stderr, the
//! sandbox's request log or any file the program wrote.

use serde_json::json;

use crate::support::*;

/// Every command that talks to the API, as it would be typed (without global flags).
fn invocations() -> Vec<Vec<&'static str>> {
    vec![
        vec!["account", "limits"],
        vec!["account", "limits", "--warn", "10"],
        vec!["account", "help"],
        vec!["api", "account/limits", "-F", "show_type=true"],
        vec!["api", "error/1001"],
        vec!["doctor"],
        vec!["config", "show"],
        vec!["status", "--all"],
        vec!["replies", "--all"],
        vec!["replies", "--new"],
        vec!["cancel", "aca3944055"],
        vec!["numbers", "check", "500600700"],
        vec!["numbers", "lookup", "500600700"],
        vec!["numbers", "validate", "500600700"],
        vec!["senders", "list"],
        vec!["senders", "add", "Firma"],
        vec!["blacklist", "add", "500600701"],
        vec!["blacklist", "list"],
        vec!["blacklist", "check", "500600701"],
        vec!["blacklist", "remove", "500600701"],
        vec![
            "webhook",
            "urls",
            "--public-url",
            "https://example.com/hook",
        ],
    ]
}

const FORMATS: &[&str] = &["table", "json", "xml", "csv", "ndjson"];

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn check_files(dir: &std::path::Path) {
    for f in files_under(dir) {
        if f.file_name().is_some_and(|n| n == "config.toml") {
            continue; // the user's own file holds the token on purpose
        }
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        for secret in [TOKEN, PASSWORD] {
            assert!(
                !text.contains(secret),
                "a secret leaked into {}",
                f.display()
            );
        }
    }
}

#[test]
fn no_secret_anywhere_with_a_token_or_a_password() {
    let sb = Sandbox::start();
    let env = Env::new();
    // Something to list: a sent message and a reply.
    sb.seed_messages(json!([{"phone": "+48500600700", "text": "hello"}]));
    sb.seed_inbound(json!([{"phone": "+48500600700", "text": "hi back"}]));
    let auths: [&[(&str, &str)]; 2] = [
        &[("SERWERSMS_TOKEN", TOKEN)],
        &[
            ("SERWERSMS_USERNAME", USERNAME),
            ("SERWERSMS_PASSWORD", PASSWORD),
        ],
    ];
    let mut runs = 0;
    for auth in auths {
        for args in invocations() {
            for format in FORMATS {
                for verbose in [false, true] {
                    let mut c = env.cmd();
                    c.env("SERWERSMS_API_URL", &sb.url);
                    for (k, v) in auth {
                        c.env(k, v);
                    }
                    if verbose {
                        c.arg("-v");
                    }
                    let out = c.args(["-o", format]).args(&args).output().unwrap();
                    assert_no_secrets(&out);
                    runs += 1;
                }
            }
        }
    }
    // Error paths: the server fails (an unusable body is not retried, so this stays quick),
    // and the credentials are refused.
    sb.fault(json!({"kind": "garbage", "times": 0}));
    for args in invocations() {
        let out = env.with(&sb).arg("-v").args(&args).output().unwrap();
        assert_no_secrets(&out);
        let out = env
            .cmd()
            .env("SERWERSMS_API_URL", &sb.url)
            .env("SERWERSMS_USERNAME", "nobody")
            .env("SERWERSMS_PASSWORD", PASSWORD)
            .arg("-v")
            .args(&args)
            .output()
            .unwrap();
        assert_no_secrets(&out);
        runs += 2;
    }
    assert!(runs >= 150, "{runs}");
    check_files(sb.state.path());
    check_files(&env.data_dir());
}

#[test]
fn the_config_file_is_written_private_and_never_echoed() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["-v", "config", "init", "--token-stdin"])
        .write_stdin(format!("{TOKEN}\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_no_secrets(&out);
    let out = env
        .cmd()
        .args(["-v", "config", "show", "-o", "json"])
        .output()
        .unwrap();
    assert_no_secrets(&out);
    assert!(stdout(&out).contains("(set, from config file)"));
}

//! The README's shell lines, run as written: every cron line under `## Recipes` (the way cron
//! runs it) and the `status --wait` script, each against its own sandbox, so that the lines
//! people copy never rot.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::support::*;

fn readme() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md");
    std::fs::read_to_string(path).unwrap()
}

/// The fenced blocks of a README section (from its `## ` heading to the next), as (info, body).
fn blocks(readme: &str, heading: &str) -> Vec<(String, String)> {
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with(heading) && s[heading.len()..].starts_with('\n'))
        .unwrap_or_else(|| panic!("README.md has no `## {heading}` section"));
    let mut out = Vec::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if let Some(info) = line.strip_prefix("```") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
            out.push((info.trim().to_string(), body.join("\n")));
        }
    }
    out
}

/// What cron hands to `sh -c` for a crontab line: the command after the five schedule fields,
/// with `\%` turned into `%`. An unescaped `%` would end the command there (the rest becomes
/// its stdin), which in a recipe is always a mistake, so it fails the test.
fn cron_command(line: &str) -> String {
    let mut rest = line.trim_start();
    for _ in 0..5 {
        let end = rest
            .find(char::is_whitespace)
            .unwrap_or_else(|| panic!("not a crontab line (five fields, then a command): {line}"));
        rest = rest[end..].trim_start();
    }
    let mut command = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'%') => command.push(chars.next().unwrap()),
            '%' => panic!("unescaped % in a crontab line (cron would cut it there): {line}"),
            c => command.push(c),
        }
    }
    command
}

/// `sh -c SCRIPT` with only what cron would give it (HOME, a short PATH with serwersms on it)
/// plus the sandbox's URL and token, in the environment's directory.
fn sh(env: &Env, sandbox: &Sandbox, script: &str) -> Output {
    let bin_dir = bin().parent().unwrap().to_path_buf();
    at_sandbox(env.scrubbed("sh"), sandbox)
        .args(["-c", script])
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .env("HOME", env.dir.path())
        .output()
        .unwrap()
}

/// Moves a sandbox's clock forward in the background, so that `--wait` sees messages
/// delivered within a poll or two instead of after the sandbox's real-time delays.
struct Ticker {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Ticker {
    fn start(sandbox: Arc<Sandbox>) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                sandbox.advance_clock(2);
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
        });
        Ticker {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn hostname() -> String {
    let out = Command::new("hostname").output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Every crontab line under `## Recipes` runs with exit 0 and makes the request it promises.
#[test]
fn recipes_run_as_cron_would_run_them() {
    let readme = readme();
    let lines: Vec<String> = blocks(&readme, "Recipes")
        .into_iter()
        .filter(|(info, _)| info == "crontab")
        .flat_map(|(_, body)| {
            body.lines()
                .map(str::to_string)
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        lines.len() >= 3,
        "the Recipes section lost its crontab lines: {lines:?}"
    );
    let mut checked = 0;
    for line in &lines {
        let command = cron_command(line);
        let sb = Arc::new(Sandbox::start());
        let env = Env::new();
        if command.contains("serwersms send") {
            assert!(command.contains("--wait"), "{command}");
            let out = {
                let _ticker = Ticker::start(sb.clone());
                sh(&env, &sb, &command)
            };
            assert_eq!(out.status.code(), Some(0), "{command}\n{}", stderr(&out));
            // The backup file is missing here, so the alert went out, and was confirmed.
            let sends = sb.requests_for("messages/send_sms");
            assert_eq!(sends.len(), 1, "{command}");
            let params = &sends[0]["params"];
            assert!(
                params["phone"].to_string().contains("500600700"),
                "{params}"
            );
            assert_eq!(params["text"], format!("Backup failed on {}", hostname()));
            assert!(!sb.requests_for("messages/reports").is_empty());
        } else if command.contains("serwersms replies") {
            sb.seed_inbound(serde_json::json!([
                {"kind": "nd", "phone": "+48600700800", "text": "STOP", "received_offset_secs": -3600}
            ]));
            let out = sh(&env, &sb, &command);
            assert_eq!(out.status.code(), Some(0), "{command}\n{}", stderr(&out));
            assert_eq!(sb.requests_for("messages/recived").len(), 1);
            let files: Vec<PathBuf> = std::fs::read_dir(env.dir.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "csv"))
                .collect();
            assert_eq!(files.len(), 1, "{files:?}");
            let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
            // `date +%F`: the day is in the name, so each night gets its own file.
            assert!(
                name.starts_with("replies-20") && name.len() == "replies-YYYY-MM-DD.csv".len(),
                "{name}"
            );
            let csv = std::fs::read_to_string(&files[0]).unwrap();
            assert!(csv.lines().count() == 2, "{csv}");
            assert!(
                csv.contains("+48600700800") && csv.contains("STOP"),
                "{csv}"
            );
        } else if command.contains("serwersms account limits") {
            let out = sh(&env, &sb, &command);
            // The sandbox's FULL balance (500) is above --warn: OK, so nothing for cron to mail.
            assert_eq!(out.status.code(), Some(0), "{command}\n{}", stderr(&out));
            assert_eq!(stdout(&out), "", "{command}");
            assert_eq!(sb.requests_for("account/limits").len(), 1);
        } else {
            panic!("no check for this recipe yet; add one to tests/testsuite/readme.rs: {line}");
        }
        checked += 1;
    }
    assert_eq!(checked, lines.len());
}

/// The "did the alert reach the phone?" script under `status` sends, then waits for that id.
#[test]
fn status_wait_script_runs() {
    if Command::new("jq").arg("--version").output().is_err() {
        eprintln!("jq not installed: skipping the README's jq script");
        return;
    }
    let readme = readme();
    let (_, script) = blocks(&readme, "Delivery reports: `status`")
        .into_iter()
        .find(|(_, body)| body.contains("--wait=5m"))
        .expect("the status section's --wait script");
    let sb = Arc::new(Sandbox::start());
    let env = Env::new();
    let out = {
        let _ticker = Ticker::start(sb.clone());
        sh(&env, &sb, &script)
    };
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("not confirmed"), "{}", stderr(&out));
    let sends = sb.requests_for("messages/send_sms");
    assert_eq!(sends.len(), 1);
    assert_eq!(sends[0]["params"]["text"], "Disk full on db1");
    // The id the send returned is the one `status --wait` asked about.
    let listed = env
        .with(&sb)
        .args(["status", "-o", "json"])
        .output()
        .unwrap();
    let id = json(&listed)["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let asked = sb.requests_for("messages/reports")[0]["params"]["id"].to_string();
    assert!(asked.contains(&format!("\"{id}\"")), "{asked} is not {id}");
}

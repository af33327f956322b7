//! Shell integration: the man page renders and covers every command; completions are current.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::*;

#[test]
fn man_page_renders_without_warnings() {
    let env = Env::new();
    let out = env.cmd().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(page.contains(".TH serwersms 1"));
    // Render it with groff where the machine has it (Debian's man-db does).
    let Ok(mut groff) = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        eprintln!("groff not installed: structural checks only (see src/commands/manual.rs tests)");
        return;
    };
    groff
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let rendered = groff.wait_with_output().unwrap();
    assert!(rendered.status.success());
    let warnings = String::from_utf8_lossy(&rendered.stderr);
    assert!(warnings.trim().is_empty(), "groff warnings:\n{warnings}");
}

/// `account help` is a real command, not clap's generated help, so the page documents it.
#[test]
fn man_page_documents_account_help() {
    let env = Env::new();
    let out = env.cmd().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(
        page.contains(".SS \"serwersms account help\""),
        "no account help"
    );
    assert!(
        page.contains("account manager"),
        "account help's description is missing"
    );
    // Clap's own help subcommands only repeat --help, and stay out.
    assert!(!page.contains(".SS \"serwersms help\""));
    assert!(!page.contains(".SS \"serwersms webhook help\""));
}

const SHELLS: &[(&str, &str)] = &[
    ("bash", "serwersms.bash"),
    ("zsh", "_serwersms"),
    ("fish", "serwersms.fish"),
    ("powershell", "_serwersms.ps1"),
    ("elvish", "serwersms.elv"),
];

/// The committed scripts match what the binary generates; `SERWERSMS_BLESS=1` rewrites them.
#[test]
fn completions_are_current() {
    let env = Env::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let bless = std::env::var_os("SERWERSMS_BLESS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let out = env.cmd().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let path = dir.join(file);
        if bless {
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&out.stdout[..]) {
            stale.push(*file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts {stale:?}: regenerate with SERWERSMS_BLESS=1 cargo test --test testsuite completions_are_current"
    );
}

#[test]
fn bash_completes_subcommands_choices_and_profiles() {
    if Command::new("bash").arg("--version").output().is_err() {
        return;
    }
    let env = Env::new();
    env.write_config("[profiles.work]\nsender = \"W\"\n[profiles.home]\nsender = \"H\"\n");
    let script = stdout(&env.cmd().args(["completions", "bash"]).output().unwrap());
    let script_path = env.dir.path().join("serwersms.bash");
    std::fs::write(&script_path, script).unwrap();
    let bin_dir = bin().parent().unwrap().to_path_buf();
    let complete = |words: &str| {
        let prog = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _serwersms serwersms \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script_path.display()
        );
        let out = Command::new("bash")
            .args(["-c", &prog])
            .env_clear()
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    bin_dir.display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .env("XDG_CONFIG_HOME", env.config_dir())
            .output()
            .unwrap();
        let mut words: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
        words.sort();
        words
    };
    assert!(complete("serwersms acc").contains(&"account".to_string()));
    assert_eq!(complete("serwersms -o j"), ["json"]);
    assert_eq!(complete("serwersms --profile ''"), ["home", "work"]);
}

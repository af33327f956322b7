//! Shell integration: the man page renders.

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

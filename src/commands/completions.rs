//! `serwersms completions SHELL`: the completion script, generated from the clap definition.
//!
//! Choices (output formats, `--type`, `--state`, …) complete from the definition itself; file
//! arguments complete as paths. Profile names come from the config file at completion time:
//! the bash, zsh and fish scripts ask `serwersms config profiles` (hidden) for them. The
//! generated scripts are committed in `completions/`, and a test fails when they are stale.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::exit::Outcome;

pub fn run(shell: Shell) -> Result<Outcome> {
    let mut out = std::io::stdout().lock();
    out.write_all(script(shell).as_bytes())?;
    out.flush()?;
    Ok(Outcome::Success)
}

/// The script for one shell.
pub fn script(shell: Shell) -> String {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "serwersms", &mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    with_profiles(shell, text)
}

const PROFILES: &str = "serwersms config profiles 2>/dev/null";

/// Make `--profile` complete the profile names from the config file.
fn with_profiles(shell: Shell, text: String) -> String {
    match shell {
        Shell::Bash => {
            // clap writes a `--profile)` case per (sub)command that completes file names.
            let mut out = String::with_capacity(text.len());
            let mut lines = text.lines().peekable();
            while let Some(line) = lines.next() {
                out.push_str(line);
                out.push('\n');
                if line.trim() == "--profile)" {
                    if let Some(next) = lines.peek() {
                        if next.contains("COMPREPLY=") {
                            let indent: String = next.chars().take_while(|c| c.is_whitespace()).collect();
                            out.push_str(&format!(
                                "{indent}COMPREPLY=($(compgen -W \"$({PROFILES})\" -- \"${{cur}}\"))\n"
                            ));
                            lines.next();
                        }
                    }
                }
            }
            out
        }
        Shell::Zsh => text.replace(
            "--profile=[Use the \\[profiles.NAME\\] table of the config file \\[env SERWERSMS_PROFILE\\]]:NAME:_default",
            &format!(
                "--profile=[Use the \\[profiles.NAME\\] table of the config file \\[env SERWERSMS_PROFILE\\]]:NAME:{{compadd -- ${{(f)\"$({PROFILES})\"}}}}"
            ),
        ),
        Shell::Fish => {
            let mut out = String::new();
            for line in text.lines() {
                if line.contains("-l profile ") && line.contains(" -r") {
                    out.push_str(&line.replacen(" -r", &format!(" -r -f -a \"({PROFILES})\""), 1));
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
            out
        }
        _ => text,
    }
}

/// The file name under `completions/` for a shell's script.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "serwersms.bash",
        Shell::Zsh => "_serwersms",
        Shell::Fish => "serwersms.fish",
        Shell::PowerShell => "_serwersms.ps1",
        Shell::Elvish => "serwersms.elv",
        _ => "serwersms.unknown",
    }
}

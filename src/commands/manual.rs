//! `serwersms man`: the manual page, in roff, generated from the same clap definition as
//! `--help` (clap_mangen for the top level), plus a section per subcommand, the config file,
//! the environment and the exit codes. Generated on demand, so it can never go stale.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{is_generated_help, Cli};
use crate::exit::Outcome;

const EXAMPLE_CONFIG: &str = include_str!("../../config.example.toml");

pub fn run() -> Result<Outcome> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    out.write_all(&render()?)?;
    out.flush()?;
    Ok(Outcome::Success)
}

/// The whole page.
pub fn render() -> Result<Vec<u8>> {
    let mut cmd = Cli::command();
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone()).date(env!("CARGO_PKG_VERSION"));
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;

    writeln!(page, ".SH COMMANDS")?;
    for sub in cmd.get_subcommands() {
        commands(&mut page, &cmd, sub, "serwersms")?;
    }

    writeln!(page, ".SH CONFIGURATION")?;
    writeln!(
        page,
        "{}",
        escape("The config file is --config PATH, else $SERWERSMS_CONFIG, else <config dir>/serwersms/config.toml \
                (on Linux ~/.config/serwersms/config.toml). Every key, with its meaning:")
    )?;
    writeln!(page, ".PP\n.nf\n.RS 4")?;
    for line in EXAMPLE_CONFIG.lines() {
        writeln!(page, "{}", escape(line))?;
    }
    writeln!(page, ".RE\n.fi")?;

    writeln!(page, ".SH ENVIRONMENT")?;
    for (name, what) in ENVIRONMENT {
        writeln!(page, ".TP\n\\fB{}\\fR\n{}", escape(name), escape(what))?;
    }

    writeln!(page, ".SH EXIT STATUS")?;
    for (code, what) in EXIT_CODES {
        writeln!(page, ".TP\n\\fB{code}\\fR\n{}", escape(what))?;
    }
    writeln!(
        page,
        ".PP\n{}",
        escape("account limits --warn/--critical follows the monitoring-plugin convention instead: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.")
    )?;

    writeln!(page, ".SH FILES")?;
    writeln!(
        page,
        ".TP\n\\fI~/.config/serwersms/config.toml\\fR\n{}\n.TP\n\\fI~/.local/share/serwersms/\\fR\n{}",
        escape("the config file (mode 0600 when it holds a secret)."),
        escape("program data: the sandbox's state (sandbox/) and reply cursors.")
    )?;
    man.render_version_section(&mut page)?;
    Ok(page)
}

const ENVIRONMENT: &[(&str, &str)] = &[
    ("SERWERSMS_CONFIG", "the config file to use"),
    ("SERWERSMS_PROFILE", "the [profiles.NAME] table to use"),
    ("SERWERSMS_TOKEN", "API token (beats the config file)"),
    (
        "SERWERSMS_TOKEN_FILE",
        "a file whose first line is the API token",
    ),
    ("SERWERSMS_USERNAME", "API user name"),
    ("SERWERSMS_PASSWORD", "API user password"),
    ("SERWERSMS_API_URL", "API base URL"),
    (
        "SERWERSMS_FALLBACK_URL",
        "host to switch to when no connection can be opened to the API URL",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
        "proxies, as usual (never for localhost and loopback addresses)",
    ),
];

const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success"),
    (1, "the API refused the request, or another runtime error"),
    (
        2,
        "usage or invalid input, caught before any request was sent",
    ),
    (3, "partial success: some items failed"),
    (
        4,
        "authentication or permission refused (API codes 1001-1003, 1005, 1007, 1008)",
    ),
    (
        5,
        "network or server failure; for a request that changes something, the outcome is unknown",
    ),
    (
        6,
        "--wait ran out of time before every message reached a final state",
    ),
    (
        130,
        "send stopped by Ctrl-C (SIGINT) once the batch in flight was answered (143: by SIGTERM)",
    ),
];

/// One subcommand and, recursively, its own subcommands. Clap's generated `help` subcommands
/// are left out (they only repeat --help), but not a real command named help.
fn commands(
    page: &mut Vec<u8>,
    parent_cmd: &clap::Command,
    cmd: &clap::Command,
    parent: &str,
) -> Result<()> {
    if cmd.is_hide_set() || is_generated_help(parent_cmd, cmd) {
        return Ok(());
    }
    let path = format!("{parent} {}", cmd.get_name());
    let leaf = cmd.get_subcommands().all(|s| is_generated_help(cmd, s));
    if leaf {
        writeln!(page, ".SS \"{}\"", escape(&path))?;
        let about = cmd
            .get_long_about()
            .or(cmd.get_about())
            .map(|s| s.to_string())
            .unwrap_or_default();
        for para in about.split("\n\n") {
            writeln!(page, ".PP\n{}", escape(para.trim()))?;
        }
        for arg in cmd
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set())
        {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            let mut name = match (arg.get_short(), arg.get_long()) {
                (Some(s), Some(l)) => format!("\\-{s}, \\-\\-{l}"),
                (None, Some(l)) => format!("\\-\\-{l}"),
                (Some(s), None) => format!("\\-{s}"),
                (None, None) => arg
                    .get_value_names()
                    .and_then(|v| v.first())
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| id.to_uppercase()),
            };
            if arg.get_long().is_some() || arg.get_short().is_some() {
                if let Some(v) = arg
                    .get_value_names()
                    .and_then(|v| v.first())
                    .filter(|_| arg.get_action().takes_values())
                {
                    name.push_str(&format!(" \\fI{}\\fR", escape(v)));
                }
            }
            let help = arg
                .get_long_help()
                .or(arg.get_help())
                .map(|s| s.to_string())
                .unwrap_or_default();
            writeln!(page, ".TP\n\\fB{name}\\fR\n{}", escape(&help))?;
        }
        if let Some(after) = cmd.get_after_help() {
            writeln!(page, ".PP\n.nf\n{}\n.fi", escape(&after.to_string()))?;
        }
    }
    for sub in cmd.get_subcommands() {
        commands(page, cmd, sub, &path)?;
    }
    Ok(())
}

/// Text as roff: backslashes and hyphens escaped, non-ASCII characters as `\[uXXXX]` (troff
/// reads bytes, not UTF-8), no line starting with a control character.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\e"),
            '-' => out.push_str("\\-"),
            c if c.is_ascii() => out.push(c),
            c => out.push_str(&format!("\\[u{:04X}]", c as u32)),
        }
    }
    out.lines()
        .map(|l| {
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_every_command_and_section() {
        let page = String::from_utf8(render().unwrap()).unwrap();
        assert!(
            page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH serwersms 1"),
            "{}",
            &page[..200]
        );
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "CONFIGURATION",
            "ENVIRONMENT",
            "EXIT STATUS",
            "FILES",
        ] {
            assert!(
                page.contains(&format!(".SH {section}"))
                    || page.contains(&format!(".SH \"{section}\"")),
                "{section}"
            );
        }
        fn walk(cmd: &clap::Command, path: String, page: &str) {
            let leaf = cmd.get_subcommands().all(|s| is_generated_help(cmd, s));
            if leaf && !cmd.is_hide_set() {
                assert!(
                    page.contains(&format!(".SS \"{}\"", escape(&path))),
                    "{path}"
                );
            }
            for sub in cmd.get_subcommands().filter(|s| !is_generated_help(cmd, s)) {
                walk(sub, format!("{path} {}", sub.get_name()), page);
            }
        }
        // Built, so that clap's generated help subcommands are there to be left out.
        let mut cmd = Cli::command();
        cmd.build();
        for sub in cmd
            .get_subcommands()
            .filter(|s| !is_generated_help(&cmd, s))
        {
            walk(sub, format!("serwersms {}", sub.get_name()), &page);
        }
        // A real command named help is not clap's, and is in the page.
        assert!(page.contains(".SS \"serwersms account help\""));
        assert!(!page.contains(".SS \"serwersms help\""));
        assert!(!page.contains(".SS \"serwersms config help\""));
        assert!(page.contains("SERWERSMS_TOKEN_FILE") && page.contains("token_command"));
        // No line starts with an accidental control character from our text.
        assert!(!page.lines().any(|l| l.starts_with(".#")));
    }
}

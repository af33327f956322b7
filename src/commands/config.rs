//! `serwersms config path|show|init`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use anyhow::{Context as _, Result};
use serde_json::{json, Map, Value};

use super::{note, Context};
use crate::cli::{ConfigCommand, InitArgs};
use crate::config::{Credentials, SecretSpec, Sourced};
use crate::exit::{Failure, Outcome};
use crate::output::Printer;

/// The commented file `config init` writes: the example file, with the token (and sender) lines
/// made live.
const TEMPLATE: &str = include_str!("../../config.example.toml");

pub fn run(ctx: &Context, command: ConfigCommand) -> Result<Outcome> {
    match command {
        ConfigCommand::Path => path(ctx),
        ConfigCommand::Show => show(ctx),
        ConfigCommand::Profiles => profiles(ctx),
        ConfigCommand::Init(args) => init(ctx, args),
    }
}

fn path(ctx: &Context) -> Result<Outcome> {
    let file = &ctx.settings.file;
    let path = file.path.as_ref().ok_or_else(|| {
        Failure::usage("this platform has no config directory").with_hint("pass --config PATH")
    })?;
    let mut out = ctx.stdout();
    writeln!(out, "{}", path.display())?;
    out.flush()?;
    if !file.loaded {
        note(&format!(
            "{} does not exist yet; create it with `serwersms config init`",
            path.display()
        ));
    }
    Ok(Outcome::Success)
}

fn profiles(ctx: &Context) -> Result<Outcome> {
    let mut out = ctx.stdout();
    for name in &ctx.settings.profile_names {
        writeln!(out, "{name}")?;
    }
    out.flush()?;
    Ok(Outcome::Success)
}

fn secret_row(name: &str, s: &Option<Sourced<SecretSpec>>) -> (String, String, String) {
    match s {
        Some(s) => {
            let how = match &s.value {
                SecretSpec::Value(_) => String::new(),
                // Checked, never read: a file that cannot be opened is no secret at all.
                SecretSpec::File(path) if std::fs::File::open(path).is_err() => {
                    format!(" {}, which cannot be read", s.value.describe())
                }
                other => format!(" {}", other.describe()),
            };
            (
                name.to_string(),
                format!("(set, from {}{how})", s.source),
                s.source.to_string(),
            )
        }
        None => (name.to_string(), "(not set)".to_string(), String::new()),
    }
}

fn plain<T: ToString>(name: &str, s: &Option<Sourced<T>>) -> (String, String, String) {
    match s {
        Some(s) => (name.to_string(), s.value.to_string(), s.source.to_string()),
        None => (name.to_string(), "(not set)".to_string(), String::new()),
    }
}

fn show(ctx: &Context) -> Result<Outcome> {
    let s = &ctx.settings;
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let file_value = match (&s.file.path, s.file.loaded) {
        (Some(p), true) => p.display().to_string(),
        (Some(p), false) => format!("{} (not found)", p.display()),
        (None, _) => "(none)".to_string(),
    };
    rows.push(("config_file".into(), file_value, s.file.source.to_string()));
    rows.push(plain("profile", &s.profile));
    let (auth, token, username, password) = match &s.credentials {
        Credentials::Token(t) => ("token", Some(t.clone()), None, None),
        Credentials::User { username, password } => {
            ("api user", None, Some(username.clone()), password.clone())
        }
        Credentials::None => ("(none)", None, None, None),
    };
    rows.push(("auth".into(), auth.into(), String::new()));
    rows.push(secret_row("token", &token));
    rows.push(plain("username", &username));
    rows.push(secret_row("password", &password));
    rows.push(plain("api_url", &Some(s.api_url.clone())));
    rows.push(plain("fallback_url", &s.fallback_url));
    rows.push(plain("sender", &s.sender));
    let timeout = Sourced::new(
        format!("{} s", s.timeout.value.as_secs_f64()),
        s.timeout.source.clone(),
    );
    rows.push(plain("timeout", &Some(timeout)));

    let mut out = Printer::new(ctx.stdout(), ctx.output, &["setting", "value", "source"]);
    for (setting, value, source) in rows {
        let raw = json!({"setting": setting, "value": value, "source": source});
        out.item(&raw, vec![setting, value, source])?;
    }
    out.finish(Map::new())?;
    Ok(Outcome::Success)
}

fn init(ctx: &Context, args: InitArgs) -> Result<Outcome> {
    let path = ctx.settings.file.path.clone().ok_or_else(|| {
        Failure::usage("this platform has no config directory").with_hint("pass --config PATH")
    })?;
    if path.exists() && !args.force {
        return Err(Failure::usage(format!("{} already exists", path.display()))
            .with_hint("pass --force to overwrite it, or edit it by hand")
            .into());
    }
    let token = read_token(args.token_stdin)?;
    if let Some(sender) = &args.sender {
        if sender.trim().is_empty() {
            return Err(Failure::usage("--sender is empty").into());
        }
    }
    let text = render(&token, args.sender.as_deref());
    write_private(&path, &text)?;
    note(&format!("wrote {} (mode 0600)", path.display()));
    note("check it with `serwersms account limits`");
    Ok(Outcome::Success)
}

fn read_token(from_stdin: bool) -> Result<String> {
    let token = if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the token from stdin")?;
        line
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        rpassword::prompt_password("SerwerSMS API token (input hidden): ")
            .context("cannot read the token")?
    } else {
        return Err(Failure::usage("stdin is not a terminal, so there is no one to ask for the token")
            .with_hint("pipe it in with --token-stdin, e.g. `pass show serwersms | serwersms config init --token-stdin`")
            .into());
    };
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(Failure::usage("the token is empty").into());
    }
    if token
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '\\')
    {
        return Err(Failure::usage(
            "the token contains spaces, quotes or control characters; paste just the token",
        )
        .into());
    }
    Ok(token)
}

fn render(token: &str, sender: Option<&str>) -> String {
    let mut out = String::new();
    for line in TEMPLATE.lines() {
        if line == "# token = \"your-api-token\"" {
            out.push_str(&format!("token = {}\n", Value::String(token.into())));
        } else if line == "# sender = \"MyCompany\"" && sender.is_some() {
            out.push_str(&format!(
                "sender = {}\n",
                Value::String(sender.unwrap_or_default().into())
            ));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn write_private(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    #[cfg(unix)]
    {
        // An existing file keeps its mode on open; make it private too.
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_file_parses_and_holds_the_token() {
        let text = render("abc123", Some("Firma"));
        let table = crate::config::parse(&text).unwrap();
        assert_eq!(table["token"].as_str(), Some("abc123"));
        assert_eq!(table["sender"].as_str(), Some("Firma"));
        let text = render("abc123", None);
        assert!(!crate::config::parse(&text).unwrap().contains_key("sender"));
    }
}

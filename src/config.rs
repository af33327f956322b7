//! Settings: the config file, environment variables and flags, resolved into one validated
//! [`Settings`] before any request is made, with the source of every value kept for
//! `config show`.
//!
//! Precedence, highest first: flags > environment > the chosen `[profiles.NAME]` table > the
//! file's top-level keys > built-in defaults. The profile is chosen by `--profile`, then
//! `SERWERSMS_PROFILE`, then the file's `default_profile`.
//!
//! The file is `--config PATH`, else `$SERWERSMS_CONFIG`, else
//! `<config dir>/serwersms/config.toml`. A missing default file is fine; a missing explicit
//! file, a TOML syntax error or an unknown key is an error.
//!
//! Secrets are not read here: a token or password is kept as a [`SecretSpec`] (a value, a
//! command to run, or a file to read) and resolved only when a client is built, so
//! `config show` and `config path` never run a secret command or print a secret.
//!
//! When both a token and an API user are configured, the one set at the higher-precedence layer
//! wins; on a tie, the token.
//!
//! Not here: reading flags (`cli`), talking HTTP (`api`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;

use crate::api::{Auth, ClientConfig};
use crate::exit::Failure;
use crate::secret::Secret;

pub const DEFAULT_API_URL: &str = "https://api2.serwersms.pl/";
pub const DEFAULT_FALLBACK_URL: &str = "https://s1api2.serwersms.pl/";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The keys a settings table may hold, at the top level and in each profile.
pub const KEYS: &[&str] = &[
    "token",
    "token_command",
    "username",
    "password",
    "password_command",
    "api_url",
    "fallback_url",
    "sender",
    "timeout",
    "webhook",
];

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    File,
    Default,
    Sandbox,
}

impl Source {
    /// Higher wins.
    fn rank(&self) -> u8 {
        match self {
            Source::Sandbox => 5,
            Source::Flag(_) => 4,
            Source::Env(_) => 3,
            Source::Profile(_) => 2,
            Source::File => 1,
            Source::Default => 0,
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::Profile(name) => write!(f, "config file, profile {name}"),
            Source::File => f.write_str("config file"),
            Source::Default => f.write_str("default"),
            Source::Sandbox => f.write_str("--sandbox"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    pub fn new(value: T, source: Source) -> Self {
        Sourced { value, source }
    }
}

/// How to obtain a secret, without having obtained it.
#[derive(Debug, Clone, PartialEq)]
pub enum SecretSpec {
    Value(Secret),
    /// A shell command whose first output line is the secret (e.g. `pass show serwersms`).
    Command(String),
    /// A file whose first line is the secret.
    File(PathBuf),
}

impl SecretSpec {
    /// Obtain the secret: run the command or read the file if need be.
    pub fn resolve(&self, what: &str) -> Result<Secret> {
        let line = match self {
            // Surrounding blanks in a token are a copy-paste slip; a password keeps them.
            SecretSpec::Value(s) if what == "token" => s.expose().trim().to_string(),
            SecretSpec::Value(s) => s.expose().to_string(),
            SecretSpec::Command(cmd) => {
                let out = shell(cmd)
                    .stdin(std::process::Stdio::null())
                    .stderr(std::process::Stdio::inherit())
                    .output()
                    .map_err(|e| {
                        Failure::usage(format!("cannot run the {what} command `{cmd}`: {e}"))
                    })?;
                if !out.status.success() {
                    return Err(Failure::usage(format!(
                        "the {what} command `{cmd}` failed ({})",
                        out.status
                    ))
                    .into());
                }
                first_line(&String::from_utf8_lossy(&out.stdout))
            }
            SecretSpec::File(path) => {
                let text = read_small(path).map_err(|e| {
                    Failure::usage(format!(
                        "cannot read the {what} file {}: {e}",
                        path.display()
                    ))
                })?;
                first_line(&text)
            }
        };
        if line.is_empty() {
            return Err(
                Failure::usage(format!("the {what} from {} is empty", self.describe())).into(),
            );
        }
        if what == "token" && !line.bytes().all(|b| b.is_ascii_graphic()) {
            // A header cannot carry it, and it is surely a paste error.
            return Err(Failure::usage(format!(
                "the token from {} contains spaces, control or non-ASCII characters",
                self.describe()
            ))
            .with_hint("an API token is a single word of letters and digits; paste just the token")
            .into());
        }
        Ok(Secret::new(line))
    }

    /// What `config show` says about it: never the value.
    pub fn describe(&self) -> String {
        match self {
            SecretSpec::Value(_) => "a value".into(),
            SecretSpec::Command(cmd) => format!("command `{cmd}`"),
            SecretSpec::File(p) => format!("file {}", p.display()),
        }
    }
}

/// The largest config or secret file read; anything bigger is not one.
const MAX_FILE: u64 = 1024 * 1024;

/// Read a small text file: refuse huge files before reading them, and say so for non-UTF-8.
fn read_small(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "larger than 1 MiB, so not a config or secret file",
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").trim().to_string()
}

/// A command run by the platform shell.
pub fn shell(cmd: &str) -> std::process::Command {
    if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", cmd]);
        c
    } else {
        let mut c = std::process::Command::new("sh");
        c.args(["-c", cmd]);
        c
    }
}

/// The credentials the settings name, not yet resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Credentials {
    Token(Sourced<SecretSpec>),
    User {
        username: Sourced<String>,
        password: Option<Sourced<SecretSpec>>,
    },
    None,
}

/// The config file in use.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigFile {
    pub path: Option<PathBuf>,
    pub source: Source,
    pub loaded: bool,
}

/// Values given on the command line, the top layer.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub profile: Option<String>,
    pub api_url: Option<String>,
    pub timeout: Option<Duration>,
    /// `--sandbox`: URL and credentials of an in-process sandbox.
    pub sandbox: Option<(String, Secret)>,
    pub verbose: bool,
    pub mask_numbers: bool,
    /// A missing explicit config file is not an error (for `config path` and `config init`).
    pub allow_missing_file: bool,
}

/// Every setting, resolved and validated.
#[derive(Debug, Clone)]
pub struct Settings {
    pub file: ConfigFile,
    pub profile: Option<Sourced<String>>,
    /// Every profile the config file defines.
    pub profile_names: Vec<String>,
    pub credentials: Credentials,
    pub api_url: Sourced<String>,
    pub fallback_url: Option<Sourced<String>>,
    pub sender: Option<Sourced<String>>,
    pub timeout: Sourced<Duration>,
    /// The `[webhook]` table: parameter names for `webhook listen` (the profile's table replaces
    /// the top-level one).
    pub webhook: Option<Sourced<crate::webhook::Mapping>>,
    pub verbose: bool,
    pub mask_numbers: bool,
    /// Things worth telling the user that are not errors (e.g. file permissions).
    pub warnings: Vec<String>,
}

/// The default config file path, if the platform has a config dir.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("serwersms").join("config.toml"))
}

/// Where the program keeps its own data (sandbox state, reply cursors).
pub fn data_dir() -> Result<PathBuf> {
    dirs::data_dir()
        .map(|d| d.join("serwersms"))
        .ok_or_else(|| {
            Failure::usage("cannot find a data directory for this user")
                .with_hint("set HOME or XDG_DATA_HOME")
                .into()
        })
}

/// Pick the config file: flag, env, or the default location.
pub fn locate(flag: Option<&Path>, env: &dyn Fn(&str) -> Option<String>) -> ConfigFile {
    if let Some(p) = flag {
        return ConfigFile {
            path: Some(p.to_path_buf()),
            source: Source::Flag("--config"),
            loaded: false,
        };
    }
    if let Some(p) = env("SERWERSMS_CONFIG").filter(|s| !s.is_empty()) {
        return ConfigFile {
            path: Some(PathBuf::from(p)),
            source: Source::Env("SERWERSMS_CONFIG"),
            loaded: false,
        };
    }
    ConfigFile {
        path: default_path(),
        source: Source::Default,
        loaded: false,
    }
}

/// Resolve every setting from the flags, the environment (a lookup function, so tests need not
/// touch the process environment) and the config file.
pub fn resolve(flags: &Overrides, env: &dyn Fn(&str) -> Option<String>) -> Result<Settings> {
    let mut file = locate(flags.config.as_deref(), env);
    let mut warnings = Vec::new();
    let table = match &file.path {
        Some(path) => match read_small(path) {
            Ok(text) => {
                file.loaded = true;
                let table = parse(&text)
                    .map_err(|e| Failure::usage(format!("config file {}: {e}", path.display())))?;
                if let Some(w) = permission_warning(path, &table) {
                    warnings.push(w);
                }
                table
            }
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound
                    && (file.source == Source::Default || flags.allow_missing_file) =>
            {
                toml::Table::new()
            }
            Err(e) => {
                return Err(Failure::usage(format!(
                    "cannot read config file {} ({}): {e}",
                    path.display(),
                    file.source
                ))
                .with_hint("create one with `serwersms config init`, or fix the path")
                .into())
            }
        },
        None => toml::Table::new(),
    };

    let env_nonempty = |k: &str| env(k).filter(|v| !v.is_empty());
    let profile = if let Some(p) = &flags.profile {
        Some(Sourced::new(p.clone(), Source::Flag("--profile")))
    } else if let Some(p) = env_nonempty("SERWERSMS_PROFILE") {
        Some(Sourced::new(p, Source::Env("SERWERSMS_PROFILE")))
    } else {
        table
            .get("default_profile")
            .and_then(|v| v.as_str())
            .map(|p| Sourced::new(p.to_string(), Source::File))
    };
    let empty = toml::Table::new();
    let profile_table = match &profile {
        Some(p) => profiles(&table)
            .and_then(|t| t.get(&p.value))
            .and_then(|v| v.as_table())
            .ok_or_else(|| {
                let known: Vec<String> = profiles(&table)
                    .map(|t| t.keys().cloned().collect())
                    .unwrap_or_default();
                Failure::usage(format!(
                    "profile '{}' ({}) is not in the config file",
                    p.value, p.source
                ))
                .with_hint(if known.is_empty() {
                    "add a [profiles.NAME] table to the config file".to_string()
                } else {
                    format!("known profiles: {}", known.join(", "))
                })
            })?,
        None => &empty,
    };
    let profile_name = profile.as_ref().map(|p| p.value.clone());

    // One key from the file: the profile's value beats the top level's.
    let from_file = |key: &str| -> Option<Sourced<toml::Value>> {
        if let Some(v) = profile_table.get(key) {
            return Some(Sourced::new(
                v.clone(),
                Source::Profile(profile_name.clone().unwrap_or_default()),
            ));
        }
        table
            .get(key)
            .map(|v| Sourced::new(v.clone(), Source::File))
    };
    let file_str = |key: &str| {
        from_file(key).and_then(|s| {
            s.value
                .as_str()
                .map(|v| Sourced::new(v.to_string(), s.source))
        })
    };
    let env_str =
        |name: &'static str| env_nonempty(name).map(|v| Sourced::new(v, Source::Env(name)));

    let api_url = flags
        .api_url
        .clone()
        .map(|v| Sourced::new(v, Source::Flag("--api-url")))
        .or_else(|| env_str("SERWERSMS_API_URL"))
        .or_else(|| file_str("api_url"))
        .unwrap_or_else(|| Sourced::new(DEFAULT_API_URL.to_string(), Source::Default));
    check_url(&api_url)?;

    // The production fallback only makes sense in front of the production host: a user who
    // points api_url elsewhere (a sandbox, a proxy) must not have requests leak to production.
    let fallback_url = env_str("SERWERSMS_FALLBACK_URL")
        .or_else(|| file_str("fallback_url"))
        .or_else(|| {
            (api_url.value == DEFAULT_API_URL && api_url.source == Source::Default)
                .then(|| Sourced::new(DEFAULT_FALLBACK_URL.to_string(), Source::Default))
        })
        .filter(|f| !f.value.is_empty());
    if let Some(f) = &fallback_url {
        check_url(f)?;
    }

    let sender = file_str("sender").filter(|s| !s.value.is_empty());

    let timeout = match flags.timeout {
        Some(t) => Sourced::new(t, Source::Flag("--timeout")),
        None => match from_file("timeout") {
            Some(s) => {
                let text = match &s.value {
                    toml::Value::Integer(n) if *n > 0 => n.to_string(),
                    toml::Value::Float(f) if *f > 0.0 => f.to_string(),
                    toml::Value::String(text) => text.clone(),
                    _ => {
                        return Err(Failure::usage(format!(
                            "config key timeout ({}): expected seconds, e.g. 30 or \"30s\"",
                            s.source
                        ))
                        .into())
                    }
                };
                let t = parse_duration(&text).map_err(|e| {
                    Failure::usage(format!("config key timeout ({}): {e}", s.source))
                })?;
                Sourced::new(t, s.source)
            }
            None => Sourced::new(DEFAULT_TIMEOUT, Source::Default),
        },
    };
    if timeout.value.is_zero() {
        return Err(Failure::usage(format!(
            "timeout ({}) must be more than 0: every request would fail at once",
            timeout.source
        ))
        .into());
    }

    let webhook = match from_file("webhook") {
        Some(s) => Some(Sourced::new(
            crate::webhook::Mapping::from_config(&s.value)
                .map_err(|e| Failure::usage(format!("config file ({}): {e}", s.source)))?,
            s.source,
        )),
        None => None,
    };

    let credentials = match &flags.sandbox {
        Some((_, token)) => Credentials::Token(Sourced::new(
            SecretSpec::Value(token.clone()),
            Source::Sandbox,
        )),
        None => credentials(&env_nonempty, &file_str),
    };
    let (api_url, fallback_url) = match &flags.sandbox {
        Some((url, _)) => (Sourced::new(url.clone(), Source::Sandbox), None),
        None => (api_url, fallback_url),
    };

    let profile_names = profiles(&table)
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default();
    Ok(Settings {
        file,
        profile,
        profile_names,
        credentials,
        api_url,
        fallback_url,
        sender,
        timeout,
        webhook,
        verbose: flags.verbose,
        mask_numbers: flags.mask_numbers,
        warnings,
    })
}

fn credentials(
    env: &dyn Fn(&str) -> Option<String>,
    file_str: &dyn Fn(&str) -> Option<Sourced<String>>,
) -> Credentials {
    let secret =
        |value_env: &'static str, file_env: Option<&'static str>, key: &str, cmd_key: &str| {
            if let Some(v) = env(value_env) {
                return Some(Sourced::new(
                    SecretSpec::Value(Secret::new(v)),
                    Source::Env(value_env),
                ));
            }
            if let Some(name) = file_env {
                if let Some(p) = env(name) {
                    return Some(Sourced::new(
                        SecretSpec::File(PathBuf::from(p)),
                        Source::Env(name),
                    ));
                }
            }
            let value = file_str(key)
                .map(|s| Sourced::new(SecretSpec::Value(Secret::new(s.value)), s.source));
            let command =
                file_str(cmd_key).map(|s| Sourced::new(SecretSpec::Command(s.value), s.source));
            // Within the file, the more specific layer wins; within one layer, the command.
            match (value, command) {
                (Some(v), Some(c)) => Some(if v.source.rank() > c.source.rank() {
                    v
                } else {
                    c
                }),
                (v, c) => c.or(v),
            }
        };
    let token = secret(
        "SERWERSMS_TOKEN",
        Some("SERWERSMS_TOKEN_FILE"),
        "token",
        "token_command",
    );
    let username = env("SERWERSMS_USERNAME")
        .map(|v| Sourced::new(v, Source::Env("SERWERSMS_USERNAME")))
        .or_else(|| file_str("username"));
    let password = secret("SERWERSMS_PASSWORD", None, "password", "password_command");
    match (token, username) {
        (Some(t), Some(u)) if u.source.rank() > t.source.rank() => Credentials::User {
            username: u,
            password,
        },
        (Some(t), _) => Credentials::Token(t),
        (None, Some(u)) => Credentials::User {
            username: u,
            password,
        },
        (None, None) => Credentials::None,
    }
}

impl Settings {
    /// Resolve the secrets and build the client's configuration.
    pub fn client_config(&self) -> Result<ClientConfig> {
        let auth = match &self.credentials {
            Credentials::Token(t) => Auth::Token(t.value.resolve("token")?),
            Credentials::User { username, password } => {
                let password = password.as_ref().ok_or_else(|| {
                    Failure::usage(format!(
                        "an API user is set ({}), but no password",
                        username.source
                    ))
                    .with_hint("set SERWERSMS_PASSWORD, or password / password_command in the config file")
                })?;
                Auth::User {
                    username: username.value.clone(),
                    password: password.value.resolve("password")?,
                }
            }
            Credentials::None => {
                return Err(Failure::usage("no credentials are configured")
                    .with_hint(
                        "run `serwersms config init`, or set SERWERSMS_TOKEN; to try the tool without an account, add --sandbox",
                    )
                    .into())
            }
        };
        Ok(ClientConfig {
            api_url: self.api_url.value.clone(),
            fallback_url: self.fallback_url.as_ref().map(|f| f.value.clone()),
            auth,
            timeout: self.timeout.value,
            verbose: self.verbose,
            mask_numbers: self.mask_numbers,
        })
    }
}

fn profiles(table: &toml::Table) -> Option<&toml::Table> {
    table.get("profiles").and_then(|v| v.as_table())
}

/// Parse and check a config file's text: syntax, known keys, value types.
pub fn parse(text: &str) -> std::result::Result<toml::Table, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let at = e
            .span()
            .map(|span| {
                let (line, col) = line_col(text, span.start);
                format!("line {line}, column {col}: ")
            })
            .unwrap_or_default();
        format!("{at}{}", e.message().trim())
    })?;
    for (key, value) in &table {
        match key.as_str() {
            "default_profile" => expect_str(key, value)?,
            "profiles" => {
                let profiles = value
                    .as_table()
                    .ok_or("`profiles` must be a table of [profiles.NAME] tables")?;
                for (name, profile) in profiles {
                    let profile = profile
                        .as_table()
                        .ok_or_else(|| format!("profiles.{name} must be a table"))?;
                    for (k, v) in profile {
                        check_key(&format!("profiles.{name}."), k, v)?;
                    }
                }
            }
            _ => check_key("", key, value)?,
        }
    }
    Ok(table)
}

fn check_key(prefix: &str, key: &str, value: &toml::Value) -> std::result::Result<(), String> {
    if key == "webhook" {
        return crate::webhook::Mapping::from_config(value)
            .map(|_| ())
            .map_err(|e| e.replace("`webhook", &format!("`{prefix}webhook")));
    }
    if !KEYS.contains(&key) {
        let mut msg = format!("unknown key `{prefix}{key}`");
        if let Some(near) = KEYS.iter().find(|k| edit_distance(k, key) <= 2) {
            msg.push_str(&format!(" (did you mean `{near}`?)"));
        }
        msg.push_str(&format!("; known keys: {}", KEYS.join(", ")));
        return Err(msg);
    }
    if key == "timeout" {
        return match value {
            toml::Value::Integer(_) | toml::Value::Float(_) | toml::Value::String(_) => Ok(()),
            _ => Err(format!(
                "`{prefix}timeout` must be seconds, e.g. 30 or \"30s\""
            )),
        };
    }
    expect_str(&format!("{prefix}{key}"), value)
}

fn expect_str(key: &str, value: &toml::Value) -> std::result::Result<(), String> {
    if value.is_str() {
        Ok(())
    } else {
        Err(format!("`{key}` must be a string (in quotes)"))
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A warning when a file that holds a secret can be read by group or others.
fn permission_warning(path: &Path, table: &toml::Table) -> Option<String> {
    let holds_secret = |t: &toml::Table| t.contains_key("token") || t.contains_key("password");
    let any = holds_secret(table)
        || profiles(table)
            .is_some_and(|p| p.values().filter_map(|v| v.as_table()).any(holds_secret));
    if !any {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return Some(format!(
                "config file {} holds a secret and can be read by other users (mode {:o}); run `chmod 600 {}`",
                path.display(),
                mode & 0o777,
                path.display()
            ));
        }
    }
    None
}

/// Refuse anything but https, except plain http to this machine.
pub fn check_url(url: &Sourced<String>) -> Result<()> {
    let bad = |why: &str| -> anyhow::Error {
        Failure::usage(format!("api URL '{}' ({}): {why}", url.value, url.source)).into()
    };
    let (scheme, rest) = url
        .value
        .split_once("://")
        .ok_or_else(|| bad("not a URL (expected https://host/)"))?;
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Err(bad("credentials do not belong in the URL"));
    }
    let host = host_of(authority);
    if host.is_empty() {
        return Err(bad("the URL has no host"));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(()),
        "http" if is_loopback(host) => Ok(()),
        "http" => Err(bad("plain http:// is allowed only to this machine (localhost, 127.0.0.1, ::1); use https://")),
        _ => Err(bad("the scheme must be https://")),
    }
}

/// The host of a URL (`https://host:port/path` → `host`; `[::1]` → `::1`).
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    host_of(rest.split('/').next().unwrap_or(""))
}

fn host_of(authority: &str) -> &str {
    if let Some(rest) = authority.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback())
}

/// The longest duration accepted anywhere: longer ones are typos, and would overflow clocks.
pub const MAX_DURATION: Duration = Duration::from_secs(366 * 24 * 3600);

/// `30`, `30s`, `500ms`, `2m`, `1h`, `1d`, `1w`, `1m30s`; at most a year.
pub fn parse_duration(text: &str) -> std::result::Result<Duration, String> {
    let t = text.trim();
    let err = || format!("'{text}' is not a duration (examples: 30, 30s, 500ms, 2m, 1h, 1d)");
    if t.is_empty() {
        return Err(err());
    }
    let mut secs = 0.0f64;
    if let Ok(n) = t.parse::<f64>() {
        secs = n;
    } else {
        let mut rest = t;
        while !rest.is_empty() {
            let digits = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            if digits == 0 {
                return Err(err());
            }
            let n: f64 = rest[..digits].parse().map_err(|_| err())?;
            rest = &rest[digits..];
            let unit_len = rest
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(rest.len());
            let scale = match &rest[..unit_len] {
                "ms" => 0.001,
                "s" | "sec" => 1.0,
                "m" | "min" => 60.0,
                "h" => 3600.0,
                "d" => 86_400.0,
                "w" => 7.0 * 86_400.0,
                _ => return Err(err()),
            };
            rest = &rest[unit_len..];
            secs += n * scale;
        }
    }
    if !secs.is_finite() || secs < 0.0 {
        return Err(err());
    }
    match Duration::try_from_secs_f64(secs) {
        Ok(d) if d <= MAX_DURATION => Ok(d),
        _ => Err(format!("'{text}' is longer than a year")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    fn write(dir: &Path, text: &str) -> PathBuf {
        let p = dir.join("config.toml");
        std::fs::write(&p, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        p
    }

    fn flags(path: &Path) -> Overrides {
        Overrides {
            config: Some(path.to_path_buf()),
            ..Default::default()
        }
    }

    #[test]
    fn precedence_flag_env_profile_top_default() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "api_url = \"https://top.example/\"\nsender = \"TOP\"\ntimeout = 10\ndefault_profile = \"work\"\n\
             [profiles.work]\napi_url = \"https://work.example/\"\ntimeout = \"20s\"\n",
        );
        let s = resolve(&flags(&p), &env_of(&[])).unwrap();
        assert_eq!(s.api_url.value, "https://work.example/");
        assert_eq!(s.api_url.source, Source::Profile("work".into()));
        assert_eq!(s.sender.as_ref().unwrap().value, "TOP");
        assert_eq!(s.sender.as_ref().unwrap().source, Source::File);
        assert_eq!(s.timeout.value, Duration::from_secs(20));
        // No fallback in front of a non-default host.
        assert!(s.fallback_url.is_none());

        let s = resolve(
            &flags(&p),
            &env_of(&[("SERWERSMS_API_URL", "https://env.example/")]),
        )
        .unwrap();
        assert_eq!(s.api_url.source, Source::Env("SERWERSMS_API_URL"));

        let mut f = flags(&p);
        f.api_url = Some("https://flag.example/".into());
        f.timeout = Some(Duration::from_secs(3));
        let s = resolve(
            &f,
            &env_of(&[("SERWERSMS_API_URL", "https://env.example/")]),
        )
        .unwrap();
        assert_eq!(s.api_url.value, "https://flag.example/");
        assert_eq!(s.timeout.value, Duration::from_secs(3));
    }

    #[test]
    fn defaults_without_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let env = env_of(&[]);
        let f = Overrides::default();
        // The default location is missing: that is fine.
        let file = locate(None, &env);
        assert_eq!(file.source, Source::Default);
        let _ = dir;
        let s = resolve(&f, &env).unwrap();
        assert_eq!(s.api_url.value, DEFAULT_API_URL);
        assert_eq!(s.fallback_url.unwrap().value, DEFAULT_FALLBACK_URL);
        assert_eq!(s.timeout.value, DEFAULT_TIMEOUT);
    }

    #[test]
    fn missing_explicit_file_is_an_error() {
        let f = flags(Path::new("/nonexistent/serwersms.toml"));
        let e = resolve(&f, &env_of(&[])).unwrap_err();
        assert!(e.to_string().contains("cannot read config file"), "{e}");
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let e = parse("token = \"abc\"\nsender = \n").unwrap_err();
        assert!(e.starts_with("line 2, column"), "{e}");
    }

    #[test]
    fn unknown_keys_are_errors_with_a_suggestion() {
        let e = parse("tokn = \"x\"").unwrap_err();
        assert!(
            e.contains("unknown key `tokn`") && e.contains("did you mean `token`"),
            "{e}"
        );
        let e = parse("[profiles.a]\nsendr = \"x\"").unwrap_err();
        assert!(e.contains("profiles.a.sendr"), "{e}");
        assert!(parse("timeout = true").is_err());
    }

    #[test]
    fn unknown_profile_lists_known_ones() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "[profiles.work]\nsender = \"W\"\n");
        let mut f = flags(&p);
        f.profile = Some("home".into());
        let e = resolve(&f, &env_of(&[])).unwrap_err();
        assert!(crate::exit::hint_for(&e).unwrap().contains("work"));
    }

    #[test]
    fn token_and_user_precedence() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "token = \"file-token\"\n");
        let s = resolve(&flags(&p), &env_of(&[])).unwrap();
        assert!(matches!(s.credentials, Credentials::Token(ref t) if t.source == Source::File));
        // An API user from the environment beats a token from the file.
        let env = env_of(&[("SERWERSMS_USERNAME", "u"), ("SERWERSMS_PASSWORD", "pw")]);
        let s = resolve(&flags(&p), &env).unwrap();
        assert!(matches!(s.credentials, Credentials::User { .. }));
        // A token from the environment beats everything in the file.
        let env = env_of(&[("SERWERSMS_TOKEN", "env-token")]);
        let s = resolve(&flags(&p), &env).unwrap();
        match s.credentials {
            Credentials::Token(t) => assert_eq!(t.source, Source::Env("SERWERSMS_TOKEN")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn secret_commands_and_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tok");
        std::fs::write(&file, "from-file\nsecond line\n").unwrap();
        let s = SecretSpec::File(file).resolve("token").unwrap();
        assert_eq!(s.expose(), "from-file");
        let s = SecretSpec::Command("printf 'cmd-secret\\nx'".into())
            .resolve("token")
            .unwrap();
        assert_eq!(s.expose(), "cmd-secret");
        assert!(SecretSpec::Command("exit 3".into())
            .resolve("token")
            .is_err());
        assert!(SecretSpec::Command("true".into()).resolve("token").is_err());
    }

    #[test]
    fn plain_http_only_to_loopback() {
        let ok = |u: &str| check_url(&Sourced::new(u.to_string(), Source::Default)).is_ok();
        assert!(ok("https://api2.serwersms.pl/"));
        assert!(ok("http://127.0.0.1:8080/"));
        assert!(ok("http://localhost:1/"));
        assert!(ok("http://[::1]:9/"));
        assert!(!ok("http://api2.serwersms.pl/"));
        assert!(!ok("http://10.0.0.1/"));
        assert!(!ok("ftp://x/"));
        assert!(!ok("https://user:pw@host/"));
        assert!(!ok("api2.serwersms.pl"));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("1m30s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("-1").is_err());
        assert_eq!(parse_duration("1d").unwrap(), Duration::from_secs(86_400));
        assert_eq!(
            parse_duration("1w2d").unwrap(),
            Duration::from_secs(9 * 86_400)
        );
        // Huge, infinite and NaN values are refused instead of overflowing a clock.
        for bad in [
            "1e20",
            "1e300",
            "inf",
            "NaN",
            "99999999999999999999h",
            "400d",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn webhook_tables() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "default_profile = \"b\"\n[webhook]\nmessage_id = \"ref\"\n\
             [profiles.b.webhook]\nstatus = [\"st\"]\n",
        );
        let s = resolve(&flags(&p), &env_of(&[])).unwrap();
        let w = s.webhook.unwrap();
        assert_eq!(w.source, Source::Profile("b".into()));
        assert_eq!(w.value.field_for("st"), Some("status"));
        assert_eq!(
            w.value.field_for("ref"),
            None,
            "the profile's table replaces the top one"
        );
        let e = parse("[webhook]\nmsgid = \"x\"\n").unwrap_err();
        assert!(e.contains("unknown key `webhook.msgid`"), "{e}");
        let e = parse("[profiles.b.webhook]\nstatus = 1\n").unwrap_err();
        assert!(e.contains("`profiles.b.webhook.status`"), "{e}");
        // The example file's commented [webhook] table is valid once uncommented.
        let example = include_str!("../config.example.toml");
        let block = &example[example.find("# [webhook]").unwrap()..];
        let live: Vec<&str> = block.lines().map(|l| l.trim_start_matches("# ")).collect();
        let table = parse(&live.join("\n")).unwrap();
        let m = crate::webhook::Mapping::from_config(&table["webhook"]).unwrap();
        assert_eq!(m.field_for("sms_ref"), Some("message_id"));
    }

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        parse(text).unwrap();
        // Every example in it is commented out: parse them as a user who uncomments them
        // would, and check that every key is documented.
        let uncommented: String = text
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest)
                    if (rest.starts_with('[') && rest.ends_with(']') && !rest.contains(' '))
                        || rest.split_once(" = ").is_some_and(|(k, _)| {
                            !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                        }) =>
                {
                    rest
                }
                _ => line,
            })
            .map(|line| format!("{line}\n"))
            .collect();
        parse(&uncommented).unwrap();
        for key in KEYS {
            assert!(
                uncommented.contains(&format!("\n{key} = "))
                    || uncommented.contains(&format!("\n[{key}]\n")),
                "config.example.toml does not document `{key}`"
            );
        }
        assert!(uncommented.contains("\n[profiles.work]\n"));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parsing_never_panics(text in "\\PC{0,200}") {
            let _ = super::parse(&text);
        }

        #[test]
        fn toml_like_text_never_panics(text in "(\\[[a-z.]{0,10}\\]\n|[a-z_]{1,12} = (\"[ -~]{0,8}\"|[0-9]{1,4}|true)\n){0,8}") {
            let _ = super::parse(&text);
        }

        #[test]
        fn durations_never_panic(text in "[0-9a-z.]{0,12}") {
            let _ = super::parse_duration(&text);
        }
    }
}

//! Test harness: a sandbox process per test and a `serwersms` command with a clean environment.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use serde_json::Value;

pub const TOKEN: &str = "test-token-5f0e1d2c3b4a69788796a5b4c3d2e1f0";
pub const USERNAME: &str = "apiuser";
pub const PASSWORD: &str = "pass-w0rd-7c3e9a";

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_serwersms"))
}

/// A sandbox process on a random loopback port, killed when dropped.
pub struct Sandbox {
    child: Child,
    pub url: String,
    pub state: tempfile::TempDir,
}

impl Sandbox {
    pub fn start() -> Sandbox {
        Sandbox::with_args(&[])
    }

    pub fn with_args(extra: &[&str]) -> Sandbox {
        let state = tempfile::tempdir().unwrap();
        let mut child = StdCommand::new(bin())
            .env_clear()
            .args(["sandbox", "--port", "0", "--state"])
            .arg(state.path())
            .args([
                "--token",
                TOKEN,
                "--username",
                USERNAME,
                "--password",
                PASSWORD,
            ])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the sandbox");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "sandbox printed {url:?}"
        );
        Sandbox { child, url, state }
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .build()
            .into()
    }

    /// Every API request the sandbox received, in order.
    pub fn requests(&self) -> Vec<Value> {
        let mut resp = Self::agent()
            .get(format!("{}__sandbox/requests", self.url))
            .call()
            .unwrap();
        let v: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
        v.as_array().unwrap().clone()
    }

    /// The received requests for one action.
    pub fn requests_for(&self, action: &str) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r["action"] == action)
            .collect()
    }

    /// The numbers of every `messages/send_sms` the sandbox carried out (answered or not:
    /// a fault that drops the answer still counts), in order.
    pub fn numbers_carried_out(&self) -> Vec<String> {
        self.requests_for("messages/send_sms")
            .iter()
            .filter(|r| r["answer"] == "ok")
            .flat_map(|r| match &r["params"]["phone"] {
                Value::Array(a) => a
                    .iter()
                    .map(|p| p.as_str().unwrap_or_default().to_string())
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    fn control(&self, path: &str, body: &Value) -> Value {
        let mut resp = Self::agent()
            .post(format!("{}__sandbox/{path}", self.url))
            .send_json(body)
            .unwrap();
        let text = resp.body_mut().read_to_string().unwrap();
        serde_json::from_str(&text).unwrap()
    }

    /// Store outgoing messages directly (see `src/sandbox/seed.rs`); returns their ids.
    pub fn seed_messages(&self, messages: Value) -> Vec<String> {
        let v = self.control("messages", &messages);
        v["ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_str().unwrap().to_string())
            .collect()
    }

    /// Store incoming messages directly; returns their ids.
    pub fn seed_inbound(&self, messages: Value) -> Vec<i64> {
        let v = self.control("inbound", &messages);
        v["ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_i64().unwrap())
            .collect()
    }

    /// Move the sandbox's clock forward.
    pub fn advance_clock(&self, secs: i64) {
        let v = self.control("clock", &serde_json::json!({"advance_secs": secs}));
        assert_eq!(v["success"], true);
    }

    pub fn fault(&self, fault: Value) {
        let resp = Self::agent()
            .post(format!("{}__sandbox/faults", self.url))
            .send_json(&fault)
            .unwrap();
        assert_eq!(resp.status(), 200);
    }

    /// A raw POST to the sandbox: (status, content type, body).
    pub fn post(
        &self,
        path: &str,
        content_type: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String, String) {
        let mut req = Self::agent()
            .post(format!("{}{}", self.url, path.trim_start_matches('/')))
            .header("Content-Type", content_type);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let mut resp = req.send(body).unwrap();
        let ct = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        (
            resp.status().as_u16(),
            ct,
            resp.body_mut().read_to_string().unwrap(),
        )
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary home for config and data, and commands that run in it.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The default config file path inside this environment.
    pub fn config_file(&self) -> PathBuf {
        self.config_dir().join("serwersms").join("config.toml")
    }

    pub fn write_config(&self, text: &str) -> PathBuf {
        let p = self.config_file();
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        set_mode(&p, 0o600);
        p
    }

    /// `serwersms` with nothing from the outside environment: no HOME, no proxies, no token.
    pub fn cmd(&self) -> Command {
        let mut c = Command::from_std(self.std_cmd());
        c.timeout(std::time::Duration::from_secs(60));
        c
    }

    /// The same, as a std `Command`, for tests that spawn the process and signal it.
    pub fn std_cmd(&self) -> std::process::Command {
        self.scrubbed(bin())
    }

    /// `program` (`serwersms`, or a wrapper that runs it) in this environment's directory,
    /// with only PATH and this environment's config and data directories.
    pub fn scrubbed(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut c = std::process::Command::new(program);
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("XDG_CONFIG_HOME", self.config_dir())
            .env("XDG_DATA_HOME", self.data_dir())
            .current_dir(self.dir.path());
        c
    }

    /// `serwersms` pointed at a sandbox with the test token.
    pub fn with(&self, sandbox: &Sandbox) -> Command {
        let mut c = Command::from_std(self.std_with(sandbox));
        c.timeout(std::time::Duration::from_secs(60));
        c
    }

    /// The same, as a std `Command`.
    pub fn std_with(&self, sandbox: &Sandbox) -> std::process::Command {
        at_sandbox(self.std_cmd(), sandbox)
    }
}

/// Point a command at a sandbox, with the test token.
pub fn at_sandbox(mut c: std::process::Command, sandbox: &Sandbox) -> std::process::Command {
    c.env("SERWERSMS_API_URL", &sandbox.url)
        .env("SERWERSMS_TOKEN", TOKEN);
    c
}

/// A loopback URL where nothing listens (the port was free a moment ago): connections to it
/// are refused.
pub fn dead_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}/", l.local_addr().unwrap())
}

pub fn set_mode(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(out)))
}

/// Fail if a known secret appears anywhere in the output.
pub fn assert_no_secrets(out: &std::process::Output) {
    for text in [stdout(out), stderr(out)] {
        for secret in [TOKEN, PASSWORD] {
            assert!(
                !text.contains(secret),
                "a secret leaked into the output:\n{text}"
            );
        }
    }
}

/// Run `serwersms ARGS` with a terminal as stdin, stdout and stderr (through util-linux
/// `script`), typing `typed`, in the environment's directory and with its scrubbed variables.
/// Returns the exit code and everything the terminal showed; `None` when `script` is not
/// installed.
pub fn on_a_terminal(env: &Env, sb: &Sandbox, args: &[&str], typed: &str) -> Option<(i32, String)> {
    let script = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())?;
    let quoted: Vec<String> = std::iter::once(bin().display().to_string())
        .chain(args.iter().map(|a| a.to_string()))
        .map(|a| format!("'{a}'"))
        .collect();
    let out = at_sandbox(env.scrubbed(script), sb)
        .args(["-qec", &quoted.join(" "), "/dev/null"])
        .stdin_bytes(typed)
        .unwrap();
    Some((out.status.code().unwrap_or(-1), stdout(&out)))
}

trait StdinBytes {
    fn stdin_bytes(&mut self, typed: &str) -> std::io::Result<std::process::Output>;
}

impl StdinBytes for std::process::Command {
    fn stdin_bytes(&mut self, typed: &str) -> std::io::Result<std::process::Output> {
        use std::io::Write;
        let mut child = self
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()?;
        child.stdin.take().unwrap().write_all(typed.as_bytes())?;
        child.wait_with_output()
    }
}

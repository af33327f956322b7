//! Config file, profiles, environment and `config path|show|init`.

use crate::support::*;

#[test]
fn path_is_the_default_location() {
    let env = Env::new();
    let out = env.cmd().args(["config", "path"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out).trim(), env.config_file().display().to_string());
    assert!(stderr(&out).contains("does not exist yet"));
    let out = env
        .cmd()
        .env("SERWERSMS_CONFIG", "/tmp/elsewhere.toml")
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out).trim(), "/tmp/elsewhere.toml");
}

#[test]
fn show_names_sources_and_never_secrets() {
    let env = Env::new();
    env.write_config(&format!(
        "password = \"{PASSWORD}\"\nusername = \"someone\"\nsender = \"Firma\"\n"
    ));
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .args(["config", "show", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let row = |name: &str| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["setting"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(row("token")["value"], "(set, from env SERWERSMS_TOKEN)");
    assert_eq!(row("auth")["value"], "token");
    assert_eq!(row("sender")["value"], "Firma");
    assert_eq!(row("sender")["source"], "config file");
    assert_eq!(row("api_url")["source"], "default");
    assert_no_secrets(&out);
    let table = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_no_secrets(&table);
    // A token file that cannot be read is named as such, not shown as set.
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN_FILE", "/nonexistent/token")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("file /nonexistent/token, which cannot be read"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn init_writes_a_private_file_once() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["config", "init", "--token-stdin", "--sender", "Firma"])
        .write_stdin(format!("{TOKEN}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let path = env.config_file();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("token = \"{TOKEN}\"")) && text.contains("sender = \"Firma\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert_no_secrets(&out);

    // Never overwritten without --force.
    let out = env
        .cmd()
        .args(["config", "init", "--token-stdin"])
        .write_stdin("other\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists") && stderr(&out).contains("--force"));
    assert!(std::fs::read_to_string(&path).unwrap().contains(TOKEN));
    let out = env
        .cmd()
        .args(["config", "init", "--token-stdin", "--force"])
        .write_stdin("other-token\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("other-token"));
}

#[test]
fn init_without_a_terminal_needs_token_stdin() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["config", "init"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--token-stdin"));
    assert!(!env.config_file().exists());
}

#[test]
fn the_written_file_is_used() {
    let sb = Sandbox::start();
    let env = Env::new();
    env.write_config(&format!("token = \"{TOKEN}\"\napi_url = \"{}\"\n", sb.url));
    let out = env.cmd().args(["account", "limits"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sb.requests()[0]["auth"], "token");
}

#[test]
fn profiles_and_precedence() {
    let sb = Sandbox::start();
    let env = Env::new();
    env.write_config(&format!(
        "token = \"wrong\"\napi_url = \"http://127.0.0.1:9/\"\n[profiles.test]\ntoken = \"{TOKEN}\"\napi_url = \"{}\"\n",
        sb.url
    ));
    // Top level: wrong URL; the profile fixes both.
    let out = env
        .cmd()
        .args(["--profile", "test", "account", "limits"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .cmd()
        .env("SERWERSMS_PROFILE", "test")
        .args(["account", "limits"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // The environment beats the profile.
    let out = env
        .cmd()
        .env("SERWERSMS_PROFILE", "test")
        .env("SERWERSMS_TOKEN", "bad")
        .args(["account", "limits"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    // An unknown profile names the known ones.
    let out = env
        .cmd()
        .args(["--profile", "nope", "account", "limits"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("known profiles: test"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn token_command_and_token_file() {
    let sb = Sandbox::start();
    let env = Env::new();
    env.write_config(&format!(
        "token_command = \"printf '%s\\\\n' {TOKEN}\"\napi_url = \"{}\"\n",
        sb.url
    ));
    let out = env.cmd().args(["account", "limits"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let file = env.dir.path().join("token.txt");
    std::fs::write(&file, format!("{TOKEN}\n")).unwrap();
    let out = env
        .cmd()
        .env("SERWERSMS_API_URL", &sb.url)
        .env("SERWERSMS_TOKEN_FILE", &file)
        .env("SERWERSMS_CONFIG", "/nonexistent-but-unused")
        .args([
            "--config",
            env.config_file().to_str().unwrap(),
            "account",
            "limits",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        sb.requests()
            .iter()
            .filter(|r| r["auth"] == "token")
            .count(),
        2
    );
}

#[test]
fn broken_config_files_are_usage_errors() {
    let env = Env::new();
    env.write_config("token = \"x\"\nsender = \n");
    let out = env.cmd().args(["account", "limits"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 2, column"), "{}", stderr(&out));

    env.write_config("tokne = \"x\"\n");
    let out = env.cmd().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown key `tokne` (did you mean `token`?)"),
        "{}",
        stderr(&out)
    );

    let out = env
        .cmd()
        .args(["--config", "/nonexistent/x.toml", "config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read config file /nonexistent/x.toml"));
}

#[test]
fn readable_secret_file_warns_but_works() {
    let sb = Sandbox::start();
    let env = Env::new();
    let path = env.write_config(&format!("token = \"{TOKEN}\"\napi_url = \"{}\"\n", sb.url));
    set_mode(&path, 0o644);
    let out = env.cmd().args(["account", "limits"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("warning: config file") && stderr(&out).contains("chmod 600"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn plain_http_is_refused_off_this_machine() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .args([
            "--api-url",
            "http://api2.serwersms.pl/",
            "account",
            "limits",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("plain http:// is allowed only to this machine"),
        "{}",
        stderr(&out)
    );
}

//! The bad-input catalogue for settings: config files, environment variables and flags that are
//! empty, huge, binary, not UTF-8, with a BOM or CRLF, or simply wrong. Each is either accepted
//! (BOM, CRLF, empty) or refused with a clear error and exit 2, and no request is sent.

use crate::support::*;

fn refused(out: &std::process::Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    let err = stderr(out);
    assert!(err.starts_with("serwersms: error: "), "{err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert!(stdout(out).is_empty());
}

#[test]
fn config_files_of_every_kind() {
    let sb = Sandbox::start();
    let env = Env::new();
    let path = env.config_file();
    let limits = |env: &Env| {
        env.cmd()
            .env("SERWERSMS_API_URL", &sb.url)
            .args(["account", "limits"])
            .output()
            .unwrap()
    };

    // Accepted: a BOM and CRLF line ends.
    env.write_config(&format!(
        "\u{feff}token = \"{TOKEN}\"\r\nsender = \"Firma\"\r\n"
    ));
    let out = limits(&env);
    assert!(out.status.success(), "{}", stderr(&out));

    // Empty: valid, but names no credentials.
    env.write_config("");
    refused(&limits(&env), "no credentials are configured");

    // Binary and invalid UTF-8.
    std::fs::write(&path, b"token = \"\xff\xfe\x00\x01\"\n").unwrap();
    refused(&limits(&env), "not UTF-8 text");

    // Huge: refused without reading it all.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    refused(&limits(&env), "larger than 1 MiB");

    // Wrong types and a wrong delimiter.
    env.write_config("timeout = true\n");
    refused(&limits(&env), "`timeout` must be seconds");
    env.write_config("token: \"abc\"\n");
    refused(&limits(&env), "line 1, column");
    env.write_config("[profiles]\nwork = \"x\"\n");
    refused(&limits(&env), "profiles.work must be a table");

    // Only the accepted file led to a request.
    assert_eq!(sb.requests().len(), 1);
}

#[test]
fn environment_variables() {
    let sb = Sandbox::start();
    let env = Env::new();
    let run = |vars: &[(&str, &str)]| {
        let mut c = env.cmd();
        c.env("SERWERSMS_API_URL", &sb.url);
        for (k, v) in vars {
            c.env(k, v);
        }
        c.args(["account", "limits"]).output().unwrap()
    };
    refused(
        &run(&[("SERWERSMS_TOKEN", "two words")]),
        "contains spaces, control or non-ASCII",
    );
    refused(
        &run(&[("SERWERSMS_TOKEN", "tok\u{1b}[31m")]),
        "contains spaces, control or non-ASCII",
    );
    refused(
        &run(&[("SERWERSMS_TOKEN_FILE", "/nonexistent/token")]),
        "cannot read the token file /nonexistent/token",
    );
    let empty = env.dir.path().join("empty-token");
    std::fs::write(&empty, "\n").unwrap();
    refused(
        &run(&[("SERWERSMS_TOKEN_FILE", empty.to_str().unwrap())]),
        "is empty",
    );
    refused(
        &run(&[
            ("SERWERSMS_TOKEN", TOKEN),
            ("SERWERSMS_API_URL", "not a url"),
        ]),
        "not a URL",
    );
    refused(
        &run(&[
            ("SERWERSMS_TOKEN", TOKEN),
            ("SERWERSMS_API_URL", "http://example.com/"),
        ]),
        "plain http://",
    );
    refused(&run(&[("SERWERSMS_USERNAME", "someone")]), "no password");
    refused(
        &run(&[("SERWERSMS_PROFILE", "missing"), ("SERWERSMS_TOKEN", TOKEN)]),
        "profile 'missing'",
    );
    assert!(sb.requests().is_empty(), "no request may be sent");
}

#[test]
fn flags() {
    let env = Env::new();
    for (args, needle) in [
        (
            vec!["--timeout", "soon", "account", "limits"],
            "not a duration",
        ),
        (
            vec!["-o", "yaml", "account", "limits"],
            "invalid value 'yaml'",
        ),
        // With --warn/--critical it is a monitoring check, whose usage errors are UNKNOWN (3):
        // see account::monitoring_check_usage_errors_are_unknown.
        (
            vec!["account", "limits", "--type", "many"],
            "invalid value 'many'",
        ),
        (vec!["account", "bogus"], "unrecognized subcommand"),
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
}

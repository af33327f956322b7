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

/// Files and stdin for `send`: number lists, text files and CSV that are empty, huge, binary,
/// not UTF-8, too long, in another delimiter, or with a BOM and CRLF line ends.
#[test]
fn send_inputs_of_every_kind() {
    let sb = Sandbox::start();
    let env = Env::new();
    let dir = env.dir.path();
    let file = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(name), bytes).unwrap();
        name.to_string()
    };
    let huge = dir.join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let send = |args: &[&str], stdin: &[u8]| {
        env.with(&sb)
            .arg("send")
            .args(args)
            .write_stdin(stdin.to_vec())
            .output()
            .unwrap()
    };
    let cases: Vec<(Vec<String>, Vec<u8>, &str)> = vec![
        (
            vec![
                "--to-file".into(),
                file("empty.txt", b""),
                "--text".into(),
                "Hi".into(),
            ],
            vec![],
            "no recipients",
        ),
        (
            vec![
                "--to-file".into(),
                "huge.txt".into(),
                "--text".into(),
                "Hi".into(),
            ],
            vec![],
            "huge.txt: line 1 is longer than 1024 bytes",
        ),
        (
            vec![
                "--to-file".into(),
                file("long.txt", "5".repeat(5000).as_bytes()),
                "--text".into(),
                "Hi".into(),
            ],
            vec![],
            "long.txt: line 1 is longer than 1024 bytes",
        ),
        (
            vec![
                "--to-file".into(),
                file("bin.txt", b"500600700\n\x00\x01\x02\n"),
                "--text".into(),
                "Hi".into(),
            ],
            vec![],
            "bin.txt: line 2 holds a NUL byte",
        ),
        (
            vec![
                "--to-file".into(),
                file("latin2.txt", b"500600700\n\xb1\xea\n"),
                "--text".into(),
                "Hi".into(),
            ],
            vec![],
            "latin2.txt: line 2 is not UTF-8 text",
        ),
        (
            vec!["--to-file".into(), "-".into(), "--text".into(), "Hi".into()],
            b"500600700\n50060070\n".to_vec(),
            "stdin: line 2: \"50060070\" is not a phone number",
        ),
        (
            vec!["--to".into(), "5".repeat(300), "--text".into(), "Hi".into()],
            vec![],
            "\"5555555555555555555555555555555555555555…\" is not a phone number",
        ),
        (
            vec![
                "--to".into(),
                "500600700".into(),
                "--text-file".into(),
                file("empty-text.txt", b""),
            ],
            vec![],
            "empty",
        ),
        (
            vec![
                "--to".into(),
                "500600700".into(),
                "--text".into(),
                "-".into(),
            ],
            b"\xff\xfe\x00H\x00i".to_vec(),
            "not UTF-8",
        ),
        (
            vec![
                "--to".into(),
                "500600700".into(),
                "--text".into(),
                "x".repeat(2000),
            ],
            vec![],
            "at most 6 can be sent",
        ),
        (
            vec![
                "--to".into(),
                "500600700".into(),
                "--text-file".into(),
                "huge.txt".into(),
            ],
            vec![],
            "huge.txt",
        ),
        (
            vec![
                "--csv".into(),
                file("pipes.csv", b"phone|text\n500600700|Hi\n"),
            ],
            vec![],
            "pipes.csv: line 1: there is no 'phone' column (the columns are: phone|text)",
        ),
        (
            vec!["--csv".into(), "huge.txt".into()],
            vec![],
            "huge.txt holds NUL bytes",
        ),
        (
            vec!["--csv".into(), file("empty.csv", b"")],
            vec![],
            "empty.csv is empty",
        ),
    ];
    for (args, stdin, needle) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = send(&args, stdin);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:.60?}: {err}");
        assert!(err.starts_with("serwersms: error: "), "{err}");
        assert!(
            err.contains(needle),
            "{args:.60?}: expected {needle:?} in: {err}"
        );
        assert!(
            err.len() < 2000,
            "a short message, not the input: {}",
            err.len()
        );
    }
    assert!(sb.requests().is_empty(), "no request may be sent");

    // Accepted: a BOM and CRLF line ends, in a number list and in a CSV file.
    let list = file("bom.txt", b"\xef\xbb\xbf500600700\r\n600700800\r\n");
    let out = send(&["--to-file", &list, "--text", "Hi", "-o", "json"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["queued"], 2);
    let csv = file("bom.csv", b"\xef\xbb\xbfphone;text\r\n500600701;Hi\r\n");
    let out = send(&["--csv", &csv, "-o", "json"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["queued"], 1);
}

/// Errors from the argument parser carry the program's name like every other error.
#[test]
fn parser_errors_are_prefixed_like_every_error() {
    let env = Env::new();
    for args in [
        vec!["-o", "yaml", "account", "limits"],
        vec!["bogus"],
        vec!["send", "--batch-size", "many"],
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).starts_with("serwersms: error: "),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty());
    }
    let out = env.cmd().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("serwersms "));
}

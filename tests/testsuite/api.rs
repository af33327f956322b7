//! `serwersms api`: any action, any parameters, JSON and XML on the wire.

use crate::support::*;

#[test]
fn fields_are_sent_as_given() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "api",
            "account/limits",
            "-F",
            "show_type=true",
            "-f",
            "phone=500600700",
            "-f",
            "phone=600700800",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["account"]["type"], "prepaid");
    let p = &sb.requests()[0]["params"];
    assert_eq!(p["show_type"], true);
    assert_eq!(p["phone"], serde_json::json!(["500600700", "600700800"]));
}

#[test]
fn input_from_stdin() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args(["api", "account/limits", "--input", "-", "-o", "json"])
        .write_stdin(r#"{"show_type": 1}"#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["account"]["type"], "prepaid");
    assert_eq!(sb.requests()[0]["params"]["show_type"], 1);
}

#[test]
fn xml_on_the_wire_decodes_into_the_same_data() {
    let sb = Sandbox::start();
    let env = Env::new();
    let out = env
        .with(&sb)
        .args([
            "api",
            "account/limits.xml",
            "-F",
            "show_type=true",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["account"]["type"], "prepaid");
    assert_eq!(v["items"][3]["type"], "mms");
    assert_eq!(v["items"][3]["value"], "10");
    assert_eq!(sb.requests()[0]["format"], "xml");
    assert_eq!(sb.requests()[0]["path"], "/account/limits.xml");
}

#[test]
fn api_errors_in_json_and_xml() {
    let sb = Sandbox::start();
    let env = Env::new();
    for action in ["error/3102", "error/3102.xml"] {
        let out = env.with(&sb).args(["api", action]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{action}");
        let err = stderr(&out);
        assert!(
            err.contains(
                "error 3102 (SendError): Message exceeded the allowed number of characters"
            ),
            "{action}: {err}"
        );
    }
    let out = env
        .with(&sb)
        .args(["api", "nothing/here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error 1000 (InvalidAction)"));
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    for args in [
        vec!["api", "limits"],
        vec!["api", "account/limits", "-f", "novalue"],
        vec!["api", "account/limits", "-F", "x=not json"],
        vec!["api", "account/limits", "-f", "password=x"],
        vec!["api", "account/limits", "--input", "missing.json"],
    ] {
        let out = env.with(&sb).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).starts_with("serwersms: error: "),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert!(sb.requests().is_empty());
}

#[test]
fn generic_table_for_lists_and_objects() {
    let sb = Sandbox::start();
    let env = Env::new();
    let text = stdout(
        &env.with(&sb)
            .args(["api", "account/limits"])
            .output()
            .unwrap(),
    );
    assert!(text.starts_with("TYPE"), "{text}");
    let text = stdout(
        &env.with(&sb)
            .args(["api", "account/help"])
            .output()
            .unwrap(),
    );
    assert!(
        text.contains("account_maintainer") && text.contains("{\"name\""),
        "{text}"
    );
}

#[test]
fn verbose_trace_masks_numbers_on_request() {
    let sb = Sandbox::start();
    let env = Env::new();
    let args = ["-v", "api", "account/limits", "-f", "phone=+48500600700"];
    let out = env.with(&sb).args(args).output().unwrap();
    assert!(stderr(&out).contains("+48500600700"));
    let out = env
        .with(&sb)
        .arg("--mask-numbers")
        .args(args)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(
        err.contains("+48500***700") && !err.contains("+48500600700"),
        "{err}"
    );
    // The server still received the whole number.
    assert_eq!(sb.requests()[1]["params"]["phone"], "+48500600700");
    assert_no_secrets(&out);
}

/// A CONNECT proxy on loopback that tunnels every connection to `target` and records what it
/// was asked for.
fn connect_proxy(target: String) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let mut reader = BufReader::new(client.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            log.lock().unwrap().push(line.trim().to_string());
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap() == 0 || h.trim().is_empty() {
                    break;
                }
            }
            let upstream = std::net::TcpStream::connect(&target).unwrap();
            let mut client_w = client.try_clone().unwrap();
            client_w
                .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                .unwrap();
            let (mut up_r, mut up_w) = (upstream.try_clone().unwrap(), upstream);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut reader, &mut up_w);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut up_r, &mut client_w);
            });
        }
    });
    (url, seen)
}

#[test]
fn proxies_from_the_environment_are_used() {
    let sb = Sandbox::start();
    let env = Env::new();
    let target = sb
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let (proxy, seen) = connect_proxy(target);
    let out = env
        .cmd()
        .env("SERWERSMS_TOKEN", TOKEN)
        .env("SERWERSMS_API_URL", "http://serwersms.localhost:4321/")
        .env("HTTP_PROXY", &proxy)
        .args(["account", "limits", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["items"][0]["type"], "eco");
    assert_eq!(
        seen.lock().unwrap()[0],
        "CONNECT serwersms.localhost:4321 HTTP/1.1"
    );
    assert_eq!(sb.requests()[0]["action"], "account/limits");
}

/// A proxy in the environment does not capture traffic to this machine: it could not reach
/// back here, and `--sandbox` must work wherever `HTTP_PROXY` is set.
#[test]
fn loopback_urls_bypass_proxies_from_the_environment() {
    let sb = Sandbox::start();
    let env = Env::new();
    let dead = dead_url();
    for var in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"] {
        let out = env
            .with(&sb)
            .env(var, &dead)
            .args(["account", "limits", "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{var}: {}", stderr(&out));
        let out = env
            .cmd()
            .env(var, &dead)
            .args(["--sandbox", "account", "limits", "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{var} --sandbox: {}", stderr(&out));
    }
}

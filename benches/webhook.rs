//! Benchmark (not a test): how many events per second `webhook listen --append FILE` sustains,
//! each one synced to disk before it is answered `OK`.
//!
//! Starts the release binary on a free loopback port, sends a bounded number of DLR pushes over
//! keep-alive connections (raw HTTP/1.1, so the client costs little), checks that every one was
//! answered `OK` and that the file holds exactly that many lines, and prints the rate for one
//! connection (a gateway that pushes one at a time) and for several (pushes in parallel, which
//! share syncs). Traffic goes to 127.0.0.1 only.
//!
//! Run: `cargo bench --bench webhook` (or `bench/webhook.sh`); options `--events N` (default
//! 20000) and `--connections C` (default 8). Target: 1,000 events/s.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "bench-secret-0123456789";

struct Listener {
    child: Child,
    port: u16,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(append: &Path) -> Listener {
    let mut child = Command::new(env!("CARGO_BIN_EXE_serwersms"))
        .env_clear()
        .args([
            "webhook",
            "listen",
            "--bind",
            "127.0.0.1:0",
            "--secret",
            SECRET,
        ])
        .arg("--append")
        .arg(append)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start webhook listen");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("listening on http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("unexpected first line: {line}"));
    let port = addr.rsplit(':').next().unwrap().parse().unwrap();
    Listener { child, port }
}

/// Send `count` pushes on one keep-alive connection; the slowest answer.
fn client(port: u16, first: usize, count: usize) -> Duration {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_nodelay(true).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let mut slowest = Duration::ZERO;
    for n in first..first + count {
        let started = Instant::now();
        write!(
            writer,
            "GET /serwersms/dlr?secret={SECRET}&smsid=m{n:09}&stan=delivered&data=2026-11-26+10%3A00%3A05&przyczyna= HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        )
        .unwrap();
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.starts_with("HTTP/1.1 200"), "answer: {status}");
        let mut length = 0;
        loop {
            let mut header = String::new();
            reader.read_line(&mut header).unwrap();
            if let Some(v) = header.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            if header == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        assert_eq!(body, b"OK");
        slowest = slowest.max(started.elapsed());
    }
    slowest
}

fn run(events: usize, connections: usize) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("webhook-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("events-{connections}.ndjson"));
    let _ = std::fs::remove_file(&file);
    let listener = start(&file);
    let per = events / connections;
    let total = per * connections;
    let started = Instant::now();
    let threads: Vec<_> = (0..connections)
        .map(|c| {
            let port = listener.port;
            std::thread::spawn(move || client(port, c * per, per))
        })
        .collect();
    let slowest = threads
        .into_iter()
        .map(|t| t.join().unwrap())
        .max()
        .unwrap_or_default();
    let elapsed = started.elapsed();
    drop(listener);
    let lines = std::fs::read_to_string(&file).unwrap().lines().count();
    assert_eq!(lines, total, "every event answered OK must be in the file");
    println!(
        "webhook listen --append: {total} events over {connections} connection(s) in {:.2} s = {:.0} events/s (slowest answer {:.1} ms)",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        slowest.as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_file(&file);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let events = value("--events", 20_000).clamp(1, 1_000_000);
    let connections = value("--connections", 8).clamp(1, 64);
    run(events / 4, 1);
    run(events, connections);
}

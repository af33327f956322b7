//! A small HTTP/1.1 server for `webhook listen`, on `std::net`, with every resource bounded.
//!
//! Why not tiny_http: the listener may face the internet, and tiny_http reads a request line and
//! headers without any size limit or timeout and takes a new thread for every connection, so one
//! client could exhaust memory or threads. Here:
//! * at most [`Limits::max_connections`] connections at once (one thread each); more are
//!   answered `503` and closed;
//! * a request head (request line and headers) of at most [`Limits::max_head`] bytes (`431`),
//!   read within [`Limits::read_deadline`] (`408`), and likewise the body;
//! * bodies only with `Content-Length`, at most [`Limits::max_body`] bytes (`413`); chunked
//!   bodies get `411 Length Required`;
//! * keep-alive connections idle longer than [`Limits::idle`] are closed;
//! * a [`Handler`] may refuse a request from its head alone (allow-list, secret, method, path),
//!   before the body is read.
//!
//! Every answer is `text/plain`. Stopping: set the stop flag and call [`wake`]; requests in
//! progress are answered, idle connections closed, and [`Server::serve`] returns once every
//! connection thread has ended.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The bounds of the server.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_head: usize,
    pub max_body: usize,
    /// Time allowed to read a request head once it started, and again for its body.
    pub read_deadline: Duration,
    pub idle: Duration,
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_head: 16 * 1024,
            max_body: 64 * 1024,
            read_deadline: Duration::from_secs(10),
            idle: Duration::from_secs(30),
            max_connections: 128,
        }
    }
}

/// What is known of a request before its body is read.
#[derive(Debug, Clone)]
pub struct Head {
    pub method: String,
    /// The path, still percent-encoded, without the query.
    pub path: String,
    /// The raw query string (may be empty).
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub peer: IpAddr,
}

impl Head {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Request {
    pub head: Head,
    pub body: Vec<u8>,
}

/// A `text/plain` answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    pub fn new(status: u16, body: impl Into<String>) -> Response {
        Response {
            status,
            body: body.into(),
        }
    }
}

pub trait Handler: Send + Sync {
    /// Refuse a request from its head (nothing of the body has been read), or let it through.
    fn check(&self, head: &Head) -> Option<Response>;
    /// Answer a whole request.
    fn handle(&self, request: Request) -> Response;
    /// Told about requests the server itself refused (malformed, too large, too slow).
    fn refused(&self, peer: IpAddr, response: &Response);
}

pub struct Server {
    listener: TcpListener,
    addr: SocketAddr,
    limits: Limits,
}

impl Server {
    pub fn bind(addr: SocketAddr, limits: Limits) -> io::Result<Server> {
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        Ok(Server {
            listener,
            addr,
            limits,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serve until `stop` is set (and [`wake`] called), then wait for open connections.
    pub fn serve(self, handler: Arc<dyn Handler>, stop: Arc<AtomicBool>) {
        let active = Arc::new(AtomicUsize::new(0));
        for stream in self.listener.incoming() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let Ok(mut stream) = stream else {
                // Out of file descriptors, or the like: do not spin; it passes as connections end.
                std::thread::sleep(Duration::from_millis(50));
                continue;
            };
            if active.load(Ordering::SeqCst) >= self.limits.max_connections {
                let _ = write_response(&mut stream, &Response::new(503, "busy, try again\n"), true);
                let _ = stream.shutdown(Shutdown::Write);
                continue;
            }
            active.fetch_add(1, Ordering::SeqCst);
            let guard = ActiveGuard(active.clone());
            let handler = handler.clone();
            let stop = stop.clone();
            let limits = self.limits;
            // If no thread can be had, the closure (stream and guard with it) is dropped: the
            // connection closes and the count goes back down.
            let _ = std::thread::Builder::new()
                .name("webhook-conn".into())
                .spawn(move || {
                    let _guard = guard;
                    connection(stream, &*handler, limits, &stop);
                });
        }
        // Requests in progress finish; idle connections notice the flag within a poll interval.
        let until = Instant::now() + self.limits.read_deadline + POLL;
        while active.load(Ordering::SeqCst) > 0 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

struct ActiveGuard(Arc<AtomicUsize>);

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Unblock the accept loop of a server listening on `addr` (after setting its stop flag).
pub fn wake(addr: SocketAddr) {
    let target = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    };
    let _ = TcpStream::connect_timeout(&target, Duration::from_millis(500));
}

/// How often an idle connection looks at the stop flag.
const POLL: Duration = Duration::from_millis(200);

enum Failure {
    /// The peer went away, or the connection must simply end.
    Closed,
    /// Answer this and close (the server refused: malformed, too large, too slow).
    Refuse(Response),
    /// Answer this and close (the handler refused, and has said so).
    Refused(Response),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        match e.kind() {
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => {
                Failure::Refuse(Response::new(408, "request timeout\n"))
            }
            _ => Failure::Closed,
        }
    }
}

fn connection(stream: TcpStream, handler: &dyn Handler, limits: Limits, stop: &AtomicBool) {
    let Ok(peer) = stream.peer_addr() else { return };
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::with_capacity(8 * 1024, stream);
    loop {
        if !wait_for_request(&mut reader, limits.idle, stop) {
            return;
        }
        let (request, keep_alive) =
            match read_request(&mut reader, &mut writer, handler, peer.ip(), &limits) {
                Ok(r) => r,
                Err(Failure::Closed) => return,
                Err(Failure::Refuse(response)) => {
                    handler.refused(peer.ip(), &response);
                    refuse_and_close(reader, &mut writer, &response, &limits);
                    return;
                }
                Err(Failure::Refused(response)) => {
                    refuse_and_close(reader, &mut writer, &response, &limits);
                    return;
                }
            };
        let response = handler.handle(request);
        let keep_alive = keep_alive && !stop.load(Ordering::SeqCst);
        if write_response(&mut writer, &response, !keep_alive).is_err() || !keep_alive {
            let _ = writer.shutdown(Shutdown::Write);
            return;
        }
    }
}

/// Answer, then read (and drop) what the client is still sending for a moment before closing:
/// closing with unread data makes the peer's kernel discard our answer and report a reset.
fn refuse_and_close(
    mut reader: BufReader<TcpStream>,
    writer: &mut TcpStream,
    response: &Response,
    limits: &Limits,
) {
    if write_response(writer, response, true).is_err() {
        return;
    }
    let _ = writer.shutdown(Shutdown::Write);
    let until = Instant::now() + LINGER;
    let mut budget = limits.max_head + limits.max_body;
    let mut sink = [0u8; 4096];
    while budget > 0 && Instant::now() < until {
        if reader.get_ref().set_read_timeout(Some(LINGER)).is_err() {
            return;
        }
        match reader.read(&mut sink) {
            Ok(0) | Err(_) => return,
            Ok(n) => budget = budget.saturating_sub(n),
        }
    }
}

/// How long a refused connection is drained before it is closed.
const LINGER: Duration = Duration::from_millis(500);

/// Wait for the first byte of the next request: false when the peer closed, the connection
/// was idle too long, or the server is stopping.
fn wait_for_request(reader: &mut BufReader<TcpStream>, idle: Duration, stop: &AtomicBool) -> bool {
    let since = Instant::now();
    loop {
        if !reader.buffer().is_empty() {
            return true;
        }
        if stop.load(Ordering::SeqCst) || since.elapsed() >= idle {
            return false;
        }
        if reader.get_ref().set_read_timeout(Some(POLL)).is_err() {
            return false;
        }
        match reader.fill_buf() {
            Ok([]) => return false,
            Ok(_) => return true,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock
                        | io::ErrorKind::TimedOut
                        | io::ErrorKind::Interrupted
                ) =>
            {
                continue
            }
            Err(_) => return false,
        }
    }
}

/// Set the read timeout to what is left until `deadline`.
fn time_left(reader: &BufReader<TcpStream>, deadline: Instant) -> Result<(), Failure> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(Failure::Refuse(Response::new(408, "request timeout\n")));
    }
    reader.get_ref().set_read_timeout(Some(left))?;
    Ok(())
}

fn refuse<T>(status: u16, why: &str) -> Result<T, Failure> {
    Err(Failure::Refuse(Response::new(status, format!("{why}\n"))))
}

/// Read the head (bounded), let the handler check it, then read the body (bounded).
fn read_request(
    reader: &mut BufReader<TcpStream>,
    writer: &mut TcpStream,
    handler: &dyn Handler,
    peer: IpAddr,
    limits: &Limits,
) -> Result<(Request, bool), Failure> {
    let deadline = Instant::now() + limits.read_deadline;
    let mut head = Vec::new();
    loop {
        time_left(reader, deadline)?;
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Err(Failure::Closed);
        }
        // Look for the blank line that ends the head, across the chunk boundary.
        let start = head.len().saturating_sub(3);
        let old = head.len();
        let take = buf.len().min(limits.max_head + 1 - old);
        head.extend_from_slice(&buf[..take]);
        if let Some(end) = find_head_end(&head[start..]).map(|e| e + start) {
            reader.consume(end - old);
            head.truncate(end);
            break;
        }
        reader.consume(take);
        if head.len() > limits.max_head {
            let line_ends = head.iter().position(|b| *b == b'\n').is_some();
            return if line_ends {
                refuse(431, "request head too large")
            } else {
                refuse(414, "request line too long")
            };
        }
    }
    let Ok(text) = std::str::from_utf8(&head) else {
        return refuse(400, "the request head is not UTF-8");
    };
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let request_line = lines.next().unwrap_or("");
    // The gateway fills `#DATA#` (`2026-11-26 10:00:00`) and texts into the URL and may not
    // percent-encode them, so a target may hold spaces: the method is what stands before the
    // first space, the version what stands after the last, the target everything between
    // (its spaces read as `%20`, which is what they meant).
    let Some((method, (target, version))) = request_line
        .split_once(' ')
        .and_then(|(method, rest)| Some((method, rest.rsplit_once(' ')?)))
    else {
        return refuse(400, "malformed request line");
    };
    let target = target.trim_matches(' ').replace(' ', "%20");
    let target = target.as_str();
    if target.is_empty() {
        return refuse(400, "malformed request line");
    }
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) {
        return refuse(400, "malformed method");
    }
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => return refuse(505, "only HTTP/1.0 and HTTP/1.1 are supported"),
    };
    // Origin form (`/path?q`), or absolute form (`http://host/path?q`) from a proxy.
    let target = match target.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or("/"),
        None => target,
    };
    if !target.starts_with('/') {
        return refuse(400, "malformed request target");
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut headers = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        if line.starts_with([' ', '\t']) {
            return refuse(400, "folded header lines are not accepted");
        }
        let Some((name, value)) = line.split_once(':') else {
            return refuse(400, "malformed header line");
        };
        if name.is_empty() || name.contains([' ', '\t']) {
            return refuse(400, "malformed header name");
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    let head = Head {
        method: method.to_string(),
        path: path.to_string(),
        query: query.to_string(),
        headers,
        peer,
    };
    let connection = head.header("connection").unwrap_or("").to_ascii_lowercase();
    let keep_alive = if http10 {
        connection.contains("keep-alive")
    } else {
        !connection.contains("close")
    };
    if head.header("transfer-encoding").is_some() {
        return refuse(411, "send the body with a Content-Length");
    }
    let lengths: Vec<&str> = head
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.as_str())
        .collect();
    let length = match lengths.as_slice() {
        [] => 0,
        [one] => match one.parse::<u64>() {
            Ok(n) => n,
            Err(_) => return refuse(400, "malformed Content-Length"),
        },
        _ => return refuse(400, "more than one Content-Length"),
    };
    if let Some(response) = handler.check(&head) {
        return Err(Failure::Refused(response));
    }
    if length > limits.max_body as u64 {
        return refuse(
            413,
            &format!("the body is larger than {} bytes", limits.max_body),
        );
    }
    if length > 0
        && head
            .header("expect")
            .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
    {
        writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
    }
    let mut body = vec![0; length as usize];
    let deadline = Instant::now() + limits.read_deadline;
    let mut filled = 0;
    while filled < body.len() {
        time_left(reader, deadline)?;
        match reader.read(&mut body[filled..]) {
            Ok(0) => return Err(Failure::Closed),
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok((Request { head, body }, keep_alive))
}

/// The end of the head (just past its blank line) in `bytes`, if there.
fn find_head_end(bytes: &[u8]) -> Option<usize> {
    let crlf = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4);
    let lf = bytes.windows(2).position(|w| w == b"\n\n").map(|i| i + 2);
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

fn write_response(w: &mut TcpStream, response: &Response, close: bool) -> io::Result<()> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n",
        response.status,
        reason(response.status),
        response.body.len()
    );
    if response.status == 405 {
        out.push_str("Allow: GET, POST\r\n");
    }
    if close {
        out.push_str("Connection: close\r\n");
    }
    out.push_str("\r\n");
    out.push_str(&response.body);
    w.write_all(out.as_bytes())?;
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_ends() {
        assert_eq!(find_head_end(b"GET / HTTP/1.1\r\n\r\nbody"), Some(18));
        assert_eq!(find_head_end(b"GET / HTTP/1.1\n\nbody"), Some(16));
        assert_eq!(find_head_end(b"GET / HTTP/1.1\r\nHost: x\r\n"), None);
    }
}

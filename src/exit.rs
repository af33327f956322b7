//! Exit codes and the error type that carries one.
//!
//! Every way the program can end maps to one documented code here; nothing else in the crate
//! calls `std::process::exit`. Commands return `Result<Outcome>`: `Ok` for the codes that are
//! not errors (0 and 3), `Err` for the rest. An error's code is found by [`code_for`], which
//! looks through the error chain for a [`Failure`] (raised by our own checks) or an
//! [`crate::api::ApiError`] (raised by the HTTP layer).
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success |
//! | 1 | the API refused the request, or another runtime error |
//! | 2 | usage or invalid input, caught before any request was sent |
//! | 3 | partial success: some items failed (e.g. some recipients unsent) |
//! | 4 | authentication or permission refused (API codes 1001–1003, 1005, 1007, 1008) |
//! | 5 | network or server failure; for a send, the outcome is unknown |
//! | 6 | `--wait` ran out of time before every message reached a final state (or every slow HLR/lookup result came) |
//! | 130, 143 | `send` stopped by Ctrl-C (SIGINT) or SIGTERM after the batches in flight were answered |
//!
//! Commands that answer a yes/no question use 0 and 3 for the answer: `blacklist check` (0 listed,
//! 3 not), `numbers check|lookup` (0 every number reachable, 3 some not), `numbers validate` and
//! `numbers normalize` (0 all valid, 3 some not).
//!
//! `account limits --warn/--critical` is the one exception: it follows the monitoring-plugin
//! convention (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN) because Nagios-style checks expect it.

use std::fmt;

/// The documented exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Success = 0,
    Failure = 1,
    Usage = 2,
    Partial = 3,
    Auth = 4,
    Network = 5,
    WaitTimeout = 6,
    /// Stopped by Ctrl-C (SIGINT) at a safe point: 128 + 2, as shells report it.
    Interrupted = 130,
    /// Stopped by SIGTERM at a safe point: 128 + 15.
    Terminated = 143,
}

impl Code {
    pub fn as_u8(self) -> u8 {
        self as u8
    }
}

/// What a command that did not fail reports: everything worked, or only some of it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Partial,
    /// A code outside the usual table, for commands with their own documented convention
    /// (monitoring checks, `--wait`).
    Code(u8),
}

impl Outcome {
    pub fn as_u8(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Partial => 3,
            Outcome::Code(c) => c,
        }
    }
}

/// An error raised by our own checks, with the exit code it must end the program with and an
/// optional hint telling the user what to do next.
#[derive(Debug)]
pub struct Failure {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
            hint: None,
        }
    }

    /// Invalid input or usage, caught before anything was sent (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(Code::Usage, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// The exit code for an error: the first [`Failure`] or API error found in its chain decides,
/// anything else is a runtime error (1).
pub fn code_for(err: &anyhow::Error) -> Code {
    for cause in err.chain() {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return f.code;
        }
        if let Some(e) = cause.downcast_ref::<crate::api::ApiError>() {
            return e.exit_code();
        }
    }
    Code::Failure
}

/// The hint to print under an error, if any part of its chain offers one.
pub fn hint_for(err: &anyhow::Error) -> Option<String> {
    err.chain().find_map(|cause| {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return f.hint.clone();
        }
        cause
            .downcast_ref::<crate::api::ApiError>()
            .and_then(|e| e.hint())
    })
}

/// The one-line message: every cause in the chain, outermost first, joined by `: `.
pub fn message_for(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        // anyhow repeats a cause's text when a context wraps an error that already says it.
        if parts.last().is_some_and(|last| last.ends_with(&text)) {
            continue;
        }
        parts.push(text);
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_code_is_found_under_context() {
        let err =
            anyhow::Error::new(Failure::usage("bad number")).context("cannot read numbers.csv");
        assert_eq!(code_for(&err), Code::Usage);
        assert_eq!(message_for(&err), "cannot read numbers.csv: bad number");
    }

    #[test]
    fn plain_errors_are_runtime_failures() {
        let err = anyhow::anyhow!("boom");
        assert_eq!(code_for(&err), Code::Failure);
        assert_eq!(hint_for(&err), None);
    }

    #[test]
    fn hint_is_carried() {
        let err = anyhow::Error::new(Failure::usage("x").with_hint("try y"));
        assert_eq!(hint_for(&err).as_deref(), Some("try y"));
    }
}

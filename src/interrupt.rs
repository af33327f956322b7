//! Ctrl-C (SIGINT) and SIGTERM as a request to stop at the next safe point, for the commands
//! that run long: `send` (stop starting batches, let the one in flight finish), `replies
//! --follow` and `webhook listen` (stop polling or serving).
//!
//! The first signal only sets a flag and runs the command's callback on a background thread;
//! the command decides what a safe point is. A second signal ends the process the way the
//! signal would have without us (killed by it, so a shell sees 130 or 143), for the user who
//! will not wait: `send`'s journal is written before and after each request, so even then a
//! re-run with the same journal reconciles instead of texting anyone twice.
//!
//! What does not live here: what a command does on a stop, and its exit code (see `exit`).

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;

use anyhow::{Context as _, Result};

/// Which signal asked the command to stop, if one has.
#[derive(Clone, Debug, Default)]
pub struct Interrupt(Arc<State>);

#[derive(Debug, Default)]
struct State {
    /// The first signal's number, 0 before one came.
    signal: AtomicI32,
    /// Set once the command has passed the part it can stop safely: signals then act as if
    /// nobody had caught them.
    released: AtomicBool,
}

/// SIGINT's number: what Ctrl-C sends.
pub const SIGINT: i32 = 2;
/// SIGTERM's number: what `kill`, systemd and container runtimes send.
pub const SIGTERM: i32 = 15;

impl Interrupt {
    /// Start watching for SIGINT and SIGTERM. `on_first` runs once, on a background thread,
    /// when the first of them arrives (e.g. to wake a blocked server).
    pub fn install(on_first: impl Fn(i32) + Send + 'static) -> Result<Interrupt> {
        let flag = Interrupt::default();
        let state = flag.0.clone();
        watch(move |signal| {
            if !state.released.load(Ordering::SeqCst)
                && state
                    .signal
                    .compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok()
            {
                on_first(signal);
                true
            } else {
                false
            }
        })
        .context("cannot install the Ctrl-C/SIGTERM handler")?;
        Ok(flag)
    }

    /// From now on a signal ends the process at once, as if never caught: for what follows
    /// a safe stopping point (e.g. `send --wait` after the last batch).
    pub fn release(&self) {
        self.0.released.store(true, Ordering::SeqCst);
    }

    /// The signal that arrived first, if any.
    pub fn signal(&self) -> Option<i32> {
        match self.0.signal.load(Ordering::SeqCst) {
            0 => None,
            s => Some(s),
        }
    }

    pub fn is_set(&self) -> bool {
        self.signal().is_some()
    }
}

/// The shell's convention for a process ended by a signal: 128 + its number.
pub fn exit_code(signal: i32) -> u8 {
    u8::try_from(128 + signal).unwrap_or(130)
}

/// A signal's name, for messages.
pub fn name(signal: i32) -> &'static str {
    match signal {
        SIGINT => "Ctrl-C (SIGINT)",
        SIGTERM => "SIGTERM",
        _ => "a signal",
    }
}

/// Call `first` for every SIGINT/SIGTERM; when it returns false (not the first signal, or
/// released), end the process as that signal would by default.
#[cfg(unix)]
fn watch(first: impl Fn(i32) -> bool + Send + 'static) -> Result<()> {
    use signal_hook::iterator::Signals;
    let mut signals = Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if !first(signal) {
                    // Unregistering is not needed: the default action ends the process.
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                }
            }
        })?;
    Ok(())
}

/// Elsewhere there is only Ctrl-C, seen as SIGINT; a second one ends the process at once.
#[cfg(not(unix))]
fn watch(first: impl Fn(i32) -> bool + Send + 'static) -> Result<()> {
    ctrlc::set_handler(move || {
        if !first(SIGINT) {
            std::process::exit(i32::from(exit_code(SIGINT)));
        }
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_shell_convention() {
        assert_eq!(exit_code(SIGINT), 130);
        assert_eq!(exit_code(SIGTERM), 143);
        assert_eq!(name(SIGTERM), "SIGTERM");
        assert!(!Interrupt::default().is_set());
    }
}

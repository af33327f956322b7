//! The sandbox's memory: an append-only event log replayed at start.
//!
//! Every change is an [`Event`] appended as one JSON line to `events.ndjson` in the state
//! directory, then applied to the in-memory [`State`]. Opening a state directory replays the
//! log, so `--sandbox send` followed by `--sandbox status` see the same world, and a crash loses
//! nothing that was answered. Appends cost the same however large the state grows. Without a
//! state directory the sandbox lives in memory only.
//!
//! One sandbox process per state directory at a time: two processes would each keep their own
//! copy of the state and append to the same log.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// One change to the sandbox's world.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// Units taken from a balance (`eco`, `full`, `hlr`, …).
    Charged { kind: String, amount: f64 },
}

#[derive(Default)]
pub struct State {
    log: Option<File>,
    pub dir: Option<PathBuf>,
    /// Units spent per balance type.
    pub spent: BTreeMap<String, f64>,
}

impl State {
    /// Open (and replay) the state in `dir`, or an empty in-memory state.
    pub fn open(dir: Option<&Path>) -> Result<State> {
        let mut state = State::default();
        let Some(dir) = dir else { return Ok(state) };
        std::fs::create_dir_all(dir).with_context(|| {
            format!(
                "cannot create the sandbox state directory {}",
                dir.display()
            )
        })?;
        let path = dir.join("events.ndjson");
        if let Ok(file) = File::open(&path) {
            for (n, line) in BufReader::new(file).lines().enumerate() {
                let line = line.with_context(|| format!("cannot read {}", path.display()))?;
                if line.trim().is_empty() {
                    continue;
                }
                // A torn last line (a crash mid-append) is skipped, not fatal.
                match serde_json::from_str::<Event>(&line) {
                    Ok(event) => state.apply(event),
                    Err(e) => eprintln!(
                        "serwersms sandbox: skipping line {} of {}: {e}",
                        n + 1,
                        path.display()
                    ),
                }
            }
        }
        state.log = Some(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .with_context(|| format!("cannot open {}", path.display()))?,
        );
        state.dir = Some(dir.to_path_buf());
        Ok(state)
    }

    /// Record a change: append it to the log, then apply it.
    pub fn record(&mut self, event: Event) {
        if let Some(log) = &mut self.log {
            if let Ok(mut line) = serde_json::to_vec(&event) {
                line.push(b'\n');
                if let Err(e) = log.write_all(&line) {
                    eprintln!("serwersms sandbox: cannot write the event log: {e}");
                }
            }
        }
        self.apply(event);
    }

    fn apply(&mut self, event: Event) {
        match event {
            Event::Charged { kind, amount } => *self.spent.entry(kind).or_default() += amount,
        }
    }
}

//! `serwersms cancel`: delete scheduled messages (`messages/delete`) by id or own id, and say
//! which were cancelled and which could not be (already sent, or not found).
//!
//! The API answers only how many were deleted and how many were not, so the command lists the
//! named messages before (which exist, in what state) and after (which are still there) the
//! delete; the difference names each one. Deletes go 500 names to a request and, like every
//! write, are never repeated after a failure whose outcome is unknown.

use std::collections::HashSet;

use anyhow::{Context as _, Result};
use serde_json::{json, Map, Value};

use super::selection;
use super::status::{for_each_report, Selection, IDS_PER_REQUEST};
use super::{note, Context};
use crate::api::reports::Report;
use crate::cli::CancelArgs;
use crate::exit::{Code, Failure, Outcome};
use crate::output::{Format, Printer};

const COLUMNS: [&str; 4] = ["id", "phone", "status", "result"];

pub fn run(ctx: &Context, args: CancelArgs) -> Result<Outcome> {
    let ids = selection::message_ids(&args.ids)?;
    let unique_ids = selection::unique_ids(&args.unique_ids)?;
    if ids.is_empty() && unique_ids.is_empty() {
        return Err(Failure::usage("no message ids to cancel (stdin was empty)").into());
    }
    let client = ctx.client()?;
    let selection = Selection {
        ids: ids.clone(),
        unique_ids: unique_ids.clone(),
        ..Default::default()
    };

    let mut before: Vec<(Value, Report)> = Vec::new();
    let found = for_each_report(client, &selection, |raw, r| {
        before.push((raw.clone(), r));
        Ok(())
    })
    .context("cannot look up the messages to cancel; nothing was cancelled")?;

    let mut correct = 0i64;
    let mut failed = 0i64;
    let mut success = false;
    let batches = ids
        .chunks(IDS_PER_REQUEST)
        .map(|c| (c, &[][..]))
        .chain(unique_ids.chunks(IDS_PER_REQUEST).map(|c| (&[][..], c)));
    for (id_batch, unique_batch) in batches {
        let answer = match client.delete_messages(id_batch, unique_batch) {
            Ok(a) => a,
            Err(e) if correct == 0 => return Err(e.into()),
            Err(e) => {
                return Err(anyhow::Error::new(e).context(format!(
                    "{correct} messages were cancelled before a later request failed"
                )))
            }
        };
        correct += answer.data.correct;
        failed += answer.data.failed;
        success |= answer.data.success;
    }

    let mut still_there: HashSet<String> = HashSet::new();
    for_each_report(client, &selection, |_, r| {
        still_there.insert(r.id);
        Ok(())
    })
    .with_context(|| {
        format!("{correct} cancelled and {failed} not, but listing them afterwards failed")
    })?;

    let mut out = Printer::new(ctx.stdout(), ctx.output, &COLUMNS);
    let mut header = Map::new();
    header.insert("success".into(), json!(success));
    header.insert("correct".into(), json!(correct));
    header.insert("failed".into(), json!(failed));
    out.header(header);
    let table = matches!(ctx.output.format, Format::Table | Format::Csv);
    let mut cancelled = 0usize;
    let mut refused: Vec<String> = Vec::new();
    for (raw, r) in &before {
        let result = if still_there.contains(&r.id) {
            refused.push(format!("{} ({})", r.id, why_not(&r.status)));
            if r.status == "unsent" {
                "not_sent"
            } else if r.status == "saved" {
                "not_cancelled"
            } else {
                "already_sent"
            }
        } else {
            cancelled += 1;
            "cancelled"
        };
        let mut item = raw.clone();
        if let Value::Object(map) = &mut item {
            map.insert("result".into(), json!(result));
        }
        let cells = if table {
            vec![
                r.id.clone(),
                r.phone.clone(),
                r.status.clone(),
                match result {
                    "cancelled" => "cancelled".to_string(),
                    _ => format!("not cancelled: {}", why_not(&r.status)),
                },
            ]
        } else {
            Vec::new()
        };
        out.item(&item, cells)?;
    }
    for id in &found.missing {
        refused.push(format!("{id} (not found)"));
        let cells = if table {
            vec![id.clone(), String::new(), String::new(), "not found".into()]
        } else {
            Vec::new()
        };
        out.item(&json!({"id": id, "result": "not_found"}), cells)?;
    }
    out.finish(Map::new())?;

    let found_by_own_id = before.iter().filter(|(_, r)| !ids.contains(&r.id)).count();
    let unmatched_own_ids = unique_ids.len().saturating_sub(found_by_own_id);
    if unmatched_own_ids > 0 {
        refused.push(format!(
            "{unmatched_own_ids} unique id{} matched no message",
            if unmatched_own_ids == 1 { "" } else { "s" }
        ));
    }
    if cancelled as i64 != correct {
        note(&format!(
            "the API counted {correct} cancelled and {failed} not; the lists before and after show {cancelled} cancelled"
        ));
    }
    if cancelled == 0 {
        return Err(Failure::new(
            Code::Failure,
            format!("nothing was cancelled: {}", refused.join(", ")),
        )
        .with_hint("only messages still waiting for their scheduled time can be cancelled")
        .into());
    }
    if refused.is_empty() {
        note(&format!(
            "cancelled {cancelled} scheduled message{}",
            if cancelled == 1 { "" } else { "s" }
        ));
        return Ok(Outcome::Success);
    }
    note(&format!(
        "cancelled {cancelled}; could not cancel: {}",
        refused.join(", ")
    ));
    Ok(Outcome::Partial)
}

/// Why a message that is still listed was not cancelled.
fn why_not(status: &str) -> &'static str {
    match status {
        "unsent" => "it was never sent",
        "saved" => "the API did not cancel it",
        _ => "already sent",
    }
}

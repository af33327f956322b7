//! `serwersms cancel`: delete scheduled messages (`messages/delete`) by id or own id, and say
//! which were cancelled and which could not be (already sent, or not found).
//!
//! The API answers only how many were deleted and how many were not, so the command lists the
//! named messages before (which exist, in what state) and after (which are still there) the
//! delete; the difference names each one. Deletes go 500 names to a request and, like every
//! write, are never repeated after a failure whose outcome is unknown.
//!
//! A report does not carry its unique id, so a lookup by many unique ids only says how many
//! matched. Own ids are looked up on their own (a message named by id and by own id must not
//! hide a miss), and a group that came back short is split in halves until each unique id that
//! matched nothing is named: no extra request when all match, a few per miss otherwise. This
//! counts on a unique id naming at most one live message, as the API's duplicate check (3201)
//! and `messages/delete` freeing it for reuse suggest.

use std::collections::HashSet;

use anyhow::{Context as _, Result};
use serde_json::{json, Map, Value};

use super::selection;
use super::status::{for_each_report, Selection, IDS_PER_REQUEST};
use super::{note, Context};
use crate::api::reports::Report;
use crate::api::Client;
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
    let mut listed: HashSet<String> = HashSet::new();
    let mut keep = |raw: &Value, r: Report| {
        if listed.insert(r.id.clone()) {
            before.push((raw.clone(), r));
        }
    };
    let lookup = "cannot look up the messages to cancel; nothing was cancelled";
    // Without this guard an empty selection would ask for every stored message.
    let missing_ids = if ids.is_empty() {
        Vec::new()
    } else {
        let found = for_each_report(client, &Selection::of_ids(&ids), |raw, r| {
            keep(raw, r);
            Ok(())
        })
        .context(lookup)?;
        found.missing
    };
    let mut unmatched_unique: Vec<String> = Vec::new();
    for group in unique_ids.chunks(IDS_PER_REQUEST) {
        let matched = matching(client, group, &mut keep).context(lookup)?;
        unmatched_unique.extend(unmatched(client, group, matched).context(lookup)?);
    }

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
    for id in &missing_ids {
        refused.push(format!("{id} (not found)"));
        let cells = if table {
            vec![id.clone(), String::new(), String::new(), "not found".into()]
        } else {
            Vec::new()
        };
        out.item(&json!({"id": id, "result": "not_found"}), cells)?;
    }
    for unique_id in &unmatched_unique {
        refused.push(format!("unique id {unique_id} (not found)"));
        let cells = if table {
            vec![
                unique_id.clone(),
                String::new(),
                String::new(),
                "not found (unique id)".into(),
            ]
        } else {
            Vec::new()
        };
        out.item(
            &json!({"unique_id": unique_id, "result": "not_found"}),
            cells,
        )?;
    }
    out.finish(Map::new())?;
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

/// Look up the messages of these unique ids, handing each to `found`; how many there were.
fn matching(
    client: &Client,
    group: &[String],
    found: &mut dyn FnMut(&Value, Report),
) -> Result<usize> {
    let selection = Selection {
        unique_ids: group.to_vec(),
        ..Default::default()
    };
    let mut matched = 0usize;
    for_each_report(client, &selection, |raw, r| {
        matched += 1;
        found(raw, r);
        Ok(())
    })?;
    Ok(matched)
}

/// The unique ids of `group` that match no message, given that `matched` of them do: halve a
/// group that came back short and look up each half, down to single unique ids.
fn unmatched(client: &Client, group: &[String], matched: usize) -> Result<Vec<String>> {
    if matched >= group.len() {
        return Ok(Vec::new());
    }
    if matched == 0 || group.len() == 1 {
        return Ok(group.to_vec());
    }
    let (left, right) = group.split_at(group.len() / 2);
    let mut out = Vec::new();
    for half in [left, right] {
        let matched = matching(client, half, &mut |_, _| {})?;
        out.extend(unmatched(client, half, matched)?);
    }
    Ok(out)
}

/// Why a message that is still listed was not cancelled.
fn why_not(status: &str) -> &'static str {
    match status {
        "unsent" => "it was never sent",
        "saved" => "the API did not cancel it",
        _ => "already sent",
    }
}

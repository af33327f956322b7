//! `send --dry-run`: the plan as rows (recipients, invalid ones, batches, parts, encoding)
//! and a summary on stderr, without any network call. With `--journal`, an existing journal is
//! read (never written) to show what a re-run would do.

use std::collections::HashSet;
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map};

use super::{plural, Plan};
use crate::cli::send::SendArgs;
use crate::commands::{note, Context};
use crate::exit::Outcome;
use crate::journal::Journal;
use crate::output::Printer;

pub(super) fn dry_run(ctx: &Context, args: &SendArgs, plan: &Plan) -> Result<Outcome> {
    let progress = match &args.journal {
        Some(path) => Journal::inspect(path, &plan.journal_header(String::new()))?.map(|(_, p)| p),
        None => None,
    };
    let settled = |i: usize| progress.as_ref().is_some_and(|p| p.settled[i]);
    let to_check: HashSet<u32> = progress
        .iter()
        .flat_map(|p| p.unknown.iter().flat_map(|(_, l)| l.iter().map(|x| x.0)))
        .collect();
    let r = &plan.recipients;
    let book_batches = usize::from(!plan.address_book.is_empty());
    // Two passes over the list (totals first, for the header; then the rows), so that a list
    // of millions costs no memory beyond the plan itself.
    let ready = (0..r.len()).filter(|&i| !settled(i)).count();
    let batches = book_batches + ready.div_ceil(plan.batch_size);
    let total_parts: u64 = (0..r.len())
        .filter(|&i| !settled(i))
        .map(|i| u64::from(plan.cost_of(i).parts))
        .sum();

    let mut columns = vec!["phone", "batch", "parts", "encoding", "status"];
    if args.details {
        columns.push("text");
    }
    let mut out = Printer::new(ctx.stdout(), ctx.output, &columns);
    let mut header = Map::new();
    header.insert("dry_run".into(), json!(true));
    header.insert("action".into(), json!(plan.action));
    header.insert("type".into(), json!(plan.kind().to_lowercase()));
    header.insert("sender".into(), json!(plan.options.sender));
    if let Some(c) = &plan.cost {
        header.insert("encoding".into(), json!(c.encoding.name()));
        header.insert("characters".into(), json!(c.chars));
        header.insert("parts_per_message".into(), json!(c.parts));
    }
    header.insert("recipients".into(), json!(r.len()));
    header.insert("invalid".into(), json!(r.invalid.len()));
    header.insert("duplicates".into(), json!(r.duplicates));
    header.insert("batch_size".into(), json!(plan.batch_size));
    header.insert("batches".into(), json!(batches));
    header.insert("total_parts".into(), json!(total_parts));
    if let Some(d) = &plan.options.date {
        header.insert("date".into(), json!(d));
    }
    if let (Some(p), Some(path)) = (&progress, &args.journal) {
        header.insert(
            "journal".into(),
            json!({"path": path.display().to_string(), "confirmed": p.settled_count, "to_check": to_check.len()}),
        );
    }
    out.header(header);

    for bad in &r.invalid {
        let raw =
            json!({"phone": bad.value, "status": "invalid", "error_message": bad.to_string()});
        let mut cells = vec![
            bad.value.clone(),
            String::new(),
            String::new(),
            String::new(),
            format!("invalid: {} ({})", bad.reason, bad.origin),
        ];
        if args.details {
            cells.push(String::new());
        }
        out.item(&raw, cells)?;
    }
    for g in plan
        .address_book
        .groups
        .iter()
        .map(|g| format!("group {g}"))
        .chain(
            plan.address_book
                .contacts
                .iter()
                .map(|c| format!("contact {c}")),
        )
    {
        let c = plan.cost_of(0);
        let raw = json!({"phone": g, "batch": 1, "parts": c.parts, "encoding": c.encoding.name(), "status": "ready"});
        let mut cells = vec![
            g,
            "1".into(),
            c.parts.to_string(),
            c.encoding.label().into(),
            "ready".into(),
        ];
        if args.details {
            cells.push(plan.text.clone());
        }
        out.item(&raw, cells)?;
    }
    let mut sent_before = 0usize;
    for i in 0..r.len() {
        let c = plan.cost_of(i);
        let batch = (!settled(i)).then(|| {
            sent_before += 1;
            book_batches + (sent_before - 1) / plan.batch_size + 1
        });
        let status = if settled(i) {
            "confirmed"
        } else if to_check.contains(&(i as u32)) {
            "to_check"
        } else {
            "ready"
        };
        let mut raw = json!({
            "phone": r.phone(i),
            "batch": batch,
            "parts": c.parts,
            "encoding": c.encoding.name(),
            "characters": c.chars,
            "status": status,
        });
        if plan.personalized() {
            raw["text"] = json!(plan.text_of(i));
        }
        if let Some(u) = plan.user_ids.get(i) {
            raw["unique_id"] = json!(u);
        }
        let mut cells = vec![
            r.phone(i),
            batch.map(|b| b.to_string()).unwrap_or_default(),
            c.parts.to_string(),
            c.encoding.label().into(),
            status.into(),
        ];
        if args.details {
            cells.push(plan.text_of(i).to_string());
        }
        out.item(&raw, cells)?;
    }
    out.finish(Map::new())?;

    note("dry run: nothing was sent");
    let mut lines = vec![format!(
        "  {} ({}{})",
        plan.action,
        plan.kind(),
        plan.options
            .sender
            .as_deref()
            .map(|s| format!(", sender {s}"))
            .unwrap_or_else(|| ", no sender".into())
    )];
    lines.push(format!(
        "  recipients: {}{}{}",
        r.len(),
        if r.duplicates > 0 {
            format!(", {} duplicates removed", r.duplicates)
        } else {
            String::new()
        },
        if r.invalid.is_empty() {
            String::new()
        } else if args.skip_invalid {
            format!(", {} invalid skipped", r.invalid.len())
        } else {
            format!(
                ", {} invalid (a send stops on them; add --skip-invalid to send to the others)",
                r.invalid.len()
            )
        }
    ));
    if let Some(c) = &plan.cost {
        lines.push(format!(
            "  text: {} characters, {}, {} {} each",
            c.chars,
            c.encoding.label(),
            c.parts,
            plural(c.parts as usize, "part", "parts")
        ));
    }
    if let Some(d) = &plan.options.date {
        lines.push(format!("  scheduled for {d} (Warsaw time)"));
    }
    if let Some(p) = &progress {
        lines.push(format!(
            "  journal: {} already confirmed, {} to check with the server first",
            p.settled_count,
            to_check.len()
        ));
    }
    lines.push(format!(
        "  total: {total_parts} {} in {batches} {} of up to {}",
        plural(total_parts as usize, "part", "parts"),
        plural(batches, "batch", "batches"),
        plan.batch_size
    ));
    let mut err = std::io::stderr().lock();
    for l in lines {
        let _ = writeln!(err, "{l}");
    }
    Ok(Outcome::Success)
}

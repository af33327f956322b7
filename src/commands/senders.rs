//! `serwersms senders list [--predefined]` and `senders add NAME`.
//!
//! `add` checks the name with `crate::sender_name` before any request (exit 2), and treats the
//! API's "already exists" (4400) as done, with a note, so provisioning scripts can run again.

use anyhow::Result;
use serde_json::Map;

use super::number_list::error_item;
use super::{note, Context};
use crate::cli::{SendersAddArgs, SendersCommand, SendersListArgs};
use crate::exit::{Failure, Outcome};
use crate::output::{self, Printer};
use crate::sender_name;

/// "Sender name already exists".
const EXISTS: i64 = 4400;

pub fn run(ctx: &Context, command: SendersCommand) -> Result<Outcome> {
    match command {
        SendersCommand::List(a) => list(ctx, a),
        SendersCommand::Add(a) => add(ctx, a),
    }
}

fn list(ctx: &Context, args: SendersListArgs) -> Result<Outcome> {
    let response = ctx.client()?.senders(args.predefined)?;
    let mut out = Printer::new(ctx.stdout(), ctx.output, &["name", "agreement", "status"]);
    for (i, s) in response.data.items.iter().enumerate() {
        out.item(
            response.raw_item(i),
            vec![
                s.name.clone(),
                s.agreement.replace('_', " "),
                s.status.replace('_', " "),
            ],
        )?;
    }
    let empty = out.count() == 0;
    out.finish(Map::new())?;
    if empty && !args.predefined {
        note("no sender names of your own yet: `serwersms senders add NAME` registers one, `serwersms senders list --predefined` lists the ones every account may use");
    }
    Ok(Outcome::Success)
}

fn add(ctx: &Context, args: SendersAddArgs) -> Result<Outcome> {
    let name = args.name;
    if let Err(problem) = sender_name::check(&name) {
        return Err(
            Failure::usage(format!("{name:?} cannot be a sender name: {problem}"))
                .with_hint("a sender name is up to 11 letters and digits (e.g. MyShop), or a number of 4 or 9 digits; nothing was sent")
                .into(),
        );
    }
    let (raw, result) = match ctx.client()?.add_sender(&name) {
        Ok(r) if r.data.success => (r.raw, "added, pending authorization"),
        Ok(r) => {
            return Err(anyhow::anyhow!(
                "senders/add: the API did not add {name:?} (it answered {})",
                r.raw
            ))
        }
        Err(e) if e.api_code() == Some(EXISTS) => {
            note(&format!(
                "{name:?} is already registered on this account; `serwersms senders list` shows its status"
            ));
            (error_item(None, &e), "already registered")
        }
        Err(e) => {
            return Err(anyhow::Error::new(e).context(format!("adding the sender name {name:?}")))
        }
    };
    if result.starts_with("added") {
        note(&format!(
            "{name:?} must now be authorized by SerwerSMS before it can send (some names need a signed agreement); `serwersms senders list` shows its status"
        ));
    }
    output::object(
        ctx.stdout(),
        ctx.output,
        &raw,
        &[("name", name.clone()), ("result", result.to_string())],
    )?;
    Ok(Outcome::Success)
}

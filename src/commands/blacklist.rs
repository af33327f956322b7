//! `serwersms blacklist list|add|check|remove`.
//!
//! Numbers are normalized before any request (`number_list::collect`). The API's 4601 (already
//! listed) on add and 4602 (not listed) on remove mean the blacklist already is as asked, so
//! they are reported and are not failures: scripts can repeat a command safely. `check` answers
//! with its exit code (0 listed, 3 not). `add` and `remove` stream one row per number.
//!
//! An API refusal that is about the number, not the request, counts for that number and the
//! next is tried: 2001 (Invalid phone number: the server's rules may be stricter than ours)
//! and 4600 (No operation to complete, the blacklist group's refusal of a change). Then exit 3
//! if some numbers were changed (or already as asked) and 1 if none were. Any other failure
//! (auth, network, another API error such as 2000 or 1006, which every later number would get
//! too) stops at that number, after printing the rows before it.

use anyhow::Result;
use serde_json::Map;

use super::number_list::{self, error_cell, error_item, with_phone};
use super::{note, Context};
use crate::api::blacklist::{BlacklistChange, ALREADY_LISTED, NOT_LISTED};
use crate::api::{ApiError, Client, Response};
use crate::cli::{BlacklistCheckArgs, BlacklistCommand, BlacklistListArgs, BlacklistNumbersArgs};
use crate::exit::{Code, Outcome};
use crate::output::{self, Printer};

/// Entries asked for per `blacklist/index` page.
const PAGE_SIZE: i64 = 500;
/// A server that keeps answering pages past this is not paging as documented.
const MAX_PAGES: i64 = 100_000;
/// API codes that refuse one number's change, not the request: 2001 (Invalid phone number),
/// 4600 (No operation to complete).
const REFUSED_PER_NUMBER: [i64; 2] = [2001, 4600];

pub fn run(ctx: &Context, command: BlacklistCommand) -> Result<Outcome> {
    match command {
        BlacklistCommand::List(a) => list(ctx, a),
        BlacklistCommand::Add(a) => change(ctx, a, Change::Add),
        BlacklistCommand::Check(a) => check(ctx, a),
        BlacklistCommand::Remove(a) => change(ctx, a, Change::Remove),
    }
}

fn list(ctx: &Context, args: BlacklistListArgs) -> Result<Outcome> {
    let phone = match &args.phone {
        Some(p) => Some(one_number(p)?),
        None => None,
    };
    let client = ctx.client()?;
    let mut out = Printer::new(ctx.stdout(), ctx.output, &["phone", "added"]);
    let mut page = 1;
    loop {
        let r = client.blacklist_page(phone.as_deref(), page, PAGE_SIZE)?;
        for (i, entry) in r.data.items.iter().enumerate() {
            out.item(
                r.raw_item(i),
                vec![entry.phone.clone(), entry.added.clone()],
            )?;
        }
        let more = match r.data.paging {
            Some(p) => page < p.count && !r.data.items.is_empty(),
            None => {
                if r.data.items.len() as i64 >= PAGE_SIZE {
                    note("the server sent a full page without paging information; there may be more entries than shown");
                }
                false
            }
        };
        if !more || page >= MAX_PAGES {
            break;
        }
        page += 1;
    }
    let empty = out.count() == 0;
    out.finish(Map::new())?;
    if empty {
        note(match phone {
            Some(_) => "that number is not on the blacklist",
            None => "the blacklist is empty",
        });
    }
    Ok(Outcome::Success)
}

fn one_number(input: &str) -> Result<String> {
    Ok(number_list::collect(&[input.to_string()])?.remove(0))
}

fn check(ctx: &Context, args: BlacklistCheckArgs) -> Result<Outcome> {
    let phone = one_number(&args.number)?;
    let r = ctx.client()?.blacklist_check(&phone)?;
    let listed = if r.data.exists { "yes" } else { "no" };
    output::object(
        ctx.stdout(),
        ctx.output,
        &with_phone(&phone, &r.raw),
        &[("phone", phone.clone()), ("listed", listed.into())],
    )?;
    Ok(if r.data.exists {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    Add,
    Remove,
}

impl Change {
    fn call(self, client: &Client, phone: &str) -> Result<Response<BlacklistChange>, ApiError> {
        match self {
            Change::Add => client.blacklist_add(phone),
            Change::Remove => client.blacklist_delete(phone),
        }
    }

    /// The API code meaning the blacklist already is as asked.
    fn already(self) -> i64 {
        match self {
            Change::Add => ALREADY_LISTED,
            Change::Remove => NOT_LISTED,
        }
    }
}

fn change(ctx: &Context, args: BlacklistNumbersArgs, change: Change) -> Result<Outcome> {
    let numbers = number_list::collect(&args.numbers)?;
    let client = ctx.client()?;
    let columns: &[&str] = match change {
        Change::Add => &["phone", "result", "id"],
        Change::Remove => &["phone", "result"],
    };
    let mut out = Printer::new(ctx.stdout(), ctx.output, columns);
    let (mut done, mut already, mut failed) = (0usize, 0usize, 0usize);
    for (i, phone) in numbers.iter().enumerate() {
        let (raw, mut cells) = match change.call(client, phone) {
            Ok(r) if r.data.success => {
                let raw = r.raw;
                done += 1;
                let result = match change {
                    Change::Add => "added",
                    Change::Remove => "removed",
                };
                let id = raw
                    .get("id")
                    .map(|v| output::cell(Some(v)))
                    .unwrap_or_default();
                (
                    with_phone(phone, &raw),
                    vec![phone.clone(), result.into(), id],
                )
            }
            Err(e) if e.api_code() == Some(change.already()) => {
                already += 1;
                let result = match change {
                    Change::Add => "already listed",
                    Change::Remove => "was not listed",
                };
                (
                    error_item(Some(phone), &e),
                    vec![phone.clone(), result.into(), String::new()],
                )
            }
            // `{"success":false}` without an error object: nothing was done.
            Ok(r) => {
                failed += 1;
                let cell = format!("not done (the API answered {})", r.raw);
                (
                    with_phone(phone, &r.raw),
                    vec![phone.clone(), cell, String::new()],
                )
            }
            Err(e)
                if e.api_code()
                    .is_some_and(|c| REFUSED_PER_NUMBER.contains(&c)) =>
            {
                failed += 1;
                (
                    error_item(Some(phone), &e),
                    vec![phone.clone(), error_cell(&e), String::new()],
                )
            }
            Err(e) => {
                // The rows before the failure were done; an empty list is not worth printing.
                if out.count() > 0 {
                    out.finish(Map::new())?;
                }
                let rest = numbers.len() - i - 1;
                if rest > 0 {
                    note(&format!(
                        "{rest} later number{} not attempted",
                        if rest == 1 { " was" } else { "s were" }
                    ));
                }
                let verb = match change {
                    Change::Add => "adding",
                    Change::Remove => "removing",
                };
                return Err(anyhow::Error::new(e).context(format!("{verb} {phone}")));
            }
        };
        cells.truncate(columns.len());
        out.item(&raw, cells)?;
    }
    out.finish(Map::new())?;
    let summary = match change {
        Change::Add => format!("added {done}, already listed {already}"),
        Change::Remove => format!("removed {done}, not listed {already}"),
    };
    if failed == 0 {
        if numbers.len() > 1 {
            note(&summary);
        }
        return Ok(Outcome::Success);
    }
    note(&format!("{summary}, failed {failed}"));
    Ok(if failed == numbers.len() {
        Outcome::Code(Code::Failure.as_u8())
    } else {
        Outcome::Partial
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_already_codes() {
        assert_eq!(Change::Add.already(), 4601);
        assert_eq!(Change::Remove.already(), 4602);
    }
}

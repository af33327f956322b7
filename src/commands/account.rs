//! `serwersms account limits|help`.

use anyhow::Result;
use serde_json::{Map, Value};

use super::Context;
use crate::cli::AccountCommand;
use crate::exit::Outcome;
use crate::output::{self, Printer};

pub fn run(ctx: &Context, command: AccountCommand) -> Result<Outcome> {
    match command {
        AccountCommand::Limits => limits(ctx),
        AccountCommand::Help => help(ctx),
    }
}

fn limits(ctx: &Context) -> Result<Outcome> {
    let response = ctx.client()?.limits()?;
    let mut out = Printer::new(
        ctx.stdout(),
        ctx.output,
        &["type", "balance", "max chars/parts"],
    );
    let mut header = Map::new();
    if let Some(account) = response.raw.get("account") {
        header.insert("account".into(), account.clone());
    }
    out.header(header);
    let raw_items = response.raw.get("items").and_then(Value::as_array);
    for (i, item) in response.data.items.iter().enumerate() {
        let raw = raw_items
            .and_then(|r| r.get(i))
            .cloned()
            .unwrap_or(Value::Null);
        let balance = match item.value.as_str() {
            "no_limit" => "no limit".to_string(),
            "not_available" => "not available".to_string(),
            other => other.to_string(),
        };
        out.item(
            &raw,
            vec![item.kind.clone(), balance, item.chars_limit.clone()],
        )?;
    }
    out.finish(Map::new())?;
    Ok(Outcome::Success)
}

fn help(ctx: &Context) -> Result<Outcome> {
    let response = ctx.client()?.help()?;
    let h = &response.data;
    let mut rows = vec![
        ("telephone", h.telephone.clone()),
        ("email", h.email.clone()),
        ("contact form", h.form.clone()),
        ("faq", h.faq.clone()),
    ];
    if let Some(m) = &h.account_maintainer {
        rows.push(("account manager", m.name.clone()));
        rows.push(("manager email", m.email.clone()));
        rows.push(("manager telephone", m.telephone.clone()));
    }
    output::object(ctx.stdout(), ctx.output, &response.raw, &rows)?;
    Ok(Outcome::Success)
}

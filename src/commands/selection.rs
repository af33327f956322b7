//! Turning what the user typed into what the API is asked for: message ids (arguments, or `-`
//! for stdin), own ids (`unique_id`), phone numbers and times. Everything here fails with exit 2
//! and a message naming the bad input, before any request is sent.

use std::collections::HashSet;
use std::io::BufRead;

use anyhow::Result;
use jiff::Timestamp;

use crate::exit::Failure;

/// The message ids named by the arguments, in order, without repeats; `-` reads stdin (one id a
/// line; blank lines, and `null` as jq prints a missing id, are skipped).
pub fn message_ids(args: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut stdin_read = false;
    for arg in args {
        if arg == "-" {
            if !stdin_read {
                stdin_read = true;
                for id in ids_from(std::io::stdin().lock(), "stdin")? {
                    if seen.insert(id.clone()) {
                        out.push(id);
                    }
                }
            }
            continue;
        }
        let id = checked_id(arg.trim(), || format!("'{arg}' is not a message id"))?;
        if seen.insert(id.clone()) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Ids from a reader, one a line; `source` names it in errors.
pub fn ids_from(reader: impl BufRead, source: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Failure::usage(format!("cannot read {source}: {e}")))?;
        let id = line.trim();
        if id.is_empty() || id == "null" {
            continue;
        }
        out.push(checked_id(id, || {
            format!("{source}: line {}: \"{id}\" is not a message id", n + 1)
        })?);
    }
    Ok(out)
}

fn checked_id(id: &str, message: impl FnOnce() -> String) -> Result<String> {
    let ok = !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric());
    if !ok {
        return Err(Failure::usage(message())
            .with_hint("message ids are letters and digits, like aca3944055 (as `send -o json` prints them)")
            .into());
    }
    Ok(id.to_string())
}

/// Whether a text has the shape of the API's message ids (10 lowercase hex characters).
pub fn looks_like_api_id(id: &str) -> bool {
    id.len() == 10
        && id
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

/// `--wait 5m` (without `=`): `--wait` takes a value only after `=`, so `5m` arrives as an
/// argument of its own. The first such argument that reads as a duration (and not as an API
/// message id) is refused with `message` and a hint saying what was meant.
pub fn misplaced_wait(args: &[String], message: impl FnOnce(&str) -> String) -> Result<()> {
    let found = args
        .iter()
        .find(|a| !looks_like_api_id(a) && crate::config::parse_duration(a).is_ok());
    match found {
        Some(d) => Err(Failure::usage(message(d))
            .with_hint(format!("to wait at most {d}, write --wait={d}"))
            .into()),
        None => Ok(()),
    }
}

/// Own message ids: letters and digits, 3 to 50 of them (the documented rule).
pub fn unique_ids(args: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for arg in args {
        let id = arg.trim();
        let ok = (3..=50).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric());
        if !ok {
            return Err(Failure::usage(format!(
                "--unique-id '{arg}' is not a unique id: it must be 3 to 50 letters and digits"
            ))
            .into());
        }
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    Ok(out)
}

/// Phone numbers given with `flag`, normalized (`+48500600700`).
pub fn phones(flag: &str, args: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for arg in args {
        let number = crate::phone::normalize(arg).map_err(|why| {
            Failure::usage(format!("{flag} \"{arg}\" is not a phone number: {why}"))
        })?;
        if !out.contains(&number) {
            out.push(number);
        }
    }
    Ok(out)
}

/// A time given with `flag`: a date and time in the machine's zone, RFC 3339, or a duration
/// meaning that long before `now`.
pub fn time(flag: &str, text: &str, now: Timestamp) -> Result<Timestamp> {
    let local = jiff::tz::TimeZone::system();
    if let Ok(ts) = crate::warsaw_time::parse_user(text, &local) {
        return Ok(ts);
    }
    if let Ok(ago) = crate::config::parse_duration(text) {
        let ago = jiff::SignedDuration::try_from(ago).ok();
        if let Some(ts) = ago.and_then(|d| now.checked_sub(d).ok()) {
            return Ok(ts);
        }
    }
    Err(
        Failure::usage(format!("{flag} '{text}' is not a time or a duration"))
            .with_hint(
                "use 'YYYY-MM-DD HH:MM' (local time), RFC 3339 like 2026-11-26T14:30:00+01:00, \
             or a duration like 2h meaning that long ago",
            )
            .into(),
    )
}

/// `--since` and `--until` as API dates (Warsaw time); `since` after `until` is refused.
pub fn time_range(
    since: Option<&str>,
    until: Option<&str>,
) -> Result<(Option<Timestamp>, Option<Timestamp>)> {
    let now = Timestamp::now();
    let since = since.map(|s| time("--since", s, now)).transpose()?;
    let until = until.map(|u| time("--until", u, now)).transpose()?;
    if let (Some(s), Some(u)) = (since, until) {
        if s > u {
            return Err(Failure::usage("--since is later than --until").into());
        }
    }
    Ok((since, until))
}

/// A moment as the API writes dates.
pub fn api_date(ts: Timestamp) -> String {
    crate::warsaw_time::format_api(ts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_lines() {
        let input = "aca3944055\n\n  b7ac0db51a \nnull\n";
        assert_eq!(
            ids_from(input.as_bytes(), "stdin").unwrap(),
            ["aca3944055", "b7ac0db51a"]
        );
        let err = ids_from("aca3944055\nnot an id\n".as_bytes(), "stdin").unwrap_err();
        assert_eq!(
            err.to_string(),
            "stdin: line 2: \"not an id\" is not a message id"
        );
    }

    #[test]
    fn argument_ids_are_checked_and_deduplicated() {
        let ids = message_ids(&["aca3944055".into(), "aca3944055".into(), "x1".into()]).unwrap();
        assert_eq!(ids, ["aca3944055", "x1"]);
        assert!(message_ids(&["a/b".into()]).is_err());
        assert!(looks_like_api_id("aca3944055"));
        assert!(!looks_like_api_id("5m"));
    }

    #[test]
    fn a_duration_after_wait_is_named() {
        let args = ["aca3944055".to_string(), "5m".to_string()];
        let err = misplaced_wait(&args, |d| format!("'{d}' is not a message id")).unwrap_err();
        assert_eq!(err.to_string(), "'5m' is not a message id");
        let hint = err.downcast_ref::<Failure>().unwrap().hint.clone();
        assert_eq!(hint.as_deref(), Some("to wait at most 5m, write --wait=5m"));
        assert!(misplaced_wait(&args[..1], |_| unreachable!()).is_ok());
    }

    #[test]
    fn unique_id_rule() {
        assert_eq!(unique_ids(&["abc".into()]).unwrap(), ["abc"]);
        assert!(unique_ids(&["ab".into()]).is_err());
        assert!(unique_ids(&["a-b-c".into()]).is_err());
        assert!(unique_ids(&["a".repeat(51)]).is_err());
    }

    #[test]
    fn phones_are_normalized() {
        assert_eq!(
            phones("--phone", &["500 600 700".into(), "+48500600700".into()]).unwrap(),
            ["+48500600700"]
        );
        let err = phones("--phone", &["12".into()]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--phone \"12\" is not a phone number: too short"
        );
    }

    #[test]
    fn times_and_durations() {
        let now: Timestamp = "2026-11-26T12:00:00Z".parse().unwrap();
        assert_eq!(
            time("--since", "2h", now).unwrap(),
            "2026-11-26T10:00:00Z".parse::<Timestamp>().unwrap()
        );
        assert_eq!(
            time("--since", "2026-11-26T14:30:00+01:00", now).unwrap(),
            "2026-11-26T13:30:00Z".parse::<Timestamp>().unwrap()
        );
        assert!(time("--since", "yesterday-ish", now).is_err());
        assert!(time_range(Some("1h"), Some("2h")).is_err());
        assert_eq!(
            api_date("2026-01-15T12:00:00Z".parse().unwrap()),
            "2026-01-15 13:00:00"
        );
    }
}

//! Fault injection for tests: make the next matching request(s) fail the way real networks and
//! servers do. Set with `serwersms sandbox --fault SPEC` (hidden from `--help`) or at run time
//! with `POST /__sandbox/faults` and a JSON body `{"kind", "action", "times", "after", "ms"}`.
//!
//! A SPEC is `KIND[:MS][@ACTION][*TIMES][+AFTER]`: e.g. `http502@account/limits*2`,
//! `delay:5000`, `act_then_drop@messages/send_sms+1` (let one send through, then act and drop
//! the next). TIMES 0 means every matching request.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// HTTP 500 with an HTML error page; nothing is done.
    Http500,
    /// HTTP 502 with a proxy's HTML page; nothing is done.
    Http502,
    /// HTTP 200 with a body that is neither JSON nor XML; nothing is done.
    Garbage,
    /// The request is carried out; the answer is cut off halfway.
    Truncated,
    /// The connection is closed before anything is done or answered.
    Reset,
    /// The answer comes after `ms` milliseconds (the request is carried out as usual).
    Delay,
    /// The request is carried out, then the connection is closed without an answer.
    ActThenDrop,
    /// The API's error 1000 (unknown action), as from a server that does not serve this
    /// action; nothing is done.
    UnknownAction,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Fault {
    pub kind: Kind,
    #[serde(default)]
    pub action: Option<String>,
    /// How many matching requests it hits; 0 means all of them.
    #[serde(default = "one")]
    pub times: u32,
    /// How many matching requests pass untouched first.
    #[serde(default)]
    pub after: u32,
    /// For `delay`.
    #[serde(default)]
    pub ms: u64,
}

fn one() -> u32 {
    1
}

impl Fault {
    pub fn parse(spec: &str) -> Result<Fault, String> {
        let mut rest = spec.trim();
        let mut take = |sep: char| -> Option<String> {
            let i = rest.rfind(sep)?;
            let v = rest[i + 1..].to_string();
            rest = &rest[..i];
            Some(v)
        };
        let after = take('+')
            .map(|v| v.parse().map_err(|_| format!("bad +AFTER in '{spec}'")))
            .transpose()?;
        let times = take('*')
            .map(|v| v.parse().map_err(|_| format!("bad *TIMES in '{spec}'")))
            .transpose()?;
        let action = take('@');
        let ms = take(':')
            .map(|v| v.parse().map_err(|_| format!("bad :MS in '{spec}'")))
            .transpose()?;
        let kind: Kind = serde_json::from_value(serde_json::Value::String(rest.to_string())).map_err(|_| {
            format!("unknown fault kind '{rest}' (http500, http502, garbage, truncated, reset, delay, act_then_drop, unknown_action)")
        })?;
        Ok(Fault {
            kind,
            action,
            times: times.unwrap_or(1),
            after: after.unwrap_or(0),
            ms: ms.unwrap_or(0),
        })
    }
}

/// The queue of armed faults.
#[derive(Debug, Default)]
pub struct Faults(Vec<Fault>);

impl Faults {
    pub fn new(list: Vec<Fault>) -> Self {
        Faults(list)
    }

    pub fn arm(&mut self, fault: Fault) {
        self.0.push(fault);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The fault that hits this request, if any; counts it down.
    pub fn take(&mut self, action: &str) -> Option<Fault> {
        let i = self.0.iter().position(|f| {
            f.action
                .as_deref()
                .is_none_or(|a| a.trim_matches('/') == action)
        })?;
        let f = &mut self.0[i];
        if f.after > 0 {
            f.after -= 1;
            return None;
        }
        let hit = f.clone();
        if f.times == 1 {
            self.0.remove(i);
        } else if f.times > 1 {
            f.times -= 1;
        }
        Some(hit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        let f = Fault::parse("http502@account/limits*2").unwrap();
        assert_eq!(
            (f.kind, f.action.as_deref(), f.times),
            (Kind::Http502, Some("account/limits"), 2)
        );
        let f = Fault::parse("delay:1500").unwrap();
        assert_eq!((f.kind, f.ms), (Kind::Delay, 1500));
        let f = Fault::parse("act_then_drop@messages/send_sms+1").unwrap();
        assert_eq!(f.after, 1);
        assert!(Fault::parse("explode").is_err());
    }

    #[test]
    fn counting() {
        let mut q = Faults::new(vec![Fault::parse("reset@a*2+1").unwrap()]);
        assert!(q.take("b").is_none());
        assert!(q.take("a").is_none());
        assert!(q.take("a").is_some());
        assert!(q.take("a").is_some());
        assert!(q.take("a").is_none());
    }
}

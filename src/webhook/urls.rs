//! The URL templates to paste into the customer panel, one per kind of push, built from the
//! public address of a `webhook listen` (pure).
//!
//! The gateway substitutes `#PLACEHOLDER#` tokens in the URL the customer enters; the parameter
//! names around them are ours to choose, so the listener knows them because it chose them.
//!
//! | kind | placeholders | status |
//! |---|---|---|
//! | `premium` | `#NUMEROD#` `#NUMERDO#` `#DATA#` `#IDSMS#` `#LIMIT#` `#WIADOMOSC#` | documented (Premium SMS page) |
//! | `dlr` | `#SMSID#` `#STAN#` `#DATA#` `#PRZYCZYNA#` | best knowledge (a third-party manual; not in the pages read) |
//! | `reply` | `#NUMER#` `#DATA#` `#ID#` `#WIADOMOSC#` | our choice: the legacy Magento module's names (`numer`, `wiadomosc`, `data`) with placeholders of the same style, and `#ID#` as seen in a third-party integration |
//!
//! Choices that protect the request if the gateway does not percent-encode what it substitutes:
//! the secret comes first (right after any query the public URL already has), and the text
//! (`#WIADOMOSC#`) comes last, so a `#` or `&` inside a message cannot cut the secret off.
//! A placeholder the gateway does not know arrives as it was written; the listener reports such
//! parameters as `unsubstituted`.

use super::{Kind, SECRET_PARAM};

/// One `name=#PLACEHOLDER#` pair of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder {
    /// The query parameter name we chose.
    pub param: &'static str,
    pub token: &'static str,
    /// The event field it fills.
    pub field: &'static str,
    pub documented: bool,
}

const fn ph(
    param: &'static str,
    token: &'static str,
    field: &'static str,
    documented: bool,
) -> Placeholder {
    Placeholder {
        param,
        token,
        field,
        documented,
    }
}

const DLR: &[Placeholder] = &[
    ph("smsid", "#SMSID#", "message_id", false),
    ph("stan", "#STAN#", "status", false),
    ph("data", "#DATA#", "date", false),
    ph("przyczyna", "#PRZYCZYNA#", "reason", false),
];

const REPLY: &[Placeholder] = &[
    ph("numer", "#NUMER#", "from", false),
    ph("data", "#DATA#", "date", false),
    ph("id", "#ID#", "message_id", false),
    ph("wiadomosc", "#WIADOMOSC#", "text", false),
];

const PREMIUM: &[Placeholder] = &[
    ph("z_numeru", "#NUMEROD#", "from", true),
    ph("na_numer", "#NUMERDO#", "to", true),
    ph("data", "#DATA#", "date", true),
    ph("idsms", "#IDSMS#", "message_id", true),
    ph("limit", "#LIMIT#", "limit", true),
    ph("wiadomosc", "#WIADOMOSC#", "text", true),
];

/// The placeholders of one kind's template, in URL order.
pub fn placeholders(kind: Kind) -> &'static [Placeholder] {
    match kind {
        Kind::Dlr => DLR,
        Kind::Reply => REPLY,
        Kind::Premium => PREMIUM,
        Kind::Unknown => &[],
    }
}

/// Where in the panel each template goes.
pub fn panel_section(kind: Kind) -> &'static str {
    match kind {
        Kind::Dlr => "delivery reports: Interface settings -> HTTPS XML API (DLR address)",
        Kind::Reply => {
            "replies: Interface settings -> HTTPS XML API, or the ND/NDI service (reply address)"
        }
        Kind::Premium => "Premium SMS -> Prefixes and numbers -> Response content -> HTTPS XML API",
        Kind::Unknown => "",
    }
}

/// A public URL split where templates need it.
struct Base<'a> {
    /// Scheme, authority and path, without a trailing slash.
    path: &'a str,
    query: Option<&'a str>,
}

/// Check a public URL (`https://host/prefix`): a scheme, a host, no fragment.
fn split(public_url: &str) -> Result<Base<'_>, String> {
    let url = public_url.trim();
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("'{url}' is not a URL (expected https://host/path)"))?;
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return Err(format!("'{url}': the scheme must be https:// (or http://)"));
    }
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if authority.is_empty() || authority.starts_with(':') {
        return Err(format!("'{url}' has no host"));
    }
    if authority.contains('@') {
        return Err(format!("'{url}': credentials do not belong in the URL"));
    }
    if url.contains('#') {
        return Err(format!(
            "'{url}' contains '#', which the gateway would take for a placeholder"
        ));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{url}' contains spaces or control characters"));
    }
    let (path, query) = match url.split_once('?') {
        Some((p, q)) => (p, Some(q.trim_matches('&')).filter(|q| !q.is_empty())),
        None => (url, None),
    };
    Ok(Base {
        path: path.trim_end_matches('/'),
        query,
    })
}

/// Whether a public URL is plain http to another machine (the secret would travel in clear).
pub fn is_plain_http_elsewhere(public_url: &str) -> bool {
    let url = public_url.trim();
    let Some(rest) = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("HTTP://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    !crate::config::is_loopback(host)
}

/// The template for one kind: `<public path>/<kind>?<public query>&secret=S&name=#TOKEN#…`.
pub fn template(public_url: &str, kind: Kind, secret: Option<&str>) -> Result<String, String> {
    let base = split(public_url)?;
    let mut pairs: Vec<String> = Vec::new();
    if let Some(q) = base.query {
        pairs.push(q.to_string());
    }
    if let Some(s) = secret {
        let encoded: String = form_urlencoded::byte_serialize(s.as_bytes()).collect();
        pairs.push(format!("{SECRET_PARAM}={encoded}"));
    }
    for p in placeholders(kind) {
        pairs.push(format!("{}={}", p.param, p.token));
    }
    Ok(format!(
        "{}/{}?{}",
        base.path,
        kind.as_str(),
        pairs.join("&")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_per_kind() {
        let url = "https://example.com/serwersms/";
        assert_eq!(
            template(url, Kind::Dlr, Some("s3cr et")).unwrap(),
            "https://example.com/serwersms/dlr?secret=s3cr+et&smsid=#SMSID#&stan=#STAN#&data=#DATA#&przyczyna=#PRZYCZYNA#"
        );
        assert_eq!(
            template(url, Kind::Premium, None).unwrap(),
            "https://example.com/serwersms/premium?z_numeru=#NUMEROD#&na_numer=#NUMERDO#&data=#DATA#&idsms=#IDSMS#&limit=#LIMIT#&wiadomosc=#WIADOMOSC#"
        );
        // An existing query is kept, first.
        assert_eq!(
            template("http://127.0.0.1:8080/hook?x=1", Kind::Reply, Some("k")).unwrap(),
            "http://127.0.0.1:8080/hook/reply?x=1&secret=k&numer=#NUMER#&data=#DATA#&id=#ID#&wiadomosc=#WIADOMOSC#"
        );
    }

    #[test]
    fn the_text_comes_last_and_every_generated_name_is_recognized() {
        let m = super::super::Mapping::default();
        for kind in Kind::ALL {
            let list = placeholders(kind);
            assert_eq!(list.last().unwrap().field == "text", kind != Kind::Dlr);
            for p in list {
                let field = m.field_for(p.param).unwrap();
                let field = if field == "phone" { "from" } else { field };
                assert_eq!(field, p.field, "{}", p.param);
            }
        }
    }

    #[test]
    fn bad_public_urls() {
        for bad in [
            "example.com/x",
            "ftp://example.com/",
            "https:///x",
            "https://u:p@example.com/",
            "https://example.com/#frag",
            "https://exa mple.com/",
        ] {
            assert!(template(bad, Kind::Dlr, None).is_err(), "{bad}");
        }
        assert!(is_plain_http_elsewhere("http://example.com/x"));
        assert!(!is_plain_http_elsewhere("http://127.0.0.1:9/x"));
        assert!(!is_plain_http_elsewhere("https://example.com/x"));
    }
}

//! A string that must never be printed: API tokens and passwords.
//!
//! `Debug` and `Display` print `(redacted)`; the only way to the value is [`Secret::expose`],
//! which the HTTP layer calls when it builds a request and nothing else should. [`Redactor`]
//! scrubs every known secret out of text that is about to be shown (verbose traces, error
//! excerpts), as a second line of defence in case the server echoes a credential back.

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself. Call only to put it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// Replaces every occurrence of the known secrets in a text with `(redacted)`.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    secrets: Vec<Secret>,
}

impl Redactor {
    pub fn new(secrets: impl IntoIterator<Item = Secret>) -> Self {
        // Very short values would redact ordinary words; real tokens and passwords are longer,
        // and the structured redaction (header and field names) covers the rest.
        let secrets = secrets.into_iter().filter(|s| s.0.len() >= 4).collect();
        Redactor { secrets }
    }

    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.secrets {
            if out.contains(s.expose()) {
                out = out.replace(s.expose(), "(redacted)");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_formats_the_value() {
        let s = Secret::new("hunter2-token");
        assert_eq!(format!("{s} {s:?}"), "(redacted) (redacted)");
    }

    #[test]
    fn redactor_scrubs_known_values() {
        let r = Redactor::new([Secret::new("abcd1234"), Secret::new("x")]);
        assert_eq!(r.scrub("token abcd1234 x"), "token (redacted) x");
    }
}

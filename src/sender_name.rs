//! The rule for sender names, shared by the client (`senders add`, checked before any request)
//! and the sandbox (`senders/add` answers 4401/4402 by it): pure functions, no I/O.
//!
//! The reference says a sender name is at most 11 alphanumeric characters, or a numeric sender
//! of 4 or 9 digits. "Alphanumeric" is read strictly: ASCII letters and digits only, no spaces,
//! punctuation or diacritics (they are not safe in every network's GSM alphabet). Names are
//! taken exactly as given, never trimmed or re-cased, because that is how they are sent.
//!
//! What is not here: whether a name is registered or authorized (that is the account's state).

use std::fmt;

/// The longest alphanumeric name.
pub const MAX_LEN: usize = 11;

/// Why a name cannot be a sender name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// More than [`MAX_LEN`] characters (the count).
    TooLong(usize),
    /// A character that is not an ASCII letter or digit.
    BadCharacter(char),
    /// All digits, but not 4 or 9 of them (the count).
    NumericLength(usize),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => f.write_str("it is empty"),
            Problem::TooLong(n) => {
                write!(f, "it has {n} characters; at most {MAX_LEN} are allowed")
            }
            Problem::BadCharacter(c) => write!(
                f,
                "it contains {c:?}; only letters A-Z, a-z and digits 0-9 are allowed"
            ),
            Problem::NumericLength(n) => write!(
                f,
                "a numeric sender must have 4 or 9 digits, this one has {n}"
            ),
        }
    }
}

impl std::error::Error for Problem {}

/// Check a sender name: up to 11 ASCII letters and digits with at least one letter, or exactly
/// 4 or 9 digits.
pub fn check(name: &str) -> Result<(), Problem> {
    if name.is_empty() {
        return Err(Problem::Empty);
    }
    if let Some(c) = name.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(Problem::BadCharacter(c));
    }
    // Only ASCII from here on, so bytes are characters.
    let len = name.len();
    if name.bytes().all(|b| b.is_ascii_digit()) {
        return match len {
            4 | 9 => Ok(()),
            n => Err(Problem::NumericLength(n)),
        };
    }
    if len > MAX_LEN {
        return Err(Problem::TooLong(len));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_names() {
        for name in [
            "Firma",
            "SerwerSMS",
            "ABCDEFGHIJK",
            "2waySMS",
            "1234",
            "500600700",
        ] {
            assert_eq!(check(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn bad_names() {
        assert_eq!(check(""), Err(Problem::Empty));
        assert_eq!(check("ABCDEFGHIJKL"), Err(Problem::TooLong(12)));
        assert_eq!(check("Firma.pl"), Err(Problem::BadCharacter('.')));
        assert_eq!(check("My Shop"), Err(Problem::BadCharacter(' ')));
        assert_eq!(check(" Firma"), Err(Problem::BadCharacter(' ')));
        assert_eq!(check("Łódź"), Err(Problem::BadCharacter('Ł')));
        assert_eq!(check("12345"), Err(Problem::NumericLength(5)));
        assert_eq!(check("123"), Err(Problem::NumericLength(3)));
        assert_eq!(check("48500600700"), Err(Problem::NumericLength(11)));
        // A character count, not a byte count, in the message.
        assert!(check("ABCDEFGHIJKLM")
            .unwrap_err()
            .to_string()
            .contains("13 characters"));
    }
}

//! Phone number rules, shared by the client (`send`, `numbers normalize`, `blacklist`) and the
//! sandbox: pure functions, no I/O.
//!
//! * Spaces, dots, dashes, slashes and brackets are ignored.
//! * A Polish number without a prefix (9 digits) becomes `+48…`; so do `48` + 9 digits and
//!   `0048` + 9 digits. Its first two digits must be a Polish numbering-plan prefix (mobile,
//!   geographic, VoIP or non-geographic).
//! * A foreign number must carry `+` (or `00`) and its country code: 8 to 15 digits in all
//!   (E.164), not starting with 0.
//!
//! Normalized numbers are `+` followed by digits only, the form the API documents.

use std::fmt;

/// Why a number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    Empty,
    /// Letters or other characters that cannot be part of a number.
    Letters,
    /// A `+` that is not the first character.
    MisplacedPlus,
    TooShort,
    TooLong,
    /// Digits that are not Polish and carry no `+`/`00` country prefix.
    ForeignWithoutPlus,
    /// A Polish number whose first digits are not in the numbering plan, or a country code
    /// starting with 0.
    UnknownPrefix,
}

impl Invalid {
    /// A stable machine name, for JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Invalid::Empty => "empty",
            Invalid::Letters => "letters",
            Invalid::MisplacedPlus => "misplaced_plus",
            Invalid::TooShort => "too_short",
            Invalid::TooLong => "too_long",
            Invalid::ForeignWithoutPlus => "foreign_without_plus",
            Invalid::UnknownPrefix => "unknown_prefix",
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Invalid::Empty => "empty",
            Invalid::Letters => "contains letters or other characters",
            Invalid::MisplacedPlus => "'+' can only come first",
            Invalid::TooShort => "too short",
            Invalid::TooLong => "too long",
            Invalid::ForeignWithoutPlus => {
                "a foreign number must start with + and its country code"
            }
            Invalid::UnknownPrefix => "unknown prefix",
        })
    }
}

impl std::error::Error for Invalid {}

/// Two-digit prefixes of Polish 9-digit numbers: mobile (45 50 51 53 57 60 66 69 72 73 78 79
/// 88), geographic area codes, VoIP (39) and non-geographic (47 64 70 80).
const POLISH_PREFIXES: &[u8] = &[
    12, 13, 14, 15, 16, 17, 18, 22, 23, 24, 25, 29, 32, 33, 34, 39, 41, 42, 43, 44, 45, 46, 47, 48,
    50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73,
    74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 94, 95,
];

/// Normalize one number to `+<digits>`, or say why it is not a number.
pub fn normalize(input: &str) -> Result<String, Invalid> {
    let mut out = String::with_capacity(16);
    normalize_into(input, &mut out)?;
    Ok(out)
}

/// [`normalize`] into a caller's buffer (cleared first), so that a loop over a million numbers
/// allocates nothing per number. On error the buffer is left empty.
pub fn normalize_into(input: &str, out: &mut String) -> Result<(), Invalid> {
    out.clear();
    let mut digits = [0u8; 32];
    let mut n = 0usize;
    let mut plus = false;
    let mut seen_any = false;
    // Bytes, not chars: every accepted character is ASCII except the no-break space, and any
    // other non-ASCII byte (a lead or continuation byte) is refused either way.
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        match b {
            b'0'..=b'9' => {
                if n == digits.len() {
                    return Err(Invalid::TooLong);
                }
                digits[n] = b;
                n += 1;
                seen_any = true;
            }
            b'+' if !seen_any && !plus => {
                plus = true;
                seen_any = true;
            }
            b'+' => return Err(Invalid::MisplacedPlus),
            b' ' | b'.' | b'-' | b'/' | b'(' | b')' | b'[' | b']' | b'\t' => {}
            // U+00A0 NO-BREAK SPACE, as pasted from spreadsheets.
            0xc2 if bytes.get(i) == Some(&0xa0) => i += 1,
            _ => return Err(Invalid::Letters),
        }
    }
    let d = &digits[..n];
    if d.is_empty() {
        return Err(if plus {
            Invalid::TooShort
        } else {
            Invalid::Empty
        });
    }
    let international: &[u8] = if plus {
        d
    } else if let Some(rest) = d.strip_prefix(b"00") {
        rest
    } else if d.len() == 11 && d.starts_with(b"48") {
        d
    } else if d.len() == 9 {
        return polish(d, out);
    } else if d.len() < 9 {
        return Err(Invalid::TooShort);
    } else if d.len() > 15 {
        return Err(Invalid::TooLong);
    } else {
        return Err(Invalid::ForeignWithoutPlus);
    };
    if let Some(national) = international.strip_prefix(b"48") {
        return match national.len() {
            9 => polish(national, out),
            l if l < 9 => Err(Invalid::TooShort),
            _ => Err(Invalid::TooLong),
        };
    }
    match international.len() {
        l if l < 8 => Err(Invalid::TooShort),
        l if l > 15 => Err(Invalid::TooLong),
        _ if international[0] == b'0' => Err(Invalid::UnknownPrefix),
        _ => {
            out.push('+');
            push_digits(out, international);
            Ok(())
        }
    }
}

fn polish(national: &[u8], out: &mut String) -> Result<(), Invalid> {
    let prefix = (national[0] - b'0') * 10 + (national[1] - b'0');
    if POLISH_PREFIXES.binary_search(&prefix).is_err() {
        return Err(Invalid::UnknownPrefix);
    }
    out.push_str("+48");
    push_digits(out, national);
    Ok(())
}

/// Append ASCII digits (the only bytes `normalize_into` collects).
fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&b| b as char));
}

/// `+48500600700` → `+48500***700`, for logs that must not hold whole numbers.
pub fn mask(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    if chars.len() < 8 {
        return "*".repeat(chars.len());
    }
    let keep_end = 3;
    let keep_start = chars.len() - keep_end - 3;
    let mut out: String = chars[..keep_start].iter().collect();
    out.push_str("***");
    out.extend(&chars[chars.len() - keep_end..]);
    out
}

/// Mask every phone-number-like run in a text (an optional `+` and 9 to 15 digits), for
/// traces and logs that must not hold whole numbers (`--mask-numbers`).
pub fn mask_all(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        let start = i;
        let plus = bytes[i] == b'+';
        let digits_from = if plus { i + 1 } else { i };
        let preceded_by_digit = start > 0 && bytes[start - 1].is_ascii_digit();
        let mut j = digits_from;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        let run = j - digits_from;
        if !preceded_by_digit && (9..=15).contains(&run) {
            out.push_str(&text[copied..start]);
            out.push_str(&mask(&text[start..j]));
            copied = j;
            i = j;
        } else {
            i = if j > start { j } else { i + 1 };
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_forms() {
        for input in [
            "500600700",
            "500 600 700",
            "500-600-700",
            "48500600700",
            "+48500600700",
            "+48 500 600 700",
            "0048.500600700",
            "(+48) 500-600-700",
            "0048500600700",
        ] {
            assert_eq!(normalize(input).as_deref(), Ok("+48500600700"), "{input}");
        }
        assert_eq!(normalize("221234567").as_deref(), Ok("+48221234567"));
    }

    #[test]
    fn foreign_numbers_need_a_plus() {
        assert_eq!(
            normalize("+420 565 478 965").as_deref(),
            Ok("+420565478965")
        );
        assert_eq!(normalize("00420565478965").as_deref(), Ok("+420565478965"));
        assert_eq!(normalize("+4915112345678").as_deref(), Ok("+4915112345678"));
        assert_eq!(normalize("420565478965"), Err(Invalid::ForeignWithoutPlus));
    }

    #[test]
    fn reasons() {
        assert_eq!(normalize(""), Err(Invalid::Empty));
        assert_eq!(normalize("  "), Err(Invalid::Empty));
        assert_eq!(normalize("50060070"), Err(Invalid::TooShort));
        assert_eq!(normalize("5006007000000000"), Err(Invalid::TooLong));
        assert_eq!(normalize("+4850060070"), Err(Invalid::TooShort));
        assert_eq!(normalize("+485006007001"), Err(Invalid::TooLong));
        assert_eq!(normalize("50060070a"), Err(Invalid::Letters));
        assert_eq!(normalize("500+600700"), Err(Invalid::MisplacedPlus));
        assert_eq!(normalize("100600700"), Err(Invalid::UnknownPrefix));
        assert_eq!(normalize("+48100600700"), Err(Invalid::UnknownPrefix));
        assert_eq!(normalize("+0123456789"), Err(Invalid::UnknownPrefix));
        assert_eq!(normalize("+1234567"), Err(Invalid::TooShort));
        assert_eq!(normalize("+"), Err(Invalid::TooShort));
        assert_eq!(normalize(&"9".repeat(40)), Err(Invalid::TooLong));
    }

    #[test]
    fn into_a_reused_buffer() {
        let mut buf = String::from("left over");
        assert_eq!(normalize_into("500\u{a0}600\u{a0}700", &mut buf), Ok(()));
        assert_eq!(buf, "+48500600700");
        assert_eq!(normalize_into("+420 565 478 965", &mut buf), Ok(()));
        assert_eq!(buf, "+420565478965");
        assert_eq!(normalize_into("5006007ą0", &mut buf), Err(Invalid::Letters));
        assert!(buf.is_empty());
        // Another character with the same lead byte as U+00A0 is still refused.
        assert_eq!(normalize("500600700\u{a1}"), Err(Invalid::Letters));
        assert_eq!(normalize("٥٠٠٦٠٠٧٠٠"), Err(Invalid::Letters));
    }

    #[test]
    fn prefixes_are_sorted_for_binary_search() {
        assert!(POLISH_PREFIXES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn masking_in_text() {
        assert_eq!(
            mask_all(r#"{"phone":["+48500600700","600700800"],"id":"aca3944055","n":12}"#),
            r#"{"phone":["+48500***700","600***800"],"id":"aca3944055","n":12}"#
        );
        assert_eq!(mask_all("żółć +4915112345678."), "żółć +4915112***678.");
        assert_eq!(mask_all("1234567890123456789"), "1234567890123456789");
    }

    #[test]
    fn masking() {
        assert_eq!(mask("+48500600700"), "+48500***700");
        assert_eq!(mask("+4201234567"), "+4201***567");
        assert_eq!(mask("123"), "***");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn never_panics_and_output_is_canonical(input in "\\PC{0,40}") {
            if let Ok(n) = normalize(&input) {
                prop_assert!(n.starts_with('+'));
                prop_assert!(n[1..].bytes().all(|b| b.is_ascii_digit()));
                prop_assert!((9..=16).contains(&n.len()), "{n}");
                // Normalizing a normalized number changes nothing.
                prop_assert_eq!(normalize(&n), Ok(n.clone()));
            }
            let _ = mask_all(&input);
        }

        #[test]
        fn every_polish_mobile_number_in_every_spelling(n in 500_000_000u32..=899_999_999, sep in "[ .-]?") {
            let digits = n.to_string();
            let spaced = format!("{}{sep}{}{sep}{}", &digits[..3], &digits[3..6], &digits[6..]);
            let want = normalize(&digits);
            prop_assert_eq!(normalize(&spaced), want.clone());
            prop_assert_eq!(normalize(&format!("+48{spaced}")), want.clone());
            prop_assert_eq!(normalize(&format!("0048{digits}")), want);
        }
    }
}

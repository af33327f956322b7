//! What an SMS text costs: its encoding (GSM-7 or UCS-2), its length in the encoding's units and
//! the number of parts it is sent in. Pure functions, no I/O; the client (`send`, before any
//! request) and the sandbox (when it charges a send) both count with this module, so the two
//! always agree.
//!
//! # Rules (GSM 03.38 / 03.40, the figures the gateway's `918/6` limit implies)
//! * GSM-7: every character of the basic table is one septet, every character of the
//!   extension table (`^ { } \ [ ~ ] | €` and form feed) two (an escape plus the character).
//!   160 septets fit in one SMS; a longer text goes in parts of 153 septets, and an escape pair
//!   is never split between two parts.
//! * UCS-2: UTF-16 code units; 70 fit in one SMS, a longer text goes in parts of 67, and a
//!   surrogate pair (an emoji, say) is never split.
//! * At most [`MAX_PARTS`] parts: 918 GSM-7 septets or 402 UCS-2 units.
//! * A text needs UCS-2 when it holds any character outside both GSM tables; Polish diacritics
//!   (`ą ć ę ł ń ó ś ź ż`) are the usual cause. [`transliterate`] replaces such characters by
//!   GSM-7 look-alikes (`ż→z`, `„→"`, `–→-`) for `send --ascii`.
//!
//! Not here: deciding what is an error (the `send` command does), the price of a part.

/// The most parts the gateway accepts for one message (`account/limits` says `918/6`).
pub const MAX_PARTS: u32 = 6;

/// GSM-7 septets in a single-part message, and per part of a longer one.
pub const GSM_SINGLE: u32 = 160;
pub const GSM_PART: u32 = 153;
/// UCS-2 code units in a single-part message, and per part of a longer one.
pub const UCS2_SINGLE: u32 = 70;
pub const UCS2_PART: u32 = 67;

/// How a text is encoded on the air.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    /// A stable name for JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "gsm7",
            Encoding::Ucs2 => "ucs2",
        }
    }

    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }

    /// Units in a single-part message, and per part of a longer one.
    pub fn limits(self) -> (u32, u32) {
        match self {
            Encoding::Gsm7 => (GSM_SINGLE, GSM_PART),
            Encoding::Ucs2 => (UCS2_SINGLE, UCS2_PART),
        }
    }
}

/// What a text costs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cost {
    pub encoding: Encoding,
    /// Characters (Unicode scalar values).
    pub chars: u32,
    /// Length in the encoding's units: GSM-7 septets or UTF-16 code units.
    pub units: u32,
    /// Parts it is sent in (an empty text is one part).
    pub parts: u32,
}

/// The basic GSM 03.38 table, outside ASCII (the ASCII members are handled by
/// [`ascii_septets`]).
const GSM_BASIC_NON_ASCII: &[char] = &[
    '£', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', 'Ø', 'ø', 'Å', 'å', 'Δ', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ',
    'Σ', 'Θ', 'Ξ', 'Æ', 'æ', 'ß', 'É', '¤', '¡', 'Ä', 'Ö', 'Ñ', 'Ü', '§', '¿', 'ä', 'ö', 'ñ', 'ü',
    'à',
];

/// Septets for an ASCII character: 1 for the basic table, 2 for the extension table, `None`
/// for characters GSM-7 cannot carry (control characters other than LF, CR and form feed, and
/// the backtick).
fn ascii_septets(c: u8) -> Option<u32> {
    match c {
        b'\n' | b'\r' => Some(1),
        0x0c => Some(2),
        b'^' | b'{' | b'}' | b'\\' | b'[' | b'~' | b']' | b'|' => Some(2),
        b'`' => None,
        0x20..=0x7e => Some(1),
        _ => None,
    }
}

/// Septets a character takes in GSM-7, or `None` if it forces UCS-2.
pub fn gsm_septets(c: char) -> Option<u32> {
    if c.is_ascii() {
        return ascii_septets(c as u8);
    }
    if c == '€' {
        return Some(2);
    }
    GSM_BASIC_NON_ASCII.contains(&c).then_some(1)
}

/// Whether a character is in one of the GSM-7 tables.
pub fn is_gsm(c: char) -> bool {
    gsm_septets(c).is_some()
}

/// The characters of a text that force UCS-2, each once, in order of first appearance.
pub fn non_gsm_chars(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if !is_gsm(c) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// The encoding a text needs: UCS-2 when asked for (`utf`) or when a character is outside the
/// GSM-7 tables.
pub fn encoding_for(text: &str, utf: bool) -> Encoding {
    if utf || !text.chars().all(is_gsm) {
        Encoding::Ucs2
    } else {
        Encoding::Gsm7
    }
}

/// What a text costs in the encoding it needs (UCS-2 when `utf` is set).
pub fn cost(text: &str, utf: bool) -> Cost {
    cost_in(text, encoding_for(text, utf))
}

/// What a text costs in a given encoding. In GSM-7, a character the tables lack counts as one
/// septet (a gateway sends it as `?`).
pub fn cost_in(text: &str, encoding: Encoding) -> Cost {
    let (single, per_part) = encoding.limits();
    let mut chars = 0u32;
    let mut units = 0u32;
    // Fill parts of `per_part` units greedily, never splitting one character's units.
    let mut parts = 1u32;
    let mut in_part = 0u32;
    for c in text.chars() {
        chars += 1;
        let u = match encoding {
            Encoding::Gsm7 => gsm_septets(c).unwrap_or(1),
            Encoding::Ucs2 => c.len_utf16() as u32,
        };
        units += u;
        if in_part + u > per_part {
            parts += 1;
            in_part = u;
        } else {
            in_part += u;
        }
    }
    if units <= single {
        parts = 1;
    }
    Cost {
        encoding,
        chars,
        units,
        parts,
    }
}

/// Replace the characters GSM-7 lacks by look-alikes that it has, for `send --ascii`: Polish
/// and other Latin diacritics lose their marks (`ż→z`, `Ł→L`, `č→c`), typographic quotes,
/// dashes, ellipses and spaces become their plain forms, zero-width characters go. Characters
/// already in GSM-7 (`é`, `ö`, `ß`, `€`) stay as they are. Returns the new text and each
/// replacement made (once per distinct character). Characters with no look-alike (emoji,
/// Cyrillic, CJK) are kept, so the caller can still name them.
pub fn transliterate(text: &str) -> (String, Vec<(char, &'static str)>) {
    let mut out = String::with_capacity(text.len());
    let mut made: Vec<(char, &'static str)> = Vec::new();
    for c in text.chars() {
        if is_gsm(c) {
            out.push(c);
            continue;
        }
        match look_alike(c) {
            Some(r) => {
                out.push_str(r);
                if !made.iter().any(|(m, _)| *m == c) {
                    made.push((c, r));
                }
            }
            None => out.push(c),
        }
    }
    (out, made)
}

/// A GSM-7 replacement for a character GSM-7 lacks.
fn look_alike(c: char) -> Option<&'static str> {
    Some(match c {
        // Polish.
        'ą' => "a",
        'ć' => "c",
        'ę' => "e",
        'ł' => "l",
        'ń' => "n",
        'ó' => "o",
        'ś' => "s",
        'ź' | 'ż' => "z",
        'Ą' => "A",
        'Ć' => "C",
        'Ę' => "E",
        'Ł' => "L",
        'Ń' => "N",
        'Ó' => "O",
        'Ś' => "S",
        'Ź' | 'Ż' => "Z",
        // Other Latin letters with marks (Czech, Slovak, German, French, Hungarian, …).
        'á' | 'â' | 'ã' | 'ā' | 'ă' => "a",
        'Á' | 'À' | 'Â' | 'Ã' | 'Ā' | 'Ă' => "A",
        'č' | 'ç' => "c",
        'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'ê' | 'ë' | 'ě' | 'ē' | 'ė' => "e",
        'È' | 'Ê' | 'Ë' | 'Ě' | 'Ē' | 'Ė' => "E",
        'í' | 'î' | 'ï' | 'ī' | 'į' => "i",
        'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'Į' => "I",
        'ľ' | 'ĺ' => "l",
        'Ľ' | 'Ĺ' => "L",
        'ň' => "n",
        'Ň' => "N",
        'ô' | 'õ' | 'ő' | 'ō' => "o",
        'Ò' | 'Ô' | 'Õ' | 'Ő' | 'Ō' => "O",
        'ř' | 'ŕ' => "r",
        'Ř' | 'Ŕ' => "R",
        'š' | 'ş' | 'ș' => "s",
        'Š' | 'Ş' | 'Ș' => "S",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ú' | 'û' | 'ů' | 'ű' | 'ū' | 'ų' => "u",
        'Ú' | 'Ù' | 'Û' | 'Ů' | 'Ű' | 'Ū' | 'Ų' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ž' => "z",
        'Ž' => "Z",
        // Typography.
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{00b4}' | '`' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '«' | '»' => "\"",
        '\u{2039}' => "<",
        '\u{203a}' => ">",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{2026}' => "...",
        '\u{2022}' | '\u{00b7}' => "*",
        '\u{00a0}' | '\u{2002}' | '\u{2003}' | '\u{2007}' | '\u{2009}' | '\u{202f}' | '\t' => " ",
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}' => "",
        '\u{2122}' => "TM",
        '\u{00a9}' => "(c)",
        '\u{00ae}' => "(R)",
        '\u{00b0}' => "o",
        '\u{00d7}' => "x",
        _ => return None,
    })
}

/// A character as people can read it in an error: `'ą' (U+0105)`, or just the code for
/// invisible ones.
pub fn describe_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{feff}') {
        format!("U+{:04X}", c as u32)
    } else {
        format!("'{c}' (U+{:04X})", c as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The straightforward reading of the rules: cut the text into explicit segments, then
    /// count them.
    fn reference(text: &str, utf: bool) -> Cost {
        let chars: Vec<char> = text.chars().collect();
        let gsm = !utf && chars.iter().all(|&c| reference_septets(c).is_some());
        let unit = |c: char| -> u32 {
            if gsm {
                reference_septets(c).unwrap()
            } else {
                let mut buf = [0u16; 2];
                c.encode_utf16(&mut buf).len() as u32
            }
        };
        let total: u32 = chars.iter().map(|&c| unit(c)).sum();
        let (single, per) = if gsm { (160, 153) } else { (70, 67) };
        let parts = if total <= single {
            1
        } else {
            let mut segments: Vec<Vec<char>> = vec![Vec::new()];
            for &c in &chars {
                let used: u32 = segments.last().unwrap().iter().map(|&x| unit(x)).sum();
                if used + unit(c) > per {
                    segments.push(Vec::new());
                }
                segments.last_mut().unwrap().push(c);
            }
            segments.len() as u32
        };
        Cost {
            encoding: if gsm { Encoding::Gsm7 } else { Encoding::Ucs2 },
            chars: chars.len() as u32,
            units: total,
            parts,
        }
    }

    /// GSM 03.38 written out as its table rows.
    fn reference_septets(c: char) -> Option<u32> {
        const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                             ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        const EXTENSION: &str = "\u{c}^{}\\[~]|€";
        if BASIC.contains(c) {
            Some(1)
        } else if EXTENSION.contains(c) {
            Some(2)
        } else {
            None
        }
    }

    /// A small deterministic generator (xorshift), so the property tests need no crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn random_text(rng: &mut Rng, alphabet: &[char], max_len: usize) -> String {
        let len = rng.below(max_len + 1);
        (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect()
    }

    #[test]
    fn agrees_with_the_reference_on_random_texts() {
        let gsm_only: Vec<char> = "abcXYZ 019.,!?@£€^{}\\[~]|\nÄöß".chars().collect();
        let mixed: Vec<char> = "abc €[ąęłżŹ„”–😀\u{200b}`\t".chars().collect();
        let mut rng = Rng(0x5eed_1234_abcd_ef01);
        for round in 0..600 {
            let alphabet = if round % 2 == 0 { &gsm_only } else { &mixed };
            let text = random_text(&mut rng, alphabet, 1000);
            for utf in [false, true] {
                assert_eq!(
                    cost(&text, utf),
                    reference(&text, utf),
                    "{text:?} utf={utf}"
                );
            }
        }
    }

    #[test]
    fn every_ascii_and_latin1_character_agrees_with_the_table() {
        for c in (0u32..0x250).filter_map(char::from_u32) {
            assert_eq!(gsm_septets(c), reference_septets(c), "{c:?}");
        }
        assert_eq!(gsm_septets('€'), Some(2));
        assert_eq!(gsm_septets('Δ'), Some(1));
        assert_eq!(gsm_septets('ą'), None);
        assert_eq!(gsm_septets('😀'), None);
    }

    #[test]
    fn boundaries() {
        let a = |n: usize| "a".repeat(n);
        assert_eq!(cost(&a(160), false).parts, 1);
        assert_eq!(cost(&a(161), false).parts, 2);
        assert_eq!(cost(&a(306), false).parts, 2);
        assert_eq!(cost(&a(307), false).parts, 3);
        assert_eq!(cost(&a(918), false).parts, 6);
        assert_eq!(cost(&a(919), false).parts, 7);
        assert_eq!(cost(&a(70), true).parts, 1);
        assert_eq!(cost(&a(71), true).parts, 2);
        assert_eq!(cost(&a(402), true).parts, 6);
        assert_eq!(cost(&a(403), true).parts, 7);
        assert_eq!(cost("", false).parts, 1);
        // Extension characters count twice.
        let euros = "€".repeat(80);
        assert_eq!(
            (cost(&euros, false).units, cost(&euros, false).parts),
            (160, 1)
        );
        assert_eq!(cost(&"€".repeat(81), false).parts, 2);
        // An escape pair is not split: 152 septets then `[` (2) would be 154 in one part.
        let t = format!("{}[{}", a(152), a(9));
        assert_eq!(cost(&t, false).units, 163);
        assert_eq!(cost(&t, false).parts, 2);
        // A surrogate pair is not split either.
        let e = format!("{}😀{}", "ą".repeat(66), "ą".repeat(10));
        let c = cost(&e, false);
        assert_eq!((c.encoding, c.units, c.parts), (Encoding::Ucs2, 78, 2));
    }

    #[test]
    fn polish_forces_ucs2_and_says_which() {
        let text = "Zażółć gęślą jaźń";
        assert_eq!(encoding_for(text, false), Encoding::Ucs2);
        assert_eq!(
            non_gsm_chars(text),
            vec!['ż', 'ó', 'ł', 'ć', 'ę', 'ś', 'ą', 'ź', 'ń']
        );
        // ó is not in GSM-7 either, but ö is.
        assert_eq!(non_gsm_chars("óö"), vec!['ó']);
        assert_eq!(encoding_for("Zaklad", false), Encoding::Gsm7);
        assert_eq!(encoding_for("Zaklad", true), Encoding::Ucs2);
    }

    #[test]
    fn transliteration_reaches_gsm7() {
        let (t, made) = transliterate("Zażółć „gęślą” jaźń – 10…12 °C");
        assert_eq!(t, "Zazolc \"gesla\" jazn - 10...12 oC");
        assert_eq!(encoding_for(&t, false), Encoding::Gsm7);
        assert!(made.contains(&('ż', "z")) && made.contains(&('„', "\"")));
        assert_eq!(made.iter().filter(|(c, _)| *c == 'ą').count(), 1);
        // GSM characters stay, unknown ones are kept for the caller to name.
        let (t, _) = transliterate("é ö € 😀 Привет");
        assert_eq!(t, "é ö € 😀 Привет");
        assert_eq!(non_gsm_chars(&t).first(), Some(&'😀'));
    }

    #[test]
    fn every_look_alike_is_gsm7() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            if let Some(r) = look_alike(c) {
                assert!(!is_gsm(c), "{c:?} is GSM-7 already");
                assert!(r.chars().all(is_gsm), "{c:?} → {r:?}");
            }
        }
    }

    #[test]
    fn descriptions() {
        assert_eq!(describe_char('ą'), "'ą' (U+0105)");
        assert_eq!(describe_char('\u{a0}'), "U+00A0");
    }
}

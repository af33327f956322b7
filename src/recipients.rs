//! Who a send goes to: numbers from the command line, from a list file (one a line) or from a
//! CSV file with a text (or template fields) per row, normalized with `phone::normalize`,
//! de-duplicated, and kept compactly so that a list of a million numbers costs a few megabytes.
//!
//! Every number remembers where it came from only while it is wrong: an invalid number is kept
//! with its origin (`numbers.txt: line 7`) and value for the error message or the
//! `--skip-invalid` report; a valid one is stored as a `u64`.
//!
//! Not here: deciding what to do with invalid numbers or duplicates (the `send` command), the
//! text's encoding (`sms_parts`).

use std::collections::HashSet;
use std::fmt;
use std::io::{BufRead, BufReader, Read};

use crate::phone;

/// A number that is not a phone number, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidNumber {
    /// `numbers.txt: line 7`, `stdin: line 2` or `--to`.
    pub origin: String,
    pub value: String,
    pub reason: phone::Invalid,
}

impl fmt::Display for InvalidNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: \"{}\" is not a phone number ({})",
            self.origin, self.value, self.reason
        )
    }
}

/// A number given more than once (the later occurrence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub origin: String,
    pub phone: String,
}

/// The recipients of one send, in the order first given.
#[derive(Debug, Default)]
pub struct Recipients {
    /// Normalized numbers, as [`encode`]d.
    phones: Vec<u64>,
    /// One text per number for a personalized send; empty otherwise.
    texts: Vec<String>,
    /// For each number, the position of its entry among all entries given (valid, invalid and
    /// duplicate), so that own ids given per entry can be paired with it.
    entry_index: Vec<u32>,
    seen: HashSet<u64>,
    entries: u32,
    pub invalid: Vec<InvalidNumber>,
    /// How many numbers were given again, and the first few of them.
    pub duplicates: usize,
    pub duplicate_examples: Vec<Duplicate>,
}

/// How many duplicates are named in a note.
const DUPLICATE_EXAMPLES: usize = 3;

impl Recipients {
    pub fn len(&self) -> usize {
        self.phones.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phones.is_empty()
    }

    /// All entries given: valid, invalid and duplicates.
    pub fn entries(&self) -> usize {
        self.entries as usize
    }

    /// The normalized number of recipient `i` (`+48500600700`).
    pub fn phone(&self, i: usize) -> String {
        decode(self.phones[i])
    }

    /// The encoded number of recipient `i`, for lookups.
    pub fn phone_key(&self, i: usize) -> u64 {
        self.phones[i]
    }

    /// The text of recipient `i` in a personalized send.
    pub fn text(&self, i: usize) -> Option<&str> {
        self.texts.get(i).map(String::as_str)
    }

    pub fn is_personalized(&self) -> bool {
        !self.texts.is_empty()
    }

    /// The position of recipient `i`'s entry among everything given.
    pub fn entry_index(&self, i: usize) -> usize {
        self.entry_index[i] as usize
    }

    /// Add one given number; `origin` is asked only if it is wrong or a duplicate.
    pub fn add(&mut self, value: &str, origin: impl FnOnce() -> String, text: Option<String>) {
        let entry = self.entries;
        self.entries += 1;
        match phone::normalize(value) {
            Err(reason) => self.invalid.push(InvalidNumber {
                origin: origin(),
                value: value.trim().to_string(),
                reason,
            }),
            Ok(normalized) => {
                let key = encode(&normalized);
                if !self.seen.insert(key) {
                    self.duplicates += 1;
                    if self.duplicate_examples.len() < DUPLICATE_EXAMPLES {
                        self.duplicate_examples.push(Duplicate {
                            origin: origin(),
                            phone: normalized,
                        });
                    }
                    return;
                }
                self.phones.push(key);
                self.entry_index.push(entry);
                if let Some(t) = text {
                    self.texts.push(t);
                }
            }
        }
    }

    /// Add `--to` values: each may hold several numbers separated by commas.
    pub fn add_arguments(&mut self, values: &[String]) {
        for v in values {
            for part in v.split(',') {
                if !part.trim().is_empty() {
                    self.add(part, || "--to".to_string(), None);
                }
            }
        }
    }

    /// Add the numbers of a list: one a line, blank lines skipped, `#` starts a comment.
    pub fn read_list<R: Read>(&mut self, input: R, label: &str) -> Result<(), String> {
        let mut reader = BufReader::with_capacity(64 * 1024, input);
        let mut line = Vec::new();
        let mut n = 0usize;
        loop {
            line.clear();
            let read = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read {label}: {e}"))?;
            if read == 0 {
                return Ok(());
            }
            n += 1;
            let text = std::str::from_utf8(&line)
                .map_err(|_| format!("{label}: line {n} is not UTF-8 text"))?;
            let text = text.split('#').next().unwrap_or("").trim();
            if text.is_empty() {
                continue;
            }
            self.add(text, || format!("{label}: line {n}"), None);
        }
    }
}

/// A normalized number (`+` and at most 15 digits, the first not 0) as a `u64`.
pub fn encode(normalized: &str) -> u64 {
    normalized
        .trim_start_matches('+')
        .bytes()
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'))
}

/// The inverse of [`encode`].
pub fn decode(key: u64) -> String {
    format!("+{key}")
}

/// Where a CSV row's text comes from.
pub enum TextSource<'a> {
    /// The `text` column.
    Column,
    /// `--template`, filled from the other columns.
    Template(&'a Template),
}

/// Read a personalized send's CSV: a header row with a `phone` column and either a `text`
/// column or the columns `template` names. The delimiter is `,` unless the header line holds
/// `;` (spreadsheets in Polish locales) or tabs and no commas. Each row's text goes through
/// `check`, which may rewrite it (`--ascii`) or refuse it; its refusal is reported with the
/// row's line.
pub fn read_csv<R: Read>(
    input: R,
    label: &str,
    source: TextSource,
    check: &mut dyn FnMut(&str) -> Result<String, String>,
    out: &mut Recipients,
) -> Result<(), String> {
    let mut reader = BufReader::with_capacity(64 * 1024, input);
    let head = reader
        .fill_buf()
        .map_err(|e| format!("cannot read {label}: {e}"))?;
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let delimiter = if first_line.contains(&b',') {
        b','
    } else if first_line.contains(&b';') {
        b';'
    } else if first_line.contains(&b'\t') {
        b'\t'
    } else {
        b','
    };
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::Headers)
        .from_reader(reader);
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| csv_error(label, &e))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(format!(
            "{label} is empty: expected a header row with a 'phone' column"
        ));
    }
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let columns = || headers.join(", ");
    let phone_col = column("phone").ok_or_else(|| {
        format!(
            "{label}: line 1: there is no 'phone' column (the columns are: {})",
            columns()
        )
    })?;
    let text = match source {
        TextSource::Column => RowText::Column(column("text").ok_or_else(|| {
            format!(
                "{label}: line 1: there is no 'text' column (the columns are: {}); add one, or give --template",
                columns()
            )
        })?),
        TextSource::Template(t) => RowText::Template(t.bind(&headers).map_err(|missing| {
            format!(
                "--template uses {{{missing}}}, but {label} has no '{missing}' column (the columns are: {})",
                columns()
            )
        })?),
    };
    let mut record = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(csv_error(label, &e)),
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let body = match &text {
            RowText::Column(i) => {
                let t = record.get(*i).unwrap_or("");
                if t.trim().is_empty() {
                    return Err(format!(
                        "{label}: line {line}, column '{}': the text is empty",
                        headers[*i]
                    ));
                }
                t.to_string()
            }
            RowText::Template(bound) => bound.render(&record).map_err(|i| {
                format!(
                    "{label}: line {line}, column '{}': empty value (the template needs it)",
                    headers[i]
                )
            })?,
        };
        let body = check(&body).map_err(|why| format!("{label}: line {line}: {why}"))?;
        let phone = record.get(phone_col).unwrap_or("");
        out.add(phone, || format!("{label}: line {line}"), Some(body));
    }
}

enum RowText {
    Column(usize),
    Template(BoundTemplate),
}

fn csv_error(label: &str, e: &csv::Error) -> String {
    let line = e.position().map(|p| p.line());
    let at = line.map(|l| format!(": line {l}")).unwrap_or_default();
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{label}{at}: {len} fields, but the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => format!("{label}{at}: not UTF-8 text"),
        csv::ErrorKind::Io(io) => format!("cannot read {label}: {io}"),
        _ => format!("{label}{at}: {e}"),
    }
}

/// A message template: text with `{column}` fields; `{{` and `}}` are literal braces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(String),
}

/// A template whose fields are column positions.
struct BoundTemplate {
    pieces: Vec<BoundPiece>,
}

enum BoundPiece {
    Text(String),
    Column(usize),
}

impl Template {
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some('{') | None => {
                                return Err(format!(
                                    "--template: '{{{name}' is not closed with '}}' (write {{{{ for a literal brace)"
                                ))
                            }
                            Some(c) => name.push(c),
                        }
                    }
                    let name = name.trim().to_string();
                    if name.is_empty() {
                        return Err("--template: '{}' names no column".into());
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Field(name));
                }
                '}' => {
                    return Err(
                        "--template: a '}' without '{' (write }} for a literal brace)".into(),
                    )
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Template { pieces })
    }

    /// The column names the template uses, in order.
    pub fn fields(&self) -> Vec<&str> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Field(f) => Some(f.as_str()),
                Piece::Text(_) => None,
            })
            .collect()
    }

    /// Resolve the fields to columns; the error is the first field without a column.
    fn bind(&self, headers: &[String]) -> Result<BoundTemplate, String> {
        let pieces = self
            .pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => Ok(BoundPiece::Text(t.clone())),
                Piece::Field(f) => headers
                    .iter()
                    .position(|h| h == f)
                    .or_else(|| headers.iter().position(|h| h.eq_ignore_ascii_case(f)))
                    .map(BoundPiece::Column)
                    .ok_or_else(|| f.clone()),
            })
            .collect::<Result<_, _>>()?;
        Ok(BoundTemplate { pieces })
    }
}

impl BoundTemplate {
    /// Fill the template from a row; the error is the column whose value is empty.
    fn render(&self, row: &csv::StringRecord) -> Result<String, usize> {
        let mut out = String::new();
        for p in &self.pieces {
            match p {
                BoundPiece::Text(t) => out.push_str(t),
                BoundPiece::Column(i) => {
                    let v = row.get(*i).unwrap_or("").trim();
                    if v.is_empty() {
                        return Err(*i);
                    }
                    out.push_str(v);
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_normalize_dedup_and_keep_origins_of_bad_numbers() {
        let mut r = Recipients::default();
        r.read_list(
            "# team\n500 600 700\n\n48500600700\n0048.600700800  # Ania\r\n50060070\n".as_bytes(),
            "numbers.txt",
        )
        .unwrap();
        r.add_arguments(&["700800900, +420565478965".into(), "abc".into()]);
        assert_eq!(r.len(), 4);
        assert_eq!(r.phone(0), "+48500600700");
        assert_eq!(r.phone(1), "+48600700800");
        assert_eq!(r.phone(3), "+420565478965");
        assert_eq!(r.duplicates, 1);
        assert_eq!(r.duplicate_examples[0].origin, "numbers.txt: line 4");
        assert_eq!(r.entries(), 7);
        assert_eq!(r.entry_index(2), 4);
        assert_eq!(
            r.invalid[0].to_string(),
            "numbers.txt: line 6: \"50060070\" is not a phone number (too short)"
        );
        assert_eq!(r.invalid[1].origin, "--to");
    }

    #[test]
    fn non_utf8_lines_are_named() {
        let mut r = Recipients::default();
        let e = r
            .read_list(&b"500600700\n\xff\xfe\n"[..], "n.txt")
            .unwrap_err();
        assert_eq!(e, "n.txt: line 2 is not UTF-8 text");
    }

    #[test]
    fn encoding_round_trips() {
        for p in [
            "+48500600700",
            "+420565478965",
            "+123456789012345",
            "+12345678",
        ] {
            assert_eq!(decode(encode(p)), p);
        }
    }

    fn keep(t: &str) -> Result<String, String> {
        Ok(t.to_string())
    }

    #[test]
    fn csv_texts_go_through_the_check() {
        let mut r = Recipients::default();
        let mut upper = |t: &str| {
            if t.contains('!') {
                Err("no shouting".to_string())
            } else {
                Ok(t.to_uppercase())
            }
        };
        let csv = "phone,text\n500600700,hi\n";
        read_csv(
            csv.as_bytes(),
            "p.csv",
            TextSource::Column,
            &mut upper,
            &mut r,
        )
        .unwrap();
        assert_eq!(r.text(0), Some("HI"));
        let csv = "phone,text\n500600700,hi\n600700800,hi!\n";
        let e = read_csv(
            csv.as_bytes(),
            "p.csv",
            TextSource::Column,
            &mut upper,
            &mut r,
        );
        assert_eq!(e.unwrap_err(), "p.csv: line 3: no shouting");
    }

    #[test]
    fn csv_with_a_text_column_and_semicolons() {
        let mut r = Recipients::default();
        let csv = "\u{feff}Phone;Text\n500600700;\"Hello; there\"\n";
        read_csv(
            csv.as_bytes(),
            "p.csv",
            TextSource::Column,
            &mut keep,
            &mut r,
        )
        .unwrap();
        assert_eq!(r.phone(0), "+48500600700");
        assert_eq!(r.text(0), Some("Hello; there"));
        assert!(r.is_personalized());
    }

    #[test]
    fn csv_with_a_template() {
        let t = Template::parse("Hi {name}, {{ok}} {amount} zł").unwrap();
        assert_eq!(t.fields(), ["name", "amount"]);
        let mut r = Recipients::default();
        read_csv(
            "phone,name,amount\n500600700,Ania,10\n600700800, Jan ,20\n".as_bytes(),
            "p.csv",
            TextSource::Template(&t),
            &mut keep,
            &mut r,
        )
        .unwrap();
        assert_eq!(r.text(0), Some("Hi Ania, {ok} 10 zł"));
        assert_eq!(r.text(1), Some("Hi Jan, {ok} 20 zł"));
    }

    #[test]
    fn csv_errors_name_line_and_column() {
        let t = Template::parse("Hi {name}").unwrap();
        let run = |text: &str, source: TextSource| {
            read_csv(
                text.as_bytes(),
                "p.csv",
                source,
                &mut keep,
                &mut Recipients::default(),
            )
            .unwrap_err()
        };
        assert_eq!(
            run(
                "phone,name\n500600700,Ania\n600700800,\n",
                TextSource::Template(&t)
            ),
            "p.csv: line 3, column 'name': empty value (the template needs it)"
        );
        assert_eq!(
            run("phone,first\n500600700,Ania\n", TextSource::Template(&t)),
            "--template uses {name}, but p.csv has no 'name' column (the columns are: phone, first)"
        );
        assert_eq!(
            run("number,text\n500600700,x\n", TextSource::Column),
            "p.csv: line 1: there is no 'phone' column (the columns are: number, text)"
        );
        assert!(run("phone,name\n500600700,Ania\n", TextSource::Column)
            .starts_with("p.csv: line 1: there is no 'text' column"));
        assert_eq!(
            run("phone,text\n500600700,\" \"\n", TextSource::Column),
            "p.csv: line 2, column 'text': the text is empty"
        );
        assert_eq!(
            run("phone,text\n500600700,a,b\n", TextSource::Column),
            "p.csv: line 2: 3 fields, but the header has 2"
        );
        assert_eq!(
            run("", TextSource::Column),
            "p.csv is empty: expected a header row with a 'phone' column"
        );
    }

    #[test]
    fn template_syntax_errors() {
        assert!(Template::parse("Hi {name").is_err());
        assert!(Template::parse("Hi {}").is_err());
        assert!(Template::parse("Hi }").is_err());
        assert_eq!(Template::parse("plain").unwrap().fields().len(), 0);
    }
}

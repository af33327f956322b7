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
///
/// Numbers are added from one or more sources, then [`Recipients::finish`] removes the
/// numbers given again. Duplicates are found by sorting a copy once rather than with a hash
/// set, which would cost more than twice the memory of the list itself.
#[derive(Debug, Default)]
pub struct Recipients {
    /// Normalized numbers, as [`encode`]d.
    phones: Vec<u64>,
    /// One text per number for a personalized send; empty otherwise.
    texts: Vec<String>,
    /// Kept only when asked for ([`Recipients::tracking_entries`]): for each number, the
    /// position of its entry among all entries given (valid, invalid and duplicate), so that
    /// own ids given per entry can be paired with it.
    entry_index: Option<Vec<u32>>,
    /// Until `finish`: each number's line in its source (0: none), and where each source
    /// starts in `phones`, to name the origin of duplicates.
    lines: Vec<u32>,
    sources: Vec<(usize, String)>,
    entries: u32,
    pub invalid: Vec<InvalidNumber>,
    /// How many numbers were given again, and the first few of them.
    pub duplicates: usize,
    pub duplicate_examples: Vec<Duplicate>,
}

/// How many duplicates are named in a note.
const DUPLICATE_EXAMPLES: usize = 3;

impl Recipients {
    /// Recipients that remember each number's entry position (for `--unique-id`).
    pub fn tracking_entries() -> Recipients {
        Recipients {
            entry_index: Some(Vec::new()),
            ..Default::default()
        }
    }

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

    /// The position of recipient `i`'s entry among everything given (needs
    /// [`Recipients::tracking_entries`]).
    pub fn entry_index(&self, i: usize) -> Option<usize> {
        self.entry_index.as_ref().map(|e| e[i] as usize)
    }

    /// Numbers added from now on come from `label` (a file name, `stdin`, `--to`).
    pub fn begin_source(&mut self, label: &str) {
        self.sources.push((self.phones.len(), label.to_string()));
    }

    fn origin(label: &str, line: u32) -> String {
        if line == 0 {
            label.to_string()
        } else {
            format!("{label}: line {line}")
        }
    }

    fn label(&self) -> &str {
        self.sources.last().map(|(_, l)| l.as_str()).unwrap_or("")
    }

    /// Add one given number, found on `line` of the current source (0 if it has no lines).
    pub fn add(&mut self, value: &str, line: u32, text: Option<String>) {
        let entry = self.entries;
        self.entries += 1;
        match phone::normalize(value) {
            Err(reason) => self.invalid.push(InvalidNumber {
                origin: Recipients::origin(self.label(), line),
                value: excerpt(value.trim()),
                reason,
            }),
            Ok(normalized) => {
                self.phones.push(encode(&normalized));
                self.lines.push(line);
                if let Some(e) = &mut self.entry_index {
                    e.push(entry);
                }
                if let Some(t) = text {
                    self.texts.push(t);
                }
            }
        }
    }

    /// Remove the numbers given again (the first occurrence stays, with its text), noting how
    /// many and where the first few were. Call once, after the last source.
    pub fn finish(&mut self) {
        let duplicated: Vec<u64> = {
            let mut sorted = self.phones.clone();
            sorted.sort_unstable();
            let mut d: Vec<u64> = sorted
                .windows(2)
                .filter(|w| w[0] == w[1])
                .map(|w| w[0])
                .collect();
            d.dedup();
            d
        };
        if !duplicated.is_empty() {
            let mut seen = vec![false; duplicated.len()];
            let mut keep = 0usize;
            for p in 0..self.phones.len() {
                let key = self.phones[p];
                if let Ok(d) = duplicated.binary_search(&key) {
                    if seen[d] {
                        self.duplicates += 1;
                        if self.duplicate_examples.len() < DUPLICATE_EXAMPLES {
                            let source = self.sources.partition_point(|(start, _)| *start <= p);
                            let label = source
                                .checked_sub(1)
                                .map(|s| self.sources[s].1.as_str())
                                .unwrap_or("");
                            self.duplicate_examples.push(Duplicate {
                                origin: Recipients::origin(label, self.lines[p]),
                                phone: decode(key),
                            });
                        }
                        continue;
                    }
                    seen[d] = true;
                }
                self.phones[keep] = key;
                if !self.texts.is_empty() {
                    self.texts.swap(keep, p);
                }
                if let Some(e) = &mut self.entry_index {
                    e[keep] = e[p];
                }
                keep += 1;
            }
            self.phones.truncate(keep);
            self.texts.truncate(keep);
            if let Some(e) = &mut self.entry_index {
                e.truncate(keep);
            }
        }
        self.phones.shrink_to_fit();
        self.lines = Vec::new();
        self.sources = Vec::new();
    }

    /// Add `--to` values: each may hold several numbers separated by commas.
    pub fn add_arguments(&mut self, values: &[String]) {
        self.begin_source("--to");
        for v in values {
            for part in v.split(',') {
                if !part.trim().is_empty() {
                    self.add(part, 0, None);
                }
            }
        }
    }

    /// Add the numbers of a list: one a line, blank lines skipped, `#` starts a comment.
    pub fn read_list<R: Read>(&mut self, input: R, label: &str) -> Result<(), String> {
        self.begin_source(label);
        let mut reader = BufReader::with_capacity(64 * 1024, input);
        let mut line = Vec::new();
        let mut n = 0u32;
        loop {
            line.clear();
            // Bounded, so that a file with no line ends (or a disk image) is refused after
            // a few kilobytes instead of being read whole into memory.
            let read = (&mut reader)
                .take(MAX_LIST_LINE as u64 + 1)
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read {label}: {e}"))?;
            if read == 0 {
                return Ok(());
            }
            n += 1;
            if line.len() > MAX_LIST_LINE {
                return Err(format!(
                    "{label}: line {n} is longer than {MAX_LIST_LINE} bytes: not a list of phone numbers, one a line"
                ));
            }
            if line.contains(&0) {
                return Err(format!(
                    "{label}: line {n} holds a NUL byte: a binary file, not a list of phone numbers"
                ));
            }
            let text = std::str::from_utf8(&line)
                .map_err(|_| format!("{label}: line {n} is not UTF-8 text"))?;
            // Spreadsheets and Windows editors start files with a byte-order mark.
            let text = if n == 1 {
                text.trim_start_matches('\u{feff}')
            } else {
                text
            };
            let text = text.split('#').next().unwrap_or("").trim();
            if text.is_empty() {
                continue;
            }
            self.add(text, n, None);
        }
    }
}

/// The longest header row a CSV file may have (it is read in one buffer).
const MAX_CSV_HEADER: usize = 64 * 1024;

/// The longest line a number list may have: a number with spaces and a comment fits many
/// times over.
const MAX_LIST_LINE: usize = 1024;

/// A value as an error message may quote it: at most 40 characters, so that a huge or
/// binary value cannot flood the terminal.
fn excerpt(value: &str) -> String {
    const MAX: usize = 40;
    match value.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_string(),
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
    if head.contains(&0) {
        return Err(format!(
            "{label} holds NUL bytes: a binary file, not CSV (expected a header row with a 'phone' column)"
        ));
    }
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(&[]);
    if first_line.len() == head.len() && head.len() >= MAX_CSV_HEADER {
        return Err(format!(
            "{label}: line 1 is longer than {MAX_CSV_HEADER} bytes: expected a header row with a 'phone' column"
        ));
    }
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
    let columns = || excerpt(&headers.join(", "));
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
    out.begin_source(label);
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
        out.add(phone, line as u32, Some(body));
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
        let mut r = Recipients::tracking_entries();
        r.read_list(
            "# team\n500 600 700\n\n48500600700\n0048.600700800  # Ania\r\n50060070\n".as_bytes(),
            "numbers.txt",
        )
        .unwrap();
        r.add_arguments(&[
            "700800900, +420565478965".into(),
            "abc".into(),
            "600700800".into(),
        ]);
        r.finish();
        assert_eq!(r.len(), 4);
        assert_eq!(r.phone(0), "+48500600700");
        assert_eq!(r.phone(1), "+48600700800");
        assert_eq!(r.phone(3), "+420565478965");
        assert_eq!(r.duplicates, 2);
        assert_eq!(r.duplicate_examples[0].origin, "numbers.txt: line 4");
        assert_eq!(r.duplicate_examples[1].origin, "--to");
        assert_eq!(r.duplicate_examples[1].phone, "+48600700800");
        assert_eq!(r.entries(), 8);
        assert_eq!(r.entry_index(2), Some(4));
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
    fn duplicates_keep_the_first_row_and_its_text() {
        let mut r = Recipients::default();
        let csv = "phone,text\n500600700,A\n600700800,B\n500 600 700,C\n700800900,D\n";
        read_csv(
            csv.as_bytes(),
            "p.csv",
            TextSource::Column,
            &mut keep,
            &mut r,
        )
        .unwrap();
        r.finish();
        assert_eq!(r.len(), 3);
        let got: Vec<(String, &str)> = (0..3).map(|i| (r.phone(i), r.text(i).unwrap())).collect();
        assert_eq!(
            got,
            [
                ("+48500600700".to_string(), "A"),
                ("+48600700800".to_string(), "B"),
                ("+48700800900".to_string(), "D")
            ]
        );
        assert_eq!(r.duplicate_examples[0].origin, "p.csv: line 4");
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

/// Any bytes as a CSV file, a number list or a template: an answer (rows or a message that
/// names the problem), never a panic.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn csv_files_of_any_bytes(
            header in prop::sample::select(vec!["phone,text\n", "phone;name\n", "phone\tname\n", "\u{feff}phone,name\r\n", ""]),
            body in prop::collection::vec(any::<u8>(), 0..400),
            template in "\\PC{0,30}",
        ) {
            let mut input = header.as_bytes().to_vec();
            input.extend_from_slice(&body);
            let mut out = Recipients::tracking_entries();
            let mut check = |t: &str| -> Result<String, String> { Ok(t.to_string()) };
            let _ = read_csv(&input[..], "f.csv", TextSource::Column, &mut check, &mut out);
            if let Ok(t) = Template::parse(&template) {
                let mut out = Recipients::tracking_entries();
                let _ = read_csv(&input[..], "f.csv", TextSource::Template(&t), &mut check, &mut out);
            }
        }

        #[test]
        fn number_lists_of_any_bytes(body in prop::collection::vec(any::<u8>(), 0..400)) {
            let mut out = Recipients::tracking_entries();
            if out.read_list(&body[..], "n.txt").is_ok() {
                out.finish();
                for i in 0..out.len() {
                    prop_assert!(out.phone(i).starts_with('+'));
                }
            }
        }
    }
}

//! Rendering results: `-o table|json|xml|csv|ndjson`, to any writer.
//!
//! Commands hand a [`Printer`] the API's raw items (for json, xml, ndjson, which keep the API's
//! field names and shape) together with the cells of their table row (for table and csv). Lists
//! stream: json, xml, csv and ndjson write each item as it comes, so memory stays flat however
//! many pages are read. A table buffers its first 1,000 rows to size the columns; past that it
//! goes on streaming with those widths.
//!
//! * `json`: `{ <header fields>, "items": [...], <trailer fields> }`, the API's own shape merged
//!   across pages or batches.
//! * `xml`: the same under `<result>`, arrays as repeated `<item>`, booleans as 1/0.
//! * `ndjson`: one item per line; `csv`: a header row, then one row per item.
//! * `table`: box-drawn on a terminal, plain aligned columns when stdout is not a terminal.
//!
//! Messages for people (progress, warnings, summaries) never come here: they go to stderr.

mod table;

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::xml_encode;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people (box-drawn on a terminal).
    Table,
    /// The API's JSON shape, merged across pages or batches.
    Json,
    /// The API's XML shape (`<result>`, arrays as repeated `<item>`).
    Xml,
    /// A header row, then one row per item.
    Csv,
    /// One JSON object per line.
    Ndjson,
}

/// How to print: the format, and whether stdout is a terminal.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: Format,
    pub terminal: bool,
}

/// Writes one list of items in the chosen format.
pub struct Printer<W: Write> {
    out: W,
    format: Format,
    terminal: bool,
    columns: Vec<String>,
    header: Map<String, Value>,
    started: bool,
    count: usize,
    table: table::TableState,
    /// Reused for each XML item.
    scratch: String,
    /// Reused for each JSON item or CSV row.
    byte_scratch: Vec<u8>,
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, options: Options, columns: &[&str]) -> Self {
        Printer {
            out,
            format: options.format,
            terminal: options.terminal,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            header: Map::new(),
            started: false,
            count: 0,
            table: table::TableState::default(),
            scratch: String::new(),
            byte_scratch: Vec::new(),
        }
    }

    /// Top-level fields that come before `items` in json and xml (ignored by the other formats).
    pub fn header(&mut self, fields: Map<String, Value>) {
        self.header.extend(fields);
    }

    /// How many items were written.
    pub fn count(&self) -> usize {
        self.count
    }

    /// One item: its raw API object (usually a `Value`; anything that serializes to a JSON
    /// object will do, which lets long local lists skip building a `Value` per item), and its
    /// table row. Only the part the format uses is read: `raw` for json, xml and ndjson,
    /// `cells` for table and csv.
    pub fn item<T: Serialize + ?Sized>(&mut self, raw: &T, cells: Vec<String>) -> io::Result<()> {
        self.start()?;
        match self.format {
            Format::Json => {
                if self.count > 0 {
                    self.out.write_all(b",")?;
                }
                self.out.write_all(b"\n    ")?;
                write_indented_with(&mut self.out, raw, 4, &mut self.byte_scratch)?;
            }
            Format::Xml => {
                let value = serde_json::to_value(raw)?;
                self.scratch.clear();
                xml_encode::element(&mut self.scratch, "item", &value);
                self.out.write_all(self.scratch.as_bytes())?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut self.out, raw)?;
                self.out.write_all(b"\n")?;
            }
            Format::Csv => write_csv_with(&mut self.out, &cells, &mut self.byte_scratch)?,
            Format::Table => self
                .table
                .push(&mut self.out, &self.columns, cells, self.terminal)?,
        }
        self.count += 1;
        Ok(())
    }

    /// Push what was written so far to the reader (for `--follow`).
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn start(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        match self.format {
            Format::Json => {
                self.out.write_all(b"{")?;
                for (k, v) in &self.header {
                    self.out.write_all(b"\n  ")?;
                    serde_json::to_writer(&mut self.out, k)?;
                    self.out.write_all(b": ")?;
                    write_indented(&mut self.out, v, 2)?;
                    self.out.write_all(b",")?;
                }
                self.out.write_all(b"\n  \"items\": [")?;
            }
            Format::Xml => {
                let mut s = String::from(xml_encode::DECLARATION);
                xml_encode::open(&mut s, "result");
                for (k, v) in &self.header {
                    xml_encode::element(&mut s, k, v);
                }
                xml_encode::open(&mut s, "items");
                self.out.write_all(s.as_bytes())?;
            }
            Format::Csv => write_csv(&mut self.out, &self.columns)?,
            Format::Ndjson | Format::Table => {}
        }
        Ok(())
    }

    /// End the list, with fields that come after `items` in json and xml.
    pub fn finish(mut self, trailer: Map<String, Value>) -> io::Result<()> {
        self.start()?;
        match self.format {
            Format::Json => {
                if self.count > 0 {
                    self.out.write_all(b"\n  ")?;
                }
                self.out.write_all(b"]")?;
                for (k, v) in &trailer {
                    self.out.write_all(b",\n  ")?;
                    serde_json::to_writer(&mut self.out, k)?;
                    self.out.write_all(b": ")?;
                    write_indented(&mut self.out, v, 2)?;
                }
                self.out.write_all(b"\n}\n")?;
            }
            Format::Xml => {
                let mut s = String::new();
                xml_encode::close(&mut s, "items");
                for (k, v) in &trailer {
                    xml_encode::element(&mut s, k, v);
                }
                xml_encode::close(&mut s, "result");
                s.push('\n');
                self.out.write_all(s.as_bytes())?;
            }
            Format::Table => self
                .table
                .finish(&mut self.out, &self.columns, self.terminal)?,
            Format::Csv | Format::Ndjson => {}
        }
        self.out.flush()
    }
}

/// Print one object (not a list): json and xml keep the API's shape, ndjson is one line, the
/// table and csv show the given field/value rows.
pub fn object<W: Write>(
    mut out: W,
    options: Options,
    raw: &Value,
    rows: &[(&str, String)],
) -> io::Result<()> {
    match options.format {
        Format::Json => {
            write_indented(&mut out, raw, 0)?;
            out.write_all(b"\n")?;
        }
        Format::Xml => out.write_all(xml_encode::document(raw).as_bytes())?,
        Format::Ndjson => {
            serde_json::to_writer(&mut out, raw)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            write_csv(&mut out, rows.iter().map(|(k, _)| *k))?;
            write_csv(&mut out, rows.iter().map(|(_, v)| v.as_str()))?;
        }
        Format::Table => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|(k, v)| vec![k.to_string(), v.clone()])
                .collect();
            table::render_key_values(&mut out, &cells, options.terminal)?;
        }
    }
    out.flush()
}

/// One CSV record, quoted as needed, with its line end.
fn write_csv<W, I, T>(out: &mut W, cells: I) -> io::Result<()>
where
    W: Write,
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    write_csv_with(out, cells, &mut Vec::new())
}

/// [`write_csv`] through a caller's scratch buffer, reused across the rows of a list. The
/// record goes to the buffer first because a csv writer's flush also flushes the writer under
/// it, which on a buffered stdout would be one system call per row.
fn write_csv_with<W, I, T>(out: &mut W, cells: I, scratch: &mut Vec<u8>) -> io::Result<()>
where
    W: Write,
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    scratch.clear();
    let mut w = csv::WriterBuilder::new()
        .buffer_capacity(256)
        .from_writer(std::mem::take(scratch));
    w.write_record(cells).map_err(io::Error::other)?;
    *scratch = w
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    out.write_all(scratch)
}

/// Pretty JSON whose lines after the first are indented by `indent` spaces (the caller has
/// already placed the first line).
fn write_indented<W: Write, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
    indent: usize,
) -> io::Result<()> {
    write_indented_with(out, value, indent, &mut Vec::new())
}

/// [`write_indented`] through a caller's scratch buffer, reused across the items of a list.
fn write_indented_with<W: Write, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
    indent: usize,
    scratch: &mut Vec<u8>,
) -> io::Result<()> {
    const SPACES: &[u8] = &[b' '; 64];
    scratch.clear();
    serde_json::to_writer_pretty(&mut *scratch, value)?;
    // Pretty JSON has raw line breaks only between tokens (they are escaped inside strings),
    // so indenting after each one indents whole lines.
    for (i, line) in scratch.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
            let mut pad = indent;
            while pad > 0 {
                let n = pad.min(SPACES.len());
                out.write_all(&SPACES[..n])?;
                pad -= n;
            }
        }
        out.write_all(line)?;
    }
    Ok(())
}

/// A cell's text for a raw value: strings bare, null empty, booleans yes/no.
pub fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: Format) -> String {
        let mut buf = Vec::new();
        let mut p = Printer::new(
            &mut buf,
            Options {
                format,
                terminal: false,
            },
            &["id", "text"],
        );
        let mut h = Map::new();
        h.insert("success".into(), json!(true));
        p.header(h);
        p.item(
            &json!({"id": "a1", "text": "hi, there"}),
            vec!["a1".into(), "hi, there".into()],
        )
        .unwrap();
        p.item(
            &json!({"id": "b2", "text": "x"}),
            vec!["b2".into(), "x".into()],
        )
        .unwrap();
        let mut t = Map::new();
        t.insert("queued".into(), json!(2));
        p.finish(t).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn json_is_valid_and_keeps_the_shape() {
        let v: Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(
            v,
            json!({"success": true, "items": [{"id": "a1", "text": "hi, there"}, {"id": "b2", "text": "x"}], "queued": 2})
        );
    }

    #[test]
    fn empty_json_list() {
        let mut buf = Vec::new();
        let p = Printer::new(
            &mut buf,
            Options {
                format: Format::Json,
                terminal: false,
            },
            &["id"],
        );
        p.finish(Map::new()).unwrap();
        let v: Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v, json!({"items": []}));
    }

    #[test]
    fn indented_json_matches_the_pretty_printer() {
        let v = json!({"a": [1, {"b": "x\ny"}], "c": {}, "d": []});
        let mut buf = Vec::new();
        write_indented(&mut buf, &v, 4).unwrap();
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            pretty.replace('\n', "\n    ")
        );
    }

    #[test]
    fn other_formats() {
        assert_eq!(render(Format::Csv), "id,text\na1,\"hi, there\"\nb2,x\n");
        assert_eq!(
            render(Format::Ndjson),
            "{\"id\":\"a1\",\"text\":\"hi, there\"}\n{\"id\":\"b2\",\"text\":\"x\"}\n"
        );
        assert!(
            render(Format::Xml).contains("<result><success>1</success><items><item><id>a1</id>")
        );
        let table = render(Format::Table);
        assert!(table.lines().next().unwrap().starts_with("ID"), "{table}");
        assert!(!table.contains('│'));
    }
}

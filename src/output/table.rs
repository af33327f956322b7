//! Tables for people: tabled, box-drawn on a terminal, plain aligned columns otherwise. The
//! first 1,000 rows are buffered to size the columns; a longer list streams on with those widths
//! so that memory stays flat.

use std::io::{self, Write};

use tabled::builder::Builder;
use tabled::settings::{Padding, Style};

const BUFFERED_ROWS: usize = 1000;

/// Padding, pushed in slices rather than a space at a time.
const SPACES: &str = "                                                                ";

#[derive(Default)]
pub struct TableState {
    rows: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
    /// The row being written, reused so that streaming rows allocates nothing per row.
    line: String,
}

impl TableState {
    pub fn push<W: Write>(
        &mut self,
        out: &mut W,
        columns: &[String],
        cells: Vec<String>,
        terminal: bool,
    ) -> io::Result<()> {
        let cells: Vec<String> = cells.into_iter().map(one_line).collect();
        if let Some(widths) = &self.widths {
            return write_plain_row(out, &mut self.line, &cells, widths);
        }
        self.rows.push(cells);
        if self.rows.len() >= BUFFERED_ROWS {
            let header = headers(columns);
            let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
            for row in &self.rows {
                for (i, c) in row.iter().enumerate() {
                    if i < widths.len() {
                        widths[i] = widths[i].max(width(c));
                    }
                }
            }
            let _ = terminal;
            write_plain_row(out, &mut self.line, &header, &widths)?;
            for row in std::mem::take(&mut self.rows) {
                write_plain_row(out, &mut self.line, &row, &widths)?;
            }
            self.widths = Some(widths);
        }
        Ok(())
    }

    pub fn finish<W: Write>(
        &mut self,
        out: &mut W,
        columns: &[String],
        terminal: bool,
    ) -> io::Result<()> {
        if self.widths.is_some() {
            return Ok(());
        }
        let mut builder = Builder::default();
        builder.push_record(headers(columns));
        for row in std::mem::take(&mut self.rows) {
            builder.push_record(row);
        }
        write_table(out, builder, terminal)
    }
}

pub fn render_key_values<W: Write>(
    out: &mut W,
    rows: &[Vec<String>],
    terminal: bool,
) -> io::Result<()> {
    let mut builder = Builder::default();
    for row in rows {
        builder.push_record(row.iter().map(|c| one_line(c.clone())));
    }
    write_table(out, builder, terminal)
}

fn write_table<W: Write>(out: &mut W, builder: Builder, terminal: bool) -> io::Result<()> {
    let mut table = builder.build();
    if terminal {
        table.with(Style::rounded());
    } else {
        table.with(Style::blank()).with(Padding::new(0, 2, 0, 0));
    }
    let text = table.to_string();
    for line in text.lines() {
        out.write_all(line.trim_end().as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn headers(columns: &[String]) -> Vec<String> {
    columns.iter().map(|c| c.to_uppercase()).collect()
}

fn write_plain_row<W: Write>(
    out: &mut W,
    line: &mut String,
    cells: &[String],
    widths: &[usize],
) -> io::Result<()> {
    line.clear();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(c);
        if let Some(w) = widths.get(i) {
            let mut pad = w.saturating_sub(width(c));
            while pad > 0 {
                let n = pad.min(SPACES.len());
                line.push_str(&SPACES[..n]);
                pad -= n;
            }
        }
    }
    out.write_all(line.trim_end().as_bytes())?;
    out.write_all(b"\n")
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Table cells are one line: newlines and tabs become spaces.
fn one_line(s: String) -> String {
    // A byte scan: this runs for every cell of every row.
    if s.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
        s.replace("\r\n", " ").replace(['\n', '\r', '\t'], " ")
    } else {
        s
    }
}

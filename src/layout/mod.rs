//! The layout engine: paragraph text and a width in, rows of display cells out.
//!
//! Per paragraph, in this order (see `DESIGN.md` §2):
//! 1. decide the base direction (UAX #9 P2–P3, or the document's when the
//!    paragraph has no strong character);
//! 2. shape Arabic on the logical text ([`shape`]);
//! 3. break lines at UAX #14 opportunities, measured in display width per
//!    grapheme cluster of the shaped text ([`wrap`]);
//! 4. reorder each row on its own with the paragraph's levels (UAX #9 L1–L2),
//!    reversing right-to-left runs by grapheme cluster and mirroring brackets
//!    ([`reorder`]);
//! 5. produce cells: one per visible grapheme, each mapped back to the byte
//!    range of the source text it shows ([`cell`]).
//!
//! Everything here is a pure function of its inputs: no terminal, no I/O.

mod bidi_data;
pub mod cell;
mod direction;
mod document;
pub mod invariants;
pub mod reorder;
pub mod shape;
mod wrap;

use std::ops::Range;

pub use cell::Cell;
pub use direction::{base_direction, document_direction};
pub use document::DocumentLayout;

use unicode_bidi::{Level, ParagraphBidiInfo};

/// A paragraph's (or row's) reading direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, numbers alone …).
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian …).
    Rtl,
}

/// Who puts right-to-left text into display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BidiMode {
    /// qari reorders each row and aligns it; the terminal must not reorder again.
    #[default]
    App,
    /// Rows stay in logical order, for terminals that run the bidi algorithm themselves.
    Terminal,
}

/// How to lay out text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LayoutOptions {
    /// Row width in terminal cells (at least 1 is used).
    pub width: usize,
    /// Who reorders right-to-left text.
    pub mode: BidiMode,
    /// Whether Arabic letters are shaped into joined presentation forms
    /// (only in [`BidiMode::App`]; in terminal mode the terminal shapes).
    pub shape: bool,
    /// Forces a base direction for every paragraph instead of UAX #9 P2–P3.
    pub base: Option<Direction>,
    /// The direction of a paragraph without any strong character.
    pub neutral: Direction,
    /// Resolve bidi levels on each row alone (with the paragraph's base
    /// direction) instead of on the whole paragraph. UAX #9 resolves on the
    /// paragraph, and that is the default; this exists to compare with
    /// oracles that resolve per row (they differ only for neutral characters
    /// at the edges of a row, e.g. a comma or `https://` at its end).
    pub row_levels: bool,
    /// Show invisible format characters (bidi controls, ZWJ …) as visible
    /// marks such as `<RLO>`; they still act.
    pub show_controls: bool,
}

impl LayoutOptions {
    /// The default options (app bidi, shaping on) at a width.
    pub fn new(width: usize) -> LayoutOptions {
        LayoutOptions {
            width,
            mode: BidiMode::App,
            shape: true,
            base: None,
            neutral: Direction::Ltr,
            row_levels: false,
            show_controls: false,
        }
    }
}

/// One screen row of a paragraph, in display (visual) order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Blank cells before the first cell: right-aligns rows of right-to-left paragraphs.
    pub indent: usize,
    /// The visible cells, left to right.
    pub cells: Vec<Cell>,
    /// The logical byte range of source text this row holds (break spaces excluded).
    pub source: Range<usize>,
}

impl Row {
    /// Display width of the row without its indent.
    pub fn content_width(&self) -> usize {
        self.cells.iter().map(|c| c.width).sum()
    }

    /// The row as a string, indent included (what `qari render` prints).
    pub fn to_text(&self) -> String {
        let mut out = " ".repeat(self.indent);
        for cell in &self.cells {
            out.push_str(&cell.symbol);
        }
        out
    }
}

/// A paragraph laid out at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphLayout {
    /// The paragraph's base direction.
    pub direction: Direction,
    /// Its rows, top to bottom (none for an empty paragraph).
    pub rows: Vec<Row>,
}

/// Lays out one paragraph. `text` is the paragraph, `offset` where it starts
/// in the article, so that cells map to article byte offsets.
pub fn layout_paragraph(text: &str, offset: usize, options: &LayoutOptions) -> ParagraphLayout {
    let direction = options
        .base
        .unwrap_or_else(|| base_direction(text).unwrap_or(options.neutral));
    let width = options.width.max(1);
    let shaped = if options.shape && options.mode == BidiMode::App {
        shape::shape(text)
    } else {
        shape::Shaped::identity(text)
    };
    let units = wrap::units(&shaped, offset, options.show_controls);
    let lines = wrap::break_lines(&shaped.text, &units, width);
    let rows = match options.mode {
        BidiMode::Terminal => lines
            .iter()
            .map(|line| logical_row(&shaped.text, &units[line.clone()], options))
            .collect(),
        // Nothing to reorder: a left-to-right paragraph without a character
        // that could open a right-to-left run.
        BidiMode::App if direction == Direction::Ltr && !may_reorder(&shaped.text) => lines
            .iter()
            .map(|line| logical_row(&shaped.text, &units[line.clone()], options))
            .collect(),
        BidiMode::App => {
            let level = match direction {
                Direction::Ltr => Level::ltr(),
                Direction::Rtl => Level::rtl(),
            };
            let paragraph_bidi = paragraph_levels(&shaped.text, level);
            lines
                .iter()
                .map(|line| {
                    let units = &units[line.clone()];
                    if options.row_levels {
                        let start = units.first().map_or(0, |u| u.shaped.start);
                        let end = units.last().map_or(0, |u| u.shaped.end);
                        let row_bidi = paragraph_levels(&shaped.text[start..end], level);
                        visual_row(&shaped.text, &row_bidi, start, units, direction, options)
                    } else {
                        visual_row(&shaped.text, &paragraph_bidi, 0, units, direction, options)
                    }
                })
                .collect()
        }
    };
    ParagraphLayout { direction, rows }
}

/// The bidi levels of a paragraph with a given base level.
fn paragraph_levels(text: &str, level: Level) -> ParagraphBidiInfo<'_> {
    ParagraphBidiInfo::new_with_data_source(&bidi_data::FastBidiData, text, Some(level))
}

/// Whether a left-to-right paragraph may hold a right-to-left run: a
/// right-to-left letter, an Arabic number or an explicit bidi control.
fn may_reorder(text: &str) -> bool {
    use unicode_bidi::BidiClass::*;
    text.chars().any(|c| {
        !c.is_ascii()
            && matches!(
                bidi_data::bidi_class(c),
                R | AL | AN | RLE | RLO | RLI | FSI | LRE | LRO | LRI | PDF | PDI
            )
    })
}

/// A row of units in logical order, left-aligned (for terminals that do bidi).
fn logical_row(shaped: &str, units: &[wrap::Unit], options: &LayoutOptions) -> Row {
    let cells = units
        .iter()
        .filter_map(|u| u.cell(shaped, false, options.show_controls))
        .collect();
    Row {
        indent: 0,
        cells,
        source: row_source(units),
    }
}

/// A row reordered for display, right-aligned when the paragraph is right-to-left.
/// `bidi` holds the levels of `shaped` (the shaped paragraph) from byte
/// `bidi_start` on.
fn visual_row(
    shaped: &str,
    bidi: &ParagraphBidiInfo,
    bidi_start: usize,
    units: &[wrap::Unit],
    direction: Direction,
    options: &LayoutOptions,
) -> Row {
    let width = options.width.max(1);
    let ranges = units
        .iter()
        .map(|u| u.shaped.start - bidi_start..u.shaped.end - bidi_start);
    let levels = reorder::unit_levels(bidi, ranges);
    let order = reorder::visual_order(&levels);
    let cells: Vec<Cell> = order
        .into_iter()
        .filter_map(|i| units[i].cell(shaped, levels[i].is_rtl(), options.show_controls))
        .collect();
    let used: usize = cells.iter().map(|c| c.width).sum();
    let indent = match direction {
        Direction::Rtl => width.saturating_sub(used),
        Direction::Ltr => 0,
    };
    Row {
        indent,
        cells,
        source: row_source(units),
    }
}

fn row_source(units: &[wrap::Unit]) -> Range<usize> {
    match (units.first(), units.last()) {
        (Some(first), Some(last)) => first.source.start..last.source.end,
        _ => 0..0,
    }
}

/// Lays out `text` (one paragraph per line) and returns each row as text,
/// paragraphs separated by a blank row: the form of `qari render` and of the
/// digest of `qari facts`.
pub fn render_rows(text: &str, options: &LayoutOptions) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(String::new());
        }
        for row in layout_paragraph(line, 0, options).rows {
            out.push(row.to_text().trim_end_matches(' ').to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(width: usize, shape: bool) -> LayoutOptions {
        let mut options = LayoutOptions::new(width);
        options.shape = shape;
        options
    }

    /// The rows as text, without their indent.
    fn rows(text: &str, width: usize) -> Vec<String> {
        layout_paragraph(text, 0, &options(width, false))
            .rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.symbol.as_str()).collect())
            .collect()
    }

    #[test]
    fn numbers_keep_their_order_inside_arabic() {
        assert_eq!(rows("في عام 2024 ارتفع", 40), ["عفترا 2024 ماع يف"]);
        assert_eq!(rows("بنسبة 3.5% فقط", 40), ["طقف %3.5 ةبسنب"]);
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        assert_eq!(rows("قال (أمس) إن", 40), ["نإ (سمأ) لاق"]);
        assert_eq!(rows("«نعم» قال", 40), ["لاق «معن»"]);
    }

    #[test]
    fn latin_inside_arabic_reads_left_to_right() {
        assert_eq!(rows("زار Siemens مصنعا", 40), ["اعنصم Siemens راز"]);
        assert_eq!(
            rows("The word سلام means peace", 40),
            ["The word مالس means peace"]
        );
    }

    #[test]
    fn each_row_is_reordered_on_its_own() {
        // Logical order: أ ب ت ث. The first row holds the first two words,
        // shown right to left; the paragraph is never reversed as a whole.
        assert_eq!(rows("أأ بب تت ثث", 5), ["بب أأ", "ثث تت"]);
    }

    #[test]
    fn right_to_left_rows_are_padded_to_end_at_the_right_edge() {
        let layout = layout_paragraph("قال الوزير", 0, &options(20, false));
        assert_eq!(layout.direction, Direction::Rtl);
        let row = &layout.rows[0];
        assert_eq!(row.indent + row.content_width(), 20);
        assert_eq!(row.to_text(), format!("{}ريزولا لاق", " ".repeat(10)));
    }

    #[test]
    fn harakat_stay_in_the_cell_of_their_letter() {
        let layout = layout_paragraph("مُحَمَّد", 0, &options(20, false));
        let symbols: Vec<&str> = layout.rows[0]
            .cells
            .iter()
            .map(|c| c.symbol.as_str())
            .collect();
        assert_eq!(symbols, ["د", "مَّ", "حَ", "مُ"]);
    }

    #[test]
    fn a_lam_alef_ligature_is_one_cell_for_two_letters() {
        let layout = layout_paragraph("لا", 0, &options(20, true));
        let cells = &layout.rows[0].cells;
        assert_eq!(cells.len(), 1);
        assert_eq!(cells[0].symbol, "\u{fefb}");
        assert_eq!(cells[0].source, 0..4);
    }

    #[test]
    fn cells_map_to_article_offsets() {
        let layout = layout_paragraph("ab", 100, &options(20, false));
        let sources: Vec<_> = layout.rows[0]
            .cells
            .iter()
            .map(|c| c.source.clone())
            .collect();
        assert_eq!(sources, [100..101, 101..102]);
    }

    #[test]
    fn a_paragraph_without_strong_letters_takes_the_neutral_direction() {
        let mut rtl = options(20, false);
        rtl.neutral = Direction::Rtl;
        assert_eq!(
            layout_paragraph("12:30 (+3)", 0, &rtl).direction,
            Direction::Rtl
        );
        assert_eq!(
            layout_paragraph("12:30 (+3)", 0, &options(20, false)).direction,
            Direction::Ltr
        );
    }

    #[test]
    fn the_base_direction_can_be_forced() {
        let mut forced = options(20, false);
        forced.base = Some(Direction::Ltr);
        let layout = layout_paragraph("قال الوزير", 0, &forced);
        assert_eq!(layout.direction, Direction::Ltr);
        assert_eq!(layout.rows[0].indent, 0);
    }

    #[test]
    fn bidi_controls_act_but_never_become_cells() {
        // An isolate keeps an English name together inside Arabic.
        let text = "قال \u{2066}Ali (2)\u{2069} اليوم";
        assert_eq!(rows(text, 40), ["مويلا Ali (2) لاق"]);
    }

    #[test]
    fn terminal_mode_sends_logical_order_unpadded() {
        let mut terminal = options(20, true);
        terminal.mode = BidiMode::Terminal;
        let layout = layout_paragraph("قال الوزير", 0, &terminal);
        assert_eq!(layout.rows[0].to_text(), "قال الوزير");
    }
}

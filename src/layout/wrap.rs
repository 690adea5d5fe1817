//! Line breaking: UAX #14 opportunities, measured in display width per
//! grapheme cluster of the shaped text.

use super::cell::{self, Cell};
use super::shape::Shaped;
use std::ops::Range;
use unicode_linebreak::BreakOpportunity;
use unicode_segmentation::UnicodeSegmentation;

/// A grapheme cluster of the shaped paragraph: the unit of wrapping,
/// reordering and display.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Byte range in the shaped text.
    pub shaped: Range<usize>,
    /// Byte range in the article (the paragraph's offset added).
    pub source: Range<usize>,
    /// Display width (0 for invisible format characters).
    pub width: usize,
    /// A space a line may end with: not drawn at the end of a row.
    pub is_break_space: bool,
}

impl Unit {
    /// The cell that shows this unit of `shaped` (the shaped paragraph),
    /// mirrored in right-to-left runs, or `None` when nothing of it is visible.
    pub fn cell(&self, shaped: &str, mirror: bool, show_controls: bool) -> Option<Cell> {
        let grapheme = shaped.get(self.shaped.clone()).unwrap_or_default();
        cell::display_symbol_with(grapheme, mirror, show_controls).map(|(symbol, width)| Cell {
            symbol,
            width,
            source: self.source.clone(),
        })
    }
}

/// Splits shaped text into grapheme units, each mapped to its article bytes.
/// With `show_controls`, invisible format characters take the width of
/// their visible marks.
pub fn units(shaped: &Shaped, offset: usize, show_controls: bool) -> Vec<Unit> {
    let text = shaped.text.as_str();
    let mut units = Vec::with_capacity(shaped.map.len());
    let mut map_index = 0;
    let mut start = 0;
    while let Some(end) = next_grapheme_end(text, start) {
        let grapheme = &text[start..end];
        let mut source: Option<Range<usize>> = None;
        while let Some(entry) = shaped.map.get(map_index) {
            if entry.shaped_start >= end {
                break;
            }
            source = Some(match source {
                None => entry.source.clone(),
                Some(s) => s.start.min(entry.source.start)..s.end.max(entry.source.end),
            });
            map_index += 1;
        }
        let source = source.unwrap_or(start..end);
        units.push(Unit {
            shaped: start..end,
            source: source.start + offset..source.end + offset,
            width: cell::display_width(grapheme, show_controls),
            is_break_space: is_break_space(grapheme),
        });
        start = end;
    }
    units
}

/// The end of the grapheme cluster that starts at byte `start`, or `None`
/// at the end of the text.
fn next_grapheme_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let first = *bytes.get(start)?;
    // An ASCII character followed by another (or by nothing) is a cluster
    // of its own, except CR LF: no need for the segmentation tables.
    let next = bytes.get(start + 1);
    if first.is_ascii() && first != b'\r' && next.is_none_or(u8::is_ascii) {
        return Some(start + 1);
    }
    let cluster = text[start..].graphemes(true).next()?;
    Some(start + cluster.len())
}

/// White space a row may end with; the no-break spaces glue words instead.
fn is_break_space(grapheme: &str) -> bool {
    grapheme
        .chars()
        .all(|c| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}'))
}

/// A stretch of units between two break opportunities.
struct Segment {
    units: Range<usize>,
    mandatory_break_after: bool,
}

/// Breaks a paragraph's units into rows no wider than `width`, greedily at
/// UAX #14 opportunities. Returns unit ranges, without the spaces at the end
/// of each row and at the start of the paragraph. A segment wider than a row
/// is cut at grapheme boundaries.
pub fn break_lines(text: &str, units: &[Unit], width: usize) -> Vec<Range<usize>> {
    let first = units
        .iter()
        .position(|u| !u.is_break_space)
        .unwrap_or(units.len());
    let mut builder = LineBuilder {
        units,
        width,
        lines: Vec::new(),
        start: first,
        content_end: first,
        used: 0,
    };
    for segment in segments(text, units) {
        let visible = segment.units.start.max(first)..segment.units.end;
        if visible.is_empty() {
            continue;
        }
        builder.add(visible);
        if segment.mandatory_break_after {
            builder.finish_line(segment.units.end);
        }
    }
    builder.finish_line(units.len());
    builder.lines
}

/// Splits the units at UAX #14 break opportunities that fall between units.
fn segments(text: &str, units: &[Unit]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut unit = 0;
    let mut start = 0;
    for (position, opportunity) in unicode_linebreak::linebreaks(text) {
        while unit < units.len() && units[unit].shaped.end <= position {
            unit += 1;
        }
        // An opportunity inside a grapheme cluster is no place to break.
        let at_boundary = unit == units.len() || units[unit].shaped.start == position;
        if !at_boundary || unit == start {
            continue;
        }
        segments.push(Segment {
            units: start..unit,
            mandatory_break_after: opportunity == BreakOpportunity::Mandatory && unit < units.len(),
        });
        start = unit;
    }
    if start < units.len() {
        segments.push(Segment {
            units: start..units.len(),
            mandatory_break_after: false,
        });
    }
    segments
}

/// Greedy line filling state.
struct LineBuilder<'a> {
    units: &'a [Unit],
    width: usize,
    lines: Vec<Range<usize>>,
    /// First unit of the line being filled.
    start: usize,
    /// End of the line's content so far (trailing break spaces excluded).
    content_end: usize,
    /// Width used so far, trailing spaces included.
    used: usize,
}

impl LineBuilder<'_> {
    fn add(&mut self, segment: Range<usize>) {
        let content_end = self.content_end_of(segment.clone());
        let content_width = self.width_of(segment.start..content_end);
        let line_is_empty = self.content_end == self.start && self.used == 0;
        if !line_is_empty && self.used + content_width > self.width {
            self.finish_line(segment.start);
        }
        if content_width > self.width {
            self.cut_long(segment.start..content_end);
        } else {
            self.used += content_width;
            if content_end > segment.start {
                self.content_end = content_end;
            }
        }
        self.used += self.width_of(content_end..segment.end);
    }

    /// Cuts a segment wider than a row at grapheme boundaries; the last piece
    /// stays on the current line.
    fn cut_long(&mut self, range: Range<usize>) {
        for i in range {
            let w = self.units[i].width;
            if self.used + w > self.width && self.content_end > self.start {
                self.finish_line(i);
            }
            self.used += w;
            self.content_end = i + 1;
        }
    }

    fn finish_line(&mut self, next_start: usize) {
        if self.content_end > self.start {
            self.lines.push(self.start..self.content_end);
        }
        self.start = next_start;
        self.content_end = next_start;
        self.used = 0;
    }

    /// Where a segment's content ends: before its trailing break spaces and
    /// invisible characters.
    fn content_end_of(&self, segment: Range<usize>) -> usize {
        let mut end = segment.end;
        while end > segment.start
            && (self.units[end - 1].is_break_space || self.units[end - 1].width == 0)
        {
            end -= 1;
        }
        end
    }

    fn width_of(&self, range: Range<usize>) -> usize {
        self.units[range].iter().map(|u| u.width).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> Vec<String> {
        let shaped = Shaped::identity(text);
        let units = units(&shaped, 0, false);
        break_lines(text, &units, width)
            .into_iter()
            .map(|r| units[r].iter().map(|u| &text[u.shaped.clone()]).collect())
            .collect()
    }

    #[test]
    fn breaks_at_spaces_and_drops_them_at_row_ends() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    }

    #[test]
    fn spaces_at_the_start_of_a_paragraph_are_not_drawn() {
        assert_eq!(wrap("  ab cd", 2), ["ab", "cd"]);
        assert_eq!(wrap("   ", 2), Vec::<String>::new());
    }

    #[test]
    fn a_row_may_be_filled_exactly() {
        assert_eq!(wrap("abc def", 7), ["abc def"]);
        assert_eq!(wrap("abc def", 6), ["abc", "def"]);
    }

    #[test]
    fn never_breaks_at_a_no_break_space() {
        assert_eq!(wrap("aa bb\u{a0}cc dd", 7), ["aa", "bb\u{a0}cc", "dd"]);
    }

    #[test]
    fn long_words_are_cut_by_width() {
        assert_eq!(wrap("abcdefghij xy", 4), ["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn a_cut_word_shares_its_last_row_with_what_follows() {
        assert_eq!(wrap("abcdef x", 4), ["abcd", "ef x"]);
    }

    #[test]
    fn breaks_after_hyphens_and_slashes_in_urls() {
        let rows = wrap("see https://example.org/a/b", 20);
        assert_eq!(rows[0], "see https://");
    }

    #[test]
    fn harakat_stay_with_their_letter_and_do_not_count() {
        assert_eq!(wrap("مُحَمَّدٌ علي", 5), ["مُحَمَّدٌ", "علي"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(wrap("中文 字", 4), ["中文", "字"]);
    }

    #[test]
    fn mandatory_breaks_inside_a_paragraph_are_kept() {
        assert_eq!(wrap("ab\u{2028}cd", 10), ["ab", "cd"]);
    }
}

//! The state of one open article in the reader: its layout and where the
//! view is. No terminal here: the view is a height and a width, and the
//! drawing code asks for the lines to show.

use crate::input::{Article, Document};
use crate::layout::{self, DocumentLayout, LayoutOptions, Row};

/// A position in the laid-out article: a row of a paragraph. Row
/// `rows.len()` of a paragraph is the blank line after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    /// Paragraph index.
    pub paragraph: usize,
    /// Row within the paragraph (the blank separator row after the last one).
    pub row: usize,
}

/// One line of the article pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A row of text.
    Text(Row),
    /// The blank line between two paragraphs.
    Blank,
}

/// One open article and where the reader is in it.
#[derive(Debug)]
pub struct Reader {
    /// The article as read.
    pub article: Article,
    /// Its title and paragraphs.
    pub document: Document,
    layout: DocumentLayout,
    top: Position,
    height: usize,
    /// A source offset to show at the top after the next resize.
    pending_anchor: Option<usize>,
}

impl Reader {
    /// Opens an article laid out with `options` (the width is set by [`Reader::resize`]).
    pub fn new(article: Article, mut options: LayoutOptions) -> Reader {
        let document = Document::parse(&article.text);
        options.neutral = layout::document_direction(&article.text);
        // The headline is on the title line; the pane shows what follows it.
        let body_start = usize::from(document.title.is_some());
        let body = document.paragraphs[body_start..].to_vec();
        let layout = DocumentLayout::new(&article.text, body, options);
        Reader {
            article,
            document,
            layout,
            top: Position::default(),
            height: 1,
            pending_anchor: None,
        }
    }

    /// The layout options in use.
    pub fn options(&self) -> LayoutOptions {
        *self.layout.options()
    }

    /// The top line of the view.
    pub fn top(&self) -> Position {
        self.top
    }

    /// Sets the view size. The text is laid out again at the new width, and
    /// the view keeps showing the same source text at its top.
    pub fn resize(&mut self, width: usize, height: usize) {
        let anchor = match self.pending_anchor.take() {
            Some(offset) => offset,
            None => self.top_source_offset(),
        };
        let mut options = *self.layout.options();
        options.width = width.max(1);
        self.height = height.max(1);
        if options != *self.layout.options() {
            self.layout.set_options(options);
            self.top = self.position_of_offset(anchor);
        }
        self.top = self.top.min(self.last_top());
    }

    /// Moves the view down by `lines` (up when negative), within the article.
    pub fn scroll(&mut self, lines: isize) {
        let target = if lines >= 0 {
            self.forward(self.top, lines.unsigned_abs())
        } else {
            self.backward(self.top, lines.unsigned_abs())
        };
        self.top = target.min(self.last_top());
    }

    /// Moves the view down by one page (up when `pages` is negative).
    pub fn scroll_pages(&mut self, pages: isize) {
        let page = self.height.saturating_sub(1).max(1) as isize;
        self.scroll(pages * page);
    }

    /// Goes to the beginning of the article.
    pub fn go_to_start(&mut self) {
        self.top = Position::default();
    }

    /// Goes to the end: the last page of the article.
    pub fn go_to_end(&mut self) {
        self.top = self.last_top();
    }

    /// How far through the article the view is, in percent: 100 when the
    /// end is on screen, else by the source offset of the top line.
    pub fn percent(&mut self) -> usize {
        let last_top = self.last_top();
        if self.top >= last_top {
            return 100;
        }
        if self.top == Position::default() {
            return 0;
        }
        let total = self.article.text.len().max(1);
        self.top_source_offset() * 100 / total
    }

    /// Puts the row that shows byte `offset` at the top (a remembered
    /// reading position; the layout follows at the first resize).
    pub fn restore(&mut self, offset: usize) {
        self.top = self.position_of_offset(offset);
        self.pending_anchor = Some(offset);
    }

    /// Scrolls so that byte `offset` of the article is on screen, two lines
    /// below the top when it can be (some context above it).
    pub fn jump_to(&mut self, offset: usize) {
        let target = self.position_of_offset(offset);
        let with_context = self.backward(target, 2);
        self.top = with_context.min(self.last_top());
    }

    /// The lines that fill the view, top to bottom (fewer at the end).
    pub fn visible_lines(&mut self) -> Vec<Line> {
        let mut lines = Vec::with_capacity(self.height);
        let mut pos = self.top;
        while lines.len() < self.height && pos.paragraph < self.layout.len() {
            let rows = self.rows_in(pos.paragraph);
            if pos.row < rows {
                let row = self
                    .layout
                    .paragraph(&self.article.text, pos.paragraph)
                    .and_then(|p| p.rows.get(pos.row).cloned());
                lines.push(row.map_or(Line::Blank, Line::Text));
            } else if pos.row < self.block_height(pos.paragraph) {
                lines.push(Line::Blank);
            }
            pos = self.forward(pos, 1);
            if pos == self.end() {
                break;
            }
        }
        lines
    }

    /// The byte offset in the article of the text at the top of the view.
    pub fn top_source_offset(&mut self) -> usize {
        let Position { paragraph, row } = self.top;
        let Some(layout) = self.layout.paragraph(&self.article.text, paragraph) else {
            return 0;
        };
        match layout.rows.get(row).or(layout.rows.last()) {
            Some(r) => r.source.start,
            None => self
                .layout
                .paragraph_range(paragraph)
                .map_or(0, |r| r.start),
        }
    }

    /// The position of the row that shows byte `offset` of the article (the
    /// first row for text before the body, such as the headline).
    pub fn position_of_offset(&mut self, offset: usize) -> Position {
        if self.layout.is_empty() {
            return Position::default();
        }
        let paragraph = self.layout.paragraph_at(offset);
        let row = self
            .layout
            .paragraph(&self.article.text, paragraph)
            .map_or(0, |p| {
                p.rows
                    .iter()
                    .rposition(|r| r.source.start <= offset)
                    .unwrap_or(0)
            });
        Position { paragraph, row }
    }

    fn rows_in(&mut self, paragraph: usize) -> usize {
        self.layout
            .paragraph(&self.article.text, paragraph)
            .map_or(0, |p| p.rows.len())
    }

    /// Rows of a paragraph plus the blank line after it (none after the last).
    fn block_height(&mut self, paragraph: usize) -> usize {
        let separator = usize::from(self.layout.blank_after(paragraph));
        self.rows_in(paragraph) + separator
    }

    /// The position just past the last line.
    fn end(&self) -> Position {
        Position {
            paragraph: self.layout.len(),
            row: 0,
        }
    }

    fn forward(&mut self, mut pos: Position, mut lines: usize) -> Position {
        while lines > 0 && pos.paragraph < self.layout.len() {
            let remaining = self.block_height(pos.paragraph).saturating_sub(pos.row);
            if lines < remaining {
                pos.row += lines;
                return pos;
            }
            lines -= remaining;
            pos = Position {
                paragraph: pos.paragraph + 1,
                row: 0,
            };
        }
        pos
    }

    fn backward(&mut self, mut pos: Position, mut lines: usize) -> Position {
        loop {
            if lines <= pos.row {
                pos.row -= lines;
                return pos;
            }
            if pos.paragraph == 0 {
                return Position::default();
            }
            lines -= pos.row + 1;
            pos.paragraph -= 1;
            pos.row = self.block_height(pos.paragraph).saturating_sub(1);
        }
    }

    /// How many lines the view moves from `from` to `to` (negative: up),
    /// if that is fewer than `limit`.
    pub fn lines_between(&mut self, from: Position, to: Position, limit: usize) -> Option<isize> {
        let (low, high, sign) = if from <= to {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let mut pos = low;
        for lines in 0..limit {
            if pos == high {
                return Some(sign * lines as isize);
            }
            pos = self.forward(pos, 1);
        }
        None
    }

    /// The top position that shows the last page (the start for a short article).
    fn last_top(&mut self) -> Position {
        let end = self.end();
        self.backward(end, self.height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(text: &str, width: usize, height: usize) -> Reader {
        let article = Article::from_text("test.txt", text);
        let mut reader = Reader::new(article, LayoutOptions::new(width));
        reader.resize(width, height);
        reader
    }

    fn shown(reader: &mut Reader) -> Vec<String> {
        reader
            .visible_lines()
            .into_iter()
            .map(|line| match line {
                Line::Text(row) => row.to_text().trim_end().to_string(),
                Line::Blank => String::new(),
            })
            .collect()
    }

    const TEXT: &str = "Title here\n\none two three four five six\n\nseven eight\n";

    #[test]
    fn shows_the_body_with_a_blank_line_between_paragraphs() {
        let mut r = reader(TEXT, 10, 20);
        assert_eq!(
            shown(&mut r),
            ["one two", "three four", "five six", "", "seven", "eight"]
        );
    }

    #[test]
    fn scrolling_stops_at_the_last_page() {
        let mut r = reader(TEXT, 10, 3);
        r.scroll(100);
        assert_eq!(shown(&mut r), ["", "seven", "eight"]);
        assert_eq!(r.percent(), 100);
        r.scroll(-1);
        assert_eq!(shown(&mut r), ["five six", "", "seven"]);
        r.go_to_start();
        assert_eq!(shown(&mut r)[0], "one two");
        assert_eq!(r.percent(), 0);
    }

    #[test]
    fn pages_overlap_by_one_line() {
        let mut r = reader(TEXT, 10, 3);
        r.scroll_pages(1);
        assert_eq!(shown(&mut r)[0], "five six");
        r.scroll_pages(-1);
        assert_eq!(r.top(), Position::default());
    }

    #[test]
    fn lines_between_counts_blank_lines_and_direction() {
        let mut r = reader(TEXT, 10, 3);
        let start = r.top();
        r.scroll(3);
        let later = r.top();
        assert_eq!(r.lines_between(start, later, 10), Some(3));
        assert_eq!(r.lines_between(later, start, 10), Some(-3));
        assert_eq!(r.lines_between(start, later, 3), None);
    }

    #[test]
    fn jumping_shows_the_target_with_two_lines_above_it() {
        let mut r = reader(TEXT, 10, 3);
        let seven = TEXT.find("seven").expect("in the text");
        r.jump_to(seven);
        assert_eq!(shown(&mut r), ["five six", "", "seven"]);
        r.jump_to(0);
        assert_eq!(shown(&mut r)[0], "one two");
    }

    #[test]
    fn a_short_article_does_not_scroll() {
        let mut r = reader("just one line", 80, 10);
        r.scroll(5);
        assert_eq!(r.top(), Position::default());
        assert_eq!(shown(&mut r), ["just one line"]);
    }

    #[test]
    fn resizing_keeps_the_same_text_at_the_top() {
        let mut r = reader(TEXT, 10, 3);
        r.scroll(1);
        assert_eq!(shown(&mut r)[0], "three four");
        r.resize(5, 3);
        assert!(shown(&mut r)[0].starts_with("three"), "{:?}", shown(&mut r));
        r.resize(40, 2);
        assert_eq!(shown(&mut r)[0], "one two three four five six");
    }
}

//! A whole article laid out lazily: each paragraph is laid out the first
//! time it is asked for and then kept, so opening a large file costs only
//! what the first screen shows.
//!
//! A paragraph longer than [`MAX_PIECE`] bytes (a megabyte line with no
//! break) is laid out in pieces, cut at white space where there is some:
//! each piece is then a paragraph of its own for the bidi algorithm. That
//! only changes pathological text, and keeps every step linear and the
//! first screen fast.

use super::{layout_paragraph, LayoutOptions, ParagraphLayout};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The longest stretch of text laid out as one piece.
pub const MAX_PIECE: usize = 64 * 1024;

/// How many laid-out pieces are kept: enough for many screens around the
/// reading position; beyond that the farthest are forgotten (and laid out
/// again if the reader comes back), so reading through a 50 MB file does
/// not keep the layout of all of it.
pub const MAX_CACHED: usize = 4096;

/// The paragraphs of an article and their layouts at one set of options.
#[derive(Debug, Clone)]
pub struct DocumentLayout {
    paragraphs: Vec<Range<usize>>,
    /// For each piece: whether the next piece continues the same paragraph.
    continued: Vec<bool>,
    options: LayoutOptions,
    cache: Vec<Option<ParagraphLayout>>,
    /// How many entries of `cache` hold a layout.
    cached: usize,
}

impl DocumentLayout {
    /// A layout of `paragraphs` (byte ranges into `text`) with `options`.
    pub fn new(
        text: &str,
        paragraphs: Vec<Range<usize>>,
        options: LayoutOptions,
    ) -> DocumentLayout {
        let mut pieces = Vec::with_capacity(paragraphs.len());
        let mut continued = Vec::with_capacity(paragraphs.len());
        for paragraph in paragraphs {
            split_long(text, paragraph, &mut pieces);
            continued.resize(pieces.len(), true);
            if let Some(last) = continued.last_mut() {
                *last = false;
            }
        }
        let cache = vec![None; pieces.len()];
        DocumentLayout {
            paragraphs: pieces,
            continued,
            options,
            cache,
            cached: 0,
        }
    }

    /// Whether a blank line follows piece `index` (it ends a paragraph and
    /// another follows).
    pub fn blank_after(&self, index: usize) -> bool {
        index + 1 < self.paragraphs.len() && !self.continued.get(index).copied().unwrap_or(false)
    }

    /// The options every paragraph is laid out with.
    pub fn options(&self) -> &LayoutOptions {
        &self.options
    }

    /// Changes the options (e.g. a new width) and forgets every layout.
    pub fn set_options(&mut self, options: LayoutOptions) {
        if options != self.options {
            self.options = options;
            self.cache.iter_mut().for_each(|slot| *slot = None);
            self.cached = 0;
        }
    }

    /// The number of paragraphs.
    pub fn len(&self) -> usize {
        self.paragraphs.len()
    }

    /// Whether there are no paragraphs.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// The byte range of paragraph `index` in the article.
    pub fn paragraph_range(&self, index: usize) -> Option<Range<usize>> {
        self.paragraphs.get(index).cloned()
    }

    /// The index of the paragraph that holds (or follows) byte `offset`.
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end <= offset)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The layout of paragraph `index` of `text`, computed on first use.
    /// `text` must be the article the paragraph ranges were taken from.
    pub fn paragraph(&mut self, text: &str, index: usize) -> Option<&ParagraphLayout> {
        let range = self.paragraphs.get(index)?.clone();
        if self.cache.get(index)?.is_none() {
            if self.cached >= MAX_CACHED {
                self.forget_far_from(index);
            }
            let paragraph = text.get(range.clone()).unwrap_or("");
            self.cache[index] = Some(layout_paragraph(paragraph, range.start, &self.options));
            self.cached += 1;
        }
        self.cache.get(index)?.as_ref()
    }

    /// The layout of piece `index` without keeping it (for a single pass
    /// over a whole article, as `qari render` makes).
    pub fn paragraph_once(&self, text: &str, index: usize) -> Option<ParagraphLayout> {
        let range = self.paragraphs.get(index)?.clone();
        let paragraph = text.get(range.clone()).unwrap_or("");
        Some(layout_paragraph(paragraph, range.start, &self.options))
    }

    /// Forgets the layouts farther than half of [`MAX_CACHED`] from `index`.
    fn forget_far_from(&mut self, index: usize) {
        let keep = index.saturating_sub(MAX_CACHED / 2)..index + MAX_CACHED / 2;
        for (i, slot) in self.cache.iter_mut().enumerate() {
            if !keep.contains(&i) && slot.take().is_some() {
                self.cached -= 1;
            }
        }
    }
}

/// Adds `range` to `pieces`, cut into pieces of at most [`MAX_PIECE`] bytes.
fn split_long(text: &str, mut range: Range<usize>, pieces: &mut Vec<Range<usize>>) {
    while range.end - range.start > MAX_PIECE {
        let cut = cut_point(text, range.start, range.start + MAX_PIECE);
        pieces.push(range.start..cut);
        range.start = cut;
    }
    pieces.push(range);
}

/// Where to cut the text between `start` and about `limit`: after the last
/// white space in the second half, else at the last grapheme boundary.
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let mut limit = limit.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[start..limit];
    if let Some(space) = window.rfind(char::is_whitespace) {
        if space > window.len() / 2 {
            let after = window[space..].chars().next().map_or(1, char::len_utf8);
            return start + space + after;
        }
    }
    // No space: the last grapheme boundary in the last few hundred bytes.
    let mut from = limit.saturating_sub(256).max(start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let tail = &text[from..limit];
    match tail.grapheme_indices(true).next_back() {
        Some((offset, _)) if offset > 0 => from + offset,
        _ => limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole text as one paragraph.
    fn whole(text: &str) -> Vec<Range<usize>> {
        std::iter::once(0..text.len()).collect()
    }

    #[test]
    fn long_paragraphs_are_cut_at_spaces_without_blank_lines_between() {
        let word = "كلمة ";
        let text = word.repeat(MAX_PIECE / word.len() * 3);
        let layout = DocumentLayout::new(&text, whole(&text), LayoutOptions::new(80));
        assert!(layout.len() >= 3);
        for i in 0..layout.len() {
            let piece = layout.paragraph_range(i).expect("piece");
            assert!(piece.len() <= MAX_PIECE);
            assert!(text[..piece.end].ends_with(' ') || piece.end == text.len());
            assert!(!layout.blank_after(i));
        }
    }

    #[test]
    fn a_line_without_spaces_is_cut_between_graphemes() {
        let text = "مُ".repeat(MAX_PIECE);
        let layout = DocumentLayout::new(&text, whole(&text), LayoutOptions::new(80));
        for i in 0..layout.len() {
            let piece = layout.paragraph_range(i).expect("piece");
            assert!(text[piece].starts_with('م'), "never a mark at a cut");
        }
    }

    #[test]
    fn far_layouts_are_forgotten() {
        let text = "a\n".repeat(MAX_CACHED * 2);
        let ranges: Vec<Range<usize>> = (0..MAX_CACHED * 2).map(|i| 2 * i..2 * i + 1).collect();
        let mut layout = DocumentLayout::new(&text, ranges, LayoutOptions::new(10));
        for i in 0..MAX_CACHED * 2 {
            assert!(layout.paragraph(&text, i).is_some());
        }
        assert!(layout.cached <= MAX_CACHED);
        assert!(layout.cache[0].is_none() && layout.cache[MAX_CACHED * 2 - 1].is_some());
        assert!(
            layout.paragraph(&text, 0).is_some(),
            "laid out again when needed"
        );
    }

    #[test]
    fn paragraphs_keep_their_blank_lines() {
        let text = "a\nb";
        let layout = DocumentLayout::new(text, vec![0..1, 2..3], LayoutOptions::new(80));
        assert!(layout.blank_after(0));
        assert!(!layout.blank_after(1));
    }
}

//! A whole article laid out lazily: each paragraph is laid out the first
//! time it is asked for and then kept, so opening a large file costs only
//! what the first screen shows.

use super::{layout_paragraph, LayoutOptions, ParagraphLayout};
use std::ops::Range;

/// The paragraphs of an article and their layouts at one set of options.
#[derive(Debug, Clone)]
pub struct DocumentLayout {
    paragraphs: Vec<Range<usize>>,
    options: LayoutOptions,
    cache: Vec<Option<ParagraphLayout>>,
}

impl DocumentLayout {
    /// A layout of `paragraphs` (byte ranges into the article text) with `options`.
    pub fn new(paragraphs: Vec<Range<usize>>, options: LayoutOptions) -> DocumentLayout {
        let cache = vec![None; paragraphs.len()];
        DocumentLayout {
            paragraphs,
            options,
            cache,
        }
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
        let slot = self.cache.get_mut(index)?;
        if slot.is_none() {
            let paragraph = text.get(range.clone()).unwrap_or("");
            *slot = Some(layout_paragraph(paragraph, range.start, &self.options));
        }
        slot.as_ref()
    }
}

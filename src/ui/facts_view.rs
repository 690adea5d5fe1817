//! The facts of an article as the facts pane shows them: sections of one-
//! line items, each leading to its evidence in the article, and the quotes
//! in text order for `n`/`N`. Built from the extraction engine's public
//! facts; the pane never looks inside the extractors.

use super::i18n::Strings;
use std::ops::Range;

/// The sections of the facts pane, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKind {
    /// The extractive summary.
    Summary,
    /// Who met whom.
    Meetings,
    /// Direct quotations with their speakers.
    Quotes,
    /// Reported speech.
    Statements,
    /// Agreements and signings.
    Agreements,
    /// Topics of the article.
    Topics,
    /// Named people.
    People,
}

impl SectionKind {
    /// The section's name in the interface's language.
    pub fn name(self, strings: &Strings) -> &'static str {
        let s = &strings.sections;
        match self {
            SectionKind::Summary => s.summary,
            SectionKind::Meetings => s.meetings,
            SectionKind::Quotes => s.quotes,
            SectionKind::Statements => s.statements,
            SectionKind::Agreements => s.agreements,
            SectionKind::Topics => s.topics,
            SectionKind::People => s.people,
        }
    }
}

/// One row of a section: what it says and the article text it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactItem {
    /// The fact in one line (wrapped by the layout engine when drawn).
    pub text: String,
    /// The byte range of its evidence in the article, if it has one.
    pub evidence: Option<Range<usize>>,
}

/// A section and its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactSection {
    /// Which section.
    pub kind: SectionKind,
    /// Its items, in text order.
    pub items: Vec<FactItem>,
}

/// A direct quotation in the article, for jumping from quote to quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMark {
    /// The quotation's bytes in the article.
    pub span: Range<usize>,
    /// Who said it, when known.
    pub speaker: Option<String>,
}

/// Everything the facts pane and the quote keys need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactsView {
    /// The sections, in display order.
    pub sections: Vec<FactSection>,
    /// The quotes, in text order.
    pub quotes: Vec<QuoteMark>,
    /// The article's language as the extractor saw it (`ar`, `en` …).
    pub language: Option<String>,
}

/// One selectable line of the facts pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A section's heading (folds and unfolds it).
    Heading(usize),
    /// An item: section index, item index.
    Item(usize, usize),
}

impl FactsView {
    /// The entries the pane shows, with folded sections' items left out.
    pub fn entries(&self, folded: &[SectionKind]) -> Vec<Entry> {
        let mut entries = Vec::new();
        for (s, section) in self.sections.iter().enumerate() {
            entries.push(Entry::Heading(s));
            if !folded.contains(&section.kind) {
                entries.extend((0..section.items.len()).map(|i| Entry::Item(s, i)));
            }
        }
        entries
    }

    /// The item an entry stands for.
    pub fn item(&self, entry: Entry) -> Option<&FactItem> {
        match entry {
            Entry::Item(s, i) => self.sections.get(s)?.items.get(i),
            Entry::Heading(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> FactsView {
        let item = |t: &str| FactItem {
            text: t.into(),
            evidence: Some(0..1),
        };
        FactsView {
            sections: vec![
                FactSection {
                    kind: SectionKind::Summary,
                    items: vec![item("a"), item("b")],
                },
                FactSection {
                    kind: SectionKind::Quotes,
                    items: vec![item("c")],
                },
            ],
            quotes: Vec::new(),
            language: None,
        }
    }

    #[test]
    fn entries_leave_out_folded_sections() {
        let v = view();
        assert_eq!(v.entries(&[]).len(), 5);
        let folded = v.entries(&[SectionKind::Summary]);
        assert_eq!(
            folded,
            [Entry::Heading(0), Entry::Heading(1), Entry::Item(1, 0)]
        );
        assert_eq!(
            v.item(Entry::Item(1, 0)).map(|i| i.text.as_str()),
            Some("c")
        );
        assert_eq!(v.item(Entry::Heading(0)), None);
    }
}

//! The facts of an article as the facts pane shows them: sections of one-
//! line items, each leading to its evidence in the article, and the quotes
//! in text order for `n`/`N`. Built from the extraction engine's public
//! facts; the pane never looks inside the extractors.

use super::i18n::Strings;
use crate::facts::{Facts, Meeting, Party, Quote, Span};
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

/// The longest fact text shown in one facts-pane item.
const MAX_ITEM_CHARS: usize = 160;

impl FactsView {
    /// The pane's view of an article's facts. `text` is the article (the
    /// summary's sentences are found in it to lead to their place);
    /// `strings` name meeting kinds and topics in the interface's language.
    pub fn from_facts(facts: &Facts, text: &str, strings: &Strings) -> FactsView {
        let item = |label: String, evidence: &Span| FactItem {
            text: shorten(&label),
            evidence: Some(evidence.start..evidence.end),
        };
        let summary = facts
            .summary
            .iter()
            .map(|sentence| FactItem {
                text: shorten(sentence),
                evidence: text.find(sentence.as_str()).map(|s| s..s + sentence.len()),
            })
            .collect();
        let meetings = facts
            .meetings
            .iter()
            .map(|m| item(meeting_label(m, strings), &m.evidence))
            .collect();
        let said = |quotes: &[Quote]| -> Vec<FactItem> {
            quotes
                .iter()
                .map(|q| item(said_label(q), &q.evidence))
                .collect()
        };
        let agreements = facts
            .agreements
            .iter()
            .map(|a| {
                let parties = if a.parties.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", a.parties.join("، "))
                };
                item(format!("{}{parties}", a.text), &a.evidence)
            })
            .collect();
        let topics = facts
            .topics
            .iter()
            .map(|t| FactItem {
                text: strings.topic(&t.id).to_string(),
                evidence: t.evidence.first().map(|s| s.start..s.end),
            })
            .collect();
        let people = facts
            .people
            .iter()
            .map(|p| {
                let label = match p.titles.first() {
                    Some(title) => format!("{} — {title}", p.name),
                    None => p.name.clone(),
                };
                FactItem {
                    text: shorten(&label),
                    evidence: p.mentions.first().map(|s| s.start..s.end),
                }
            })
            .collect();
        let sections = [
            (SectionKind::Summary, summary),
            (SectionKind::Meetings, meetings),
            (SectionKind::Quotes, said(&facts.quotes)),
            (SectionKind::Statements, said(&facts.statements)),
            (SectionKind::Agreements, agreements),
            (SectionKind::Topics, topics),
            (SectionKind::People, people),
        ]
        .into_iter()
        .map(|(kind, items)| FactSection { kind, items })
        .collect();
        let quotes = facts
            .quotes
            .iter()
            .map(|q| QuoteMark {
                span: q.evidence.start..q.evidence.end,
                speaker: q.speaker.as_ref().map(party_label),
            })
            .collect();
        FactsView {
            sections,
            quotes,
            language: Some(facts.language.clone()),
        }
    }
}

/// A party by name, else by description.
fn party_label(party: &Party) -> String {
    match (&party.name, &party.title) {
        (Some(name), _) => name.clone(),
        (None, Some(title)) => title.clone(),
        (None, None) => "?".to_string(),
    }
}

/// "A ↔ B · kind · place · date".
fn meeting_label(meeting: &Meeting, strings: &Strings) -> String {
    let parties: Vec<String> = meeting.participants.iter().map(party_label).collect();
    let mut label = parties.join(" ↔ ");
    for part in [
        Some(strings.meeting_kind(&meeting.kind)),
        meeting.place.as_deref(),
        meeting.date.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        label.push_str(" · ");
        label.push_str(part);
    }
    label
}

/// "speaker: words".
fn said_label(quote: &Quote) -> String {
    match &quote.speaker {
        Some(speaker) => format!("{}: {}", party_label(speaker), quote.text),
        None => quote.text.clone(),
    }
}

/// A fact cut to [`MAX_ITEM_CHARS`] characters, with an ellipsis.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_ITEM_CHARS) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::Language;

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
    fn facts_become_sections_that_lead_to_their_evidence() {
        let text = "عنوان\n\nاستقبل الرئيس سامي الوزير هادي. وقال هادي: «نحن مستعدون للعمل».";
        let facts = crate::facts::extract(text);
        let view = FactsView::from_facts(&facts, text, Language::English.strings());
        assert_eq!(view.sections.len(), 7);
        for item in view.sections.iter().flat_map(|s| &s.items) {
            if let Some(span) = &item.evidence {
                assert!(
                    text.get(span.clone()).is_some(),
                    "{span:?} is not in the text"
                );
            }
        }
        assert_eq!(view.quotes.len(), facts.quotes.len());
        assert_eq!(view.language.as_deref(), Some(facts.language.as_str()));
    }

    #[test]
    fn meeting_kinds_and_topics_speak_the_interface_language() {
        let text = "عنوان\n\nاستقبل الرئيس سامي الوزير هادي لبحث العلاقات الثنائية بين البلدين.";
        let facts = crate::facts::extract(text);
        assert_eq!(facts.meetings.len(), 1, "{:?}", facts.meetings);
        let texts = |language: Language| -> Vec<String> {
            FactsView::from_facts(&facts, text, language.strings())
                .sections
                .iter()
                .flat_map(|s| s.items.iter().map(|i| i.text.clone()))
                .collect()
        };
        let arabic = texts(Language::Arabic);
        assert!(arabic.iter().any(|t| t.contains("· لقاء")), "{arabic:?}");
        assert!(arabic.iter().any(|t| t == "العلاقات الثنائية"), "{arabic:?}");
        let english = texts(Language::English);
        assert!(
            english.iter().any(|t| t.contains("· meeting")),
            "{english:?}"
        );
        assert!(
            english.iter().any(|t| t == "bilateral relations"),
            "{english:?}"
        );
    }

    #[test]
    fn long_facts_are_shortened() {
        let long = "كلمة ".repeat(100);
        let short = shorten(&long);
        assert!(short.chars().count() <= MAX_ITEM_CHARS + 1 && short.ends_with('…'));
        assert_eq!(shorten("قصير"), "قصير");
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

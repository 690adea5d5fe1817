//! Key-fact extraction: who met whom, quotes and their speakers, statements,
//! agreements, topics, people and a summary, each with evidence spans.
//!
//! Rule-based and explainable: lexicons under `src/facts/lexicon/`, the text
//! model of [`crate::text`], one small module per kind of fact. The entry
//! point is [`extract`]; the JSON shape of [`Facts`] is documented in the README.

mod agreements;
pub mod command;
mod doc;
mod lexicon;
mod meetings;
mod meta;
pub mod model;
mod people;
mod speaker;
mod speech;
#[cfg(test)]
mod tests;
mod topics;

pub use model::{Agreement, ArticleDate, Facts, Meeting, Party, PersonFact, Quote, Span, Topic};

/// Sentences in the summary.
pub const SUMMARY_SENTENCES: usize = 3;
/// Fewest words of a quotation kept in a Persian article.
const PERSIAN_QUOTE_WORDS: usize = 5;

/// Key phrases reported.
pub const KEYPHRASES: usize = 5;

/// Extracts the facts of an article, with the default summary length.
pub fn extract(text: &str) -> Facts {
    extract_with(text, SUMMARY_SENTENCES)
}

/// Extracts the facts of an article with a summary of `summary` sentences.
pub fn extract_with(text: &str, summary: usize) -> Facts {
    let doc = doc::Doc::new(text);
    let people = people::find(&doc);
    let speech = speech::find(&doc, &people);
    let date = meta::date(&doc);
    let meetings = meetings::find(&doc, &people, date.as_ref());
    let article_year = date
        .as_ref()
        .and_then(|d| d.iso.as_deref())
        .and_then(|iso| iso.get(..4))
        .and_then(|y| y.parse().ok());
    let agreements = agreements::find(&doc, &people, article_year);
    let mut topics = topics::find(&doc, &people, &meetings, &agreements);
    let mut quotes = speech.quotes;
    if doc.persian {
        // The cues are Arabic and English words, some of which are other
        // words in Persian; a quotation is kept only when it is clearly
        // speech (titles of events are short).
        topics.clear();
        quotes.retain(|q| q.text.split_whitespace().count() >= PERSIAN_QUOTE_WORDS);
    }
    let content_words = meta::ContentWords::of(&doc);
    Facts {
        title: meta::title(text),
        date,
        language: meta::language(&doc),
        summary: meta::summary(&doc, &content_words, summary),
        people: people_facts(&doc, &people),
        meetings,
        quotes,
        statements: speech.statements,
        agreements,
        topics,
        keyphrases: meta::keyphrases(&doc, &content_words, &people, KEYPHRASES),
    }
}

fn people_facts(doc: &doc::Doc, people: &people::People) -> Vec<PersonFact> {
    people
        .persons
        .iter()
        .map(|p| PersonFact {
            name: p.name.clone(),
            titles: p.titles.clone(),
            mentions: p
                .mentions
                .iter()
                .map(|m| {
                    let b = doc.bytes(m.clone());
                    Span::of(doc.text, b.start, b.end)
                })
                .collect(),
        })
        .collect()
}

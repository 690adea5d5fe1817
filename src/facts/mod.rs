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
    let mut meetings = meetings::find(&doc, &people);
    date_meetings(&doc, &mut meetings, date.as_ref());
    let agreements = agreements::find(&doc, &people);
    let topics = topics::find(&doc, &meetings, &agreements);
    Facts {
        title: meta::title(text),
        date,
        language: meta::language(&doc),
        summary: meta::summary(&doc, summary),
        people: people_facts(&doc, &people),
        meetings,
        quotes: speech.quotes,
        statements: speech.statements,
        agreements,
        topics,
        keyphrases: meta::keyphrases(&doc, KEYPHRASES),
    }
}

/// Gives each meeting the date its sentence tells, resolved to `YYYY-MM-DD`
/// where it can be (a weekday or "yesterday" against the article's date).
fn date_meetings(doc: &doc::Doc, meetings: &mut [Meeting], article: Option<&ArticleDate>) {
    for meeting in meetings {
        let at = meeting.evidence.start;
        let index = doc.sents.partition_point(|s| s.bytes.start <= at);
        let Some(sentence) = index.checked_sub(1).and_then(|i| doc.sents.get(i)) else {
            continue;
        };
        if let Some(iso) = meta::event_date(doc, sentence.toks.clone(), article) {
            meeting.date = Some(iso);
        }
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

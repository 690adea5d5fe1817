//! Who a speech verb (or encounter verb) belongs to: the subject after an
//! Arabic verb, before an English one, or a pronoun resolved to the last
//! speaker; titles and surnames resolved through the people list.

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::Party;
use super::people::{nearest_before, People};
use std::ops::Range;

/// A resolved agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A person of the people list.
    Person(usize),
    /// A body or unnamed source, by its description (token range).
    Desc(Range<usize>),
}

impl Who {
    /// The agent as a JSON party.
    pub fn party(&self, doc: &Doc, people: &People) -> Party {
        match self {
            Who::Person(p) => {
                let person = &people.persons[*p];
                Party {
                    name: Some(person.name.clone()),
                    title: person.titles.first().cloned(),
                }
            }
            Who::Desc(r) => Party {
                name: None,
                title: Some(doc.slice(r.clone()).to_string()),
            },
        }
    }
}

/// Words skipped between a verb and its subject (time words, "also", commas).
fn skippable(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    if t.is_punct('،') || t.is_punct(',') {
        return true;
    }
    matches!(
        t.norm.as_str(),
        "ايضا"
            | "كذلك"
            | "also"
            | "then"
            | "اليوم"
            | "امس"
            | "بدوره"
            | "بدورها"
            | "من"
            | "جهته"
            | "جهتها"
    ) || t.kind == crate::text::TokenKind::Number
}

/// The subject right after token `i` (VSO), searching no further than `end`.
pub fn subject_after(doc: &Doc, people: &People, i: usize, end: usize) -> Option<Who> {
    let mut j = i;
    let mut skipped = 0;
    while j < end && skipped < 4 {
        if let Some(who) = agent_at(doc, people, j, end) {
            return Some(who);
        }
        if !skippable(doc, j) {
            return None;
        }
        j += 1;
        skipped += 1;
    }
    None
}

/// A person mention, a title or a source description starting at `j`.
pub fn agent_at(doc: &Doc, people: &People, j: usize, end: usize) -> Option<Who> {
    if let Some((p, _)) = people.mention_at(j) {
        return Some(Who::Person(p));
    }
    if let Some(span) = people.title_at(j) {
        return Some(match span.person {
            Some(p) => Who::Person(p),
            None => Who::Desc(describe(doc, span.toks.start, end)),
        });
    }
    let t = doc.toks.get(j)?;
    let lex = lexicons();
    if lex.sources.has(t) || lex.places.match_at(&doc.toks, j).is_some() {
        return Some(Who::Desc(describe(doc, j, end)));
    }
    None
}

/// A description: from `j` over nouns and adjectives up to four words,
/// stopping at punctuation, function words and complementizers.
fn describe(doc: &Doc, j: usize, end: usize) -> Range<usize> {
    let lex = lexicons();
    let mut k = j + 1;
    while k < end && k - j < 4 {
        let t = &doc.toks[k];
        if !t.is_word()
            || lex.stopwords.has(t)
            || is_complementizer(&t.norm)
            || lex.speech_verbs.has(t)
        {
            break;
        }
        k += 1;
    }
    j..k
}

/// The subject ending right before token `i` (SVO), within `start..i`.
pub fn subject_before(doc: &Doc, people: &People, i: usize, start: usize) -> Option<Who> {
    let mut j = i;
    let mut skipped = 0;
    while j > start && skipped < 4 {
        j -= 1;
        if let Some((p, _)) = people.mention_at(j) {
            return Some(Who::Person(p));
        }
        let t = &doc.toks[j];
        if lexicons().sources.has(t) {
            let mut s = j;
            while s > start
                && doc.toks[s - 1].is_word()
                && !lexicons().stopwords.has_norm(&doc.toks[s - 1].norm)
                && j - s < 3
            {
                s -= 1;
            }
            return Some(Who::Desc(s..j + 1));
        }
        if !(t.is_word()
            && matches!(
                t.norm.as_str(),
                "also" | "later" | "further" | "then" | "had" | "has" | "have" | "reportedly"
            ))
        {
            return None;
        }
        skipped += 1;
    }
    None
}

/// Whether `t` is a third-person pronoun that can stand for the last speaker.
pub fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "هو" | "هي")
}

/// Whether a normalised word introduces a reported clause (إن، أن، بأن، that).
pub fn is_complementizer(w: &str) -> bool {
    matches!(
        w,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "انهما"
            | "اننا"
            | "انني"
            | "بان"
            | "بانه"
            | "بانها"
            | "بانهم"
            | "that"
    )
}

/// The person mentioned last before token `i`, if any.
pub fn last_person_before(people: &People, i: usize) -> Option<usize> {
    let all: Vec<usize> = (0..people.persons.len()).collect();
    let p = nearest_before(people, &all, i)?;
    people.persons[p]
        .mentions
        .iter()
        .any(|m| m.start < i)
        .then_some(p)
}

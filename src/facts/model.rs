//! The facts of an article as the library returns them and `qari facts
//! --json` prints them. Every span is a byte range into the article text.

use serde::Serialize;

/// A piece of the article: byte offsets into the text as read, and that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset just after the last byte.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
}

impl Span {
    /// The span of `text[start..end]` (empty if out of range).
    pub fn of(text: &str, start: usize, end: usize) -> Span {
        let slice = text.get(start..end).unwrap_or("");
        Span {
            start,
            end: start + slice.len(),
            text: slice.to_string(),
        }
    }
}

/// The article's date: as written, and as an ISO date (`YYYY-MM-DD`) when it can be resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleDate {
    /// The date as written in the text.
    pub text: String,
    /// The same date as `YYYY-MM-DD`, or null.
    pub iso: Option<String>,
    /// Where it is written.
    pub evidence: Span,
}

/// A named person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonFact {
    /// The fullest form of the name in the text, honorifics dropped.
    pub name: String,
    /// Titles as given ("رئيس الوزراء العراقي").
    pub titles: Vec<String>,
    /// Every mention: full name, surname alone, or title alone.
    pub mentions: Vec<Span>,
}

/// A participant or speaker: a named person, or a party known only by its
/// description ("وفد روسي", "الحكومة العراقية").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    /// The person's name or the body's name, if known.
    pub name: Option<String>,
    /// The title or description.
    pub title: Option<String>,
}

/// An encounter reported by the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meeting {
    /// Who took part (two or more; one for a summit known only by one party).
    pub participants: Vec<Party>,
    /// `meeting`, `call`, `visit`, `talks` or `summit`.
    pub kind: String,
    /// Where, as written, if given.
    pub place: Option<String>,
    /// When, as written, if given.
    pub date: Option<String>,
    /// The sentence that reports it.
    pub evidence: Span,
}

/// A direct quotation or a reported statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Who said it, or null when the text attributes it to no one.
    pub speaker: Option<Party>,
    /// The words (inside the quotation marks, or after إن/أن/that).
    pub text: String,
    /// Where they are.
    pub evidence: Span,
}

/// Something the parties agreed, decided or signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    /// The clause that states it.
    pub text: String,
    /// The parties (people or countries) named in or around it.
    pub parties: Vec<String>,
    /// Where it is stated.
    pub evidence: Span,
}

/// A topic of the closed list, with its supporting sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// The topic id (`bilateral-relations`, `economy-trade` …).
    pub id: String,
    /// A human-readable label.
    pub label: String,
    /// The sentences that support it.
    pub evidence: Vec<Span>,
}

/// Everything extracted from one article; every list is in text order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Facts {
    /// The headline (first non-empty line), if any.
    pub title: Option<String>,
    /// The article's date, if the text states one.
    pub date: Option<ArticleDate>,
    /// `ar`, `en`, or `und` when neither.
    pub language: String,
    /// The most informative sentences, in article order.
    pub summary: Vec<String>,
    /// Named people.
    pub people: Vec<PersonFact>,
    /// Encounters.
    pub meetings: Vec<Meeting>,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
    /// Reported speech.
    pub statements: Vec<Quote>,
    /// Agreements, decisions and signings.
    pub agreements: Vec<Agreement>,
    /// Topics from the closed list.
    pub topics: Vec<Topic>,
    /// A few key phrases taken from the text.
    pub keyphrases: Vec<String>,
}

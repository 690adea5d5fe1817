//! An article prepared for the extractors: its tokens and sentences.

use crate::input::Document;
use crate::text::{sentences, tokens::tokenize_range, Token};
use std::ops::Range;

/// One sentence: its bytes and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the article.
    pub bytes: Range<usize>,
    /// Index range into [`Doc::toks`].
    pub toks: Range<usize>,
}

/// The article as the extractors see it.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The original text; every offset points into it.
    pub text: &'a str,
    /// All tokens, in order.
    pub toks: Vec<Token>,
    /// The sentences, in order.
    pub sents: Vec<Sentence>,
    /// For each token, the index of its sentence.
    pub sent_of: Vec<usize>,
    /// Whether most letters are Arabic (and the language is Arabic, not Persian).
    pub arabic: bool,
    /// Whether the text is in Arabic script but Persian (or Urdu): the
    /// Arabic lexicons do not apply to it.
    pub persian: bool,
}

/// Letters of Persian and Urdu that Arabic does not use: پ چ ژ گ. (ک and
/// ی are left out: some Arabic sites type every kaf and yeh with them.)
const PERSIAN_LETTERS: &[char] = &['\u{067E}', '\u{0686}', '\u{0698}', '\u{06AF}'];

/// Frequent Persian function words that are not Arabic words.
const PERSIAN_WORDS: &[&str] = &["است", "را", "از", "که", "برای", "شده", "می"];

/// Whether Persian function words make up over 3% of the first words.
fn persian_function_words(text: &str, toks: &[Token]) -> bool {
    let words = toks.iter().filter(|t| t.is_word()).take(3000);
    let (mut all, mut persian) = (0usize, 0usize);
    for t in words {
        all += 1;
        let raw = text.get(t.start..t.end).unwrap_or("");
        if PERSIAN_WORDS.contains(&raw) {
            persian += 1;
        }
    }
    persian >= 2 && persian * 33 > all
}

impl<'a> Doc<'a> {
    /// Segments and tokenises `text`, leaving out the lines of page chrome
    /// ("اقرأ أيضا" and the headlines under it, share buttons, counters):
    /// they belong to the site, not to the article.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut toks = Vec::new();
        let mut sents = Vec::new();
        let mut sent_of = Vec::new();
        let chrome = Document::parse(text).clutter;
        let mut chrome = chrome.iter().peekable();
        for bytes in sentences(text) {
            // sentences never cross a line, and both lists are in text order
            while chrome.next_if(|c| c.end <= bytes.start).is_some() {}
            if chrome.peek().is_some_and(|c| c.start <= bytes.start) {
                continue;
            }
            let first = toks.len();
            toks.extend(tokenize_range(text, bytes.start, bytes.end));
            sent_of.resize(toks.len(), sents.len());
            sents.push(Sentence {
                bytes,
                toks: first..toks.len(),
            });
        }
        let (mut ar, mut latin, mut farsi) = (0usize, 0usize, 0usize);
        for c in text.chars().take(20_000) {
            if ('\u{0600}'..='\u{06FF}').contains(&c) {
                ar += 1;
                if PERSIAN_LETTERS.contains(&c) {
                    farsi += 1;
                }
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        // An Arabic article may spell foreign names with گ or پ; Persian
        // prose has them in nearly every sentence, and its function words.
        let persian = farsi >= 3 && farsi * 100 > ar && persian_function_words(text, &toks);
        Doc {
            text,
            toks,
            sents,
            sent_of,
            arabic: ar >= latin && ar > 0 && !persian,
            persian,
        }
    }

    /// How many tokens the country (or capital) named at token `k` takes,
    /// when it acts ("وقعت تونس"، "بحث العراق وروسيا") rather than being a
    /// place: after a preposition ("في بغداد") or with one glued ("ببغداد").
    /// `start` is where the sentence begins.
    pub fn actor_country(&self, k: usize, start: usize) -> Option<usize> {
        let places = &super::lexicon::lexicons().places;
        let t = self.toks.get(k)?;
        let after_preposition = k > start
            && matches!(
                self.toks[k - 1].norm.as_str(),
                "في" | "من"
                    | "الي"
                    | "علي"
                    | "مع"
                    | "بين"
                    | "in"
                    | "from"
                    | "to"
                    | "at"
                    | "between"
                    | "of"
            );
        let glued = ['ب', 'ل', 'ف', 'ك'].iter().any(|c| t.norm.starts_with(*c))
            && !places.has_norm(&t.norm);
        places
            .match_at(&self.toks, k)
            .filter(|_| !after_preposition && !glued)
    }

    /// The text of tokens `r` without the conjunction glued to its first
    /// word: "وروسيا" → "روسيا".
    pub fn slice_without_and(&self, r: Range<usize>) -> &'a str {
        let text = self.slice(r.clone());
        let glued = self
            .toks
            .get(r.start)
            .is_some_and(|t| t.norm.starts_with('و'));
        text.strip_prefix('و').filter(|_| glued).unwrap_or(text)
    }

    /// The original text of tokens `r` (from the first's start to the last's end).
    pub fn slice(&self, r: Range<usize>) -> &'a str {
        match (
            self.toks.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(a), Some(b)) if a.start <= b.end => &self.text[a.start..b.end],
            _ => "",
        }
    }

    /// The byte range of tokens `r`.
    pub fn bytes(&self, r: Range<usize>) -> Range<usize> {
        match (
            self.toks.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(a), Some(b)) if a.start <= b.end => a.start..b.end,
            _ => 0..0,
        }
    }

    /// The sentence that token `i` is in.
    pub fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        self.sent_of.get(i).and_then(|&s| self.sents.get(s))
    }
}

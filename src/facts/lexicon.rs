//! The lexicons: plain data files under `src/facts/lexicon/`, one entry a
//! line, `#` starts a comment, compiled in and parsed once.
//!
//! Entries are normalised and tokenised like article text; a token matches
//! an entry's first word through any of its clitic stems (see
//! [`crate::text::tokens::stems`]), the other words by their normalised form.

use crate::text::{norm, tokenize, Token};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Verbs that place today's news after an earlier event, in the present
/// ("The visit comes weeks after", "وتأتي الزيارة بعد"), normalised, alone
/// or after the conjunction و.
pub const COMES_NOW: &[&str] = &["comes", "come", "تاتي", "وتاتي", "ياتي", "وياتي"];

/// The same verbs in the past ("came weeks after", "جاء بعد أيام من").
pub const CAME: &[&str] = &["came", "جاءت", "وجاءت", "جاء", "وجاء"];

/// Spans of time between two events ("weeks after", "بعد أيام من"),
/// normalised.
pub const TIME_SPANS: &[&str] = &[
    "days",
    "weeks",
    "months",
    "years",
    "day",
    "week",
    "month",
    "year",
    "ايام",
    "اسابيع",
    "اشهر",
    "شهور",
    "سنوات",
    "يوم",
    "يومين",
    "اسبوع",
    "اسبوعين",
    "شهر",
    "شهرين",
    "عام",
    "عامين",
    "سنه",
    "سنتين",
];

/// A small fast hasher for short keys (the lexicons are fixed data, not input-controlled keys).
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The hasher of the lexicons' sets and maps: short keys, no untrusted collisions to fear.
pub type Fx = BuildHasherDefault<FxHasher>;

/// A set of words and multi-word phrases.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Single-word entries (normalised, also without a leading ال).
    words: HashSet<String, Fx>,
    /// Multi-word entries by their first word: the remaining words.
    phrases: HashMap<String, Vec<Vec<String>>, Fx>,
    /// First words written with a final ه, not ة ("زاره", "جمعه"): normalisation
    /// folds ة to ه, so without this "وزارة" would match "زاره" ("visited him").
    final_ha: HashSet<String, Fx>,
    /// First words written with a final ة: these match either spelling.
    final_taa: HashSet<String, Fx>,
}

fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn core(w: &str) -> Option<&str> {
    w.strip_prefix("ال").filter(|r| r.chars().count() >= 2)
}

impl Lexicon {
    /// Parses a data file.
    pub fn parse(data: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        for entry in entries(data) {
            lex.insert(entry);
        }
        lex
    }

    /// Adds one entry.
    pub fn insert(&mut self, entry: &str) {
        let tokens = tokenize(entry);
        let marbuta = tokens.first().is_some_and(|t| t.marbuta);
        let final_ha = !marbuta && tokens.first().is_some_and(|t| t.norm.ends_with('ه'));
        let words: Vec<String> = tokens.into_iter().map(|t| t.norm).collect();
        let Some((first, rest)) = words.split_first() else {
            return;
        };
        let keys = std::iter::once(first.as_str()).chain(core(first));
        for key in keys {
            if final_ha {
                self.final_ha.insert(key.to_string());
            }
            if marbuta {
                self.final_taa.insert(key.to_string());
            }
            if rest.is_empty() {
                self.words.insert(key.to_string());
            } else {
                self.phrases
                    .entry(key.to_string())
                    .or_default()
                    .push(rest.to_vec());
            }
        }
    }

    /// Whether the single word `t` is an entry.
    pub fn has(&self, t: &Token) -> bool {
        t.stems()
            .any(|s| self.words.contains(s) && self.same_ending(t, s))
    }

    /// Whether entry `key` may be the word `t` whose stem it equals: a word
    /// written with ة is no entry written with ه ("وزارة" is not "و+زاره").
    fn same_ending(&self, t: &Token, key: &str) -> bool {
        !t.marbuta || !self.final_ha.contains(key) || self.final_taa.contains(key)
    }

    /// Whether the normalised word `w` (no clitic stripping) is an entry.
    pub fn has_norm(&self, w: &str) -> bool {
        self.words.contains(w)
    }

    /// The length in tokens of the longest entry that starts at `toks[i]`.
    pub fn match_at(&self, toks: &[Token], i: usize) -> Option<usize> {
        let first = toks.get(i)?;
        let mut best = None;
        for stem in first.stems() {
            let word = self.words.contains(stem);
            let phrases = self.phrases.get(stem);
            if !(word || phrases.is_some()) || !self.same_ending(first, stem) {
                continue;
            }
            if word {
                best = best.max(Some(1));
            }
            for rest in phrases.into_iter().flatten() {
                let hit = rest.iter().enumerate().all(|(k, w)| {
                    toks.get(i + 1 + k)
                        .is_some_and(|t| t.norm == *w || t.stems().any(|s| s == w))
                });
                if hit {
                    best = best.max(Some(1 + rest.len()));
                }
            }
        }
        best
    }
}

/// A lexicon of `key|phrase` lines: phrases grouped under their key.
#[derive(Debug, Default)]
pub struct KeyedLexicon {
    /// One lexicon per key, in file order.
    pub groups: Vec<(String, Lexicon)>,
    /// All phrases of every key: a quick test before the groups are tried.
    pub any: Lexicon,
}

impl KeyedLexicon {
    /// Parses a `key|phrase` data file.
    pub fn parse(data: &str) -> KeyedLexicon {
        let mut groups: Vec<(String, Lexicon)> = Vec::new();
        let mut any = Lexicon::default();
        for entry in entries(data) {
            let Some((key, phrase)) = entry.split_once('|') else {
                continue;
            };
            any.insert(phrase.trim());
            let key = key.trim();
            if let Some((_, lex)) = groups.iter_mut().find(|(k, _)| k == key) {
                lex.insert(phrase.trim());
            } else {
                let mut lex = Lexicon::default();
                lex.insert(phrase.trim());
                groups.push((key.to_string(), lex));
            }
        }
        KeyedLexicon { groups, any }
    }

    /// The key and length of the longest phrase starting at `toks[i]`.
    pub fn match_at(&self, toks: &[Token], i: usize) -> Option<(&str, usize)> {
        self.any.match_at(toks, i)?;
        self.groups
            .iter()
            .filter_map(|(k, lex)| lex.match_at(toks, i).map(|n| (k.as_str(), n)))
            .max_by_key(|&(_, n)| n)
    }
}

/// All lexicons of the extractors.
#[derive(Debug)]
pub struct Lexicons {
    /// Given names (Arabic script and Latin).
    pub given_names: Lexicon,
    /// Given names that are also common words.
    pub ambiguous_names: Lexicon,
    /// Honorifics and forms of address.
    pub honorifics: Lexicon,
    /// Heads of titles and offices.
    pub titles: Lexicon,
    /// Words that continue a title.
    pub office_words: Lexicon,
    /// Nationality adjectives (with derived feminine and plural forms).
    pub nationalities: Lexicon,
    /// Countries, capitals and cities.
    pub places: Lexicon,
    /// International and regional organisations (the UN, the Arab League).
    pub international_bodies: Lexicon,
    /// Speech verbs.
    pub speech_verbs: Lexicon,
    /// Encounter cues by kind.
    pub meeting_cues: KeyedLexicon,
    /// Agreement cues.
    pub agreement_cues: Lexicon,
    /// Words that are never part of a name.
    pub stopwords: Lexicon,
    /// Common nouns (institutions, outlets, objects of a verb) that end a name.
    pub not_names: Lexicon,
    /// Topic cues by topic id.
    pub topics: KeyedLexicon,
    /// Bodies and anonymous sources that can be speakers.
    pub sources: Lexicon,
    /// Words that begin like a future verb (سـ + ي/ت/ن) but are not one.
    pub not_future: Lexicon,
}

fn nationalities() -> Lexicon {
    let data = include_str!("lexicon/nationalities.txt");
    let mut lex = Lexicon::default();
    for entry in entries(data) {
        lex.insert(entry);
        let n = norm(entry);
        if n.ends_with('ي') && !n.is_ascii() {
            // the nisba keeps its ي: موريتاني → موريتانية، موريتانيين، موريتانيتان
            for suffix in ["ة", "ين", "ون", "ان", "تان", "تين"] {
                lex.insert(&format!("{n}{suffix}"));
            }
        }
    }
    lex
}

/// Speech verbs with their regular inflections derived: for a past verb the
/// feminine, dual and plural (أكد → أكدت، أكدا، أكدوا، أكدتا); for a
/// participle the feminine and plural (مؤكدا → مؤكدة، مؤكدين، مؤكدون).
fn speech_verbs() -> Lexicon {
    let data = include_str!("lexicon/speech_verbs.txt");
    let mut lex = Lexicon::default();
    for entry in entries(data) {
        lex.insert(entry);
        let n = norm(entry);
        if n.is_ascii() || n.chars().count() < 3 {
            continue;
        }
        if let Some(stem) = n.strip_prefix('م').and(n.strip_suffix('ا')) {
            for suffix in ["ة", "ين", "ون", ""] {
                lex.insert(&format!("{stem}{suffix}"));
            }
        } else if !n.starts_with('ي') && !n.starts_with('ت') {
            for suffix in ["ت", "ا", "وا", "تا"] {
                lex.insert(&format!("{n}{suffix}"));
            }
        }
    }
    lex
}

/// The lexicons, parsed on first use.
pub fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| {
        let mut given_names = Lexicon::parse(include_str!("lexicon/given_names_ar.txt"));
        for entry in entries(include_str!("lexicon/given_names_en.txt")) {
            given_names.insert(entry);
        }
        Lexicons {
            given_names,
            ambiguous_names: Lexicon::parse(include_str!("lexicon/ambiguous_names.txt")),
            honorifics: Lexicon::parse(include_str!("lexicon/honorifics.txt")),
            titles: Lexicon::parse(include_str!("lexicon/titles.txt")),
            office_words: Lexicon::parse(include_str!("lexicon/office_words.txt")),
            nationalities: nationalities(),
            places: Lexicon::parse(include_str!("lexicon/countries.txt")),
            international_bodies: Lexicon::parse(include_str!("lexicon/international_bodies.txt")),
            speech_verbs: speech_verbs(),
            meeting_cues: KeyedLexicon::parse(include_str!("lexicon/meeting_cues.txt")),
            agreement_cues: Lexicon::parse(include_str!("lexicon/agreement_cues.txt")),
            stopwords: Lexicon::parse(include_str!("lexicon/stopwords.txt")),
            not_names: Lexicon::parse(include_str!("lexicon/not_names.txt")),
            topics: KeyedLexicon::parse(include_str!("lexicon/topics.txt")),
            sources: Lexicon::parse(include_str!("lexicon/sources.txt")),
            not_future: Lexicon::parse(include_str!("lexicon/not_future.txt")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases_with_clitics() {
        let lex = Lexicon::parse("# comment\nالرئيس\nرئيس الوزراء\n");
        let toks = tokenize("وللرئيس ورئيس الوزراء");
        assert_eq!(lex.match_at(&toks, 0), Some(1));
        assert_eq!(lex.match_at(&toks, 1), Some(2));
        assert!(lex.has(&toks[0]));
    }

    #[test]
    fn a_word_with_taa_marbuta_is_no_entry_with_a_pronoun() {
        let lex = Lexicon::parse("زاره\nزيارة\nجمعه في\n");
        let toks = tokenize("وزارة وزياره زاره الجمعة في");
        assert_eq!(lex.match_at(&toks, 0), None, "وزارة is not و+زاره");
        assert_eq!(
            lex.match_at(&toks, 1),
            Some(1),
            "ه written for ة still matches"
        );
        assert_eq!(lex.match_at(&toks, 2), Some(1));
        assert_eq!(lex.match_at(&toks, 3), None, "الجمعة is not جمعه");
        assert!(!lex.has(&toks[0]));
    }

    #[test]
    fn every_un_member_is_a_place() {
        for name in ["غواتيمالا", "بوركينا فاسو", "الجبل الأسود", "Montenegro"]
        {
            let toks = tokenize(name);
            assert_eq!(
                lexicons().places.match_at(&toks, 0),
                Some(toks.len()),
                "{name}"
            );
        }
    }

    #[test]
    fn nationalities_have_feminine_forms() {
        let toks = tokenize("الحكومة العراقية");
        assert!(lexicons().nationalities.has(&toks[1]));
    }

    #[test]
    fn every_lexicon_parses() {
        let lex = lexicons();
        assert!(lex.given_names.has(&tokenize("ومحمد")[0]));
        assert!(lex
            .meeting_cues
            .match_at(&tokenize("اتصالا هاتفيا"), 0)
            .is_some());
        assert!(!lex.topics.groups.is_empty());
    }
}

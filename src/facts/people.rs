//! People: names with their titles, honorifics dropped, every later mention
//! (surname alone, title alone when it is unambiguous) linked.
//!
//! A name starts at a given name from the lexicon, or right after a title
//! ("رئيس الوزراء العراقي") or an honorific ("السيد", "Mr."); it runs over
//! name particles (بن، آل، أبو، عبد) and words that are not function words,
//! titles, verbs or places, up to five words.

use super::doc::Doc;
use super::lexicon::{lexicons, Lexicon};
use crate::text::Token;
use std::ops::Range;

const MAX_NAME: usize = 5;
/// A chain of filiations ("محمد بن سلمان بن عبدالعزيز آل سعود") may run longer.
const MAX_FILIATION: usize = 7;
const PARTICLES: &[&str] = &[
    "بن", "بنت", "ابن", "ال", "ابو", "ولد", "عبد", "ام", "bin", "al", "de", "van", "von", "bint",
    "abu", "da", "el",
];

/// One person found in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The fullest form of the name used in the text.
    pub name: String,
    /// Normalised words of that name.
    pub words: Vec<String>,
    /// Titles given to the person, as written.
    pub titles: Vec<String>,
    /// Normalised words of those titles (article and clitics stripped).
    pub title_words: Vec<Vec<String>>,
    /// Token ranges of every mention, in text order.
    pub mentions: Vec<Range<usize>>,
}

/// A title found in the text, with the person it belongs to (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleSpan {
    /// Token range of the title.
    pub toks: Range<usize>,
    /// The person it names, directly or by coreference.
    pub person: Option<usize>,
}

/// All people of an article.
#[derive(Debug, Default)]
pub struct People {
    /// The people, in order of first mention.
    pub persons: Vec<Person>,
    /// For each token, the person whose mention covers it.
    pub at: Vec<Option<usize>>,
    /// Titles in the text.
    pub titles: Vec<TitleSpan>,
    /// For each token in a mention, where that mention ends.
    end: Vec<usize>,
    /// For each token, the index of the title span starting there.
    title_start: Vec<Option<usize>>,
    /// For each token, the person of the last mention that starts before it.
    last: Vec<Option<usize>>,
    /// For each token, whether it stands inside quotation marks.
    quoted: Vec<bool>,
    /// For each word of a title, the people with a title that has it.
    by_title_word: std::collections::HashMap<String, Vec<usize>>,
}

impl People {
    /// The person mentioned (by name or by title) at token `i`, and where the mention ends.
    pub fn mention_at(&self, i: usize) -> Option<(usize, usize)> {
        let p = self.at.get(i).copied().flatten()?;
        Some((p, self.end.get(i).copied().unwrap_or(i + 1)))
    }

    /// The title span starting at token `i`, if any.
    pub fn title_at(&self, i: usize) -> Option<&TitleSpan> {
        self.title_start
            .get(i)
            .copied()
            .flatten()
            .and_then(|k| self.titles.get(k))
    }

    /// The people one of whose titles has `word` (normalised, as in
    /// [`Person::title_words`]) among its words: "الصيني" finds the one
    /// titled "نائب وزير الخارجية الصيني".
    pub fn titled_with(&self, word: &str) -> Vec<usize> {
        self.by_title_word.get(word).cloned().unwrap_or_default()
    }

    /// The people whose title carries `nationality` (normalised, without
    /// the article: "غواتيمالي"), or else names its country, spelt as the
    /// adjective without its ي and perhaps with ا or يا after it ("الغواتيمالي"
    /// is the minister "لجمهورية غواتيمالا", "الغاني" the one of "غانا"). An
    /// index look-up, unlike [`names_country_of`], which reads one title.
    pub fn titled_with_nationality(&self, nationality: &str) -> Vec<usize> {
        let mut holders = self.titled_with(nationality);
        if let Some(stem) = nationality.strip_suffix('ي').filter(|_| holders.is_empty()) {
            for country in [stem.to_string(), format!("{stem}ا"), format!("{stem}يا")] {
                for p in self.titled_with(&country) {
                    if !holders.contains(&p) {
                        holders.push(p);
                    }
                }
            }
        }
        holders
    }

    /// The person mentioned last before token `i`.
    pub fn last_before(&self, i: usize) -> Option<usize> {
        self.last.get(i).copied().flatten()
    }

    /// Whether token `i` stands inside quotation marks.
    pub fn in_quotes(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Marks tokens `r` as a mention of person `p`.
    fn mark(&mut self, r: Range<usize>, p: usize) {
        for t in r.clone() {
            self.at[t] = Some(p);
            self.end[t] = r.end;
        }
        self.persons[p].mentions.push(r);
    }

    /// Builds the per-token indexes once all mentions are known.
    fn index(&mut self) {
        for p in &mut self.persons {
            p.mentions.sort_by_key(|m| m.start);
        }
        for (id, p) in self.persons.iter().enumerate() {
            for w in p.title_words.iter().flatten() {
                let holders = self.by_title_word.entry(w.clone()).or_default();
                if !holders.contains(&id) {
                    holders.push(id);
                }
            }
        }
        for (k, t) in self.titles.iter().enumerate() {
            if let Some(slot) = self.title_start.get_mut(t.toks.start) {
                *slot = Some(k);
            }
        }
        let mut current = None;
        for i in 0..self.at.len() {
            self.last[i] = current;
            if self.at[i].is_some()
                && (i == 0 || self.at[i - 1] != self.at[i] || self.end[i - 1] <= i)
            {
                current = self.at[i];
            }
        }
    }
}

/// A canonical form of a word for comparing titles: a conjunction or
/// preposition glued to the article dropped, then the article dropped.
pub fn canon(w: &str) -> String {
    for p in ["وال", "فال", "بال", "كال"] {
        if let Some(rest) = w.strip_prefix(p) {
            return rest.to_string();
        }
    }
    if let Some(rest) = w.strip_prefix("لل") {
        return rest.to_string();
    }
    core(w).to_string()
}

/// The core of a normalised word: without a leading ال.
pub fn core(w: &str) -> &str {
    w.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// Facilities, prizes and events often named after a person (see the data file).
fn facilities() -> &'static Lexicon {
    static FACILITIES: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    FACILITIES.get_or_init(|| Lexicon::parse(include_str!("lexicon/facilities.txt")))
}

/// Whether `t` is a facility noun in construct, without the article
/// ("بمطار", "مستشفى"): a title or a name after it names the facility.
fn facility_construct(t: &Token) -> bool {
    let definite = t.norm.starts_with("لل") || t.stems().any(|s| s.starts_with("ال"));
    t.is_word() && !t.norm.is_ascii() && !definite && facilities().has(t)
}

/// Whether a capitalised facility noun follows an English name ending at
/// `j`, at most two capitalised words on ("King Khalid International Airport").
fn facility_after(toks: &[Token], j: usize, end: usize) -> bool {
    (j..end.min(j + 3))
        .take_while(|&k| toks[k].is_word() && toks[k].capital)
        .any(|k| facilities().has_norm(&toks[k].norm))
}

/// Surnames that news uses alone for well-known leaders (see the data file).
pub fn known_surnames() -> &'static Lexicon {
    static SURNAMES: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    SURNAMES.get_or_init(|| Lexicon::parse(include_str!("lexicon/known_surnames.txt")))
}

/// Given names written with the article (see the data file).
fn given_names_with_article() -> &'static Lexicon {
    static NAMES: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| Lexicon::parse(include_str!("lexicon/given_names_with_article.txt")))
}

/// Whether the word at `i`, after a title, is a given name with the article
/// ("الطيب زيتوني", "المنصف المرزوقي"): a surname follows it, a word of no
/// other class, with the article only as a nisba ("العام" in "الأمين العام"
/// is no surname, "الأفريقي" neither).
fn given_with_article(toks: &[Token], i: usize, end: usize) -> bool {
    let lex = lexicons();
    if !given_names_with_article().has_norm(&toks[i].norm) {
        return false;
    }
    toks.get(i + 1).filter(|_| i + 1 < end).is_some_and(|n| {
        let w = n.norm.as_str();
        let nisba = !w.starts_with("ال") || w.ends_with('ي');
        n.is_word()
            && !w.is_ascii()
            && nisba
            && !known_word(n)
            && !lex.given_names.has(n)
            && !verb_shape(w, false)
    })
}

/// A well-known surname standing alone as a name ("استقبل ماكرون الجمعة",
/// "وقال أردوغان", "Macron said"): one word, not in the middle of a longer name.
fn lone_surname(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let t = toks.get(i).filter(|_| i < end)?;
    let latin = t.norm.is_ascii();
    let known = if latin {
        t.capital && known_surnames().has_norm(&t.norm)
    } else {
        known_surnames().has(t) && !t.norm.starts_with("ال")
    };
    let before_given = toks
        .get(i + 1)
        .filter(|_| i + 1 < end)
        .is_some_and(|n| lexicons().given_names.has_norm(&n.norm));
    (known && !before_given).then_some(i..i + 1)
}

/// A surname alone after a title or an honorific ("الرئيس تبون، اليوم،",
/// "استقبل الرئيس السيسي رئيس وزراء اليونان", "السيد عطاف"): news names
/// leaders it assumes known by their surname only. A word of no other class,
/// closed by a boundary; a known surname may have the article or the shape
/// of a verb (تبون), other words not.
fn surname_after_title(toks: &[Token], k: usize, end: usize) -> Option<Range<usize>> {
    let t = toks
        .get(k)
        .filter(|t| k < end && t.is_word() && !t.norm.is_ascii())?;
    let lex = lexicons();
    let known = known_surnames().has(t);
    let other_class = known_word(t);
    let w = t.norm.as_str();
    // "ويبحثان", "بحضور", "والمؤسس": a clitic on a verb, a noun or the article
    let clitic_on_a_word = t
        .stems()
        .filter(|s| s.len() < w.len())
        .any(|s| s.starts_with("ال") || verb_shape(s, false) || lex.stopwords.has_norm(s));
    let plain = !w.starts_with("ال")
        && !w.starts_with("لل")
        && w.chars().count() >= 4
        && !w.ends_with('ا')
        && !verb_shape(w, false)
        && !clitic_on_a_word
        && !other_class
        && !lex.given_names.has(t);
    // "الرئيس السوداني" is the Sudanese president whatever the list says
    let describes = lex.nationalities.has(t) || lex.titles.has(t) || lex.places.has(t);
    if !(known || plain) || describes {
        return None;
    }
    let next = toks.get(k + 1).filter(|_| k + 1 < end);
    let said = next.is_some_and(|n| speech_verb(n) || super::speaker::is_complementizer(&n.norm));
    let closed = next.is_none_or(|n| {
        !n.is_word()
            || lex.stopwords.has(n)
            || known && known_word(n)
            || lex.titles.match_at(toks, k + 1).is_some()
    }) || said;
    // a word no list knows is a surname only after a one-word office or
    // "السيد", before a comma, a time word or what he said ("الرئيس مواندا،")
    let bare_office = k > 0 && BARE_HEADS.contains(&toks[k - 1].norm.as_str());
    let sharply_closed =
        said || next.is_none_or(|n| !n.is_word() || TIME_WORDS.contains(&n.norm.as_str()));
    let plain_ok = bare_office && sharply_closed;
    (closed && (known || plain_ok)).then_some(k..k + 1)
}

/// One-word offices and honorifics a bare surname follows ("الرئيس تبون").
const BARE_HEADS: &[&str] = &[
    "الرييس",
    "الرييسه",
    "الوزير",
    "الوزيره",
    "الملك",
    "العاهل",
    "السلطان",
    "الامير",
    "الشيخ",
    "السفير",
    "السفيره",
    "المستشار",
    "المستشاره",
    "السيد",
    "السيده",
];

/// Words of the day that may close a surname ("الرئيس فلان اليوم").
const TIME_WORDS: &[&str] = &["اليوم", "امس", "صباح", "مساء", "الليله"];

fn is_particle(t: &Token) -> bool {
    PARTICLES.contains(&t.norm.as_str()) || t.norm == "آل"
}

/// Regnal ordinals, which end a monarch's or a pope's name ("محمد السادس").
const REGNAL: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الثانيه",
];

/// Latin name particles that are written in lower case ("bin", "al-Sisi").
const LATIN_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "abu", "de", "da", "di", "del", "der", "van", "von", "dos",
    "la", "le", "du", "do", "della",
];

/// Whether the lower-case Latin token at `j` continues a name: a particle
/// before a capitalised word ("Mohammed bin Salman"), or an article glued by
/// a hyphen ("al-Sisi", "el-Sisi").
fn latin_particle(toks: &[Token], j: usize, end: usize) -> bool {
    let t = &toks[j];
    let n = t.norm.as_str();
    let hyphenated = [
        "al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-",
    ]
    .iter()
    .any(|p| n.strip_prefix(p).is_some_and(|r| r.len() >= 3));
    let before_capital = LATIN_PARTICLES.contains(&n)
        && toks
            .get(j + 1)
            .filter(|_| j + 1 < end)
            .is_some_and(|x| x.capital || latin_particle(toks, j + 1, end));
    t.is_word() && !t.capital && (hyphenated || before_capital)
}

/// Whether `t` can be a surname right after a given name although it has
/// the shape of a common word: an Arabic plural participle (ماكرون، مارتين),
/// a relative adjective without the article (اشتية، عطية), or a Maghreb
/// name in بو (بوريطة) that looks like the preposition ب; not a known word
/// of another class.
///
/// Before punctuation, the shape of a pronoun suffix too (كاترين كولونا.،
/// هانا تيتيه،): a possessive noun right after a name rarely ends a clause.
fn odd_surname(t: &Token, before_punct: bool) -> bool {
    let lex = lexicons();
    let w = t.norm.as_str();
    let maghreb = w.starts_with("بو") && w.chars().count() >= 5;
    let pronoun = before_punct && !t.marbuta && (w.ends_with("نا") || w.ends_with('ه'));
    let shape = plural_participle(w) || t.marbuta && w.ends_with("يه") || maghreb || pronoun;
    shape
        && !w.starts_with("ال")
        && (maghreb || !glued(t))
        && !lex.stopwords.has(t)
        && !lex.not_names.has(t)
        && !lex.titles.has(t)
        && !lex.places.has(t)
        && !lex.nationalities.has(t)
        && !speech_verb(t)
        && !meeting_cue(t)
        && !lex.agreement_cues.has(t)
}

/// Prepositions that open a clause's circumstances ("... في بروكسل").
const PREPOSITIONS: &[&str] = &["في", "الي", "مع", "خلال"];

/// Whether a normalised word is a date word or a weekday.
fn is_date_word(w: &str) -> bool {
    DATE_WORDS.contains(&w) || super::meta::WEEKDAYS.contains(&w)
}

/// Date words that open a clause's circumstances ("... يوم الاثنين"), with
/// the weekdays of [`super::meta::WEEKDAYS`].
const DATE_WORDS: &[&str] = &["اليوم", "يوم", "امس", "غدا", "مساء", "صباح"];

/// Whether the word at `j`, right after a given name, is a foreign surname
/// that only looks like an Arabic word of another class: a verb prefix
/// before punctuation or قد (بيتر سيارتو،) or, ending in a long vowel, before a
/// preposition (بيتر سيارتو إلى), or a glued و / ب / ل (ستيف ويتكوف،،
/// رمطان لعمامرة في، بيني وونغ مع) or a pronoun suffix (سيجورنيه اليوم)
/// before punctuation or a date word (a glued letter before a preposition too). What remains once the
/// glued letter is dropped must itself be no known or common word
/// (وزوجته، بزيارة stay apart).
fn foreign_surname(toks: &[Token], j: usize, end: usize) -> bool {
    let t = &toks[j];
    let w = t.norm.as_str();
    let punct = subject_ends(toks, j + 1, end);
    let next = toks.get(j + 1).filter(|_| j + 1 < end);
    let date = punct || next.is_some_and(|n| is_date_word(&n.norm));
    let lex = lexicons();
    // "بيتر سيارتو إن", "ستيفان سيجورنيه محادثات", "بيني وونغ بنظيرها": what the
    // sentence goes on with after its subject
    let said = next.is_some_and(|n| super::speaker::is_complementizer(&n.norm) || speech_verb(n));
    let object = said || next.is_some_and(|n| lex.titles.has(n) || meeting_cue(n));
    // "رمطان لعمامرة يواصل": a present-tense verb goes on after the subject
    let verb_next = next.is_some_and(present_verb);
    let circumstance = date
        || object
        || verb_next
        || next.is_some_and(|n| PREPOSITIONS.contains(&n.norm.as_str()));
    if !circumstance || t.tanween || w.starts_with("ال") || known_word(t) {
        return false;
    }
    let n = w.chars().count();
    let verb = n >= 5 && (w.starts_with("سي") || w.starts_with('ي'));
    let pronoun = n >= 5 && !t.marbuta && w.ends_with('ه');
    let clitic = ["و", "ب", "ل"]
        .iter()
        .find_map(|c| w.strip_prefix(c))
        .filter(|rest| {
            rest.chars().count() >= 3 && !rest.starts_with("ال") && !rest.starts_with('ل')
        })
        .filter(|rest| {
            (t.marbuta || !pronoun_suffix(rest)) && !lexicons().given_names.has_norm(rest)
        });
    // "كالاس", "فالس": an article after a clitic needs a noun of three letters
    let short_article = ["وال", "فال", "بال", "كال"]
        .iter()
        .find_map(|c| w.strip_prefix(c))
        .is_some_and(|rest| rest.chars().count() <= 2);
    // "بيتر سيارتو إلى": an Arabic verb rarely ends in a long vowel before a preposition
    let vowel = w.ends_with('و') || w.ends_with('ا');
    let preposition = next.is_some_and(|n| PREPOSITIONS.contains(&n.norm.as_str()));
    verb && (punct || said || vowel && preposition)
        || pronoun && (date || object)
        || clitic.is_some()
        || short_article && punct
}

/// Whether `t` has the shape of a present-tense verb (يواصل، تبحث) and is
/// no name or other known word.
fn present_verb(t: &Token) -> bool {
    let w = t.norm.as_str();
    let shape = w.chars().count() >= 4 && (w.starts_with('ي') || w.starts_with('ت'));
    shape && !lexicons().given_names.has(t) && !known_word(t) && !t.norm.is_ascii()
}

/// Whether a word ends in a pronoun suffix (زوجته، جهودهم).
fn pronoun_suffix(w: &str) -> bool {
    ["ه", "ها", "هم", "هما", "كم", "نا"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Whether some stem of `t` is a word of a lexicon other than names.
fn known_word(t: &Token) -> bool {
    let lex = lexicons();
    lex.stopwords.has(t)
        || lex.not_names.has(t)
        || lex.titles.has(t)
        || lex.honorifics.has(t)
        || lex.places.has(t)
        || lex.nationalities.has(t)
        || lex.office_words.has(t)
        || speech_verb(t)
        || lex.agreement_cues.has(t)
        || facilities().has(t)
        || meeting_cue(t)
}

/// Whether `t` is a speech verb, with the conjunction و/ف glued to it at
/// most: a preposition never takes a verb, so "بيري" is no ب + "يرى".
fn speech_verb(t: &Token) -> bool {
    let verbs = &lexicons().speech_verbs;
    t.stems().any(|s| {
        let prefix = t.norm.get(..t.norm.len() - s.len()).unwrap_or("");
        !prefix.contains(['ب', 'ك', 'ل']) && verbs.has_norm(s)
    })
}

/// Whether `t` is a function or time word. The weekdays are entered with
/// the article (الجمعة، الخميس); bare, they are frequent surnames (أحمد جمعة).
/// "الصباح" with the article and no preposition is the family name (نواف
/// الأحمد الصباح): the morning is "صباح اليوم", "صباحاً" or "في الصباح".
fn stopword(t: &Token) -> bool {
    lexicons().stopwords.has(t) && !matches!(t.norm.as_str(), "جمعه" | "خميس" | "الصباح")
}

/// Whether `t` is an encounter cue. A word in ة is not the verb with the
/// pronoun ه that normalisation makes it look like ("أحمد جمعة" is no
/// "جمعه", he gathered him).
fn meeting_cue(t: &Token) -> bool {
    let cues = &lexicons().meeting_cues.any;
    let verb_with_pronoun = t.marbuta
        && t.norm
            .strip_suffix('ه')
            .is_some_and(|base| cues.has_norm(base));
    cues.has(t) && !verb_with_pronoun
}

/// Whether token `j` is punctuation or the end of the sentence.
fn punct_after(toks: &[Token], j: usize, end: usize) -> bool {
    toks.get(j)
        .filter(|_| j < end)
        .is_none_or(|t| !t.is_word() && t.kind != crate::text::TokenKind::Number)
}

/// Whether the subject ends before token `j`: punctuation, or the particle
/// "قد" of a pluperfect ("وكانت الوزيرة كاترين كولونا قد زارت").
fn subject_ends(toks: &[Token], j: usize, end: usize) -> bool {
    punct_after(toks, j, end) || toks.get(j).is_some_and(|t| j < end && t.norm == "قد")
}

/// مفعولين / مفعلون (مبعوثين، مسؤولون): the shape of a plural participle.
fn plural_participle(w: &str) -> bool {
    w.chars().count() >= 6
        && w.starts_with('م')
        && !w.starts_with("مي")
        && (w.ends_with("ين") || w.ends_with("ون"))
}

/// Whether `t` can be a word of a name (other than its first).
fn name_word(t: &Token, latin: bool) -> bool {
    let lex = lexicons();
    if !t.is_word() {
        return false;
    }
    if latin {
        // a headline in title case ("Leaders Sign Agreements") is not a name
        return t.capital
            && !lex.stopwords.has_norm(&t.norm)
            && !lex.speech_verbs.has_norm(&t.norm)
            && !lex.agreement_cues.has_norm(&t.norm)
            && !meeting_cue(t)
            && !lex.titles.has_norm(&t.norm)
            && !lex.places.has_norm(&t.norm)
            && !lex.nationalities.has_norm(&t.norm)
            && !lex.not_names.has_norm(&t.norm)
            && !lex.office_words.has_norm(&t.norm)
            && !facilities().has_norm(&t.norm);
    }
    if lex.given_names.has_norm(&t.norm) || is_particle(t) {
        return true;
    }
    if t.tanween || t.maksura && lex.stopwords.has_norm(&t.norm) {
        return false; // "جديداً", "على": never part of a name
    }
    !(common_word_shape(&t.norm, t.marbuta)
        || t.norm.chars().count() < 2
        || stopword(t)
        || lex.titles.has(t)
        || speech_verb(t)
        || lex.agreement_cues.has_norm(&t.norm)
        || lex.honorifics.has_norm(&t.norm)
        || lex.places.has(t)
        || lex.not_names.has(t)
        || facilities().has(t)
        || meeting_cue(t))
}

/// Whether a normalised Arabic word has the shape of a common word rather
/// than a name: a pronoun suffix (بلاده، أعمالها), a present-tense prefix
/// (يعاني), or the article with a relative-adjective ending (الشعبية).
fn common_word_shape(w: &str, marbuta: bool) -> bool {
    if foreign_name_ending(w) {
        return false; // "سيكورسكي" has no future prefix
    }
    let n = w.chars().count();
    // "ماغدالينا", "كاترينا": a foreign given name in -ina, not "…نا" (our)
    let foreign_ina = n >= 6 && w.ends_with("ينا") && !w.starts_with("ال");
    let pronoun = n >= 5
        && !foreign_ina
        && ["ها", "هم", "هما", "كم", "نا"]
            .iter()
            .any(|s| w.ends_with(s))
        || n >= 4 && !marbuta && w.ends_with('ه') && !w.ends_with("الله");
    // names in يو (يوسف، يونس، يوكو) are no verbs, but يوا… is (يواصل، يواجه)
    let present = n >= 4 && w.starts_with('ي') && (!w.starts_with("يو") || n >= 5 && w.starts_with("يوا"))
        || n >= 5 && w.starts_with("تت")
        // future: سيزور، سيلتقي
        // (a future verb never ends in a bare alef: "سيلفا" is a surname)
        || n >= 5 && w.starts_with("سي") && !w.starts_with("سيو") && !bare_alef_end(w)
        // future dual and plural: سيبحثان، ستعقدون
        || n >= 6
            && (w.starts_with("سي") || w.starts_with("ست"))
            && (w.ends_with("ان") || w.ends_with("ون"));
    let adjective = (w.starts_with("ال") || marbuta) && w.ends_with("يه");
    let letters: Vec<char> = w.chars().collect();
    let bare: &[char] = match letters.first() {
        Some('ب' | 'ل' | 'و' | 'ف') if letters.len() == 6 => &letters[1..],
        _ => &letters,
    };
    // تفعيل (تنسيق، تكليف، تعزيز): a verbal noun
    // (not "تانيا": the pattern has no alef)
    let masdar = bare.len() == 5 && bare[0] == 'ت' && bare[3] == 'ي' && !bare.contains(&'ا');
    let plural = plural_participle(w);
    let feminine_plural = n >= 6 && w.ends_with("ات");
    pronoun || present || adjective || masdar || plural || feminine_plural
}

/// Whether a word ends like a Slavic family name, an ending no Arabic
/// word has: -ski and -ska (سكي، سكا), -enko (ينكو), -ich (يتش).
fn foreign_name_ending(w: &str) -> bool {
    ["سكي", "سكا", "ينكو", "يتش"].iter().any(|e| w.ends_with(e))
}

/// Whether a word ends in an alef that is not the و-alef of a plural verb
/// (سيلفا, not زاروا).
fn bare_alef_end(w: &str) -> bool {
    w.ends_with('ا') && !w.ends_with("وا")
}

/// "Japanese minister Ryosei Akazawa": a title head in lower case at
/// `i..head_end` after a nationality, followed by two capitalised words.
fn nationality_then_two_capitals(toks: &[Token], i: usize, head_end: usize, end: usize) -> bool {
    let nationality = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|p| p.capital && lexicons().nationalities.has_norm(&p.norm));
    let two_capitals = head_end + 2 <= end
        && toks
            .get(head_end..head_end + 2)
            .is_some_and(|w| w.iter().all(|t| t.is_word() && t.capital));
    nationality && two_capitals
}

/// "the Indian minister", "the Egyptian president": a title head in lower
/// case right after "the" and a capitalised nationality adjective.
fn the_nationality_before(toks: &[Token], i: usize) -> bool {
    let (Some(nationality), Some(the)) = (
        i.checked_sub(1).and_then(|k| toks.get(k)),
        i.checked_sub(2).and_then(|k| toks.get(k)),
    ) else {
        return false;
    };
    the.norm == "the" && nationality.capital && lexicons().nationalities.has(nationality)
}

/// Length in tokens of a title starting at `i` (head, then office words,
/// nationality adjectives and places), or 0.
pub fn title_len(toks: &[Token], i: usize, end: usize) -> usize {
    let lex = lexicons();
    let Some(head) = lex.titles.match_at(toks, i) else {
        return 0;
    };
    let latin = toks[i].norm.is_ascii();
    // "his Iranian counterpart Abbas Araghchi", "UN envoy Hans Grundberg": a title
    // head in lower case when a capitalised given name follows
    let named = toks
        .get(i + head)
        .filter(|_| i + head < end)
        .is_some_and(|n| n.capital && lex.given_names.has_norm(&n.norm))
        || toks[i].norm == "counterpart"
        || latin && nationality_then_two_capitals(toks, i, i + head, end)
        || latin && the_nationality_before(toks, i);
    if latin && !toks[i].capital && toks[i].norm != "pm" && !named {
        return 0;
    }
    if toks[i].norm == "امام" {
        return 0; // without the article "أمام" is the preposition "in front of", not the imam
    }
    let after_number = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.kind == crate::text::TokenKind::Number);
    if toks[i].norm == "pm" && after_number {
        return 0; // "4:12 PM GMT": the time of day, not a prime minister
    }
    if !latin && head == 1 && given_pair(toks, i, end) {
        return 0; // "المهندس أمين حسن الناصر": a given name, not the title "أمين"
    }
    let mut j = i + head;
    while j < end && j - i < 8 {
        let t = &toks[j];
        if latin && in_portfolio(toks, i, j, end) {
            j += 1;
            continue;
        }
        if latin && !t.capital && !matches!(t.norm.as_str(), "of" | "for") {
            break;
        }
        if !latin && new_title_at(toks, i, j, end) {
            // "استقبل رئيس الجمهورية سفير اليابان": the host's title, then the guest's
            break;
        }
        if counterpart_word(t) || preposition_title(t) {
            // "وزير الخارجية العراقي نظيره التركي", "… الإيراني بالمدير العام":
            // the counterpart, or the object of "التقى ب", is another person
            break;
        }
        let step = lex
            .titles
            .match_at(toks, j)
            .or_else(|| lex.places.match_at(toks, j))
            .or_else(|| lex.international_bodies.match_at(toks, j))
            .or_else(|| (lex.office_words.has(t) || lex.nationalities.has(t)).then_some(1))
            .or_else(|| accredited_to(toks, j, end))
            .or_else(|| country_epithet(toks, i, j).then_some(1))
            .or_else(|| abroad(toks, j, end).then_some(2))
            .or_else(|| (!latin && joined_portfolio(toks, i, j)).then_some(1));
        match step {
            Some(n) if !lex.given_names.has_norm(&t.norm) => j += n,
            // "نائب أمير منطقة الرياض", "المتحدث باسم الحكومة": a title or office word that
            // is also a given name, with its domain after it ("... باسم العوادي" is the name)
            Some(n) if title_domain_follows(toks, j + n, end) => j += n,
            _ => break,
        }
    }
    while j > i + head && matches!(toks[j - 1].norm.as_str(), "of" | "for") {
        j -= 1;
    }
    j.min(end) - i
}

/// Whether a Latin word is a surname with its lower-case Arabic article
/// ("el-Sisi", "al-Sudani"): a name though it starts in lower case.
fn particled_surname(doc: &Doc, t: &Token) -> bool {
    let written = doc.text.get(t.start..t.end).unwrap_or("");
    ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-"]
        .iter()
        .find_map(|p| written.strip_prefix(p))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// Whether the word at `j` joins one more field to the portfolio of the
/// title at `i` ("وزير الثقافة والفنون", "وزير الشؤون الإسلامية والدعوة
/// والإرشاد"): "و" and a definite noun of no other class after a definite
/// word of the title.
fn joined_portfolio(toks: &[Token], i: usize, j: usize) -> bool {
    let lex = lexicons();
    let t = &toks[j];
    let Some(field) = t.norm.strip_prefix('و').filter(|f| f.starts_with("ال")) else {
        return false;
    };
    let after_definite = j > i + 1 && toks[j - 1].norm.trim_start_matches('و').starts_with("ال");
    let other_class = lex.titles.has_norm(field)
        || lex.titles.has_norm(core(field))
        || lex.given_names.has_norm(field)
        || lex.places.has_norm(field)
        || lex.nationalities.has_norm(field)
        || lex.stopwords.has_norm(field)
        || field.starts_with("الوفد");
    after_definite && !other_class && field.chars().count() >= 4
}

/// Whether the word at `j` would follow a family name with the article
/// inside the name at `i` ("سالم الدوري رجال الأعمال"): after one only more
/// family names with the article ("مشعل الأحمد الجابر الصباح"), particles
/// (بن، ولد، آل) or given names of a filiation may come.
fn after_family_name(toks: &[Token], i: usize, j: usize) -> bool {
    let t = &toks[j];
    let prev = &toks[j - 1];
    // "عبد الله بو حبيب", "عبد المالك سلال": the second half of a given name
    let compound_given = prev.norm == "الله" || j >= 2 && toks[j - 2].norm.ends_with("عبد");
    j >= i + 2
        && !compound_given
        && !t.norm.is_ascii()
        && prev.norm.starts_with("ال")
        && !t.norm.starts_with("ال")
        && !is_particle(t)
        && !is_particle(prev)
        && !lexicons().given_names.has(t)
        && !known_surnames().has(t)
}

/// "مشعل الأحمد الجابر الصباح أمير دولة الكويت": after two words of a name,
/// a title word that is also a given name (أمير, ملك) with its domain after
/// it opens the title that follows the name.
fn title_inside_name(toks: &[Token], i: usize, j: usize, end: usize) -> bool {
    j >= i + 2 && lexicons().titles.has(&toks[j]) && title_domain_follows(toks, j + 1, end)
}

/// Whether the word at `j` is a definite noun in ة with its adjective of
/// nationality after it ("الغارة الإسرائيلية"): a noun phrase, not a name.
fn noun_with_its_adjective(toks: &[Token], j: usize, end: usize) -> bool {
    let t = &toks[j];
    t.marbuta
        && t.norm.starts_with("ال")
        && toks.get(j + 1).is_some_and(|n| {
            j + 1 < end && n.marbuta && n.norm.starts_with("ال") && lexicons().nationalities.has(n)
        })
}

/// Whether the word at `j` is a family name with the article and ة ("الفراية",
/// "الخصاونة", "المعايطة"), after which the name ends: a definite word of no
/// other class, no ordinal, with a title, a verb, punctuation or a function
/// word after it.
fn family_in_a(toks: &[Token], j: usize, end: usize) -> bool {
    let t = &toks[j];
    let lex = lexicons();
    let ordinal = REGNAL.contains(&t.norm.as_str())
        || matches!(t.norm.as_str(), "الاولي" | "الثالثه" | "الرابعه" | "الخامسه");
    let ends = strict_boundary(toks, j + 1, end)
        || lex.titles.match_at(toks, j + 1).is_some()
        || toks.get(j + 1).is_some_and(|n| verb_shape(&n.norm, false));
    t.marbuta
        && t.norm.starts_with("ال")
        && t.norm.chars().count() >= 6
        && !ordinal
        && !known_word(t)
        && ends
}

/// Whether "في الخارج" (abroad) starts at `j`: the end of a portfolio for
/// citizens abroad ("وزير الخارجية والموريتانيين في الخارج").
fn abroad(toks: &[Token], j: usize, end: usize) -> bool {
    j + 1 < end && toks[j].norm == "في" && toks[j + 1].norm == "الخارج"
}

/// Whether `t` has the shape of a definite feminine relative adjective
/// (الاشتراكية، الشعبية).
fn feminine_nisba(t: &Token) -> bool {
    !t.norm.is_ascii() && t.marbuta && t.norm.starts_with("ال") && t.norm.ends_with("يه")
}

/// Whether the word at `j` of the title starting at `i` is an epithet of
/// the country before it, part of the state's official name ("جمهورية
/// فيتنام الاشتراكية", "جمهورية الصين الشعبية", "جمهورية لاو الديمقراطية
/// الشعبية"), so that the name after it is not taken for the title's word.
fn country_epithet(toks: &[Token], i: usize, j: usize) -> bool {
    let mut k = j;
    while k > i + 1 && feminine_nisba(&toks[k - 1]) {
        k -= 1;
    }
    feminine_nisba(&toks[j]) && k > i + 1 && lexicons().places.has(&toks[k - 1])
}

/// Heads of a title that name several people ("الوزراء", "السفراء").
const PLURAL_HEADS: &[&str] = &["وزراء", "سفراء", "روساء", "قاده", "زعماء", "نواب"];

/// Whether the title at tokens `r` is plural: its head names several
/// people, so one unknown word after it is no name ("نواب الوزراء تجتمع").
/// "رئيس الوزراء" is one person's.
fn plural_title(toks: &[Token], r: Range<usize>) -> bool {
    toks.get(r.start)
        .is_some_and(|t| t.stems().any(|s| PLURAL_HEADS.contains(&s)))
}

/// Whether `t` is a known given name.
fn given_name(t: &Token) -> bool {
    lexicons().given_names.has(t)
}

/// Whether token `j` of the English title at `i` belongs to its portfolio
/// after "of": a capitalised office word or place, or a comma or "and"
/// before one ("Minister of Trade, Industry and Energy Ahn Duk-geun").
fn in_portfolio(toks: &[Token], i: usize, j: usize, end: usize) -> bool {
    let lex = lexicons();
    let of = toks[i..j]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "of" | "for"));
    let domain = |t: &Token| {
        t.capital
            && !lex.given_names.has_norm(&t.norm)
            && (lex.office_words.has_norm(&t.norm) || lex.places.has_norm(&t.norm))
    };
    let t = &toks[j];
    of && (domain(t)
        || (t.is_punct(',') || t.norm == "and")
            && toks.get(j + 1).is_some_and(|n| j + 1 < end && domain(n)))
}

/// Offices that stack with further titles of the same person ("ولي العهد
/// رئيس مجلس الوزراء", "نائب رئيس الوزراء وزير الخارجية", "نائب رئيس الدولة
/// رئيس مجلس الوزراء حاكم دبي"), normalised.
const STACKING: &[&str] = &["الوزراء", "الحكومه", "الدوله", "العهد"];

/// Whether a second title starts at `j` inside the title that starts at `i`:
/// the title so far is complete (it ends in a definite word, a place or a
/// nationality, not in a construct head), and at `j` stands a title head
/// with a domain of its own that is not in construct with it: without the
/// article ("رئيس مجلس النواب رئيسَ البرلمان الأوغندي"), or with it after a
/// one-word title ("الوزير المديرةَ العامة لمنظمة", "الملك السفيرَ الياباني").
/// A head of the other gender always starts one (وزير الخارجية المفوضةَ).
/// Ranks (العماد، الفريق) are honorifics and never start one; titles of
/// offices that stack (رئيس مجلس الوزراء وزير الخارجية) do not split.
fn new_title_at(toks: &[Token], i: usize, j: usize, end: usize) -> bool {
    let lex = lexicons();
    let (Some(prev), Some(t)) = (j.checked_sub(1).and_then(|k| toks.get(k)), toks.get(j)) else {
        return false;
    };
    let complete =
        prev.norm.starts_with("ال") || lex.places.has(prev) || lex.nationalities.has(prev);
    let Some(head) = lex.titles.match_at(toks, j) else {
        return false;
    };
    let conjunction = without_conjunction(&t.norm) != t.norm;
    if conjunction && j > i && other_nationality_after(toks, j, end) {
        return true; // "الرئيس القبرصي ورئيس الوزراء اليوناني": two people
    }
    if j <= i || !complete || lex.honorifics.has_norm(&t.norm) || conjunction {
        return false;
    }
    // "وزير الخارجية المفوضةَ الأوروبية": a man's title, then a woman's
    let gender = toks[i].marbuta != t.marbuta;
    if gender && !lex.honorifics.has(&toks[i]) {
        return true;
    }
    let definite = t.norm.starts_with("ال");
    if definite && j != i + 1 {
        return false;
    }
    let stacked = toks[i..j]
        .iter()
        .any(|w| STACKING.contains(&w.norm.as_str()));
    let domain = toks
        .get(j + head)
        .filter(|_| j + head < end)
        .is_some_and(|d| {
            lex.office_words.has(d)
                || lex.nationalities.has(d)
                || lex.titles.has(d)
                || lex.places.match_at(toks, j + head).is_some()
        });
    domain && !stacked
}

/// Whether a title ends at `j - 1` in a nationality and the title
/// joined to it by و at `j` names another one within a few words: the
/// offices of two people, not two offices of one ("رئيس الوزراء ووزير
/// الخارجية" is one).
fn other_nationality_after(toks: &[Token], j: usize, end: usize) -> bool {
    let nationalities = &lexicons().nationalities;
    let last = &toks[j - 1];
    if !nationalities.has(last) {
        return false;
    }
    let mine = canon(&last.norm);
    toks[j + 1..end.min(j + 5)]
        .iter()
        .take_while(|t| t.is_word())
        .find(|t| nationalities.has(t))
        .is_some_and(|t| canon(&t.norm) != mine)
}

/// Whether the bare word at `i` and the word after it are both given names
/// ("أمين حسن", "سلطان أحمد"): a title word that is also a given name starts
/// a name there, since a title is followed by its domain or the holder's name.
fn given_pair(toks: &[Token], i: usize, end: usize) -> bool {
    let given = |t: &Token| lexicons().given_names.has_norm(&t.norm);
    let next = toks.get(i + 1).filter(|_| i + 1 < end);
    !toks[i].norm.starts_with("ال") && given(&toks[i]) && next.is_some_and(given)
}

/// Whether `t` is a title head with the preposition ب glued to it
/// ("بالمدير", "بوزير"): the start of a new phrase, never a title's continuation.
fn preposition_title(t: &Token) -> bool {
    let titles = &lexicons().titles;
    !t.norm.is_ascii()
        && t.norm.starts_with('ب')
        && !titles.has_norm(&t.norm)
        && !titles.has_norm(core(&t.norm))
        && titles.has(t)
}

/// "الرئيس الأوزبكي فلان، والكازاخي فلان، والقرغيزي فلان": in a list of people
/// sharing one office, a nationality after "، و" stands for the whole title.
fn elliptic_nationality(toks: &[Token], start: usize, i: usize) -> bool {
    let after_comma = i > start && (toks[i - 1].is_punct('،') || toks[i - 1].is_punct(','));
    after_comma
        && toks[i]
            .norm
            .strip_prefix('و')
            .is_some_and(|w| w.starts_with("ال") && lexicons().nationalities.has_norm(w))
}

/// "وزراء خارجية تركيا فلان، وأذربيجان فلان، وباكستان فلان": after a plural
/// title earlier in the sentence, a country after "، و" stands for the
/// office of the name after it.
fn elliptic_country(toks: &[Token], start: usize, i: usize) -> bool {
    let after_comma = i > start && (toks[i - 1].is_punct('،') || toks[i - 1].is_punct(','));
    let country = toks[i]
        .norm
        .strip_prefix('و')
        .is_some_and(|w| lexicons().places.has_norm(w));
    let plural = || {
        toks[start..i]
            .iter()
            .any(|t| t.stems().any(|s| PLURAL_HEADS.contains(&s)))
    };
    after_comma && country && plural()
}

/// Whether `t` is "نظير" with or without a pronoun (نظيره، نظيرها) or
/// "counterpart": a title of the other party of an encounter.
fn counterpart_word(t: &Token) -> bool {
    t.stems().any(|s| s.starts_with("نظير")) || t.norm == "counterpart"
}

/// Whether the word at `j` (after a title word that is also a given name)
/// says what the title is over: an office word or a country, not a name.
fn title_domain_follows(toks: &[Token], j: usize, end: usize) -> bool {
    let lex = lexicons();
    let Some(t) = toks.get(j).filter(|_| j < end) else {
        return false;
    };
    !lex.given_names.has_norm(&t.norm)
        && (lex.office_words.has(t) || lex.places.match_at(toks, j).is_some())
}

/// "لدى" inside a title, when a country or a body follows ("سفير إيران لدى
/// الأمم المتحدة"): the preposition is part of the title (one token).
/// "إلى"/"في" too, when a place and then a given name follow ("المبعوث
/// الأممي إلى ليبيا هانا تيتيه"): without the name they may begin the
/// sentence's own complement ("وصل الرئيس إلى بغداد").
fn accredited_to(toks: &[Token], j: usize, end: usize) -> Option<usize> {
    let lex = lexicons();
    let next = toks.get(j + 1).filter(|_| j + 1 < end)?;
    let place = lex.places.match_at(toks, j + 1);
    match toks[j].norm.as_str() {
        "لدي" => (place.is_some() || lex.office_words.has(next)).then_some(1),
        "الي" | "في" => {
            let k = j + 1 + place?;
            let after = toks.get(k).filter(|_| k < end)?;
            // or two unknown name words closed by a comma ("ممثل المنظمة في
            // السودان شبل صهباني، في مؤتمر")
            let two_words_then_comma = || {
                let words = toks.get(k..k + 2).filter(|_| k + 2 < end)?;
                let comma = toks.get(k + 2)?;
                (words.iter().all(|t| name_word(t, false) && !glued(t))
                    && (comma.is_punct('،') || comma.is_punct(',')))
                .then_some(1)
            };
            lex.given_names
                .has_norm(&after.norm)
                .then_some(1)
                .or_else(two_words_then_comma)
                .or_else(|| unknown_name_at("", toks, k, end).map(|_| 1))
        }
        _ => None,
    }
}

/// Whether `t` is "السيد"/"السيدة" (Mr, Mrs), after which a name comes.
fn mister(t: &Token) -> bool {
    matches!(t.norm.as_str(), "السيد" | "السيده" | "والسيد" | "والسيده")
}

/// Length of a chain of honorifics at `i`.
fn honorific_len(toks: &[Token], i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end {
        if j > i && toks[j].norm == toks[j - 1].norm {
            break; // "السيد السيد القصير": the second is the given name
        }
        match lexicons().honorifics.match_at(toks, j) {
            Some(1) if definite_mismatch(&toks[j]) || bare_rank(&toks[j]) => break,
            Some(n) => {
                j += n;
                if toks.get(j).is_some_and(|t| t.is_punct('.')) {
                    j += 1;
                }
            }
            None => break,
        }
    }
    j - i
}

/// Whether a one-word honorific matched a definite word only through its
/// bare form: "الدولة" (the state) is not the honorific "دولة".
fn definite_mismatch(t: &Token) -> bool {
    let definite: Vec<&str> = t.stems().filter(|s| s.starts_with("ال")).collect();
    !definite.is_empty() && !definite.iter().any(|s| lexicons().honorifics.has_norm(s))
}

/// Military ranks, honorifics only with the article: "فريق عمل" is a team,
/// "لواء" a brigade, "عميد الكلية" a dean.
const RANKS: &[&str] = &["فريق", "لواء", "عميد", "عقيد", "عماد"];

/// Whether `t` is a rank without the article (see [`RANKS`]).
fn bare_rank(t: &Token) -> bool {
    !t.stems().any(|s| s.starts_with("ال")) && t.stems().any(|s| RANKS.contains(&s))
}

/// Whether `t` carries a conjunction or preposition glued to a word
/// ("والتنمية", "بالمطار", "للسعودية", "ومسؤولين"): such a word never continues a name.
fn glued(t: &Token) -> bool {
    let n = t.norm.as_str();
    if ["وال", "فال", "بال", "كال", "لل"]
        .iter()
        .any(|p| n.starts_with(p))
    {
        return true;
    }
    let given = lexicons().given_names.has_norm(n);
    let preposition = t.marbuta && ['ب', 'ل', 'ك'].iter().any(|&p| n.starts_with(p));
    // "أشاد قيس سعيد بمستوى العلاقات": a preposition on a participle or a known word
    let on_a_noun = n.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|rest| {
        rest.chars().count() >= 4 && (rest.starts_with("مست") || known_norm(rest))
    });
    !given && (preposition || on_a_noun || n.starts_with('و') && n.chars().count() >= 4)
}

/// Whether the name may end before token `j`.
fn boundary(toks: &[Token], j: usize, end: usize) -> bool {
    let lex = lexicons();
    let Some(t) = toks.get(j).filter(|_| j < end) else {
        return true;
    };
    !t.is_word()
        || t.tanween
        || t.norm.chars().count() < 2
        || glued(t)
        || common_word_shape(&t.norm, t.marbuta)
        || stopword(t)
        || speech_verb(t)
        || lex.titles.has(t)
        || lex.titles.match_at(toks, j).is_some()
        || lex.honorifics.has_norm(&t.norm)
        || lex.places.has(t)
        || lex.not_names.has(t)
        || facilities().has(t)
        || lex.nationalities.has(t)
        || lex.agreement_cues.has(t)
        || meeting_cue(t)
        || super::speaker::is_complementizer(&t.norm)
}

/// A boundary that a one-word name after a title needs: punctuation, a
/// function word, a speech verb or a complementizer ("الرئيس عون،").
fn strict_boundary(toks: &[Token], j: usize, end: usize) -> bool {
    let lex = lexicons();
    let Some(t) = toks.get(j).filter(|_| j < end) else {
        return true;
    };
    !t.is_word()
        || lex.stopwords.has(t)
        || speech_verb(t)
        || super::speaker::is_complementizer(&t.norm)
}

/// Whether the word at `i` is the subject of a speech verb who speaks to
/// someone before what he says ("وقال حسين للصحفيين إن", "لوكالة الأنباء
/// العراقية إن"): the word after it is the addressee, not more of a name.
fn speaks_to_someone(toks: &[Token], i: usize) -> bool {
    let spoken = i > 0 && speech_verb(&toks[i - 1]);
    let to = toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && t.norm.starts_with('ل'));
    let said = (i + 2..toks.len().min(i + 6))
        .take_while(|&k| toks[k].is_word())
        .any(|k| super::speaker::is_complementizer(&toks[k].norm));
    spoken && to && said
}

/// Whether the word at `j` of a name is certainly a name word: a given
/// name, or the word after a particle ("بن فرحان", "آل ثاني", "عبد الله").
fn certain(toks: &[Token], i: usize, j: usize) -> bool {
    lexicons().given_names.has_norm(&toks[j].norm) || j > i && is_particle(&toks[j - 1])
}

/// The number of words of the given name at `i`: two for a compound in عبد
/// written apart ("عبد اللطيف"), else one.
fn given_len(toks: &[Token], i: usize) -> usize {
    if toks[i].norm == "عبد" {
        2
    } else {
        1
    }
}

/// The token range of a name starting at `i`, if one starts there.
fn name_at(
    text: &str,
    toks: &[Token],
    i: usize,
    end: usize,
    after_title: bool,
) -> Option<Range<usize>> {
    let lex = lexicons();
    let first = toks.get(i).filter(|_| i < end)?;
    let latin = first.norm.is_ascii();
    if !first.is_word() || latin && !first.capital {
        return None;
    }
    if first.maksura && lex.stopwords.has_norm(&first.norm) {
        return None; // "على كامل الأراضي": the preposition, not the name علي
    }
    let given = if latin {
        latin_given(&first.norm)
    } else if first.norm.starts_with("ال") {
        // "المختار ولد اجاي": a given name with the article, before a filiation
        let filiation = toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "بن" | "بنت" | "ولد"));
        // "السيد السيد القصير": after the honorific, the same word is the given name
        let doubled = i > 0 && first.norm == "السيد" && toks[i - 1].norm == first.norm;
        lex.given_names.has_norm(&first.norm)
            || filiation && lex.given_names.has_norm(core(&first.norm))
            || doubled
            || after_title && given_with_article(toks, i, end)
    } else if let Some(rest) = first
        .norm
        .strip_prefix("وال")
        .or_else(|| first.norm.strip_prefix("فال"))
    {
        // "الأربعاء والخميس المقبلين": with the article the weekday is no given name خميس
        lex.given_names.has_norm(&format!("ال{rest}"))
    } else {
        lex.given_names.has(first)
    };
    // "سفير فرنسا هيرفيه ماغرو", "السفيرة يانيكه ترومب": after a title, a foreign
    // given name may end in ه like a pronoun, when a second name word follows
    let foreign_given = after_title
        && !latin
        && first.norm.chars().count() >= 4
        && first.norm.ends_with('ه')
        && !first.marbuta
        && !first.norm.starts_with("ال")
        && !lex.titles.has(first)
        && !counterpart_word(first)
        && toks
            .get(i + 1)
            .filter(|_| i + 1 < end)
            .is_some_and(|n| name_word(n, false) && !glued(n) && !lex.given_names.has(n));
    // "General Secretary To Lam": after a capitalised title, a capitalised
    // function word before another capital is a Vietnamese given name
    let asian_given = latin
        && after_title
        && first.capital
        && matches!(
            first.norm.as_str(),
            "to" | "le" | "vo" | "do" | "ha" | "ho" | "an"
        )
        && i > 0
        && toks[i - 1].capital
        && toks
            .get(i + 1)
            .is_some_and(|n| i + 1 < end && n.capital && n.is_word());
    if !given
        && !foreign_given
        && !asian_given
        && (!after_title || !name_word(first, latin) || glued(first))
    {
        return None;
    }
    if !latin
        && ["بال", "لل", "كال"]
            .iter()
            .any(|p| first.norm.starts_with(p))
    {
        return None; // "التقى الوزير بالأمين العام": a preposition and the article start no name
    }
    if !given && !latin && first.norm.starts_with("ال") && !hamza_al(text, first) {
        return None; // "سلطان البلاد المفدى": an unknown word with the article is not a first name
    }
    if blessing(toks, i, end) {
        return None;
    }
    let mut j = i + 1;
    // the periods of initials, which do not count as words of the name
    let mut dots = 0;
    // whether the name surely ends at `j`: what follows is no name word
    let mut ended = false;
    // "K.P. Sharma Oli", "S. Jaishankar": a name may open with initials
    let initial = latin && first.norm.len() == 1 && toks.get(j).is_some_and(|t| t.is_punct('.'));
    if initial && toks.get(j + 1).is_some_and(|t| j + 1 < end && t.capital) {
        j += 1;
        dots += 1;
    }
    while j < end
        && (j - i - dots < MAX_NAME
            || j - i < MAX_FILIATION
                && (is_particle(&toks[j])
                    || is_particle(&toks[j - 1])
                    || filiation_ends(toks, i, j)))
    {
        let t = &toks[j];
        if latin {
            let initial = t.norm.len() == 1 && toks.get(j + 1).is_some_and(|n| n.is_punct('.'));
            if initial {
                j += 2;
                dots += 1;
                continue;
            }
            // "Nawaf bin Said Al-Malki": after bin, Said is a name
            let after_bin = t.capital
                && matches!(toks[j - 1].norm.as_str(), "bin" | "ibn" | "bint")
                && t.is_word();
            if !name_word(t, true) && !latin_particle(toks, j, end) && !after_bin {
                break;
            }
            if possessive(&t.norm).is_some() {
                j += 1; // "President Robert Mugabe’s phrase": the possessive ends the name
                break;
            }
        } else if t.maksura && lex.stopwords.has_norm(&t.norm)
            || t.tanween
            || blessing(toks, j, end)
        {
            break; // "على", "جديداً", "رحمه الله"
        } else if after_family_name(toks, i, j)
            || noun_with_its_adjective(toks, j, end)
            || title_inside_name(toks, i, j, end)
        {
            ended = true;
            break;
        } else if t.norm == "شيخ"
            && given
            && toks
                .get(j + 1)
                .is_some_and(|n| j + 1 < end && (lex.given_names.has(n) || name_word(n, false)))
        {
            // "حسن شيخ محمود", "شريف شيخ أحمد": شيخ without the article inside a name
        } else if j == i + 1
            && given
            && matches!(t.norm.as_str(), "الشيخ" | "السيد")
            && strict_boundary(toks, j + 1, end)
        {
            j += 1; // "حسين الشيخ،": an honorific with nothing after it is the surname
            break;
        } else if j == i + 1
            && given
            && t.norm == "السيد"
            && toks
                .get(j + 1)
                .is_some_and(|n| j + 1 < end && lex.given_names.has_norm(&n.norm))
        {
            // "محمد السيد أحمد": the father's name, not "Mr."
        } else if REGNAL.contains(&t.norm.as_str())
            && (lex.given_names.has_norm(&toks[j - 1].norm) || toks[j - 1].norm == "الله")
        {
            j += 1; // "الملك عبدالله الثاني": the ordinal ends the name
            break;
        } else if j == i + given_len(toks, i)
            && given
            && (odd_surname(t, subject_ends(toks, j + 1, end))
                || foreign_surname(toks, j, end)
                || known_surnames().has(t))
        {
            // "إيمانويل ماكرون", "محمد اشتية": after a given name a surname may
            // have the shape of a common word
        } else if j == i + given_len(toks, i) && given && family_in_a(toks, j, end) {
            // "مازن الفراية", "عبدالله الخصاونة": a family name in ة after a given name
        } else if hamza_al(text, t)
            && strict_boundary(toks, j + 1, end)
            && !common_word_shape(&t.norm, t.marbuta)
            && !lex.stopwords.has_norm(&t.norm)
            && !lex.speech_verbs.has_norm(&t.norm)
            && !lex.places.has_norm(&t.norm)
        {
            // "خوسيه مانويل ألباريس": a hamza on the alef, so not the article
        } else if !(is_particle(t)
            || is_particle(&toks[j - 1])
            || lex.given_names.has_norm(&t.norm))
        {
            let surname_adj = j - i >= 2
                && lex.nationalities.has_norm(&t.norm)
                && t.norm.starts_with("ال")
                && ends_here(toks, j + 1, end);
            // "القائم بالأعمال": a title of several words, though its first word is no title
            let phrase_title = lex.titles.match_at(toks, j).is_some_and(|n| n >= 2);
            if glued(t) || phrase_title || !name_word(t, false) && !surname_adj {
                break;
            }
        }
        j += 1;
    }
    while j > i + 1 && is_particle(&toks[j - 1]) {
        j -= 1;
    }
    while !latin && !ended && j > i + 1 && !certain(toks, i, j - 1) && !boundary(toks, j, end) {
        j -= 1;
    }
    let ambiguous = lex.ambiguous_names.has(first);
    // "على" is the preposition even after a title ("أمير قطر على حفاوة")
    let preposition = ambiguous && first.maksura && lex.stopwords.has_norm(&first.norm);
    let two_words = j - i >= 2;
    let vouched = two_words
        && (certain(toks, i, i + 1) || apposed_title(toks, j, end) || spoken_subject(toks, i));
    if ambiguous && (!after_title || preposition) && !vouched {
        return None;
    }
    if !given && !latin && j - i >= 2 && construct_phrase(&toks[i + 1]) {
        return None; // "وثمن أمير قطر جهود المملكة": the object of the verb, not a name
    }
    let possessive_one = j - i == 1 && possessive(&first.norm).is_some();
    if j - i == 1 && !given && !possessive_one && !strict_boundary(toks, j, end) {
        return None;
    }
    let single_ok = after_title && (latin || !first.norm.starts_with("ال"))
        || latin && given && toks.get(i + 1).is_none_or(|t| !t.capital);
    (j - i >= 2 || single_ok && !lex.stopwords.has(first)).then_some(i..j)
}

/// Whether the word at `j` may close a chain of filiations as the family
/// name ("محمد بن عبدالعزيز بن صالح الخليفي"): it follows "بن + name" and
/// has the article.
fn filiation_ends(toks: &[Token], i: usize, j: usize) -> bool {
    let after_pair = j >= i + 2
        && matches!(
            toks[j - 2].norm.as_str(),
            "بن" | "بنت" | "ابن" | "bin" | "bint" | "ibn"
        );
    let family = |t: &Token| {
        t.norm.starts_with("ال") && !glued(t)
            || ["al-", "el-"].iter().any(|p| t.norm.starts_with(p)) && t.capital
    };
    after_pair && family(&toks[j])
}

/// Whether the ambiguous given name at `i` follows a speech verb and a
/// family name with the article follows it ("وصرح كريم الدباغ"، "وقال عادل
/// القاسمي"): right after the verb the word is its subject, not an adjective.
fn spoken_subject(toks: &[Token], i: usize) -> bool {
    let lex = lexicons();
    let verb = i
        .checked_sub(1)
        .and_then(|v| toks.get(v))
        .is_some_and(|v| !v.norm.is_ascii() && speech_verb(v));
    let family = toks.get(i + 1).is_some_and(|t| t.norm.starts_with("ال"));
    // "وأكد على الالتزام": the preposition, not علي
    let preposition = toks[i].maksura && lex.stopwords.has_norm(&toks[i].norm);
    verb && family && !preposition
}

/// Whether a comma and a title follow token `j` ("ناصر بوريطة، وزير الخارجية"):
/// a title in apposition shows that the words before it are a name.
fn apposed_title(toks: &[Token], j: usize, end: usize) -> bool {
    let comma = toks
        .get(j)
        .is_some_and(|t| j < end && (t.is_punct('،') || t.is_punct(',')));
    comma && title_len(toks, j + 1, end) > 0
}

/// Whether a Latin word is a given name, a hyphenated compound included
/// when its first part is one ("Abdul-Malik", "Abdel-Fattah", "Jean-Yves").
fn latin_given(w: &str) -> bool {
    let given = &lexicons().given_names;
    given.has_norm(w)
        || w.split_once('-')
            .is_some_and(|(a, b)| !b.is_empty() && given.has_norm(a))
}

/// Whether the word after an unknown first word makes a noun phrase rather
/// than a name: it has the article and is not a nisba (جهود المملكة، دور
/// الأردن; but مساعد العيبان… only with a known given name, شياع السوداني).
fn construct_phrase(second: &Token) -> bool {
    let w = second.norm.as_str();
    w.starts_with("ال") && !w.ends_with('ي') && !lexicons().given_names.has_norm(w)
}

fn ends_here(toks: &[Token], j: usize, end: usize) -> bool {
    j >= end || !toks[j].is_word() || lexicons().stopwords.has(&toks[j]) || speech_verb(&toks[j])
}

/// The original text of a name, without a clitic glued to its first word
/// nor an English possessive after its last ("Robert Mugabe’s").
fn name_text(doc: &Doc, r: Range<usize>) -> String {
    let given = &lexicons().given_names;
    let text = without_clitic(doc, r.clone(), |s| {
        given.has_norm(s) || known_surnames().has_norm(s)
    });
    // "…، ووونغ": after a comma a و before a name that is no known word is "and"
    let first = &doc.toks[r.start];
    let listed = after_comma(&doc.toks, r.start)
        && first.norm.starts_with('و')
        && !first
            .stems()
            .any(|s| given.has_norm(s) || known_surnames().has_norm(s));
    let text = match text.strip_prefix('و') {
        Some(rest) if listed && first.norm.chars().count() >= 4 => rest.to_string(),
        _ => text,
    };
    // "التقى بـجو بايدن": a letter drawn out with a tatweel is a clitic
    let text = match text.char_indices().nth(1) {
        Some((k, 'ـ')) if text.starts_with(['ب', 'ل', 'ك', 'و', 'ف']) => text
            [k + 'ـ'.len_utf8()..]
            .trim_start_matches('ـ')
            .to_string(),
        _ => text,
    };
    match possessive(&text) {
        Some(stem) if !stem.is_empty() => stem.to_string(),
        _ => text,
    }
}

/// The word without an English possessive ending ("Mugabe’s" → "Mugabe").
fn possessive(w: &str) -> Option<&str> {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))
}

/// The original text of tokens `r` without the conjunction or preposition
/// glued to the first word ("وبنائب" → "نائب"): the first stem that
/// `known` accepts says how many letters to drop.
fn without_clitic(doc: &Doc, r: Range<usize>, known: impl Fn(&str) -> bool) -> String {
    let first = &doc.toks[r.start];
    let stem = first
        .stems()
        .find(|s| known(s))
        .unwrap_or(first.norm.as_str());
    let stem = if first.norm.ends_with(stem)
        && stem.len() < first.norm.len()
        && first
            .norm
            .strip_suffix(stem)
            .is_some_and(|p| p.ends_with("ال"))
    {
        // keep the article: "الرئيس" stays whole
        &first.norm[first.norm.len() - stem.len() - "ال".len()..]
    } else {
        stem
    };
    let skip = first
        .norm
        .chars()
        .count()
        .saturating_sub(stem.chars().count());
    let raw = doc.slice(r);
    let mut start = 0;
    let mut letters = 0;
    for (k, c) in raw.char_indices() {
        if letters == skip && crate::text::normalize::fold_char(c).is_some() {
            start = k;
            break;
        }
        if crate::text::normalize::fold_char(c).is_some() {
            letters += 1;
        }
    }
    raw[start..].to_string()
}

fn name_words(doc: &Doc, r: Range<usize>) -> Vec<String> {
    let text = name_text(doc, r);
    crate::text::tokenize(&text)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm)
        .collect()
}

fn title_words(doc: &Doc, r: Range<usize>) -> Vec<String> {
    doc.toks[r]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| canon(without_conjunction(&t.norm)))
        .collect()
}

/// A title word without the و/ف glued to it ("ووزير" → "وزير"), so that
/// "ووزير الخارجية القبرصي" and "الوزير القبرصي" share their head.
fn without_conjunction(w: &str) -> &str {
    let titles = &lexicons().titles;
    match w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        Some(rest) if !titles.has_norm(w) && titles.has_norm(canon(rest).as_str()) => rest,
        // an elliptic title: "، وأذربيجان فلان"
        Some(rest)
            if w.starts_with('و')
                && lexicons().places.has_norm(rest)
                && !lexicons().places.has_norm(w) =>
        {
            rest
        }
        _ => w,
    }
}

/// Finds the people of a document.
pub fn find(doc: &Doc) -> People {
    let mut people = People {
        at: vec![None; doc.toks.len()],
        end: vec![0; doc.toks.len()],
        title_start: vec![None; doc.toks.len()],
        last: vec![None; doc.toks.len()],
        quoted: quoted_tokens(doc),
        ..People::default()
    };
    if doc.persian {
        return people; // the Arabic name and title lexicons would misread Persian words
    }
    let mut blocked = vec![false; doc.toks.len()];
    let uses = word_uses(doc);
    for s in &doc.sents {
        scan_sentence(doc, s.toks.clone(), &mut people, &mut blocked, &uses);
    }
    link_surnames(doc, &mut people, &blocked);
    for p in &mut people.persons {
        p.mentions.sort_by_key(|m| m.start);
    }
    attach_titles_after_names(doc, &mut people);
    link_titles(doc, &mut people);
    people.index();
    people
}

/// Gulf and agency style puts the title after the name: "معالي السيد فلان
/// وزير الخارجية". A title naming no one, right after (or a comma after) the
/// name of someone given no title before it, is that person's. Someone
/// already titled ("الرئيس فلان رئيسَ وزراء اليونان") is not given it: after
/// a titled host the title is usually the guest's.
fn attach_titles_after_names(doc: &Doc, people: &mut People) {
    let mut titles = std::mem::take(&mut people.titles);
    for span in titles.iter_mut().filter(|s| s.person.is_none()) {
        let other = |t: &Token| counterpart_word(t) || preposition_title(t);
        if doc.toks.get(span.toks.start).is_some_and(other) {
            continue; // "نظيره", "بممثلة اليونيسف": the other party
        }
        let Some(mut k) = span.toks.start.checked_sub(1) else {
            continue;
        };
        let comma = doc.toks[k].is_punct('،') || doc.toks[k].is_punct(',');
        if comma {
            let Some(before) = k.checked_sub(1) else {
                continue;
            };
            k = before;
        }
        let Some(p) = people.at[k] else {
            continue;
        };
        // a byline's name ("كتب فلان") is not described by the next line's title
        let gap = doc
            .text
            .get(doc.toks[k].end..doc.toks[span.toks.start].start);
        let bracketed = comma && bracketed_definite(doc, span.toks.clone());
        if (has_office(&people.persons[p]) && !bracketed) || gap.is_some_and(|g| g.contains('\n')) {
            continue;
        }
        span.person = Some(p);
        let title = without_clitic(doc, span.toks.clone(), |s| lexicons().titles.has_norm(s));
        people.persons[p].titles.push(title);
        people.persons[p]
            .title_words
            .push(title_words(doc, span.toks.clone()));
        people.mark(span.toks.clone(), p);
    }
    people.titles = titles;
}

/// Ranks of royalty that stand before a name without saying what office its
/// bearer holds: "الأمير فلان وزير الخارجية" names his office after the name.
const ROYAL_RANKS: &[&str] = &["امير", "اميره", "شيخ", "شيخه", "prince", "sheikh"];

/// Whether a person has a title other than a [`ROYAL_RANKS`] rank.
fn has_office(person: &Person) -> bool {
    person
        .title_words
        .iter()
        .any(|words| !matches!(words.as_slice(), [w] if ROYAL_RANKS.contains(&w.as_str())))
}

/// Whether the title at `r` is definite and closed by a comma or a speech
/// verb: "السفير جمال رشدي، المتحدث الرسمي باسم الأمين العام، بأن" is an
/// apposition even after a titled name (a guest's title has no article
/// or is followed by the guest's name).
fn bracketed_definite(doc: &Doc, r: Range<usize>) -> bool {
    let definite = doc
        .toks
        .get(r.start)
        .is_some_and(|t| t.norm.starts_with("ال"));
    let closed = doc
        .toks
        .get(r.end)
        .is_some_and(|t| t.is_punct('،') || t.is_punct(',') || speech_verb(t));
    definite && closed
}

/// How many words of the article have each stem.
type Uses<'a> = std::collections::HashMap<&'a str, u32, super::lexicon::Fx>;

/// Counts, for every stem, the words of the article that have it, so that
/// "is this word used again?" costs one look-up.
fn word_uses<'a>(doc: &'a Doc) -> Uses<'a> {
    let mut uses = Uses::default();
    for t in doc.toks.iter().filter(|t| t.is_word()) {
        for s in t.stems() {
            *uses.entry(s).or_default() += 1;
        }
    }
    uses
}

/// Whether a word has the shape of a verb rather than a name: a past verb
/// of a feminine subject (تلقت، أكدت، أشارت), a present or future verb
/// (يبحث، تستضيف، ستعقد), a participle of a derived verb (متفائل،
/// مستعد), or, after a one-word title, a bare three-letter
/// past verb (الوزير قدم، الرئيس بحث).
fn verb_shape(w: &str, bare_title: bool) -> bool {
    let n = w.chars().count();
    let present = n >= 4 && (w.starts_with('ي') || w.starts_with('ت'));
    let future = n >= 5 && ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p));
    // a participle of a derived verb as the predicate: "الرئيس الفنلندي متفائل"
    let participle = n >= 5 && (w.starts_with("مست") || w.starts_with("مت"));
    feminine_past(w) || present || future || participle || bare_title && n == 3
}

/// Whether a word has the shape of a past verb of a feminine subject
/// (تلقت، أكدت، أشارت).
fn feminine_past(w: &str) -> bool {
    (4..=6).contains(&w.chars().count()) && w.ends_with('ت') && !w.ends_with("ات")
}

/// Whether the one-word name `r` found right after a title is a phantom:
/// the title is the subject of a verb or the start of a clause ("وذكر بيان
/// لمكتب رئيس الوزراء، تلقت الوكالة نسخة منه"، "الوزير قدم للوفد"). The word
/// is in no name lexicon, is never used again in the article (a real name
/// alone after a title is mostly a surname named in full elsewhere), and it
/// follows a comma or has the shape of a verb.
fn phantom_name(
    toks: &[Token],
    r: &Range<usize>,
    comma: bool,
    bare_title: bool,
    uses: &Uses<'_>,
) -> bool {
    let lex = lexicons();
    let Some(t) = toks.get(r.start).filter(|_| r.len() == 1) else {
        return false;
    };
    let named = lex.given_names.has(t) || known_surnames().has(t) || lex.ambiguous_names.has(t);
    let again = uses.get(t.norm.as_str()).is_some_and(|&n| n > 1);
    !t.norm.is_ascii() && !named && !again && (comma || verb_shape(&t.norm, bare_title))
}

/// Whether the title at `r` names its office fully: more than a head, and
/// ending in a nationality, a country or a definite office word ("وزير
/// الخارجية الفيتنامي", "رئيس جمهورية النيجر", "سفير كازاخستان لدى المملكة").
/// The holder's name follows such a title far more often than an object of
/// the verb does; a bare "الوزير" is often the subject of the next word.
fn complete_title(toks: &[Token], r: Range<usize>) -> bool {
    let lex = lexicons();
    let Some(last) = r
        .end
        .checked_sub(1)
        .filter(|_| r.len() >= 2)
        .and_then(|k| toks.get(k))
    else {
        return false;
    };
    let office = last.norm.starts_with("ال") && lex.office_words.has(last);
    !last.norm.is_ascii()
        && !plural_title(toks, r.clone())
        && (office || lex.nationalities.has(last) || lex.places.has(last))
}

/// Whether `t` can be a word of a name in no lexicon, after a complete
/// title: no function word, known word, verb or common-word shape, no
/// article, clitic, tanween or taa marbuta (a foreign name in Arabic script
/// has none of these). A feminine-plural shape is allowed only before
/// another word ("أرارات ميرزويان", not "مباحثات مع"), and a final ه after ي
/// only after one ("هانا تيتيه", "موريساندا كوياتيه", not "بلاده").
fn unknown_name_word(text: &str, t: &Token, first: bool, more: bool) -> bool {
    let w = t.norm.as_str();
    let n = w.chars().count();
    let bare = |suffix: &str| !common_word_shape(w.strip_suffix(suffix).unwrap_or(w), false);
    let plural_ok = more && w.ends_with("ات") && bare("ات");
    let ye_ok = !first && n >= 5 && !t.marbuta && w.ends_with("يه") && bare("ه");
    let shape = common_word_shape(w, t.marbuta) && !plural_ok && !ye_ok;
    let article = w.starts_with("ال") && !hamza_al(text, t);
    t.is_word()
        && !w.is_ascii()
        && n >= 2
        && !(t.tanween || t.marbuta || t.maksura || article || shape || glued(t))
        && !known_word(t)
        && !lexicons().ambiguous_names.has(t)
        && !(first && feminine_past(w))
}

/// Whether a word with the conjunction و ends an unknown name as its last
/// word ("جيراردو ويرثين"): what follows و is a possible name word and no
/// verb, and the name ends right after it.
fn waw_name_word(toks: &[Token], j: usize, end: usize) -> bool {
    let Some(rest) = toks[j].norm.strip_prefix('و') else {
        return false;
    };
    rest.chars().count() >= 4
        && !rest.starts_with('و')
        && !rest.starts_with("ال")
        && !toks[j].marbuta
        && !common_word_shape(rest, false)
        && !verb_shape(rest, true)
        && !lexicons().given_names.has_norm(rest)
        && !known_norm(rest)
        && boundary(toks, j + 1, end)
}

/// Whether a normalised word without clitics is a word of a lexicon other
/// than names (see [`known_word`]).
fn known_norm(w: &str) -> bool {
    let lex = lexicons();
    [
        &lex.stopwords,
        &lex.not_names,
        &lex.titles,
        &lex.honorifics,
        &lex.places,
        &lex.nationalities,
        &lex.office_words,
        &lex.speech_verbs,
        &lex.agreement_cues,
        &lex.meeting_cues.any,
        facilities(),
    ]
    .iter()
    .any(|l| l.has_norm(w))
}

/// The name of two to four words in no lexicon right after a complete
/// title ("وزير الخارجية الفيتنامي دو هونغ فيت", "رئيس جمهورية النيجر ماهامان
/// مصطفى باركي"), up to a clear boundary. Two indefinite accusatives in a
/// row ("اتصالا هاتفيا") are the verb's object, not a name.
fn unknown_name_at(text: &str, toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let mut j = i;
    while j < end && j - i < 5 {
        let more = toks
            .get(j + 1)
            .is_some_and(|n| j + 1 < end && unknown_name_word(text, n, false, false));
        if unknown_name_word(text, &toks[j], j == i, more) {
            j += 1;
        } else {
            if j > i && waw_name_word(toks, j, end) {
                j += 1;
            }
            break;
        }
    }
    let len = j - i;
    let accusative = toks[i..j]
        .windows(2)
        .any(|w| bare_alef_end(&w[0].norm) && bare_alef_end(&w[1].norm));
    ((2..=4).contains(&len) && !accusative).then_some(i..j)
}

/// English puts a title's nationality and office words before its head
/// ("Indian External Affairs Minister", "the Egyptian president"): where a
/// title whose head is at `i` starts, taking in the capitalised nationality
/// adjectives and office words right before it that name no one.
fn latin_modifiers_before(toks: &[Token], people: &People, from: usize, i: usize) -> usize {
    let lex = lexicons();
    let mut start = i;
    while start > from {
        let t = &toks[start - 1];
        let modifier = t.is_word()
            && t.capital
            && t.norm.is_ascii()
            && !matches!(t.norm.as_str(), "the" | "of" | "for")
            && (lex.nationalities.has(t) || lex.office_words.has(t));
        if !modifier || people.at[start - 1].is_some() {
            break;
        }
        start -= 1;
    }
    start
}

fn scan_sentence(
    doc: &Doc,
    range: Range<usize>,
    people: &mut People,
    blocked: &mut [bool],
    uses: &Uses<'_>,
) {
    let toks = &doc.toks;
    let end = range.end;
    let mut i = range.start;
    while i < end {
        // the title's own tokens, without the honorifics before or after it
        let mut title = i..i + title_len(toks, i, end);
        // ("his Iranian counterpart" stays "counterpart": `resolve_title` knows
        // a counterpart's title by its first word)
        if !title.is_empty() && toks[i].norm != "counterpart" {
            title.start = latin_modifiers_before(toks, people, range.start, i);
        }
        if title.is_empty() && elliptic_nationality(toks, range.start, i) {
            title = i..i + 1;
        }
        if title.is_empty()
            && elliptic_country(toks, range.start, i)
            && name_at(doc.text, toks, i + 1, end, true).is_some_and(|n| n.len() >= 2)
        {
            title = i..i + 1;
        }
        if !title.is_empty() && title_word_before_given(toks, title.end, end) {
            title.end += 1; // "رئيس حكومة الوفاق فائز السراج": the word before the given name is the title's
        }
        if name_before(people, toks, range.start, i) {
            title.end = second_title_at(toks, title.clone()).unwrap_or(title.end);
        }
        if !title.is_empty() {
            // "الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر": the company's name is the title's
            title.end += institution_name_len(doc.text, toks, title.end, end);
        }
        if !title.is_empty() && genitive_after(toks, title.end, end) {
            title.end += 1; // "وزير خارجية مالاوي": the word after a construct head is its domain
        }
        let mut k = title.end;
        if !title.is_empty()
            && toks
                .get(k)
                .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
        {
            k += 1;
        }
        let conjunction = toks.get(k).is_some_and(|t| {
            k < end && t.norm.starts_with('و') && !lexicons().given_names.has_norm(&t.norm)
        });
        // "الزياني وزير الخارجية، سعادة السيد ستيفن بوندي": a title right after a name and
        // closed by a comma is that name's, not the next one's (but "عطاف، رئيسَ الجمهورية،
        // السيدَ عبد المجيد تبون", between commas, is the next one's)
        let right_after = (i > range.start).then(|| people.at[i - 1]).flatten();
        // but "استقبل الرئيس فلان وزير الخارجية الموريتاني، محمد ولد فلان": after
        // a name that has its title, a bare name after the comma is the title's
        let bare_name_next = right_after.is_some_and(|p| !people.persons[p].titles.is_empty())
            && honorific_len(toks, k, end) == 0
            && name_at(doc.text, toks, k, end, true).is_some_and(|n| n.len() >= 2);
        let right_after = right_after.filter(|_| !bare_name_next);
        if k > title.end && !conjunction {
            if let Some(p) = right_after {
                add_title(doc, people, p, title.clone());
                people.mark(title.clone(), p);
                i = k;
                continue;
            }
        }
        if k > title.end && conjunction {
            // "محمد بن زايد ولي عهد أبوظبي، ودولة شهباز شريف": a title, a comma and a
            // conjunction: the title is in apposition to the name before it
            people.titles.push(TitleSpan {
                toks: title.clone(),
                person: None,
            });
            i = k;
            continue;
        }
        let comma = k > title.end;
        k += honorific_len(toks, k, end);
        if title.is_empty() && k > i {
            // "سمو الأمير فيصل": an honorific, then the title
            let more = title_len(toks, k, end);
            if more > 0 {
                title = k..k + more;
                k += more;
                k += honorific_len(toks, k, end);
            }
        }
        let after_cue = k > i || byline_cue(toks, range.start, i);
        let mut name = name_at(doc.text, toks, k, end, after_cue)
            .filter(|n| {
                !(n.len() == 1 && plural_title(toks, title.clone()) && !given_name(&toks[n.start]))
            })
            .filter(|n| title.is_empty() || !phantom_name(toks, n, comma, title.len() == 1, uses))
            .or_else(|| {
                title
                    .is_empty()
                    .then(|| subject_name(toks, i, end).or_else(|| apposed_name(toks, i, end)))
                    .flatten()
            })
            .or_else(|| lone_surname(toks, k, end))
            .or_else(|| {
                (!title.is_empty() || k > i)
                    .then(|| surname_after_title(toks, k, end))
                    .flatten()
            });
        if name.is_none() && k > i && k > 0 && mister(&toks[k - 1]) {
            // "سعادة السيدة تيريز كاييكوامبا فاغنر وزيرة …": after السيد/السيدة a
            // name comes, though no list knows its words (and its first word
            // may look like a verb: تيريز)
            name = unknown_name_at(doc.text, toks, k, end).or_else(|| {
                let first = toks.get(k).filter(|t| {
                    k + 1 < end && t.is_word() && !t.norm.starts_with("ال") && !known_word(t)
                })?;
                let rest = unknown_name_at(doc.text, toks, k + 1, end)
                    .or_else(|| name_at(doc.text, toks, k + 1, end, true))?;
                (first.norm.chars().count() >= 3 && rest.len() <= 3).then_some(k..rest.end)
            });
        }
        if complete_title(toks, title.clone()) {
            // "وزير خارجية بنين فلان فلان كوناتيه": the last word may have a shape the
            // name path stops at
            let unknown = unknown_name_at(doc.text, toks, k, end);
            if unknown
                .as_ref()
                .is_some_and(|u| name.as_ref().is_none_or(|n| n.start == k && u.end > n.end))
            {
                name = unknown;
            }
        }
        if let Some(r) = name
            .as_mut()
            .filter(|r| r.start == k && filiation_after(toks, i, k))
        {
            // "معالي الدكتور مساعد بن محمد": the word taken for a title is the first name
            r.start = k - 1;
            title.end = title.end.min(k - 1);
        }
        let after = name.as_ref().map_or(k.max(title.end), |r| r.end);
        if named_after(toks, range.start, i, after, end) {
            // "مطار الملك خالد", "King Fahd Road": a facility, not a person
            blocked[i..after].iter_mut().for_each(|b| *b = true);
            i = after.max(i + 1);
            continue;
        }
        if let Some(name) = name {
            let p = add_person(doc, people, name.clone());
            if !title.is_empty() {
                add_title(doc, people, p, title);
            }
            i = name.end;
            continue;
        }
        if !title.is_empty() {
            people.titles.push(TitleSpan {
                toks: title.clone(),
                person: None,
            });
            i = title.end;
        } else {
            i += 1;
        }
    }
}

/// Whether the title ending before `j` ends in a title or office word
/// without the article ("وزير خارجية", "رئيس جمهورية"): such a head is in
/// construct, so the word at `j` is its domain (a country the lexicon may
/// lack), not the holder's first name.
fn genitive_after(toks: &[Token], j: usize, end: usize) -> bool {
    let lex = lexicons();
    let Some(last) = j.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    let head = !last.norm.is_ascii()
        && !last.norm.starts_with("ال")
        && !last.norm.starts_with("لل")
        // "رئيس المكتب السياسي لحركة": with the ل of its owner too
        && last
            .stems()
            .filter(|s| !s.starts_with("ال"))
            .any(|s| lex.titles.has_norm(s) || lex.office_words.has_norm(s))
        && !lex.honorifics.has_norm(&last.norm)
        && !lex.places.has_norm(&last.norm)
        && !lex.nationalities.has_norm(&last.norm)
        // "لدى بلادنا": a noun with a possessive suffix takes no genitive
        && !last.norm.ends_with("نا");
    let next = toks.get(j).filter(|_| j < end);
    head && next.is_some_and(|t| {
        t.is_word()
            && !t.norm.starts_with("ال")
            && !glued(t)
            && !stopword(t)
            && !lex.given_names.has_norm(&t.norm)
    })
}

/// Whether a name ends right before token `i` (a comma between allowed).
fn name_before(people: &People, toks: &[Token], start: usize, i: usize) -> bool {
    let mut k = i;
    if k > start && (toks[k - 1].is_punct('،') || toks[k - 1].is_punct(',')) {
        k -= 1;
    }
    k > start && people.at[k - 1].is_some()
}

/// Where a second, definite title head starts inside the title `r` (after a
/// name: "رشاد العليمي رئيس مجلس القيادة الرئاسي السفيرَ السعودي محمد آل
/// جابر"): a title in apposition to a name is in construct after its head,
/// so a new head with the article is the next person's. Honorific titles
/// (الأمير، الشيخ) may close a chain and are left alone.
fn second_title_at(toks: &[Token], r: Range<usize>) -> Option<usize> {
    let lex = lexicons();
    (r.start + 1..r.end).find(|&k| {
        let t = &toks[k];
        // "نائب الرئيس", "رئيس مجلس الوزراء", "المتحدث باسم الأمين العام": after a
        // word without the article a definite title is its genitive
        let genitive = !toks[k - 1].norm.starts_with("ال");
        !genitive
            && t.norm.starts_with("ال")
            && lex.titles.match_at(toks, k).is_some()
            && !lex.honorifics.has_norm(&t.norm)
            && !counterpart_word(t)
    })
}

/// Nouns of institutions whose proper name follows them in a title
/// ("لشركة أرامكو", "لحلف شمال الأطلسي", "لمجموعة موانئ دبي"), normalised.
const INSTITUTIONS: &[&str] = &[
    "شركه",
    "مجموعه",
    "بنك",
    "مصرف",
    "صندوق",
    "مؤسسه",
    "هيئه",
    "جمعيه",
    "غرفه",
    "حلف",
    "اتحاد",
    "منظمه",
    "جامعه",
    "حزب",
    "حركه",
    "وكاله",
    "جهاز",
    "شركات",
    "مجموعات",
    "نادي",
];

/// After a title at `j`: an institution noun and its proper name (up to five
/// words, an acronym in brackets allowed) right before a name of two or more
/// words; the number of tokens they take, or 0. Unknown words there are the
/// institution's name, not the person's, since the person's name starts with
/// the given name.
fn institution_name_len(text: &str, toks: &[Token], j: usize, end: usize) -> usize {
    let is_institution = |t: &Token| t.stems().any(|s| INSTITUTIONS.contains(&s));
    // "المتحدث العسكري باسم الحوثيين يحيى سريع"; but "الوزير باسم عوض الله" is the name
    let on_behalf = toks.get(j).is_some_and(|t| j < end && t.norm == "باسم");
    let start = if on_behalf || toks.get(j).is_some_and(|t| j < end && is_institution(t)) {
        j + 1
    } else if j > 0 && is_institution(&toks[j - 1]) {
        j
    } else {
        return 0;
    };
    let lex = lexicons();
    for g in start..end.min(start + 7) {
        let t = &toks[g];
        let bracket = matches!(t.norm.as_str(), "(" | ")");
        if !bracket && !t.is_word() || stopword(t) || speech_verb(t) || meeting_cue(t) {
            return 0;
        }
        // or any name right after the institution's nationality ("للحزب
        // الشيوعي الفيتنامي تو لام")
        let after_nationality = g > start
            && lex.nationalities.has(&toks[g - 1])
            && !lex.nationalities.has(t)
            && !lex.places.has(t);
        let named = !(on_behalf && g == start)
            && (lex.given_names.has_norm(&t.norm) || after_nationality)
            && name_at(text, toks, g, end, true).is_some_and(|r| r.len() >= 2);
        if named {
            return g - j;
        }
    }
    0
}

/// Whether a byline cue stands right before token `i` ("بقلم: سامي كليب",
/// "كتب: أحمد جمعة", "تصوير: …"): a name there needs no title.
fn byline_cue(toks: &[Token], start: usize, i: usize) -> bool {
    const CUES: &[&str] = &[
        "بقلم",
        "كتب",
        "كتبت",
        "اعداد",
        "تصوير",
        "ترجمه",
        "حوار",
        "متابعه",
    ];
    let cue_at =
        |k: usize| k >= start && toks.get(k).is_some_and(|t| CUES.contains(&t.norm.as_str()));
    let colon = i > start && toks[i - 1].is_punct(':');
    colon && i >= 2 && cue_at(i - 2) || i > start && toks[i - 1].norm == "بقلم"
}

/// Whether what was found at tokens `i..after` (a title, an honorific, a
/// name) is the name of a facility: a facility noun in construct before it,
/// or in English a facility noun right after it.
fn named_after(toks: &[Token], start: usize, i: usize, after: usize, end: usize) -> bool {
    if after <= i {
        return false;
    }
    let before = i > start && facility_construct(&toks[i - 1]);
    let latin = toks[i].norm.is_ascii() && toks[i].capital;
    before || latin && facility_after(toks, after, end)
}

/// A name without title or known given name, as the subject of a speech
/// verb: "وقال هوكشتين لدى …", "أكد بو صعب أن …". One to three name words,
/// no article, followed by punctuation, a function word or a complementizer.
fn subject_name(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let lex = lexicons();
    if toks.get(i).is_some_and(|t| t.norm.is_ascii()) {
        return english_subject_name(toks, i, end);
    }
    let verb = i.checked_sub(1).and_then(|v| toks.get(v))?;
    if !speech_verb(verb) || verb.norm.is_ascii() || lex.honorifics.has_norm(&toks[i].norm) {
        return None;
    }
    let mut j = i;
    while j < end && j - i < 3 {
        let t = &toks[j];
        if t.norm.starts_with("ال")
            || glued(t)
            || !name_word(t, false)
            || lex.stopwords.has(t)
            || lex.sources.has(t)
            || lex.nationalities.has(t)
            || group_plural(&t.norm)
        {
            break;
        }
        j += 1;
    }
    (j > i && strict_boundary(toks, j, end)).then_some(i..j)
}

/// Prepositions before a party of an encounter ("مع", "من", "عن", "إلى", "بين").
const APPOSITION_PREPOSITIONS: &[&str] = &["مع", "من", "عن", "الي", "بين", "وبين"];

/// Whether a comma stands right before token `i`.
fn after_comma(toks: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_punct('،') || p.is_punct(','))
}

/// Whether `t` starts with a conjunction and the article (والوزير).
fn glued_article(t: &Token) -> bool {
    ["وال", "فال"].iter().any(|p| t.norm.starts_with(p))
}

/// A name without title or known given name, with a title in apposition
/// after it: "مباحثات مع روبين راميريث، وزير العلاقات الخارجية", "اتصالاً
/// من يوراي بلانار وزير خارجية سلوفاكيا". Two to four words without the
/// article, ة or any known word, opening a phrase (after punctuation, a
/// function word or a verb), then a comma and a title, or a title with its
/// domain.
fn apposed_name(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let lex = lexicons();
    let first = toks.get(i).filter(|t| i < end && !t.norm.is_ascii())?;
    let opens = i.checked_sub(1).and_then(|p| toks.get(p)).is_none_or(|p| {
        !p.is_word()
            || APPOSITION_PREPOSITIONS.contains(&p.norm.as_str())
            || is_date_word(&p.norm)
            || speech_verb(p)
            || meeting_cue(p)
    });
    if !opens || lex.honorifics.has_norm(&first.norm) {
        return None;
    }
    let foreign = |t: &Token| {
        t.is_word()
            && !t.norm.starts_with("ال")
            && !t.marbuta
            && !t.tanween
            && !glued(t)
            && name_word(t, false)
            && !known_word(t)
            && !group_plural(&t.norm)
            && !lex.sources.has(t)
    };
    // "…، وأوكيلو مانغا، وزير خارجية أوغندا": the next name of a list
    let listed = after_comma(toks, i) && first.norm.starts_with('و') && !glued_article(first);
    let mut j = i;
    while j < end
        && j - i < 4
        && (foreign(&toks[j])
            || j == i && listed && {
                let t = &toks[j];
                !t.marbuta && !t.tanween && name_word(t, false) && !known_word(t)
            })
    {
        j += 1;
    }
    if j - i < 2 {
        return None;
    }
    let comma = toks
        .get(j)
        .is_some_and(|t| j < end && (t.is_punct('،') || t.is_punct(',')));
    let head = lex
        .titles
        .match_at(toks, j + usize::from(comma))
        .unwrap_or(0);
    let title = title_len(toks, j + usize::from(comma), end);
    let titled = if comma {
        title > 0
    } else {
        title > head && head > 0
    };
    titled.then_some(i..j)
}

/// Whether an unknown word has the shape of a sound masculine plural of
/// people: a relative adjective (محليون، سياسيين) or the active participle
/// فاعلون (ناشطون، باحثين). Not for a word after a given name, where
/// Western surnames in -son are common.
fn group_plural(w: &str) -> bool {
    let letters: Vec<char> = w.chars().collect();
    let n = letters.len();
    let plural = w.ends_with("ون") || w.ends_with("ين");
    let nisba = n >= 5 && (w.ends_with("يون") || w.ends_with("يين"));
    let participle = n == 6 && letters[1] == 'ا' && plural;
    nisba || participle
}

/// An English name without a known given name, as the subject of a speech
/// verb: two or three capitalised words, not at the start of the sentence,
/// right before "said", "told", "met" … ("… when Pham Binh Minh said").
fn english_subject_name(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let lex = lexicons();
    if let Some(r) = credit_name(toks, i, end).or_else(|| english_apposition(toks, i, end)) {
        return Some(r);
    }
    let after_word = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_word() && !p.capital);
    if !after_word {
        return None;
    }
    let mut j = i;
    while j < end && j - i < 3 && name_word(&toks[j], true) && toks[j].norm.len() > 1 {
        j += 1;
    }
    let verb = toks.get(j).filter(|_| j < end)?;
    let acts = lex.speech_verbs.has_norm(&verb.norm)
        || matches!(
            verb.norm.as_str(),
            "met" | "received" | "hosted" | "visited"
        );
    (j - i >= 2 && acts).then_some(i..j)
}

/// An English name (an initial, then one to three capitalised words) with a
/// title in apposition after it: "S. Jaishankar, the external affairs
/// minister, said …", "Vieira, the foreign minister,", "Tembo, Malawi’s
/// foreign minister,".
fn english_apposition(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let is_initial = |k: usize| {
        toks.get(k).is_some_and(|t| t.capital && t.norm.len() == 1)
            && toks.get(k + 1).is_some_and(|t| t.is_punct('.'))
    };
    let first = if is_initial(i) { i + 2 } else { i };
    let mut j = first;
    let word = |k: usize| {
        let t = &toks[k];
        // a possessive ("Egypt's Sisi, Jordan's King") is no word of the name
        let owner = possessive(&t.norm).is_some();
        k > first && latin_particle(toks, k, end)
            || name_word(t, true) && t.norm.len() > 1 && !owner
    };
    while j < end && j - first < 3 && word(j) {
        j += 1;
    }
    let comma = toks.get(j).is_some_and(|t| t.is_punct(','));
    // "…, the foreign minister,", "…, Malawi’s foreign minister," or "…, a
    // Belgrade-based political analyst,"
    let the = toks.get(j + 1).is_some_and(|t| {
        matches!(t.norm.as_str(), "the" | "a" | "an") || t.capital && possessive(&t.norm).is_some()
    });
    let titled = (j + 2..end.min(j + 8))
        .take_while(|&k| toks[k].is_word() || toks[k].is_punct('-'))
        .any(|k| lexicons().titles.has_norm(&toks[k].norm));
    (j > first && comma && the && titled).then_some(i..j)
}

/// A name in an agency credit line: "Reporting by Suleiman Al-Khalidi;
/// Editing by Andrew Heavens" (two or three capitalised words after "by").
fn credit_name(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let by = toks.get(i.checked_sub(1)?)?;
    let role = toks.get(i.checked_sub(2)?)?;
    let credit = matches!(
        role.norm.as_str(),
        "reporting" | "writing" | "editing" | "compiled" | "photos" | "story"
    );
    if by.norm != "by" || !credit {
        return None;
    }
    let mut j = i;
    while j < end && j - i < 3 && name_word(&toks[j], true) && toks[j].norm.len() > 1 {
        j += 1;
    }
    (j - i >= 2).then_some(i..j)
}

/// Whether a name at `k` starts with بن while the word before it (taken as
/// the end of a title or an honorific) is a bare word: then that word is the
/// person's own given name.
fn filiation_after(toks: &[Token], i: usize, k: usize) -> bool {
    let starts = toks
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "بن" | "بنت"));
    let before = k
        .checked_sub(1)
        .filter(|&b| b >= i)
        .and_then(|b| toks.get(b));
    starts && before.is_some_and(|t| t.is_word() && !t.norm.starts_with("ال") && !glued(t))
}

/// Whether the word at `j` is a verb with the pronoun ه before "الله", a
/// blessing ("رحمه الله", "حفظه الله"): not the given name رحمة.
fn blessing(toks: &[Token], j: usize, end: usize) -> bool {
    let t = &toks[j];
    let allah = toks
        .get(j + 1)
        .is_some_and(|n| j + 1 < end && n.norm == "الله");
    allah && t.norm.ends_with('ه') && !t.marbuta && !t.norm.starts_with("عبد")
}

/// Whether the word `t` starts with a hamza-carrying alef and lam (ألباريس،
/// إلهام): normalisation makes that look like the article, but it is not.
fn hamza_al(text: &str, t: &Token) -> bool {
    text.get(t.start..)
        .is_some_and(|s| s.starts_with("أل") || s.starts_with("إل"))
}

/// Whether the word at `k` (after a title) is an ال-word followed by a given name.
fn title_word_before_given(toks: &[Token], k: usize, end: usize) -> bool {
    let lex = lexicons();
    let given = |t: &Token| lex.given_names.has_norm(&t.norm);
    k + 1 < end
        && toks[k].norm.starts_with("ال")
        && !given(&toks[k])
        && !lex.honorifics.has_norm(&toks[k].norm)
        && given(&toks[k + 1])
}

fn add_title(doc: &Doc, people: &mut People, p: usize, r: Range<usize>) {
    people.titles.push(TitleSpan {
        toks: r.clone(),
        person: Some(p),
    });
    let lex = lexicons();
    // an elliptic title ("، والكازاخي فلان", "، وأذربيجان فلان") drops its conjunction
    let known =
        |s: &str| lex.titles.has_norm(s) || lex.nationalities.has_norm(s) || lex.places.has_norm(s);
    let title = without_clitic(doc, r.clone(), known);
    if !people.persons[p].titles.contains(&title) {
        people.persons[p].titles.push(title);
        people.persons[p].title_words.push(title_words(doc, r));
    }
}

fn add_person(doc: &Doc, people: &mut People, r: Range<usize>) -> usize {
    let words = name_words(doc, r.clone());
    let text = name_text(doc, r.clone());
    // several may match a short form ("King Abdullah" after "Abdullah Ali Al-Yahya" and
    // "Abdullah II"): the one mentioned last, as a reader resolves it
    let found = people
        .persons
        .iter()
        .enumerate()
        .filter(|(_, p)| same_name(&p.words, &words) || acronym_of(&text, &p.words))
        .max_by_key(|(id, p)| (p.mentions.iter().map(|m| m.start).max(), usize::MAX - id))
        .map(|(id, _)| id);
    let id = match found {
        Some(id) => {
            let p = &mut people.persons[id];
            let accented = words.len() == p.words.len()
                && !name_text(doc, r.clone()).is_ascii()
                && p.name.is_ascii();
            if words.len() > p.words.len() || accented {
                p.words = words;
                p.name = name_text(doc, r.clone());
            }
            id
        }
        None => {
            people.persons.push(Person {
                name: name_text(doc, r.clone()),
                words,
                titles: Vec::new(),
                title_words: Vec::new(),
                mentions: Vec::new(),
            });
            people.persons.len() - 1
        }
    };
    people.mark(r, id);
    id
}

/// Whether `text` is the acronym of a name ("MBS" for "Mohammed bin Salman").
fn acronym_of(text: &str, words: &[String]) -> bool {
    let n = text.chars().count();
    let upper = (2..=4).contains(&n) && text.chars().all(|c| c.is_ascii_uppercase());
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    upper && words.len() == n && initials == text.to_ascii_lowercase()
}

/// Whether two names are the same person: one is the other's first words
/// plus more, or they share their last word and the shorter is at least two words.
fn same_name(a: &[String], b: &[String]) -> bool {
    let (raw_a, raw_b) = (a, b);
    let (a, b) = (
        spelling_keys(&unify_filiation(a)),
        spelling_keys(&unify_filiation(b)),
    );
    let (short, long, raw_short) = if a.len() <= b.len() {
        (&a, &b, raw_a)
    } else {
        (&b, &a, raw_b)
    };
    if short.is_empty() {
        return false;
    }
    let last = |w: &[String]| w.last().map(|s| core(s).to_string());
    if short.len() == 1 {
        let given_names = &lexicons().given_names;
        let given = given_names.has_norm(&short[0])
            || raw_short.first().is_some_and(|w| given_names.has_norm(w));
        // "السفير تشيان" after "تشيان مينجيان": the family name comes first in
        // Chinese, Korean and Vietnamese names, so a first word in no lexicon
        // names the same person as well as a given name does
        let family_first = !short[0].is_ascii() && !short[0].starts_with("ال");
        return last(short) == last(long) && !ends_in_patronymic(long)
            || (given || family_first) && long.first() == short.first()
            || inner_latin_name(raw_short, short, long)
            || compound_father_name(short, long);
    }
    long.starts_with(short)
        || last(short) == last(long)
            && short.iter().all(|w| long.contains(w))
            && !names_the_father(short, long)
}

/// Whether a compound عبد-name alone is the second name of a three-word
/// name without بن ("وأوضح عبد الغني" for "حيان عبد الغني السواد"): the
/// given name and the father's compound name are the name in common use, and
/// the compound alone stands for it. Keys as made by [`spelling_keys`].
fn compound_father_name(short: &[String], long: &[String]) -> bool {
    let compound = short
        .first()
        .is_some_and(|w| w.starts_with("عبد") && w.len() > "عبد".len());
    let filiation = long.iter().any(|w| w == "بن");
    compound && !filiation && long.len() >= 3 && long.get(1) == short.first()
}

/// Whether a one-word Latin name is an inner word of a longer name of three
/// or more words, as Portuguese and Spanish names are used ("Lula" for "Luiz
/// Inacio Lula da Silva", "Lopez" for "Andres Manuel Lopez Obrador"); in
/// Arabic script too when the word is no given name ("لولا", "فتاح").
fn inner_latin_name(raw_short: &[String], short: &[String], long: &[String]) -> bool {
    // an Arabic inner word that is no given name is part of a compound family
    // name ("نادية فتاح العلوي" … "وأضافت فتاح"), not a father's name
    let latin = raw_short
        .first()
        .is_some_and(|w| w.is_ascii() || !lexicons().given_names.has_norm(w));
    let inner = long.len() >= 3
        && long[1..long.len() - 1]
            .iter()
            .any(|w| Some(w) == short.first());
    let particle = short
        .first()
        .is_some_and(|w| LATIN_PARTICLES.contains(&w.as_str()));
    latin && inner && !particle
}

/// The words of a name in a form where spelling variants meet: "عبد الله" and
/// "عبدالله" as one word, Persian letters as their Arabic counterparts
/// (پزشكيان = بزشكيان), Latin words split at hyphens without the article
/// (al-Sisi = el-Sisi = Sisi) and reduced to a sound key (Mohamed = Muhammad).
fn spelling_keys(words: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut it = words.iter();
    while let Some(w) = it.next() {
        if w == "عبد" {
            if let Some(next) = it.next() {
                out.push(format!("عبد{}", fold_letters(next)));
                continue;
            }
        }
        if w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            out.push(fold_letters(w));
            continue;
        }
        for part in w.split('-').filter(|p| !p.is_empty()) {
            let part = fold_letters(part);
            if matches!(part.as_str(), "al" | "el") {
                continue;
            }
            let particle = LATIN_PARTICLES.contains(&part.as_str());
            out.push(if particle { part } else { sound_key(&part) });
        }
    }
    out
}

/// Whether a normalised word is all Arabic letters that [`fold_letters`]
/// leaves alone, so that its spelling key is the word itself.
fn is_plain_arabic(w: &str) -> bool {
    w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Letters that spellings of one name vary in: Persian and Turkish letters
/// folded to their Arabic or Latin neighbours.
fn fold_letters(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            'پ' => 'ب',
            'گ' => 'ك',
            'چ' => 'ج',
            'ژ' => 'ز',
            'ڤ' => 'ف',
            'ğ' => 'g',
            'ş' => 's',
            'ı' => 'i',
            'ø' => 'o',
            _ => c,
        })
        .collect()
}

/// A Latin word with every run of vowels as one mark and doubled letters
/// single: Mohammed, Muhammad and Mohamed share "mVhVmVd".
fn sound_key(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut last = None;
    for (k, c) in w.chars().enumerate() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || c == 'y' && k > 0;
        let c = if vowel { 'V' } else { c };
        if last != Some(c) {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// The key a surname is linked by: the last spelling key of the word, with
/// the article dropped (the article stays on a hamza alef-lam, see
/// [`link_surnames`]).
fn surname_key(w: &str, keep_article: bool) -> String {
    let w = if keep_article { w } else { core(w) };
    spelling_keys(&[w.to_string()])
        .pop()
        .unwrap_or_else(|| w.to_string())
}

/// Whether the shorter name starts after a بن of the longer one: "عبدالله
/// الثاني" is the father in "الحسين بن عبدالله الثاني", not the same person.
fn names_the_father(short: &[String], long: &[String]) -> bool {
    let Some(at) = short.first().and_then(|f| long.iter().position(|w| w == f)) else {
        return false;
    };
    long[..at].iter().any(|w| w == "بن" || w == "bin")
}

/// The words of a name with the filiation particles ابن and بنت written as
/// بن, so a misspelt "محمد بنت زايد" is the same person as "محمد بن زايد".
fn unify_filiation(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| match w.as_str() {
            "ابن" | "بنت" => "بن".to_string(),
            _ => w.clone(),
        })
        .collect()
}

/// Whether a name ends in "بن X": then X alone ("الملك عبدالعزيز") is the
/// father, not the person.
fn ends_in_patronymic(words: &[String]) -> bool {
    words.len() >= 3 && words[words.len() - 2] == "بن"
}

/// Links surname-only mentions ("الكاظمي", "والكاظمي", "Lavrov") to the person.
fn link_surnames(doc: &Doc, people: &mut People, blocked: &[bool]) {
    let lex = lexicons();
    let mut by_surname: std::collections::HashMap<String, Vec<usize>, super::lexicon::Fx> =
        Default::default();
    for (id, p) in people.persons.iter().enumerate() {
        let Some(last) = p.words.last() else { continue };
        if p.words.len() < 2 || lex.stopwords.has_norm(last) || last.chars().count() < 3 {
            continue;
        }
        // "ألباريس" keeps its alef-lam: it is not the article, and "باريس" is another word
        let hamza = p
            .name
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with("أل") || w.starts_with("إل"));
        by_surname
            .entry(surname_key(last, hamza))
            .or_default()
            .push(id);
    }
    for p in &mut people.persons {
        p.mentions.sort_by_key(|m| m.start);
    }
    for (i, t) in doc.toks.iter().enumerate() {
        let skip = people.at[i].is_some() || blocked.get(i).copied().unwrap_or(false);
        if skip || !t.is_word() || t.norm.is_ascii() && !t.capital && !particled_surname(doc, t) {
            continue;
        }
        let common = lex.ambiguous_names.has(t)
            && !strict_boundary(&doc.toks, i + 1, doc.toks.len())
            && !speaks_to_someone(&doc.toks, i);
        if common {
            continue; // "في صالح التهدئة" is not Barham Salih
        }
        let Some(ids) = t.stems().find_map(|s| {
            if is_plain_arabic(s) {
                // the key of a word without letters to fold is the word itself (no allocation)
                by_surname.get(core(s)).or_else(|| by_surname.get(s))
            } else {
                by_surname
                    .get(&surname_key(s, false))
                    .or_else(|| by_surname.get(&surname_key(s, true)))
            }
        }) else {
            continue;
        };
        // two people share the surname ("رشاد العليمي", "عبدالله العليمي"): the one named last
        let id = if ids.len() == 1 {
            ids.first().copied()
        } else {
            nearest_before(people, ids, i)
        };
        if let Some(id) = id {
            let from = if particle_before_surname(doc, people, id, i) {
                i - 1
            } else {
                i
            };
            people.mark(from..i + 1, id);
        }
    }
}

/// Whether the token before a surname mention at `i` is the particle that
/// stands before the last word of the person's name ("وقال آل صادق" for
/// "محمد كاظم آل صادق", "ولد مرزوك"): the mention takes it in.
fn particle_before_surname(doc: &Doc, people: &People, id: usize, i: usize) -> bool {
    let Some(b) = i.checked_sub(1) else {
        return false;
    };
    let t = &doc.toks[b];
    let words = &people.persons[id].words;
    let before_last = words.len().checked_sub(2).and_then(|k| words.get(k));
    people.at[b].is_none()
        && is_particle(t)
        && before_last.is_some_and(|w| t.stems().any(|s| s == w))
}

/// Links titles without a name ("رئيس الوزراء", "الوزير") to the one person
/// who holds such a title, or to the nearest earlier holder when several do.
fn link_titles(doc: &Doc, people: &mut People) {
    let mut titles = std::mem::take(&mut people.titles);
    for span in titles.iter_mut().filter(|s| s.person.is_none()) {
        // "وأكد الرئيس السيسي": a surname found right after the title is its holder
        let named = people.at.get(span.toks.end).copied().flatten();
        span.person = named.or_else(|| resolve_title(doc, people, span.toks.clone()));
        if let Some(p) = span.person {
            people.mark(span.toks.clone(), p);
        }
    }
    people.titles = titles;
}

/// The person a bare title at tokens `r` refers to.
pub fn resolve_title(doc: &Doc, people: &People, r: std::ops::Range<usize>) -> Option<usize> {
    let words = title_words(doc, r.clone());
    if words.is_empty() {
        return None;
    }
    if words
        .first()
        .is_some_and(|w| w.starts_with("نظير") || w == "counterpart")
    {
        return counterpart(people, &words[1..], r.start);
    }
    // exactly the title; its words among a title's; or, at last, a
    // nationality matching the country a title names ("الوزير الباكستاني" is
    // "وزير الدفاع بجمهورية باكستان")
    let holds = |p: &Person, pass: usize| {
        p.title_words.iter().any(|tw| {
            tw.first() == words.first()
                && match pass {
                    0 => *tw == words,
                    1 => words.iter().all(|w| tw.contains(w)),
                    _ => words
                        .iter()
                        .all(|w| tw.contains(w) || names_country_of(tw, w)),
                }
        })
    };
    for pass in 0..3 {
        let holders: Vec<usize> = (0..people.persons.len())
            .filter(|&p| holds(&people.persons[p], pass))
            .collect();
        match holders.len() {
            0 => continue,
            1 => return holders.first().copied(),
            _ => return nearest_narrated(people, &holders, r.start),
        }
    }
    without_nationality(people, &words, r.start)
}

/// "the Japanese PM" when the text titled him "PM Kishida": an English title
/// led by a nationality that no title carries is the bare title's holder,
/// among those whose titles name no other nationality.
fn without_nationality(people: &People, words: &[String], at: usize) -> Option<usize> {
    let (nationality, rest) = words.split_first()?;
    if rest.is_empty() || !nationality.is_ascii() || !nationality_word(nationality) {
        return None;
    }
    let foreign = |p: &Person| {
        p.title_words
            .iter()
            .flatten()
            .any(|w| w != nationality && nationality_word(w))
    };
    let holders: Vec<usize> = (0..people.persons.len())
        .filter(|&p| {
            let person = &people.persons[p];
            !foreign(person) && person.title_words.iter().any(|tw| tw == rest)
        })
        .collect();
    match holders.len() {
        0 => None,
        1 => holders.first().copied(),
        _ => nearest_narrated(people, &holders, at),
    }
}

/// Whether a normalised word, with or without the article, is a
/// nationality adjective (titles keep their words without it: "فنلندي").
fn nationality_word(w: &str) -> bool {
    let nationalities = &lexicons().nationalities;
    nationalities.has_norm(w) || !w.starts_with("ال") && nationalities.has_norm(&format!("ال{w}"))
}

/// Whether the words of a title name the country of the nationality `w`
/// ("باكستاني" → "بجمهورية باكستان", "فرنسي" → "فرنسا"): the adjective without
/// its ي begins one of the words, after a clitic ب/ل.
pub fn names_country_of(title: &[String], w: &str) -> bool {
    let Some(country) = w
        .strip_suffix('ي')
        .filter(|c| c.chars().count() >= 3 && nationality_word(w))
    else {
        return false;
    };
    title.iter().any(|t| {
        let t = t
            .strip_prefix('ب')
            .or_else(|| t.strip_prefix('ل'))
            .filter(|rest| rest.starts_with(country))
            .unwrap_or(t);
        t.starts_with(country)
    })
}

/// "نظيره الكويتي", "his Kuwaiti counterpart": the person whose title carries
/// that nationality (the nearest before when several do).
fn counterpart(people: &People, words: &[String], at: usize) -> Option<usize> {
    let nationality = words.first()?;
    let holders: Vec<usize> = (0..people.persons.len())
        .filter(|&p| {
            people.persons[p]
                .title_words
                .iter()
                .any(|tw| tw.contains(nationality) || names_country_of(tw, nationality))
        })
        .collect();
    match holders.len() {
        0 => None,
        _ => nearest_before(people, &holders, at),
    }
}

/// For each token, whether it stands inside quotation marks (a line break
/// closes an open quotation, so a stray mark cannot run on).
fn quoted_tokens(doc: &Doc) -> Vec<bool> {
    let mut out = Vec::with_capacity(doc.toks.len());
    let mut open = false;
    let mut prev_end = 0;
    for t in &doc.toks {
        if doc
            .text
            .get(prev_end..t.start)
            .is_some_and(|gap| gap.contains('\n'))
        {
            open = false;
        }
        prev_end = t.end;
        match t.norm.as_str() {
            "«" | "“" | "„" => open = true,
            "»" | "”" => open = false,
            "\"" => open = !open,
            _ => {}
        }
        out.push(open);
    }
    out
}

/// Of `candidates`, the one mentioned last before token `i` outside
/// quotation marks: "The President said" after a quote that names another
/// president is the speaker of the quote. Falls back to [`nearest_before`].
fn nearest_narrated(people: &People, candidates: &[usize], i: usize) -> Option<usize> {
    let quoted = |m: &Range<usize>| people.quoted.get(m.start).copied().unwrap_or(false);
    candidates
        .iter()
        .copied()
        .filter_map(|p| {
            let m = &people.persons[p].mentions;
            let k = m.partition_point(|m| m.start < i);
            m[..k]
                .iter()
                .rev()
                .find(|m| !quoted(m))
                .map(|m| (m.start, p))
        })
        .max()
        .map(|(_, p)| p)
        .or_else(|| nearest_before(people, candidates, i))
}

/// Of `candidates`, the person mentioned last before token `i` (or first after it).
pub fn nearest_before(people: &People, candidates: &[usize], i: usize) -> Option<usize> {
    let last_before = |p: usize| {
        let m = &people.persons[p].mentions;
        let k = m.partition_point(|m| m.start < i);
        k.checked_sub(1).map(|k| m[k].start)
    };
    candidates
        .iter()
        .copied()
        .filter_map(|p| last_before(p).map(|at| (at, p)))
        .max()
        .map(|(_, p)| p)
        .or_else(|| candidates.first().copied())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_minister_of_public_works_has_his_whole_title() {
        let f = crate::facts::extract(
            "عنوان\n\nواستقبل الرئيس وزير الأشغال العامة والنقل فايز الحسيني.",
        );
        assert_eq!(f.people.len(), 1, "{:?}", f.people);
        assert_eq!(f.people[0].titles, ["وزير الأشغال العامة والنقل"]);
    }

    #[test]
    fn an_english_portfolio_after_of_is_part_of_the_title() {
        let f = crate::facts::extract(
            "Headline\n\nSaudi Minister of Investment Khalid Al-Falih met Minister of Trade, Industry and Energy Ahmed Hassan.",
        );
        let people: Vec<(&str, &[String])> = f
            .people
            .iter()
            .map(|p| (p.name.as_str(), p.titles.as_slice()))
            .collect();
        assert_eq!(people.len(), 2, "{people:?}");
        assert_eq!(people[0].0, "Khalid Al-Falih");
        assert_eq!(people[1].0, "Ahmed Hassan");
        let g = crate::facts::extract(
            "Headline\n\nMinister of Foreign Affairs Zorvan Kadeli met the ambassador.",
        );
        assert_eq!(g.people.len(), 1, "{:?}", g.people);
        assert_eq!(g.people[0].name, "Zorvan Kadeli");
    }

    #[test]
    fn a_plural_title_takes_no_one_word_name() {
        let f = crate::facts::extract(
            "عنوان\n\nواتفقوا على إنشاء آلية على مستوى نواب الوزراء تجتمع مرة كل ستة أشهر.",
        );
        assert!(f.people.is_empty(), "{:?}", f.people);
        let g = crate::facts::extract("عنوان\n\nوقال رئيس الوزراء مودي إن الزيارة ناجحة.");
        assert_eq!(g.people.len(), 1, "{:?}", g.people);
    }

    #[test]
    fn two_titles_of_two_nationalities_joined_by_and_are_two_people() {
        let f = crate::facts::extract(
            "عنوان\n\nشارك الرئيس القبرصي نيكوس بابادوبولوس ورئيس الوزراء اليوناني يانيس كوستاس في القمة.\n\
             واستقبل الرئيس سالم الدوري الرئيس القبرصي ورئيس الوزراء اليوناني.",
        );
        let cypriot = f.people.iter().find(|p| p.name == "نيكوس بابادوبولوس");
        let greek = f.people.iter().find(|p| p.name == "يانيس كوستاس");
        assert_eq!(cypriot.map(|p| p.mentions.len()), Some(2), "{:?}", f.people);
        assert_eq!(greek.map(|p| p.mentions.len()), Some(2), "{:?}", f.people);
        let g = crate::facts::extract(
            "عنوان\n\nوقال رئيس الوزراء ووزير الخارجية القطري محمد بن عبدالرحمن إن الحوار مستمر.",
        );
        assert_eq!(g.people.len(), 1, "{:?}", g.people);
        assert_eq!(g.people[0].titles, ["رئيس الوزراء ووزير الخارجية القطري"]);
    }

    #[test]
    fn a_rank_without_the_article_is_no_honorific() {
        let f = crate::facts::extract(
            "عنوان\n\nواتفق الجانبان على تشكيل فريق عمل مشترك لمتابعة الفرص.",
        );
        assert!(f.people.is_empty(), "{:?}", f.people);
        let g = crate::facts::extract("عنوان\n\nواستقبل الوزير الفريق أول سالم الدوري.");
        assert_eq!(g.people.len(), 1, "{:?}", g.people);
        assert_eq!(g.people[0].name, "سالم الدوري");
    }

    #[test]
    fn a_slavic_family_name_is_no_future_verb() {
        let f = crate::facts::extract(
            "عنوان\n\nاستقبل الوزير سالم الدوري وزير الخارجية البولندي يان سيكورسكي في العاصمة، \
             وسفيرة بولندا آنا ستيفانسكا.",
        );
        let names: Vec<&str> = f.people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"يان سيكورسكي"), "{names:?}");
        assert!(names.contains(&"آنا ستيفانسكا"), "{names:?}");
        let g = crate::facts::extract(
            "عنوان\n\nالتقى الوزير سفيرة بولندا ماغدالينا كوفالسكا، وجرى خلال اللقاء بحث العلاقات.",
        );
        assert_eq!(g.people.len(), 1, "{:?}", g.people);
        assert_eq!(g.people[0].name, "ماغدالينا كوفالسكا");
    }
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        find(&doc).persons.into_iter().map(|p| p.name).collect()
    }

    fn titles(text: &str) -> Vec<Vec<String>> {
        let doc = Doc::new(text);
        find(&doc).persons.into_iter().map(|p| p.titles).collect()
    }

    #[test]
    fn a_title_that_is_also_a_given_name_ends_the_name_before_it() {
        assert_eq!(
            names("استقبل الشيخ مشعل الأحمد الجابر الصباح أميرُ دولة الكويت الرئيس الفرنسي إيمانويل ماكرون."),
            ["مشعل الأحمد الجابر الصباح", "إيمانويل ماكرون"]
        );
    }

    #[test]
    fn a_family_name_closes_a_long_chain_of_filiations() {
        let f = names("وحضر الدكتور سالم بن عبدالله بن راشد المهيري الحفل.");
        assert_eq!(f, ["سالم بن عبدالله بن راشد المهيري"]);
    }

    #[test]
    fn a_family_name_written_first_names_the_same_person() {
        let f = names("واستقبل الوزير السفير الكوري كوون هيوك جو. وقال السفير كوون إن بلاده");
        assert_eq!(f, ["كوون هيوك جو"]);
    }

    #[test]
    fn pm_after_a_time_is_no_title() {
        assert!(names("Updated 9:30 PM GMT+2\n\nThe talks ended late.").is_empty());
        assert_eq!(
            names("Headline\n\nPM Karl Stenberg said on Monday that").len(),
            1
        );
    }

    #[test]
    fn an_english_name_before_an_indefinite_role_is_a_person() {
        let f = names(
            "Headline\n\nZoran Kadelic, a Zagreb-based political analyst, said the talks failed.",
        );
        assert_eq!(f, ["Zoran Kadelic"]);
        assert!(
            names("Headline\n\nBelgrade Airport, a busy hub, said the flights resumed.").is_empty()
        );
    }

    #[test]
    fn a_verb_after_a_title_is_no_one_word_name() {
        assert!(names("ونقل بيان لمكتب رئيس الحكومة، تسلمت (الوكالة) نسخة منه.").is_empty());
        assert!(names("وأوضح المتحدث أن الوزير حمل إلى ضيوفه رسالة.").is_empty());
        assert!(names("وقال إن المحافظ ستبحث في الموازنة.").is_empty());
        assert!(names("وقال إن الرئيس الفنلندي متفائل في هذا الشأن.").is_empty());
        assert!(names("وتعقد الجلسات يومي الأحد والخميس المقبلين في الرياض.").is_empty());
        // a surname used again, and an unknown one that is not a verb, are kept
        assert_eq!(
            names("وصل الرئيس زوران ميلوفيتش. وقال الرئيس ميلوفيتش، إن").len(),
            1
        );
        assert_eq!(names("واستقبل الوزير كادوري في مكتبه.").len(), 1);
    }

    #[test]
    fn unknown_words_after_a_complete_title_are_a_name() {
        let f = names("التقى الوزير رئيس جمهورية توغو أرابات زينيغو في العاصمة.");
        assert_eq!(f, ["أرابات زينيغو"]);
        let g = names("واستقبل الوزير وزير خارجية بنين أولوشيغون بيلو كوناتيه في مكتبه.");
        assert_eq!(g, ["أولوشيغون بيلو كوناتيه"]);
        let s = names("والتقى الوزير رئيس مجلس الشيوخ البرازيلي رودولفو ألكامبري في العاصمة.");
        assert_eq!(s, ["رودولفو ألكامبري"]);
        let h = names("وقالت ممثلة المنظمة في تشاد أولاني ديكيتيه إن الوضع صعب.");
        assert_eq!(h, ["أولاني ديكيتيه"]);
        // the verb's object after the title is no name
        assert!(names("وأجرى وزير الخارجية التوغولي مباحثات موسعة مع ضيفه.").is_empty());
        assert!(names("وأجرى وزير الخارجية التوغولي اتصالا هاتفيا بنظيره.").is_empty());
    }

    #[test]
    fn the_epithet_of_a_republic_is_part_of_the_title() {
        let t =
            titles("واستقبل الوزير سفير جمهورية كوريا الديمقراطية الشعبية سومكيت فانغ في مكتبه.");
        assert!(
            t.contains(&vec!["سفير جمهورية كوريا الديمقراطية الشعبية".to_string()]),
            "{t:?}"
        );
    }

    #[test]
    fn a_country_after_comma_and_wa_stands_for_a_plural_title() {
        let text = "اجتمع وزراء دفاع السويد كارل يوهانسون، وفنلندا أنتي هاكانين، في أوسلو.\n\
                    وقال كارل يوهانسون إنه التقى نظيره الفنلندي.";
        let doc = Doc::new(text);
        let people = find(&doc);
        let finn = people.persons.iter().position(|p| p.name == "أنتي هاكانين");
        let finn = finn.unwrap_or_else(|| panic!("{:?}", people.persons));
        assert_eq!(people.persons[finn].titles, ["فنلندا"]);
        // "نظيره الفنلندي" is the one whose title names Finland
        let counterpart = people
            .titles
            .iter()
            .find(|t| doc.toks[t.toks.start].norm == "نظيره");
        assert_eq!(
            counterpart.and_then(|t| t.person),
            Some(finn),
            "{:?}",
            people.titles
        );
        // a list of countries is no list of people
        assert!(names("زار وزراء الخارجية السويد، وفنلندا، والنرويج.").is_empty());
    }

    #[test]
    fn a_common_given_name_starts_a_name_without_title() {
        assert_eq!(names("وحضر فراس الخوري اجتماع اللجنة."), ["فراس الخوري"]);
    }

    #[test]
    fn a_given_name_beginning_with_a_clitic_letter_stays_whole() {
        assert_eq!(
            names("وقالت لانا الخطيب إن المعرض يفتح أبوابه غدا."),
            ["لانا الخطيب"]
        );
    }

    #[test]
    fn foreign_given_names_start_a_name_without_title() {
        assert_eq!(
            names("وأجرى الوزير اتصالا مع خورخي رودريغيث لبحث التعاون."),
            ["خورخي رودريغيث"]
        );
        assert_eq!(names("وشارك نغوين فان هاي في المنتدى."), ["نغوين فان هاي"]);
    }

    #[test]
    fn vietnamese_syllables_in_ha_are_name_words() {
        assert_eq!(
            names("ووصل وزير التجارة الفيتنامي تران مينه دونغ إلى الرياض."),
            ["تران مينه دونغ"]
        );
    }

    #[test]
    fn unknown_words_before_an_apposed_title_are_a_name() {
        assert_eq!(
            names("وعقد الوزير جلسة مع كوامي أسانتي، وزير المالية الغاني، أمس."),
            ["كوامي أسانتي"]
        );
        assert_eq!(
            names("وتلقى الرئيس رسالة من زاكارو تيمبو وزير خارجية مالاوي تناولت التعاون."),
            ["زاكارو تيمبو"]
        );
    }

    #[test]
    fn an_unknown_name_after_a_date_word_or_in_a_list_before_its_title() {
        assert_eq!(
            names("واستقبل الوزير أمس كوامي أسانتي وزير المالية الغاني."),
            ["كوامي أسانتي"]
        );
        assert_eq!(
            names("وشارك كل من كوامي أسانتي، وزير المالية الغاني، وأوكيلو مانغا، وزير التجارة الأوغندي."),
            ["كوامي أسانتي", "أوكيلو مانغا"]
        );
    }

    #[test]
    fn kull_with_a_preposition_is_no_name() {
        assert!(!names("والتقى الوزير بكل من السفراء.").contains(&"بكل".to_string()));
    }

    #[test]
    fn common_words_before_a_title_are_no_name() {
        assert!(names("واستقبل الوزير في وقت لاحق سفير كندا لدى البلاد.").is_empty());
        assert!(names("وتحدث عن أهمية التعاون وزير الخارجية.").is_empty());
    }

    #[test]
    fn the_word_after_a_construct_title_is_its_domain() {
        let text = "وتلقى الرئيس رسالة من رئيس جمهورية بنين باتريس تالون أمس.";
        assert_eq!(names(text), ["باتريس تالون"]);
        assert_eq!(titles(text), [["رئيس جمهورية بنين"]]);
    }

    #[test]
    fn a_surname_in_si_ending_in_alef_is_no_future_verb() {
        assert_eq!(
            names("واستقبل الرئيس ماركوس سيلفا في القصر."),
            ["ماركوس سيلفا"]
        );
    }

    #[test]
    fn a_surname_with_a_clitic_shape_before_a_present_verb() {
        assert_eq!(
            names("وقال إن المبعوث الأممي حسان لعرابي يواصل مشاوراته."),
            ["حسان لعرابي"]
        );
    }

    #[test]
    fn common_russian_and_hispanic_given_names_in_latin_script() {
        assert_eq!(
            names("The report was written with help from Svetlana Orlova in Moscow."),
            ["Svetlana Orlova"]
        );
        assert_eq!(
            names("Talks were also attended by Eduardo Pacheco of the bank."),
            ["Eduardo Pacheco"]
        );
    }

    #[test]
    fn a_host_title_then_a_guest_title_are_two_titles() {
        let text = "واستقبل رئيس مجلس الشيوخ سفير البرازيل ماركوس سيلفا أمس.";
        assert_eq!(titles(text), [["سفير البرازيل"]]);
        let text = "واستقبل الوزير المديرة العامة للوكالة كاترين مولر في مكتبه.";
        assert_eq!(titles(text), [["المديرة العامة للوكالة"]]);
        let text = "والتقى وزير الداخلية المفوضة الأوروبية للهجرة إيلفا يوهانسون.";
        assert_eq!(titles(text), [["المفوضة الأوروبية للهجرة"]]);
    }

    #[test]
    fn stacked_offices_and_ranks_stay_one_title() {
        let text = "وقال ولي العهد رئيس مجلس الوزراء الأمير خالد بن فهد إن المشروع اكتمل.";
        assert!(titles(text)[0][0].starts_with("ولي العهد رئيس مجلس الوزراء"));
        let text = "وقال نائب رئيس الوزراء وزير الخارجية أحمد سالم إن الاجتماع مهم.";
        assert_eq!(titles(text), [["نائب رئيس الوزراء وزير الخارجية"]]);
        let text = "واستقبل الرئيس العماد جوزاف عون الوفد.";
        assert_eq!(names(text), ["جوزاف عون"]);
    }

    #[test]
    fn a_clitic_drawn_out_with_a_tatweel_is_not_part_of_the_name() {
        assert_eq!(names("واجتمع الوزير بـجو هوكينز في روما."), ["جو هوكينز"]);
    }

    #[test]
    fn a_first_name_with_hamza_on_the_alef_after_a_title_is_no_article() {
        assert_eq!(
            names("وقالت الوزيرة إلسا مارتينسن إن الاتفاق مهم."),
            ["إلسا مارتينسن"]
        );
    }

    #[test]
    fn the_inner_word_of_a_compound_family_name_is_the_same_person() {
        assert_eq!(
            names("وقالت الوزيرة ليلى بنعزوز الشرقاوي إن الخطة جاهزة. وأضافت بنعزوز أن التمويل متوفر."),
            ["ليلى بنعزوز الشرقاوي"]
        );
    }

    #[test]
    fn a_preposition_never_takes_a_verb() {
        // "بيري" is no ب + "يرى" (he sees)
        assert_eq!(names("وحضر الحفل جون بيري أمس."), ["جون بيري"]);
        assert!(speech_verb(&crate::text::tokenize("ويرى")[0]));
    }

    #[test]
    fn a_doubled_honorific_sayyid_is_the_given_name() {
        assert_eq!(
            names("وشارك في الحفل السيد السيد حجازي رئيس الجمعية."),
            ["السيد حجازي"]
        );
    }

    #[test]
    fn good_neighbourliness_is_no_name() {
        assert!(names("وتقوم العلاقات على حسن الجوار والاحترام المتبادل.").is_empty());
    }

    #[test]
    fn a_latin_name_before_a_country_possessive_title() {
        assert_eq!(
            names("Tshabalala, Lesotho's foreign minister, said talks went well."),
            ["Tshabalala"]
        );
        assert!(names("Chad's Deby, Niger's Tiani, meet in Niamey").is_empty());
    }

    #[test]
    fn sayyid_is_an_honorific() {
        assert_eq!(
            names("Omani Foreign Minister Sayyid Hamad Albusaidi met the envoy."),
            ["Hamad Albusaidi"]
        );
    }

    #[test]
    fn a_definite_object_after_a_foreign_name_is_not_its_surname() {
        assert_eq!(
            names("وافتتح الرئيس الغاني كوامي أسانتي المعرض أمس."),
            ["كوامي أسانتي"]
        );
    }

    #[test]
    fn minister_of_foreign_relations_is_one_title() {
        let text = "وقال وزير العلاقات الخارجية الكوبي برونو رودريغيث إن الحصار ظالم.";
        assert_eq!(titles(text), [["وزير العلاقات الخارجية الكوبي"]]);
    }

    #[test]
    fn any_name_after_an_institution_and_its_nationality_is_the_holder() {
        let text = "واستقبل الرئيس رئيس حزب الشعب الكمبودي سوك سامبو أمس.";
        assert_eq!(names(text), ["سوك سامبو"]);
        assert_eq!(titles(text), [["رئيس حزب الشعب الكمبودي"]]);
    }

    #[test]
    fn a_word_for_now_is_not_a_given_name() {
        let toks = crate::text::tokenize("الآن");
        assert!(!lexicons().given_names.has(&toks[0]));
    }

    #[test]
    fn a_common_noun_ends_the_name() {
        assert_eq!(
            names("واستقبل الرئيس قيس سعيد بقصر الضيافة ضيفه الكريم."),
            ["قيس سعيد"]
        );
        assert!(names("وبدأ وزير الخارجية جولة في المنطقة.").is_empty());
    }

    #[test]
    fn ambassador_to_a_country_is_one_title() {
        let text = "وشارك سفير تونس لدى الرباط علي السالمي في الحفل.";
        assert_eq!(names(text), ["علي السالمي"]);
        assert_eq!(titles(text), [["سفير تونس لدى الرباط"]]);
    }

    #[test]
    fn a_regnal_ordinal_ends_the_name() {
        assert_eq!(
            names("واستقبل الملك محمد السادس وفدا من رجال الأعمال."),
            ["محمد السادس"]
        );
    }

    #[test]
    fn a_well_known_surname_alone_is_a_name() {
        assert_eq!(names("وبحث ماكرون مع ضيفه الأوضاع في المنطقة."), ["ماكرون"]);
        assert_eq!(names("Later, Erdogan told reporters."), ["Erdogan"]);
    }

    #[test]
    fn a_title_after_a_comma_vouches_for_an_ambiguous_given_name() {
        assert_eq!(
            names("وقال ناصر بوعزة، وزير التجارة، إن الأسعار ستنخفض."),
            ["ناصر بوعزة"]
        );
    }

    #[test]
    fn a_title_word_before_a_given_name_is_a_given_name() {
        assert_eq!(
            names("وقال المهندس أمين خالد العمري إن المشروع اكتمل."),
            ["أمين خالد العمري"]
        );
    }

    #[test]
    fn the_morning_with_the_article_after_a_name_is_a_family_name() {
        assert_eq!(
            names("واستقبل الشيخ فهد يوسف سعود الصباح السفير."),
            ["فهد يوسف سعود الصباح"]
        );
    }

    #[test]
    fn a_surname_with_a_pronoun_shape_before_qad() {
        assert_eq!(
            names("وكانت الوزيرة ماريا كوستينا قد أعلنت استقالتها."),
            ["ماريا كوستينا"]
        );
    }

    #[test]
    fn an_inner_word_of_a_long_latin_name_is_that_person() {
        let text = "President Luiz Inacio Lula da Silva arrived. Later Lula told reporters.";
        assert_eq!(names(text), ["Luiz Inacio Lula da Silva"]);
    }

    #[test]
    fn an_english_name_with_a_title_in_apposition() {
        let text = "Talks went on. R. Kumaran, the trade minister, said the deal was close.";
        assert_eq!(names(text), ["R. Kumaran"]);
        let text = "Speaking in Amman, Fakhri al-Rawabdeh, the ministry spokesman, said so.";
        assert_eq!(names(text), ["Fakhri al-Rawabdeh"]);
    }

    #[test]
    fn a_company_name_after_a_title_is_part_of_the_title() {
        let text = "وقال الرئيس التنفيذي لشركة زين الكويتية بدر الخرافي إن الأرباح ارتفعت.";
        assert_eq!(names(text), ["بدر الخرافي"]);
        assert_eq!(titles(text), [["الرئيس التنفيذي لشركة زين الكويتية"]]);
    }

    #[test]
    fn a_known_surname_continues_a_given_name() {
        assert_eq!(
            names("واجتمع الأمين العام مارك روته مع الوزراء."),
            ["مارك روته"]
        );
    }

    #[test]
    fn a_verb_shaped_foreign_surname_before_a_preposition_or_qad() {
        assert_eq!(
            names("ووصل الوزير بيتر سيماتو إلى القاهرة."),
            ["بيتر سيماتو"]
        );
        assert_eq!(names("وكان بيتر سيماتو قد زار القاهرة."), ["بيتر سيماتو"]);
    }

    #[test]
    fn a_counterpart_does_not_continue_a_title() {
        let text = "والتقى كمال يوسف وزير الخارجية الليبي نظيره المالطي في روما.";
        assert_eq!(names(text), ["كمال يوسف"]);
        assert_eq!(titles(text), [["وزير الخارجية الليبي"]]);
    }

    #[test]
    fn a_definite_title_between_commas_belongs_to_a_titled_name() {
        let text = "وقال السفير سامر حداد، المتحدث الرسمي باسم الوزارة، إن العمل مستمر.";
        assert_eq!(titles(text), [["السفير", "المتحدث الرسمي باسم الوزارة"]]);
    }

    #[test]
    fn a_hyphenated_latin_given_name() {
        assert_eq!(
            names("The rebel leader Abdul-Karim al-Masri warned of escalation."),
            ["Abdul-Karim al-Masri"]
        );
    }

    #[test]
    fn an_odd_surname_after_a_compound_given_name() {
        assert_eq!(
            names("والتقى عبد الكريم وزاني وزير النقل نظيره."),
            ["عبد الكريم وزاني"]
        );
    }

    #[test]
    fn a_definite_title_after_a_name_and_its_title_is_the_next_person() {
        let text = "واستقبل محمد حداد رئيس مجلس الشورى السفير الإيطالي ماركو روسي.";
        assert_eq!(titles(text), [["رئيس مجلس الشورى"], ["السفير الإيطالي"]]);
        let text = "وقال محمد حداد مستشار الرئيس الإيطالي إن الحوار مستمر.";
        assert_eq!(titles(text), [["مستشار الرئيس الإيطالي"]]);
    }

    #[test]
    fn a_spokesman_for_a_group_before_the_name() {
        let text = "وقال المتحدث باسم المتمردين أحمد النور إن الهدنة انتهت.";
        assert_eq!(names(text), ["أحمد النور"]);
        assert_eq!(titles(text), [["المتحدث باسم المتمردين"]]);
        assert_eq!(
            names("وقال الوزير باسم عوض الله إن الاقتصاد تحسن."),
            ["باسم عوض الله"]
        );
    }

    #[test]
    fn a_title_with_a_glued_preposition_starts_a_new_phrase() {
        let text = "والتقى محمد حداد وزير المالية الأردني بالمدير العام للمنظمة.";
        assert_eq!(titles(text), [["وزير المالية الأردني"]]);
        assert_eq!(
            titles("والتقى محمد حداد بمدير المنظمة."),
            [Vec::<String>::new()]
        );
    }

    #[test]
    fn a_preposition_and_the_article_start_no_name() {
        let text = "والتقى محمد حداد وزير المالية الأردني بالأمين العام للمنظمة.";
        assert_eq!(names(text), ["محمد حداد"]);
    }

    #[test]
    fn an_ambiguous_given_name_as_the_subject_of_a_speech_verb() {
        assert_eq!(names("وقال عادل الخطيب إن السوق مستقرة."), ["عادل الخطيب"]);
        assert!(names("وأكد على الالتزام بالاتفاق.").is_empty());
        assert_eq!(names("وقالت هدى الخطيب إن السوق مستقرة."), ["هدى الخطيب"]);
    }

    #[test]
    fn a_short_form_is_the_person_mentioned_last() {
        let text =
            "Minister Abdullah Saeed arrived. King Abdullah II met him. King Abdullah said so.";
        let doc = Doc::new(text);
        let people = find(&doc);
        let king = people.persons.iter().find(|p| p.name == "Abdullah II");
        assert_eq!(king.map(|p| p.mentions.len()), Some(2));
    }

    #[test]
    fn a_title_between_a_name_and_a_comma_is_that_names() {
        let text = "واستقبل الأمير خالد بن سعد وزير النقل، السيد بيتر مولر سفير ألمانيا.";
        assert_eq!(
            titles(text),
            [vec!["الأمير", "وزير النقل"], vec!["سفير ألمانيا"]]
        );
    }

    #[test]
    fn a_title_between_commas_after_a_name_is_the_next_names() {
        let text = "ومثّل الوزير خالد سعد، رئيسَ الجمهورية، السيد بيتر مولر في القمة.";
        assert_eq!(titles(text), [vec!["الوزير"], vec!["رئيسَ الجمهورية"]]);
    }

    #[test]
    fn a_title_of_several_words_ends_the_name() {
        assert_eq!(
            names("واستقبل الوزير خالد العتيبي القائم بالأعمال الفرنسي."),
            ["خالد العتيبي"]
        );
    }

    #[test]
    fn a_surname_mention_takes_in_its_particle() {
        let doc = Doc::new("والتقى السفير حسن علي آل خليفة بالوزير. وقال آل خليفة إن اللقاء مثمر.");
        let people = find(&doc);
        let texts: Vec<&str> = people.persons[0]
            .mentions
            .iter()
            .map(|m| doc.slice(m.clone()))
            .collect();
        assert!(texts.contains(&"آل خليفة"), "{texts:?}");
    }

    #[test]
    fn a_compound_father_name_alone_is_the_person() {
        let text = "واستقبل الوزير سلام عبد الكريم الجنابي الوفد. وأكد عبد الكريم أن الزيارة مهمة.";
        assert_eq!(names(text), ["سلام عبد الكريم الجنابي"]);
    }

    #[test]
    fn a_foreign_surname_with_a_participle_shape() {
        assert_eq!(
            names("واتصل الرئيس إيمانويل ماكرون بنظيره."),
            ["إيمانويل ماكرون"]
        );
    }

    #[test]
    fn a_future_verb_ends_the_name() {
        assert_eq!(
            names("وأعلن البيت الأبيض أن جو بايدن سيزور المنطقة قريبا."),
            ["جو بايدن"]
        );
    }

    #[test]
    fn latin_particles_in_lower_case() {
        assert_eq!(
            names("Crown Prince Mohammed bin Salman met President Abdel Fattah al-Sisi on Monday."),
            ["Mohammed bin Salman", "Abdel Fattah al-Sisi"]
        );
    }

    #[test]
    fn the_state_is_not_the_honorific_dawla() {
        assert!(names("وأكد الوزير أن الدولة تدعم القطاع الخاص بقوة.").is_empty());
    }

    #[test]
    fn an_adjective_after_a_name_is_not_part_of_it() {
        assert_eq!(
            names("وأشار إلى زيارة أورسولا فون دير لاين الأخيرة للقاهرة."),
            ["أورسولا فون دير لاين"]
        );
    }

    #[test]
    fn a_western_female_name_ending_in_na() {
        assert_eq!(
            names("واستقبل الوزير السفيرة أنجلينا إيخهورست بمقر الوزارة."),
            ["أنجلينا إيخهورست"]
        );
    }

    #[test]
    fn the_object_after_a_title_is_not_a_name() {
        assert!(names("وثمن ملك البحرين جهود المملكة في دعم الاستقرار.").is_empty());
        assert!(names("وشكر رئيس الحكومة على كرم الضيافة.").is_empty());
    }

    #[test]
    fn a_long_chain_of_filiations() {
        assert_eq!(
            names("واستقبل الملك سلمان بن عبدالعزيز بن عبدالرحمن آل سعود ضيفه."),
            ["سلمان بن عبدالعزيز بن عبدالرحمن آل سعود"]
        );
    }

    #[test]
    fn a_title_word_before_bin_is_the_given_name() {
        assert_eq!(
            names("وحضر اللقاء معالي الوزير مساعد بن محمد العيبان."),
            ["مساعد بن محمد العيبان"]
        );
    }

    #[test]
    fn an_institution_is_not_a_person() {
        assert!(
            names("Officials in the capital said the State Department said nothing.").is_empty()
        );
        assert!(names("The reports came as the White House said it would wait.").is_empty());
    }

    #[test]
    fn a_facility_named_after_a_person_is_not_a_person() {
        assert!(names("ووصل الوزير إلى مطار الملك خالد الدولي قادماً من القاهرة.").is_empty());
        assert!(names("وزار الوفد مستشفى الملك فهد ومسجد الشيخ زايد الكبير.").is_empty());
        assert!(names("ونظمت جامعة محمد الخامس ندوة حول المناخ.").is_empty());
        assert!(names("The forum met at King Abdullah University in Thuwal.").is_empty());
        assert!(
            names("Crowds filled King Salman Park and the Mohammed bin Rashid Library.").is_empty()
        );
    }

    #[test]
    fn a_facility_noun_ends_a_name() {
        assert_eq!(
            names("وزار رئيس المجلس نبيه بري مستشفى الجامعة الأميركية."),
            ["نبيه بري"]
        );
    }

    #[test]
    fn a_conjunction_after_a_title_is_not_a_name() {
        assert!(names("واستقبل الرئيس وزير الخارجية الهندي، فيما التقى الوفد الأمني.").is_empty());
    }

    #[test]
    fn the_father_in_a_filiation_is_another_person() {
        assert_eq!(
            names("استقبل الملك عبدالله الثاني ولي العهد الأمير الحسين بن عبدالله الثاني."),
            ["عبدالله الثاني", "الحسين بن عبدالله الثاني"]
        );
    }

    #[test]
    fn a_hamza_alef_lam_is_not_the_article() {
        assert_eq!(
            names("والتقى الوزير نظيره الإسباني خوسيه مانويل ألباريس في مدريد."),
            ["خوسيه مانويل ألباريس"]
        );
    }

    #[test]
    fn surnames_with_the_shape_of_common_words() {
        assert_eq!(
            names("وصرح الدكتور محمد اشتية بأن الحكومة مستمرة."),
            ["محمد اشتية"]
        );
        assert_eq!(
            names("ووصل وزير الخارجية ناصر بوريطة إلى المنامة."),
            ["ناصر بوريطة"]
        );
    }

    #[test]
    fn honorifics_are_not_part_of_a_title() {
        assert_eq!(
            titles("واستقبل صاحب السمو الملكي الأمير خالد بن سلمان الوفد."),
            [["الأمير"]]
        );
        assert_eq!(
            titles("وأكد رئيس الجمهورية العماد جوزاف عون دعمه للجيش."),
            [["رئيس الجمهورية"]]
        );
    }

    #[test]
    fn an_emir_of_a_region_is_a_title() {
        assert!(names("وكان في استقباله نائب أمير منطقة مكة المكرمة.").is_empty());
    }

    #[test]
    fn a_common_english_given_name() {
        assert_eq!(
            names("A spokesperson, Tammy Bruce, said the talks went well."),
            ["Tammy Bruce"]
        );
    }

    #[test]
    fn an_english_possessive_ends_the_name() {
        assert_eq!(
            names("It was Prime Minister Jacinda Ardern’s phrase and Tony Blair's idea."),
            ["Jacinda Ardern", "Tony Blair"]
        );
    }

    #[test]
    fn a_title_alone_names_the_holder_outside_the_quotes() {
        let text = "President Nana Akufo-Addo spoke. He said: “As President Robert Mugabe put it, we build.” The President said Africa must unite.";
        let doc = Doc::new(text);
        let people = find(&doc);
        let at = doc
            .toks
            .iter()
            .rposition(|t| t.norm == "president")
            .unwrap_or(0);
        let p = people
            .mention_at(at)
            .map(|(p, _)| people.persons[p].name.clone());
        assert_eq!(p.as_deref(), Some("Nana Akufo-Addo"));
    }

    #[test]
    fn people_by_a_word_of_their_title() {
        let doc = Doc::new("التقى وزير الخارجية الصيني وانغ يي نظيره المصري سامح شكري.");
        let people = find(&doc);
        let named = |w: &str| -> Vec<String> {
            people
                .titled_with(w)
                .into_iter()
                .map(|p| people.persons[p].name.clone())
                .collect()
        };
        assert_eq!(named(&canon("الصيني")), ["وانغ يي"]);
        assert!(named(&canon("الروسي")).is_empty());
    }

    #[test]
    fn an_envoy_to_a_place_before_a_name() {
        assert_eq!(
            names("والتقى الوزير المبعوث الأممي إلى اليمن هانز غروندبرغ في عمان."),
            ["هانز غروندبرغ"]
        );
        assert!(names("ووصل الرئيس إلى بغداد في زيارة رسمية.").is_empty());
    }

    #[test]
    fn a_given_name_with_the_article_before_a_filiation() {
        assert_eq!(
            names("وترأس الوزير الأول المختار ولد اجاي اجتماع الحكومة."),
            ["المختار ولد اجاي"]
        );
    }

    #[test]
    fn names_in_an_agency_credit_line() {
        assert_eq!(
            names("Reporting by Darcy Quill; Editing by Tom Hogue"),
            ["Darcy Quill", "Tom Hogue"]
        );
    }

    #[test]
    fn a_road_named_after_a_sheikh() {
        assert!(names("وتفقد الوزير أعمال محور الشيخ خليفة بن زايد الجديد.").is_empty());
    }

    #[test]
    fn groups_and_bodies_before_a_speech_verb_are_not_people() {
        assert!(names("وقال ناشطون إن الطريق مغلق.").is_empty());
        assert!(names("وأفاد سكان محليون بأن المياه مقطوعة.").is_empty());
        assert!(names("وقال شهود عيان إن الطائرات حلقت.").is_empty());
        assert!(names("وقالت حماس إن الوفد غادر.").is_empty());
        assert!(names("وأعلنت أرامكو أن أرباحها ارتفعت.").is_empty());
        assert_eq!(names("وقال نتنياهو إن الحرب مستمرة."), ["نتنياهو"]);
    }

    #[test]
    fn an_honorific_word_as_a_surname() {
        assert_eq!(
            names("وحضر اللقاء نائب الرئيس حسين الشيخ، ووزير المالية."),
            ["حسين الشيخ"]
        );
        assert_eq!(
            names("واستقبل الوزير محمد السيد أحمد في مكتبه."),
            ["محمد السيد أحمد"]
        );
    }

    #[test]
    fn a_name_in_ta_marbuta_is_not_a_verb_with_a_pronoun() {
        assert_eq!(names("وقال أحمد جمعة إن الوضع جيد."), ["أحمد جمعة"]);
    }

    #[test]
    fn an_english_office_after_a_title_is_not_a_name() {
        assert!(
            names("It was attended by Minister of State, Cabinet Member and Adviser.").is_empty()
        );
    }

    #[test]
    fn spelling_variants_of_one_name_are_one_person() {
        assert_eq!(
            names("استقبل الملك عبد الله الثاني الوفد. وقال الملك عبدالله الثاني إن الأردن يدعم السلام."),
            ["عبد الله الثاني"]
        );
        assert_eq!(
            names("وقال مسعود بزشكيان إن إيران تدعم. وأكد الرئيس پزشكيان أن طهران مستعدة."),
            ["مسعود بزشكيان"]
        );
        assert_eq!(
            names("President Abdel Fattah el-Sisi spoke first. President Abdel-Fattah al-Sisi then left."),
            ["Abdel Fattah el-Sisi"]
        );
        assert_eq!(
            names("President Recep Tayyip Erdoğan spoke. Later Erdogan said Turkey agreed."),
            ["Recep Tayyip Erdoğan"]
        );
        assert_eq!(
            names("Crown Prince Mohammed bin Salman spoke. Mohammad bin Salman then met Crown Prince MBS."),
            ["Mohammed bin Salman"]
        );
    }

    #[test]
    fn different_names_stay_apart() {
        assert_eq!(
            names("Prime Minister Mahmoud Abbas met Mohammed Abbas Khalil, the envoy."),
            ["Mahmoud Abbas", "Mohammed Abbas Khalil"]
        );
    }

    #[test]
    fn an_unnamed_source_before_a_speech_verb_is_not_a_person() {
        for source in ["شاهد", "قيادي", "أوساط", "سكان", "نشطاء", "طبيب"]
        {
            let text = format!("وقال {source} إن القصف استمر طوال الليل.");
            assert!(names(&text).is_empty(), "{source}");
        }
    }

    #[test]
    fn an_adverb_after_a_title_is_not_a_name() {
        for adverb in ["شخصيا", "مجددا", "رسميا", "مؤخرا", "هاتفيا"] {
            let text = format!("وأكد الرئيس {adverb} أن الحوار مستمر.");
            assert!(names(&text).is_empty(), "{adverb}");
        }
    }

    #[test]
    fn the_pronoun_ana_is_not_anna() {
        assert!(names("وقال الموفد: «وأنا متفائل جداً بالاتفاق».").is_empty());
    }

    #[test]
    fn a_surname_with_a_possessive_after_a_title() {
        assert_eq!(
            names("President Trump's administration said the talks would go on."),
            ["Trump"]
        );
    }

    #[test]
    fn a_clerical_rank_is_an_honorific() {
        assert_eq!(
            names("Iran's Supreme Leader Ayatollah Ali Khamenei said the talks were useless."),
            ["Ali Khamenei"]
        );
    }

    #[test]
    fn mark_at_the_start_of_a_sentence_is_a_verb() {
        assert!(names("Mark my words, the official said.").is_empty());
    }

    #[test]
    fn a_blessing_is_not_a_name() {
        assert!(names("ونعى الديوان الفقيد، رحمه الله، الذي توفي أمس.").is_empty());
        assert_eq!(
            names("واستقبل الوزير رحمة الله الحسني في مكتبه."),
            ["رحمة الله الحسني"]
        );
    }

    #[test]
    fn a_byline_names_the_writer() {
        assert_eq!(names("بقلم: سامي كليب"), ["سامي كليب"]);
    }

    #[test]
    fn an_indefinite_word_after_a_name_is_a_boundary() {
        assert_eq!(
            names("كما افتتح وزير الصناعة بندر الخريف مصنعاً جديداً."),
            ["بندر الخريف"]
        );
    }

    #[test]
    fn a_company_named_after_a_person_is_not_a_person() {
        assert!(names("ووقعت مجموعة بن لادن عقداً مع شركة عبداللطيف جميل ومصرف الراجحي.").is_empty());
    }

    #[test]
    fn nasr_is_victory_without_a_title() {
        assert!(names("وقال إن نصر كبير تحقق في المعركة.").is_empty());
        assert_eq!(
            names("وقال الأمين العام للحزب حسن نصر الله إن المقاومة جاهزة."),
            ["حسن نصر الله"]
        );
    }

    #[test]
    fn crossings_bases_and_quarters_named_after_a_person() {
        assert!(names("وتجمع المحتجون في دوار الملكة علياء قرب معبر الملك حسين.").is_empty());
        assert!(names("U.S. troops at Prince Sultan Air Base were put on alert.").is_empty());
    }

    #[test]
    fn a_foreign_surname_with_a_pronoun_shape_before_punctuation() {
        assert_eq!(
            names("واستقبل الرئيس وزيرة الخارجية كاترين كولونا."),
            ["كاترين كولونا"]
        );
        assert_eq!(names("والتقى الوزير أحمد زملاءنا في المكتب."), ["أحمد"]);
    }

    #[test]
    fn a_title_after_an_untitled_name_is_that_persons() {
        let text = "استقبل معالي السيد سامي نادر وزير الخارجية في مكتبه اليوم الوزيرة ماري لوران.";
        assert_eq!(
            titles(text),
            [
                vec!["وزير الخارجية".to_string()],
                vec!["الوزيرة".to_string()]
            ]
        );
        // after a titled host, the title is the guest's, not his
        let text = "استقبل الرئيس سامي نادر رئيس وزراء اليونان في القصر.";
        assert_eq!(titles(text), [["الرئيس"]]);
    }

    #[test]
    fn a_foreign_surname_with_a_glued_letter_before_a_date_or_preposition() {
        assert_eq!(
            names("التقى المبعوث الأمريكي ستيف ويتكوف، اليوم، رئيس الوزراء."),
            ["ستيف ويتكوف"]
        );
        assert_eq!(
            names("وصل المبعوث الأممي جوليا لعمامرة إلى الخرطوم."),
            ["جوليا لعمامرة"]
        );
        // a noun with a pronoun after the conjunction is the companion, not a surname
        assert_eq!(names("استقبل الملك عبدالله وعقيلته في القصر."), ["عبدالله"]);
    }

    #[test]
    fn a_foreign_surname_with_a_verb_prefix_before_punctuation() {
        assert_eq!(
            names("واستقبل الوزير وزير الخارجية المجري بيتر سيارتو، ثم عقدا مؤتمرا."),
            ["بيتر سيارتو"]
        );
    }

    #[test]
    fn an_article_glued_to_two_letters_is_a_foreign_surname() {
        assert_eq!(names("وقالت الممثلة العليا كايا كالاس."), ["كايا كالاس"]);
    }

    #[test]
    fn a_title_before_a_comma_and_a_conjunction_is_the_previous_name_s() {
        let text = "استقبل الرئيس أحمد سالم رئيس الجمهورية، ومعالي جون سميث وزير الخارجية.";
        assert_eq!(names(text), ["أحمد سالم", "جون سميث"]);
        assert_eq!(titles(text)[1], ["وزير الخارجية"]);
    }

    #[test]
    fn a_given_name_after_a_spokesman_s_title() {
        assert_eq!(
            names("وقال المتحدث باسم الحكومة باسم حسين إن الحكومة مستمرة."),
            ["باسم حسين"]
        );
        assert_eq!(
            titles("وقال المتحدث باسم وزارة الخارجية سامي علي إن الوزيرين اتفقا."),
            [["المتحدث باسم وزارة الخارجية"]]
        );
    }

    #[test]
    fn a_verbal_noun_after_a_name_is_not_part_of_it() {
        assert_eq!(
            names("أعلن الرئيس الأمريكي جون سميث فرض رسوم جديدة على الواردات."),
            ["جون سميث"]
        );
    }

    #[test]
    fn more_nationalities_and_feminine_titles() {
        assert_eq!(
            titles("وقال وزير الخارجية الغاني صامويل أبلاكوا إن بلاده مستعدة."),
            [["وزير الخارجية الغاني"]]
        );
        assert_eq!(
            names("التقت المبعوثة الأممية جينين بلاسخارت وزير الداخلية."),
            ["جينين بلاسخارت"]
        );
    }

    #[test]
    fn a_foreign_surname_before_what_its_sentence_goes_on_with() {
        assert_eq!(
            names("وقال وزير الخارجية المجري بيتر سيارتو إن بلاده ترفض العقوبات."),
            ["بيتر سيارتو"]
        );
        assert_eq!(
            names("وأجرى وزير الخارجية الفرنسي جوليا سيجورنيه محادثات مع الوفد."),
            ["جوليا سيجورنيه"]
        );
        // a present verb before its object stays out of the name
        assert_eq!(names("الرئيس محمد يستقبل وزير الخارجية."), ["محمد"]);
    }

    #[test]
    fn a_lower_case_title_before_a_name_in_english() {
        let text = "He met his Iranian counterpart Ahmad Karimi on Monday.";
        assert_eq!(names(text), ["Ahmad Karimi"]);
        assert_eq!(titles(text), [["counterpart"]]);
    }

    #[test]
    fn the_holy_see_is_not_a_person() {
        assert!(names("The Holy See said on Monday that the talks went well.").is_empty());
    }

    #[test]
    fn a_writer_or_an_athlete_before_a_foreign_name() {
        assert_eq!(
            names("وقالت الروائية النيجيرية أماكا أديتشي إن الأدب يتطور."),
            ["أماكا أديتشي"]
        );
    }

    #[test]
    fn a_bare_title_before_a_known_surname_is_that_person_s() {
        let text = "التقى الرئيس أحمد الحسني، اليوم، الرئيس سالم عباس. وأكد الرئيس الحسني أن بلاده تدعم الحوار.";
        let doc = Doc::new(text);
        let people = find(&doc);
        let at = doc
            .toks
            .iter()
            .rposition(|t| lexicons().titles.has(t))
            .unwrap_or(0);
        let holder = people.title_at(at).and_then(|t| t.person);
        assert_eq!(
            holder.map(|p| people.persons[p].name.as_str()),
            Some("أحمد الحسني")
        );
    }

    #[test]
    fn the_head_of_an_international_fund() {
        assert_eq!(
            titles("وقالت رئيسة صندوق النقد الدولي ماريا سميث إن النمو يتباطأ."),
            [["رئيسة صندوق النقد الدولي"]]
        );
    }

    #[test]
    fn a_verb_after_a_surname_is_not_part_of_the_name() {
        assert_eq!(
            names("وأوضح أن الوزير عبد الحكيم استعرض خلال لقائه الجهود المبذولة، وأن جورج رانجيل تناول الاستثمار."),
            ["عبد الحكيم", "جورج رانجيل"]
        );
    }

    #[test]
    fn a_lower_case_title_after_a_nationality_is_followed_by_a_name() {
        assert_eq!(
            names("The deal was signed in Tokyo by Japanese minister Kenta Odagiri on Monday."),
            ["Kenta Odagiri"]
        );
        assert!(
            names("The deal was signed in Tokyo by the Japanese minister on Monday.").is_empty()
        );
    }

    #[test]
    fn a_title_goes_on_over_an_international_body() {
        assert_eq!(
            titles("استقبل أحمد سالم، الأمين العام لجامعة الدول العربية، اليوم السفير."),
            [["الأمين العام لجامعة الدول العربية"]]
        );
    }

    #[test]
    fn after_mrs_come_name_words_no_list_knows() {
        assert_eq!(
            names("واجتمع الوزير عمر حسن مع سعادة السيدة تيريز كاييكوامبا فاغنر وزيرة الخارجية."),
            ["عمر حسن", "تيريز كاييكوامبا فاغنر"]
        );
        assert!(names("وقال السيد الرئيس إن الزيارة مهمة.").is_empty());
    }

    #[test]
    fn a_verbal_noun_after_a_name_is_the_verbs_object() {
        assert_eq!(
            names(
                "وقال الوزير عمر حسن إن الزيارة ناجحة. وجدد حسن التأكيد على أن الحوار هو السبيل."
            ),
            ["عمر حسن"]
        );
    }

    #[test]
    fn an_ambassador_to_the_country_is_followed_by_his_name() {
        assert_eq!(
            names("واستقبل الوزير اليوم سفير اليابان لدى البلاد تاكاشي موريتا بمناسبة انتهاء فترة عمله."),
            ["تاكاشي موريتا"]
        );
        assert_eq!(
            names(
                "واستقبل الوزير اليوم سفيرة إندونيسيا لدى بلادنا كاتو موريتا بمناسبة انتهاء مهامها."
            ),
            ["كاتو موريتا"]
        );
    }

    #[test]
    fn a_foreign_given_name_ending_in_ha_after_a_title_is_a_name() {
        assert_eq!(
            names("وعرض الرئيس مع سفير فرنسا هيرفيه ماغرو الأوضاع العامة."),
            ["هيرفيه ماغرو"]
        );
        assert!(names("واستقبل الوزير نظيره في مكتبه.").is_empty());
    }

    #[test]
    fn a_nationality_in_a_list_of_leaders_stands_for_the_title() {
        assert_eq!(
            names("بمشاركة الرئيس الأوزبكي شوكت ميرضيائيف، والقرغيزي صادر جباروف."),
            ["شوكت ميرضيائيف", "صادر جباروف"]
        );
    }

    #[test]
    fn spanish_particles_and_gulf_given_names_in_latin_script() {
        assert_eq!(
            names("Khalifa Shaheen Al Marar met Gloria de la Fuente in Abu Dhabi."),
            ["Khalifa Shaheen Al Marar", "Gloria de la Fuente"]
        );
    }

    #[test]
    fn the_preposition_ala_is_not_the_name_ali() {
        assert!(names("وأكد الوزير أن الحكومة عازمة على بسط سيادتها على كامل الأراضي.").is_empty());
        assert!(names("وأعرب عن تقديره لولي العهد رئيس مجلس الوزراء على حسن الاستقبال.").is_empty());
    }

    #[test]
    fn a_title_posted_in_a_country_is_followed_by_an_unknown_name_and_a_comma() {
        assert_eq!(
            names("وأوضح ممثل المنظمة في السودان شبل صهباني، في مؤتمر صحفي، أن الوضع خطير."),
            ["شبل صهباني"]
        );
        assert!(names("والتقى الرئيس في القاهرة وزير الخارجية، وبحثا التعاون.").is_empty());
    }

    #[test]
    fn a_verb_of_welcoming_after_a_title_is_no_name() {
        assert!(names("وقال السفير إن الرئيس رحب بضيفه، مؤكدا أن العلاقات متينة.").is_empty());
    }

    #[test]
    fn a_latin_chain_of_filiations_ends_with_its_hyphenated_family_name() {
        let f = crate::facts::extract(
            "Title\n\nPrime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met Foreign Minister Sugiono.",
        );
        assert!(
            f.people
                .iter()
                .any(|p| p.name == "Mohammed bin Abdulrahman bin Jassim Al-Thani"),
            "{:?}",
            f.people.iter().map(|p| &p.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_chinese_surname_he_is_no_honorific() {
        let f = crate::facts::extract(
            "Title\n\nVice Premier He Lifeng met Treasury Secretary Scott Bessent.",
        );
        assert!(f.people.iter().any(|p| p.name == "He Lifeng"));
    }

    #[test]
    fn a_title_then_a_comma_then_a_bare_name_is_that_names() {
        let text = "استقبل الرئيس سالم الدوري وزير الخارجية الموريتاني، محمد ولد أحمد.";
        assert_eq!(
            titles(text),
            [vec!["الرئيس"], vec!["وزير الخارجية الموريتاني"]]
        );
    }

    #[test]
    fn a_portfolio_of_citizens_abroad_is_one_title() {
        let text =
            "استقبل الرئيس، وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج، محمد ولد أحمد.";
        assert_eq!(
            titles(text),
            [vec![
                "وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج"
            ]]
        );
    }

    #[test]
    fn a_sentence_adverb_before_a_comma_and_a_title_is_no_name() {
        let text = "Meanwhile, Kenya's Foreign Minister John Kamau met his counterpart.";
        assert_eq!(names(text), ["John Kamau"]);
    }

    #[test]
    fn a_princes_office_after_his_name_is_his_title() {
        let text = "استقبل صاحب السمو الأمير سالم بن خالد آل فهد ولي العهد رئيس مجلس الوزراء - حفظه الله - في الرياض اليوم، دولة رئيس الوزراء كمال الحسن.";
        assert_eq!(
            titles(text),
            [
                vec!["الأمير", "ولي العهد رئيس مجلس الوزراء"],
                vec!["رئيس الوزراء"]
            ]
        );
    }

    #[test]
    fn a_portfolio_of_fields_joined_by_and_is_one_title() {
        let text = "استقبل وزير الثقافة والفنون، سالم الدوري، سفير اليابان لدى الجزائر.";
        assert_eq!(titles(text), [vec!["وزير الثقافة والفنون"]]);
    }

    #[test]
    fn unknown_foreign_names_after_a_complete_title() {
        let text = "التقى الوزير سالم الدوري نظيرته السلوفينية تانيو فايون.";
        assert_eq!(names(text), ["سالم الدوري", "تانيو فايون"]);
        let text = "استقبل الوزير سالم الدوري رئيس المكتب السياسي لحركة مجد كمال زيتوني.";
        assert_eq!(
            titles(text),
            [vec!["الوزير"], vec!["رئيس المكتب السياسي لحركة مجد"]]
        );
    }

    #[test]
    fn english_initials_bin_and_a_portfolio_after_for() {
        assert_eq!(
            names("Prime Minister K.P. Sharma Oli held talks with Premier Li Qiang."),
            ["K.P. Sharma Oli", "Li Qiang"]
        );
        assert_eq!(
            names("Ambassador Nawaf bin Said Al-Harbi met Minister Omar Khan."),
            ["Nawaf bin Said Al-Harbi", "Omar Khan"]
        );
        assert_eq!(
            titles("Ambassador Nawaf Al-Harbi met Federal Minister for Finance Omar Khan."),
            [vec!["Ambassador"], vec!["Minister for Finance"]]
        );
    }

    #[test]
    fn sheikh_without_the_article_inside_a_somali_name() {
        assert_eq!(
            names("التقى الرئيس الصومالي حسن شيخ عمر، بالرئيس الكيني جون كاماو."),
            ["حسن شيخ عمر", "جون كاماو"]
        );
    }

    #[test]
    fn a_name_ends_before_the_object_of_its_verb() {
        assert_eq!(
            names("أدان الرئيس اللبناني سالم عون الغارة الإسرائيلية على الجنوب."),
            ["سالم عون"]
        );
        assert_eq!(
            names("التقى الوزير سالم الدوري رجال الأعمال في المدينة."),
            ["سالم الدوري"]
        );
        assert_eq!(
            names("أشاد الرئيس كمال سعيد بمستوى العلاقات بين البلدين."),
            ["كمال سعيد"]
        );
        assert_eq!(
            names("استقبل الأمير الشيخ مشعل الأحمد الجابر الصباح اليوم الوزير."),
            ["مشعل الأحمد الجابر الصباح"]
        );
        assert_eq!(
            names("والتقى الوزير عبد الله بو حبيب نظيره."),
            ["عبد الله بو حبيب"]
        );
    }

    #[test]
    fn a_vietnamese_given_name_that_is_an_english_word() {
        assert_eq!(
            names("President Li Wei held talks with General Secretary To Lam in Hanoi."),
            ["Li Wei", "To Lam"]
        );
    }

    #[test]
    fn the_monarch_of_a_country_is_its_king() {
        let f = crate::facts::extract(
            "عنوان\n\nاستقبل الملك سالم الثاني في عمان اليوم الرئيس الفرنسي بيير دوبون.\n\
             وأكد العاهل الأردني أن المملكة تدعم جهود السلام.",
        );
        let speaker = f.statements[0]
            .speaker
            .as_ref()
            .and_then(|s| s.name.as_deref());
        assert_eq!(speaker, Some("سالم الثاني"));
    }

    #[test]
    fn a_family_name_in_ta_marbuta_after_a_given_name() {
        assert_eq!(
            names("التقى وزير الداخلية الأردني مازن الحمايدية سفير اليابان."),
            ["مازن الحمايدية"]
        );
    }

    #[test]
    fn the_complementizer_with_a_pronoun_ends_a_name() {
        assert_eq!(
            names("وقال رئيس الوزراء سالم كمال الدوري إننا ماضون في الإصلاح."),
            ["سالم كمال الدوري"]
        );
    }
}

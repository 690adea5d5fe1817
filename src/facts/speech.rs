//! Direct quotations and reported statements, with their speakers.
//!
//! Quotations are balanced « » “ ” „ “ " " spans of at least four words (a
//! quotation continued in the next paragraph is one quote); statements are
//! a speech verb followed by إن/أن/بأن/that. Speakers come from the verb's
//! subject, else from the previous speaker (implied subjects, participles,
//! "he said").

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::{Quote, Span};
use super::people::{canon, nearest_before, People};
use super::speaker::{
    agent_at, earlier_mention, is_complementizer, is_honorific_pronoun, is_pronoun,
    last_person_before, ministry_of_minister, resolve_pronoun, subject_after, subject_before, Who,
};
use std::collections::{BTreeMap, HashMap};
use std::ops::{Bound, Range};

/// Fewest words inside quotation marks for a quotation (fewer are names or scare quotes).
const MIN_QUOTE_WORDS: usize = 4;
/// Furthest a complementizer may follow its speech verb, in tokens.
const VERB_WINDOW: usize = 25;
/// Furthest a complementizer right after a comma may follow its speech verb:
/// the comma closes a long parenthesis between the subject and the clause
/// ("وأكد رئيس الوزراء …، خلال مؤتمر صحفي مشترك عقده مع … في …، أن").
const LONG_VERB_WINDOW: usize = 80;
/// Longest reported clause, in tokens (sentences without punctuation can be huge).
const MAX_CLAUSE: usize = 200;
/// Furthest back a speaker is looked for in the same sentence, in tokens.
const MAX_BACK: usize = 60;
/// Longest quotation, in bytes: a mark that never closes does not run on.
const MAX_QUOTE: usize = 20_000;

/// Quotes and statements of a document, in text order.
pub struct Speech {
    /// Direct quotations.
    pub quotes: Vec<Quote>,
    /// Reported statements.
    pub statements: Vec<Quote>,
}

/// Quotations' bytes, inside the marks, each with whether its mark closes
/// (an open one runs to the end of its paragraph).
fn quote_spans(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut reopened = usize::MAX; // the mark that reopens a quotation in the next paragraph
    let mut prev = ' ';
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        let before = std::mem::replace(&mut prev, c);
        if let Some((start, closer)) = open {
            // right-to-left writers sometimes open with ” and close with “ (or ” again)
            let closes = c == closer && (c != '\'' || !next.is_alphabetic())
                || mixed_close(closer, c)
                || closer == '“' && c == '”' && text[start..i].contains(' ');
            if i == reopened {
                continue;
            }
            if closes {
                out.push((start..i, true));
                open = None;
            } else if c == '\n' {
                // a quotation continues over a paragraph break only if the next paragraph reopens it
                let rest = text[i..].trim_start();
                let reopens = rest.starts_with(opener_of(closer));
                if !reopens || i - start > MAX_QUOTE {
                    out.push((start..i, false));
                    open = None;
                } else {
                    reopened = text.len() - rest.len();
                }
            } else if i - start > MAX_QUOTE {
                open = None;
            }
            continue;
        }
        let closer = match c {
            '«' => '»',
            '“' => '”',
            '„' | '”' => '“',
            '‘' => '’',
            '‹' => '›',
            '"' => '"',
            '\'' if (before.is_whitespace() || before == '(') && next.is_alphabetic() => '\'',
            _ => continue,
        };
        open = Some((i + c.len_utf8(), closer));
    }
    if let Some((start, _)) = open {
        out.push((start..text.len(), false));
    }
    out
}

/// Tokens before a quotation in which a speech verb introduces it ("وقال حفظه الله «…").
const INTRO_BACK: usize = 4;

/// Whether the quotation opening at token `q` is introduced as speech: after
/// a colon ("قال: «…"), at the start of a sentence or paragraph, or a few
/// words after a speech verb. A quotation whose mark never closes counts
/// only then (the outlet forgot the mark, or the page was cut short).
fn introduced(doc: &Doc, q: usize) -> bool {
    let mark = q.checked_sub(1).filter(|&m| !doc.toks[m].is_word());
    let Some(m) = mark else {
        return false;
    };
    let Some(p) = m.checked_sub(1) else {
        return true;
    };
    let prev = &doc.toks[p];
    let new_line = doc.text[prev.end..doc.toks[m].start].contains('\n');
    new_line
        || prev.is_punct(':')
        || prev.is_punct('.')
        || (p.saturating_sub(INTRO_BACK)..=p)
            .any(|k| doc.sent_of[k] == doc.sent_of[p] && is_speech_verb(&doc.toks[k]))
}

/// Whether `c` closes a quotation waiting for `closer` though it is the
/// other double mark: outlets mix straight and curly marks ("…” “…").
fn mixed_close(closer: char, c: char) -> bool {
    matches!((closer, c), ('"', '”') | ('”', '"'))
}

fn opener_of(closer: char) -> char {
    match closer {
        '»' => '«',
        '”' => '“',
        '“' => '„',
        '’' => '‘',
        '›' => '‹',
        '\'' => '\'',
        _ => '"',
    }
}

/// Words that introduce a name or a title in quotation marks, not speech:
/// "تحت شعار «…»", "بعنوان «…»", "a report titled “…”", "فضائية "…"".
const NAMING: &[&str] = &[
    "عنوان",
    "بعنوان",
    "شعار",
    "بشعار",
    "وسم",
    "هاشتاغ",
    "برنامج",
    "قناه",
    "فضاييه",
    "فضائيه",
    "صحيفه",
    "مجله",
    "موقع",
    "فيلم",
    "مسلسل",
    "مبادره",
    "حمله",
    "عمليه",
    "مناوره",
    "مشروع",
    // events, prizes and works named in quotation marks
    "منتدي",
    "ندوه",
    "معرض",
    "موتمر",
    "ملتقي",
    "مهرجان",
    "جايزه",
    "مسابقه",
    "ورشه",
    "روايه",
    "كتاب",
    "ديوان",
    "مسرحيه",
    "اغنيه",
    "الموسوم",
    "الموسومه",
    "المعنون",
    "المعنونه",
    "titled",
    "entitled",
    "theme",
    "themed",
    "slogan",
    "motto",
    "hashtag",
    "campaign",
    "operation",
    "programme",
    "program",
    "initiative",
    "film",
    "newspaper",
    "channel",
];

/// Whether the quotation starting at token `q` comes right after a word that
/// introduces a name or title ([`NAMING`]). Right after: in "وقال لصحيفة
/// «الرياض»: «…»" the second quotation follows the outlet's name, not the
/// word صحيفة, and is speech.
fn named_by_what_precedes(doc: &Doc, q: usize) -> bool {
    let is_mark =
        |t: &crate::text::Token| matches!(t.norm.as_str(), "\"" | "«" | "“" | "„" | "'" | "‘");
    let mut before = doc.toks[..q.min(doc.toks.len())]
        .iter()
        .rev()
        .skip_while(|t| is_mark(t));
    let Some(t) = before.next() else {
        return false;
    };
    if t.is_word() && t.stems().any(|s| names_with(&t.norm, s)) {
        return true;
    }
    // "المؤتمر الدولي «…»", "الملتقى الوطني الأول «…»": the naming word
    // before its adjectives, with its article
    let adjective = |t: &crate::text::Token| {
        t.is_word() && !t.norm.is_ascii() && (t.norm.ends_with('ي') || t.norm.ends_with("يه"))
            || matches!(
                t.norm.as_str(),
                "الاول"
                    | "الثاني"
                    | "الثالث"
                    | "الدولي"
                    | "الوطني"
                    | "الجديد"
                    | "الجديده"
                    | "الاخير"
                    | "الاخيره"
            )
    };
    if !adjective(t) {
        return false;
    }
    let naming = |t: &crate::text::Token| {
        t.stems().any(|s| {
            NAMING.contains(&s)
                || s.strip_prefix("ال").is_some_and(|b| NAMING.contains(&b))
                || possessed(s).is_some_and(|b| NAMING.contains(&b.as_str()))
        })
    };
    for t in before.take(2) {
        if t.is_word() && naming(t) {
            return true;
        }
        if !adjective(t) {
            return false;
        }
    }
    false
}

/// A noun with a possessive pronoun ("روايته" his novel, "كتابها" her
/// book): the noun alone, its ة restored before the pronoun.
fn possessed(w: &str) -> Option<String> {
    let base = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .filter(|b| b.chars().count() >= 3)?;
    Some(match base.strip_suffix('ت') {
        Some(stem) => format!("{stem}ه"),
        None => base.to_string(),
    })
}

/// Words of an English title that stay in lower case.
const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "and", "the", "in", "for", "on", "to", "a", "an", "at", "with",
];

/// Whether an English quotation is written in title case ("Future of
/// African Energy and Mining Summit"): the name of an event or a work,
/// since speech has words in lower case.
fn title_case(doc: &Doc, toks: &Range<usize>) -> bool {
    let words: Vec<&crate::text::Token> = doc.toks[toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    let english = words.iter().all(|t| t.norm.is_ascii());
    let capitals = words.iter().filter(|t| t.capital).count();
    english
        && capitals >= 3
        && words
            .iter()
            .all(|t| t.capital || TITLE_SMALL_WORDS.contains(&t.norm.as_str()))
}

/// Whether the word `norm`, read as `stem`, introduces a name: a naming word
/// in construct ("مشروع «…»", "لصحيفة «…»"), not the definite noun that is
/// the subject of what follows ("أن المشروع «سيغير …»").
fn names_with(norm: &str, stem: &str) -> bool {
    let before = &norm[..norm.len() - stem.len()];
    NAMING.contains(&stem) && !before.ends_with("ال") && !before.ends_with("لل")
}

/// Longest name in quotation marks between a speech verb and its
/// complementizer, in tokens.
const MAX_NAME_QUOTE: usize = 10;

/// Where a quotation opened at `j` closes when the complementizer follows
/// it: the subject's name in quotation marks ("وقالت "الهيئة العامة
/// للاستعلامات المصرية" إن").
fn name_quote_end(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    let close = (j + 1..limit.min(j + MAX_NAME_QUOTE).min(doc.toks.len()))
        .find(|&k| matches!(doc.toks[k].norm.as_str(), "»" | "\"" | "”" | "“"))?;
    complementizer_after(doc, close).then_some(close)
}

/// Where a quotation opened at `j` closes when a naming word introduces it
/// (a channel's or programme's name between the verb and its clause:
/// "على فضائية "إم بي سي مصر" مساء اليوم أن").
fn named_quote_end(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    if !named_by_what_precedes(doc, j + 1) {
        return None;
    }
    (j + 1..limit.min(j + MAX_NAME_QUOTE).min(doc.toks.len()))
        .find(|&k| matches!(doc.toks[k].norm.as_str(), "»" | "\"" | "”" | "“"))
}

/// Whether a complementizer follows token `k`, after a comma at most.
fn complementizer_after(doc: &Doc, k: usize) -> bool {
    let mut n = k + 1;
    if doc
        .toks
        .get(n)
        .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
    {
        n += 1;
    }
    doc.toks.get(n).is_some_and(|t| is_complementizer(&t.norm))
}

/// Whether the quotation `toks` (inside the marks) is the name of the one
/// who speaks: right after a speech verb and right before its complementizer.
fn names_the_speaker(doc: &Doc, toks: &Range<usize>) -> bool {
    let after_verb = toks.start >= 2 && is_speech_verb(&doc.toks[toks.start - 2]);
    after_verb && toks.len() <= MAX_NAME_QUOTE && complementizer_after(doc, toks.end)
}

/// The token range covering bytes `r`.
fn toks_in(doc: &Doc, r: &Range<usize>) -> Range<usize> {
    let a = doc.toks.partition_point(|t| t.start < r.start);
    let b = doc.toks.partition_point(|t| t.end <= r.end);
    a..b.max(a)
}

/// Finds quotes and statements.
pub fn find(doc: &Doc, people: &People) -> Speech {
    let mut quotes: Vec<(Range<usize>, Range<usize>)> = Vec::new(); // (bytes, tokens)
    for (bytes, closed) in quote_spans(doc.text) {
        let toks = toks_in(doc, &bytes);
        // a quotation running to the end of the text is a page cut short mid-quote
        let cut_short = bytes.end >= doc.text.trim_end().len();
        if !closed && !cut_short && !introduced(doc, toks.start) {
            continue;
        }
        let words = doc.toks[toks.clone()]
            .iter()
            .filter(|t| t.is_word())
            .count();
        let named = named_by_what_precedes(doc, toks.start)
            || names_the_speaker(doc, &toks)
            || title_case(doc, &toks);
        if words >= MIN_QUOTE_WORDS && !named {
            quotes.push((bytes, toks));
        }
    }
    // quotations do not overlap and are in text order: the one before `i` is the only candidate
    let in_quote = |i: usize| {
        let k = quotes.partition_point(|(_, t)| t.start <= i);
        k.checked_sub(1).is_some_and(|k| quotes[k].1.contains(&i))
    };
    let mut events: Vec<Event> = Vec::new();
    for (bytes, toks) in &quotes {
        events.push(Event {
            at: toks.start,
            kind: Kind::Quote(bytes.clone(), toks.clone()),
        });
    }
    for (v, c) in statement_verbs(doc, people) {
        if in_quote(v) {
            continue;
        }
        events.push(Event {
            at: v,
            kind: Kind::Statement(v, c),
        });
    }
    events.sort_by_key(|e| e.at);
    resolve(doc, people, &events)
}

enum Kind {
    Quote(Range<usize>, Range<usize>),
    Statement(usize, usize),
}

struct Event {
    at: usize,
    kind: Kind,
}

/// Speech verbs with their complementizer: (verb token, complementizer token).
fn statement_verbs(doc: &Doc, people: &People) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for s in &doc.sents {
        let mut i = s.toks.start;
        while i < s.toks.end {
            let verb = is_speech_verb(&doc.toks[i])
                || bayyana(doc, people, i, s.toks.start)
                || strict_verb(doc, people, i);
            // "Nawaf bin Said Al-Harbi": a capitalised word of a name is no verb
            let in_a_name = doc.toks[i].capital && people.at[i].is_some();
            if !verb || in_a_name || passive_aside(doc, i) || expresses_feeling(doc, i) {
                i += 1;
                continue;
            }
            match complementizer(doc, people, i, s.toks.end) {
                Some(c) => {
                    out.push((i, c));
                    i = c + 1;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Whether `t` is a speech verb: the word itself or after the conjunction
/// و/ف, never after a preposition or the article ("الجدير بالذكر" is a noun).
fn is_speech_verb(t: &crate::text::Token) -> bool {
    let lex = &lexicons().speech_verbs;
    let bare = ['و', 'ف'].iter().find_map(|&p| t.norm.strip_prefix(p));
    // "ليؤكد أن" (so as to stress that): a present verb after the purpose لـ
    let purpose = t
        .norm
        .strip_prefix('ل')
        .filter(|b| b.starts_with('ي') || b.starts_with('ت'));
    [Some(t.norm.as_str()), bare, purpose]
        .into_iter()
        .flatten()
        .any(|w| lex.has_norm(w))
}

/// "بيّن" (explained), written without its shadda like the preposition بين
/// (between): a verb when it opens a clause and is followed by its
/// complementizer ("وبين أن") or by a speaker ("وبين الوزير أن").
fn bayyana(doc: &Doc, people: &People, i: usize, sent_start: usize) -> bool {
    let t = &doc.toks[i];
    let opens = t.norm == "وبين"
        || t.norm == "بين"
            && (i == sent_start
                || doc.toks[i - 1].kind == crate::text::TokenKind::Punct
                || matches!(
                    doc.toks[i - 1].norm.as_str(),
                    "كما" | "حيث" | "فيما" | "وقد" | "قد"
                ));
    if !opens {
        return false;
    }
    let next = doc.toks.get(i + 1);
    next.is_some_and(|n| is_complementizer(&n.norm))
        || subject_after(doc, people, i + 1, doc.toks.len().min(i + 6)).is_some()
}

/// Verbs of saying of the Maghreb and agency copy that are also common
/// verbs of other senses ("أبرز الوزير أن" highlighted that, but "أبرز
/// المعالم"; "سجل أن" noted that, but "سجل الاقتصاد نموا"; "أورد" reported).
const STRICT_VERBS: &[&str] = &[
    "ابرز",
    "ابرزت",
    "مبرزا",
    "مبرزه",
    "سجل",
    "سجلت",
    "مسجلا",
    "مسجله",
    "اورد",
    "اوردت",
];

/// A verb of [`STRICT_VERBS`] counts only when its complementizer or its
/// subject (a person, a title or a body) comes right after it.
fn strict_verb(doc: &Doc, people: &People, i: usize) -> bool {
    let t = &doc.toks[i].norm;
    let bare = ['و', 'ف']
        .iter()
        .find_map(|&p| t.strip_prefix(p))
        .unwrap_or(t);
    if !STRICT_VERBS.contains(&bare) && !STRICT_VERBS.contains(&t.as_str()) {
        return false;
    }
    let next = doc.toks.get(i + 1);
    // "وأبرز السيد بوريطة أن": the subject may follow a form of address
    let subject = i
        + 1
        + lexicons()
            .honorifics
            .match_at(&doc.toks, i + 1)
            .unwrap_or(0);
    next.is_some_and(|n| is_complementizer(&n.norm))
        || agent_at(doc, people, subject, doc.toks.len().min(subject + 6)).is_some()
}

/// "يُذكر أن" / "ويذكر أن" (it is worth noting that): the passive of ذكر right
/// before its complementizer is the writer's aside, not anyone's statement.
fn passive_aside(doc: &Doc, i: usize) -> bool {
    let bare = doc.toks[i].norm.trim_start_matches('و');
    matches!(bare, "يذكر" | "يشار")
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|n| is_complementizer(&n.norm))
}

/// "أعرب (الطرفان) عن أمله/تمنياتهما/ثقته أن …": expressing a hope or a feeling, whose
/// أن belongs to the noun after عن, is not reported speech.
fn expresses_feeling(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i].norm;
    let bare = t.strip_prefix('و').unwrap_or(t);
    (bare.starts_with("اعرب") || bare.starts_with("معرب"))
        && doc.toks[i + 1..doc.toks.len().min(i + 6)]
            .iter()
            .any(|n| n.norm == "عن")
}

/// Words that govern the أن right after them, so that it does not report
/// speech: "ضرورة أن", "أهمية أن" (a speech verb + a noun is not a
/// statement), "بعد أن", "قبل أن", "رغم أن", "أمله في أن", "يجب أن".
const GOVERNORS: &[&str] = &[
    "ضروره",
    "اهميه",
    "بعد",
    "قبل",
    "منذ",
    "رغم",
    "برغم",
    "بالرغم",
    "دون",
    "بدون",
    "في",
    "يجب",
    "ينبغي",
    "يمكن",
    "يتعين",
    "بد",
    "لابد",
    "حتي",
    "مجرد",
    "بمجرد",
    "عسي",
    "اجل",
    // conjunctions whose أن opens a clause of the writer, not the speech
    // verb's: "إلا أن" / "غير أن" / "بيد أن" (however), "كما أن" (also),
    // "إذ أن" / "حيث أن" / "ذلك أن" (since), "علما أن" (given that), "لو أن"
    "الا",
    "غير",
    "بيد",
    "كما",
    "اذ",
    "حيث",
    "ذلك",
    "علما",
    "لو",
    "طالما",
    "بما",
    "باعتبار",
    // "في حين أن" (whereas), "مع أن" (although)
    "حين",
    "مع",
    // "خاصة أن", "لا سيما أن" (especially since)
    "خاصه",
    "سيما",
    "لاسيما",
];

/// Present verbs that follow the أن of purpose or obligation ("على أن
/// تكون", "إلى أن تبقى") and begin with ت like many nouns, so that the
/// prefix alone does not tell them.
const SUBJUNCTIVE_VERBS: &[&str] = &[
    "تكون",
    "تتم",
    "تبقي",
    "تصبح",
    "تستمر",
    "تعود",
    "تسهم",
    "تعمل",
    "تقوم",
    "تتمكن",
    "تتحقق",
    "تحصل",
    "تشهد",
    "تتحول",
    "تنسحب",
    "تلتزم",
    "تتوقف",
    "تنتهي",
    "تتخذ",
    "تتحمل",
];

/// Whether the أن at `j` is the particle of a subjunctive verb ("ينص على أن
/// تنسحب القوات", "حرصه على أن يتم …"), not a complementizer of speech,
/// which opens a nominal clause: a present verb in ي (not a name such as
/// يوسف) or a common one in ت right after it.
fn subjunctive(doc: &Doc, people: &People, j: usize) -> bool {
    if !matches!(doc.toks[j].norm.as_str(), "ان" | "بان") {
        return false;
    }
    let Some(next) = doc.toks.get(j + 1) else {
        return false;
    };
    let lex = lexicons();
    let name = people.mention_at(j + 1).is_some() || lex.given_names.has_norm(&next.norm);
    let ya_verb = next.norm.starts_with('ي') && next.norm.chars().count() >= 3 && !name;
    ya_verb || SUBJUNCTIVE_VERBS.contains(&next.norm.as_str())
}

/// Whether the complementizer at `j` belongs to the word before it ([`GOVERNORS`]).
fn governed(doc: &Doc, j: usize) -> bool {
    j > 0 && {
        let prev = &doc.toks[j - 1].norm;
        let bare = prev.strip_prefix('و').unwrap_or(prev);
        GOVERNORS.contains(&prev.as_str()) || GOVERNORS.contains(&bare)
    }
}

/// The complementizer of the speech verb at `v`, if its clause is reported speech.
fn complementizer(doc: &Doc, people: &People, v: usize, end: usize) -> Option<usize> {
    let limit = (v + LONG_VERB_WINDOW).min(end);
    let verb = &doc.toks[v].norm;
    if verb.is_ascii() && bare_clause(doc, v, end) {
        return Some(v);
    }
    let mut j = v;
    let mut words = 0; // punctuation and quotation marks do not take the verb further away
    while j + 1 < limit {
        j += 1;
        let t = &doc.toks[j];
        words += usize::from(t.is_word());
        let near = words < VERB_WINDOW
            || doc.toks[j - 1].is_punct('،')
            || doc.toks[j - 1].is_punct(',')
            || opens_nominal_clause(doc, people, j);
        let clause = !subjunctive(doc, people, j) || denial(&doc.toks[v]);
        if is_complementizer(&t.norm) && !governed(doc, j) && near && clause {
            // a clause wholly in quotation marks ("قال إن «…»") is kept: it
            // gives the quote its speaker (see [`quoted_clause`])
            return Some(j);
        }
        let colon_then_that = t.is_punct(':')
            && doc
                .toks
                .get(j + 1)
                .is_some_and(|n| is_complementizer(&n.norm));
        // another speech verb ends the search; its verbal noun does not
        // ("مصدر فضل عدم الكشف عن اسمه، إلى أن")
        if is_speech_verb(t) || t.is_punct(':') && !colon_then_that {
            return None;
        }
        let mark = t.is_punct('«') || t.is_punct('"') || t.is_punct('“');
        if mark {
            // a name in quotation marks ("العربي الجديد") is skipped; a quotation ends the search
            j = short_quote_end(doc, j, limit)
                .or_else(|| name_quote_end(doc, j, limit))
                .or_else(|| named_quote_end(doc, j, limit))?;
            continue;
        }
        if t.norm == "," && verb.is_ascii() && j > v + 1 && !aside_closed(doc, v, j) {
            return None;
        }
    }
    None
}

/// Whether the comma at `j` closes a one-word aside right after the English
/// speech verb at `v` ("said, however, that …").
fn aside_closed(doc: &Doc, v: usize, j: usize) -> bool {
    j == v + 3 && doc.toks[v + 1].norm == "," && doc.toks[v + 2].is_word()
}

/// Whether the speech verb `t` denies ("نفى أن تكون القوات قد دخلت"): its
/// أن opens a reported clause even before a verb.
fn denial(t: &crate::text::Token) -> bool {
    let bare = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    matches!(
        bare,
        "نفي" | "نفت" | "نفوا" | "ينفي" | "تنفي" | "نافيا" | "نافيه"
    )
}

/// Whether the Arabic complementizer at `j` opens a nominal clause, as
/// reported speech does ("أن المملكة حريصة", "إنه", "أن مصر"), unlike the أن
/// of a verb or noun that governs a subjunctive ("أن يكون", "أن تعقد"): such
/// a complementizer may follow a long subject of a title, a name and the
/// occasion without any comma ("وأكد صاحب السمو … خلال استقباله … أن").
fn opens_nominal_clause(doc: &Doc, people: &People, j: usize) -> bool {
    let c = &doc.toks[j].norm;
    if c.is_ascii() {
        return false;
    }
    if !matches!(c.as_str(), "ان" | "بان") {
        return true; // a pronoun attached: انه، انها، بانهم
    }
    let Some(next) = doc.toks.get(j + 1) else {
        return false;
    };
    let lex = lexicons();
    // a noun in construct with a definite one ("أن مجلس التعاون", "أن حجم
    // الاستثمارات"), not an imperfect verb with its subject ("أن تعقد القمة")
    let construct = next.is_word()
        && next.norm.chars().count() >= 3
        && !next.norm.starts_with(['ي', 'ت', 'ن', 'ا'])
        && !lex.stopwords.has(next)
        && doc
            .toks
            .get(j + 2)
            .is_some_and(|n| n.norm.starts_with("ال"));
    next.norm.starts_with("ال")
        || construct
        || lex.places.match_at(&doc.toks, j + 1).is_some()
        || people.mention_at(j + 1).is_some()
        || matches!(
            next.norm.as_str(),
            "هذا" | "هذه" | "ذلك" | "تلك" | "بلاده" | "بلادها" | "هناك"
        )
}

/// An English speech verb followed directly by its clause, without "that":
/// "said the talks were useful", "stressed Russia would …" (not the
/// attribution after a quotation, "…," said Lavrov).
fn bare_clause(doc: &Doc, v: usize, end: usize) -> bool {
    if after_quotation(doc, v) {
        return false;
    }
    let start = bare_clause_start(doc, v);
    clause_at(doc, start, end) || takes_clause(&doc.toks[v]) && far_clause(doc, v, start, end)
}

/// English speech verbs that seldom take a noun as their object, so that a
/// noun phrase after them is the subject of a clause without "that" ("said
/// the number of displaced people would rise"), unlike "stressed the
/// importance of …" or "announced the launch of …".
const CLAUSE_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "believes",
    "believed",
    "asserted",
    "predicted",
    "conceded",
    "cautioned",
];

/// Whether the English speech verb `t` is one of [`CLAUSE_VERBS`].
fn takes_clause(t: &crate::text::Token) -> bool {
    CLAUSE_VERBS.contains(&t.norm.as_str())
}

/// Longest subject of a clause without "that", in words.
const SUBJECT_WINDOW: usize = 12;

/// A clause without "that" whose finite verb comes after a long subject:
/// "said the security situation in the Sahel was …", "told state
/// television the talks would …" (the addressee is only more words before
/// the verb), "said in recent years, trade has grown" (an opening phrase
/// and a comma).
fn far_clause(doc: &Doc, v: usize, start: usize, end: usize) -> bool {
    let telling = matches!(doc.toks[v].norm.as_str(), "told" | "tells");
    let k = if telling { v + 1 } else { start };
    let Some(first) = doc.toks.get(k).filter(|_| k + 1 < end) else {
        return false;
    };
    if FRONTED.contains(&first.norm.as_str()) {
        return opening_phrase_end(doc, k, end).is_some_and(|c| {
            clause_at(doc, c + 1, end) || subject_then_verb(doc, c + 1, end, false)
        });
    }
    subject_then_verb(doc, k, end, telling)
}

/// Words that open a phrase fronted before a clause and closed by a comma
/// ("in recent years,", "despite the challenges,", "if they worked together,").
const FRONTED: &[&str] = &[
    "in",
    "despite",
    "over",
    "since",
    "under",
    "as",
    "if",
    "after",
    "before",
    "during",
    "amid",
    "following",
    "while",
    "although",
    "though",
    "when",
    "given",
    "because",
    "unless",
    "once",
    "throughout",
    "with",
    "without",
    "for",
];

/// The comma closing the opening phrase at `k`, within a subject's length.
fn opening_phrase_end(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    (k + 1..end.min(k + 2 * SUBJECT_WINDOW))
        .take_while(|&j| !ends_subject(&doc.toks[j]))
        .find(|&j| doc.toks[j].norm == ",")
}

/// Whether the token `t` ends a subject before any verb was found: "that",
/// a relative or subordinating word, another speech verb, or punctuation
/// other than a comma, a hyphen or quotation marks.
fn ends_subject(t: &crate::text::Token) -> bool {
    let punct_ok = matches!(
        t.norm.as_str(),
        "," | "-" | "'" | "’" | "\"" | "“" | "”" | "%" | "+"
    );
    t.kind == crate::text::TokenKind::Punct && !punct_ok
        || SUBJECT_ENDS.contains(&t.norm.as_str())
        || t.is_word() && !t.capital && lexicons().speech_verbs.has(t)
}

/// Words after which a noun phrase is an object with its own clause, not
/// a subject ("said the measures which …", "told reporters after the
/// meeting ended", "claimed the top spot as sales rose").
const SUBJECT_ENDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although",
    "though", "unless", "until", "if", "so", "but", "as", "after", "before", "amid", "since",
    "once", "whether",
];

/// Whether a subject starting at `k` reaches its finite verb within
/// [`SUBJECT_WINDOW`] words: an auxiliary, a past with its object, a past
/// of change or without object, a verb after an adverb, a name's present in
/// -s; a comma opens an insertion that a comma and the verb close ("the
/// railway, a line linking …, would be"). After "told" an infinitive ends
/// the search ("told the minister to …").
fn subject_then_verb(doc: &Doc, k: usize, end: usize, telling: bool) -> bool {
    if !doc.toks.get(k).is_some_and(|t| k < end && subject_start(t)) {
        return false;
    }
    let mut words = 0;
    for j in k + 1..end.min(k + 2 * SUBJECT_WINDOW) {
        let t = &doc.toks[j];
        if t.norm == "," {
            return insertion_then_verb(doc, j, end) || list_then_verb(doc, j, end);
        }
        if ends_subject(t) || telling && t.norm == "to" {
            return false;
        }
        if finite_verb(doc, j, end) {
            return true;
        }
        words += usize::from(t.is_word());
        if words > SUBJECT_WINDOW {
            return false;
        }
    }
    false
}

/// Whether the token `t` can open a subject: a determiner, a pronoun, a
/// number, a capitalised word or a plain lower-case noun (not a
/// preposition, an adverb or a speech verb).
fn subject_start(t: &crate::text::Token) -> bool {
    let lex = lexicons();
    let determiner = matches!(
        t.norm.as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "both"
            | "several"
            | "many"
            | "some"
            | "most"
            | "all"
            | "no"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "there"
            | "one"
            | "two"
            | "three"
            | "nearly"
            | "almost"
    );
    let word = t.is_word() && t.norm.is_ascii() && !lex.speech_verbs.has(t);
    determiner
        || t.kind == crate::text::TokenKind::Number
        || word && t.capital
        || word && !lex.stopwords.has(t) && !t.norm.ends_with("ly") && t.norm.len() > 2
}

/// Tokens an insertion between commas may hold before its verb.
const INSERTION: usize = 30;

/// "the railway, a 1,000-km line linking the two capitals, would be …":
/// after the comma at `c`, a later comma followed directly by a finite verb.
fn insertion_then_verb(doc: &Doc, c: usize, end: usize) -> bool {
    (c + 1..end.min(c + INSERTION))
        .take_while(|&j| !doc.toks[j].is_punct('.') && !speech_word(&doc.toks[j]))
        .filter(|&j| doc.toks[j].norm == ",")
        .any(|j| j + 1 < end && finite_verb(doc, j + 1, end))
}

/// "said Egypt, Qatar and the United States would …": after the comma at
/// `c`, more names of a list closed by "and", then a finite verb.
fn list_then_verb(doc: &Doc, c: usize, end: usize) -> bool {
    if !doc
        .toks
        .get(c + 1)
        .is_some_and(|t| t.is_word() && t.capital)
    {
        return false;
    }
    let mut and = false;
    for m in c + 1..end.min(c + SUBJECT_WINDOW) {
        let t = &doc.toks[m];
        if t.norm != "," && ends_subject(t) {
            return false;
        }
        if and && finite_verb(doc, m, end) {
            return true;
        }
        and |= t.norm == "and";
    }
    false
}

/// An English speech verb in lower case.
fn speech_word(t: &crate::text::Token) -> bool {
    t.is_word() && !t.capital && t.norm.is_ascii() && lexicons().speech_verbs.has(t)
}

/// Verbs that take no object, mostly past tenses ("the meeting focused on …", "the
/// visit came at …", "25 people died in …").
const INTRANSITIVE_PASTS: &[&str] = &[
    "focused",
    "focussed",
    "centred",
    "centered",
    "touched",
    "came",
    "went",
    "died",
    "aimed",
    "arrived",
    "happened",
    "occurred",
    "ended",
    "began",
    "started",
    "continued",
    "lasted",
    "failed",
    "agreed",
    "decided",
    "refused",
    "planned",
    "hoped",
    "wanted",
    "tried",
    "sought",
    "resumed",
    "collapsed",
    "stalled",
    "succeeded",
    "emerged",
    "worked",
    "fled",
    "returned",
    "remain",
    "intended",
    "needed",
    "appeared",
    "seemed",
    "helped",
];

/// Whether the token at `j` is a finite verb after a subject.
fn finite_verb(doc: &Doc, j: usize, end: usize) -> bool {
    let t = &doc.toks[j];
    if !t.is_word() || t.capital || !t.norm.is_ascii() || j == 0 {
        return false;
    }
    let prev = &doc.toks[j - 1];
    let w = t.norm.as_str();
    // "of displaced people": after a function word a participle is an adjective
    let after_noun = prev.is_word() && (prev.capital || !lexicons().stopwords.has(prev));
    let adverb = adverb_before(doc, j);
    let past = w.ends_with("ed") || IRREGULAR_PASTS.contains(&w);
    AUXILIARIES.contains(&w)
        || after_noun && (change_verb(t) || INTRANSITIVE_PASTS.contains(&w))
        || after_noun && !adverb && past_with_object(doc, j, end) && !adverbial_after(doc, j)
        || adverb && (past || present_in_s(t) || AUXILIARIES.contains(&w))
        || prev.capital && prev.is_word() && present_in_s(t) && w.len() > 3 && !w.ends_with("ous")
        || plural_then_base(doc, j, end)
}

/// "China and Zambia enjoy a …", "the two sides share the …": a plural
/// subject (two names joined by "and", or a plural noun) and a plain word
/// followed by a determiner, which is the verb in its base form.
fn plural_then_base(doc: &Doc, j: usize, end: usize) -> bool {
    let lex = lexicons();
    let (t, prev) = (&doc.toks[j], &doc.toks[j - 1]);
    let w = t.norm.as_str();
    let base = !lex.stopwords.has(t)
        && w.len() > 2
        && !["ly", "ing", "s", "ed"].iter().any(|x| w.ends_with(x));
    let names = prev.capital
        && prev.is_word()
        && (j.saturating_sub(3)..j - 1).any(|i| doc.toks[i].norm == "and");
    let plural = !prev.capital
        && prev.is_word()
        && prev.norm.len() > 3
        && present_in_s(prev)
        && !lex.stopwords.has(prev);
    let object = doc
        .toks
        .get(j + 1)
        .filter(|_| j + 1 < end)
        .is_some_and(|o| {
            matches!(
                o.norm.as_str(),
                "a" | "an" | "the" | "their" | "its" | "our" | "his" | "her" | "no"
            )
        });
    base && (names || plural) && object
}

/// Prepositions and adverbs of place that the stopword list leaves out:
/// after a participle they show it modifies the noun before it ("soldiers
/// deployed near the border").
const PLACE_WORDS: &[&str] = &[
    "near",
    "outside",
    "inside",
    "across",
    "along",
    "alongside",
    "behind",
    "beyond",
    "around",
    "toward",
    "towards",
    "abroad",
    "overseas",
    "nearby",
    "together",
    "via",
    "onto",
    "off",
];

/// Whether a function word or a word of place follows the participle at `j`.
fn adverbial_after(doc: &Doc, j: usize) -> bool {
    let determiner = |w: &str| {
        matches!(
            w,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        )
    };
    doc.toks.get(j + 1).is_some_and(|o| {
        let w = o.norm.as_str();
        PLACE_WORDS.contains(&w) || !o.capital && lexicons().stopwords.has(o) && !determiner(w)
    })
}

/// Whether an adverb in -ly after a noun comes right before the token at
/// `j` ("China firmly supports", not "the recently signed deal").
fn adverb_before(doc: &Doc, j: usize) -> bool {
    if j < 2 {
        return false;
    }
    let (a, n) = (&doc.toks[j - 1], &doc.toks[j - 2]);
    a.is_word()
        && !a.capital
        && a.norm.len() > 4
        && a.norm.ends_with("ly")
        && n.is_word()
        && (n.capital || !lexicons().stopwords.has(n))
}

/// Where the clause of an English speech verb without "that" starts: after
/// the addressee, the day and the occasion ("told reporters on Monday the
/// talks …" starts at "the talks").
fn bare_clause_start(doc: &Doc, v: usize) -> usize {
    skip_occasion(doc, skip_day(doc, skip_addressee(doc, v)))
}

/// Whether a clause without "that" starts at token `k`: a subject pronoun,
/// or a noun phrase followed by a finite verb ("the two states have agreed",
/// "Russia would …", "exports had …"); not "the importance of …".
fn clause_at(doc: &Doc, k: usize, end: usize) -> bool {
    let Some(next) = doc.toks.get(k).filter(|_| k + 1 < end) else {
        return false;
    };
    let pronoun = matches!(
        next.norm.as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "there"
    );
    if pronoun || counted_clause(doc, k, end) {
        return true;
    }
    // a bare plural noun can open a clause too ("said negotiations were …")
    let plural = next.is_word()
        && next.norm.is_ascii()
        && next.norm.len() > 4
        && next.norm.ends_with('s')
        && !next.norm.ends_with("ss")
        && !next.norm.ends_with("ous");
    let noun_phrase = next.capital && next.is_word() && !lexicons().speech_verbs.has(next)
        || plural
        || matches!(
            next.norm.as_str(),
            "the"
                | "both"
                | "this"
                | "his"
                | "her"
                | "its"
                | "their"
                | "several"
                | "many"
                | "some"
                | "most"
                | "all"
                | "a"
                | "an"
                | "no"
                | "these"
                | "those"
                | "our"
        )
        || mass_noun_clause(doc, k, end);
    noun_phrase
        && ((k + 1..end.min(k + 6))
            // "told Reuters that …": the clause starts at "that"; "OPEC+ remained"
            // "said the country \"will never …\"": a quotation may open inside
            .take_while(|&j| {
                let t = &doc.toks[j];
                (t.is_word()
                    || t.norm == "+"
                    || t.kind == crate::text::TokenKind::Number
                    || matches!(t.norm.as_str(), "\"" | "“"))
                    && !SUBJECT_ENDS.contains(&t.norm.as_str())
            })
            // not the month "May" or the name "Will"
            .any(|j| !doc.toks[j].capital && AUXILIARIES.contains(&doc.toks[j].norm.as_str()))
            || relative_then_verb(doc, k, end)
            || singular_subject_and_verb(doc, k, end)
            // "said exports rose sharply"
            || plural && doc.toks.get(k + 1).is_some_and(|v| k + 1 < end && change_verb(v))
            || name_and_verb(doc, k, end)
            // "said the EU regretted the delay", "the UAE saw India as …"
            || next.norm == "the" && name_and_verb(doc, k + 1, end))
}

/// "said the summit, which was held in Accra, was a success": a noun phrase
/// of up to four words, a relative clause between commas, then a finite
/// auxiliary.
fn relative_then_verb(doc: &Doc, k: usize, end: usize) -> bool {
    let word = |i: usize| doc.toks.get(i).filter(|_| i < end).map(|t| t.norm.as_str());
    let Some(comma) = (k + 1..end.min(k + 5)).find(|&j| word(j) == Some(",")) else {
        return false;
    };
    if !matches!(word(comma + 1), Some("which" | "who" | "whose" | "where")) {
        return false;
    }
    (comma + 2..end.min(comma + 40))
        .find(|&j| word(j) == Some(","))
        .and_then(|j| word(j + 1))
        .is_some_and(|w| AUXILIARIES.contains(&w))
}

/// "said aid deliveries had slowed": a plain lower-case noun (not a
/// function word) and a finite auxiliary within the next three words.
fn mass_noun_clause(doc: &Doc, k: usize, end: usize) -> bool {
    let t = &doc.toks[k];
    let plain = t.is_word()
        && t.norm.is_ascii()
        && !t.capital
        && t.norm.len() > 2
        && !lexicons().stopwords.has(t)
        && !lexicons().speech_verbs.has(t)
        && !t.norm.ends_with("ly");
    plain
        && (k + 1..end.min(k + 4))
            .take_while(|&j| doc.toks[j].is_word())
            .any(|j| AUXILIARIES.contains(&doc.toks[j].norm.as_str()))
}

/// Common irregular past tenses, which a verb in -ed does not cover
/// ("said India saw the UAE as …").
const IRREGULAR_PASTS: &[&str] = &[
    "saw",
    "made",
    "took",
    "gave",
    "got",
    "held",
    "kept",
    "led",
    "left",
    "lost",
    "met",
    "paid",
    "sent",
    "sold",
    "spent",
    "won",
    "knew",
    "felt",
    "found",
    "brought",
    "began",
    "became",
    "chose",
    "drew",
    "fell",
    "grew",
    "meant",
    "rose",
    "sought",
    "struck",
    "understood",
    "went",
    "came",
    "cut",
    "set",
    "put",
];

/// "said Madrid supported …", "said Iran wants …": a capitalised name and
/// a past verb with its object or a present verb in -s.
fn name_and_verb(doc: &Doc, k: usize, end: usize) -> bool {
    let (Some(name), Some(verb)) = (doc.toks.get(k), doc.toks.get(k + 1)) else {
        return false;
    };
    let plain = verb.is_word()
        && !verb.capital
        && verb.norm.is_ascii()
        && (verb.norm.len() > 3 || IRREGULAR_PASTS.contains(&verb.norm.as_str()));
    name.capital
        && name.is_word()
        && k + 2 < end
        && plain
        && !lexicons().speech_verbs.has(verb)
        && (past_with_object(doc, k + 1, end)
            || change_verb(verb)
            || present_in_s(verb) && !verb.norm.ends_with("ous"))
}

/// Who a verb of telling addresses, skipped before its clause: "told
/// reporters …", "told Reuters …", "told the BBC …", "told state TV …".
fn skip_addressee(doc: &Doc, v: usize) -> usize {
    let k = v + 1;
    if !matches!(
        doc.toks[v].norm.as_str(),
        "told" | "tells" | "telling" | "informed" | "assured"
    ) {
        return k;
    }
    let Some(t) = doc.toks.get(k) else {
        return k;
    };
    if ADDRESSEES.contains(&t.norm.as_str()) {
        return k + 1;
    }
    let start = if t.norm == "the" { k + 1 } else { k };
    // one or two capitalised words: an outlet or a person
    let mut j = start;
    while j < doc.toks.len().min(start + 2) && doc.toks[j].capital && doc.toks[j].is_word() {
        j += 1;
    }
    if j > start {
        j
    } else {
        k
    }
}

/// Addressees of "told" in news copy.
const ADDRESSEES: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "parliament",
    "legislators",
    "supporters",
    "delegates",
    "him",
    "her",
    "them",
    "us",
];

/// A day after a speech verb, skipped before its clause: "said Monday …",
/// "said on Sunday …", "said late Tuesday …".
fn skip_day(doc: &Doc, k: usize) -> usize {
    let word = |i: usize| doc.toks.get(i).map_or("", |t| t.norm.as_str());
    let is_day = |i: usize| DAYS.contains(&word(i));
    // "late on Monday", "early on Sunday"
    let mut k = k;
    if matches!(word(k), "late" | "early") && word(k + 1) == "on" {
        k += 1;
    }
    let lead = matches!(word(k), "on" | "late" | "early");
    // "last week", "this month", "earlier this week"
    let this = if word(k) == "earlier" && word(k + 1) == "this" {
        k + 1
    } else {
        k
    };
    if is_day(k) {
        k + 1
    } else if lead && is_day(k + 1) {
        k + 2
    } else if matches!(word(this), "last" | "this")
        && matches!(word(this + 1), "week" | "month" | "year" | "weekend")
    {
        this + 2
    } else {
        k
    }
}

/// "said in a statement the …", "said in an interview …": the occasion,
/// skipped before the clause.
fn skip_occasion(doc: &Doc, k: usize) -> usize {
    let word = |i: usize| doc.toks.get(i).map_or("", |t| t.norm.as_str());
    if word(k) != "in" {
        return k;
    }
    let (article, noun) = if matches!(word(k + 1), "a" | "an") {
        (1, word(k + 2))
    } else {
        (0, word(k + 1))
    };
    let occasion = matches!(
        noun,
        "statement" | "speech" | "interview" | "post" | "video" | "briefing" | "remarks" | "tweet"
    );
    if occasion {
        k + 2 + article
    } else {
        k
    }
}

/// Days of the week and relative days.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
];

/// Whether the speech verb at `v` follows a closing quotation mark, directly
/// or after a comma (`"…," said Lavrov`, `“…”, said Lavrov`): an attribution,
/// not a clause. A comma after an apposition ("Albanese, who …, said the
/// treaty would …") does not count.
fn after_quotation(doc: &Doc, v: usize) -> bool {
    let is_closer = |k: usize| matches!(doc.toks[k].norm.as_str(), "\"" | "”" | "’" | "»");
    match v {
        0 => false,
        1 => is_closer(0),
        _ => is_closer(v - 1) || doc.toks[v - 1].norm == "," && is_closer(v - 2),
    }
}

/// "the deal aligns …": a determiner, a singular noun and a present-tense
/// verb in -s agreeing with it, starting at `d`.
fn singular_subject_and_verb(doc: &Doc, d: usize, end: usize) -> bool {
    if d + 3 > end || !matches!(doc.toks[d].norm.as_str(), "the" | "this" | "its" | "their") {
        return false;
    }
    let (noun, verb) = (&doc.toks[d + 1], &doc.toks[d + 2]);
    let plain = |t: &crate::text::Token| t.is_word() && !t.capital && t.norm.is_ascii();
    // a past verb agrees with a plural too ("the sides discussed …"); a
    // present in -s only with a singular ("the crisis needs …")
    let singular =
        !noun.norm.ends_with('s') || noun.norm.ends_with("is") || noun.norm.ends_with("ss");
    plain(noun)
        && plain(verb)
        && (verb.norm.len() > 3 || IRREGULAR_PASTS.contains(&verb.norm.as_str()))
        && (singular && present_in_s(verb)
            || past_with_object(doc, d + 2, end)
            || change_verb(verb))
        && !lexicons().speech_verbs.has(verb)
}

/// A verb in -s ("aligns"), not a noun in -ss ("progress").
fn present_in_s(verb: &crate::text::Token) -> bool {
    verb.norm.ends_with('s') && !verb.norm.ends_with("ss")
}

/// A verb in -ed followed by its object ("the delay followed Papua's …",
/// "the visit marked a …"); a participle modifying the noun is followed by a
/// preposition instead ("the progress achieved in …").
fn past_with_object(doc: &Doc, k: usize, end: usize) -> bool {
    let object = doc.toks.get(k + 1).filter(|_| k + 1 < end);
    let past =
        doc.toks[k].norm.ends_with("ed") || IRREGULAR_PASTS.contains(&doc.toks[k].norm.as_str());
    past && object.is_some_and(|o| {
        o.kind == crate::text::TokenKind::Number
            || o.is_word()
                && (o.capital
                    || matches!(
                        o.norm.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "one"
                            | "two"
                            | "six"
                            | "ten"
                    )
                    || o.norm.len() > 3
                        && !o.norm.ends_with("ly")
                        && !NOT_OBJECTS.contains(&o.norm.as_str()))
    })
}

/// Past tenses of verbs of change, which take no object ("exports rose
/// sharply", "the economy grew by 5 percent").
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "fell",
    "grew",
    "eased",
    "improved",
    "jumped",
    "dropped",
    "declined",
    "increased",
    "decreased",
    "surged",
    "slowed",
    "climbed",
    "slipped",
    "soared",
    "plunged",
    "doubled",
    "tripled",
    "shrank",
    "expanded",
    "contracted",
    "recovered",
    "stabilised",
    "stabilized",
    "widened",
    "narrowed",
    "remained",
    "stood",
    "reached",
    "hit",
    "topped",
];

/// Whether `t` is the past tense of a verb of change ([`CHANGE_VERBS`]).
fn change_verb(t: &crate::text::Token) -> bool {
    !t.capital && CHANGE_VERBS.contains(&t.norm.as_str())
}

/// Words that open a counted subject ("said at least 12 people were
/// killed", "said more than 300 trucks had crossed").
const QUANTIFIERS: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["about"],
    &["around"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
];

/// "said at least 12 people were killed", "said 20 people were killed": a
/// number (after a quantifier at most), then a finite verb within a few words.
fn counted_clause(doc: &Doc, k: usize, end: usize) -> bool {
    let word = |i: usize| {
        doc.toks
            .get(i)
            .filter(|_| i < end)
            .map_or("", |t| t.norm.as_str())
    };
    let lead = QUANTIFIERS
        .iter()
        .find(|q| q.iter().enumerate().all(|(n, w)| word(k + n) == *w))
        .map_or(0, |q| q.len());
    let n = k + lead;
    let number = doc
        .toks
        .get(n)
        .is_some_and(|t| n < end && t.kind == crate::text::TokenKind::Number);
    number
        && (n + 1..end.min(n + 6))
            .take_while(|&j| doc.toks[j].is_word())
            .any(|j| {
                let t = &doc.toks[j];
                AUXILIARIES.contains(&t.norm.as_str())
                    || change_verb(t)
                    || past_with_object(doc, j, end)
            })
}

/// Words after a participle that show it modifies the noun before it
/// ("the progress achieved so far", "the importance attached to").
const NOT_OBJECTS: &[&str] = &[
    "from", "with", "into", "upon", "over", "under", "during", "since", "until", "through",
    "about", "after", "before", "between", "against", "among", "within", "without", "there",
    "here", "today", "earlier", "later", "last", "this", "that", "which", "whose",
];

/// Finite verbs that show a clause follows an English speech verb.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "must", "should", "remains", "remained", "did", "does", "do", "ought", "shall",
    "cannot",
];

/// Whether the clause after the complementizer at `c` is wholly in
/// quotation marks of four words or more ("قال إن «…»", "said that \"…\""):
/// the corpus annotates it as a quote only, not also as a statement (a
/// clause that starts indirectly, "إن الوضع «…»", is both).
fn quoted_clause(doc: &Doc, c: usize) -> bool {
    let Some(open) = doc.toks.get(c + 1) else {
        return false;
    };
    let end = doc.sents[doc.sent_of[c]].toks.end;
    matches!(open.norm.as_str(), "«" | "\"" | "“" | "”")
        && short_quote_end(doc, c + 1, end).is_none()
}

/// Where the quotation opened at `j` closes if it has at most three words
/// and closes before `limit` (a name or title in quotation marks).
fn short_quote_end(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    (j + 1..limit.min(j + 5).min(doc.toks.len()))
        .find(|&k| matches!(doc.toks[k].norm.as_str(), "»" | "\"" | "”" | "“"))
        .filter(|&k| k - j <= 4)
}

/// The persons words are attributed to without a speech verb ("according
/// to X", "بحسب X", "وفقا لـX"), with the token where each is named, in
/// text order.
fn attributed_sources(doc: &Doc, people: &People) -> Vec<(usize, usize)> {
    let toks = &doc.toks;
    (0..toks.len())
        .filter_map(|k| {
            let w = toks[k].norm.as_str();
            let from = match w {
                "according" if toks.get(k + 1).is_some_and(|t| t.norm == "to") => k + 2,
                "بحسب" | "وبحسب" | "حسب" | "وحسب" | "وفق" | "وفقا" => k + 1,
                _ => return None,
            };
            let p = (from..toks.len().min(from + 3)).find_map(|j| people.at[j])?;
            Some((from, p))
        })
        .collect()
}

fn resolve(doc: &Doc, people: &People, events: &[Event]) -> Speech {
    let mut quotes = Vec::new();
    let mut statements = Vec::new();
    let mut last: Option<(Who, usize)> = None; // last speaker and its sentence
    let mut last_woman: Option<Who> = None; // last speaker who is a woman
    let mut last_man: Option<Who> = None; // last person who spoke, not a woman
                                          // the latest statement's clause (bytes) and speaker: a quotation inside it is its speaker's
    let mut clause: Option<(Range<usize>, Who)> = None;
    let intros = Intros::of(doc, people);
    let mut issuer = Issuer::default();
    let sources = attributed_sources(doc, people);
    let mut next_source = 0;
    for e in events {
        // "According to Abiy, …" then "He further indicated that": the one
        // the text attributed words to last is who "he" is
        while let Some(&(k, p)) = sources.get(next_source).filter(|(k, _)| *k < e.at) {
            last = Some((Who::Person(p), doc.sent_of[k]));
            next_source += 1;
        }
        match &e.kind {
            Kind::Statement(v, c) => {
                let who = settle(
                    doc,
                    statement_speaker(doc, people, *v, *c, &last),
                    (people, &intros),
                    *v,
                );
                let who = agree_in_gender(doc, people, (*v, *c), who, (&last_woman, &last_man));
                let who = issuer.by_statement(doc, *v, who);
                if let Some(w @ Who::Person(p)) = &who {
                    if is_woman(people, *p) {
                        last_woman = Some(w.clone());
                    } else {
                        last_man = Some(w.clone());
                    }
                }
                let text_end = clause_end(doc, *c);
                let start = doc.toks.get(c + 1).map_or(doc.toks[*c].end, |t| t.start);
                let start = if *c == *v {
                    let k = bare_clause_start(doc, *v);
                    doc.toks.get(k).map_or(doc.toks[*v].end + 1, |t| t.start)
                } else {
                    start
                };
                let evidence = Span::of(doc.text, start.min(text_end), text_end);
                if let Some(w) = who.as_ref().filter(|w| **w != Who::Pronoun) {
                    last = Some((w.clone(), doc.sent_of[*v]));
                }
                clause = who
                    .clone()
                    .filter(|w| *w != Who::Pronoun)
                    .map(|w| (start.min(text_end)..text_end, w));
                if quoted_clause(doc, *c) {
                    continue;
                }
                statements.push(Quote {
                    speaker: who.map(|w| w.party(doc, people)),
                    text: evidence.text.clone(),
                    evidence,
                });
            }
            Kind::Quote(bytes, toks) => {
                let reported = clause
                    .as_ref()
                    .filter(|(c, _)| c.start < bytes.start && bytes.start < c.end)
                    .map(|(_, w)| w.clone());
                let who = reported.or_else(|| {
                    settle(
                        doc,
                        quote_speaker(doc, people, toks.clone(), &last),
                        (people, &intros),
                        toks.start,
                    )
                });
                if let Some(w) = &who {
                    last = Some((w.clone(), doc.sent_of.get(toks.start).copied().unwrap_or(0)));
                }
                let evidence = Span::of(doc.text, bytes.start, bytes.end);
                quotes.push(Quote {
                    speaker: who.map(|w| w.party(doc, people)),
                    text: evidence.text.clone(),
                    evidence,
                });
            }
        }
    }
    Speech { quotes, statements }
}

/// English words for a statement that a body or person issued.
const STATEMENT_NOUNS: &[&str] = &["statement", "communique", "readout"];

/// Who last spoke in a sentence that mentions a statement ("In a statement,
/// the ministry said …"), whom a later "the statement said" stands for.
#[derive(Default)]
struct Issuer(Option<Who>, Option<(usize, bool)>);

impl Issuer {
    /// The speaker of the English verb at `v`: "the statement" goes to its
    /// issuer when one spoke earlier; any other speaker of a sentence that
    /// mentions a statement becomes the issuer.
    fn by_statement(&mut self, doc: &Doc, v: usize, who: Option<Who>) -> Option<Who> {
        let is_statement = |t: &crate::text::Token| STATEMENT_NOUNS.contains(&t.norm.as_str());
        if let Some(Who::Desc(r)) = &who {
            let bare = r.len() <= 2 && doc.toks.get(r.end - 1).is_some_and(is_statement);
            if bare {
                return self.0.clone().or(who);
            }
        }
        // each sentence is looked at once, however many verbs it has
        let sent = doc.sent_of[v];
        let mentions = match self.1 {
            Some((s, m)) if s == sent => m,
            _ => {
                let m = doc
                    .sentence_of(v)
                    .is_some_and(|s| doc.toks[s.toks.clone()].iter().any(is_statement));
                self.1 = Some((sent, m));
                m
            }
        };
        if mentions && who.as_ref().is_some_and(|w| *w != Who::Pronoun) {
            self.0 = who.clone();
        }
        who
    }
}

/// "وقالت إن …" with no subject after a man spoke: a verb in the feminine
/// goes on with the last woman who spoke, else the last woman mentioned.
fn agree_in_gender(
    doc: &Doc,
    people: &People,
    (v, c): (usize, usize),
    who: Option<Who>,
    (last_woman, last_man): (&Option<Who>, &Option<Who>),
) -> Option<Who> {
    let Some(Who::Person(p)) = who else {
        return who;
    };
    let implied = subject_after(doc, people, v + 1, c).is_none()
        && explicit_subject(doc, v + 1, c).is_none()
        && !is_participle(&doc.toks[v]);
    if !implied {
        return who;
    }
    let verb = &doc.toks[v].norm;
    let woman = is_woman(people, p);
    let (wanted_woman, last) = if feminine_verb(verb) && !woman {
        (true, last_woman)
    } else if masculine_verb(verb) && woman {
        (false, last_man)
    } else {
        return who;
    };
    let fitting: Vec<usize> = (0..people.persons.len())
        .filter(|&q| is_woman(people, q) == wanted_woman)
        .collect();
    last.clone()
        .or_else(|| nearest_before(people, &fitting, v).map(Who::Person))
        .or(Some(Who::Person(p)))
}

/// Whether an Arabic speech verb is in the masculine singular: "قال",
/// "أضاف", "يقول" (not the feminine, dual or plural forms).
fn masculine_verb(w: &str) -> bool {
    let bare = ['و', 'ف']
        .iter()
        .find_map(|&p| w.strip_prefix(p))
        .unwrap_or(w);
    let plural = bare.ends_with('ا') || bare.ends_with("ون") || bare.ends_with("ان");
    lexicons().speech_verbs.has_norm(bare) && !feminine_verb(bare) && !plural && !bare.is_ascii()
}

/// Whether an Arabic speech verb is in the feminine: "قالت" (past in -ت of
/// "قال"), "تقول" (present in ت- of "يقول").
fn feminine_verb(w: &str) -> bool {
    let lex = &lexicons().speech_verbs;
    let bare = ['و', 'ف']
        .iter()
        .find_map(|&p| w.strip_prefix(p))
        .unwrap_or(w);
    let past = bare
        .strip_suffix('ت')
        .is_some_and(|m| m.chars().count() >= 2 && lex.has_norm(m));
    let present = bare
        .strip_prefix('ت')
        .is_some_and(|m| lex.has_norm(&format!("ي{m}")));
    past || present
}

/// Whether a person is a woman by her title ("وزيرة", "السفيرة", "الناطقة"):
/// its first word in the feminine ة as written, which normalising merges
/// with the pronoun ه of "نظيره" (his counterpart).
fn is_woman(people: &People, p: usize) -> bool {
    people.persons[p].titles.iter().any(|t| {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .find(|w| {
                !w.is_empty()
                    && !lexicons()
                        .honorifics
                        .has_norm(&canon(&crate::text::normalize::norm(w)))
            })
            .is_some_and(|w| w.ends_with('ة') && w.chars().count() > 3)
    })
}

/// A pronoun nothing resolved stands for the last person mentioned.
fn settle(
    doc: &Doc,
    who: Option<Who>,
    (people, intros): (&People, &Intros),
    at: usize,
) -> Option<Who> {
    match who {
        Some(Who::Pronoun) => last_person_before(people, at).map(Who::Person),
        Some(Who::Desc(r)) => Some(
            definite_reference(doc, (people, intros), r.clone(), at)
                .or_else(|| title_holder_in(doc, (people, Some(intros)), r.clone(), at))
                .or_else(|| english_title_holder(doc, people, r.clone(), at))
                .or_else(|| earlier_mention(doc, people, r.clone()))
                .or_else(|| ministry_of_minister(doc, people, r.clone(), at))
                .map(|w| shorter_form(doc, w))
                .unwrap_or_else(|| shorter_form(doc, Who::Desc(r))),
        ),
        other => other,
    }
}

/// Furthest into the text a shorter form of a description is looked for, in tokens.
const SHORTER_FORM_SPAN: usize = 3000;

/// "السفير الياباني" written elsewhere as "سفير اليابان": an unnamed person is
/// given by the shortest description the text has for them, and the head in
/// construct with the country is that of the head with the nationality.
fn shorter_form(doc: &Doc, who: Who) -> Who {
    let Who::Desc(r) = &who else {
        return who;
    };
    let lex = lexicons();
    let (Some(head), Some(adjective)) = (doc.toks.get(r.start), doc.toks.get(r.start + 1)) else {
        return who;
    };
    let head_core = canon(&head.norm);
    let described = r.len() == 2
        && GENERIC_HEADS.contains(&head_core.as_str())
        && lex.nationalities.has(adjective);
    if !described {
        return who;
    }
    let adjective = canon(&adjective.norm);
    let root = adjective.strip_suffix('ي').unwrap_or(&adjective);
    if root.chars().count() < 3 {
        return who;
    }
    let chars = |r: &Range<usize>| doc.slice(r.clone()).chars().count();
    let mut best = r.clone();
    for k in 0..doc.toks.len().min(SHORTER_FORM_SPAN) {
        // the head without the article, then the country's name
        if doc.toks[k].norm != head_core {
            continue;
        }
        let Some(n) = lex.places.match_at(&doc.toks, k + 1) else {
            continue;
        };
        let country = canon(&doc.toks[k + 1].norm);
        let form = k..k + 1 + n;
        if country.starts_with(root) && form.len() <= best.len() && chars(&form) < chars(&best) {
            best = form;
        }
    }
    Who::Desc(best)
}

/// A title the people list left without a name ("سمو وزير الخارجية") is
/// the person with that very title (honorifics aside; "وزير الخارجية" is not
/// "وزير الخارجية الفرنسي"), the one mentioned last before `at` if several.
pub(super) fn title_holder(doc: &Doc, people: &People, r: Range<usize>, at: usize) -> Option<Who> {
    title_holder_in(doc, (people, None), r, at)
}

/// [`title_holder`], looking only at the persons `intros` gives for the
/// title's first word when there is such an index.
fn title_holder_in(
    doc: &Doc,
    (people, intros): (&People, Option<&Intros>),
    r: Range<usize>,
    at: usize,
) -> Option<Who> {
    let lex = lexicons();
    let words: Vec<String> = doc.toks[r]
        .iter()
        .filter(|t| t.is_word() && !lex.honorifics.has(t))
        .map(|t| canon(&t.norm))
        .collect();
    // a body is no one's title; a spokesman is ("وأوضح المتحدث أن")
    let body = |w: &str| lex.sources.has_norm(w) && !SPOKESPERSONS.contains(&w);
    if words.is_empty() || body(&words[0]) {
        return None;
    }
    let mut holders = holders_of(people, intros, &words);
    if holders.is_empty() {
        // "رئيس الحكومة" is the one titled "رئيس الوزراء" or "رئيس مجلس الوزراء"
        for other in same_office(&words) {
            holders.extend(holders_of(people, intros, &other));
        }
        holders.sort_unstable();
        holders.dedup();
    }
    // "وزير الري" is not "وزير الري الأسبق" (the former minister) named later
    if !words.iter().any(|w| FORMER.contains(&w.as_str())) {
        holders.retain(|&p| !former(people, p));
    }
    let none_before = holders.iter().all(|&p| first_mention(people, p) >= at);
    if let Some(p) = none_before
        .then(|| within_title_before(people, &words, at))
        .flatten()
    {
        return Some(Who::Person(p));
    }
    if holders.is_empty() {
        return counterpart_of_nationality(people, &words)
            .or_else(|| alias_holder(people, &words, at))
            .map(Who::Person);
    }
    nearest_before(people, &holders, at).map(Who::Person)
}

/// Other names of an office, and the office as the people list gives it
/// (canonical words): "رئيس الجمهورية" is the president, "العاهل" the
/// king, "رئيس الدبلوماسية" the foreign minister.
const TITLE_ALIASES: &[(&[&str], &[&[&str]])] = &[
    (&["رييس", "جمهوريه"], &[&["رييس"]]),
    (&["عاهل"], &[&["ملك"]]),
    (
        &["رييس", "دبلوماسيه"],
        &[&["وزير", "خارجيه"], &["وزير", "شوون", "خارجيه"]],
    ),
];

/// Words after which a second office of the same person starts ("وزير
/// الدولة وزير الخارجية", "نائب رئيس الوزراء وزير الخارجية").
const STACKED_AFTER: &[&str] = &["دوله", "وزراء", "حكومه"];

/// "الرئيس التونسي قيس سعيد" then "وأكد رئيس الجمهورية", "الملك فلان"
/// then "العاهل الأردني": the nearest holder of the office an alias names,
/// whose title adds to the office only a nationality or a country, the
/// same as the alias's if it has one.
fn alias_holder(people: &People, words: &[String], at: usize) -> Option<usize> {
    let lex = lexicons();
    let masculine = |w: &str| {
        w.strip_suffix('ه')
            .filter(|m| m.ends_with('ي'))
            .unwrap_or(w)
            .to_string()
    };
    let (alias, offices) = TITLE_ALIASES
        .iter()
        .find(|(a, _)| words.len() >= a.len() && words.iter().zip(a.iter()).all(|(w, a)| w == a))?;
    let nationality = words[alias.len()..]
        .iter()
        .find(|w| lex.nationalities.has_norm(w))
        .map(|w| masculine(w));
    let rest_fits = |rest: &[String]| {
        rest.iter().all(|w| {
            let place = lex.places.has_norm(w);
            let own = lex.nationalities.has_norm(w)
                && nationality.as_ref().is_none_or(|n| *n == masculine(w));
            own || place && nationality.is_none()
        })
    };
    let fits = |t: &Vec<String>| {
        offices.iter().any(|office| {
            (0..t.len()).any(|i| {
                let starts = i == 0 || STACKED_AFTER.contains(&t[i - 1].as_str());
                starts
                    && t.len() >= i + office.len()
                    && t[i..].iter().zip(office.iter()).all(|(w, o)| w == o)
                    && rest_fits(&t[i + office.len()..])
            })
        })
    };
    let holders: Vec<usize> = (0..people.persons.len())
        .filter(|&p| people.persons[p].title_words.iter().any(fits))
        .collect();
    nearest_before(people, &holders, at)
}

/// The persons holding the title `words` (canonical), in order.
/// Words of a title that make it a former office, as [`canon`] gives them.
const FORMER: &[&str] = &["سابق", "اسبق", "former"];

/// Whether every title of person `p` is a former office ("وزير الري الأسبق").
fn former(people: &People, p: usize) -> bool {
    let t = &people.persons[p].title_words;
    !t.is_empty()
        && t.iter()
            .all(|t| t.iter().any(|w| FORMER.contains(&w.as_str())))
}

/// Where person `p` is first mentioned, in tokens.
fn first_mention(people: &People, p: usize) -> usize {
    people.persons[p]
        .mentions
        .first()
        .map_or(usize::MAX, |m| m.start)
}

/// "وزير الري" for "وزير الموارد المائية والري" mentioned before `at`: the
/// nearest person whose title starts with the reference's head and holds
/// its other words in their order, with other words between them.
fn within_title_before(people: &People, words: &[String], at: usize) -> Option<usize> {
    // the head comes first ("نائب رئيس الوزراء" is no "رئيس الوزراء")
    let holds = |t: &Vec<String>| {
        let mut rest = t.iter();
        rest.next() == words.first() && words[1..].iter().all(|w| rest.any(|x| x == w))
    };
    let fitting: Vec<usize> = (0..people.persons.len())
        .filter(|&p| first_mention(people, p) < at && !former(people, p))
        .filter(|&p| people.persons[p].title_words.iter().any(holds))
        .collect();
    nearest_before(people, &fitting, at).filter(|_| words.len() > 1)
}

fn holders_of(people: &People, intros: Option<&Intros>, words: &[String]) -> Vec<usize> {
    let candidates = match (intros, words.first()) {
        (Some(i), Some(w)) => i.title_heads.get(w).cloned().unwrap_or_default(),
        _ => (0..people.persons.len()).collect(),
    };
    candidates
        .into_iter()
        .filter(|&p| {
            let person = &people.persons[p];
            person.title_words.iter().any(|t| same_title(t, words))
                || person.titles.iter().any(|t| holds_title(t, words))
        })
        .collect()
}

/// Titles of the head of government, one office under several names
/// (canonical words).
const HEAD_OF_GOVERNMENT: &[&[&str]] = &[
    &["رييس", "حكومه"],
    &["رييس", "وزراء"],
    &["رييس", "مجلس", "وزراء"],
];

/// The other names of the office `words` names, with what follows the
/// office's name ("رئيس الحكومة اللبنانية" → "رئيس الوزراء اللبنانية", …).
fn same_office(words: &[String]) -> Vec<Vec<String>> {
    let Some(form) = HEAD_OF_GOVERNMENT
        .iter()
        .find(|f| words.len() >= f.len() && words.iter().zip(f.iter()).all(|(w, f)| w == f))
    else {
        return Vec::new();
    };
    let rest = &words[form.len()..];
    HEAD_OF_GOVERNMENT
        .iter()
        .filter(|f| *f != form)
        .map(|f| {
            f.iter()
                .map(|w| w.to_string())
                .chain(rest.iter().cloned())
                .collect()
        })
        .collect()
}

/// "التقى وزير الخارجية العراقي … نظيره الكويتي صباح …" then "قال وزير
/// الخارجية الكويتي": a title ending in a nationality that no one holds as
/// such is the one counterpart (or holder of the same office) of that
/// nationality.
fn counterpart_of_nationality(people: &People, words: &[String]) -> Option<usize> {
    let (nationality, office) = words.split_last()?;
    let head = office.first()?;
    if !lexicons().nationalities.has_norm(nationality) {
        return None;
    }
    // "السفيرة الغانية" is the one whose title names Ghana ("سفيرة جمهورية غانا")
    let masculine = nationality.strip_suffix('ه').filter(|m| m.ends_with('ي'));
    let fitting: Vec<usize> = people
        .titled_with_nationality(masculine.unwrap_or(nationality))
        .into_iter()
        .filter(|&p| {
            people.persons[p]
                .title_words
                .iter()
                .any(|t| t.first().is_some_and(|w| w.starts_with("نظير")) || t.contains(head))
        })
        .collect();
    (fitting.len() == 1).then(|| fitting[0])
}

/// Whether a title as written holds the title `words` as one of the titles
/// it strings together ("نائب رئيس الوزراء وزير الخارجية" holds "وزير
/// الخارجية"; "مستشار رئيس الوزراء المتحدث الرسمي" holds "المتحدث
/// الرسمي"). A title inside starts after a definite word, which ends the
/// construct chain before it: "رئيس الوزراء" in "نائب رئيس الوزراء" is the
/// deputy's complement, not a second office.
fn holds_title(title: &str, words: &[String]) -> bool {
    let lex = lexicons();
    let parts: Vec<(String, bool)> = crate::text::tokenize(title)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let ends_chain = ["ال", "وال", "لل", "بال"]
                .iter()
                .any(|p| t.norm.starts_with(p))
                || lex.honorifics.has(&t);
            (canon(&t.norm), ends_chain)
        })
        .collect();
    let same = |p: &String, w: &String| p == w || p.strip_prefix('و') == Some(w.as_str());
    (0..parts.len()).any(|i| {
        let starts = i == 0 || parts[i - 1].1;
        let rest: Vec<String> = parts[i..].iter().map(|(w, _)| w.clone()).collect();
        starts
            && rest.len() >= words.len()
            && words.iter().zip(&rest).all(|(w, p)| same(p, w))
            && same_title(&rest, &rest[..words.len()])
    })
}

/// "the Venezuelan president", "Egypt's foreign minister": the person
/// whose title has that head word, and the other words too if one does.
fn english_title_holder(doc: &Doc, people: &People, r: Range<usize>, at: usize) -> Option<Who> {
    let head = doc.toks.get(r.end.checked_sub(1)?)?;
    if head.norm == "leader" {
        return national_leader(doc, people, r, at);
    }
    if !head.norm.is_ascii() || !lexicons().sources.has(head) {
        return None;
    }
    let words: Vec<&str> = doc.toks[r.start..r.end - 1]
        .iter()
        .filter(|t| t.is_word() && t.norm.is_ascii() && t.norm != "the")
        .map(|t| t.norm.as_str())
        .collect();
    // "the premier" is the premier, or else the prime minister
    let office = if head.norm == "premier" && people.titled_with("premier").is_empty() {
        "prime"
    } else {
        head.norm.as_str()
    };
    let has_word = |p: usize, w: &str| {
        people.persons[p]
            .title_words
            .iter()
            .any(|t| t.iter().any(|x| x == w))
    };
    let holders: Vec<usize> = people.titled_with(office);
    let nationality_held = holders
        .iter()
        .any(|&p| words.iter().any(|w| has_word(p, w)));
    if !nationality_held {
        // "his Egyptian counterpart Samir Adel" then "the Egyptian minister"
        let counterparts: Vec<usize> = people
            .titled_with("counterpart")
            .into_iter()
            .filter(|&p| {
                words.iter().any(|w| {
                    lexicons().nationalities.has_norm(w)
                        && (has_word(p, w) || described_before(doc, people, p, w))
                })
            })
            .collect();
        if let [p] = counterparts[..] {
            return Some(Who::Person(p));
        }
    }
    if holders.is_empty() {
        // a body ("the Foreign Ministry") is no title that introduced a name
        let person_title = lexicons().titles.has(head) || ONE_PERSON.contains(&office);
        return introduced_with(doc, people, &words, r.end - 1)
            .filter(|_| person_title)
            .map(Who::Person);
    }
    let fitting: Vec<usize> = holders
        .iter()
        .copied()
        .filter(|&p| {
            words.iter().any(|w| {
                people.persons[p]
                    .title_words
                    .iter()
                    .any(|t| t.iter().any(|x| x == w))
            })
        })
        .collect();
    // "the prime minister" is not the interior minister: an office word no
    // holder has names another office (a nationality may be left out of a title)
    let other_office = words
        .iter()
        .any(|w| *w != "of" && lexicons().office_words.has_norm(w));
    let pool = match (fitting.is_empty(), other_office) {
        (false, _) => fitting,
        (true, false) => holders,
        (true, true) => return None,
    };
    nearest_before(people, &pool, at).map(Who::Person)
}

/// "The Indonesian leader" after "Indonesian President Prabowo Subianto":
/// the nearest person named before whose title carries the nationality.
fn national_leader(doc: &Doc, people: &People, r: Range<usize>, at: usize) -> Option<Who> {
    let lex = lexicons();
    let nationalities: Vec<&str> = doc.toks[r]
        .iter()
        .filter(|t| t.is_word() && lex.nationalities.has(t))
        .map(|t| t.norm.as_str())
        .collect();
    let pool: Vec<usize> = (0..people.persons.len())
        .filter(|&p| {
            let titles = &people.persons[p].title_words;
            titles
                .iter()
                .any(|t| t.iter().any(|w| nationalities.contains(&w.as_str())))
        })
        .collect();
    nearest_before(people, &pool, at)
        .filter(|&p| first_mention(people, p) < at)
        .map(Who::Person)
}

/// How far back a title word introducing a name is looked for, in tokens.
const INTRODUCED_BACK: usize = 600;

/// "Foreign Office spokesperson Shafqat Ali Khan … The spokesperson said":
/// the person named right after the nearest earlier use of the title's head
/// word at `h` (and of the word before it, "army chief"), which the people
/// list did not keep as the person's title.
fn introduced_with(doc: &Doc, people: &People, words: &[&str], h: usize) -> Option<usize> {
    let head = &doc.toks[h];
    (h.saturating_sub(INTRODUCED_BACK)..h).rev().find_map(|k| {
        let before = words
            .last()
            .is_none_or(|w| k > 0 && doc.toks[k - 1].norm == *w);
        let reference = k > 0 && doc.toks[k - 1].norm == "the";
        if doc.toks[k].norm != head.norm || !before || reference {
            return None;
        }
        // the name follows the title word directly, or after a rank ("General")
        (k + 1..doc.toks.len().min(k + 4))
            .take_while(|&j| doc.toks[j].is_word() && doc.toks[j].capital)
            .find_map(|j| people.at[j])
    })
}

/// Whether the word `w` stands in the few words before the first mention
/// of person `p` ("his Egyptian counterpart Samir Adel"), where the people
/// list may have kept only the title's head.
fn described_before(doc: &Doc, people: &People, p: usize, w: &str) -> bool {
    people.persons[p].mentions.first().is_some_and(|m| {
        doc.toks[m.start.saturating_sub(3)..m.start]
            .iter()
            .any(|t| t.norm == w)
    })
}

/// Heads of a spokesperson's title, which the sources list also holds.
const SPOKESPERSONS: &[&str] = &["متحدث", "ناطق", "متحدثه", "ناطقه"];

/// Whether a person's title starts with `words` and goes on with no
/// nationality ("وزير الخارجية الأمير" is "وزير الخارجية"; "وزير الخارجية
/// الفرنسي" is another one); where the office is, after a preposition, does
/// not matter ("المبعوث الأممي إلى اليمن" is "المبعوث الأممي").
fn same_title(title: &[String], words: &[String]) -> bool {
    let lex = lexicons();
    title.starts_with(words)
        && title[words.len()..]
            .iter()
            .take_while(|w| !matches!(w.as_str(), "الي" | "لدي" | "في" | "باسم"))
            .all(|w| !lex.nationalities.has_norm(w) && !lex.places.has_norm(w))
}

/// Generic nouns for a person ("the official", "the guest") that, made
/// definite and followed by an adjective, refer back to a named person.
const GENERIC_HEADS: &[&str] = &["مسوول", "ضيف", "زاير", "دبلوماسي", "وزير", "سفير", "مبعوث"];

/// "المسؤول الصيني", "الضيف التركي": a definite generic noun with a
/// nationality (or other) adjective is the person named before whose title
/// carries that adjective; an indefinite "مسؤول صيني" stays an unnamed source.
fn definite_reference(
    doc: &Doc,
    (people, intros): (&People, &Intros),
    r: Range<usize>,
    at: usize,
) -> Option<Who> {
    let head = doc.toks.get(r.start)?;
    let head_core = canon(&head.norm);
    // "رئيس الدبلوماسية البرتغالية": the head of a country's diplomacy, its foreign minister
    let diplomacy = head_core == "رييس"
        && doc
            .toks
            .get(r.start + 1)
            .is_some_and(|t| canon(&t.norm).starts_with("دبلوماسي"));
    let skip = if diplomacy { 2 } else { 1 };
    let adjective = doc.toks.get(r.start + skip).filter(|_| r.len() > skip)?;
    // "سفير السودان": a construct with a country is definite too
    let of_country = lexicons().places.match_at(&doc.toks, r.start + 1).is_some();
    let definite = head_core.len() < head.norm.len() || of_country;
    if !diplomacy && (!definite || !GENERIC_HEADS.contains(&head_core.as_str())) {
        return None;
    }
    let adjective = canon(&adjective.norm);
    let holders = people.titled_with(&adjective);
    let holders = if holders.is_empty() {
        intros.with_country(&adjective)
    } else {
        holders
    };
    let holders = of_office(people, holders, &head_core);
    if holders.is_empty() {
        return None;
    }
    nearest_before(people, &holders, at).map(Who::Person)
}

/// Offices among [`GENERIC_HEADS`]: "الوزير الموريتاني" is a minister.
const OFFICE_HEADS: &[&str] = &["وزير", "سفير", "مبعوث"];

/// The `holders` of a nationality who may be the "`head` + nationality"
/// spoken of: for an office, those who hold it (or are someone's
/// counterpart), else the one person of the text who holds that office
/// ("الوزير الموريتاني" is the minister, not the Mauritanian president).
fn of_office(people: &People, holders: Vec<usize>, head: &str) -> Vec<usize> {
    if !OFFICE_HEADS.contains(&head) {
        return holders;
    }
    let holds = |p: &usize| {
        people.persons[*p]
            .title_words
            .iter()
            .flatten()
            .any(|w| w == head || w.contains("نظير"))
    };
    let fitting: Vec<usize> = holders.iter().copied().filter(holds).collect();
    if !fitting.is_empty() {
        return fitting;
    }
    let office = people.titled_with(head);
    if office.len() == 1 {
        office
    } else {
        holders
    }
}

/// How many words before a person's first mention may describe them
/// ("نائب وزير خارجية الصين جانغ مينغ").
const INTRO_WINDOW: usize = 6;

/// The words just before each person's first mention, computed once per
/// document so that a speaker's title is matched against them without
/// scanning every person again.
struct Intros {
    /// Each word (canonical form) of the [`INTRO_WINDOW`] tokens before a
    /// first mention, with (distance from the mention, person); the nearest
    /// occurrence only.
    words: BTreeMap<String, Vec<(usize, usize)>>,
    /// The persons who may hold a title starting with a word: the first word
    /// of each of their titles' words, and every word (with و or without) of
    /// each title as written (see [`holds_title`]), persons in order.
    title_heads: HashMap<String, Vec<usize>>,
}

impl Intros {
    /// The words before every person's first mention in `doc`.
    fn of(doc: &Doc, people: &People) -> Intros {
        let mut words: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
        for (p, person) in people.persons.iter().enumerate() {
            let Some(m) = person.mentions.first() else {
                continue;
            };
            for k in (m.start.saturating_sub(INTRO_WINDOW)..m.start).rev() {
                let Some(t) = doc.toks.get(k) else {
                    continue;
                };
                let at = words.entry(canon(&t.norm)).or_default();
                if !at.iter().any(|&(_, q)| q == p) {
                    at.push((m.start - k, p));
                }
            }
        }
        Intros {
            words,
            title_heads: title_heads(people),
        }
    }

    /// The persons whose first mention is preceded, within a few words, by
    /// the country of a nationality adjective (الصيني → الصين, التركي →
    /// تركيا): the title the people list did not capture still names the
    /// country.
    fn with_country(&self, adjective: &str) -> Vec<usize> {
        // a country's name is its own root ("سودان" in "السوداني")
        let root = adjective
            .strip_suffix("يه")
            .or_else(|| adjective.strip_suffix('ي'))
            .unwrap_or(adjective);
        if root.chars().count() < 3 {
            return Vec::new();
        }
        // how far before its first mention each person's country word stands
        let mut found: BTreeMap<usize, usize> = BTreeMap::new(); // person -> distance
        let words = self
            .words
            .range::<str, _>((Bound::Included(root), Bound::Unbounded));
        for (_, at) in words.take_while(|(w, _)| w.starts_with(root)) {
            for &(d, p) in at {
                let e = found.entry(p).or_insert(d);
                *e = (*e).min(d);
            }
        }
        // "سفيري السودان محمد … والسوري سطام …": the name right after the country
        let nearest = found.values().min().copied();
        found
            .into_iter()
            .filter(|&(_, d)| Some(d) == nearest)
            .map(|(p, _)| p)
            .collect()
    }
}

/// See [`Intros::title_heads`].
fn title_heads(people: &People) -> HashMap<String, Vec<usize>> {
    let mut heads: HashMap<String, Vec<usize>> = HashMap::new();
    for (p, person) in people.persons.iter().enumerate() {
        let first = person.title_words.iter().filter_map(|t| t.first().cloned());
        let written = person.titles.iter().flat_map(|t| {
            crate::text::tokenize(t)
                .into_iter()
                .filter(|t| t.is_word())
                .flat_map(|t| {
                    let w = canon(&t.norm);
                    let bare = w.strip_prefix('و').map(str::to_string);
                    std::iter::once(w).chain(bare)
                })
        });
        for w in first.chain(written) {
            let at = heads.entry(w).or_default();
            if at.last() != Some(&p) {
                at.push(p);
            }
        }
    }
    heads
}

/// Where a reported clause ends: at the next speech verb or the sentence end.
fn clause_end(doc: &Doc, c: usize) -> usize {
    let Some(s) = doc.sentence_of(c) else {
        return doc.text.len();
    };
    let lex = lexicons();
    let limit = s.toks.end.min(c + MAX_CLAUSE);
    if limit < s.toks.end {
        return doc.toks.get(limit).map_or(s.bytes.end, |t| t.start);
    }
    for j in c + 2..limit {
        let t = &doc.toks[j];
        if lex.speech_verbs.has(t) && (t.norm.starts_with('م') || t.norm.starts_with("وم")) {
            return doc.toks[j - 1].end;
        }
        if lex.speech_verbs.has(t) && other_speaker_after(doc, j) {
            return doc.toks[j - 2].end;
        }
    }
    s.bytes.end
}

/// "…، بينما قال النائب فلان: «…»": a finite verb of saying after "while"
/// (بينما، فيما، في حين) starts another speaker's words, not the clause's.
fn other_speaker_after(doc: &Doc, j: usize) -> bool {
    let t = &doc.toks[j];
    let contrast = j >= 2
        && matches!(doc.toks[j - 1].norm.as_str(), "بينما" | "فيما" | "حين")
        && !t.norm.is_ascii()
        && !is_participle(t);
    contrast
        && doc
            .toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && !is_complementizer(&n.norm))
}

fn statement_speaker(
    doc: &Doc,
    people: &People,
    v: usize,
    c: usize,
    last: &Option<(Who, usize)>,
) -> Option<Who> {
    let sent = doc.sentence_of(v)?;
    let verb = &doc.toks[v];
    if passive(doc, v) {
        return None;
    }
    if let Some(w) = subject_of_verb_before(doc, people, v, sent.toks.start) {
        return Some(w);
    }
    let participle = is_participle(verb);
    let last_who = last.as_ref().map(|(w, _)| w);
    if verb.norm.is_ascii() {
        // "he"/"she" is a person, not the ministry or the analysts quoted last
        if let Some(w) = it_body(doc, people, v, last_who) {
            return Some(w);
        }
        let last_who = last_who
            .filter(|w| !singular_pronoun_before(doc, v) || is_person(w) || unnamed_person(doc, w));
        // "A met B. He said …": with no one who spoke yet, "he" is the
        // subject of the sentence before, not the last person it named
        if last_who.is_none() && singular_pronoun_before(doc, v) {
            if let Some(w) = sentence_subject_before(doc, people, sent.toks.start) {
                return Some(w);
            }
        }
        if let Some(w) = resolve_pronoun(
            subject_before(doc, people, v, sent.toks.start),
            last_who,
            people,
            v,
        ) {
            return Some(w);
        }
        if v > 0 && is_pronoun(&doc.toks[v - 1].norm) {
            return last_who
                .cloned()
                .or_else(|| last_person_before(people, v).map(Who::Person));
        }
        if let Some(w) = appositive_subject(doc, people, v, sent.toks.start) {
            return Some(w);
        }
        if let Some(w) = modified_subject(doc, people, sent.toks.start, v) {
            return Some(w);
        }
        if let Some(w) = subject_after(doc, people, v + 1, c) {
            return Some(w);
        }
    } else if !participle {
        if matches!(verb.norm.as_str(), "قوله" | "قولها" | "قولهم" | "قولهما") {
            return reported_from(doc, people, v)
                .or_else(|| last_person_before(people, v).map(Who::Person));
        }
        if let Some(w) = publisher(doc, people, v, sent.toks.start) {
            return Some(w);
        }
        if let Some(w) = subject_after(doc, people, v + 1, c) {
            return resolve_pronoun(Some(w), last_who, people, v);
        }
        if let Some(w) = resolve_pronoun(
            subject_before(doc, people, v, sent.toks.start),
            last_who,
            people,
            v,
        ) {
            return Some(w);
        }
        if let Some(d) = explicit_subject(doc, v + 1, c) {
            return Some(Who::Desc(d));
        }
    }
    let recent = last
        .as_ref()
        .filter(|(_, s)| doc.sent_of[v] <= s + 3)
        .map(|(w, _)| w.clone());
    if participle {
        // "وقال الوزير إن …، مشيرا إلى أن …": the speaker of the sentence goes on;
        // "رحب الرئيس بالوفد، مؤكدا أن …": the sentence's subject speaks
        let same_sentence = last
            .as_ref()
            .filter(|(_, s)| *s == doc.sent_of[v])
            .map(|(w, _)| w.clone());
        return participle_subject(doc, people, sent.toks.start, v)
            .or(same_sentence)
            .or_else(|| honorific_opening(doc, people, sent.toks.start, v))
            .or_else(|| sentence_subject(doc, people, sent.toks.start, v))
            .or_else(|| sentence_body(doc, people, sent.toks.start, v))
            .or(recent)
            .or_else(|| implied_subject(people, v, last));
    }
    // "ثمّن X الدور …، وقال إن": a verb without a subject goes on with the
    // person its sentence began with, before a speaker of an earlier sentence
    let same_sentence = last.as_ref().filter(|(_, s)| *s == doc.sent_of[v]);
    same_sentence
        .map(|(w, _)| w.clone())
        .or_else(|| sentence_subject(doc, people, sent.toks.start, v))
        .or_else(|| {
            sentence_body(doc, people, sent.toks.start, v).filter(|w| body_agrees(doc, v, w))
        })
        .or(recent)
        .or_else(|| previous_subject(doc, people, v))
        .or_else(|| implied_subject(people, v, last))
}

/// "استقبل الرئيس … الوزير …. وأكد أن …": with no speaker yet, a verb
/// without a subject goes on with the subject of the sentence before (the
/// host), not with the last person mentioned (the guest); or with a body
/// that was that subject, when the verb agrees with it ("أدانت الوزارة
/// الهجوم. وأكدت أن …").
fn previous_subject(doc: &Doc, people: &People, v: usize) -> Option<Who> {
    let s = doc.sent_of[v].checked_sub(1)?;
    let prev = doc.sents.get(s)?;
    let end = prev.toks.end.min(prev.toks.start + 8);
    subject_after(doc, people, prev.toks.start + 1, end)
        .filter(|w| is_person(w) || body_agrees(doc, v, w))
}

/// Whether the body `w` agrees in gender with the Arabic speech verb at `v`,
/// which then has it as its implied subject: "وأكدت" goes with "وزارة …",
/// "وأوضح" with "الجيش …" (a dual or plural verb with neither).
fn body_agrees(doc: &Doc, v: usize, w: &Who) -> bool {
    let Who::Desc(r) = w else {
        return false;
    };
    let Some(head) = doc.toks.get(r.start) else {
        return false;
    };
    let verb = &doc.toks[v].norm;
    let feminine = head.marbuta || head.norm.ends_with("ات");
    head.is_word()
        && lexicons().sources.has(head)
        && if feminine {
            feminine_verb(verb)
        } else {
            masculine_verb(verb)
        }
}

/// Verbs of publishing a text (without و and the feminine ت).
const PUBLISH_VERBS: &[&str] = &["نشر", "اصدر", "بث", "وزع"];

/// Most words between a verb of publishing and "قال فيه" after it.
const PUBLISHED_BACK: usize = 12;

/// "ونشر مكتبه منشورا قال فيه إن" (said in it): the words are those of
/// what was published, so the one who published it speaks.
fn publisher(doc: &Doc, people: &People, v: usize, start: usize) -> Option<Who> {
    let in_it = doc
        .toks
        .get(v + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "فيه" | "فيها"));
    if !in_it {
        return None;
    }
    let from = start.max(v.saturating_sub(PUBLISHED_BACK));
    let p = (from..v).rev().find(|&k| publishing(&doc.toks[k]))?;
    subject_after(doc, people, p + 1, v)
}

/// Whether `t` is a verb of publishing ("نشر", "وأصدرت").
fn publishing(t: &crate::text::Token) -> bool {
    let publishes = |w: &str| {
        let past = w.strip_suffix('ت').unwrap_or(w);
        PUBLISH_VERBS.contains(&w) || PUBLISH_VERBS.contains(&past)
    };
    publishes(&t.norm) || t.norm.strip_prefix('و').is_some_and(publishes)
}

/// "وجاء في البيان", "وورد في التقرير" (it came in the statement) at `v`:
/// the words are the document's that follows "في".
fn stated_in(doc: &Doc, v: usize) -> bool {
    let came = doc
        .toks
        .get(v)
        .is_some_and(|t| matches!(t.norm.as_str(), "جاء" | "وجاء" | "ورد" | "وورد"));
    came && doc.toks.get(v + 1).is_some_and(|t| t.norm == "في")
}

/// Where the source starts after an attribution at `k`: past "لما ذكرته"
/// (what … reported) in "وفقا لما ذكرته صحيفة …".
fn what_said(doc: &Doc, k: usize) -> usize {
    let what = doc
        .toks
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "لما" | "ما" | "مما"));
    if what && doc.toks.get(k + 1).is_some_and(|t| t.is_word()) {
        k + 2
    } else {
        k
    }
}

/// "X blamed Y for the delay. “…,” he told reporters": the person the
/// sentence before `start` began with, when they acted after the last
/// speaker spoke (a pronoun stands for the nearest subject).
fn newer_subject(
    doc: &Doc,
    people: &People,
    start: usize,
    last: &Option<(Who, usize)>,
) -> Option<Who> {
    let prev = doc.sent_of.get(start.checked_sub(1)?).copied()?;
    if last.as_ref().is_some_and(|(_, s)| *s >= prev) {
        return None;
    }
    sentence_subject_before(doc, people, start)
}

/// The person who is the subject of the sentence before the one starting at
/// token `start`: a name before its verb (English) or right after it (Arabic),
/// among the first words of that sentence.
fn sentence_subject_before(doc: &Doc, people: &People, start: usize) -> Option<Who> {
    let prev = doc.sentence_of(start.checked_sub(1)?)?;
    let end = prev.toks.end.min(prev.toks.start + SUBJECT_WORDS);
    (prev.toks.start..end).find_map(|j| agent_at(doc, people, j, end).filter(is_person))
}

/// How far into a sentence its subject is looked for, in tokens.
const SUBJECT_WORDS: usize = 12;

/// Whether the speech verb at `v` is an impersonal passive ("وأُعلن أن" it
/// was announced, "وأفيد بأن" it was reported): the words are no one's.
/// Only a written damma on the first letter tells "أُعلن" from "أعلن".
fn passive(doc: &Doc, v: usize) -> bool {
    let t = &doc.toks[v];
    let raw = &doc.text[t.start..t.end];
    let bare = raw
        .strip_prefix('و')
        .or_else(|| raw.strip_prefix('ف'))
        .unwrap_or(raw);
    let damma = bare.chars().nth(1) == Some('\u{064F}');
    let plain = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    !t.norm.is_ascii() && (damma || matches!(plain, "افيد" | "يفاد"))
}

/// "وتابع الموسوي بالقول إن", "وأضاف الوزير قائلا إن": the subject of the
/// verb of saying just before "بالقول"/"قائلا", which carries the clause.
fn subject_of_verb_before(doc: &Doc, people: &People, v: usize, start: usize) -> Option<Who> {
    if doc.toks[v].norm.is_ascii() {
        return None;
    }
    let u = (start.max(v.saturating_sub(4))..v).find(|&u| is_speech_verb(&doc.toks[u]))?;
    subject_after(doc, people, u + 1, v).or_else(|| explicit_subject(doc, u + 1, v).map(Who::Desc))
}

/// Definite words after a verb that are adverbs of time, not its subject
/// (besides [`super::meta::WEEKDAYS`]).
const TIME_WORDS: &[&str] = &[
    "الان",
    "الليله",
    "الماضي",
    "الجاري",
    "المقبل",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
];

/// "وقال المشاركون إن", "وأكد البلدان أن": a definite noun right after the
/// verb is its subject even when no list knows it, and it speaks rather
/// than the speaker before (with its agreeing adjectives: "الخبير
/// الاقتصادي").
fn explicit_subject(doc: &Doc, i: usize, end: usize) -> Option<Range<usize>> {
    let lex = lexicons();
    let definite = |k: usize| {
        doc.toks.get(k).filter(|_| k < end).is_some_and(|t| {
            t.is_word()
                && t.norm.starts_with("ال")
                && t.norm.chars().count() > 3
                && !lex.stopwords.has(t)
                && !lex.speech_verbs.has(t)
                && !TIME_WORDS.contains(&t.norm.as_str())
                && !super::meta::WEEKDAYS.contains(&t.norm.as_str())
                && !is_complementizer(&t.norm)
        })
    };
    if !definite(i) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && definite(k) {
        k += 1;
    }
    Some(i..k)
}

/// How far back "عن"/"إلى" is looked for before "قوله".
const REPORTED_FROM_BACK: usize = 8;

/// "نقلت الوكالة عن مسؤول أمريكي قوله إن", "نسبت الصحيفة إلى مصدر حكومي
/// قوله": the one after عن/إلى is the one whose words they are.
fn reported_from(doc: &Doc, people: &People, v: usize) -> Option<Who> {
    let k = (v.saturating_sub(REPORTED_FROM_BACK)..v)
        .rev()
        .find(|&k| matches!(doc.toks[k].norm.as_str(), "عن" | "الي"))?;
    subject_after(doc, people, k + 1, v)
}

/// The subject an Arabic verb leaves implied ("وأشار إلى أن …" paragraphs
/// after the speaker was named): the last speaker, else the last person
/// mentioned; the words are never unattributed.
fn implied_subject(people: &People, v: usize, last: &Option<(Who, usize)>) -> Option<Who> {
    last.as_ref()
        .map(|(w, _)| w.clone())
        .or_else(|| last_person_before(people, v).map(Who::Person))
}

/// `"…," said Priya Raman, an analyst`: two or three words in capitals
/// after the verb, up to a comma or the sentence end, name the speaker the
/// people list missed.
fn capitalised_name(doc: &Doc, k: usize) -> Option<Range<usize>> {
    let name = |t: &crate::text::Token| t.is_word() && t.capital && t.norm.is_ascii();
    let mut e = k;
    while e < doc.toks.len().min(k + 3) && name(&doc.toks[e]) {
        e += 1;
    }
    // "said Jane Roe of the Refugee Council": the body she belongs to follows
    let closes = doc.toks.get(e).is_none_or(|t| {
        t.is_punct(',') || t.is_punct('.') || matches!(t.norm.as_str(), "of" | "from" | "at")
    });
    (e >= k + 2 && closes).then_some(k..e)
}

/// English nouns of one unnamed person, whom "he"/"she" can stand for
/// ("The delegate, who …, told Reuters …. He said …").
const ONE_PERSON: &[&str] = &[
    "official",
    "delegate",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "source",
    "envoy",
    "negotiator",
    "officer",
    "commander",
    "chief",
    "analyst",
    "economist",
];

/// Whether `w` describes one unnamed person ("a senior official").
fn unnamed_person(doc: &Doc, w: &Who) -> bool {
    let Who::Desc(r) = w else {
        return false;
    };
    let Some(toks) = doc.toks.get(r.clone()) else {
        return false;
    };
    let lex = lexicons();
    let head = toks.last().is_some_and(|t| {
        ONE_PERSON.contains(&t.norm.as_str()) || t.norm.is_ascii() && lex.titles.has(t)
    });
    // "Sorensen said …. He said": a name the people list missed
    let name = toks
        .iter()
        .all(|t| t.is_word() && t.capital && !lex.sources.has(t) && !lex.stopwords.has(t));
    head || name && !toks.is_empty()
}

/// "The ministry condemned the attack. It said that …": "it" before the
/// English verb at `v` is a body, the last one that spoke, else the first
/// body the sentence before opened with.
fn it_body(doc: &Doc, people: &People, v: usize, last: Option<&Who>) -> Option<Who> {
    let it = doc.toks[v.saturating_sub(2)..v]
        .iter()
        .any(|t| t.norm == "it");
    if !it {
        return None;
    }
    if let Some(w) = last.filter(|w| matches!(w, Who::Desc(_) | Who::Rebuilt(_))) {
        return Some(w.clone());
    }
    let prev = doc.sentence_of(doc.sentence_of(v)?.toks.start.checked_sub(1)?)?;
    let end = prev.toks.end.min(prev.toks.start + SUBJECT_WORDS);
    let lex = lexicons();
    let k = (prev.toks.start..end).find(|&k| lex.sources.has(&doc.toks[k]))?;
    match subject_before(doc, people, k + 1, prev.toks.start)? {
        w @ Who::Desc(_) => Some(w),
        _ => None,
    }
}

/// Whether `w` is a person of the people list.
fn is_person(w: &Who) -> bool {
    matches!(w, Who::Person(_))
}

/// Whether "he" or "she" is the subject right before the English verb at `v`
/// ("he said", "she also noted").
fn singular_pronoun_before(doc: &Doc, v: usize) -> bool {
    doc.toks[v.saturating_sub(3)..v]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "he" | "she"))
}

/// The subject of an English verb after a comma: "The spokesman, Ahmed
/// Zaki, said that" (the name right before the comma), "Safadi, who arrived
/// on Saturday, stressed that" and "Lavrov praised the deal, saying that"
/// (the sentence's subject).
fn appositive_subject(doc: &Doc, people: &People, v: usize, start: usize) -> Option<Who> {
    let start = after_dateline(doc, start, v);
    if v >= start + 3 && doc.toks[v - 1].norm == "who" && doc.toks[v - 2].is_punct(',') {
        // "… met President Jane Roe, who stressed that": the name before ", who"
        return subject_before(doc, people, v - 2, start);
    }
    if v < start + 2 || !(doc.toks[v - 1].is_punct(',') || doc.toks[v].norm.ends_with("ing")) {
        return None;
    }
    let apposition = doc.toks[v - 1].is_punct(',');
    let mut capitals = None;
    // "Jane Roe, who spoke after meeting John Doe, said": the one before ", who"
    let relative =
        (start + 1..v - 1).find(|&k| doc.toks[k].is_punct(',') && doc.toks[k + 1].norm == "who");
    if let Some(w) = relative
        .filter(|_| apposition)
        .and_then(|k| subject_before(doc, people, k, start))
    {
        return Some(w);
    }
    if apposition {
        match subject_before(doc, people, v - 1, start) {
            Some(w @ Who::Person(_)) => return Some(w),
            Some(Who::Desc(r)) if doc.toks[r.start].capital => {
                // "Jane Roe, the head of research at Acme Capital, said": the
                // name the sentence opens with, not the body in its apposition
                let head = sentence_head(doc, start, v)
                    .filter(|h| h.end < r.start && plain_name(doc, h.clone()));
                capitals = Some(Who::Desc(head.unwrap_or(r)));
            }
            _ => {}
        }
    }
    if after_quotation(doc, v) {
        return None;
    }
    // "Its spokesman, OCHA, said": a name in capitals right before the comma,
    // unless a person is the sentence's subject ("Jane Roe, an economist in Dubai, said")
    sentence_subject(doc, people, start, v)
        .or(capitals)
        .or_else(|| {
            apposition
                .then(|| sentence_head(doc, start, v).or_else(|| acting_body(doc, start, v)))
                .flatten()
                .map(Who::Desc)
        })
}

/// "A senior official who spoke on condition of anonymity said", "A joint
/// statement issued after the talks said": the English subject before a
/// relative clause or a participle after a source word.
fn modified_subject(doc: &Doc, people: &People, start: usize, v: usize) -> Option<Who> {
    let lex = lexicons();
    let k = (start + 1..v).find(|&k| {
        let t = &doc.toks[k];
        t.norm == "who"
            || t.is_word()
                && !t.capital
                && t.norm.ends_with("ed")
                && lex.sources.has(&doc.toks[k - 1])
    })?;
    subject_before(doc, people, k, start).filter(|w| *w != Who::Pronoun)
}

/// Where a sentence starts after a wire dateline ("NAIROBI, June 4
/// (Reuters) - Kenya's central bank …" starts at "Kenya's").
fn after_dateline(doc: &Doc, start: usize, v: usize) -> usize {
    (start + 1..v.min(start + 15))
        .find(|&k| {
            matches!(doc.toks[k].norm.as_str(), "-" | "–" | "—") && doc.toks[k - 1].is_punct(')')
        })
        .map_or(start, |k| k + 1)
}

/// "Hamas rejected the proposal, saying …", "Kenya's central bank held its
/// rate, saying …": a body named at the start of the sentence, before its
/// finite verb, is the subject a participle after a comma goes on with.
fn acting_body(doc: &Doc, start: usize, v: usize) -> Option<Range<usize>> {
    let from = start + usize::from(matches!(doc.toks[start].norm.as_str(), "the" | "a" | "an"));
    let lex = lexicons();
    let verb = (from + 1..v.min(from + 7)).find(|&k| {
        let t = &doc.toks[k];
        let w = t.norm.as_str();
        t.is_word()
            && !t.capital
            && !lex.sources.has(t)
            && !lex.stopwords.has(t)
            && (w.ends_with("ed") || IRREGULAR_PASTS.contains(&w) || present_in_s(t))
    })?;
    let phrase = &doc.toks[from..verb];
    let words = phrase.iter().all(|t| {
        t.is_word()
            && t.norm.is_ascii()
            && (t.capital || !lex.stopwords.has(t) || matches!(t.norm.as_str(), "of" | "for"))
    });
    let named = phrase.iter().any(|t| t.capital || lex.sources.has(t));
    (words && named).then_some(from..verb)
}

/// Whether the tokens `r` are capitalised words of no body or title: a
/// person's name the people list missed ("Jane Roe").
fn plain_name(doc: &Doc, r: Range<usize>) -> bool {
    let lex = lexicons();
    doc.toks[r]
        .iter()
        .all(|t| t.is_word() && t.capital && !lex.sources.has(t) && !lex.titles.has(t))
}

/// Lower-case words that may describe an unnamed English source.
const SOURCE_MODIFIERS: &[&str] = &[
    "senior",
    "top",
    "former",
    "local",
    "military",
    "government",
    "security",
    "foreign",
    "western",
    "regional",
    "diplomatic",
    "humanitarian",
    "u.n.",
];

/// "COGAT, the body that oversees …, said", "An Israeli official, speaking
/// on condition of anonymity, said": the sentence's head before its first
/// comma, when it is a name in capitals or an unnamed source ("Israeli
/// official"), its article left out.
fn sentence_head(doc: &Doc, start: usize, v: usize) -> Option<Range<usize>> {
    let comma = (start..v).find(|&k| doc.toks[k].is_punct(','))?;
    let article = matches!(doc.toks[start].norm.as_str(), "the" | "a" | "an");
    let from = start + usize::from(article);
    if comma <= from || comma - from > 5 {
        return None;
    }
    let lex = lexicons();
    let fits = |t: &crate::text::Token| {
        t.norm == "+"
            || t.is_word()
                && t.norm.is_ascii()
                && (t.capital || lex.sources.has(t) || SOURCE_MODIFIERS.contains(&t.norm.as_str()))
    };
    let preposition = matches!(
        doc.toks[from].norm.as_str(),
        "in" | "on"
            | "at"
            | "for"
            | "after"
            | "before"
            | "during"
            | "meanwhile"
            | "earlier"
            | "later"
    );
    let all = doc.toks[from..comma].iter().all(fits);
    let named = doc.toks[from..comma]
        .iter()
        .any(|t| t.capital || lex.sources.has(t));
    (all && named && !preposition).then_some(from..comma)
}

/// Verbs of expressing that a participle of saying often follows, sharing
/// their subject ("رحب الرئيس بالضيف، مؤكدا أن", "أعرب المبعوث عن تقديره،
/// مبينا أن"); not those that are also common nouns or prepositions (عبر
/// via, ثمن price, طالب student).
const EXPRESSING: &[&str] = &[
    "رحب",
    "رحبت",
    "اعرب",
    "اعربت",
    "اشاد",
    "اشادت",
    "جدد",
    "جددت",
    "دعا",
    "دعت",
    "ابدي",
    "ابدت",
    "حث",
    "حثت",
];

/// Whether `t` is a finite verb of saying or expressing (not a participle).
fn finite_saying(t: &crate::text::Token) -> bool {
    let bare = ['و', 'ف']
        .iter()
        .find_map(|&p| t.norm.strip_prefix(p))
        .unwrap_or(&t.norm);
    !t.norm.is_ascii() && (EXPRESSING.contains(&bare) || is_speech_verb(t) && !is_participle(t))
}

/// The subject a participle of saying shares: that of the nearest verb of
/// saying or expressing before it in its sentence, after it (VSO: "أكد
/// الرئيس أهمية …، ودعا …، لافتا إلى أن") or before it inside a reported
/// clause ("صرح المتحدث بأن الرئيس رحب بالضيف، مؤكدا أن": the president
/// stresses, not the spokesman). A verb with no subject of its own is
/// coordinated with an earlier one, so the search goes on.
fn participle_subject(doc: &Doc, people: &People, start: usize, v: usize) -> Option<Who> {
    let from = start.max(v.saturating_sub(MAX_BACK));
    let mut quoted = false;
    for j in (from..v).rev() {
        // the verbs inside a quotation are the quoted words, not the narration
        let mark = matches!(doc.toks[j].norm.as_str(), "\"" | "«" | "»" | "“" | "”");
        quoted ^= mark;
        if quoted || !finite_saying(&doc.toks[j]) {
            continue;
        }
        // an imperfect verb inside a reported clause follows its subject ("أضاف
        // الوزير أن المغرب يعتبر أمريكا اللاتينية …، موضحا"): what comes after it
        // is its object
        let imperfect = doc.toks[j].norm.starts_with(['ي', 'ت']);
        let in_clause = doc.toks[from..j]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "ان" | "بان" | "وان"));
        if !(imperfect && in_clause) {
            let end = v.min(j + 8);
            let after = subject_after(doc, people, j + 1, end);
            if after == Some(Who::Pronoun) {
                return None; // "the same official": the speaker of the sentence goes on
            }
            let after = after.or_else(|| explicit_subject(doc, j + 1, end).map(Who::Desc));
            if after.is_some() {
                return after;
            }
        }
        // an inner subject only when it is a person or a title, not a body
        let before = subject_before(doc, people, j, from).filter(|w| match w {
            Who::Person(_) => true,
            Who::Desc(r) => people.title_at(r.start).is_some(),
            Who::Pronoun | Who::Rebuilt(_) => false,
        });
        if before.is_some() {
            return before;
        }
    }
    None
}

/// The first body or source of a sentence before token `v` ("وأعلنت الرئاسة
/// في بيان، مشيرة إلى أن …"), when no person is its subject.
fn sentence_body(doc: &Doc, people: &People, start: usize, v: usize) -> Option<Who> {
    // only a body from the sources list: a title without a name is more
    // often the object ("استقبل الوزير السفير الياباني، مؤكدا …")
    (start.max(v.saturating_sub(MAX_BACK))..v)
        .filter(|&j| lexicons().sources.has(&doc.toks[j]))
        .find_map(|j| agent_at(doc, people, j, v))
}

/// Participles of speech verbs of the plain stem (فاعل), which do not start
/// with م like those of the derived stems (مؤكدا، مشيرا).
const PLAIN_PARTICIPLES: &[&str] = &[
    "لافتا",
    "لافته",
    "لافتين",
    "ذاكرا",
    "ذاكره",
    "كاشفا",
    "كاشفه",
    "نافيا",
    "نافيه",
    "زاعما",
    "زاعمه",
];

/// Whether a speech verb is an Arabic participle (مؤكدا، مشيرا، قائلا، لافتا).
fn is_participle(t: &crate::text::Token) -> bool {
    let bare = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    !t.norm.is_ascii()
        && (t.stems().any(|s| s.starts_with('م'))
            || t.norm.starts_with("قايل")
            || PLAIN_PARTICIPLES.contains(&bare))
}

/// The first agent of a sentence before token `v` (the subject of its main verb).
/// "وأطلع سيادته المبعوث على …، مؤكدا أن": an honorific pronoun right after
/// the verb opening the sentence is its subject, the person it was said of
/// or else the subject of the sentence before, not the object after it.
fn honorific_opening(doc: &Doc, people: &People, start: usize, v: usize) -> Option<Who> {
    let j = (start..v.min(start + 3)).find(|&j| is_honorific_pronoun(&doc.toks[j].norm))?;
    agent_at(doc, people, j, v)
        .filter(|w| matches!(w, Who::Person(_)))
        .or_else(|| sentence_subject_before(doc, people, start))
}

fn sentence_subject(doc: &Doc, people: &People, start: usize, v: usize) -> Option<Who> {
    (start.max(v.saturating_sub(MAX_BACK))..v)
        .find_map(|j| agent_at(doc, people, j, v).filter(|w| matches!(w, Who::Person(_))))
}

fn quote_speaker(
    doc: &Doc,
    people: &People,
    q: Range<usize>,
    last: &Option<(Who, usize)>,
) -> Option<Who> {
    let lex = lexicons();
    let s = doc
        .sentence_of(q.start.saturating_sub(1))
        .or_else(|| doc.sentence_of(q.start))?;
    let start = s.toks.start.min(q.start);
    // a speech verb (or an attribution) before the quotation in its sentence
    for v in (start.max(q.start.saturating_sub(MAX_BACK))..q.start).rev() {
        let t = &doc.toks[v];
        let bayyana = matches!(t.norm.as_str(), "بين" | "وبين")
            && doc
                .toks
                .get(v + 1)
                .is_some_and(|n| is_complementizer(&n.norm));
        let came_in = stated_in(doc, v);
        // "ونشر مكتب الاتصالات … أن … «…»": the publisher's words
        let published = publishing(t)
            && doc.toks[v + 1..q.start]
                .iter()
                .any(|t| is_complementizer(&t.norm));
        if lex.speech_verbs.has(t)
            || published
            || bayyana
            || came_in
            || matches!(
                t.norm.as_str(),
                "وفق" | "ووفق" | "وفقا" | "ووفقا" | "بحسب" | "وبحسب" | "حسب" | "according"
            )
        {
            let before = if t.norm.is_ascii() {
                subject_before(doc, people, v, start)
            } else {
                None
            };
            let from = if came_in {
                v + 2
            } else {
                what_said(doc, v + 1)
            };
            let who = before
                .or_else(|| publisher(doc, people, v, start))
                .or_else(|| subject_after(doc, people, from, q.start))
                .or_else(|| subject_before(doc, people, v, start));
            let last_who = last.as_ref().map(|(w, _)| w);
            if let Some(w) = resolve_pronoun(who, last_who, people, v) {
                return Some(w);
            }
            if is_participle(t) {
                return sentence_subject(doc, people, start, v).or_else(|| last_who.cloned());
            }
            return last_who
                .cloned()
                .or_else(|| sentence_subject(doc, people, start, v))
                .or_else(|| previous_subject(doc, people, v))
                .or_else(|| last_person_before(people, v).map(Who::Person));
        }
    }
    // "…," he said / said Lavrov / قال الوزير after the quotation, in its paragraph
    let close = closing_mark(doc, q.end);
    let after = close + 1;
    let new_paragraph = doc.toks.get(after).is_some_and(|t| {
        let mark_end = doc.toks.get(close).map_or(t.start, |m| m.end);
        doc.text[mark_end.min(t.start)..t.start].contains('\n')
    });
    let end = if new_paragraph {
        after
    } else {
        doc.sentence_of(after)
            .map_or(after, |s| s.toks.end.min(after + 8))
    };
    for v in after..end {
        let t = &doc.toks[v];
        let according = matches!(
            t.norm.as_str(),
            "وفق" | "حسب" | "بحسب" | "وفقا" | "according"
        );
        if according {
            // "according to the ministry": the body after "to"
            let from = if doc.toks.get(v + 1).is_some_and(|t| t.norm == "to") {
                v + 2
            } else {
                v + 1
            };
            let from = issuer_after_statement(doc, from);
            let who = subject_after(doc, people, from, end.max(v + 9).min(doc.toks.len()));
            if who.is_some() {
                return who;
            }
        }
        if lex.speech_verbs.has(t) {
            if v > 0 && is_pronoun(&doc.toks[v - 1].norm) {
                return newer_subject(doc, people, s.toks.start, last)
                    .or_else(|| last.as_ref().map(|(w, _)| w.clone()))
                    .or_else(|| last_person_before(people, v).map(Who::Person));
            }
            // "…," the army spokesman, Jane Roe, said: the name before the comma
            let apposed = (v > after && doc.toks[v - 1].is_punct(','))
                .then(|| subject_before(doc, people, v - 1, after))
                .flatten()
                .filter(is_person);
            return apposed
                .or_else(|| subject_before(doc, people, v, after))
                .or_else(|| subject_after(doc, people, v + 1, end))
                .or_else(|| capitalised_name(doc, v + 1).map(Who::Desc));
        }
    }
    let opens_sentence = q.start <= s.toks.start + 1;
    if opens_sentence {
        // "For his part, X highlighted …. “…”": the one who just acted speaks
        return sentence_subject_before(doc, people, s.toks.start)
            .or_else(|| last.as_ref().map(|(w, _)| w.clone()));
    }
    // "وفي تصريح له: «…»": speech introduced by a noun goes on with the speaker
    let before_mark = doc.toks.get(q.start.wrapping_sub(2));
    // "جدد الوزير دعمه للخطة باعتبارها «…»" (as being): the subject's own words
    let as_being = |t: &crate::text::Token| {
        ["باعتبار", "بوصف"].iter().any(|w| {
            t.norm
                .strip_prefix(w)
                .is_some_and(|p| ["ه", "ها", "هم", "هما"].contains(&p))
        })
    };
    if before_mark.is_some_and(|t| is_complementizer(&t.norm) || as_being(t)) {
        // "وصف الرئيس القمة بأنها «…»": the subject of the sentence
        if let Some(w) = sentence_subject(doc, people, start, q.start) {
            return Some(w);
        }
    }
    if let Some(w) = demanded(doc, people, start, q.start) {
        return Some(w);
    }
    let colon = before_mark.is_some_and(|t| t.is_punct(':'));
    if colon {
        // "The statement read: «…»": the document the sentence names
        let document = (start..q.start)
            .find(|&k| STATEMENT_NOUNS.contains(&doc.toks[k].norm.as_str()))
            .and_then(|k| subject_before(doc, people, k + 1, start));
        return sentence_subject(doc, people, start, q.start)
            .or(document)
            .or_else(|| last.as_ref().map(|(w, _)| w.clone()))
            .or_else(|| previous_subject(doc, people, q.start));
    }
    None
}

/// "according to a statement from the presidency": where the issuer
/// starts after an English statement noun at `k` and "from"/"by"/"of"
/// (else `k`).
fn issuer_after_statement(doc: &Doc, k: usize) -> usize {
    let word = |i: usize| doc.toks.get(i).map_or("", |t| t.norm.as_str());
    let n = k + usize::from(matches!(word(k), "a" | "the"));
    let issued = STATEMENT_NOUNS.contains(&word(n)) && matches!(word(n + 1), "from" | "by" | "of");
    if issued {
        n + 2
    } else {
        k
    }
}

/// Most tokens a quotation left open at a paragraph's end runs on for.
const OPEN_QUOTE_RUN: usize = 300;

/// The closing mark of the quotation whose words end before token `end`:
/// that token, or for a quotation left open at the end of its paragraph
/// (a quote of several paragraphs) the first closing mark after it, when
/// no other quotation opens before it.
fn closing_mark(doc: &Doc, end: usize) -> usize {
    let closer = |t: &crate::text::Token| matches!(t.norm.as_str(), "»" | "”" | "\"");
    if doc.toks.get(end).is_none_or(closer) {
        return end;
    }
    // a straight mark may open the next quotation as well as close this one
    (end..doc.toks.len().min(end + OPEN_QUOTE_RUN))
        .take_while(|&k| !matches!(doc.toks[k].norm.as_str(), "«" | "“" | "\""))
        .find(|&k| matches!(doc.toks[k].norm.as_str(), "»" | "”"))
        .unwrap_or(end)
}

/// Verbs of calling for, urging, condemning and describing ("described
/// the talks as "…""), whose object may be the subject's own words in
/// quotation marks (without و).
const DEMANDING: &[&str] = &[
    "دعا",
    "دعت",
    "دعوا",
    "طالب",
    "طالبت",
    "طالبوا",
    "ندد",
    "نددت",
    "حث",
    "حثت",
    "ناشد",
    "ناشدت",
    "called",
    "calls",
    "urged",
    "urges",
    "demanded",
    "demands",
    "described",
    "describes",
];

/// Prepositions that bring in what is called for ("دعا إلى «…»", "طالب
/// بـ«…»", "حث على «…»", "called for").
const DEMAND_PREPOSITIONS: &[&str] = &["الي", "ب", "علي", "for", "as"];

/// Most words between a verb of calling for and the quotation it calls for.
const DEMAND_BACK: usize = 12;

/// "ودعا الرئيس فلان إلى «وقف فوري …»", "X called for "an immediate …"":
/// a quotation right after the preposition of a verb of calling for is
/// the words of that verb's subject.
fn demanded(doc: &Doc, people: &People, start: usize, q: usize) -> Option<Who> {
    let prep = doc.toks.get(q.checked_sub(2)?)?;
    if !DEMAND_PREPOSITIONS.contains(&prep.norm.as_str()) {
        return None;
    }
    let from = start.max(q.saturating_sub(DEMAND_BACK));
    let v = (from..q - 2).rev().find(|&k| {
        let t = &doc.toks[k];
        let bare = t.norm.strip_prefix('و').filter(|_| !t.norm.is_ascii());
        DEMANDING.contains(&bare.unwrap_or(&t.norm))
    })?;
    if doc.toks[v].norm.is_ascii() {
        subject_before(doc, people, v, start)
    } else {
        subject_after(doc, people, v + 1, q - 2).or_else(|| sentence_subject(doc, people, start, v))
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::super::model::Quote;

    fn speaker(q: &Quote) -> Option<&str> {
        q.speaker
            .as_ref()
            .and_then(|s| s.name.as_deref().or(s.title.as_deref()))
    }

    fn starts(text: &str) -> Vec<String> {
        extract(text)
            .statements
            .iter()
            .map(|s| {
                s.text
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn texts(qs: &[Quote]) -> Vec<String> {
        qs.iter()
            .map(|q| {
                let t = q.text.trim_start_matches(['"', '“', '«', ' ']);
                t.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    #[test]
    fn a_whole_clause_in_quotation_marks_is_a_quote_and_a_mixed_one_both() {
        let f = extract(
            "وقال وزير الخارجية خالد سالم إن \"العلاقات بين البلدين تشهد تطورا كبيرا\". وأكد الرئيس سعيد ناصر: \"نحن ملتزمون بالحوار حتى النهاية\". وأضاف سالم أن الحوار \"يسير بخطى ثابتة نحو اتفاق شامل\" رغم الصعوبات.",
        );
        assert_eq!(texts(&f.statements), ["الحوار \"يسير"]);
        assert_eq!(
            texts(&f.quotes),
            ["العلاقات بين", "نحن ملتزمون", "يسير بخطى"]
        );
        assert_eq!(speaker(&f.quotes[0]), Some("خالد سالم"));
        assert_eq!(speaker(&f.quotes[2]), Some("خالد سالم"));
        let g = extract(
            "Foreign Minister John Carter said that \"the two countries will sign a trade deal soon.\"",
        );
        assert!(g.statements.is_empty(), "{:?}", texts(&g.statements));
        assert_eq!(texts(&g.quotes), ["the two"]);
    }

    #[test]
    fn a_quotation_in_a_reported_clause_is_its_speakers() {
        let f = extract(
            "وأوضح المتحدث خالد سالم أن الرئيس سعيد ناصر أكد لضيفه يوسف كامل أن \"بلاده تدعم كل جهود السلام في المنطقة\".",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("سعيد ناصر"));
        let f = extract(
            "وقالت الوكالة الرسمية إن الوزير خالد سالم استقبل السفير يوسف كامل، مشيرة إلى أن \"الطرفين بحثا سبل تعزيز التعاون الثنائي\".",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("الوكالة الرسمية"));
        let f = extract(
            "King Hassan, who visited Paris last month, told President Samir Adel that his country's stance on the border was \"firm and will not change at all.\"",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("Hassan"));
    }

    #[test]
    fn a_verb_without_subject_goes_on_with_its_sentences_first_person() {
        let f = extract(
            "وقال الوزير خالد سالم إن الحوار مستمر. بدوره، شكر السفير يوسف كامل الوزارة على جهودها، وقال إن بلاده تدعم الخطة.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[1]), Some("يوسف كامل"));
    }

    #[test]
    fn the_head_of_government_is_the_prime_minister() {
        let f = extract(
            "استقبل رئيس مجلس الوزراء خالد سالم السفير يوسف كامل. وقال كامل إن بلاده تدعم الخطة. وكان رئيس الحكومة قد أعلن أن \"الإصلاحات ستستمر مهما كانت الضغوط\".",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("خالد سالم"));
    }

    #[test]
    fn he_after_a_quotation_is_the_subject_who_acted_since_the_last_speaker() {
        let f = extract(
            "Foreign Minister John Carter said the talks were useful. Defence Minister Paul Green criticised the delay. \"The other side has failed to respond to our proposals,\" he told reporters.",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("Paul Green"));
    }

    #[test]
    fn according_to_what_a_paper_reported_the_paper_is_the_source() {
        let f = extract(
            "وقال الوزير خالد سالم إن الحوار مستمر. ووفقا لما ذكرته صحيفة \"الأنباء اليومية\"، فإن \"الحكومة ستعلن خطة جديدة للإصلاح الاقتصادي\".",
        );
        assert_eq!(f.quotes.len(), 1);
        let who = speaker(&f.quotes[0]).unwrap_or_default();
        assert!(who.contains("الأنباء اليومية"), "{who}");
    }

    #[test]
    fn bayyana_with_its_subject_but_not_the_preposition() {
        let got = starts(
            "وبين الوزير خالد سالم خلال الجلسة أن الخطة جاهزة. وبين الجارتين خلافات قديمة رغم أن الحوار مستمر.",
        );
        assert_eq!(got, ["الخطة جاهزة."]);
    }

    #[test]
    fn an_an_governed_by_a_noun_or_a_preposition_is_skipped() {
        let got = starts(
            "وأكد الرئيس ضرورة أن تلتزم الأطراف بالهدنة. وقال الوزير بعد أن التقى نظيره إن المباحثات كانت صريحة.",
        );
        assert_eq!(got, ["المباحثات كانت"]);
    }

    #[test]
    fn asides_and_feelings_are_not_statements() {
        let got = starts(
            "يذكر أن الوزير زار المدينة العام الماضي. والجدير بالذكر أن المعرض يقام سنويا. وأعرب الطرفان عن أملهما أن تنتهي الأزمة قريبا.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_title_inside_a_longer_title_is_its_holder() {
        let f = extract(
            "وقال نائب رئيس الوزراء وزير الخارجية خالد سالم إن الحوار مستمر. والتقى سالم وزير الخارجية الأردني سعيد ناصر. وأضاف وزير الخارجية أن اللجنة ستجتمع. وأوضح رئيس الوزراء أن الخطة جاهزة.",
        );
        assert_eq!(f.statements.len(), 3);
        assert_eq!(speaker(&f.statements[1]), Some("خالد سالم"));
        assert_ne!(speaker(&f.statements[2]), Some("خالد سالم"));
    }

    #[test]
    fn a_participle_shares_the_subject_of_the_verb_before_it() {
        let f = extract(
            "وصرح الناطق خالد سالم بأن الرئيس سعيد ناصر أعرب عن تقديره للوفد، مؤكدا أن العلاقات متينة. وذكر سالم أن اللقاء تناول الأمن، حيث أكد الرئيس أهمية الحوار، ودعا إلى التهدئة، لافتا إلى أن الحل سياسي.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            who,
            [
                Some("خالد سالم"),
                Some("سعيد ناصر"),
                Some("خالد سالم"),
                Some("سعيد ناصر")
            ]
        );
    }

    #[test]
    fn an_impersonal_passive_has_no_speaker() {
        let f = extract(
            "وقال الوزير خالد سالم إن الوفد وصل. وأُعلن في العاصمة أن المحادثات ستستأنف غدا.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[1]), None);
    }

    #[test]
    fn a_spokesman_by_his_fuller_title_is_the_person_it_followed() {
        let f = extract(
            "استقبل الوزير سعيد ناصر الوفد. وصرح السفير خالد سالم المتحدث الرسمي باسم الوزارة بأن اللقاء ناجح. وأضاف المتحدث الرسمي أن الوفد غادر.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("خالد سالم"), Some("خالد سالم")]);
    }

    #[test]
    fn an_english_head_before_an_apposition_speaks() {
        let f = extract(
            "COGAT, the agency that handles aid, said in a statement that crossings were open. An Israeli official, speaking on condition of anonymity, said the cabinet would meet.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("COGAT"), Some("Israeli official")]);
    }

    #[test]
    fn an_attribution_in_the_next_paragraph_is_not_the_quotes() {
        let f = extract(
            "Jane Roe, the minister, spoke on Monday. \"We will not accept any delay at all.\"\n\nJohn Smith said the plan was ready.",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("Jane Roe"));
    }

    #[test]
    fn the_head_of_a_countrys_diplomacy_is_its_minister() {
        let f = extract(
            "والتقى الوزير خالد سالم نظيره الإسباني خوسيه مارتينيث. وقال رئيس الدبلوماسية الإسبانية إن مدريد تدعم الخطة.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("خوسيه مارتينيث"));
    }

    #[test]
    fn english_clauses_after_a_quantifier_a_mass_noun_or_an_irregular_past() {
        let got = starts(
            "He said several producers were struggling. The agency said aid deliveries had slowed. Jane Roe said India saw the deal as fair.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn he_after_an_unnamed_official_is_that_official() {
        let f = extract(
            "Jane Roe met the envoy on Monday. A senior official, who asked not to be named, told Reuters that talks were close. He said the text was ready.",
        );
        assert_eq!(speaker(&f.statements[1]), Some("senior official"));
    }

    #[test]
    fn a_minister_of_a_nationality_is_the_counterpart_of_it() {
        let f = extract(
            "التقى وزير الخارجية المصري خالد سالم نظيره الأردني سعيد ناصر. وقال وزير الخارجية الأردني إن المحادثات مثمرة.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("سعيد ناصر"));
    }

    #[test]
    fn a_far_clause_opening_with_a_construct_and_a_denial_before_a_verb() {
        let got = starts(
            "وأوضح رئيس الهيئة خالد سالم خلال الورشة التي نظمتها الهيئة بالتعاون مع الغرفة بحضور عدد كبير من رجال الأعمال والمستثمرين والخبراء من مختلف دول المنطقة والعالم أن حجم الاستثمارات بلغ مليار دولار. ونفى المتحدث أن تكون القوات قد انسحبت.",
        );
        assert_eq!(got, ["حجم الاستثمارات", "تكون القوات"]);
    }

    #[test]
    fn the_ambassador_of_a_country_is_the_one_introduced_with_it() {
        let f = extract(
            "استقبل الوزير خالد سالم السفير السوداني في بغداد سعيد ناصر. من جانبه، أكد سفير السودان أن التعاون يتطور.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("سعيد ناصر"));
    }

    #[test]
    fn a_name_in_capitals_after_said_speaks_the_quote() {
        let f = extract(
            "Prices rose on Tuesday. \"The market was waiting for a reason,\" said Zorya Quillfeather, an analyst in Oslo.",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("Zorya Quillfeather"));
    }

    #[test]
    fn a_participle_after_a_quotation_is_not_the_quotations_verb() {
        let f = extract(
            "استقبل الوزير خالد سالم نظيره سعيد ناصر. من جهته، قال ناصر إن \"الأردن يؤكد المملكة شريكا لا غنى عنه\"، مبرزا أن بلاده تدعم الخطة.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("سعيد ناصر"));
    }

    #[test]
    fn his_counterpart_is_not_a_woman() {
        let f = extract(
            "التقى الوزير خالد سالم نظيره المالي سعيد ناصر. وأكد ناصر أن البلدين شريكان، ولفت إلى أن التجارة تنمو.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[1]), Some("سعيد ناصر"));
    }

    #[test]
    fn a_participle_after_a_body_belongs_to_the_body() {
        let f = extract("وأعلنت وزارة الصحة في بيان، مشيرة إلى أن الإصابات تراجعت هذا الأسبوع.");
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("وزارة الصحة"));
    }

    #[test]
    fn a_participle_goes_on_with_the_speaker_of_its_sentence() {
        let f = extract(
            "التقى رئيس الوزراء سعيد جابر السفير خالد ناصر، وقال ناصر إن الزيارة مهمة، مشيرا إلى أن التعاون يتعزز.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[1]), Some("خالد ناصر"));
    }

    #[test]
    fn spokeswomen_and_analysts_are_speakers() {
        let f = extract("وقالت الناطقة باسم الوزارة إن القرار نهائي. ويقول محللون إن الأزمة طويلة.");
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("الناطقة باسم الوزارة"), Some("محللون")]);
    }

    #[test]
    fn english_appositions_and_he_after_a_body() {
        let f = extract(
            "Officials said that talks would resume. The spokesman for the ministry, John Smith, said that the meeting was long. Analysts say the deal is fragile. He added that a vote was due. A senior official told Reuters that the deal was close.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who[1], Some("John Smith"));
        assert_eq!(who[3], Some("John Smith"));
        let last = f.statements.last().map(|s| s.text.as_str());
        assert!(
            last.is_some_and(|t| t.starts_with("the deal was")),
            "{last:?}"
        );
    }

    #[test]
    fn a_long_parenthesis_closed_by_a_comma_keeps_its_clause() {
        let got = starts(
            "وأكد وزير الخارجية خالد سالم، خلال مؤتمر صحفي مشترك عقده مع نظيره الفرنسي في العاصمة بعد ظهر اليوم الثلاثاء في ختام جولة طويلة من المباحثات الرسمية والمشاورات الثنائية، أن المفاوضات مستمرة.",
        );
        assert_eq!(got, ["المفاوضات مستمرة."]);
    }

    #[test]
    fn councils_embassies_and_seats_of_power_are_speakers() {
        let f = extract(
            "وقال البيت الأبيض إن الرئيس يدعم الوساطة. وذكرت السفارة الأمريكية أن الرعايا بأمان. وأعلن مجلس الأمن أن جلسة طارئة ستعقد.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            who,
            [
                Some("البيت الأبيض"),
                Some("السفارة الأمريكية"),
                Some("مجلس الأمن")
            ]
        );
    }

    #[test]
    fn an_implied_subject_far_from_its_speaker_is_still_the_speaker() {
        let f = extract(
            "وقال الوزير خالد سالم إن الزيارة مهمة. وتستمر الزيارة يومين. ويتضمن البرنامج جولات عدة. وتشمل الجولات مدنا كثيرة. وأشار إلى أن الحكومة تدعم المشروع.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[1]), Some("خالد سالم"));
    }

    #[test]
    fn a_title_with_an_honorific_is_its_holder_not_a_foreign_namesake() {
        let f = extract(
            "استقبل وزير الخارجية الأمير خالد بن سعد نظيره الفرنسي جان نويل بارو. وقال معالي وزير الخارجية إن الحوار مستمر.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("خالد بن سعد"));
    }

    #[test]
    fn a_body_before_kana_and_qad_is_the_speaker() {
        let f = extract(
            "وقال الوزير خالد سالم إن الحوار مستمر. وكانت وزارة الخارجية قد أكدت في بيان أن الحدود آمنة.",
        );
        assert_eq!(speaker(&f.statements[1]), Some("وزارة الخارجية"));
    }

    #[test]
    fn english_who_clause_after_a_name_with_al() {
        let f = extract(
            "Officials said that talks would resume. The envoy then met Mahmoud al-Rashidi, who stressed that the border was safe.",
        );
        let who = f.statements.get(1).and_then(speaker).unwrap_or_default();
        assert!(who.contains("al-Rashidi"), "{who}");
    }

    #[test]
    fn maghreb_verbs_count_only_with_their_subject_or_clause() {
        let got = starts(
            "وأبرز الوزير خالد سالم أن الخطة جاهزة. وأبرز المعرض لوحات تظهر أن الفن حي. وسجل أن النمو قوي.",
        );
        assert_eq!(got, ["الخطة جاهزة.", "النمو قوي."]);
    }

    #[test]
    fn however_and_since_are_not_complementizers_of_the_verb() {
        let got = starts(
            "وأكد الوزير أهمية الحوار، إلا أن الظروف صعبة. وأشار الرئيس إلى التحديات، غير أن الحلول ممكنة.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn plural_feminine_and_present_forms_of_speech_verbs() {
        let got = starts(
            "وأردفت الوزيرة أن الخطة جاهزة. واعترفوا بأن الخطأ وقع. وتنوه الوزارة إلى أن الموسم بدأ. ونبهت إلى أن الطقس سيئ.",
        );
        assert_eq!(got.len(), 4, "{got:?}");
    }

    #[test]
    fn banks_funds_monitors_and_witnesses_are_speakers() {
        let f = extract(
            "وقال البنك المركزي إن التضخم تراجع. وأفاد المرصد السوري بأن القصف توقف. وقال شهود عيان إن الحريق انطفأ. وقال متظاهرون إن مطالبهم مشروعة.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            who,
            [
                Some("البنك المركزي"),
                Some("المرصد السوري"),
                Some("شهود عيان"),
                Some("متظاهرون")
            ]
        );
    }

    #[test]
    fn the_minister_with_a_nationality_is_the_named_one() {
        let f = extract(
            "التقى وزير الخارجية سالم خالد نظيره التركي محمد كمال. وقال الوزير التركي إن الحوار مفيد.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("محمد كمال"));
    }

    #[test]
    fn an_envoy_title_goes_on_with_where_he_is_sent() {
        let f = extract(
            "وصل المبعوث الأممي إلى ليبيا خالد سالم إلى طرابلس. وقال المبعوث الأممي إن الحوار سيستأنف.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("خالد سالم"));
    }

    #[test]
    fn english_clauses_without_that_after_an_addressee_or_a_day() {
        let got = starts(
            "The envoy told reporters Moscow would respond soon. The minister said Monday the border will reopen. The spokesman said negotiations were at a critical stage. The agency said the convoy needed fuel urgently. The minister noted the progress achieved so far.",
        );
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            got[0].contains("Moscow") || got[0].starts_with("reporters"),
            "{got:?}"
        );
    }

    #[test]
    fn a_long_subject_without_a_comma_keeps_a_nominal_clause() {
        let got = starts(
            "وأكد وزير الخارجية الأمير خالد بن سعد خلال استقباله في مقر الوزارة بالعاصمة اليوم وزير خارجية جمهورية البرتغال والوفد المرافق له في زيارة رسمية تستغرق يومين أن المملكة حريصة على التعاون. وأكد الوزير دعم بلاده للجهود الرامية إلى تحقيق السلام في المنطقة والعمل مع الشركاء الدوليين في كل المحافل من أجل أن يعم الاستقرار.",
        );
        assert_eq!(got, ["المملكة حريصة"]);
    }

    #[test]
    fn qawluhu_belongs_to_the_one_after_an() {
        let f = extract(
            "التقى الرئيس خالد سالم الوفد. ونقلت وكالة الأنباء عن مسؤول حكومي قوله إن الزيارة ناجحة.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("مسؤول حكومي"));
    }

    #[test]
    fn the_one_told_is_not_the_speaker() {
        let f = extract("وأكد لي مصدر مطلع أن الاتفاق جاهز. وأبلغهم الوزير أن الخطة تغيرت.");
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("مصدر مطلع"), Some("الوزير")]);
    }

    #[test]
    fn an_english_clause_after_the_occasion() {
        let got = starts("The minister said in a statement the deal was fair.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_body_named_in_quotation_marks_before_the_complementizer() {
        let f = extract("وقالت \"الهيئة العامة للاستعلامات المصرية\" إن الزيارة ناجحة.");
        assert!(f.quotes.is_empty());
        assert_eq!(f.statements.len(), 1);
        assert_eq!(
            speaker(&f.statements[0]),
            Some("الهيئة العامة للاستعلامات المصرية")
        );
    }

    #[test]
    fn with_no_speaker_yet_the_host_goes_on_speaking() {
        let f = extract(
            "استقبل الرئيس خالد سالم العمري وزير الخارجية الفرنسي جان دوبون في القصر. وأكد أن فرنسا شريك أساسي.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("خالد سالم العمري"));
    }

    #[test]
    fn english_name_then_a_verb_opens_a_clause() {
        let got = starts(
            "The envoy said Madrid supported the plan. The envoy said Iran wants guarantees.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn an_english_lower_case_title_is_the_one_holding_it() {
        let f = extract(
            "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro on Friday. The Venezuelan president said the border would reopen. Peru's foreign minister said that talks were useful.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("Nicolas Maduro"));
        let second = f.statements[1].speaker.as_ref();
        assert!(second.is_some_and(|p| p.title.is_some() || p.name.is_some()));
    }

    #[test]
    fn an_of_a_subjunctive_or_of_especially_is_not_speech() {
        let got = starts(
            "وأشار الوزير إلى الاتفاق الذي ينص على أن تنسحب القوات خلال شهر. وأكد الرئيس حرص بلاده على أن يبقى التعاون قويا. وأعلن الجيش حالة التأهب، لا سيما أن التهديدات متزايدة. وأكد الوزير دعم بلاده للجهود، خاصة أن المرحلة حساسة. وقال الوزير إن يوسف سالم سيتولى الملف.",
        );
        assert_eq!(got, ["يوسف سالم"]);
    }

    #[test]
    fn an_unlisted_definite_subject_speaks_not_the_speaker_before() {
        let f = extract(
            "وقال الوزير خالد سالم إن الخطة جاهزة. وأكد المشاركون أن المؤتمر كان ناجحا. وقال الثلاثاء إن الحوار مستمر.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        // a day is no subject: the last speaker goes on
        assert_eq!(
            who,
            [Some("خالد سالم"), Some("المشاركون"), Some("المشاركون")]
        );
    }

    #[test]
    fn a_quote_according_to_the_ministry() {
        let f = extract(
            "The envoy Jane Roe met the mayor. \"The humanitarian situation is unbearable,\" according to the ministry.",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("ministry"));
    }

    #[test]
    fn a_statement_of_a_headline_ministry_is_its_full_name() {
        let f = extract(
            "بيان الوزارة\nوقالت وزارة الخارجية العمانية في بيان: «السلطنة ترفض أي تصعيد في المنطقة». وأضاف البيان: «ندعو الأطراف كافة إلى ضبط النفس».",
        );
        assert_eq!(speaker(&f.quotes[1]), Some("وزارة الخارجية العمانية"));
    }

    #[test]
    fn whereas_and_although_are_not_complementizers_of_the_verb() {
        let got = starts(
            "وسجلت الوزارة خمسين إصابة جديدة، في حين أن الوفيات تراجعت. وأعلن الوزير الخطة مع أن الموازنة محدودة.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_implied_subject_agrees_in_gender_with_its_verb() {
        let f = extract(
            "التقت وزيرة الخارجية سارة خالد السفير سامي ناصر في مقر الوزارة. وقال ناصر إن العلاقات جيدة. وقالت إن التعاون مستمر. وأضاف أن بلاده تدعم المبادرة.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            who,
            [Some("سامي ناصر"), Some("سارة خالد"), Some("سامي ناصر")]
        );
    }

    #[test]
    fn bil_qawl_carries_the_subject_of_the_verb_before_it() {
        let f = extract(
            "وقال الوزير خالد سالم إن الخطة جاهزة. وتابع المشاركون بالقول إن المؤتمر ناجح.",
        );
        assert_eq!(speaker(&f.statements[1]), Some("المشاركون"));
    }

    #[test]
    fn a_quotation_after_a_colon_left_open_ends_with_its_paragraph() {
        let f = extract(
            "وقال الوزير خالد سالم: «الحوار هو الطريق الوحيد لحل الأزمة\nوتناول اللقاء ملفات التعاون. وأضاف: «نحن مستعدون لكل الاحتمالات في المرحلة المقبلة",
        );
        let texts: Vec<_> = f.quotes.iter().map(|q| q.text.trim()).collect();
        assert_eq!(
            texts,
            [
                "الحوار هو الطريق الوحيد لحل الأزمة",
                "نحن مستعدون لكل الاحتمالات في المرحلة المقبلة"
            ]
        );
    }

    #[test]
    fn single_guillemets_mark_a_quotation() {
        let f = extract("قال الوزير خالد سالم: ‹الحوار هو الطريق الوحيد لحل الأزمة›.");
        assert_eq!(f.quotes.len(), 1);
    }

    #[test]
    fn a_quotation_after_a_noun_of_speech_and_a_colon_is_the_one_before() {
        let f = extract(
            "التقى الوزير خالد سالم السفير في مكتبه.\nوفي تصريح له عقب اللقاء: «العلاقات بين البلدين في أفضل حالاتها».",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("خالد سالم"));
    }

    #[test]
    fn a_verb_with_no_speaker_yet_is_the_subject_before() {
        let f = extract(
            "تحدثت الوزيرة سارة خالد عن خطط الوزارة في المؤتمر.\nوأضافت: «طلابنا هم ثروتنا الحقيقية في المستقبل».",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("سارة خالد"));
    }

    #[test]
    fn mixed_marks_and_a_quotation_after_a_definite_noun() {
        let f = extract(
            "وقال الوزير خالد سالم إن \"الحكومة ستواصل دعم المشاريع الصغيرة”. وأكد أن المشروع «سيغير وجه المدينة خلال سنوات». وأطلق مشروع «مدينة المستقبل الخضراء الذكية» أمس.",
        );
        let texts: Vec<_> = f.quotes.iter().map(|q| q.text.trim()).collect();
        assert_eq!(
            texts,
            [
                "الحكومة ستواصل دعم المشاريع الصغيرة",
                "سيغير وجه المدينة خلال سنوات"
            ]
        );
    }

    #[test]
    fn a_quotation_left_open_counts_only_where_speech_introduces_it() {
        let f = extract(
            "وقال الوزير خالد سالم \"الحوار هو الطريق الوحيد لحل الأزمة\nوتناول اللقاء ملفات \"التعاون الاقتصادي بين البلدين الجارين\nThe talks went on. \"We have made the bold decision to admit",
        );
        let texts: Vec<_> = f.quotes.iter().map(|q| q.text.trim()).collect();
        assert_eq!(
            texts,
            [
                "الحوار هو الطريق الوحيد لحل الأزمة",
                "We have made the bold decision to admit"
            ]
        );
    }

    #[test]
    fn a_quotation_opening_a_sentence_is_the_subject_just_before() {
        let f = extract(
            "President John Smith met the envoy Jane Roe in the capital. \"Our talks were frank and useful,\" Smith said. For her part, Jane Roe praised the visit. \"Our two nations share a long history together.\"",
        );
        assert_eq!(speaker(&f.quotes[1]), Some("Jane Roe"));
    }

    #[test]
    fn a_channel_named_in_quotation_marks_lies_between_verb_and_clause() {
        let got = starts(
            "وأضاف الوزير خالد سالم في حواره مع المذيع ببرنامج \"صباح الخير يا عرب\" مساء الثلاثاء أن الحكومة ستخفض الضرائب.",
        );
        assert_eq!(got, ["الحكومة ستخفض"]);
    }

    #[test]
    fn quotation_marks_do_not_take_the_clause_away_from_its_verb() {
        let got = starts(
            "وأوضح الوزير خالد سالم في لقاءات مع \"العربية\" و\"الحدث\" و\"الشرق\" و\"الغد\" و\"المشهد\" مساء الثلاثاء الماضي أن ولي العهد سيزور البلاد.",
        );
        assert_eq!(got, ["ولي العهد"]);
    }

    #[test]
    fn a_quotation_cut_short_by_the_end_of_the_page_counts() {
        let f = extract(
            "وأوضح البيان أن القمة ستبحث في محاور عدة حول «مناقشة أهم محاور الشراكة الاقتصادية التي صارت تتفرد",
        );
        assert_eq!(f.quotes.len(), 1);
    }

    #[test]
    fn a_quotation_after_bi_annaha_is_the_subject_of_its_sentence() {
        let f =
            extract("ووصف الوزير خالد سالم الزيارة بأنها «محطة مهمة في مسار العلاقات بين البلدين».");
        assert_eq!(speaker(&f.quotes[0]), Some("خالد سالم"));
    }

    #[test]
    fn a_participle_skips_an_inner_imperfect_verbs_object() {
        let f = extract(
            "وأضاف وزير الخارجية سامي نادر أن المغرب يعتبر أمريكا اللاتينية شريكا واعدا، موضحا أن المملكة تعتزم فتح خط بحري.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert!(who.iter().all(|w| *w == Some("سامي نادر")), "{who:?}");
    }

    #[test]
    fn an_unnamed_speaker_is_given_by_the_shortest_description() {
        let f = extract(
            "استقبل وزير التجارة خالد سالم سفير كندا لدى المملكة. وبحث سالم خلال استقباله السفير الكندي سبل التعاون. من جانبه، أعرب السفير عن شكره، مؤكدا أن بلاده تدعم المشاريع المشتركة. وأشار السفير الكندي إلى أن الشركات الكندية مهتمة بالسوق.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[0]), Some("سفير كندا"));
        assert_eq!(speaker(&f.statements[1]), Some("سفير كندا"));
    }

    #[test]
    fn a_plural_subject_with_a_past_verb_opens_a_clause_without_that() {
        let f = extract(
            "The council said in a statement the delegates reviewed the budget for next year. The envoy warned the crisis needed urgent attention.",
        );
        assert_eq!(starts("The council said in a statement the delegates reviewed the budget for next year. The envoy warned the crisis needed urgent attention.").len(), 2);
        assert!(f.statements[0].text.contains("the delegates reviewed"));
        assert!(f.statements[1].text.starts_with("the crisis needed"));
    }

    #[test]
    fn a_definite_name_with_its_verb_opens_a_clause_without_that() {
        let f = extract(
            "Halvorsen said the UN regretted the delay. He said the council saw the plan as a way out. The governor rejected the claim, telling reporters the vote was fair.",
        );
        let t: Vec<&str> = f.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[0].starts_with("the UN regretted"));
        assert!(t[1].starts_with("the council saw"));
        assert!(t[2].contains("the vote was fair"));
        // "he" after a name the people list missed is that name
        assert_eq!(speaker(&f.statements[1]), Some("Halvorsen"));
    }

    #[test]
    fn a_group_of_speakers_is_not_the_last_one() {
        let f = extract(
            "Foreign Minister Jane Roe met her counterpart John Doe in Oslo. Roe said the talks were useful. The two ministers said they would meet again in June.",
        );
        assert_eq!(f.statements.len(), 2);
        assert_eq!(speaker(&f.statements[1]), Some("two ministers"));
    }

    #[test]
    fn a_verbal_noun_between_the_verb_and_its_clause_does_not_end_it() {
        let f = extract(
            "وأشار مصدر أمني، فضل عدم الكشف عن هويته، إلى أن القوات أحكمت سيطرتها على المعبر.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("مصدر أمني"));
    }

    #[test]
    fn media_and_a_member_of_a_body_are_unnamed_speakers() {
        let f = extract(
            "وذكرت وسائل إعلام رسمية أن الحكومة ستستقيل. وزعم نائب في البرلمان أن الصفقة مخالفة للقانون.",
        );
        let s: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(s, [Some("وسائل إعلام رسمية"), Some("نائب في البرلمان")]);
    }

    #[test]
    fn english_times_after_the_verb_are_skipped_before_a_clause() {
        let f = extract(
            "Minister Jane Roe said late on Monday the talks were at a critical stage. Roe said last week the border would stay open. She says the region cannot afford another war.",
        );
        let t: Vec<&str> = f.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[0].contains("the talks were"));
        assert!(t[1].contains("the border would"));
        assert!(t[2].contains("the region cannot"));
    }

    #[test]
    fn the_statement_and_the_premier_are_who_they_stand_for() {
        let f = extract(
            "Prime Minister John Doe met Foreign Minister Jane Roe in Oslo. In a statement, the Norwegian foreign ministry said it welcomed the visit. The statement said the two ministers discussed trade. The premier argued the alliance must do more.",
        );
        let s: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            s,
            [
                Some("Norwegian foreign ministry"),
                Some("Norwegian foreign ministry"),
                Some("John Doe")
            ]
        );
    }

    #[test]
    fn an_unnamed_diplomat_in_apposition_is_the_speaker() {
        let f = extract(
            "Foreign Minister Jane Roe visited Oslo. A Danish diplomat, who asked not to be named, told Reuters the visit had been planned for weeks.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("Danish diplomat"));
    }

    #[test]
    fn a_quote_stated_in_a_document_is_its_issuers() {
        let f = extract(
            "وأصدرت وزارة الصحة الأردنية بيانا حول الحملة. وجاء في البيان أن «الحملة تستهدف مليون طفل في كل المحافظات».",
        );
        let who: Vec<_> = f.quotes.iter().map(speaker).collect();
        assert_eq!(who, [Some("وزارة الصحة الأردنية")]);
    }

    #[test]
    fn what_is_said_in_a_post_is_its_publishers() {
        let f = extract(
            "وصل الرئيس خالد سالم إلى المطار، ونشر الوزير سعيد ناصر على حسابه صورة قال فيها إن الزيارة تاريخية. وأجل الرئيس يوسف كامل رحلته ونشر مكتبه بيانا قال فيه إن الموعد سيحدد لاحقا.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("سعيد ناصر"), Some("مكتب يوسف كامل")]);
    }

    #[test]
    fn an_ambassador_by_her_nationality_is_the_one_whose_title_names_the_country() {
        let f = extract(
            "تسلم الرئيس خالد سالم أوراق اعتماد سفيرة جمهورية الفلبين ماريا سانتوس وسفير جمهورية البرازيل جواو سيلفا. وأكدت السفيرة الفلبينية أن بلادها حريصة على تعزيز العلاقات.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("ماريا سانتوس")]);
    }

    #[test]
    fn a_quote_after_as_being_is_the_subjects() {
        let f = extract(
            "قدم الوزير خالد سالم اليوم في العاصمة دعما كبيرا للخطة الجديدة باعتبارها \"الطريق الأنسب لتجاوز الأزمة الحالية\" في المنطقة.",
        );
        let who: Vec<_> = f.quotes.iter().map(speaker).collect();
        assert_eq!(who, [Some("خالد سالم")]);
    }

    #[test]
    fn a_quote_in_what_a_body_published_is_the_bodys() {
        let f = extract(
            "ونشر مكتب الإعلام الخاص بالرئاسة اللبنانية، عبر حسابه الرسمي، أن الرئيسين بحثا خطوات \"إعادة الإعمار وعودة النازحين إلى قراهم\" في الجنوب.",
        );
        let who: Vec<_> = f.quotes.iter().map(speaker).collect();
        assert_eq!(who, [Some("مكتب الإعلام الخاص بالرئاسة اللبنانية")]);
    }

    #[test]
    fn a_surname_that_is_also_a_given_name_speaks_to_reporters() {
        let f = extract(
            "عنوان\n\nاستقبل وزير الخارجية الأردني سالم الدوري نظيره العراقي كمال حسين في عمان.\n\
             وقال حسين للصحفيين إن الزيارة تأتي في إطار التنسيق المستمر.\n\
             وأكد حسين لوكالة الأنباء العراقية أن العراق يريد علاقات متوازنة.",
        );
        let speakers: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(speakers, [Some("كمال حسين"), Some("كمال حسين")]);
    }

    #[test]
    fn the_minister_of_a_nationality_is_a_minister_not_its_president() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس التونسي كمال الحسن وزير الخارجية سالم الدوري الذي سلمه رسالة من الرئيس الموريتاني محمد ولد أحمد.\n\
             وقال الوزير الموريتاني إن اللقاء كان مناسبة لبحث العلاقات.",
        );
        let speakers: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(speakers, [Some("سالم الدوري")]);
    }

    #[test]
    fn an_english_surname_with_its_article_and_a_bare_royal_title() {
        let f = extract(
            "Headline\n\nEgyptian President Adel Fahmy el-Masri met Jordan's King Talal II on Monday.\n\
             \"We will not accept the displacement of anyone,\" el-Masri said.\n\
             The king warned that the escalation threatens regional stability.",
        );
        assert_eq!(
            f.quotes.iter().map(speaker).collect::<Vec<_>>(),
            [Some("Adel Fahmy el-Masri")]
        );
        assert_eq!(
            f.statements.iter().map(speaker).collect::<Vec<_>>(),
            [Some("Talal II")]
        );
    }

    #[test]
    fn a_verb_without_subject_goes_on_with_the_body_it_agrees_with() {
        let f = extract(
            "عنوان الخبر\n\nاستنكرت وزارة الداخلية المغربية الاعتداء على مركز الشرطة.\n\nوأكدت أن الجناة سيقدمون إلى العدالة.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("وزارة الداخلية المغربية"));
        let f = extract(
            "عنوان الخبر\n\nرحب المجلس الأعلى للقضاء بالقانون الجديد، وأوضح أن تطبيقه سيبدأ الشهر المقبل.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("المجلس الأعلى للقضاء"));
    }

    #[test]
    fn a_quotation_called_for_is_the_words_of_the_one_calling() {
        let f = extract(
            "عنوان الخبر\n\nوطالب الوزير سليم الورداني بـ«فتح تحقيق عاجل وشفاف في ملابسات الحادث».",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("سليم الورداني"));
        let f = extract(
            "Talks resume\n\nSenator Mary Olsen called for \"a full and independent inquiry into the crash\".",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("Mary Olsen"));
    }

    #[test]
    fn the_name_of_an_event_or_a_work_in_quotation_marks_is_no_quote() {
        let f = extract(
            "عنوان الخبر\n\nوافتتح الوزير أشغال الملتقى الدولي «التحول الرقمي في خدمة التنمية المحلية» بقسنطينة.",
        );
        assert!(f.quotes.is_empty(), "{:?}", texts(&f.quotes));
        let f = extract(
            "عنوان الخبر\n\nوشارك الكاتب في ندوة «الرواية العربية وأسئلة الهوية والذاكرة» بالرباط.",
        );
        assert!(f.quotes.is_empty(), "{:?}", texts(&f.quotes));
        let f = extract(
            "Talks resume\n\nThe minister opened the \"Green Cities and Clean Water Forum\" in Nairobi on Monday.",
        );
        assert!(f.quotes.is_empty(), "{:?}", texts(&f.quotes));
    }

    #[test]
    fn said_without_that_before_a_count_a_change_or_a_quotation() {
        assert_eq!(
            starts("Floods\n\nOfficials said at least 40 homes were destroyed by the water."),
            ["at least"]
        );
        assert_eq!(
            starts("Trade\n\nThe bureau said imports fell sharply in May."),
            ["imports fell"]
        );
        assert_eq!(
            starts("Trade\n\nGovernor Ana Ruiz said the currency recovered last week."),
            ["the currency"]
        );
        assert_eq!(
            starts("Trade\n\nRuiz said Lisbon valued its ties with the region."),
            ["Lisbon valued"]
        );
        let f = extract(
            "Talks\n\nGovernor Ana Ruiz said the province \"will never give up its water rights\".",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(f.quotes.len(), 1);
    }

    #[test]
    fn english_bodies_with_of_and_names_before_their_apposition() {
        let f = extract(
            "Talks\n\nThe League of Coastal Cooperation said that the new quotas were unfair.",
        );
        assert_eq!(
            speaker(&f.statements[0]),
            Some("League of Coastal Cooperation")
        );
        let f = extract(
            "Markets\n\nZora Melk, the chief economist at Harbor Capital, said the rate cut was premature.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("Zora Melk"));
        let f = extract(
            "Aid\n\n\"We have not seen a single truck in weeks,\" said Oran Velk of the Highland Relief Council.",
        );
        assert_eq!(speaker(&f.quotes[0]), Some("Oran Velk"));
    }

    #[test]
    fn it_said_is_the_body_of_the_sentence_before() {
        let f = extract(
            "Storm\n\nThe Coastal Weather Service issued a warning on Friday. It said that winds would reach 120 kilometres an hour.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("Coastal Weather Service"));
    }

    #[test]
    fn a_quotation_before_an_apposed_name_and_said_is_that_persons() {
        let f = extract(
            "Border\n\n\"The crossing will reopen within days,\" the police spokesman, Samuel Otieno, said on Monday.",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("Samuel Otieno"));
    }

    #[test]
    fn the_minister_of_a_nationality_is_the_counterpart_of_that_nationality() {
        let f = extract(
            "Talks\n\nForeign Minister Anna Berg held talks with her Chilean counterpart Pablo Ortega in Oslo.\n\nThe Chilean minister said that Santiago welcomed the new trade route.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("Pablo Ortega"));
    }

    #[test]
    fn words_reported_from_a_group_are_the_groups() {
        let f = extract(
            "عنوان الخبر\n\nونقلت الإذاعة المحلية عن شهود قولهم إن الأمطار تسببت في انهيار جسر القرية.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("شهود"));
    }

    #[test]
    fn another_name_of_the_office_is_its_holder() {
        let f = extract(
            "الرئيس يستقبل الوزير\n\nاستقبل الرئيس السنغالي سليمان ديوب، اليوم، وزير المالية يوسف كامل.\n\nوأكد رئيس الجمهورية أن الحكومة ستواصل دعم الفلاحين.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("سليمان ديوب"));
        let f = extract(
            "الملك يستقبل وفدا\n\nاستقبل الملك خالد سالم، اليوم، وفدا برلمانيا.\n\nوأكد العاهل المغربي أن المملكة تدعم الحوار.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("خالد سالم"));
    }

    #[test]
    fn a_quotation_after_while_another_said_is_the_other_speakers() {
        let f = extract(
            "عنوان الخبر\n\nوأكد الوزير سليم الورداني أن الموازنة متوازنة، فيما قال النائب يوسف كامل: «الأرقام المعلنة لا تعكس الواقع أبدا».",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("يوسف كامل"));
        assert!(
            !f.statements[0].text.contains("النائب"),
            "{}",
            f.statements[0].text
        );
    }

    #[test]
    fn a_quote_of_two_paragraphs_is_the_speakers_named_after_its_end() {
        let f = extract(
            "عنوان الخبر\n\n«لقد أنهينا المرحلة الأولى من بناء السد الجديد.\n\nوسنبدأ المرحلة الثانية مطلع العام المقبل»، قال وزير الري سليم الورداني.",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("سليم الورداني"));
    }

    #[test]
    fn a_quotation_according_to_a_statement_from_a_body_is_the_bodys() {
        let f = extract(
            "Ports\n\nThe harbour \"will reopen to all cargo ships next week,\" according to a statement from the ministry.",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("ministry"));
    }

    #[test]
    fn a_quotation_after_the_statement_read_is_the_statements() {
        let f = extract(
            "Ports\n\nThe statement read: \"The harbour will reopen to all cargo ships next week.\"",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("statement"));
    }

    #[test]
    fn the_head_of_diplomacy_is_the_foreign_minister_of_a_stacked_title() {
        let f = extract(
            "الوزير يستقبل السفير\n\nاستقبل وزير الدولة وزير الشؤون الخارجية الموريتاني سليم الورداني سفير كندا.\n\nوأكد رئيس الدبلوماسية الموريتانية أن البلدين شريكان.",
        );
        assert_eq!(f.statements.len(), 1);
        assert_eq!(speaker(&f.statements[0]), Some("سليم الورداني"));
    }

    #[test]
    fn a_quotation_a_subject_described_something_as_is_the_subjects() {
        let f = extract(
            "Talks\n\nGovernor Ana Ruiz described the new bridge as \"a lifeline for every village on the river\".",
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(speaker(&f.quotes[0]), Some("Ana Ruiz"));
    }

    #[test]
    fn the_title_of_a_writers_new_novel_is_no_quote() {
        let f = extract(
            "عنوان الخبر\n\nوقدم الكاتب سليم الورداني روايته الجديدة «أيام الملح والنار في الساحل» في معرض الكتاب.",
        );
        assert!(f.quotes.is_empty(), "{:?}", texts(&f.quotes));
    }

    #[test]
    fn he_after_according_to_someone_is_that_someone() {
        let f = extract(
            "Headline\n\nPresident John Kamau met Prime Minister Peter Otieno in Nairobi on Tuesday.\n\
             Kamau said Kenya was ready to expand trade.\n\
             According to Otieno, the talks focused on security along the border.\n\
             He further indicated that his country would host the next summit.",
        );
        let speakers: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(speakers, [Some("John Kamau"), Some("Peter Otieno")]);
    }

    #[test]
    fn said_inside_a_name_is_no_speech_verb() {
        let f = extract(
            "Headline\n\nAmbassador Nawaf bin Said Al-Harbi met Minister for Finance Omar Khan.",
        );
        assert!(f.statements.is_empty(), "{:?}", f.statements);
    }

    #[test]
    fn an_english_clause_without_that_after_a_long_subject_or_an_addressee() {
        let got = starts(
            "The governor said the number of families living in the camps near the river had doubled. The envoy told state radio the ceasefire would hold. The agency said the vote focused on taxes. The police said protesters blocked the main road. The minister said the importance of the agreement for the region. The envoy told the minister to resign because the budget was late. The minister said in Geneva on Monday. The envoy told reporters after the meeting ended. The firm claimed the top spot as sales rose.",
        );
        assert_eq!(
            got,
            [
                "the number",
                "state radio",
                "the vote",
                "protesters blocked"
            ]
        );
    }

    #[test]
    fn an_english_clause_after_an_insertion_an_opening_phrase_or_an_adverb() {
        let got = starts(
            "The mayor said the bridge, a 40-year-old structure linking the two towns, would be rebuilt. The minister said over the past two years, exports have grown steadily. The premier said Peru strongly backs the plan. The mayor said the bridge, the market and the school. The envoy said Egypt, Qatar and the United States would keep mediating.",
        );
        assert_eq!(
            got,
            ["the bridge,", "over the", "Peru strongly", "Egypt, Qatar"]
        );
    }

    #[test]
    fn an_english_aside_after_said_and_a_plural_subject_with_a_base_verb() {
        let got = starts(
            "The governor said, however, that the roads were closed. The envoy said Peru and Chile share a long border. The envoy said the two sides need a new deal.",
        );
        assert_eq!(got, ["the roads", "Peru and", "the two"]);
    }

    #[test]
    fn english_he_with_no_speaker_yet_is_the_subject_before() {
        let f = extract(
            "Talks\n\nPresident Omar Haddad met Foreign Minister Pedro Alvarez in Lima on Friday.\n\nHe said Chile would open a new consulate.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("Omar Haddad"));
    }

    #[test]
    fn a_participle_after_a_body_acting_at_the_start_of_the_sentence() {
        let f = extract(
            "Talks\n\nLIMA, May 2 (Reuters) - Peru's central bank cut its key rate on Monday, saying inflation was easing.\n\nThe Andean Community condemned the attack, adding that it violated the charter.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("Peru's central bank"), Some("Andean Community")]);
    }

    #[test]
    fn an_english_subject_before_its_who_clause_speaks() {
        let f = extract(
            "Talks\n\nPresident Omar Haddad, who spoke after meeting Pedro Alvarez, said the border would reopen.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("Omar Haddad"));
    }

    #[test]
    fn the_english_title_word_that_introduced_a_name_is_its_holder() {
        let f = extract(
            "Talks\n\nInterior Ministry spokesperson Zahid Omar Baig spoke at the weekly briefing on Friday.\n\nThe spokesperson said the roads would reopen. Army chief General Idris Kamal visited Tripoli on Monday.\n\nThe army chief said the border would reopen. Premier Wen Bo met Thai Prime Minister Omar Haddad on Monday.\n\nThe premier said the port would open.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            who,
            [Some("Omar Baig"), Some("Idris Kamal"), Some("Wen Bo")]
        );
    }

    #[test]
    fn a_strict_verb_with_a_form_of_address_before_its_subject() {
        let f = extract(
            "مباحثات\n\nوأبرز السيد خالد المنصوري، في ندوة صحفية، أن العلاقات بين البلدين متميزة.\n\nوأبرزت السيدة سعاد العلوي أن المشروع سيكتمل قريبا.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(who, [Some("خالد المنصوري"), Some("سعاد العلوي")]);
    }

    #[test]
    fn a_short_title_is_the_one_before_not_a_former_holder_named_later() {
        let f = extract(
            "مباحثات\n\nأكد الدكتور سامي الحداد، وزير الزراعة والري، أن المحصول وفير.\n\nوأوضح وزير الري أن المياه كافية.\n\nومن جهته، قال الدكتور منير العطار، وزير الري الأسبق، إن الوضع صعب.",
        );
        let who: Vec<_> = f.statements.iter().map(speaker).collect();
        assert_eq!(
            who,
            [
                Some("سامي الحداد"),
                Some("سامي الحداد"),
                Some("منير العطار")
            ]
        );
    }

    #[test]
    fn an_honorific_subject_before_an_object_speaks_the_participle() {
        let f = extract(
            "مباحثات\n\nاستقبل الرئيس خالد سالم العمري الوزير الفرنسي جان دوبون.\n\nووضع سيادته الوزير في صورة التطورات، مؤكدا أن الحل سياسي.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("خالد سالم العمري"));
    }

    #[test]
    fn an_english_subject_before_its_relative_clause_or_participle_speaks() {
        let f = extract(
            "Talks\n\nA senior diplomat who asked not to be named said the deal was close. A joint communique released after the summit said the leaders had agreed to meet again. The Tribune newspaper reported that the port had reopened.",
        );
        let who: Vec<_> = f
            .statements
            .iter()
            .map(|s| s.speaker.as_ref().and_then(|p| p.title.clone()))
            .collect();
        assert_eq!(who.len(), 3);
        assert!(who.iter().all(Option::is_some), "{who:?}");
    }

    #[test]
    fn an_object_with_a_participle_or_a_clause_of_time_is_no_clause() {
        let got = starts(
            "The storm claimed the lives of four sailors stationed near the port. The envoy told reporters before talks began. She told the radio as the vote was counted. The army said security forces killed two gunmen.",
        );
        assert_eq!(got, ["security forces"]);
    }

    #[test]
    fn the_leader_of_a_nationality_is_the_one_whose_title_carries_it() {
        let f = extract(
            "Talks\n\nPrime Minister Omar Haddad met Peruvian President Pedro Alvarez in Lima.\n\nThe Peruvian leader said both countries would build a new port.",
        );
        assert_eq!(speaker(&f.statements[0]), Some("Pedro Alvarez"));
    }
}

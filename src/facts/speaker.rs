//! Who a speech verb (or encounter verb) belongs to: the subject after an
//! Arabic verb, before an English one, or a pronoun resolved to the last
//! speaker; titles and surnames resolved through the people list.

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::Party;
use super::people::{canon, People};
use std::ops::Range;

/// A resolved agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A person of the people list.
    Person(usize),
    /// A body or unnamed source, by its description (token range).
    Desc(Range<usize>),
    /// A pronoun (he, she), to be resolved by the caller.
    Pronoun,
    /// A body the text never names in full, by the name rebuilt for it
    /// ("وزارة الخارجية" from the minister's title "وزير الخارجية").
    Rebuilt(String),
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
                title: Some(body_text(doc, r.clone())),
            },
            Who::Rebuilt(name) => Party {
                name: None,
                title: Some(name.clone()),
            },
            Who::Pronoun => Party {
                name: None,
                title: None,
            },
        }
    }
}

/// The text of a description, its head read as the body's name: without
/// the preposition glued to it ("بيان للوزارة" → "الوزارة", "لوزارة
/// الخارجية" → "وزارة الخارجية", "بالرئاسة" → "الرئاسة").
fn body_text(doc: &Doc, r: Range<usize>) -> String {
    let text = doc.slice(r.clone());
    let glued = doc.toks.get(r.start).and_then(unglued);
    match glued {
        Some((_, true)) => format!("ال{}", drop_letters(text, 2)),
        Some((_, false)) => drop_letters(text, 1).to_string(),
        None => text.to_string(),
    }
}

/// A body's head with a preposition glued to it ("لوزارة", "للوزارة",
/// "بالرئاسة"): the head without it (normalised), and whether the
/// preposition was لل, which took the place of the article's alif.
fn unglued(t: &crate::text::Token) -> Option<(String, bool)> {
    let sources = &lexicons().sources;
    if !t.is_word() || sources.has_norm(&t.norm) {
        return None;
    }
    let (rest, article) = match t.norm.strip_prefix("لل") {
        Some(rest) => (format!("ال{rest}"), true),
        None => (
            ['ل', 'ب']
                .iter()
                .find_map(|&p| t.norm.strip_prefix(p))?
                .to_string(),
            false,
        ),
    };
    sources.has_norm(&rest).then_some((rest, article))
}

/// Whether `t` has the body head `head` (see [`body_head`]); the test on
/// the ending spares most words the work.
fn same_head(t: &crate::text::Token, head: &str) -> bool {
    t.norm.ends_with(head) && body_head(t) == head
}

/// The head of a body's name as compared with its other mentions: "لوزارة"
/// and "الوزارة" are the same ministry.
fn body_head(t: &crate::text::Token) -> String {
    unglued(t).map_or_else(|| canon(&t.norm), |(rest, _)| canon(&rest))
}

/// `text` without its first `n` letters and the vowel marks on them.
fn drop_letters(text: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if is_mark(c) {
            continue;
        }
        if seen == n {
            return &text[i..];
        }
        seen += 1;
    }
    ""
}

/// `text` without its last `n` letters and the vowel marks on them.
fn drop_last_letters(text: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, c) in text.char_indices().rev() {
        if is_mark(c) {
            continue;
        }
        seen += 1;
        if seen == n {
            return &text[..i];
        }
    }
    ""
}

/// Whether `c` is a vowel mark or the tatweel, which do not count as letters.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
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
            | "the"
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
        // "وأكد لي مصدر", "وقال لهم الوزير": the one spoken to is not the speaker
        // "وقال للصحيفة": nor is the outlet
        let addressee = matches!(
            doc.toks[j].norm.as_str(),
            "لي" | "له" | "لها" | "لهم" | "لهما" | "لنا"
        ) || to_an_outlet(&doc.toks[j]);
        if addressee {
            j += 1;
            skipped += 1;
            continue;
        }
        if let Some(who) = agent_at(doc, people, j, end) {
            return Some(who);
        }
        if let Some(who) = after_aside(doc, people, j, end) {
            return Some(who);
        }
        if let Some(n) = lexicons().honorifics.match_at(&doc.toks, j) {
            j += n;
            continue;
        }
        if abbreviated_title(doc, j) {
            j += 2;
            continue;
        }
        if let Some(name) = quoted_name(doc, j, end) {
            return Some(Who::Desc(name));
        }
        if let Some(name) = unlisted_name(doc, j, end) {
            return Some(Who::Desc(name));
        }
        if let Some(p) = described_person(doc, people, j, end) {
            return Some(Who::Person(p));
        }
        if !skippable(doc, j) {
            return None;
        }
        j += 1;
        skipped += 1;
    }
    None
}

/// Longest aside between a verb and its subject, in tokens.
const ASIDE_WORDS: usize = 14;

/// "وأكد، في تصريح صحفي على هامش المؤتمر، وزير النفط فلان أن": an aside
/// between commas opened at `j` (no speech in it), then the subject.
fn after_aside(doc: &Doc, people: &People, j: usize, end: usize) -> Option<Who> {
    let comma = |t: &crate::text::Token| t.is_punct('،') || t.is_punct(',');
    if !comma(doc.toks.get(j)?) {
        return None;
    }
    let stop = end.min(j + ASIDE_WORDS);
    let close = (j + 2..stop).find(|&k| comma(&doc.toks[k]))?;
    let plain = doc.toks[j + 1..close]
        .iter()
        .all(|t| t.is_word() && !is_complementizer(&t.norm) && !lexicons().speech_verbs.has(t));
    if !plain {
        return None;
    }
    agent_at(doc, people, close + 1, end)
}

/// A name in quotation marks opened at `j` ("وقالت "هيئة …" إن"): the
/// words inside, when the marks close before `end` within a few words.
fn quoted_name(doc: &Doc, j: usize, end: usize) -> Option<Range<usize>> {
    let opens = matches!(doc.toks[j].norm.as_str(), "«" | "\"" | "“");
    if !opens {
        return None;
    }
    let close = (j + 2..end.min(j + 10))
        .find(|&k| matches!(doc.toks[k].norm.as_str(), "»" | "\"" | "”"))?;
    Some(j + 1..close)
}

/// "د." (doctor), "م." (engineer), "أ." (professor): one Arabic letter and
/// a period before a name.
fn abbreviated_title(doc: &Doc, j: usize) -> bool {
    let t = &doc.toks[j];
    t.is_word()
        && !t.norm.is_ascii()
        && t.norm.chars().count() == 1
        && doc.toks.get(j + 1).is_some_and(|n| n.is_punct('.'))
}

/// Resolves a pronoun subject to the last speaker, else the last person mentioned.
pub fn resolve_pronoun(
    who: Option<Who>,
    last: Option<&Who>,
    people: &People,
    v: usize,
) -> Option<Who> {
    match who {
        Some(Who::Pronoun) => last
            .filter(|w| **w != Who::Pronoun)
            .cloned()
            .or_else(|| last_person_before(people, v).map(Who::Person)),
        other => other,
    }
}

/// A person mention, a title or a source description starting at `j`.
pub fn agent_at(doc: &Doc, people: &People, j: usize, end: usize) -> Option<Who> {
    // before the mentions: the people list may take "رئيس" for another holder
    if let Some(head) = delegation_head(doc, people, j) {
        return Some(head);
    }
    let named = (j + 1..end.min(j + 10)).any(|m| people.mention_at(m).is_some());
    if indefinite_official(&doc.toks[j]) && !named {
        // "قال مسؤول أمريكي": an indefinite official is someone unnamed, not
        // the American named before (the people list may take it for a mention)
        return Some(Who::Desc(agreeing(doc, describe(doc, j, end))));
    }
    if let Some((p, end)) = people.mention_at(j) {
        return Some(Who::Person(
            bare_title_holder(doc, people, j, end).unwrap_or(p),
        ));
    }
    if let Some(p) = honorific_holder(doc, people, j) {
        return Some(Who::Person(p));
    }
    // "وقال الأخير إن" (the latter): the person mentioned last
    let latter = doc
        .toks
        .get(j)
        .is_some_and(|t| matches!(t.norm.as_str(), "الاخير" | "الاخيره"));
    if latter {
        return people.last_before(j).map(Who::Person);
    }
    if let Some(span) = people.title_at(j) {
        return Some(
            match span
                .person
                .or_else(|| named_after_title(doc, people, span.toks.end))
            {
                Some(p) => Who::Person(p),
                None => Who::Desc(describe(doc, span.toks.start, end)),
            },
        );
    }
    if let Some(w) = possessed_body(doc, people, j) {
        return Some(w);
    }
    let t = doc.toks.get(j)?;
    let lex = lexicons();
    if let Some(k) = issued_by(doc, j, end) {
        if let Some(w) = agent_at(doc, people, k, end) {
            return Some(w);
        }
    }
    if lex.sources.has(t) || lex.places.match_at(&doc.toks, j).is_some() {
        let described = describe(doc, j, end);
        if the_same(doc, described.clone()) {
            return Some(Who::Pronoun);
        }
        // "وجددت الوزارة موقف …": the verb's object is not part of its subject
        let d = agreeing(doc, described.clone());
        if let Some(p) = official_of(doc, people, d.clone()) {
            return Some(Who::Person(p));
        }
        if let Some(p) = official_named_after(doc, people, described.end, end) {
            return Some(Who::Person(p));
        }
        if let Some(w) = statement_issuer(doc, people, d.clone(), end) {
            return Some(w);
        }
        return Some(
            fuller_body(doc, people, plain_head(doc, d.clone()))
                .or_else(|| general_body(doc, people, d.clone()))
                .unwrap_or(Who::Desc(d)),
        );
    }
    None
}

/// "وأوضح بيان للوزارة أن", "ذكر بيان لمكتبه": a statement of a body
/// named right after it is that body's.
fn statement_issuer(doc: &Doc, people: &People, d: Range<usize>, end: usize) -> Option<Who> {
    let head = doc.toks.get(d.start)?;
    let next = d.start + 1;
    if canon(&head.norm) != "بيان" || next >= end.min(d.end) {
        return None;
    }
    if let Some(w) = possessed_body(doc, people, next) {
        return Some(w);
    }
    let body = doc.toks.get(next).is_some_and(|t| {
        let bare = body_head(t);
        lexicons().sources.has(t)
            && bare != "بيان"
            && !NOT_BODIES.contains(&bare.as_str())
            && !MEMBERS.contains(&bare.as_str())
    });
    if !body {
        return None;
    }
    agent_at(doc, people, next, end)
}

/// Possessive pronouns glued to a noun (his, her, their).
const POSSESSIVES: &[&str] = &["ه", "ها", "هم", "هما"];

/// Most words between a possessed body and its owner's name.
const OWNER_BACK: usize = 30;

/// "ونشر مكتبه منشورا" (his office), "وقالت حكومتها": a body with a
/// possessive pronoun is that of the person named last before it in its
/// sentence, given as the body's head and the person's name ("مكتب" + …).
fn possessed_body(doc: &Doc, people: &People, j: usize) -> Option<Who> {
    let t = doc.toks.get(j).filter(|t| t.is_word() && !t.marbuta)?;
    // "بيان لمكتبه": a preposition may be glued before it
    let glued = ['ل', 'ب']
        .iter()
        .find_map(|&p| t.norm.strip_prefix(p))
        .filter(|w| !w.starts_with("ال"));
    let (word, suffix) = [Some(t.norm.as_str()), glued]
        .into_iter()
        .flatten()
        .find_map(|w| possessed_suffix(w).map(|p| (w, p)))?;
    let owner = owner_before(doc, people, j)?;
    let text = &doc.text[t.start..t.end];
    let text = drop_letters(text, t.norm.chars().count() - word.chars().count());
    let text = drop_last_letters(text, suffix.chars().count());
    let text = text
        .strip_suffix('ت')
        .map_or(text.to_string(), |w| format!("{w}ة"));
    Some(Who::Rebuilt(format!(
        "{text} {}",
        people.persons[owner].name
    )))
}

/// The possessive pronoun of a body's name ("مكتبه", "حكومتها"), if the
/// word is one.
fn possessed_suffix(w: &str) -> Option<&'static str> {
    let (head, suffix) = POSSESSIVES.iter().find_map(|&p| {
        let stem = w.strip_suffix(p)?;
        // the ة before a pronoun is written ت ("حكومته")
        let head = match stem.strip_suffix('ت') {
            Some(s) => format!("{s}ه"),
            None => stem.to_string(),
        };
        Some((head, p))
    })?;
    let body = head.chars().count() > 2
        && lexicons().sources.has_norm(&head)
        && !NOT_BODIES.contains(&head.as_str())
        && !MEMBERS.contains(&head.as_str());
    body.then_some(suffix)
}

/// The person named last before token `j` in its sentence, whom a
/// possessive pronoun at `j` stands for.
fn owner_before(doc: &Doc, people: &People, j: usize) -> Option<usize> {
    let start = doc
        .sentence_of(j)?
        .toks
        .start
        .max(j.saturating_sub(OWNER_BACK));
    (start..j)
        .rev()
        .find_map(|k| people.mention_at(k).map(|(p, _)| p))
}

/// Whether `t` is an official or a source without the article ("مسؤول",
/// "دبلوماسي", "مصدر"), who is not someone already named.
fn indefinite_official(t: &crate::text::Token) -> bool {
    let bare = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    !bare.starts_with("ال")
        && (MEMBERS.contains(&bare) && !matches!(bare, "عضو" | "نايب" | "نواب")
            || matches!(bare, "دبلوماسي" | "مسووله" | "دبلوماسيون"))
}

/// A mention at `j..end` that is a bare title ("وأضاف وزير الخارجية") goes
/// to the holder of that very title when there is one, not to a holder of a
/// longer one the people list matched it with ("وزير الخارجية الأردني").
fn bare_title_holder(doc: &Doc, people: &People, j: usize, end: usize) -> Option<usize> {
    let span = people.title_at(j).filter(|s| s.toks.end >= end)?;
    match super::speech::title_holder(doc, people, span.toks.clone(), j)? {
        Who::Person(p) => Some(p),
        _ => None,
    }
}

/// Honorific pronouns ("his highness", "his excellency") and the honorific
/// each stands for (normalised).
const HONORIFIC_PRONOUNS: &[(&str, &str)] = &[
    ("سموه", "سمو"),
    ("سموها", "سمو"),
    ("معاليه", "معالي"),
    ("معاليها", "معالي"),
    ("سعادته", "سعاده"),
    ("سعادتها", "سعاده"),
    ("فخامته", "فخامه"),
    ("سيادته", "سياده"),
    ("جلالته", "جلاله"),
    ("سماحته", "سماحه"),
];

/// How far back the honorific an honorific pronoun stands for is looked for.
const HONORIFIC_BACK: usize = 2000;

/// "وأكد سموه أن": the person last introduced with that very honorific
/// ("صاحب السمو الأمير فيصل …"), not merely the last person mentioned
/// ("… معالي الوزير أيمن الصفدي").
fn honorific_holder(doc: &Doc, people: &People, j: usize) -> Option<usize> {
    let t = doc.toks.get(j)?;
    let root = HONORIFIC_PRONOUNS
        .iter()
        .find(|(w, _)| t.norm == *w)
        .map(|&(_, r)| r)?;
    (j.saturating_sub(HONORIFIC_BACK)..j)
        .rev()
        .filter(|&k| doc.toks[k].stems().any(|s| s == root))
        .find_map(|k| (k + 1..j.min(k + 10)).find_map(|m| people.mention_at(m).map(|(p, _)| p)))
}

/// "رئيس الوفد" (the head of the delegation) at `j`: the person an earlier
/// "برئاسة" (led by) names, else the description itself (not the holder of
/// another title starting with رئيس).
fn delegation_head(doc: &Doc, people: &People, j: usize) -> Option<Who> {
    let head = doc.toks.get(j).filter(|t| canon(&t.norm) == "رييس")?;
    let delegation = doc.toks.get(j + 1).is_some_and(|t| {
        let c = canon(&t.norm);
        c == "وفد" || c == "وفود"
    });
    if !delegation || !head.is_word() {
        return None;
    }
    let led_by = (j.saturating_sub(HONORIFIC_BACK)..j)
        .rev()
        .filter(|&k| matches!(doc.toks[k].norm.as_str(), "برياسه" | "يترسه" | "يتراسه"))
        .find_map(|k| {
            // "برئاسة عضو الكونغرس جو ويلسون": a title may come before the name
            (k + 1..doc.toks.len().min(k + 1 + TITLE_GAP))
                .take_while(|&m| doc.toks[m].is_word())
                .find_map(|m| people.mention_at(m).map(|(p, _)| p))
        });
    Some(led_by.map_or(Who::Desc(j..j + 2), Who::Person))
}

/// Most words between a title and the name it belongs to.
const TITLE_GAP: usize = 8;

/// The person named right after a title the people list left without a
/// name: "الأمين العام للرابطة الشيخ محمد …" (an honorific between),
/// "المبعوث الأممي إلى اليمن هانس …" (where the office is). Only words of a
/// title may stand between: office words, places, definite nouns of a
/// genitive chain ("العام لرابطة العالم الإسلامي"), also after و ("لهيئة
/// الأدب والنشر والترجمة"), not a verb or a
/// preposition that brings in another person ("خلال لقائه").
fn named_after_title(doc: &Doc, people: &People, end: usize) -> Option<usize> {
    named_after_title_at(doc, people, end).map(|(p, _)| p)
}

/// [`named_after_title`], with the tokens of the name.
fn named_after_title_at(doc: &Doc, people: &People, end: usize) -> Option<(usize, Range<usize>)> {
    let lex = lexicons();
    let mut k = end;
    let mut after_prep = false; // "النائب عن ائتلاف دولة القانون": a construct chain after عن
    while k < doc.toks.len().min(end + TITLE_GAP) {
        if let Some((p, e)) = people.mention_at(k) {
            return Some((p, k..e));
        }
        if let Some(n) = lex.honorifics.match_at(&doc.toks, k) {
            k += n;
            continue;
        }
        let t = &doc.toks[k];
        let prep = matches!(t.norm.as_str(), "الي" | "لدي" | "في" | "عن");
        let noun = t.is_word() && !lex.stopwords.has(t) && !lex.speech_verbs.has(t);
        // the one addressed ("لنظيره", "لضيفه") is not part of the title
        let addressee = ["نظير", "ضيف", "وفد", "زاير"]
            .iter()
            .any(|w| t.norm.contains(w));
        let place = lex.places.match_at(&doc.toks, k).is_some() || lex.nationalities.has(t);
        let of_title = lex.office_words.has(t)
            || noun
                && (after_prep
                    || ["ال", "لل", "ل", "وال"]
                        .iter()
                        .any(|p| t.norm.starts_with(p)));
        if addressee || !(place || of_title || prep) {
            return None;
        }
        after_prep = prep || after_prep && noun;
        k += 1;
    }
    None
}

/// "وقال الصحفي فلان إن", "وأكد القيادي في حركة … فلان أن": a definite
/// noun of profession or rank that no title list holds (it is an adjective
/// elsewhere: "مؤتمر صحفي", "الدور القيادي"), then the words of its domain
/// and a name that closes the subject: the person named is the speaker.
fn described_person(doc: &Doc, people: &People, j: usize, end: usize) -> Option<usize> {
    let lex = lexicons();
    let t = doc.toks.get(j).filter(|_| j + 1 < end)?;
    let role = t.is_word()
        && !t.norm.is_ascii()
        && t.norm.starts_with("ال")
        && t.norm.chars().count() > 4
        && !lex.stopwords.has(t)
        && !lex.speech_verbs.has(t)
        && !lex.sources.has(t)
        && !lex.places.has(t)
        && !lex.nationalities.has(t);
    if !role {
        return None;
    }
    let (p, name) = named_after_title_at(doc, people, j + 1)?;
    let e = name.end;
    // "المشاركون في لقاء مع الرئيس فلان": the name is another title's holder
    let titled = doc.toks[j + 1..name.start]
        .iter()
        .any(|w| lex.titles.has(w));
    let closes = doc
        .toks
        .get(e)
        .is_none_or(|n| e >= end || !n.is_word() || is_complementizer(&n.norm));
    (closes && !titled).then_some(p)
}

/// Most words between an official's description and the name after it.
const OFFICIAL_GAP: usize = 5;

/// "وأفاد مسؤول ملف الأغوار في محافظة طوباس معتز بشارات، بأن": a name
/// closing the subject (a comma or the complementizer after it) a few words
/// after the description is the official's; not when a title stands right
/// before the name ("مسؤول في مكتب رئيس الوزراء محمد …": the name is the
/// prime minister's).
fn official_named_after(doc: &Doc, people: &People, from: usize, end: usize) -> Option<usize> {
    let stop = end.min(from + OFFICIAL_GAP);
    let (m, (p, e)) = (from..stop).find_map(|m| people.mention_at(m).map(|x| (m, x)))?;
    let closes = doc.toks.get(e).is_none_or(|t| {
        t.is_punct('،') || t.is_punct(',') || is_complementizer(&t.norm) || e >= end
    });
    let titled = people.titles.iter().any(|t| t.toks.end == m)
        || m > 0 && lexicons().titles.has(&doc.toks[m - 1]);
    let plain = doc.toks[from..m]
        .iter()
        .all(|t| t.is_word() && !lexicons().speech_verbs.has(t));
    (closes && !titled && plain).then_some(p)
}

/// "بيان صادر عن مكتب رئيس الوزراء": where the issuer of a statement
/// starts (after "صادر عن").
fn issued_by(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    let is = |k: usize, w: &[&str]| {
        doc.toks
            .get(k)
            .filter(|_| k < end)
            .is_some_and(|t| w.contains(&t.norm.as_str()))
    };
    let head = doc.toks.get(j).map(|t| canon(&t.norm))?;
    (head == "بيان" && is(j + 1, &["صادر", "صادره"]) && is(j + 2, &["عن"])).then_some(j + 3)
}

/// "المسؤول الصيني", "the Chinese official": the one person whose title
/// carries that nationality.
fn official_of(doc: &Doc, people: &People, d: Range<usize>) -> Option<usize> {
    if d.len() != 2 || !lexicons().nationalities.has(&doc.toks[d.start + 1]) {
        return None;
    }
    let head = canon(&doc.toks[d.start].norm);
    if !matches!(head.as_str(), "مسوول" | "official" | "المسوول") {
        return None;
    }
    let nationality = canon(&doc.toks[d.start + 1].norm);
    let holders = people.titled_with_nationality(&nationality);
    if holders.is_empty() {
        return home_official_before(people, d.start);
    }
    (holders.len() == 1).then(|| holders[0])
}

/// Most words looked back for the official a nationality stands for.
const OFFICIAL_BACK: usize = 300;

/// "أكد بوريطة …. وأوضح المسؤول المغربي" when no title names Morocco:
/// officials of the country a text is written in go by titles that name no
/// country, unlike the foreign guest's ("وزير خارجية جمهورية الباراغواي"):
/// when such a guest is named shortly before `j`, the nearest titled person
/// before it whose titles name no country.
fn home_official_before(people: &People, j: usize) -> Option<usize> {
    let titled = |k: usize| {
        people
            .mention_at(k)
            .map(|(p, _)| p)
            .filter(|&p| !people.persons[p].titles.is_empty())
    };
    let from = j.saturating_sub(OFFICIAL_BACK);
    let p = (from..j).rev().find_map(titled)?;
    let guest = (from..j)
        .filter_map(titled)
        .any(|q| q != p && names_a_country(people, q));
    (guest && !names_a_country(people, p)).then_some(p)
}

/// Whether a person's titles name a country, by its name, its adjective or
/// a word of statehood ("وزير خارجية جمهورية …"); a region's ("التعاون
/// الإفريقي") is no country's.
fn names_a_country(people: &People, p: usize) -> bool {
    let lex = lexicons();
    people.persons[p].title_words.iter().flatten().any(|w| {
        let w = ['و', 'ل', 'ب']
            .iter()
            .find_map(|&c| w.strip_prefix(c))
            .filter(|r| lex.places.has_norm(r) || lex.nationalities.has_norm(r))
            .unwrap_or(w);
        let country = lex.nationalities.has_norm(w) || lex.places.has_norm(w);
        country && !REGIONS.iter().any(|r| w.starts_with(r))
            || matches!(w, "جمهوريه" | "لجمهوريه" | "بجمهوريه" | "مملكه" | "لمملكه")
    })
}

/// Stems of regions and of what is shared by many countries (African,
/// European, Arab, Gulf, Islamic, international), which name no country.
const REGIONS: &[&str] = &[
    "افريق",
    "اوروب",
    "اسيا",
    "اسيو",
    "عرب",
    "خليج",
    "اسلامي",
    "دولي",
    "اقليمي",
    "متوسط",
];

/// "وقالت الأمانة العامة" after "أعلنت أمانة مجلس الوزراء": a body called
/// only "general", without whose it is, is the fuller body of that head
/// named in the text; with none, it stays as written.
fn general_body(doc: &Doc, people: &People, d: Range<usize>) -> Option<Who> {
    let general = d.len() == 2 && canon(&doc.toks[d.start + 1].norm) == "عامه";
    // "الأمانة العامة لجامعة الدول العربية" says whose it is
    let whose = doc
        .toks
        .get(d.end)
        .is_some_and(|t| t.is_word() && t.norm.starts_with('ل'));
    if !general || whose {
        return None;
    }
    fuller_body(doc, people, d.start..d.start + 1)
}

/// "الوكالة الرسمية" (the official agency): an adjective that tells no
/// body from another leaves the bare head, whose fuller mention is looked for.
fn plain_head(doc: &Doc, d: Range<usize>) -> Range<usize> {
    let head = canon(&doc.toks[d.start].norm);
    let body = !NOT_BODIES.contains(&head.as_str()) && !MEMBERS.contains(&head.as_str());
    let vague = d.len() == 2
        && body
        && matches!(
            canon(&doc.toks[d.start + 1].norm).as_str(),
            "رسميه" | "رسمي" | "حكوميه" | "حكومي"
        );
    if vague {
        d.start..d.start + 1
    } else {
        d
    }
}

/// For a bare reference to a body ("البيان", "الوكالة", "الوزارة"), its
/// fuller mention earlier in the text ("بيان لوزارة الخارجية السعودية",
/// "وكالة الأنباء القطرية").
fn fuller_body(doc: &Doc, people: &People, d: Range<usize>) -> Option<Who> {
    if d.len() > 1 {
        return None;
    }
    let head = body_head(&doc.toks[d.start]);
    for k in (0..d.start).rev().take(2000) {
        if !same_head(&doc.toks[k], &head) {
            continue;
        }
        let full = body_name(doc, k);
        if head == "بيان" {
            if let Some(issuer) = issuer_of(doc, k) {
                return Some(Who::Desc(issuer));
            }
            // "بيان لمكتبه" (a statement of his office)
            if let Some(w) = possessed_body(doc, people, k + 1) {
                return Some(w);
            }
            let next = k + 1;
            if doc
                .toks
                .get(next)
                .is_some_and(|t| lexicons().sources.has(t) && !t.norm.ends_with("بيان"))
            {
                // "بيان الوزارة" in a headline: the ministry's fuller name if any
                let body = body_name(doc, next);
                let fuller = (body.len() == 1).then(|| fuller_body(doc, people, body.clone()));
                return Some(fuller.flatten().unwrap_or(Who::Desc(body)));
            }
        } else if full.len() > 1 {
            return Some(Who::Desc(full));
        }
    }
    let later = (d.start + 1..doc.toks.len().min(d.start + 2000))
        .find(|&k| same_head(&doc.toks[k], &head) && body_name(doc, k).len() > 1);
    if let Some(k) = later {
        return Some(Who::Desc(body_name(doc, k)));
    }
    if head == "بيان" {
        return last_body(doc, people, d.start);
    }
    None
}

/// "قال مكتب الأمم المتحدة … في بيان إن": the body whose speech verb the
/// statement (بيان at `k`, after في) goes with.
fn issuer_of(doc: &Doc, k: usize) -> Option<Range<usize>> {
    let in_statement = k > 0 && doc.toks[k - 1].norm == "في";
    let sent = doc.sentence_of(k).filter(|_| in_statement)?;
    let lex = lexicons();
    let v = (sent.toks.start..k)
        .rev()
        .find(|&v| lex.speech_verbs.has(&doc.toks[v]))?;
    let body = doc.toks.get(v + 1).filter(|t| lex.sources.has(t))?;
    (!body.norm.ends_with("بيان")).then(|| body_name(doc, v + 1))
}

/// The last body (a ministry, an agency, an office: not a source or an
/// official) named before token `i`.
fn last_body(doc: &Doc, people: &People, i: usize) -> Option<Who> {
    (0..i).rev().take(2000).find_map(|k| {
        let t = &doc.toks[k];
        let head = canon(&t.norm);
        let body = lexicons().sources.has(t)
            && head != "بيان"
            && !NOT_BODIES.contains(&head.as_str())
            && !NOT_BODIES.contains(&t.norm.as_str())
            && !receives(doc, k);
        // a bare "الوزارة" stands for its fuller mention ("وزارة الخارجية الكويتية")
        body.then(|| {
            // "وزارة الخارجية": the search back meets "الخارجية" before its head
            let mut k = k;
            while k > 0 && lexicons().sources.has(&doc.toks[k - 1]) && doc.toks[k - 1].is_word() {
                k -= 1;
            }
            let name = body_name(doc, k);
            if let Some(m) = belongs_to(doc, k) {
                return Who::Desc(m..name.end);
            }
            let fuller = (name.len() == 1).then(|| fuller_body(doc, people, name.clone()));
            fuller.flatten().unwrap_or(Who::Desc(name))
        })
    })
}

/// Whether `t` is "الخاص" / "التابع" (belonging to), which links a body to
/// the one it belongs to.
fn is_link(t: &crate::text::Token) -> bool {
    matches!(canon(&t.norm).as_str(), "خاص" | "خاصه" | "تابع" | "تابعه")
}

/// Most words between a body and "الخاص ب" (belonging to) after it.
const OWNED_BODY_WORDS: usize = 4;

/// "مكتب الاتصالات الخاص بالرئاسة" (the communications office of the
/// presidency), met from its end: where the body that belongs to the one at
/// `k` starts.
fn belongs_to(doc: &Doc, k: usize) -> Option<usize> {
    if !is_link(doc.toks.get(k.checked_sub(1)?)?) {
        return None;
    }
    let lex = lexicons();
    (k.saturating_sub(1 + OWNED_BODY_WORDS)..k - 1)
        .rev()
        .take_while(|&m| doc.toks[m].is_word())
        .filter(|&m| {
            let head = canon(&doc.toks[m].norm);
            lex.sources.has(&doc.toks[m]) && head != "بيان" && !NOT_BODIES.contains(&head.as_str())
        })
        .last()
}

/// Whether the body at `k` is the one a statement was given to, not its
/// author: "بيان تلقته وكالة الأنباء", "في تصريح لوكالة الأنباء".
fn receives(doc: &Doc, k: usize) -> bool {
    let t = &doc.toks[k];
    let told_to =
        t.norm.starts_with('ل') && !t.norm.starts_with("ال") && t.norm.chars().count() > 4;
    let received = k.checked_sub(1).is_some_and(|b| {
        matches!(
            doc.toks[b].norm.as_str(),
            "تلقته" | "تلقتها" | "تلقت" | "تلقاه" | "تلقاها" | "received"
        )
    });
    told_to || received
}

/// For a bare reference ("المتحدث", "the ministry"), its fuller mention
/// earlier in the text: the person it stood in apposition to ("السفير تميم
/// خلاف المتحدث الرسمي باسم …"), else its fuller name ("المتحدث الرسمي").
pub fn earlier_mention(doc: &Doc, people: &People, d: Range<usize>) -> Option<Who> {
    if let Some(p) = surname_of(doc, people, d.clone()) {
        return Some(Who::Person(p));
    }
    if let Some(r) = spelled_out(doc, d.clone())
        .or_else(|| english_name(doc, d.clone()))
        .or_else(|| english_body(doc, d.clone()))
        .or_else(|| english_modified(doc, d.clone()))
    {
        return Some(Who::Desc(r));
    }
    if d.len() > 1 && !doc.toks[d.start].norm.is_ascii() {
        return apposed_person(doc, people, d).map(Who::Person);
    }
    if d.len() != 1 || doc.toks[d.start].norm.is_ascii() {
        return None;
    }
    let head = canon(&doc.toks[d.start].norm);
    let k = (d.start.saturating_sub(2000)..d.start)
        .rev()
        .find(|&k| canon(&doc.toks[k].norm) == head)?;
    if let Some(p) = named_before(doc, people, k) {
        return Some(Who::Person(p));
    }
    if let Some(name) = given_name_before(doc, k) {
        return Some(Who::Desc(name));
    }
    let full = body_name(doc, k);
    (full.len() > 1).then_some(Who::Desc(full))
}

/// How far from a bare "الوزارة" a minister's title is looked for, in tokens.
const MINISTER_SPAN: usize = 2000;

/// Words after "وزير" that are a rank, not a portfolio ("وزير دولة",
/// "وزير مفوض", "وزير سابق"): no ministry bears their name.
const NOT_PORTFOLIOS: &[&str] = &["دوله", "الدوله", "مفوض", "سابق", "اسبق", "بلا"];

/// A bare "الوزارة" ("حسب بيان للوزارة") when the text never names the
/// ministry in full: the ministry of the minister whose title the text
/// gives ("وزير الشؤون الخارجية …" → "وزارة الشؤون الخارجية …"): the first
/// minister of the sentence that mentions the ministry (the one who acts,
/// before a minister he receives), else the first minister of the text (a
/// ministry's release opens with its own minister).
pub fn ministry_of_minister(doc: &Doc, people: &People, r: Range<usize>, at: usize) -> Option<Who> {
    let bare = r.len() == 1 && doc.toks.get(r.start).is_some_and(is_ministry);
    if !bare {
        return None;
    }
    let in_sentence = doc
        .sentence_of(r.start)
        .map(|s| s.toks.start.max(r.start.saturating_sub(MINISTER_SPAN)))
        .and_then(|s| (s..r.start).find_map(|k| portfolio_at(doc, people, k)));
    let portfolio = in_sentence.or_else(|| {
        let from = at.saturating_sub(MINISTER_SPAN);
        let to = doc.toks.len().min(at + MINISTER_SPAN);
        (from..to).find_map(|k| portfolio_at(doc, people, k))
    })?;
    Some(Who::Rebuilt(format!("وزارة {portfolio}")))
}

/// Whether `t` is the word "ministry" (وزارة، الوزارة، للوزارة), not
/// "وزاره" (and visited him).
fn is_ministry(t: &crate::text::Token) -> bool {
    t.marbuta && t.stems().any(|s| s == "وزاره" || s == "الوزاره")
}

/// The portfolio of a minister's title whose "وزير" (in construct, without
/// the article) is token `k`: the rest of the title, its nationality
/// adjective made feminine to agree with "وزارة" ("الخارجية السعودي" →
/// "الخارجية السعودية").
fn portfolio_at(doc: &Doc, people: &People, k: usize) -> Option<String> {
    let t = &doc.toks[k];
    if !t.norm.contains("وزير") {
        return None;
    }
    let definite = ["ال", "وال", "بال", "لل", "فال"]
        .iter()
        .any(|p| t.norm.starts_with(p));
    let minister = !definite && t.stems().any(|s| s == "وزير" || s == "وزيره");
    if !minister {
        return None;
    }
    // the title may start before "وزير" ("نائب وزير الخارجية")
    let span = (k.saturating_sub(2)..=k)
        .filter_map(|s| people.title_at(s))
        .find(|s| s.toks.contains(&k) && s.toks.end > k + 1)?;
    let words = &doc.toks[k + 1..span.toks.end];
    if words.iter().any(|w| !w.is_word()) || NOT_PORTFOLIOS.contains(&words[0].norm.as_str()) {
        return None;
    }
    let nationalities = &lexicons().nationalities;
    let text: Vec<String> = words
        .iter()
        .map(|w| {
            let word = &doc.text[w.start..w.end];
            if nationalities.has(w) && word.ends_with('ي') {
                format!("{word}ة")
            } else {
                word.to_string()
            }
        })
        .collect();
    Some(text.join(" "))
}

/// Longest description looked up as an earlier apposition, in words.
const APPOSED_WORDS: usize = 3;

/// "السفير خالد سالم المتحدث الرسمي باسم …" then "وأضاف المتحدث الرسمي":
/// a description of a few words that stood right after a person's name
/// earlier is that person.
fn apposed_person(doc: &Doc, people: &People, d: Range<usize>) -> Option<usize> {
    if d.len() > APPOSED_WORDS {
        return None;
    }
    let words: Vec<String> = doc.toks[d.clone()].iter().map(|t| canon(&t.norm)).collect();
    let same_at = |k: usize| {
        words
            .iter()
            .enumerate()
            .all(|(n, w)| doc.toks.get(k + n).is_some_and(|t| canon(&t.norm) == *w))
    };
    let k = (d.start.saturating_sub(2000)..d.start)
        .rev()
        .find(|&k| same_at(k))?;
    named_before(doc, people, k)
}

/// The person whose name ends right before token `k`, or before a comma
/// there ("السفير خالد سالم، المتحدث الرسمي"): the one a description at
/// `k` stands in apposition to.
fn named_before(doc: &Doc, people: &People, k: usize) -> Option<usize> {
    let comma = k > 0 && (doc.toks[k - 1].is_punct('،') || doc.toks[k - 1].is_punct(','));
    let end = if comma { k - 1 } else { k };
    (end.saturating_sub(5)..end).find_map(|m| {
        people
            .mention_at(m)
            .filter(|&(_, e)| e == end)
            .map(|(p, _)| p)
    })
}

/// "… النيابية مختار الموسوي" then "وتابع الموسوي": a surname in ال first
/// written after a word that no list knows (a given name the people list
/// missed) is that full name.
fn given_name_before(doc: &Doc, k: usize) -> Option<Range<usize>> {
    let lex = lexicons();
    let surname = &doc.toks[k];
    let given = doc.toks.get(k.checked_sub(1)?)?;
    let plain = given.is_word()
        && !given.norm.is_ascii()
        && !given.norm.starts_with("ال")
        && given.norm.chars().count() > 2
        && !lex.stopwords.has(given)
        && !lex.titles.has(given)
        && !lex.office_words.has(given)
        && !lex.honorifics.has(given)
        && !lex.speech_verbs.has(given)
        && !lex.sources.has(given);
    let known_given = plain && lex.given_names.has(given) && !surname.norm.starts_with("ال");
    // "استقباله السفير": a title or a body after a noun is no surname
    let office = lex.titles.has(surname) || lex.sources.has(surname);
    (surname.norm.starts_with("ال") && plain && !office || known_given).then_some(k - 1..k + 1)
}

/// "أكد ناصر بوريطة، وزير …، أن" when the people list missed the name: a
/// known given name and the word after it (not a function word, a verb of
/// saying or a title), before a comma or the complementizer, name the speaker.
fn unlisted_name(doc: &Doc, j: usize, end: usize) -> Option<Range<usize>> {
    let lex = lexicons();
    let given = doc.toks.get(j).filter(|t| !t.norm.is_ascii())?;
    let second = doc.toks.get(j + 1).filter(|_| j + 1 < end)?;
    let closes = doc
        .toks
        .get(j + 2)
        .is_none_or(|t| !t.is_word() || is_complementizer(&t.norm) || j + 2 >= end);
    let plain = second.is_word()
        && second.norm.chars().count() > 2
        && !lex.stopwords.has(second)
        && !lex.speech_verbs.has(second)
        && !lex.titles.has(second)
        && !lex.office_words.has(second)
        && !is_complementizer(&second.norm)
        // "قال حسين للصحفيين إن": the audience, not a surname
        && !second.norm.starts_with("لل")
        && !to_an_outlet(second);
    (lex.given_names.has(given) && plain && closes).then_some(j..j + 2)
}

/// An English surname alone ("Sisi said") is the person whose name ends
/// with it, with or without the article ("Abdel Fattah al-Sisi").
fn surname_of(doc: &Doc, people: &People, d: Range<usize>) -> Option<usize> {
    let t = doc
        .toks
        .get(d.start)
        .filter(|t| d.len() == 1 && t.capital)?;
    if !t.norm.is_ascii() {
        return None;
    }
    let strip = |w: &str| {
        let w = w
            .strip_prefix("al-")
            .or_else(|| w.strip_prefix("el-"))
            .unwrap_or(w);
        w.to_string()
    };
    let surname = strip(&t.norm);
    let mut found = (0..people.persons.len()).filter(|&p| {
        let words = &people.persons[p].words;
        words.len() > 1 && words.last().is_some_and(|w| strip(w) == surname)
    });
    let first = found.next()?;
    // two people of that surname: the text does not say which
    found.next().is_none().then_some(first)
}

/// For a bare English body ("the ministry"), its full name used earlier:
/// capitalised words around the same head ("Saudi Ministry of Foreign
/// Affairs").
pub fn english_body(doc: &Doc, d: Range<usize>) -> Option<Range<usize>> {
    if d.len() != 1 || !doc.toks[d.start].norm.is_ascii() {
        return None;
    }
    let head = &doc.toks[d.start].norm;
    let k = (d.start.saturating_sub(2000)..d.start)
        .rev()
        .find(|&k| doc.toks[k].norm == *head && doc.toks[k].capital)?;
    let capital = |i: usize| doc.toks[i].capital && doc.toks[i].is_word();
    let mut s = k;
    while s > 0 && k - s < 3 && capital(s - 1) {
        s -= 1;
    }
    let mut e = k + 1;
    let of = doc
        .toks
        .get(e)
        .is_some_and(|t| t.norm == "of" || t.norm == "for");
    if of && e + 1 < doc.toks.len() && capital(e + 1) {
        e += 1;
        while e < doc.toks.len() && e - k < 6 && capital(e) {
            e += 1;
        }
    }
    (e - s > 1).then_some(s..e)
}

/// Most words of a name after its first.
const NAME_TAIL: usize = 2;

/// A capitalised word alone that is no body ("Ahn noted") is the name it
/// began earlier ("… Energy Ahn Duk-geun"): it and the capitalised words
/// after it, not the title before it.
fn english_name(doc: &Doc, d: Range<usize>) -> Option<Range<usize>> {
    let t = doc
        .toks
        .get(d.start)
        .filter(|t| d.len() == 1 && t.capital && t.norm.is_ascii())?;
    if lexicons().sources.has(t) || lexicons().titles.has(t) {
        return None;
    }
    let k = (d.start.saturating_sub(2000)..d.start)
        .rev()
        .find(|&k| doc.toks[k].norm == t.norm && doc.toks[k].capital)?;
    let name = |i: usize| {
        doc.toks
            .get(i)
            .is_some_and(|n| n.capital && n.is_word() && !lexicons().stopwords.has(n))
    };
    let mut e = k + 1;
    while e - k <= NAME_TAIL && name(e) {
        e += 1;
    }
    (e > k + 1).then_some(k..e)
}

/// Lower-case words an acronym leaves out ("Office for the Coordination of
/// Humanitarian Affairs").
const ACRONYM_GAPS: &[&str] = &["of", "for", "the", "and", "on"];

/// An acronym alone ("SPA said") is the name it stands for, written out
/// earlier ("the Saudi Press Agency reported"): capitalised words whose
/// initials spell it.
fn spelled_out(doc: &Doc, d: Range<usize>) -> Option<Range<usize>> {
    let t = doc.toks.get(d.start).filter(|_| d.len() == 1)?;
    let letters: Vec<char> = doc.text[t.start..t.end].chars().collect();
    let acronym = (2..=6).contains(&letters.len()) && letters.iter().all(char::is_ascii_uppercase);
    if !acronym {
        return None;
    }
    (d.start.saturating_sub(2000)..d.start)
        .rev()
        .find_map(|k| initials_at(doc, k, &letters))
}

/// The words from token `k` whose initials are `letters`, with the
/// lower-case words of [`ACRONYM_GAPS`] between them.
fn initials_at(doc: &Doc, k: usize, letters: &[char]) -> Option<Range<usize>> {
    let mut j = k;
    for (n, &l) in letters.iter().enumerate() {
        while n > 0
            && doc
                .toks
                .get(j)
                .is_some_and(|t| ACRONYM_GAPS.contains(&t.norm.as_str()))
        {
            j += 1;
        }
        let t = doc.toks.get(j).filter(|t| t.is_word() && t.capital)?;
        let first = doc.text[t.start..t.end].chars().next()?;
        if first != l || t.end - t.start < 2 {
            return None;
        }
        j += 1;
    }
    Some(k..j)
}

/// Words before an English noun that open its phrase.
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "this"];

/// Adjectives that tell how a text was written, not what it is ("a brief
/// statement"): no part of its name.
const MANNER_WORDS: &[&str] = &[
    "brief", "short", "long", "lengthy", "new", "separate", "written", "earlier", "later",
    "previous", "terse", "rare", "similar", "further", "second", "first", "final",
];

/// Most modifiers taken from an earlier mention of an English body.
const MODIFIERS: usize = 2;

/// For a bare English body ("the communique"), its earlier mention with the
/// lower-case words or the nationality that said what it was ("a defence
/// communique", "a joint statement", "a Ghanaian official"), when it had no
/// capitalised name.
fn english_modified(doc: &Doc, d: Range<usize>) -> Option<Range<usize>> {
    let t = doc
        .toks
        .get(d.start)
        .filter(|t| d.len() == 1 && t.norm.is_ascii())?;
    let k = (d.start.saturating_sub(2000)..d.start)
        .rev()
        .find(|&k| doc.toks[k].norm == t.norm)?;
    let modifier = |m: &crate::text::Token| {
        m.is_word()
            && m.norm.is_ascii()
            && (!m.capital || lexicons().nationalities.has(m))
            && !DETERMINERS.contains(&m.norm.as_str())
            && !MANNER_WORDS.contains(&m.norm.as_str())
            && !lexicons().stopwords.has(m)
            && !lexicons().speech_verbs.has(m)
    };
    let mut s = k;
    while s > 0 && k - s < MODIFIERS && modifier(&doc.toks[s - 1]) {
        s -= 1;
    }
    let opened = s > 0 && DETERMINERS.contains(&doc.toks[s - 1].norm.as_str());
    (s < k && opened).then_some(s..k + 1)
}

/// Heads of source descriptions that name people, not a body that issues
/// statements.
const NOT_BODIES: &[&str] = &[
    "عضو",
    "مصدر",
    "مصادر",
    "مسوول",
    "مسوولون",
    "المتحدث",
    "source",
    "sources",
    "official",
    "officials",
    "spokesman",
    "analysts",
];

/// The name of a body starting at `j`: the head and the words that agree
/// with it ("وزارة الخارجية السعودية", "الوكالة الرسمية", "مصدر عليم"),
/// not the verb or the person after it ("الوزارة تلقت", "الخارجية سامي").
/// Arabic adjectives agree in definiteness: after a definite word only
/// definite words (or known places) continue the name.
fn body_name(doc: &Doc, j: usize) -> Range<usize> {
    agreeing(doc, describe(doc, j, doc.toks.len()))
}

/// The words of the description `full` that agree with its head (see
/// [`body_name`]).
fn agreeing(doc: &Doc, full: Range<usize>) -> Range<usize> {
    let lex = lexicons();
    let j = full.start;
    let is_definite = |t: &crate::text::Token| t.norm.starts_with("ال") || t.norm.starts_with("لل");
    let mut definite = is_definite(&doc.toks[j]);
    let mut k = j + 1;
    while k < full.end {
        let t = &doc.toks[k];
        let named_place = lex.places.match_at(&doc.toks, k).is_some();
        // "مكتب الاتصالات الخاص بالرئاسة": the body it belongs to
        let owner =
            is_link(&doc.toks[k - 1]) && (t.norm.starts_with("بال") || t.norm.starts_with("لل"));
        let agrees = t.norm.is_ascii() || is_definite(t) || named_place || owner || !definite;
        if !agrees || object_after_nationality(doc, k) {
            break;
        }
        definite |= is_definite(t);
        k += 1;
    }
    j..k
}

/// Whether the definite word at `k` follows a nationality that closed a
/// body's name and is no adjective itself: the verb's object ("أدانت
/// وزارة الخارجية السعودية التفجير"), since a genitive never follows the
/// adjective of the noun it would complete.
fn object_after_nationality(doc: &Doc, k: usize) -> bool {
    let lex = lexicons();
    let t = &doc.toks[k];
    let after = k > 0 && lex.nationalities.has(&doc.toks[k - 1]);
    let adjective = lex.nationalities.has(t) || t.norm.ends_with('ي') || t.norm.ends_with("يه");
    after && t.norm.starts_with("ال") && !t.norm.is_ascii() && !adjective
}

/// A description: from `j` over nouns and adjectives up to four words,
/// stopping at punctuation, function words and complementizers.
fn describe(doc: &Doc, j: usize, end: usize) -> Range<usize> {
    let lex = lexicons();
    let mut k = j + 1;
    let mut longest = 4;
    while k < end && k - j < longest {
        let t = &doc.toks[k];
        if is_link(t) {
            // "مكتب الاتصالات الخاص بالرئاسة التركية": the owner's name too
            longest = longest.max(k - j + 3);
        }
        if inside_a_body(doc, j, k) {
            // "مصادر في وزارة الدفاع التركية": where the source sits
            longest = 7;
            k += 1;
            continue;
        }
        if let Some(close) = quoted_name_end(doc, k, end) {
            // "مندوبة "الوكالة الوطنية للإعلام"": the body in quotation marks
            // (speech in quotation marks never ends before the clause)
            return j..close + 1;
        }
        if !t.is_word()
            || t.norm.chars().count() < 2
            || lex.stopwords.has(t)
            || is_complementizer(&t.norm)
            || lex.speech_verbs.has(t)
            || to_an_outlet(t)
        {
            break;
        }
        k += 1;
    }
    j..k
}

/// Longest name in quotation marks in a speaker's description, in words.
const QUOTED_NAME_WORDS: usize = 6;

/// Where a name in quotation marks opened at token `k` closes, if it
/// closes before `end` within [`QUOTED_NAME_WORDS`] words.
fn quoted_name_end(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let is_mark = |t: &crate::text::Token, marks: &[&str]| marks.contains(&t.norm.as_str());
    if !is_mark(&doc.toks[k], &["\"", "«", "“"]) {
        return None;
    }
    let close = (k + 1..end.min(doc.toks.len()))
        .take(QUOTED_NAME_WORDS + 1)
        .find(|&c| is_mark(&doc.toks[c], &["\"", "»", "”"]))?;
    let words = doc.toks[k + 1..close].iter().all(|t| t.is_word());
    (close > k + 1 && words).then_some(close)
}

/// "وأضاف المصدر ذاته", "وتابع المسؤول نفسه": an unnamed person said to be
/// "the same" is the one who spoke last, like a pronoun (a body said to be
/// the same, "البلاغ ذاته", is its earlier mention instead).
fn the_same(doc: &Doc, d: Range<usize>) -> bool {
    let head = canon(&doc.toks[d.start].norm);
    let person = MEMBERS.contains(&head.as_str()) || matches!(head.as_str(), "متحدث" | "ناطق");
    person
        && doc.toks[d.start + 1..d.end]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "ذاته" | "ذاتها" | "نفسه" | "نفسها"))
}

/// Heads of descriptions of unnamed people ("مصدر", "عضو"), which may say
/// in which body they sit.
const MEMBERS: &[&str] = &[
    "مصدر",
    "مصادر",
    "مسوول",
    "مسوولون",
    "مسوولين",
    "عضو",
    "نايب",
    "نواب",
];

/// Whether token `k` is the "في" of an unnamed source's body right after
/// its head `j` ("مصدر في الوزارة", "عضو في مجلس المحافظة"): a body or a
/// place follows.
fn inside_a_body(doc: &Doc, j: usize, k: usize) -> bool {
    let lex = lexicons();
    k == j + 1
        && doc.toks[k].norm == "في"
        && MEMBERS.contains(&canon(&doc.toks[j].norm).as_str())
        && doc
            .toks
            .get(k + 1)
            .is_some_and(|n| lex.sources.has(n) || lex.places.match_at(&doc.toks, k + 1).is_some())
}

/// Outlets the speaker talks to ("قال المصدر لوكالة …", "للجزيرة نت"),
/// which end the speaker's description.
const OUTLETS: &[&str] = &[
    "وكاله",
    "صحيفه",
    "قناه",
    "موقع",
    "جزيره",
    "اذاعه",
    "تلفزيون",
    "مراسل",
    "صحفيين",
    "صحافيين",
    "صحافه",
    "وسائل",
];

/// Whether `t` is "to" an outlet (ل/لل + an outlet word).
fn to_an_outlet(t: &crate::text::Token) -> bool {
    let rest = t
        .norm
        .strip_prefix("لل")
        .or_else(|| t.norm.strip_prefix('ل'))
        .unwrap_or("");
    OUTLETS.contains(&rest)
}

/// Whether token `k` is the period after a capital letter of an
/// abbreviation ("U.N.", "U.S."), written without a space.
fn abbreviation_dot(doc: &Doc, k: usize) -> bool {
    let Some(letter) = k.checked_sub(1).map(|l| &doc.toks[l]) else {
        return false;
    };
    let dot = &doc.toks[k];
    dot.norm == "."
        && letter.is_word()
        && letter.capital
        && letter.norm.chars().count() == 1
        && letter.end == dot.start
}

/// The subject ending right before token `i` (SVO), within `start..i`.
pub fn subject_before(doc: &Doc, people: &People, i: usize, start: usize) -> Option<Who> {
    let mut j = i;
    let mut skipped = 0;
    while j > start && skipped < 4 {
        j -= 1;
        // "The World Health Organization (WHO) said": the name before its acronym
        if let Some(open) = acronym_before(doc, j, start) {
            j = open;
            continue;
        }
        if let Some((p, _)) = people.mention_at(j) {
            if let Some(office) = office_of(doc, people, j, start) {
                return Some(Who::Desc(office));
            }
            return Some(Who::Person(p));
        }
        if let Some(span) = people.titles.iter().find(|t| t.toks.end == j + 1) {
            return Some(match span.person {
                Some(p) => Who::Person(p),
                None => Who::Desc(span.toks.clone()),
            });
        }
        let t = &doc.toks[j];
        // "It added that": the body quoted last, like "he" for a person
        if is_pronoun(&t.norm) || t.norm == "it" {
            return Some(Who::Pronoun);
        }
        if t.is_word() && t.norm.is_ascii() && !lexicons().sources.has(t) {
            // "officials from both countries said", "a spokesperson for the EU said"
            if let Some(s) = source_with_complement(doc, j, start) {
                return Some(Who::Desc(s..j + 1));
            }
        }
        if name_word(t) && t.norm.is_ascii() && !lexicons().stopwords.has_norm(&t.norm) {
            let mut s = j;
            while s > start
                && name_word(&doc.toks[s - 1])
                && j - s < 3
                && !lexicons().stopwords.has_norm(&doc.toks[s - 1].norm)
            {
                s -= 1;
            }
            return Some(of_phrase(doc, people, s, j + 1, start).unwrap_or(Who::Desc(s..j + 1)));
        }
        if lexicons().sources.has(t) {
            let mut s = j;
            // "OPEC+ delegate": the plus sign is part of the name
            while s > start
                && (doc.toks[s - 1].is_word() || doc.toks[s - 1].norm == "+")
                && !is_kana(&doc.toks[s - 1])
                && !lexicons().stopwords.has_norm(&doc.toks[s - 1].norm)
                && j - s < 3
            {
                s -= 1;
            }
            // "U.N. agencies": the letters and periods of an abbreviation
            while s >= start + 2 && abbreviation_dot(doc, s - 1) {
                s -= 2;
            }
            return Some(Who::Desc(s..j + 1));
        }
        // "وكانت الوزارة قد أكدت أن": the subject before قد and the verb
        if !(t.is_word()
            && matches!(
                t.norm.as_str(),
                "also"
                    | "later"
                    | "further"
                    | "then"
                    | "had"
                    | "has"
                    | "have"
                    | "reportedly"
                    | "قد"
                    | "كان"
                    | "كانت"
            ))
        {
            return None;
        }
        skipped += 1;
    }
    None
}

/// The "(" of an acronym in parentheses whose ")" is token `j` ("(WHO)").
fn acronym_before(doc: &Doc, j: usize, start: usize) -> Option<usize> {
    if j < start + 3 || !doc.toks[j].is_punct(')') || !doc.toks[j - 2].is_punct('(') {
        return None;
    }
    let t = &doc.toks[j - 1];
    let raw = &doc.text[t.start..t.end];
    let acronym = t.is_word()
        && (2..=8).contains(&raw.len())
        && raw.chars().all(|c| c.is_ascii_uppercase() || c == '-');
    acronym.then_some(j - 2)
}

/// "The office of President Jane Roe said": the office (up to the name
/// ending at token `j`) speaks, not the person it serves.
fn office_of(doc: &Doc, people: &People, j: usize, start: usize) -> Option<Range<usize>> {
    let (p, e) = people.mention_at(j)?;
    let mut m = j;
    while m > start && people.mention_at(m - 1).is_some_and(|(q, _)| q == p) {
        m -= 1;
    }
    if let Some(t) = people.titles.iter().find(|t| t.toks.end == m) {
        m = t.toks.start.max(start);
    }
    if m < start + 2 || doc.toks[m - 1].norm != "of" {
        return None;
    }
    let o = m - 2;
    matches!(
        doc.toks[o].norm.as_str(),
        "office" | "cabinet" | "administration" | "government"
    )
    .then_some(o..e.max(j + 1))
}

/// Longest English name of a body with "of", "for" or "to" inside, in tokens.
const OF_NAME_WORDS: usize = 10;

/// "The Organisation of Islamic Cooperation said", "the Committee to
/// Protect Journalists said": the capitalised words `s..e` go on leftwards
/// over "of (the)", "for (the)", "to" and the capitalised words before
/// them, up to the whole name; a person named right before "of" ("Jan
/// Egeland of the Refugee Council said") is the speaker instead.
fn of_phrase(doc: &Doc, people: &People, s: usize, e: usize, start: usize) -> Option<Who> {
    let word = |i: usize| doc.toks[i].norm.as_str();
    let capital = |i: usize| {
        let t = &doc.toks[i];
        t.is_word() && t.norm.is_ascii() && name_word(t) && !lexicons().stopwords.has_norm(&t.norm)
    };
    let mut s = s;
    let mut extended = false;
    loop {
        let k = if s > start && word(s - 1) == "the" {
            s - 1
        } else {
            s
        };
        if k < start + 2 || !matches!(word(k - 1), "of" | "for" | "to") {
            break;
        }
        if let Some(p) = named_before(doc, people, k - 1) {
            return Some(Who::Person(p));
        }
        let mut n = k - 1;
        while n > start && e - n < OF_NAME_WORDS && capital(n - 1) {
            n -= 1;
        }
        if n == k - 1 {
            break;
        }
        s = n;
        extended = true;
    }
    extended.then_some(Who::Desc(s..e))
}

/// Most words between an English source and the verb it is subject of.
const COMPLEMENT_WORDS: usize = 4;

/// An English source followed by its complement ("officials from both
/// countries", "a spokesperson for the EU") ending at token `j`: where the
/// source starts, with words in capitals before it ("U.N. agencies at …").
fn source_with_complement(doc: &Doc, j: usize, start: usize) -> Option<usize> {
    let from = start.max(j.saturating_sub(COMPLEMENT_WORDS));
    let m = (from..j).rev().find(|&m| {
        lexicons().sources.has(&doc.toks[m])
            && doc.toks.get(m + 1).is_some_and(|p| {
                matches!(
                    p.norm.as_str(),
                    "from" | "of" | "for" | "at" | "in" | "with"
                )
            })
    })?;
    // only plain words between: not a clause of its own
    let plain = doc.toks[m + 1..=j]
        .iter()
        .all(|t| t.is_word() && t.norm.is_ascii() && !lexicons().speech_verbs.has(t));
    plain.then_some(m)
}

/// A word of an English name: capitalised, or an Arabic surname with its
/// article ("al-Sisi", "el-Sisi").
fn name_word(t: &crate::text::Token) -> bool {
    t.capital || t.norm.starts_with("al-") || t.norm.starts_with("el-")
}

/// كان and its forms, which open "وكانت الوزارة قد أكدت" and are not part
/// of the subject.
fn is_kana(t: &crate::text::Token) -> bool {
    let bare = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    matches!(bare, "كان" | "كانت" | "وكان")
}

/// Whether the normalised word `w` is an honorific pronoun ("سيادته", "جلالته").
pub fn is_honorific_pronoun(w: &str) -> bool {
    HONORIFIC_PRONOUNS.iter().any(|(h, _)| *h == w)
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
            | "بانهما"
            | "باننا"
            | "بانني"
            | "انهن"
            | "انكم"
            | "that"
    )
}

/// The person mentioned last before token `i`, if any.
pub fn last_person_before(people: &People, i: usize) -> Option<usize> {
    people.last_before(i)
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    /// The title given for the speaker of statement `i`.
    fn speaker_title(f: &crate::facts::Facts, i: usize) -> Option<String> {
        f.statements[i]
            .speaker
            .as_ref()
            .and_then(|p| p.title.clone())
    }

    /// The name given for the speaker of statement `i`.
    fn speaker_name(f: &crate::facts::Facts, i: usize) -> Option<String> {
        f.statements[i]
            .speaker
            .as_ref()
            .and_then(|p| p.name.clone())
    }

    /// What `pick` takes from the speaker of each statement of `text`.
    fn speaker_field(
        text: &str,
        pick: impl Fn(&crate::facts::Party) -> Option<String>,
    ) -> Vec<Option<String>> {
        extract(text)
            .statements
            .iter()
            .map(|s| s.speaker.as_ref().and_then(&pick))
            .collect()
    }

    /// The speakers' names, statement by statement.
    fn speakers(text: &str) -> Vec<Option<String>> {
        speaker_field(text, |p| p.name.clone())
    }

    /// The speakers' titles or descriptions, statement by statement.
    fn speaker_titles(text: &str) -> Vec<Option<String>> {
        speaker_field(text, |p| p.title.clone())
    }

    /// The speakers' names, or their descriptions when they have none.
    fn speaker_labels(text: &str) -> Vec<Option<String>> {
        speaker_field(text, |p| p.name.clone().or(p.title.clone()))
    }

    #[test]
    fn the_statement_is_the_bodys_that_issued_it() {
        let got = speaker_titles(
            "وقالت وزارة الصحة في بيان إن الاشتباكات بين الجيش والشرطة توقفت. وأوضح البيان أن المستشفيات تعمل بكامل طاقتها.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], Some("وزارة الصحة".to_string()));
    }

    #[test]
    fn the_outlet_spoken_to_is_not_the_speaker() {
        let got = speakers(
            "وقال الوزير خالد سالم إن الحوار مستمر. وأضاف للصحيفة أن اللجنة ستجتمع قريبا.",
        );
        assert_eq!(
            got,
            [Some("خالد سالم".to_string()), Some("خالد سالم".to_string())]
        );
    }

    #[test]
    fn the_head_of_the_delegation_is_the_one_it_is_led_by() {
        let got = speakers(
            "استقبل رئيس مجلس الوزراء خالد سالم وفدا برلمانيا برئاسة النائب يوسف كامل. وأعرب رئيس الوفد عن شكره لرئيس مجلس الوزراء، مؤكدا أن العلاقات متينة.",
        );
        assert_eq!(got, [Some("يوسف كامل".to_string())]);
    }

    #[test]
    fn an_abbreviation_with_periods_belongs_to_the_body() {
        let got = speaker_titles(
            "The talks resumed on Monday in Geneva, while U.N. agencies said food stocks were running low.",
        );
        assert_eq!(got, [Some("U.N. agencies".to_string())]);
    }

    #[test]
    fn a_body_named_in_quotation_marks_belongs_to_the_description() {
        let got =
            speaker_titles("وأفاد مراسل \"القناة الإخبارية الأولى\" في المدينة بأن الاشتباكات توقفت.");
        assert_eq!(got.len(), 1);
        let title = got[0].clone().unwrap_or_default();
        assert!(title.contains("القناة الإخبارية الأولى"), "{title}");
    }

    #[test]
    fn a_title_with_coordinated_nouns_is_the_name_after_it() {
        let got = speakers(
            "وأوضح المدير العام لهيئة الثقافة والفنون والتراث الدكتور خالد سالم أن المهرجان ناجح.",
        );
        assert_eq!(got, [Some("خالد سالم".to_string())]);
    }

    #[test]
    fn an_unnamed_source_with_its_body_but_not_the_outlet() {
        let who = speaker_titles(
            "وقال مصدر أمني مطلع لوكالة الأنباء إن الطريق أغلق. وأفادت مصادر في وزارة الداخلية الأردنية بأن التحقيق مستمر. وقال المصدر للوكالة إن الحادث محدود.",
        );
        assert_eq!(who[0].as_deref(), Some("مصدر أمني مطلع"));
        assert_eq!(who[1].as_deref(), Some("مصادر في وزارة الداخلية الأردنية"));
        assert_eq!(who[2].as_deref(), Some("مصدر أمني مطلع"));
    }

    #[test]
    fn a_body_subject_without_the_verbs_object() {
        let f = extract("وجددت الوزارة موقف المملكة الثابت، مشيرة إلى أن الحوار هو السبيل.");
        let who = speaker_title(&f, 0);
        assert_eq!(who.as_deref(), Some("الوزارة"));
    }

    #[test]
    fn the_same_official_is_the_last_speaker() {
        let f = extract(
            "وقال مسؤول حكومي إن الخطة جاهزة. والتقى الوزير خالد سالم السفير سعيد ناصر. وأضاف المسؤول الحكومي ذاته أن التنفيذ يبدأ غدا.",
        );
        let who = speaker_title(&f, 1);
        assert_eq!(who.as_deref(), Some("مسؤول حكومي"));
    }

    #[test]
    fn the_official_agency_is_the_agency_named_before() {
        let f = extract(
            "ونقلت وكالة الأنباء العمانية خبر الزيارة. وذكرت الوكالة الرسمية، أن الوزير وصل إلى مسقط.",
        );
        let who = speaker_title(&f, 0);
        assert_eq!(who.as_deref(), Some("وكالة الأنباء العمانية"));
    }

    #[test]
    fn an_english_source_with_its_complement() {
        let who = speaker_titles(
            "Jane Roe met the envoy. Officials from both countries said they aimed to double trade. A spokesperson for the EU said Brussels was watching.",
        );
        assert_eq!(who[0].as_deref(), Some("Officials from both countries"));
        assert_eq!(who[1].as_deref(), Some("spokesperson for the EU"));
    }

    #[test]
    fn a_name_the_people_list_missed_and_its_surname_later() {
        let who = speaker_labels(
            "أكد ناصر زيتونة، وزير الخارجية، أن البلدين شريكان. وأوضح زيتونة أن الزيارة ناجحة.",
        );
        assert_eq!(who[0].as_deref(), Some("ناصر زيتونة"));
        assert_eq!(who[1].as_deref(), Some("ناصر زيتونة"));
    }

    #[test]
    fn a_spokesman_after_a_comma_is_the_person_before_it() {
        let got = speakers(
            "صرح السفير خالد سالم، المتحدث الرسمي باسم الوزارة، بأن الوزير غادر. وأضاف المتحدث الرسمي أن الزيارة قصيرة.",
        );
        assert_eq!(got[1], Some("خالد سالم".to_string()));
    }

    #[test]
    fn an_official_named_after_where_he_works() {
        let got = speakers(
            "وأفاد مسؤول ملف الاستيطان في محافظة نابلس خالد سالم، بأن الجرافات هدمت منزلين.",
        );
        assert_eq!(got, [Some("خالد سالم".to_string())]);
    }

    #[test]
    fn a_title_then_an_honorific_then_the_name() {
        let got = speakers(
            "وقال الأمين العام لرابطة الجامعات الشيخ خالد بن سعد إن المؤتمر سيعقد في موعده.",
        );
        assert_eq!(got, [Some("خالد بن سعد".to_string())]);
    }

    #[test]
    fn an_honorific_pronoun_is_the_person_with_that_honorific() {
        let got = speakers(
            "استقبل صاحب السمو الأمير خالد بن سعد معالي الوزير سالم ناصر العمري. وأكد سموه أن العلاقات متينة.",
        );
        assert_eq!(got, [Some("خالد بن سعد".to_string())]);
    }

    #[test]
    fn a_bare_spokesman_is_the_person_he_stood_beside() {
        let got = speakers(
            "صرح السفير خالد سالم المتحدث الرسمي باسم الوزارة بأن الوزير غادر. وأوضح المتحدث أن الزيارة قصيرة.",
        );
        assert_eq!(got[1], Some("خالد سالم".to_string()));
    }

    #[test]
    fn english_it_and_the_ministry_are_the_body_named_before() {
        let who = speaker_titles(
            "The Omani Foreign Ministry said in a statement that the sultanate welcomes the truce. It added that aid must flow. The ministry stressed that talks remain the only way.",
        );
        assert_eq!(who.len(), 3);
        for w in &who {
            assert!(
                w.as_deref()
                    .is_some_and(|w| w.contains("Omani Foreign Ministry")),
                "{who:?}"
            );
        }
    }

    #[test]
    fn a_bare_ministry_after_its_statement_is_its_full_name() {
        let f = extract(
            "أصدرت وزارة الخارجية العمانية بيانا حول الأزمة. وأعربت الوزارة في البيان عن قلقها. وأضاف البيان أن السلطنة مستعدة للمساعدة.",
        );
        let who = speaker_title(&f, 0);
        assert_eq!(who.as_deref(), Some("وزارة الخارجية العمانية"));
    }

    #[test]
    fn an_english_surname_alone_is_the_person_named_in_full() {
        let f = extract(
            "Egyptian President Abdel Fattah al-Sisi met the envoy. Sisi also noted that Cairo would host a conference.",
        );
        let who = speaker_name(&f, 0);
        assert_eq!(who.as_deref(), Some("Abdel Fattah al-Sisi"));
    }

    #[test]
    fn an_abbreviated_title_before_the_name_is_skipped() {
        let got = speakers("وقال د. خالد سالم إن الخطة جاهزة. وأكد م. سعيد ناصر أن العمل مستمر.");
        assert_eq!(got[1], Some("سعيد ناصر".to_string()));
    }

    #[test]
    fn the_latter_is_the_person_mentioned_last() {
        let got = speakers(
            "وقال الوزير خالد سالم إن الخطة جاهزة. والتقى سالم السفير سعيد ناصر. وقال الأخير إن بلاده تدعم الخطة.",
        );
        assert_eq!(got[1], Some("سعيد ناصر".to_string()));
    }

    #[test]
    fn a_member_for_a_bloc_and_a_statement_issued_by_an_office() {
        let who = speaker_labels(
            "وأكد النائب عن ائتلاف دولة القانون محمد سالم أن البرلمان سيصوت. وذكر بيان صادر عن مكتب رئيس الوزراء أن الاجتماع انتهى.",
        );
        assert_eq!(who[0].as_deref(), Some("محمد سالم"));
        assert_eq!(who[1].as_deref(), Some("مكتب رئيس الوزراء"));
    }

    #[test]
    fn a_surname_first_written_after_an_unknown_given_name() {
        let f = extract(
            "وقال عضو اللجنة النيابية زهير الحمداني إن الجلسة تأجلت. وأضاف الوزير خالد سالم أن الموعد لم يحدد. وتابع الحمداني بالقول إن الخلاف مستمر.",
        );
        let last = f.statements.last().and_then(|s| s.speaker.as_ref());
        let who = last.and_then(|p| p.name.clone().or(p.title.clone()));
        assert_eq!(who.as_deref(), Some("زهير الحمداني"));
    }

    #[test]
    fn the_statement_is_not_the_agency_that_received_it() {
        let f = extract(
            "أعلن المكتب الإعلامي لوزارة الكهرباء اليوم أن الإنتاج ارتفع. وذكر المكتب في بيان تلقته وكالة الأنباء العراقية أن العمل مستمر. وأضاف البيان أن الوزارة أدخلت وحدات جديدة.",
        );
        let last = f.statements.last().and_then(|s| s.speaker.as_ref());
        let text = last
            .map(|p| format!("{:?} {:?}", p.name, p.title))
            .unwrap_or_default();
        assert!(!text.contains("وكالة"), "{text}");
    }

    #[test]
    fn an_indefinite_official_is_not_the_named_compatriot() {
        let text = "استقبل الرئيس خالد سالم وزير الخارجية الكندي جون سميث. وقال مسؤول كندي إن أوتاوا ستدعم الخطة. وقال مسؤول ملف التجارة في الوزارة يوسف كامل إن الصادرات سترتفع.";
        assert_eq!(
            speaker_labels(text),
            [
                Some("مسؤول كندي".to_string()),
                Some("يوسف كامل".to_string())
            ]
        );
    }

    #[test]
    fn the_official_of_a_nationality_is_the_one_whose_title_names_its_country() {
        let f = extract(
            "عنوان\n\nاستقبل الوزير سالم الدوري اليوم خوان بيريث، وزير الشؤون الخارجية لجمهورية غواتيمالا.\n\
             وقال المسؤول الغواتيمالي إن بلاده ترغب في تعزيز التعاون.",
        );
        assert_eq!(speaker_name(&f, 0).as_deref(), Some("خوان بيريث"));
    }

    #[test]
    fn a_bare_ministry_is_the_ministry_of_the_ministers_title() {
        let who = speaker_titles(
            "شارك وزير الزراعة والتنمية الريفية سعيد ناصر في المؤتمر الإقليمي، حسب بيان للوزارة. وأوضح البيان أن الوفد بحث قضايا الأمن الغذائي.",
        );
        assert_eq!(who, [Some("وزارة الزراعة والتنمية الريفية".to_string())]);
    }

    #[test]
    fn a_rebuilt_ministry_agrees_with_its_nationality() {
        let who = speaker_titles(
            "استقبل وزير الخارجية الموريتاني خالد سالم السفير سعيد ناصر. وقالت الوزارة في بيان إن اللقاء تناول التعاون الثنائي.",
        );
        assert_eq!(who, [Some("وزارة الخارجية الموريتانية".to_string())]);
    }

    #[test]
    fn a_body_is_named_without_the_preposition_glued_to_it() {
        let who = speaker_titles(
            "ونشرت الصحف نص بيان لوزارة الزراعة الكويتية. وأكد البيان أن المحاصيل وفيرة هذا العام.",
        );
        assert_eq!(who, [Some("وزارة الزراعة الكويتية".to_string())]);
    }

    #[test]
    fn a_bare_ministry_is_that_of_the_first_minister() {
        let who = speaker_titles(
            "استقبل وزير الصحة خالد سالم السفير سعيد ناصر. والتقى وزير التجارة يوسف كامل وفدا من المستثمرين. وقالت الوزارة إن اللقاءين تناولا التعاون.",
        );
        assert_eq!(who, [Some("وزارة الصحة".to_string())]);
    }

    #[test]
    fn a_bare_ministry_is_its_earlier_mention_after_a_preposition() {
        let who = speaker_titles(
            "زار وزير المالية خالد سالم المعرض. ونشرت الصحف بيانا لوزارة الزراعة الكويتية عن الموسم. وأكدت الوزارة أن المحاصيل وفيرة.",
        );
        assert_eq!(who, [Some("وزارة الزراعة الكويتية".to_string())]);
    }

    #[test]
    fn a_body_with_a_possessive_is_the_body_of_the_person_before_it() {
        let who = speaker_labels(
            "غادر الرئيس خالد سالم العاصمة صباحا، وأكدت حكومته أن الزيارة ستستمر يومين.",
        );
        assert_eq!(who, [Some("حكومة خالد سالم".to_string())]);
    }

    #[test]
    fn a_bare_english_document_is_its_earlier_mention_with_what_it_was() {
        let who = speaker_titles(
            "The two ministers issued a joint statement on Monday. The statement stressed that tariffs would fall by half.",
        );
        assert_eq!(who, [Some("joint statement".to_string())]);
    }

    #[test]
    fn a_statement_of_a_body_is_the_bodys() {
        let who = speaker_titles("وأوضح بيان لوزارة النقل أن الرحلات استؤنفت صباح اليوم.");
        assert_eq!(who, [Some("وزارة النقل".to_string())]);
    }

    #[test]
    fn the_statement_of_his_office_is_the_office_of_the_person_before() {
        let who = speaker_titles(
            "استقبل الرئيس خالد سالم الوفد الزائر، حسب بيان لمكتبه. وأشار البيان إلى أن اللقاء تناول التعاون.",
        );
        assert_eq!(who, [Some("مكتب خالد سالم".to_string())]);
    }

    #[test]
    fn an_acronym_is_the_name_spelled_out_before() {
        let who = speaker_titles(
            "The ministers met in Oslo, the Nordic News Service reported. NNS said that the talks would resume.",
        );
        assert_eq!(
            who.first().cloned().flatten().as_deref(),
            Some("Nordic News Service")
        );
    }

    #[test]
    fn the_official_of_the_home_country_goes_by_a_title_naming_none() {
        let text = "استقبل وزير الصناعة خالد سالم وزير التجارة لجمهورية البيرو خوان غارسيا. وأكد سالم أن التعاون يتطور. وأضاف المسؤول المصري أن الاستثمارات سترتفع.";
        assert_eq!(
            speakers(text).last().cloned().flatten().as_deref(),
            Some("خالد سالم")
        );
        let alone = "استقبل وزير الصناعة خالد سالم وفدا من رجال الأعمال. وأضاف المسؤول المصري أن الاستثمارات سترتفع.";
        assert_eq!(speakers(alone).last().cloned().flatten(), None);
    }

    #[test]
    fn the_official_is_the_one_of_the_nationality_introduced_before() {
        let who = speaker_titles(
            "A Peruvian official travelling with the delegation confirmed the plan. The official said that the port would open in May.",
        );
        assert_eq!(
            who.last().cloned().flatten().as_deref(),
            Some("Peruvian official")
        );
    }

    #[test]
    fn a_word_of_a_name_alone_is_the_name_begun_before() {
        let who = speaker_labels(
            "The envoy held a call with the Minister of Mines and Energy Kwon Tae-sung on Friday. Kwon noted that exports had doubled.",
        );
        assert_eq!(
            who.last().cloned().flatten().as_deref(),
            Some("Kwon Tae-sung")
        );
    }

    #[test]
    fn the_general_secretariat_is_the_secretariat_named_before() {
        let who = speaker_titles(
            "أعلنت أمانة مجلس النواب عن موعد الجلسة. وقالت الأمانة العامة في بيان إن الجلسة ستعقد الأحد.",
        );
        assert_eq!(
            who.last().cloned().flatten().as_deref(),
            Some("أمانة مجلس النواب")
        );
    }

    #[test]
    fn the_statement_is_the_office_that_belongs_to_the_body() {
        let who = speaker_titles(
            "ونشر مكتب الإعلام الخاص بالرئاسة اللبنانية صورا من اللقاء. وأضاف البيان أن الجانبين بحثا ملف الحدود.",
        );
        assert_eq!(
            who.last().cloned().flatten().as_deref(),
            Some("مكتب الإعلام الخاص بالرئاسة اللبنانية")
        );
    }

    #[test]
    fn a_name_after_a_definite_profession_is_the_speaker() {
        let got = speakers("وقال الإعلامي سليم الورداني إن المهرجان سيعود في الربيع المقبل.");
        assert_eq!(got, [Some("سليم الورداني".to_string())]);
        let got =
            speakers("وأكد القيادي في حزب النهضة يوسف البستاني أن الحزب سيشارك في الانتخابات.");
        assert_eq!(got, [Some("يوسف البستاني".to_string())]);
    }

    #[test]
    fn a_name_after_another_title_in_the_description_is_not_the_speaker() {
        let got = speakers("وقال المشاركون في الندوة الرئيس سليم الورداني إن الحوار ضروري.");
        assert_ne!(got, [Some("سليم الورداني".to_string())]);
    }

    #[test]
    fn a_governor_or_a_professor_is_the_name_after_the_title() {
        let got = speakers("وأكد والي ولاية سطيف مراد بن عيسى أن الأشغال ستنتهي قريبا.");
        assert_eq!(got, [Some("مراد بن عيسى".to_string())]);
        let got = speakers("وقال أستاذ القانون الدولي سليم الورداني إن القرار ملزم.");
        assert_eq!(got, [Some("سليم الورداني".to_string())]);
    }

    #[test]
    fn a_channel_a_news_site_or_a_company_is_a_speaker() {
        let got = speaker_titles(
            "وقالت شركة النسيم للطيران في بيان إن الرحلات ستستأنف غدا. وذكر موقع الرصد الإخباري أن الحكومة تدرس فرض ضرائب جديدة.",
        );
        assert_eq!(
            got,
            [
                Some("شركة النسيم للطيران".to_string()),
                Some("موقع الرصد الإخباري".to_string())
            ]
        );
    }

    #[test]
    fn the_subject_after_an_aside_between_commas_speaks() {
        let got = speakers(
            "وأوضح، في مؤتمر صحفي عقده بمقر الوزارة، وزير المالية سليم الورداني أن العجز تراجع.",
        );
        assert_eq!(got, [Some("سليم الورداني".to_string())]);
    }

    #[test]
    fn the_office_of_a_president_speaks_not_the_president() {
        let got = speaker_titles(
            "The office of President Samuel Otieno said in a statement that the cabinet would meet on Monday.",
        );
        assert_eq!(got, [Some("office of President Samuel Otieno".to_string())]);
    }

    #[test]
    fn a_body_with_its_acronym_in_parentheses_speaks() {
        let f = extract("Floods\n\nThe National Water Authority (NWA) said the dams were full.");
        let who = f.statements[0].speaker.as_ref();
        let text = who.map(|p| format!("{:?} {:?}", p.name, p.title));
        assert!(
            text.is_some_and(|t| t.contains("Water Authority")),
            "{who:?}"
        );
    }
}

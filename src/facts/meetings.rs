//! Encounters: who met, received, called, visited or held talks with whom.
//!
//! A sentence with an encounter cue (استقبل، التقى، اتصال هاتفي، met, talks …)
//! reports an encounter unless it is planned or recalled (future markers,
//! "وكان … قد" with a past reference, earlier rounds). Its participants are
//! the people and unnamed parties of the sentence, completed from the
//! previous sentence when one is missing ("الوزيرين"). Restatements of the
//! same encounter merge; "كلا من … كل على حدة" splits into one per guest.

use super::doc::Doc;
use super::lexicon::{lexicons, CAME, COMES_NOW, TIME_SPANS};
use super::model::{ArticleDate, Meeting, Party, Span};
use super::people::People;
use crate::text::Token;
use std::collections::BTreeSet;

/// Markers of an encounter that has not happened yet or is background.
const NOT_NOW: &[&str] = &[
    "سيلتقي",
    "سيستقبل",
    "سيجري",
    "سيزور",
    "سوف",
    "المقرر",
    "المرتقب",
    "المقبل",
    "المقبله",
    "يعتزم",
    "تعتزم",
    "المزمع",
    "مرتقب",
    "مرتقبه",
    "سيعقد",
    "ستعقد",
    "تاجيل",
    "الغاء",
    "سابقه",
    "السابقه",
    "السابق",
    "سبق",
    "will",
    "would",
    "plans",
    "planned",
    "scheduled",
    "upcoming",
    "next",
    "previous",
    "postponed",
    "cancelled",
    "canceled",
    "last",
    "يرتقب",
    "مقرره",
    "مقررا",
    "سيتم",
    "ستتم",
    "ستجري",
    "سيبحث",
    "قريبا",
    "ارجي",
    "ارجيت",
    "ارجاء",
    "تاجل",
    "تاجلت",
    "الغي",
    "الغيت",
    "المنتظر",
    "المتوقع",
    "يتوقع",
    "expected",
    "غدا",
    "soon",
    "tomorrow",
    "ruled",
    "استبعد",
    "استبعدت",
];

/// Markers that the receiving party met each guest separately.
/// A plural encounter noun ("visits", "لقاءات") also reports one encounter per guest.
const EACH: &[&str] = &[
    "كلا",
    "حده",
    "each",
    "separately",
    "respectively",
    "visits",
    "meetings",
    "لقاءات",
    "اللقاءات",
    "لقاءاته",
    "لقاءاتها",
    "اجتماعاته",
    "اجتماعاتها",
    // a dual or plural of calls or meetings ("اتصالين هاتفيين مع A وB")
    "اتصالين",
    "اتصالات",
    "لقاءين",
    "اجتماعين",
    "منفصلين",
];

/// How far from the cue (in tokens) the participants are looked for.
const WINDOW: usize = 1000;

/// Words after which people are only present, not participants.
const PRESENT: &[&str] = &["بحضور", "حضور", "حضر", "حضره", "presence", "attended"];

/// Words before the host of an event someone attended ("العشاء الذي
/// أقامه", "hosted by"): the host is no mere guest.
const HOSTED: &[&str] = &["اقامه", "اقامها", "اقامته", "اقامتها", "hosted"];

/// Whether token `i` is a comma that ends a phrase of people present: no
/// "and" follows it to name one more of them.
fn closes_presence(doc: &Doc, i: usize) -> bool {
    let comma = doc.toks[i].is_punct('،') || doc.toks[i].is_punct(',');
    let more = doc
        .toks
        .get(i + 1)
        .is_some_and(|n| n.norm.starts_with('و') || n.norm == "and");
    comma && !more
}

/// Whether "حضرة" at `i` is the honorific ("حضرة صاحب الجلالة"), not "attended it".
fn is_honorific_hadra(doc: &Doc, i: usize) -> bool {
    doc.toks[i].norm.ends_with("حضره")
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|t| t.norm.starts_with("صاحب"))
}

/// Words before someone another person stands in for ("يمثل رئيس
/// الجمهورية"، "نيابة عن الملك"): the one represented is not there.
const REPRESENTS: &[&str] = &[
    "رساله",
    "رسايل",
    "تحيات",
    "message",
    "greetings",
    "يمثل",
    "ممثلا",
    "ممثل",
    "نيابه",
    "representing",
    "represented",
    "behalf",
];

/// Whether the message word at `i` is "the message" already spoken of
/// ("تسلم الرسالة الوزير فلان"): with the article it cannot be followed by its
/// sender, so the person after it is the one who takes it, unless "من"
/// follows ("الرسالة الخطية من الرئيس").
fn is_message_named_before(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    let definite_message = t
        .stems()
        .any(|s| matches!(s, "الرساله" | "الرسايل" | "التحيات"));
    definite_message
        && !doc.toks[i + 1..doc.toks.len().min(i + 3)]
            .iter()
            .any(|n| matches!(n.norm.as_str(), "من" | "عن"))
}

/// Whether "من"/"from" follows the message word at `i` within two words
/// ("رسالة خطية من", "a message from").
fn sends_from(doc: &Doc, i: usize) -> bool {
    doc.toks[i + 1..doc.toks.len().min(i + 4)]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "من" | "from"))
}

/// How many tokens after a message's "من" its sender's name may start,
/// past a long title ("من وزير الخارجية والمغتربين اليمني فلان").
const SENDER_TITLE_REACH: usize = 10;

/// Where the sender of the message at `i` must have been named: within
/// `reach` tokens, before a comma or a word that moves on to the encounter
/// ("رسالة من الرئيس الجزائري، خلال استقباله الوزير فلان": the minister
/// brought it).
fn sender_reach_end(doc: &Doc, i: usize, reach: usize) -> usize {
    let end = doc.toks.len().min(i + reach + 1);
    (i + 1..end)
        .find(|&k| {
            let t = &doc.toks[k];
            t.is_punct(',')
                || t.is_punct('،')
                || matches!(
                    t.norm.as_str(),
                    "خلال" | "لدي" | "اثناء" | "عند" | "during" | "while" | "when"
                )
        })
        .unwrap_or(end)
}

/// How many tokens after a [`REPRESENTS`] word its person may start.
const REPRESENTED_WINDOW: usize = 4;

/// How many tokens after the verb "يمثل" its subject may start, past a
/// long title.
const REPRESENTATIVE_REACH: usize = 12;

/// "يمثل وزير الخارجية فلان، رئيس الجمهورية": after the verb opening a
/// sentence (subject first) the one who stands in is named first and, after
/// a comma, the one he stands in for. Where that second mention starts, if
/// the verb at `i` is followed that way.
fn represented_after_subject(doc: &Doc, people: &People, i: usize) -> Option<usize> {
    // only a verb opening its sentence has its subject after it ("الذي
    // يمثل الرئيس" has it before)
    if !doc.toks[i].stems().any(|s| matches!(s, "يمثل" | "تمثل"))
        || doc.sentence_of(i).is_none_or(|s| s.toks.start != i)
    {
        return None;
    }
    let first =
        (i + 1..doc.toks.len().min(i + REPRESENTATIVE_REACH)).find(|&k| people.at[k].is_some())?;
    let (subject, end) = people.mention_at(first)?;
    if !doc
        .toks
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "،" | ","))
    {
        return None;
    }
    // his title and an honorific may stand before the name
    (end + 1..doc.toks.len().min(end + 1 + 2 * REPRESENTED_WINDOW))
        .find(|&k| people.at[k].is_some_and(|p| p != subject))
}

struct Found {
    participants: Vec<usize>,
    /// Unnamed titles ("نظيره العماني"): a named restatement replaces them.
    extra: Vec<String>,
    /// Delegations and groups of leaders: they stay through restatements.
    groups: Vec<String>,
    kind: String,
    sentence: usize,
    /// Later sentences that restate it (for a place or a date it lacks).
    restated_in: Vec<usize>,
    /// Whether its sentence calls it another encounter ("في لقاء منفصل"):
    /// it restates at most the headline.
    separate: bool,
}

impl Found {
    /// How many unnamed parties (titles, delegations, groups) it has.
    fn unnamed(&self) -> usize {
        self.extra.len() + self.groups.len()
    }
}

/// Finds the encounters of a document.
pub fn find(doc: &Doc, people: &People, article_date: Option<&ArticleDate>) -> Vec<Meeting> {
    let mut found: Vec<Found> = Vec::new();
    // The last sentence whose encounter was planned or background: its
    // people do not complete the next sentence's encounter.
    let mut rejected: Option<usize> = None;
    let year = article_date
        .and_then(|d| d.iso.as_deref())
        .and_then(|iso| iso.get(..4))
        .and_then(|y| y.parse::<u32>().ok());
    let call_spoken = mentions_a_call(doc);
    for (si, s) in doc.sents.iter().enumerate() {
        // an encounter named with the article ("جولة المشاورات") refers back
        // to one reported before, but not when only the headline reported it
        // (nor when it is one planned or recalled before: "من المقرر أن يزور
        // … وقال مصدر إن الزيارة تهدف")
        let first = found.iter().all(|f| is_headline(doc, f.sentence)) && rejected.is_none();
        let Some((kind, at)) = cue(doc, people, s.toks.clone(), (first, call_spoken)) else {
            if only_a_purpose(doc, s.toks.clone()) {
                rejected = Some(si);
            }
            continue;
        };
        let around = s.toks.start.max(at.saturating_sub(NOT_NOW_WINDOW))
            ..s.toks.end.min(at + NOT_NOW_WINDOW + 1);
        if not_now(doc, people, s.toks.clone(), at, around.clone())
            || in_an_earlier_year(doc, s.toks.clone(), around, year)
            || !found.is_empty() && in_an_earlier_period(doc, s.toks.clone(), at)
        {
            rejected = Some(si);
            continue;
        }
        let (persons, extra, groups) = parties(doc, people, si, at, &found, rejected);
        if persons.len() + extra.len() + groups.len() < 2 {
            continue;
        }
        if is_signing(&doc.toks[at]) && persons_in(doc, people, s.toks.clone(), None).len() < 2 {
            continue; // a signing is an encounter only of the signatories it names
        }
        if each(doc, si) && persons.len() + extra.len() >= 3 && !persons.is_empty() {
            let host = persons[0];
            for &guest in &persons[1..] {
                found.push(Found {
                    participants: vec![host, guest],
                    extra: Vec::new(),
                    groups: Vec::new(),
                    kind: kind.clone(),
                    sentence: si,
                    restated_in: Vec::new(),
                    separate: false,
                });
            }
            for guest in extra {
                found.push(Found {
                    participants: vec![host],
                    extra: vec![guest],
                    groups: Vec::new(),
                    kind: kind.clone(),
                    sentence: si,
                    restated_in: Vec::new(),
                    separate: true,
                });
            }
            continue;
        }
        if let Some((first, then)) = then_another(doc, people, s.toks.clone(), at, &persons) {
            for participants in [first, then].into_iter().filter(|p| p.len() >= 2) {
                found.push(Found {
                    participants,
                    extra: Vec::new(),
                    groups: Vec::new(),
                    kind: kind.clone(),
                    sentence: si,
                    restated_in: Vec::new(),
                    separate: true,
                });
            }
            continue;
        }
        let same_pair = extra.is_empty()
            && found
                .last()
                .is_some_and(|l| persons.iter().all(|p| l.participants.contains(p)));
        found.push(Found {
            participants: persons,
            extra,
            groups,
            kind,
            sentence: si,
            restated_in: Vec::new(),
            separate: is_separate(doc, s.toks.clone(), same_pair),
        });
    }
    merge(doc, people, found)
        .into_iter()
        .map(|f| to_meeting(doc, people, f, article_date))
        .collect()
}

/// "التقى X Y، ثم التقى Z", "…، قبل أن يلتقي Z": a second encounter verb
/// of the same subject after "ثم"/"قبل أن" in the sentence of the encounter
/// whose cue is at `at`. The parties `persons` split in two: the subject
/// with those named before the connective, and the subject with those
/// after it (none when the split leaves either side without a guest;
/// the second empty when it is a plan).
fn then_another(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    at: usize,
    persons: &[usize],
) -> Option<(Vec<usize>, Vec<usize>)> {
    let cues = &lexicons().meeting_cues;
    let is_verb = |k: usize| k < r.end && cues.match_at(&doc.toks, k).is_some();
    let j = (at + 1..r.end.saturating_sub(1)).find(|&k| {
        let w = doc.toks[k].norm.as_str();
        let after_comma = doc.toks[k - 1].is_punct('،') || doc.toks[k - 1].is_punct(',');
        after_comma && w == "ثم" && is_verb(k + 1)
            || w == "قبل" && doc.toks[k + 1].norm == "ان" && is_verb(k + 2)
    })?;
    let (&host, guests) = persons.split_first()?;
    let named_at = |p: usize| r.clone().find(|&k| people.at[k] == Some(p));
    let host_before = named_at(host).is_none_or(|k| k < j);
    let before: Vec<usize> = guests
        .iter()
        .copied()
        .filter(|&p| named_at(p).is_some_and(|k| k < j))
        .collect();
    // those after it, though the parties of the first may stop before them
    let after: Vec<usize> = persons_in(doc, people, j..r.end, None)
        .into_iter()
        .filter(|p| *p != host && !before.contains(p))
        .collect();
    if !host_before || before.is_empty() || after.is_empty() {
        return None;
    }
    // "…، قبل أن يلتقي غدا فلانا": the second is a plan, and no party of the first
    let cue = if doc.toks[j].norm == "ثم" {
        j + 1
    } else {
        j + 2
    };
    let around = j..r.end.min(cue + NOT_NOW_WINDOW + 1);
    let then = if not_now(doc, people, j..r.end, cue, around) {
        Vec::new()
    } else {
        [vec![host], after].concat()
    };
    Some(([vec![host], before].concat(), then))
}

/// The parties of the encounter whose cue is at token `at` of sentence
/// `si`: named people (completed by pronouns, bare offices and the sentence
/// before), unnamed titles, and delegations, groups or countries.
fn parties(
    doc: &Doc,
    people: &People,
    si: usize,
    at: usize,
    found: &[Found],
    rejected: Option<usize>,
) -> (Vec<usize>, Vec<String>, Vec<String>) {
    let s = &doc.sents[si];
    let near = s.toks.start.max(at.saturating_sub(WINDOW))..s.toks.end.min(at + WINDOW);
    let mut persons = persons_in(doc, people, near.clone(), Some(at));
    if let Some((guest, host)) = subject_title_of_the_host(doc, people, at, found.last()) {
        if !persons.contains(&host) {
            persons
                .iter_mut()
                .filter(|p| **p == guest)
                .for_each(|p| *p = host);
        }
    }
    for item in list_after(doc, si) {
        for p in persons_in(doc, people, item, None) {
            if !persons.contains(&p) {
                persons.push(p);
            }
        }
    }
    if let Some((k, p)) = guest_by_nationality(doc, people, near.clone(), found) {
        if !persons.contains(&p) {
            // in its place among the parties: a subject or an object
            let named_after = |q: &usize| near.clone().any(|j| j > k && people.at[j] == Some(*q));
            let at = persons
                .iter()
                .position(named_after)
                .unwrap_or(persons.len());
            persons.insert(at, p);
        }
    }
    if let Some(last) = found.last() {
        // unless a new party came before them ("اجتمع فلان بالمديرة فلانة، واتفق
        // الجانبان": they are this encounter's two sides)
        let new_party_at = s
            .toks
            .clone()
            .find(|&k| people.at[k].is_some_and(|p| !last.participants.contains(&p)));
        let both = both_at(doc, s.toks.clone());
        if both.is_some_and(|b| persons.len() < 2 || new_party_at.is_none_or(|n| b < n))
            && persons
                .iter()
                .filter(|p| !last.participants.contains(p))
                .count()
                < 2
        {
            // "the two leaders" restate the last encounter, with whoever they
            // met now ("joined a call with President X")
            let joined: Vec<usize> = persons
                .iter()
                .copied()
                .filter(|&p| !last.participants.contains(&p) && met_with(doc, people, si, p))
                .collect();
            persons.clone_from(&last.participants);
            persons.extend(joined);
        }
    }
    if let Some(p) = that_came_from(doc, people, si) {
        if !persons.contains(&p) {
            persons.insert(0, p);
        }
    }
    let host = found.last().and_then(|f| f.participants.first().copied());
    if let Some(g) = english_him(doc, people, s.toks.clone(), at, &persons, found.last()) {
        persons.push(g);
    }
    if let Some(h) =
        host.filter(|&h| also_with_no_subject(doc, people, s.toks.clone(), at, &persons, h))
    {
        persons.insert(0, h);
    }
    if let Some(p) = pronoun_subject(doc, people, s.toks.clone(), at, host) {
        if !persons.contains(&p) {
            persons.insert(0, p);
        }
    }
    let mut groups = unnamed_parties(doc, near.clone());
    if groups.is_empty() && names_the_delegation(doc, near.clone()) {
        groups = delegation_before(doc, si);
    }
    let mut extra = Vec::new();
    let subject_slot = s.toks.start.max(at.saturating_sub(4))..s.toks.end.min(at + 4);
    if persons.len() == 1 && has_bare_office(doc, people, subject_slot) {
        if let Some(p) = untitled_host(people, found.last()) {
            if !persons.contains(&p) {
                persons.insert(0, p);
            }
        }
    }
    // a named counterpart in the previous sentence is preferred to an
    // unnamed title here, which often describes that very person
    // (not from an encounter of its own: "التقى X بـ Y. وأجرى رئيس الجمهورية
    // اتصالا بـ Z" is a new encounter of someone the text does not name)
    // ("the new Vietnamese ambassador" may still be the one named before)
    let previous_met = found
        .last()
        .is_some_and(|f| f.sentence + 1 == si && f.participants.len() >= 2)
        && !unnamed_title_of_a_country(doc, people, near.clone());
    // "Egypt's foreign minister met … Rafael Grossi": an English subject by
    // title is this encounter's own party
    let english = if doc.arabic {
        Vec::new()
    } else {
        english_unnamed(doc, people, near.clone())
    };
    // ("his Iranian counterpart" is rather the one named in the sentence before)
    let english_subject = persons.len() == 1 && english.iter().any(|e| !e.ends_with("counterpart"));
    if persons.len() + groups.len() < 2
        && si > 0
        && !previous_met
        && !english_subject
        && rejected != Some(si - 1)
        && !opens_new_item(doc, si)
        && (!continues_subject(people, &persons, doc.sents[si - 1].toks.clone())
            || refers_to_both(doc, s.toks.clone()))
    {
        // with no one named before the cue ("وأجرى سموه خلال الزيارة محادثات
        // مع …"), the one coming from before is the subject: the host a
        // later "كما التقى سموه" goes on with
        let subjectless = !s
            .toks
            .clone()
            .any(|k| k < at && people.at[k].is_some_and(|p| persons.contains(&p)));
        let mut slot = if subjectless { 0 } else { persons.len() };
        for p in persons_in(doc, people, doc.sents[si - 1].toks.clone(), None) {
            if !persons.contains(&p) {
                persons.insert(slot.min(persons.len()), p);
                slot += 1;
            }
        }
    }
    if (persons.len() < 2 || each(doc, si)) && !doc.arabic {
        extra.extend(english);
    }
    if persons.len() < 2 {
        // a title after a delegation is its leader's ("برئاسة مدير إدارة الشرق الأوسط")
        let delegation_at = groups.first().map_or(usize::MAX, |g| g.0);
        for (_, title) in unnamed_titles(doc, people, near.clone())
            .into_iter()
            .filter(|t| t.0 < delegation_at)
        {
            let one_word = title.split_whitespace().count() == 1;
            match untitled_host(people, found.last()).filter(|_| one_word) {
                Some(p) if !persons.contains(&p) => persons.insert(0, p),
                Some(_) => {}
                None => extra.push(title),
            }
        }
    }
    let mut groups: Vec<String> = groups.into_iter().map(|g| g.1).collect();
    if persons.is_empty() && extra.is_empty() && groups.is_empty() {
        // no one named: the countries that met ("بحث العراق وروسيا")
        groups = country_pair(doc, near.clone());
    }
    (persons, extra, groups)
}

/// "التقى الوزير فلان الوزير فلانا. كما التقى الوزير …": a bare title right
/// after the cue verb is its subject, and the one going on is the host of
/// the last encounter, even where its guest holds the same office (the
/// nearest holder a title resolves to). The guest the title was given to,
/// and the host to put in its place.
fn subject_title_of_the_host(
    doc: &Doc,
    people: &People,
    at: usize,
    last: Option<&Found>,
) -> Option<(usize, usize)> {
    let span = people.title_at(at + 1)?;
    let guest = span.person?;
    let named = span.toks.clone().chain([span.toks.end]).any(|k| {
        people.at.get(k).copied().flatten() == Some(guest)
            && people.title_at(k).is_none_or(|t| t.toks != span.toks)
    });
    let (&host, guests) = last?.participants.split_first()?;
    let head = doc.toks.get(span.toks.start)?.norm.as_str();
    let head = head.strip_prefix("ال").unwrap_or(head);
    let fits = people.persons[host].title_words.iter().any(|tw| {
        tw.first()
            .is_some_and(|w| w.strip_prefix("ال").unwrap_or(w) == head)
    });
    (!named && span.toks.len() == 1 && guests.contains(&guest) && fits).then_some((guest, host))
}

/// Whether tokens `r` hold a title of no one named there that gives a
/// country ("السفير الفيتنامي", "سفير اليابان").
fn unnamed_title_of_a_country(doc: &Doc, people: &People, r: std::ops::Range<usize>) -> bool {
    let lex = lexicons();
    // the titles are in text order: look only at those inside `r`
    let first = people.titles.partition_point(|t| t.toks.start < r.start);
    people.titles[first..]
        .iter()
        .take_while(|t| t.toks.start < r.end)
        .filter(|t| t.person.is_none())
        .any(|t| {
            doc.toks[t.toks.clone()]
                .iter()
                .any(|w| lex.nationalities.has(w) || is_country_word(w))
        })
}

/// Words that describe a party already met by role and nationality:
/// "المسؤول الإيراني", "الضيف التركي".
const DESCRIBED_GUEST: &[&str] = &[
    "المسوول",
    "المسووله",
    "الضيف",
    "الضيفه",
    "الزاير",
    "الزايره",
];

/// The person "المسؤول الإيراني" / "الضيف التركي" / "الوزير الإسباني" (when
/// no one holds exactly that title) in tokens `r` stands for: the one party
/// of the encounters found so far whose title has that nationality, with
/// the token the description starts at.
fn guest_by_nationality(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    found: &[Found],
) -> Option<(usize, usize)> {
    let k = r.clone().find(|&k| {
        let w = doc.toks[k].norm.as_str();
        // a title of a name that follows ("الرئيس العراقي برهم صالح") or of
        // someone it was resolved to describes no one else
        let describes_other = people.at.get(k + 2).is_some_and(Option::is_some)
            || people.title_at(k).is_some_and(|t| t.person.is_some());
        people.at[k].is_none()
            && !describes_other
            && (DESCRIBED_GUEST.contains(&w) || BARE_OFFICES.contains(&w))
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| lexicons().nationalities.has(n))
    })?;
    let nationality = super::people::canon(&doc.toks[k + 1].norm);
    // "الرئيس الجزائري" is no Algerian minister: a bare office names its own
    let office = doc.toks[k].norm.as_str();
    let office = BARE_OFFICES.contains(&office).then(|| office_stem(office));
    let holds_office = |words: &Vec<String>| {
        office.is_none_or(|o| {
            words
                .iter()
                .any(|w| office_stem(w) == o || is_anyones_office(office_stem(w)))
        })
    };
    // a title may name the country instead: "سفير جمهورية فيتنام" for "الفيتنامي"
    let has_nationality = |p: usize| {
        let titles = &people.persons[p].title_words;
        let of_country = titles.iter().any(|words| {
            words.contains(&nationality) || super::people::names_country_of(words, &nationality)
        }) || leads_delegation_of(doc, people, p, &nationality);
        of_country && (office.is_none() || titles.iter().any(holds_office))
    };
    let mut met: Vec<usize> = found
        .iter()
        .flat_map(|f| f.participants.iter().copied())
        .filter(|&p| has_nationality(p))
        .collect();
    met.sort_unstable();
    met.dedup();
    match met.as_slice() {
        [one] => Some((k, *one)),
        _ => None,
    }
}

/// How many tokens before a name "برئاسة" may stand, past the leader's title.
const LEADER_TITLE_REACH: usize = 10;

/// Whether person `p` was named as the leader of a delegation of that
/// nationality ("وفد تركي برئاسة وزير الطاقة فلان"): "الوزير التركي" later
/// is he, though his own title names no country.
fn leads_delegation_of(doc: &Doc, people: &People, p: usize, nationality: &str) -> bool {
    people.persons[p].mentions.iter().any(|m| {
        let from = m.start.saturating_sub(LEADER_TITLE_REACH);
        let Some(led) = (from..m.start)
            .rev()
            .find(|&k| doc.toks[k].norm == "برياسه")
        else {
            return false;
        };
        let someone_between = (led + 1..m.start).any(|k| people.at[k].is_some_and(|q| q != p));
        let delegation_of = led >= 2
            && doc.toks[led - 2].stems().any(|s| s == "وفد")
            && super::people::canon(&doc.toks[led - 1].norm) == nationality;
        !someone_between && delegation_of
    })
}

/// How many tokens before a person "مع"/"with" makes that person the one met.
const WITH_REACH: usize = 8;

/// Whether person `p` is first named in sentence `si` a few words after
/// "مع"/"with": the one the subject met.
fn met_with(doc: &Doc, people: &People, si: usize, p: usize) -> bool {
    let r = doc.sents[si].toks.clone();
    let Some(k) = r.clone().find(|&k| people.at[k] == Some(p)) else {
        return false;
    };
    doc.toks[k.saturating_sub(WITH_REACH).max(r.start)..k]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "مع" | "with"))
}

/// The items of a list that sentence `si` introduces with a colon ("أوراق
/// اعتماد السفراء الجدد التالية أسماؤهم:" then "- السيد فلان سفير …"): the
/// token ranges of the following lines that start with a dash, a bullet or
/// a number.
fn list_after(doc: &Doc, si: usize) -> Vec<std::ops::Range<usize>> {
    let ends_in_colon = doc.sents[si]
        .toks
        .clone()
        .last()
        .is_some_and(|k| doc.toks[k].is_punct(':'));
    if !ends_in_colon {
        return Vec::new();
    }
    doc.sents[si + 1..]
        .iter()
        .take_while(|s| {
            let line = doc.text[s.bytes.clone()].trim_start();
            line.starts_with(['-', '–', '•', '*', '·'])
                || line.starts_with(|c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
        })
        .map(|s| s.toks.clone())
        .collect()
}

/// "جاء ذلك خلال لقائه …", "جاء ذلك في مؤتمر صحفي مشترك مع …": what the
/// sentence before reported was said at this encounter, so the first person
/// named there is a party of it.
fn that_came_from(doc: &Doc, people: &People, si: usize) -> Option<usize> {
    let s = doc.sents.get(si)?;
    let words: Vec<&str> = doc.toks[s.toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .take(2)
        .map(|t| t.norm.as_str())
        .collect();
    let came =
        matches!(words.as_slice(), [v, "ذلك"] if matches!(*v, "جاء" | "وجاء" | "جاءت" | "وجاءت"));
    if !came {
        return None;
    }
    let previous = doc.sents.get(si.checked_sub(1)?)?;
    previous.toks.clone().find_map(|k| people.at[k])
}

/// Whether token `t` is a verb of signing ("ووقع المذكرة فلان وفلان",
/// "signed"): two signatories named together met to sign.
fn is_signing(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "وقع" | "وقعا" | "ووقع" | "ووقعا" | "signed"
    )
}

/// Whether the one person of an encounter sentence was already in the
/// previous sentence: then that person is its subject going on ("وزار شكري
/// المصنع" after "قال شكري …"), and the previous sentence's other people are
/// not the one met. A new person is the object of a verb whose subject is
/// the previous sentence's ("وصل الوزير إلى بغداد. والتقى رئيس الوزراء فلان").
fn continues_subject(people: &People, persons: &[usize], previous: std::ops::Range<usize>) -> bool {
    persons.len() == 1
        && previous
            .into_iter()
            .any(|k| people.at[k] == Some(persons[0]))
}

/// Whether "called on" at `i` asks someone to do something ("called on
/// the parties to show restraint") rather than
/// paying them a call.
fn urges(doc: &Doc, i: usize, end: usize) -> bool {
    let called = matches!(doc.toks[i].norm.as_str(), "called" | "calls")
        && doc.toks.get(i + 1).is_some_and(|t| t.norm == "on");
    called
        && doc.toks[i + 2..end.min(i + 14)]
            .iter()
            .take_while(|t| !t.is_punct('.'))
            .any(|t| t.norm == "to")
}

/// Whether an English article speaks of a call ("the call", "phone").
fn mentions_a_call(doc: &Doc) -> bool {
    doc.toks.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "call" | "phone" | "telephone" | "phoned" | "readout"
        )
    })
}

/// Whether the encounter words of tokens `r` are a purpose or a plan
/// ("من المقرر أن يزور …"; see [`is_purpose`]).
fn only_a_purpose(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    r.clone().any(|i| {
        lexicons().meeting_cues.match_at(&doc.toks, i).is_some() && is_purpose(doc, i, r.start)
    })
}

/// The first encounter cue of tokens `r` and its kind. A definite noun
/// ("اللقاء") counts only while no encounter has been found (`first`);
/// English "spoke with" only where the article speaks of a call
/// (`call_spoken`).
fn cue(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    (first, call_spoken): (bool, bool),
) -> Option<(String, usize)> {
    let lex = lexicons();
    // a later word of someone's name is no cue ("أحمد جمعة" is not "جمعه لقاء"),
    // and "the meetings" in a quote are spoken of, not reported ("لا تتأثر
    // بمواعيد الاجتماعات"), unless with whom is said ("على الاجتماع مع الرؤساء")
    let in_name = |i: usize| i > 0 && people.at[i].is_some() && people.at[i - 1] == people.at[i];
    let quoted_in_general = |i: usize| {
        people.in_quotes(i)
            && refers_back(doc, i)
            && !doc.toks[i + 1..r.end.min(i + 4)]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "مع" | "with"))
    };
    for i in r.clone().filter(|&i| !in_name(i) && !quoted_in_general(i)) {
        let discussion = is_discussion_verb(&doc.toks[i])
            && (discussed_with(doc, i, r.end) || discussed_together(doc, people, i, r.end));
        if discussion {
            // "بحث … في اتصال هاتفي": the talk's medium gives its kind
            let kind = (i + 1..r.end)
                .find_map(|k| lex.meeting_cues.match_at(&doc.toks, k))
                .map_or("meeting", |(kind, _)| kind);
            return Some((kind.to_string(), i));
        }
        if hands_over(doc, i, r.clone()) {
            return Some(("meeting".to_string(), i));
        }
        if let Some((kind, _)) = lex.meeting_cues.match_at(&doc.toks, i) {
            let t = &doc.toks[i];
            if is_purpose(doc, i, r.start) {
                // the sentence is about the plan, whatever it calls the encounter later
                return None;
            }
            if !first && refers_back(doc, i) {
                continue;
            }
            if urges(doc, i, r.end) {
                continue; // "called on Israel to stop": an appeal, no visit
            }
            // "spoke with X" is a call where the article speaks of one ("a
            // readout of the call"), not a word at a conference
            let with_next = doc
                .toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "with" | "to"));
            let spoke_with =
                with_next && (call_spoken || talked_with_someone(doc, people, i, r.end));
            if t.norm.is_ascii()
                && kind == "call"
                && !spoke_with
                && !doc.toks[r.clone()]
                    .iter()
                    .any(|x| matches!(x.norm.as_str(), "phone" | "telephone" | "video"))
            {
                continue;
            }
            return Some((kind.to_string(), i));
        }
    }
    None
}

/// How far after "spoke with" the one spoken with is named, in tokens.
const SPOKEN_WITH_REACH: usize = 6;

/// "spoke with Russian President Vladimir Putin", "had a call with …",
/// "talked to …": a call cue at `i` followed by "with"/"to" and a person
/// named before any punctuation is a call with that person (not "spoke to
/// reporters"); but a word at an event ("spoke with … at the conference",
/// "during the summit") may be a chat there, not a call.
fn talked_with_someone(doc: &Doc, people: &People, i: usize, end: usize) -> bool {
    let at_an_event = doc.toks[i..end].windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "during" | "sidelines")
            || w[0].norm == "at" && matches!(w[1].norm.as_str(), "the" | "a" | "an")
    });
    !at_an_event
        && (i + 2..end.min(i + 2 + SPOKEN_WITH_REACH))
            .take_while(|&k| doc.toks[k].is_word())
            .any(|k| people.at[k].is_some())
}

/// "بحث X مع Y", "ناقش … مع", "discussed … with", "مؤتمر صحفي … مع": after a
/// verb of discussing (or a press conference) at `i`, "مع"/"with" a few words
/// later reports an encounter.
fn discussed_with(doc: &Doc, i: usize, end: usize) -> bool {
    (i + 1..end.min(i + 14)).any(|j| matches!(doc.toks[j].norm.as_str(), "مع" | "with"))
}

/// Whether the verb of discussing at `i` has two people joined by و as its subject: "بحث
/// الأمير فلان ولي العهد، ودولة فلان رئيس الوزراء، العلاقات".
fn discussed_together(doc: &Doc, people: &People, i: usize, end: usize) -> bool {
    let end = end.min(i + 1 + SUBJECT_REACH);
    let Some((first, first_end)) = (i + 1..end).find_map(|j| people.mention_at(j)) else {
        return false;
    };
    let Some(second) = (first_end..end).find(|&k| people.at[k].is_some_and(|p| p != first)) else {
        return false;
    };
    // the second subject opens with و right after the first one or after a
    // comma ("فلان ولي العهد، ودولة فلان"), a few honorific words before its name
    (first_end..=second).any(|k| {
        let opens = k == first_end
            || people.at[k - 1] == Some(first)
            || doc.toks[k - 1].is_punct('،')
            || doc.toks[k - 1].is_punct(',');
        doc.toks[k].norm.starts_with('و') && opens && second - k <= AND_TO_NAME
    })
}

/// How many words may stand between the و of a second subject and its name.
const AND_TO_NAME: usize = 4;

/// How many tokens after the verb its subjects may reach.
const SUBJECT_REACH: usize = 40;

/// Whether a token is a verb or noun of discussing (بحث، ناقش، discussed, مؤتمر).
fn is_discussion_verb(t: &Token) -> bool {
    t.stems().any(|s| {
        matches!(
            s,
            "بحث"
                | "بحثت"
                | "بحثا"
                | "يبحث"
                | "تبحث"
                | "ناقش"
                | "ناقشت"
                | "ناقشا"
                | "تباحث"
                | "تباحثا"
                // Levantine agency style: "عرض الرئيس مع الوزير الأوضاع"
                | "عرض"
                | "عرضت"
                | "عرضا"
                | "استعرض"
                | "استعرضت"
                | "استعرضا"
                | "تداول"
                | "تداولت"
                | "تداولا"
                | "discussed"
                | "discusses"
                | "موتمر"
                | "موتمرا"
                | "conference"
        )
    })
}

/// Whether the verb at `i` hands over a message, an invitation or
/// credentials in person ("سلم الموفد الرئيس رسالة", "تسلم أوراق اعتماد"). The
/// verb is matched as written: with the article "السلم" is peace.
fn hands_over(doc: &Doc, i: usize, r: std::ops::Range<usize>) -> bool {
    let verb = doc.toks[i]
        .norm
        .strip_prefix('و')
        .unwrap_or(&doc.toks[i].norm);
    let handed = |words: &[&str]| {
        doc.toks[i + 1..r.end]
            .iter()
            .any(|t| t.stems().any(|s| words.contains(&s)))
    };
    // "قدم السفير أوراق اعتماده إلى الرئيس": an ambassador presents credentials
    let presents = matches!(verb, "قدم" | "قدمت" | "يقدم" | "تقدم") && handed(&["اوراق"]);
    presents
        || matches!(verb, "سلم" | "سلمت" | "سلما" | "تسلم" | "تسلمت")
            && handed(&["رساله", "رسالتين", "اوراق", "دعوه"])
}

/// Whether the cue at `i` is a purpose or a call, not an event: an imperfect
/// verb after أن ("من المنتظر أن يستقبل") or a noun after إلى/لـ + a verbal noun
/// of holding ("دعا إلى عقد لقاء", "سعيا لإجراء محادثات").
fn is_purpose(doc: &Doc, i: usize, start: usize) -> bool {
    let word = |k: usize| doc.toks[k].norm.as_str();
    let before = |n: usize| (i >= start + n).then(|| word(i - n));
    let imperfect = word(i).starts_with(['ي', 'ت', 'ن']) && word(i).chars().count() >= 4;
    if imperfect && matches!(before(1), Some("ان" | "لكي" | "كي")) {
        return true;
    }
    // "invited him to visit", "دعاه لزيارة", "تمهيدا للقاء"
    if before(1) == Some("to") || ["لزياره", "للقاء", "لاجتماع"].contains(&word(i))
    {
        return true;
    }
    let holding = |w: &str| {
        matches!(
            w,
            "عقد"
                | "لعقد"
                | "اجراء"
                | "لاجراء"
                | "ترتيب"
                | "لترتيب"
                | "تنظيم"
                | "لتنظيم"
        )
    };
    match (before(2), before(1)) {
        (Some(p), Some(h)) if matches!(p, "الي" | "اليه") && holding(h) => true,
        (_, Some(h)) => h.starts_with('ل') && holding(h),
        _ => false,
    }
}

/// Whether the encounter noun at `i` is definite ("اللقاء", "the talks",
/// "their meeting"): it refers back to an encounter already reported.
fn refers_back(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    if t.norm.is_ascii() {
        let before = i.checked_sub(1).map(|b| doc.toks[b].norm.as_str());
        return matches!(
            before,
            Some("the" | "their" | "his" | "her" | "its" | "this" | "that")
        );
    }
    let definite = ["ال", "وال", "فال", "بال", "كال", "لل", "وبال", "وللـ"]
        .iter()
        .any(|p| t.norm.starts_with(p));
    let verb = t.stems().any(|s| s.starts_with("التق"));
    definite && !verb
}

/// Verbs that call an encounter off ("الزيارة أرجئت", "the talks were
/// postponed"): anywhere in its sentence, since the encounter is often named
/// by a noun far from them.
const CALLED_OFF: &[&str] = &[
    "ارجيت",
    "وارجيت",
    "ارجي",
    "تاجلت",
    "تاجل",
    "الغيت",
    "والغيت",
    "الغي",
    "postponed",
    "postpones",
    "cancelled",
    "canceled",
    "cancels",
    "scrapped",
    "scraps",
];

/// "will not take place", "called off", "لن يعقد": the encounter is off.
fn will_not_be_held(toks: &[Token]) -> bool {
    toks.windows(2).any(|w| {
        let (a, b) = (w[0].norm.as_str(), w[1].norm.as_str());
        matches!(
            (a, b),
            ("not", "take") | ("called" | "calls" | "call" | "calling", "off")
        ) || a == "لن"
            && ["يعقد", "تعقد", "يتم", "تتم", "يجري", "تجري"]
                .iter()
                .any(|v| b.starts_with(v))
    })
}

/// How far from the cue a marker of a plan or a past encounter counts, in tokens.
const NOT_NOW_WINDOW: usize = 8;

/// Whether the encounter of sentence `r` with its cue at token `at` (and
/// `around` it) is background ("وكان … قد" with a past reference) or not
/// yet held (a plan marker near the cue).
fn not_now(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    at: usize,
    around: std::ops::Range<usize>,
) -> bool {
    let toks = &doc.toks[r.clone()];
    let background = toks
        .iter()
        .position(|t| matches!(t.norm.as_str(), "وكان" | "وكانت" | "had"));
    if let Some(b) = background {
        // "قد" comes after the subject, which may be long ("وكان وزراء
        // خارجية دول مجموعة شرق أفريقيا … قد عقدوا")
        let reach = at.saturating_sub(r.start + b).max(8);
        if toks[b..]
            .iter()
            .take(reach)
            .any(|t| matches!(t.norm.as_str(), "قد" | "previously" | "already"))
            && !before_todays_encounter(doc, r.clone())
            && !toks.iter().any(|t| TODAY.contains(&t.norm.as_str()))
        {
            return true;
        }
    }
    if toks.iter().any(|t| CALLED_OFF.contains(&t.norm.as_str())) || will_not_be_held(toks) {
        return true;
    }
    // "في زيارة رسمية يلتقي خلالها …": what a visit will hold is a plan
    // ("وأجرى خلالها" in the past is not)
    let will_hold_during = toks.windows(2).any(|w| {
        matches!(w[1].norm.as_str(), "خلالها" | "خلاله") && DURING_VERBS.contains(&w[0].norm.as_str())
    });
    if will_hold_during {
        return true;
    }
    around.into_iter().any(|k| {
        let t = &doc.toks[k];
        // "وفد شركة سيمنس": the word after a body's head is its name, no verb
        let named_body = k > 0
            && doc.toks[k - 1]
                .stems()
                .any(|s| DELEGATION_BODIES.contains(&s));
        // "is due to hold talks"
        let due = t.norm == "due" && k > 0 && matches!(doc.toks[k - 1].norm.as_str(), "is" | "are");
        NOT_NOW.contains(&t.norm.as_str())
            || due
            || t.stems()
                .any(|s| NOT_NOW.contains(&s) && s.chars().count() > 4)
            // a known name in a name is no verb ("كير ستارمر"), though a
            // verb after a name may be taken into it ("نادر سيوضح")
            || is_future_verb(&t.norm) && !named_body && !(people.at[k].is_some() && known_name(t))
    })
}

/// Whether a word is a given name or a surname the lexicons know.
fn known_name(t: &Token) -> bool {
    lexicons().given_names.has(t) || super::people::known_surnames().has(t)
}

/// Imperfect verbs of an encounter a visit holds ("يلتقي خلالها").
const DURING_VERBS: &[&str] = &[
    "يلتقي",
    "تلتقي",
    "يجري",
    "تجري",
    "يعقد",
    "تعقد",
    "يبحث",
    "تبحث",
    "يستقبل",
    "يزور",
    "تزور",
];

/// Words of the day an article reports ("اليوم", "today", "أمس").
const TODAY: &[&str] = &[
    "اليوم",
    "صباح",
    "مساء",
    "ظهر",
    "امس",
    "today",
    "earlier",
    "yesterday",
];

/// Whether the sentence of tokens `r` dates its encounter, near the cue
/// (`around`), in a year before the article's own ("in 2022 during a
/// visit", "عام 2019") and names no day of the news: background, not news.
/// A year far from the cue dates something else ("talks on the agreement
/// signed in 2022").
fn in_an_earlier_year(
    doc: &Doc,
    r: std::ops::Range<usize>,
    around: std::ops::Range<usize>,
    year: Option<u32>,
) -> bool {
    let Some(year) = year else {
        return false;
    };
    let toks = &doc.toks[r];
    let earlier = doc.toks[around].windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "in" | "عام" | "العام" | "سنه" | "في")
            && w[1].norm.len() == 4
            && w[1]
                .norm
                .parse::<u32>()
                .is_ok_and(|y| (1900..year).contains(&y))
    });
    earlier && !toks.iter().any(|t| TODAY.contains(&t.norm.as_str()))
}

/// Periods that "last …", "الماضي" or "earlier this …" place before the news.
const PERIODS: &[&str] = &[
    "week",
    "month",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
    "الصيف",
    "الربيع",
    "الخريف",
    "الشتاء",
    // "وفي يناير الماضي", "last January"
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "جانفي",
    "فيفري",
    "افريل",
    "ماي",
    "جوان",
    "جويليه",
    "اوت",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that start a clause of its own: a period after them dates
/// something else ("لبحث الاتفاق الذي وقع العام الماضي", "the deal signed
/// last year").
const OTHER_CLAUSE: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "which",
    "that",
    "who",
    "signed",
    "الموقع",
    "الموقعه",
];

/// Whether the sentence of tokens `r`, with its cue at token `at`, dates
/// its encounter in a period before the news ("last month", "earlier this
/// year", "الشهر الماضي", "في وقت سابق من هذا العام") and names no day of
/// the news: an encounter recalled after the one reported, not news.
fn in_an_earlier_period(doc: &Doc, r: std::ops::Range<usize>, at: usize) -> bool {
    let toks = &doc.toks[r.clone()];
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let before = |k: usize| k.checked_sub(1).map_or("", word);
    let cue = at - r.start;
    let comes = |w: &str| COMES_NOW.contains(&w) || CAME.contains(&w);
    let first_comes = (0..toks.len()).find(|&j| comes(word(j)));
    let comes_before = |k: usize| first_comes.is_some_and(|j| j < k);
    let mut earlier = false;
    for k in 0..toks.len() {
        let period = match word(k) {
            "last" => PERIODS.contains(&word(k + 1)),
            "earlier" if word(k + 1) == "this" => PERIODS.contains(&word(k + 2)),
            "الماضي" | "الماضيه" | "المنصرم" | "الفايت" => {
                PERIODS.contains(&before(k))
            }
            "سابق" if before(k) == "وقت" && word(k + 1) == "من" => {
                PERIODS.contains(&word(k + 3))
            }
            // "The visit comes weeks after …", "وتأتي الزيارة بعد أسابيع من":
            // what follows is earlier
            "after" => k < cue && TIME_SPANS.contains(&before(k)) && comes_before(k),
            "بعد" => k < cue && TIME_SPANS.contains(&word(k + 1)) && comes_before(k),
            w if TODAY.contains(&w) && !(w == "earlier" && word(k + 1) == "this") => return false,
            _ => false,
        };
        let between = if k < cue { k..cue } else { cue..k };
        earlier |= period && !between.into_iter().any(|j| OTHER_CLAUSE.contains(&word(j)));
    }
    earlier
}

/// Words that place something just before, after or beside another event.
const ANCHORS: &[&str] = &[
    "قبيل",
    "قبل",
    "عقب",
    "بعد",
    "هامش",
    "before",
    "ahead",
    "after",
    "sidelines",
];

/// Whether tokens `r` place their encounter just before, after or beside
/// an encounter the article reports ("وكان الرئيس قد استقبل، قبيل انطلاق
/// أعمال القمة، …"): a "وكان … قد" of the same day, not background. An
/// encounter of the past ("قمة العام الماضي") does not count.
fn before_todays_encounter(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    let cues = &lexicons().meeting_cues;
    let past = doc.toks[r.clone()]
        .iter()
        .any(|t| t.norm.starts_with("الماضي") || t.norm.starts_with("السابق") || t.norm == "last");
    !past
        && r.clone().any(|i| {
            ANCHORS.contains(&doc.toks[i].norm.as_str())
                && (i + 1..r.end.min(i + 5))
                    .any(|k| refers_back(doc, k) && cues.match_at(&doc.toks, k).is_some())
        })
}

/// Whether a normalised word is an imperfect verb with the future prefix
/// س ("سيوضح", "وستعقد", "سنعمل"): what it reports has not happened yet.
fn is_future_verb(w: &str) -> bool {
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|rest| rest.starts_with('س'))
        .unwrap_or(w);
    // "في زيارة ستستمر يومين": how long an encounter lasts, not a plan
    let lasts = [
        "يستمر",
        "تستمر",
        "يتواصل",
        "تتواصل",
        "يدوم",
        "تدوم",
        "يمتد",
        "تمتد",
        "تستغرق",
        "يستغرق",
    ];
    if w.strip_prefix('س')
        .is_some_and(|rest| lasts.contains(&rest))
    {
        return false;
    }
    let mut chars = w.chars();
    chars.next() == Some('س')
        && matches!(chars.next(), Some('ي' | 'ت' | 'ن'))
        && w.chars().count() >= 5
        && !lexicons().not_future.has_norm(w)
}

fn each(doc: &Doc, si: usize) -> bool {
    let lo = si.saturating_sub(1);
    doc.sents[lo..=si].iter().any(|s| {
        doc.toks[s.toks.clone()].iter().enumerate().any(|(k, t)| {
            let next = doc.toks.get(s.toks.start + k + 1).map(|n| n.norm.as_str());
            EACH.contains(&t.norm.as_str()) && (t.norm != "كلا" || next == Some("من"))
        })
    })
}

/// Title words of someone who reports an encounter rather than takes part
/// in it (the spokesman who announced the call).
const REPORTER: &[&str] = &[
    "متحدث",
    "المتحدث",
    "الناطق",
    "ناطق",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Whether the title at tokens `r` is a spokesman's: an unnamed
/// spokesman reports an encounter, he is not a party of it.
fn is_reporter_title(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    // normalised text is lower case already
    doc.toks[r]
        .iter()
        .any(|t| REPORTER.contains(&t.norm.as_str()))
}

/// Whether person `p` is titled as a spokesman.
fn is_reporter(people: &People, p: usize) -> bool {
    people.persons[p].titles.iter().any(|t| {
        t.split_whitespace()
            .any(|w| REPORTER.contains(&w) || REPORTER.contains(&w.to_lowercase().as_str()))
    })
}

/// Whether the name mentioned at `i` is followed by "، المتحدث …": a spokesman
/// described after his name ("السفير فلان، المتحدث الرسمي باسم الوزارة").
/// Also "spokesperson Ani Badalyan" where the office was not taken as a title.
fn spokesman_after(doc: &Doc, people: &People, i: usize) -> bool {
    let Some((p, end)) = people.mention_at(i) else {
        return false;
    };
    let start = (0..=i)
        .rev()
        .take_while(|&k| people.at[k] == Some(p))
        .last()
        .unwrap_or(i);
    let reporter = |t: &Token| REPORTER.contains(&t.norm.as_str());
    let before = start.checked_sub(1).is_some_and(|b| reporter(&doc.toks[b]));
    before
        || doc.toks[end.min(doc.toks.len())..doc.toks.len().min(end + 3)]
            .iter()
            .filter(|t| t.is_word())
            .take(1)
            .any(reporter)
}

/// Words that refer to both parties of an encounter already reported.
const BOTH: &[&str] = &[
    "الزعيمان",
    "الزعيمين",
    "الجانبان",
    "الجانبين",
    "الطرفان",
    "الطرفين",
    "الرييسان",
    "الرييسين",
    "الوزيران",
    "الوزيرين",
    "المسوولان",
    "المسوولين",
];

/// Whether tokens `r` speak of the two parties already met ("الجانبان",
/// "the two leaders", "both sides").
fn refers_to_both(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    both_at(doc, r).is_some()
}

/// Where in tokens `r` the first word for both parties stands.
fn both_at(doc: &Doc, r: std::ops::Range<usize>) -> Option<usize> {
    let toks = &doc.toks[r.clone()];
    toks.iter()
        .enumerate()
        .position(|(k, t)| {
            t.stems().any(|s| BOTH.contains(&s))
                || matches!(t.norm.as_str(), "two" | "both")
                    && toks.get(k + 1).is_some_and(|n| {
                        matches!(
                            n.norm.as_str(),
                            "leaders" | "sides" | "presidents" | "ministers" | "men" | "countries"
                        )
                    })
        })
        .map(|k| r.start + k)
}

/// Words that, once an encounter has its two parties, begin what was said
/// or discussed there ("وبحث معه …", "حيث", "to discuss", "who"): people
/// named after them are its subject matter, not its parties.
const AFTER_PARTIES: &[&str] = &[
    "حيث",
    "وبحث",
    "وبحثا",
    "وبحثت",
    "تناول",
    "وتناول",
    "وتناولا",
    "وناقش",
    "وناقشا",
    "واستعرض",
    "استعرض",
    "واستعرضا",
    "وجري",
    "جري",
    "وتم",
    "تم",
    "لبحث",
    "لمناقشه",
    "حول",
    "بشان",
    "واكد",
    "وقال",
    "واشار",
    "واعرب",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "خلال",
    "عقب",
    "بعد",
    "قبل",
    "هامش",
    "بمناسبه",
    "اطار",
    "where",
    "discussed",
    "discussing",
    "during",
    "who",
    "which",
    "after",
    "before",
    "about",
    "amid",
    "following",
    "ahead",
    "regarding",
];

/// People mentioned in tokens `r`, in order, without those merely present
/// and without spokesmen. With the encounter cue at `cue`, the collection
/// ends at an [`AFTER_PARTIES`] word after the cue once two are found.
fn persons_in(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    cue: Option<usize>,
) -> Vec<usize> {
    let mut out = Vec::new();
    // a spokesman is the source of the report only where someone speaks
    let reporting = doc.toks[r.clone()].iter().any(|t| {
        lexicons().speech_verbs.has(t) || matches!(t.norm.as_str(), "وفق" | "بحسب" | "according")
    });
    let mut present = false;
    // whether someone present has been named since "بحضور"
    let mut present_named = false;
    // The tokens at which a person is the one stood in for; the verb
    // "يمثل" may open the sentence before the window does.
    let sentence_start = doc.sentence_of(r.start).map_or(r.start, |s| s.toks.start);
    let mut represented = (sentence_start.max(r.start.saturating_sub(REPRESENTATIVE_REACH))
        ..r.start)
        .find_map(|v| represented_after_subject(doc, people, v))
        .map_or(0..0, |k| k..k + 1);
    // People someone else stands in for: not there themselves.
    let mut standing_in = Vec::new();
    // Whether the window is a message's "من …", which holds one sender.
    let mut sender_only = false;
    for i in r {
        let t = &doc.toks[i];
        if cue.is_some_and(|c| i > c)
            && out.len() >= 2
            && people.at[i].is_none()
            && AFTER_PARTIES.contains(&t.norm.as_str())
        {
            break;
        }
        if PRESENT.iter().any(|p| t.stems().any(|s| s == *p)) && !is_honorific_hadra(doc, i) {
            present = true;
            present_named = false;
        }
        if present && present_named && closes_presence(doc, i) {
            // "التقى الملك فلان، بحضور ولي العهد، رئيس الوزراء فلان": the
            // phrase of those present ends at its comma; the guest follows
            present = false;
        }
        if HOSTED.contains(&t.norm.as_str()) {
            // "حضر … المأدبة التي أقامها الرئيس فلان": the host takes part
            present = false;
        }
        if REPRESENTS.iter().any(|p| t.stems().any(|s| s == *p)) && !is_message_named_before(doc, i)
        {
            // "رسالة خطية من وزير الخارجية اليمني فلان": the sender may come
            // after a long title; only that first person is not there
            sender_only = sends_from(doc, i);
            let reach = if sender_only {
                SENDER_TITLE_REACH
            } else {
                REPRESENTED_WINDOW
            };
            represented = match represented_after_subject(doc, people, i) {
                Some(k) => k..k + 1,
                None if sender_only => i..sender_reach_end(doc, i, reach),
                None => i..i + reach + 1,
            };
        }
        if let Some(p) = people.at[i] {
            present_named |= present;
            if represented.contains(&i) && !standing_in.contains(&p) {
                standing_in.push(p);
                if sender_only {
                    represented = i..i + 1;
                }
            }
            if !present
                && !standing_in.contains(&p)
                && !out.contains(&p)
                && (!reporting || !is_reporter(people, p) && !spokesman_after(doc, people, i))
            {
                out.push(p);
            }
        }
    }
    out
}

/// Whether tokens `r` speak of "the delegation" ("الوفد", "الوفد الضيف")
/// without saying whose: it is one introduced before.
fn names_the_delegation(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    r.clone().any(|i| {
        let t = &doc.toks[i];
        t.stems().any(|s| s == "الوفد")
            && !doc.toks[i + 1..r.end.min(i + 1 + DELEGATION_REACH)]
                .iter()
                .any(is_country_word)
    })
}

/// The delegation described in one of the two sentences before sentence
/// `si` ("وصل إلى دمشق وفد اقتصادي أردني. والتقى الوزير الوفد").
fn delegation_before(doc: &Doc, si: usize) -> Vec<(usize, String)> {
    (si.saturating_sub(2)..si)
        .rev()
        .map(|k| unnamed_parties(doc, doc.sents[k].toks.clone()))
        .find(|g| !g.is_empty())
        .map(|g| g.into_iter().take(1).collect())
        .unwrap_or_default()
}

/// Unnamed parties: a delegation of a country ("وفد روسي", "وفدا برلمانيا
/// روسيا", "a Russian delegation") or a group of leaders ("القادة العرب",
/// "قادة الدول الأفريقية", "African leaders").
/// Each comes with the token it starts at.
fn unnamed_parties(doc: &Doc, r: std::ops::Range<usize>) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for i in r.clone() {
        let t = &doc.toks[i];
        let head = if t
            .stems()
            .any(|s| matches!(s, "وفد" | "الوفد" | "delegation"))
            || t.norm == "وفدا"
        {
            Some(DELEGATION_REACH)
        } else if GROUP_HEADS.contains(&t.norm.as_str()) && !is_office_of_one(doc, i) {
            Some(GROUP_REACH)
        } else {
            None
        };
        if let Some(reach) = head {
            let end = r.end.min(i + 1 + reach);
            // "وفدا عسكريا من باكستان": the delegation's kind, then where it is from
            let from = i + 1 + kind_of_delegation(doc, i + 1, r.end);
            if let Some(k) = (i + 1..end).find(|&k| is_country_word(&doc.toks[k])) {
                out.push((i, nominative(doc.slice(i..k + 1))));
            } else if let Some(k) = sender_end(doc, from, r.end) {
                out.push((i, nominative(doc.slice(i..k))));
            } else if let Some(k) = body_of_delegation(doc, i, r.end) {
                out.push((i, doc.slice(i..k).to_string()));
            }
        }
        if t.norm == "leaders" && i > r.start && is_country_word(&doc.toks[i - 1]) {
            out.push((i - 1, doc.slice(i - 1..i + 1).to_string()));
        }
    }
    out
}

/// A delegation's description in the nominative, as it is cited: "وفداً
/// روسياً" (the object of "استقبل") is "وفد روسي". Only the accusative
/// endings are dropped: the tanween written out, or the ا of "وفدا" and of
/// the adjectives in يا right after it ("وفدا من روسيا" keeps Russia).
fn nominative(description: &str) -> String {
    let words: Vec<&str> = description.split_whitespace().collect();
    let accusative_head = words.first() == Some(&"وفدا");
    // the adjectives that agree with an accusative head follow it at once
    // and end in يا ("برلمانيا روسيا")
    let agreeing = if accusative_head {
        1 + words[1..].iter().take_while(|w| w.ends_with("يا")).count()
    } else {
        0
    };
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let tanween = w.strip_suffix("اً").or_else(|| w.strip_suffix("ًا"));
            let bare = tanween.or_else(|| (k < agreeing).then(|| w.strip_suffix('ا')).flatten());
            match bare {
                Some(b) if b.chars().count() >= 2 => b.to_string(),
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two countries joined by و/and as actors ("العراق وروسيا", "Egypt and
/// Sudan"), not after a preposition ("في مصر والسودان"): the parties of a
/// talk that names no person.
fn country_pair(doc: &Doc, r: std::ops::Range<usize>) -> Vec<String> {
    let places = &lexicons().places;
    for k in r.clone() {
        let Some(n) = doc.actor_country(k, r.start).filter(|n| k + n < r.end) else {
            continue;
        };
        let mut j = k + n;
        let and = doc.toks[j].norm == "and";
        if and {
            j += 1;
        }
        let joined = j < r.end && (and || doc.toks[j].norm.starts_with('و'));
        if let Some(m) = places
            .match_at(&doc.toks, j)
            .filter(|m| joined && j + m <= r.end)
        {
            let second = if and {
                doc.slice(j..j + m)
            } else {
                doc.slice_without_and(j..j + m)
            };
            return vec![doc.slice(k..k + n).to_string(), second.to_string()];
        }
    }
    Vec::new()
}

/// Where "من X" / "from X" after a delegation ends: X is the body that sent
/// it ("وفدا من صندوق النقد الدولي"), up to its leader ("برئاسة") or a comma.
fn sender_end(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let from = doc.toks.get(i).filter(|_| i < end)?;
    if !matches!(from.norm.as_str(), "من" | "عن" | "from" | "of") {
        return None;
    }
    let stop = |t: &Token| {
        !t.is_word() || SENDER_STOPS.contains(&t.norm.as_str()) || is_and_imperfect(&t.norm)
    };
    let last = end.min(i + 1 + SENDER_REACH);
    let k = (i + 1..last)
        .find(|&k| stop(&doc.toks[k]) || lexicons().meeting_cues.match_at(&doc.toks, k).is_some())
        .unwrap_or(last);
    (k > i + 1).then_some(k)
}

/// Whether a normalised word is "و" glued to an imperfect verb ("ويتلقى",
/// "ويبحث"): the headline goes on to another clause.
fn is_and_imperfect(w: &str) -> bool {
    w.strip_prefix("وي")
        .is_some_and(|rest| rest.chars().count() >= 3)
}

/// How many words the sender of a delegation may have.
const SENDER_REACH: usize = 5;

/// Words that end the sender of a delegation: its leader, its members, what it came for.
const SENDER_STOPS: &[&str] = &[
    "اليوم",
    "امس",
    "غدا",
    "صباح",
    "مساء",
    "خلال",
    "برياسه",
    "يتقدمه",
    "يضم",
    "ضم",
    "تضم",
    "ضمن",
    "برفقه",
    "حيث",
    "الي",
    "في",
    "لبحث",
    "led",
    "headed",
    "including",
    "to",
    "in",
    "on",
];

/// How many adjectives of kind follow a delegation at `j` ("وفدا عسكريا",
/// "وفد برلماني رفيع المستوى"), at most two words before "من".
fn kind_of_delegation(doc: &Doc, j: usize, end: usize) -> usize {
    (1..=3)
        .find(|&n| {
            j + n < end
                && doc.toks[j + n].norm == "من"
                && doc.toks[j..j + n]
                    .iter()
                    .all(|t| t.is_word() && !lexicons().stopwords.has(t))
        })
        .unwrap_or(0)
}

/// Heads of bodies a delegation may come from ("وفد شركة سيمنس", "وفد حركة فتح").
const DELEGATION_BODIES: &[&str] = &[
    "شركه",
    "حركه",
    "حزب",
    "منظمه",
    "مجلس",
    "اتحاد",
    "غرفه",
    "بنك",
    "جامعه",
    "هييه",
    "جمعيه",
    "مجموعه",
    "صندوق",
    "لجنه",
    "برلمان",
];

/// Where the description of a delegation of a body ends ("وفد شركة سيمنس
/// الألمانية"): at a comma, a function word or a meeting word, within four
/// words after the body's head.
fn body_of_delegation(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let head = doc.toks.get(i + 1).filter(|_| i + 1 < end)?;
    if !head.stems().any(|s| DELEGATION_BODIES.contains(&s)) {
        return None;
    }
    let last = end.min(i + 6);
    let k = (i + 2..last)
        .find(|&k| {
            let t = &doc.toks[k];
            !t.is_word() || lexicons().stopwords.has(t) || SENDER_STOPS.contains(&t.norm.as_str())
        })
        .unwrap_or(last);
    (k > i + 2).then_some(k)
}

/// How many words after "وفد" its country may come ("وفدا برلمانيا روسيا").
const DELEGATION_REACH: usize = 2;

/// Heads of a group of leaders, and how far their country may come
/// ("قادة الدول العربية", "وزراء خارجية الدول العربية").
const GROUP_HEADS: &[&str] = &["القاده", "الزعماء", "قاده", "زعماء", "وزراء", "روساء"];
const GROUP_REACH: usize = 3;

/// Whether the plural at `i` belongs to one person's office ("رئيس وزراء مصر", "مجلس وزراء").
fn is_office_of_one(doc: &Doc, i: usize) -> bool {
    i > 0
        && matches!(
            doc.toks[i - 1].norm.as_str(),
            "رييس" | "مجلس" | "رييسه" | "نايب"
        )
}

/// Plural nationalities not derived from the singular adjective.
const BROKEN_PLURALS: &[&str] = &[
    "العرب",
    "الافارقه",
    "الاجانب",
    "الاوروبيون",
    "الروس",
    "الاتراك",
    "الالمان",
    "الامريكان",
    "الانجليز",
];

/// Whether a word names a country or its people ("روسيا", "الروسي", "العرب", "African").
fn is_country_word(t: &Token) -> bool {
    let lex = lexicons();
    // the accusative of an indefinite adjective: "وفدا يابانيا"
    let accusative = t
        .norm
        .strip_suffix('ا')
        .filter(|w| w.ends_with('ي'))
        .is_some_and(|w| lex.nationalities.has_norm(w));
    lex.nationalities.has(t)
        || accusative
        || lex.places.has(t)
        || BROKEN_PLURALS.contains(&t.norm.as_str())
}

/// Titles in tokens `r` that name no one in the text ("الرئيس الإيراني", "نظيره العماني").
/// Each comes with the token it starts at.
fn unnamed_titles(doc: &Doc, people: &People, r: std::ops::Range<usize>) -> Vec<(usize, String)> {
    let first = people.titles.partition_point(|t| t.toks.start < r.start);
    let mut covered = 0;
    people.titles[first..]
        .iter()
        .take_while(|t| t.toks.start < r.end)
        .filter(|t| {
            // a title inside a longer one is part of it ("وزراء فيتنام" in
            // "رئيس وزراء فيتنام")
            let inside = t.toks.start < covered;
            covered = covered.max(t.toks.end);
            !inside
        })
        .filter(|t| {
            !is_reporter_title(doc, t.toks.clone())
                && t.person.is_none()
                && t.toks.len() >= 2
                && !follows_untitled_name(people, t)
                && !precedes_untitled_name(doc, people, t)
        })
        .map(|t| {
            let from = (t.toks.start..t.toks.end - 1)
                .find(|&k| !lexicons().honorifics.has(&doc.toks[k]))
                .unwrap_or(t.toks.end - 1);
            (
                t.toks.start,
                without_preposition(doc.slice(from..t.toks.end)),
            )
        })
        .collect()
}

/// English offices an unnamed party may be described by.
const ENGLISH_OFFICES: &[&str] = &[
    "ambassador",
    "envoy",
    "minister",
    "president",
    "consul",
    "counterpart",
];

/// Whether `t` is a country with the English possessive ("Egypt's").
fn country_possessive(t: &Token) -> bool {
    let w = t.norm.as_str();
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .is_some_and(|c| lexicons().places.has_norm(c))
}

/// English unnamed parties: an office with its country and no name after it
/// ("the ambassador of Brazil", "the Brazilian envoy", "Brazil's ambassador").
/// The people finder reads English titles only before a name.
fn english_unnamed(doc: &Doc, people: &People, r: std::ops::Range<usize>) -> Vec<String> {
    let mut out = Vec::new();
    for i in r.clone() {
        let t = &doc.toks[i];
        let named_next = doc.toks.get(i + 1).is_some_and(|n| n.capital) || people.at[i].is_some();
        if !ENGLISH_OFFICES.contains(&t.norm.as_str()) || named_next && !is_of(doc, i + 1) {
            continue;
        }
        // "the Brazilian ambassador", "Brazil's ambassador"
        let before = (r.start.max(i.saturating_sub(3))..i)
            .find(|&k| is_country_word(&doc.toks[k]) || country_possessive(&doc.toks[k]));
        // "the ambassador of Brazil", "the envoy from Japan"
        let after = is_of(doc, i + 1)
            .then(|| (i + 2..r.end.min(i + 5)).find(|&k| is_country_word(&doc.toks[k])))
            .flatten()
            .filter(|&k| {
                people.at[k + 1..r.end.min(k + 3)]
                    .iter()
                    .all(Option::is_none)
            });
        // "Maria Lucas, Mozambique's Minister of …" describes the person named before
        let from = before.unwrap_or(i);
        let apposition = from >= r.start + 2
            && doc.toks[from - 1].is_punct(',')
            && people.at[from - 2].is_some();
        // "the EU's special envoy for the dialogue, Peter Sorensen," is Sorensen
        let named_after_comma = (i + 1..r.end.min(i + 8))
            .find(|&k| doc.toks[k].is_punct(','))
            .is_some_and(|k| people.at.get(k + 1).copied().flatten().is_some());
        if apposition || named_after_comma {
            continue;
        }
        match (before, after) {
            (_, Some(k)) => out.push(doc.slice(i..k + 1).to_string()),
            (Some(k), None)
                if people.at[i + 1..r.end.min(i + 2)]
                    .iter()
                    .all(Option::is_none) =>
            {
                out.push(doc.slice(k..i + 1).to_string())
            }
            _ => {}
        }
    }
    out
}

/// Whether token `i` is "of" or "from".
fn is_of(doc: &Doc, i: usize) -> bool {
    doc.toks
        .get(i)
        .is_some_and(|t| matches!(t.norm.as_str(), "of" | "from"))
}

/// Whether a title comes right after the name of someone given no title
/// before it: then it is that person's ("الشيخ فلان رئيس الدولة"), not a party.
fn follows_untitled_name(people: &People, title: &super::people::TitleSpan) -> bool {
    title
        .toks
        .start
        .checked_sub(1)
        .and_then(|k| people.at[k])
        .is_some_and(|p| people.persons[p].titles.is_empty())
}

/// Whether a title is followed, within a few words of its body, by the name
/// of someone given no title: then it is that person's ("المدير العام للوكالة
/// الدولية للطاقة الذرية رافائيل غروسي"), not a party of its own.
fn precedes_untitled_name(doc: &Doc, people: &People, title: &super::people::TitleSpan) -> bool {
    let end = doc.toks.len().min(title.toks.end + TITLE_TAIL);
    (title.toks.end..end)
        .take_while(|&k| doc.toks[k].is_word() && !doc.toks[k].norm.starts_with('و'))
        .find_map(|k| people.at[k])
        .is_some_and(|p| people.persons[p].titles.is_empty())
}

/// How many words the body a title names ("للوكالة الدولية للطاقة الذرية")
/// may have before the name of its holder.
const TITLE_TAIL: usize = 6;

/// A title without the preposition glued to its article: "بالسفير الأمريكي"
/// → "السفير الأمريكي", "للرئيس" → "الرئيس".
fn without_preposition(title: &str) -> String {
    // a word of three letters or more must follow ("والي الخرطوم" is a title)
    let word_follows = |rest: &str| {
        rest.split_whitespace()
            .next()
            .is_some_and(|w| w.chars().count() >= 3)
    };
    ["وبال", "بال", "وال", "فال", "كال", "لل"]
        .iter()
        .find_map(|clitic| title.strip_prefix(clitic).filter(|rest| word_follows(rest)))
        .map_or_else(|| title.to_string(), |rest| format!("ال{rest}"))
}

/// The person a pronoun stands for — a sentence-initial "He"/"She", an
/// honorific with "his" after the cue ("استقبل جلالته") or a cue with "him"
/// attached ("استقبله"): the host of the previous encounter, else the last
/// person mentioned before.
fn pronoun_subject(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    at: usize,
    host: Option<usize>,
) -> Option<usize> {
    let first = doc.toks.get(r.start)?;
    let after_cue = doc.toks.get(at + 1).filter(|_| at + 1 < r.end);
    // "كما تلقى سموه اتصالا": the honorific is the subject of the verb
    // before a cue that is a noun
    let before_cue = || {
        doc.toks[r.start.max(at.saturating_sub(SUBJECT_SLOT))..at]
            .iter()
            .any(is_honorific_pronoun)
    };
    if !super::speaker::is_pronoun(&first.norm)
        && !after_cue.is_some_and(is_honorific_pronoun)
        && !before_cue()
        && !has_object_pronoun(&doc.toks[at])
    {
        return None;
    }
    host.or_else(|| super::speaker::last_person_before(people, r.start))
}

/// "President Murmu also met him": "him"/"her" after an English cue whose
/// new subject is named before it is the guest of the last encounter of two
/// (its second party; the first is its subject).
fn english_him(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    at: usize,
    persons: &[usize],
    last: Option<&Found>,
) -> Option<usize> {
    let [subject] = persons else {
        return None;
    };
    let him = doc
        .toks
        .get(at + 1)
        .is_some_and(|t| at + 1 < r.end && matches!(t.norm.as_str(), "him" | "her"));
    let named_before = (r.start..at).any(|k| people.at[k] == Some(*subject));
    let [_, guest] = last?.participants.as_slice() else {
        return None;
    };
    (him && named_before && !last?.participants.contains(subject)).then_some(*guest)
}

/// Words that open a sentence going on with the same subject: "كما
/// التقى …", "ثم استقبل …".
const ALSO: &[&str] = &["كما", "وكما", "ثم", "كذلك"];

/// "كما التقى وزير الخارجية السعودي فلان", "كما أجرى اتصالا هاتفيا مع فلان",
/// "واختتم جولته بلقاء فلان":
/// an encounter that goes on with no subject named (no one before the cue)
/// and only the one it met after it is the last host's, `host`; but not
/// where that person meets someone themselves ("كما التقى فلان بممثلي …").
fn also_with_no_subject(
    doc: &Doc,
    people: &People,
    r: std::ops::Range<usize>,
    at: usize,
    persons: &[usize],
    host: usize,
) -> bool {
    let [guest] = persons else {
        return false;
    };
    // or the cue is "by meeting" after a verb of the one followed ("واختتم
    // جولته بلقاء فلان")
    let by_meeting = doc.toks[at].norm.starts_with('ب') && at > r.start;
    let opens = by_meeting
        || doc
            .toks
            .get(r.start)
            .is_some_and(|t| ALSO.contains(&t.norm.as_str()));
    let named_before = (r.start..at).any(|k| people.at[k].is_some());
    let end = (at..r.end)
        .rev()
        .find(|&k| people.at[k] == Some(*guest))
        .map_or(r.end, |k| k + 1);
    // the word right after the name: "بممثلي", "مع", not a place ("بالرياض")
    // nor those present ("بحضور")
    let meets_others = doc.toks.get(end).filter(|_| end < r.end).is_some_and(|t| {
        let rest = t.norm.strip_prefix('ب').unwrap_or("");
        t.norm == "مع"
            || rest.chars().count() > 2
                && !lexicons().places.has_norm(rest)
                && !PRESENT.contains(&t.norm.as_str())
    });
    opens && !named_before && *guest != host && !meets_others
}

/// How many words before a cue noun its subject may stand ("تلقى سموه
/// اليوم اتصالا").
const SUBJECT_SLOT: usize = 3;

/// The host of the last encounter when the article gives that host no title
/// (the titles of "السيد فلان وزير الخارجية" may come after the name): the
/// person a one-word office no one holds ("معالي الوزير") stands for.
fn untitled_host(people: &People, last: Option<&Found>) -> Option<usize> {
    let host = last?.participants.first().copied()?;
    people.persons[host].titles.is_empty().then_some(host)
}

/// Whether tokens `r` hold a one-word office naming no one ("عقد معالي
/// الوزير جلسة مباحثات"): not followed by a qualifier ("الوزير الأول").
fn has_bare_office(doc: &Doc, people: &People, r: std::ops::Range<usize>) -> bool {
    r.clone().any(|k| {
        let qualified = doc
            .toks
            .get(k + 1)
            .is_some_and(|n| n.norm.starts_with("ال") || is_country_word(n));
        people.at[k].is_none() && BARE_OFFICES.contains(&doc.toks[k].norm.as_str()) && !qualified
    })
}

/// Offices that stand alone for someone the reader already knows.
const BARE_OFFICES: &[&str] = &["الوزير", "الرييس", "الامير", "الملك", "السفير", "المبعوث"];

/// A verb of meeting with "him"/"her" attached ("استقبله", "التقاها"): the
/// one met is the person the text is following.
fn has_object_pronoun(t: &Token) -> bool {
    let verb = t
        .norm
        .strip_suffix("ها")
        .or_else(|| t.norm.strip_suffix('ه'));
    let verb = verb.map(|v| v.strip_prefix('و').unwrap_or(v));
    verb.is_some_and(|v| {
        matches!(
            v,
            "استقبل"
                | "استقبلت"
                | "التقا"
                | "التقت"
                | "زار"
                | "زارت"
                | "هاتف"
                | "صافح"
        )
    })
}

/// An honorific with "his"/"her" standing for a person named before:
/// "استقبل جلالته", "وأكد سموه", "فخامتها".
fn is_honorific_pronoun(t: &Token) -> bool {
    ["جلالت", "سمو", "فخامت", "معالي", "سيادت", "دولت", "سعادت"]
        .iter()
        .any(|h| {
            t.norm
                .strip_prefix(h)
                .or_else(|| t.norm.strip_prefix('و').and_then(|w| w.strip_prefix(h)))
                .is_some_and(|rest| matches!(rest, "ه" | "ها"))
        })
}

/// How many earlier encounters (besides the first few, where the headline's
/// is) a restatement is looked for among.
const MERGE_WINDOW: usize = 50;

/// Merges restatements: an encounter whose people are a subset of another's
/// (the headline's "A receives B" and the body's), keeping the earlier one.
fn merge(doc: &Doc, people: &People, found: Vec<Found>) -> Vec<Found> {
    let mut kept: Vec<Found> = Vec::new();
    for f in found {
        let a: BTreeSet<usize> = f.participants.iter().copied().collect();
        let n = kept.len();
        let near = (0..n.min(5)).chain(n.saturating_sub(MERGE_WINDOW).max(5)..n);
        let twin = near.into_iter().find_map(|k| {
            let b: BTreeSet<usize> = kept[k].participants.iter().copied().collect();
            // two leaders meeting at a summit of more is an encounter of its own
            let sideline = ((kept[k].kind == "summit") != (f.kind == "summit")
                || on_the_sidelines(doc, f.sentence))
                && a.len().max(b.len()) >= 3
                && a.len().min(b.len()) == 2;
            let small = a.len().min(b.len()) >= 2 && !sideline;
            // one named party and an unnamed one ("نظيره", "وفد") restate an encounter of that person
            let other = different_unnamed(people, &f, &kept[k])
                || other_office(people, &f, &kept[k])
                || other_office(people, &kept[k], &f);
            let partial_a = a.len() == 1 && f.unnamed() > 0 && a.is_subset(&b) && !other;
            let partial_b = b.len() == 1 && kept[k].unnamed() > 0 && b.is_subset(&a) && !other;
            // a headline of titles only ("الوزير يلتقي نظيره") restates the first named encounter
            let headline = k == 0 && n == 1 && b.is_empty() && is_headline(doc, kept[k].sentence);
            let same = (small && (a.is_subset(&b) || b.is_subset(&a)) || partial_a || partial_b)
                && (!f.separate || is_headline(doc, kept[k].sentence));
            (same || headline).then_some((k, b.len() < a.len() || headline, headline))
        });
        match twin {
            Some((k, grows, headline)) => {
                let restates_headline = headline || is_headline(doc, kept[k].sentence);
                if restates_headline {
                    // the body's sentence says more than the headline: it is the evidence
                    let title_line = std::mem::replace(&mut kept[k].sentence, f.sentence);
                    kept[k].restated_in.push(title_line);
                    kept[k].kind = f.kind.clone();
                } else {
                    kept[k].restated_in.push(f.sentence);
                }
                // the body's descriptions of unnamed parties are fuller than the headline's
                let fuller = restates_headline
                    && a.len() >= kept[k].participants.len()
                    && !(f.extra.is_empty() && f.groups.is_empty());
                // a headline that sums up several encounters ("يلتقي وفدا … ويبحث مع
                // نظيره …"): the body's first one keeps only its own parties
                let parties = |x: &Found| x.participants.len() + x.unnamed();
                // (but "his Russian counterpart" is the one the headline names)
                let counterpart = !f.extra.is_empty()
                    && f.extra.iter().all(|e| {
                        e.ends_with("counterpart")
                            || e.split_whitespace().any(|w| w.starts_with("نظير"))
                    });
                let split = restates_headline
                    && (a.len() < kept[k].participants.len() || parties(&f) < parties(&kept[k]))
                    && !headline
                    && !counterpart;
                if grows || fuller || split {
                    kept[k].participants = f.participants;
                    kept[k].extra = f.extra;
                    if !f.groups.is_empty() || split {
                        kept[k].groups = f.groups;
                    }
                }
            }
            None => kept.push(f),
        }
    }
    kept
}

/// Whether sentence `si` places its encounter on the sidelines of another
/// ("وعلى هامش الاجتماع، تحادث …", "on the sidelines of"): two of the
/// parties met apart from the rest.
fn on_the_sidelines(doc: &Doc, si: usize) -> bool {
    doc.toks[doc.sents[si].toks.clone()]
        .iter()
        .any(|t| t.stems().any(|w| matches!(w, "هامش" | "sidelines")))
}

/// Whether two encounters that share a named party are set apart by the
/// countries of their other parties: "سفير اليابان" then "سفيرة مملكة هولندا"
/// are two guests, not one restated, and so are "وفد أردني" and "وزير
/// الاقتصاد الأذربيجاني"; "نظيره العماني" and "وزير الخارجية العماني" are one.
/// The country a guest is posted to ("لدى المملكة") does not count.
fn different_unnamed(people: &People, a: &Found, b: &Found) -> bool {
    let x = other_countries(people, a, b);
    let y = other_countries(people, b, a);
    // "اليابان" and "الياباني" are one country here, and so are "غانا" and "الغاني"
    let akin = |x: &String, y: &String| {
        x.starts_with(y.as_str())
            || y.starts_with(x.as_str())
            || super::people::names_country_of(std::slice::from_ref(y), x)
            || super::people::names_country_of(std::slice::from_ref(x), y)
    };
    !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.iter().any(|v| akin(w, v)))
}

/// Words that mark an encounter as another one than those before: "في لقاء
/// منفصل", "في لقاء آخر", "في وقت لاحق", "separately", "later".
const SEPARATE: &[&str] = &[
    "منفصل",
    "منفصله",
    "لاحق",
    "لاحقا",
    "separate",
    "separately",
    "later",
];

/// Openings that move a report on to another item ("إلى ذلك", "وفي سياق
/// آخر", "من جهة أخرى", "Meanwhile"), normalised, without a glued و.
const NEW_ITEM: &[&[&str]] = &[
    &["الي", "ذلك"],
    &["في", "سياق", "اخر"],
    &["في", "سياق", "منفصل"],
    &["في", "شان", "اخر"],
    &["علي", "صعيد", "اخر"],
    &["من", "جهه", "اخري"],
    &["من", "ناحيه", "اخري"],
    &["meanwhile"],
    &["separately"],
    &["in", "other", "news"],
];

/// Whether sentence `si` opens with a move to another item ([`NEW_ITEM`]):
/// its encounter takes no party from the sentence before (it may still
/// restate an encounter: "على صعيد آخر، قال خلال لقائه السفير …").
fn opens_new_item(doc: &Doc, si: usize) -> bool {
    let words: Vec<&str> = doc.toks[doc.sents[si].toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .take(3)
        .enumerate()
        .map(|(k, t)| {
            let w = t.norm.as_str();
            if k == 0 && w.chars().count() > 2 {
                w.strip_prefix('و').unwrap_or(w)
            } else {
                w
            }
        })
        .collect();
    NEW_ITEM.iter().any(|opening| words.starts_with(opening))
}

/// Whether tokens `r` call their encounter another one ([`SEPARATE`], or
/// "آخر" after an encounter noun: "لقاء آخر", not "آخر المستجدات"); "later"
/// does not where "the two leaders" of the last encounter (`same_pair`,
/// with no one joining them) meet again.
fn is_separate(doc: &Doc, r: std::ops::Range<usize>, same_pair: bool) -> bool {
    let cues = &lexicons().meeting_cues;
    // "the two leaders later held talks one on one": the same pair (no one
    // joining them) later in the same visit is the same encounter
    let both = same_pair && refers_to_both(doc, r.clone());
    r.clone().any(|i| {
        let w = doc.toks[i].norm.as_str();
        let later = matches!(w, "لاحق" | "لاحقا" | "later");
        SEPARATE.contains(&w) && !(later && both)
            || matches!(w, "اخر" | "اخري")
                && i > r.start
                && cues.match_at(&doc.toks, i - 1).is_some()
    })
}

/// Whether an unnamed party of `f` holds an office that none of the named
/// parties `other` has besides `f`'s own can hold: "سفير اليابان" does not
/// restate a meeting with "رئيس الغرفة محمد الصقر". Parties without a title,
/// or titled only as someone's counterpart ("نظيره"), may hold any office.
fn other_office(people: &People, f: &Found, other: &Found) -> bool {
    let offices: Vec<String> = f
        .extra
        .iter()
        .filter_map(|d| crate::text::tokenize(d).into_iter().find(|t| t.is_word()))
        .filter(|t| lexicons().titles.has(t) && !is_anyones_office(office_stem(&t.norm)))
        .map(|t| office_stem(&t.norm).to_string())
        .collect();
    let others: Vec<usize> = other
        .participants
        .iter()
        .copied()
        .filter(|p| !f.participants.contains(p))
        .collect();
    !offices.is_empty()
        && !others.is_empty()
        && others.iter().all(|&p| {
            let titles = &people.persons[p].titles;
            !titles.is_empty()
                && !titles.iter().any(|t| {
                    crate::text::tokenize(t).iter().any(|w| {
                        let w = office_stem(&w.norm);
                        is_anyones_office(w) || offices.iter().any(|o| w == o)
                    })
                })
        })
}

/// Words of an unnamed party that any office holder may be: "نظيره",
/// "counterpart", "المسؤول".
fn is_anyones_office(stem: &str) -> bool {
    stem.starts_with("نظير")
        || matches!(
            stem,
            "مسوول" | "counterpart" | "official" | "مبعوث" | "envoy"
        )
}

/// An office word without its article and feminine ending ("السفيره" → "سفير").
fn office_stem(w: &str) -> &str {
    let w = w.strip_prefix("ال").unwrap_or(w);
    w.strip_suffix('ه').unwrap_or(w)
}

/// Beginnings of adjectives of regions, which name a portfolio or a group
/// more often than a party's country.
const REGIONS: &[&str] = &[
    "عرب",
    "اوروب",
    "افريق",
    "اسيو",
    "خليج",
    "لاتين",
    "متوسط",
    "دولي",
    "اسلامي",
];

/// The countries named by the unnamed parties of `f` and by the titles of
/// its named parties that `other` lacks.
fn other_countries(people: &People, f: &Found, other: &Found) -> Vec<String> {
    let titles = f
        .participants
        .iter()
        .filter(|p| !other.participants.contains(p))
        .flat_map(|&p| people.persons[p].titles.iter());
    let mut out = Vec::new();
    for d in f.extra.iter().chain(&f.groups).chain(titles) {
        let toks = crate::text::tokenize(d);
        for t in toks
            .iter()
            .take_while(|t| !matches!(t.norm.as_str(), "لدي" | "في" | "to" | "in"))
            .filter(|t| is_country_word(t))
        {
            let w = t.norm.strip_prefix("ال").unwrap_or(&t.norm);
            // a portfolio ("والشؤون الأوروبية", "التعاون الإفريقي") names no country
            if !REGIONS.iter().any(|r| w.starts_with(r)) {
                out.push(w.to_string());
            }
        }
    }
    out
}

/// Whether sentence `si` is (part of) the article's headline: a first line
/// of its own without a full stop. A headline of two clauses ("… يستقبل
/// رئيس وزراء باكستان.. ورئيس مجلس الوزراء يعقد معه …") is two sentences.
fn is_headline(doc: &Doc, si: usize) -> bool {
    let (Some(first), Some(s)) = (doc.sents.first(), doc.sents.get(si)) else {
        return false;
    };
    // a headline is short: looking no further keeps this constant-time on
    // a text that is one long paragraph
    let start = first.bytes.start;
    let window = &doc.text.as_bytes()[start..doc.text.len().min(start + HEADLINE_MAX)];
    let Some(line_end) = window.iter().position(|&b| b == b'\n').map(|k| start + k) else {
        return false;
    };
    let line = doc.text[start..line_end].trim_end();
    // a full stop ends a sentence of a paragraph; two ("..") join clauses of a headline
    let full_stop = line.ends_with('.')
        || line
            .match_indices(". ")
            .any(|(k, _)| !line[..k].ends_with('.'));
    s.bytes.end <= line_end && !full_stop
}

/// The most bytes a headline line may have.
const HEADLINE_MAX: usize = 1000;

fn to_meeting(doc: &Doc, people: &People, f: Found, article_date: Option<&ArticleDate>) -> Meeting {
    let s = &doc.sents[f.sentence];
    let mut participants: Vec<Party> = f
        .participants
        .iter()
        .map(|&p| Party {
            name: Some(people.persons[p].name.clone()),
            title: people.persons[p].titles.first().cloned(),
        })
        .collect();
    participants.extend(f.extra.into_iter().chain(f.groups).map(|d| Party {
        name: None,
        title: Some(d),
    }));
    // the headline often gives neither place nor date; its restatement does
    let sentences = || {
        std::iter::once(f.sentence)
            .chain(f.restated_in.iter().copied())
            .map(|k| doc.sents[k].toks.clone())
    };
    Meeting {
        participants,
        kind: f.kind,
        place: sentences().find_map(|r| place(doc, r)),
        date: sentences().find_map(|r| super::meta::event_date(doc, r, article_date)),
        evidence: Span::of(doc.text, s.bytes.start, s.bytes.end),
    }
}

/// Whether the place at `i` is what was discussed, not where: "التطورات في
/// سوريا", "the situation in Gaza", "الحرب على غزة".
fn is_subject_matter(doc: &Doc, i: usize, start: usize) -> bool {
    doc.toks[start.max(i.saturating_sub(3))..i]
        .iter()
        .any(|t| t.stems().any(|w| SUBJECT_MATTER.contains(&w)))
}

/// Nouns of a state of affairs: a place after them is the topic of a talk.
const SUBJECT_MATTER: &[&str] = &[
    "الاوضاع",
    "الوضع",
    "التطورات",
    "تطورات",
    "الازمه",
    "الحرب",
    "الصراع",
    "النزاع",
    "الاحداث",
    "المستجدات",
    "ملف",
    "situation",
    "war",
    "crisis",
    "conflict",
    "developments",
    "events",
    "fighting",
];

/// The first place named after في / بـ / in in tokens `r`.
fn place(doc: &Doc, r: std::ops::Range<usize>) -> Option<String> {
    let lex = lexicons();
    for i in r.clone() {
        let t = &doc.toks[i];
        let after_prep = t.norm.starts_with('ب')
            || i > r.start && matches!(doc.toks[i - 1].norm.as_str(), "في" | "in" | "to");
        if after_prep && !is_subject_matter(doc, i, r.start) {
            if let Some(n) = lex.places.match_at(&doc.toks, i) {
                let text = doc.slice(i..i + n);
                let text = if lex.places.has_norm(&t.norm)
                    || n > 1
                        && lex.places.match_at(&doc.toks, i).is_some()
                        && !t.norm.starts_with('ب')
                {
                    text
                } else {
                    text.char_indices().nth(1).map_or(text, |(k, _)| &text[k..])
                };
                return Some(text.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::facts::extract;

    #[test]
    fn yesterdays_reception_gets_the_day_before_the_article_date() {
        let f = extract(
            "عنوان\n٢٢ نيسان ٢٠٢١\nاستقبل الرئيس التونسي قيس سعيد أمس وزير الدفاع الإيطالي ماريو روسي.",
        );
        assert_eq!(f.meetings.len(), 1);
        assert_eq!(f.meetings[0].date.as_deref(), Some("2021-04-21"));
    }

    #[test]
    fn a_meeting_without_a_relative_day_has_no_date() {
        let f = extract(
            "عنوان\n٢٢ نيسان ٢٠٢١\nاستقبل الرئيس التونسي قيس سعيد وزير الدفاع الإيطالي ماريو روسي.",
        );
        assert_eq!(f.meetings.len(), 1);
        assert_eq!(f.meetings[0].date, None);
    }

    #[test]
    fn a_guest_named_in_the_previous_sentence_beats_an_unnamed_title() {
        let f = extract(
            "عنوان\n\nوصل وزير الخارجية التونسي عثمان الجرندي إلى الرباط يوم الاثنين.\n\
             واستقبل وزير الخارجية المغربي ناصر بوريطة نائب رئيس الحكومة التونسية في مقر الوزارة.",
        );
        assert_eq!(f.meetings.len(), 1);
        let parties = &f.meetings[0].participants;
        assert_eq!(parties.len(), 2);
        assert!(parties.iter().all(|p| p.name.is_some()), "{parties:?}");
        assert!(parties
            .iter()
            .any(|p| p.name.as_deref() == Some("عثمان الجرندي")));
    }

    #[test]
    fn someone_stood_in_for_is_not_a_party() {
        let f = extract(
            "عنوان\n\nالتقى وزير الخارجية أحمد سالم، الذي يمثل الرئيس عمر حسن، نظيره الصيني وانغ لي في بكين.",
        );
        let names: Vec<_> = f
            .meetings
            .iter()
            .flat_map(|m| m.participants.iter().filter_map(|p| p.name.as_deref()))
            .collect();
        assert!(names.contains(&"أحمد سالم"), "{:?}", f.meetings);
        assert!(!names.contains(&"عمر حسن"), "{:?}", f.meetings);
    }

    #[test]
    fn the_one_a_sentence_opening_represents_names_after_the_comma_is_not_a_party() {
        let f = extract(
            "عنوان\n\nيمثل وزير الشؤون الخارجية والتعاون الدولي أحمد سالم، رئيس الجمهورية، السيد عمر حسن، اليوم خلال أشغال القمة المنعقدة ببكين.",
        );
        assert!(f.meetings.is_empty(), "{:?}", f.meetings);
    }

    #[test]
    fn the_host_of_an_event_someone_attended_takes_part() {
        let f = extract(
            "عنوان\n\nوحضر السفير المصري عمر حسن مأدبة العشاء التي أقامها الرئيس الصيني وانغ لي على شرف وزير الخارجية أحمد سالم.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", f.meetings);
        let names: Vec<_> = f.meetings[0]
            .participants
            .iter()
            .filter_map(|p| p.name.as_deref())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"وانغ لي"), "{names:?}");
        assert!(names.contains(&"أحمد سالم"), "{names:?}");
    }

    #[test]
    fn the_leader_of_a_delegation_of_a_nationality_is_its_bare_minister_later() {
        let f = extract(
            "عنوان\n\nبحث رئيس الحكومة سامي نادر مع وفد تركي برئاسة وزير الطاقة والموارد الطبيعية أحمد كايا ملف الغاز.\n\
             كما استقبل رئيس الإقليم عمر حسن الوزير التركي والوفد المرافق له.",
        );
        let second = f.meetings.iter().find(|m| {
            m.participants
                .iter()
                .any(|p| p.name.as_deref() == Some("عمر حسن"))
        });
        let names: Vec<_> = second
            .map(|m| {
                m.participants
                    .iter()
                    .filter_map(|p| p.name.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        assert!(names.contains(&"أحمد كايا"), "{:?}", f.meetings);
    }

    #[test]
    fn a_joint_press_conference_after_their_talks_is_an_encounter() {
        let f = extract(
            "عنوان\n\nوقال الوزير سامي نادر، خلال ندوة صحافية مشتركة مع نظيره البرتغالي جواو سيلفا عقب مباحثاتهما بالرباط، إن البلدين شريكان.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", f.meetings);
    }

    #[test]
    fn a_name_spelt_like_a_future_verb_is_no_plan() {
        let f = extract(
            "عنوان\n\nعقد الرئيس عمر حسن ونظيره البرازيلي لولا دا سيلفا جلسة مباحثات في برازيليا.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", f.meetings);
    }

    #[test]
    fn a_delegation_is_cited_in_the_nominative() {
        for (text, cited) in [
            (
                "استقبل الوزير عمر حسن وفداً روسياً يضم ممثلين عن الشركات.",
                "وفد روسي",
            ),
            (
                "استقبل الوزير عمر حسن وفدا روسيا يضم ممثلين عن الشركات.",
                "وفد روسي",
            ),
            ("استقبل الوزير عمر حسن وفدا من روسيا.", "وفد من روسيا"),
        ] {
            let f = extract(&format!("عنوان\n\n{text}"));
            let titles: Vec<_> = f
                .meetings
                .iter()
                .flat_map(|m| m.participants.iter().filter_map(|p| p.title.as_deref()))
                .collect();
            assert!(titles.contains(&cited), "{text}: {titles:?}");
        }
    }

    #[test]
    fn what_a_visit_comes_weeks_after_is_background() {
        let f = extract(
            "Title\n\nFinance Minister Omar Hassan met his counterpart Li Wei in Beijing on Tuesday.\n\
             The visit comes weeks after Prime Minister Sami Nader travelled to Tianjin, where he held talks with President Wang Tao.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", f.meetings);
        let g = extract(
            "عنوان\n\nالتقى وزير الخارجية عمر حسن اليوم نظيره سامي نادر في عمان.\n\
             وتأتي الزيارة بعد أسابيع من لقاء جمع الرئيس خالد عمر والملك أحمد حسن في القاهرة.",
        );
        assert_eq!(g.meetings.len(), 1, "{:?}", g.meetings);
    }

    #[test]
    fn a_meeting_called_off_is_none() {
        let f = extract(
            "Omar Hassan calls off Brussels meeting with Sami Nader\n\nThe talks had been scheduled for Thursday.",
        );
        assert!(f.meetings.is_empty(), "{:?}", f.meetings);
    }

    #[test]
    fn a_planned_visit_does_not_complete_the_next_encounter() {
        let f = extract(
            "عنوان\n\nأجل الرئيس سامي نادر زيارة كانت مقررة إلى القاهرة.\n\nوعقد الوزير مؤتمرا صحفيا مع السفير.",
        );
        assert!(
            f.meetings.iter().all(|m| m
                .participants
                .iter()
                .all(|p| p.name.as_deref() != Some("سامي نادر"))),
            "{:?}",
            f.meetings
        );
    }
    fn names(f: &crate::facts::Facts) -> Vec<Vec<String>> {
        f.meetings
            .iter()
            .map(|m| {
                m.participants
                    .iter()
                    .map(|p| p.name.clone().or(p.title.clone()).unwrap_or_default())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_meeting_in_the_future_tense_is_a_plan() {
        let f = extract(
            "عنوان\n\nوقال المتحدث إن الرئيس سامي نادر سيوضح التفاصيل خلال المؤتمر الصحفي المشترك مع الرئيس خالد عمر.",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
    }

    #[test]
    fn how_long_a_visit_lasts_is_not_a_plan() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سامي نادر الوزير خالد عمر الذي يقوم بزيارة ستستمر يومين.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", names(&f));
    }

    #[test]
    fn the_two_leaders_restate_the_last_encounter() {
        let f = extract(
            "Title\n\nPresident John Miller met Prime Minister David Brown in Paris on Monday.\n\n\
             After two hours of talks, the two leaders praised President Peter Smith, and Miller thanked him.",
        );
        assert_eq!(names(&f).len(), 1, "{:?}", names(&f));
    }

    #[test]
    fn people_discussed_after_the_parties_are_not_parties() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سامي نادر الوزير خالد عمر، وبحث معه موقف الرئيس أحمد حسن من الأزمة.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(!all[0].contains(&"أحمد حسن".to_string()), "{all:?}");
    }

    #[test]
    fn the_sender_of_a_message_is_not_a_party() {
        let f = extract(
            "عنوان\n\nسلم الوزير سامي نادر رسالة خطية من الرئيس أحمد حسن إلى الرئيس خالد عمر خلال استقباله له.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(!all[0].contains(&"أحمد حسن".to_string()), "{all:?}");
    }

    #[test]
    fn a_group_of_leaders_is_a_party_of_a_summit() {
        let f = extract(
            "Title\n\nAfrican leaders wrapped up their summit in Addis Ababa, with President John Miller urging them to act.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains(&"African leaders".to_string()), "{all:?}");
    }

    #[test]
    fn a_delegation_in_the_accusative_with_an_adjective_is_a_party() {
        let f = extract("عنوان\n\nاستقبل الرئيس سامي نادر وفدا برلمانيا روسيا في قصر الرئاسة.");
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains(&"وفد برلماني روسي".to_string()), "{all:?}");
    }

    #[test]
    fn his_meetings_with_several_leaders_are_one_each() {
        let f = extract(
            "عنوان\n\nوواصل الرئيس سامي نادر لقاءاته بقادة عرب أمس، من بينهم الرئيس خالد عمر، والملك أحمد حسن، وبحث معهم العلاقات.",
        );
        assert_eq!(names(&f).len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn a_call_needs_no_word_for_telephone() {
        let f = extract("عنوان\n\nاتصل الرئيس سامي نادر بنظيره المصري خالد عمر مساء اليوم.");
        assert_eq!(f.meetings.len(), 1, "{:?}", names(&f));
        assert_eq!(f.meetings[0].kind, "call");
    }
    #[test]
    fn a_headline_encounter_takes_its_date_and_place_from_the_body() {
        let f = extract(
            "الرئيس سامي نادر يستقبل الوزير خالد عمر\n٢٢ نيسان ٢٠٢١\n\
             استقبل الرئيس سامي نادر اليوم في تونس الوزير خالد عمر.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", names(&f));
        assert_eq!(f.meetings[0].date.as_deref(), Some("2021-04-22"));
        assert_eq!(f.meetings[0].place.as_deref(), Some("تونس"));
    }
    #[test]
    fn an_unnamed_guest_loses_the_preposition_glued_to_it() {
        let f = extract("عنوان\n\nاجتمع الرئيس سامي نادر بالسفير الأمريكي في مكتبه.");
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains(&"السفير الأمريكي".to_string()), "{all:?}");
        assert_eq!(super::without_preposition("والي الخرطوم"), "والي الخرطوم");
        assert_eq!(
            super::without_preposition("للسفير الياباني"),
            "السفير الياباني"
        );
    }

    #[test]
    fn a_delegation_from_a_body_is_a_party_and_its_unnamed_leader_is_not() {
        let f = extract(
            "عنوان\n\nاستقبل الوزير سامي نادر وفدا من البنك الدولي برئاسة مدير الإدارة الإقليمية.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].len(), 2, "{all:?}");
        assert!(
            all[0].contains(&"وفد من البنك الدولي".to_string()),
            "{all:?}"
        );
    }

    #[test]
    fn a_headline_of_titles_only_restates_the_first_named_encounter() {
        let f = extract(
            "وزير الخارجية يلتقي نظيره البلجيكي\n\nالتقى وزير الخارجية سامي نادر، اليوم في الرباط، وزيرة الخارجية البلجيكية ماري لوران.\nوبحث الوزيران العلاقات.",
        );
        let all = names(&f);
        assert_eq!(
            all,
            vec![vec!["سامي نادر".to_string(), "ماري لوران".to_string()]]
        );
        assert_eq!(f.meetings[0].place.as_deref(), Some("الرباط"));
        // the body's sentence, which names them, is the evidence
        assert!(f.meetings[0].evidence.text.starts_with("التقى"));
    }

    #[test]
    fn a_call_for_an_encounter_or_an_expected_one_is_a_plan() {
        for text in [
            "عنوان\n\nومن المنتظر أن يستقبل الرئيس سامي نادر رئيس الحكومة ماري لوران.",
            "عنوان\n\nدعا الرئيس سامي نادر إلى عقد لقاء عاجل مع رئيسة الحكومة ماري لوران.",
            "عنوان\n\nوكان الرئيس سامي نادر سيلتقي ماري لوران في تونس، لكن اللقاء أرجئ.",
            "عنوان\n\nووجه الرئيس سامي نادر دعوة إلى الرئيسة ماري لوران لزيارة تونس.",
            "Headline\n\nPresident John Carter has invited Prime Minister Mary Laurent to visit Rome.",
        ] {
            let f = extract(text);
            assert!(f.meetings.is_empty(), "{text}: {:?}", names(&f));
        }
    }

    #[test]
    fn hadra_before_sahib_is_an_honorific_not_attendance() {
        let f = extract(
            "عنوان\n\nاستقبل حضرة صاحب الجلالة السلطان سامي نادر، بقصر العلم، فخامة الرئيس ماري لوران.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "ماري لوران".to_string()]]
        );
    }

    #[test]
    fn two_subjects_joined_by_and_discuss_together() {
        let f = extract(
            "عنوان\n\nبحث سمو الشيخ سامي نادر ولي عهد البلاد، ودولة ماري لوران رئيسة الوزراء، علاقات التعاون.",
        );
        assert_eq!(names(&f).len(), 1, "{:?}", names(&f));
        let alone = extract("عنوان\n\nبحث الوزير سامي نادر العلاقات التي تحدثت عنها ماري لوران.");
        assert!(alone.meetings.is_empty(), "{:?}", names(&alone));
    }

    #[test]
    fn a_title_after_an_untitled_name_is_that_persons() {
        let f = extract(
            "عنوان\n\nاستقبل صاحب السمو سامي نادر رئيس الدولة سمو ولي عهد دولة الكويت في قصر الشاطئ.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].len(), 2, "{all:?}");
        // the guest's honorific is dropped like a named person's
        assert_eq!(all[0][1], "ولي عهد دولة الكويت");
    }

    #[test]
    fn a_spokesman_is_a_party_unless_he_reports_it() {
        let met = extract(
            "عنوان\n\nاستقبل رئيس الإقليم سامي نادر المتحدث باسم وزارة الخارجية ماري لوران.",
        );
        assert_eq!(names(&met).len(), 1, "{:?}", names(&met));
        let reported = extract(
            "عنوان\n\nوقال المتحدث باسم الوزارة ماري لوران إن الوزير سامي نادر استقبل وفدا روسيا.",
        );
        let all = names(&reported);
        assert!(
            all.iter().all(|m| !m.contains(&"ماري لوران".to_string())),
            "{all:?}"
        );
    }

    #[test]
    fn his_majesty_as_a_pronoun_is_the_previous_host() {
        let f = extract(
            "عنوان\n\nالتقى الملك سامي نادر رئيس الوزراء ماري لوران في لندن.\nوفي وقت لاحق، استقبل جلالته وزير الخارجية جون سميث.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "ماري لوران".to_string()],
                vec!["سامي نادر".to_string(), "جون سميث".to_string()]
            ]
        );
    }

    #[test]
    fn the_traveller_of_the_sentence_before_is_the_host_his_pronoun_goes_on_with() {
        let f = extract(
            "عنوان\n\nاختتم الملك سامي نادر اليوم زيارته إلى اليونان.\nوعقد جلالته خلال الزيارة جلسة مباحثات مع الرئيس خالد عمر في أثينا.\nكما استقبل جلالته رئيسة الوزراء ماري لوران.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "خالد عمر".to_string()],
                vec!["سامي نادر".to_string(), "ماري لوران".to_string()]
            ]
        );
    }

    #[test]
    fn a_bare_office_going_on_is_the_host_though_the_guest_holds_it_too() {
        let f = extract(
            "عنوان\n\nاستقبل وزير الدفاع سامي نادر، أمس، وزير الدفاع الكندي جون سميث.\nكما استقبل الوزير نظيره البلجيكي مارك بيترز.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "جون سميث".to_string()],
                vec!["سامي نادر".to_string(), "مارك بيترز".to_string()]
            ]
        );
    }

    #[test]
    fn a_name_spelt_like_a_future_verb_does_not_make_a_plan_of_an_encounter() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سامي نادر، اليوم، رئيس الوزراء الهولندي ديك سخوف.\nكما استقبل الرئيس نادر رئيس وزراء كندا بيتر ستارمر.",
        );
        assert_eq!(names(&f).len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn an_honorific_before_a_cue_noun_is_the_subject_going_on() {
        let f = extract(
            "عنوان\n\nتلقى الأمير سامي نادر، اليوم، اتصالا هاتفيا من الرئيس خالد عمر.\nكما تلقى سموه اتصالا هاتفيا من رئيس الوزراء جون سميث.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "خالد عمر".to_string()],
                vec!["سامي نادر".to_string(), "جون سميث".to_string()]
            ]
        );
    }

    #[test]
    fn also_meeting_with_no_subject_named_is_the_last_hosts_encounter() {
        let f = extract(
            "عنوان\n\nاستقبل وزير الدفاع سامي نادر، أمس، وزير الدفاع الكندي جون سميث.\nكما التقى رئيس الأركان البلجيكي مارك بيترز.\nكما أجرى اتصالا هاتفيا مع وزير الدفاع الهولندي ديك سخوف.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "جون سميث".to_string()],
                vec!["سامي نادر".to_string(), "مارك بيترز".to_string()],
                vec!["سامي نادر".to_string(), "ديك سخوف".to_string()]
            ]
        );
        let g = extract(
            "عنوان\n\nاستقبل وزير الدفاع سامي نادر، أمس، وزير الدفاع الكندي جون سميث.\nكما التقى السفير مارك بيترز بممثلي الجالية.",
        );
        assert_eq!(names(&g).len(), 1, "{:?}", names(&g));
    }

    #[test]
    fn speaking_or_talking_with_someone_named_is_a_call() {
        for text in [
            "Headline\n\nChancellor Hans Muller spoke with Polish President Marek Nowak on Friday about energy prices.",
            "Headline\n\nChancellor Hans Muller talked to Polish President Marek Nowak on Friday about energy prices.",
        ] {
            let f = extract(text);
            assert_eq!(f.meetings.len(), 1, "{text}");
            assert_eq!(f.meetings[0].kind, "call");
        }
        let f =
            extract("Headline\n\nChancellor Hans Muller spoke to reporters in Berlin on Friday.");
        assert!(f.meetings.is_empty());
    }

    #[test]
    fn ending_a_tour_by_meeting_someone_is_the_travellers_encounter() {
        let f = extract(
            "عنوان\n\nالتقى المبعوث الأوروبي هانس مولر رئيس الوزراء خالد عمر في عمان.\nواختتم جولته بلقاء رئيس مجلس الأعيان سامي نادر.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["هانس مولر".to_string(), "خالد عمر".to_string()],
                vec!["هانس مولر".to_string(), "سامي نادر".to_string()]
            ]
        );
    }

    #[test]
    fn the_two_leaders_meeting_again_later_restate_their_encounter() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سامي نادر، اليوم، في المطار الرئيس خالد عمر.\nوعقد الرئيسان محادثات على انفراد في القصر الرئاسي، توسعت لاحقا لتشمل الوفدين.",
        );
        assert_eq!(names(&f).len(), 1, "{:?}", names(&f));
        let g = extract(
            "Headline\n\nPresident John Smith hosted President Peter Otieno in Nairobi on Monday.\nThe two leaders later joined a video conference with President Hans Muller.",
        );
        assert!(names(&g).iter().any(|m| m.len() == 3), "{:?}", names(&g));
    }

    #[test]
    fn then_meeting_another_in_the_same_sentence_is_another_encounter() {
        for text in [
            "عنوان\n\nالتقى الرئيس سامي نادر اليوم الرئيس اللبناني خالد عمر، ثم التقى رئيس الوزراء الأردني حسن علي.",
            "عنوان\n\nأجرى الرئيس سامي نادر اليوم محادثات مع الرئيس اللبناني خالد عمر، قبل أن يلتقي رئيس الوزراء الأردني حسن علي.",
        ] {
            assert_eq!(
                names(&extract(text)),
                vec![
                    vec!["سامي نادر".to_string(), "خالد عمر".to_string()],
                    vec!["سامي نادر".to_string(), "حسن علي".to_string()]
                ],
                "{text}"
            );
        }
        let f = extract(
            "عنوان\n\nالتقى الرئيس سامي نادر اليوم الرئيس اللبناني خالد عمر، قبل أن يلتقي غدا رئيس الوزراء الأردني حسن علي.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "خالد عمر".to_string()]]
        );
    }

    #[test]
    fn his_counterpart_of_a_country_is_a_party_unless_the_headline_names_him() {
        let f = extract(
            "Talks in Oslo\n\nPolish Foreign Minister Marek Nowak held talks with his Norwegian counterpart in Oslo on Monday.",
        );
        assert_eq!(
            names(&f),
            vec![vec![
                "Marek Nowak".to_string(),
                "Norwegian counterpart".to_string()
            ]]
        );
        let g = extract(
            "Nowak, Lavrov hold phone talks\n\nPolish Foreign Minister Marek Nowak held a phone conversation with his Russian counterpart on Monday.\nLavrov said the talks were useful.",
        );
        assert_eq!(names(&g).len(), 1, "{:?}", names(&g));
        assert!(
            names(&g)[0].iter().all(|p| !p.ends_with("counterpart")),
            "{:?}",
            names(&g)
        );
    }

    #[test]
    fn two_calls_with_two_people_are_one_call_each() {
        let f = extract(
            "عنوان\n\nأجرى وزير الخارجية سامي نادر، اليوم، اتصالين هاتفيين مع وزير الخارجية الكندي جون سميث، ووزير الخارجية الهولندي ديك سخوف، بحث خلالهما الأوضاع في المنطقة.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "جون سميث".to_string()],
                vec!["سامي نادر".to_string(), "ديك سخوف".to_string()]
            ]
        );
    }

    #[test]
    fn whom_a_visit_will_have_one_meet_is_a_plan() {
        let f = extract(
            "عنوان\n\nوصل الرئيس سامي نادر، اليوم، إلى عمان في زيارة رسمية يلتقي خلالها رئيس الوزراء خالد عمر.",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
        let g = extract(
            "عنوان\n\nوصل الرئيس سامي نادر، اليوم، إلى عمان في زيارة رسمية التقى خلالها رئيس الوزراء خالد عمر.",
        );
        assert_eq!(names(&g).len(), 1, "{:?}", names(&g));
    }

    #[test]
    fn a_new_host_meeting_him_meets_the_last_guest() {
        let f = extract(
            "Headline\n\nPresident Peter Otieno arrived in Berlin on Sunday.\nChancellor Hans Muller held talks with him on Monday.\nPresident Marek Nowak also met him at the palace.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["Hans Muller".to_string(), "Peter Otieno".to_string()],
                vec!["Marek Nowak".to_string(), "Peter Otieno".to_string()]
            ]
        );
    }

    #[test]
    fn a_bare_title_and_an_object_pronoun_are_the_traveller_followed() {
        let f = extract(
            "عنوان\n\nبدأ معالي السيد سامي نادر جولة أوروبية.\nوفي برلين، التقى معاليه بالمستشار الألماني هانس مولر.\nوفي روما، عقد معالي الوزير جلسة مباحثات مع رئيس الوزراء الإيطالي جون سميث.\nكما استقبلته رئيسة مجلس الشيوخ ماري لوران.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 3, "{all:?}");
        assert!(
            all.iter().all(|m| m[0] == "سامي نادر" && m.len() == 2),
            "{all:?}"
        );
    }

    #[test]
    fn the_previous_sentence_completes_an_object_not_a_subject_going_on() {
        let going_on = extract(
            "عنوان\n\nقال الوزير سامي نادر إن الإصلاح مستمر، مشيرا إلى تصريحات الوزيرة ماري لوران.\nوزار نادر بعد ذلك مصنع الحديد في المدينة.",
        );
        assert!(going_on.meetings.is_empty(), "{:?}", names(&going_on));
        let object = extract(
            "عنوان\n\nوصل وزير الخارجية سامي نادر إلى بغداد في زيارة رسمية.\nوالتقى رئيسة الوزراء ماري لوران.",
        );
        assert_eq!(names(&object).len(), 1, "{:?}", names(&object));
    }

    #[test]
    fn kana_qad_is_background_unless_it_was_today_or_yesterday() {
        let recalled =
            extract("عنوان\n\nوكان الرئيس سامي نادر قد استقبل في العاصمة الوزيرة ماري لوران.");
        assert!(recalled.meetings.is_empty(), "{:?}", names(&recalled));
        let today =
            extract("عنوان\n\nوكان الرئيس سامي نادر قد استقبل صباح اليوم الوزيرة ماري لوران.");
        assert_eq!(names(&today).len(), 1, "{:?}", names(&today));
        let yesterday =
            extract("عنوان\n\nوكانت الوزيرة ماري لوران قد التقت أمس في دبي الرئيس سامي نادر.");
        assert_eq!(names(&yesterday).len(), 1, "{:?}", names(&yesterday));
    }

    #[test]
    fn a_talk_by_phone_is_a_call_and_the_place_discussed_is_not_its_place() {
        let f = extract(
            "عنوان\n\nبحث الرئيس سامي نادر مع الرئيسة ماري لوران، في اتصال هاتفي، التطورات في سوريا.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", names(&f));
        assert_eq!(f.meetings[0].kind, "call");
        assert_eq!(f.meetings[0].place, None);
        let f = extract(
            "Headline\n\nPresident John Carter and Prime Minister Mary Laurent discussed the situation in Gaza during a meeting in Washington.",
        );
        assert_eq!(f.meetings.len(), 1);
        assert_eq!(f.meetings[0].place.as_deref(), Some("Washington"));
    }

    #[test]
    fn someone_in_attendance_is_not_a_party() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سامي نادر الوزيرة ماري لوران، في حضور السفير جون سميث.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "ماري لوران".to_string()]]
        );
    }

    #[test]
    fn reviewing_with_someone_is_talks_in_levantine_agency_style() {
        let f = extract(
            "عنوان\n\nعرض الرئيس سامي نادر مع وزير الدفاع جون سميث الأوضاع الأمنية في الجنوب.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "جون سميث".to_string()]]
        );
        let tv = extract("عنوان\n\nعرض التلفزيون الرسمي مع بداية النشرة صورا من المدينة.");
        assert!(tv.meetings.is_empty());
    }

    #[test]
    fn handing_over_a_message_is_an_encounter_but_receiving_a_letter_is_not() {
        let f =
            extract("عنوان\n\nسلم الموفد سامي نادر الرئيسة ماري لوران رسالة من الرئيس جون سميث.");
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "ماري لوران".to_string()]]
        );
        let letter = extract("عنوان\n\nتسلمت الرئيسة ماري لوران رسالة خطية من الرئيس جون سميث.");
        assert!(letter.meetings.is_empty(), "{:?}", names(&letter));
    }

    #[test]
    fn the_one_who_takes_the_message_is_a_party() {
        let f = extract("عنوان\n\nتسلم الرسالة الوزير سامي نادر خلال استقباله السفير جون سميث.");
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "جون سميث".to_string()]]
        );
        let sender = extract(
            "عنوان\n\nتسلم الوزير سامي نادر الرسالة من الرئيس أحمد حسن خلال استقباله السفير جون سميث.",
        );
        assert_eq!(
            names(&sender),
            vec![vec!["سامي نادر".to_string(), "جون سميث".to_string()]]
        );
    }

    #[test]
    fn the_body_describes_an_unnamed_party_more_fully_than_the_headline() {
        let f = extract(
            "سامي نادر يبحث مع وفد أوروبي ملف الطاقة\n\nاستقبل الوزير سامي نادر اليوم وفدا من البرلمان الأوروبي في مكتبه.",
        );
        let m = &f.meetings[0];
        let descriptions: Vec<_> = m
            .participants
            .iter()
            .filter_map(|p| p.title.clone())
            .collect();
        assert!(
            descriptions.iter().any(|d| d.contains("البرلمان")),
            "{descriptions:?}"
        );
    }

    #[test]
    fn a_name_that_is_also_a_cue_is_no_encounter() {
        let f = extract("الوزير سامي نادر يلتقي نظيره\n\nقال أحمد جمعة إن الطقس حار.");
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
    }

    #[test]
    fn also_receiving_another_unnamed_guest_is_another_encounter() {
        let f = extract(
            "عنوان\n\nاستقبل الوزير سامي نادر اليوم سفير اليابان لدى المملكة.\nوجرى خلال الاستقبال بحث العلاقات.\nكما استقبل معاليه سفيرة مملكة هولندا لدى المملكة.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
        let again = extract(
            "عنوان\n\nاستقبل الوزير سامي نادر اليوم سفير اليابان لدى المملكة.\nوأكد نادر خلال لقائه السفير الياباني عمق العلاقات.",
        );
        assert_eq!(again.meetings.len(), 1, "{:?}", names(&again));
    }

    #[test]
    fn a_spokesman_named_before_his_office_is_not_a_party() {
        let f = extract(
            "عنوان\n\nالتقى الوزير سامي نادر نظيره الإسباني جون سميث في مدريد.\nوصرح السفير خالد عمر، المتحدث الرسمي باسم الوزارة، بأن الوزير نادر بحث مع سميث الأوضاع في المنطقة.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "جون سميث".to_string()]]
        );
    }

    #[test]
    fn the_delegation_is_the_one_that_arrived_before() {
        let f = extract(
            "عنوان\n\nوصل إلى المدينة اليوم وفد تجاري ياباني يضم عددا من المستثمرين. والتقى الوزير سامي نادر الوفد في مكتبه.",
        );
        let m = &f.meetings[0];
        let guest: Vec<_> = m
            .participants
            .iter()
            .filter_map(|p| p.title.clone())
            .collect();
        assert!(guest.iter().any(|g| g.contains("ياباني")), "{guest:?}");
    }

    #[test]
    fn a_headline_of_two_encounters_does_not_swallow_the_body_ones() {
        let f = extract(
            "الوزير يلتقي وفدا يابانيا ويبحث مع نظيره الفرنسي التعاون\n\nاستقبل الوزير سامي نادر وفدا يابانيا في مكتبه.\nوفي سياق آخر، بحث نادر في اتصال هاتفي مع وزير الخارجية الفرنسي جان مارتان العلاقات.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn meetings_spoken_of_in_a_quote_are_no_encounter() {
        let f = extract(
            "عنوان\n\nوقال الوزير سامي نادر إن التأجيل جاء بطلب من الجانب الآخر، مؤكدا أن \"العلاقات متينة ولا تتأثر بمواعيد الاجتماعات\".",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
    }

    #[test]
    fn a_visit_postponed_later_in_the_sentence_is_no_encounter() {
        let f = extract(
            "عنوان\n\nوفي رده على سؤال حول زيارة المدير العام للوكالة الدولية للطاقة الذرية جون سميث، قال الوزير سامي نادر إن الزيارة أرجئت بطلب من الحكومة.",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
    }

    #[test]
    fn a_title_before_an_untitled_name_is_not_another_party() {
        let f = extract(
            "عنوان\n\nزار المدير العام للوكالة الدولية للطاقة الذرية جون سميث العاصمة أمس.",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
    }

    #[test]
    fn two_leaders_meeting_on_the_sidelines_of_a_summit_is_an_encounter_of_its_own() {
        let f = extract(
            "عنوان\n\nانطلقت أعمال القمة بمشاركة الرئيس الفرنسي جان مارتان والرئيس الألماني كارل شميت والرئيس الإيطالي ماريو روسي.\nوعلى هامش القمة، عقد مارتان لقاء ثنائيا مع شميت.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn a_spokesperson_reporting_on_talks_is_not_a_party() {
        let f = extract(
            "Title\n\nArmenian Foreign Ministry spokesperson Ani Badalyan said the talks between John Brown and his counterpart, Peter Black, went well.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["John Brown".to_string(), "Peter Black".to_string()]]
        );
    }

    #[test]
    fn a_portfolio_of_european_affairs_does_not_set_a_guest_apart() {
        let f = extract(
            "الوزير يتلقى اتصالا من وزير خارجية كرواتيا\n\nتلقى الوزير سامي نادر اتصالا هاتفيا من معالي جون سميث نائب رئيس الوزراء وزير الخارجية والشؤون الأوروبية في جمهورية كرواتيا.",
        );
        assert_eq!(f.meetings.len(), 1, "{:?}", names(&f));
    }

    #[test]
    fn a_title_by_nationality_is_the_one_whose_title_names_that_country() {
        let f = extract(
            "عنوان\n\nاستقبل الوزير سامي نادر وزير الدفاع بجمهورية باكستان جون سميث.\nكما التقى الوزير الباكستاني في وقت لاحق رئيس الأركان خالد عمر.",
        );
        assert_eq!(
            names(&f)[1],
            vec!["جون سميث".to_string(), "خالد عمر".to_string()]
        );
    }

    #[test]
    fn a_title_after_and_is_found_again_by_its_short_form() {
        let f = extract(
            "عنوان\n\nبحث الوزير سامي نادر، ووزير الخارجية القبرصي جون سميث، في عمان اليوم سبل التعاون.\nوكان الوزير القبرصي قد التقى في وقت سابق اليوم رئيس مجلس الأعيان خالد عمر.",
        );
        assert_eq!(
            names(&f),
            vec![
                vec!["سامي نادر".to_string(), "جون سميث".to_string()],
                vec!["جون سميث".to_string(), "خالد عمر".to_string()]
            ]
        );
    }

    #[test]
    fn a_byline_is_not_described_by_the_next_line() {
        let f = extract(
            "السيسي يستقبل رئيس وزراء اليابان\n\nكتب محمد السيد\n\nالرئيس السيسي خلال استقباله رئيس وزراء اليابان (صورة)\n\nاستقبل الرئيس عبد الفتاح السيسي، اليوم، رئيس وزراء اليابان جون سميث.",
        );
        assert!(
            !names(&f).iter().flatten().any(|n| n == "محمد السيد"),
            "{:?}",
            names(&f)
        );
    }

    #[test]
    fn the_sender_of_a_message_after_a_long_title_is_not_a_party() {
        let f = extract(
            "عنوان\n\nوسلم السفير اليمني لدى البلاد خالد عمر إلى الوزير سامي نادر رسالة خطية من وزير الخارجية اليمني جون سميث تتعلق بالعلاقات الثنائية.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["خالد عمر".to_string(), "سامي نادر".to_string()]]
        );
    }

    #[test]
    fn what_came_at_an_encounter_names_its_other_party_in_the_sentence_before() {
        let f = extract(
            "عنوان\n\nقال وزير الخارجية سامي نادر، الاثنين، إن بلاده ستبدأ تصدير الغاز.\nجاء ذلك في مؤتمر صحفي مشترك مع نظيره السوري جون سميث، عقب اجتماعهما في العاصمة.",
        );
        assert_eq!(
            names(&f),
            vec![vec!["سامي نادر".to_string(), "جون سميث".to_string()]]
        );
    }

    #[test]
    fn the_two_sides_of_a_new_encounter_are_its_own() {
        let f = extract(
            "عنوان\n\nالتقى المدير العام جون سميث الوزير سامي نادر في جنيف.\nكما اجتمع نادر بالمديرة الإقليمية الدكتورة ماري لوران، واتفق الجانبان على إنشاء مركز مشترك.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn an_encounter_that_will_not_take_place_is_none() {
        let f = extract(
            "Title\n\nA spokesperson said the meeting between John Brown and his counterpart, Peter Black, \"will not take place on the agreed date\".",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
        let ar = extract("عنوان\n\nوقال المتحدث إن اللقاء بين الوزير سامي نادر ونظيره جون سميث لن يعقد في موعده.");
        assert!(ar.meetings.is_empty(), "{:?}", names(&ar));
    }

    #[test]
    fn countries_are_the_parties_of_talks_that_name_no_one() {
        let f = extract("عنوان\n\nبحث العراق وروسيا، خلال اجتماع اللجنة المشتركة، سبل التعاون.");
        assert_eq!(
            names(&f),
            vec![vec!["العراق".to_string(), "روسيا".to_string()]]
        );
        let f = extract("Headline\n\nEgypt and Sudan held talks in Cairo on Sunday.");
        assert_eq!(
            names(&f),
            vec![vec!["Egypt".to_string(), "Sudan".to_string()]]
        );
        let places = extract("عنوان\n\nوتشهد العلاقات بين مصر والسودان تحسنا منذ اللقاء الأخير.");
        assert!(places.meetings.is_empty(), "{:?}", names(&places));
    }

    #[test]
    fn a_text_ending_in_a_country_and_and_does_not_panic() {
        let f = extract("Headline\n\nTalks were held by Egypt and");
        assert!(f.meetings.is_empty());
    }

    #[test]
    fn peace_is_not_handing_over() {
        let f = extract("عنوان\n\nويتنافس الرئيس سامي نادر ورئيس حركة مجتمع السلم جون سميث.");
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
    }

    #[test]
    fn an_encounter_called_separate_is_no_restatement() {
        let f = extract(
            "عنوان\n\nبحث وزير التجارة سالم العلي مع وفد من رجال الأعمال الروس اليوم فرص الاستثمار.\n\
             وفي لقاء منفصل، استقبل العلي سفير اليابان لدى البلاد.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
        let delegation = f.meetings[0].participants[1].title.as_deref();
        assert_eq!(delegation, Some("وفد من رجال الأعمال الروس"));
    }

    #[test]
    fn an_unnamed_ambassador_does_not_restate_a_meeting_with_a_chamber_head() {
        let f = extract(
            "عنوان\n\nاستقبل وزير التجارة سالم العلي رئيس الغرفة محمد الصقر.\n\
             واستقبل الوزير العلي سفير اليابان لدى البلاد.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
        assert_eq!(
            f.meetings[1].participants[1].title.as_deref(),
            Some("سفير اليابان لدى البلاد")
        );
    }

    #[test]
    fn a_new_item_takes_no_party_from_the_sentence_before() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سالم العلي اليوم المبعوث الأممي كارل يوهانسون.\n\
             إلى ذلك، بحث وزير الخارجية كمال الحسن مع سفير جمهورية مصر العربية ترتيبات عودة البعثات.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            all[1],
            [
                "كمال الحسن".to_string(),
                "سفير جمهورية مصر العربية".to_string()
            ]
        );
    }

    #[test]
    fn the_two_leaders_joined_by_a_third_is_an_encounter_of_three() {
        let f = extract(
            "Headline\n\nPresident John Carter hosted his counterpart Mary Laurent for talks on Monday.\n\
             The two leaders later joined a video call with Prime Minister Peter Novak.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1].len(), 3, "{all:?}");
        assert!(all[1].contains(&"Peter Novak".to_string()), "{all:?}");
    }

    #[test]
    fn separate_meetings_in_english_are_one_per_guest() {
        let f = extract(
            "Headline\n\nMinister Omar Haddad held separate meetings with Foreign Minister Anna Berg \
             and Foreign Minister Luis Ortega.",
        );
        assert_eq!(names(&f).len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn an_english_office_with_a_country_and_no_name_is_a_party() {
        for text in [
            "Headline\n\nMinister Omar Haddad received the ambassador of Brazil on Tuesday.",
            "Headline\n\nMinister Omar Haddad received the Brazilian ambassador on Tuesday.",
        ] {
            let all = names(&extract(text));
            assert_eq!(all.len(), 1, "{all:?}");
            assert!(all[0][1].contains("ambassador"), "{all:?}");
        }
        let named = names(&extract(
            "Headline\n\nMinister Omar Haddad received the Brazilian ambassador Jose Ramos.",
        ));
        assert_eq!(
            named,
            [["Omar Haddad".to_string(), "Jose Ramos".to_string()]]
        );
    }

    #[test]
    fn an_unnamed_guest_met_separately_is_an_encounter_of_its_own() {
        let all = names(&extract(
            "Headline\n\nMinister Omar Haddad met separately with Maria Lucas, Gloria Fuentes \
             and the ambassador of Brazil.",
        ));
        assert_eq!(all.len(), 3, "{all:?}");
        assert_eq!(all[2][1], "ambassador of Brazil");
    }

    #[test]
    fn a_pluperfect_reception_just_before_todays_summit_is_news() {
        let f = extract(
            "عنوان\n\nاستضاف الرئيس سالم الدوري اليوم القمة الثلاثية بمشاركة الرئيس القبرصي نيكوس بابادوبولوس \
             ورئيس الوزراء اليوناني يانيس كوستاس.\n\
             وكان الرئيس الدوري قد استقبل، قبيل انطلاق أعمال القمة، كلا على حدة، الرئيس القبرصي نيكوس بابادوبولوس ورئيس الوزراء اليوناني يانيس كوستاس.",
        );
        assert_eq!(f.meetings.len(), 3, "{:?}", names(&f));
        let past = extract(
            "عنوان\n\nاستقبل الرئيس سالم العلي اليوم الرئيس القبرصي نيكوس بابادوبولوس.\n\
             وكان الرئيس العلي قد التقى الرئيس القبرصي على هامش القمة العام الماضي.",
        );
        assert_eq!(past.meetings.len(), 1, "{:?}", names(&past));
    }

    #[test]
    fn the_guests_listed_after_a_colon_are_parties() {
        let f = extract(
            "عنوان\n\nتسلم الرئيس سالم الدوري اليوم أوراق اعتماد السفراء الجدد التالية أسماؤهم:\n\
             - السيد كيم جون هو سفير جمهورية كوريا.\n\
             - السيدة ماريا سانتوس سفيرة الجمهورية البرتغالية.\n\
             وتمنى الرئيس للسفراء التوفيق.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].len(), 3, "{all:?}");
    }

    #[test]
    fn the_iranian_official_is_the_iranian_guest_met_before() {
        let f = extract(
            "عنوان\n\nاستقبل وزير الخارجية العراقي كمال الحسن اليوم مساعد وزير الخارجية الإيراني حميد رضا نوري.\n\
             وفي وقت لاحق، التقى المسؤول الإيراني وزير الموارد المائية سالم الدوري.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            all[1],
            ["حميد رضا نوري".to_string(), "سالم الدوري".to_string()]
        );
    }

    #[test]
    fn an_unnamed_spokesman_and_a_title_inside_a_title_are_no_parties() {
        let f = extract("سالم يستقبل رئيس وزراء فيتنام\n\nوقال المتحدث الرسمي إن الرئيس سالم الدوري استقبل اليوم المبعوث الأمريكي.");
        let all = names(&f);
        assert!(
            all.iter()
                .flatten()
                .all(|p| p != "وزراء فيتنام" && !p.contains("المتحدث")),
            "{all:?}"
        );
    }

    #[test]
    fn word_lists_are_written_as_normalised_text() {
        // tokens are compared by their normalised form (ئ → ي, ة → ه, ى → ي …)
        let lists: [&[&str]; 19] = [
            super::NOT_NOW,
            super::TODAY,
            super::PRESENT,
            super::CALLED_OFF,
            super::ANCHORS,
            super::REPORTER,
            super::BOTH,
            super::AFTER_PARTIES,
            super::ENGLISH_OFFICES,
            super::REGIONS,
            super::SUBJECT_MATTER,
            super::REPRESENTS,
            super::GROUP_HEADS,
            super::BARE_OFFICES,
            super::BROKEN_PLURALS,
            super::SENDER_STOPS,
            super::DESCRIBED_GUEST,
            super::SEPARATE,
            super::EACH,
        ];
        for w in lists.iter().flat_map(|l| l.iter()) {
            assert_eq!(crate::text::norm(w), *w, "{w}");
        }
    }

    #[test]
    fn the_spanish_minister_is_the_spanish_party_met_before() {
        let f = extract(
            "عنوان\n\nأجرى وزير الخارجية كمال الحسن اليوم مباحثات مع نظيره الإسباني خوان غارسيا.\n\
             ووقعت وزيرة المالية سلمى الدوري ونظيرها الإسباني كارلوس رويث اتفاقية للتمويل.\n\
             وكان رئيس الحكومة سالم العلوي قد استقبل الوزير الإسباني صباح اليوم ذاته.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            all[1],
            ["سالم العلوي".to_string(), "خوان غارسيا".to_string()]
        );
    }

    #[test]
    fn a_bare_office_before_a_name_is_that_persons_title() {
        let f = extract(
            "عنوان\n\nاستقبل رئيس الوزراء العراقي كمال الحسن اليوم الوزير الروسي إيفان بيتروف.\n\
             والتقى الرئيس العراقي سالم الدوري، في وقت سابق اليوم، الوزير الروسي بيتروف.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(!all[1].contains(&"كمال الحسن".to_string()), "{all:?}");
    }

    #[test]
    fn an_encounter_in_an_earlier_year_is_background() {
        let f = extract(
            "Headline\n\nMay 8, 2025\n\nThe two countries signed a partnership deal in 2022 during a visit by President John Carter to Prime Minister Anna Berg.",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
        let today = extract(
            "Headline\n\nMay 8, 2025\n\nPresident John Carter met Prime Minister Anna Berg today to review the deal signed in 2022.",
        );
        assert_eq!(today.meetings.len(), 1, "{:?}", names(&today));
        let today = extract(
            "Headline\n\nMay 8, 2025\n\nSeparately, Minister Omar Haddad held talks with Finance Minister Ahmed Khan on expanding the partnership agreement signed in 2022.",
        );
        assert_eq!(today.meetings.len(), 1, "{:?}", names(&today));
    }

    #[test]
    fn the_new_vietnamese_ambassador_is_the_ambassador_of_vietnam() {
        let f = extract(
            "عنوان\n\nتسلم الرئيس سالم الدوري اليوم أوراق اعتماد السفير نغوين فان هوا سفير جمهورية فيتنام.\n\
             وفي وقت لاحق، استقبل وزير الدولة كمال الحسن السفير الفيتنامي الجديد.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[1].contains(&"نغوين فان هوا".to_string()), "{all:?}");
    }

    #[test]
    fn the_guest_by_nationality_and_a_new_party_are_the_two_sides() {
        let f = extract(
            "عنوان\n\nبحث وزير الخارجية التركي كمال أوزتورك اليوم مع نظيره الصربي ماركو يوفانوفيتش العلاقات.\n\
             وفي وقت لاحق، التقى الوزير الصربي وزير التجارة التركي عمر شاهين، حيث ناقش الجانبان اتفاقية التجارة.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            all[1],
            ["ماركو يوفانوفيتش".to_string(), "عمر شاهين".to_string()]
        );
    }

    #[test]
    fn a_headline_of_two_unnamed_guests_is_split_by_the_body() {
        let f = extract(
            "وزير المياه يبحث مع السفير الياباني ووفد كوري التعاون\n\n\
             بحث وزير المياه سالم الدوري اليوم مع سفير اليابان لدى المملكة سبل التعاون.\n\
             وكان وفد كوري من وزارة البيئة الكورية وصل إلى عمان أمس.\n\
             وعقد الوزير مع الوفد جلسة مباحثات تناولت تحلية المياه.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].len(), 2, "{all:?}");
        assert!(all[1][1].contains("وفد كوري"), "{all:?}");
    }

    #[test]
    fn the_minister_of_a_country_in_the_headline_is_its_minister_in_the_body() {
        let f = extract(
            "الرئيس يستقبل وزير خارجية غانا\n\n\
             استقبل الرئيس السنغالي عمر ديالو اليوم في داكار وزير الخارجية الغاني كوفي مينساه.\n\
             كما التقى الوزير الغاني نظيرته السنغالية فاتو سال.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[0].contains(&"كوفي مينساه".to_string()), "{all:?}");
    }

    #[test]
    fn a_latin_american_minister_by_nationality_is_found_again() {
        let f = extract(
            "عنوان\n\nأكد خوان بيريث، وزير الشؤون الخارجية لجمهورية الباراغواي، اليوم دعم بلاده للمبادرة.\n\
             وقال بيريث في ندوة صحافية مع كمال الحسن، وزير الشؤون الخارجية والتعاون، إن بلاده تدعم الحل.\n\
             وكان وزير الخارجية الباراغوايي قد أجرى صباح اليوم مباحثات مع رئيس مجلس النواب سالم الدوري.",
        );
        let all = names(&f);
        let with_speaker = all.iter().find(|m| m.contains(&"سالم الدوري".to_string()));
        assert!(
            with_speaker.is_some_and(|m| m.contains(&"خوان بيريث".to_string())),
            "{all:?}"
        );
    }

    #[test]
    fn kana_qad_after_a_long_subject_is_still_background() {
        let f = extract(
            "عنوان\n\nاستقبل وزير الخارجية كمال الحسن اليوم السفير خوان بيريث.\n\
             وكان وزراء خارجية دول مجموعة شرق أفريقيا ومجموعة تنمية الجنوب الأفريقي قد عقدوا اجتماعا مشتركا مع الوزير سالم الدوري في مدينة دار السلام لبحث الأزمة ذاتها.",
        );
        let all = names(&f);
        assert_eq!(all, [["كمال الحسن".to_string(), "خوان بيريث".to_string()]]);
    }

    #[test]
    fn a_headline_of_two_clauses_sums_up_two_encounters() {
        let f = extract(
            "سمو ولي العهد يستقبل رئيس وزراء ماليزيا.. ورئيس مجلس الوزراء يعقد معه جلسة مباحثات رسمية\n\n\
             استقبل سمو ولي العهد الشيخ سالم الدوري اليوم دولة رئيس وزراء ماليزيا أنور إبراهيم والوفد المرافق له.\n\
             ثم عقد سمو الشيخ كمال الحسن رئيس مجلس الوزراء جلسة مباحثات رسمية مع رئيس الوزراء الماليزي.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[1].contains(&"كمال الحسن".to_string()), "{all:?}");
        assert!(!all[0].contains(&"كمال الحسن".to_string()), "{all:?}");
    }

    #[test]
    fn the_body_restating_the_headline_with_the_article_is_no_reference_back() {
        let f = extract(
            "عمان وإيران تعقدان جولة المشاورات السياسية\n\n\
             عقدت بمقر وزارة الخارجية اليوم جولة المشاورات السياسية بين سلطنة عمان وإيران، ترأس جانب سلطنة عمان فيها الشيخ خليفة بن علي الحارثي، فيما ترأس الجانب الإيراني كاظم غريب آبادي.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains(&"كاظم غريب آبادي".to_string()), "{all:?}");
    }

    #[test]
    fn an_encounter_of_last_month_after_the_news_is_background() {
        let f = extract(
            "Title\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.\n\
             Earlier this month Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha.\n\
             Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa last month.",
        );
        assert_eq!(names(&f).len(), 1, "{:?}", names(&f));
        let f = extract(
            "عنوان\n\nاستقبل الرئيس الكيني وليام روتو اليوم الرئيس الأوغندي يويري موسيفيني.\n\
             والتقى روتو رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا الشهر الماضي.",
        );
        assert_eq!(names(&f).len(), 1, "{:?}", names(&f));
    }

    #[test]
    fn a_period_that_dates_something_else_leaves_the_encounter_news() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس الكيني وليام روتو اليوم الرئيس الأوغندي يويري موسيفيني.\n\
             والتقى روتو رئيس الوزراء الإثيوبي آبي أحمد لبحث تنفيذ الاتفاق الذي وقع العام الماضي.",
        );
        assert_eq!(names(&f).len(), 2, "{:?}", names(&f));
    }

    #[test]
    fn a_courtesy_call_is_a_visit() {
        let f = extract(
            "Title\n\nPresident Bola Tinubu on Tuesday received President John Mahama of Ghana in Abuja.\n\
             Mahama also paid a courtesy call on Vice President Kashim Shettima.",
        );
        assert_eq!(f.meetings.len(), 2, "{:?}", names(&f));
        assert_eq!(f.meetings[1].kind, "visit");
    }

    #[test]
    fn a_delegations_sender_ends_where_the_headline_goes_on() {
        let f = extract(
            "الرئيس يلتقي وفدا من البنك الدولي ويتلقى اتصالا من نظيره\n\n\
             وقال الرئيس سالم الدوري إن العلاقات جيدة.",
        );
        let parties: Vec<String> = f.meetings[0]
            .participants
            .iter()
            .filter_map(|p| p.title.clone())
            .collect();
        assert!(parties.iter().all(|t| !t.contains("ويتلقى")), "{parties:?}");
    }

    #[test]
    fn two_of_three_talking_on_the_sidelines_is_an_encounter_of_its_own() {
        let f = extract(
            "عنوان\n\nعقد وزير الطاقة سالم الدوري اليوم اجتماعا ثلاثيا مع نظيره النيجيري كوفي مينساه ووزير النفط النيجري عمر ديالو.\n\
             وعلى هامش الاجتماع، تحادث الدوري مع مينساه حول فرص الشراكة.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            all[1],
            ["سالم الدوري".to_string(), "كوفي مينساه".to_string()]
        );
    }

    #[test]
    fn two_signatories_named_together_met_but_one_signing_alone_did_not() {
        let f = extract(
            "عنوان\n\nوقعت حكومتا البلدين اليوم مذكرة تفاهم في مجال الطاقة.\n\
             ووقع المذكرة المهندس سالم الدوري، وزير البترول، وجون سميث، وزير الطاقة الأمريكي.",
        );
        assert_eq!(
            names(&f),
            [["سالم الدوري".to_string(), "جون سميث".to_string()]]
        );
        let g = extract(
            "عنوان\n\nوقال الوزير سالم الدوري إن العمل مستمر.\n\
             ووقع الوزير كمال الحسن قرارا بتعيين مدير جديد.",
        );
        assert!(names(&g).is_empty(), "{:?}", names(&g));
    }

    #[test]
    fn an_unnamed_host_after_a_full_encounter_does_not_take_its_parties() {
        let f = extract(
            "عنوان\n\nوالتقى الوزير الأول سالم الدوري بالرئيس الكيني جون موانغي.\n\
             وأجرى رئيس الجمهورية اتصالا هاتفيا بالرئيس الفرنسي بيير دوبون.",
        );
        assert_eq!(
            names(&f),
            [
                ["سالم الدوري".to_string(), "جون موانغي".to_string()],
                ["بيير دوبون".to_string(), "رئيس الجمهورية".to_string()],
            ]
        );
    }

    #[test]
    fn a_bare_office_and_nationality_describe_only_a_holder_of_that_office() {
        let f = extract(
            "عنوان\n\nبحث وزير الداخلية الجزائري سالم الدوري مع نظيره التونسي كمال الحسن التعاون الأمني.\n\
             وتسلم الرئيس التونسي عمر حسن رسالة من الرئيس الجزائري، خلال استقباله وزير الخارجية أحمد سالم.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1], ["عمر حسن".to_string(), "أحمد سالم".to_string()]);
    }

    #[test]
    fn a_working_session_and_a_guest_are_encounters() {
        let f =
            extract("عنوان\n\nوعقد وزير الطاقة سالم الدوري جلسة عمل مع نظيره الإيطالي ماركو روسي.");
        assert_eq!(
            names(&f),
            [["سالم الدوري".to_string(), "ماركو روسي".to_string()]]
        );
        let g = extract(
            "عنوان\n\nوحل رئيس البرلمان سالم الدوري ضيفا على نظيره الليبي كمال الحسن في بنغازي.",
        );
        assert_eq!(
            names(&g),
            [["سالم الدوري".to_string(), "كمال الحسن".to_string()]]
        );
        assert_eq!(g.meetings[0].kind, "visit");
    }

    #[test]
    fn a_leader_named_by_title_and_surname_only_is_a_party() {
        let f = extract("عنوان\n\nاستقبل الرئيس تبون، اليوم، رئيس وزراء اليونان ماركو روسي.");
        assert_eq!(names(&f), [["تبون".to_string(), "ماركو روسي".to_string()]]);
        let g = extract(
            "عنوان\n\nأجرى الرئيس السيسي لقاءات مع كل من الرئيس الفرنسي بيير دوبون، والمستشار الألماني هانز مولر.",
        );
        assert_eq!(names(&g).len(), 2, "{:?}", names(&g));
        assert!(
            names(&g).iter().all(|m| m[0] == "السيسي"),
            "{:?}",
            names(&g)
        );
        let h = extract("عنوان\n\nاستقبل الرئيس مواندا، اليوم، رئيس وزراء اليونان ماركو روسي.");
        assert_eq!(
            names(&h),
            [["مواندا".to_string(), "ماركو روسي".to_string()]]
        );
        let sudanese =
            extract("عنوان\n\nاستقبل الرئيس السوداني اليوم رئيس وزراء اليونان ماركو روسي.");
        assert!(sudanese.people.iter().all(|p| p.name != "السوداني"));
    }

    #[test]
    fn those_present_between_host_and_guest_end_at_their_comma() {
        let f = extract(
            "عنوان\n\nاستقبل الرئيس سالم الدوري، بحضور الوزير الأول كمال الحسن، رئيس الوزراء البولندي يان كوفالسكي.",
        );
        assert_eq!(
            names(&f),
            [["سالم الدوري".to_string(), "يان كوفالسكي".to_string()]]
        );
        let g = extract(
            "عنوان\n\nاستقبل الرئيس سالم الدوري رئيس الوزراء البولندي يان كوفالسكي، بحضور الوزير كمال الحسن، والوزير عمر حسن.",
        );
        assert_eq!(
            names(&g),
            [["سالم الدوري".to_string(), "يان كوفالسكي".to_string()]]
        );
    }

    #[test]
    fn a_delegation_of_a_kind_or_of_a_body_is_a_party() {
        let f = extract("عنوان\n\nاستقبل الوزير سالم الدوري وفدا عسكريا من باكستان.");
        assert_eq!(
            names(&f),
            [[
                "سالم الدوري".to_string(),
                "وفد عسكري من باكستان".to_string()
            ]]
        );
        let g = extract("عنوان\n\nاستقبل الوزير سالم الدوري وفد شركة سيمنس الألمانية.");
        assert_eq!(
            names(&g),
            [[
                "سالم الدوري".to_string(),
                "وفد شركة سيمنس الألمانية".to_string()
            ]]
        );
    }

    #[test]
    fn a_given_name_with_the_article_after_a_title() {
        let f =
            extract("عنوان\n\nاستقبل وزير الداخلية سالم الدوري، اليوم، وزير التجارة الطيب زيتوني.");
        assert_eq!(
            names(&f),
            [["سالم الدوري".to_string(), "الطيب زيتوني".to_string()]]
        );
        let g = extract(
            "عنوان\n\nاستقبل الأمين العام للجامعة العربية وزير الخارجية الفرنسي بيير دوبون.",
        );
        assert!(
            g.people.iter().all(|p| !p.name.starts_with("الأمين")),
            "{:?}",
            g.people
        );
    }

    #[test]
    fn an_encounter_a_week_or_a_named_month_before_is_background() {
        let f = extract(
            "عنوان\n\nالتقى الوزير سالم الدوري، اليوم، نظيره الفرنسي بيير دوبون.\n\
             ويأتي اللقاء بعد أسبوع من لقاء جمع الدوري بالوزير الأمريكي جون سميث.\n\
             وفي يناير الماضي، استقبل الدوري وزير الخارجية الإيطالي ماركو روسي.",
        );
        assert_eq!(
            names(&f),
            [["سالم الدوري".to_string(), "بيير دوبون".to_string()]]
        );
    }

    #[test]
    fn a_planned_visit_spoken_of_again_is_still_planned() {
        let f = extract(
            "عنوان\n\nمن المقرر أن يزور وزير الخارجية سالم الدوري بغداد الأسبوع المقبل، حيث سيلتقي رئيس الوزراء كمال الحسن.\n\
             وقال مصدر حكومي إن الزيارة تهدف إلى تعزيز التعاون.",
        );
        assert!(f.meetings.is_empty(), "{:?}", names(&f));
        let g = extract(
            "Headline\n\nPrime Minister John Kamau is due to hold talks with President Peter Otieno in Nairobi later this week.",
        );
        assert!(g.meetings.is_empty(), "{:?}", names(&g));
    }

    #[test]
    fn a_closed_session_and_co_chairing_a_joint_commission_are_encounters() {
        let f = extract("عنوان\n\nعقد الرئيس سالم الدوري ونظيره الجزائري كمال الحسن جلسة مغلقة.");
        assert_eq!(
            names(&f),
            [["سالم الدوري".to_string(), "كمال الحسن".to_string()]]
        );
        let g = extract(
            "عنوان\n\nترأس الوزير الأول سالم الدوري ورئيس الحكومة التونسية كمال الحسن، اليوم، أشغال اللجنة المشتركة الكبرى.",
        );
        assert_eq!(
            names(&g),
            [["سالم الدوري".to_string(), "كمال الحسن".to_string()]]
        );
    }

    #[test]
    fn calling_on_someone_is_a_visit_but_calling_on_them_to_act_is_not() {
        let f = extract(
            "Headline\n\nAmbassador Nawaf Al-Harbi called on Federal Minister for Finance Omar Khan in Islamabad.",
        );
        assert_eq!(
            names(&f),
            [["Nawaf Al-Harbi".to_string(), "Omar Khan".to_string()]]
        );
        let g = extract(
            "Headline\n\nPresident Mary Wanjiku called on Prime Minister Peter Otieno to resign.",
        );
        assert!(g.meetings.is_empty(), "{:?}", names(&g));
        let h = extract(
            "Headline\n\nPresident John Smith sat down with President Peter Otieno on Monday.",
        );
        assert_eq!(names(&h).len(), 1);
    }

    #[test]
    fn an_ambassador_presenting_credentials_meets_the_president() {
        let f = extract(
            "عنوان\n\nقدم سفير جمهورية إندونيسيا، السيد أحمد فاضل، أوراق اعتماده إلى رئيس الجمهورية سالم الدوري.",
        );
        assert_eq!(
            names(&f),
            [["أحمد فاضل".to_string(), "سالم الدوري".to_string()]]
        );
    }

    #[test]
    fn a_countrys_minister_by_possessive_is_a_party_of_its_own() {
        let f = extract(
            "Headline\n\nPresident John Kamau met Crown Prince Omar bin Khalid in Riyadh on Monday.\n\
             Egypt's foreign minister met on Sunday with Rafael Lopez in Cairo.",
        );
        let all = names(&f);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            all[1],
            [
                "Rafael Lopez".to_string(),
                "Egypt's foreign minister".to_string()
            ]
        );
    }

    #[test]
    fn spoke_with_is_a_call_where_the_article_speaks_of_one() {
        let f = extract(
            "Headline\n\nPresident John Smith spoke with Prime Minister Peter Otieno on Thursday about the hostages, the White House said.\n\
             The two leaders discussed the negotiations, according to a readout of the call.",
        );
        assert_eq!(
            names(&f),
            [["John Smith".to_string(), "Peter Otieno".to_string()]]
        );
        let g = extract(
            "Headline\n\nPresident John Smith spoke with Prime Minister Peter Otieno at the conference.",
        );
        assert!(g.meetings.is_empty(), "{:?}", names(&g));
    }
}

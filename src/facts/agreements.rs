//! Agreements: what the parties agreed, decided or signed, as reported now
//! (not past accords, not wishes to "enhance cooperation", not plans).

use super::doc::Doc;
use super::lexicon::{lexicons, COMES_NOW};
use super::model::{Agreement, Span};
use super::people::People;

/// Verbs and phrases that state an agreement reached or a document signed.
const STRONG: &[&str] = &[
    "اتفق",
    "اتفقت",
    "اتفقا",
    "اتفقوا",
    "الاتفاق",
    "وقع",
    "وقعت",
    "وقعا",
    "وقعوا",
    "توقيع",
    "بتوقيع",
    "التوقيع",
    "توصل",
    "توصلا",
    "توصلوا",
    "قرر",
    "قررت",
    "قررا",
    "قرروا",
    "وافق",
    "وافقت",
    "ابرم",
    "ابرما",
    "ابرمت",
    "ابرموا",
    "ابرام",
    "agreed",
    "signed",
    "reached",
    "decided",
    "concluded",
    "وقعتا",
    "initialled",
    "initialed",
    // adopting a plan or a declaration: "واعتمد الاجتماع خطة العمل"
    "اعتمد",
    "اعتمدت",
    "اعتمدا",
    "اعتمدوا",
    "adopted",
    "inked",
];

/// [`STRONG`] as a set: every word of every sentence is looked up (with the
/// lexicons' fast hasher: the set is fixed, only look-ups come from the text).
type StrongSet = std::collections::HashSet<&'static str, super::lexicon::Fx>;

fn strong() -> &'static StrongSet {
    static SET: std::sync::OnceLock<StrongSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| STRONG.iter().copied().collect())
}

/// How far from the cue a marker of a past accord or a plan counts, in tokens.
const WINDOW: usize = 6;

/// Markers of a past accord, a plan or a mere wish.
const NOT_NOW: &[&str] = &[
    "الموقعه",
    "الموقع",
    "سابقا",
    "السابقه",
    "سبق",
    "previous",
    "earlier",
    // a wish or an effort to reach one: "أعرب عن أمله في التوصل إلى اتفاق"
    "امل",
    "امله",
    "املها",
    "يامل",
    "تامل",
    "جهود",
    "مساعي",
    "محاوله",
    "للتوصل",
    "لتوقيع",
    "للتوقيع",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "efforts",
    "seek",
    "seeks",
];

/// Markers of a future accord: they come before its verb ("سيوقع", "will
/// sign"); after it they belong to what was agreed ("agreed to a truce that
/// will take effect").
const FUTURE: &[&str] = &[
    "سيتم",
    "سيوقع",
    "سيوقعان",
    "ستوقع",
    "will",
    "would",
    "could",
    "may",
    "might",
];

/// Finds the agreements of a document published in `article_year` (if known).
pub fn find(doc: &Doc, people: &People, article_year: Option<i32>) -> Vec<Agreement> {
    let mut found: Vec<(usize, Agreement)> = Vec::new();
    for (si, s) in doc.sents.iter().enumerate() {
        let Some(agreement) = in_sentence(doc, people, s, article_year) else {
            continue;
        };
        if !found.is_empty() && signing_only(doc, s) && names_documents_again(doc, s) {
            continue;
        }
        match found.last_mut() {
            // the next sentence goes on about the same signing: one agreement
            Some((last, prev)) if *last + 1 == si && si > 1 && signing_only(doc, s) => {
                prev.text.push(' ');
                prev.text.push_str(&agreement.text);
                prev.evidence = Span::of(doc.text, prev.evidence.start, agreement.evidence.end);
                for p in agreement.parties {
                    if !prev.parties.contains(&p) {
                        prev.parties.push(p);
                    }
                }
                *last = si;
            }
            _ => found.push((si, agreement)),
        }
    }
    // the headline restates the body's agreement
    let headline = doc.sents.first().is_some_and(|s| s.toks.len() <= 15);
    if headline && found.len() > 1 && found.first().is_some_and(|(si, _)| *si == 0) {
        found.remove(0);
    }
    found.into_iter().map(|(_, a)| a).collect()
}

/// Documents named again with the article ("The agreements were signed
/// later at a forum", "وجرى توقيع الاتفاقيات بحضور …").
const DOCUMENTS_AGAIN: &[&[&str]] = &[
    &["the", "agreements"],
    &["the", "deals"],
    &["the", "accords"],
    &["the", "documents"],
    &["the", "memorandums"],
    &["the", "memoranda"],
    &["these", "agreements"],
    &["الاتفاقيات"],
    &["الاتفاقات"],
    &["المذكرات"],
    &["الوثايق"],
];

/// How far into a sentence documents named again stand: as its subject.
const AGAIN_WITHIN: usize = 5;

/// Whether a sentence names documents reported before as its subject,
/// early on: it tells more of their signing, not of a new agreement.
fn names_documents_again(doc: &Doc, s: &super::doc::Sentence) -> bool {
    let words: Vec<&str> = doc.toks[s.toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .take(AGAIN_WITHIN)
        .map(|t| t.norm.as_str())
        .collect();
    (0..words.len()).any(|k| {
        DOCUMENTS_AGAIN
            .iter()
            .any(|phrase| words[k..].starts_with(phrase))
    })
}

/// Markers of a plan anywhere in the sentence.
const PLANNED: &[&str] = &[
    "المقرر",
    "مقرر",
    "سيتم",
    "ستتم",
    "سيوقع",
    "سيوقعان",
    "planned",
    "scheduled",
];

/// Whether a sentence's only agreement cues are about signing (details of a
/// signing already reported), with no verb of agreeing of its own.
fn signing_only(doc: &Doc, s: &super::doc::Sentence) -> bool {
    !doc.toks[s.toks.clone()].iter().any(|t| {
        t.stems().any(|w| {
            matches!(
                w,
                "اتفق"
                    | "اتفقت"
                    | "اتفقا"
                    | "اتفقوا"
                    | "قرر"
                    | "قررا"
                    | "وافق"
                    | "وافقت"
                    | "توصل"
                    | "توصلا"
                    | "توصلوا"
                    | "agreed"
                    | "decided"
                    | "reached"
            )
        })
    })
}

/// The agreement a sentence reports, if any.
fn in_sentence(
    doc: &Doc,
    people: &People,
    s: &super::doc::Sentence,
    article_year: Option<i32>,
) -> Option<Agreement> {
    let lex = lexicons();
    let toks = &doc.toks[s.toks.clone()];
    // "agreed that … (a shared view), and agreed to hold …": past a shared
    // view the sentence may still report an accord
    let mut cues = (0..toks.len()).filter(|&c| toks[c].stems().any(|w| strong().contains(w)));
    let c = loop {
        let c = cues.next()?;
        if reports_accord(toks, c, article_year) {
            break c;
        }
        if !states_shared_view(toks, c) {
            return None;
        }
    };
    let planned = toks.iter().any(|t| PLANNED.contains(&t.norm.as_str()));
    if planned || background(toks, c) || described_accord(toks, c) || comes_after(toks, c) {
        return None;
    }
    if !toks.iter().any(|t| lex.agreement_cues.has(t)) {
        return None;
    }
    let evidence = Span::of(doc.text, s.bytes.start, s.bytes.end);
    let mut parties = persons_in(people, s.toks.clone());
    if parties.is_empty() {
        parties = countries_in(doc, s.toks.clone());
    }
    if parties.is_empty() && toks.iter().any(|t| BOTH_SIDES.contains(&t.norm.as_str())) {
        parties = both_sides(doc, people, s.toks.start);
    }
    Some(Agreement {
        text: evidence.text.clone(),
        parties,
        evidence,
    })
}

/// Whether the cue at `c` states a shared view ("agreed that", "اتفقا على
/// أن الحل سياسي").
fn states_shared_view(toks: &[crate::text::Token], c: usize) -> bool {
    toks.get(c + 1).is_some_and(|t| t.norm == "that") || shared_view(toks, c)
}

/// Whether the strong cue at `c` reports an accord of now: not "relied on",
/// a past year's or a future accord, a verbal noun no verb reports, or a
/// shared view.
fn reports_accord(toks: &[crate::text::Token], c: usize, article_year: Option<i32>) -> bool {
    let near = &toks[c.saturating_sub(WINDOW)..toks.len().min(c + WINDOW)];
    !(relies_on(toks, c)
        || near.iter().any(|t| earlier_year(t, article_year))
        || near.iter().any(|t| NOT_NOW.contains(&t.norm.as_str()))
        || toks[c.saturating_sub(WINDOW)..c]
            .iter()
            .any(|t| FUTURE.contains(&t.norm.as_str()))
        || vague(toks, c)
        || shared_view(toks, c))
}

/// Whether the cue at `c` is "اعتمد (فلان) على" (relied on), not adopting
/// something.
fn relies_on(toks: &[crate::text::Token], c: usize) -> bool {
    toks[c].norm.contains("اعتمد") && toks[c + 1..].iter().take(3).any(|t| t.norm == "علي")
}

/// The names of the people mentioned in tokens `r`, in order.
fn persons_in(people: &People, r: std::ops::Range<usize>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for p in r.filter_map(|i| people.at[i]) {
        let name = &people.persons[p].name;
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    names
}

/// Countries named as actors in tokens `r` ("وقعت السعودية والعراق"), not
/// places after a preposition ("في بغداد").
fn countries_in(doc: &Doc, r: std::ops::Range<usize>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut i = r.start;
    while i < r.end {
        match doc.actor_country(i, r.start).filter(|n| i + n <= r.end) {
            Some(n) => {
                let name = doc.slice_without_and(i..i + n).to_string();
                if !names.contains(&name) {
                    names.push(name);
                }
                i += n;
            }
            None => i += 1,
        }
    }
    names
}

/// Words for "both sides" of a talk: the agreement is between its parties.
const BOTH_SIDES: &[&str] = &[
    "الجانبان",
    "الجانبين",
    "الطرفان",
    "الطرفين",
    "البلدان",
    "البلدين",
    "both",
];

/// The people of the nearest earlier sentence that names two or more (within
/// a few sentences): "both sides" are the parties of the talk reported there.
fn both_sides(doc: &Doc, people: &People, before: usize) -> Vec<String> {
    let earlier = doc.sents.partition_point(|s| s.toks.end <= before);
    doc.sents[..earlier]
        .iter()
        .rev()
        .take(BOTH_SIDES_REACH)
        .map(|s| persons_in(people, s.toks.clone()))
        .find(|names| names.len() >= 2)
        .unwrap_or_default()
}

/// How many sentences back "both sides" may find their names.
const BOTH_SIDES_REACH: usize = 4;

/// "وكان الجانبان قد وقعا", "حيث وقع الجانبان حينها": a past accord recalled
/// as background, unless it was signed today or yesterday ("وكان الوزيران قد
/// وقعا الاتفاق أمس": the news the article follows up).
fn background(toks: &[crate::text::Token], c: usize) -> bool {
    let recent = toks
        .iter()
        .any(|t| matches!(t.norm.as_str(), "اليوم" | "امس" | "today" | "yesterday"));
    let then = toks[c.saturating_sub(WINDOW)..toks.len().min(c + WINDOW)]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "حينها" | "انذاك" | "حينذاك" | "وقتها"));
    let had = toks[..c].iter().enumerate().any(|(k, t)| {
        matches!(t.norm.as_str(), "كان" | "كانت" | "وكان" | "وكانت" | "had")
            && toks[k + 1..c]
                .iter()
                .take(HAD_REACH)
                .any(|t| matches!(t.norm.as_str(), "قد" | "previously" | "already"))
    });
    then || had && !recent
}

/// "بالاتفاق الذي تم التوصل إليه الشهر الماضي", "اتفاق وقف إطلاق النار الذي
/// أبرم في نوفمبر": a verb in a relative clause describes an accord the
/// text speaks of, unless it was reached today.
fn described_accord(toks: &[crate::text::Token], c: usize) -> bool {
    // the verb inside the clause, or the accord right before it
    let relative = toks[c.saturating_sub(2)..toks.len().min(c + 2)]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "الذي" | "التي" | "اللذين" | "اللتين"));
    let today = toks
        .iter()
        .any(|t| matches!(t.norm.as_str(), "اليوم" | "امس" | "today" | "yesterday"));
    relative && !today
}

/// "The visit comes two years after the countries signed", "وتأتي الزيارة
/// بعد عامين من توقيع": what the news comes after is earlier.
fn comes_after(toks: &[crate::text::Token], c: usize) -> bool {
    let comes = toks[..c]
        .iter()
        .position(|t| COMES_NOW.contains(&t.norm.as_str()) || t.norm == "came");
    comes.is_some_and(|k| {
        toks[k..c]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "after" | "بعد"))
    })
}

/// How far after "وكان" its "قد" may come, past a long subject ("وكان سمو
/// الشيخ فلان بن فلان قد").
const HAD_REACH: usize = 8;

/// "اتفقا على أهمية" and "اتفقا على أن الحل سياسي" state a shared view, not an
/// accord; "اتفقا على أن تعقد اللجنة" (a verb: something to do) is one.
fn shared_view(toks: &[crate::text::Token], c: usize) -> bool {
    let agreeing = toks[c]
        .stems()
        .any(|s| s.starts_with("اتفق") || s == "الاتفاق");
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "agreed on the importance of stability": a view, like "أكدا أهمية"
    let english_view = toks[c].norm == "agreed"
        && word(c + 1) == "on"
        && word(c + 2) == "the"
        && matches!(word(c + 3), "importance" | "need");
    if english_view {
        return true;
    }
    let Some(on) = (c + 1..toks.len().min(c + 4)).find(|&k| toks[k].norm == "علي") else {
        return false;
    };
    agreeing
        && match word(on + 1) {
            "اهميه" => true,
            "ان" => !word(on + 2).starts_with(['ي', 'ت', 'ن']),
            _ => false,
        }
}

/// Whether `t` is a year before the article's: the accord near it is a past one
/// ("اتفاقية 2015", "the 2015 deal").
fn earlier_year(t: &crate::text::Token, article_year: Option<i32>) -> bool {
    let Some(year) = article_year else {
        return false;
    };
    let digits: String = t
        .norm
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| char::from(b'0' + d as u8)))
        .collect();
    digits.len() == 4
        && digits.chars().count() == t.norm.chars().count()
        && digits
            .parse::<i32>()
            .is_ok_and(|y| (1900..year).contains(&y))
}

/// "agreed that" (a shared view) and "اتفق مع الرأي" are not agreements; nor a
/// verbal noun ("الاتفاق", "توقيع", "إبرام", "التوصل") that no verb reports
/// as done: "متابعة توقيع الاتفاقيات" is not a signing, "تم التوقيع" and
/// "شهد الرئيسان توقيع" are. With ب ("اختتمت بتوقيع") it reports one.
fn vague(toks: &[crate::text::Token], c: usize) -> bool {
    let next = toks.get(c + 1).map(|t| t.norm.as_str());
    if matches!(next, Some("that")) {
        return true;
    }
    let t = &toks[c];
    if t.norm.starts_with('ب') {
        return false;
    }
    let noun = t
        .stems()
        .any(|s| matches!(s, "الاتفاق" | "توقيع" | "التوقيع" | "ابرام" | "التوصل"));
    // "خلال التوقيع", "من خلال التوقيع على": at or by a signing
    let during = c > 0 && toks[c - 1].norm == "خلال";
    noun && !during
        && !toks[..c]
            .iter()
            .rev()
            .take(REPORTED_WITHIN)
            .any(reports_done)
}

/// How many words before a verbal noun the verb that reports it may come
/// ("تم اليوم في العاصمة التوقيع").
const REPORTED_WITHIN: usize = 6;

/// Whether a word reports something as done: "تم", "جرى", "شهد", "أسفر عن".
fn reports_done(t: &crate::text::Token) -> bool {
    // stems() keeps a clitic on words this short, so "وتم" is listed
    matches!(t.norm.as_str(), "تم" | "وتم" | "عن")
        || t.stems().any(|s| {
            matches!(
                s,
                "تمت" | "جري" | "جرت" | "شهد" | "شهدا" | "شهدت" | "اسفر" | "اسفرت"
            )
        })
}

#[cfg(test)]
mod tests {
    use crate::facts::extract;

    fn agreements(body: &str) -> usize {
        extract(&format!("عنوان\n٢٢ نيسان ٢٠٢١\n\n{body}\n"))
            .agreements
            .len()
    }

    #[test]
    fn concluding_an_accord_is_an_agreement() {
        assert_eq!(agreements("وأبرم البلدان اتفاقا لتبادل السجناء."), 1);
    }

    #[test]
    fn a_hope_to_reach_an_accord_is_not_one() {
        assert_eq!(
            agreements("وأعرب الوزير عن أمله في التوصل إلى اتفاق قريبا."),
            0
        );
    }

    #[test]
    fn an_accord_of_an_earlier_year_is_background() {
        assert_eq!(
            agreements("وكان البلدان قد وقعا اتفاقية للتجارة الحرة عام 2015."),
            0
        );
    }

    #[test]
    fn a_signing_no_verb_reports_is_not_one() {
        assert_eq!(
            agreements("وناقش الجانبان سبل متابعة توقيع الاتفاقيات التي يتوصلان إليها."),
            0
        );
        assert_eq!(
            agreements("وتم اليوم في العاصمة التوقيع على خمس اتفاقيات تعاون بين البلدين."),
            1
        );
    }

    fn parties(body: &str) -> Vec<Vec<String>> {
        extract(&format!("عنوان\n٢٢ نيسان ٢٠٢١\n\n{body}\n"))
            .agreements
            .into_iter()
            .map(|a| a.parties)
            .collect()
    }

    #[test]
    fn an_accord_after_a_shared_view_in_one_sentence_counts() {
        assert_eq!(
            agreements("The two sides agreed that trade remains a priority, and agreed to hold the next round in Rome."),
            1
        );
        assert_eq!(
            agreements(
                "واتفق الجانبان على أن الحوار هو السبيل، كما اتفقا على عقد الجولة المقبلة في تونس."
            ),
            1
        );
        assert_eq!(
            agreements("The two sides agreed that trade remains a priority for both countries."),
            0
        );
    }

    #[test]
    fn a_shared_view_is_not_an_accord_but_a_thing_to_do_is() {
        assert_eq!(agreements("اتفق الطرفان على أهمية مواصلة التشاور."), 0);
        assert_eq!(
            agreements("اتفق الجانبان على أن الحوار هو السبيل الوحيد."),
            0
        );
        assert_eq!(
            agreements("اتفق الجانبان على أن تجتمع اللجنة المشتركة في الربيع."),
            1
        );
    }

    #[test]
    fn an_accord_recalled_with_kana_qad_is_background_whatever_its_date() {
        assert_eq!(
            agreements("وكانت الدولتان قد وقعتا اتفاقية للتجارة الحرة بعد مفاوضات طويلة."),
            0
        );
    }

    #[test]
    fn countries_that_sign_are_the_parties_but_a_place_of_signing_is_not() {
        assert_eq!(
            parties("وقعت تونس والمغرب في الرباط اتفاقية للنقل البحري."),
            vec![vec!["تونس".to_string(), "المغرب".to_string()]]
        );
    }

    #[test]
    fn both_sides_are_the_people_of_the_talk_before() {
        assert_eq!(
            parties(
                "التقى الوزير سامي نادر نظيرته ماري لوران.\nواتفق الجانبان على تشكيل لجنة مشتركة."
            ),
            vec![vec!["سامي نادر".to_string(), "ماري لوران".to_string()]]
        );
    }

    #[test]
    fn a_future_marker_after_the_verb_belongs_to_what_was_agreed() {
        assert_eq!(
            agreements("Both sides agreed to a truce that will take effect on Sunday."),
            1
        );
        assert_eq!(agreements("Both sides will sign a truce on Sunday."), 0);
        assert_eq!(agreements("وقررت الحكومة تمديد العمل بالاتفاق الجمركي."), 1);
    }

    #[test]
    fn an_accord_reached_in_the_next_sentence_is_its_own() {
        assert_eq!(
            agreements("The two leaders agreed to open a new border crossing. They reached consensus on lowering tariffs on farm goods."),
            2
        );
        assert_eq!(
            agreements(
                "The two leaders signed a trade accord. The accord covers farm goods and textiles."
            ),
            1
        );
    }

    #[test]
    fn an_accord_signed_then_or_recalled_is_background_unless_yesterday() {
        assert_eq!(
            agreements("وكان الوزير سامي نادر قد التقى نظيره في العاصمة الشهر الماضي، حيث وقع الجانبان حينها اتفاقية للتعاون."),
            0
        );
        assert_eq!(
            agreements("وكان سمو الشيخ سامي بن خالد آل نادر قد وقع اتفاقية للتعاون الجمركي مع الجانب الآخر."),
            0
        );
        assert_eq!(
            agreements("وكان وزيرا خارجية البلدين قد وقعا الاتفاق أمس بحضور الوسطاء."),
            1
        );
    }

    #[test]
    fn an_accord_that_could_be_signed_is_not_yet_one() {
        assert_eq!(
            agreements("An official said the two sides discussed a framework, which could be signed later this year."),
            0
        );
    }

    #[test]
    fn documents_named_again_as_signed_later_are_the_same_agreement() {
        let text = "Saudi Arabia and Brazil signed five memorandums of understanding on Tuesday. \
                    The vice president toured a mining site. \
                    The agreements were signed later at a business forum in the presence of ministers.";
        assert_eq!(agreements(text), 1);
    }

    #[test]
    fn adopting_a_plan_is_a_decision_but_relying_on_one_is_not() {
        assert_eq!(
            agreements("واعتمد الاجتماع خطة العمل المشتركة للأعوام المقبلة."),
            1
        );
        assert_eq!(
            agreements("واعتمد الاتفاق على دعم المانحين لتمويل المشاريع."),
            0
        );
    }

    #[test]
    fn an_accord_described_by_a_relative_clause_is_a_past_one() {
        assert_eq!(
            agreements("وأشاد الوزيران بالاتفاق الذي تم التوصل إليه الشهر الماضي بشأن الأسرى."),
            0
        );
        assert_eq!(
            agreements("ولا يزال اتفاق وقف إطلاق النار الذي أبرم في نوفمبر صامدا."),
            0
        );
        assert_eq!(
            agreements("ووقع الوزيران اليوم الاتفاقية التي أعدتها اللجنة."),
            1
        );
    }

    #[test]
    fn what_a_visit_comes_after_and_a_shared_importance_are_no_agreements() {
        assert_eq!(
            agreements(
                "The visit comes two years after the countries signed a free trade agreement."
            ),
            0
        );
        assert_eq!(
            agreements("The two leaders agreed on the importance of regional stability."),
            0
        );
        assert_eq!(
            agreements("Vietnam and Malaysia inked ten cooperation documents."),
            1
        );
        assert_eq!(agreements("وأبرمت الشركتان عقدا بقيمة مليار دولار."), 1);
    }
}

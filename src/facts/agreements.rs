//! Agreements: what the parties agreed, decided or signed, as reported now
//! (not past accords, not wishes to "enhance cooperation", not plans).

use super::doc::Doc;
use super::lexicon::lexicons;
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
    "قررا",
    "قرروا",
    "وافق",
    "وافقت",
    "agreed",
    "signed",
    "reached",
    "decided",
];

/// How far from the cue a marker of a past accord or a plan counts, in tokens.
const WINDOW: usize = 6;

/// Markers of a past accord, a plan or a mere wish.
const NOT_NOW: &[&str] = &[
    "الموقعه",
    "الموقع",
    "سابقا",
    "السابقه",
    "سبق",
    "سيتم",
    "سيوقع",
    "سيوقعان",
    "ستوقع",
    "will",
    "would",
    "previous",
    "earlier",
    "2015",
];

/// Finds the agreements of a document.
pub fn find(doc: &Doc, people: &People) -> Vec<Agreement> {
    let mut found: Vec<(usize, Agreement)> = Vec::new();
    for (si, s) in doc.sents.iter().enumerate() {
        let Some(agreement) = in_sentence(doc, people, s) else {
            continue;
        };
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
                    | "agreed"
                    | "decided"
            )
        })
    })
}

/// The agreement a sentence reports, if any.
fn in_sentence(doc: &Doc, people: &People, s: &super::doc::Sentence) -> Option<Agreement> {
    let lex = lexicons();
    let toks = &doc.toks[s.toks.clone()];
    let c = toks
        .iter()
        .position(|t| t.stems().any(|w| STRONG.contains(&w)))?;
    let near = &toks[c.saturating_sub(WINDOW)..toks.len().min(c + WINDOW)];
    let planned = toks.iter().any(|t| PLANNED.contains(&t.norm.as_str()));
    if planned || near.iter().any(|t| NOT_NOW.contains(&t.norm.as_str())) || vague(toks, c) {
        return None;
    }
    if !toks.iter().any(|t| lex.agreement_cues.has(t)) {
        return None;
    }
    let evidence = Span::of(doc.text, s.bytes.start, s.bytes.end);
    let mut parties: Vec<String> = Vec::new();
    for i in s.toks.clone() {
        if let Some(p) = people.at[i] {
            let name = &people.persons[p].name;
            if !parties.contains(name) {
                parties.push(name.clone());
            }
        }
    }
    Some(Agreement {
        text: evidence.text.clone(),
        parties,
        evidence,
    })
}

/// "agreed that" (a shared view) and "اتفق مع الرأي" are not agreements; nor a
/// bare noun "الاتفاق" without a verb of reaching or signing.
fn vague(toks: &[crate::text::Token], c: usize) -> bool {
    let next = toks.get(c + 1).map(|t| t.norm.as_str());
    if matches!(next, Some("that")) {
        return true;
    }
    let cue = toks[c].stems().any(|s| s == "الاتفاق");
    cue && !toks[..c]
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(t.norm.as_str(), "جري" | "وجري" | "تم" | "وتم"))
}

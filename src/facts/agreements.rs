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
    "decision",
];

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
    "الماضي",
];

/// Finds the agreements of a document.
pub fn find(doc: &Doc, people: &People) -> Vec<Agreement> {
    let lex = lexicons();
    let mut out = Vec::new();
    for s in &doc.sents {
        let toks = &doc.toks[s.toks.clone()];
        let cue = toks
            .iter()
            .position(|t| t.stems().any(|w| STRONG.contains(&w)));
        let Some(c) = cue else { continue };
        if toks.iter().any(|t| NOT_NOW.contains(&t.norm.as_str())) || vague(toks, c) {
            continue;
        }
        if !toks.iter().any(|t| lex.agreement_cues.has(t)) {
            continue;
        }
        let start = toks[c].start;
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
        let _ = start;
        out.push(Agreement {
            text: evidence.text.clone(),
            parties,
            evidence,
        });
    }
    out
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

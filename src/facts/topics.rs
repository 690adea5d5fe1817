//! Topics from the closed list of the guidelines, each with its sentences.

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::{Agreement, Meeting, Span, Topic};

/// Most supporting sentences kept per topic.
const MAX_EVIDENCE: usize = 20;

/// Topics whose cue words also occur in passing in any article: they need
/// cues in two sentences; the others need one.
const BROAD: &[&str] = &[
    "investment",
    "infrastructure-transport",
    "media-technology",
    "culture-education",
    "humanitarian",
    "migration-refugees",
    "water-environment",
    "multilateral",
    "elections",
];

/// A readable label for a topic id.
fn label(id: &str) -> String {
    id.replace('-', " ")
}

/// Finds the topics of a document. An encounter or an agreement between
/// parties is itself evidence of bilateral relations.
pub fn find(doc: &Doc, meetings: &[Meeting], agreements: &[Agreement]) -> Vec<Topic> {
    let lex = lexicons();
    let groups = &lex.topics.groups;
    let mut found: Vec<Vec<Span>> = vec![Vec::new(); groups.len()];
    for s in &doc.sents {
        let mut hit = vec![false; groups.len()];
        for i in s.toks.clone() {
            if lex.topics.any.match_at(&doc.toks, i).is_none() || incidental(doc, i) {
                continue;
            }
            for (g, (_, cues)) in groups.iter().enumerate() {
                hit[g] |= cues.match_at(&doc.toks, i).is_some();
            }
        }
        for (g, h) in hit.into_iter().enumerate() {
            if h && found[g].len() < MAX_EVIDENCE {
                found[g].push(Span::of(doc.text, s.bytes.start, s.bytes.end));
            }
        }
    }
    let mut out = Vec::new();
    for ((id, _), mut evidence) in groups.iter().zip(found) {
        if id == "bilateral-relations" {
            evidence.extend(meetings.iter().map(|m| m.evidence.clone()));
            evidence.extend(agreements.iter().map(|a| a.evidence.clone()));
            evidence.sort_by_key(|s| s.start);
            evidence.dedup();
        }
        let needed = if BROAD.contains(&id.as_str()) { 2 } else { 1 };
        if evidence.len() >= needed {
            out.push(Topic {
                id: id.clone(),
                label: label(id),
                evidence,
            });
        }
    }
    out
}

/// Cue words that are part of a name of an office, not the topic
/// ("المكتب الإعلامي", "نائب رئيس الوزراء لشؤون الطاقة"), or of the
/// formula "الأمن والاستقرار" that closes many a wish.
fn incidental(doc: &Doc, i: usize) -> bool {
    let security = doc.toks[i].norm.ends_with("الامن");
    let formula = security && doc.toks.get(i + 1).is_some_and(|t| t.norm == "والاستقرار");
    formula
        || i > 0
            && matches!(
                doc.toks[i - 1].norm.as_str(),
                "المكتب"
                    | "مكتب"
                    | "مجلس"
                    | "وزير"
                    | "وزيره"
                    | "وزاره"
                    | "وزارة"
                    | "شوون"
                    | "لشوون"
                    | "minister"
                    | "ministry"
            )
}

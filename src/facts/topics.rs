//! Topics from the closed list of the guidelines, each with its sentences.

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::{Span, Topic};

/// Sentences a topic needs before it is reported.
const MIN_SENTENCES: usize = 2;

/// A readable label for a topic id.
fn label(id: &str) -> String {
    id.replace('-', " ")
}

/// Finds the topics of a document.
pub fn find(doc: &Doc) -> Vec<Topic> {
    let lex = lexicons();
    let mut out = Vec::new();
    for (id, cues) in &lex.topics.groups {
        let mut evidence = Vec::new();
        for s in &doc.sents {
            let hit = s
                .toks
                .clone()
                .any(|i| cues.match_at(&doc.toks, i).is_some() && !incidental(doc, i));
            if hit {
                evidence.push(Span::of(doc.text, s.bytes.start, s.bytes.end));
            }
        }
        if evidence.len() >= MIN_SENTENCES {
            out.push(Topic {
                id: id.clone(),
                label: label(id),
                evidence,
            });
        }
    }
    out
}

/// Cue words that are part of a name of an office, not the topic ("المكتب الإعلامي").
fn incidental(doc: &Doc, i: usize) -> bool {
    i > 0
        && matches!(
            doc.toks[i - 1].norm.as_str(),
            "المكتب"
                | "مكتب"
                | "وزير"
                | "وزيره"
                | "وزاره"
                | "وزارة"
                | "minister"
                | "ministry"
        )
}

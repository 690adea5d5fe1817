//! The article's title, date and language, an extractive summary and key phrases.

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::{ArticleDate, Span};
use std::collections::HashMap;

/// Lines searched for the article's date.
const DATE_LINES: usize = 15;

const MONTHS: &[(&str, u32)] = &[
    ("يناير", 1),
    ("كانون الثاني", 1),
    ("فبراير", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("اذار", 3),
    ("ابريل", 4),
    ("نيسان", 4),
    ("مايو", 5),
    ("ايار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("حزيران", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("تموز", 7),
    ("اغسطس", 8),
    ("اب", 8),
    ("سبتمبر", 9),
    ("ايلول", 9),
    ("اكتوبر", 10),
    ("تشرين الاول", 10),
    ("نوفمبر", 11),
    ("تشرين الثاني", 11),
    ("ديسمبر", 12),
    ("كانون الاول", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// The headline: the first non-empty line.
pub fn title(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.chars().take(300).collect())
}

/// `ar`, `en` or `und`.
pub fn language(doc: &Doc) -> String {
    if doc.arabic {
        "ar".into()
    } else if doc
        .toks
        .iter()
        .take(2000)
        .filter(|t| t.is_word() && t.norm.is_ascii())
        .count()
        > 3
    {
        "en".into()
    } else {
        "und".into()
    }
}

fn month_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let toks = &doc.toks;
    let one = toks.get(i)?.norm.as_str();
    let two = toks.get(i + 1).map(|t| format!("{one} {}", t.norm));
    for &(name, m) in MONTHS {
        if two.as_deref() == Some(name) {
            return Some((m, 2));
        }
    }
    MONTHS
        .iter()
        .find(|(name, _)| *name == one)
        .map(|&(_, m)| (m, 1))
}

fn number(doc: &Doc, i: usize) -> Option<u32> {
    let t = doc.toks.get(i)?;
    (t.kind == crate::text::TokenKind::Number)
        .then(|| t.norm.parse().ok())
        .flatten()
}

/// The first date with a year in the head of the article.
pub fn date(doc: &Doc) -> Option<ArticleDate> {
    let head_end = doc
        .sents
        .get(DATE_LINES)
        .map_or(doc.toks.len(), |s| s.toks.start);
    for i in 0..head_end {
        if let Some(found) = date_at(doc, i) {
            return Some(found);
        }
    }
    None
}

fn skip_dash(doc: &Doc, i: usize) -> usize {
    if doc
        .toks
        .get(i)
        .is_some_and(|t| t.is_punct('-') || t.is_punct('/') || t.is_punct(','))
    {
        i + 1
    } else {
        i
    }
}

fn date_at(doc: &Doc, i: usize) -> Option<ArticleDate> {
    let t = doc.toks.get(i)?;
    // YYYY-MM-DD or DD/MM/YYYY
    if t.kind == crate::text::TokenKind::Number {
        let a = number(doc, i)?;
        let b = number(doc, i + 2);
        let c = number(doc, i + 4);
        let sep = doc
            .toks
            .get(i + 1)
            .is_some_and(|s| s.is_punct('-') || s.is_punct('/'));
        if let (true, Some(b), Some(c)) = (sep, b, c) {
            let (y, m, d) = if a > 1900 { (a, b, c) } else { (c, b, a) };
            if (1900..2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Some(make(doc, i, i + 5, y, m, d));
            }
        }
        // 22 ابريل 2021, 3- تشرين الثاني- 2022
        let k = skip_dash(doc, i + 1);
        if let Some((m, n)) = month_at(doc, k) {
            let k2 = skip_dash(doc, k + n);
            if let Some(y) = number(doc, k2).filter(|y| (1900..2100).contains(y)) {
                if (1..=31).contains(&a) {
                    return Some(make(doc, i, k2 + 1, y, m, a));
                }
            }
        }
    }
    // September 18, 2018
    if let Some((m, n)) = month_at(doc, i) {
        let d = number(doc, i + n)?;
        let k = skip_dash(doc, i + n + 1);
        let y = number(doc, k).filter(|y| (1900..2100).contains(y))?;
        if (1..=31).contains(&d) {
            return Some(make(doc, i, k + 1, y, m, d));
        }
    }
    None
}

fn make(doc: &Doc, a: usize, b: usize, y: u32, m: u32, d: u32) -> ArticleDate {
    let evidence = Span::of(doc.text, doc.toks[a].start, doc.toks[b - 1].end);
    ArticleDate {
        text: evidence.text.clone(),
        iso: Some(format!("{y:04}-{m:02}-{d:02}")),
        evidence,
    }
}

/// Content words: not stopwords, at least three letters.
fn content<'d>(doc: &'d Doc, i: usize) -> Option<&'d str> {
    let t = &doc.toks[i];
    let lex = lexicons();
    (t.is_word() && t.norm.chars().count() >= 3 && !lex.stopwords.has(t))
        .then(|| t.stems().last().unwrap_or(t.norm.as_str()))
}

/// The `n` most informative sentences (frequent content words, early position), in article order.
pub fn summary(doc: &Doc, n: usize) -> Vec<String> {
    let words: Vec<Option<&str>> = (0..doc.toks.len()).map(|i| content(doc, i)).collect();
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in words.iter().flatten() {
        *freq.entry(w).or_default() += 1;
    }
    let mut scored: Vec<(f64, usize)> = Vec::new();
    for (si, s) in doc.sents.iter().enumerate().skip(1) {
        let words: Vec<&str> = words[s.toks.clone()].iter().flatten().copied().collect();
        if words.len() < 6 {
            continue;
        }
        let weight: usize = words
            .iter()
            .map(|w| freq.get(w).copied().unwrap_or(0).min(8))
            .sum();
        let score = weight as f64 / (words.len() as f64).sqrt() / (1.0 + si as f64 * 0.05);
        scored.push((score, si));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut chosen: Vec<usize> = scored.iter().take(n).map(|&(_, si)| si).collect();
    chosen.sort_unstable();
    chosen
        .into_iter()
        .map(|si| doc.text[doc.sents[si].bytes.clone()].to_string())
        .collect()
}

/// Up to `n` key phrases: the most frequent pairs of adjacent content words (then single words).
pub fn keyphrases(doc: &Doc, n: usize) -> Vec<String> {
    let mut pairs: HashMap<(&str, &str), (usize, usize)> = HashMap::new();
    for s in &doc.sents {
        for i in s.toks.start..s.toks.end.saturating_sub(1) {
            if let (Some(a), Some(b)) = (content(doc, i), content(doc, i + 1)) {
                let e = pairs.entry((a, b)).or_insert((0, i));
                e.0 += 1;
            }
        }
    }
    let mut ranked: Vec<_> = pairs.into_iter().filter(|(_, (c, _))| *c >= 2).collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    ranked
        .into_iter()
        .take(n)
        .map(|(_, (_, i))| doc.slice(i..i + 2).to_string())
        .collect()
}

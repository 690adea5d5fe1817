//! The article's title, date and language, an extractive summary and key phrases.

use super::doc::Doc;
use super::lexicon::lexicons;
use super::model::{ArticleDate, Span};
use super::people::People;
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
    // the Maghreb's names (Algeria, Tunisia) and Morocco's
    ("جانفي", 1),
    ("فيفري", 2),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويليه", 7),
    ("يوليوز", 7),
    ("اوت", 8),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
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
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The headline: the first non-empty line.
pub fn title(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.chars().take(300).collect())
}

/// `ar`, `fa`, `en` or `und`.
pub fn language(doc: &Doc) -> String {
    if doc.arabic {
        "ar".into()
    } else if doc.persian {
        "fa".into()
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
    // September 18, 2018; Sept. 18, 2018
    if let Some((m, mut n)) = month_at(doc, i) {
        if doc.toks.get(i + n).is_some_and(|t| t.is_punct('.')) {
            n += 1;
        }
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

/// For each token, its stem when it is a content word (not a stopword, three
/// letters or more): computed once for the summary and the key phrases.
pub struct ContentWords<'d>(Vec<Option<&'d str>>);

impl<'d> ContentWords<'d> {
    /// The content words of `doc`.
    pub fn of(doc: &'d Doc) -> Self {
        ContentWords((0..doc.toks.len()).map(|i| content(doc, i)).collect())
    }
}

/// The `n` most informative sentences (frequent content words, early position), in article order.
pub fn summary(doc: &Doc, words: &ContentWords, n: usize) -> Vec<String> {
    let words = &words.0;
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in words.iter().flatten() {
        *freq.entry(w).or_default() += 1;
    }
    let mut scored: Vec<(f64, usize)> = Vec::new();
    for (si, s) in doc.sents.iter().enumerate().skip(1) {
        let words: Vec<&str> = words[s.toks.clone()].iter().flatten().copied().collect();
        if words.len() < 6 || is_caption(&doc.text[s.bytes.clone()], words.len()) {
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

/// Whether a sentence of `words` content words is a photo caption: it ends
/// with a short credit in brackets ("(فيسبوك)", "(AFP)"), or is short and
/// lacks a full stop.
fn is_caption(sentence: &str, words: usize) -> bool {
    let s = sentence.trim_end();
    let credit = s.ends_with(')')
        && s.rfind('(')
            .is_some_and(|k| s[k..].split_whitespace().count() <= CREDIT_WORDS);
    let unfinished = !s.ends_with(['.', '!', '?', '؟', '…', '»', '"', '”']);
    credit || unfinished && words < CAPTION_WORDS
}

/// How many words a photo credit has at most.
const CREDIT_WORDS: usize = 3;
/// Below how many content words an unfinished line is a caption.
const CAPTION_WORDS: usize = 12;

/// The weekdays with the article, normalised ("الاثنين" … "الاحد"): words of
/// time that the people and speech extractors must not read as names or subjects.
pub const WEEKDAYS: &[&str] = &[
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
];

/// Up to `n` key phrases: the most frequent pairs of adjacent content words
/// that are not names or titles of people ("مكافحة الإرهاب", not "رئيس الوزراء").
pub fn keyphrases<'d>(
    doc: &'d Doc,
    words: &ContentWords<'d>,
    people: &People,
    n: usize,
) -> Vec<String> {
    let mut personal = vec![false; doc.toks.len()];
    for t in &people.titles {
        personal[t.toks.clone()].fill(true);
    }
    let lex = lexicons();
    let about_people = |i: usize| {
        let t = &doc.toks[i];
        personal[i]
            || people.at[i].is_some()
            || lex.office_words.has(t)
            || lex.titles.has(t)
            || lex.honorifics.has(t)
    };
    let topical: Vec<Option<&str>> = (0..doc.toks.len())
        .map(|i| words.0[i].filter(|_| !about_people(i)))
        .collect();
    let mut pairs: HashMap<(&str, &str), (usize, usize)> = HashMap::new();
    for s in &doc.sents {
        for i in s.toks.start..s.toks.end.saturating_sub(1) {
            if let (Some(a), Some(b)) = (topical[i], topical[i + 1]) {
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

/// Words that name a day relative to the article's date: days back from it,
/// or a weekday (0 = Monday) meaning the latest such day on or before it
/// (news reports what has happened).
enum RelativeDay {
    DaysBack(u32),
    Weekday(u32),
}

/// Relative day words, normalised. "يوم" before a weekday changes nothing.
const RELATIVE_DAYS: &[(&str, RelativeDay)] = &[
    ("اليوم", RelativeDay::DaysBack(0)),
    ("today", RelativeDay::DaysBack(0)),
    ("امس", RelativeDay::DaysBack(1)),
    ("yesterday", RelativeDay::DaysBack(1)),
    ("الاثنين", RelativeDay::Weekday(0)),
    ("monday", RelativeDay::Weekday(0)),
    ("الثلاثاء", RelativeDay::Weekday(1)),
    ("tuesday", RelativeDay::Weekday(1)),
    ("الاربعاء", RelativeDay::Weekday(2)),
    ("wednesday", RelativeDay::Weekday(2)),
    ("الخميس", RelativeDay::Weekday(3)),
    ("thursday", RelativeDay::Weekday(3)),
    ("الجمعه", RelativeDay::Weekday(4)),
    ("friday", RelativeDay::Weekday(4)),
    ("السبت", RelativeDay::Weekday(5)),
    ("saturday", RelativeDay::Weekday(5)),
    ("الاحد", RelativeDay::Weekday(6)),
    ("sunday", RelativeDay::Weekday(6)),
];

/// The date of an event told in the sentence of tokens `sentence`, as
/// `YYYY-MM-DD`: a full date written in it, else a weekday, "today" or
/// "yesterday" counted back from the article's date ("التقى … الخميس" in
/// an article of Saturday 24 April 2021 → 2021-04-22). None when the
/// sentence names no day, or names one that cannot be resolved.
pub fn event_date(
    doc: &Doc,
    sentence: std::ops::Range<usize>,
    article: Option<&ArticleDate>,
) -> Option<String> {
    let end = sentence.end.min(doc.toks.len());
    for i in sentence.start..end {
        if let Some(found) = date_at(doc, i) {
            return found.iso;
        }
    }
    let anchor = article.and_then(|a| a.iso.as_deref()).and_then(parse_iso)?;
    (sentence.start..end).find_map(|i| {
        let word = doc.toks[i].norm.as_str();
        let before = |w: &str| i > 0 && doc.toks[i - 1].norm == w;
        let back = match RELATIVE_DAYS.iter().find(|(name, _)| *name == word)?.1 {
            // "أول أمس": the day before yesterday.
            RelativeDay::DaysBack(1) if before("اول") => 2,
            RelativeDay::DaysBack(n) => n,
            RelativeDay::Weekday(day) => (weekday(anchor) + 7 - day) % 7,
        };
        Some(iso(days_to_civil(
            days_from_civil(anchor) - i64::from(back),
        )))
    })
}

/// A `YYYY-MM-DD` date.
fn parse_iso(text: &str) -> Option<(i64, u32, u32)> {
    let mut parts = text.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    Some((y, m, d))
}

fn iso((y, m, d): (i64, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Day of the week, 0 = Monday.
fn weekday(date: (i64, u32, u32)) -> u32 {
    // 1970-01-01 was a Thursday (3).
    (days_from_civil(date) + 3).rem_euclid(7) as u32
}

// Days since 1970-01-01 in the proleptic Gregorian calendar and back, after
// Howard Hinnant's public-domain algorithms. Hand-written: these two small
// functions are all the calendar the extractor needs, not worth a date crate.
fn days_from_civil((y, m, d): (i64, u32, u32)) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_to_civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(text: &str) -> Option<String> {
        let doc = Doc::new(text);
        let article = date(&doc);
        let last = doc.sents.last().map(|s| s.toks.clone())?;
        event_date(&doc, last, article.as_ref())
    }

    #[test]
    fn maghreb_months_and_english_abbreviations_are_dates() {
        let iso = |text: &str| date(&Doc::new(text)).and_then(|d| d.iso);
        assert_eq!(
            iso("عنوان\nالأربعاء 4 جانفي 2017\n").as_deref(),
            Some("2017-01-04")
        );
        assert_eq!(
            iso("عنوان\n12 جويلية 2023\n").as_deref(),
            Some("2023-07-12")
        );
        assert_eq!(
            iso("Title\nSept. 18, 2018\n").as_deref(),
            Some("2018-09-18")
        );
    }

    #[test]
    fn calendar_round_trips_and_knows_weekdays() {
        for date in [(1970, 1, 1), (2000, 2, 29), (2021, 4, 22), (2024, 12, 31)] {
            assert_eq!(days_to_civil(days_from_civil(date)), date);
        }
        assert_eq!(weekday((2021, 4, 22)), 3, "a Thursday");
        assert_eq!(weekday((2026, 11, 28)), 5, "a Saturday");
    }

    #[test]
    fn weekdays_and_yesterday_count_back_from_the_article_date() {
        let head = "عنوان\n\nالسبت 24 أبريل 2021\n\n";
        let on = |body: &str| event(&format!("{head}{body}"));
        assert_eq!(
            on("التقى الوزير نظيره يوم الخميس.").as_deref(),
            Some("2021-04-22")
        );
        assert_eq!(
            on("استقبل الرئيس السفير اليوم.").as_deref(),
            Some("2021-04-24")
        );
        assert_eq!(
            on("استقبل الرئيس السفير أمس.").as_deref(),
            Some("2021-04-23")
        );
        assert_eq!(
            on("استقبل الرئيس السفير أول أمس.").as_deref(),
            Some("2021-04-22")
        );
        assert_eq!(
            on("استقبل الرئيس السفير السبت.").as_deref(),
            Some("2021-04-24")
        );
        assert_eq!(on("استقبل الرئيس السفير في مكتبه.").as_deref(), None);
        assert_eq!(
            event("Title\n\nMay 3, 2022\n\nThe minister met his counterpart on Sunday.").as_deref(),
            Some("2022-05-01")
        );
    }

    #[test]
    fn a_full_date_in_the_sentence_wins_and_no_anchor_means_no_guess() {
        assert_eq!(
            event("عنوان\n\nالتقى الوزير نظيره في 3 مارس 2020 يوم الثلاثاء.").as_deref(),
            Some("2020-03-03")
        );
        assert_eq!(
            event("عنوان\n\nالتقى الوزير نظيره يوم الخميس.").as_deref(),
            None
        );
    }

    #[test]
    fn a_photo_caption_is_not_summary_material() {
        let text = "عنوان الخبر\n\nالوزير يصافح ضيفه في مقر الوزارة بالعاصمة صباح اليوم (فيسبوك)\n\nبحث وزير التجارة مع وفد من رجال الأعمال فرص الاستثمار في قطاع الطاقة المتجددة والصناعات الغذائية.\nوقال الوزير إن الحكومة تعمل على تسهيل إجراءات الاستثمار وتقليص مدة منح التراخيص للمستثمرين.";
        let doc = Doc::new(text);
        let chosen = summary(&doc, &ContentWords::of(&doc), 3);
        assert_eq!(chosen.len(), 2, "{chosen:?}");
        assert!(chosen.iter().all(|s| !s.contains("فيسبوك")), "{chosen:?}");
    }

    #[test]
    fn key_phrases_are_not_titles_of_people() {
        let sentence = "وقال رئيس الوزراء سامي نادر إن مكافحة الإرهاب أولوية وطنية. ";
        let text = sentence.repeat(3);
        let doc = Doc::new(&text);
        let people = super::super::people::find(&doc);
        let phrases = keyphrases(&doc, &ContentWords::of(&doc), &people, 5);
        assert!(phrases.iter().any(|p| p == "مكافحة الإرهاب"), "{phrases:?}");
        assert!(
            phrases
                .iter()
                .all(|p| !p.contains("الوزراء") && !p.contains("نادر")),
            "{phrases:?}"
        );
    }
}

//! What a single line of copied page text is: site chrome (clutter), a date,
//! a photo caption, or article text. The words come from `clutter.txt`.
//!
//! Every rule looks only at short lines (a line longer than
//! [`MAX_CHROME_BYTES`] is article text), so classifying a document is linear
//! in its length. A rule matches a whole line or a short line's start, never
//! a word inside a sentence: "شارك" alone is clutter, "شارك الوزير في
//! الاجتماع" is not.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Lines longer than this (in bytes) are never chrome, dates or captions.
pub const MAX_CHROME_BYTES: usize = 300;
/// Lines of more than this many white-space separated pieces (menu
/// separators such as "|" count) are never chrome, dates or captions.
const MAX_CHROME_WORDS: usize = 24;
/// Whole-line phrases ("Comments are closed.") are at most this many words.
const MAX_PHRASE_WORDS: usize = 6;
/// A prefix phrase ("Follow us on …") matches lines of at most this many words.
const MAX_PREFIX_WORDS: usize = 16;
/// A caption is at most this many characters, parentheses included.
const MAX_CAPTION_CHARS: usize = 100;
/// Multi-word menu items are at most this many words.
const MAX_MENU_ITEM_WORDS: usize = 3;

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Site chrome: share buttons, counters, menus, clocks, "read also" …
    Clutter,
    /// A date ("22 أبريل 2021", "Tuesday, 8 October 2024", "2024-05-14").
    Date,
    /// Anything else: article text (a caption is decided by position, see
    /// [`is_caption`]).
    Text,
}

/// The word lists of `clutter.txt`, normalised.
struct Lexicon {
    line: HashSet<String>,
    prefix: Vec<String>,
    colon_prefix: HashSet<String>,
    related: HashSet<String>,
    count: HashSet<String>,
    menu: HashSet<String>,
    month: HashSet<String>,
    weekday: HashSet<String>,
    ampm: HashSet<String>,
    date_label: HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::parse(include_str!("clutter.txt")))
}

impl Lexicon {
    fn parse(data: &str) -> Lexicon {
        let mut lex = Lexicon {
            line: HashSet::new(),
            prefix: Vec::new(),
            colon_prefix: HashSet::new(),
            related: HashSet::new(),
            count: HashSet::new(),
            menu: HashSet::new(),
            month: HashSet::new(),
            weekday: HashSet::new(),
            ampm: HashSet::new(),
            date_label: HashSet::new(),
        };
        let mut section = "";
        for raw in data.lines() {
            let entry = raw.trim();
            if entry.is_empty() || entry.starts_with('#') {
                continue;
            }
            if let Some(name) = entry.strip_prefix('[').and_then(|e| e.strip_suffix(']')) {
                section = name;
                continue;
            }
            lex.add(section, entry);
        }
        lex
    }

    fn add(&mut self, section: &str, entry: &str) {
        let norm = normalize(entry);
        if norm.is_empty() {
            return;
        }
        let set = match section {
            "line" => &mut self.line,
            "related" => &mut self.related,
            "prefix" if entry.ends_with(':') => &mut self.colon_prefix,
            "prefix" => {
                self.prefix.push(norm);
                return;
            }
            "count" => &mut self.count,
            "menu" => &mut self.menu,
            "month" => &mut self.month,
            "weekday" => &mut self.weekday,
            "ampm" => &mut self.ampm,
            "date-label" => &mut self.date_label,
            _ => return,
        };
        // Date words are matched one token at a time.
        if matches!(section, "month" | "weekday" | "ampm" | "date-label") {
            set.extend(norm.split(' ').map(str::to_string));
        } else {
            set.insert(norm);
        }
    }
}

/// A line as matched: letters and digits only (each run of anything else is
/// one space), Latin lower-cased, harakat and tatweel dropped, hamza-carrying
/// alefs folded to ا and ى to ي, digits made ASCII.
pub fn normalize(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        if is_dropped_mark(c) {
            continue;
        }
        if !is_word_char(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(fold(c));
    }
    out
}

/// Letters and digits, with a quick path for ASCII and the Arabic block.
fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{0600}'..='\u{06FF}' => matches!(c,
            '\u{0621}'..='\u{064A}'
            | '\u{0660}'..='\u{0669}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06EE}'..='\u{06FC}'
            | '\u{06FF}'),
        _ => c.is_alphanumeric(),
    }
}

/// Harakat, superscript alef, tatweel and other combining marks.
fn is_dropped_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{0300}'..='\u{036F}')
}

fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '\u{0600}'..='\u{06FF}' => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Classifies one line (already trimmed). Most article lines are long and
/// leave at the first test, before any normalising.
pub fn classify(line: &str) -> LineKind {
    if line.is_empty() || line.len() > MAX_CHROME_BYTES {
        return LineKind::Text;
    }
    let words = line.split_whitespace().take(MAX_CHROME_WORDS + 1).count();
    // Only a whole-line phrase (a few words) may end like a sentence.
    if words > MAX_CHROME_WORDS || (words > MAX_PHRASE_WORDS && ends_sentence(line)) {
        return LineKind::Text;
    }
    let norm = normalize(line);
    if is_date(&norm) {
        return LineKind::Date;
    }
    if is_clutter(line, &norm) {
        return LineKind::Clutter;
    }
    LineKind::Text
}

fn is_clutter(line: &str, norm: &str) -> bool {
    let lex = lexicon();
    // A line of symbols only ("|", "• • •", "+ -") is chrome as well.
    norm.is_empty()
        || lex.line.contains(norm)
        || is_prefix_line(lex, line, norm)
        || is_count(lex, norm)
        || is_menu(lex, norm)
        || is_clock(norm)
}

/// "Follow us on X", "اقرأ أيضاً: …", "Topics: a, b": a short line that
/// starts with a prefix phrase and does not end like a sentence.
fn is_prefix_line(lex: &Lexicon, line: &str, norm: &str) -> bool {
    if ends_sentence(line) || norm.split(' ').count() > MAX_PREFIX_WORDS {
        return false;
    }
    let starts = lex.prefix.iter().any(|p| {
        norm == p
            || norm
                .strip_prefix(p.as_str())
                .is_some_and(|r| r.starts_with(' '))
    });
    starts
        || line
            .split_once([':', '：'])
            .is_some_and(|(head, _)| lex.colon_prefix.contains(&normalize(head)))
}

/// Whether a line heads a list of other stories' headlines ("اقرأ أيضاً:",
/// "Related articles").
pub fn is_related_header(line: &str) -> bool {
    line.len() <= MAX_CHROME_BYTES && lexicon().related.contains(&normalize(line))
}

/// Whether a line under a related-stories header is one of its headlines:
/// short, and not ending like a sentence of the article.
pub fn is_related_headline(line: &str) -> bool {
    line.len() <= MAX_CHROME_BYTES
        && !ends_sentence(line)
        && (1..=MAX_PREFIX_WORDS).contains(&line.split_whitespace().count())
}

fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '؟', '…'])
}

/// "المشاهدات 159", "159 مشاهدة", "views 12", "1,204 مشاهدة": a count
/// label and numbers, nothing else.
fn is_count(lex: &Lexicon, norm: &str) -> bool {
    let is_number = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let numbers = norm.split(' ').filter(|w| is_number(w)).count();
    let label: Vec<&str> = norm.split(' ').filter(|w| !is_number(w)).collect();
    numbers > 0 && lex.count.contains(&label.join(" "))
}

/// Two or more menu items and nothing else.
fn is_menu(lex: &Lexicon, norm: &str) -> bool {
    let words: Vec<&str> = norm.split(' ').collect();
    let mut items = 0;
    let mut i = 0;
    while i < words.len() {
        let longest = (1..=MAX_MENU_ITEM_WORDS.min(words.len() - i))
            .rev()
            .find(|n| lex.menu.contains(&words[i..i + n].join(" ")));
        match longest {
            Some(n) => {
                items += 1;
                i += n;
            }
            None => return false,
        }
    }
    items >= 2
}

/// A clock: "05:02 م", "10:15 am", "17:30" (normalised: digits, digits, an
/// optional am/pm word).
fn is_clock(norm: &str) -> bool {
    let mut words = norm.split(' ');
    let (Some(h), Some(m)) = (words.next(), words.next()) else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    is_clock_pair(h, m) && rest.iter().all(|w| lexicon().ampm.contains(*w))
}

fn is_clock_pair(h: &str, m: &str) -> bool {
    let digits = |s: &str, max: u32| {
        (1..=2).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|v| v <= max)
    };
    digits(h, 23) && m.len() == 2 && digits(m, 59)
}

/// A date line: only date words (weekday, month, day, year, a label such as
/// "date" or "نشر في", a clock and am/pm, a one-word clutter label), with a
/// year and either a month name and a day or two more numbers (2024-05-14,
/// 11/03/2026).
fn is_date(norm: &str) -> bool {
    let lex = lexicon();
    let (mut year, mut month, mut numbers) = (false, false, 0);
    for word in norm.split(' ').filter(|w| !w.is_empty()) {
        if let Ok(n) = word.parse::<u32>() {
            if word.len() == 4 && (1900..=2100).contains(&n) && !year {
                year = true;
            } else if word.len() <= 2 {
                numbers += 1;
            } else {
                return false;
            }
        } else if lex.month.contains(word) {
            month = true;
        } else if !(lex.weekday.contains(word)
            || lex.ampm.contains(word)
            || lex.date_label.contains(word)
            || lex.line.contains(word))
        {
            return false;
        }
    }
    // numbers may include a clock's hour and minutes
    year && ((month && numbers >= 1) || (!month && numbers >= 2))
}

/// A photo caption's shape: a short line wholly in parentheses, "(رويترز)".
pub fn is_caption(line: &str) -> bool {
    let inner = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .map(str::trim);
    inner.is_some_and(|i| !i.is_empty() && !i.contains(['(', ')']))
        && line.chars().count() <= MAX_CAPTION_CHARS
}

/// Whether a line reads like a headline: short, and not ending like a
/// sentence's middle or a label (":", "،", ",", ";").
pub fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=40).contains(&words)
        && line.len() <= 400
        && !line.ends_with([':', '،', ',', ';', '؛'])
        && classify(line) == LineKind::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> LineKind {
        classify(line)
    }

    #[test]
    fn chrome_lines_are_clutter() {
        for line in [
            "+ الخط -",
            "ت + ت - الحجم الطبيعي",
            "المساهمون",
            "شارك",
            "شارك:",
            "Advertisements",
            "Leave a comment",
            "قد تقرأ أيضا",
            "اقرأ أيضاً",
            "اقرأ أيضاً: الحكومة تقر موازنة العام المقبل",
            "المشاهدات : 159",
            "المشاهدات: ١٥٩",
            "1,204 مشاهدة",
            "Share this:",
            "Follow us on Facebook, X and Instagram",
            "تابعونا على تويتر",
            "الرئيسية | سياسة | اقتصاد | رياضة",
            "Home  World  Business  Science  Opinion",
            "الرئيسية › من نحن › اتصل بنا",
            "05:02 م",
            "10:15 am",
            "17:30",
            "Topics: Norway, Chile, Oceans",
            "إعلان",
            "• • •",
        ] {
            assert_eq!(kind(line), LineKind::Clutter, "{line}");
        }
    }

    #[test]
    fn real_sentences_are_kept() {
        for line in [
            "شارك الوزير في الاجتماع",
            "شارك الوزير في الاجتماع الذي عقد في عمّان.",
            "وشارك في اللقاء سفراء الدول الأعضاء",
            "Related talks are expected next week.",
            "Follow us on this story as it develops.",
            "Share prices fell sharply on Monday",
            "من العالم",
            "الرئيسية",
            "Comments by the minister drew criticism",
            "قال إن المشاهدات كانت كثيرة",
            "In 2024, 12 people were hurt.",
        ] {
            assert_ne!(kind(line), LineKind::Clutter, "{line}");
        }
    }

    #[test]
    fn date_lines() {
        for line in [
            "22 أبريل 2021",
            "٢٢ نيسان ٢٠٢١",
            "Tuesday, 8 October 2024",
            "2024-05-14",
            "date 2025-08-13",
            "May 14, 2024",
            "الأحد 14 أبريل 2024 - 05:02 م",
            "05:02 م 11/03/2026",
            "3- تشرين الثاني- 2022",
            "نشر في 12 مارس 2024",
            "date 2026-03-11 إعلان",
        ] {
            assert_eq!(kind(line), LineKind::Date, "{line}");
        }
        for line in [
            "2024",
            "في عام 2024 زاد الإنتاج",
            "May 2024 was warm",
            "12 34 56",
        ] {
            assert_ne!(kind(line), LineKind::Date, "{line}");
        }
    }

    #[test]
    fn captions_and_headlines() {
        assert!(is_caption("(فيسبوك)"));
        assert!(is_caption("(Getty)"));
        assert!(is_caption("(رويترز)"));
        assert!(!is_caption("(أ) البند الأول (ب) البند الثاني"));
        assert!(!is_caption("قال (رويترز)"));
        assert!(is_headline(
            "وزير الخارجية التونسي يزور الرباط ويوقع مذكرة تفاهم"
        ));
        assert!(!is_headline("Share this:"));
        assert!(!is_headline("وقال الوزير:"));
    }

    #[test]
    fn normalisation_folds_spelling() {
        assert_eq!(normalize("اقرأ أيضاً:"), "اقرا ايضا");
        assert_eq!(normalize("+ الخط -"), "الخط");
        assert_eq!(normalize("Share THIS:"), "share this");
        assert_eq!(normalize("١٥٩"), "159");
    }
}

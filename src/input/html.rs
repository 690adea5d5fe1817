//! A saved web page → the article's text, laid out as qari's text files are:
//! the headline on the first line, then the date and the author, then the
//! paragraphs, each block separated by a blank line.
//!
//! # Which extractor, and why
//!
//! The main text is found by [`dom_smoothie`], a Rust port of Mozilla's
//! Readability (the algorithm of Firefox's reader view). We compared five
//! crates on four pages written for this purpose (`tests/fixtures/html/`:
//! an Arabic news page with menu, breaking-news bar, share bar, figure, tags,
//! related links, comments and sidebar; an English one with a cookie banner,
//! standfirst, share list, promo box, "more stories" cards and comments; an
//! Arabic table-free "div soup" page with no semantic tags at all; an English
//! blog page whose comments are longer than some paragraphs):
//!
//! | crate                  | body paragraphs | paragraph breaks | author, date | crates in tree |
//! |------------------------|-----------------|------------------|--------------|----------------|
//! | dom_smoothie 0.19      | 22/22           | kept             | yes, yes     | 60             |
//! | libreadability 0.3     | 22/22           | kept             | yes, yes     | 113            |
//! | legible 0.5            | 22/22           | lost (one line)  | yes, yes     | 81             |
//! | readability 0.3        | 22/22           | lost             | no, no       | 83 (old html5ever, regex) |
//! | readable-readability 0.4 | 22/22         | lost             | yes, no      | 113 (kuchiki, unmaintained) |
//!
//! No crate let menu, share, related or comment text through on these pages
//! (only an "Advertisements"/"إعلان" label inside the body, which the clutter
//! rules of [`super::Document`] hide). dom_smoothie and libreadability were
//! the only ones that keep paragraph breaks in their plain text and read the
//! author and publication date from meta tags and JSON-LD; dom_smoothie has
//! the smaller dependency tree (it shares html5ever with nothing else we
//! use, but brings no regex engine and no HTTP client), is actively
//! maintained and builds in about half a minute from scratch here.
//!
//! The date comes from the page's metadata, else from the first `<time>`
//! element; it is written as `YYYY-MM-DD` when it is an ISO timestamp.

use dom_smoothie::{Config, Readability, TextMode};

/// Whether text (or raw bytes) looks like an HTML page: after white space it
/// starts with `<`, and `<!doctype html` or `<html` occurs in its first 1024
/// bytes (ASCII case ignored).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 1024)];
    if head.first() != Some(&b'<') {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    contains(&lower, b"<!doctype html") || contains(&lower, b"<html")
}

/// Whether a file name says HTML (`.html`, `.htm`, `.xhtml`).
pub fn has_html_extension(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["html", "htm", "xhtml"].contains(&e.to_ascii_lowercase().as_str()))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The parts of a page that become the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The headline.
    pub title: String,
    /// The publication date, as the page gives it (ISO dates shortened to the day).
    pub date: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// The body's paragraphs, each on one line.
    pub paragraphs: Vec<String>,
}

impl Extracted {
    /// The article as qari's text layout: headline, date, author, paragraphs,
    /// blocks separated by a blank line.
    pub fn to_text(&self) -> String {
        let blocks = std::iter::once(self.title.as_str())
            .chain(self.date.as_deref())
            .chain(self.byline.as_deref())
            .chain(self.paragraphs.iter().map(String::as_str))
            .filter(|b| !b.is_empty());
        let mut text = String::new();
        for block in blocks {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(block);
        }
        text.push('\n');
        text
    }
}

/// Extracts the article from a page. A page where readability finds no main
/// text gives its whole body text instead (so nothing the user saved is lost).
pub fn extract(html: &str) -> Extracted {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let Ok(mut reader) = Readability::new(html, None, Some(config)) else {
        return body_text(html);
    };
    let time = first_time_element(&reader);
    match reader.parse() {
        Ok(article) => {
            let title = one_line(&article.title);
            let mut paragraphs = lines(&article.text_content);
            if paragraphs.first() == Some(&title) {
                paragraphs.remove(0);
            }
            Extracted {
                date: article
                    .published_time
                    .or(time)
                    .as_deref()
                    .and_then(date_line),
                byline: article
                    .byline
                    .map(|b| one_line(&b))
                    .filter(|b| !b.is_empty()),
                title,
                paragraphs,
            }
        }
        Err(_) => body_text(html),
    }
}

/// The `datetime` (or the text) of the page's first `<time>` element.
fn first_time_element(reader: &Readability) -> Option<String> {
    let time = reader.doc.select("time").first();
    if !time.exists() {
        return None;
    }
    let value = time.attr("datetime").map(|v| v.to_string());
    value.or_else(|| Some(time.text().to_string()))
}

/// A date for the date line: an ISO timestamp shortened to `YYYY-MM-DD`,
/// anything else kept as it is when it is short enough to be a date.
fn date_line(raw: &str) -> Option<String> {
    let raw = one_line(raw);
    let bytes = raw.as_bytes();
    let iso = bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if iso {
        return Some(raw[..10].to_string());
    }
    (!raw.is_empty() && raw.chars().count() <= 40).then_some(raw)
}

/// The page's `<title>` and the text of its body, when readability fails.
fn body_text(html: &str) -> Extracted {
    let doc = dom_smoothie::Readability::new(html, None, None).map(|r| {
        let title = one_line(&r.doc.select("title").text());
        let body = r.doc.select("body").text().to_string();
        (title, body)
    });
    match doc {
        Ok((title, body)) => Extracted {
            title,
            paragraphs: lines(&body),
            ..Extracted::default()
        },
        Err(_) => Extracted::default(),
    }
}

/// Non-blank lines, white space runs collapsed.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(one_line)
        .filter(|l| !l.is_empty())
        .collect()
}

/// White space runs (newlines included) collapsed to one space, trimmed.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_its_start() {
        assert!(looks_like_html(b"  \n<!DOCTYPE html>\n<html>"));
        assert!(looks_like_html(b"<HTML lang=\"ar\">"));
        assert!(looks_like_html(b"<!-- saved -->\n<html>"));
        assert!(!looks_like_html("قال إن <html> وسم".as_bytes()));
        assert!(!looks_like_html(b"<p>a fragment</p>"));
        assert!(!looks_like_html(b""));
    }

    #[test]
    fn extensions() {
        assert!(has_html_extension(std::path::Path::new("a/page.HTM")));
        assert!(has_html_extension(std::path::Path::new("page.html")));
        assert!(!has_html_extension(std::path::Path::new("page.txt")));
    }

    #[test]
    fn iso_dates_are_shortened() {
        assert_eq!(
            date_line("2024-03-12T09:40:00+01:00").as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(date_line(" 12 مارس 2024 ").as_deref(), Some("12 مارس 2024"));
        assert_eq!(date_line(""), None);
    }

    #[test]
    fn the_layout_has_blank_lines_between_blocks() {
        let e = Extracted {
            title: "Headline".into(),
            date: Some("2024-05-14".into()),
            byline: None,
            paragraphs: vec!["One.".into(), "Two.".into()],
        };
        assert_eq!(e.to_text(), "Headline\n\n2024-05-14\n\nOne.\n\nTwo.\n");
    }

    #[test]
    fn a_page_without_an_article_keeps_its_body_text() {
        let e = extract("<html><head><title>T</title></head><body><p>short</p></body></html>");
        assert!(e.to_text().contains("short"));
    }

    #[test]
    fn garbage_does_not_panic() {
        for page in [
            "<html",
            "<html><body><<<>>></body>",
            "<!doctype html>\u{0}\u{1b}[2J",
        ] {
            let _ = extract(page).to_text();
        }
    }
}

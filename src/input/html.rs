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
/// A page nested deeper than [`MAX_DEPTH`] elements (no real page is; the
/// HTML tree builder's work grows with depth × elements), or bigger than
/// [`MAX_READABILITY_BYTES`] (its DOM would take some 50 times its size), is
/// read by a linear tag stripper instead.
pub fn extract(html: &str) -> Extracted {
    if html.len() > MAX_READABILITY_BYTES || nested_deeper_than(html, MAX_DEPTH) {
        return stripped(html);
    }
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

/// Saved news pages are well under this size (a few hundred KiB to a few MiB).
pub const MAX_READABILITY_BYTES: usize = 8 << 20;

/// Real pages nest a few dozen elements deep.
pub const MAX_DEPTH: usize = 256;

/// Elements that hold no content or that the HTML parser closes by itself.
const NOT_NESTING: [&str; 22] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd",
];

/// Whether open tags (less their closing tags) ever go deeper than `limit`:
/// one linear pass over the tags, no parsing.
fn nested_deeper_than(html: &str, limit: usize) -> bool {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|b| *b == b'<') {
        let tag = &bytes[i + at + 1..];
        i += at + 1;
        if tag.first() == Some(&b'/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        let name_len = tag.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || !tag[0].is_ascii_alphabetic() {
            continue;
        }
        let name = tag[..name_len].to_ascii_lowercase();
        // Up to the next '>' (or '<', so that a page of unclosed "<a<a<a"
        // stays linear).
        let self_closing = tag
            .iter()
            .position(|b| *b == b'>' || *b == b'<')
            .is_some_and(|end| end > 0 && tag[end] == b'>' && tag[end - 1] == b'/');
        if self_closing || NOT_NESTING.iter().any(|v| v.as_bytes() == name.as_slice()) {
            continue;
        }
        depth += 1;
        if depth > limit {
            return true;
        }
    }
    false
}

/// A page's text by a linear tag stripper: `<script>`, `<style>` and
/// comments dropped, block elements made line breaks, common entities decoded.
fn stripped(html: &str) -> Extracted {
    let lower = html.to_ascii_lowercase();
    let mut text = String::with_capacity(html.len() / 2);
    let mut title = String::new();
    let mut title_seen = false;
    let mut i = 0;
    while let Some(at) = lower[i..].find('<') {
        text.push_str(&decode_entities(&html[i..i + at]));
        let start = i + at;
        let (end, skip_to) = tag_end(&lower, start);
        let name: String = lower[start + 1..end]
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        i = skip_to;
        match name.as_str() {
            "script" | "style" | "noscript" | "template" if !lower[start..].starts_with("</") => {
                let close = format!("</{name}");
                i = lower[i..].find(&close).map_or(lower.len(), |c| i + c);
            }
            "title" if !lower[start..].starts_with("</") && !title_seen => {
                title_seen = true;
                let stop = lower[i..].find("</title").map_or(i, |c| i + c);
                title = one_line(&decode_entities(&html[i..stop]));
            }
            "p" | "div" | "br" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "section" | "article" | "header" | "footer" | "blockquote" | "title" => {
                text.push('\n');
            }
            _ => {}
        }
    }
    text.push_str(&decode_entities(&html[i..]));
    let mut paragraphs = lines(&text);
    if paragraphs.first() == Some(&title) {
        paragraphs.remove(0);
    }
    Extracted {
        title,
        paragraphs,
        ..Extracted::default()
    }
}

/// The end of the tag starting at `start`: (where its name part ends, where
/// the text after it starts). A comment runs to `-->`.
fn tag_end(lower: &str, start: usize) -> (usize, usize) {
    if lower[start..].starts_with("<!--") {
        let end = lower[start..]
            .find("-->")
            .map_or(lower.len(), |e| start + e + 3);
        return (start + 1, end);
    }
    match lower[start..].find('>') {
        Some(e) => (start + e, start + e + 1),
        None => (lower.len(), lower.len()),
    }
}

/// The entities a stripped page commonly has; others are left as written.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // Entity names are short: look for the ';' nearby only.
        let end = rest.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let numeric = |digits: &str, radix| {
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
    };
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => match name.strip_prefix('#') {
            Some(hex) if hex.starts_with(['x', 'X']) => numeric(&hex[1..], 16),
            Some(dec) => numeric(dec, 10),
            None => None,
        },
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
    fn a_deeply_nested_page_is_stripped_in_linear_time() {
        let depth = 200_000;
        let page = format!(
            "<!doctype html><html><head><title>Deep &amp; dark</title><script>if (a<b) x()</script></head><body>{}<p>First&nbsp;line &#1575;&#x644;</p><!-- <p>hidden</p> --><p>Second</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert!(nested_deeper_than(&page, MAX_DEPTH));
        let start = std::time::Instant::now();
        let e = extract(&page);
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
        assert_eq!(e.title, "Deep & dark");
        assert_eq!(e.paragraphs, ["First line ال", "Second"]);
        let bold = format!("<html><body>{}text</body></html>", "<b>".repeat(depth));
        assert!(extract(&bold).to_text().contains("text"));
    }

    #[test]
    fn real_pages_are_not_deep() {
        let page = "<html><body><ul><li>a<li>b<li>c</ul><p>x<p>y<br><img src=x></body></html>";
        assert!(!nested_deeper_than(page, 5));
        assert!(nested_deeper_than(&"<div>".repeat(6), 5));
    }

    #[test]
    fn garbage_does_not_panic() {
        for page in [
            "<html",
            "<html><body><<<>>></body>",
            "<!doctype html>\u{0}\u{1b}[2J",
        ] {
            let _ = extract(page).to_text();
            let _ = stripped(page).to_text();
        }
        let odd = [
            "<",
            "</",
            "<!--",
            "<a",
            "&",
            "&#;",
            "&#x110000;",
            "&#99999999999;",
        ];
        for page in odd {
            let _ = stripped(page);
        }
        // Hostile repetitions stay linear.
        let start = std::time::Instant::now();
        for unit in ["<a", "&", "<title>", "<!--", "<script>", "<x/"] {
            let page = unit.repeat(200_000);
            let _ = nested_deeper_than(&page, MAX_DEPTH);
            let _ = stripped(&page);
        }
        assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    }
}

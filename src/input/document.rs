//! An article's text split into paragraphs, with its title.

use std::ops::Range;

/// An article split for reading: the title and the paragraphs, as byte
/// ranges into the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The headline: the first paragraph, when the article has more than one.
    pub title: Option<Range<usize>>,
    /// Every paragraph in order (the title included), trimmed, never empty.
    pub paragraphs: Vec<Range<usize>>,
}

impl Document {
    /// Splits an article into paragraphs: one per non-blank line, trailing
    /// white space and a carriage return trimmed. The first paragraph is the
    /// title when more follow.
    pub fn parse(text: &str) -> Document {
        let paragraphs = split_paragraphs(text);
        let title = if paragraphs.len() > 1 {
            paragraphs.first().cloned()
        } else {
            None
        };
        Document { title, paragraphs }
    }
}

/// One byte range per non-blank line of `text`, with surrounding white space
/// (including a `\r` before the `\n`) trimmed off.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let leading = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let begin = start + leading;
            paragraphs.push(begin..begin + trimmed.len());
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_non_blank_lines_trimmed() {
        let text = "Title\r\n\n  first line  \n\t\nsecond\n";
        let doc = Document::parse(text);
        let got: Vec<&str> = doc.paragraphs.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["Title", "first line", "second"]);
        assert_eq!(doc.title.map(|r| &text[r]), Some("Title"));
    }

    #[test]
    fn a_single_paragraph_has_no_title() {
        assert_eq!(Document::parse("only one\n").title, None);
    }
}

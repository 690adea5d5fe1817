//! Sentence segmentation with offsets into the original text.
//!
//! A sentence ends at `.` `!` `?` `؟` `؛` (with any closing quotation marks
//! or brackets after it) and always at a line break. Terminators inside a
//! quotation (« » “ ” „ " ) do not end the sentence, but a quotation that
//! stays open for more than [`MAX_QUOTE`] bytes stops counting, so that
//! unbalanced marks cannot swallow a whole text. Periods in numbers (3.5),
//! after single letters (J. Trump, د.) and after common abbreviations (Mr.)
//! do not end a sentence either. Time is linear in the text.

use std::ops::Range;

/// Longest stretch (in bytes) during which an open quotation suppresses sentence ends.
pub const MAX_QUOTE: usize = 1500;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sen", "rep", "gov", "prof",
    "no", "vs", "u.s", "u.k", "u.n", "sgt", "capt", "maj", "adm", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "inc", "co", "corp", "ltd", "mt", "ft", "pm",
];

/// The byte ranges of the sentences of `text`, trimmed of surrounding whitespace, in order.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote: Option<usize> = None; // where the open quotation began
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if quote.is_some_and(|q| i - q > MAX_QUOTE) {
            quote = None;
        }
        match c {
            '\n' | '\r' | '\u{2029}' => {
                push(&mut out, text, start, i);
                start = i + c.len_utf8();
                quote = None;
            }
            '«' | '“' | '„' => quote = Some(i),
            '»' | '”' | '"' if quote.is_some() => {
                quote = None;
                if closes_sentence(text, i, c) {
                    let end = i + c.len_utf8();
                    push(&mut out, text, start, end);
                    start = end;
                }
            }
            '"' => quote = Some(i),
            '.' | '!' | '?' | '؟' | '؛' if quote.is_none() => {
                if c == '.' && !ends_sentence(text, i) {
                    continue;
                }
                let mut end = i + c.len_utf8();
                while let Some(&(k, d)) = iter.peek() {
                    if !matches!(
                        d,
                        '.' | '!' | '?' | '؟' | ')' | ']' | '»' | '”' | '"' | '\'' | '’'
                    ) {
                        break;
                    }
                    end = k + d.len_utf8();
                    iter.next();
                }
                push(&mut out, text, start, end);
                start = end;
            }
            _ => {}
        }
    }
    push(&mut out, text, start, text.len());
    out
}

fn push(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push(start + lead..start + lead + trimmed.len());
    }
}

/// Whether the closing quotation mark `c` at `i` ends a sentence: a
/// terminator just inside it and a capital letter after it (`"We left." Then`).
fn closes_sentence(text: &str, i: usize, c: char) -> bool {
    let inside = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].trim_start().chars().next();
    inside.is_some_and(|d| matches!(d, '.' | '!' | '?' | '؟'))
        && next.is_some_and(char::is_uppercase)
}

/// Whether the period at `i` ends a sentence.
fn ends_sentence(text: &str, i: usize) -> bool {
    let after = text[i + 1..].chars().next();
    if after.is_some_and(|c| c.is_ascii_digit() || c.is_alphanumeric() && !c.is_whitespace()) {
        return false; // 3.5, U.S., www.site.com
    }
    let word: String = text[..i]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // J. Trump, د. محمد, K.P. Sharma Oli: one letter, or initials
    let initials = word
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if initials {
        return false;
    }
    !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn arabic_terminators() {
        assert_eq!(
            split("وصل الوفد. هل انتهى؟ نعم؛ انتهى"),
            ["وصل الوفد.", "هل انتهى؟", "نعم؛", "انتهى"]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(split("العنوان\n\nالنص الأول"), ["العنوان", "النص الأول"]);
    }

    #[test]
    fn not_inside_quotations() {
        assert_eq!(
            split("وقال: «جئنا. وسنعود». ثم غادر."),
            ["وقال: «جئنا. وسنعود».", "ثم غادر."]
        );
        assert_eq!(
            split("He said \"We came. We left.\" Then he went."),
            ["He said \"We came. We left.\"", "Then he went."]
        );
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(
            split("Mr. Smith paid 3.5 dollars to Donald J. Trump. Done."),
            ["Mr. Smith paid 3.5 dollars to Donald J. Trump.", "Done."]
        );
        assert_eq!(split("استقبل د. سامي الضيف."), ["استقبل د. سامي الضيف."]);
    }

    #[test]
    fn unclosed_quotation_does_not_swallow_the_text() {
        let text = format!("«{}", "كلمة. ".repeat(1000));
        assert!(sentences(&text).len() > 100);
    }

    #[test]
    fn initials_end_no_sentence() {
        assert_eq!(
            split("Prime Minister K.P. Sharma Oli arrived. He left."),
            ["Prime Minister K.P. Sharma Oli arrived.", "He left."]
        );
        assert_eq!(
            split("The toll rose to 5. He left."),
            ["The toll rose to 5.", "He left."]
        );
    }

    #[test]
    fn empty() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n \n").is_empty());
    }
}

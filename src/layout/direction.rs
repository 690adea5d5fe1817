//! Base direction of a paragraph (UAX #9 P2–P3) and of a whole document.

use super::bidi_data::{self, FastBidiData};
use super::Direction;
use unicode_bidi::BidiClass;

/// The direction of the first strong character outside isolates (UAX #9
/// P2–P3), or `None` when the paragraph has no strong character.
pub fn base_direction(text: &str) -> Option<Direction> {
    match unicode_bidi::get_base_direction_with_data_source(&FastBidiData, text) {
        unicode_bidi::Direction::Ltr => Some(Direction::Ltr),
        unicode_bidi::Direction::Rtl => Some(Direction::Rtl),
        unicode_bidi::Direction::Mixed => None,
    }
}

/// How much of a document [`document_direction`] reads: enough to tell
/// the language of any article, and a bound on the time on huge files.
pub const DIRECTION_SAMPLE: usize = 1024 * 1024;

/// The direction of the majority of the strong characters in `text` (in
/// its first [`DIRECTION_SAMPLE`] bytes; left to right on a tie or when
/// there is none). Paragraphs without a strong character of their own take
/// this direction.
pub fn document_direction(text: &str) -> Direction {
    let mut end = text.len().min(DIRECTION_SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut ltr, mut rtl) = (0usize, 0usize);
    for c in text[..end].chars() {
        match strong_class(c) {
            Some(Direction::Ltr) => ltr += 1,
            Some(Direction::Rtl) => rtl += 1,
            None => {}
        }
    }
    if rtl > ltr {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// The strong direction of a character, with fast paths for the common
/// scripts (this runs over whole documents, up to tens of megabytes).
fn strong_class(c: char) -> Option<Direction> {
    match c {
        'a'..='z' | 'A'..='Z' => Some(Direction::Ltr),
        '\0'..='\u{7f}' => None,
        '\u{0621}'..='\u{064a}' => Some(Direction::Rtl),
        _ => match bidi_data::bidi_class(c) {
            BidiClass::L => Some(Direction::Ltr),
            BidiClass::R | BidiClass::AL => Some(Direction::Rtl),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_strong_character_decides() {
        assert_eq!(base_direction("2024 كان عاما"), Some(Direction::Rtl));
        assert_eq!(base_direction("Siemens تبني مصنعا"), Some(Direction::Ltr));
        assert_eq!(base_direction("12:30 — (+3)"), None);
    }

    #[test]
    fn isolates_are_skipped_for_the_base_direction() {
        assert_eq!(
            base_direction("\u{2067}Hello\u{2069} مرحبا"),
            Some(Direction::Rtl)
        );
    }

    #[test]
    fn document_direction_is_the_majority_of_strong_characters() {
        assert_eq!(document_direction("مرحبا بكم in Doha"), Direction::Rtl);
        assert_eq!(document_direction("Welcome to الدوحة"), Direction::Ltr);
        assert_eq!(document_direction("123 456"), Direction::Ltr);
    }
}

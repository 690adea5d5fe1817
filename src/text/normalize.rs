//! Arabic spelling normalisation for matching, with a map back to the
//! original byte offsets.
//!
//! Folds the hamza-carrying alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه, ؤ to
//! و and ئ to ي; removes harakat, Quranic marks and tatweel; folds
//! Arabic-Indic digits to ASCII; lowercases Latin letters and drops their
//! accents (Nicolás = Nicolas). The result is for
//! comparing words only: it is never shown.

/// A normalised copy of a text and, for every byte of it, the byte offset in
/// the original text that it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// `map[i]` is the original offset of normalised byte `i`; one extra entry
    /// at the end holds the original text's length.
    map: Vec<usize>,
}

impl Normalized {
    /// Normalises `original`, keeping the offset map.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (offset, c) in original.char_indices() {
            if let Some(f) = fold_char(c) {
                let before = text.len();
                text.push(f);
                map.extend(std::iter::repeat_n(offset, text.len() - before));
            }
        }
        map.push(original.len());
        Normalized { text, map }
    }

    /// The original byte offset of normalised byte offset `i` (clamped to the end).
    pub fn original(&self, i: usize) -> usize {
        let last = self.map.len() - 1;
        self.map[i.min(last)]
    }
}

/// Whether `c` is a combining Arabic mark (harakat, shadda, sukun, superscript
/// alef, Quranic annotation) or tatweel: letters carry them, matching ignores them.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}')
}

/// The folded form of one character, or `None` when matching ignores it.
pub fn fold_char(c: char) -> Option<char> {
    if is_arabic_mark(c) || matches!(c, '\u{200C}'..='\u{200F}' | '\u{FEFF}') {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' | 'ی' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        'A'..='Z' => c.to_ascii_lowercase(),
        'à'..='å' | 'À'..='Å' => 'a',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ò'..='ö' | 'Ò'..='Ö' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        _ => c,
    })
}

/// Normalises a string without keeping the offset map (for lexicon entries and keys).
pub fn norm(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_alef_forms_ya_and_taa_marbuta() {
        assert_eq!(norm("أحمد إلى آمال ٱلله"), "احمد الي امال الله");
        assert_eq!(norm("مدرسة"), "مدرسه");
    }

    #[test]
    fn removes_harakat_and_tatweel() {
        assert_eq!(norm("مُحَمَّـــد"), "محمد");
    }

    #[test]
    fn folds_digits_and_case() {
        assert_eq!(norm("٢٢ Nisan ۲۰۲۱"), "22 nisan 2021");
        assert_eq!(norm("Nicolás"), "nicolas");
    }

    #[test]
    fn map_points_into_the_original() {
        let original = "قَالَ إِنَّ";
        let n = Normalized::new(original);
        assert_eq!(n.text, "قال ان");
        let space = n.text.find(' ').unwrap_or(0);
        assert_eq!(&original[n.original(space)..n.original(space) + 1], " ");
        assert_eq!(n.original(n.text.len()), original.len());
        assert_eq!(n.original(usize::MAX), original.len());
    }

    #[test]
    fn empty_text() {
        let n = Normalized::new("");
        assert_eq!(n.text, "");
        assert_eq!(n.original(0), 0);
    }
}

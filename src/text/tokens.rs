//! Tokens with byte offsets into the original text, their normalised form,
//! and the clitic-stripped stems that lexicon lookups try.

use super::normalize::fold_char;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (Arabic or other scripts), possibly with marks, hyphens or apostrophes inside.
    Word,
    /// Digits (ASCII or Arabic-Indic).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset just after the last byte.
    pub end: usize,
    /// Normalised form (see [`super::normalize`]).
    pub norm: String,
    /// Kind of token.
    pub kind: TokenKind,
    /// Whether the token starts with an upper-case letter (Latin scripts).
    pub capital: bool,
    /// Whether the word ends in taa marbuta (ة), which normalisation folds to ه.
    pub marbuta: bool,
    /// Whether the word ends in alef maksura (ى), which normalisation folds to ي.
    pub maksura: bool,
    /// Whether the word carries tanween (ً ٌ ٍ): an indefinite noun or adjective.
    pub tanween: bool,
    /// Byte offsets into `norm` where its stems start (computed once).
    stem_starts: [u8; 8],
    /// How many of `stem_starts` are used.
    stem_count: u8,
}

impl Token {
    /// Whether this is a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether this token is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.norm.starts_with(c)
    }

    /// The candidate stems of this token (see [`stems`]).
    pub fn stems(&self) -> Stems<'_> {
        let mut s = Stems {
            items: [""; 8],
            len: 0,
            next: 0,
        };
        for &k in &self.stem_starts[..usize::from(self.stem_count)] {
            if let Some(stem) = self.norm.get(usize::from(k)..) {
                s.items[s.len] = stem;
                s.len += 1;
            }
        }
        s
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{0621}'..='\u{064A}').contains(&c) {
        return true;
    }
    c.is_alphabetic() || fold_char(c).is_none() && !c.is_whitespace() && (c as u32) >= 0x600
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '٠'..='٩' | '۰'..='۹')
}

/// Splits `text` into word, number and punctuation tokens (whitespace is dropped).
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_range(text, 0, text.len())
}

/// Tokenises `text[start..end]`; offsets stay relative to `text`.
pub fn tokenize_range(text: &str, start: usize, end: usize) -> Vec<Token> {
    let slice = &text[start..end];
    let mut out = Vec::with_capacity(slice.len() / 6 + 1);
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || fold_char(c).is_none() && !is_word_char(c) {
            continue;
        }
        let kind = if is_digit(c) {
            TokenKind::Number
        } else if is_word_char(c) {
            TokenKind::Word
        } else {
            out.push(make(
                text,
                start + i,
                start + i + c.len_utf8(),
                TokenKind::Punct,
            ));
            continue;
        };
        let mut j = i + c.len_utf8();
        while let Some(&(k, d)) = chars.peek() {
            let continues = match kind {
                TokenKind::Number => {
                    is_digit(d) || (matches!(d, '.' | ',' | '٫') && next_is_digit(slice, k))
                }
                _ => {
                    is_word_char(d)
                        || is_digit(d)
                        || (matches!(d, '-' | '\'' | '’') && next_is_latin(slice, k))
                }
            };
            if !continues {
                break;
            }
            j = k + d.len_utf8();
            chars.next();
        }
        out.push(make(text, start + i, start + j, kind));
    }
    out
}

fn next_is_digit(s: &str, k: usize) -> bool {
    s[k..].chars().nth(1).is_some_and(is_digit)
}

fn next_is_latin(s: &str, k: usize) -> bool {
    let mut it = s[..k].chars().rev();
    let before = it.next().is_some_and(|c| c.is_ascii_alphabetic());
    before
        && s[k..]
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_alphabetic())
}

fn make(text: &str, start: usize, end: usize, kind: TokenKind) -> Token {
    let raw = &text[start..end];
    let norm = super::normalize::norm(raw);
    let mut stem_starts = [0u8; 8];
    let mut stem_count = 0u8;
    for stem in stems(&norm) {
        let offset = norm.len() - stem.len();
        if let Ok(k) = u8::try_from(offset) {
            stem_starts[usize::from(stem_count)] = k;
            stem_count += 1;
        }
    }
    Token {
        start,
        end,
        norm,
        stem_starts,
        stem_count,
        kind,
        capital: raw.chars().next().is_some_and(char::is_uppercase),
        maksura: raw
            .chars()
            .rev()
            .find(|c| fold_char(*c) == Some(*c) || *c == 'ى')
            == Some('ى'),
        tanween: raw.chars().any(|c| matches!(c, '\u{064B}'..='\u{064D}')),
        marbuta: raw
            .chars()
            .rev()
            .find(|c| fold_char(*c) == Some(*c) || *c == 'ة')
            == Some('ة'),
    }
}

/// Up to eight candidate stems of a normalised word: the word itself, then
/// with a conjunction (و ف), a preposition (ب ك ل) and the article (ال, or
/// لل = ل + ال) removed, in every order Arabic allows. A stem keeps at least
/// three letters. For Latin words only the word itself.
#[derive(Debug, Clone, Copy)]
pub struct Stems<'a> {
    items: [&'a str; 8],
    len: usize,
    next: usize,
}

impl<'a> Iterator for Stems<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let item = self.items.get(self.next).filter(|_| self.next < self.len)?;
        self.next += 1;
        Some(item)
    }
}

impl<'a> Stems<'a> {
    fn push(&mut self, s: &'a str) {
        if self.len < self.items.len() && !self.items[..self.len].contains(&s) {
            self.items[self.len] = s;
            self.len += 1;
        }
    }
}

fn strip<'a>(w: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = w.strip_prefix(prefix)?;
    // three letters: six bytes of Arabic (the only script stems are taken of)
    (rest.len() >= 6).then_some(rest)
}

/// The candidate stems of a normalised word (see [`Stems`]).
pub fn stems(w: &str) -> Stems<'_> {
    let mut s = Stems {
        items: [""; 8],
        len: 0,
        next: 0,
    };
    s.push(w);
    if !w.starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return s;
    }
    let conj = ["و", "ف"].iter().find_map(|p| strip(w, p));
    for base in [Some(w), conj].into_iter().flatten() {
        s.push(base);
        if let Some(core) = strip(base, "لل") {
            s.push(core);
        }
        if let Some(p) = ["ب", "ك", "ل"].iter().find_map(|p| strip(base, p)) {
            s.push(p);
            if let Some(core) = strip(p, "ال") {
                s.push(core);
            }
        }
        if let Some(core) = strip(base, "ال") {
            s.push(core);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("قالَ الوزير: «نعم»، 3.5 مليار."),
            [
                "قال",
                "الوزير",
                ":",
                "«",
                "نعم",
                "»",
                "،",
                "3.5",
                "مليار",
                "."
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "وقال  الوزيرُ";
        for t in tokenize(text) {
            assert!(text.get(t.start..t.end).is_some());
        }
        assert_eq!(
            &text[tokenize(text)[1].start..tokenize(text)[1].end],
            "الوزيرُ"
        );
    }

    #[test]
    fn keeps_latin_hyphenated_names_whole() {
        assert_eq!(
            words("Moon Jae-in met Kim"),
            ["moon", "jae-in", "met", "kim"]
        );
        assert!(tokenize("Moon")[0].capital);
    }

    #[test]
    fn clitic_stems() {
        let all: Vec<&str> = stems("والرئيس").collect();
        assert!(all.contains(&"الرئيس") && all.contains(&"رئيس"));
        let all: Vec<&str> = stems("للرئيس").collect();
        assert!(all.contains(&"رئيس"));
        let all: Vec<&str> = stems("وبالكاظمي").collect();
        assert!(all.contains(&"الكاظمي") && all.contains(&"كاظمي"));
        assert!(stems("وزير").any(|s| s == "وزير"));
        assert_eq!(stems("said").count(), 1);
    }
}

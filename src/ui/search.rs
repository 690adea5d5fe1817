//! Search that forgives Arabic spelling variants: typing احمد finds أحمد
//! and أَحْمَد. Text and query are folded the same way (harakat and tatweel
//! dropped, alef/hamza/yeh/teh marbuta variants unified, Latin lowercased),
//! matched, and the matches mapped back to byte ranges of the article.

use crate::text::normalize;
use std::ops::Range;

/// A search: what was typed and where it matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The query as typed.
    pub query: String,
    /// Still typing (Enter keeps the search, Esc ends it).
    pub editing: bool,
    /// Where the query matches, in text order.
    pub matches: Vec<Range<usize>>,
    /// The match shown, an index into `matches`.
    pub current: usize,
}

impl Search {
    /// A new, empty search being typed.
    pub fn start() -> Search {
        Search {
            editing: true,
            ..Search::default()
        }
    }

    /// Finds the query in `text` again (after it was edited), and makes
    /// current the first match at or after `from`.
    pub fn update(&mut self, text: &str, from: usize) {
        self.matches = find_all(text, &self.query);
        self.current = self
            .matches
            .iter()
            .position(|m| m.start >= from)
            .unwrap_or(0);
    }

    /// The current match.
    pub fn current_match(&self) -> Option<Range<usize>> {
        self.matches.get(self.current).cloned()
    }

    /// Moves to the next (or, negative, previous) match, wrapping around.
    pub fn step(&mut self, step: isize) {
        let count = self.matches.len() as isize;
        if count > 0 {
            self.current = (self.current as isize + step).rem_euclid(count) as usize;
        }
    }
}

/// Folds one character for matching, as the facts engine does
/// ([`normalize::fold_char`]: hamza and yeh forms, teh marbuta, harakat,
/// tatweel, digits), plus what only display needs ignored here: bidi
/// embeddings and isolates, and the case of every script.
fn fold(c: char) -> Option<char> {
    match c {
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
        _ => normalize::fold_char(c).map(|f| f.to_lowercase().next().unwrap_or(f)),
    }
}

/// Every place `query` occurs in `text` after folding both, as byte ranges
/// of `text` (a match takes the marks that follow its last letter along).
/// Matches do not cross lines; working line by line keeps the memory small
/// on huge files.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = query.chars().filter_map(fold).collect();
    let mut matches = Vec::new();
    if needle.is_empty() {
        return matches;
    }
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        find_in_line(line, line_start, &needle, &mut matches);
        line_start += line.len();
    }
    matches
}

/// Adds the matches of `needle` in one line that starts at byte `offset`.
fn find_in_line(line: &str, offset: usize, needle: &[char], matches: &mut Vec<Range<usize>>) {
    // The folded line, and for each folded char the bytes it stands for.
    let mut folded: Vec<char> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (i, c) in line.char_indices() {
        let (start, end) = (offset + i, offset + i + c.len_utf8());
        match fold(c) {
            Some(f) => {
                folded.push(f);
                spans.push(start..end);
            }
            None => {
                if let Some(last) = spans.last_mut() {
                    last.end = end;
                }
            }
        }
    }
    let mut i = 0;
    while i + needle.len() <= folded.len() {
        if folded[i..i + needle.len()] == *needle {
            matches.push(spans[i].start..spans[i + needle.len() - 1].end);
            i += needle.len();
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn hamza_and_harakat_are_forgiven() {
        let text = "قال أحمد ثم أَحْمَدُ وإحمد";
        assert_eq!(found(text, "احمد"), ["أحمد", "أَحْمَدُ", "إحمد"]);
        assert_eq!(found(text, "أحمد"), ["أحمد", "أَحْمَدُ", "إحمد"]);
    }

    #[test]
    fn yeh_teh_marbuta_and_tatweel_are_forgiven() {
        assert_eq!(found("مدينة الاقتصـــاد", "مدينه"), ["مدينة"]);
        assert_eq!(found("مدينة الاقتصـــاد", "الاقتصاد"), ["الاقتصـــاد"]);
        assert_eq!(found("على مستشفى", "علي"), ["على"]);
    }

    #[test]
    fn arabic_indic_digits_find_western_ones() {
        assert_eq!(found("في عام 2024", "٢٠٢٤"), ["2024"]);
    }

    #[test]
    fn latin_is_case_insensitive() {
        assert_eq!(
            found("Siemens and SIEMENS", "siemens"),
            ["Siemens", "SIEMENS"]
        );
    }

    #[test]
    fn offsets_point_into_the_whole_text_across_lines() {
        let text = "one\nأحمد\nأحمد";
        let ranges = find_all(text, "احمد");
        assert_eq!(ranges.len(), 2);
        assert!(ranges.iter().all(|r| &text[r.clone()] == "أحمد"));
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("abc", "\u{064e}").is_empty());
    }

    #[test]
    fn steps_wrap_around() {
        let mut search = Search::start();
        search.query = "a".into();
        search.update("a b a b a", 3);
        assert_eq!(search.current, 1);
        search.step(2);
        assert_eq!(search.current, 0);
        search.step(-1);
        assert_eq!(search.current, 2);
    }
}

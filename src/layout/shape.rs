//! Arabic contextual shaping into presentation forms, on logical text.

use std::cmp::Ordering;
use std::ops::Range;

#[path = "shaping_table.rs"]
mod shaping_table;

use shaping_table::{JOINING, LAM_ALEF, LETTERS};

/// Text after shaping, with the source of each of its characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shaped {
    /// The shaped text (presentation forms where a letter has one).
    pub text: String,
    /// One entry per char of `text`, in order.
    pub map: Vec<CharSource>,
}

/// Where one char of the shaped text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharSource {
    /// Byte offset of the char in [`Shaped::text`].
    pub shaped_start: usize,
    /// Byte range in the input text it stands for (two letters for a lam-alef ligature).
    pub source: Range<usize>,
}

impl Shaped {
    /// The input unchanged, each char mapped to itself (for no-shape modes).
    pub fn identity(input: &str) -> Shaped {
        let map = input
            .char_indices()
            .map(|(i, c)| CharSource {
                shaped_start: i,
                source: i..i + c.len_utf8(),
            })
            .collect();
        Shaped {
            text: input.to_string(),
            map,
        }
    }
}

/// Shapes Arabic-script letters of one paragraph into their joined forms.
///
/// `input` is one paragraph in logical order. Each Arabic letter becomes its
/// isolated, final, initial or medial presentation form (U+FB50..U+FDFF,
/// U+FE70..U+FEFF) by whether it joins the letters around it, transparent
/// marks between them ignored; a letter without the form it needs falls back
/// to a neighbouring form, else stays as it is. Lam followed by an alef
/// (marks between allowed) becomes one lam-alef ligature whose source covers
/// lam through alef; the marks between follow it, each with its own source.
/// Everything else (marks, other scripts) is copied unchanged.
pub fn shape(input: &str) -> Shaped {
    if !input.chars().any(is_arabic_block) {
        return Shaped::identity(input);
    }
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let types: Vec<Joining> = chars.iter().map(|&(_, c)| joining(c)).collect();
    let (before, after) = neighbours(&types);
    let mut out = Output::with_capacity(input.len(), chars.len());
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        let joins_prev = types[i].joins_prev() && before[i].joins_next();
        if let Some((alef, isolated, final_)) = lam_alef_at(&chars, &types, i) {
            let ligature = if joins_prev { final_ } else { isolated };
            out.push_lam_alef(ligature, &chars[i..=alef]);
            i = alef + 1;
        } else {
            let joins_next = types[i].joins_next() && after[i].joins_prev();
            let form = presentation_form(c, joins_prev, joins_next);
            out.push(form, start..start + c.len_utf8());
            i += 1;
        }
    }
    out.finish()
}

/// Arabic letter lam, the first half of the lam-alef ligatures.
const LAM: char = '\u{0644}';

/// Unicode Joining_Type (ArabicShaping.txt / DerivedJoiningType.txt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// Non-joining: spaces, digits, Latin, ZWNJ, hamza …
    U,
    /// Right-joining: joins the char before it only (alef, dal, reh, waw …).
    R,
    /// Dual-joining: joins on both sides (beh, seen, lam …).
    D,
    /// Left-joining: joins the char after it only.
    L,
    /// Join-causing: tatweel, ZWJ; makes its neighbours join it.
    C,
    /// Transparent: harakat and other marks, skipped when deciding joins.
    T,
}

impl Joining {
    /// Whether a char of this type connects to the char after it.
    fn joins_next(self) -> bool {
        matches!(self, Joining::D | Joining::L | Joining::C)
    }

    /// Whether a char of this type connects to the char before it.
    fn joins_prev(self) -> bool {
        matches!(self, Joining::D | Joining::R | Joining::C)
    }
}

/// Whether `c` lies in the blocks where every letter with forms is (U+0600..U+08FF).
fn is_arabic_block(c: char) -> bool {
    ('\u{0600}'..='\u{08FF}').contains(&c)
}

/// The table row of a letter of the Arabic blocks or with presentation forms.
fn letter(c: char) -> Option<&'static (char, Joining, char, char, char, char)> {
    LETTERS
        .binary_search_by(|row| row.0.cmp(&c))
        .ok()
        .and_then(|i| LETTERS.get(i))
}

/// The joining type of any char.
fn joining(c: char) -> Joining {
    if let Some(row) = letter(c) {
        return row.1;
    }
    JOINING
        .binary_search_by(|&(lo, hi, _)| {
            if hi < c {
                Ordering::Less
            } else if lo > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .ok()
        .and_then(|i| JOINING.get(i))
        .map_or(Joining::U, |row| row.2)
}

/// For each char, the joining type of the nearest non-transparent char
/// before it and after it (U at the paragraph's ends).
fn neighbours(types: &[Joining]) -> (Vec<Joining>, Vec<Joining>) {
    let mut before = Vec::with_capacity(types.len());
    let mut last = Joining::U;
    for &t in types {
        before.push(last);
        if t != Joining::T {
            last = t;
        }
    }
    let mut after = vec![Joining::U; types.len()];
    let mut next = Joining::U;
    for (slot, &t) in after.iter_mut().zip(types).rev() {
        *slot = next;
        if t != Joining::T {
            next = t;
        }
    }
    (before, after)
}

/// If `chars[i]` is a lam whose next non-transparent char is an alef of a
/// mandatory ligature: that alef's index and the (isolated, final) ligatures.
fn lam_alef_at(
    chars: &[(usize, char)],
    types: &[Joining],
    i: usize,
) -> Option<(usize, char, char)> {
    if chars.get(i)?.1 != LAM {
        return None;
    }
    let alef = (i + 1..chars.len()).find(|&j| types[j] != Joining::T)?;
    // Ligate across harakat only: an invisible format character between lam
    // and alef (LRM, a bidi control) starts a grapheme cluster of its own, so
    // the marks after it could not share the ligature's cell.
    if chars[i + 1..alef]
        .iter()
        .any(|&(_, c)| super::cell::is_invisible_format(c))
    {
        return None;
    }
    let alef_char = chars[alef].1;
    let row = LAM_ALEF
        .binary_search_by(|row| row.0.cmp(&alef_char))
        .ok()
        .and_then(|k| LAM_ALEF.get(k))?;
    Some((alef, row.1, row.2))
}

/// The form of `c` for its joins: medial, final, initial or isolated. A
/// missing form falls back to one that keeps as many joins as it can, then
/// to isolated, then to `c` itself (letters without presentation forms).
fn presentation_form(c: char, joins_prev: bool, joins_next: bool) -> char {
    let Some(&(_, _, isolated, final_, initial, medial)) = letter(c) else {
        return c;
    };
    let candidates = match (joins_prev, joins_next) {
        (true, true) => [medial, final_, initial, isolated],
        (true, false) => [final_, isolated, '\0', '\0'],
        (false, true) => [initial, isolated, '\0', '\0'],
        (false, false) => [isolated, '\0', '\0', '\0'],
    };
    candidates
        .into_iter()
        .find(|&form| form != '\0')
        .unwrap_or(c)
}

/// The shaped text being built with its map.
struct Output {
    shaped: Shaped,
}

impl Output {
    /// An empty output for an input of `bytes` bytes and `chars` chars
    /// (presentation forms take 3 bytes where letters take 2).
    fn with_capacity(bytes: usize, chars: usize) -> Output {
        Output {
            shaped: Shaped {
                text: String::with_capacity(bytes + bytes / 2),
                map: Vec::with_capacity(chars),
            },
        }
    }

    /// Appends `c`, which stands for `source` in the input.
    fn push(&mut self, c: char, source: Range<usize>) {
        self.shaped.map.push(CharSource {
            shaped_start: self.shaped.text.len(),
            source,
        });
        self.shaped.text.push(c);
    }

    /// Appends a lam-alef `ligature` for `span` (lam, marks, alef): its
    /// source is the whole span, and the marks follow it with their own.
    fn push_lam_alef(&mut self, ligature: char, span: &[(usize, char)]) {
        let (Some(&(lam_start, _)), Some(&(alef_start, alef))) = (span.first(), span.last()) else {
            return;
        };
        self.push(ligature, lam_start..alef_start + alef.len_utf8());
        for &(start, mark) in span.iter().skip(1).take(span.len().saturating_sub(2)) {
            self.push(mark, start..start + mark.len_utf8());
        }
    }

    /// The finished text and map.
    fn finish(self) -> Shaped {
        self.shaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, HashMap};

    /// The shaped text of `input`, after checking its map.
    fn shaped(input: &str) -> String {
        let out = shape(input);
        check_map(input, &out);
        assert_eq!(unshape(&out), input, "un-shaping {input:?}");
        out.text
    }

    /// Presentation form -> the nominal char(s) it stands for.
    fn nominal_table() -> HashMap<char, Vec<char>> {
        let mut table = HashMap::new();
        for &(letter, _, isolated, final_, initial, medial) in LETTERS {
            for form in [isolated, final_, initial, medial] {
                if form != '\0' {
                    table.insert(form, vec![letter]);
                }
            }
        }
        for &(alef, isolated, final_) in LAM_ALEF {
            table.insert(isolated, vec![LAM, alef]);
            table.insert(final_, vec![LAM, alef]);
        }
        table
    }

    /// Rebuilds the input from the shaped text: each char turned back into its
    /// nominal letter(s), placed at its source offset.
    fn unshape(out: &Shaped) -> String {
        let table = nominal_table();
        let mut placed = BTreeMap::new();
        for (entry, c) in out.map.iter().zip(out.text.chars()) {
            match table.get(&c).map(Vec::as_slice) {
                Some(&[lam, alef]) => {
                    assert!(placed.insert(entry.source.start, lam).is_none());
                    let at = entry.source.end - alef.len_utf8();
                    assert!(placed.insert(at, alef).is_none());
                }
                Some(&[letter]) => assert!(placed.insert(entry.source.start, letter).is_none()),
                _ => assert!(placed.insert(entry.source.start, c).is_none()),
            }
        }
        placed.into_values().collect()
    }

    /// Checks that the map has one entry per output char at its byte offset,
    /// and that the sources tile the input in order, each one char, except a
    /// lam-alef ligature (lam..alef) followed by the marks between lam and alef.
    fn check_map(input: &str, out: &Shaped) {
        let offsets: Vec<usize> = out.text.char_indices().map(|(i, _)| i).collect();
        let starts: Vec<usize> = out.map.iter().map(|e| e.shaped_start).collect();
        assert_eq!(starts, offsets, "shaped_start of {input:?}");
        let mut pos = 0;
        let mut between = 0..0;
        for (entry, c) in out.map.iter().zip(out.text.chars()) {
            let src = entry.source.clone();
            assert!(
                src.end <= input.len() && src.start < src.end,
                "{src:?} in {input:?}"
            );
            let text = &input[src.clone()];
            if src.start == between.start && src.end <= between.end {
                assert_eq!(text.chars().count(), 1, "mark after a ligature");
                assert_eq!(joining(c), Joining::T);
                between.start = src.end;
                continue;
            }
            assert!(
                between.is_empty(),
                "marks of a ligature missing in {input:?}"
            );
            assert_eq!(src.start, pos, "sources in order in {input:?}");
            pos = src.end;
            if text.chars().count() > 1 {
                let lam_end = src.start + LAM.len_utf8();
                assert!(text.starts_with(LAM), "only lam-alef spans chars");
                assert!(LAM_ALEF.iter().any(|row| row.1 == c || row.2 == c));
                let alef_start = text.char_indices().last().map_or(0, |(i, _)| i) + src.start;
                between = lam_end..alef_start;
            }
        }
        assert!(
            between.is_empty(),
            "marks of a ligature missing in {input:?}"
        );
        assert_eq!(pos, input.len(), "sources cover {input:?}");
    }

    #[test]
    fn positional_forms_of_beh_yeh_teh() {
        // بيت: initial beh, medial yeh, final teh.
        assert_eq!(shaped("بيت"), "\u{FE91}\u{FEF4}\u{FE96}");
        assert_eq!(shaped("ب"), "\u{FE8F}");
        assert_eq!(shaped("بب"), "\u{FE91}\u{FE90}");
        assert_eq!(shaped("ب ب"), "\u{FE8F} \u{FE8F}");
    }

    #[test]
    fn harakat_stay_in_place_and_letters_join_across_them() {
        // مُحَمَّد (meem damma hah fatha meem shadda fatha dal)
        assert_eq!(
            shaped("\u{0645}\u{064F}\u{062D}\u{064E}\u{0645}\u{0651}\u{064E}\u{062F}"),
            "\u{FEE3}\u{064F}\u{FEA4}\u{064E}\u{FEE4}\u{0651}\u{064E}\u{FEAA}"
        );
    }

    #[test]
    fn lam_alef_ligatures() {
        assert_eq!(shaped("لا"), "\u{FEFB}");
        assert_eq!(shape("لا").map[0].source, 0..4);
        // سلام: the lam joins the seen, so the ligature is final.
        assert_eq!(shaped("سلام"), "\u{FEB3}\u{FEFC}\u{FEE1}");
        // الإمارات: alef, isolated lam-alef with hamza below, meem, alef, reh, alef, teh.
        assert_eq!(
            shaped("الإمارات"),
            "\u{FE8D}\u{FEF9}\u{FEE3}\u{FE8E}\u{FEAD}\u{FE8D}\u{FE95}"
        );
        assert_eq!(shaped("لآ لأ"), "\u{FEF5} \u{FEF7}");
    }

    #[test]
    fn lam_alef_after_a_joining_letter_is_final() {
        // كلا
        assert_eq!(shaped("كلا"), "\u{FEDB}\u{FEFC}");
        assert_eq!(shaped("بلأ"), "\u{FE91}\u{FEF8}");
        // The alef does not join the letter after it.
        assert_eq!(shaped("كلاب"), "\u{FEDB}\u{FEFC}\u{FE8F}");
    }

    #[test]
    fn lam_alef_with_marks_between() {
        // السَّلَام: lam, fatha, alef make one final ligature, the fatha after it.
        assert_eq!(
            shaped("\u{0627}\u{0644}\u{0633}\u{0651}\u{064E}\u{0644}\u{064E}\u{0627}\u{0645}"),
            "\u{FE8D}\u{FEDF}\u{FEB4}\u{0651}\u{064E}\u{FEFC}\u{064E}\u{FEE1}"
        );
        // علَّا: ain, lam, shadda, fatha, alef.
        let out = shape("\u{0639}\u{0644}\u{0651}\u{064E}\u{0627}");
        assert_eq!(out.text, "\u{FECB}\u{FEFC}\u{0651}\u{064E}");
        let sources: Vec<_> = out.map.iter().map(|e| e.source.clone()).collect();
        assert_eq!(sources, [0..2, 2..10, 4..6, 6..8]);
        assert_eq!(
            shaped("\u{0644}\u{0651}\u{064E}\u{0627}"),
            "\u{FEFB}\u{0651}\u{064E}"
        );
    }

    #[test]
    fn zwnj_breaks_a_join() {
        // می‌خواهند
        assert_eq!(
            shaped("می\u{200C}خواهند"),
            "\u{FEE3}\u{FBFD}\u{200C}\u{FEA7}\u{FEEE}\u{FE8D}\u{FEEB}\u{FEE8}\u{FEAA}"
        );
    }

    #[test]
    fn zwj_causes_a_join() {
        assert_eq!(shaped("ب\u{200D}"), "\u{FE91}\u{200D}");
        assert_eq!(shaped("\u{200D}ب"), "\u{200D}\u{FE90}");
        assert_eq!(shaped("\u{200D}ب\u{200D}"), "\u{200D}\u{FE92}\u{200D}");
        // No ligature through a ZWJ: lam joins it, and so does the alef.
        assert_eq!(shaped("ل\u{200D}ا"), "\u{FEDF}\u{200D}\u{FE8E}");
    }

    #[test]
    fn tatweel_joins() {
        assert_eq!(shaped("بـب"), "\u{FE91}\u{0640}\u{FE90}");
        assert_eq!(shaped("ـا"), "\u{0640}\u{FE8E}");
        assert_eq!(shaped("ـ"), "\u{0640}");
    }

    #[test]
    fn persian_letters() {
        // پژوهش
        assert_eq!(shaped("پژوهش"), "\u{FB58}\u{FB8B}\u{FEED}\u{FEEB}\u{FEB6}");
        // گفت
        assert_eq!(shaped("گفت"), "\u{FB94}\u{FED4}\u{FE96}");
        // Urdu: ٹ and ے, and ک with ی.
        assert_eq!(shaped("ٹے"), "\u{FB68}\u{FBAF}");
        assert_eq!(shaped("کی"), "\u{FB90}\u{FBFD}");
    }

    #[test]
    fn letters_without_forms_stay_and_still_join() {
        // beh, U+0763 (beh-like, no presentation forms), beh.
        assert_eq!(shaped("ب\u{0763}ب"), "\u{FE91}\u{0763}\u{FE90}");
        assert_eq!(shaped("ب\u{08A1}ب"), "\u{FE91}\u{08A1}\u{FE90}");
    }

    #[test]
    fn missing_forms_fall_back() {
        // Noon ghunna has only isolated and final forms: medial becomes final.
        assert_eq!(shaped("بںب"), "\u{FE91}\u{FB9F}\u{FE90}");
        assert_eq!(shaped("ںب"), "\u{FB9E}\u{FE90}");
        // Hamza is non-joining and has an isolated form.
        assert_eq!(shaped("شيء"), "\u{FEB7}\u{FEF2}\u{FE80}");
    }

    #[test]
    fn latin_and_digits_pass_through() {
        let text = "qari 2024, v1.0 (٣٤ ۵) — é";
        assert_eq!(shape(text), Shaped::identity(text));
        assert_eq!(shaped("abc بيت 12"), "abc \u{FE91}\u{FEF4}\u{FE96} 12");
    }

    #[test]
    fn map_has_one_entry_per_char_at_its_offset() {
        let out = shape("a بيت");
        let starts: Vec<usize> = out.map.iter().map(|e| e.shaped_start).collect();
        assert_eq!(starts, [0, 1, 2, 5, 8]);
        let sources: Vec<_> = out.map.iter().map(|e| e.source.clone()).collect();
        assert_eq!(sources, [0..1, 1..2, 2..4, 4..6, 6..8]);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in [
            "",
            "\u{064E}",
            "\u{200D}",
            "\u{200C}",
            "ل",
            "لَ",
            "لَّ",
            "\u{0651}ا",
            "ال\u{064E}",
        ] {
            shaped(text);
        }
        let long = "السَّلَام عليكم ".repeat(20_000);
        let out = shape(&long);
        assert_eq!(out.map.len(), out.text.chars().count());
    }

    /// Arabic, Persian and Urdu letters, marks, joiners, spaces, Latin and digits.
    const ALPHABET: &[char] = &[
        'ب', 'ي', 'ت', 'ل', 'ل', 'ل', 'ا', 'أ', 'إ', 'آ', 'م', 'ح', 'د', 'ر', 'و', 'ه', 'ة', 'ء',
        'ع', 'ك', 'س', 'ی', 'پ', 'ژ', 'گ', 'ک', 'ہ', 'ے', 'ۀ', 'ں', 'ٹ', '\u{0763}', '\u{08A1}',
        '\u{0671}', '\u{0710}', '\u{064B}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}',
        '\u{0652}', '\u{0654}', '\u{0670}', '\u{06E1}', '\u{00AD}', '\u{0300}', '\u{0640}',
        '\u{200D}', '\u{200C}', ' ', ' ', 'a', 'Z', '1', '٣', ',',
    ];

    proptest! {
        #[test]
        fn shaping_keeps_the_map_and_unshapes_to_the_input(
            chars in prop::collection::vec(prop::sample::select(ALPHABET), 0..64)
        ) {
            let input: String = chars.into_iter().collect();
            shaped(&input);
        }

        #[test]
        fn any_text_keeps_the_map(input in any::<String>()) {
            check_map(&input, &shape(&input));
        }
    }
}

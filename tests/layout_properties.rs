//! Invariants of the layout engine on random text: rows fit, every source
//! character is shown by exactly one cell, and reading the cells back in
//! source order gives the paragraph.

use proptest::prelude::*;
use qari::layout::{invariants, layout_paragraph, BidiMode, Direction, LayoutOptions};

/// Characters that exercise every path: Arabic letters (lam and alefs for
/// ligatures), harakat, Persian letters, Hebrew, Latin, digits, spaces of
/// every kind, brackets, quotes, joiners, bidi controls, wide characters,
/// controls.
const ALPHABET: &[char] = &[
    'ب', 'ت', 'ل', 'ا', 'أ', 'إ', 'آ', 'م', 'ح', 'د', 'ة', 'ى', 'ي', 'ء', 'ـ', 'پ', 'گ', 'ژ',
    '\u{064e}', '\u{0651}', '\u{064b}', '\u{0670}', 'ש', 'ל', 'ו', 'a', 'b', 'Z', '1', '9', '٢',
    '%', '.', ',', '،', ':', '/', '-', ' ', ' ', ' ', '\u{a0}', '(', ')', '[', ']', '«', '»', '"',
    '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202b}', '\u{202c}', '\u{2067}', '\u{2069}',
    '中', '\u{1b}', '\t', '\u{0301}',
];

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..60)
        .prop_map(|chars| chars.into_iter().collect())
}

fn options(width: usize, shape: bool, terminal: bool, rtl: bool) -> LayoutOptions {
    let mut options = LayoutOptions::new(width);
    options.shape = shape;
    if terminal {
        options.mode = BidiMode::Terminal;
    }
    options.neutral = if rtl { Direction::Rtl } else { Direction::Ltr };
    options
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn the_layout_keeps_its_promises(
        text in paragraph(),
        width in 1usize..30,
        shape: bool,
        terminal: bool,
        rtl: bool,
        controls: bool,
    ) {
        let mut options = options(width, shape, terminal, rtl);
        options.show_controls = controls;
        let layout = layout_paragraph(&text, 0, &options);
        if let Err(problem) = invariants::check(&text, &options, &layout) {
            prop_assert!(false, "{}: {:?} at width {}", problem, text, width);
        }
    }

    #[test]
    fn terminal_mode_keeps_logical_order(text in paragraph(), width in 1usize..30) {
        let layout = layout_paragraph(&text, 0, &options(width, false, true, false));
        let starts: Vec<usize> = layout.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.source.start)).collect();
        prop_assert!(starts.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn deep_nesting_of_bidi_controls_is_handled_without_a_panic() {
    let mut text = String::new();
    for i in 0..200 {
        text.push(if i % 2 == 0 { '\u{202b}' } else { '\u{202a}' });
        text.push_str("ab جد ");
    }
    for i in 0..200 {
        text.push(if i % 2 == 0 { '\u{2067}' } else { '\u{2066}' });
        text.push_str("1 ه");
    }
    for width in [1, 7, 80] {
        let layout = layout_paragraph(&text, 0, &LayoutOptions::new(width));
        assert!(!layout.rows.is_empty());
        let shown: usize = layout.rows.iter().map(|r| r.cells.len()).sum();
        assert!(shown > 1000, "all the letters are shown");
    }
}

#[test]
fn unbalanced_controls_stay_inside_their_paragraph() {
    // An override opened and never closed reverses the rest of its paragraph
    // only: the next paragraph is laid out on its own.
    let first = layout_paragraph("\u{202e}abc def", 0, &LayoutOptions::new(20));
    let second = layout_paragraph("ghi jkl", 9, &LayoutOptions::new(20));
    let text = |l: &qari::layout::ParagraphLayout| -> String {
        l.rows[0].cells.iter().map(|c| c.symbol.as_str()).collect()
    };
    assert_eq!(text(&first), "fed cba");
    assert_eq!(text(&second), "ghi jkl");
}

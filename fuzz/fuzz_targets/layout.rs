//! Layout: random text at random widths and modes, checked against the
//! engine's promises (rows fit, every source grapheme shown by exactly one
//! cell, cells read back in order), not only for panics. The first byte is
//! the width, the second the options, the rest the paragraph, so that the
//! samples' paragraphs make good seeds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qari::layout::{invariants, layout_paragraph, BidiMode, Direction, LayoutOptions};

fuzz_target!(|data: &[u8]| {
    let [width, flags, text @ ..] = data else {
        return;
    };
    let mut options = LayoutOptions::new(usize::from(width % 120) + 1);
    options.shape = flags & 1 != 0;
    if flags & 2 != 0 {
        options.mode = BidiMode::Terminal;
    }
    options.neutral = if flags & 4 != 0 {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    options.show_controls = flags & 8 != 0;
    options.row_levels = flags & 16 != 0;
    // One paragraph: the engine is given text without line breaks.
    let paragraph: String = String::from_utf8_lossy(text)
        .chars()
        .filter(|&c| c != '\n')
        .collect();
    let layout = layout_paragraph(&paragraph, 0, &options);
    if let Err(problem) = invariants::check(&paragraph, &options, &layout) {
        panic!("{problem}: {paragraph:?} {options:?}");
    }
});

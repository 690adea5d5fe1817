//! Bidi classes with a fast path: a table for the blocks news text is made
//! of (ASCII to Arabic Extended, and the Hebrew and Arabic presentation
//! forms), unicode-bidi's binary search for the rest. The bidi algorithm
//! asks for the class of every character, so this is on the hot path.

use std::sync::OnceLock;
use unicode_bidi::{BidiClass, BidiDataSource, HardcodedBidiData};

/// The first range held in the table: U+0000..U+08FF.
const LOW_END: u32 = 0x0900;
/// The second range: the presentation forms, U+FB00..U+FEFF.
const FORMS_START: u32 = 0xfb00;
const FORMS_END: u32 = 0xff00;

/// unicode-bidi's data with a lookup table in front of it.
#[derive(Debug, Clone, Copy, Default)]
pub struct FastBidiData;

impl BidiDataSource for FastBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        bidi_class(c)
    }
}

/// The bidi class of a character.
pub fn bidi_class(c: char) -> BidiClass {
    let code = c as u32;
    let index = if code < LOW_END {
        code
    } else if (FORMS_START..FORMS_END).contains(&code) {
        LOW_END + code - FORMS_START
    } else {
        return HardcodedBidiData.bidi_class(c);
    };
    table()[index as usize]
}

fn table() -> &'static [BidiClass] {
    static TABLE: OnceLock<Vec<BidiClass>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..LOW_END)
            .chain(FORMS_START..FORMS_END)
            .map(|code| {
                char::from_u32(code).map_or(BidiClass::L, |c| HardcodedBidiData.bidi_class(c))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_bidi_everywhere() {
        for code in (0..0x1_0000).chain(0x1_0000..0x1_1000) {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(
                    bidi_class(c),
                    HardcodedBidiData.bidi_class(c),
                    "U+{code:04X}"
                );
            }
        }
    }
}

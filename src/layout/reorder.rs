//! Reordering one row for display: UAX #9 L1 and L2 over the row's units,
//! with the levels resolved for the whole paragraph.
//!
//! unicode-bidi resolves the levels; its own line reordering is not used
//! because it reverses by `char` (marks would land before their letter), does
//! not mirror, and copies the whole paragraph's levels for every line
//! (quadratic on long paragraphs). The rules below are short and operate on
//! any unit: grapheme clusters for display, single characters for the
//! conformance test.

use std::ops::Range;
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

/// The level of each unit of a row after L1, where a unit is a byte range
/// of the paragraph text (a grapheme cluster) and takes the class and level
/// of its first byte.
pub fn unit_levels(
    bidi: &ParagraphBidiInfo,
    units: impl Iterator<Item = Range<usize>>,
) -> Vec<Level> {
    let (classes, mut levels): (Vec<BidiClass>, Vec<Level>) = units
        .map(|u| (bidi.original_classes[u.start], bidi.levels[u.start]))
        .unzip();
    apply_l1(&classes, &mut levels, bidi.paragraph_level);
    levels
}

/// UAX #9 L1 on one line: segment and paragraph separators, and any white
/// space or isolate formatting characters before them or at the end of the
/// line, go back to the paragraph level. Characters removed by X9
/// (embeddings, overrides, boundary neutrals) take the level of the unit
/// before them so that they never split a run.
pub fn apply_l1(classes: &[BidiClass], levels: &mut [Level], paragraph: Level) {
    use BidiClass::*;
    let mut trailing_start: Option<usize> = None;
    let mut previous = paragraph;
    for i in 0..classes.len() {
        match classes[i] {
            B | S => {
                let from = trailing_start.unwrap_or(i);
                levels[from..=i].fill(paragraph);
                trailing_start = None;
            }
            WS | FSI | LRI | RLI | PDI => {
                trailing_start.get_or_insert(i);
            }
            RLE | LRE | RLO | LRO | PDF | BN => {
                trailing_start.get_or_insert(i);
                levels[i] = previous;
            }
            _ => trailing_start = None,
        }
        previous = levels[i];
    }
    if let Some(from) = trailing_start {
        levels[from..].fill(paragraph);
    }
}

/// UAX #9 L2: the visual order of units with the given levels, as indices
/// into `levels`, left to right. From the highest level down to the lowest
/// odd one, every run at that level or higher is reversed.
pub fn visual_order(levels: &[Level]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..levels.len()).collect();
    let (Some(highest), Some(lowest)) = (
        levels.iter().map(|l| l.number()).max(),
        levels.iter().map(|l| l.number()).min(),
    ) else {
        return order;
    };
    let lowest_odd = if lowest % 2 == 1 { lowest } else { lowest + 1 };
    for level in (lowest_odd..=highest).rev() {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i]].number() < level {
                i += 1;
                continue;
            }
            let start = i;
            while i < order.len() && levels[order[i]].number() >= level {
                i += 1;
            }
            order[start..i].reverse();
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(numbers: &[u8]) -> Vec<Level> {
        numbers
            .iter()
            .map(|&n| Level::new(n).expect("valid level"))
            .collect()
    }

    #[test]
    fn reverses_runs_from_the_highest_level_down() {
        assert_eq!(visual_order(&levels(&[0, 0, 1, 1, 0])), [0, 1, 3, 2, 4]);
        assert_eq!(visual_order(&levels(&[1, 1, 2, 2, 1])), [4, 2, 3, 1, 0]);
        assert_eq!(visual_order(&[]), Vec::<usize>::new());
    }

    #[test]
    fn trailing_white_space_goes_to_the_paragraph_level() {
        use BidiClass::*;
        let classes = [L, WS, L, WS, WS];
        let mut lv = levels(&[2, 2, 2, 2, 2]);
        apply_l1(&classes, &mut lv, Level::rtl());
        assert_eq!(lv, levels(&[2, 2, 2, 1, 1]));
    }

    #[test]
    fn segment_separators_and_the_space_before_them_reset() {
        use BidiClass::*;
        let classes = [R, WS, S, R];
        let mut lv = levels(&[1, 1, 1, 1]);
        apply_l1(&classes, &mut lv, Level::ltr());
        assert_eq!(lv, levels(&[1, 0, 0, 1]));
    }
}

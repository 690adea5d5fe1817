//! Unicode's BidiCharacterTest.txt run through the engine's per-line
//! reordering (`layout::reorder`): levels from unicode-bidi for the whole
//! line as one paragraph, then our L1 and L2. Each test line is one row.
//!
//! The file lives in `../shared/unicode/`; where it is absent the test says
//! so and passes.

use qari::layout::reorder::{apply_l1, visual_order};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/unicode/BidiCharacterTest.txt"
);

struct Case {
    text: String,
    direction: Option<Level>,
    levels: Vec<Option<u8>>,
    order: Vec<usize>,
}

fn parse(line: &str) -> Option<Case> {
    let fields: Vec<&str> = line.split(';').collect();
    if fields.len() < 5 {
        return None;
    }
    let text = fields[0]
        .split_whitespace()
        .map(|hex| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32))
        .collect::<Option<String>>()?;
    let direction = match fields[1].trim() {
        "0" => Some(Level::ltr()),
        "1" => Some(Level::rtl()),
        _ => None,
    };
    let levels = fields[3]
        .split_whitespace()
        .map(|l| l.parse().ok())
        .collect();
    let order = fields[4]
        .split_whitespace()
        .map(|i| i.parse())
        .collect::<Result<_, _>>()
        .ok()?;
    Some(Case {
        text,
        direction,
        levels,
        order,
    })
}

/// The engine's visual order of the characters that survive X9, and their levels after L1.
fn engine(case: &Case) -> (Vec<usize>, Vec<Option<u8>>) {
    let bidi = ParagraphBidiInfo::new(&case.text, case.direction);
    let starts: Vec<usize> = case.text.char_indices().map(|(i, _)| i).collect();
    let classes: Vec<BidiClass> = starts.iter().map(|&i| bidi.original_classes[i]).collect();
    let mut levels: Vec<Level> = starts.iter().map(|&i| bidi.levels[i]).collect();
    apply_l1(&classes, &mut levels, bidi.paragraph_level);
    let removed = |c: BidiClass| {
        use BidiClass::*;
        matches!(c, RLE | LRE | RLO | LRO | PDF | BN)
    };
    let order = visual_order(&levels)
        .into_iter()
        .filter(|&i| !removed(classes[i]))
        .collect();
    let shown_levels = classes
        .iter()
        .zip(&levels)
        .map(|(&c, l)| (!removed(c)).then(|| l.number()))
        .collect();
    (order, shown_levels)
}

#[test]
fn bidi_character_test_through_the_line_reordering() {
    let Ok(data) = std::fs::read_to_string(PATH) else {
        println!("skipped: {PATH} not found (the shared material is absent)");
        return;
    };
    let (mut total, mut unparsed) = (0, 0);
    let mut failures = Vec::new();
    for (number, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        total += 1;
        let Some(case) = parse(line) else {
            unparsed += 1;
            continue;
        };
        let (order, levels) = engine(&case);
        if order != case.order || levels != case.levels {
            failures.push(format!(
                "line {}: expected order {:?} levels {:?}, got {:?} {:?}",
                number + 1,
                case.order,
                case.levels,
                order,
                levels
            ));
        }
    }
    println!(
        "BidiCharacterTest: {} lines, {} passed, {} failed, {} not parsed",
        total,
        total - unparsed - failures.len(),
        failures.len(),
        unparsed
    );
    assert!(
        total > 90_000,
        "the test file looks truncated: {total} lines"
    );
    assert_eq!(unparsed, 0, "lines the test could not read");
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

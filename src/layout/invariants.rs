//! The promises of the layout engine, as a check that any test or fuzzer
//! can run on any paragraph: rows fit the width, right-to-left rows end at
//! the right edge, every visible character of the source is shown by
//! exactly one cell, cells read in source order give the paragraph back,
//! and no cell holds a control or an invisible format character.

use super::cell::is_invisible_format;
use super::{BidiMode, Direction, LayoutOptions, ParagraphLayout};

/// Checks a paragraph's layout against its text; `Err` says what is wrong.
pub fn check(text: &str, options: &LayoutOptions, layout: &ParagraphLayout) -> Result<(), String> {
    check_widths(options, layout)?;
    check_coverage(text, options, layout)?;
    check_order(text, layout)
}

fn check_widths(options: &LayoutOptions, layout: &ParagraphLayout) -> Result<(), String> {
    let width = options.width.max(1);
    for (i, row) in layout.rows.iter().enumerate() {
        let used = row.indent + row.content_width();
        let single = row.cells.len() == 1;
        if used > width && !single {
            return Err(format!("row {i} is {used} wide, more than {width}"));
        }
        let flush_right = options.mode == BidiMode::App && layout.direction == Direction::Rtl;
        if flush_right && used != width && !single {
            return Err(format!(
                "right-to-left row {i} ends at {used}, not at {width}"
            ));
        }
        for cell in &row.cells {
            if cell
                .symbol
                .chars()
                .any(|c| c.is_control() || (is_invisible_format(c) && !options.show_controls))
            {
                return Err(format!(
                    "row {i}: cell {:?} holds a control character",
                    cell.symbol
                ));
            }
        }
    }
    Ok(())
}

/// Every visible character is shown by exactly one cell; white space and
/// format characters by at most one.
fn check_coverage(
    text: &str,
    options: &LayoutOptions,
    layout: &ParagraphLayout,
) -> Result<(), String> {
    let mut shown = vec![0u8; text.len()];
    for cell in layout.rows.iter().flat_map(|r| &r.cells) {
        for count in shown.get_mut(cell.source.clone()).into_iter().flatten() {
            *count = count.saturating_add(1);
        }
    }
    for (offset, c) in text.char_indices() {
        let count = shown[offset];
        let optional = c.is_whitespace() || (is_invisible_format(c) && !options.show_controls);
        if (optional && count > 1) || (!optional && count != 1) {
            return Err(format!("{c:?} at byte {offset} is shown by {count} cells"));
        }
    }
    Ok(())
}

/// The cells, taken in source order, read as the paragraph (white space
/// and format characters aside).
fn check_order(text: &str, layout: &ParagraphLayout) -> Result<(), String> {
    let mut sources: Vec<_> = layout
        .rows
        .iter()
        .flat_map(|r| r.cells.iter().map(|c| c.source.clone()))
        .collect();
    sources.sort_by_key(|s| s.start);
    let visible = |s: &str| -> String {
        s.chars()
            .filter(|&c| !c.is_whitespace() && !is_invisible_format(c))
            .collect()
    };
    let read_back: String = sources.iter().filter_map(|s| text.get(s.clone())).collect();
    if visible(&read_back) != visible(text) {
        return Err("the cells in source order do not read as the paragraph".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout_paragraph;

    #[test]
    fn a_good_layout_passes_and_tampered_ones_fail() {
        let text = "قال (الوزير) إن 2024 عام جيد";
        let options = LayoutOptions::new(12);
        let layout = layout_paragraph(text, 0, &options);
        assert_eq!(check(text, &options, &layout), Ok(()));

        let mut missing = layout.clone();
        missing.rows[0].cells.pop();
        assert!(check(text, &options, &missing).is_err(), "a cell missing");

        let mut shifted = layout.clone();
        shifted.rows[0].indent += 1;
        assert!(check(text, &options, &shifted).is_err());

        let mut swapped = layout.clone();
        let last = swapped.rows.len() - 1;
        let moved = swapped.rows[0].cells.remove(0);
        swapped.rows[last].cells.push(moved.clone());
        swapped.rows[0].cells.insert(0, moved);
        assert!(
            check(text, &options, &swapped).is_err(),
            "a cell shown twice"
        );
    }
}

//! Display cells: what one grapheme cluster of the layout puts on screen.

use compact_str::CompactString;
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

/// One visible grapheme cluster on a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// What to draw: one grapheme cluster, safe for a terminal (no control
    /// characters, no zero-width format characters). Kept inline: almost
    /// every cell is a few bytes, and a layout makes thousands of them.
    pub symbol: CompactString,
    /// Its display width in terminal columns (1 or 2).
    pub width: usize,
    /// The byte range of the article text this cell shows (both letters
    /// of a lam-alef ligature; a grapheme's marks with their letter).
    pub source: Range<usize>,
}

/// Dotted circle: the base a combining mark is drawn on when it has no letter.
const DOTTED_CIRCLE: char = '\u{25cc}';

/// Turns a grapheme cluster into what a terminal can be sent, with its width,
/// or `None` when nothing of it is visible. `mirror` mirrors brackets and
/// other mirrored characters (for right-to-left runs, UAX #9 L4).
///
/// Invisible format characters (bidi controls, ZWJ, ZWNJ, BOM, soft hyphen)
/// are dropped: they have done their work in shaping and reordering, and a
/// zero-width cell would be glued to its neighbour by the terminal. Control
/// characters become visible symbols (␛ for ESC …) so that untrusted text
/// can never drive the terminal.
pub fn display_symbol(grapheme: &str, mirror: bool) -> Option<(CompactString, usize)> {
    display_symbol_with(grapheme, mirror, false)
}

/// [`display_symbol`], with invisible format characters shown as visible
/// marks (`<RLO>`, `<LRM>` …) when `show_controls` is set, for spotting
/// text that hides its direction tricks ("Trojan Source").
pub fn display_symbol_with(
    grapheme: &str,
    mirror: bool,
    show_controls: bool,
) -> Option<(CompactString, usize)> {
    let mut symbol = CompactString::with_capacity(grapheme.len());
    for c in grapheme.chars() {
        if is_invisible_format(c) {
            if show_controls {
                symbol.push('<');
                symbol.push_str(control_name(c));
                symbol.push('>');
            }
            continue;
        }
        let shown = visible_control(c).unwrap_or(c);
        let shown = if mirror {
            mirrored(shown).unwrap_or(shown)
        } else {
            shown
        };
        symbol.push(shown);
    }
    if symbol.is_empty() {
        return None;
    }
    let mut width = symbol.width();
    if width == 0 {
        symbol.insert(0, DOTTED_CIRCLE);
        width = symbol.width();
    }
    Some((symbol, width))
}

/// The display width of what [`display_symbol_with`] makes of a grapheme
/// cluster, without building it in the common case (0: nothing visible).
pub fn display_width(grapheme: &str, show_controls: bool) -> usize {
    let plain = grapheme
        .chars()
        .all(|c| !is_invisible_format(c) && visible_control(c).is_none());
    match grapheme.width() {
        width if plain && width > 0 => width,
        _ => display_symbol_with(grapheme, false, show_controls).map_or(0, |(_, width)| width),
    }
}

/// The short name of an invisible format character, for `--show-controls`.
fn control_name(c: char) -> &'static str {
    match c {
        '\u{00ad}' => "SHY",
        '\u{061c}' => "ALM",
        '\u{200b}' => "ZWSP",
        '\u{200c}' => "ZWNJ",
        '\u{200d}' => "ZWJ",
        '\u{200e}' => "LRM",
        '\u{200f}' => "RLM",
        '\u{2028}' => "LS",
        '\u{2029}' => "PS",
        '\u{202a}' => "LRE",
        '\u{202b}' => "RLE",
        '\u{202c}' => "PDF",
        '\u{202d}' => "LRO",
        '\u{202e}' => "RLO",
        '\u{2060}' => "WJ",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        '\u{feff}' => "BOM",
        _ => "FMT",
    }
}

/// The mirrored form of a character in a right-to-left run (UAX #9 L4), if any.
fn mirrored(c: char) -> Option<char> {
    // Skip the table lookup where BidiMirroring.txt has nothing: ASCII other
    // than brackets, and the Hebrew, Arabic and presentation-form blocks.
    match c {
        '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' => unicode_bidi_mirroring::get_mirrored(c),
        '\0'..='\u{7f}'
        | '\u{0590}'..='\u{08ff}'
        | '\u{fb00}'..='\u{fe4f}'
        | '\u{fe70}'..='\u{feff}' => None,
        _ => unicode_bidi_mirroring::get_mirrored(c),
    }
}

/// Zero-width characters that only steer shaping or bidi, and never show.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00ad}'                  // soft hyphen
        | '\u{061c}'                // Arabic letter mark
        | '\u{180e}'                // Mongolian vowel separator
        | '\u{200b}'..='\u{200f}'   // ZWSP, ZWNJ, ZWJ, LRM, RLM
        | '\u{2028}'..='\u{2029}'   // line and paragraph separators (they break the line)
        | '\u{202a}'..='\u{202e}'   // embeddings and overrides
        | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
        | '\u{2066}'..='\u{206f}'   // isolates, deprecated format characters
        | '\u{feff}'                // BOM / zero-width no-break space
    )
}

/// A visible stand-in for a control character, or `None` for any other character.
fn visible_control(c: char) -> Option<char> {
    match c {
        '\t' => Some(' '),
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('\u{2421}'),
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_and_other_controls_become_visible_symbols() {
        assert_eq!(display_symbol("\u{1b}", false), Some(("␛".into(), 1)));
        assert_eq!(display_symbol("\u{7}", false), Some(("␇".into(), 1)));
        assert_eq!(
            display_symbol("\u{9b}", false),
            Some(("\u{fffd}".into(), 1))
        );
        assert_eq!(display_symbol("\t", false), Some((" ".into(), 1)));
    }

    #[test]
    fn format_characters_produce_no_cell() {
        for c in [
            '\u{200e}', '\u{200f}', '\u{202e}', '\u{2066}', '\u{200d}', '\u{feff}',
        ] {
            assert_eq!(
                display_symbol(&c.to_string(), false),
                None,
                "{:04x}",
                c as u32
            );
        }
    }

    #[test]
    fn controls_can_be_shown_and_are_never_mirrored() {
        assert_eq!(
            display_symbol_with("\u{202e}", true, true),
            Some(("<RLO>".into(), 5))
        );
        assert_eq!(display_width("\u{2067}", true), 5);
        assert_eq!(
            display_symbol_with("ی\u{200c}", false, true),
            Some(("ی<ZWNJ>".into(), 7))
        );
    }

    #[test]
    fn zwnj_is_dropped_from_its_cluster() {
        assert_eq!(display_symbol("ی\u{200c}", false), Some(("ی".into(), 1)));
    }

    #[test]
    fn brackets_are_mirrored_only_when_asked() {
        assert_eq!(display_symbol("(", true), Some((")".into(), 1)));
        assert_eq!(display_symbol("«", true), Some(("»".into(), 1)));
        assert_eq!(display_symbol("(", false), Some(("(".into(), 1)));
    }

    #[test]
    fn display_width_agrees_with_the_symbol() {
        for g in [
            "a",
            "\u{1b}",
            "\u{200e}",
            "ی\u{200c}",
            "\u{064e}",
            "中",
            "\u{fefb}\u{064e}",
            "\t",
        ] {
            let expected = display_symbol(g, false).map_or(0, |(_, w)| w);
            assert_eq!(display_width(g, false), expected, "{g:?}");
        }
    }

    #[test]
    fn a_lone_mark_gets_a_dotted_circle() {
        assert_eq!(
            display_symbol("\u{064e}", false),
            Some(("\u{25cc}\u{064e}".into(), 1))
        );
    }

    #[test]
    fn letters_keep_their_marks_and_wide_characters_count_two() {
        assert_eq!(display_symbol("مُ", false), Some(("مُ".into(), 1)));
        assert_eq!(display_symbol("中", false), Some(("中".into(), 2)));
    }
}

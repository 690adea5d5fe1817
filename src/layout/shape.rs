//! Arabic contextual shaping into presentation forms, on logical text.

use std::ops::Range;

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
pub fn shape(input: &str) -> Shaped {
    Shaped::identity(input)
}

//! The sample articles bundled into the binary, so `qari` with no arguments
//! has something to open from any directory.

use super::Article;

/// One bundled sample: file name and text.
pub struct Sample {
    /// The file name under `samples/`.
    pub name: &'static str,
    /// The article text.
    pub text: &'static str,
}

/// All bundled samples, in the order the reader offers them.
pub const SAMPLES: &[Sample] = &[];

/// The bundled samples as articles.
pub fn articles() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|s| Article {
            name: s.name.to_string(),
            text: s.text.to_string(),
        })
        .collect()
}

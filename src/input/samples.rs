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
pub const SAMPLES: &[Sample] = &[
    Sample {
        name: "ar-visit.txt",
        text: include_str!("../../samples/ar-visit.txt"),
    },
    Sample {
        name: "en-visit.txt",
        text: include_str!("../../samples/en-visit.txt"),
    },
    Sample {
        name: "ar-economy.txt",
        text: include_str!("../../samples/ar-economy.txt"),
    },
    Sample {
        name: "fa-climate.txt",
        text: include_str!("../../samples/fa-climate.txt"),
    },
    Sample {
        name: "he-tech.txt",
        text: include_str!("../../samples/he-tech.txt"),
    },
    Sample {
        name: "mixed-bulletin.txt",
        text: include_str!("../../samples/mixed-bulletin.txt"),
    },
];

/// The bundled samples as articles.
pub fn articles() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|s| Article::from_text(s.name, s.text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_bundled_with_its_text() {
        assert!(SAMPLES.len() >= 6);
        for sample in SAMPLES {
            assert!(
                sample.text.lines().count() > 3,
                "{} is too short",
                sample.name
            );
        }
    }
}

//! Input decoding: any bytes give text or a clear error, never a panic,
//! and the paragraphs found are valid ranges of that text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qari::input::{decode, Document};
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = decode(Path::new("fuzz.txt"), bytes.to_vec()) {
        let document = Document::parse(&text);
        for range in &document.paragraphs {
            assert!(
                text.get(range.clone()).is_some(),
                "paragraph {range:?} is not in the text"
            );
        }
    }
});

//! Text model: normalisation, sentences and tokens, with offsets into the original text.

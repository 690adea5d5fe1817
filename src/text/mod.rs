//! Text model: normalisation, sentences and tokens, with offsets into the original text.
//!
//! Every offset is a byte offset into the article text as read; the
//! normalised forms exist only for matching.

pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use normalize::{norm, Normalized};
pub use sentences::sentences;
pub use tokens::{stems, tokenize, Token, TokenKind};

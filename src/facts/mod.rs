//! Key-fact extraction.

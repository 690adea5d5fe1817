//! Key-fact extraction: who met whom, quotes and their speakers, statements,
//! agreements, topics, people and a summary, each with evidence spans.

pub mod command;

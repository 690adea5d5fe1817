//! qari: a terminal reader and key-fact summarizer for news articles.
//!
//! Data flows one way: [`input`] (read and split the article) → [`text`]
//! (sentences, tokens) → [`facts`] (who met whom, quotes …) and [`layout`]
//! (shape, wrap, reorder into cells) → [`ui`] (draw). [`cli`] parses the
//! command line and picks the mode.

pub mod cli;
pub mod config;
pub mod facts;
pub mod input;
pub mod layout;
pub mod state;
pub mod text;
pub mod ui;

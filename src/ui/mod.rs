//! The full-screen reader.

use crate::cli::DisplayArgs;
use crate::input::Article;

/// Opens the reader on articles.
pub fn run(articles: Vec<Article>, _display: &DisplayArgs) -> std::io::Result<()> {
    let _ = articles;
    Ok(())
}

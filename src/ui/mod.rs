//! The full-screen reader: state ([`app`], [`reader`]), drawing ([`view`])
//! and the terminal ([`terminal`]). The UI draws what the layout engine
//! produced and decides nothing about text.

pub mod app;
pub mod reader;
pub mod screen;
pub mod terminal;
pub mod view;

use crate::cli::DisplayArgs;
use crate::input::Article;

/// Opens the reader on articles and returns when the user quits.
pub fn run(articles: Vec<Article>, display: &DisplayArgs) -> std::io::Result<()> {
    let options = display.layout_options(80);
    let app = app::App::new(articles, options);
    terminal::run(app, options.mode)
}

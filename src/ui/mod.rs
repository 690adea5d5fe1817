//! The full-screen reader: state ([`app`], [`reader`]), drawing ([`view`])
//! and the terminal ([`terminal`]). The UI draws what the layout engine
//! produced and decides nothing about text.

pub mod app;
pub mod clipboard;
pub mod facts_view;
pub mod i18n;
pub mod keymap;
pub mod reader;
pub mod screen;
pub mod search;
pub mod terminal;
pub mod view;

use crate::cli::DisplayArgs;
use crate::input::Article;

/// Opens the reader on articles and returns when the user quits.
pub fn run(articles: Vec<Article>, display: &DisplayArgs) -> std::io::Result<()> {
    let options = display.layout_options(80);
    let settings = app::Settings {
        strings: i18n::Language::from_env().strings(),
        keymap: keymap::Keymap::default(),
        facts_side: app::FactsSide::Auto,
    };
    let app = app::App::new(articles, options, settings);
    terminal::run(app, options.mode, |_| {})
}

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

use crate::cli::{BidiArg, DisplayArgs};
use crate::config::{BidiSetting, Config, LanguageSetting, SideSetting};
use crate::input::Article;
use crate::state::{self, Positions};

/// Opens the reader on articles and returns when the user quits. The
/// configuration is checked, and the remembered reading positions read,
/// before the terminal is touched: a bad configuration is an error on a
/// normal terminal.
pub fn run(articles: Vec<Article>, display: &DisplayArgs, config: &Config) -> Result<(), String> {
    let configured = config.bidi.map(|b| match b {
        BidiSetting::App => BidiArg::App,
        BidiSetting::Terminal => BidiArg::Terminal,
        BidiSetting::AppNoshape => BidiArg::AppNoshape,
    });
    let options = display.layout_options(80, configured);
    let settings = settings(config)?;
    let (mut positions, warning) = Positions::load(Positions::default_path());
    if let Some(warning) = warning {
        eprintln!("{warning}");
    }
    let hashes: Vec<u64> = articles
        .iter()
        .map(|a| state::content_hash(&a.text))
        .collect();
    let strings = settings.strings;
    let mut app = app::App::new(articles, options, settings);
    for (index, hash) in hashes.iter().enumerate() {
        if let Some(offset) = positions.get(*hash) {
            app.restore_position(index, offset);
        }
    }
    let terminal_options = terminal::Options {
        mode: options.mode,
        mouse: config.mouse,
    };
    let texts: Vec<String> = app
        .tabs()
        .iter()
        .map(|t| facts_input(&t.reader.article.text).to_string())
        .collect();
    let start = |sender| extract_in_background(texts, strings, sender);
    let mut app = terminal::run(app, terminal_options, start).map_err(|e| e.to_string())?;
    for (hash, offset) in hashes.iter().zip(app.reading_offsets()) {
        positions.set(*hash, offset);
    }
    if let Err(e) = positions.save() {
        eprintln!("qari: warning: could not save the reading positions: {e}");
    }
    Ok(())
}

/// How much of an article the facts are taken from: news articles are a
/// few kilobytes; a 50 MB file is no article, and its first half megabyte
/// says what it is about without the memory of extracting from all of it
/// (extraction takes about 20 times its input in memory).
pub const FACTS_INPUT_LIMIT: usize = 512 * 1024;

/// The part of a text the facts are taken from (at most
/// [`FACTS_INPUT_LIMIT`] bytes, cut at a line end when there is one).
fn facts_input(text: &str) -> &str {
    if text.len() <= FACTS_INPUT_LIMIT {
        return text;
    }
    let mut cut = FACTS_INPUT_LIMIT;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    match head.rfind('\n') {
        Some(line_end) => &head[..line_end],
        None => head,
    }
}

/// The name of the thread that extracts facts (the panic hook knows it).
pub const FACTS_THREAD: &str = "qari-facts";

/// Extracts each article's facts on a thread of its own, in order, and
/// sends them to the event loop. A failure of the extractor leaves that
/// article without facts; the reader goes on.
fn extract_in_background(
    texts: Vec<String>,
    strings: &'static i18n::Strings,
    sender: std::sync::mpsc::Sender<terminal::Message>,
) {
    let spawned = std::thread::Builder::new()
        .name(FACTS_THREAD.to_string())
        .spawn(move || {
            for (index, text) in texts.iter().enumerate() {
                let view = std::panic::catch_unwind(|| {
                    facts_view::FactsView::from_facts(&crate::facts::extract(text), text, strings)
                })
                .unwrap_or_default();
                if sender.send(terminal::Message::Facts(index, view)).is_err() {
                    return;
                }
            }
        });
    // Without a thread the reader still works, with the facts pane pending.
    drop(spawned);
}

/// The reader's settings from the configuration.
fn settings(config: &Config) -> Result<app::Settings, String> {
    let language = match config.language {
        LanguageSetting::Auto => i18n::Language::from_env(),
        LanguageSetting::En => i18n::Language::English,
        LanguageSetting::Ar => i18n::Language::Arabic,
    };
    let keymap = keymap::Keymap::with_overrides(&config.key_overrides())
        .map_err(|e| format!("configuration [keys]: {e}"))?;
    let highlight = match &config.colors.highlight {
        Some(name) => Some(
            name.parse::<ratatui::style::Color>()
                .map_err(|_| format!("configuration [colors]: unknown colour {name:?}"))?,
        ),
        None => None,
    };
    Ok(app::Settings {
        strings: language.strings(),
        keymap,
        facts_side: match config.facts_side {
            SideSetting::Auto => app::FactsSide::Auto,
            SideSetting::Left => app::FactsSide::Left,
            SideSetting::Right => app::FactsSide::Right,
        },
        highlight,
    })
}

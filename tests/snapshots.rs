//! Snapshots of the reader's main screens at 80×24 and 120×40, drawn into a
//! buffer as the terminal would show them (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test`, after an intended change).

use qari::input::samples;
use qari::layout::LayoutOptions;
use qari::ui::app::{App, Overlay, Settings};
use qari::ui::facts_view::{FactItem, FactSection, FactsView, QuoteMark, SectionKind};
use qari::ui::i18n::Language;
use qari::ui::keymap::Action;
use qari::ui::view;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn app(language: Language, width: u16, height: u16) -> App {
    let settings = Settings {
        strings: language.strings(),
        ..Settings::default()
    };
    let mut app = App::new(samples::articles(), LayoutOptions::new(80), settings);
    app.resize(Rect::new(0, 0, width, height));
    app
}

/// The screen as text, one line per row, trailing blanks trimmed.
fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    view::draw(&mut buf, app);
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn arabic_article_80x24() {
    let mut app = app(Language::English, 80, 24);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn arabic_article_with_facts_pane_120x40() {
    let mut app = app(Language::English, 120, 40);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

/// Facts for the Arabic visit sample, written by hand (not extracted), so
/// that the snapshot shows the pane and not the state of the extractor.
fn hand_made_facts(text: &str) -> FactsView {
    let span = |needle: &str| {
        let start = text.find(needle).unwrap_or(0);
        Some(start..start + needle.len())
    };
    let item = |label: &str, needle: &str| FactItem {
        text: label.to_string(),
        evidence: span(needle),
    };
    FactsView {
        sections: vec![
            FactSection {
                kind: SectionKind::Summary,
                items: vec![item(
                    "استقبل رئيس الوزراء العراقي كريم الشمري نائب رئيس الوزراء الأردني.",
                    "استقبل",
                )],
            },
            FactSection {
                kind: SectionKind::Meetings,
                items: vec![item(
                    "كريم الشمري ↔ سامر الحديدي · meeting · بغداد",
                    "استقبل",
                )],
            },
            FactSection {
                kind: SectionKind::Quotes,
                items: vec![item("كريم الشمري: لدينا اليوم فرصة حقيقية…", "لدينا اليوم")],
            },
            FactSection {
                kind: SectionKind::Agreements,
                items: Vec::new(),
            },
        ],
        quotes: vec![QuoteMark {
            span: span("لدينا اليوم").unwrap_or(0..0),
            speaker: Some("كريم الشمري".into()),
        }],
        language: Some("ar".into()),
    }
}

#[test]
fn facts_pane_with_a_quote_selected_120x40() {
    let mut app = app(Language::English, 120, 40);
    let text = samples::SAMPLES[0].text;
    app.set_facts(0, hand_made_facts(text));
    app.act(Action::Next);
    app.act(Action::SwitchPane);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn english_article_scrolled_120x40() {
    let mut app = app(Language::English, 120, 40);
    app.act(Action::NextArticle);
    app.act(Action::PageDown);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn help_80x24() {
    let mut app = app(Language::English, 80, 24);
    app.overlay = Some(Overlay::Help);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn arabic_interface_help_120x40() {
    let mut app = app(Language::Arabic, 120, 40);
    app.overlay = Some(Overlay::Help);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn article_list_80x24() {
    let mut app = app(Language::English, 80, 24);
    app.overlay = Some(Overlay::Articles(2));
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

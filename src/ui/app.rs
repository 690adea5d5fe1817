//! The reader application's state and what each key does to it. Drawing is
//! in [`super::view`]; the terminal in [`super::terminal`]. Nothing here
//! touches a terminal, so every behaviour can be tested with plain calls.

use super::facts_view::{Entry, FactsView, SectionKind};
use super::i18n::Strings;
use super::keymap::{Action, Keymap};
use super::reader::Reader;
use super::search::Search;
use crate::input::Article;
use crate::layout::{Direction, LayoutOptions};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use std::ops::Range;

/// Terminals at least this wide show the article and the facts side by side.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The article: keys scroll it.
    Article,
    /// The facts: keys select facts.
    Facts,
}

/// Where the facts pane goes when it is beside the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FactsSide {
    /// Left of a right-to-left article, right of a left-to-right one.
    #[default]
    Auto,
    /// Always on the left.
    Left,
    /// Always on the right.
    Right,
}

/// A box drawn over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The list of keys.
    Help,
    /// The list of open articles, with the selected one.
    Articles(usize),
}

/// How the reader looks and behaves, from the configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The interface's strings.
    pub strings: &'static Strings,
    /// Keys and actions.
    pub keymap: Keymap,
    /// Where the facts pane goes.
    pub facts_side: FactsSide,
    /// The background colour of highlights (reverse video when `None`).
    pub highlight: Option<ratatui::style::Color>,
}

impl Default for Settings {
    /// English, the default keys, the facts beside the article as its
    /// direction suggests, highlights in reverse video.
    fn default() -> Settings {
        Settings {
            strings: super::i18n::Language::English.strings(),
            keymap: Keymap::default(),
            facts_side: FactsSide::Auto,
            highlight: None,
        }
    }
}

/// Where the panes are on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The article pane, if shown.
    pub article: Option<Rect>,
    /// The facts pane, if shown.
    pub facts: Option<Rect>,
}

/// One open article with everything the reader keeps about it.
#[derive(Debug)]
pub struct Tab {
    /// The article and its layout and position.
    pub reader: Reader,
    /// Its facts, once extracted.
    pub facts: Option<FactsView>,
    /// The selected entry of the facts pane.
    pub facts_cursor: usize,
    /// The first facts-pane entry on screen.
    pub facts_scroll: usize,
    /// Folded facts sections.
    pub folded: Vec<SectionKind>,
    /// The active search, if any.
    pub search: Option<Search>,
    /// The quote last jumped to (index into the facts' quotes).
    pub quote: Option<usize>,
    /// The span of the article shown highlighted.
    pub highlight: Option<Range<usize>>,
}

impl Tab {
    fn new(reader: Reader) -> Tab {
        Tab {
            reader,
            facts: None,
            facts_cursor: 0,
            facts_scroll: 0,
            folded: Vec::new(),
            search: None,
            quote: None,
            highlight: None,
        }
    }

    /// The facts pane's entries (empty while facts are computed).
    pub fn entries(&self) -> Vec<Entry> {
        self.facts
            .as_ref()
            .map_or_else(Vec::new, |f| f.entries(&self.folded))
    }

    /// The selected facts entry.
    pub fn selected_entry(&self) -> Option<Entry> {
        self.entries().get(self.facts_cursor).copied()
    }
}

/// The whole reader: the open articles, which one is shown, the focus and
/// what is drawn over the panes.
#[derive(Debug)]
pub struct App {
    tabs: Vec<Tab>,
    current: usize,
    /// Which pane has the keyboard.
    pub focus: Focus,
    /// What is drawn over the panes.
    pub overlay: Option<Overlay>,
    /// Whether the facts pane is wanted (beside the article when wide;
    /// instead of it when narrow).
    pub facts_shown: bool,
    /// A short message for the status line, until the next key.
    pub message: Option<String>,
    /// How the reader looks and behaves.
    pub settings: Settings,
    /// Set when the screen must be drawn again.
    pub dirty: bool,
    /// Set when the user asked to leave.
    pub quit: bool,
    /// Escape sequences to send to the terminal after the next frame
    /// (the clipboard).
    pub outbox: Vec<String>,
    screen: Rect,
    pane_shift: Option<isize>,
}

impl App {
    /// Opens articles with the given layout options (the width comes with
    /// the first [`App::resize`]).
    pub fn new(articles: Vec<Article>, options: LayoutOptions, settings: Settings) -> App {
        let tabs = articles
            .into_iter()
            .map(|a| Tab::new(Reader::new(a, options)))
            .collect();
        App {
            tabs,
            current: 0,
            focus: Focus::Article,
            overlay: None,
            facts_shown: true,
            message: None,
            settings,
            dirty: true,
            quit: false,
            outbox: Vec::new(),
            screen: Rect::new(0, 0, 80, 24),
            pane_shift: None,
        }
    }

    /// The article on screen.
    pub fn tab(&mut self) -> Option<&mut Tab> {
        self.tabs.get_mut(self.current)
    }

    /// All open articles.
    pub fn tabs(&self) -> &[Tab] {
        &self.tabs
    }

    /// Which article is on screen and how many are open (1-based index).
    pub fn article_count(&self) -> (usize, usize) {
        (self.current + 1, self.tabs.len())
    }

    /// Puts article `index` back at a remembered byte offset.
    pub fn restore_position(&mut self, index: usize, offset: usize) {
        if let Some(tab) = self.tabs.get_mut(index) {
            tab.reader.restore(offset);
        }
    }

    /// The byte offset at the top of each article's view, to remember.
    pub fn reading_offsets(&mut self) -> Vec<usize> {
        self.tabs
            .iter_mut()
            .map(|t| t.reader.top_source_offset())
            .collect()
    }

    /// Scrolls the article by mouse wheel notches (three lines each).
    pub fn wheel(&mut self, notches: isize) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let before = tab.reader.top();
        tab.reader.scroll(notches * 3);
        self.note_move(before);
    }

    /// Gives an article its extracted facts.
    pub fn set_facts(&mut self, index: usize, facts: FactsView) {
        if let Some(tab) = self.tabs.get_mut(index) {
            tab.facts = Some(facts);
            self.dirty = true;
            self.pane_shift = None;
        }
    }

    /// The size of the whole screen; the panes are laid out again.
    pub fn resize(&mut self, screen: Rect) {
        self.screen = screen;
        self.relayout();
    }

    /// Where the panes go on the current screen.
    pub fn panes(&self) -> Panes {
        let body_height = self.screen.height.saturating_sub(2);
        let body = Rect::new(
            self.screen.x,
            self.screen.y + 1,
            self.screen.width,
            body_height,
        );
        if !self.facts_shown {
            return Panes {
                article: Some(body),
                facts: None,
            };
        }
        if self.screen.width < SIDE_BY_SIDE_WIDTH {
            return match self.focus {
                Focus::Facts => Panes {
                    article: None,
                    facts: Some(body),
                },
                Focus::Article => Panes {
                    article: Some(body),
                    facts: None,
                },
            };
        }
        let facts_width = (body.width * 35 / 100).clamp(30, 60);
        let article_width = body.width - facts_width - 1;
        let facts_left = match self.settings.facts_side {
            FactsSide::Left => true,
            FactsSide::Right => false,
            FactsSide::Auto => self.article_direction() == Direction::Rtl,
        };
        let (article_x, facts_x) = if facts_left {
            (body.x + facts_width + 1, body.x)
        } else {
            (body.x, body.x + article_width + 1)
        };
        Panes {
            article: Some(Rect::new(article_x, body.y, article_width, body.height)),
            facts: Some(Rect::new(facts_x, body.y, facts_width, body.height)),
        }
    }

    /// The article pane spans the whole width (so the terminal may scroll it).
    pub fn article_is_full_width(&self) -> bool {
        self.panes()
            .article
            .is_some_and(|a| a.width == self.screen.width)
    }

    fn article_direction(&self) -> Direction {
        self.tabs
            .get(self.current)
            .map_or(Direction::Ltr, |t| t.reader.options().neutral)
    }

    /// Lays the articles out again for the current pane sizes.
    fn relayout(&mut self) {
        let panes = self.panes();
        let (width, height) = panes
            .article
            .or(panes.facts)
            .map_or((1, 1), |r| (usize::from(r.width), usize::from(r.height)));
        for tab in &mut self.tabs {
            tab.reader.resize(width, height);
        }
        self.pane_shift = None;
        self.dirty = true;
    }

    /// How many lines the article pane moved since the last frame, if it
    /// only moved: the terminal can then scroll instead of redrawing it.
    pub fn take_pane_shift(&mut self) -> Option<isize> {
        self.pane_shift.take()
    }

    /// Handles a key press.
    pub fn key(&mut self, event: KeyEvent) {
        if event.kind == KeyEventKind::Release {
            return;
        }
        self.message = None;
        if self.editing_search() {
            self.search_key(event);
            return;
        }
        match self.overlay {
            Some(Overlay::Help) => {
                self.overlay = None;
                self.redraw();
                return;
            }
            Some(Overlay::Articles(selected)) => {
                self.articles_key(event, selected);
                return;
            }
            None => {}
        }
        if let Some(action) = self.settings.keymap.action(event) {
            self.act(action);
        }
    }

    /// Does what an action asks.
    pub fn act(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Back => self.back(),
            Action::Help => self.open_overlay(Overlay::Help),
            Action::Articles => self.open_overlay(Overlay::Articles(self.current)),
            Action::NextArticle => self.switch_article(self.current as isize + 1),
            Action::PreviousArticle => self.switch_article(self.current as isize - 1),
            Action::SwitchPane => self.switch_pane(),
            Action::ToggleFacts => self.toggle_facts(),
            Action::Search => self.start_search(),
            Action::Next => self.next(1),
            Action::Previous => self.next(-1),
            Action::Copy => self.copy(),
            Action::Follow if self.focus == Focus::Facts => self.follow(),
            Action::Collapse if self.focus == Focus::Facts => self.fold(),
            Action::Collapse => {}
            _ if self.focus == Focus::Facts => self.move_in_facts(action),
            _ => self.move_in_article(action),
        }
    }

    fn redraw(&mut self) {
        self.pane_shift = None;
        self.dirty = true;
    }

    fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay = Some(overlay);
        self.redraw();
    }

    fn back(&mut self) {
        let ended_search = self.tab().and_then(|t| t.search.take()).is_some();
        if ended_search {
            if let Some(tab) = self.tab() {
                tab.highlight = None;
            }
            self.redraw();
        } else {
            self.quit = true;
        }
    }

    fn move_in_article(&mut self, action: Action) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let reader = &mut tab.reader;
        let before = reader.top();
        match action {
            Action::LineDown | Action::Follow => reader.scroll(1),
            Action::LineUp => reader.scroll(-1),
            Action::PageDown => reader.scroll_pages(1),
            Action::PageUp => reader.scroll_pages(-1),
            Action::Start => reader.go_to_start(),
            Action::End => reader.go_to_end(),
            _ => {}
        }
        self.note_move(before);
    }

    /// Records how far the article moved from `before`, for the next frame.
    fn note_move(&mut self, before: super::reader::Position) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let after = tab.reader.top();
        if after == before {
            return;
        }
        let limit = usize::from(self.screen.height);
        let moved = tab.reader.lines_between(before, after, limit);
        // Shifts add up until the next frame, as long as every one is known.
        self.pane_shift = match (self.dirty, self.pane_shift, moved) {
            (false, _, moved) => moved,
            (true, Some(earlier), Some(moved)) => Some(earlier + moved),
            _ => None,
        };
        self.dirty = true;
    }

    fn move_in_facts(&mut self, action: Action) {
        let page = usize::from(self.screen.height.saturating_sub(3)).max(1);
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let count = tab.entries().len();
        if count == 0 {
            return;
        }
        let last = count - 1;
        let cursor = tab.facts_cursor.min(last);
        tab.facts_cursor = match action {
            Action::LineDown => (cursor + 1).min(last),
            Action::LineUp => cursor.saturating_sub(1),
            Action::PageDown => (cursor + page).min(last),
            Action::PageUp => cursor.saturating_sub(page),
            Action::Start => 0,
            Action::End => last,
            _ => cursor,
        };
        self.redraw();
    }

    /// Jumps the article to the selected fact's evidence and highlights it.
    fn follow(&mut self) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let Some(entry) = tab.selected_entry() else {
            return;
        };
        if matches!(entry, Entry::Heading(_)) {
            self.fold();
            return;
        }
        let evidence = tab
            .facts
            .as_ref()
            .and_then(|f| f.item(entry))
            .and_then(|item| item.evidence.clone());
        if let Some(span) = evidence {
            tab.reader.jump_to(span.start);
            tab.highlight = Some(span);
            if self.screen.width < SIDE_BY_SIDE_WIDTH {
                self.focus = Focus::Article;
                self.relayout();
            }
            self.redraw();
        }
    }

    /// Folds or unfolds the section of the selected entry.
    fn fold(&mut self) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let Some(entry) = tab.selected_entry() else {
            return;
        };
        let (Entry::Heading(s) | Entry::Item(s, _)) = entry;
        let Some(kind) = tab
            .facts
            .as_ref()
            .and_then(|f| f.sections.get(s))
            .map(|x| x.kind)
        else {
            return;
        };
        if let Some(i) = tab.folded.iter().position(|&k| k == kind) {
            tab.folded.remove(i);
        } else {
            tab.folded.push(kind);
        }
        // Keep the cursor on the section's heading.
        tab.facts_cursor = tab
            .entries()
            .iter()
            .position(|&e| e == Entry::Heading(s))
            .unwrap_or(0);
        self.redraw();
    }

    fn switch_pane(&mut self) {
        if !self.facts_shown {
            self.facts_shown = true;
        }
        self.focus = match self.focus {
            Focus::Article => Focus::Facts,
            Focus::Facts => Focus::Article,
        };
        self.relayout();
    }

    fn toggle_facts(&mut self) {
        if self.screen.width < SIDE_BY_SIDE_WIDTH {
            self.facts_shown = true;
            self.focus = match self.focus {
                Focus::Article => Focus::Facts,
                Focus::Facts => Focus::Article,
            };
        } else {
            self.facts_shown = !self.facts_shown;
            self.focus = if self.facts_shown {
                self.focus
            } else {
                Focus::Article
            };
        }
        self.relayout();
    }

    fn switch_article(&mut self, index: isize) {
        let count = self.tabs.len() as isize;
        if count == 0 {
            return;
        }
        let index = index.rem_euclid(count) as usize;
        if index != self.current {
            self.current = index;
            self.relayout();
        }
    }

    fn articles_key(&mut self, event: KeyEvent, selected: usize) {
        let last = self.tabs.len().saturating_sub(1);
        let action = self.settings.keymap.action(event);
        let next = match (event.code, action) {
            (KeyCode::Enter, _) => {
                self.overlay = None;
                self.switch_article(selected as isize);
                self.redraw();
                return;
            }
            (_, Some(Action::LineDown)) => (selected + 1).min(last),
            (_, Some(Action::LineUp)) => selected.saturating_sub(1),
            (_, Some(Action::Start)) => 0,
            (_, Some(Action::End)) => last,
            (_, Some(Action::Back | Action::Quit | Action::Articles)) => {
                self.overlay = None;
                self.redraw();
                return;
            }
            _ => selected,
        };
        self.overlay = Some(Overlay::Articles(next));
        self.redraw();
    }

    fn editing_search(&self) -> bool {
        self.tabs
            .get(self.current)
            .and_then(|t| t.search.as_ref())
            .is_some_and(|s| s.editing)
    }

    fn start_search(&mut self) {
        if let Some(tab) = self.tab() {
            tab.search = Some(Search::start());
            tab.highlight = None;
        }
        self.redraw();
    }

    fn search_key(&mut self, event: KeyEvent) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let Some(search) = tab.search.as_mut() else {
            return;
        };
        match event.code {
            KeyCode::Esc => {
                tab.search = None;
                tab.highlight = None;
                self.redraw();
                return;
            }
            KeyCode::Enter => {
                search.editing = false;
                if search.matches.is_empty() {
                    tab.search = None;
                }
                self.redraw();
                return;
            }
            KeyCode::Backspace => {
                search.query.pop();
            }
            KeyCode::Char(c) if !c.is_control() => search.query.push(c),
            _ => return,
        }
        let from = tab.reader.top_source_offset();
        search.update(&tab.reader.article.text, from);
        self.show_match();
    }

    /// Jumps to the current search match and highlights it.
    fn show_match(&mut self) {
        let no_match = self.settings.strings.no_match;
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let found = tab.search.as_ref().and_then(Search::current_match);
        match found {
            Some(span) => {
                tab.reader.jump_to(span.start);
                tab.highlight = Some(span);
            }
            None => {
                tab.highlight = None;
                let typed = tab.search.as_ref().is_some_and(|s| !s.query.is_empty());
                if typed {
                    self.message = Some(no_match.to_string());
                }
            }
        }
        self.redraw();
    }

    /// `n`/`N`: the next match while searching, else the next quote.
    fn next(&mut self, step: isize) {
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        if let Some(search) = tab.search.as_mut() {
            search.step(step);
            self.show_match();
            return;
        }
        self.next_quote(step);
    }

    fn next_quote(&mut self, step: isize) {
        let no_quotes = self.settings.strings.no_quotes;
        let Some(tab) = self.tabs.get_mut(self.current) else {
            return;
        };
        let quotes = tab.facts.as_ref().map_or(&[][..], |f| &f.quotes[..]);
        if quotes.is_empty() {
            self.message = Some(no_quotes.to_string());
            self.redraw();
            return;
        }
        let count = quotes.len() as isize;
        let index = match tab.quote {
            Some(current) => (current as isize + step).rem_euclid(count) as usize,
            None => {
                // The first quote from the top of the view on (or the last before it).
                let top = tab.reader.top_source_offset();
                if step > 0 {
                    quotes.iter().position(|q| q.span.start >= top).unwrap_or(0)
                } else {
                    quotes
                        .iter()
                        .rposition(|q| q.span.start < top)
                        .unwrap_or(quotes.len() - 1)
                }
            }
        };
        let span = quotes[index].span.clone();
        tab.quote = Some(index);
        tab.reader.jump_to(span.start);
        tab.highlight = Some(span);
        self.redraw();
    }

    /// The quote shown, as (1-based index, count, speaker).
    pub fn quote_status(&self) -> Option<(usize, usize, Option<String>)> {
        let tab = self.tabs.get(self.current)?;
        let facts = tab.facts.as_ref()?;
        let index = tab.quote?;
        let quote = facts.quotes.get(index)?;
        Some((index + 1, facts.quotes.len(), quote.speaker.clone()))
    }

    /// `y`: sends the selected fact, or the highlighted text, to the
    /// terminal's clipboard with OSC 52 (which works over SSH).
    fn copy(&mut self) {
        let text = self
            .tabs
            .get(self.current)
            .and_then(|tab| match self.focus {
                Focus::Facts => tab
                    .selected_entry()
                    .and_then(|e| tab.facts.as_ref()?.item(e))
                    .map(|item| item.text.clone()),
                Focus::Article => tab
                    .highlight
                    .clone()
                    .and_then(|r| tab.reader.article.text.get(r))
                    .map(str::to_string),
            });
        let strings = self.settings.strings;
        match text {
            Some(text) => {
                self.outbox.push(super::clipboard::osc52(&text));
                self.message = Some(strings.copied.to_string());
            }
            None => self.message = Some(strings.nothing_to_copy.to_string()),
        }
        self.redraw();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::facts_view::{FactItem, FactSection, QuoteMark};
    use ratatui::crossterm::event::KeyModifiers;

    const TEXT: &str = "Headline\n\nOne said \"first words here\" today.\n\nFiller line.\n\nAnother said \"second words\" too.\n\nAhmad and أَحْمَد met.";

    fn app(texts: &[&str], width: u16, height: u16) -> App {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::from_text(format!("a{i}.txt"), *t))
            .collect();
        let mut app = App::new(articles, LayoutOptions::new(80), Settings::default());
        app.resize(Rect::new(0, 0, width, height));
        app.dirty = false;
        app
    }

    fn facts(text: &str) -> FactsView {
        let span = |needle: &str| {
            let start = text.find(needle).expect("in the text");
            start..start + needle.len()
        };
        FactsView {
            sections: vec![FactSection {
                kind: SectionKind::Quotes,
                items: vec![
                    FactItem {
                        text: "One: first words here".into(),
                        evidence: Some(span("\"first words here\"")),
                    },
                    FactItem {
                        text: "Another: second words".into(),
                        evidence: Some(span("\"second words\"")),
                    },
                ],
            }],
            quotes: vec![
                QuoteMark {
                    span: span("\"first words here\""),
                    speaker: Some("One".into()),
                },
                QuoteMark {
                    span: span("\"second words\""),
                    speaker: None,
                },
            ],
            language: Some("en".into()),
        }
    }

    fn press(app: &mut App, code: KeyCode) {
        app.key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn typed(app: &mut App, text: &str) {
        for c in text.chars() {
            press(app, KeyCode::Char(c));
        }
    }

    #[test]
    fn nothing_is_redrawn_when_nothing_moved() {
        let mut app = app(&["t\n\na\n\nb\n\nc\n\nd\n\ne\n\nf"], 60, 5);
        press(&mut app, KeyCode::Char('k'));
        assert!(!app.dirty, "scrolling up at the top changes nothing");
        press(&mut app, KeyCode::Char('j'));
        assert!(app.dirty);
        assert_eq!(app.take_pane_shift(), Some(1));
    }

    #[test]
    fn n_jumps_from_quote_to_quote_and_wraps() {
        let mut app = app(&[TEXT], 60, 6);
        app.set_facts(0, facts(TEXT));
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.quote_status(), Some((1, 2, Some("One".into()))));
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.quote_status().map(|q| q.0), Some(2));
        let highlight = app
            .tab()
            .and_then(|t| t.highlight.clone())
            .expect("highlight");
        assert_eq!(&TEXT[highlight], "\"second words\"");
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.quote_status().map(|q| q.0), Some(1));
        press(&mut app, KeyCode::Char('N'));
        assert_eq!(app.quote_status().map(|q| q.0), Some(2));
    }

    #[test]
    fn without_quotes_n_says_so() {
        let mut app = app(&[TEXT], 60, 6);
        app.set_facts(0, FactsView::default());
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.message.as_deref(), Some("no quotes in this article"));
    }

    #[test]
    fn search_forgives_hamza_and_takes_n_while_active() {
        let mut app = app(&[TEXT], 60, 6);
        app.set_facts(0, facts(TEXT));
        press(&mut app, KeyCode::Char('/'));
        typed(&mut app, "احمد");
        let highlight = app.tab().and_then(|t| t.highlight.clone()).expect("found");
        assert_eq!(&TEXT[highlight], "أَحْمَد");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(
            app.quote_status(),
            None,
            "n moves between matches, not quotes"
        );
        press(&mut app, KeyCode::Esc);
        assert!(!app.quit, "Esc ends the search first");
        press(&mut app, KeyCode::Char('n'));
        // Back to quotes: the next one from the view, which is at the end now.
        assert_eq!(
            app.quote_status().map(|q| q.0),
            Some(2),
            "n is back to quotes"
        );
        press(&mut app, KeyCode::Esc);
        assert!(app.quit);
    }

    #[test]
    fn a_search_without_match_says_so() {
        let mut app = app(&[TEXT], 60, 6);
        press(&mut app, KeyCode::Char('/'));
        typed(&mut app, "zzz");
        assert_eq!(app.message.as_deref(), Some("no match"));
    }

    #[test]
    fn tab_and_enter_jump_from_a_fact_to_its_evidence() {
        let mut app = app(&[TEXT], 120, 6);
        app.set_facts(0, facts(TEXT));
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Focus::Facts);
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Enter);
        let tab = app.tab().expect("tab");
        let highlight = tab.highlight.clone().expect("evidence highlighted");
        assert_eq!(&TEXT[highlight.clone()], "\"second words\"");
        let top = tab.reader.top_source_offset();
        assert!(top <= highlight.start, "the evidence is on screen");
    }

    #[test]
    fn c_folds_a_section() {
        let mut app = app(&[TEXT], 120, 10);
        app.set_facts(0, facts(TEXT));
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.tab().map(|t| t.entries().len()), Some(3));
        press(&mut app, KeyCode::Char('c'));
        assert_eq!(app.tab().map(|t| t.entries().len()), Some(1));
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            app.tab().map(|t| t.entries().len()),
            Some(3),
            "Enter on a heading unfolds"
        );
    }

    #[test]
    fn wide_screens_show_both_panes_narrow_ones_one() {
        let mut wide = app(&[TEXT], 120, 20);
        let panes = wide.panes();
        assert!(panes.article.is_some() && panes.facts.is_some());
        press(&mut wide, KeyCode::Char('f'));
        assert!(wide.panes().facts.is_none() && wide.article_is_full_width());
        let mut narrow = app(&[TEXT], 80, 20);
        assert!(narrow.panes().facts.is_none());
        press(&mut narrow, KeyCode::Char('f'));
        assert!(narrow.panes().article.is_none() && narrow.panes().facts.is_some());
    }

    #[test]
    fn the_facts_go_left_of_a_right_to_left_article() {
        let app = app(&["عنوان\n\nقال الوزير إن العمل مستمر"], 120, 20);
        let panes = app.panes();
        assert!(panes.facts.expect("facts").x < panes.article.expect("article").x);
    }

    #[test]
    fn the_article_list_opens_another_article() {
        let mut app = app(&["one", "two", "three"], 80, 10);
        press(&mut app, KeyCode::Char('o'));
        assert_eq!(app.overlay, Some(Overlay::Articles(0)));
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.overlay, None);
        assert_eq!(app.article_count(), (3, 3));
    }

    #[test]
    fn help_closes_on_any_key() {
        let mut app = app(&[TEXT], 80, 10);
        press(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay, Some(Overlay::Help));
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.overlay, None);
        assert!(!app.quit);
    }

    #[test]
    fn y_copies_the_highlighted_quote_with_osc52() {
        let mut app = app(&[TEXT], 80, 10);
        app.set_facts(0, facts(TEXT));
        press(&mut app, KeyCode::Char('y'));
        assert_eq!(app.message.as_deref(), Some("nothing selected to copy"));
        press(&mut app, KeyCode::Char('n'));
        press(&mut app, KeyCode::Char('y'));
        assert_eq!(app.outbox.len(), 1);
        assert!(app.outbox[0].starts_with("\u{1b}]52;c;"));
    }
}

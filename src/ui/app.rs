//! The reader application's state and what each key does to it. Drawing is
//! in [`super::view`]; the terminal in [`super::terminal`].

use super::reader::Reader;
use crate::input::Article;
use crate::layout::LayoutOptions;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What the reader can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Scroll by lines (negative: up).
    Scroll(isize),
    /// Scroll by pages (negative: up).
    Page(isize),
    /// Go to the beginning.
    Start,
    /// Go to the end.
    End,
    /// Open the next (or, negative, previous) article.
    SwitchArticle(isize),
    /// Leave the reader.
    Quit,
}

/// Maps a key press to an action, or `None` for keys the reader ignores.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let action = match key.code {
        KeyCode::Char('c') if ctrl => Action::Quit,
        KeyCode::Char('d') if ctrl => Action::Page(1),
        KeyCode::Char('u') if ctrl => Action::Page(-1),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Enter => Action::Scroll(1),
        KeyCode::Up | KeyCode::Char('k') => Action::Scroll(-1),
        KeyCode::PageDown | KeyCode::Char(' ') => Action::Page(1),
        KeyCode::PageUp | KeyCode::Char('b') => Action::Page(-1),
        KeyCode::Home | KeyCode::Char('g') => Action::Start,
        KeyCode::End | KeyCode::Char('G') => Action::End,
        KeyCode::Char(']') => Action::SwitchArticle(1),
        KeyCode::Char('[') => Action::SwitchArticle(-1),
        KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
        _ => return None,
    };
    Some(action)
}

/// The whole reader: the open articles and which one is shown.
#[derive(Debug)]
pub struct App {
    readers: Vec<Reader>,
    current: usize,
    /// Set when the screen must be drawn again.
    pub dirty: bool,
    /// Set when the user asked to leave.
    pub quit: bool,
    /// How many lines the article pane moved since the last frame (None:
    /// redraw it, e.g. after switching articles).
    pane_shift: Option<isize>,
    /// The height of the article pane.
    pane_height: usize,
}

impl App {
    /// Opens articles with the given layout options (the width comes with
    /// the first [`App::resize`]).
    pub fn new(articles: Vec<Article>, options: LayoutOptions) -> App {
        let readers = articles
            .into_iter()
            .map(|a| Reader::new(a, options))
            .collect();
        App {
            readers,
            current: 0,
            dirty: true,
            quit: false,
            pane_shift: None,
            pane_height: 1,
        }
    }

    /// The article on screen.
    pub fn reader(&mut self) -> Option<&mut Reader> {
        self.readers.get_mut(self.current)
    }

    /// Which article is on screen and how many are open (1-based index).
    pub fn article_count(&self) -> (usize, usize) {
        (self.current + 1, self.readers.len())
    }

    /// Sets the size of the article area.
    pub fn resize(&mut self, width: usize, height: usize) {
        for reader in &mut self.readers {
            reader.resize(width, height);
        }
        self.pane_height = height;
        self.pane_shift = None;
        self.dirty = true;
    }

    /// How many lines the article pane moved since the last frame, if it
    /// only moved: the terminal can then scroll instead of redrawing it.
    pub fn take_pane_shift(&mut self) -> Option<isize> {
        self.pane_shift.take()
    }

    /// Does what a key asks. Marks the screen dirty only if something changed.
    pub fn handle(&mut self, action: Action) {
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        if let Action::SwitchArticle(step) = action {
            self.switch_article(step);
            return;
        }
        let Some(reader) = self.readers.get_mut(self.current) else {
            return;
        };
        let before = reader.top();
        match action {
            Action::Scroll(n) => reader.scroll(n),
            Action::Page(n) => reader.scroll_pages(n),
            Action::Start => reader.go_to_start(),
            Action::End => reader.go_to_end(),
            Action::SwitchArticle(_) | Action::Quit => {}
        }
        let after = reader.top();
        if after == before {
            return;
        }
        // Shifts add up until the next frame, as long as every one is known.
        let moved = reader.lines_between(before, after, self.pane_height);
        self.pane_shift = match (self.dirty, self.pane_shift, moved) {
            (false, _, moved) => moved,
            (true, Some(earlier), Some(moved)) => Some(earlier + moved),
            _ => None,
        };
        self.dirty = true;
    }

    fn switch_article(&mut self, step: isize) {
        let count = self.readers.len() as isize;
        if count < 2 {
            return;
        }
        self.current = (self.current as isize + step).rem_euclid(count) as usize;
        self.pane_shift = None;
        self.dirty = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn app(texts: &[&str]) -> App {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                name: format!("a{i}.txt"),
                text: t.to_string(),
            })
            .collect();
        let mut app = App::new(articles, LayoutOptions::new(20));
        app.resize(20, 2);
        app.dirty = false;
        app
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(action_for(key(KeyCode::Char('j'))), Some(Action::Scroll(1)));
        assert_eq!(action_for(key(KeyCode::PageUp)), Some(Action::Page(-1)));
        assert_eq!(action_for(key(KeyCode::Char('G'))), Some(Action::End));
        assert_eq!(action_for(key(KeyCode::Esc)), Some(Action::Quit));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c), Some(Action::Quit));
        assert_eq!(action_for(key(KeyCode::Char('x'))), None);
    }

    #[test]
    fn nothing_is_redrawn_when_nothing_moved() {
        let mut app = app(&["a\n\nb\n\nc\n\nd"]);
        app.handle(Action::Scroll(-1));
        assert!(!app.dirty, "scrolling up at the top changes nothing");
        app.handle(Action::Scroll(1));
        assert!(app.dirty);
    }

    #[test]
    fn line_scrolls_are_reported_as_pane_shifts() {
        let mut app = app(&["a\n\nb\n\nc\n\nd\n\ne\n\nf"]);
        app.handle(Action::Scroll(1));
        app.handle(Action::Scroll(1));
        assert_eq!(app.take_pane_shift(), Some(2));
        app.dirty = false;
        app.handle(Action::Scroll(-1));
        assert_eq!(app.take_pane_shift(), Some(-1));
        app.dirty = false;
        app.handle(Action::SwitchArticle(1));
        assert_eq!(app.take_pane_shift(), None);
    }

    #[test]
    fn switching_articles_wraps_around() {
        let mut app = app(&["one", "two", "three"]);
        app.handle(Action::SwitchArticle(-1));
        assert_eq!(app.article_count(), (3, 3));
        app.handle(Action::SwitchArticle(1));
        assert_eq!(app.article_count(), (1, 3));
    }

    #[test]
    fn quit_sets_the_flag() {
        let mut app = app(&["x"]);
        app.handle(Action::Quit);
        assert!(app.quit);
    }
}

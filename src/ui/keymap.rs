//! Keys and what they do: the actions, their default keys, keys named in
//! the configuration, and the rows of the help (made from the same table,
//! so the help never disagrees with the keys).

use super::i18n::Strings;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::BTreeMap;
use std::fmt;

/// What the reader can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Scroll down a line (in the facts pane: select the next fact).
    LineDown,
    /// Scroll up a line (in the facts pane: select the previous fact).
    LineUp,
    /// Scroll down a page.
    PageDown,
    /// Scroll up a page.
    PageUp,
    /// Go to the beginning.
    Start,
    /// Go to the end.
    End,
    /// The next quote, or the next match while a search is active.
    Next,
    /// The previous quote, or the previous match while a search is active.
    Previous,
    /// Start typing a search.
    Search,
    /// Move the focus between the article and the facts.
    SwitchPane,
    /// Show the facts pane or the article when only one fits.
    ToggleFacts,
    /// In the facts pane: jump to the selected fact's evidence.
    Follow,
    /// In the facts pane: fold or unfold the selected section.
    Collapse,
    /// Copy the selected quote or fact to the clipboard (OSC 52).
    Copy,
    /// The list of open articles.
    Articles,
    /// The next article.
    NextArticle,
    /// The previous article.
    PreviousArticle,
    /// The help.
    Help,
    /// Close what is open (help, list, search), else quit.
    Back,
    /// Quit.
    Quit,
}

impl Action {
    /// Every action, in the order the help lists them.
    pub const ALL: [Action; 20] = [
        Action::LineDown,
        Action::LineUp,
        Action::PageDown,
        Action::PageUp,
        Action::Start,
        Action::End,
        Action::Next,
        Action::Previous,
        Action::Search,
        Action::SwitchPane,
        Action::ToggleFacts,
        Action::Follow,
        Action::Collapse,
        Action::Copy,
        Action::Articles,
        Action::NextArticle,
        Action::PreviousArticle,
        Action::Help,
        Action::Back,
        Action::Quit,
    ];

    /// The action's name in the configuration file (`[keys]` table).
    pub fn config_name(self) -> &'static str {
        match self {
            Action::LineDown => "line_down",
            Action::LineUp => "line_up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::Start => "start",
            Action::End => "end",
            Action::Next => "next",
            Action::Previous => "previous",
            Action::Search => "search",
            Action::SwitchPane => "switch_pane",
            Action::ToggleFacts => "toggle_facts",
            Action::Follow => "follow",
            Action::Collapse => "collapse",
            Action::Copy => "copy",
            Action::Articles => "articles",
            Action::NextArticle => "next_article",
            Action::PreviousArticle => "previous_article",
            Action::Help => "help",
            Action::Back => "back",
            Action::Quit => "quit",
        }
    }

    /// What the action does, in the interface's language.
    pub fn description(self, strings: &Strings) -> &'static str {
        let a = &strings.actions;
        match self {
            Action::LineDown => a.line_down,
            Action::LineUp => a.line_up,
            Action::PageDown => a.page_down,
            Action::PageUp => a.page_up,
            Action::Start => a.start,
            Action::End => a.end,
            Action::Next => a.next,
            Action::Previous => a.previous,
            Action::Search => a.search,
            Action::SwitchPane => a.switch_pane,
            Action::ToggleFacts => a.toggle_facts,
            Action::Follow => a.follow,
            Action::Collapse => a.collapse,
            Action::Copy => a.copy,
            Action::Articles => a.articles,
            Action::NextArticle => a.next_article,
            Action::PreviousArticle => a.previous_article,
            Action::Help => a.help,
            Action::Back | Action::Quit => a.quit,
        }
    }

    fn from_config_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.config_name() == name)
    }
}

/// A key as the key map knows it: a key code and whether Ctrl is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    ctrl: bool,
}

impl Key {
    const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// The key of a terminal key event (Shift is part of the character).
    pub fn from_event(event: KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// Parses a key as written in the configuration: `j`, `G`, `?`,
    /// `ctrl-d`, `PageDown`, `Enter`, `Space`, `Tab`, `F1` …
    pub fn parse(text: &str) -> Result<Key, String> {
        let lower = text.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("ctrl-").or(lower.strip_prefix("c-")) {
            let mut chars = rest.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Key::ctrl(c)),
                _ => Err(format!(
                    "unknown key {text:?}: write ctrl-x with one letter"
                )),
            };
        }
        let named = match lower.as_str() {
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            _ => match lower.strip_prefix('f').map(str::parse::<u8>) {
                Some(Ok(n)) if (1..=12).contains(&n) => KeyCode::F(n),
                _ => {
                    let mut chars = text.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => KeyCode::Char(c),
                        _ => return Err(format!("unknown key {text:?}")),
                    }
                }
            },
        };
        Ok(Key::plain(named))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            write!(f, "Ctrl-")?;
        }
        match self.code {
            KeyCode::Char(' ') => write!(f, "Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => write!(f, "↑"),
            KeyCode::Down => write!(f, "↓"),
            KeyCode::Left => write!(f, "←"),
            KeyCode::Right => write!(f, "→"),
            KeyCode::PageUp => write!(f, "PgUp"),
            KeyCode::PageDown => write!(f, "PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The default keys of each action.
fn default_bindings() -> Vec<(Key, Action)> {
    use Action::*;
    use KeyCode as K;
    vec![
        (Key::char('j'), LineDown),
        (Key::plain(K::Down), LineDown),
        (Key::char('k'), LineUp),
        (Key::plain(K::Up), LineUp),
        (Key::char(' '), PageDown),
        (Key::plain(K::PageDown), PageDown),
        (Key::ctrl('d'), PageDown),
        (Key::char('b'), PageUp),
        (Key::plain(K::PageUp), PageUp),
        (Key::ctrl('u'), PageUp),
        (Key::char('g'), Start),
        (Key::plain(K::Home), Start),
        (Key::char('G'), End),
        (Key::plain(K::End), End),
        (Key::char('n'), Next),
        (Key::char('N'), Previous),
        (Key::char('/'), Search),
        (Key::plain(K::Tab), SwitchPane),
        (Key::plain(K::BackTab), SwitchPane),
        (Key::char('f'), ToggleFacts),
        (Key::plain(K::Enter), Follow),
        (Key::char('c'), Collapse),
        (Key::char('y'), Copy),
        (Key::char('o'), Articles),
        (Key::char(']'), NextArticle),
        (Key::char('['), PreviousArticle),
        (Key::char('?'), Help),
        (Key::plain(K::F(1)), Help),
        (Key::plain(K::Esc), Back),
        (Key::char('q'), Quit),
        (Key::ctrl('c'), Quit),
    ]
}

/// Which key does what.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Key, Action)>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: default_bindings(),
        }
    }
}

impl Keymap {
    /// The default keys with some actions given other keys: each entry of
    /// `overrides` (action name → keys) replaces that action's keys.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<Keymap, String> {
        let mut keymap = Keymap::default();
        for (name, keys) in overrides {
            let action = Action::from_config_name(name).ok_or_else(|| {
                let names: Vec<&str> = Action::ALL.iter().map(|a| a.config_name()).collect();
                format!("unknown action {name:?} (one of: {})", names.join(", "))
            })?;
            let keys: Vec<Key> = keys
                .iter()
                .map(|k| Key::parse(k))
                .collect::<Result<_, _>>()?;
            keymap
                .bindings
                .retain(|(key, a)| *a != action && !keys.contains(key));
            keymap
                .bindings
                .extend(keys.into_iter().map(|key| (key, action)));
        }
        Ok(keymap)
    }

    /// The action of a key press, or `None` for a key that does nothing.
    pub fn action(&self, event: KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let key = Key::from_event(event);
        self.bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, action)| action)
    }

    /// The keys of an action, as the help shows them (`j ↓`).
    pub fn keys_of(&self, action: Action) -> String {
        let keys: Vec<String> = self
            .bindings
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| k.to_string())
            .collect();
        keys.join(" ")
    }

    /// The help: one row per action that has keys, (keys, what it does).
    pub fn help_rows(&self, strings: &Strings) -> Vec<(String, &'static str)> {
        Action::ALL
            .iter()
            .filter(|&&a| a != Action::Back)
            .map(|&a| {
                let mut keys = self.keys_of(a);
                if a == Action::Quit {
                    let back = self.keys_of(Action::Back);
                    if !back.is_empty() {
                        keys = format!("{keys} {back}");
                    }
                }
                (keys, a.description(strings))
            })
            .filter(|(keys, _)| !keys.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::Language;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn default_keys() {
        let keys = Keymap::default();
        assert_eq!(
            keys.action(press(KeyCode::Char('j'))),
            Some(Action::LineDown)
        );
        assert_eq!(keys.action(press(KeyCode::Char('n'))), Some(Action::Next));
        assert_eq!(keys.action(press(KeyCode::Char('?'))), Some(Action::Help));
        assert_eq!(keys.action(press(KeyCode::Esc)), Some(Action::Back));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keys.action(ctrl_c), Some(Action::Quit));
        assert_eq!(
            keys.action(press(KeyCode::Char('c'))),
            Some(Action::Collapse)
        );
        assert_eq!(keys.action(press(KeyCode::Char('x'))), None);
    }

    #[test]
    fn keys_parse_as_written_in_the_config() {
        assert_eq!(Key::parse("ctrl-n"), Ok(Key::ctrl('n')));
        assert_eq!(Key::parse("PageDown"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(Key::parse("F2"), Ok(Key::plain(KeyCode::F(2))));
        assert_eq!(Key::parse("G"), Ok(Key::char('G')));
        assert!(Key::parse("ctrl-").is_err());
        assert!(Key::parse("hyper-x").is_err());
    }

    #[test]
    fn overrides_replace_an_actions_keys_and_free_them_elsewhere() {
        let mut overrides = BTreeMap::new();
        overrides.insert("quit".to_string(), vec!["x".to_string()]);
        overrides.insert("next".to_string(), vec!["q".to_string()]);
        let keys = Keymap::with_overrides(&overrides).expect("valid");
        assert_eq!(keys.action(press(KeyCode::Char('x'))), Some(Action::Quit));
        assert_eq!(keys.action(press(KeyCode::Char('q'))), Some(Action::Next));
        assert_eq!(keys.action(press(KeyCode::Char('n'))), None);
        let mut bad = BTreeMap::new();
        bad.insert("fly".to_string(), vec!["x".to_string()]);
        assert!(Keymap::with_overrides(&bad)
            .unwrap_err()
            .contains("unknown action"));
    }

    #[test]
    fn the_help_lists_every_action_with_its_keys() {
        let keys = Keymap::default();
        let rows = keys.help_rows(Language::English.strings());
        assert_eq!(rows.len(), Action::ALL.len() - 1);
        assert!(rows
            .iter()
            .any(|(k, d)| k == "n" && d.starts_with("next quote")));
        assert!(rows.iter().any(|(k, _)| k == "q Ctrl-c Esc"));
    }
}

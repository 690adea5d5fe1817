//! Every user-facing string of the reader, in one place per language: a
//! third language is one more file like `en.rs` and one line in
//! [`Language`].

mod ar;
mod en;

/// The languages the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English.
    English,
    /// Arabic.
    Arabic,
}

impl Language {
    /// The language from a locale name such as `ar_EG.UTF-8` or `en`
    /// (English for anything else).
    pub fn from_locale(locale: &str) -> Language {
        let code = locale.split(['_', '.', '@', '-']).next().unwrap_or("");
        match code {
            "ar" => Language::Arabic,
            _ => Language::English,
        }
    }

    /// The language from the environment, as gettext looks for it:
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
    pub fn from_env() -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .map_or(Language::English, |locale| Language::from_locale(&locale))
    }

    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Language::English => &en::STRINGS,
            Language::Arabic => &ar::STRINGS,
        }
    }
}

/// The text of the interface.
#[derive(Debug)]
pub struct Strings {
    /// Whether the interface reads right to left (it is then laid out mirrored).
    pub right_to_left: bool,
    /// Key hints on the status line.
    pub key_hints: &'static str,
    /// The hint left when the status line is too narrow for `key_hints`.
    pub short_hints: &'static str,
    /// "quote" in "quote 2/5" on the status line.
    pub quote: &'static str,
    /// "match" in "match 1/4" on the status line.
    pub search_match: &'static str,
    /// The search prompt.
    pub search_prompt: &'static str,
    /// Said when a search finds nothing.
    pub no_match: &'static str,
    /// Said when the article has no quotes to jump to.
    pub no_quotes: &'static str,
    /// Said after copying to the clipboard.
    pub copied: &'static str,
    /// Said when there is nothing to copy.
    pub nothing_to_copy: &'static str,
    /// The title of the help.
    pub help_title: &'static str,
    /// The help's last line: how to close it.
    pub help_close: &'static str,
    /// The title of the list of open articles.
    pub articles_title: &'static str,
    /// Shown in the facts pane while facts are being extracted.
    pub facts_pending: &'static str,
    /// Shown in a facts section with nothing in it.
    pub facts_none: &'static str,
    /// The facts sections, in the order shown.
    pub sections: Sections,
    /// Meeting kinds (`meeting`, `call` …) as the facts pane shows them.
    pub meeting_kinds: &'static [(&'static str, &'static str)],
    /// Topic ids of the closed list as the facts pane shows them.
    pub topics: &'static [(&'static str, &'static str)],
    /// What each action does, for the help.
    pub actions: ActionNames,
}

impl Strings {
    /// A meeting kind in this language (the id itself when it has no word).
    pub fn meeting_kind<'a>(&self, kind: &'a str) -> &'a str {
        lookup(self.meeting_kinds, kind)
    }

    /// A topic's label in this language (the id itself when it has none).
    pub fn topic<'a>(&self, id: &'a str) -> &'a str {
        lookup(self.topics, id)
    }
}

/// The word for `id` in a table of (id, word) pairs, else `id`.
fn lookup<'a>(table: &'static [(&'static str, &'static str)], id: &'a str) -> &'a str {
    table
        .iter()
        .find(|(key, _)| *key == id)
        .map_or(id, |(_, word)| word)
}

/// The names of the facts pane's sections.
#[derive(Debug)]
pub struct Sections {
    /// The extractive summary.
    pub summary: &'static str,
    /// Who met whom.
    pub meetings: &'static str,
    /// Direct quotations.
    pub quotes: &'static str,
    /// Reported speech.
    pub statements: &'static str,
    /// What was agreed or signed.
    pub agreements: &'static str,
    /// Topics of the article.
    pub topics: &'static str,
    /// Named people.
    pub people: &'static str,
}

/// One line of help per action.
#[derive(Debug)]
pub struct ActionNames {
    /// Scroll down a line.
    pub line_down: &'static str,
    /// Scroll up a line.
    pub line_up: &'static str,
    /// Scroll down a page.
    pub page_down: &'static str,
    /// Scroll up a page.
    pub page_up: &'static str,
    /// Go to the beginning.
    pub start: &'static str,
    /// Go to the end.
    pub end: &'static str,
    /// The next quote (or search match).
    pub next: &'static str,
    /// The previous quote (or search match).
    pub previous: &'static str,
    /// Start a search.
    pub search: &'static str,
    /// Move the focus to the other pane.
    pub switch_pane: &'static str,
    /// Show or hide the facts pane.
    pub toggle_facts: &'static str,
    /// Jump to the selected fact's evidence.
    pub follow: &'static str,
    /// Collapse or expand the selected facts section.
    pub collapse: &'static str,
    /// Copy the selected quote or fact.
    pub copy: &'static str,
    /// The list of open articles.
    pub articles: &'static str,
    /// The next article.
    pub next_article: &'static str,
    /// The previous article.
    pub previous_article: &'static str,
    /// This help.
    pub help: &'static str,
    /// Quit.
    pub quit: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_pick_the_language() {
        assert_eq!(Language::from_locale("ar_EG.UTF-8"), Language::Arabic);
        assert_eq!(Language::from_locale("ar"), Language::Arabic);
        assert_eq!(Language::from_locale("en_US.UTF-8"), Language::English);
        assert_eq!(Language::from_locale("C.UTF-8"), Language::English);
        assert_eq!(Language::from_locale("arn_CL"), Language::English);
    }

    #[test]
    fn every_language_fills_every_string() {
        for language in [Language::English, Language::Arabic] {
            let s = language.strings();
            let all = [
                s.key_hints,
                s.quote,
                s.search_match,
                s.search_prompt,
                s.no_match,
                s.no_quotes,
                s.copied,
                s.nothing_to_copy,
                s.help_title,
                s.help_close,
                s.articles_title,
                s.facts_pending,
                s.facts_none,
                s.sections.summary,
                s.sections.meetings,
                s.sections.quotes,
                s.sections.statements,
                s.sections.agreements,
                s.sections.topics,
                s.sections.people,
                s.actions.line_down,
                s.actions.quit,
            ];
            assert!(all.iter().all(|t| !t.trim().is_empty()), "{language:?}");
        }
    }

    /// Every topic id the facts engine can report, and every meeting kind,
    /// has a word in every language.
    #[test]
    fn every_topic_and_meeting_kind_has_a_word() {
        let lexicon = include_str!("../../facts/lexicon/topics.txt");
        let topic_ids: std::collections::BTreeSet<&str> = lexicon
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .filter_map(|line| line.split_once('|').map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty())
            .collect();
        assert!(topic_ids.len() >= 10, "{topic_ids:?}");
        for language in [Language::English, Language::Arabic] {
            let s = language.strings();
            for id in &topic_ids {
                assert!(
                    s.topics.iter().any(|(key, _)| key == id),
                    "{language:?} has no word for topic {id}"
                );
            }
            for kind in ["meeting", "call", "visit", "talks", "summit"] {
                assert!(s.meeting_kinds.iter().any(|(key, _)| *key == kind));
            }
        }
        let arabic = Language::Arabic.strings();
        assert_eq!(arabic.meeting_kind("call"), "اتصال");
        assert_eq!(arabic.meeting_kind("conference"), "conference");
    }
}

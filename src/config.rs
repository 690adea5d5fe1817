//! The configuration file, `$XDG_CONFIG_HOME/qari/config.toml` (by default
//! `~/.config/qari/config.toml`). No file is fine; a bad one is an error
//! that names the line and says what is wrong.
//!
//! ```toml
//! bidi = "app"            # app | terminal | app-noshape
//! language = "auto"       # auto (from LANG) | en | ar
//! facts_side = "auto"     # auto | left | right
//! mouse = false           # scroll with the mouse wheel
//!
//! [colors]
//! highlight = "yellow"    # a colour name, an index 0-255 or #rrggbb
//!
//! [keys]                  # an action and its keys (replacing the defaults)
//! next = ["n", "ctrl-n"]
//! quit = "x"
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Who reorders right-to-left text, as the configuration says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BidiSetting {
    /// qari reorders and shapes.
    App,
    /// The terminal does both.
    Terminal,
    /// qari reorders, the terminal shapes.
    AppNoshape,
}

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LanguageSetting {
    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`.
    #[default]
    Auto,
    /// English.
    En,
    /// Arabic.
    Ar,
}

/// Where the facts pane goes beside the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SideSetting {
    /// Left of a right-to-left article, right of a left-to-right one.
    #[default]
    Auto,
    /// Always left.
    Left,
    /// Always right.
    Right,
}

/// One key or several.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Keys {
    /// A single key.
    One(String),
    /// Several keys.
    Many(Vec<String>),
}

impl Keys {
    fn into_vec(self) -> Vec<String> {
        match self {
            Keys::One(key) => vec![key],
            Keys::Many(keys) => keys,
        }
    }
}

/// Colours of the interface.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// The background of highlighted text (quotes, matches, evidence).
    pub highlight: Option<String>,
}

/// The whole configuration file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Who reorders right-to-left text (the `--bidi` option and `QARI_BIDI` win).
    pub bidi: Option<BidiSetting>,
    /// The interface language.
    #[serde(default)]
    pub language: LanguageSetting,
    /// Where the facts pane goes.
    #[serde(default)]
    pub facts_side: SideSetting,
    /// Whether the mouse wheel scrolls (off by default: no mouse reports
    /// cross a slow link unless asked for).
    #[serde(default)]
    pub mouse: bool,
    /// Colours.
    #[serde(default)]
    pub colors: Colors,
    /// Keys per action name.
    #[serde(default)]
    keys: BTreeMap<String, Keys>,
}

impl Config {
    /// The key overrides: action name → keys.
    pub fn key_overrides(&self) -> BTreeMap<String, Vec<String>> {
        self.keys
            .iter()
            .map(|(action, keys)| (action.clone(), keys.clone().into_vec()))
            .collect()
    }

    /// Parses a configuration; `path` names the file in the error.
    pub fn parse(text: &str, path: &Path) -> Result<Config, String> {
        toml::from_str(text).map_err(|err| {
            let line = err.span().map(|span| {
                text.as_bytes()[..span.start.min(text.len())]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1
            });
            let message = err.message().trim().replace('\n', " ");
            match line {
                Some(line) => format!("{}: line {line}: {message}", path.display()),
                None => format!("{}: {message}", path.display()),
            }
        })
    }

    /// Loads the configuration from `path`, or from the default place when
    /// `path` is `None`. A missing default file is an empty configuration.
    pub fn load(path: Option<&Path>) -> Result<Config, String> {
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => match default_path() {
                Some(p) => (p, false),
                None => return Ok(Config::default()),
            },
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&text, &path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                Ok(Config::default())
            }
            Err(e) => Err(format!(
                "{}: cannot read the configuration: {e}",
                path.display()
            )),
        }
    }
}

/// `$XDG_CONFIG_HOME/qari/config.toml`, else `~/.config/qari/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    xdg_dir("XDG_CONFIG_HOME", ".config").map(|d| d.join("qari").join("config.toml"))
}

/// An XDG base directory: the variable when it holds an absolute path,
/// else `$HOME/<fallback>`. (Two lines of the XDG spec: not worth a crate.)
pub fn xdg_dir(variable: &str, fallback: &str) -> Option<PathBuf> {
    std::env::var_os(variable)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(fallback)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, String> {
        Config::parse(text, Path::new("config.toml"))
    }

    #[test]
    fn an_empty_file_is_the_default() {
        assert_eq!(parse(""), Ok(Config::default()));
    }

    #[test]
    fn every_setting_is_read() {
        let config = parse(
            "bidi = \"app-noshape\"\nlanguage = \"ar\"\nfacts_side = \"left\"\nmouse = true\n\
             [colors]\nhighlight = \"yellow\"\n[keys]\nnext = [\"n\", \"ctrl-n\"]\nquit = \"x\"\n",
        )
        .expect("valid");
        assert_eq!(config.bidi, Some(BidiSetting::AppNoshape));
        assert_eq!(config.language, LanguageSetting::Ar);
        assert_eq!(config.facts_side, SideSetting::Left);
        assert!(config.mouse);
        assert_eq!(config.colors.highlight.as_deref(), Some("yellow"));
        let keys = config.key_overrides();
        assert_eq!(keys["next"], ["n", "ctrl-n"]);
        assert_eq!(keys["quit"], ["x"]);
    }

    #[test]
    fn errors_name_the_file_and_the_line() {
        let err = parse("language = \"en\"\nbidi = \"sideways\"\n").unwrap_err();
        assert!(err.starts_with("config.toml: line 2:"), "{err}");
        assert!(err.contains("sideways") || err.contains("variant"), "{err}");
        let err = parse("\n\ncolour = 1\n").unwrap_err();
        assert!(
            err.starts_with("config.toml: line 3:") && err.contains("colour"),
            "{err}"
        );
        let err = parse("mouse = \n").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }

    #[test]
    fn a_missing_default_file_is_fine_but_a_named_one_is_not() {
        let missing = Path::new("/no/such/qari.toml");
        assert!(Config::load(Some(missing))
            .unwrap_err()
            .contains("cannot read"));
    }
}

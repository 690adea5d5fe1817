//! Command line: parses arguments with clap and runs the chosen mode.

use crate::facts::command::FactsArgs;
use crate::input::{self, Article, Document, LoadOptions, Origin};
use crate::layout::{self, BidiMode, Direction, DocumentLayout, LayoutOptions};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// A terminal reader and key-fact summarizer for news articles, with
/// right-to-left text (Arabic, Persian, Hebrew) laid out correctly.
#[derive(Debug, Parser)]
#[command(name = "qari", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Articles to read (`-` for standard input). With none, standard input
    /// when it is a pipe or a file, else the bundled samples.
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub display: DisplayArgs,
    #[command(flatten)]
    pub input: InputArgs,
    /// The configuration file (default: $XDG_CONFIG_HOME/qari/config.toml,
    /// or ~/.config/qari/config.toml).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The modes besides the reader.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print an article laid out as the article pane shows it.
    Render(RenderArgs),
    /// Extract the key facts of articles.
    Facts(FactsArgs),
}

/// How right-to-left text is displayed (shared by the reader and `render`).
#[derive(Debug, Clone, clap::Args)]
pub struct DisplayArgs {
    /// Who reorders right-to-left text: `app` (qari, the default), `terminal`
    /// (rows in logical order, for terminals that do bidi themselves) or
    /// `app-noshape` (qari reorders, the terminal joins letters).
    #[arg(long, value_enum, env = "QARI_BIDI")]
    pub bidi: Option<BidiArg>,
    /// Leave Arabic letter joining to the terminal (same as `--bidi app-noshape`).
    #[arg(long)]
    pub no_shape: bool,
    /// The base direction of every paragraph: `auto` (its first strong
    /// letter decides), `ltr` or `rtl`.
    #[arg(long, value_enum, default_value = "auto")]
    pub direction: DirectionArg,
    /// Show invisible bidi controls and joiners as visible marks (`<RLO>`,
    /// `<LRM>`, `<ZWJ>` …), to spot text that hides direction tricks.
    #[arg(long)]
    pub show_controls: bool,
}

/// How articles are read (shared by the reader and `render`).
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// The articles' encoding, e.g. `UTF-8`, `windows-1256`, `ISO-8859-6`,
    /// `UTF-16LE` (any WHATWG label). Default: detected.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
}

impl InputArgs {
    /// These arguments as load options.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            encoding: self.encoding.clone(),
        }
    }
}

/// Values of `--direction`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DirectionArg {
    /// Each paragraph's first strong letter decides (UAX #9 P2–P3).
    Auto,
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// Values of `--bidi` and `QARI_BIDI`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BidiArg {
    /// qari reorders and shapes.
    App,
    /// The terminal reorders and shapes; qari sends logical order.
    Terminal,
    /// qari reorders; the terminal shapes.
    AppNoshape,
}

impl DisplayArgs {
    /// Layout options at a width, from these arguments; `configured` is the
    /// configuration file's bidi mode, used when neither `--bidi` nor
    /// `QARI_BIDI` gives one.
    pub fn layout_options(&self, width: usize, configured: Option<BidiArg>) -> LayoutOptions {
        let mut options = LayoutOptions::new(width);
        match self.bidi.or(configured).unwrap_or(BidiArg::App) {
            BidiArg::App => {}
            BidiArg::AppNoshape => options.shape = false,
            BidiArg::Terminal => {
                options.mode = BidiMode::Terminal;
                options.shape = false;
            }
        }
        if self.no_shape {
            options.shape = false;
        }
        options.show_controls = self.show_controls;
        options.base = match self.direction {
            DirectionArg::Auto => None,
            DirectionArg::Ltr => Some(Direction::Ltr),
            DirectionArg::Rtl => Some(Direction::Rtl),
        };
        options
    }
}

/// Arguments of `qari render`.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The article (`-` for standard input).
    pub file: PathBuf,
    /// Row width in columns (default: the terminal's width, or 80 when not a terminal).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub width: Option<u16>,
    /// Lay out the file's lines as they are: one paragraph per line, no clean-up.
    #[arg(long)]
    pub raw: bool,
    /// Resolve bidi levels per row instead of per paragraph, to compare with
    /// oracles that work row by row (GNU FriBidi on each row).
    #[arg(long, hide = true)]
    pub row_levels: bool,
    #[command(flatten)]
    pub display: DisplayArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Runs qari with the process arguments and returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            return code;
        }
    };
    let result = match cli.command {
        Some(Command::Render(args)) => render(&args),
        Some(Command::Facts(args)) => return crate::facts::command::run(&args),
        None => read(&cli.files, &cli.display, &cli.input, cli.config.as_deref()),
    };
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("qari: {message}");
            2
        }
    }
}

/// Opens the reader on files; with none, on standard input when it is not a
/// terminal (`curl … | qari`), else on the bundled samples.
fn read(
    files: &[PathBuf],
    display: &DisplayArgs,
    input_args: &InputArgs,
    config: Option<&Path>,
) -> Result<(), String> {
    let config = crate::config::Config::load(config)?;
    let options = input_args.load_options();
    let load = |origin: &Origin| input::load_with(origin, &options).map_err(|e| e.to_string());
    let articles: Vec<Article> = if !files.is_empty() {
        files
            .iter()
            .map(|f| load(&Origin::from_arg(f)))
            .collect::<Result<_, _>>()?
    } else if !std::io::stdin().is_terminal() {
        vec![load(&Origin::Stdin)?]
    } else {
        input::samples::articles()
    };
    crate::ui::run(articles, display, &config)
}

/// `qari render`: prints the article pane's rows to stdout.
fn render(args: &RenderArgs) -> Result<(), String> {
    let article = input::load_with(&Origin::from_arg(&args.file), &args.input.load_options())
        .map_err(|e| e.to_string())?;
    let width = match args.width {
        Some(w) => usize::from(w),
        None => output_width(),
    };
    let mut options = args.display.layout_options(width, None);
    options.neutral = layout::document_direction(&article.text);
    options.row_levels = args.row_levels;
    let paragraphs = if args.raw {
        raw_lines(&article.text)
    } else {
        Document::parse(&article.text).paragraphs
    };
    let doc = DocumentLayout::new(&article.text, paragraphs, options);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for index in 0..doc.len() {
        if index > 0 && doc.blank_after(index - 1) {
            writeln!(out).map_err(|e| e.to_string())?;
        }
        if let Some(paragraph) = doc.paragraph_once(&article.text, index) {
            for row in &paragraph.rows {
                writeln!(out, "{}", row.to_text().trim_end_matches(' '))
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    out.flush().map_err(|e| e.to_string())
}

/// Every line of the text as a paragraph, exactly as it is (`--raw`).
fn raw_lines(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut start = 0;
    let mut lines = Vec::new();
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        lines.push(start..start + content.len());
        start += line.len();
    }
    lines
}

/// The terminal's width when stdout is a terminal, else 80.
fn output_width() -> usize {
    if std::io::stdout().is_terminal() {
        if let Ok((cols, _)) = ratatui::crossterm::terminal::size() {
            return usize::from(cols.max(1));
        }
    }
    80
}

//! `qari facts`: the extraction engine on the command line.

use std::path::PathBuf;

/// Arguments of `qari facts`.
#[derive(Debug, Clone, clap::Args)]
pub struct FactsArgs {
    /// Article files or directories (`-` reads standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print one JSON object per article (an array for several).
    #[arg(long)]
    pub json: bool,
    /// Print one JSON object per line, one line per article.
    #[arg(long, conflicts_with = "json")]
    pub jsonl: bool,
}

/// Runs `qari facts` and returns the process exit code.
pub fn run(args: &FactsArgs) -> i32 {
    eprintln!("qari facts: not implemented yet ({} files)", args.files.len());
    2
}

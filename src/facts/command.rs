//! `qari facts`: the extraction engine on the command line.
//!
//! One file → one JSON object (`--json`); several files or a directory → a
//! JSON array in input order (`--jsonl`: one object per line); without
//! either, a readable digest laid out by the layout engine. Files are
//! processed in parallel on all cores.

use super::{extract, Facts};
use crate::input::{load, Origin};
use crate::layout::{render_rows, LayoutOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

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

/// Width of the text digest.
const DIGEST_WIDTH: usize = 80;

/// Runs `qari facts` and returns the process exit code.
pub fn run(args: &FactsArgs) -> i32 {
    let paths = match expand(&args.files) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("qari: {msg}");
            return 2;
        }
    };
    let results = process(&paths);
    let mut facts = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(f) => facts.push(f),
            Err(msg) => {
                eprintln!("qari: {msg}");
                return 2;
            }
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let several = paths.len() > 1 || args.files.iter().any(|p| p.is_dir());
    let written = if args.jsonl {
        facts.iter().try_for_each(|(_, f)| {
            let line = serde_json::to_string(f).map_err(std::io::Error::other)?;
            writeln!(out, "{line}")
        })
    } else if args.json {
        let json = if several {
            serde_json::to_string_pretty(&facts.iter().map(|(_, f)| f).collect::<Vec<_>>())
        } else {
            facts
                .first()
                .map_or(Ok("null".into()), |(_, f)| serde_json::to_string_pretty(f))
        };
        json.map_err(std::io::Error::other)
            .and_then(|j| writeln!(out, "{j}"))
    } else {
        facts
            .iter()
            .try_for_each(|(name, f)| write!(out, "{}", digest(name, f, several)))
    };
    match written {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("qari: cannot write output: {e}");
            1
        }
    }
}

/// Expands directories into their `*.txt` files, sorted.
fn expand(files: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for f in files {
        if !f.is_dir() {
            out.push(f.clone());
            continue;
        }
        let entries = std::fs::read_dir(f)
            .map_err(|e| format!("{}: cannot read directory: {e}", f.display()))?;
        let mut txt: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
            .collect();
        txt.sort();
        out.extend(txt);
    }
    Ok(out)
}

type Outcome = Result<(String, Facts), String>;

fn one(path: &Path) -> Outcome {
    let article = load(&Origin::from_arg(path)).map_err(|e| e.to_string())?;
    Ok((article.name, extract(&article.text)))
}

/// Extracts every file, in parallel over the available cores; results in input order.
fn process(paths: &[PathBuf]) -> Vec<Outcome> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().max(1));
    if workers <= 1 {
        return paths.iter().map(|p| one(p)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<Outcome>> = (0..paths.len()).map(|_| None).collect();
    let done = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(path) = paths.get(i) else { break };
                let r = one(path);
                if let Ok(mut d) = done.lock() {
                    d.push((i, r));
                }
            });
        }
    });
    for (i, r) in done.into_inner().unwrap_or_default() {
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(r);
        }
    }
    slots
        .into_iter()
        .map(|s| s.unwrap_or_else(|| Err("internal error: a file was not processed".into())))
        .collect()
}

/// The readable digest of one article, each line laid out for the terminal.
fn digest(name: &str, f: &Facts, several: bool) -> String {
    let mut lines: Vec<String> = Vec::new();
    if several {
        lines.push(format!("== {name}"));
    }
    if let Some(t) = &f.title {
        lines.push(t.clone());
    }
    if let Some(d) = &f.date {
        // the ISO date first: after Arabic letters its digits and hyphens
        // would take the Arabic direction and read backwards (03-12-2026)
        lines.push(match &d.iso {
            Some(iso) => format!("date: {iso} (\u{2068}{}\u{2069})", d.text),
            None => format!("date: {}", d.text),
        });
    }
    section(&mut lines, "summary", f.summary.iter().cloned());
    section(
        &mut lines,
        "people",
        f.people.iter().map(|p| match p.titles.first() {
            Some(t) => format!("{} — {t}", p.name),
            None => p.name.clone(),
        }),
    );
    section(
        &mut lines,
        "meetings",
        f.meetings.iter().map(|m| {
            let who: Vec<String> = m.participants.iter().map(party).collect();
            let when_where: Vec<&str> = [m.place.as_deref(), m.date.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let when_where = if when_where.is_empty() {
                String::new()
            } else {
                format!(" @ {}", when_where.join(", "))
            };
            // the names lead, so an Arabic line reads right to left as a whole
            format!("{}{when_where} [{}]", who.join(" + "), m.kind)
        }),
    );
    let speech = |q: &super::Quote| {
        format!(
            "{}: {}",
            q.speaker.as_ref().map(party).unwrap_or_else(|| "?".into()),
            q.text
        )
    };
    section(&mut lines, "quotes", f.quotes.iter().map(speech));
    section(&mut lines, "statements", f.statements.iter().map(speech));
    section(
        &mut lines,
        "agreements",
        f.agreements.iter().map(|a| {
            if a.parties.is_empty() {
                a.text.clone()
            } else {
                format!("{}: {}", a.parties.join(" + "), a.text)
            }
        }),
    );
    section(&mut lines, "topics", f.topics.iter().map(|t| t.id.clone()));
    let options = LayoutOptions::new(DIGEST_WIDTH);
    let mut out = String::new();
    for line in lines {
        for row in render_rows(&line, &options) {
            out.push_str(&row);
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

fn party(p: &super::Party) -> String {
    match (&p.name, &p.title) {
        (Some(n), Some(t)) => format!("{n} ({t})"),
        (Some(n), None) => n.clone(),
        (None, Some(t)) => t.clone(),
        (None, None) => "?".into(),
    }
}

fn section(lines: &mut Vec<String>, name: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    lines.push(format!("{name}:"));
    lines.extend(items.into_iter().map(|i| format!("  • {i}")));
}

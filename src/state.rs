//! What qari remembers between runs: the reading position of each article,
//! keyed by a hash of its text, in `$XDG_STATE_HOME/qari/positions`
//! (by default `~/.local/state/qari/positions`). One line per article,
//! `hash offset`, the most recent last; at most [`MAX_ENTRIES`] kept.
//! Written atomically (a temporary file renamed over the old one); a
//! corrupt file is ignored with a warning, never fatal.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many articles' positions are kept.
pub const MAX_ENTRIES: usize = 1000;

/// How much of the start and of the end of a text [`content_hash`] reads.
const HASHED_EDGE: usize = 64 * 1024;

/// A stable hash that tells articles apart (FNV-1a, 64 bits, over the
/// length and the first and last 64 KiB: a 50 MB file is not read twice
/// just to find its position). Hand-written: a few lines, and std's hasher
/// is not promised to stay the same across Rust versions, which would
/// forget every position on an upgrade.
pub fn content_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let head = &bytes[..bytes.len().min(HASHED_EDGE)];
    let tail = &bytes[bytes.len().saturating_sub(HASHED_EDGE)..];
    let length = (bytes.len() as u64).to_le_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in length.iter().chain(head).chain(tail) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Reading positions by article hash.
#[derive(Debug, Default)]
pub struct Positions {
    path: Option<PathBuf>,
    order: Vec<u64>,
    offsets: HashMap<u64, usize>,
}

impl Positions {
    /// The positions file in the default place.
    pub fn default_path() -> Option<PathBuf> {
        crate::config::xdg_dir("XDG_STATE_HOME", ".local/state")
            .map(|d| d.join("qari").join("positions"))
    }

    /// Loads positions from `path` (none there is fine). A file that cannot
    /// be read or parsed gives empty positions and a warning to show.
    pub fn load(path: Option<PathBuf>) -> (Positions, Option<String>) {
        let mut positions = Positions {
            path: path.clone(),
            ..Positions::default()
        };
        let Some(path) = path else {
            return (positions, None);
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (positions, None),
            Err(e) => return (positions, Some(warning(&path, &e.to_string()))),
        };
        for (number, line) in text.lines().enumerate() {
            match parse_line(line) {
                Some((hash, offset)) => positions.set(hash, offset),
                None => {
                    let why = format!("line {} is not `hash offset`", number + 1);
                    let warning = warning(&path, &why);
                    return (Positions::empty_at(path), Some(warning));
                }
            }
        }
        (positions, None)
    }

    fn empty_at(path: PathBuf) -> Positions {
        Positions {
            path: Some(path),
            ..Positions::default()
        }
    }

    /// The remembered byte offset of an article, if any.
    pub fn get(&self, hash: u64) -> Option<usize> {
        self.offsets.get(&hash).copied()
    }

    /// Remembers an article's offset (as the most recent).
    pub fn set(&mut self, hash: u64, offset: usize) {
        self.order.retain(|&h| h != hash);
        self.order.push(hash);
        self.offsets.insert(hash, offset);
        while self.order.len() > MAX_ENTRIES {
            let oldest = self.order.remove(0);
            self.offsets.remove(&oldest);
        }
    }

    /// Writes the positions: a temporary file beside the real one, then a
    /// rename, so that a crash never leaves half a file.
    pub fn save(&self) -> std::io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        let mut file = std::fs::File::create(&temporary)?;
        for hash in &self.order {
            writeln!(file, "{hash:016x} {}", self.offsets[hash])?;
        }
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    }
}

fn parse_line(line: &str) -> Option<(u64, usize)> {
    let (hash, offset) = line.split_once(' ')?;
    Some((
        u64::from_str_radix(hash, 16).ok()?,
        offset.trim().parse().ok()?,
    ))
}

fn warning(path: &Path, why: &str) -> String {
    format!("qari: warning: ignoring {}: {why}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("qari-state-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir.join("qari").join("positions")
    }

    #[test]
    fn the_hash_is_stable() {
        assert_eq!(content_hash("a"), content_hash("a"));
        assert_ne!(content_hash("ab"), content_hash("ba"));
        assert_ne!(content_hash("a"), content_hash("a "));
        let long = "x".repeat(300_000);
        let mut changed = long.clone();
        changed.replace_range(10..11, "y");
        assert_ne!(content_hash(&long), content_hash(&changed));
    }

    #[test]
    fn positions_survive_a_save_and_a_load() {
        let path = temp("roundtrip");
        let (mut positions, warning) = Positions::load(Some(path.clone()));
        assert!(warning.is_none(), "no file is fine");
        positions.set(7, 1234);
        positions.set(9, 5);
        positions.set(7, 99);
        positions.save().expect("save");
        let (loaded, warning) = Positions::load(Some(path.clone()));
        assert!(warning.is_none());
        assert_eq!(loaded.get(7), Some(99));
        assert_eq!(loaded.get(9), Some(5));
        assert_eq!(loaded.order, [9, 7]);
        let leftovers = std::fs::read_dir(path.parent().expect("dir"))
            .expect("dir")
            .count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    #[test]
    fn a_corrupt_file_is_ignored_with_a_warning() {
        let path = temp("corrupt");
        std::fs::create_dir_all(path.parent().expect("dir")).expect("dir");
        std::fs::write(&path, "00000000000000aa 12\nnot a line\n").expect("write");
        let (positions, warning) = Positions::load(Some(path.clone()));
        assert_eq!(positions.get(0xaa), None);
        let warning = warning.expect("a warning");
        assert!(warning.contains("line 2") && warning.starts_with("qari: warning:"));
        positions
            .save()
            .expect("a corrupt file is replaced on save");
    }

    #[test]
    fn only_the_most_recent_entries_are_kept() {
        let mut positions = Positions::default();
        for hash in 0..(MAX_ENTRIES as u64 + 10) {
            positions.set(hash, 1);
        }
        assert_eq!(positions.get(0), None);
        assert_eq!(positions.get(MAX_ENTRIES as u64 + 9), Some(1));
    }
}

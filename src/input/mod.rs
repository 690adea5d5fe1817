//! Reading an article: from a file, stdin or the bundled samples, into text
//! that the rest of qari works on, split into paragraphs.
//!
//! Every offset elsewhere in qari is a byte offset into [`Article::text`].

mod document;
pub mod samples;

pub use document::{split_paragraphs, Document};

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// An article as read: where it came from and its text (valid UTF-8, BOM removed).
#[derive(Debug, Clone)]
pub struct Article {
    /// A short name for the status line and error messages (file name, `<stdin>`, sample name).
    pub name: String,
    /// The whole text as read. All offsets in qari point into this string.
    pub text: String,
}

/// Why an article could not be read. Each variant's message names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{0}: no such file")]
    NotFound(PathBuf),
    /// The path is a directory, not a file.
    #[error("{0}: is a directory, give a text file")]
    IsDirectory(PathBuf),
    /// The file exists but could not be read (permissions, I/O).
    #[error("{path}: cannot read: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        reason: String,
    },
    /// The file looks like binary data (an image, an archive …), not text.
    #[error("{0}: looks like a binary file, not text")]
    Binary(PathBuf),
    /// The bytes are not valid UTF-8.
    #[error(
        "{path}: not valid UTF-8 (first bad byte at offset {offset}); convert it to UTF-8 first"
    )]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file holds no text at all.
    #[error("{0}: is empty")]
    Empty(PathBuf),
}

/// Where an article comes from, as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file path.
    File(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl Origin {
    /// Parses a command-line argument: `-` is stdin, anything else a path.
    pub fn from_arg(arg: &Path) -> Origin {
        if arg == Path::new("-") {
            Origin::Stdin
        } else {
            Origin::File(arg.to_path_buf())
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Stdin => write!(f, "<stdin>"),
        }
    }
}

/// Reads an article from a file or stdin and checks that it is text.
pub fn load(origin: &Origin) -> Result<Article, InputError> {
    let (path, bytes) = match origin {
        Origin::File(path) => (path.clone(), read_file(path)?),
        Origin::Stdin => {
            let path = PathBuf::from("<stdin>");
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| InputError::Unreadable {
                    path: path.clone(),
                    reason: e.to_string(),
                })?;
            (path, bytes)
        }
    };
    let text = decode(&path, bytes)?;
    let name = match origin {
        Origin::File(p) => p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string()),
        Origin::Stdin => "<stdin>".to_string(),
    };
    Ok(Article { name, text })
}

fn read_file(path: &Path) -> Result<Vec<u8>, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound(path.to_path_buf()),
        _ => InputError::Unreadable {
            path: path.to_path_buf(),
            reason: io_reason(&e),
        },
    })?;
    if meta.is_dir() {
        return Err(InputError::IsDirectory(path.to_path_buf()));
    }
    std::fs::read(path).map_err(|e| InputError::Unreadable {
        path: path.to_path_buf(),
        reason: io_reason(&e),
    })
}

/// The OS error without Rust's "(os error N)" suffix.
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_lowercase(),
        None => text.to_lowercase(),
    }
}

/// Checks that bytes are UTF-8 text (not binary, not empty) and strips a BOM.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    if looks_binary(&bytes) {
        return Err(InputError::Binary(path.to_path_buf()));
    }
    let mut text = String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.trim().is_empty() {
        return Err(InputError::Empty(path.to_path_buf()));
    }
    Ok(text)
}

/// A NUL byte in the first 8 KiB, or a well-known binary signature, means binary.
fn looks_binary(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 6] = [
        b"\x89PNG",
        b"%PDF",
        b"GIF8",
        b"\xff\xd8\xff",
        b"PK\x03\x04",
        b"\x7fELF",
    ];
    let head = &bytes[..bytes.len().min(8192)];
    head.contains(&0) || SIGNATURES.iter().any(|sig| bytes.starts_with(sig))
}

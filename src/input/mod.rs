//! Reading an article: from a file, stdin or the bundled samples, into text
//! that the rest of qari works on, split into paragraphs.
//!
//! Every offset elsewhere in qari is a byte offset into [`Article::text`].

pub mod clutter;
mod document;
pub mod encoding;
pub mod html;
pub mod samples;

pub use document::{split_paragraphs, Document};

use encoding::{DecodeError, Decoded};
use encoding_rs::Encoding;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// An article as read: where it came from, its text (decoded to UTF-8, BOM
/// removed) and the encoding it was in.
#[derive(Debug, Clone)]
pub struct Article {
    /// A short name for the status line and error messages (file name, `<stdin>`, sample name).
    pub name: String,
    /// The whole text as read (a web page's article, laid out as a text
    /// file). All offsets in qari point into this string.
    pub text: String,
    /// The encoding the bytes were in, e.g. "UTF-8", "windows-1256", "UTF-16LE".
    pub encoding: &'static str,
}

impl Article {
    /// An article that is already text in memory (a bundled sample, a test).
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            name: name.into(),
            text: text.into(),
            encoding: "UTF-8",
        }
    }
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
    /// The bytes are not valid UTF-8, and the encoding they seem to be in
    /// is not one qari applies on a guess.
    #[error(
        "{path}: not valid UTF-8 (first bad byte at offset {offset}); if it is {guess}, \
         give --encoding {guess}, or convert it to UTF-8"
    )]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// The encoding it most likely is.
        guess: &'static str,
    },
    /// `--encoding` named no encoding qari knows.
    #[error("unknown encoding \"{0}\" for --encoding; give a name such as {names}", names = encoding::EXAMPLE_NAMES)]
    UnknownEncoding(String),
    /// A web page in which no text was found.
    #[error("{0}: a web page with no article text in it")]
    NoArticle(PathBuf),
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

/// How to read an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Force this encoding (a WHATWG label such as `windows-1256`, `cp1256`,
    /// `utf-16le`); `None` detects it.
    pub encoding: Option<String>,
}

impl LoadOptions {
    /// The forced encoding, if any; an unknown name is an error.
    pub fn forced_encoding(&self) -> Result<Option<&'static Encoding>, InputError> {
        match &self.encoding {
            None => Ok(None),
            Some(name) => encoding::for_label(name)
                .map(Some)
                .ok_or_else(|| InputError::UnknownEncoding(name.clone())),
        }
    }
}

/// Reads an article from a file or stdin, detecting its encoding.
pub fn load(origin: &Origin) -> Result<Article, InputError> {
    load_with(origin, &LoadOptions::default())
}

/// Reads an article from a file or stdin: decodes it (forced or detected
/// encoding), checks that it is text, and turns a web page into its article.
pub fn load_with(origin: &Origin, options: &LoadOptions) -> Result<Article, InputError> {
    let forced = options.forced_encoding()?;
    let (path, bytes) = match origin {
        Origin::File(path) => (path.clone(), read_file(path)?),
        Origin::Stdin => (PathBuf::from("<stdin>"), read_stdin()?),
    };
    let name = match origin {
        Origin::File(p) => p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string()),
        Origin::Stdin => "<stdin>".to_string(),
    };
    let html = html::has_html_extension(&path) || html::looks_like_html(&bytes);
    from_bytes(name, &path, bytes, forced, html)
}

/// Builds an article from bytes: `path` names it in errors, `forced` is the
/// encoding to use (else detected), `html` says it is a web page (it is also
/// recognised by its content after decoding).
pub fn from_bytes(
    name: String,
    path: &Path,
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
    html: bool,
) -> Result<Article, InputError> {
    let decoded = decode_checked(path, bytes, forced, html)?;
    let text = if html || html::looks_like_html(decoded.text.as_bytes()) {
        let text = html::extract(&decoded.text).to_text();
        if text.trim().is_empty() {
            return Err(InputError::NoArticle(path.to_path_buf()));
        }
        text
    } else {
        decoded.text
    };
    Ok(Article {
        name,
        text,
        encoding: decoded.encoding,
    })
}

fn read_stdin() -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Unreadable {
            path: PathBuf::from("<stdin>"),
            reason: io_reason(&e),
        })?;
    Ok(bytes)
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

/// Decodes bytes with a detected encoding and checks that they are text
/// (not binary, not empty); the byte order mark is removed.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    decode_checked(path, bytes, None, false).map(|d| d.text)
}

/// Decodes bytes (forced or detected encoding) and checks that they are text.
fn decode_checked(
    path: &Path,
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
    html: bool,
) -> Result<Decoded, InputError> {
    let utf16 = forced
        .or_else(|| encoding::bom_encoding(&bytes))
        .is_some_and(encoding::is_utf16);
    if has_binary_signature(&bytes) || (!utf16 && has_nul(&bytes)) {
        return Err(InputError::Binary(path.to_path_buf()));
    }
    let decoded = encoding::decode(bytes, forced, html).map_err(|e| match e {
        DecodeError::Untrusted { offset, guess } => InputError::InvalidUtf8 {
            path: path.to_path_buf(),
            offset,
            guess,
        },
    })?;
    if utf16 && has_nul(decoded.text.as_bytes()) {
        return Err(InputError::Binary(path.to_path_buf()));
    }
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty(path.to_path_buf()));
    }
    Ok(decoded)
}

/// A NUL byte in the first 8 KiB means binary (UTF-16 aside).
fn has_nul(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// A well-known binary signature (PNG, PDF, GIF, JPEG, ZIP, ELF).
fn has_binary_signature(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 6] = [
        b"\x89PNG",
        b"%PDF",
        b"GIF8",
        b"\xff\xd8\xff",
        b"PK\x03\x04",
        b"\x7fELF",
    ];
    SIGNATURES.iter().any(|sig| bytes.starts_with(sig))
}

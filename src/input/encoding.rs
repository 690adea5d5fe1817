//! Bytes to text: which encoding a file is in, and decoding it.
//!
//! The order of evidence, strongest first:
//! 1. an encoding forced with `--encoding` (a byte order mark of that same
//!    encoding is removed);
//! 2. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 3. valid UTF-8;
//! 4. for a web page, the `<meta charset>` it declares in its first 1024 bytes;
//! 5. nearly valid UTF-8 (many well-formed multi-byte letters, a few broken
//!    sequences, as in a file cut short or damaged in one place): UTF-8 with
//!    U+FFFD for the broken bytes;
//! 6. otherwise chardetng's guess. A guess for one of qari's scripts (Arabic
//!    and Hebrew: windows-1256, ISO-8859-6, windows-1255, ISO-8859-8) is
//!    trusted; any other guess (on a short text it is often wrong) is not
//!    applied silently: the caller reports it and suggests `--encoding`.
//!
//! Bytes that are invalid in the chosen encoding become U+FFFD (encoding_rs's
//! replacement decoding). Everything here is linear in the input's length.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// The legacy encodings trusted from a guess: those of qari's scripts.
const TRUSTED_GUESSES: [&str; 5] = [
    "windows-1256",
    "ISO-8859-6",
    "windows-1255",
    "ISO-8859-8",
    "ISO-8859-8-I",
];

/// How many well-formed non-ASCII characters per broken sequence make a file
/// "UTF-8 with a few broken bytes" rather than another encoding.
const NEARLY_UTF8_RATIO: usize = 8;

/// Text decoded from bytes, and the encoding used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The encoding's name as encoding_rs spells it ("UTF-8", "windows-1256" …).
    pub encoding: &'static str,
}

/// Why bytes could not be decoded without the user's help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not UTF-8, and the guessed encoding is not one qari trusts on its own.
    Untrusted {
        /// Byte offset of the first invalid UTF-8 sequence.
        offset: usize,
        /// The guessed encoding's name.
        guess: &'static str,
    },
}

/// Looks up an encoding by its WHATWG label ("utf-8", "cp1256", "arabic" …).
/// The "replacement" encoding (labels of unsafe encodings) counts as unknown.
pub fn for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
        .filter(|enc| *enc != encoding_rs::REPLACEMENT && *enc != encoding_rs::X_USER_DEFINED)
}

/// A few valid names, for error messages.
pub const EXAMPLE_NAMES: &str = "UTF-8, UTF-16LE, UTF-16BE, windows-1256, ISO-8859-6";

/// Whether a forced or sniffed encoding is UTF-16 (whose text is full of NUL bytes).
pub fn is_utf16(enc: &'static Encoding) -> bool {
    enc == UTF_16LE || enc == UTF_16BE
}

/// The encoding a byte order mark announces, if the bytes start with one.
pub fn bom_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    Encoding::for_bom(bytes).map(|(enc, _)| enc)
}

/// Decodes bytes with a forced encoding, or detects it (see the module docs).
/// `html` says the bytes are a web page, whose `<meta charset>` counts.
/// Valid UTF-8 (the common case) is taken over without a copy.
pub fn decode(
    mut bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
    html: bool,
) -> Result<Decoded, DecodeError> {
    if let Some(enc) = forced {
        return Ok(with_bom_removal(enc, &bytes));
    }
    let bom = Encoding::for_bom(&bytes);
    if let Some((enc, bom_len)) = bom.filter(|(enc, _)| *enc != UTF_8) {
        return Ok(without_bom(enc, &bytes[bom_len..]));
    }
    if let Some((_, bom_len)) = bom {
        bytes.drain(..bom_len);
    }
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that these very bytes are UTF-8.
        // (std's check runs at about 1 GB/s on Arabic, a third of the time to
        // open a 50 MB file; simdutf8's SIMD check is ten times faster.)
        let text = unsafe { String::from_utf8_unchecked(bytes) };
        return Ok(Decoded {
            text,
            encoding: UTF_8.name(),
        });
    }
    if bom.is_some() {
        return Ok(without_bom(UTF_8, &bytes));
    }
    if let Some(enc) = html.then(|| meta_charset(&bytes)).flatten() {
        return Ok(without_bom(enc, &bytes));
    }
    if nearly_utf8(&bytes) {
        return Ok(without_bom(UTF_8, &bytes));
    }
    let guess = guess(&bytes);
    if TRUSTED_GUESSES.contains(&guess.name()) {
        return Ok(without_bom(guess, &bytes));
    }
    Err(DecodeError::Untrusted {
        offset: std::str::from_utf8(&bytes)
            .err()
            .map_or(0, |e| e.valid_up_to()),
        guess: guess.name(),
    })
}

fn with_bom_removal(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = enc.decode_with_bom_removal(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
    }
}

fn without_bom(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
    }
}

/// Well-formed non-ASCII characters outnumber broken sequences by
/// [`NEARLY_UTF8_RATIO`] to one.
/// Only the first [`GUESS_CHUNK`]s of text after the first non-ASCII byte
/// are counted, which bounds the cost on a huge file.
fn nearly_utf8(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len());
    let sample = &bytes[start..bytes.len().min(start + 4 * GUESS_CHUNK)];
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in sample.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    bad > 0 && good >= bad.saturating_mul(NEARLY_UTF8_RATIO)
}

/// chardetng's guess (UTF-8 allowed, ISO-2022-JP not). It reads the input
/// in [`GUESS_CHUNK`] pieces up to one piece past the first with non-ASCII
/// bytes: enough text to tell, and a bounded cost on a huge file.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let mut chunks = bytes.chunks(GUESS_CHUNK).peekable();
    let mut extra = 1;
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none() || extra == 0;
        let non_ascii = detector.feed(chunk, last);
        if last {
            break;
        }
        if non_ascii {
            extra -= 1;
        }
    }
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// How much chardetng reads at a time.
const GUESS_CHUNK: usize = 1 << 20;

/// The encoding a web page declares with `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in its first
/// 1024 bytes (the HTML prescan's window), if encoding_rs knows the label.
/// UTF-16 declared in a page that has no byte order mark means UTF-8 (HTML rule).
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = find(&lower, b"charset=")? + b"charset=".len();
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/' | b'\t' | b'\n'))
        .unwrap_or(rest.len());
    let enc = Encoding::for_label(&rest[..end])?;
    if is_utf16(enc) {
        return Some(UTF_8);
    }
    (enc != encoding_rs::REPLACEMENT).then_some(enc)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_6, WINDOWS_1252, WINDOWS_1256};

    const ARABIC: &str = "قال وزير الخارجية إن المحادثات مع الوفد الزائر كانت مثمرة، \
        وإن الجانبين اتفقا على عقد اجتماع ثان في العاصمة خلال الشهر المقبل لبحث التعاون في مجال الطاقة.\n\
        وأضاف أن الحكومة ستعرض نتائج الزيارة على البرلمان في جلسته الأسبوع القادم.\n";

    fn encode(enc: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = enc.encode(text);
        assert!(!unmappable, "{} cannot encode the sample", enc.name());
        bytes.into_owned()
    }

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        let mut bytes = if little_endian {
            vec![0xff, 0xfe]
        } else {
            vec![0xfe, 0xff]
        };
        for unit in text.encode_utf16() {
            let pair = if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    fn auto(bytes: &[u8]) -> Decoded {
        decode(bytes.to_vec(), None, false).expect("decodes")
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(auto(ARABIC.as_bytes()).text, ARABIC);
        let mut with_bom = b"\xef\xbb\xbf".to_vec();
        with_bom.extend_from_slice(ARABIC.as_bytes());
        let decoded = auto(&with_bom);
        assert_eq!((decoded.text.as_str(), decoded.encoding), (ARABIC, "UTF-8"));
    }

    #[test]
    fn a_utf8_bom_keeps_utf8_even_with_broken_bytes() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice("قال".as_bytes());
        bytes.push(0xff);
        let decoded = auto(&bytes);
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.starts_with("قال") && decoded.text.ends_with('\u{fffd}'));
    }

    #[test]
    fn utf16_both_byte_orders_by_bom() {
        let le = auto(&utf16(ARABIC, true));
        assert_eq!((le.text.as_str(), le.encoding), (ARABIC, "UTF-16LE"));
        let be = auto(&utf16(ARABIC, false));
        assert_eq!((be.text.as_str(), be.encoding), (ARABIC, "UTF-16BE"));
    }

    #[test]
    fn windows_1256_is_detected() {
        let decoded = auto(&encode(WINDOWS_1256, ARABIC));
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (ARABIC, "windows-1256")
        );
    }

    #[test]
    fn iso_8859_6_is_detected() {
        // ISO-8859-6 has no "إ"/"أ" problems but lacks some letters of
        // windows-1256; the sample uses only letters both have.
        let decoded = auto(&encode(ISO_8859_6, ARABIC));
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (ARABIC, "ISO-8859-6")
        );
    }

    #[test]
    fn a_forced_encoding_wins() {
        let bytes = encode(WINDOWS_1256, ARABIC);
        let decoded = decode(bytes.clone(), Some(ISO_8859_6), false).expect("decodes");
        assert_eq!(decoded.encoding, "ISO-8859-6");
        assert_ne!(decoded.text, ARABIC);
        let decoded = decode(ARABIC.as_bytes().to_vec(), Some(UTF_8), false).expect("decodes");
        assert_eq!(decoded.text, ARABIC);
    }

    #[test]
    fn a_forced_encoding_drops_its_own_bom() {
        let decoded = decode(utf16(ARABIC, true), Some(UTF_16LE), false).expect("decodes");
        assert_eq!(decoded.text, ARABIC);
    }

    #[test]
    fn utf8_with_one_broken_byte_stays_utf8() {
        let letters = ARABIC.trim_end_matches(['.', '\n']);
        let mut bytes = letters.as_bytes()[..letters.len() - 1].to_vec(); // cut inside the last letter
        bytes.push(b'\n');
        let decoded = auto(&bytes);
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.contains('\u{fffd}'));
        assert!(decoded.text.starts_with("قال وزير الخارجية"));
    }

    #[test]
    fn invalid_bytes_in_a_legacy_encoding_are_replaced() {
        let mut bytes = encode(WINDOWS_1256, ARABIC);
        bytes.extend_from_slice(&encode(WINDOWS_1256, ARABIC));
        // 0xA1 is unassigned in ISO-8859-6.
        let decoded = decode(vec![0xc7, 0xa1, 0xe4], Some(ISO_8859_6), false).expect("decodes");
        assert_eq!(decoded.text, "ا\u{fffd}ل");
        assert!(decoded.text.contains('\u{fffd}'));
        assert!(auto(&bytes).text.starts_with("قال"));
    }

    #[test]
    fn an_untrusted_guess_is_reported_not_applied() {
        let bytes = encode(WINDOWS_1252, "caf\u{e9} au lait\n");
        assert_eq!(
            decode(bytes.clone(), None, false),
            Err(DecodeError::Untrusted {
                offset: 3,
                guess: "windows-1252"
            })
        );
        let forced = decode(bytes.clone(), Some(WINDOWS_1252), false).expect("decodes");
        assert_eq!(forced.text, "caf\u{e9} au lait\n");
    }

    #[test]
    fn a_page_declares_its_charset() {
        let mut page = b"<html><head><meta charset=\"windows-1252\"></head><body>".to_vec();
        page.extend_from_slice(&encode(WINDOWS_1252, "caf\u{e9}"));
        let decoded = decode(page.clone(), None, true).expect("decodes");
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.text.ends_with("caf\u{e9}"));
        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">";
        assert_eq!(meta_charset(http_equiv), Some(WINDOWS_1256));
        assert_eq!(meta_charset(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(meta_charset(b"<p>no declaration</p>"), None);
    }

    #[test]
    fn labels_are_whatwg_labels() {
        assert_eq!(for_label("cp1256"), Some(WINDOWS_1256));
        assert_eq!(for_label(" Arabic "), Some(ISO_8859_6));
        assert_eq!(for_label("utf8"), Some(UTF_8));
        assert_eq!(for_label("klingon"), None);
        assert_eq!(for_label("iso-2022-kr"), None);
    }
}

//! Reading input through the `qari` binary: encodings, `--encoding`, web
//! pages, standard input, page clutter, and bad input (one line on stderr,
//! exit code 2).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const QARI: &str = env!("CARGO_BIN_EXE_qari");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Two sentences of our own, in letters that windows-1256 and ISO-8859-6 share.
const ARABIC: &str = "قال وزير النقل إن الخط البحري الجديد سيعمل مرتين في الأسبوع.\n\
    وأضاف أن الحكومة ستعرض الاتفاق على البرلمان في جلسته المقبلة.\n";

fn qari(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(QARI)
        .args(args)
        .current_dir(ROOT)
        .env_remove("QARI_BIDI")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run qari");
    if let Some(mut pipe) = child.stdin.take() {
        // qari may exit before reading everything (an error): ignore EPIPE.
        let _ = pipe.write_all(stdin);
    }
    child.wait_with_output().expect("wait for qari")
}

/// `qari render --bidi terminal --width 200 ARGS`: logical order, unshaped,
/// so the output can be compared with the source text.
fn render(args: &[&str], stdin: &[u8]) -> Output {
    let mut all = vec!["render", "--bidi", "terminal", "--width", "200"];
    all.extend_from_slice(args);
    qari(&all, stdin)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-input-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

fn encode(label: &str, text: &str) -> Vec<u8> {
    let enc = encoding_rs::Encoding::for_label(label.as_bytes()).expect("known label");
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

/// Exit code 2 and exactly one line on stderr containing every needle.
fn assert_one_line_error(out: &Output, needles: &[&str]) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in {err:?}");
    }
    assert!(out.stdout.is_empty(), "nothing on stdout");
}

fn assert_reads_as_arabic(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(out);
    assert!(text.contains("قال وزير النقل إن الخط البحري"), "{text}");
    assert!(text.contains("وأضاف أن الحكومة"), "{text}");
}

#[test]
fn legacy_arabic_encodings_are_detected() {
    for label in ["windows-1256", "ISO-8859-6"] {
        let path = temp_file(&format!("{label}.txt"), &encode(label, ARABIC));
        assert_reads_as_arabic(&render(&[path.to_str().expect("path")], b""));
    }
}

#[test]
fn utf16_with_a_bom_is_text_not_binary() {
    let path = temp_file("utf16.txt", &utf16le(ARABIC));
    assert_reads_as_arabic(&render(&[path.to_str().expect("path")], b""));
}

#[test]
fn utf8_bom_is_dropped() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(ARABIC.as_bytes());
    let out = render(&["-"], &bytes);
    assert_reads_as_arabic(&out);
    assert!(!stdout(&out).contains('\u{feff}'));
}

#[test]
fn encodings_are_detected_on_standard_input_too() {
    assert_reads_as_arabic(&render(&["-"], &encode("windows-1256", ARABIC)));
}

#[test]
fn a_forced_encoding_is_used() {
    let bytes = encode(
        "windows-1252",
        "caf\u{e9} au lait, cr\u{e8}me br\u{fb}l\u{e9}e\n",
    );
    let path = temp_file("latin.txt", &bytes);
    let path = path.to_str().expect("path");
    assert_one_line_error(
        &render(&[path], b""),
        &["not valid UTF-8", "--encoding windows-1252"],
    );
    let out = render(&["--encoding", "windows-1252", path], b"");
    assert!(out.status.success());
    assert!(stdout(&out).contains("café au lait"));
    let out = render(
        &["--encoding", "cp1256", "-"],
        &encode("windows-1256", ARABIC),
    );
    assert_reads_as_arabic(&out);
}

#[test]
fn an_unknown_encoding_name_says_which_names_work() {
    assert_one_line_error(
        &render(&["--encoding", "klingon", "-"], ARABIC.as_bytes()),
        &["unknown encoding \"klingon\"", "windows-1256", "UTF-8"],
    );
    // The reader checks it before opening anything.
    assert_one_line_error(
        &qari(&["--encoding", "klingon", "samples/en-visit.txt"], b""),
        &["unknown encoding"],
    );
}

#[test]
fn a_saved_page_becomes_its_article() {
    let page = format!("{ROOT}/tests/fixtures/html/en-agreement-news.html");
    let out = render(&[&page], b"");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Norway and Chile agree to share ocean research vessels\n\n2025-06-03\n\n"
        ),
        "headline, then date:\n{text}"
    );
    assert!(text.contains("OSLO — Norway and Chile signed an agreement"));
    assert!(!text.contains("seafarer_77") && !text.contains("Share on"));
    // The same page on standard input is recognised by its content.
    let bytes = std::fs::read(&page).expect("fixture");
    assert_eq!(stdout(&render(&["-"], &bytes)), text);
}

#[test]
fn clutter_is_hidden_unless_raw() {
    let text = "Ministers sign a rail agreement\n\nTuesday, 8 October 2024\n\nShare this:\n\n\
        The two ministers signed the agreement on Tuesday.\n\nAdvertisements\n\nLeave a comment\n";
    let shown = stdout(&render(&["-"], text.as_bytes()));
    assert!(shown.contains("The two ministers signed"));
    for junk in ["Share this", "Advertisements", "Leave a comment"] {
        assert!(!shown.contains(junk), "{junk} in {shown}");
    }
    let raw = stdout(&render(&["--raw", "-"], text.as_bytes()));
    assert!(raw.contains("Advertisements"));
}

#[test]
fn bad_input_on_standard_input() {
    assert_one_line_error(&render(&["-"], b""), &["<stdin>: is empty"]);
    assert_one_line_error(
        &render(&["-"], b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        &["<stdin>: looks like a binary file"],
    );
}

#[test]
fn bad_files() {
    let missing = render(&["/no/such/page.html"], b"");
    assert_one_line_error(&missing, &["/no/such/page.html: no such file"]);
    let nul = temp_file("nul.txt", b"text\0with a NUL\n");
    assert_one_line_error(
        &render(&[nul.to_str().expect("path")], b""),
        &["looks like a binary file"],
    );
    let empty_page = temp_file("empty.html", b"<!doctype html><html><body></body></html>");
    assert_one_line_error(
        &render(&[empty_page.to_str().expect("path")], b""),
        &["no article text"],
    );
}

#[test]
fn the_reader_with_piped_empty_input_reports_it() {
    // No file and stdin is a pipe: qari reads the pipe, not the samples.
    assert_one_line_error(&qari(&[], b""), &["<stdin>: is empty"]);
}

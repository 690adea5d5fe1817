//! The `qari` binary from the outside: `render`, its modes, and bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn qari(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(args)
        .env_remove("QARI_BIDI")
        .output()
        .expect("run qari")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A file with the given bytes in a fresh temporary directory.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

fn assert_one_line_error(output: &Output, needle: &str) {
    assert_eq!(output.status.code(), Some(2), "exit code");
    let err = stderr(output);
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("qari: ") && err.contains(needle), "{err:?}");
    assert!(output.stdout.is_empty(), "nothing on stdout");
}

#[test]
fn render_right_aligns_and_reorders_arabic() {
    let path = temp_file(
        "ar.txt",
        "عنوان الخبر\n\nقال الوزير (أمس) إن 2024 عام جيد.\n".as_bytes(),
    );
    let out = qari(&[
        "render",
        "--width",
        "40",
        "--no-shape",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], format!("{}{}", " ".repeat(29), "ربخلا ناونع"));
    assert_eq!(rows[1], "");
    assert_eq!(rows[2].chars().count(), 40, "flush right: {:?}", rows[2]);
    assert!(
        rows[2]
            .trim_start()
            .starts_with(".ديج ماع 2024 نإ (سمأ) ريزولا لاق"),
        "{:?}",
        rows[2]
    );
}

#[test]
fn render_shapes_arabic_by_default() {
    let path = temp_file("shape.txt", "سلام\n".as_bytes());
    let out = qari(&["render", "--width", "10", path.to_str().unwrap()]);
    let row = stdout(&out);
    // Visual order, joined forms: isolated meem (alef does not join to the
    // left), lam-alef final ligature, initial seen.
    assert_eq!(row.trim(), "\u{fee1}\u{fefc}\u{feb3}");
}

#[test]
fn terminal_mode_keeps_logical_order_and_no_padding() {
    let path = temp_file("logical.txt", "قال الوزير\n".as_bytes());
    let out = qari(&[
        "render",
        "--width",
        "20",
        "--bidi",
        "terminal",
        path.to_str().unwrap(),
    ]);
    assert_eq!(stdout(&out), "قال الوزير\n");
    let env = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["render", "--width", "20", path.to_str().unwrap()])
        .env("QARI_BIDI", "terminal")
        .output()
        .expect("run qari");
    assert_eq!(stdout(&env), "قال الوزير\n");
}

#[test]
fn the_base_direction_can_be_forced() {
    let path = temp_file("dir.txt", "قال الوزير\n".as_bytes());
    let out = qari(&[
        "render",
        "--width",
        "20",
        "--no-shape",
        "--direction",
        "ltr",
        path.to_str().unwrap(),
    ]);
    assert_eq!(stdout(&out), "ريزولا لاق\n", "left-aligned");
    let path = temp_file("dir-en.txt", b"hello\n");
    let out = qari(&[
        "render",
        "--width",
        "10",
        "--direction",
        "rtl",
        path.to_str().unwrap(),
    ]);
    assert_eq!(stdout(&out), "     hello\n", "right-aligned");
}

#[test]
fn render_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["render", "--width", "20", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run qari");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"hello world, again\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(stdout(&out), "hello world, again\n");
}

#[test]
fn raw_keeps_every_line_and_clean_up_drops_blank_ones() {
    let path = temp_file("raw.txt", b"one\n\n\ntwo\n");
    let raw = qari(&["render", "--raw", "--width", "10", path.to_str().unwrap()]);
    // Four paragraphs (two of them empty), a blank line between each.
    assert_eq!(stdout(&raw), "one\n\n\n\ntwo\n");
    let clean = qari(&["render", "--width", "10", path.to_str().unwrap()]);
    assert_eq!(stdout(&clean), "one\n\ntwo\n");
}

#[test]
fn control_characters_never_reach_the_output() {
    let path = temp_file("esc.txt", b"bad \x1b[2J text \x1b]52;c;aGk=\x07 end\n");
    let out = qari(&["render", "--width", "80", path.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("␛[2J"), "{text:?}");
}

#[test]
fn show_controls_makes_hidden_bidi_controls_visible() {
    // "Trojan Source": an override that makes the code read differently.
    let path = temp_file(
        "trojan.txt",
        "access = \u{202e}nimda\u{2066} level\n".as_bytes(),
    );
    let hidden = stdout(&qari(&["render", "--width", "60", path.to_str().unwrap()]));
    assert!(
        !hidden.contains("<RLO>") && !hidden.contains('\u{202e}'),
        "{hidden:?}"
    );
    let shown = stdout(&qari(&[
        "render",
        "--width",
        "60",
        "--show-controls",
        path.to_str().unwrap(),
    ]));
    assert!(
        shown.contains("<RLO>") && shown.contains("<LRI>"),
        "{shown:?}"
    );
}

#[test]
fn a_bad_configuration_names_the_line_and_leaves_the_terminal_alone() {
    let config = temp_file("bad.toml", b"language = \"en\"\nbidi = \"sideways\"\n");
    let out = qari(&["--config", config.to_str().unwrap(), "samples/en-visit.txt"]);
    assert_one_line_error(&out, "bad.toml: line 2:");
    let keys = temp_file("keys.toml", b"[keys]\nfly = \"x\"\n");
    let out = qari(&["--config", keys.to_str().unwrap(), "samples/en-visit.txt"]);
    assert_one_line_error(&out, "unknown action \"fly\"");
}

#[test]
fn missing_file() {
    assert_one_line_error(
        &qari(&["render", "/no/such/file.txt"]),
        "/no/such/file.txt: no such file",
    );
    assert_one_line_error(&qari(&["/no/such/file.txt"]), "no such file");
}

#[test]
fn directory() {
    let dir = std::env::temp_dir();
    assert_one_line_error(&qari(&["render", dir.to_str().unwrap()]), "is a directory");
}

#[test]
fn binary_file() {
    let path = temp_file("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_one_line_error(
        &qari(&["render", path.to_str().unwrap()]),
        "looks like a binary file",
    );
}

#[test]
fn invalid_utf8() {
    let path = temp_file("latin1.txt", b"caf\xe9 au lait\n");
    assert_one_line_error(
        &qari(&["render", path.to_str().unwrap()]),
        "not valid UTF-8 (first bad byte at offset 3)",
    );
}

#[test]
fn empty_file() {
    let path = temp_file("empty.txt", b"  \n\n");
    assert_one_line_error(&qari(&["render", path.to_str().unwrap()]), "is empty");
}

#[cfg(target_os = "linux")]
#[test]
fn unreadable_file() {
    // Reading /proc/self/mem at offset 0 fails even for root (chmod 000 would not).
    assert_one_line_error(&qari(&["render", "/proc/self/mem"]), "cannot read");
}

#[test]
fn invalid_options() {
    let out = qari(&["render", "--width", "0", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let out = qari(&["--bidi", "sideways"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("sideways"));
}

//! The bytes qari sends a terminal: bidi switched off and back on (the
//! Terminal-WG sequence, and mlterm's own), every frame inside
//! synchronized-update brackets. Runs qari in a pseudo-terminal with
//! `script` (util-linux); skipped with a printed reason where it is missing.

use std::io::Write;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

const QARI: &str = env!("CARGO_BIN_EXE_qari");
const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/en-visit.txt");

/// Everything qari wrote to its terminal, from start to `q`.
fn terminal_output(term: &str, args: &[&str]) -> Option<String> {
    if Command::new("script").arg("--version").output().is_err() {
        println!("skipped: `script` (util-linux) is not installed");
        return None;
    }
    // The pseudo-terminal starts with no size: give it one.
    let command = format!("stty cols 100 rows 30; {QARI} {} {SAMPLE}", args.join(" "));
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env("TERM", term)
        .env_remove("QARI_BIDI")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run script");
    sleep(Duration::from_millis(500));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"q")
        .expect("send q");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "qari exited with {:?}", out.status);
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn app_mode_switches_terminal_bidi_off_and_back_on() {
    let Some(out) = terminal_output("xterm-256color", &[]) else {
        return;
    };
    let off = out.find("\x1b[8l").expect("CSI 8 l sent");
    let on = out.rfind("\x1b[8h").expect("CSI 8 h sent");
    assert!(off < on);
    assert!(
        !out.contains("\x1b]5379"),
        "mlterm's switch only for mlterm"
    );
}

#[test]
fn mlterm_gets_its_own_switch() {
    let Some(out) = terminal_output("mlterm", &[]) else {
        return;
    };
    let off = out
        .find("\x1b]5379;use_ctl=false\x07")
        .expect("mlterm bidi off");
    let on = out
        .find("\x1b]5379;use_ctl=true\x07")
        .expect("mlterm bidi on");
    assert!(off < on);
}

#[test]
fn terminal_mode_leaves_the_terminal_bidi_alone() {
    let Some(out) = terminal_output("xterm-256color", &["--bidi", "terminal"]) else {
        return;
    };
    assert!(!out.contains("\x1b[8l") && !out.contains("\x1b[8h"));
}

#[test]
fn frames_are_synchronized_updates() {
    let Some(out) = terminal_output("xterm-256color", &[]) else {
        return;
    };
    let begin = out.find("\x1b[?2026h").expect("begin synchronized update");
    let end = out[begin..]
        .find("\x1b[?2026l")
        .expect("end synchronized update");
    assert!(
        out[begin..begin + end].contains("ATHENS"),
        "the frame is inside the brackets"
    );
}

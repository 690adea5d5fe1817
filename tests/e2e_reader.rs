//! End-to-end tests of the reader as a user drives it in a real terminal
//! (tmux): quote jumps, facts that lead to their evidence, search that
//! forgives Arabic spelling, resizing, quitting; and the bidi oracle on the
//! captured article pane beside the facts pane.

mod common;

use common::{assert_cooked, Tmux, QARI, ROOT};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const SAMPLE: &str = "samples/ar-visit.txt";

/// The facts of a sample, as `qari facts --json` gives them.
fn facts(file: &str) -> Value {
    let out = Command::new(QARI)
        .args(["facts", "--json", file])
        .current_dir(ROOT)
        .output()
        .expect("qari facts");
    serde_json::from_slice(&out.stdout).expect("facts JSON")
}

/// A word as qari shows it (shaped, in visual order), to look for on screen.
fn shown(word: &str) -> String {
    let mut child = Command::new(QARI)
        .args(["render", "--width", "200", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("qari render");
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin.write_all(word.as_bytes()).expect("write");
    }
    let out = child.wait_with_output().expect("render");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn home(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("qari-e2e-reader-{}-{name}", std::process::id()))
}

fn start(name: &str, width: u16, height: u16) -> Option<Tmux> {
    let tmux = Tmux::start_at_home(name, width, height, SAMPLE, &home(name))?;
    // The facts pane fills in once the facts are extracted.
    tmux.wait_for_text("Summary");
    Some(tmux)
}

/// The longest word of a text (long words are unambiguous on screen).
fn longest_word(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .max_by_key(|w| w.chars().count())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn n_jumps_from_quote_to_quote() {
    let Some(tmux) = start("quotes", 120, 40) else {
        return;
    };
    let facts = facts(SAMPLE);
    let quotes = facts["quotes"].as_array().cloned().unwrap_or_default();
    assert!(quotes.len() >= 3, "the sample has three quotes or more");
    tmux.keys(&["n", "n", "n"]);
    let status = format!("quote 3/{}", quotes.len());
    let speaker = quotes[2]["speaker"]["name"].as_str().unwrap_or_default();
    // on a loaded machine a capture can catch the status line half drawn:
    // wait for the whole of it
    let screen = tmux.wait_for(&status, |rows| {
        rows.get(39)
            .is_some_and(|r| r.contains(&status) && r.contains(&shown(speaker)))
    });
    if !speaker.is_empty() {
        assert!(
            screen[39].contains(&shown(speaker)),
            "speaker on the status line: {}",
            screen[39]
        );
    }
    let word = shown(&longest_word(
        quotes[2]["text"].as_str().unwrap_or_default(),
    ));
    assert!(
        screen[1..39].iter().any(|r| r.contains(&word)),
        "the quote's words are on screen: {word}"
    );
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
}

/// An article of ours with one plain meeting, far enough down that jumping
/// to it moves the article.
fn meeting_article(dir: &Path) -> PathBuf {
    let mut text = String::from("نشرة الأخبار المحلية\n\n");
    for i in 1..=30 {
        text.push_str(&format!(
            "هذه فقرة تمهيدية رقم {i} عن الطقس والأسواق في المدينة.\n\n"
        ));
    }
    text.push_str(
        "واستقبل الرئيس العراقي سامي الحسن، اليوم الأحد في بغداد، وزير الخارجية الأردني هادي العمر، \
         وبحث الجانبان العلاقات الثنائية.\n",
    );
    std::fs::create_dir_all(dir).expect("dir");
    let path = dir.join("meeting.txt");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn tab_and_enter_on_a_meeting_land_on_its_sentence() {
    let home = home("meeting");
    let article = meeting_article(&home);
    let file = article.to_str().unwrap_or_default();
    let Some(tmux) = Tmux::start_at_home("meeting", 120, 40, file, &home) else {
        return;
    };
    tmux.wait_for_text("Meetings");
    let facts = facts(file);
    let summary = facts["summary"].as_array().map_or(0, Vec::len);
    let meetings = facts["meetings"].as_array().cloned().unwrap_or_default();
    let meeting = meetings.first().expect("the meeting is found");
    tmux.keys(&["Tab"]);
    // Entries: the Summary heading, its items, the Meetings heading, the meeting.
    for _ in 0..(1 + summary + 1) {
        tmux.keys(&["j"]);
    }
    tmux.keys(&["Enter"]);
    let evidence = meeting["evidence"]["text"].as_str().unwrap_or_default();
    let word = shown(&longest_word(evidence));
    let screen = tmux.wait_for("the meeting's sentence", |s| {
        s[1..39].iter().any(|r| r.contains(&word))
    });
    // The evidence is highlighted: reverse video in the article pane.
    let styled = tmux.tmux(&["capture-pane", "-p", "-e"]);
    let lit = styled.lines().filter(|l| l.contains("\u{1b}[7m")).count();
    assert!(lit >= 1, "highlighted rows: {lit}\n{}", screen.join("\n"));
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
}

#[test]
fn search_finds_a_word_typed_without_hamza() {
    let Some(tmux) = start("search", 120, 40) else {
        return;
    };
    // "الاردن" as typed; the article writes "الأردن".
    tmux.keys(&["/"]);
    tmux.tmux(&["send-keys", "-l", "الاردن"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text("match ");
    let word = shown("الأردن");
    assert!(
        screen[1..39].iter().any(|r| r.contains(&word)),
        "{word} on screen"
    );
    // "match i/n": n moves to the next one.
    let status = &screen[39];
    let current: usize = status
        .split("match ")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|i| i.parse().ok())
        .expect("match i/n on the status line");
    tmux.keys(&["n"]);
    tmux.wait_for_text(&format!("match {}/", current + 1));
    tmux.keys(&["Escape"]);
    tmux.wait_for("search ended", |s| !s[39].contains("match"));
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
}

#[test]
fn a_resize_keeps_the_quote_on_screen() {
    let Some(tmux) = start("resize", 120, 40) else {
        return;
    };
    let facts = facts(SAMPLE);
    let quote = facts["quotes"][1]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let word = shown(&longest_word(&quote));
    tmux.keys(&["n", "n"]);
    tmux.wait_for_text("quote 2/");
    tmux.tmux(&["resize-window", "-x", "100", "-y", "30"]);
    tmux.wait_for("the quote after the resize", |s| {
        s.len() == 30 && s[29].contains("quote 2/") && s[1..29].iter().any(|r| r.contains(&word))
    });
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
}

#[test]
fn the_article_pane_beside_the_facts_is_right_for_the_oracle() {
    let Some(tmux) = start("oracle", 120, 40) else {
        return;
    };
    tmux.keys(&["j", "j", "j"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    // At 120 columns the facts pane takes 42 on the left, then the separator.
    if let Some(summary) = common::check_article_pane(&tmux, SAMPLE, 77, 43) {
        println!("oracle, article pane beside the facts: {summary}");
    }
    tmux.keys(&["q"]);
}

//! End-to-end: the real `qari` binary in a real terminal (tmux), driven by
//! keys, resized, quit and killed; the screen read back with capture-pane.
//! Skipped, with a printed reason, where tmux is not installed.

mod common;

use common::{assert_cooked, rendered_body, trimmed, Tmux};
use std::process::Command;
use unicode_width::UnicodeWidthStr;

#[test]
fn reader_shows_the_article_as_render_does_scrolls_resizes_and_restores() {
    let Some(tmux) = Tmux::start("main", 100, 30, "samples/ar-visit.txt") else {
        return;
    };
    tmux.wait_for_text("ar-visit.txt");
    // Full-width reading: the facts pane hidden with `f`.
    tmux.keys(&["f"]);
    let body = rendered_body("samples/ar-visit.txt", 100);
    tmux.wait_for("the full-width article", |s| {
        trimmed(&s[1..29]) == body[..28]
    });
    if let Some(summary) = common::check_article_pane(&tmux, "samples/ar-visit.txt", 100, 0) {
        println!("oracle on the pane: {summary}");
    }

    tmux.keys(&["G"]);
    tmux.wait_for("the end", |s| s.last().is_some_and(|l| l.contains("100%")));
    tmux.keys(&["g", "j", "j", "j"]);
    // The terminal scrolls the pane itself and qari draws only the new
    // rows: the whole pane must still be exactly the article.
    let screen = tmux.wait_for("three lines down", |s| trimmed(&s[1..29]) == body[3..31]);
    assert!(!screen[29].contains("100%"));
    tmux.keys(&["k"]);
    tmux.wait_for("one line up", |s| trimmed(&s[1..29]) == body[2..30]);
    tmux.keys(&["j"]);

    tmux.keys(&["Space"]);
    let page_top = (3 + 27).min(body.len() - 28);
    let screen = tmux.wait_for("a page down", |s| {
        s.get(1).map(|r| r.trim_end()) == Some(body[page_top].as_str())
    });
    let top_before = screen[1].trim().to_string();

    tmux.tmux(&["resize-window", "-x", "60", "-y", "20"]);
    let narrow = rendered_body("samples/ar-visit.txt", 60);
    let screen = tmux.wait_for("the narrow layout", |s| {
        s.len() == 20
            && s.get(1)
                .is_some_and(|r| !r.trim().is_empty() && narrow.contains(&r.trim_end().to_string()))
    });
    assert!(screen.iter().all(|r| r.trim_end().width() <= 60));
    assert!(
        narrow
            .iter()
            .position(|r| r.trim_end() == screen[1].trim_end())
            > Some(5),
        "position kept after resize: {top_before:?} → {:?}",
        screen[1].trim()
    );

    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
    assert_eq!(tmux.exit_code().trim(), "exit=0");
    let screen = tmux.screen();
    assert!(
        !screen.iter().any(|r| r.contains("q quit")),
        "the alternate screen was left"
    );
}

#[test]
fn the_reading_position_is_remembered() {
    let home = std::env::temp_dir().join(format!("qari-e2e-home-{}-position", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    let body = rendered_body("samples/en-visit.txt", 80);
    let Some(first) = Tmux::start_at_home("pos1", 80, 24, "samples/en-visit.txt", &home) else {
        return;
    };
    first.wait_for_text("en-visit.txt");
    first.keys(&["j", "j", "j", "j", "j"]);
    first.wait_for("five lines down", |s| {
        s.get(1).map(|r| r.trim_end()) == Some(body[5].as_str())
    });
    first.keys(&["q"]);
    first.terminal_settings();
    drop(first);
    let Some(second) = Tmux::start_at_home("pos2", 80, 24, "samples/en-visit.txt", &home) else {
        return;
    };
    second.wait_for("the same place", |s| {
        s.get(1).map(|r| r.trim_end()) == Some(body[5].as_str())
    });
    second.keys(&["q"]);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn no_arguments_opens_the_bundled_samples() {
    let Some(tmux) = Tmux::start("samples", 100, 30, "") else {
        return;
    };
    tmux.wait_for_text("1/6");
    assert!(tmux.status_line().contains("ar-visit.txt"));
    tmux.keys(&["]"]);
    tmux.wait_for_text("en-visit.txt");
    tmux.keys(&["Escape"]);
    assert_cooked(&tmux.terminal_settings());
}

#[test]
fn sighup_and_sigterm_restore_the_terminal() {
    for signal in ["HUP", "TERM", "INT"] {
        let Some(tmux) = Tmux::start(&signal.to_lowercase(), 80, 24, "samples/en-visit.txt") else {
            return;
        };
        tmux.wait_for_text("en-visit.txt");
        let pid = tmux.qari_pid();
        assert!(!pid.is_empty(), "qari is running");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("kill");
        assert!(killed.success());
        assert_cooked(&tmux.terminal_settings());
        let screen = tmux.screen();
        assert!(
            !screen.iter().any(|r| r.contains("q quit")),
            "SIG{signal}: alternate screen left"
        );
    }
}

#[test]
fn escape_sequences_in_an_article_leave_the_screen_and_clipboard_alone() {
    let home = std::env::temp_dir().join(format!("qari-e2e-home-{}-hostile", std::process::id()));
    std::fs::create_dir_all(&home).expect("home");
    let file = home.join("hostile.txt");
    let mut text = String::from("Headline\n\n");
    for i in 0..40 {
        text.push_str(&format!("Filler paragraph number {i}.\n\n"));
    }
    text.push_str("Clear \u{1b}[2J screen, bell \u{7}, clipboard \u{1b}]52;c;cHduZWQ=\u{7} and C1 \u{9b}31m red.\n");
    std::fs::write(&file, text).expect("write");
    let Some(tmux) = Tmux::start_at_home("hostile", 100, 30, file.to_str().unwrap_or(""), &home)
    else {
        return;
    };
    tmux.wait_for_text("hostile.txt");
    // Let applications set tmux's clipboard, as a terminal that allows OSC 52 would.
    tmux.tmux(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.keys(&["f", "G"]);
    // The article (full width now), not the summary in the facts pane.
    let screen = tmux.wait_for("the hostile line", |s| {
        s.iter().any(|r| r.starts_with("Clear ␛[2J screen"))
    });
    let row = screen
        .iter()
        .find(|r| r.contains("Clear"))
        .cloned()
        .unwrap_or_default();
    assert!(
        row.contains("bell ␇") && row.contains("␛]52;c;cHduZWQ=␇"),
        "{row:?}"
    );
    assert!(
        screen
            .iter()
            .any(|r| r.contains("Filler paragraph number 39")),
        "not cleared"
    );
    assert_eq!(
        tmux.tmux(&["list-buffers"]).trim(),
        "",
        "nothing reached the clipboard"
    );
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
}

//! End-to-end: an article piped into `qari` (and `qari -`) in a real terminal
//! (tmux): the article comes from the pipe, the keys from the terminal
//! (/dev/tty), and the terminal is back in cooked mode after `q`.
//! Skipped, with a printed reason, where tmux is not installed.

mod common;

use common::{assert_cooked, Tmux, QARI};

/// Reads from the pipe, scrolls and quits with keys typed in the terminal.
fn pipe_and_quit(name: &str, pipeline: &str, headline: &str, later: &str) {
    let home = std::env::temp_dir().join(format!("qari-stdin-{}-{name}", std::process::id()));
    let Some(tmux) = Tmux::start_command(name, 100, 30, pipeline, &home) else {
        return;
    };
    tmux.wait_for_text(headline);
    tmux.wait_for_text("<stdin>"); // the status line names the source
    tmux.keys(&["G"]);
    tmux.wait_for_text(later);
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
    assert_eq!(tmux.exit_code().trim(), "exit=0");
}

#[test]
fn piped_text_is_read_and_keys_come_from_the_terminal() {
    pipe_and_quit(
        "cat",
        &format!("cat samples/en-visit.txt | {QARI}"),
        "Greek prime minister receives Egyptian deputy PM",
        "100%",
    );
}

#[test]
fn dash_reads_the_pipe_too() {
    pipe_and_quit(
        "dash",
        &format!("cat samples/en-visit.txt | {QARI} -"),
        "Greek prime minister receives Egyptian deputy PM",
        "100%",
    );
}

#[test]
fn a_piped_web_page_shows_its_article() {
    pipe_and_quit(
        "html",
        &format!("cat tests/fixtures/html/en-agreement-news.html | {QARI}"),
        "Norway and Chile agree to share ocean research vessels",
        "100%",
    );
}

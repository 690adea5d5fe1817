//! End-to-end: an article piped into `qari` (and `qari -`) in a real terminal
//! (tmux): the article comes from the pipe, the keys from the terminal
//! (/dev/tty), and the terminal is back in cooked mode after `q`.
//! Skipped, with a printed reason, where tmux is not installed.

use std::path::PathBuf;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

const QARI: &str = env!("CARGO_BIN_EXE_qari");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A private tmux server running a shell pipeline that ends in qari.
struct Tmux {
    socket: String,
    dir: PathBuf,
}

impl Tmux {
    fn start(name: &str, pipeline: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            println!("skipped: tmux is not installed");
            return None;
        }
        let socket = format!("qari-stdin-{}-{name}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = format!(
            "cd {ROOT} && {pipeline}; echo \"exit=$?\" > {d}/exit; stty -a > {d}/stty; echo QARI-EXITED; sleep 600",
            d = dir.display()
        );
        let status = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", "100", "-y", "30", "sh", "-c", &script])
            .env("TERM", "xterm-256color")
            .env("HOME", &dir)
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_STATE_HOME", dir.join("state"))
            .env_remove("QARI_BIDI")
            .status()
            .expect("start tmux");
        assert!(status.success(), "tmux new-session failed");
        Some(Tmux { socket, dir })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {needle:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    fn key(&self, key: &str) {
        self.tmux(&["send-keys", key]);
    }

    /// After qari exited: its exit line and the terminal settings.
    fn exit_and_settings(&self) -> (String, String) {
        self.wait_for("QARI-EXITED");
        let read = |f: &str| std::fs::read_to_string(self.dir.join(f)).unwrap_or_default();
        (read("exit").trim().to_string(), read("stty"))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Reads from the pipe, scrolls and quits with keys typed in the terminal.
fn pipe_and_quit(name: &str, pipeline: &str, headline: &str, later: &str) {
    let Some(tmux) = Tmux::start(name, pipeline) else {
        return;
    };
    tmux.wait_for(headline);
    tmux.wait_for("<stdin>"); // the status line names the source
    tmux.key("G");
    tmux.wait_for(later);
    tmux.key("q");
    let (exit, stty) = tmux.exit_and_settings();
    assert_eq!(exit, "exit=0");
    let words: Vec<&str> = stty.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "cooked mode after q: {stty}"
    );
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

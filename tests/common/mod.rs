//! What the end-to-end tests share: a private tmux server running qari (or
//! any command), driven with send-keys and read with capture-pane, and the
//! rows `qari render` prints to compare the screen with.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The qari binary under test.
pub const QARI: &str = env!("CARGO_BIN_EXE_qari");
/// The repository (samples are found from here).
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A private tmux server running one command in a window of a given size.
pub struct Tmux {
    socket: String,
    /// A private folder for this session's files.
    pub dir: PathBuf,
}

impl Tmux {
    /// Starts `qari ARGS` in a `width`×`height` window; after qari exits the
    /// shell records the terminal settings and prints a marker.
    pub fn start(name: &str, width: u16, height: u16, args: &str) -> Option<Tmux> {
        let home =
            std::env::temp_dir().join(format!("qari-e2e-home-{}-{name}", std::process::id()));
        Tmux::start_at_home(name, width, height, args, &home)
    }

    /// As [`Tmux::start`], with the configuration and state under `home`
    /// (so tests never read or write the user's own files).
    pub fn start_at_home(
        name: &str,
        width: u16,
        height: u16,
        args: &str,
        home: &Path,
    ) -> Option<Tmux> {
        Tmux::start_command(name, width, height, &format!("{QARI} {args}"), home)
    }

    /// Runs a shell command (`{dir}` in it names [`Tmux::dir`]) in the window;
    /// afterwards the shell records the terminal settings and prints a marker.
    pub fn start_command(
        name: &str,
        width: u16,
        height: u16,
        command: &str,
        home: &Path,
    ) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            println!("skipped: tmux is not installed");
            return None;
        }
        let socket = format!("qari-e2e-{}-{name}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = format!(
            "cd {ROOT} && {command}; echo \"exit=$?\" > {dir}/exit; stty -a > {dir}/stty; echo QARI-EXITED; sleep 600",
            command = command.replace("{dir}", &dir.display().to_string()),
            dir = dir.display()
        );
        let status = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .args(["sh", "-c", &script])
            .env("TERM", "xterm-256color")
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env_remove("QARI_BIDI")
            .status()
            .expect("start tmux");
        assert!(status.success(), "tmux new-session failed");
        Some(Tmux { socket, dir })
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen as text rows (`-N` keeps trailing spaces).
    pub fn screen(&self) -> Vec<String> {
        self.tmux(&["capture-pane", "-p", "-N"])
            .lines()
            .map(str::to_string)
            .collect()
    }

    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", key]);
        }
    }

    /// Waits until some screen row satisfies `test`; returns the screen.
    pub fn wait_for(&self, what: &str, test: impl Fn(&[String]) -> bool) -> Vec<String> {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!(
                    "timed out waiting for {what}; screen:\n{}",
                    screen.join("\n")
                );
            }
            sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_for_text(&self, needle: &str) -> Vec<String> {
        self.wait_for(needle, |s| s.iter().any(|row| row.contains(needle)))
    }

    pub fn status_line(&self) -> String {
        self.screen().last().cloned().unwrap_or_default()
    }

    /// The process id of qari (the child of the pane's shell).
    pub fn qari_pid(&self) -> String {
        let shell = self.tmux(&["display-message", "-p", "#{pane_pid}"]);
        let out = Command::new("pgrep")
            .args(["-P", shell.trim()])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// After qari exited: the terminal settings the shell saw.
    pub fn terminal_settings(&self) -> String {
        self.wait_for_text("QARI-EXITED");
        std::fs::read_to_string(self.dir.join("stty")).expect("stty output")
    }

    pub fn exit_code(&self) -> String {
        std::fs::read_to_string(self.dir.join("exit")).unwrap_or_default()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Cooked mode again: canonical input and echo on.
pub fn assert_cooked(stty: &str) {
    let flags: Vec<&str> = stty.split_whitespace().collect();
    for flag in ["icanon", "echo", "isig"] {
        assert!(flags.contains(&flag), "{flag} is off after qari: {stty}");
    }
}

/// `qari render` rows of an article's body (after the headline and its blank line).
pub fn rendered_body(file: &str, width: u16) -> Vec<String> {
    let out = Command::new(QARI)
        .args(["render", "--width", &width.to_string(), file])
        .current_dir(ROOT)
        .output()
        .expect("qari render");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let rows: Vec<String> = text.lines().map(str::to_string).collect();
    let first_blank = rows.iter().position(|r| r.is_empty()).unwrap_or(0);
    rows[first_blank + 1..].to_vec()
}

pub fn trimmed(rows: &[String]) -> Vec<String> {
    rows.iter().map(|r| r.trim_end().to_string()).collect()
}

/// Runs the bidi oracle (`../shared/tools/bidi-oracle`) on the article pane
/// of the screen: `left` columns dropped (a facts pane on the left), the
/// title and status lines skipped, rows `width` wide. Returns the oracle's
/// summary line, or `None` (with the reason printed) where it is absent.
pub fn check_article_pane(tmux: &Tmux, source: &str, width: u16, left: u16) -> Option<String> {
    let oracle = Path::new(ROOT).join("../shared/tools/bidi-oracle/oracle");
    let venv = std::env::var("ORACLE_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            let home = std::env::var("HOME").unwrap_or_default();
            Path::new(&home).join(".cache/bidi-oracle-venv")
        });
    if !oracle.exists() || !venv.join("bin/python").exists() {
        println!("oracle check skipped: ../shared/tools/bidi-oracle or its venv is absent");
        return None;
    }
    let pane = tmux.dir.join("pane.txt");
    std::fs::write(&pane, tmux.screen().join("\n")).expect("write capture");
    let out = Command::new(&oracle)
        .args(["check_screen", "--source", source, "--screen"])
        .arg(&pane)
        .args([
            "--left",
            &left.to_string(),
            "--skip-top",
            "1",
            "--skip-bottom",
            "1",
        ])
        .args([
            "--partial",
            "--width",
            &width.to_string(),
            "--engine",
            "any",
        ])
        .args(["--breaks", "uax14", "--check-align", "--neutral-base", "R"])
        .current_dir(ROOT)
        .output()
        .expect("run the oracle");
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "oracle: {report}");
    report.lines().last().map(str::to_string)
}

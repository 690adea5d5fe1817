//! End-to-end over a real SSH connection: qari runs on the far side of an
//! OpenSSH server on 127.0.0.1, in tmux on this side, as a user reading
//! over SSH would have it: keys, a resize that has to cross the
//! connection, quit; then the same through a slow link (25 KB/s each way),
//! timing how long a page turn takes to arrive.
//!
//! The server is the one `.ci/run` starts (`QARI_SSH_PORT`, `QARI_SSH_KEY`,
//! `QARI_SSH_KNOWN_HOSTS`), else one started here with
//! `scripts/test-sshd.sh`; without sshd the tests say so and pass.

mod common;

use common::{assert_cooked, rendered_body, trimmed, Tmux, QARI, ROOT};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use unicode_width::UnicodeWidthStr;

/// How to reach the test server.
struct Server {
    port: String,
    key: String,
    known_hosts: String,
    /// Set when this test started the server (and must stop it).
    own_dir: Option<PathBuf>,
}

impl Server {
    fn get(name: &str) -> Option<Server> {
        if let (Ok(port), Ok(key), Ok(known_hosts)) = (
            std::env::var("QARI_SSH_PORT"),
            std::env::var("QARI_SSH_KEY"),
            std::env::var("QARI_SSH_KNOWN_HOSTS"),
        ) {
            return Some(Server {
                port,
                key,
                known_hosts,
                own_dir: None,
            });
        }
        if !Path::new("/usr/sbin/sshd").exists() || Command::new("tmux").arg("-V").output().is_err()
        {
            println!("skipped: no sshd or tmux here (.ci/run installs openssh-server and tmux)");
            return None;
        }
        let dir = std::env::temp_dir().join(format!("qari-sshd-{}-{name}", std::process::id()));
        let out = Command::new("bash")
            .arg(Path::new(ROOT).join("scripts/test-sshd.sh"))
            .args(["start"])
            .arg(&dir)
            .output()
            .expect("start sshd");
        assert!(
            out.status.success(),
            "sshd: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let line = String::from_utf8_lossy(&out.stdout).into_owned();
        let value = |key: &str| -> String {
            line.split_whitespace()
                .find_map(|w| w.strip_prefix(&format!("{key}=")))
                .unwrap_or_default()
                .to_string()
        };
        Some(Server {
            port: value("QARI_SSH_PORT"),
            key: value("QARI_SSH_KEY"),
            known_hosts: value("QARI_SSH_KNOWN_HOSTS"),
            own_dir: Some(dir),
        })
    }

    /// The `ssh -tt` command that runs `remote` on the server, optionally
    /// through a link slowed to `rate` each way with pv.
    fn command(&self, remote: &str, rate: Option<&str>) -> String {
        let proxy = match rate {
            Some(rate) => {
                format!("-o ProxyCommand='sh -c \"pv -qL {rate} | nc %h %p | pv -qL {rate}\"' ")
            }
            None => String::new(),
        };
        format!(
            "ssh -tt {proxy}-p {} -i {} -o UserKnownHostsFile={} -o StrictHostKeyChecking=yes \
             -o BatchMode=yes -o LogLevel=ERROR root@127.0.0.1 '{remote}'",
            self.port, self.key, self.known_hosts
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(dir) = &self.own_dir {
            let _ = Command::new("bash")
                .arg(Path::new(ROOT).join("scripts/test-sshd.sh"))
                .arg("stop")
                .arg(dir)
                .status();
        }
    }
}

/// The command run on the far side: qari on a sample with a private HOME,
/// then the far side's terminal settings saved for the test.
fn remote_qari(home: &Path, file: &str) -> String {
    format!(
        "cd {ROOT} && HOME={h} XDG_STATE_HOME={h}/state XDG_CONFIG_HOME={h}/config {QARI} {file}; \
         stty -a > {h}/remote-stty",
        h = home.display()
    )
}

fn home(name: &str) -> PathBuf {
    let home = std::env::temp_dir().join(format!("qari-ssh-home-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).expect("home");
    home
}

#[test]
fn reading_over_ssh_with_a_resize_and_a_clean_exit() {
    let Some(server) = Server::get("plain") else {
        return;
    };
    let home = home("plain");
    let command = server.command(&remote_qari(&home, "samples/ar-visit.txt"), None);
    let Some(tmux) = Tmux::start_command("ssh", 100, 30, &command, &home) else {
        return;
    };
    tmux.wait_for_text("ar-visit.txt");
    // Full-width reading, as render prints it.
    tmux.keys(&["f"]);
    let body = rendered_body("samples/ar-visit.txt", 100);
    tmux.wait_for("the article", |s| trimmed(&s[1..29]) == body[..28]);
    tmux.keys(&["j", "j"]);
    tmux.wait_for("two lines down", |s| trimmed(&s[1..29]) == body[2..30]);
    // Jump between quotes across the connection.
    tmux.keys(&["n"]);
    tmux.wait_for_text("quote 1/");
    tmux.keys(&["n"]);
    tmux.wait_for_text("quote 2/");

    // The new size must cross the connection (SSH window-change) for qari
    // to lay the article out again at 70 columns.
    tmux.tmux(&["resize-window", "-x", "70", "-y", "20"]);
    let narrow = rendered_body("samples/ar-visit.txt", 70);
    let screen = tmux.wait_for("the narrow layout over ssh", |s| {
        s.len() == 20
            && s[19].contains("ar-visit.txt")
            && s.get(1)
                .is_some_and(|r| narrow.contains(&r.trim_end().to_string()))
    });
    assert!(screen.iter().all(|r| r.trim_end().width() <= 70));

    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
    let remote = std::fs::read_to_string(home.join("remote-stty")).expect("far side's stty");
    assert_cooked(&remote);
    assert!(!tmux.screen().iter().any(|r| r.contains("q quit")));
}

#[test]
fn a_slow_link_still_turns_pages_quickly() {
    let Some(server) = Server::get("slow") else {
        return;
    };
    let home = home("slow");
    // A long Arabic article of ours: the samples one after the other.
    let article = home.join("long.txt");
    let long: String = [
        "ar-visit.txt",
        "ar-economy.txt",
        "ar-visit.txt",
        "ar-economy.txt",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(Path::new(ROOT).join("samples").join(f)).unwrap_or_default())
    .collect::<Vec<_>>()
    .join("\n");
    std::fs::write(&article, long).expect("write");
    let file = article.to_str().unwrap_or_default().to_string();
    let command = server.command(&remote_qari(&home, &file), Some("25K"));
    let Some(tmux) = Tmux::start_command("slow", 100, 30, &command, &home) else {
        return;
    };
    tmux.wait_for_text("long.txt");
    tmux.keys(&["f"]);
    let body = rendered_body(&file, 100);
    assert!(body.len() > 60, "long enough for a page turn");
    tmux.wait_for("the article", |s| trimmed(&s[1..29]) == body[..28]);

    let started = Instant::now();
    tmux.keys(&["j"]);
    tmux.wait_for("a line down", |s| trimmed(&s[1..29]) == body[1..29]);
    let line = started.elapsed();

    let started = Instant::now();
    tmux.keys(&["Space"]);
    tmux.wait_for("a page down", |s| trimmed(&s[1..29]) == body[28..56]);
    let page = started.elapsed();

    let started = Instant::now();
    tmux.keys(&["n"]);
    // The next quote from where the reader is: "quote i/n" on the status line.
    tmux.wait_for("a quote jump", |s| {
        s[29]
            .split("quote ")
            .skip(1)
            .any(|after| after.starts_with(|c: char| c.is_ascii_digit()))
    });
    let quote = started.elapsed();
    println!(
        "over a 25 KB/s link: a line scroll arrived in {} ms, a page turn in {} ms, a quote jump in {} ms",
        line.as_millis(),
        page.as_millis(),
        quote.as_millis()
    );
    assert!(page.as_millis() < 2000, "a page turn took {page:?}");
    tmux.keys(&["q"]);
    assert_cooked(&tmux.terminal_settings());
}

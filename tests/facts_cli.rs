//! `qari facts` through the built binary: the JSON shape (one object, an
//! array for several files or a directory, one line each with --jsonl),
//! spans that point into the text, the text digest, and errors (one line on
//! stderr, exit code 2).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const QARI: &str = env!("CARGO_BIN_EXE_qari");

/// An article of our own: a reception, a quote, a statement and an agreement.
const ARTICLE: &str = "رئيس الوزراء يستقبل وزير الخارجية الأردني\n\
\n\
استقبل رئيس الوزراء العراقي مصطفى الكاظمي، اليوم الأحد، وزير الخارجية الأردني أيمن الصفدي في بغداد.\n\
وقال الكاظمي إن \"العراق ماضٍ في سياسة الانفتاح على جيرانه كلهم\".\n\
وأكد الصفدي أن بلاده تدعم استقرار العراق وأمنه.\n\
وجرى الاتفاق على تشكيل لجنة مشتركة للتجارة والطاقة.\n";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-facts-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

fn qari(args: &[&str]) -> Output {
    Command::new(QARI).args(args).output().expect("run qari")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn json_has_exactly_the_documented_fields() {
    let dir = temp_dir("shape");
    let file = write(&dir, "a.txt", ARTICLE);
    let v = json(&qari(&[
        "facts",
        "--json",
        file.to_str().unwrap_or_default(),
    ]));
    let keys: Vec<&str> = v
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut want = vec![
        "title",
        "date",
        "language",
        "summary",
        "people",
        "meetings",
        "quotes",
        "statements",
        "agreements",
        "topics",
        "keyphrases",
    ];
    let mut got = keys.clone();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(v["language"], "ar");
    assert_eq!(v["title"], "رئيس الوزراء يستقبل وزير الخارجية الأردني");
}

#[test]
fn facts_of_our_article_with_spans_into_the_text() {
    let dir = temp_dir("facts");
    let file = write(&dir, "a.txt", ARTICLE);
    let v = json(&qari(&[
        "facts",
        "--json",
        file.to_str().unwrap_or_default(),
    ]));
    let names: Vec<&str> = v["people"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(names.contains(&"مصطفى الكاظمي"), "{names:?}");
    assert!(names.contains(&"أيمن الصفدي"), "{names:?}");
    let meeting = &v["meetings"][0];
    let parties: Vec<&str> = meeting["participants"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(
        parties.contains(&"مصطفى الكاظمي") && parties.contains(&"أيمن الصفدي"),
        "{parties:?}"
    );
    assert_eq!(v["quotes"][0]["speaker"]["name"], "مصطفى الكاظمي");
    assert_eq!(v["statements"][0]["speaker"]["name"], "أيمن الصفدي");
    assert_eq!(v["agreements"].as_array().map(Vec::len), Some(1));
    for span in [
        &v["quotes"][0]["evidence"],
        &v["statements"][0]["evidence"],
        &meeting["evidence"],
    ] {
        let (start, end) = (
            span["start"].as_u64().unwrap_or(0) as usize,
            span["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(ARTICLE.get(start..end), span["text"].as_str());
    }
}

#[test]
fn several_files_and_directories_give_an_array_in_input_order() {
    let dir = temp_dir("dir");
    write(&dir, "b.txt", "Second article about trade.\n");
    write(&dir, "a.txt", ARTICLE);
    write(&dir, "notes.md", "not an article");
    let v = json(&qari(&[
        "facts",
        "--json",
        dir.to_str().unwrap_or_default(),
    ]));
    let titles: Vec<&str> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["title"].as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "رئيس الوزراء يستقبل وزير الخارجية الأردني",
            "Second article about trade."
        ]
    );
}

#[test]
fn jsonl_prints_one_object_per_line() {
    let dir = temp_dir("jsonl");
    let a = write(&dir, "a.txt", ARTICLE);
    let b = write(&dir, "b.txt", "Another one.\n");
    let out = qari(&[
        "facts",
        "--jsonl",
        a.to_str().unwrap_or_default(),
        b.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("one object per line");
        assert!(v.is_object());
    }
}

#[test]
fn digest_without_json() {
    let dir = temp_dir("digest");
    let file = write(&dir, "a.txt", ARTICLE);
    let out = qari(&["facts", file.to_str().unwrap_or_default()]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("meetings:") && text.contains("quotes:"),
        "{text}"
    );
    // an ISO date reads forwards even beside an Arabic one
    let dated = write(
        &dir,
        "b.txt",
        &ARTICLE.replacen('\n', "\n3 ديسمبر 2026\n", 1),
    );
    let out = qari(&["facts", dated.to_str().unwrap_or_default()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("date: 2026-12-03 ("), "{text}");
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "{text}"
    );
}

#[test]
fn missing_file_is_one_line_on_stderr_and_exit_2() {
    let out = qari(&["facts", "--json", "/nonexistent/qari-article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("qari: ") && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn empty_and_binary_files_are_errors() {
    let dir = temp_dir("bad");
    let empty = write(&dir, "empty.txt", "");
    let out = qari(&["facts", "--json", empty.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(2));
    let binary = dir.join("bin.txt");
    std::fs::write(&binary, [0u8, 1, 2, 3, 0, 0, 0xff, 0xfe]).expect("write");
    let out = qari(&["facts", "--json", binary.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn text_without_arabic_or_facts() {
    let dir = temp_dir("plain");
    let file = write(&dir, "p.txt", "1234 5678\n---\n");
    let v = json(&qari(&[
        "facts",
        "--json",
        file.to_str().unwrap_or_default(),
    ]));
    assert_eq!(v["meetings"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["quotes"].as_array().map(Vec::len), Some(0));
}

//! Saved news pages (our own, in tests/fixtures/html/) → the article:
//! headline, date, author and body; no menus, share bars, related links,
//! comments or footers.

use qari::input::{self, Document, Origin};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name)
}

/// The article's text and its shown paragraphs.
fn read(name: &str) -> (String, Vec<String>) {
    let article = input::load(&Origin::File(fixture(name))).expect("page loads");
    assert_eq!(article.encoding, "UTF-8");
    let doc = Document::parse(&article.text);
    let shown = doc
        .paragraphs
        .iter()
        .map(|r| article.text[r.clone()].to_string())
        .collect();
    (article.text, shown)
}

fn assert_article(name: &str, title: &str, date: Option<&str>, body: &[&str], chrome: &[&str]) {
    let (text, shown) = read(name);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some(title),
        "{name}: headline on line 1"
    );
    if let Some(date) = date {
        assert_eq!(
            lines.get(2).copied(),
            Some(date),
            "{name}: date after a blank line"
        );
        let doc = Document::parse(&text);
        assert_eq!(
            doc.date.map(|r| &text[r]),
            Some(date),
            "{name}: Document's date"
        );
    }
    for start in body {
        assert!(
            shown.iter().any(|p| p.starts_with(start)),
            "{name}: body paragraph {start:?} missing from\n{text}"
        );
    }
    for junk in chrome {
        assert!(
            !shown.iter().any(|p| p.contains(junk)),
            "{name}: {junk:?} shown in\n{text}"
        );
    }
    assert!(
        text.split("\n\n").all(|block| !block.trim().is_empty()),
        "{name}: blocks separated by single blank lines"
    );
}

#[test]
fn arabic_news_page() {
    assert_article(
        "ar-visit-news.html",
        "وزير الخارجية التونسي يزور الرباط ويوقع مذكرة تفاهم للنقل البحري",
        Some("2024-03-12"),
        &[
            "الرباط – بدأ وزير الخارجية",
            "وقال الحمروني",
            "من جهته، أكد بنسعيد",
            "ووقع الوزيران",
            "وأشار بيان",
            "ومن المقرر",
        ],
        &[
            "الأكثر قراءة",
            "التعليقات",
            "أبو يوسف",
            "العبرة بالتنفيذ",
            "اقرأ أيضاً",
            "معبر حدودي",
            "جميع الحقوق",
            "تسجيل الدخول",
            "عاجل",
            "إعلان",
            "واتساب",
        ],
    );
    let (text, _) = read("ar-visit-news.html");
    assert!(text.lines().any(|l| l == "سلمى بن عمر"), "author line");
}

#[test]
fn english_news_page() {
    assert_article(
        "en-agreement-news.html",
        "Norway and Chile agree to share ocean research vessels",
        Some("2025-06-03"),
        &[
            "OSLO — Norway and Chile",
            "Under the deal",
            "\"The ocean does not care",
            "Araya said",
            "Fisheries scientists",
            "The agreement will be reviewed",
        ],
        &[
            "cookies",
            "Newsletters",
            "Share on",
            "Sign up for",
            "More from Science",
            "Glacier retreat",
            "seafarer_77",
            "missed opportunity",
            "Leave a comment",
            "Follow us",
            "All rights reserved",
        ],
    );
}

#[test]
fn arabic_page_without_semantic_tags() {
    assert_article(
        "ar-divsoup-economy.html",
        "البنك المركزي الأردني يثبت أسعار الفائدة للمرة الثالثة على التوالي",
        None,
        &[
            "قرر البنك المركزي",
            "وقال المحافظ",
            "وأضاف البيان",
            "ويرى محللون",
            "ومن المنتظر",
        ],
        &[
            "قد تقرأ أيضا",
            "المحروقات",
            "قرار حكيم",
            "القروض السكنية",
            "الأكثر قراءة",
            "طقس بارد",
            "إعلانات",
            "المشاهدات",
            "طباعة",
        ],
    );
}

#[test]
fn blog_page_with_long_comments() {
    assert_article(
        "en-blog-comments.html",
        "Lebanon's finance minister meets IMF team in Beirut",
        Some("2024-05-14"),
        &[
            "BEIRUT — Lebanon’s finance minister",
            "According to a statement",
            "“We have listened carefully",
            "The head of the IMF team",
            "Economists in Beirut",
        ],
        &[
            "Every year the same story",
            "deposit recovery fund",
            "Electricity tariffs",
            "Share this",
            "Recent Posts",
            "Follow Blog",
            "Advertisements",
            "Leave a comment",
            "Posted in",
        ],
    );
}

#[test]
fn a_page_in_windows_1256_declared_by_meta_charset() {
    let page = std::fs::read_to_string(fixture("ar-divsoup-economy.html")).expect("fixture");
    let page = page.replace("charset=utf-8", "charset=windows-1256");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&page);
    assert!(!unmappable);
    let article = input::from_bytes(
        "page".into(),
        std::path::Path::new("page"),
        bytes.into_owned(),
        None,
        false,
    )
    .expect("loads");
    assert_eq!(article.encoding, "windows-1256");
    assert!(article.text.starts_with("البنك المركزي الأردني يثبت"));
}

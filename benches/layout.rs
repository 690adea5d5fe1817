//! Layout benchmarks: a whole article at width 100 (the seed article where
//! `../shared` is present, else the bundled Arabic visit sample), and the
//! reader's first screen of a 10 MB Arabic file (read, split, lay out what
//! the screen shows).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use qari::input::{self, samples, Document, Origin};
use qari::layout::{DocumentLayout, LayoutOptions};
use qari::ui::reader::Reader;
use std::path::PathBuf;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed-article.txt");

fn seed_article() -> (String, String) {
    match std::fs::read_to_string(SEED) {
        Ok(text) => ("seed-article".into(), text),
        Err(_) => (
            "ar-visit sample".into(),
            samples::SAMPLES[0].text.to_string(),
        ),
    }
}

/// Lays out every paragraph of an article at a width.
fn layout_all(text: &str, width: usize) -> usize {
    let document = Document::parse(text);
    let mut layout = DocumentLayout::new(text, document.paragraphs, LayoutOptions::new(width));
    (0..layout.len())
        .filter_map(|i| layout.paragraph(text, i).map(|p| p.rows.len()))
        .sum()
}

fn article_layout(c: &mut Criterion) {
    let (name, text) = seed_article();
    c.bench_function(&format!("layout {name} at width 100"), |b| {
        b.iter(|| layout_all(black_box(&text), 100))
    });
    for sample in samples::SAMPLES {
        c.bench_function(&format!("layout {} at width 80", sample.name), |b| {
            b.iter(|| layout_all(black_box(sample.text), 80))
        });
    }
}

/// A 10 MB Arabic article made of the bundled samples' Arabic paragraphs.
fn ten_megabytes() -> PathBuf {
    let path = std::env::temp_dir().join("qari-bench-10mb.txt");
    let mut text = String::from("عنوان طويل لمقال كبير جدا\n\n");
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(samples::SAMPLES[0].text);
        text.push_str("\n\n");
        text.push_str(samples::SAMPLES[2].text);
        text.push_str("\n\n");
    }
    std::fs::write(&path, text).expect("write the 10 MB file");
    path
}

fn first_screen(c: &mut Criterion) {
    let path = ten_megabytes();
    let mut group = c.benchmark_group("first screen");
    group.sample_size(20);
    group.bench_function("10 MB Arabic file, 100x30", |b| {
        b.iter(|| {
            let article = input::load(&Origin::File(path.clone())).expect("read");
            let mut reader = Reader::new(article, LayoutOptions::new(100));
            reader.resize(100, 28);
            black_box(reader.visible_lines().len())
        })
    });
    group.bench_function("10 MB Arabic file, 100x30, jump to the end", |b| {
        b.iter(|| {
            let article = input::load(&Origin::File(path.clone())).expect("read");
            let mut reader = Reader::new(article, LayoutOptions::new(100));
            reader.resize(100, 28);
            reader.go_to_end();
            black_box(reader.visible_lines().len())
        })
    });
    group.finish();
}

criterion_group!(benches, article_layout, first_screen);
criterion_main!(benches);

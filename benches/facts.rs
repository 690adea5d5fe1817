//! Facts benchmarks: the seed article (where `../shared/seed-article.txt`
//! exists, else a generated Arabic article) and a 1 MB Arabic text, to read
//! throughput in MB/s (criterion reports bytes per second).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use qari::facts::extract;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed-article.txt");

/// An article of our own, repeated: a reception, a quote, a statement, an agreement.
fn generated(paragraphs: usize) -> String {
    let para = "استقبل رئيس الوزراء العراقي مصطفى الكاظمي، اليوم الأحد، وزير الخارجية الأردني أيمن الصفدي في بغداد. \
وقال الكاظمي إن \"العراق ماضٍ في سياسة الانفتاح على جيرانه والتعاون معهم في كل المجالات\". \
وأكد الصفدي أن بلاده تدعم استقرار العراق، فيما جرى الاتفاق على تشكيل لجنة مشتركة للتجارة والطاقة.\n";
    let mut text = String::from("الكاظمي يستقبل الصفدي في بغداد\n\n");
    for _ in 0..paragraphs {
        text.push_str(para);
    }
    text
}

fn seed(c: &mut Criterion) {
    let (name, text) = match std::fs::read_to_string(SEED) {
        Ok(t) => ("seed article", t),
        Err(_) => ("generated article", generated(8)),
    };
    let mut group = c.benchmark_group("facts");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function(name, |b| b.iter(|| extract(black_box(&text))));
    group.finish();
}

fn throughput(c: &mut Criterion) {
    let text = generated(2500);
    let mut group = c.benchmark_group("facts");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function(format!("{} KB of Arabic", text.len() / 1024), |b| {
        b.iter(|| extract(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, seed, throughput);
criterion_main!(benches);

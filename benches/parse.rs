//! `khabar::parse` against a baseline measured in the same run: plain html5ever parsing
//! (`scraper::Html::parse_document`) of the same page. The ratio of the two is what to watch:
//! the goal (issue #3) is one DOM parse plus a small constant, not several tree walks.
//!
//! Fixtures are short pages written for this benchmark (benches/fixtures/), never corpus text.
//! Run: `cargo bench --bench parse`; for the 181 real AEB pages, `khabar eval --only aeb`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar::{Declared, Input, Options};

/// (name, bytes, declared kind) of each fixture.
const FIXTURES: &[(&str, &str, Declared)] = &[
    ("ar_html", include_str!("fixtures/ar.html"), Declared::Html),
    ("en_html", include_str!("fixtures/en.html"), Declared::Html),
    ("ar_text", include_str!("fixtures/ar.txt"), Declared::Text),
];

fn parse(c: &mut Criterion) {
    for &(name, doc, declared) in FIXTURES {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(doc.len() as u64));
        let input = Input {
            bytes: doc.as_bytes(),
            declared,
            charset: None,
            url: None,
        };
        let plain = Options::default();
        group.bench_function("khabar_parse", |b| {
            b.iter(|| khabar::parse(black_box(&input), &plain))
        });
        let with_entities = Options {
            entities: true,
            ..Options::default()
        };
        group.bench_function("khabar_parse_entities", |b| {
            b.iter(|| khabar::parse(black_box(&input), &with_entities))
        });
        if declared == Declared::Html {
            // The floor no HTML extractor can go below: building the DOM once.
            group.bench_function("html5ever_baseline", |b| {
                b.iter(|| scraper::Html::parse_document(black_box(doc)))
            });
        }
        group.finish();
    }
}

/// A hostile page: 20,000 nested elements. Both numbers should stay far below the request
/// timeout; html5ever's scope walks make the baseline itself superlinear in depth.
fn nested(c: &mut Criterion) {
    let doc = format!("{}<p>deep text</p>", "<div>".repeat(20_000));
    let input = Input {
        bytes: doc.as_bytes(),
        declared: Declared::Html,
        charset: None,
        url: None,
    };
    let mut group = c.benchmark_group("nested_20k");
    group.sample_size(10);
    group.bench_function("khabar_parse", |b| {
        b.iter(|| khabar::parse(black_box(&input), &Options::default()))
    });
    group.bench_function("html5ever_baseline", |b| {
        b.iter(|| scraper::Html::parse_document(black_box(&doc)))
    });
    group.finish();
}

criterion_group!(benches, parse, nested);
criterion_main!(benches);

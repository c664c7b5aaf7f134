//! Entity extraction throughput (issue #4: ≥ 20 MB/s of Arabic text per core).
//!
//! The text is a news paragraph written for this benchmark (not corpus text), repeated to
//! about 200 KB; set `KHABAR_BENCH_TEXT=FILE` to time another UTF-8 file instead (e.g. a
//! NER gold file under ../shared/corpus/ner). Run: `cargo bench --bench entities`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar::dates::find_with_reference;
use khabar::entities::{extract, extract_names, Context};

const PARAGRAPH_AR: &str = "وقال وزير الخارجية المصري سامح شكري في مؤتمر صحفي بالقاهرة أمس \
إن المحادثات مع نظيره الأردني أيمن الصفدي تناولت الأوضاع في غزة ولبنان، فيما أكد المتحدث \
باسم وزارة الخارجية الأمريكية أن واشنطن تدعم جهود الوساطة. وذكرت وكالة رويترز أن الأمم \
المتحدة دعت إلى وقف إطلاق النار، وأعلنت منظمة الصحة العالمية إرسال مساعدات إلى السودان \
واليمن. والتقى الرئيس الفرنسي إيمانويل ماكرون برئيس الوزراء الإيطالي في روما يوم ٥ مارس \
٢٠٢٤ لبحث ملف الهجرة، بينما قال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة للحوار.\n";

const PARAGRAPH_EN: &str = "President Emmanuel Macron met German Chancellor Olaf Scholz in \
Berlin on Monday, the Elysee said, as the European Union prepared new sanctions. The Ministry \
of Defence in London said Reuters had reported the talks, and the United Nations called for \
calm in Gaza and Lebanon.\n";

fn text(paragraph: &str) -> String {
    if let Ok(path) = std::env::var("KHABAR_BENCH_TEXT") {
        if let Ok(t) = std::fs::read_to_string(path) {
            return t;
        }
    }
    paragraph.repeat(200_000 / paragraph.len() + 1)
}

fn entities(c: &mut Criterion) {
    let ctx = Context::default();
    for (name, paragraph, lang) in [("ar", PARAGRAPH_AR, "ar"), ("en", PARAGRAPH_EN, "en")] {
        let text = text(paragraph);
        // Build the automaton and word lists outside the measurement.
        black_box(extract("وزير", lang, &ctx));
        let mut group = c.benchmark_group(format!("entities_{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(20);
        group.bench_function("extract", |b| {
            b.iter(|| black_box(extract(black_box(&text), lang, &ctx)))
        });
        // Persons, places and organizations without the date scan.
        group.bench_function("names_only", |b| {
            b.iter(|| black_box(extract_names(black_box(&text), lang)))
        });
        // The date scan alone, as `extract` runs it; with a reference date it also resolves
        // relative dates (أمس، يوم الجمعة), as for an article with a published date.
        group.bench_function("dates_only", |b| {
            b.iter(|| {
                black_box(find_with_reference(
                    black_box(&text),
                    ctx.published_at.as_deref(),
                ))
            })
        });
        group.bench_function("dates_with_reference", |b| {
            b.iter(|| black_box(find_with_reference(black_box(&text), Some("2024-03-05"))))
        });
        group.finish();
    }
}

criterion_group!(benches, entities);
criterion_main!(benches);

//! Bench binary (no framework, `harness = false`): counting and autosaving a 20,000-word
//! submission with 100 footnotes. Targets from the Drafting issue: under 1 ms to count and
//! under 20 ms to save, release build. Run with `cargo bench --bench drafting`; the numbers
//! go in README.md with the machine and the date.

use cityrights::document::{Block, Content, Inline};
use cityrights::engagement::EngagementInput;
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::Store;
use std::time::{Duration, Instant};

const SECTIONS: usize = 10;
const PARAS_PER_SECTION: usize = 40;
const WORDS_PER_PARA: usize = 50;
const FOOTNOTES_PER_SECTION: usize = 10;

fn section_content(seed: usize) -> Content {
    let words = [
        "the",
        "city",
        "housing",
        "right",
        "l'État",
        "follow-up",
        "1,250",
        "A/HRC/59/15",
        "evictions",
        "water",
        "schools",
        "participation",
        "municipal",
        "services",
        "recommendation",
        "140.7",
    ];
    let mut blocks = Vec::new();
    for p in 0..PARAS_PER_SECTION {
        let text: Vec<&str> = (0..WORDS_PER_PARA)
            .map(|i| words[(seed + p * 7 + i) % words.len()])
            .collect();
        let mut content = vec![Inline::text(text.join(" "))];
        if p % (PARAS_PER_SECTION / FOOTNOTES_PER_SECTION) == 0 {
            content.push(Inline::Footnote {
                content: vec![Inline::text("Municipal housing report 2025, table 3.")],
            });
        }
        blocks.push(Block::Paragraph {
            numbered: true,
            content,
        });
    }
    Content { blocks }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = std::env::temp_dir().join(format!("cityrights-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("bench.sqlite3");
    let mut store = Store::open(&path).expect("open the bench database");
    let e = store
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "Bench".into(),
            ..Default::default()
        })
        .expect("engagement");
    let sections: Vec<NewSection> = (0..SECTIONS)
        .map(|i| NewSection {
            title: format!("Section {i}"),
            content: section_content(i),
            guidance: String::new(),
        })
        .collect();
    let contents: Vec<Content> = sections.iter().map(|s| s.content.clone()).collect();
    let sub = store
        .create_submission_with(
            e.id,
            &SubmissionInput {
                title: "Bench".into(),
                ..Default::default()
            },
            sections,
        )
        .expect("submission");
    let stats = store.submission_stats(sub.id).expect("stats");
    println!(
        "submission: {} words ({} in footnotes), {} footnotes, {} paragraphs",
        stats.words, stats.footnote_words, stats.footnotes, stats.paragraphs
    );

    // Counting: the whole submission's tree, as the live count does for every keystroke.
    let mut count_times = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let mut words = 0;
        for c in &contents {
            words += std::hint::black_box(c).stats().words(true);
        }
        count_times.push(t.elapsed());
        assert_eq!(words, stats.words);
    }
    println!(
        "count whole submission: median {:?} (target < 1 ms)",
        median(count_times)
    );

    // The live count command (`count_submission`): the submission's count as sent (title, front
    // matter, headings, text, footnotes) with one section's unsaved title and text.
    let secs = store.sections(sub.id).expect("sections");
    let full = store.submission_count(sub.id).expect("count");
    println!(
        "as sent: {} words ({} title, {} front matter, {} headings)",
        full.stats.words,
        full.breakdown.title,
        full.breakdown.front_matter,
        full.breakdown.headings
    );
    let mut live_times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        std::hint::black_box(
            store
                .live_count(sub.id, secs[0].id, &secs[0].title, &contents[0])
                .expect("live"),
        );
        live_times.push(t.elapsed());
    }
    println!(
        "live count (with database reads): median {:?}",
        median(live_times)
    );

    // Autosave: one section of the 20,000-word submission, durable (WAL, synchronous=FULL),
    // with search indexing, and the new counts and compliance checks returned.
    let mut version = secs[0].version;
    let mut save_times = Vec::new();
    for i in 0..50 {
        let mut c = contents[0].clone();
        c.blocks.push(Block::para(format!("Typing goes on {i}.")));
        let t = Instant::now();
        let r = store
            .save_section(secs[0].id, &secs[0].title, &c, version)
            .expect("save");
        save_times.push(t.elapsed());
        version = r.section.version;
    }
    println!(
        "autosave one section: median {:?} (target < 20 ms)",
        median(save_times)
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

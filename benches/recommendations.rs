//! Bench binary (no framework, `harness = false`) for the recommendations of issue 6:
//!
//! 1. Import one State from a generated 260,000-record file in the UHRI bulk export's shape
//!    (about 360 MB, like the real export): target under 3 s and under 64 MiB peak memory on 2
//!    cores. Peak memory is the process's high-water mark (`VmHWM` in /proc/self/status),
//!    read after the import; generating the file streams to disk and stays small.
//! 2. Full-text search over 100,000 recommendations of realistic text: 95th percentile under
//!    20 ms, and no query over 300 ms, even one that matches every record.
//!
//! Run with `cargo bench --bench recommendations`; the numbers go in README.md with the
//! machine and the date. `-- --keep` keeps the generated file in the temp directory.

use cityrights::country::countries;
use cityrights::import::Watch;
use cityrights::recommendation::{
    ImportBatch, ImportedRecommendation, RecommendationFilter, Source,
};
use cityrights::Store;
use std::io::Write;
use std::time::{Duration, Instant};

const RECORDS: usize = 260_000;
const SEARCH_RECORDS: usize = 100_000;

/// A small deterministic generator, so every run measures the same data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const VERBS: &[&str] = &[
    "Ratify",
    "Continue efforts to",
    "Strengthen measures to",
    "Adopt a national strategy to",
    "Ensure",
    "Take effective measures to",
    "Intensify efforts to",
    "Consider",
    "Redouble efforts to",
    "Guarantee",
    "Step up measures to",
    "Allocate adequate resources to",
    "Develop a comprehensive plan to",
];
const OBJECTS: &[&str] = &[
    "combat hate speech and racist violence against minorities",
    "guarantee access to adequate and affordable housing for Roma communities",
    "ensure access to safe drinking water and sanitation in informal settlements",
    "protect the rights of persons with disabilities, including inclusive education",
    "prevent domestic violence and provide shelters for women and girls",
    "ensure the protection of migrants, refugees and asylum-seekers",
    "eliminate discrimination on the basis of sexual orientation and gender identity",
    "strengthen the independence of the national human rights institution",
    "reduce overcrowding in prisons and improve conditions of detention",
    "guarantee the rights of children in alternative care",
    "promote the participation of young people in local decision-making",
    "combat trafficking in persons, in particular women and children",
    "ensure equal access to health care for older persons",
    "the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
    "the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "prevent forced evictions and provide adequate alternative accommodation",
    "address homelessness through a human rights-based housing policy",
    "ensure inclusive quality education for children with disabilities",
    "protect journalists and human rights defenders from harassment",
    "reduce statelessness and ensure birth registration for all children",
    "promote gender equality in employment and close the gender pay gap",
    "ensure non-discriminatory access to public services for ethnic minorities",
    "strengthen the prevention of torture and ill-treatment in police custody",
    "guarantee freedom of peaceful assembly and of association",
];
const QUALIFIERS: &[&str] = &[
    "",
    ", in line with international standards",
    ", including at the local level",
    ", with the participation of civil society",
    ", and report on progress in the next national report",
    ", in consultation with the communities concerned",
    ", and allocate sufficient budgetary resources",
    ", in particular in rural and remote areas",
    ", in accordance with the 2030 Agenda for Sustainable Development",
];
const THEMES: &[&str] = &[
    "Right to adequate housing",
    "Right to water and sanitation",
    "Racial discrimination",
    "Equality & non-discrimination",
    "Persons with disabilities: definition, general principles",
    "Violence against women",
    "Migrants",
    "Children: protection",
    "Right to health",
    "Right to education",
    "Human rights defenders",
    "Prohibition of torture",
    "Members of minorities",
];
const STATES: &[&str] = &[
    "Portugal",
    "Maldives",
    "Spain",
    "Chile",
    "Iraq",
    "Türkiye",
    "Cabo Verde",
    "Canada",
    "Mexico",
    "India",
];

fn recommendation_text(r: &mut Rng) -> String {
    format!(
        "{} {}{}",
        r.pick(VERBS),
        r.pick(OBJECTS),
        r.pick(QUALIFIERS)
    )
}

/// Writes a UHRI-shaped export of `n` records; records go to the 195 States in turn.
fn generate(path: &std::path::Path, n: usize) -> std::io::Result<u64> {
    let names: Vec<&str> = countries().all().iter().map(|c| c.name.as_str()).collect();
    let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    w.write_all(b"[\n")?;
    for i in 0..n {
        let country = names[i % names.len()];
        let upr = i % 3 == 0;
        let text = if upr {
            format!(
                "{}.{} {} ({});",
                100 + i % 50,
                1 + i % 250,
                recommendation_text(&mut r),
                r.pick(STATES)
            )
        } else {
            format!(
                "<p>{}.The Committee recommends that the State party: <b>{}</b>{}. It also urges the State party to {} and to {}.</p>",
                1 + i % 60,
                r.pick(OBJECTS),
                r.pick(QUALIFIERS),
                r.pick(OBJECTS),
                r.pick(OBJECTS)
            )
        };
        let record = serde_json::json!({
            "AffectedPersons": ["Children", "Women & girls", "Persons with disabilities"],
            "AnnotationId": format!("{:08x}-fe1c-40f9-a326-{:012x}", i, i * 7919),
            "AnnotationType": if upr { "- Recommendations" } else { "- Concerns/Observations" },
            "Body": if upr { "- UPR" } else { "- CRC" },
            "Countries": [country],
            "DocumentId": format!("41a0b08f-5a9a-4eb5-985f-{:012x}", i / 100),
            "PublicationDate": "2025-02-12T00:00:00",
            "PublicationDateOnUhri": "2025-03-03T10:53:45.827",
            "Regions": ["Latin America and the Caribbean"],
            "Sdgs": ["16.2 - Protect children from abuse, exploitation, trafficking and violence",
                     "5.2 - End all violence against and exploitation of women",
                     "11.1 - By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums"],
            "Symbol": if upr { format!("A/HRC/{}/{}", 40 + i % 20, 10 + i % 15) } else { format!("CRC/C/X{}/CO/6-7", i % 100) },
            "Text": text,
            "Themes": [r.pick(THEMES), r.pick(THEMES), "Violence against women", "Right to health", "Enforced disappearances"],
            "UprCycle": if upr { serde_json::json!("4") } else { serde_json::Value::Null },
            "UprPositions": if upr { serde_json::json!(["Supported"]) } else { serde_json::json!([]) },
            "UprRecommendingCountry": if upr { serde_json::json!([r.pick(STATES)]) } else { serde_json::json!([]) },
            "UprRecommendingRegions": [],
            "UprSession": if upr { serde_json::json!(["48"]) } else { serde_json::json!([]) },
        });
        serde_json::to_writer(&mut w, &record)?;
        w.write_all(if i + 1 == n { b"\n" } else { b",\n" })?;
    }
    w.write_all(b"]\n")?;
    w.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let keep = std::env::args().any(|a| a == "--keep");
    let dir = std::env::temp_dir().join(format!("cityrights-bench-rec-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");

    // 1. UHRI import.
    let file = dir.join("export-full-en.json");
    let t = Instant::now();
    let bytes = generate(&file, RECORDS).expect("generate the export");
    println!(
        "generated {RECORDS} records, {:.0} MB, in {:.1?}",
        bytes as f64 / 1e6,
        t.elapsed()
    );
    let before = vm_hwm_kib();
    let mut store = Store::open(&dir.join("uhri.sqlite3")).expect("open");
    let t = Instant::now();
    let batch = cityrights::import::recommendations::uhri_batch(&file, "SVN", &mut Watch::none())
        .expect("read the export");
    let read = t.elapsed();
    let summary = store.import_recommendations(batch).expect("write");
    let total = t.elapsed();
    let after = vm_hwm_kib();
    println!(
        "import one State (SVN): {} imported, {} skipped of {} records; read {:.2?}, write {:.2?}, total {:.2?} (target < 3 s)",
        summary.imported,
        summary.skipped,
        summary.records,
        read,
        total - read,
        total
    );
    if let (Some(b), Some(a)) = (before, after) {
        println!(
            "peak memory (VmHWM): {:.1} MiB after the import ({:.1} MiB before it) (target < 64 MiB)",
            a as f64 / 1024.0,
            b as f64 / 1024.0
        );
    }
    drop(store);
    if !keep {
        let _ = std::fs::remove_file(&file);
    } else {
        println!("kept {}", file.display());
    }

    // 2. Search over 100,000 recommendations.
    let mut store = Store::open(&dir.join("search.sqlite3")).expect("open");
    let mut r = Rng(0x2545_F491_4F6C_DD1D);
    let items: Vec<ImportedRecommendation> = (0..SEARCH_RECORDS)
        .map(|i| ImportedRecommendation {
            symbol: format!("A/HRC/{}/{}", 20 + i / 5000, 10 + (i / 250) % 20),
            paragraph: format!("{}.{}", 100 + (i / 250) % 50, 1 + i % 250),
            text: recommendation_text(&mut r),
            recommending_states: vec![r.pick(STATES).to_string()],
            mechanism: "UPR".into(),
            themes: vec![r.pick(THEMES).to_string()],
            ..Default::default()
        })
        .collect();
    let t = Instant::now();
    store
        .import_recommendations(ImportBatch {
            source: Source::Csv,
            file_name: "bench".into(),
            country: String::new(),
            symbol: String::new(),
            records: items.len(),
            items,
            other_countries: 0,
            unusable: 0,
        })
        .expect("insert");
    println!(
        "inserted and indexed {SEARCH_RECORDS} recommendations in {:.1?}",
        t.elapsed()
    );

    let queries = [
        "housing",
        "roma",
        "water sanitation",
        "persons with disabilities",
        "ratify optional protocol",
        "hate speech",
        "gender",
        "children",
        "migrants asylum",
        "domestic violence",
        "evictions",
        "homeless",
        "journalists",
        "statelessness",
        "torture",
        "prisons",
        "education",
        "older persons",
        "trafficking",
        "civil society",
        "hous",
        "discrim",
        "tateless",
        "portugal",
        "A/HRC/21/15",
        "140.7",
        "local level",
        "2030 agenda",
        "equal access",
        "national human rights institution",
        "budgetary resources",
        "rural",
        "assembly",
        "pay gap",
        "birth registration",
        "informal settlements",
        "police custody",
        "young people",
        "shelters",
        "affordable housing roma",
    ];
    // Queries that match every record (or nearly): the worst case.
    let everything = ["the", "a", "e", "ensure the", "to"];
    let mut times = Vec::new();
    let mut slowest: Vec<(Duration, &str)> = Vec::new();
    for _ in 0..5 {
        for q in queries {
            let t = Instant::now();
            std::hint::black_box(store.search_recommendations(q, 20).expect("search"));
            times.push(t.elapsed());
            slowest.push((t.elapsed(), q));
        }
    }
    times.sort();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by(|a, b| a.1 == b.1);
    println!("slowest queries: {:?}", &slowest[..4.min(slowest.len())]);
    println!(
        "search ({} queries x 5, top 20): median {:.2?}, p95 {:.2?} (target < 20 ms), max {:.2?}",
        queries.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
    for q in everything {
        let t = Instant::now();
        let hits = store.search_recommendations(q, 20).expect("search");
        let picker = t.elapsed();
        let t = Instant::now();
        let page = store
            .list_recommendations(
                &RecommendationFilter {
                    query: q.into(),
                    ..Default::default()
                },
                100,
                0,
            )
            .expect("table");
        let table = t.elapsed();
        println!(
            "query \"{q}\" matching {} records: search {:.1?} ({} shown), table page with count {:.1?} (target < 300 ms)",
            page.total,
            picker,
            hits.len(),
            table
        );
    }
    let mut table_times = Vec::new();
    for q in queries {
        let t = Instant::now();
        std::hint::black_box(
            store
                .list_recommendations(
                    &RecommendationFilter {
                        query: q.into(),
                        ..Default::default()
                    },
                    100,
                    0,
                )
                .expect("table"),
        );
        table_times.push(t.elapsed());
    }
    table_times.sort();
    println!(
        "table search (first page of 100 with the total): median {:.2?}, p95 {:.2?}, max {:.2?}",
        percentile(&table_times, 0.5),
        percentile(&table_times, 0.95),
        table_times[table_times.len() - 1]
    );
    let t = Instant::now();
    std::hint::black_box(
        store
            .list_recommendations(&RecommendationFilter::default(), 100, 0)
            .expect("table"),
    );
    println!(
        "table without a query (first page of 100 with the total): {:.2?}",
        t.elapsed()
    );
    drop(store);
    if keep {
        let _ = std::fs::remove_file(dir.join("search.sqlite3"));
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

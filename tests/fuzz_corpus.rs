//! The fuzz corpus as a regression test: every committed input in `fuzz/corpus/<target>/` (the
//! seeds, and each crash the fuzzer found, kept as `seed-crash-*` once fixed), cut short at many
//! places and with bytes changed, goes through the importer that target fuzzes and gives a
//! result or a plain error — never a panic. The long runs are `make fuzz`; this keeps what they
//! taught in `cargo test`.

use std::path::Path;

/// The importer a fuzz target calls (the same calls as in `fuzz/fuzz_targets/<target>.rs`).
fn import(target: &str, data: &[u8]) {
    use cityrights::import;
    match target {
        "markdown" => drop(import::markdown::parse_bytes(data)),
        "docx" => drop(import::docx::parse_bytes(data)),
        "uhri" => {
            let svn = cityrights::country::countries().by_code("SVN").unwrap();
            drop(import::uhri::read(
                data,
                data.len() as u64,
                svn,
                &mut import::Watch::none(),
            ))
        }
        "report" => drop(import::report::parse_bytes(data, "A/HRC/59/15")),
        "thematic_list" => drop(import::thematic_list::parse_bytes(data, None)),
        "csv" => {
            if let Ok(preview) = import::csv::preview(data) {
                drop(import::csv::parse(data, &preview.suggested));
            }
        }
        "xlsx" => drop(cityrights::formats::xlsx::read(data)),
        "workspace" => drop(cityrights::workspace::check_bytes(data)),
        "contribution" => {
            drop(cityrights::formats::contribution::read_request(data));
            drop(cityrights::formats::contribution::read_return(data));
        }
        other => panic!("no importer for the fuzz target {other}"),
    }
}

const TARGETS: [&str; 9] = [
    "markdown",
    "docx",
    "uhri",
    "report",
    "thematic_list",
    "csv",
    "xlsx",
    "workspace",
    "contribution",
];

#[test]
fn every_corpus_input_cut_short_or_changed_gives_a_result_or_an_error_never_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join("corpus");
    let mut inputs = 0;
    for target in TARGETS {
        let mut files: Vec<_> = std::fs::read_dir(root.join(target))
            .unwrap_or_else(|e| panic!("fuzz/corpus/{target}: {e}"))
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("seed-"))
            })
            .collect();
        files.sort();
        assert!(!files.is_empty(), "fuzz/corpus/{target} has no seeds");
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let name = file.display().to_string();
            let step = (data.len() / 40).max(1);
            let mut variants = vec![data.clone()];
            variants.extend(
                (0..data.len())
                    .step_by(step)
                    .map(|cut| data[..cut].to_vec()),
            );
            // Bytes changed at spread-out places (a fixed pattern: the test is the same each run).
            for k in 1..=20 {
                let mut v = data.clone();
                if !v.is_empty() {
                    let at = (k * 7919) % v.len();
                    v[at] ^= 0xA5;
                }
                variants.push(v);
            }
            for v in &variants {
                let outcome = std::panic::catch_unwind(|| import(target, v));
                assert!(
                    outcome.is_ok(),
                    "{target} panicked on a variant of {name} ({} bytes)",
                    v.len()
                );
                inputs += 1;
            }
        }
    }
    assert!(inputs > 500, "{inputs}");
}

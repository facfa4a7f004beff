//! Contribution packages built to hurt (issue #17): an entry that inflates far beyond what the
//! manifest says (a 2 KB file that would grow to megabytes), a manifest that claims an entry
//! larger than any package holds, and a package with thousands of entries. Each is refused
//! while reading — never more than the manifest's size plus one byte unpacked — with a plain
//! message.

use cityrights::formats::contribution::{
    read_request, read_return, PackageError, MAX_CHANGES, MAX_JSON_BYTES,
};
use sha2::{Digest, Sha256};
use std::io::Write;

fn hex(b: &[u8]) -> String {
    Sha256::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// A package zip of `entries`, with a manifest listing `listed` (name, bytes, sha256).
fn package(kind: &str, entries: &[(&str, &[u8])], listed: &[(&str, u64, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, data) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    let manifest = serde_json::json!({
        "format": "cityrights-contribution",
        "format_version": 1,
        "kind": kind,
        "app_version": "0.1.0",
        "created_at": "2026-12-06T10:00:00Z",
        "workspace_id": "a".repeat(32),
        "request_token": "b".repeat(32),
        "package_id": "c".repeat(32),
        "files": listed.iter().map(|(n, b, s)| serde_json::json!({"name": n, "bytes": b, "sha256": s})).collect::<Vec<_>>(),
    });
    zip.start_file("manifest.json", options).unwrap();
    zip.write_all(&serde_json::to_vec(&manifest).unwrap())
        .unwrap();
    zip.finish().unwrap().into_inner()
}

/// The refusal's English words (what the app shows in English).
fn words(e: PackageError) -> String {
    match e {
        PackageError::Damaged(why) => why.to_string(),
        other => format!("{other:?}"),
    }
}

#[test]
fn an_entry_that_inflates_beyond_its_manifest_stops_at_the_manifests_size() {
    // 24 MB of spaces: a few tens of kilobytes compressed.
    let huge = vec![b' '; 24 * 1024 * 1024];
    let bytes = package(
        "return",
        &[("return.json", &huge)],
        &[("return.json", 100, hex(b"x"))],
    );
    assert!(bytes.len() < 64 * 1024, "{} bytes", bytes.len());
    let e = words(read_return(&bytes).unwrap_err());
    assert!(e.contains("not the size its manifest gives"), "{e}");
}

#[test]
fn a_manifest_claiming_a_giant_entry_is_refused_before_reading() {
    let bytes = package(
        "request",
        &[("request.json", b"{}")],
        &[("request.json", MAX_JSON_BYTES + 1, hex(b"{}"))],
    );
    let e = words(read_request(&bytes).unwrap_err());
    assert!(e.contains("more than the"), "{e}");
}

#[test]
fn thousands_of_entries_are_refused() {
    let names: Vec<String> = (0..MAX_CHANGES + 10)
        .map(|i| format!("changes/{i}.changeset"))
        .collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let bytes = package("return", &entries, &[]);
    let e = words(read_return(&bytes).unwrap_err());
    assert!(e.contains("entries where a package holds at most"), "{e}");
}

#[test]
fn an_entry_the_manifest_does_not_list_is_refused() {
    let body = br#"{"sender":"x","returned_at":"2026-12-06T10:00:00Z","changes":[]}"#;
    let bytes = package(
        "return",
        &[("return.json", body), ("extra.bin", b"smuggled")],
        &[("return.json", body.len() as u64, hex(body))],
    );
    let e = words(read_return(&bytes).unwrap_err());
    assert!(e.contains("does not list"), "{e}");
}

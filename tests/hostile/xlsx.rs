//! Hostile Excel workbooks given to `recommendations import-xlsx`: a sheet that unpacks to more
//! than the limit, and shared strings announcing trillions of texts (calamine would reserve
//! memory for them and abort). Each is refused in plain words by a separate CLI process whose
//! peak memory is measured, and nothing is written.

use assert_cmd::Command;
use cityrights::formats::xlsx;
use std::io::{Read, Write};

/// The most memory the CLI may use at its peak to refuse them: the bomb is decompressed into
/// a counter, never into memory, and the announced count is refused before calamine reads it.
/// (Alone under `/usr/bin/time` the CLI peaks at about 26 MiB for each; the peak measured here
/// also counts what the test process shares with a child before it starts the CLI, about
/// 110 MiB. Unguarded, the announced count alone made calamine ask for 96 TB.)
const PEAK_BYTES_MAX: u64 = 256 * 1024 * 1024;

/// The largest peak resident memory of any child process this test binary has waited for.
fn children_peak_bytes() -> u64 {
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(rc, 0);
    usage.ru_maxrss as u64 * 1024
}

/// A real workbook (as the export writes it) with the part `name` replaced by `bytes`.
fn workbook_with(name: &str, bytes: &[u8]) -> Vec<u8> {
    let columns = [xlsx::Column {
        header: "Symbol",
        width: 12.0,
    }];
    let good = xlsx::write("M", &columns, 0, &[vec!["A/HRC/59/15".into()]]).unwrap();
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(good)).unwrap();
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    for i in 0..from.len() {
        let mut e = from.by_index(i).unwrap();
        let mut part = Vec::new();
        e.read_to_end(&mut part).unwrap();
        to.start_file(e.name(), o).unwrap();
        to.write_all(if e.name() == name { bytes } else { &part })
            .unwrap();
    }
    to.finish().unwrap().into_inner()
}

/// The zip with the uncompressed size of `name` declared as `size` in its local header and the
/// central directory: a zip that lies about what it unpacks to.
fn declaring(mut zip: Vec<u8>, name: &str, size: u32) -> Vec<u8> {
    let name = name.as_bytes();
    let u16_at = |z: &[u8], i: usize| u16::from_le_bytes([z[i], z[i + 1]]) as usize;
    let mut i = 0;
    while i + 46 < zip.len() {
        if zip[i..].starts_with(b"PK\x03\x04")
            && zip[i + 30..].starts_with(name)
            && u16_at(&zip, i + 26) == name.len()
        {
            zip[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
        }
        if zip[i..].starts_with(b"PK\x01\x02")
            && zip[i + 46..].starts_with(name)
            && u16_at(&zip, i + 28) == name.len()
        {
            zip[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
        }
        i += 1;
    }
    zip
}

#[test]
fn hostile_workbooks_are_refused_by_the_cli_within_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let sheet = "xl/worksheets/sheet1.xml";
    {
        // Written to disk first, and the buffers dropped, before any CLI is started.
        let bomb = workbook_with(sheet, &vec![b' '; xlsx::MAX_PART_BYTES as usize + 4096]);
        assert!(bomb.len() < 512 * 1024, "{} bytes", bomb.len());
        let liar = declaring(bomb.clone(), sheet, 1000);
        let mut read = zip::ZipArchive::new(std::io::Cursor::new(&liar)).unwrap();
        assert_eq!(
            read.by_name(sheet).unwrap().size(),
            1000,
            "the liar declares 1,000 bytes"
        );
        drop(read);
        std::fs::write(dir.path().join("liar.xlsx"), liar).unwrap();
        std::fs::write(dir.path().join("bomb.xlsx"), bomb).unwrap();
        let sst = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="4000000000000"><si><t>A/HRC/59/15</t></si></sst>"#;
        let announced = workbook_with("xl/sharedStrings.xml", sst);
        std::fs::write(dir.path().join("announced.xlsx"), announced).unwrap();
    }
    for (name, expected) in [
        ("bomb.xlsx", "larger than 96 MB once unpacked"),
        // Declares 1,000 bytes: its real size is counted while it unpacks.
        ("liar.xlsx", "larger than 96 MB once unpacked"),
        ("announced.xlsx", "announces 4000000000000 different texts"),
    ] {
        let out = Command::cargo_bin("cityrights")
            .unwrap()
            .arg("--db")
            .arg(&db)
            .env_remove("CITYRIGHTS_DB")
            .args(["recommendations", "import-xlsx"])
            .arg(dir.path().join(name))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
    }
    let peak = children_peak_bytes();
    eprintln!("the CLI processes peaked at {} MiB", peak >> 20);
    assert!(
        peak < PEAK_BYTES_MAX,
        "a CLI process peaked at {} MiB",
        peak >> 20
    );
}

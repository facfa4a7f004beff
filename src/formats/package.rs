//! A checked package: a zip archive whose `manifest.json` lists every other entry with its size
//! and SHA-256, written whole and read back trusting nothing.
//!
//! Reading never believes the zip: the number of entries, the manifest's size, each entry's
//! size (read with a cap of what the manifest says, whatever the zip's header claims, so a
//! 2 KB file that would inflate to gigabytes stops at the limit) and its checksum are all
//! checked while reading. A byte changed anywhere, a file cut short, an entry added or
//! missing: each is refused with the reason, before the caller uses any of it.

use crate::model::language::{Arg, Said};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Seek, Write};

/// The name of the manifest entry.
pub const MANIFEST: &str = "manifest.json";

/// One entry besides the manifest, as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageFile {
    pub name: String,
    pub bytes: u64,
    /// SHA-256 of the entry's content, lower-case hex.
    pub sha256: String,
}

/// Why a package was refused, in plain words (the caller adds what to do).
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal(pub Said);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

fn refuse(key: &'static str, args: Vec<(&'static str, Arg)>) -> Refusal {
    Refusal(Said::new(key, args))
}

/// The zip reader's or the JSON parser's own words, kept as they are inside a refusal.
fn given(e: impl std::fmt::Display) -> Arg {
    Said::as_given(e.to_string()).into()
}

/// The SHA-256 of `bytes` in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Limits a reader enforces while reading.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Most entries in the zip, the manifest included.
    pub max_entries: usize,
    /// The largest manifest read.
    pub max_manifest_bytes: u64,
    /// The largest entry unpacked.
    pub max_entry_bytes: u64,
    /// The most bytes unpacked in all.
    pub max_total_bytes: u64,
}

/// Writes a package: `entries` (name, content), then a manifest made by `manifest` from their
/// list (sizes and checksums), as a zip in memory; the caller writes it to disk whole.
pub fn write<M: Serialize>(
    entries: &[(String, Vec<u8>)],
    manifest: impl FnOnce(Vec<PackageFile>) -> M,
) -> Result<Vec<u8>, String> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut files = Vec::with_capacity(entries.len());
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options)
            .map_err(|e| e.to_string())?;
        zip.write_all(bytes).map_err(|e| e.to_string())?;
        files.push(PackageFile {
            name: name.clone(),
            bytes: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        });
    }
    let json = serde_json::to_vec_pretty(&manifest(files)).map_err(|e| e.to_string())?;
    zip.start_file(MANIFEST, options)
        .map_err(|e| e.to_string())?;
    zip.write_all(&json).map_err(|e| e.to_string())?;
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

/// A package whose manifest was read; its entries are read through [`Package::entry`], which
/// checks each against the manifest.
pub struct Package<R: Read + Seek> {
    zip: zip::ZipArchive<R>,
    limits: Limits,
    files: Vec<PackageFile>,
    unpacked: u64,
}

impl<R: Read + Seek> Package<R> {
    /// Opens the zip and reads the manifest as JSON (`M`, which lists the entries with
    /// `files_of`). Every entry the zip holds must be in the manifest, once, within the limits.
    pub fn open<M: for<'de> Deserialize<'de>>(
        reader: R,
        limits: Limits,
        files_of: impl FnOnce(&M) -> Vec<PackageFile>,
    ) -> Result<(Package<R>, M), Refusal> {
        let mut zip = zip::ZipArchive::new(reader)
            .map_err(|e| refuse("error.pkg_zip_unreadable", vec![("what", given(e))]))?;
        if zip.len() > limits.max_entries {
            return Err(refuse(
                "error.pkg_too_many_entries",
                vec![("n", zip.len().into()), ("max", limits.max_entries.into())],
            ));
        }
        let json = {
            let entry = match zip.by_name(MANIFEST) {
                Ok(e) => e,
                Err(zip::result::ZipError::FileNotFound) => {
                    return Err(refuse("error.pkg_no_manifest", vec![]))
                }
                Err(e) => {
                    return Err(refuse(
                        "error.pkg_manifest_unreadable",
                        vec![("what", given(e))],
                    ))
                }
            };
            let mut buf = Vec::new();
            entry
                .take(limits.max_manifest_bytes + 1)
                .read_to_end(&mut buf)
                .map_err(|e| refuse("error.pkg_manifest_unreadable", vec![("what", given(e))]))?;
            if buf.len() as u64 > limits.max_manifest_bytes {
                return Err(refuse("error.pkg_manifest_too_large", vec![]));
            }
            buf
        };
        let manifest: M = serde_json::from_slice(&json)
            .map_err(|e| refuse("error.pkg_manifest_unreadable", vec![("what", given(e))]))?;
        let files = files_of(&manifest);
        let mut total = 0u64;
        for (i, f) in files.iter().enumerate() {
            if f.name == MANIFEST || files[..i].iter().any(|g| g.name == f.name) {
                return Err(refuse(
                    "error.pkg_named_twice",
                    vec![("name", f.name.clone().into())],
                ));
            }
            if f.bytes > limits.max_entry_bytes {
                return Err(refuse(
                    "error.pkg_entry_over",
                    vec![
                        ("name", f.name.clone().into()),
                        ("bytes", f.bytes.into()),
                        ("max", limits.max_entry_bytes.into()),
                    ],
                ));
            }
            total = total.saturating_add(f.bytes);
        }
        if total > limits.max_total_bytes {
            return Err(refuse(
                "error.pkg_total_over",
                vec![
                    ("bytes", total.into()),
                    ("max", limits.max_total_bytes.into()),
                ],
            ));
        }
        for name in zip.file_names() {
            if name != MANIFEST && !files.iter().any(|f| f.name == name) {
                return Err(refuse(
                    "error.pkg_unlisted_entry",
                    vec![("name", name.into())],
                ));
            }
        }
        Ok((
            Package {
                zip,
                limits,
                files,
                unpacked: 0,
            },
            manifest,
        ))
    }

    /// The entry `name`, read whole, checked against the manifest's size and SHA-256 while
    /// reading (never more than the manifest's size plus one byte is read).
    pub fn entry(&mut self, name: &str) -> Result<Vec<u8>, Refusal> {
        let Some(expected) = self.files.iter().find(|f| f.name == name).cloned() else {
            return Err(refuse("error.pkg_not_listed", vec![("name", name.into())]));
        };
        let entry = self.zip.by_name(name).map_err(|e| {
            refuse(
                "error.pkg_entry_unreadable",
                vec![("name", name.into()), ("what", given(e))],
            )
        })?;
        let mut buf = Vec::new();
        entry
            .take(expected.bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|e| {
                refuse(
                    "error.pkg_entry_unreadable",
                    vec![("name", name.into()), ("what", given(e))],
                )
            })?;
        self.unpacked = self.unpacked.saturating_add(buf.len() as u64);
        if buf.len() as u64 != expected.bytes || self.unpacked > self.limits.max_total_bytes {
            return Err(refuse("error.pkg_entry_size", vec![("name", name.into())]));
        }
        if !sha256_hex(&buf).eq_ignore_ascii_case(&expected.sha256) {
            return Err(refuse(
                "error.pkg_entry_checksum",
                vec![("name", name.into())],
            ));
        }
        Ok(buf)
    }

    /// Every entry the manifest lists, in its order.
    pub fn names(&self) -> Vec<String> {
        self.files.iter().map(|f| f.name.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct M {
        files: Vec<PackageFile>,
    }

    const LIMITS: Limits = Limits {
        max_entries: 4,
        max_manifest_bytes: 4096,
        max_entry_bytes: 1024,
        max_total_bytes: 2048,
    };

    type Opened = (Package<std::io::Cursor<Vec<u8>>>, M);

    fn open(bytes: Vec<u8>) -> Result<Opened, Refusal> {
        Package::open(std::io::Cursor::new(bytes), LIMITS, |m: &M| m.files.clone())
    }

    #[test]
    fn no_changed_byte_gives_other_content_silently() {
        let content = b"{\"text\":\"The housing department adds a paragraph.\"}".to_vec();
        let bytes = write(&[("a.json".into(), content.clone())], |files| M { files }).unwrap();
        let (mut p, _) = open(bytes.clone()).unwrap();
        assert_eq!(p.entry("a.json").unwrap(), content);
        let mut refused = 0;
        for i in 0..bytes.len() {
            let mut bad = bytes.clone();
            bad[i] ^= 0x20;
            match open(bad).and_then(|(mut p, _)| p.entry("a.json")) {
                Ok(read) => assert_eq!(read, content, "byte {i} changed the content unseen"),
                Err(_) => refused += 1,
            }
        }
        assert!(refused > bytes.len() / 2, "{refused} of {}", bytes.len());
        // Cut short anywhere: refused.
        for n in [0, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(open(bytes[..n].to_vec())
                .and_then(|(mut p, _)| p.entry("a.json"))
                .is_err());
        }
    }

    #[test]
    fn refuses_an_entry_larger_than_the_limit_while_reading() {
        let big = vec![b'a'; 100_000];
        let bytes = write(&[("a".into(), big)], |mut files| {
            files[0].bytes = 10; // the manifest lies
            M { files }
        })
        .unwrap();
        let (mut p, _) = open(bytes).unwrap();
        let e = p.entry("a").unwrap_err();
        assert!(e.to_string().contains("not the size"), "{e}");
    }
}

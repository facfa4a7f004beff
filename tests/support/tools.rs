//! The outside programs the tests read our files back with (pandoc, LibreOffice, poppler,
//! qpdf). Shared by `tests/docx.rs`, `tests/pdf.rs` and `tests/citations.rs` (included with
//! `#[path]`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The path of a program on PATH, if it is installed.
pub fn tool(name: &str) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|p| p.join(name))
        .find(|p| p.is_file())
}

/// The program, or None with the reason printed (the test then checks nothing with it). CI
/// installs every one of them (scripts/setup.sh), so there they always run.
pub fn required_tool(name: &str, package: &str) -> Option<PathBuf> {
    let found = tool(name);
    if found.is_none() {
        eprintln!(
            "SKIPPED: `{name}` is not installed (Debian package {package}); `make setup` installs it."
        );
    }
    found
}

/// Converts a .docx file with LibreOffice to PDF in `dir`; returns the PDF's path.
pub fn libreoffice_pdf(soffice: &Path, docx: &Path, dir: &Path) -> PathBuf {
    // A profile of its own, so that a running LibreOffice or a parallel test does not interfere.
    let profile = dir.join("lo-profile");
    let out = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(docx)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "LibreOffice failed: {stderr}");
    let pdf = dir.join(docx.with_extension("pdf").file_name().unwrap());
    assert!(
        pdf.is_file(),
        "no PDF: {stderr} {}",
        String::from_utf8_lossy(&out.stdout)
    );
    pdf
}

/// What pandoc writes for the file at `path` with `args` (`-t plain`, `--wrap=none`…).
pub fn run_pandoc(pandoc: &Path, path: &Path, args: &[&str]) -> String {
    let out = Command::new(pandoc).arg(path).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

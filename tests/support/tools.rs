//! The outside programs the tests read our files back with (pandoc, LibreOffice, poppler,
//! qpdf). Shared by `tests/docx.rs` and `tests/pdf.rs` (included with `#[path]`).

#![allow(dead_code)]

use std::path::PathBuf;

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

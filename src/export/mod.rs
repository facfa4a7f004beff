//! Exports: files the city takes out of CityRights into other programs. Each format is a
//! module of its own; writing the file is shared, so every export fails the same plain way.

pub mod csv;
pub mod docx;
pub mod ics;
pub mod pdf;

use crate::{Error, Result};
use std::path::Path;

/// Writes `contents` to `path`, replacing the file. It is written beside it first and then
/// renamed, so a failed export never leaves half a file where a whole one was.
pub fn write_file(path: &Path, contents: &[u8]) -> Result<()> {
    let io = |source| Error::Io {
        action: "Could not write",
        path: path.to_path_buf(),
        source,
    };
    if path.is_dir() {
        return Err(Error::Refused(format!(
            "{} is a folder. Give a file name, e.g. {}.",
            path.display(),
            path.join("deadlines.ics").display()
        )));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    let temp = path.with_file_name(format!(".{name}.part"));
    // Flushed to disk before the rename, so that the file that appears is whole even after a
    // crash; a partial temporary file (a full disk) is removed.
    let written = std::fs::File::create(&temp).and_then(|mut f| {
        std::io::Write::write_all(&mut f, contents)?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(io(e));
    }
    std::fs::rename(&temp, path).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        io(e)
    })
}

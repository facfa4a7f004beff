//! Below every tier, with the error type: the one way the core writes a file the user will
//! open (whole or not at all), and the one way it names a failed file operation.

use crate::{Error, Result};
use std::path::Path;

/// The error of a failed `action` on `path`, for `map_err`.
pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Io {
        action,
        path,
        source,
    }
}

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

//! Below every tier, with the error type: the one way the core writes a file the user will
//! open (whole or not at all), the one way it reads a file the user chose (capped), and the one
//! way it names a failed file operation.

use crate::{Error, Result};
use std::io::Read;
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

/// The refusal of a folder given where a file to write was expected, with an example of a
/// file name in it.
pub(crate) fn is_a_folder(path: &Path, example: &str) -> Error {
    Error::said(
        "refused",
        "error.is_a_folder",
        vec![
            ("path", path.display().to_string().into()),
            ("example", path.join(example).display().to_string().into()),
        ],
    )
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
        return Err(is_a_folder(path, "deadlines.ics"));
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

/// Reads a file the user chose, at most `max` bytes, counted while reading — not taken from
/// the file's stated size, which a device (`/dev/zero`), a pipe or a file still growing does
/// not give. Only regular files are read: anything else is refused before it is opened (a
/// named pipe would block the opening itself).
pub fn read_capped(path: &Path, max: u64) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        action: "Could not read",
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(Error::said(
            "import",
            "error.not_a_file",
            vec![("path", path.display().to_string().into())],
        ));
    }
    // Worded by the catalogue: a file refused is among the errors an officer meets most.
    let too_large = |len: u64| {
        Error::said(
            "import",
            "error.file_too_large",
            vec![
                (
                    "size",
                    format!("{:.1}", len as f64 / (1024.0 * 1024.0)).into(),
                ),
                ("limit", (max / (1024 * 1024)).to_string().into()),
            ],
        )
    };
    if meta.len() > max {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

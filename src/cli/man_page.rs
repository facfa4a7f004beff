//! `cityrights man-page --out-dir DIR` (hidden): the manual pages `man cityrights` shows once
//! the package is installed — `cityrights.1` and one page per command (`cityrights-export-pdf.1`
//! …), as git has them. They are written from the same clap definition that answers `--help`,
//! so the two cannot drift apart; `make package` runs this and gzips the pages into
//! `/usr/share/man/man1/`.

use super::{say, Cli};
use cityrights::Error;
use clap::CommandFactory;
use std::path::Path;

/// Writes the manual pages (roff) into `dir`, which must exist, and says how many.
pub fn write(dir: &Path) -> Result<(), Error> {
    clap_mangen::generate_to(Cli::command(), dir).map_err(|source| Error::Io {
        action: "Could not write the manual pages into",
        path: dir.to_path_buf(),
        source,
    })?;
    out!(
        "{}",
        say(
            "cli.man_pages_written",
            &[("path", dir.display().to_string().into())]
        )
    );
    Ok(())
}

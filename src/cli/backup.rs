//! `cityrights backup …`: make one, list this database's backups, restore one.

use super::Access;
use super::{count, print_json, say};
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Back up the database now (into `backups/` beside it), checked after it is written.
    Create {
        /// Print the backup made as JSON (path, file_name, created_at, reason, size_bytes,
        /// engagements, submissions, words, …).
        #[arg(long)]
        json: bool,
    },
    /// List the backups, newest first, with what they hold.
    List {
        /// Print a JSON array (path, file_name, created_at, reason, size_bytes, engagements,
        /// submissions, words, damaged) instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Put a backup in place of the database. The current database is backed up first.
    Restore {
        /// The backup file (see `backup list`).
        file: PathBuf,
    },
}
impl BackupCommand {
    /// Listing reads the backup folder only (it works when the database cannot be opened); a
    /// backup only reads the database; a restore puts another file in its place.
    pub fn access(&self) -> Access {
        match self {
            BackupCommand::List { .. } => Access::Beside,
            BackupCommand::Create { .. } => Access::Read,
            BackupCommand::Restore { .. } => Access::Replace,
        }
    }
}

/// A count read from a backup file (never negative; a damaged count reads as none).
fn n(count: i64) -> usize {
    usize::try_from(count).unwrap_or(0)
}

/// The commands that do not open the database: listing and restoring.
pub fn run_beside(path: &Path, command: &BackupCommand) -> Result<(), Error> {
    match command {
        BackupCommand::Restore { file } => {
            let restored = cityrights::backup::restore(path, file)?;
            out!(
                "{}",
                say(
                    "cli.backup_restored",
                    &[
                        ("date", restored.created_at.as_str().into()),
                        (
                            "engagements",
                            count("backups.engagements", n(restored.engagements))
                        ),
                        (
                            "submissions",
                            count("backups.submissions", n(restored.submissions))
                        ),
                        ("words", count("backups.words", restored.words)),
                    ],
                )
            );
        }
        BackupCommand::List { json } => {
            let json = *json;
            // Listing reads the backup folder only: it works even when the database cannot be opened.
            let list = cityrights::backup::list_of(path)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("{}", say("cli.no_backups", &[]));
            } else {
                for b in list {
                    // The reasons in the CLI's language (`--json` keeps them in English).
                    let b = b.in_language(super::lang());
                    let holds = match (&b.damaged, &b.unavailable) {
                        (Some(reason), _) => {
                            say("cli.backup_damaged", &[("reason", reason.as_str().into())])
                        }
                        (None, Some(reason)) => {
                            say("backups.unavailable", &[("reason", reason.as_str().into())])
                        }
                        // Each count with its noun in the language's plural forms ("1
                        // participation", "2 participations"), not "participation(s)".
                        (None, None) => say(
                            "cli.backup_line",
                            &[
                                (
                                    "engagements",
                                    count("backups.engagements", n(b.engagements)),
                                ),
                                (
                                    "submissions",
                                    count("backups.submissions", n(b.submissions)),
                                ),
                                ("words", count("backups.words", b.words)),
                            ],
                        ),
                    };
                    // Why it was made, as the Backups screen says it ("Every 4 hours").
                    let reason = say(
                        &format!("backup_reason.{}", b.reason.as_str().replace('-', "_")),
                        &[],
                    );
                    out!("{}  {:<26} {}  {}", b.created_at, reason, holds, b.path);
                }
            }
        }
        BackupCommand::Create { .. } => {}
    }
    Ok(())
}

pub fn run(store: &mut Store, command: BackupCommand) -> Result<(), Error> {
    if let BackupCommand::Create { json } = command {
        // Into the data folder, and the second folder when one is chosen in Settings; a
        // second copy that could not be written is said on stderr, the backup still counts.
        let out = store.backup_with_second_copy(cityrights::backup::BackupReason::Manual)?;
        if let Some(copy) = out
            .second_copy
            .clone()
            .map(|c| c.in_language(super::lang()))
        {
            if let Some(c) = &copy.written {
                note!(
                    "note: {}",
                    say("cli.backup_copy", &[("path", c.path.as_str().into())])
                );
            }
            if let Some(problem) = &copy.problem {
                note!(
                    "note: {}",
                    say(
                        "cli.backup_copy_failed",
                        &[("problem", problem.as_str().into())]
                    )
                );
            }
        }
        let b = out.backup;
        if json {
            print_json(&b)?;
        } else {
            out!(
                "{}",
                say("cli.backed_up", &[("path", b.path.as_str().into())])
            );
        }
    }
    Ok(())
}

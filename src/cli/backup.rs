//! `cityrights backup …`: make one, list this database's backups, restore one.

use super::print_json;
use super::Access;
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Back up the database now (into `backups/` beside it), checked after it is written.
    Create {
        #[arg(long)]
        json: bool,
    },
    /// List the backups, newest first, with what they hold.
    List {
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

/// The commands that do not open the database: listing and restoring.
pub fn run_beside(path: &Path, command: &BackupCommand) -> Result<(), Error> {
    match command {
        BackupCommand::Restore { file } => {
            let restored = cityrights::backup::restore(path, file)?;
            out!(
                    "Restored the backup of {} ({} engagements, {} submissions, {} words). The database as it was is kept as a backup too.",
                    restored.created_at, restored.engagements, restored.submissions, restored.words
                );
        }
        BackupCommand::List { json } => {
            let json = *json;
            // Listing reads the backup folder only: it works even when the database cannot be opened.
            let list = cityrights::backup::list_of(path)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("No backups yet.");
            } else {
                for b in list {
                    if let Some(reason) = &b.damaged {
                        out!(
                            "{}  {:<16} DAMAGED, cannot be restored: {reason}  {}",
                            b.created_at,
                            format!("{:?}", b.reason).to_lowercase(),
                            b.path
                        );
                        continue;
                    }
                    out!(
                        "{}  {:<16} {:>3} engagements {:>3} submissions {:>7} words  {}",
                        b.created_at,
                        format!("{:?}", b.reason).to_lowercase(),
                        b.engagements,
                        b.submissions,
                        b.words,
                        b.path
                    );
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
        if let Some(copy) = &out.second_copy {
            if let Some(c) = &copy.written {
                note!("note: a copy is in {} too (checked).", c.path);
            }
            if let Some(problem) = &copy.problem {
                note!("note: the second copy was not written: {problem}");
            }
        }
        let b = out.backup;
        if json {
            print_json(&b)?;
        } else {
            out!("Backed up to {} (checked).", b.path);
        }
    }
    Ok(())
}

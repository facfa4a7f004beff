//! `cityrights workspace …`: the whole workspace as one file, out and in.

use super::Access;
use super::{print_json, say};
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum WorkspaceCommand {
    /// Write the database (a consistent, checked snapshot) and the city logo to one file.
    /// Works while the app is open.
    Export {
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Print {"path", "bytes", "engagements", "submissions", …}.
        #[arg(long)]
        json: bool,
    },
    /// Replace the database with the workspace in FILE, after checking the file whole. The
    /// current database is backed up first; a file from a newer CityRights is refused.
    Import {
        /// The workspace file to read (as `workspace export` writes it).
        file: PathBuf,
        /// Print {"path", "bytes", "engagements", "submissions", "backup", …}.
        #[arg(long)]
        json: bool,
    },
}
impl WorkspaceCommand {
    pub fn access(&self) -> Access {
        match self {
            WorkspaceCommand::Export { .. } => Access::Read,
            WorkspaceCommand::Import { .. } => Access::Replace,
        }
    }
}

/// Import replaces the database: it is never opened here (the writer lock is held).
pub fn run_beside(path: &Path, command: &WorkspaceCommand) -> Result<(), Error> {
    if let WorkspaceCommand::Import { file, json } = command {
        let json = *json;
        // Replaces the database: it must not be open here (the writer lock is held above).
        let done = cityrights::workspace::import(path, file)?;
        if json {
            print_json(&done)?;
        } else {
            out!(
                "{}",
                say(
                    "cli.workspace_imported",
                    &[
                        ("date", done.exported_at.as_str().into()),
                        ("engagements", done.engagements.into()),
                        ("submissions", done.submissions.into()),
                        ("recommendations", done.recommendations.into()),
                        ("path", done.path.as_str().into()),
                    ],
                )
            );
            if let Some(b) = &done.backup {
                out!(
                    "{}",
                    say("cli.workspace_backup", &[("path", b.path.as_str().into())])
                );
            }
        }
    }
    Ok(())
}

pub fn run(store: &mut Store, command: WorkspaceCommand) -> Result<(), Error> {
    if let WorkspaceCommand::Export { output, json } = command {
        let done = store.export_workspace(&output)?;
        for n in &done.notices {
            note!("note: {n}");
        }
        if json {
            print_json(&done)?;
        } else {
            let args = [
                ("engagements", done.engagements.into()),
                ("submissions", done.submissions.into()),
                ("recommendations", done.recommendations.into()),
                ("path", done.path.as_str().into()),
            ];
            out!(
                "{}",
                if done.logo.is_some() {
                    say("cli.workspace_written_logo", &args)
                } else {
                    say("cli.workspace_written", &args)
                }
            );
        }
    }
    Ok(())
}

//! `cityrights bin …`: what was deleted, restored from the bin, or deleted for good.

use super::Access;
use super::{print_json, say};
use cityrights::bin::BinKind;
use cityrights::{Error, Store};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum BinCommand {
    /// List what is in the bin.
    List {
        /// Print a JSON array (kind, id, title, context, deleted_at), newest first, instead of
        /// lines.
        #[arg(long)]
        json: bool,
    },
    /// Take an item out of the bin.
    Restore {
        /// engagement, submission, section, milestone or recommendation
        kind: String,
        /// The item's id, as `bin list` prints it.
        id: i64,
    },
    /// Delete everything in the bin for good (asks for --yes).
    Empty {
        /// Confirm that everything in the bin is to be deleted for good.
        #[arg(long)]
        yes: bool,
    },
}
impl BinCommand {
    pub fn access(&self) -> Access {
        match self {
            BinCommand::List { .. } => Access::Read,
            _ => Access::Write,
        }
    }
}

pub fn run(store: &mut Store, command: BinCommand) -> Result<(), Error> {
    match command {
        BinCommand::List { json } => {
            let items = store.bin()?;
            if json {
                print_json(&items)?;
            } else if items.is_empty() {
                out!("{}", say("cli.bin_empty", &[]));
            } else {
                for i in items {
                    out!(
                        "{:<14} {:>4}  {}  ({})",
                        i.kind.as_str(),
                        i.id,
                        i.title,
                        i.context
                    );
                }
            }
        }
        BinCommand::Restore { kind, id } => {
            let kind = BinKind::parse(&kind).ok_or_else(|| {
                let words: Vec<&str> = BinKind::ALL.iter().map(|k| k.as_str()).collect();
                Error::invalid_said(
                    "kind",
                    "error.cli_not_one_of",
                    vec![
                        ("value", kind.clone().into()),
                        ("codes", words.join(", ").into()),
                    ],
                )
            })?;
            store.restore(kind, id)?;
            out!("{}", say("cli.bin_restored", &[]));
        }
        BinCommand::Empty { yes } => {
            if !yes {
                return Err(Error::said("refused", "cli.bin_confirm", vec![]));
            }
            let n = store.empty_bin()?;
            out!("{}", say("cli.bin_emptied", &[("n", n.into())]));
        }
    }
    Ok(())
}

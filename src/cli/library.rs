//! `cityrights library …`: what the UN has said about local government (the core's
//! [`cityrights::library`]). Reference data built into the program: no database is opened,
//! so it works before any city is set up and while the app is open.

use super::Access;
use super::{lang, print_json, say};
use cityrights::library::{self, LibraryEntry};
use cityrights::Error;
use clap::Subcommand;

#[derive(Subcommand)]
pub enum LibraryCommand {
    /// List every entry, grouped by kind (resolutions, reports, guides), oldest first: symbol,
    /// title, date, why it matters to a city, address, and whether it is verified.
    List {
        /// Print a JSON array (id, symbol, title, author, date, kind, summary, url, verified,
        /// caveat, source, read_on).
        #[arg(long)]
        json: bool,
    },
}

impl LibraryCommand {
    pub fn access(&self) -> Access {
        Access::Beside
    }
}

pub fn run(command: &LibraryCommand) -> Result<(), Error> {
    let LibraryCommand::List { json } = command;
    // Worded in the CLI's language, `--json` too (as the other descriptive texts of `--json`);
    // symbols, addresses and sources as the UN wrote them.
    let entries = library::entries_in(lang())?;
    if *json {
        return print_json(&entries);
    }
    for (n, e) in entries.iter().enumerate() {
        if n > 0 {
            out!("");
        }
        out!("{}", heading(e));
        out!("  {}", e.summary);
        if let Some(url) = &e.url {
            out!("  {url}");
        }
        if let Some(caveat) = &e.caveat {
            out!(
                "  {}",
                say("cli.not_verified", &[("caveat", caveat.as_str().into())])
            );
        }
    }
    Ok(())
}

/// "A/HRC/30/49 — Role of local government … (report, 2015-08-07)", the kind and "date not
/// known" in the CLI's language (the kind as the Library screen labels it, in lower case as it
/// sits in the parenthesis).
fn heading(e: &LibraryEntry) -> String {
    let kind = say(&format!("library_kind.{}", e.kind.as_str()), &[]).to_lowercase();
    let what = match &e.date {
        Some(date) => format!("{kind}, {date}"),
        None => format!("{kind}, {}", say("library.date_unknown", &[])),
    };
    match &e.symbol {
        Some(symbol) => format!("{symbol} — {} ({what})", e.title),
        None => format!("{} ({what})", e.title),
    }
}

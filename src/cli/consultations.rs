//! `cityrights consultations …`: who the city consulted, with the people who took part.

use super::Access;
use super::{print_json, say};
use cityrights::{Error, Store};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum ConsultationsCommand {
    /// List consultations, newest first, with their participants.
    List {
        /// Only those of this engagement.
        #[arg(long, value_name = "ID")]
        engagement: Option<i64>,
        /// Print a JSON array (id, engagement_id, submission_id, held_on, topic, format, notes,
        /// personal_data_until, participants) instead of lines.
        #[arg(long)]
        json: bool,
    },
}
impl ConsultationsCommand {
    pub fn access(&self) -> Access {
        Access::Read
    }
}

pub fn run(store: &mut Store, command: ConsultationsCommand) -> Result<(), Error> {
    let ConsultationsCommand::List { engagement, json } = command;
    if let Some(id) = engagement {
        store.engagement(id)?;
    }
    let list = store.consultations(engagement)?;
    if json {
        print_json(&list)?;
    } else if list.is_empty() {
        out!("{}", say("cli.no_consultations", &[]));
    } else {
        for c in list {
            let names: Vec<&str> = c.participants.iter().map(|p| p.name.as_str()).collect();
            out!(
                "{:>4}  {}  {:<14} {} ({})",
                c.id,
                c.held_on,
                c.format.as_str(),
                c.topic,
                names.join(", ")
            );
        }
    }
    Ok(())
}

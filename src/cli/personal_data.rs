//! `cityrights personal-data …`: find a person, erase them, remove what is past retention.

use super::print_json;
use super::Access;
use cityrights::{Error, Store};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum PersonalDataCommand {
    /// Find people whose name or e-mail contains QUERY, with every place they appear.
    Find {
        query: String,
        #[arg(long)]
        json: bool,
    },
    /// Erase a person everywhere in one transaction: as a participant they become
    /// "Participant n" (the consultation stays); their name and e-mail leave contacts and
    /// notes. Mentions in drafts are listed, not changed (unless --in-text).
    #[command(group(clap::ArgGroup::new("who").required(true).args(["person", "email"])))]
    Erase {
        /// A participant's id (from `personal-data find`): that person, wherever their name or
        /// e-mail appears.
        #[arg(long, value_name = "ID")]
        person: Option<i64>,
        /// Everyone recorded with this e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: Option<String>,
        /// Also replace the name and e-mail in drafts and their history (earlier versions) with
        /// "[name removed]" / "[e-mail removed]". The file recorded as sent is not changed.
        #[arg(long)]
        in_text: bool,
        #[arg(long)]
        json: bool,
    },
    /// Anonymise the participants of consultations older than the retention period.
    #[command(name = "purge-expired")]
    PurgeExpired {
        #[arg(long)]
        json: bool,
    },
}
impl PersonalDataCommand {
    pub fn access(&self) -> Access {
        match self {
            PersonalDataCommand::Find { .. } => Access::Read,
            _ => Access::Write,
        }
    }
}

/// `cityrights personal-data …`.
pub fn run(store: &mut Store, command: PersonalDataCommand) -> Result<(), Error> {
    use cityrights::personal_data::PersonTarget;
    let today = chrono::Local::now().date_naive();
    match command {
        PersonalDataCommand::Find { query, json } => {
            let found = store.find_person(&query)?;
            if json {
                print_json(&found)?;
            } else if found.is_empty() {
                out!("Nobody found for \"{query}\".");
            } else {
                for p in found {
                    let who = match &p.target {
                        PersonTarget::Participant { id } => format!("--person {id}"),
                        PersonTarget::Email { email } => format!("--email {email}"),
                    };
                    out!("{} {}  (erase with {who})", p.name, p.email);
                    for o in p.occurrences {
                        let hand = if o.erased_automatically {
                            ""
                        } else {
                            " [edit by hand]"
                        };
                        out!("    {}: {}{hand}", o.label, o.value);
                    }
                }
            }
        }
        PersonalDataCommand::Erase {
            person,
            email,
            in_text,
            json,
        } => {
            let target = match (person, email) {
                (Some(id), _) => PersonTarget::Participant { id },
                (None, Some(email)) => PersonTarget::Email { email },
                (None, None) => {
                    return Err(Error::invalid(
                        "person",
                        "Give --person ID or --email EMAIL.",
                    ))
                }
            };
            let done = store.erase_person(&target, in_text)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "Erased: {} participant(s) anonymised in {} consultation(s), {} other field(s) changed. Backups made before still hold the old data until they roll off.",
                    done.participants, done.consultations, done.other_fields
                );
                if in_text {
                    out!(
                        "In the text: {} section(s) and {} earlier version(s) changed; the file recorded as sent is kept as it was.",
                        done.sections_changed, done.revisions_changed
                    );
                }
            }
            for o in &done.left_in_drafts {
                note!(
                    "note: still mentioned in {}; edit the text to remove it.",
                    o.label
                );
            }
        }
        PersonalDataCommand::PurgeExpired { json } => {
            let done = store.purge_expired_personal_data(today)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "Removed the personal data of {} participant(s) in {} consultation(s) held on or before {} (retention: {} months).",
                    done.participants, done.consultations, done.cutoff, done.retention_months
                );
            }
        }
    }
    Ok(())
}

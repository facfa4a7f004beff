//! `cityrights personal-data …`: find a person, erase them, remove what is past retention.

use super::Access;
use super::{print_json, say};
use cityrights::{Error, Store};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum PersonalDataCommand {
    /// Find people whose name or e-mail contains QUERY, with every place they appear.
    Find {
        /// Part of a name or e-mail address (at least two characters; capitals do not matter).
        query: String,
        /// Print a JSON array (target, name, email, occurrences) instead of lines.
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
        /// Print JSON: participants, consultations, other_fields, left_in_drafts, sections_changed,
        /// revisions_changed.
        #[arg(long)]
        json: bool,
    },
    /// Anonymise the participants of consultations older than the retention period.
    #[command(name = "purge-expired")]
    PurgeExpired {
        /// Print JSON: retention_months, cutoff, participants, consultations.
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
                out!(
                    "{}",
                    say("cli.nobody_found", &[("query", query.as_str().into())])
                );
            } else {
                for p in found {
                    let who = match &p.target {
                        PersonTarget::Participant { id } => format!("--person {id}"),
                        PersonTarget::Email { email } => format!("--email {email}"),
                    };
                    out!(
                        "{} {}  {}",
                        p.name,
                        p.email,
                        say("cli.erase_with", &[("how", who.into())])
                    );
                    for o in p.occurrences {
                        let hand = if o.erased_automatically {
                            String::new()
                        } else {
                            format!(" {}", say("cli.edit_by_hand", &[]))
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
                    return Err(Error::invalid_said("person", "error.cli_person", vec![]))
                }
            };
            let done = store.erase_person(&target, in_text)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "{}",
                    say(
                        "cli.erased",
                        &[
                            ("participants", done.participants.into()),
                            ("consultations", done.consultations.into()),
                            ("fields", done.other_fields.into()),
                        ],
                    )
                );
                if in_text {
                    out!(
                        "{}",
                        say(
                            "cli.erased_in_text",
                            &[
                                ("sections", done.sections_changed.into()),
                                ("revisions", done.revisions_changed.into()),
                            ],
                        )
                    );
                }
            }
            for o in &done.left_in_drafts {
                note!(
                    "note: {}",
                    say("cli.still_mentioned", &[("where", o.label.as_str().into())])
                );
            }
        }
        PersonalDataCommand::PurgeExpired { json } => {
            let done = store.purge_expired_personal_data(today)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "{}",
                    say(
                        "cli.purged",
                        &[
                            ("participants", done.participants.into()),
                            ("consultations", done.consultations.into()),
                            ("date", done.cutoff.as_str().into()),
                            ("months", done.retention_months.into()),
                        ],
                    )
                );
            }
        }
    }
    Ok(())
}

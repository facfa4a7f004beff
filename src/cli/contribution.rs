//! `cityrights contribution …`: asking a department for sections and recommendations, working
//! on a request on another computer, sending it back, and the officer's review queue.

use super::Access;
use super::{print_json, say};
use cityrights::app::contribution::{self, ChangeChoice, RequestInput};
use cityrights::{Error, Store};
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum ContributionCommand {
    /// Save a contribution package asking a department (or a person) for sections of a
    /// submission and/or recommendations with their follow-up: the file holds exactly what is
    /// chosen, the template's guidance, the rule in force and the due date, nothing else of
    /// the city's database. The request is recorded; the due date goes on the calendar.
    Request {
        /// The submission the request is about (its id, see `submissions list`).
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// A section to ask for (repeat for several; none and no --recommendation: every
        /// section of the submission).
        #[arg(long = "section", value_name = "ID")]
        sections: Vec<i64>,
        /// A recommendation to ask about (repeat for several).
        #[arg(long = "recommendation", value_name = "ID")]
        recommendations: Vec<i64>,
        /// Who is asked: "Housing Department", or a person's name.
        #[arg(long, value_name = "NAME")]
        to: String,
        /// The contributor's e-mail address, recorded with the request and written in the package.
        #[arg(long, value_name = "ADDRESS")]
        email: Option<String>,
        /// When the contribution is due.
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<String>,
        /// A message for the contributor, shown when the package is opened.
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
        /// The package file to write (.cityrights-contribution).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Print {"request_id", "sections", "recommendations", "file", "milestone_id"}.
        #[arg(long)]
        json: bool,
    },
    /// Make this database the contributor workspace of a request package: a new database
    /// holding only what was sent (use --db NEW-FILE; a database holding work is refused).
    Open {
        /// The request package received (.cityrights-contribution).
        file: PathBuf,
        /// Print {"sections", "recommendations", "submission_id", "origin", "path"}.
        #[arg(long)]
        json: bool,
    },
    /// In a contributor workspace: save a return package of everything changed since the
    /// request, each change with its author and time.
    Return {
        /// The return package to write (replaced if it exists), to send back to the city.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Who made the changes (default: the contributor the request named).
        #[arg(long, value_name = "NAME")]
        author: Option<String>,
        /// Print {"sections_changed", "recommendations_changed", "file"}.
        #[arg(long)]
        json: bool,
    },
    /// Import a department's return package into the review queue. Nothing of the city's text
    /// or follow-up changes until a change is accepted.
    Import {
        /// The return package a department sent back.
        file: PathBuf,
        /// Print {"contribution_id", "sections_changed", "recommendations_changed", "conflicts", …}.
        #[arg(long)]
        json: bool,
    },
    /// The review queue: every return received, with where it stands (pending, accepted,
    /// rejected, partly accepted).
    List {
        /// Print a JSON array (id, request_id, submission_id, submission_title, from, received,
        /// returned, state, pending, accepted, rejected, conflicts).
        #[arg(long)]
        json: bool,
    },
    /// One return's changes: per section the text sent, the contributor's and the current one,
    /// word by word; per recommendation each changed field.
    Show {
        /// The return's id (see `contribution list`).
        id: i64,
        /// Print JSON: summary, request and changes (each with the texts sent, theirs and current,
        /// and their word-by-word differences).
        #[arg(long)]
        json: bool,
    },
    /// Accept changes of a return: each becomes the city's text or follow-up; accepted text is
    /// a new revision naming its author. A change the officer also made meanwhile is left
    /// waiting and named as a conflict, unless --overwrite-mine.
    Accept {
        /// The return's id (see `contribution list`).
        id: i64,
        #[command(flatten)]
        choice: Choice,
        /// Take the contributor's value even where the officer changed it since the request
        /// (the officer's text stays in the revision taken before).
        #[arg(long)]
        overwrite_mine: bool,
        /// Print {"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"}.
        #[arg(long)]
        json: bool,
    },
    /// Reject changes of a return: nothing of them is written.
    Reject {
        /// The return's id (see `contribution list`).
        id: i64,
        #[command(flatten)]
        choice: Choice,
        /// Print {"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"}.
        #[arg(long)]
        json: bool,
    },
}

/// Which changes of a return.
#[derive(Args)]
pub struct Choice {
    /// The changes of this section (repeat for several).
    #[arg(long = "section", value_name = "ID")]
    sections: Vec<i64>,
    /// The changes of this recommendation (repeat for several).
    #[arg(long = "recommendation", value_name = "ID")]
    recommendations: Vec<i64>,
    /// One change, by its id in `contribution show` (repeat for several).
    #[arg(long = "change", value_name = "ID")]
    changes: Vec<i64>,
    /// Every change still waiting.
    #[arg(long)]
    all: bool,
}

impl Choice {
    fn to_choice(&self, overwrite: bool) -> ChangeChoice {
        ChangeChoice {
            all: self.all,
            sections: self.sections.clone(),
            recommendations: self.recommendations.clone(),
            changes: self.changes.clone(),
            overwrite,
        }
    }
}

impl ContributionCommand {
    pub fn access(&self) -> Access {
        match self {
            ContributionCommand::Open { .. } => Access::Replace,
            ContributionCommand::List { .. } | ContributionCommand::Show { .. } => Access::Read,
            _ => Access::Write,
        }
    }
}

/// `contribution open` makes the database: it is not opened here (the writer lock is held).
pub fn run_beside(path: &Path, command: &ContributionCommand) -> Result<(), Error> {
    if let ContributionCommand::Open { file, json } = command {
        let done = contribution::open(path, file, false)?;
        if *json {
            print_json(&done)?;
        } else {
            let city = if done.origin.city.is_empty() {
                say("contribution.cli_the_city", &[])
            } else {
                done.origin.city.clone()
            };
            out!(
                "{}",
                say(
                    "contribution.cli_opened",
                    &[
                        ("path", done.path.as_str().into()),
                        ("city", city.into()),
                        ("sections", done.sections.len().into()),
                        ("recommendations", done.recommendations.len().into()),
                    ]
                )
            );
            if let Some(due) = &done.origin.due_on {
                out!(
                    "{}",
                    say("contribution.cli_due", &[("date", due.as_str().into())])
                );
            }
            if !done.origin.message.is_empty() {
                out!(
                    "{}",
                    say(
                        "contribution.cli_message",
                        &[("message", done.origin.message.as_str().into())]
                    )
                );
            }
        }
    }
    Ok(())
}

pub fn run(store: &mut Store, command: ContributionCommand) -> Result<(), Error> {
    match command {
        ContributionCommand::Open { .. } => {}
        ContributionCommand::Request {
            submission,
            sections,
            recommendations,
            to,
            email,
            due,
            message,
            output,
            json,
        } => {
            let done = contribution::request(
                store,
                &RequestInput {
                    submission_id: submission,
                    sections,
                    recommendations,
                    contributor: to,
                    email: email.unwrap_or_default(),
                    due_on: due.unwrap_or_default(),
                    message: message.unwrap_or_default(),
                },
                &output,
            )?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "{}",
                    say(
                        "contribution.cli_requested",
                        &[
                            ("sections", done.sections.len().into()),
                            ("recommendations", done.recommendations.len().into()),
                            ("file", done.file.as_str().into()),
                        ]
                    )
                );
            }
        }
        ContributionCommand::Return {
            output,
            author,
            json,
        } => {
            let done = contribution::send_back(store, author.as_deref(), &output)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "{}",
                    say(
                        "contribution.cli_returned",
                        &[
                            ("sections", done.sections_changed.into()),
                            ("recommendations", done.recommendations_changed.into()),
                            ("file", done.file.as_str().into()),
                        ]
                    )
                );
            }
        }
        ContributionCommand::Import { file, json } => {
            let done = contribution::import(store, &file)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "{}",
                    say(
                        "contribution.cli_imported",
                        &[
                            ("from", done.from.as_str().into()),
                            ("id", done.contribution_id.into()),
                            ("sections", done.sections_changed.into()),
                            ("recommendations", done.recommendations_changed.into()),
                            ("conflicts", done.conflicts.into()),
                        ]
                    )
                );
            }
        }
        ContributionCommand::List { json } => {
            let list = contribution::list(store)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("{}", say("contribution.cli_none", &[]));
            } else {
                for c in list {
                    out!(
                        "{}",
                        say(
                            "contribution.cli_line",
                            &[
                                ("id", c.id.into()),
                                ("from", c.from.as_str().into()),
                                ("received", c.received.as_str().into()),
                                ("state", c.state.as_str().into()),
                                ("pending", c.pending.into()),
                                ("accepted", c.accepted.into()),
                                ("rejected", c.rejected.into()),
                            ]
                        )
                    );
                }
            }
        }
        ContributionCommand::Show { id, json } => {
            let review = contribution::review(store, id)?;
            if json {
                print_json(&review)?;
            } else {
                out!(
                    "{}",
                    say(
                        "contribution.cli_show_head",
                        &[
                            ("id", review.summary.id.into()),
                            ("from", review.summary.from.as_str().into()),
                            ("received", review.summary.received.as_str().into()),
                            ("state", review.summary.state.as_str().into()),
                        ]
                    )
                );
                for c in &review.changes {
                    let conflict = if c.conflict {
                        say("contribution.cli_conflict", &[])
                    } else {
                        String::new()
                    };
                    out!(
                        "{}{conflict}",
                        say(
                            "contribution.cli_show_change",
                            &[
                                ("id", c.id.into()),
                                ("kind", c.kind.as_str().into()),
                                ("field", c.field.as_str().into()),
                                ("label", c.label.as_str().into()),
                                ("state", c.state.as_str().into()),
                            ]
                        )
                    );
                }
            }
        }
        ContributionCommand::Accept {
            id,
            choice,
            overwrite_mine,
            json,
        } => {
            let done = contribution::accept(store, id, &choice.to_choice(overwrite_mine))?;
            print_decided(&done, json)?;
        }
        ContributionCommand::Reject { id, choice, json } => {
            let done = contribution::reject(store, id, &choice.to_choice(false))?;
            print_decided(&done, json)?;
        }
    }
    Ok(())
}

fn print_decided(done: &contribution::ContributionDecided, json: bool) -> Result<(), Error> {
    if json {
        return print_json(done);
    }
    out!(
        "{}",
        say(
            "contribution.cli_decided",
            &[
                ("accepted", done.accepted.into()),
                ("rejected", done.rejected.into()),
                ("state", done.state.as_str().into()),
            ]
        )
    );
    let ids = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    if !done.conflicts.is_empty() {
        out!(
            "{}",
            say(
                "contribution.cli_conflicts",
                &[
                    ("ids", ids(&done.conflicts).into()),
                    ("id", done.contribution_id.into()),
                ]
            )
        );
    }
    if !done.gone.is_empty() {
        out!(
            "{}",
            say("contribution.cli_gone", &[("ids", ids(&done.gone).into())])
        );
    }
    Ok(())
}

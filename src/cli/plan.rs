//! `cityrights actions …`, `cityrights indicators …` and `cityrights sdgs …`: the city's
//! implementation plan — actions that address recommendations, their indicators and
//! measurements — and the SDG targets linked to a recommendation.

use super::Access;
use super::{lang, print_json, say};
use cityrights::model::plan::{ActionInput, ActionStatus, IndicatorInput, MeasurementInput};
use cityrights::model::sdg;
use cityrights::{Error, Store};
use clap::Subcommand;
use serde_json::json;

#[derive(Subcommand)]
pub enum ActionsCommand {
    /// Add an action that addresses one or more recommendations.
    Add {
        /// The action's title.
        #[arg(long, value_name = "TEXT")]
        title: String,
        /// A recommendation it addresses (its id; at least one).
        #[arg(long = "recommendation", value_name = "ID")]
        recommendations: Vec<i64>,
        /// The lead department.
        #[arg(
            long,
            value_name = "NAME",
            default_value = "",
            hide_default_value = true
        )]
        department: String,
        /// What the action consists of (optional).
        #[arg(
            long,
            value_name = "TEXT",
            default_value = "",
            hide_default_value = true
        )]
        description: String,
        /// A partner (a stakeholder or any organisation), once per partner.
        #[arg(long = "partner", value_name = "NAME")]
        partners: Vec<String>,
        /// When the action starts, YYYY-MM-DD (optional).
        #[arg(
            long,
            value_name = "YYYY-MM-DD",
            default_value = "",
            hide_default_value = true
        )]
        start: String,
        /// When the action is due, YYYY-MM-DD (optional).
        #[arg(
            long,
            value_name = "YYYY-MM-DD",
            default_value = "",
            hide_default_value = true
        )]
        due: String,
        /// planned, in_progress, done, delayed or dropped (default: planned).
        #[arg(long, value_name = "STATUS")]
        status: Option<String>,
        /// The budget line, as the city's budget names it.
        #[arg(
            long = "budget-line",
            value_name = "TEXT",
            default_value = "",
            hide_default_value = true
        )]
        budget_line: String,
        /// An SDG target it serves ("11.1"), once per target.
        #[arg(long = "sdg-target", value_name = "TARGET")]
        sdg_targets: Vec<String>,
        /// Print the action added as JSON (id, title, department, status, start, due,
        /// recommendations, sdg_targets, indicators, …).
        #[arg(long)]
        json: bool,
    },
    /// List the actions (id, title, department, status, start, due, recommendations,
    /// sdg_targets, indicators), by due date.
    List {
        /// Only those addressing this recommendation.
        #[arg(long, value_name = "ID")]
        recommendation: Option<i64>,
        /// Print a JSON array (id, title, description, department, partners, start, due, status,
        /// budget_line, recommendations, sdg_targets, indicators) instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Change an action's status or due date.
    Update {
        /// The action's id (see `actions list`).
        id: i64,
        /// planned, in_progress, done, delayed or dropped.
        #[arg(long, value_name = "STATUS")]
        status: Option<String>,
        /// The new due date, YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<String>,
        /// Print the action as changed, as JSON (the fields of `actions list --json`).
        #[arg(long)]
        json: bool,
    },
    /// Delete an action for good, with its indicators and their measurements.
    Delete {
        /// The action's id (see `actions list`).
        id: i64,
        /// Print {"id", "deleted"}.
        #[arg(long)]
        json: bool,
    },
}
impl ActionsCommand {
    pub fn access(&self) -> Access {
        match self {
            ActionsCommand::List { .. } => Access::Read,
            _ => Access::Write,
        }
    }
}

#[derive(Subcommand)]
pub enum IndicatorsCommand {
    /// Add an indicator under an action or directly under a recommendation.
    Add {
        /// The action it measures (its id, see `actions list`); or else --recommendation.
        #[arg(
            long,
            value_name = "ID",
            conflicts_with = "recommendation",
            required_unless_present = "recommendation"
        )]
        action: Option<i64>,
        /// The recommendation it measures directly (its id), instead of an action.
        #[arg(long, value_name = "ID")]
        recommendation: Option<i64>,
        /// The indicator's name, e.g. "Households rehoused".
        #[arg(long, value_name = "TEXT")]
        name: String,
        /// Its unit, e.g. "%" or "households" (optional).
        #[arg(
            long,
            value_name = "UNIT",
            default_value = "",
            hide_default_value = true
        )]
        unit: String,
        /// The value at the start, a number (12, -3.5, 1 200 or 0,75).
        #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
        baseline: String,
        /// Date of the baseline value, YYYY-MM-DD.
        #[arg(long = "baseline-date", value_name = "YYYY-MM-DD")]
        baseline_date: String,
        /// The value to reach, a number.
        #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
        target: String,
        /// Date by which the target is to be reached, YYYY-MM-DD (required; after the baseline
        /// date).
        #[arg(
            long = "target-date",
            value_name = "YYYY-MM-DD",
            default_value = "",
            hide_default_value = true
        )]
        target_date: String,
        /// A global SDG indicator it reports on ("11.1.1").
        #[arg(
            long = "sdg-indicator",
            value_name = "CODE",
            default_value = "",
            hide_default_value = true
        )]
        sdg_indicator: String,
        /// Print the indicator added as JSON (id, action, recommendation, name, unit, baseline,
        /// target, latest, progress, measurements, …).
        #[arg(long)]
        json: bool,
    },
    /// Record a measurement of an indicator.
    Measure {
        /// The indicator's id (see `indicators list`).
        #[arg(long, value_name = "ID")]
        indicator: i64,
        /// The value measured, a number.
        #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
        value: String,
        /// Date of the measurement, YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// Where the value comes from.
        #[arg(long, value_name = "TEXT")]
        source: String,
        /// Print the indicator with its new measurement as JSON (the fields of `indicators list
        /// --json`).
        #[arg(long)]
        json: bool,
    },
    /// List indicators (id, name, unit, baseline, target, latest, progress, measurements).
    List {
        /// Only those of this action.
        #[arg(long, value_name = "ID")]
        action: Option<i64>,
        /// Print a JSON array (id, action, recommendation, name, unit, baseline, target,
        /// sdg_indicator, latest, progress, measurements) instead of lines.
        #[arg(long)]
        json: bool,
    },
}
impl IndicatorsCommand {
    pub fn access(&self) -> Access {
        match self {
            IndicatorsCommand::List { .. } => Access::Read,
            _ => Access::Write,
        }
    }
}

#[derive(Subcommand)]
pub enum SdgsCommand {
    /// The 17 goals (in the language of LANG, else English; --json gives all six UN languages,
    /// and the source).
    Goals {
        /// Print JSON: source, commit, read_on and goals (goal, short and title in the six
        /// languages).
        #[arg(long)]
        json: bool,
    },
    /// Link SDG targets to a recommendation (replacing those linked before; none clears them).
    Link {
        /// The recommendation's id (`recommendations list --json`).
        #[arg(long, value_name = "ID")]
        recommendation: i64,
        /// An SDG target ("11.1"), once per target; none unlinks them all.
        #[arg(long = "target", value_name = "TARGET")]
        targets: Vec<String>,
        /// Print {"id", "sdg_targets"}.
        #[arg(long)]
        json: bool,
    },
}
impl SdgsCommand {
    pub fn access(&self) -> Access {
        match self {
            SdgsCommand::Goals { .. } => Access::Beside,
            SdgsCommand::Link { .. } => Access::Write,
        }
    }
}

fn status(value: Option<&str>) -> Result<Option<ActionStatus>, Error> {
    value
        .map(|s| ActionStatus::from_user("status", s))
        .transpose()
}

fn print_action(a: &cityrights::store::plan::Action) {
    out!(
        "{:>4}  {:<11} {:<10} {}{}",
        a.id,
        say(&format!("plan.status.{}", a.status.as_str()), &[]),
        a.due.as_deref().unwrap_or("-"),
        a.title,
        if a.department.is_empty() {
            String::new()
        } else {
            format!(" ({})", a.department)
        }
    );
}

pub fn run_actions(store: &mut Store, command: ActionsCommand) -> Result<(), Error> {
    match command {
        ActionsCommand::Add {
            title,
            recommendations,
            department,
            description,
            partners,
            start,
            due,
            status: s,
            budget_line,
            sdg_targets,
            json,
        } => {
            let input = ActionInput {
                title,
                description,
                department,
                partners,
                start,
                due,
                status: status(s.as_deref())?.unwrap_or_default(),
                budget_line,
                sdg_targets,
                recommendations,
            };
            let a = store.create_action(&input)?;
            if json {
                print_json(&a)?;
            } else {
                out!(
                    "{}",
                    say(
                        "cli.action_added",
                        &[("id", a.id.into()), ("title", a.title.as_str().into())]
                    )
                );
            }
        }
        ActionsCommand::List {
            recommendation,
            json,
        } => {
            let list = store.actions(recommendation)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("{}", say("cli.no_actions", &[]));
            } else {
                list.iter().for_each(print_action);
            }
        }
        ActionsCommand::Update {
            id,
            status: s,
            due,
            json,
        } => {
            let a = store.change_action(id, status(s.as_deref())?, due.as_deref())?;
            if json {
                print_json(&a)?;
            } else {
                print_action(&a);
            }
        }
        ActionsCommand::Delete { id, json } => {
            store.delete_action(id)?;
            if json {
                print_json(&json!({ "id": id, "deleted": true }))?;
            } else {
                out!("{}", say("cli.action_deleted", &[("id", id.into())]));
            }
        }
    }
    Ok(())
}

pub fn run_indicators(store: &mut Store, command: IndicatorsCommand) -> Result<(), Error> {
    match command {
        IndicatorsCommand::Add {
            action,
            recommendation,
            name,
            unit,
            baseline,
            baseline_date,
            target,
            target_date,
            sdg_indicator,
            json,
        } => {
            let input = IndicatorInput {
                action,
                recommendation,
                name,
                unit,
                baseline,
                baseline_date,
                target,
                target_date,
                sdg_indicator,
            };
            let i = store.create_indicator(&input)?;
            if json {
                print_json(&i)?;
            } else {
                out!(
                    "{}",
                    say(
                        "cli.indicator_added",
                        &[("id", i.id.into()), ("name", i.name.as_str().into())]
                    )
                );
            }
        }
        IndicatorsCommand::Measure {
            indicator,
            value,
            date,
            source,
            json,
        } => {
            let i = store.add_measurement(&MeasurementInput {
                indicator,
                value,
                date,
                source,
            })?;
            if json {
                print_json(&i)?;
            } else {
                out!("{} {}", say("cli.recorded", &[]), describe(&i));
            }
        }
        IndicatorsCommand::List { action, json } => {
            let list = store.indicators(action)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("{}", say("cli.no_indicators", &[]));
            } else {
                for i in &list {
                    out!("{:>4}  {}", i.id, describe(i));
                }
            }
        }
    }
    Ok(())
}

fn describe(i: &cityrights::store::plan::Indicator) -> String {
    let latest = i.latest.as_ref().map_or_else(
        || say("cli.no_measurement", &[]),
        |m| {
            say(
                "cli.measured_on",
                &[
                    ("value", m.value.to_string().into()),
                    ("unit", i.unit.as_str().into()),
                    ("date", m.date.as_str().into()),
                ],
            )
        },
    );
    let mut args = vec![
        ("name", i.name.as_str().into()),
        ("latest", latest.into()),
        ("baseline", i.baseline.value.to_string().into()),
        ("baseline_date", i.baseline.date.as_str().into()),
        ("target", i.target.value.to_string().into()),
        ("target_date", i.target.date.as_str().into()),
    ];
    match i.progress {
        Some(p) => {
            args.push(("percent", format!("{:.0}", p * 100.0).into()));
            say("cli.indicator_progress", &args)
        }
        None => say("cli.indicator", &args),
    }
}

/// `cityrights sdgs goals`: needs no database.
pub fn run_sdgs_beside(command: &SdgsCommand) -> Result<(), Error> {
    if let SdgsCommand::Goals { json } = command {
        let data = sdg::sdgs()?;
        if *json {
            print_json(
                &json!({ "source": data.source, "commit": data.commit, "read_on": data.read_on, "goals": data.goals }),
            )?;
        } else {
            for g in &data.goals {
                out!(
                    "{:>2}  {}",
                    g.goal,
                    g.short
                        .get(lang())
                        .or_else(|| g.short.get("en"))
                        .map_or("", String::as_str)
                );
            }
        }
    }
    Ok(())
}

pub fn run_sdgs(store: &mut Store, command: SdgsCommand) -> Result<(), Error> {
    match command {
        SdgsCommand::Goals { .. } => run_sdgs_beside(&command),
        SdgsCommand::Link {
            recommendation,
            targets,
            json,
        } => {
            let linked: Vec<String> =
                cityrights::app::plan::link_sdg_targets(store, recommendation, &targets)?
                    .sdg_targets
                    .into_iter()
                    .map(|t| t.code)
                    .collect();
            if json {
                print_json(&json!({ "id": recommendation, "sdg_targets": linked }))?;
            } else if linked.is_empty() {
                out!(
                    "{}",
                    say("cli.sdg_unlinked", &[("id", recommendation.into())])
                );
            } else {
                out!(
                    "{}",
                    say(
                        "cli.sdg_linked",
                        &[
                            ("id", recommendation.into()),
                            ("targets", linked.join(", ").into())
                        ]
                    )
                );
            }
            Ok(())
        }
    }
}

//! `cityrights rules`: the submission rule in force for a mechanism (and a template), without a
//! database — what the engagement screen shows before the city overrides anything.

use super::Access;
use super::{lang, print_json, say};
use cityrights::rules::{EffectiveRule, RuleOverride, RuleStatus};
use cityrights::wordcount::{counted_parts, CountPart};
use cityrights::{template, timeline, Error};
use clap::Args;
use serde::Serialize;

#[derive(Args)]
pub struct RulesArgs {
    /// Mechanism code: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED or SP.
    #[arg(long, value_name = "CODE")]
    mechanism: String,
    /// A template's ID (its file name in assets/templates, e.g. upr_midterm): some do not take
    /// the mechanism's word limit.
    #[arg(long, value_name = "ID")]
    template: Option<String>,
    /// The limit for a joint submission (several co-submitters).
    #[arg(long)]
    joint: bool,
    /// Print JSON: `word_limit` (null when none), `counts`, `languages`, `formats`, `status`,
    /// `source`, `last_confirmed`, and more.
    #[arg(long)]
    json: bool,
}

impl RulesArgs {
    pub fn access(&self) -> Access {
        Access::Beside
    }
}

#[derive(Serialize)]
struct Printed<'a> {
    mechanism: &'a str,
    template: Option<&'a str>,
    joint: bool,
    /// Null when no limit applies (or none is known).
    word_limit: Option<u32>,
    /// What the word count includes.
    counts: Vec<CountPart>,
    footnotes_count: bool,
    languages: &'a [String],
    formats: &'a [String],
    formats_note: Option<&'a str>,
    status: RuleStatus,
    stated_by: Option<&'a str>,
    source: &'a str,
    last_confirmed: Option<&'a str>,
    read_on: Option<&'a str>,
    /// The source is more than a year old, or undated and not read in the last year.
    stale: bool,
    note: &'a str,
}

pub fn run(args: &RulesArgs) -> Result<(), Error> {
    let mechanism = timeline::reference_mechanism(&args.mechanism)?;
    let tpl = match &args.template {
        Some(id) => {
            let t = template::template(id.trim())?;
            if !t.fits(&mechanism.code, mechanism.kind) {
                let fitting = template::templates_for(&mechanism.code, mechanism.kind)?
                    .iter()
                    .map(|t| t.key.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(Error::invalid_said(
                    "template",
                    "error.cli_template_for",
                    vec![
                        ("key", t.key.clone().into()),
                        ("mechanism", mechanism.code.clone().into()),
                        ("templates", fitting.into()),
                    ],
                ));
            }
            Some(t)
        }
        None => None,
    };
    let uses_limit = tpl.as_ref().is_none_or(|t| t.uses_mechanism_word_limit);
    let rule = EffectiveRule::new(
        &mechanism.rule_in(lang()).under_template(uses_limit),
        &RuleOverride::default(),
        chrono::Local::now().date_naive(),
    );
    let r = &rule.rule;
    let printed = Printed {
        mechanism: &mechanism.code,
        template: tpl.as_ref().map(|t| t.key.as_str()),
        joint: args.joint,
        word_limit: rule.word_limit(args.joint),
        counts: counted_parts(&rule),
        footnotes_count: r.footnotes_count,
        languages: &r.languages,
        formats: &r.formats,
        formats_note: r.formats_note.as_deref(),
        status: r.status,
        stated_by: r.stated_by.as_deref(),
        source: &r.source,
        last_confirmed: r.last_confirmed.as_deref(),
        read_on: r.read_on.as_deref(),
        stale: rule.stale,
        note: &r.note,
    };
    if args.json {
        return print_json(&printed);
    }
    out!(
        "{}{}: {}",
        mechanism.code,
        printed
            .template
            .map(|t| format!(" ({t})"))
            .unwrap_or_default(),
        match printed.word_limit {
            Some(n) => say("cli.rules_limit", &[("n", n.into())]),
            None => say("cli.rules_no_limit", &[]),
        }
    );
    let counts: Vec<&str> = printed.counts.iter().map(|c| c.as_str()).collect();
    out!(
        "{}",
        say("cli.rules_counted", &[("parts", counts.join(", ").into())])
    );
    if !r.languages.is_empty() {
        out!(
            "{}",
            say(
                "cli.rules_languages",
                &[("languages", r.languages.join(", ").into())]
            )
        );
    }
    if !r.formats.is_empty() {
        out!(
            "{}",
            say(
                "cli.rules_formats",
                &[("formats", r.formats.join(", ").into())]
            )
        );
    }
    if let Some(n) = &r.formats_note {
        out!("  {n}");
    }
    out!(
        "{}",
        say("cli.rules_status", &[("status", status_label(r).into())])
    );
    out!(
        "{}",
        say("cli.rules_source", &[("source", r.source.as_str().into())])
    );
    if !r.note.is_empty() {
        out!(
            "{}",
            say("cli.rules_note", &[("note", r.note.as_str().into())])
        );
    }
    Ok(())
}

/// How well the rule is established, in the words the app's rule panel uses (who states it and
/// when it was read, never a bare "confirmed").
fn status_label(r: &cityrights::rules::Rule) -> String {
    let who = r.stated_by.as_deref().unwrap_or_default();
    match (r.status, who.is_empty()) {
        (RuleStatus::Confirmed, false) => match &r.read_on {
            Some(d) => say(
                "rule_status.confirmed",
                &[
                    ("who", who.into()),
                    (
                        "date",
                        cityrights::model::language::date(lang(), "meta.date_pattern", d).into(),
                    ),
                ],
            ),
            None => say("rule_status.confirmed_undated", &[("who", who.into())]),
        },
        (RuleStatus::ThirdParty, false) => match &r.last_confirmed {
            Some(d) => say(
                "rule_status.third_party",
                &[
                    ("who", who.into()),
                    ("date", d.chars().take(4).collect::<String>().into()),
                ],
            ),
            None => say("rule_status.third_party_undated", &[("who", who.into())]),
        },
        (RuleStatus::SetByCity, _) => say("rule_status.set_by_city", &[]),
        _ => say("rule_status.unconfirmed", &[]),
    }
}

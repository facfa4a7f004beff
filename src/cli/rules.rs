//! `cityrights rules`: the submission rule in force for a mechanism (and a template), without a
//! database — what the engagement screen shows before the city overrides anything.

use super::print_json;
use super::Access;
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
                return Err(Error::invalid(
                    "template",
                    format!(
                        "The template \"{}\" is not for {}. Templates for it: {}.",
                        t.key,
                        mechanism.code,
                        template::templates_for(&mechanism.code, mechanism.kind)?
                            .iter()
                            .map(|t| t.key.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            Some(t)
        }
        None => None,
    };
    let uses_limit = tpl.as_ref().is_none_or(|t| t.uses_mechanism_word_limit);
    let rule = EffectiveRule::new(
        &mechanism.rule.under_template(uses_limit),
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
            Some(n) => format!("{n} words"),
            None => "no word limit".to_string(),
        }
    );
    let counts: Vec<&str> = printed.counts.iter().map(|c| c.as_str()).collect();
    out!("Counted: {}", counts.join(", "));
    if !r.languages.is_empty() {
        out!("Languages: {}", r.languages.join(", "));
    }
    if !r.formats.is_empty() {
        out!("Formats: {}", r.formats.join(", "));
    }
    if let Some(n) = &r.formats_note {
        out!("  {n}");
    }
    out!("Source: {}", r.source);
    if !r.note.is_empty() {
        out!("Note: {}", r.note);
    }
    Ok(())
}

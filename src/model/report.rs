//! The fixed words of the reports the app writes from the city's data (`report generate`) and
//! of their charts, in the language of the report (the catalogue's `report.*`): every sentence a
//! reader reads in a generated report comes from here, so that the generator itself holds no
//! word of any language.

use crate::document::ChartKind;
use crate::model::language::{text as words, Arg};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of report `report generate` makes, each from one template.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[ts(export)]
pub enum ReportKind {
    /// A UPR mid-term report on the recommendations of the last cycle.
    UprMidterm,
    /// Information for a treaty body's follow-up procedure.
    TbFollowUp,
    /// The city's own periodic human rights report.
    Local,
}

crate::enums::words!(ReportKind);

impl ReportKind {
    /// The template whose structure the report takes (see `model::template`).
    pub fn template(self) -> &'static str {
        match self {
            ReportKind::UprMidterm => "upr_midterm",
            ReportKind::TbFollowUp => "tb_follow_up_info",
            ReportKind::Local => "local_human_rights_report",
        }
    }

    /// The report's title in `lang`, before the document it is about.
    pub fn title(self, lang: &str) -> String {
        words(lang, &format!("report.title.{}", self.as_str()), &[])
    }

    /// The three words a user types (`--kind`), for messages.
    pub fn choices() -> String {
        ReportKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A word or phrase of a report (`report.<name>`) in `lang`, with no variable.
pub fn label(lang: &str, name: &str) -> String {
    words(lang, &format!("report.{name}"), &[])
}

/// A sentence of a report (`report.<name>`) in `lang`, its variables filled.
pub fn sentence(lang: &str, name: &str, args: &[(&str, Arg)]) -> String {
    words(lang, &format!("report.{name}"), args)
}

/// Groups with no value, as the progress counts name them (internal names; a chart shows them
/// in its language through [`group_name`]).
pub const NO_THEME: &str = "No theme";
pub const NO_DEPARTMENT: &str = "No department";
pub const NO_SDG: &str = "No SDG";
pub const ALL_RECOMMENDATIONS: &str = "All recommendations";

/// A group's name as a chart or a report in `lang` shows it: the groups with no value in that
/// language, any other name as the city wrote it.
pub fn group_name(lang: &str, name: &str) -> String {
    match name {
        NO_THEME => label(lang, "no_theme"),
        NO_DEPARTMENT => label(lang, "no_department"),
        NO_SDG => label(lang, "no_sdg"),
        other => other.to_string(),
    }
}

/// How a chart is called in its caption.
pub fn chart_title(lang: &str, chart: ChartKind) -> String {
    label(lang, &format!("chart_title.{}", chart.as_str()))
}

/// The header of the first column of a chart's table: what one bar is.
pub fn chart_group(lang: &str, chart: ChartKind) -> String {
    label(lang, &format!("chart_group.{}", chart.as_str()))
}

/// "10 not started, 8 in progress": counts with their (status) labels, lower case.
fn counted(counts: &[(String, usize)], skip_zero: bool) -> String {
    counts
        .iter()
        .filter(|(_, n)| !skip_zero || *n > 0)
        .map(|(label, n)| format!("{n} {}", label.to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sentence that opens a chart's text alternative: "Of 24 recommendations of
/// A/HRC/59/15: 10 not started, 8 in progress, …".
pub fn chart_summary(
    lang: &str,
    total: usize,
    symbol: Option<&str>,
    counts: &[(String, usize)],
) -> String {
    let args = vec![
        ("total", Arg::from(total)),
        ("counts", Arg::from(counted(counts, false))),
    ];
    about_document(lang, "chart_summary", args, symbol)
}

/// The sentence `name`, or `<name>_of` naming the document `symbol` when there is one.
fn about_document(
    lang: &str,
    name: &str,
    mut args: Vec<(&str, Arg)>,
    symbol: Option<&str>,
) -> String {
    match symbol {
        Some(s) => {
            args.push(("symbol", Arg::from(s)));
            sentence(lang, &format!("{name}_of"), &args)
        }
        None => sentence(lang, name, &args),
    }
}

/// The sentence of the actions chart's text alternative: "Of 3 actions on the
/// recommendations of A/HRC/59/15: 1 planned, 1 in progress, 1 done, 0 delayed, 0 dropped.";
/// with no action, a sentence saying so.
pub fn chart_actions_summary(
    lang: &str,
    total: usize,
    symbol: Option<&str>,
    counts: &[(String, usize)],
) -> String {
    if total == 0 {
        return label(lang, "chart_no_action");
    }
    let args = vec![
        ("total", Arg::from(total)),
        ("counts", Arg::from(counted(counts, false))),
    ];
    about_document(lang, "chart_actions_summary", args, symbol)
}

/// A value at a date (`YYYY-MM-DD`), as an indicator's sentence names it.
pub type ValueOn<'a> = (f64, &'a str);

/// The text alternative of an indicator's chart: its baseline, its target, and how many
/// measurements with the latest (`latest`: their number and the latest one), if any.
pub fn chart_indicator_summary(
    lang: &str,
    name: &str,
    unit: &str,
    baseline: ValueOn,
    target: ValueOn,
    latest: Option<(usize, ValueOn)>,
) -> String {
    let value = |v: f64| Arg::from(with_unit(lang, v, unit));
    let mut args = vec![
        ("name", Arg::from(name.trim())),
        ("baseline", value(baseline.0)),
        ("baseline_date", Arg::from(day(lang, baseline.1))),
        ("target", value(target.0)),
        ("target_date", Arg::from(day(lang, target.1))),
    ];
    match latest {
        Some((n, (v, date))) => {
            args.push(("n", Arg::from(n)));
            args.push(("latest", value(v)));
            args.push(("latest_date", Arg::from(day(lang, date))));
            sentence(lang, "chart_indicator_summary", &args)
        }
        None => sentence(lang, "chart_indicator_unmeasured", &args),
    }
}

/// A day (`YYYY-MM-DD`) as a page in the report's language writes it ("31 October 2026",
/// "31 octobre 2026", "2026年10月31日"): the front matter's pattern (`meta.date_pattern`), so a
/// report's sentences, tables and chart texts write their dates as its title page does. As
/// given when it is not a day.
pub fn day(lang: &str, ymd: &str) -> String {
    crate::model::language::date(lang, "meta.date_pattern", ymd)
}

/// A number as people write it: no ".0" on whole numbers, at most two decimals.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{}", (v * 100.0).round() / 100.0)
    }
}

/// A number as `lang` writes it in a report: [`number`]'s digits, the thousands grouped as the
/// exports group counts (`meta.thousands`: "1,200" in English, "1200" in French) and the
/// language's decimal separator (`meta.decimal_separator`: "12,5" in French, Spanish and
/// Russian).
pub fn number_in(lang: &str, v: f64) -> String {
    let plain = number(v);
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let whole = whole
        .parse::<usize>()
        .map(|n| crate::model::language::number(lang, n))
        .unwrap_or_else(|_| whole.to_string());
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        let separator = words(lang, "meta.decimal_separator", &[]);
        format!("{sign}{whole}{separator}{fraction}")
    }
}

/// A value with its unit as `lang` writes it ("172 homes", "12,5 km"), or the number alone
/// when the unit is empty.
pub fn with_unit(lang: &str, v: f64, unit: &str) -> String {
    if unit.trim().is_empty() {
        number_in(lang, v)
    } else {
        format!("{} {}", number_in(lang, v), unit.trim())
    }
}

/// The end of a chart's text alternative when it shows only the largest groups.
pub fn chart_more(lang: &str, shown: usize, all: usize) -> String {
    sentence(
        lang,
        "chart_more",
        &[("shown", Arg::from(shown)), ("all", Arg::from(all))],
    )
}

/// Section texts of the generated reports, in the report's language.
pub mod text {
    use super::{label, sentence};
    use crate::model::language::Arg;

    /// The opening paragraph of every generated report: who reports, on the recommendations of
    /// `symbol` (or of every mechanism), addressed to `state`.
    pub fn introduction(lang: &str, city: &str, state: &str, symbol: Option<&str>) -> String {
        let args = vec![("city", Arg::from(city)), ("state", Arg::from(state))];
        super::about_document(lang, "introduction", args, symbol)
    }

    pub fn coverage(lang: &str, covered: usize, total: usize) -> String {
        sentence(
            lang,
            "coverage",
            &[("covered", Arg::from(covered)), ("total", Arg::from(total))],
        )
    }

    pub fn none_covered(lang: &str) -> String {
        label(lang, "none_covered")
    }

    pub fn methodology(
        lang: &str,
        departments: usize,
        actions: usize,
        indicators: usize,
    ) -> String {
        let count = |name: &str, n: usize| sentence(lang, name, &[("n", Arg::from(n))]);
        sentence(
            lang,
            "methodology",
            &[
                ("actions", Arg::from(count("count_actions", actions))),
                (
                    "departments",
                    Arg::from(count("count_departments", departments)),
                ),
                (
                    "indicators",
                    Arg::from(count("count_indicators", indicators)),
                ),
            ],
        )
    }

    pub fn consultations_intro(lang: &str) -> String {
        label(lang, "consultations_intro")
    }

    pub fn no_consultations(lang: &str) -> String {
        label(lang, "no_consultations")
    }

    pub fn consultation(
        lang: &str,
        date: &str,
        format: &str,
        topic: &str,
        participants: usize,
    ) -> String {
        let mut args = vec![
            ("date", Arg::from(super::day(lang, date))),
            ("format", Arg::from(format)),
            ("topic", Arg::from(topic)),
        ];
        if participants == 0 {
            return sentence(lang, "consultation", &args);
        }
        args.push(("n", Arg::from(participants)));
        sentence(lang, "consultation_participants", &args)
    }

    pub fn chart_intro(lang: &str) -> String {
        label(lang, "chart_intro")
    }

    pub fn next_steps(lang: &str) -> String {
        label(lang, "next_steps")
    }

    pub fn obstacles(lang: &str) -> String {
        label(lang, "obstacles")
    }

    pub fn foreword(lang: &str, city: &str) -> String {
        sentence(lang, "foreword", &[("city", Arg::from(city))])
    }

    pub fn commitments(lang: &str) -> String {
        label(lang, "commitments")
    }

    pub fn contact(lang: &str, name: &str, email: &str) -> String {
        let contact = match (name.trim(), email.trim()) {
            ("", "") => return label(lang, "contact_none"),
            (n, "") => n.to_string(),
            ("", m) => m.to_string(),
            (n, m) => format!("{n}, {m}"),
        };
        sentence(lang, "contact", &[("contact", Arg::from(contact))])
    }
}

/// An action's status as a reader reads it inside a sentence ("in progress").
pub fn action_status(lang: &str, s: crate::model::plan::ActionStatus) -> String {
    words(lang, &format!("plan.status.{}", s.as_str()), &[]).to_lowercase()
}

/// A consultation's format (its stored word, "written_input") as a reader reads it.
pub fn consultation_format(lang: &str, word: &str) -> String {
    words(lang, &format!("consultation_format.{word}"), &[])
}

/// The sentence of a theme's progress in a local report: "Housing: 4 recommendations (2 in
/// progress, 2 implemented)."
pub fn theme_summary(lang: &str, name: &str, total: usize, counts: &[(String, usize)]) -> String {
    sentence(
        lang,
        "theme_summary",
        &[
            ("name", Arg::from(name)),
            ("total", Arg::from(total)),
            ("counts", Arg::from(counted(counts, true))),
        ],
    )
}

/// The headers of the indicators' table in a local report, in `lang`.
pub fn indicator_columns(lang: &str) -> [String; 6] {
    [
        "indicator",
        "baseline",
        "target",
        "latest",
        "progress",
        "source",
    ]
    .map(|c| label(lang, &format!("column.{c}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader of each language reads an indicator's value as written at home: grouped as
    /// the exports group counts, with the language's decimal separator, and a day with its
    /// month named.
    #[test]
    fn values_and_days_are_written_as_each_language_writes_them() {
        assert_eq!(with_unit("en", 1234.5, "km"), "1,234.5 km");
        assert_eq!(with_unit("fr", 1234.5, "km"), "1234,5 km");
        assert_eq!(with_unit("es", 12.25, ""), "12,25");
        assert_eq!(with_unit("ru", -0.5, "%"), "-0,5 %");
        assert_eq!(with_unit("zh", 172.0, "套"), "172 套");
        assert_eq!(number_in("ar", 2.75), "2.75");
        assert_eq!(number_in("en", -1200.0), "-1,200");
        assert_eq!(number_in("fr", 1e20), number(1e20));
        assert_eq!(day("en", "2027-12-31"), "31 December 2027");
        assert_eq!(day("fr", "2027-12-31"), "31 décembre 2027");
        assert_eq!(day("zh", "2027-12-31"), "2027年12月31日");
        assert_eq!(day("en", "not a day"), "not a day");
    }
}

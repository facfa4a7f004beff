//! `cityrights recommendations …`: import (the core picks the importer), list, search, export.

use super::Access;
use super::{count, print_json, say};
use cityrights::import::recommendations::{ImportInput, ImportKind, ImportOptions};
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum RecommendationsCommand {
    /// Import the recommendations addressed to one State from the OHCHR Universal Human Rights
    /// Index bulk export (JSON, read as a stream). Importing again updates by AnnotationId.
    #[command(name = "import-uhri")]
    ImportUhri {
        /// The UHRI bulk export (export-full-en.json).
        file: PathBuf,
        /// The State, as an ISO 3166-1 alpha-3 code (e.g. SVN).
        #[arg(long, value_name = "ISO3")]
        country: String,
        /// Print {"imported", "updated", "unchanged", "skipped", …}.
        #[arg(long)]
        json: bool,
    },
    /// Import the recommendations of a UPR Working Group report from its text (as copied from
    /// the PDF, or saved with pdftotext). FILE may be "-" for standard input.
    #[command(name = "import-report")]
    ImportReport {
        /// The report's text (.txt), or - for standard input.
        file: PathBuf,
        /// The report's document symbol, e.g. A/HRC/59/15.
        #[arg(long, value_name = "SYMBOL")]
        symbol: String,
        /// Print {"imported", "updated", "unchanged", "skipped", …}.
        #[arg(long)]
        json: bool,
    },
    /// Import OHCHR's thematic list of recommendations (.docx): responses, themes, SDGs. Updates
    /// the recommendations already imported from the report.
    #[command(name = "import-thematic-list")]
    ImportThematicList {
        /// The thematic list (.docx).
        file: PathBuf,
        /// The report's symbol, when the list gives no "Source of Position".
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// Print {"imported", "updated", "unchanged", "skipped", …}.
        #[arg(long)]
        json: bool,
    },
    /// Import a CSV file. Columns are matched by their header names unless given with --map
    /// (e.g. --map text=Recommendation --map symbol="Document").
    #[command(name = "import-csv")]
    ImportCsv {
        /// The CSV file (its first row: the column headers), or - for standard input.
        file: PathBuf,
        /// FIELD=HEADER: symbol, paragraph, text, recommending_states, response, themes, sdgs,
        /// mechanism or cycle, and the header of the column that holds it.
        #[arg(long = "map", value_name = "FIELD=HEADER")]
        map: Vec<String>,
        /// The symbol of every row, when the file has no symbol column.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// Print {"imported", "updated", "unchanged", "skipped", …}.
        #[arg(long)]
        json: bool,
    },
    /// List recommendations (id, symbol, paragraph, text, recommending_states, response, …).
    List {
        /// Only those of this document, e.g. A/HRC/59/15.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// Print a JSON array (id, symbol, paragraph, reference, text, recommending_states,
        /// response, competence, department, local_status, tags, sdg_goals, sdg_targets, …) instead
        /// of lines.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search, best match first.
    Search {
        /// The words to look for in the text and reference (all must appear; the last may be the
        /// start of a word).
        query: String,
        /// How many matches at most.
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        /// Print a JSON array (id, symbol, paragraph, reference, text, recommending_states,
        /// response, pieces) instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Write the follow-up matrix (recommendation, competence, department, status, evidence) as CSV.
    #[command(name = "export-csv")]
    ExportCsv {
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE.csv")]
        output: PathBuf,
        /// Only those of this document.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// The language of its headers and own words (en, fr, es, ar, ru, zh; default: the
        /// interface's language, chosen in Settings or LANG's).
        #[arg(long, value_name = "CODE", value_parser = ["en", "fr", "es", "ar", "ru", "zh"])]
        language: Option<String>,
    },
    /// Write the follow-up matrix as a PDF table (landscape, the header repeated on every page).
    #[command(name = "export-pdf")]
    ExportPdf {
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE.pdf")]
        output: PathBuf,
        /// Only those of this document.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// The language of its headers and own words (en, fr, es, ar, ru, zh; default: the
        /// interface's language, chosen in Settings or LANG's).
        #[arg(long, value_name = "CODE", value_parser = ["en", "fr", "es", "ar", "ru", "zh"])]
        language: Option<String>,
    },
    /// Write the implementation matrix as an Excel workbook (.xlsx): one row per recommendation
    /// with its ID, symbol, paragraph, UHRI annotation id, text, recommending States, response,
    /// themes, groups, SDG goals and targets, competence, department, actions, indicators,
    /// local status and evidence; a header row with filters, frozen panes, wrapped text.
    #[command(name = "export-xlsx")]
    ExportXlsx {
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE.xlsx")]
        output: PathBuf,
        /// Only those of this document.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// The language of its headers and own words (en, fr, es, ar, ru, zh; default: the
        /// interface's language, chosen in Settings or LANG's).
        #[arg(long, value_name = "CODE", value_parser = ["en", "fr", "es", "ar", "ru", "zh"])]
        language: Option<String>,
    },
    /// Read an implementation matrix (.xlsx, as export-xlsx writes it) back: its Local status,
    /// Department and Evidence columns. Rows are matched by ID, then UHRI annotation id, then
    /// symbol and paragraph. Evidence notes are only added, never removed.
    #[command(name = "import-xlsx")]
    ImportXlsx {
        /// The workbook to read (.xlsx, as export-xlsx writes it).
        file: PathBuf,
        /// Show what would change and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print {"changed", "unchanged", "unknown", "changes", "unknown_rows", "dry_run"}.
        #[arg(long)]
        json: bool,
    },
    /// Change the city's follow-up of one recommendation; --evidence adds a note dated today.
    Update {
        /// The recommendation's id (`recommendations list --json`).
        id: i64,
        /// not_started, in_progress, implemented or not_applicable.
        #[arg(long, value_name = "STATUS")]
        local_status: Option<String>,
        /// The responsible department (from the city's list; a new name joins it).
        #[arg(long, value_name = "NAME")]
        department: Option<String>,
        /// exclusive, shared, none or unknown.
        #[arg(long, value_name = "COMPETENCE")]
        competence: Option<String>,
        /// What was done, added as an evidence note dated today.
        #[arg(long, value_name = "TEXT")]
        evidence: Option<String>,
        /// Print the recommendation as `list --json` does, with its `evidence` notes.
        #[arg(long)]
        json: bool,
    },
    /// Move a recommendation to the bin, with the city's follow-up (competence, department,
    /// status, tags, evidence). `cityrights bin restore recommendation ID` brings it back.
    Delete {
        /// The recommendation's id (`recommendations list --json`).
        id: i64,
        /// Print it as the bin lists it: {"kind", "id", "title", "context", "deleted_at"}.
        #[arg(long)]
        json: bool,
    },
}
impl RecommendationsCommand {
    pub fn access(&self) -> Access {
        match self {
            RecommendationsCommand::List { .. }
            | RecommendationsCommand::Search { .. }
            | RecommendationsCommand::ExportCsv { .. }
            | RecommendationsCommand::ExportPdf { .. }
            | RecommendationsCommand::ExportXlsx { .. }
            | RecommendationsCommand::ImportXlsx { dry_run: true, .. } => Access::Read,
            _ => Access::Write,
        }
    }
}

/// "Wrote 3 recommendations to FILE." in the CLI's language.
fn written(rows: usize, path: &str) -> String {
    say(
        "cli.recommendations_written",
        &[
            ("recommendations", count("cli.count_recommendations", rows)),
            ("path", path.into()),
        ],
    )
}

fn read_input(file: &std::path::Path) -> Result<Vec<u8>, Error> {
    if file.as_os_str() == "-" {
        use std::io::Read;
        let mut bytes = Vec::new();
        let max = cityrights::import::MAX_LIST_FILE_BYTES;
        std::io::stdin()
            .take(max + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                action: "Could not read",
                path: PathBuf::from("standard input"),
                source,
            })?;
        if bytes.len() as u64 > max {
            return Err(Error::import(
                "error.input_too_large",
                vec![("max", (max >> 20).into())],
            ));
        }
        return Ok(bytes);
    }
    cityrights::import::recommendations::read_file(file)
}

/// An enum value in the catalogue's words (`recommendations.response.noted`…), by its JSON
/// name, so that the CLI says what the app's screens say.
fn word<T: serde::Serialize>(prefix: &str, value: &T) -> String {
    let name = serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    say(&format!("{prefix}.{name}"), &[])
}

fn print_summary(s: &cityrights::recommendation::ImportSummary, json: bool) -> Result<(), Error> {
    if json {
        return print_json(s);
    }
    out!(
        "{}",
        say(
            "cli.recommendations_imported",
            &[
                ("imported", s.imported.into()),
                ("updated", s.updated.into()),
                ("unchanged", s.unchanged.into()),
                ("skipped", s.skipped.into()),
            ],
        )
    );
    Ok(())
}

/// The file (or standard input, `-`) to import, read whole; the importer is the core's choice
/// for the kind (`import::recommendations::read`, which the app's import dialog also calls).
fn input_of(file: &std::path::Path) -> Result<ImportInput<'static>, Error> {
    Ok(ImportInput::Bytes {
        bytes: read_input(file)?,
        name: cityrights::import::recommendations::file_name_of(file),
    })
}

fn read_batch(
    kind: ImportKind,
    input: ImportInput<'_>,
    options: &ImportOptions,
) -> Result<cityrights::recommendation::ImportBatch, Error> {
    cityrights::import::recommendations::read(
        kind,
        input,
        options,
        &mut cityrights::import::Watch::none(),
    )
}

/// `recommendations update --json`: the recommendation as `list --json` prints it, with its
/// evidence notes.
#[derive(serde::Serialize)]
struct Updated {
    #[serde(flatten)]
    recommendation: cityrights::app::plan::RecommendationSdgs,
    evidence: Vec<cityrights::recommendation::EvidenceNote>,
}

pub fn run(store: &mut Store, command: RecommendationsCommand) -> Result<(), Error> {
    use cityrights::recommendation as rec;
    match command {
        RecommendationsCommand::ImportUhri {
            file,
            country,
            json,
        } => {
            let options = ImportOptions {
                country: Some(country),
                ..Default::default()
            };
            let batch = read_batch(ImportKind::Uhri, ImportInput::File(&file), &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::ImportReport { file, symbol, json } => {
            let options = ImportOptions {
                symbol: Some(symbol),
                ..Default::default()
            };
            let batch = read_batch(ImportKind::Report, input_of(&file)?, &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::ImportThematicList { file, symbol, json } => {
            let options = ImportOptions {
                symbol,
                ..Default::default()
            };
            let batch = read_batch(ImportKind::ThematicList, input_of(&file)?, &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::ImportCsv {
            file,
            map,
            symbol,
            json,
        } => {
            let bytes = read_input(&file)?;
            let preview = cityrights::import::csv::preview(&bytes)?;
            let mut mapping = preview.suggested.clone();
            for m in &map {
                let Some((field, header)) = m.split_once('=') else {
                    return Err(Error::invalid_said(
                        "map",
                        "error.cli_map_form",
                        vec![("value", m.clone().into())],
                    ));
                };
                let col = preview
                    .headers
                    .iter()
                    .position(|h| h.eq_ignore_ascii_case(header.trim()))
                    .ok_or_else(|| {
                        Error::invalid_said(
                            "map",
                            "error.cli_map_no_column",
                            vec![
                                ("header", header.trim().into()),
                                ("columns", preview.headers.join(", ").into()),
                            ],
                        )
                    })?;
                let slot = match field.trim() {
                    "symbol" => &mut mapping.symbol,
                    "paragraph" => &mut mapping.paragraph,
                    "text" => &mut mapping.text,
                    "recommending_states" => &mut mapping.recommending_states,
                    "response" => &mut mapping.response,
                    "themes" => &mut mapping.themes,
                    "sdgs" => &mut mapping.sdgs,
                    "mechanism" => &mut mapping.mechanism,
                    "cycle" => &mut mapping.cycle,
                    other => {
                        return Err(Error::invalid_said(
                            "map",
                            "error.cli_map_field",
                            vec![("value", other.into())],
                        ))
                    }
                };
                *slot = Some(col);
            }
            if let Some(s) = symbol {
                mapping.default_symbol = s;
            }
            let options = ImportOptions {
                mapping: Some(mapping),
                ..Default::default()
            };
            let input = ImportInput::Bytes {
                bytes,
                name: cityrights::import::recommendations::file_name_of(&file),
            };
            let batch = read_batch(ImportKind::Csv, input, &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::List { symbol, json } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let page = store.list_recommendations(&filter, usize::MAX, 0)?;
            if json {
                // With `sdg_goals` and `sdg_targets` (issue #15).
                print_json(&cityrights::app::plan::with_sdgs(store, page.items)?)?;
            } else if page.items.is_empty() {
                out!("{}", say("cli.no_recommendations", &[]));
            } else {
                for r in page.items {
                    out!(
                        "{:>6}  {} {:<8} {:<20} {}",
                        r.id,
                        r.symbol,
                        r.paragraph,
                        word("recommendations.response", &r.response),
                        r.text
                    );
                }
            }
        }
        RecommendationsCommand::Search { query, limit, json } => {
            let matches = store.search_recommendations(&query, limit)?;
            if json {
                print_json(&matches)?;
            } else if matches.is_empty() {
                out!(
                    "{}",
                    say("cli.nothing_found", &[("query", query.as_str().into())])
                );
            } else {
                for m in matches {
                    out!("{:>6}  {} {:<8} {}", m.id, m.symbol, m.paragraph, m.text);
                }
            }
        }
        RecommendationsCommand::ExportCsv {
            output,
            symbol,
            language,
        } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let done = store.export_follow_up_csv_in(
                &output,
                &filter,
                &language.unwrap_or_else(|| store.interface_language()),
            )?;
            out!("{}", written(done.rows, &done.path));
        }
        RecommendationsCommand::ExportPdf {
            output,
            symbol,
            language,
        } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let done = store.export_follow_up_pdf_in(
                &output,
                &filter,
                &language.unwrap_or_else(|| store.interface_language()),
            )?;
            out!(
                "{}",
                say(
                    "cli.recommendations_pdf_written",
                    &[
                        (
                            "recommendations",
                            count("cli.count_recommendations", done.rows)
                        ),
                        ("pages", count("cli.count_pages", done.pages)),
                        ("path", done.path.clone().into()),
                    ]
                )
            );
        }
        RecommendationsCommand::ExportXlsx {
            output,
            symbol,
            language,
        } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let done = store.export_matrix_xlsx_in(
                &output,
                &filter,
                &language.unwrap_or_else(|| store.interface_language()),
            )?;
            out!("{}", written(done.rows, &done.path));
        }
        RecommendationsCommand::ImportXlsx {
            file,
            dry_run,
            json,
        } => {
            let today = chrono::Local::now().date_naive();
            let done = store.import_matrix_xlsx(&file, dry_run, today)?;
            if json {
                print_json(&done)?;
            } else {
                for c in &done.changes {
                    let what = c.field.replace('_', " ");
                    let (row, reference) = (c.row.into(), c.reference.clone().into());
                    if c.field == "evidence" {
                        out!(
                            "{}",
                            say(
                                "cli.matrix_evidence",
                                &[
                                    ("row", row),
                                    ("reference", reference),
                                    ("value", c.to.clone().into())
                                ]
                            )
                        );
                    } else {
                        out!(
                            "{}",
                            say(
                                "cli.matrix_change",
                                &[
                                    ("row", row),
                                    ("reference", reference),
                                    ("field", what.into()),
                                    ("from", c.from.clone().into()),
                                    ("to", c.to.clone().into()),
                                ]
                            )
                        );
                    }
                }
                for u in &done.unknown_rows {
                    let id = if u.id.is_empty() {
                        say("cli.no_id", &[])
                    } else {
                        u.id.clone()
                    };
                    out!(
                        "{}",
                        say(
                            "cli.matrix_unknown",
                            &[
                                ("row", u.row.into()),
                                ("symbol", u.symbol.clone().into()),
                                ("paragraph", u.paragraph.clone().into()),
                                ("id", id.into()),
                            ]
                        )
                    );
                }
                out!(
                    "{}",
                    say(
                        "cli.matrix_summary",
                        &[
                            ("dry_run", if dry_run { "yes" } else { "no" }.into()),
                            ("changed", done.changed.into()),
                            ("unchanged", done.unchanged.into()),
                            ("unknown", done.unknown.into()),
                        ]
                    )
                );
            }
        }
        RecommendationsCommand::Update {
            id,
            local_status,
            department,
            competence,
            evidence,
            json,
        } => {
            let detail = store.recommendation_detail(id)?;
            let r = &detail.recommendation;
            let follow_up = rec::FollowUp {
                competence: match competence {
                    Some(c) => rec::Competence::from_user("competence", &c)?,
                    None => r.competence,
                },
                department: department.unwrap_or_else(|| r.department.clone()),
                local_status: match local_status {
                    Some(s) => rec::LocalStatus::from_user("local_status", &s)?,
                    None => r.local_status,
                },
                tags: r.tags.clone(),
                new_evidence: evidence.map(|note| rec::NewEvidence {
                    noted_on: chrono::Local::now().date_naive().to_string(),
                    note,
                }),
                removed_evidence: Vec::new(),
            };
            let saved = store.save_follow_up(id, &follow_up)?;
            if json {
                let evidence = saved.evidence;
                let recommendation =
                    cityrights::app::plan::with_sdgs(store, vec![saved.recommendation])?
                        .pop()
                        .ok_or_else(|| {
                            Error::Internal(
                                "The recommendation saved could not be read back.".into(),
                            )
                        })?;
                print_json(&Updated {
                    recommendation,
                    evidence,
                })?;
            } else {
                let r = &saved.recommendation;
                out!(
                    "{}",
                    say(
                        "cli.recommendation_updated",
                        &[
                            ("reference", r.reference.as_str().into()),
                            (
                                "status",
                                word("recommendations.local_status", &r.local_status).into()
                            ),
                            (
                                "competence",
                                word("recommendations.competence", &r.competence).into()
                            ),
                            ("department", r.department.as_str().into()),
                            ("n", saved.evidence.len().into()),
                        ],
                    )
                );
            }
        }
        RecommendationsCommand::Delete { id, json } => {
            store.delete_recommendation(id)?;
            let binned = store
                .bin()?
                .into_iter()
                .find(|i| i.kind == cityrights::bin::BinKind::Recommendation && i.id == id);
            match binned {
                Some(item) if json => print_json(&item)?,
                Some(item) => out!(
                    "{}",
                    say(
                        "cli.recommendation_binned",
                        &[("title", item.title.as_str().into()), ("id", id.into())],
                    )
                ),
                None => {
                    return Err(Error::Internal(
                        "The recommendation was moved to the bin but is not listed there; \
                         run `cityrights bin list` to see it."
                            .into(),
                    ))
                }
            }
        }
    }
    Ok(())
}

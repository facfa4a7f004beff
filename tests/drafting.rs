//! Drafting through the core: templates, numbering, saves with versions, revisions, search,
//! compliance and the record of what was sent.

use cityrights::document::{Block, Content, Inline};
use cityrights::engagement::EngagementInput;
use cityrights::milestone::{MilestoneInput, MilestoneKind};
use cityrights::revision::{DiffOpKind, RevisionKind};
use cityrights::submission::{NewSection, SubmissionInput, SubmissionStatus};
use cityrights::wordcount::{count_words, CountPart};
use cityrights::Store;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

fn engagement(s: &mut Store, mechanism: &str) -> i64 {
    s.create_engagement(&EngagementInput {
        mechanism: mechanism.into(),
        title: format!("{mechanism} review"),
        state_under_review: "Slovenia".into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn input(title: &str) -> SubmissionInput {
    SubmissionInput {
        title: title.into(),
        ..Default::default()
    }
}

fn paras(texts: &[&str]) -> Content {
    Content {
        blocks: texts.iter().map(|t| Block::para(*t)).collect(),
    }
}

fn with_note(text: &str, note: &str) -> Content {
    Content {
        blocks: vec![Block::Paragraph {
            numbered: true,
            content: vec![
                Inline::text(text),
                Inline::Footnote {
                    content: vec![Inline::text(note)],
                },
            ],
        }],
    }
}

#[test]
fn a_upr_submission_starts_from_its_template_with_guidance() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s
        .create_submission(e, &input("Our UPR submission"))
        .unwrap();
    assert_eq!(sub.template, "upr_stakeholder");
    let sections = s.sections(sub.id).unwrap();
    assert_eq!(sections.len(), 6);
    assert_eq!(sections[3].title, "Follow-up to the previous review");
    assert!(sections
        .iter()
        .all(|x| !x.guidance.is_empty() && x.content.is_empty()));
    // Guidance is advice for the writer, not text: it does not count.
    assert_eq!(s.submission_stats(sub.id).unwrap().words, 0);
}

#[test]
fn a_template_for_another_mechanism_is_refused() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let err = s
        .create_submission(
            e,
            &SubmissionInput {
                template: "tb_list_of_issues".into(),
                ..input("T")
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("template"));
}

#[test]
fn paragraphs_and_footnotes_are_numbered_across_the_whole_submission() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sections = vec![
        NewSection {
            title: "A".into(),
            content: paras(&["One.", "Two."]),
            guidance: String::new(),
        },
        NewSection {
            title: "B".into(),
            content: with_note("Three.", "Note one."),
            guidance: String::new(),
        },
        NewSection {
            title: "C".into(),
            content: with_note("Four.", "Note two."),
            guidance: String::new(),
        },
    ];
    let sub = s.create_submission_with(e, &input("S"), sections).unwrap();
    let d = s.submission_detail(sub.id).unwrap();
    let starts: Vec<(usize, usize)> = d
        .sections
        .iter()
        .map(|v| (v.first_paragraph, v.first_footnote))
        .collect();
    assert_eq!(starts, vec![(1, 1), (3, 1), (4, 2)]);
    // Moving C to the front renumbers.
    let c = d.sections[2].section.id;
    s.move_section(c, 0).unwrap();
    let d = s.submission_detail(sub.id).unwrap();
    assert_eq!(d.sections[0].section.title, "C");
    assert_eq!(
        (d.sections[1].first_paragraph, d.sections[2].first_footnote),
        (2, 2)
    );
}

#[test]
fn a_save_from_an_outdated_version_is_refused_not_overwritten() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s.create_submission(e, &input("S")).unwrap();
    let sec = s.sections(sub.id).unwrap()[0].clone();
    let saved = s
        .save_section(sec.id, &sec.title, &paras(&["Window one."]), sec.version)
        .unwrap();
    assert_eq!(saved.section.version, sec.version + 1);
    let err = s
        .save_section(sec.id, &sec.title, &paras(&["Window two."]), sec.version)
        .unwrap_err();
    assert_eq!(err.kind(), "conflict");
    assert_eq!(s.section(sec.id).unwrap().content, paras(&["Window one."]));
}

/// Damaged stored text is its own kind ("damaged"), never a "conflict": the editor must not
/// offer to save over text it could not read.
#[test]
fn a_section_whose_stored_text_cannot_be_read_is_damaged_not_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    let e = engagement(&mut s, "UPR");
    let sub = s.create_submission(e, &input("S")).unwrap();
    let sec = s.sections(sub.id).unwrap()[0].clone();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute(
            "UPDATE section SET content_json = '{\"blocks\": [' WHERE id = ?1",
            [sec.id],
        )
        .unwrap();
    }
    let err = s
        .save_section(sec.id, &sec.title, &paras(&["Mine."]), sec.version)
        .unwrap_err();
    assert_eq!(err.kind(), "damaged", "{err}");
    assert!(err.to_string().contains("cannot be read"), "{err}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT content_json FROM section WHERE id = ?1",
            [sec.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, "{\"blocks\": [", "nothing was written over it");
}

#[test]
fn the_live_count_includes_unsaved_text_and_the_save_counts_the_same() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s.create_submission(e, &input("S")).unwrap();
    let sec = s.sections(sub.id).unwrap()[0].clone();
    let before = s.submission_count(sub.id).unwrap();
    let text = with_note("The city built 1,250 homes.", "Housing report.");
    let live = s.live_count(sub.id, sec.id, &sec.title, &text).unwrap();
    assert_eq!(live.breakdown.text, 5);
    assert_eq!(live.breakdown.footnotes, 2, "UPR counts footnotes");
    assert_eq!(live.stats.words, before.stats.words + 5 + 2);
    // The section's own count: its heading, its text and its footnotes.
    assert_eq!(live.section_words, count_words(&sec.title) + 5 + 2);
    let saved = s
        .save_section(sec.id, &sec.title, &text, sec.version)
        .unwrap();
    assert_eq!(saved.stats, live.stats);
    assert_eq!(saved.breakdown, live.breakdown);
    assert_eq!(saved.stats.limit, Some(2815));
    let detail = s.submission_detail(sub.id).unwrap();
    assert_eq!(detail.sections[0].words, live.section_words);

    // A new section title counts while it is typed, before it is saved.
    let renamed = s
        .live_count(sub.id, sec.id, "Housing and water in the city", &text)
        .unwrap();
    assert_eq!(
        renamed.breakdown.headings,
        live.breakdown.headings - count_words(&sec.title) + 6
    );
    assert_eq!(renamed.section_words, 6 + 5 + 2);
}

#[test]
fn the_count_is_of_everything_sent_and_a_rule_may_leave_footnotes_out() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s
        .create_submission_with(
            e,
            &input("Housing in Exampleville"),
            vec![NewSection {
                title: "Follow-up to the review".into(),
                content: with_note("The city built 1,250 homes.", "Housing report."),
                guidance: String::new(),
            }],
        )
        .unwrap();
    let c = s.submission_count(sub.id).unwrap();
    let b = &c.breakdown;
    assert_eq!((b.title, b.headings, b.text, b.footnotes), (3, 4, 5, 2));
    // "Mechanism: Universal Periodic Review (UPR)" (5), "State under review: Slovenia" (4),
    // "Word count: 29 words (limit 2,815)" (6); no city profile, so no "Submitted by".
    assert_eq!(b.front_matter, 5 + 4 + 6);
    assert_eq!(c.stats.words, 3 + 15 + 4 + 5 + 2);
    assert_eq!(b.total, c.stats.words);
    assert_eq!(b.counted, CountPart::ALL);
    // The text's counts keep their meaning.
    assert_eq!((c.stats.body_words, c.stats.footnote_words), (5, 2));
    // Every list shows the same count.
    let listed = s.submission_list(None).unwrap();
    assert_eq!(listed[0].words, c.stats.words);
    let detail = s.submission_detail(sub.id).unwrap();
    assert_eq!(detail.stats.words, c.stats.words);
    assert_eq!(detail.sections[0].words, 4 + 5 + 2);
    // The Word count line the files carry states that count.
    assert!(detail
        .sent_front_matter()
        .lines
        .iter()
        .any(|l| l.label == "Word count" && l.value == "29 words (limit 2,815)"));

    s.set_rule_override(
        e,
        &cityrights::rules::RuleOverride {
            footnotes_count: Some(false),
            ..Default::default()
        },
    )
    .unwrap();
    let without = s.submission_count(sub.id).unwrap();
    assert_eq!(without.stats.words, c.stats.words - 2);
    assert_eq!(without.breakdown.footnotes, 2, "still shown, not counted");
    assert!(!without.breakdown.counted.contains(&CountPart::Footnotes));
    assert_eq!(
        s.submission_detail(sub.id).unwrap().sections[0].words,
        4 + 5
    );
}

#[test]
fn named_revisions_compare_word_by_word_and_restoring_is_itself_undoable() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s
        .create_submission_with(
            e,
            &input("S"),
            vec![NewSection {
                title: "A".into(),
                content: paras(&["The city built 1,250 homes."]),
                guidance: String::new(),
            }],
        )
        .unwrap();
    let legal = s.name_revision(sub.id, "Sent to legal review").unwrap();
    assert_eq!(legal.kind, RevisionKind::Named);
    // An existing revision is renamed in place: same id, kind, time and text.
    let renamed = s
        .rename_revision(legal.id, "Sent to the legal office")
        .unwrap();
    assert_eq!((renamed.id, renamed.kind), (legal.id, RevisionKind::Named));
    assert_eq!(renamed.name, "Sent to the legal office");
    assert_eq!(renamed.created_at, legal.created_at);
    assert_eq!(
        s.rename_revision(legal.id, "  ").unwrap_err().field(),
        Some("name")
    );
    assert_eq!(
        s.revision(legal.id).unwrap().summary.name,
        "Sent to the legal office"
    );
    let sec = s.sections(sub.id).unwrap()[0].clone();
    s.save_section(
        sec.id,
        "A",
        &paras(&["The city built 1,400 social homes."]),
        sec.version,
    )
    .unwrap();
    let diff = s.compare_revisions(legal.id, None).unwrap();
    let ops = &diff.sections[0].ops;
    assert!(ops
        .iter()
        .any(|o| o.op == DiffOpKind::Delete && o.text.contains("1,250")));
    assert!(ops
        .iter()
        .any(|o| o.op == DiffOpKind::Insert && o.text.contains("social")));

    s.restore_revision(legal.id).unwrap();
    assert_eq!(
        s.sections(sub.id).unwrap()[0].content,
        paras(&["The city built 1,250 homes."])
    );
    let kinds: Vec<RevisionKind> = s
        .revisions(sub.id)
        .unwrap()
        .iter()
        .map(|r| r.kind)
        .collect();
    assert_eq!(kinds[0], RevisionKind::BeforeRestore, "{kinds:?}");
    let before = s.revisions(sub.id).unwrap()[0].id;
    s.restore_revision(before).unwrap();
    assert_eq!(
        s.sections(sub.id).unwrap()[0].content,
        paras(&["The city built 1,400 social homes."])
    );
}

#[test]
fn automatic_revisions_are_coalesced_not_one_per_save() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s.create_submission(e, &input("S")).unwrap();
    let mut sec = s.sections(sub.id).unwrap()[0].clone();
    for i in 0..20 {
        sec = s
            .save_section(
                sec.id,
                &sec.title,
                &paras(&[&format!("Draft {i}.")]),
                sec.version,
            )
            .unwrap()
            .section;
    }
    assert_eq!(s.revisions(sub.id).unwrap().len(), 1);
}

#[test]
fn marking_as_submitted_keeps_the_exact_file_and_locks_that_version() {
    let (dir, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sub = s
        .create_submission_with(
            e,
            &input("S"),
            vec![NewSection {
                title: "A".into(),
                content: paras(&["As sent."]),
                guidance: String::new(),
            }],
        )
        .unwrap();
    let file = dir.path().join("submission.docx");
    std::fs::write(&file, b"the exact bytes that went to Geneva").unwrap();
    let d = s
        .mark_submitted(sub.id, "2027-04-01", "UPR online submission system", &file)
        .unwrap();
    assert_eq!(d.submission.status, SubmissionStatus::Submitted);
    let sent = d.sent.clone().unwrap();
    // sha256 of the bytes above, computed independently.
    let expected = std::process::Command::new("sha256sum")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        sent.file_sha256,
        String::from_utf8_lossy(&expected.stdout)
            .split_whitespace()
            .next()
            .unwrap()
    );
    assert_eq!(
        s.sent_file(sub.id).unwrap(),
        b"the exact bytes that went to Geneva"
    );
    assert!(!d.edited_since_sent);

    // What was sent stays sent (issue #20): a new version is started before editing.
    s.reopen_submission(sub.id).unwrap();
    let sec = s.sections(sub.id).unwrap()[0].clone();
    s.save_section(sec.id, "A", &paras(&["Edited after sending."]), sec.version)
        .unwrap();
    let d = s.submission_detail(sub.id).unwrap();
    assert!(d.edited_since_sent);
    let locked = s.revision(sent.revision_id).unwrap();
    assert_eq!(
        locked.sections[0].content,
        paras(&["As sent."]),
        "the sent version never changes"
    );

    let d = s.record_outcome(sub.id, "JS3", "paras. 12, 40").unwrap();
    assert_eq!(d.sent.unwrap().ohchr_acronym, "JS3");
    assert!(s.mark_submitted(sub.id, "01/04/2027", "x", &file).is_err());
    assert!(s
        .mark_submitted(sub.id, "2027-04-01", "x", &dir.path().join("missing.docx"))
        .is_err());
}

#[test]
fn search_finds_words_without_accents_and_chinese_and_skips_the_bin() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let sections = vec![
        NewSection {
            title: "Logement".into(),
            content: paras(&["L'État doit prévenir les expulsions."]),
            guidance: String::new(),
        },
        NewSection {
            title: "住房".into(),
            content: paras(&["城市建造了一千二百五十套住房。"]),
            guidance: String::new(),
        },
        NewSection {
            title: "Water".into(),
            content: with_note("No cuts in winter.", "Utility data 2025."),
            guidance: String::new(),
        },
    ];
    let sub = s.create_submission_with(e, &input("S"), sections).unwrap();
    let hits = s.search_drafts("expulsion").unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].matched.to_lowercase(), "expulsions");
    assert_eq!(
        s.search_drafts("etat").unwrap().len(),
        1,
        "diacritics are folded"
    );
    let zh = s.search_drafts("套住房").unwrap();
    assert_eq!(zh.len(), 1, "trigram search finds Chinese");
    assert_eq!(zh[0].section_title, "住房");
    assert_eq!(
        s.search_drafts("utility").unwrap().len(),
        1,
        "footnotes are searched"
    );
    assert!(
        s.search_drafts("\"unbalanced AND (").unwrap().is_empty(),
        "odd input is no match, not an error"
    );
    let water = s.sections(sub.id).unwrap()[2].id;
    s.delete_section(water).unwrap();
    assert!(s.search_drafts("winter").unwrap().is_empty());
}

#[test]
fn compliance_names_what_breaks_the_rules() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    s.set_rule_override(
        e,
        &cityrights::rules::RuleOverride {
            word_limit_individual: Some(5),
            ..Default::default()
        },
    )
    .unwrap();
    let closes = chrono::Local::now().date_naive() + chrono::Duration::days(3);
    s.add_milestone(
        e,
        &MilestoneInput {
            kind: Some(MilestoneKind::WindowCloses),
            title: "Window closes".into(),
            date: closes.to_string(),
            time: Some("23:59".into()),
            time_zone: "Europe/Zurich".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let sub = s
        .create_submission_with(
            e,
            &SubmissionInput {
                language: "ru".into(),
                ..input("S")
            },
            vec![
                NewSection {
                    title: "A".into(),
                    content: paras(&["one two three four five six seven"]),
                    guidance: String::new(),
                },
                NewSection {
                    title: "B".into(),
                    content: Content::default(),
                    guidance: String::new(),
                },
            ],
        )
        .unwrap();
    let codes: Vec<String> = s
        .compliance(sub.id)
        .unwrap()
        .into_iter()
        .map(|i| i.code)
        .collect();
    for c in [
        "over_limit",
        "empty_section",
        "no_city_profile",
        "deadline_soon",
        "formats",
    ] {
        assert!(codes.contains(&c.to_string()), "{c} missing from {codes:?}");
    }
    // An override without a date of its own keeps the default's old date: still to be checked.
    assert!(codes.contains(&"rule_stale".to_string()), "{codes:?}");
    assert!(
        !codes.contains(&"language_not_accepted".to_string()),
        "the UPR takes all six UN languages"
    );
    let over = s
        .compliance(sub.id)
        .unwrap()
        .into_iter()
        .find(|i| i.code == "over_limit")
        .unwrap();
    // The count of what is sent: the title, the front matter and the two headings with the
    // seven words of text.
    let words = s.submission_count(sub.id).unwrap().stats.words;
    assert!(words > 7 + 2);
    assert!(
        over.message.contains(&format!("has {words} words"))
            && over
                .message
                .contains(&format!("Remove {} words", words - 5)),
        "{}",
        over.message
    );
}

#[test]
fn a_language_the_mechanism_does_not_accept_is_flagged() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "CCPR");
    let sub = s
        .create_submission(
            e,
            &SubmissionInput {
                language: "ru".into(),
                ..input("S")
            },
        )
        .unwrap();
    let issues = s.compliance(sub.id).unwrap();
    let lang = issues
        .iter()
        .find(|i| i.code == "language_not_accepted")
        .unwrap();
    assert!(
        lang.message.contains("Russian") && lang.message.contains("English, French, Spanish"),
        "{}",
        lang.message
    );
    assert_eq!(
        lang.severity,
        cityrights::compliance::Severity::Error,
        "OHCHR states the CCPR's languages"
    );
    assert!(
        !issues.iter().any(|i| i.code == "rule_stale"),
        "the CCPR page is undated but was read recently: not stale"
    );
    assert!(issues.iter().any(|i| i.code == "publication_undecided"));
}

#[test]
fn a_language_rule_no_source_states_only_warns() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "SP");
    let sub = s
        .create_submission(
            e,
            &SubmissionInput {
                language: "ru".into(),
                ..input("S")
            },
        )
        .unwrap();
    let issues = s.compliance(sub.id).unwrap();
    let lang = issues
        .iter()
        .find(|i| i.code == "language_not_accepted")
        .unwrap();
    assert_eq!(lang.severity, cityrights::compliance::Severity::Warning);
    assert!(lang.message.contains("no rule"), "{}", lang.message);
}

/// The demo loaded in `lang`, with a city, Northtown, added to its submission's co-submitters
/// (after the demo's own): the submission and how many co-submitters it has.
fn demo_with_northtown(s: &mut Store, lang: &str) -> (i64, usize) {
    use cityrights::stakeholder::{StakeholderInput, StakeholderKind};
    cityrights::demo::load_in(s, chrono::Local::now().date_naive(), lang).unwrap();
    let sub = s.submission_summaries(None).unwrap()[0].id;
    let town = s
        .create_stakeholder(&StakeholderInput {
            name: "Northtown".into(),
            kind: Some(StakeholderKind::City),
            ..Default::default()
        })
        .unwrap();
    let mut co = s.submission(sub).unwrap().co_submitters;
    co.push(town.id);
    s.set_co_submitters(sub, &co).unwrap();
    (sub, co.len())
}

#[test]
fn the_front_matter_names_every_co_submitter() {
    let (_d, mut s) = store();
    let (sub, _) = demo_with_northtown(&mut s, "en");
    let d = s.submission_detail(sub).unwrap();
    let by = d
        .front_matter
        .lines
        .iter()
        .find(|l| l.label == "Joint submission by")
        .unwrap();
    assert_eq!(
        by.value,
        "Exampleville (demo); Riverside Tenants' Association (demo); Northtown"
    );
    assert!(d.front_matter.lines.iter().any(|l| l.label == "Contact"));
    assert_eq!(d.stats.limit, Some(5630));
}

/// Names may hold commas, so the front matter parts them with the language's own semicolon
/// (French with a no-break space before it, Arabic's "؛", Chinese's "；"), Chinese writes the
/// mechanism's acronym in full-width brackets, and the contact's name and address are parted
/// by the language's comma (Chinese "，", not the "、" of a series).
#[test]
fn the_front_matter_parts_names_and_brackets_the_acronym_as_the_language_writes_them() {
    use cityrights::model::language::text;
    for (lang, separator, comma) in [
        ("fr", "\u{a0}; ", ", "),
        ("ar", "؛ ", "، "),
        ("zh", "；", "，"),
        ("es", "; ", ", "),
    ] {
        let (_d, mut s) = store();
        let (sub, co) = demo_with_northtown(&mut s, lang);
        let d = s.submission_detail(sub).unwrap();
        assert_eq!(d.submission.language, lang);
        let line = |key: &str| {
            let label = text(lang, key, &[]);
            d.front_matter
                .lines
                .iter()
                .find(|l| l.label == label)
                .unwrap_or_else(|| panic!("{lang}: no “{label}” in {:?}", d.front_matter.lines))
                .value
                .clone()
        };
        let by = line("front_matter.joint_by");
        assert!(
            by.ends_with(&format!("{separator}Northtown")),
            "{lang}: {by}"
        );
        assert_eq!(by.matches(separator).count(), co, "{lang}: {by}");
        let mechanism = line("front_matter.mechanism");
        let acronym = text(lang, "mechanism_acronym.UPR", &[]);
        let bracketed = if lang == "zh" {
            format!("（{acronym}）")
        } else {
            format!(" ({acronym})")
        };
        assert!(mechanism.ends_with(&bracketed), "{lang}: {mechanism}");
        let contact = line("front_matter.contact");
        assert!(
            contact.ends_with(&format!("{comma}human.rights@exampleville.example")),
            "{lang}: {contact}"
        );
    }
}

#[test]
fn a_mid_term_report_has_no_word_limit_unless_the_city_sets_one() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "UPR");
    let stakeholder = s.create_submission(e, &input("Submission")).unwrap();
    let mid = s
        .create_submission(
            e,
            &SubmissionInput {
                template: "upr_midterm".into(),
                ..input("Mid-term report")
            },
        )
        .unwrap();
    assert_eq!(
        s.submission_rule(stakeholder.id).unwrap().word_limit(false),
        Some(2815)
    );
    assert_eq!(s.submission_rule(mid.id).unwrap().word_limit(false), None);
    assert!(s
        .compliance(mid.id)
        .unwrap()
        .iter()
        .all(|i| i.code != "over_limit"));
    // The officer may set one for the engagement: it applies to the mid-term report too.
    s.set_rule_override(
        e,
        &cityrights::rules::RuleOverride {
            word_limit_individual: Some(5000),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        s.submission_rule(mid.id).unwrap().word_limit(false),
        Some(5000)
    );
}

#[test]
fn the_spt_starts_from_the_citys_own_report_and_refuses_state_report_templates() {
    let (_d, mut s) = store();
    let e = engagement(&mut s, "SPT");
    let sub = s.create_submission(e, &input("Information")).unwrap();
    assert_eq!(sub.template, "local_human_rights_report");
    let err = s
        .create_submission(
            e,
            &SubmissionInput {
                template: "tb_session_report".into(),
                ..input("Report")
            },
        )
        .unwrap_err();
    assert!(err.to_string().contains("not for this mechanism"), "{err}");
}

//! The core's own messages in the reader's language: compliance checks, proposed timelines,
//! import notices and the commonest errors follow the store's language (the app's interface
//! language, the CLI's LC_ALL / LC_MESSAGES / LANG), with their codes and JSON fields unchanged.

use assert_cmd::Command;
use cityrights::engagement::EngagementInput;
use cityrights::submission::SubmissionInput;
use cityrights::timeline::{propose_request_in, TimelineRequest};
use cityrights::Store;
use std::path::Path;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

/// A CCPR submission in Russian, with its template's (empty) sections: the CCPR accepts
/// English, French and Spanish, so the language check fails.
fn russian_ccpr_submission(s: &mut Store) -> i64 {
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: "CCPR".into(),
            title: "CCPR review".into(),
            state_under_review: "Slovenia".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    s.create_submission(
        e,
        &SubmissionInput {
            title: "S".into(),
            language: "ru".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn message(s: &Store, id: i64, code: &str) -> String {
    s.compliance(id)
        .unwrap()
        .into_iter()
        .find(|i| i.code == code)
        .unwrap_or_else(|| panic!("no {code}"))
        .message
}

#[test]
fn compliance_checks_are_worded_in_the_stores_language() {
    let (_d, mut s) = store();
    let id = russian_ccpr_submission(&mut s);
    let english = message(&s, id, "language_not_accepted");
    assert_eq!(
        english,
        "Russian is not among the languages this mechanism accepts (English, French, Spanish)."
    );

    s.set_language("fr_FR.UTF-8");
    assert_eq!(
        message(&s, id, "language_not_accepted"),
        "La langue de la contribution (russe) ne figure pas parmi les langues acceptées par ce \
         mécanisme (anglais, français, espagnol)."
    );
    assert!(message(&s, id, "no_city_profile").contains("Paramètres"));

    s.set_language("ar");
    let arabic = message(&s, id, "language_not_accepted");
    assert!(
        arabic.contains("الروسية") && arabic.contains("الإنكليزية، الفرنسية، الإسبانية"),
        "{arabic}"
    );
    // The codes the UI and tests rely on do not change with the language.
    let codes: Vec<String> = s
        .compliance(id)
        .unwrap()
        .into_iter()
        .map(|i| i.code)
        .collect();
    s.set_language("en");
    let english_codes: Vec<String> = s
        .compliance(id)
        .unwrap()
        .into_iter()
        .map(|i| i.code)
        .collect();
    assert_eq!(codes, english_codes);
}

#[test]
fn proposed_timelines_are_worded_in_the_readers_language() {
    let request = TimelineRequest {
        mechanism: "UPR".into(),
        session_date: "2027-01-18".into(),
        session_end_date: None,
    };
    let early = "2020-01-01T00:00:00Z".parse().unwrap();
    let closes = |lang: &str| {
        let p = propose_request_in(lang, &request, "Europe/Paris", early).unwrap();
        let m = p
            .milestones
            .into_iter()
            .find(|m| m.input.kind == Some(cityrights::milestone::MilestoneKind::WindowCloses))
            .unwrap();
        (m.input.title, m.input.basis, p.note)
    };
    let (title, basis, _) = closes("en");
    assert_eq!(title, "Submission window closes");
    assert!(basis.contains("about seven months before the Working Group session"));

    let (title, basis, note) = closes("fr");
    assert_eq!(title, "Clôture de la période de dépôt des contributions");
    assert!(
        basis.starts_with("Estimation : environ sept mois avant la session du Groupe de travail")
    );
    assert!(note.starts_with("Calendrier type de l’EPU."), "{note}");

    let (title, basis, _) = closes("ar");
    assert_eq!(title, "انتهاء فترة تقديم الورقات");
    assert!(
        basis.contains("نحو سبعة أشهر قبل دورة الفريق العامل"),
        "{basis}"
    );

    // A treaty body's basis ends with the sentence on time zones, in the same language; the
    // month of the CRC's working group is written in it too.
    let crc = TimelineRequest {
        mechanism: "CRC".into(),
        session_date: "2027-05-17".into(),
        session_end_date: None,
    };
    let p = propose_request_in("fr", &crc, "Europe/Paris", early).unwrap();
    let group = &p.milestones[1].input;
    assert_eq!(
        group.title,
        "Groupe de travail de présession (février 2027, estimation)"
    );
    assert!(group
        .basis
        .ends_with("elle est placée dans votre propre fuseau."));
}

#[test]
fn the_store_proposes_in_its_language() {
    let (_d, mut s) = store();
    s.set_language("ar");
    let p = s
        .propose_timeline(&TimelineRequest {
            mechanism: "SP".into(),
            session_date: "2027-01-18".into(),
            session_end_date: None,
        })
        .unwrap();
    assert!(
        p.note.starts_with("لا يُعرف جدول زمني معتاد للإجراءات الخاصة"),
        "{}",
        p.note
    );
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docx")
        .join(name)
}

#[test]
fn import_notices_are_worded_in_the_stores_language() {
    for (language, tracked, comment) in [
        (
            "en",
            "2 tracked changes were accepted: insertions are kept, deletions left out.",
            "1 comment was left out.",
        ),
        (
            "fr",
            "2 modifications suivies ont été acceptées : les insertions sont conservées, les \
             suppressions écartées.",
            "1 commentaire a été écarté.",
        ),
        (
            "ar",
            "قُبلت التغييرات المتعقَّبة (العدد: 2): احتُفظ بالإضافات وحُذفت المحذوفات.",
            "أُسقطت التعليقات (العدد: 1).",
        ),
    ] {
        let (_d, mut s) = store();
        s.set_language(language);
        let e = s
            .create_engagement(&EngagementInput {
                mechanism: "UPR".into(),
                title: "UPR".into(),
                state_under_review: "Slovenia".into(),
                ..Default::default()
            })
            .unwrap()
            .id;
        let done = s
            .import_draft_file(e, None, None, &fixture("pandoc.docx"))
            .unwrap();
        let codes: Vec<&str> = done.notices.iter().map(|n| n.code.as_str()).collect();
        assert_eq!(codes, ["tracked_changes", "comments"], "{language}");
        assert_eq!(done.notices[0].message, tracked, "{language}");
        assert_eq!(done.notices[1].message, comment, "{language}");
    }
}

#[test]
fn errors_from_the_catalogue_keep_their_kind_and_field_in_every_language() {
    let e = cityrights::validate::date("session_date", "2027-13-01").unwrap_err();
    assert_eq!(
        e.to_string(),
        "\"2027-13-01\" is not a valid date. Use the form YYYY-MM-DD, e.g. 2027-04-08."
    );
    let fr = e.payload_in("fr");
    assert_eq!(fr.kind, "invalid");
    assert_eq!(fr.field.as_deref(), Some("session_date"));
    assert_eq!(
        fr.message,
        "« 2027-13-01 » n’est pas une date valide. Utilisez la forme AAAA-MM-JJ, par exemple \
         2027-04-08."
    );
    assert!(e.payload_in("zh").message.contains("不是有效日期"));
}

/// A city profile for Slovenia named `name`.
fn profile(name: &str) -> cityrights::city::CityProfile {
    cityrights::city::CityProfile {
        name: name.into(),
        country: "SVN".into(),
        state_under_review: "Slovenia".into(),
        contact_name: String::new(),
        contact_email: String::new(),
        default_language: "en".into(),
        paper_size: cityrights::city::PaperSize::A4,
        logo_path: None,
        is_demo: false,
    }
}

/// A required field left empty names its field in a whole sentence of each language (the
/// words agree with their noun), keeping its kind and field.
#[test]
fn a_required_field_left_empty_is_said_in_the_readers_language() {
    let (_d, mut s) = store();
    let e = s.save_city_profile(&profile("  ")).unwrap_err();
    assert_eq!(e.to_string(), "The city's name cannot be empty.");
    let fr = e.payload_in("fr");
    assert_eq!(
        (fr.kind.as_str(), fr.field.as_deref()),
        ("invalid", Some("name"))
    );
    assert_eq!(fr.message, "Le nom de la ville ne peut pas être vide.");
    assert_eq!(
        e.payload_in("es").message,
        "El nombre de la ciudad no puede estar vacío."
    );
    assert_eq!(
        e.payload_in("ru").message,
        "Название города не может быть пустым."
    );
}

/// The binary with a clean locale: only `LANG` as given.
fn cli(lang: &str) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    c
}

#[test]
fn the_cli_speaks_the_language_of_lang() {
    let propose = [
        "timeline",
        "propose",
        "--mechanism",
        "UPR",
        "--session-start",
    ];
    let out = cli("fr_FR.UTF-8")
        .args(propose)
        .arg("2027-01-18")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Calendrier type de l’EPU."), "{text}");
    assert!(text.contains("Clôture de la période de dépôt des contributions à 23:59"));
    assert!(text.contains("    Fondement : Estimation :"), "{text}");

    // Its errors too, on stderr.
    let out = cli("fr_FR.UTF-8")
        .args(propose)
        .arg("2027-13-18")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap().trim(),
        "cityrights: « 2027-13-18 » n’est pas une date valide. Utilisez la forme AAAA-MM-JJ, \
         par exemple 2027-04-08."
    );

    // LANG=C is English.
    let out = cli("C").args(propose).arg("2027-13-18").output().unwrap();
    assert_eq!(
        String::from_utf8(out.stderr).unwrap().trim(),
        "cityrights: \"2027-13-18\" is not a valid date. Use the form YYYY-MM-DD, e.g. 2027-04-08."
    );
    let out = cli("C").args(propose).arg("2027-01-18").output().unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("Typical UPR timeline."));
}

#[test]
fn json_keeps_its_field_names_with_localized_text() {
    let out = cli("ar_EG.UTF-8")
        .args([
            "timeline",
            "propose",
            "--mechanism",
            "UPR",
            "--session-start",
            "2027-01-18",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["mechanism"], "UPR");
    assert_eq!(v["deadline_known"], true);
    assert!(v["note"]
        .as_str()
        .unwrap()
        .starts_with("الجدول الزمني المعتاد"));
}

#[test]
fn the_clis_lines_for_people_follow_lang() {
    let out = cli("fr_FR.UTF-8")
        .args(["rules", "--mechanism", "UPR"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("UPR: 2815 mots\n"), "{text}");
    assert!(text.contains("\nStatut : "), "{text}");
    let out = cli("C")
        .args(["rules", "--mechanism", "UPR"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("UPR: 2815 words\n"), "{text}");
    assert!(
        text.contains("\nStatus: Reported by UPR Info (2011)\n"),
        "{text}"
    );
}

/// A UPR engagement for Slovenia, without submissions.
fn upr_engagement(s: &mut Store) -> i64 {
    s.create_engagement(&EngagementInput {
        mechanism: "UPR".into(),
        title: "UPR".into(),
        state_under_review: "Slovenia".into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

#[test]
fn a_conflict_and_a_refused_file_are_worded_in_the_interface_language() {
    use cityrights::document::{Block, Content};
    let (dir, mut s) = store();
    let e = upr_engagement(&mut s);
    let sub = s
        .create_submission(
            e,
            &SubmissionInput {
                title: "S".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let sec = s.sections(sub.id).unwrap()[0].clone();
    let text = |t: &str| Content {
        blocks: vec![Block::para(t)],
    };
    s.save_section(sec.id, &sec.title, &text("One."), sec.version)
        .unwrap();
    let err = s
        .save_section(sec.id, &sec.title, &text("Two."), sec.version)
        .unwrap_err();
    // Still a conflict (the editor offers "keep mine / reload" for that kind only).
    let ar = err.payload_in("ar");
    assert_eq!(ar.kind, "conflict");
    assert!(ar.message.starts_with("عُدِّل الفرع «"), "{}", ar.message);
    assert!(err
        .payload_in("fr")
        .message
        .contains("a été modifiée ailleurs"));
    assert!(err.to_string().contains("was changed elsewhere"));

    // A file of another format is refused in plain words, in the reader's language.
    let doc = dir.path().join("old.doc");
    std::fs::write(&doc, b"\xD0\xCF\x11\xE0").unwrap();
    let err = s.import_draft_file(e, None, None, &doc).unwrap_err();
    assert_eq!(err.kind(), "import");
    assert!(err
        .payload_in("es")
        .message
        .starts_with("CityRights importa archivos de Word (.docx) y Markdown (.md), no .doc."));
}

#[test]
fn the_fixed_errors_are_worded_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    // Another program's file: refused, the reason in the reader's language too.
    let not_a_database = dir.path().join("notes.sqlite3");
    std::fs::write(&not_a_database, "plain text, not SQLite, at least 16 bytes").unwrap();
    let err = Store::open(&not_a_database).unwrap_err();
    assert_eq!(err.kind(), "unreadable_database");
    assert_eq!(err.message_in("en"), err.to_string());
    assert!(err
        .to_string()
        .ends_with("cannot be opened as a CityRights database: it is not a SQLite database. It has not been changed."));
    let fr = err.payload_in("fr").message;
    assert!(
        fr.starts_with("Le fichier ")
            && fr.ends_with(
                "ne peut pas être ouvert comme base de données CityRights : il ne s’agit pas \
                 d’une base de données SQLite. Il n’a pas été modifié."
            ),
        "{fr}"
    );
    // In Arabic the Latin path is isolated, so that its slashes do not reorder the sentence.
    let ar = err.payload_in("ar").message;
    let isolated = format!("\u{2068}{}\u{2069}", not_a_database.display());
    assert!(
        ar.starts_with("يتعذر فتح الملف ") && ar.contains(&isolated),
        "{ar}"
    );
    assert!(ar.contains("ليس قاعدة بيانات SQLite"), "{ar}");
    assert!(!err.payload_in("fr").message.contains('\u{2068}'));

    // A file that cannot be read: the action and the reason both in the reader's language.
    let missing = cityrights::import::recommendations::uhri_batch(
        &dir.path().join("gone.json"),
        "SVN",
        &mut cityrights::import::Watch::none(),
    )
    .unwrap_err();
    assert_eq!(missing.kind(), "io");
    assert!(missing.to_string().starts_with("Could not read "));
    let fr = missing.message_in("fr");
    assert!(
        fr.starts_with("Impossible de lire ")
            && fr.ends_with(" : le fichier ou le dossier n’existe pas"),
        "{fr}"
    );
    let ar = missing.message_in("ar");
    assert!(
        ar.starts_with("تعذرت قراءة ") && ar.ends_with("الملف أو المجلد غير موجود"),
        "{ar}"
    );

    // A database in a synced folder: refused with the reason, in the reader's language.
    let synced = dir.path().join("Dropbox").join("c.sqlite3");
    let err = Store::open(&synced).unwrap_err();
    assert_eq!(err.kind(), "unsafe_place");
    assert!(
        err.to_string().contains("is inside a Dropbox folder"),
        "{err}"
    );
    let fr = err.message_in("fr");
    assert!(fr.contains("se trouve dans un dossier Dropbox"), "{fr}");

    // A record deleted meanwhile, in Russian and Chinese.
    let (_d, s) = store();
    let err = s.submission(404).unwrap_err();
    assert_eq!(err.kind(), "not_found");
    assert_eq!(
        err.message_in("ru"),
        "Представление 404 не существует (возможно, оно удалено)."
    );
}

#[test]
fn the_cli_says_a_missing_file_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let out = cli("fr_FR.UTF-8")
        .arg("--db")
        .arg(&db)
        .args([
            "recommendations",
            "import-report",
            "--symbol",
            "A/HRC/59/15",
        ])
        .arg(dir.path().join("absent.txt"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("cityrights: Impossible de lire "), "{err}");
    assert!(
        err.trim_end()
            .ends_with(" : le fichier ou le dossier n’existe pas"),
        "{err}"
    );
}

#[test]
fn a_hostile_or_broken_file_is_refused_in_the_readers_language_with_its_line() {
    use cityrights::import::{csv, Watch};
    let dir = tempfile::tempdir().unwrap();
    // A UHRI export cut off in the middle of its second record, on line 3.
    let cut = dir.path().join("uhri.json");
    std::fs::write(
        &cut,
        "[\n{\"AnnotationId\":\"a\",\"Countries\":[\"Slovenia\"],\"Text\":\"t\"},\n{\"AnnotationId\":\"b\",",
    )
    .unwrap();
    let err = cityrights::import::recommendations::uhri_batch(&cut, "SVN", &mut Watch::none())
        .unwrap_err();
    assert_eq!(err.kind(), "import");
    assert_eq!(
        err.to_string(),
        "The file ends in the middle of record 2 (which starts at line 3, column 1): it was \
         probably cut off while downloading. Download it again. Nothing was imported."
    );
    assert_eq!(
        err.message_in("ru"),
        "Файл обрывается посреди записи 2 (она начинается в строке 3, столбец 1): вероятно, он \
         был обрезан при загрузке. Загрузите его снова. Ничего не импортировано."
    );
    assert!(err
        .message_in("zh")
        .starts_with("文件在记录 2（从第 3 行第 1 列开始）中间结束"));

    // A CSV row whose response is not one: the line and the column, in French and Arabic.
    let bytes = b"Symbol,Recommendation,Response\nA/HRC/59/15,Ratify the Convention,Perhaps\n";
    let mapping = csv::preview(bytes).unwrap().suggested;
    let err = csv::parse(bytes, &mapping).unwrap_err();
    assert_eq!(err.kind(), "import");
    assert!(err
        .to_string()
        .starts_with("Line 2, column \"Response\": \"Perhaps\" is not a response"));
    assert!(
        err.message_in("fr")
            .starts_with("Ligne 2, colonne « Response » : « Perhaps » n’est pas une réponse"),
        "{}",
        err.message_in("fr")
    );
    assert!(err
        .message_in("ar")
        .starts_with("السطر 2، العمود «Response»: «Perhaps» ليس رداً"));

    // A Word file that is not one, and a text too deeply nested, in Spanish.
    let (_d, mut s) = store();
    let e = upr_engagement(&mut s);
    let fake = dir.path().join("draft.docx");
    std::fs::write(&fake, b"plain text renamed").unwrap();
    let err = s.import_draft_file(e, None, None, &fake).unwrap_err();
    assert!(err
        .message_in("es")
        .starts_with("No es un archivo de Word (.docx)"));
    let deep = dir.path().join("deep.md");
    std::fs::write(&deep, format!("{}x\n", "> ".repeat(40))).unwrap();
    let err = s.import_draft_file(e, None, None, &deep).unwrap_err();
    assert_eq!(err.kind(), "import");
    assert!(err.to_string().contains("levels deep"), "{err}");
    assert!(
        err.message_in("fr").contains("niveaux"),
        "{}",
        err.message_in("fr")
    );
}

/// `cityrights recommendations import-report` of `report` into `db`, with `LANG=lang`.
fn import_report(lang: &str, db: &Path, report: &Path) -> std::process::Output {
    cli(lang)
        .arg("--db")
        .arg(db)
        .args([
            "recommendations",
            "import-report",
            "--symbol",
            "A/HRC/59/15",
        ])
        .arg(report)
        .output()
        .unwrap()
}

#[test]
fn the_cli_refuses_a_report_with_a_nul_byte_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.txt");
    std::fs::write(&report, b"Recommendations\n140.1 Ratify\0 the Convention\n").unwrap();
    let out = import_report("fr_FR.UTF-8", &dir.path().join("c.sqlite3"), &report);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap().trim(),
        "cityrights: Le texte contient un octet NUL (ligne 2), ce qu’un texte ne contient jamais : \
         il ne s’agit probablement pas du texte d’un rapport. Rien n’a été importé."
    );
}

#[test]
fn the_stores_refusals_are_worded_in_the_readers_language() {
    let (dir, mut s) = store();
    // A logo before the city profile: refused, nothing changed.
    let logo = dir.path().join("logo.png");
    std::fs::write(&logo, b"\x89PNG\r\n\x1a\n").unwrap();
    let err = s.set_city_logo(&logo).unwrap_err();
    assert_eq!(err.kind(), "refused");
    assert_eq!(
        err.to_string(),
        "Set up the city profile first, then choose its logo."
    );
    assert_eq!(
        err.message_in("fr"),
        "Établissez d’abord le profil de la ville, puis choisissez son logo."
    );
    assert_eq!(
        err.message_in("ar"),
        "يُرجى إعداد ملف المدينة أولاً، ثم اختيار شعارها."
    );

    // With a profile, a logo that is not a PNG: the reason inside the sentence, in French.
    s.save_city_profile(&profile("Ljubljana")).unwrap();
    let text_file = dir.path().join("logo.txt");
    std::fs::write(&text_file, "not an image").unwrap();
    let err = s.set_city_logo(&text_file).unwrap_err();
    assert_eq!(err.field(), Some("logo_path"));
    assert!(err
        .to_string()
        .ends_with(": it is not a PNG image. Choose a PNG image."));
    assert!(
        err.message_in("fr")
            .ends_with(" : ce n’est pas une image PNG. Choisissez une image PNG."),
        "{}",
        err.message_in("fr")
    );

    // A file name that is not a backup's: invalid, on its field, in Chinese.
    let err = cityrights::backup::describe(&dir.path().join("notes.txt")).unwrap_err();
    assert_eq!(err.field(), Some("backup"));
    assert_eq!(
        err.message_in("zh"),
        "notes.txt 不是 CityRights 备份文件名。"
    );

    // Reopening a submission that was never sent.
    let e = upr_engagement(&mut s);
    let sub = s
        .create_submission(
            e,
            &SubmissionInput {
                title: "Housing".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let err = s.reopen_submission(sub.id).unwrap_err();
    assert_eq!(err.kind(), "refused");
    assert!(err
        .message_in("ru")
        .starts_with("Представление «Housing» (id "));
    assert!(err
        .message_in("es")
        .ends_with("su texto ya puede editarse."));

    // A search for a person with one letter (personal data): on its field, in Arabic.
    let err = s.find_person("a").unwrap_err();
    assert_eq!(err.field(), Some("query"));
    assert_eq!(
        err.message_in("ar"),
        "يُرجى كتابة حرفين على الأقل من اسم الشخص أو عنوان بريده الإلكتروني."
    );

    // A time zone typed wrong: the sentence in the reader's language, what was typed kept.
    let err = cityrights::model::time_zone::resolve("time_zone", "Genva").unwrap_err();
    assert_eq!(err.field(), Some("time_zone"));
    assert!(
        err.to_string().starts_with("\"Genva\" is not a time zone"),
        "{err}"
    );
    let fr = err.message_in("fr");
    assert!(
        fr.starts_with("« Genva » n’est pas un fuseau horaire connu de CityRights."),
        "{fr}"
    );
    let ar = err.message_in("ar");
    assert!(
        ar.starts_with("«Genva» ليست منطقة زمنية يعرفها CityRights."),
        "{ar}"
    );
}

#[test]
fn the_cli_says_a_database_in_use_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    // The app holds the writer lock: a CLI command that writes is refused in French.
    let _lock = cityrights::safety::WriterLock::acquire(&db).unwrap();
    let out = cli("fr_FR.UTF-8")
        .arg("--db")
        .arg(&db)
        .arg("demo")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("cityrights: CityRights est ouvert sur "),
        "{err}"
    );
    assert!(err.contains("un seul programme à la fois"), "{err}");
}

#[test]
fn the_clis_export_lines_follow_lang_with_plurals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let out = |lang: &str, file: &str| {
        let o = cli(lang)
            .arg("--db")
            .arg(&db)
            .args(["recommendations", "export-pdf", "-o"])
            .arg(dir.path().join(file))
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap().trim().to_string()
    };
    let fr = out("fr_FR.UTF-8", "m.pdf");
    assert!(fr.starts_with("Écrit dans "), "{fr}");
    // French counts 0 in the singular; one page is "1 page", never "page(s)".
    assert!(fr.ends_with(" : 0 recommandation sur 1 page."), "{fr}");
    let ru = out("ru_RU.UTF-8", "m2.pdf");
    assert!(ru.ends_with(": 0 рекомендаций, 1 страница."), "{ru}");
    let en = out("C", "m3.pdf");
    assert!(
        en.starts_with("Wrote 0 recommendations on 1 page to "),
        "{en}"
    );
}

#[test]
fn the_progress_command_names_the_groups_without_a_value_in_lang() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "140.1 Ratify the Optional Protocol (Spain);\n140.2 Adopt a housing strategy (Chile);\n",
    )
    .unwrap();
    let imported = import_report("C", &db, &report);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let progress = |lang: &str, json: bool| {
        let mut c = cli(lang);
        c.arg("--db").arg(&db).arg("progress");
        if json {
            c.arg("--json");
        }
        String::from_utf8(c.output().unwrap().stdout).unwrap()
    };
    let fr = progress("fr_FR.UTF-8", false);
    assert!(
        fr.starts_with("Par thème :\n  Sans thème : 2 recommandations ("),
        "{fr}"
    );
    assert!(fr.contains("Par service :\n  Sans service : "), "{fr}");
    // The JSON keeps the core's names: a contract for scripts.
    assert!(progress("fr_FR.UTF-8", true).contains("\"name\": \"No theme\""));
}

/// Every action the core names a failed file operation with (`io("Could not read", path)`,
/// `Error::Io { action: "…" }`), found in the source, is worded by the catalogue: a new one
/// that is not would reach a French reader in English.
#[test]
fn every_file_operation_the_core_names_is_in_the_catalogue() {
    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut actions = std::collections::BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for marker in ["io(\"", "action: \""] {
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                let action = &rest[..rest.find('"').unwrap()];
                if action.starts_with("Could not") {
                    actions.insert(action.to_string());
                }
            }
        }
    }
    assert!(actions.len() > 20, "{actions:?}");
    for action in actions {
        let action: &'static str = Box::leak(action.into_boxed_str());
        let err = cityrights::Error::Io {
            action,
            path: "/tmp/x".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        assert!(
            err.message_in("fr").starts_with("Impossible"),
            "{action}: {}",
            err.message_in("fr")
        );
    }
}

// --- wave 6: the last messages that were still English strings ---

#[test]
fn a_damaged_backup_says_why_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    s.backup(cityrights::backup::BackupReason::Manual).unwrap();
    drop(s);
    // A backup cut short by a removed drive.
    let cut = cityrights::backup::backup_dir(&db)
        .join("cityrights-20261101T090000.000Z-periodic.sqlite3");
    std::fs::write(&cut, b"SQLite format 3\0 and then nothing").unwrap();

    let listed = cityrights::backup::list_of(&db).unwrap();
    let cut_info = listed
        .iter()
        .find(|b| b.path == cut.display().to_string())
        .unwrap()
        .clone();
    // English as it was, word for word (the `--json` listing keeps it).
    assert_eq!(
        cut_info.damaged.as_deref(),
        Some("the file is not a readable database (it may have been cut short or overwritten)")
    );
    let fr = cut_info.clone().in_language("fr");
    assert_eq!(
        fr.damaged.as_deref(),
        Some("le fichier n’est pas une base de données lisible (il a peut-être été tronqué ou écrasé)")
    );
    assert_eq!(fr.unavailable, None);
    let zh = cut_info.in_language("zh");
    assert_eq!(
        zh.damaged.as_deref(),
        Some("该文件不是可读取的数据库（可能已被截断或覆盖）")
    );

    // The restore refuses it in the reader's language, the reason inside the sentence.
    let err = cityrights::backup::restore(&db, &cut).unwrap_err();
    assert_eq!(err.kind(), "damaged");
    assert!(
        err.to_string().starts_with("The backup cityrights-20261101T090000.000Z-periodic.sqlite3 cannot be restored: the file is not a readable database"),
        "{err}"
    );
    let ar = err.message_in("ar");
    assert!(
        ar.starts_with("لا يمكن استعادة النسخة الاحتياطية cityrights-20261101T090000.000Z-periodic.sqlite3: الملف ليس قاعدة بيانات"),
        "{ar}"
    );

    // The CLI's list says it in French; `--json` keeps the English of its contract.
    let out = cli("fr_FR.UTF-8")
        .arg("--db")
        .arg(&db)
        .args(["backup", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("le fichier n’est pas une base de données lisible"),
        "{text}"
    );
    assert!(!text.contains("the file"), "{text}");
    let out = cli("fr_FR.UTF-8")
        .arg("--db")
        .arg(&db)
        .args(["backup", "list", "--json"])
        .output()
        .unwrap();
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(
        json.contains("\"damaged\": \"the file is not a readable database"),
        "{json}"
    );
}

#[test]
fn the_second_backup_folders_problem_is_said_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let key = usb.path().join("KEY");
    std::fs::create_dir(&key).unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    cityrights::settings::set_second_folder(&db, Some(key.to_str().unwrap())).unwrap();
    std::fs::remove_dir(&key).unwrap();
    let folder = key.display().to_string();

    // Settings: the folder cannot be reached.
    let status = cityrights::settings::second_folder_status(&db);
    assert!(!status.reachable);
    assert_eq!(
        status.problem.clone().unwrap(),
        format!("{folder} cannot be reached: it does not exist, or its drive is not connected (a USB key removed, a network share not mounted)")
    );
    // In Arabic the path is isolated, so that its slashes stay where they are.
    let ar = status.clone().in_language("ar").problem.unwrap();
    assert!(
        ar.starts_with(&format!("يتعذّر الوصول إلى \u{2068}{folder}\u{2069}:")),
        "{ar}"
    );
    let ru = status.in_language("ru").problem.unwrap();
    assert!(
        ru.starts_with(&format!("папка {folder} недоступна: она не существует")),
        "{ru}"
    );

    // The backup is made; its second copy's problem follows the reader's language.
    let out = s
        .backup_with_second_copy(cityrights::backup::BackupReason::Manual)
        .unwrap();
    let copy = out.second_copy.clone().unwrap();
    assert!(copy.problem.unwrap().contains("cannot be reached"));
    let es = out.in_language("es").second_copy.unwrap().problem.unwrap();
    assert!(
        es.starts_with(&format!("no se puede acceder a {folder}: no existe")),
        "{es}"
    );

    // Choosing a folder that is a file: refused on its field, in French.
    let file = usb.path().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    let err =
        cityrights::settings::set_second_folder(&db, Some(file.to_str().unwrap())).unwrap_err();
    assert_eq!(err.field(), Some("second_backup_folder"));
    assert_eq!(
        err.to_string(),
        format!(
            "{} is a file, not a folder. Choose a folder that exists and can be written.",
            file.display()
        )
    );
    assert_eq!(
        err.message_in("fr"),
        format!(
            "{} est un fichier, pas un dossier. Choisissez un dossier qui existe et dans lequel on peut écrire.",
            file.display()
        )
    );

    // The CLI's note on stderr, in French.
    drop(s);
    let out = cli("fr_FR.UTF-8")
        .arg("--db")
        .arg(&db)
        .args(["backup", "create"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(&format!("{folder} est inaccessible")), "{err}");
}

#[test]
fn the_searchs_limits_are_numbers_of_the_readers_language() {
    let err = cityrights::search::check_query(&"x".repeat(2_001)).unwrap_err();
    let en = err.message_in("en");
    assert!(
        en.starts_with("This search is too long (2,001 characters). A search can be at most 200 words and 2,000 characters"),
        "{en}"
    );
    // French writes a four-digit count without a separator (as the exports' word counts do).
    let fr = err.message_in("fr");
    assert!(
        fr.starts_with("Cette recherche est trop longue (2001 caractères). Une recherche compte au plus 200 mots et 2000 caractères"),
        "{fr}"
    );
    assert!(
        !err.message_in("ru").contains("2,0"),
        "{}",
        err.message_in("ru")
    );
}

#[test]
fn a_fields_values_are_listed_with_their_labels_in_the_readers_language() {
    use cityrights::model::recommendation::LocalStatus;
    let err = LocalStatus::from_user("local_status", "finished").unwrap_err();
    assert_eq!(
        err.to_string(),
        "\"finished\" is not a local status. Use one of: not_started (Not started), in_progress (In progress), implemented (Implemented), not_applicable (Not applicable)."
    );
    let fr = err.message_in("fr");
    assert!(
        fr.contains("not_started (Pas commencée), in_progress (En cours)"),
        "{fr}"
    );
    let zh = err.message_in("zh");
    assert!(
        zh.contains("not_started（未开始）、in_progress（进行中）"),
        "{zh}"
    );
}

#[test]
fn a_template_for_another_mechanism_is_named_in_the_readers_language() {
    let (_dir, mut s) = store();
    let e = upr_engagement(&mut s);
    let err = s
        .create_submission(
            e,
            &SubmissionInput {
                title: "Housing".into(),
                template: "tb_list_of_issues".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("template"));
    assert_eq!(
        err.to_string(),
        "The template \"Treaty body: input to the list of issues\" is not for this mechanism. Choose one made for it."
    );
    let fr = err.message_in("fr");
    assert!(
        fr.starts_with("Le modèle « Organe conventionnel : contribution à la liste de points » n’est pas destiné"),
        "{fr}"
    );
}

#[test]
fn a_windows_network_share_is_named_in_the_readers_language() {
    // What `store::safety` says of a database on `\\server\share` (recognised on Windows only):
    // the share's name is a message of its own inside the sentence.
    let said = cityrights::model::language::Said::new(
        "error.network_drive",
        vec![
            ("path", r"\\server\share\c.sqlite3".into()),
            (
                "fs",
                cityrights::model::language::Said::new("core.windows_network_share", vec![]).into(),
            ),
        ],
    );
    assert!(said
        .to_string()
        .contains("is on a network drive (a Windows network share)."));
    assert!(said
        .in_language("fr")
        .contains("se trouve sur un lecteur réseau (un partage réseau Windows)."));
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/safety.rs"))
            .unwrap();
    assert!(source.contains("\"core.windows_network_share\""));
    assert!(!source.contains("Some(\"a Windows network share\")"));
}

/// The desktop shell's command files and their text.
fn shell_commands() -> Vec<(std::path::PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect()
}

#[test]
fn native_dialogs_take_their_words_from_the_catalogue() {
    // Every title and file type of a native dialog the shell opens is `words(&state, key)`:
    // a literal would stay English in every interface language (the follow-up matrix's
    // save dialogs did). "Markdown" is a format's own name.
    let mut checked = 0;
    for (path, text) in shell_commands() {
        for marker in [".set_title(\"", ".add_filter(\""] {
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                let literal = &rest[..rest.find('"').unwrap()];
                assert_eq!(literal, "Markdown", "{}: {marker}{literal}", path.display());
            }
        }
        checked += text.matches(".set_title(words").count();
    }
    assert!(checked > 10, "{checked}");
}

#[test]
fn the_shells_own_refusals_come_from_the_catalogue() {
    // A refusal the shell writes as an English string (`Error::Refused("…")`,
    // `Error::invalid(field, "…")`) reaches the page in English whatever the interface's
    // language; and `validate::required`'s third argument is a catalogue key, which the
    // shell once passed as English words (shown as they were, in every language).
    let mut keys = 0;
    for (path, text) in shell_commands() {
        for marker in ["Error::Refused(", "Error::invalid(", "Error::Conflict("] {
            assert!(!text.contains(marker), "{}: {marker}", path.display());
        }
        for (at, _) in text.match_indices("validate::required(") {
            let quoted: Vec<&str> = text[at..].split('"').skip(1).step_by(2).take(2).collect();
            let key = quoted[1];
            assert!(key.starts_with("required."), "{}: {key}", path.display());
            assert_ne!(cityrights::model::language::text("fr", key, &[]), key);
            keys += 1;
        }
    }
    assert!(keys >= 2, "{keys}");
}

#[test]
fn the_names_cityrights_gives_are_written_in_the_readers_language() {
    use cityrights::document::{Block, Content};
    use cityrights::import::markdown::{ImportedSection, ImportedSubmission};
    // A draft imported without a title of its own.
    let untitled = || ImportedSubmission {
        title: None,
        sections: vec![ImportedSection {
            title: "Logement".into(),
            content: Content {
                blocks: vec![Block::para("Le texte envoyé à Genève.")],
            },
        }],
    };
    let (dir, mut s) = store();
    s.set_language("fr_FR.UTF-8");
    let e = upr_engagement(&mut s);
    let sub = s.import_submission(e, None, None, untitled()).unwrap();
    assert_eq!(sub.title, "Contribution pour UPR");

    // A restore keeps the current text as a version named in French.
    let named = s.name_revision(sub.id, "v1").unwrap();
    s.restore_revision(named.id).unwrap();
    let revisions = s.revisions(sub.id).unwrap();
    assert_eq!(
        revisions[0].name,
        format!(
            "Avant la restauration de la version du {}",
            named.created_at
        )
    );

    // What was sent: its locked version is named in French.
    let file = dir.path().join("envoi.pdf");
    std::fs::write(&file, b"%PDF-1.7 sent").unwrap();
    s.mark_submitted(sub.id, "2026-12-01", "courriel", &file)
        .unwrap();
    let revisions = s.revisions(sub.id).unwrap();
    assert_eq!(revisions[0].name, "Envoyée le 2026-12-01 (courriel)");

    // In English, word for word as before.
    s.set_language("C");
    let sub = s.import_submission(e, None, None, untitled()).unwrap();
    assert_eq!(sub.title, "Submission for UPR");
}

#[test]
fn where_a_person_was_found_is_said_in_the_readers_language() {
    use cityrights::consultation::{ConsultationFormat, ConsultationInput, ParticipantInput};
    use cityrights::personal_data::PlaceKind;
    use cityrights::stakeholder::{StakeholderInput, StakeholderKind};
    let (_dir, mut s) = store();
    let e = upr_engagement(&mut s);
    s.create_stakeholder(&StakeholderInput {
        name: "Legal Aid Network".into(),
        kind: Some(StakeholderKind::Ngo),
        contact: "Ana Novak <ana@ngo.example>".into(),
        ..Default::default()
    })
    .unwrap();
    s.create_consultation(
        e,
        &ConsultationInput {
            held_on: "2026-02-01".into(),
            topic: "Housing".into(),
            format: Some(ConsultationFormat::Meeting),
            participants: vec![ParticipantInput {
                name: "Ana Novak".into(),
                email: "ana@ngo.example".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    )
    .unwrap();
    // English word for word as the SQL wrote it before, then French and Chinese.
    for (lang, place, expected) in [
        (
            "C",
            PlaceKind::Participant,
            "Consultation “Housing” of 2026-02-01, participant 1",
        ),
        (
            "C",
            PlaceKind::StakeholderContact,
            "Stakeholder “Legal Aid Network”: contact",
        ),
        (
            "fr_FR.UTF-8",
            PlaceKind::Participant,
            "Consultation « Housing » du 2026-02-01, participant 1",
        ),
        (
            "fr_FR.UTF-8",
            PlaceKind::StakeholderContact,
            "Partie prenante « Legal Aid Network » : contact",
        ),
        (
            "zh_CN.UTF-8",
            PlaceKind::StakeholderContact,
            "利益攸关方“Legal Aid Network”：联系方式",
        ),
    ] {
        s.set_language(lang);
        let found = s.find_person("novak").unwrap();
        let o = found[0].occurrences.iter().find(|o| o.place == place);
        assert_eq!(o.unwrap().label, expected);
    }
}

#[test]
fn the_shipped_rule_notes_follow_the_interface_language_and_the_citys_source_stays_as_written() {
    let (_dir, mut s) = store();
    let id = upr_engagement(&mut s);
    let english = s.effective_rule(id).unwrap().rule;
    assert!(
        english.note.starts_with("Set in the 2011 guidelines"),
        "{}",
        english.note
    );
    s.set_language("fr_FR.UTF-8");
    let french = s.effective_rule(id).unwrap().rule;
    let catalogue = |key: &str| Some(cityrights::model::language::text("fr", key, &[]));
    assert_eq!(
        (Some(french.note.clone()), french.formats_note.clone()),
        (
            catalogue("rule.UPR.note"),
            catalogue("rule.UPR.formats_note")
        )
    );
    assert_ne!(french.note, english.note);
    // A citation stays as its source wrote it, the city's own too.
    assert_eq!(french.source, english.source);
    let ov = cityrights::rules::RuleOverride {
        word_limit_individual: Some(2500),
        source: Some("Call for input of 3 March 2026, para. 4".into()),
        ..Default::default()
    };
    let set = s.set_rule_override(id, &ov).unwrap().rule;
    assert_eq!(set.source, "Call for input of 3 March 2026, para. 4");
    assert_eq!(set.note, french.note);
    s.set_language("ar");
    assert!(s.effective_rule(id).unwrap().rule.note.contains("2011"));
    assert_ne!(s.effective_rule(id).unwrap().rule.note, english.note);
}

#[test]
fn the_library_and_the_rule_notes_of_the_cli_follow_lang() {
    let out = cli("fr_FR.UTF-8")
        .args(["library", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "A/HRC/RES/24/2 — Gouvernement local et droits de l’homme (résolution 24/2 du \
             Conseil des droits de l’homme) (résolution, 2013-09-26)"
        ),
        "{text}"
    );
    assert!(text.contains("  Première résolution du Conseil sur le gouvernement local"));
    assert!(text.contains("La date exacte d’adoption n’a pas été vérifiée"));
    // The address stays as it is.
    assert!(text.contains("  https://undocs.org/A/HRC/RES/24/2\n"));

    // `--json` words its descriptive texts in the reader's language too; codes stay.
    let out = cli("fr_FR.UTF-8")
        .args(["library", "list", "--json"])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let report = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "a-hrc-30-49")
        .unwrap();
    assert!(report["title"]
        .as_str()
        .unwrap()
        .starts_with("Rôle du gouvernement local"));
    assert_eq!(
        report["author"],
        "Comité consultatif du Conseil des droits de l’homme"
    );
    assert_eq!(report["kind"], "report");
    assert_eq!(report["symbol"], "A/HRC/30/49");
    assert_eq!(report["source"], "A/HRC/30/49 (cover page and contents)");

    let out = cli("fr_FR.UTF-8")
        .args(["rules", "--mechanism", "CRC"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Remarque : Un rapport thématique est limité à 3 000 mots"),
        "{text}"
    );

    // LANG=C is English, word for word as shipped.
    let out = cli("C").args(["library", "list"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(
        "A/HRC/RES/24/2 — Local government and human rights (Human Rights Council resolution \
         24/2) (resolution, 2013-09-26)"
    ));
    let out = cli("C")
        .args(["rules", "--mechanism", "CRC", "--json"])
        .output()
        .unwrap();
    let rule: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rule["note"],
        "A thematic report is limited to 3,000 words: override the limit for a thematic report. \
         Annexes are excluded."
    );
}

/// `backup list` and `backup restore` count with the language's plural forms ("1 contribution",
/// "3 participations", never "participation(s)" or "1 submissions") and say why a backup was
/// made as the Backups screen does.
#[test]
fn the_cli_backup_lines_count_in_the_language_s_plural_forms() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("city.sqlite3");
    let run = |lang: &str, args: &[&str]| {
        let out = cli(lang).arg("--db").arg(&db).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run("C", &["demo"]);
    run("C", &["backup", "create"]);
    let en = run("C", &["backup", "list"]);
    assert!(en.contains("Backed up by hand"), "{en}");
    assert!(en.contains("3 engagements, 1 submission, "), "{en}");
    let fr = run("fr_FR.UTF-8", &["backup", "list"]);
    assert!(fr.contains("Sauvegarde manuelle"), "{fr}");
    assert!(fr.contains("3 participations, 1 contribution, "), "{fr}");
    assert!(!fr.contains("(s)"), "{fr}");
    let ar = run("ar_EG.UTF-8", &["backup", "list"]);
    assert!(
        ar.contains("نسخة احتياطية يدوية") && ar.contains("، "),
        "{ar}"
    );
    let backup = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "sqlite3"))
        .unwrap();
    let restored = run(
        "fr_FR.UTF-8",
        &["backup", "restore", backup.to_str().unwrap()],
    );
    assert!(
        restored.contains("(3 participations, 1 contribution, "),
        "{restored}"
    );
}

/// `cityrights demo` with `LANG=lang` into a new database: what `engagements list --json` and
/// `submission show --json` then say, and the database (for the sections' text and the city).
fn demo_in(
    lang: &str,
) -> (
    tempfile::TempDir,
    serde_json::Value,
    serde_json::Value,
    Store,
) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let run = |args: &[&str]| {
        let out = cli(lang)
            .arg("--db")
            .arg(&db)
            .env_remove("CITYRIGHTS_DB")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        out.stdout
    };
    run(&["demo"]);
    let engagements = serde_json::from_slice(&run(&["engagements", "list", "--json"])).unwrap();
    let submission =
        serde_json::from_slice(&run(&["submission", "show", "--submission", "1", "--json"]))
            .unwrap();
    let store = Store::open(&db).unwrap();
    (dir, engagements, submission, store)
}

fn titles(engagements: &serde_json::Value) -> Vec<String> {
    engagements
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

/// The submission's sections' text, as stored (JSON of the document).
fn sections_text(store: &Store) -> String {
    store
        .sections(1)
        .unwrap()
        .iter()
        .map(|s| serde_json::to_string(&s.content).unwrap())
        .collect()
}

#[test]
fn the_demo_city_is_written_in_the_language_of_lang() {
    let (_dir, engagements, submission, store) = demo_in("fr_FR.UTF-8");
    let titles_fr = titles(&engagements);
    assert!(
        titles_fr.contains(&"EPU de l’Exemplande (cycle de démonstration)".to_string()),
        "{titles_fr:?}"
    );
    assert!(
        titles_fr.iter().all(|t| !t.contains("Exampleland")),
        "{titles_fr:?}"
    );
    assert_eq!(submission["language"], "fr");
    assert_eq!(
        submission["title"],
        "Contribution de la Ville d’Exempleville à l’EPU de l’Exemplande"
    );
    // The sections are the template's, in French, and so is their text.
    assert_eq!(submission["sections"][0]["title"], "Résumé et mots clés");
    let text = sections_text(&store);
    assert!(text.contains("Exempleville est une ville de 240"), "{text}");
    assert!(text.contains("A/HRC/00/00"), "{text}");
    assert!(!text.contains("The City of Exampleville"), "{text}");
    let city = store.city_profile().unwrap().unwrap();
    assert_eq!(city.name, "Exempleville (démo)");
    assert_eq!(city.default_language, "fr");
    assert_eq!(city.country, "XEX");
    assert!(city.is_demo);

    let (_dir, engagements, submission, store) = demo_in("ar_EG.UTF-8");
    assert!(titles(&engagements)
        .contains(&"الاستعراض الدوري الشامل لبلاد المثال (جولة تجريبية)".to_string()));
    assert_eq!(submission["language"], "ar");
    assert_eq!(submission["sections"][0]["title"], "موجز وكلمات رئيسية");
    let text = sections_text(&store);
    assert!(
        text.contains("أيدت بلاد المثال التوصية الداعية إلى"),
        "{text}"
    );
    assert!(!text.contains("Exampleville is a city"), "{text}");
    assert_eq!(
        store.city_profile().unwrap().unwrap().default_language,
        "ar"
    );
    // The front matter's contact: the office and its address joined by the Arabic comma.
    let id = submission["id"].as_i64().unwrap();
    let detail = store.submission_detail(id).unwrap();
    let contact: Vec<&str> = detail
        .front_matter
        .lines
        .iter()
        .filter(|l| l.value.contains("human.rights@"))
        .map(|l| l.value.as_str())
        .collect();
    assert!(
        contact.len() == 1 && contact[0].contains("، human.rights@") && !contact[0].contains(", "),
        "{contact:?}"
    );

    // LANG=C: the English demo, word for word as before.
    let (_dir, engagements, submission, store) = demo_in("C");
    let titles_en = titles(&engagements);
    for title in [
        "UPR of Exampleland (demo cycle)",
        "CESCR review of Exampleland: list of issues prior to reporting",
        "Call for input: local governments and the right to adequate housing",
    ] {
        assert!(titles_en.contains(&title.to_string()), "{titles_en:?}");
    }
    assert_eq!(submission["language"], "en");
    assert_eq!(
        submission["title"],
        "Submission of the City of Exampleville to the UPR of Exampleland"
    );
    assert_eq!(submission["sections"][0]["title"], "Summary and key words");
    let text = sections_text(&store);
    assert!(
        text.contains("Exampleland supported the recommendation to "),
        "{text}"
    );
    assert!(text.contains("\"Key words: \""), "{text}");
    let city = store.city_profile().unwrap().unwrap();
    assert_eq!(
        (city.name.as_str(), city.default_language.as_str()),
        ("Exampleville (demo)", "en")
    );
}

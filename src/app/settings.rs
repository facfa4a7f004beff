//! Settings of this computer, kept in `settings.json` beside the database — not in it.
//!
//! Some choices belong to the machine, not to the work: the second backup folder is a USB key's
//! or a share's path on *this* laptop. Kept in the database, they would travel with a restored
//! backup or a workspace moved to another computer and point at a folder that is not there. The
//! file is small JSON, written beside the target and renamed over the old one, so that it is
//! always either the old or the new settings, never half of each.
//!
//! The citation style is kept here too: it is how this officer writes, a habit rather than a
//! part of the city's records, and nothing already written changes when it does.

use crate::document::citation::{
    self, CitationExample, CitationPlacement, CitationRequest, CitationStyle,
};
use crate::model::language::{self, Arg, Said};
use crate::{Error, Result};
use serde::{Deserialize, Deserializer, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The settings file's name, in the database's folder.
pub const FILE_NAME: &str = "settings.json";

/// What `settings.json` holds. Fields the file lacks take their default, so an older or newer
/// file still reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct LocalSettings {
    /// A second folder (a USB key, a department share) into which every automatic and manual
    /// backup is also written; None: backups go to the data folder only.
    pub second_backup_folder: Option<String>,
    /// How the editor writes a citation it inserts (Settings → Citations). A style this
    /// version does not know (written by a newer one) reads as the default.
    #[serde(deserialize_with = "known_style_or_default")]
    pub citation_style: CitationStyle,
    /// The interface's language chosen on this computer (`fr`); None: the operating system's.
    /// A code this version does not offer (written by a newer one) reads as None.
    #[serde(deserialize_with = "known_language_or_none")]
    pub interface_language: Option<String>,
}

fn known_language_or_none<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(value
        .as_str()
        .and_then(language::supported)
        .map(str::to_string))
}

/// The interface's language and where it comes from, for the start of the page and Settings.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct InterfaceLanguage {
    /// The language chosen in Settings on this computer; None: the system's is followed.
    pub chosen: Option<String>,
    /// The operating system's language when it is one of the six, else None.
    pub system: Option<String>,
    /// The language the interface speaks: the chosen one, else the system's, else English.
    pub effective: String,
    /// True when `effective` is written right to left (the whole interface mirrors).
    pub rtl: bool,
    /// The languages offered, each with its name in itself.
    pub offered: Vec<LanguageOption>,
}

/// One language of the language menu.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LanguageOption {
    pub code: String,
    /// The language's name in itself ("Français"): found by someone who does not read English.
    pub name: String,
}

fn known_style_or_default<'de, D: Deserializer<'de>>(d: D) -> Result<CitationStyle, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// The citation style in use and what each style looks like, for the Settings screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CitationSettings {
    pub style: CitationStyle,
    /// Every style on the same sentence, in the order Settings offers them.
    pub examples: Vec<CitationExample>,
}

/// Whether the second backup folder can take a backup right now, for the Settings screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SecondFolderStatus {
    /// The chosen folder, or None when none is chosen.
    pub folder: Option<String>,
    /// True when the folder exists and can be written.
    pub reachable: bool,
    /// Why it cannot take a backup, in plain words (None when reachable or not chosen):
    /// English until [`SecondFolderStatus::in_language`].
    pub problem: Option<String>,
    /// `problem` as the catalogue's message, to write it in the reader's language.
    #[serde(skip)]
    #[ts(skip)]
    pub why: Option<Said>,
}

impl SecondFolderStatus {
    fn of(folder: Option<String>, why: Option<Said>) -> SecondFolderStatus {
        SecondFolderStatus {
            reachable: folder.is_some() && why.is_none(),
            folder,
            problem: why.as_ref().map(Said::to_string),
            why,
        }
    }

    /// This status with its problem in `language`.
    pub fn in_language(self, language: &str) -> SecondFolderStatus {
        SecondFolderStatus {
            problem: self.why.as_ref().map(|why| why.in_language(language)),
            ..self
        }
    }
}

/// The settings file of the database at `db_path`.
pub fn settings_path(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(FILE_NAME)
}

/// Reads the settings; a missing file means the defaults. A file that is not valid settings is
/// an error that says so (it is left as it is, for the officer to look at or replace).
pub fn load(db_path: &Path) -> Result<LocalSettings> {
    let path = settings_path(db_path);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(LocalSettings::default()),
        Err(source) => {
            return Err(Error::Io {
                action: "Could not read the settings file",
                path,
                source,
            })
        }
    };
    serde_json::from_str(&text).map_err(|e| {
        Error::said(
            "damaged",
            "error.settings_unreadable",
            vec![
                ("path", path.display().to_string().into()),
                ("what", Said::as_given(e.to_string()).into()),
            ],
        )
    })
}

/// Writes the settings: into a temporary file beside `settings.json`, flushed to disk, then
/// renamed over it (and the folder flushed), so a crash leaves the old or the new file whole.
pub fn save(db_path: &Path, settings: &LocalSettings) -> Result<()> {
    let path = settings_path(db_path);
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let tmp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
    let io = |action: &'static str, p: &Path| {
        let p = p.to_path_buf();
        move |source| Error::Io {
            action,
            path: p,
            source,
        }
    };
    let json = serde_json::to_string_pretty(settings)
        .map_err(|e| Error::Internal(format!("The settings could not be written: {e}")))?;
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(json.as_bytes())?;
        f.write_all(b"\n")?;
        f.sync_all()
    });
    if let Err(source) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io("Could not write the settings file", &tmp)(source));
    }
    if let Err(source) = std::fs::rename(&tmp, &path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(io("Could not replace the settings file", &path)(source));
    }
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Why `folder` cannot take a backup now, or None when it can: it must exist (a removed USB
/// key or an unmounted share does not), be a folder, and accept a new file. The folder is never
/// created here: creating a missing mount point would put the "second" copy on this disk.
pub fn folder_problem(folder: &Path) -> Option<Said> {
    let said = |key: &'static str, reason: Option<&std::io::Error>| {
        let mut args = vec![("folder", Arg::Path(folder.display().to_string()))];
        if let Some(e) = reason {
            args.push(("reason", crate::error::io_reason(e).into()));
        }
        Some(Said::new(key, args))
    };
    match std::fs::metadata(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return said("backup_problem.unreachable", None)
        }
        Err(e) => return said("backup_problem.unreachable_because", Some(&e)),
        Ok(m) if !m.is_dir() => return said("backup_problem.not_a_folder", None),
        Ok(_) => {}
    }
    let probe = folder.join(format!(".cityrights-write-test-{}", std::process::id()));
    match std::fs::File::create(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            None
        }
        Err(e) => said("backup_problem.not_writable", Some(&e)),
    }
}

/// Checks a folder the officer chose as the second backup folder and returns it. It must be a
/// full path, reachable and writable, and not the data folder's own backup folder (a second
/// copy on top of the first protects against nothing).
pub fn check_second_folder(db_path: &Path, folder: &str) -> Result<PathBuf> {
    let folder = folder.trim();
    if folder.is_empty() {
        return Err(Error::invalid_said(
            "second_backup_folder",
            "error.choose_second_folder",
            vec![],
        ));
    }
    let path = PathBuf::from(folder);
    if !path.is_absolute() {
        return Err(Error::invalid_said(
            "second_backup_folder",
            "error.not_a_full_path",
            vec![("folder", folder.into())],
        ));
    }
    if let Some(problem) = folder_problem(&path) {
        return Err(Error::invalid_said(
            "second_backup_folder",
            "error.second_folder_unusable",
            vec![("problem", problem.into())],
        ));
    }
    let main = crate::store::copy::backup_dir(db_path);
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if same(&path, &main) || same(&path, db_path.parent().unwrap_or_else(|| Path::new("."))) {
        return Err(Error::invalid_said(
            "second_backup_folder",
            "error.second_is_data_folder",
            vec![],
        ));
    }
    Ok(path)
}

/// The second backup folder's state, for the Settings screen.
pub fn second_folder_status(db_path: &Path) -> SecondFolderStatus {
    match load(db_path) {
        Ok(LocalSettings {
            second_backup_folder: None,
            ..
        }) => SecondFolderStatus::of(None, None),
        Ok(LocalSettings {
            second_backup_folder: Some(folder),
            ..
        }) => {
            let problem = folder_problem(Path::new(&folder));
            SecondFolderStatus::of(Some(folder), problem)
        }
        Err(e) => SecondFolderStatus::of(None, Some(e.as_said())),
    }
}

/// Chooses (`Some`) or forgets (`None`) the second backup folder, checked first.
pub fn set_second_folder(db_path: &Path, folder: Option<&str>) -> Result<SecondFolderStatus> {
    // A damaged settings file is replaced: choosing again is how the officer repairs it.
    let mut settings = load(db_path).unwrap_or_default();
    settings.second_backup_folder = match folder {
        Some(f) => Some(check_second_folder(db_path, f)?.display().to_string()),
        None => None,
    };
    save(db_path, &settings)?;
    Ok(second_folder_status(db_path))
}

/// The citation style in use, with an example of each style.
pub fn citation_settings(db_path: &Path) -> Result<CitationSettings> {
    Ok(CitationSettings {
        style: load(db_path)?.citation_style,
        examples: CitationStyle::ALL
            .into_iter()
            .map(citation::example)
            .collect(),
    })
}

/// Chooses how citations are written from now on (the citations in the text stay as they are).
pub fn set_citation_style(db_path: &Path, style: CitationStyle) -> Result<CitationSettings> {
    // As for the second folder: a damaged settings file is replaced by a new choice.
    let mut settings = load(db_path).unwrap_or_default();
    settings.citation_style = style;
    save(db_path, &settings)?;
    citation_settings(db_path)
}

/// The interface's language for the database at `db_path`: the one chosen on this computer,
/// else the operating system's ([`language::from_system`]), else English. A damaged settings
/// file does not stop the app from speaking: it is read as "nothing chosen".
pub fn interface_language(db_path: &Path) -> InterfaceLanguage {
    let chosen = load(db_path).ok().and_then(|s| s.interface_language);
    let system = language::from_system().map(str::to_string);
    let effective = chosen
        .clone()
        .or_else(|| system.clone())
        .unwrap_or_else(|| language::FALLBACK.to_string());
    InterfaceLanguage {
        rtl: language::is_rtl(&effective),
        chosen,
        system,
        effective,
        offered: language::LANGUAGES
            .iter()
            .map(|&code| LanguageOption {
                code: code.to_string(),
                name: language::native_name(code).to_string(),
            })
            .collect(),
    }
}

impl crate::store::Store {
    /// The interface's language for this database ([`interface_language`]'s `effective`):
    /// the language of the exports that have no submission to take it from (the follow-up
    /// matrix, the calendar file, a generated report unless another is asked for).
    pub fn interface_language(&self) -> String {
        interface_language(self.path()).effective
    }
}

/// Chooses the interface's language on this computer (None: follow the operating system).
pub fn set_interface_language(db_path: &Path, code: Option<&str>) -> Result<InterfaceLanguage> {
    let chosen = match code {
        Some(c) => Some(
            language::supported(c)
                .filter(|l| *l == c.trim())
                .ok_or_else(|| {
                    Error::invalid_said(
                        "language",
                        "error.not_a_language",
                        vec![
                            ("value", c.into()),
                            ("codes", language::LANGUAGES.join(", ").into()),
                        ],
                    )
                })?
                .to_string(),
        ),
        None => None,
    };
    // As for the second folder: a damaged settings file is replaced by a new choice.
    let mut settings = load(db_path).unwrap_or_default();
    settings.interface_language = chosen;
    save(db_path, &settings)?;
    Ok(interface_language(db_path))
}

/// What the editor inserts for a citation at its cursor, in the officer's style
/// ([`citation::place`]).
pub fn place_citation(db_path: &Path, request: &CitationRequest) -> Result<CitationPlacement> {
    if request.symbol.trim().is_empty() {
        return Err(Error::invalid_said("symbol", "error.type_symbol", vec![]));
    }
    Ok(citation::place(load(db_path)?.citation_style, request))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_interface_language_is_kept_and_a_strange_one_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let chosen = set_interface_language(&db, Some("ar")).unwrap();
        assert_eq!((chosen.effective.as_str(), chosen.rtl), ("ar", true));
        assert_eq!(interface_language(&db).chosen.as_deref(), Some("ar"));
        for bad in ["de", "fr_FR", "", "arabic"] {
            let err = set_interface_language(&db, Some(bad)).unwrap_err();
            assert!(err.to_string().contains("en, ar, zh, fr, ru, es"), "{err}");
        }
        assert_eq!(interface_language(&db).chosen.as_deref(), Some("ar"));
        // A language a newer version offers reads as "nothing chosen", the rest still reads.
        std::fs::write(
            dir.path().join(FILE_NAME),
            r#"{"interface_language": "sw", "citation_style": "footnote"}"#,
        )
        .unwrap();
        assert_eq!(interface_language(&db).chosen, None);
        assert_eq!(load(&db).unwrap().citation_style, CitationStyle::Footnote);
        assert_eq!(set_interface_language(&db, None).unwrap().chosen, None);
    }

    #[test]
    fn no_file_means_no_second_folder() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        assert_eq!(load(&db).unwrap(), LocalSettings::default());
        let st = second_folder_status(&db);
        assert_eq!((st.folder, st.reachable, st.problem), (None, false, None));
    }

    #[test]
    fn a_chosen_folder_is_kept_beside_the_database_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let usb = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let st = set_second_folder(&db, Some(usb.path().to_str().unwrap())).unwrap();
        assert!(st.reachable && st.problem.is_none());
        assert!(dir.path().join("settings.json").exists());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file left behind: {names:?}");
        assert_eq!(
            load(&db).unwrap().second_backup_folder.as_deref(),
            usb.path().to_str()
        );
        set_second_folder(&db, None).unwrap();
        assert_eq!(load(&db).unwrap().second_backup_folder, None);
    }

    #[test]
    fn a_removed_drive_is_reported_as_unreachable_and_never_created() {
        let dir = tempfile::tempdir().unwrap();
        let usb = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let folder = usb.path().join("key");
        std::fs::create_dir(&folder).unwrap();
        set_second_folder(&db, Some(folder.to_str().unwrap())).unwrap();
        std::fs::remove_dir(&folder).unwrap(); // the USB key is pulled out
        let st = second_folder_status(&db);
        assert!(!st.reachable);
        assert!(
            st.problem.as_deref().unwrap().contains("cannot be reached"),
            "{st:?}"
        );
        assert!(!folder.exists());
    }

    #[test]
    fn bad_choices_are_refused_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let refuse = |f: &str| set_second_folder(&db, Some(f)).unwrap_err().to_string();
        assert!(refuse("").contains("Choose a folder"));
        assert!(refuse("relative/path").contains("not a full path"));
        assert!(refuse("/no/such/folder/here").contains("cannot be reached"));
        let file = dir.path().join("a-file");
        std::fs::write(&file, "x").unwrap();
        assert!(refuse(file.to_str().unwrap()).contains("is a file"));
        let main = crate::store::copy::backup_dir(&db);
        std::fs::create_dir_all(&main).unwrap();
        assert!(refuse(main.to_str().unwrap()).contains("data folder"));
        assert!(refuse(dir.path().to_str().unwrap()).contains("data folder"));
        assert!(
            !settings_path(&db).exists(),
            "nothing written for a refusal"
        );
    }

    #[test]
    fn the_citation_style_is_kept_and_places_the_next_citation() {
        let dir = tempfile::tempdir().unwrap();
        let usb = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let request = CitationRequest {
            before: "in 2025.".into(),
            after: String::new(),
            symbol: "A/HRC/59/15".into(),
            paragraph: Some("140.212".into()),
        };
        let written = |db: &Path| {
            let p = place_citation(db, &request).unwrap();
            citation::applied(&request, &p).0
        };
        // By default, in brackets before the full stop.
        assert_eq!(
            citation_settings(&db).unwrap().style,
            CitationStyle::Parenthetical
        );
        assert_eq!(written(&db), "in 2025 (A/HRC/59/15, para. 140.212).");
        // Chosen, kept beside the database with the second folder, and used.
        set_second_folder(&db, Some(usb.path().to_str().unwrap())).unwrap();
        let chosen = set_citation_style(&db, CitationStyle::Footnote).unwrap();
        assert_eq!(chosen.style, CitationStyle::Footnote);
        assert_eq!(chosen.examples.len(), CitationStyle::ALL.len());
        assert_eq!(load(&db).unwrap().citation_style, CitationStyle::Footnote);
        assert!(second_folder_status(&db).reachable, "the folder is kept");
        assert_eq!(written(&db), "in 2025.¹");
        // A file from before the setting, or from a newer version with a style this one does
        // not know, reads as the default and keeps the folder.
        for old in [
            r#"{"second_backup_folder": null}"#,
            r#"{"second_backup_folder": null, "citation_style": "endnote"}"#,
        ] {
            std::fs::write(settings_path(&db), old).unwrap();
            assert_eq!(
                load(&db).unwrap().citation_style,
                CitationStyle::Parenthetical
            );
        }
        // An empty symbol is refused in words.
        let empty = CitationRequest {
            symbol: " ".into(),
            ..request.clone()
        };
        assert!(place_citation(&db, &empty)
            .unwrap_err()
            .to_string()
            .contains("symbol"));
    }

    #[test]
    fn a_damaged_settings_file_is_explained_and_replaced_by_a_new_choice() {
        let dir = tempfile::tempdir().unwrap();
        let usb = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        std::fs::write(settings_path(&db), "{ not json").unwrap();
        let st = second_folder_status(&db);
        assert!(st.problem.as_deref().unwrap().contains("cannot be read"));
        set_second_folder(&db, Some(usb.path().to_str().unwrap())).unwrap();
        assert!(second_folder_status(&db).reachable);
    }
}

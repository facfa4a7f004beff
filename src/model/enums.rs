//! The string forms of the core's word-like enums, derived once.
//!
//! Each such enum derives serde's `rename_all = "snake_case"` (its JSON, for IPC and
//! `--json`) and strum's `IntoStaticStr`, `EnumString` and `VariantArray` with the same case
//! (the word stored in SQLite, and the list of values). [`words!`] turns those derives into the
//! three names the rest of the core uses: `ALL`, `as_str` and `parse`. A test below checks, for
//! every enum, that the stored word and the JSON word agree, so the database and the UI can
//! never drift apart; the one enum whose word differs on purpose is `backup::BackupReason`, whose
//! kebab-case word is part of backup *file names* (its JSON is snake_case like the others).
//!
//! The same test writes `ui/src/lib/bindings/enum_values.ts`: every list of values the UI offers
//! in a select or a stepper (stages, milestone kinds, statuses, responses…), in the core's
//! order, so no list is copied by hand into TypeScript. Like ts-rs's bindings, it is rewritten
//! by `cargo test -p cityrights` and must be committed as written (the Makefile checks).

/// `ALL` (every value, in declaration order), `as_str` (the stored word) and `parse` (its
/// inverse; `None` for an unknown word) for an enum that derives strum's `IntoStaticStr`,
/// `EnumString` and `VariantArray`.
macro_rules! words {
    ($t:ident) => {
        impl $t {
            /// Every value, in the order the enum declares them.
            pub const ALL: &'static [$t] = <$t as strum::VariantArray>::VARIANTS;

            /// The word stored in the database (derived, see `crate::enums`).
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The value a stored word stands for; `None` for a word this version does not know.
            pub fn parse(s: &str) -> Option<Self> {
                s.parse().ok()
            }
        }
    };
}
pub(crate) use words;

#[cfg(test)]
mod tests {
    use crate::backup::BackupReason;
    use crate::city::PaperSize;
    use crate::consultation::ConsultationFormat;
    use crate::document::ChartKind;
    use crate::engagement::Stage;
    use crate::library::LibraryKind;
    use crate::mechanism::MechanismKind;
    use crate::milestone::MilestoneKind;
    use crate::recommendation::{Competence, LocalStatus, Response, Source};
    use crate::revision::RevisionKind;
    use crate::stakeholder::{Accreditation, StakeholderKind};
    use crate::submission::{SectionStatus, SubmissionStatus};
    use serde::Serialize;
    use std::fmt::Write as _;

    fn json_word<T: Serialize>(v: T) -> String {
        match serde_json::to_value(v) {
            Ok(serde_json::Value::String(s)) => s,
            other => panic!("not a word: {other:?}"),
        }
    }

    /// One exported list: its TypeScript constant, its type (a ts-rs binding) and its words.
    struct List {
        constant: &'static str,
        ty: &'static str,
        words: Vec<String>,
    }

    /// Checks that the stored word, the JSON word and `parse` agree for every value, and
    /// returns the words in order.
    fn checked<T>(
        all: &[T],
        as_str: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) -> Vec<String>
    where
        T: Serialize + Copy + PartialEq + std::fmt::Debug,
    {
        assert!(!all.is_empty());
        all.iter()
            .map(|&v| {
                let word = json_word(v);
                assert_eq!(as_str(v), word, "stored and JSON words differ for {v:?}");
                assert_eq!(parse(&word), Some(v));
                word
            })
            .collect()
    }

    macro_rules! list {
        ($constant:literal, $t:ident) => {
            List {
                constant: $constant,
                ty: stringify!($t),
                words: checked($t::ALL, $t::as_str, $t::parse),
            }
        };
    }

    fn lists() -> Vec<List> {
        vec![
            list!("STAGES", Stage),
            list!("MILESTONE_KINDS", MilestoneKind),
            list!("CONSULTATION_FORMATS", ConsultationFormat),
            list!("SUBMISSION_STATUSES", SubmissionStatus),
            list!("SECTION_STATUSES", SectionStatus),
            list!("RESPONSES", Response),
            list!("COMPETENCES", Competence),
            list!("LOCAL_STATUSES", LocalStatus),
            list!("SOURCES", Source),
            list!("STAKEHOLDER_KINDS", StakeholderKind),
            list!("ACCREDITATIONS", Accreditation),
            list!("MECHANISM_KINDS", MechanismKind),
            list!("REVISION_KINDS", RevisionKind),
            list!("PAPER_SIZES", PaperSize),
            list!("LIBRARY_KINDS", LibraryKind),
            list!("CHART_KINDS", ChartKind),
        ]
    }

    #[test]
    fn unknown_words_are_refused() {
        assert_eq!(Stage::parse("Upcoming"), None);
        assert_eq!(Stage::parse(""), None);
        assert_eq!(MilestoneKind::parse("window-closes"), None);
    }

    #[test]
    fn backup_reasons_keep_their_file_name_words() {
        let words: Vec<&str> = BackupReason::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(
            words,
            [
                "startup",
                "periodic",
                "manual",
                "before-migration",
                "before-restore",
                "before-import"
            ]
        );
        for &r in BackupReason::ALL {
            assert_eq!(BackupReason::parse(r.as_str()), Some(r));
            // The JSON word is snake_case (the file-name word is kebab-case on purpose).
            assert_eq!(json_word(r), r.as_str().replace('-', "_"));
        }
    }

    /// Writes `ui/src/lib/bindings/enum_values.ts` (see the module's documentation).
    #[test]
    fn export_enum_values_to_typescript() {
        let lists = lists();
        let mut ts = String::from(
            "// Generated by the core's tests (src/enums.rs) from the Rust enums. Do not edit by hand:\n\
             // `cargo test -p cityrights` rewrites this file.\n",
        );
        let mut types: Vec<&str> = lists.iter().map(|l| l.ty).collect();
        types.sort_unstable();
        for ty in types {
            let _ = writeln!(ts, "import type {{ {ty} }} from './{ty}';");
        }
        for l in &lists {
            let words: Vec<String> = l.words.iter().map(|w| format!("'{w}'")).collect();
            let _ = write!(
                ts,
                "\n/** Every value of `{}`, in the core's order. */\nexport const {}: readonly {}[] = [{}];\n",
                l.ty,
                l.constant,
                l.ty,
                words.join(", ")
            );
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings");
        if !dir.is_dir() {
            return; // a packaged crate without the UI beside it
        }
        let path = dir.join("enum_values.ts");
        // Written only when it changes, so a test run leaves the file's time alone.
        if std::fs::read_to_string(&path).ok().as_deref() != Some(ts.as_str()) {
            std::fs::write(&path, ts).expect("write enum_values.ts");
        }
    }
}

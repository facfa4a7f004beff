//! The city's profile: who is submitting, and to which State's review.
//!
//! The logo is a file the app keeps itself: chosen through a native dialog opened by Rust (the
//! desktop shell's `choose_city_logo`) or carried by a workspace file, copied into
//! [`logo_dir`] beside the database, and named in the profile. The profile as the page sends it
//! never carries a path (`logo_path` is not read from JSON, and [`Store::save_city_profile`]
//! keeps the logo there is). Every read of a logo goes through [`read_logo`]: a regular file
//! only, at most [`MAX_LOGO_BYTES`].

use crate::model::language::Said;
use crate::store::{now_text, optional, Store};
use crate::validate;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The largest logo read, anywhere (PDF export, workspace export, choosing a logo). A logo is
/// an image of some kilobytes; 10 MB is a large photograph. A path that names something
/// endless (`/dev/zero`) or huge stops here instead of filling the memory.
pub const MAX_LOGO_BYTES: u64 = 10 * 1024 * 1024;

/// The folder beside the database where the app keeps the city's logo files.
pub const LOGO_DIR: &str = "logos";

/// The first bytes of every PNG file: the PDF export takes PNG logos only.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Paper size of exported documents.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum PaperSize {
    A4,
    Letter,
}

crate::enums::words!(PaperSize);

/// The six UN official languages: the languages a submission (and the app) can be in.
pub const UN_LANGUAGES: [&str; 6] = ["en", "fr", "es", "ru", "ar", "zh"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CityProfile {
    pub name: String,
    /// ISO 3166-1 alpha-3 code of the city's country.
    pub country: String,
    /// The State whose reviews the city contributes to (usually its own), as it should be named.
    pub state_under_review: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    /// One of the six UN languages (ISO 639-1).
    pub default_language: String,
    pub paper_size: PaperSize,
    /// The logo file the app keeps ([`logo_dir`]). Never read from JSON: a path from the page
    /// (or any other JSON) is dropped, and saving the profile keeps the logo there is. Set
    /// with [`Store::set_city_logo`], removed with [`Store::remove_city_logo`].
    #[serde(default, skip_deserializing)]
    pub logo_path: Option<String>,
    /// True for the demo city, so the UI can say it is fictional.
    #[serde(default)]
    pub is_demo: bool,
}

impl CityProfile {
    fn checked(&self) -> Result<CityProfile> {
        let name = validate::required(
            "name",
            &self.name,
            "required.city_name",
            validate::SHORT_MAX,
        )?;
        let country = validate::iso3("country", &self.country)?;
        let state = validate::required(
            "state_under_review",
            &self.state_under_review,
            "required.state_under_review",
            validate::SHORT_MAX,
        )?;
        validate::text(
            "contact_name",
            self.contact_name.trim(),
            validate::SHORT_MAX,
        )?;
        let email = validate::email("contact_email", &self.contact_email)?;
        if !UN_LANGUAGES.contains(&self.default_language.as_str()) {
            return Err(Error::invalid_said(
                "default_language",
                "error.choose_un_language",
                vec![],
            ));
        }
        Ok(CityProfile {
            name,
            country,
            state_under_review: state,
            contact_name: self.contact_name.trim().to_string(),
            contact_email: email,
            default_language: self.default_language.clone(),
            paper_size: self.paper_size,
            logo_path: None,
            is_demo: self.is_demo,
        })
    }
}

impl Store {
    /// The city profile, or None before the city is set up.
    pub fn city_profile(&self) -> Result<Option<CityProfile>> {
        optional(self.conn.query_row(
            "SELECT name, country, state_under_review, contact_name, contact_email, default_language, paper_size, logo_path, is_demo
             FROM city_profile WHERE id = 1",
            [],
            |r| {
                let paper: String = r.get("paper_size")?;
                Ok(CityProfile {
                    name: r.get("name")?,
                    country: r.get("country")?,
                    state_under_review: r.get("state_under_review")?,
                    contact_name: r.get("contact_name")?,
                    contact_email: r.get("contact_email")?,
                    default_language: r.get("default_language")?,
                    paper_size: PaperSize::parse(&paper).unwrap_or(PaperSize::A4),
                    logo_path: r.get("logo_path")?,
                    is_demo: r.get("is_demo")?,
                })
            },
        ))
    }

    /// Creates or replaces the city profile. The logo is not taken from `profile`: the one the
    /// profile has stays (none for a new profile); see [`Store::set_city_logo`].
    pub fn save_city_profile(&mut self, profile: &CityProfile) -> Result<CityProfile> {
        let mut p = profile.checked()?;
        p.logo_path = self.city_profile()?.and_then(|c| c.logo_path);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO city_profile (id, name, country, state_under_review, contact_name, contact_email, default_language, paper_size, logo_path, is_demo, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT(id) DO UPDATE SET name = excluded.name, country = excluded.country,
                   state_under_review = excluded.state_under_review, contact_name = excluded.contact_name,
                   contact_email = excluded.contact_email, default_language = excluded.default_language,
                   paper_size = excluded.paper_size, is_demo = excluded.is_demo,
                   updated_at = excluded.updated_at",
                rusqlite::params![
                    p.name,
                    p.country,
                    p.state_under_review,
                    p.contact_name,
                    p.contact_email,
                    p.default_language,
                    p.paper_size.as_str(),
                    p.logo_path,
                    p.is_demo,
                    now_text()
                ],
            )?;
            Ok(())
        })?;
        Ok(p)
    }

    /// Makes the PNG file at `source` the city's logo: read through [`read_logo`], copied into
    /// [`logo_dir`] (so the profile names a file the app keeps, whatever happens to the
    /// original), and named in the profile. `source` comes from a native dialog opened by
    /// Rust, or from the CLI: never from the page.
    pub fn set_city_logo(&mut self, source: &Path) -> Result<CityProfile> {
        let invalid = |why: Said| {
            Error::invalid_said(
                "logo_path",
                "error.logo_city",
                vec![
                    ("path", source.display().to_string().into()),
                    ("why", why.into()),
                ],
            )
        };
        if self.city_profile()?.is_none() {
            return Err(Error::said("refused", "error.profile_before_logo", vec![]));
        }
        let bytes = read_logo(source).map_err(invalid)?;
        if !bytes.starts_with(PNG_SIGNATURE) {
            return Err(invalid(Said::new("error.logo_not_png", vec![])));
        }
        let kept = keep_logo(self.path(), &bytes, "png")?;
        self.write_logo_path(Some(&kept))
    }

    /// Takes the logo off the city profile (the file the app kept stays, as backups may name
    /// it).
    pub fn remove_city_logo(&mut self) -> Result<CityProfile> {
        self.write_logo_path(None)
    }

    /// Names the logo file a workspace import kept for the database it is making (no profile
    /// in the file: nothing to name it in).
    pub(crate) fn point_to_kept_logo(&mut self, path: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE city_profile SET logo_path = ?1 WHERE id = 1",
                [path],
            )?;
            Ok(())
        })
    }

    fn write_logo_path(&mut self, path: Option<&Path>) -> Result<CityProfile> {
        let text = path.map(|p| p.display().to_string());
        let n = self.write(|tx| {
            Ok(tx.execute(
                "UPDATE city_profile SET logo_path = ?1, updated_at = ?2 WHERE id = 1",
                rusqlite::params![text, now_text()],
            )?)
        })?;
        match self.city_profile()? {
            Some(p) if n == 1 => Ok(p),
            _ => Err(Error::said("refused", "error.profile_before_logo", vec![])),
        }
    }
}

/// Clears the city's contact person (`name`) or contact e-mail (an erasure), inside the
/// caller's transaction.
pub(crate) fn clear_contact(tx: &rusqlite::Connection, name: bool, now: &str) -> Result<()> {
    let sql = if name {
        "UPDATE city_profile SET contact_name = '', updated_at = ?1"
    } else {
        "UPDATE city_profile SET contact_email = '', updated_at = ?1"
    };
    tx.execute(sql, [now])?;
    Ok(())
}

/// The folder where the app keeps the logo of the database at `db_path`.
pub fn logo_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
        .join(LOGO_DIR)
}

/// Writes a logo into [`logo_dir`] under a name made from its content (the same logo twice is
/// one file; a different one never replaces a file a backup may name) and returns its path.
pub(crate) fn keep_logo(db_path: &Path, bytes: &[u8], ext: &str) -> Result<PathBuf> {
    let dir = logo_dir(db_path);
    std::fs::create_dir_all(&dir).map_err(crate::files::io("Could not create the folder", &dir))?;
    let digest: String = Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let target = dir.join(format!("logo-{digest}.{ext}"));
    let same = read_logo(&target).is_ok_and(|existing| existing == bytes);
    if !same {
        crate::files::write_file(&target, bytes)?;
    }
    Ok(target)
}

/// Why a logo is refused when the PNG decoder cannot read it (its own words as an argument).
pub fn not_png(e: &dyn std::fmt::Display) -> Said {
    Said::new(
        "error.logo_not_png_because",
        vec![("what", Said::as_given(e.to_string()).into())],
    )
}

/// Why a logo of `width` × `height` pixels is refused where `max` × `max` is the most.
pub fn logo_too_many_pixels(width: usize, height: usize, max: usize) -> Said {
    Said::new(
        "error.logo_pixels_max",
        vec![
            ("width", width.into()),
            ("height", height.into()),
            ("max", max.into()),
        ],
    )
}

/// Reads a logo file: only a regular file (not a device such as `/dev/zero`, not a pipe, not a
/// folder), at most [`MAX_LOGO_BYTES`] whatever its size claims. The reason in plain words when
/// it cannot. Every logo the app reads comes through here.
pub fn read_logo(path: &Path) -> std::result::Result<Vec<u8>, Said> {
    let unreadable = |e: std::io::Error| {
        Said::new(
            "error.logo_unreadable",
            vec![("reason", crate::error::io_reason(&e).into())],
        )
    };
    let not_a_file = || Said::new("error.logo_not_a_file", vec![]);
    let too_large = || {
        Said::new(
            "error.logo_too_large",
            vec![("max", (MAX_LOGO_BYTES / (1024 * 1024)).into())],
        )
    };
    // Checked before opening: opening a pipe for reading would wait for a writer.
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(not_a_file());
    }
    if meta.len() > MAX_LOGO_BYTES {
        return Err(too_large());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Should the file have been swapped for a pipe since the check, opening does not wait.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path).map_err(unreadable)?;
    if !file.metadata().map_err(unreadable)?.is_file() {
        return Err(not_a_file());
    }
    let mut bytes = Vec::new();
    file.take(MAX_LOGO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_LOGO_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_logo_is_read_only_from_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let logo = dir.path().join("logo.png");
        std::fs::write(&logo, b"\x89PNG\r\n\x1a\nxx").unwrap();
        assert_eq!(read_logo(&logo).unwrap().len(), 10);
        assert!(read_logo(dir.path())
            .unwrap_err()
            .to_string()
            .contains("not an ordinary file"));
        #[cfg(unix)]
        {
            let err = read_logo(Path::new("/dev/zero")).unwrap_err();
            assert!(err.to_string().contains("not an ordinary file"), "{err}");
            let fifo = dir.path().join("pipe");
            rustix::fs::mknodat(
                rustix::fs::CWD,
                &fifo,
                rustix::fs::FileType::Fifo,
                rustix::fs::Mode::from_raw_mode(0o600),
                0,
            )
            .unwrap();
            assert!(read_logo(&fifo)
                .unwrap_err()
                .to_string()
                .contains("not an ordinary file"));
        }
        let big = dir.path().join("big.png");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(MAX_LOGO_BYTES + 1).unwrap();
        assert!(read_logo(&big)
            .unwrap_err()
            .to_string()
            .contains("larger than 10 MB"));
    }
}

//! The city's profile: who is submitting, and to which State's review.

use crate::store::{now_text, optional, Store};
use crate::validate;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Paper size of exported documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PaperSize {
    A4,
    Letter,
}

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
    #[serde(default)]
    pub logo_path: Option<String>,
    /// True for the demo city, so the UI can say it is fictional.
    #[serde(default)]
    pub is_demo: bool,
}

impl CityProfile {
    fn checked(&self) -> Result<CityProfile> {
        let name = validate::required("name", &self.name, "The city's name", validate::SHORT_MAX)?;
        let country = validate::iso3("country", &self.country)?;
        let state = validate::required(
            "state_under_review",
            &self.state_under_review,
            "The State under review",
            validate::SHORT_MAX,
        )?;
        validate::text(
            "contact_name",
            self.contact_name.trim(),
            validate::SHORT_MAX,
        )?;
        let email = validate::email("contact_email", &self.contact_email)?;
        if !UN_LANGUAGES.contains(&self.default_language.as_str()) {
            return Err(Error::invalid(
                "default_language",
                "Choose one of the six UN languages.",
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
            logo_path: self.logo_path.clone().filter(|p| !p.trim().is_empty()),
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
                let paper: String = r.get(6)?;
                Ok(CityProfile {
                    name: r.get(0)?,
                    country: r.get(1)?,
                    state_under_review: r.get(2)?,
                    contact_name: r.get(3)?,
                    contact_email: r.get(4)?,
                    default_language: r.get(5)?,
                    paper_size: if paper == "letter" { PaperSize::Letter } else { PaperSize::A4 },
                    logo_path: r.get(7)?,
                    is_demo: r.get(8)?,
                })
            },
        ))
    }

    /// Creates or replaces the city profile.
    pub fn save_city_profile(&mut self, profile: &CityProfile) -> Result<CityProfile> {
        let p = profile.checked()?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO city_profile (id, name, country, state_under_review, contact_name, contact_email, default_language, paper_size, logo_path, is_demo, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT(id) DO UPDATE SET name = excluded.name, country = excluded.country,
                   state_under_review = excluded.state_under_review, contact_name = excluded.contact_name,
                   contact_email = excluded.contact_email, default_language = excluded.default_language,
                   paper_size = excluded.paper_size, logo_path = excluded.logo_path, is_demo = excluded.is_demo,
                   updated_at = excluded.updated_at",
                rusqlite::params![
                    p.name,
                    p.country,
                    p.state_under_review,
                    p.contact_name,
                    p.contact_email,
                    p.default_language,
                    match p.paper_size {
                        PaperSize::A4 => "a4",
                        PaperSize::Letter => "letter",
                    },
                    p.logo_path,
                    p.is_demo,
                    now_text()
                ],
            )?;
            Ok(())
        })?;
        Ok(p)
    }
}

//! States by ISO 3166-1 alpha-3 code, with the names the UN writes them under.
//!
//! The UHRI export names countries ("Bolivia (Plurinational State of)", "Türkiye"), never by
//! code, while the city profile and the CLI use codes; UPR recommendations end with the
//! recommending States' names in parentheses. The table is data
//! (`assets/reference/countries.json`, with its source and status) so that a spelling the UN
//! adopts later is added as a variant, not as code. Names are compared [`fold`]ed: case,
//! accents, the kind of apostrophe and extra spaces do not matter ("Cote d'Ivoire" is
//! "Côte d’Ivoire").

use crate::{Error, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES_JSON: &str = include_str!("../../assets/reference/countries.json");

/// One State: its code, its current UN short name, and other names it appears under.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Country {
    pub iso3: String,
    pub name: String,
    #[serde(default)]
    pub variants: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    countries: Vec<Country>,
}

/// The table, read once from the shipped data file.
pub struct Countries {
    list: Vec<Country>,
    /// Folded name or variant → index into `list`.
    by_name: HashMap<String, usize>,
}

static TABLE: OnceLock<Countries> = OnceLock::new();

/// The shipped table. The file is part of the program (checked by a test), so failing to read
/// it is a bug in the build, reported as an empty table rather than a crash.
pub fn countries() -> &'static Countries {
    TABLE.get_or_init(|| {
        let list = serde_json::from_str::<File>(COUNTRIES_JSON)
            .map(|f| f.countries)
            .unwrap_or_default();
        let mut by_name = HashMap::new();
        for (i, c) in list.iter().enumerate() {
            by_name.insert(fold(&c.name), i);
            for v in &c.variants {
                by_name.entry(fold(v)).or_insert(i);
            }
        }
        Countries { list, by_name }
    })
}

impl Countries {
    /// The State with this ISO 3166-1 alpha-3 code (any case), or a message that says what
    /// a code looks like, keeping what the user typed.
    pub fn by_code(&self, code: &str) -> Result<&Country> {
        let wanted = code.trim().to_ascii_uppercase();
        self.list.iter().find(|c| c.iso3 == wanted).ok_or_else(|| {
            Error::invalid_said(
                "country",
                "error.not_a_country_code",
                vec![("value", code.trim().into())],
            )
        })
    }

    /// The State a name (current, earlier or variant form) refers to.
    pub fn by_name(&self, name: &str) -> Option<&Country> {
        self.by_name.get(&fold(name)).map(|&i| &self.list[i])
    }

    /// Every State, in the order of the data file.
    pub fn all(&self) -> &[Country] {
        &self.list
    }
}

impl Country {
    /// Folded forms of every name of this State, for matching.
    pub fn folded_names(&self) -> Vec<String> {
        std::iter::once(&self.name)
            .chain(self.variants.iter())
            .map(|n| fold(n))
            .collect()
    }
}

/// A name reduced for comparison: lower case, Latin accents removed, every apostrophe a plain
/// one, spaces single and trimmed.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
            _ => {
                for l in c.to_lowercase() {
                    out.push(strip_accent(l));
                }
            }
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ř' => 'r',
        'ğ' => 'g',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_loads_with_every_member_and_observer_state() {
        let t = countries();
        assert_eq!(
            t.all().len(),
            195,
            "193 member States and 2 observer States"
        );
        let mut codes: Vec<&str> = t.all().iter().map(|c| c.iso3.as_str()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 195, "no code twice");
        assert!(t
            .all()
            .iter()
            .all(|c| c.iso3.len() == 3 && c.iso3.chars().all(|ch| ch.is_ascii_uppercase())));
    }

    #[test]
    fn names_and_variants_are_found_whatever_the_spelling() {
        let t = countries();
        assert_eq!(
            t.by_name("Bolivia (Plurinational State of)").unwrap().iso3,
            "BOL"
        );
        assert_eq!(t.by_name("Turkey").unwrap().iso3, "TUR");
        assert_eq!(t.by_name("TÜRKIYE").unwrap().iso3, "TUR");
        assert_eq!(t.by_name("Cote d’Ivoire").unwrap().iso3, "CIV");
        assert_eq!(
            t.by_name("Bolivarian Republic of  Venezuela").unwrap().iso3,
            "VEN"
        );
        assert_eq!(
            t.by_name("Venezuela (Bolivarian Republic of)")
                .unwrap()
                .iso3,
            "VEN"
        );
        assert!(t.by_name("Atlantis").is_none());
    }

    #[test]
    fn codes_are_checked_with_a_plain_message() {
        let t = countries();
        assert_eq!(t.by_code(" svn ").unwrap().name, "Slovenia");
        let e = t.by_code("Slovenia").unwrap_err().to_string();
        assert!(e.contains("\"Slovenia\"") && e.contains("SVN"), "{e}");
    }
}

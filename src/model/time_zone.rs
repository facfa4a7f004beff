//! Time zones as officers write them, resolved to the IANA name that is stored: a zone name
//! ("Europe/Zurich", in any case), a city ("Geneva", "New York", "buenos aires") or a city's
//! time ("Geneva time"). A city the time zone database names itself (Paris, Nairobi, Bogota…)
//! is found there; the cities it does not name but officers do (Geneva, Washington, Strasbourg…)
//! are in [`CITY_ALIASES`]. Anything else is refused with a message that suggests the nearest
//! names, so a typing slip never loses what the officer meant.

use crate::{Error, Result};
use chrono_tz::{Tz, TZ_VARIANTS};

/// Cities an officer may name that the time zone database does not, with the zone they keep.
/// Geneva, where the UN's deadlines are set, keeps Zurich's time.
pub const CITY_ALIASES: &[(&str, &str)] = &[
    ("Geneva", "Europe/Zurich"),
    ("Genève", "Europe/Zurich"),
    ("Genf", "Europe/Zurich"),
    ("Ginevra", "Europe/Zurich"),
    ("Bern", "Europe/Zurich"),
    ("Lausanne", "Europe/Zurich"),
    ("Basel", "Europe/Zurich"),
    ("Strasbourg", "Europe/Paris"),
    ("Lyon", "Europe/Paris"),
    ("Marseille", "Europe/Paris"),
    ("Barcelona", "Europe/Madrid"),
    ("Seville", "Europe/Madrid"),
    ("Valencia", "Europe/Madrid"),
    ("Bonn", "Europe/Berlin"),
    ("Frankfurt", "Europe/Berlin"),
    ("Hamburg", "Europe/Berlin"),
    ("Munich", "Europe/Berlin"),
    ("Milan", "Europe/Rome"),
    ("Naples", "Europe/Rome"),
    ("Turin", "Europe/Rome"),
    ("The Hague", "Europe/Amsterdam"),
    ("Rotterdam", "Europe/Amsterdam"),
    ("Antwerp", "Europe/Brussels"),
    ("Porto", "Europe/Lisbon"),
    ("Kraków", "Europe/Warsaw"),
    ("Krakow", "Europe/Warsaw"),
    ("Graz", "Europe/Vienna"),
    ("Maribor", "Europe/Ljubljana"),
    ("Manchester", "Europe/London"),
    ("Edinburgh", "Europe/London"),
    ("Ankara", "Europe/Istanbul"),
    ("Washington", "America/New_York"),
    ("Washington DC", "America/New_York"),
    ("Boston", "America/New_York"),
    ("San Francisco", "America/Los_Angeles"),
    ("Seattle", "America/Los_Angeles"),
    ("Montreal", "America/Toronto"),
    ("Montréal", "America/Toronto"),
    ("Ottawa", "America/Toronto"),
    ("Rio de Janeiro", "America/Sao_Paulo"),
    ("Brasília", "America/Sao_Paulo"),
    ("Brasilia", "America/Sao_Paulo"),
    ("Medellín", "America/Bogota"),
    ("Medellin", "America/Bogota"),
    ("Quito", "America/Guayaquil"),
    ("Delhi", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Mumbai", "Asia/Kolkata"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Beijing", "Asia/Shanghai"),
    ("Osaka", "Asia/Tokyo"),
    ("Busan", "Asia/Seoul"),
    ("Cape Town", "Africa/Johannesburg"),
    ("Pretoria", "Africa/Johannesburg"),
    ("Abuja", "Africa/Lagos"),
    ("Mombasa", "Africa/Nairobi"),
    ("Canberra", "Australia/Sydney"),
];

/// The longest text looked at as a time zone (the longest IANA name has 32 characters).
pub const ZONE_TEXT_MAX: usize = 64;

/// How many names a refusal suggests at most.
pub const SUGGESTIONS_MAX: usize = 5;

/// How many letters a suggestion may differ by (inserted, removed or changed).
const SUGGESTION_DISTANCE: usize = 2;

/// Words after a city that still mean its zone: "Geneva time", "Geneva time zone".
const TIME_WORDS: &[&str] = &["time zone", "timezone", "time"];

/// The zone `value` names (see the module's documentation), or a plain message for `field`
/// that suggests the nearest names.
pub fn resolve(field: &str, value: &str) -> Result<Tz> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid_said(field, "error.zone_empty", vec![]));
    }
    if v.chars().count() > ZONE_TEXT_MAX {
        return Err(Error::invalid_said(
            field,
            "error.zone_too_long",
            vec![("max", ZONE_TEXT_MAX.into())],
        ));
    }
    if let Ok(tz) = v.parse::<Tz>() {
        return Ok(tz);
    }
    let city = strip_time_words(v);
    let wanted = key(city);
    if let Some(tz) = TZ_VARIANTS.iter().find(|z| key(z.name()) == wanted) {
        return Ok(*tz);
    }
    // A city is a name without a slash: "Europe/Geneva" is a zone name that does not exist.
    if !city.contains('/') {
        if let Some(tz) = candidates().find(|(name, _)| key(name) == wanted) {
            return Ok(tz.1);
        }
    }
    let suggestions = suggest(city);
    Err(if suggestions.is_empty() {
        Error::invalid_said(field, "error.zone_unknown", vec![("value", v.into())])
    } else {
        Error::invalid_said(
            field,
            "error.zone_unknown_suggest",
            vec![
                ("value", v.into()),
                ("suggestions", suggestions.join(", ").into()),
            ],
        )
    })
}

/// "Geneva time" → "Geneva".
fn strip_time_words(v: &str) -> &str {
    for w in TIME_WORDS {
        let cut = v.len().saturating_sub(w.len());
        if let (Some(rest), Some(end)) = (v.get(..cut), v.get(cut..)) {
            if end.eq_ignore_ascii_case(w) && rest.ends_with(char::is_whitespace) {
                return rest.trim();
            }
        }
    }
    v
}

/// A name as compared: lower case, accents dropped, spaces, hyphens and underscores alike.
fn key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                'a'
            }
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Every city a zone can be named by, with its zone: the aliases, then the last part of each
/// zone name of the form Area/City ("America/New_York" → "New York").
fn candidates() -> impl Iterator<Item = (String, Tz)> {
    let aliases = CITY_ALIASES
        .iter()
        .filter_map(|(city, zone)| zone.parse::<Tz>().ok().map(|tz| ((*city).to_string(), tz)));
    let cities = TZ_VARIANTS.iter().filter_map(|tz| {
        let (area, city) = tz.name().rsplit_once('/')?;
        // Only the zones of a place (not Etc/GMT+1 or the old US/Eastern).
        let place = matches!(
            area.split('/').next(),
            Some(
                "Africa"
                    | "America"
                    | "Antarctica"
                    | "Asia"
                    | "Atlantic"
                    | "Australia"
                    | "Europe"
                    | "Indian"
                    | "Pacific"
            )
        );
        place.then(|| (city.replace('_', " "), *tz))
    });
    aliases.chain(cities)
}

/// Up to [`SUGGESTIONS_MAX`] names near `text`, each as "City (Area/City)", nearest first, one
/// per zone (Geneva, Genf and Genève are one suggestion: the nearest spelling).
fn suggest(text: &str) -> Vec<String> {
    let wanted = key(text.rsplit('/').next().unwrap_or(text));
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut near: Vec<(usize, usize, String, Tz)> = Vec::new();
    for (order, (city, tz)) in candidates().enumerate() {
        let k = key(&city);
        let d = distance(&wanted, &k);
        if d <= SUGGESTION_DISTANCE || (wanted.len() >= 3 && k.starts_with(&wanted)) {
            near.push((d, order, city, tz));
        }
    }
    near.sort_by_key(|(d, order, _, _)| (*d, *order));
    let mut out: Vec<(String, Tz)> = Vec::new();
    for (_, _, city, tz) in near {
        if out.len() < SUGGESTIONS_MAX && !out.iter().any(|(_, z)| *z == tz) {
            out.push((city, tz));
        }
    }
    out.into_iter()
        .map(|(city, tz)| format!("{city} ({})", tz.name()))
        .collect()
}

/// The number of letters to insert, remove or change to turn `a` into `b` (Levenshtein).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(v: &str) -> String {
        match resolve("z", v) {
            Ok(tz) => tz.name().to_string(),
            Err(e) => panic!("{v}: {e}"),
        }
    }

    #[test]
    fn every_alias_names_a_real_zone() {
        for (city, zone) in CITY_ALIASES {
            assert!(zone.parse::<Tz>().is_ok(), "{city}: {zone}");
        }
    }

    #[test]
    fn the_levenshtein_distance_counts_letters() {
        assert_eq!(distance("geneva", "geneva"), 0);
        assert_eq!(distance("genva", "geneva"), 1);
        assert_eq!(distance("geneve", "geneva"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn names_are_compared_without_case_accents_or_spaces() {
        assert_eq!(key("Genève"), "geneve");
        assert_eq!(key("New York"), key("new_york"));
        assert_eq!(strip_time_words("Geneva time"), "Geneva");
        assert_eq!(strip_time_words("Geneva Time Zone"), "Geneva");
        assert_eq!(strip_time_words("Overtime"), "Overtime");
        assert_eq!(name("europe/zurich"), "Europe/Zurich");
        assert_eq!(name("Bogotá"), "America/Bogota");
    }

    #[test]
    fn a_misspelt_city_gets_one_suggestion_per_zone_nearest_first() {
        assert_eq!(suggest("Genva"), vec!["Geneva (Europe/Zurich)"]);
        let paris = suggest("Pari");
        assert_eq!(
            paris.first().map(String::as_str),
            Some("Paris (Europe/Paris)")
        );
        assert!(suggest("Zzzzzzzzzzzz").is_empty());
        let many = suggest("San");
        assert!(
            many.len() <= SUGGESTIONS_MAX && !many.is_empty(),
            "{many:?}"
        );
    }
}

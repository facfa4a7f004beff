//! Field checks shared by every form. Messages are in plain words and name what to do; the
//! field name lets the UI show the message next to the input (the input itself is kept).

use crate::{Error, Result};
use chrono::{NaiveDate, NaiveTime};

/// Longest title of anything (engagement, milestone, submission, section).
pub const TITLE_MAX: usize = 200;
/// Longest free note.
pub const NOTES_MAX: usize = 20_000;
/// Longest short field (session, acronym, contact…).
pub const SHORT_MAX: usize = 300;

/// A required title: not blank, not longer than [`TITLE_MAX`] characters. Returns it trimmed.
pub fn title(field: &str, value: &str) -> Result<String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(Error::invalid_said(field, "error.title_empty", vec![]));
    }
    text(field, t, TITLE_MAX)?;
    Ok(t.to_string())
}

/// A required short text (e.g. a city's name), with its own message: `message`, a catalogue
/// key such as `required.city_name` ("The city's name cannot be empty." in each language; a
/// whole sentence per field, since "cannot be empty" agrees with its noun in many languages).
pub fn required(field: &str, value: &str, message: &'static str, max: usize) -> Result<String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(Error::invalid_said(field, message, vec![]));
    }
    text(field, t, max)?;
    Ok(t.to_string())
}

/// Any text: at most `max` characters, no NUL characters.
pub fn text(field: &str, value: &str, max: usize) -> Result<()> {
    let n = value.chars().count();
    if n > max {
        return Err(Error::invalid_said(
            field,
            "error.text_too_long",
            vec![("n", n.into()), ("max", max.into())],
        ));
    }
    if value.contains('\0') {
        return Err(Error::invalid_said(field, "error.text_nul", vec![]));
    }
    Ok(())
}

/// The years a date may fall in. The UN human rights mechanisms date from the 1970s, and
/// nothing a city plans lies centuries ahead; keeping dates in this range also keeps every
/// computation on them (reminders, estimates, calendar spans) far from the calendar's limits.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A date written `YYYY-MM-DD`, in the years [`YEARS`].
pub fn date(field: &str, value: &str) -> Result<NaiveDate> {
    // Worded by the catalogue: a mistyped date is the error an officer meets most.
    let invalid = || {
        Error::invalid_said(
            field,
            "error.invalid_date",
            vec![("value", value.trim().into())],
        )
    };
    let d = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| invalid())?;
    if !YEARS.contains(&chrono::Datelike::year(&d)) {
        return Err(Error::invalid_said(
            field,
            "error.date_out_of_range",
            vec![
                ("value", value.trim().into()),
                ("first", YEARS.start().to_string().into()),
                ("last", YEARS.end().to_string().into()),
            ],
        ));
    }
    Ok(d)
}

/// An optional last day (of a session, a multi-day milestone) written `YYYY-MM-DD`: empty is
/// none; one before `first` is refused, since an event cannot end before it starts.
pub fn last_day(field: &str, value: Option<&str>, first: NaiveDate) -> Result<Option<NaiveDate>> {
    let Some(text) = value.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let d = date(field, text)?;
    if d < first {
        return Err(Error::invalid_said(
            field,
            "error.last_before_first",
            vec![],
        ));
    }
    Ok(Some(d))
}

/// A time of day written `HH:MM` (24-hour clock).
pub fn time(field: &str, value: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M").map_err(|_| {
        Error::invalid_said(
            field,
            "error.invalid_time",
            vec![("value", value.trim().into())],
        )
    })
}

/// A time zone: an IANA name such as `Europe/Zurich`, or a city or a city's time ("Geneva",
/// "Geneva time"), resolved to its IANA zone (see [`crate::model::time_zone`]); an unknown name
/// gets a message suggesting the nearest ones.
pub fn time_zone(field: &str, value: &str) -> Result<chrono_tz::Tz> {
    crate::model::time_zone::resolve(field, value)
}

/// An optional e-mail address: empty, or something with one `@` and a dot after it.
pub fn email(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(String::new());
    }
    text(field, v, SHORT_MAX)?;
    let ok = match v.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.contains('@')
                && !v.contains(char::is_whitespace)
        }
        None => false,
    };
    if !ok {
        return Err(Error::invalid_said(
            field,
            "error.invalid_email",
            vec![("value", v.into())],
        ));
    }
    Ok(v.to_string())
}

/// A country code: three letters (ISO 3166-1 alpha-3, e.g. SVN), upper-cased.
pub fn iso3(field: &str, value: &str) -> Result<String> {
    let v = value.trim().to_ascii_uppercase();
    if v.len() != 3 || !v.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(Error::invalid_said(field, "error.invalid_iso3", vec![]));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_title_is_refused_in_plain_words() {
        let e = title("title", "   ").unwrap_err();
        assert_eq!(e.field(), Some("title"));
        assert!(e.to_string().contains("cannot be empty"));
    }

    #[test]
    fn overlong_text_says_how_long() {
        let e = title("title", &"x".repeat(201)).unwrap_err();
        assert!(e.to_string().contains("201 characters"));
    }

    #[test]
    fn dates_times_and_zones() {
        assert!(date("d", "2027-02-30").is_err());
        assert!(date("d", "8/4/2027").is_err());
        assert!(date("d", "+262142-12-31").is_err());
        assert!(date("d", "0999-01-01")
            .unwrap_err()
            .to_string()
            .contains("outside the years"));
        assert_eq!(date("d", " 2027-04-08 ").unwrap().to_string(), "2027-04-08");
        assert!(time("t", "24:00").is_err());
        assert!(time("t", "23:59").is_ok());
        assert!(time_zone("z", "Europe/Geneva").is_err());
        assert!(time_zone("z", "Europe/Zurich").is_ok());
    }

    #[test]
    fn emails_and_country_codes() {
        assert_eq!(email("e", "").unwrap(), "");
        assert!(email("e", "office@city.example").is_ok());
        assert!(email("e", "office at city").is_err());
        assert_eq!(iso3("c", "svn").unwrap(), "SVN");
        assert!(iso3("c", "SI").is_err());
    }
}

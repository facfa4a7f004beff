//! The city's departments: the list from which a recommendation's responsible department is
//! chosen, edited in Settings. Every statement on the `department` table is here.
//!
//! A department typed as free text joins the list, and a name already in the list in another
//! case ("housing department" for "Housing department") takes the list's spelling, so one
//! department is never split across spellings (the table's filter would show two). The
//! departments typed before the list existed started it (migration 007).

use crate::model::safe_text;
use crate::store::{now_text, optional, Store, TextColumn};
use crate::validate;
use crate::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// A department of the city's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Department {
    pub id: i64,
    pub name: String,
}

/// Longest department name.
pub const NAME_MAX: usize = validate::SHORT_MAX;
/// Most departments the list holds (a city has tens; the limit keeps a mistake small).
pub const DEPARTMENTS_MAX: usize = 2_000;

/// The list's names, which may be a person's (personal data takes a name off the list when
/// erasing that person). The list has no `updated_at`: `?3`, the time bound for every text
/// column, is only compared; `?2`, the text, is not needed to take the name off.
pub(crate) const NAMES: TextColumn = TextColumn {
    select: "SELECT id, name AS text FROM department",
    label: "personal_place.department_list",
    label_args: &[],
    update: "DELETE FROM department WHERE id = ?1 AND ?3 IS NOT NULL",
};

/// A department's name as stored: one line, trimmed, not too long. Empty stays empty (no
/// department).
pub(crate) fn clean_name(field: &str, name: &str) -> Result<String> {
    let name = safe_text::one_line(name);
    validate::text(field, &name, NAME_MAX)?;
    Ok(name)
}

/// The same name for people: the same letters whatever their case.
fn same(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn all(conn: &rusqlite::Connection) -> Result<Vec<Department>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name FROM department ORDER BY name COLLATE NOCASE, id")?;
    let rows = stmt.query_map([], |r| {
        Ok(Department {
            id: r.get("id")?,
            name: r.get("name")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The department of the list that `name` (already cleaned) names, in the list's spelling;
/// a name not in the list joins it. An empty name is no department and stays empty.
pub(crate) fn in_list(tx: &rusqlite::Connection, field: &str, name: &str) -> Result<String> {
    if name.is_empty() {
        return Ok(String::new());
    }
    let list = all(tx)?;
    if let Some(d) = list.iter().find(|d| same(&d.name, name)) {
        return Ok(d.name.clone());
    }
    if list.len() >= DEPARTMENTS_MAX {
        return Err(Error::invalid_said(
            field,
            "error.departments_full",
            vec![("max", DEPARTMENTS_MAX.into())],
        ));
    }
    tx.execute(
        "INSERT INTO department (name, created_at) VALUES (?1, ?2)",
        rusqlite::params![name, now_text()],
    )?;
    Ok(name.to_string())
}

/// A department renamed: its old and new names, and the department it was merged into when
/// the new name was already in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Renamed {
    pub old: String,
    pub new: String,
    pub merged_into: Option<i64>,
}

/// Renames a department of the list. A new name that another department of the list already
/// has (whatever its case) merges the two: this one goes, the other stays.
pub(crate) fn rename_in(tx: &rusqlite::Connection, id: i64, name: &str) -> Result<Renamed> {
    let name = clean_name("name", name)?;
    if name.is_empty() {
        return Err(Error::invalid_said(
            "name",
            "error.department_name_empty",
            vec![],
        ));
    }
    let old = name_of(tx, id)?;
    let other = all(tx)?
        .into_iter()
        .find(|d| d.id != id && same(&d.name, &name));
    match other {
        Some(other) => {
            tx.execute("DELETE FROM department WHERE id = ?1", [id])?;
            Ok(Renamed {
                old,
                new: other.name,
                merged_into: Some(other.id),
            })
        }
        None => {
            tx.execute(
                "UPDATE department SET name = ?2 WHERE id = ?1",
                rusqlite::params![id, name],
            )?;
            Ok(Renamed {
                old,
                new: name,
                merged_into: None,
            })
        }
    }
}

/// Takes a department off the list; returns its name.
pub(crate) fn remove_in(tx: &rusqlite::Connection, id: i64) -> Result<String> {
    let name = name_of(tx, id)?;
    tx.execute("DELETE FROM department WHERE id = ?1", [id])?;
    Ok(name)
}

fn name_of(conn: &rusqlite::Connection, id: i64) -> Result<String> {
    optional(
        conn.query_row("SELECT name FROM department WHERE id = ?1", [id], |r| {
            r.get("name")
        }),
    )?
    .ok_or(Error::NotFound {
        what: "Department",
        id,
    })
}

impl Store {
    /// The city's departments, by name.
    pub fn departments(&self) -> Result<Vec<Department>> {
        all(&self.conn)
    }

    /// Adds a department to the list. A name already there (whatever its case) is not added
    /// twice: the department already in the list is returned.
    pub fn add_department(&mut self, name: &str) -> Result<Department> {
        let name = clean_name("name", name)?;
        if name.is_empty() {
            return Err(Error::invalid_said("name", "error.type_department", vec![]));
        }
        let stored = self.write(|tx| in_list(tx, "name", &name))?;
        self.departments()?
            .into_iter()
            .find(|d| d.name == stored)
            .ok_or_else(|| {
                Error::Internal("The department was not saved; please try again.".into())
            })
    }
}

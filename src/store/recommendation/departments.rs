//! The city's list of departments as Settings shows it: each department with how many
//! recommendations name it; renaming one renames it on those recommendations too (a name
//! another department already has merges the two), and a department still named by a
//! recommendation cannot be taken off the list. The `department` table itself is
//! [`crate::store::department`]'s.

use super::follow_up::{department_counts, rename_department_in};
use crate::store::{department, Store};
use crate::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// A department of the city's list and how many recommendations (not in the bin) name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DepartmentUse {
    pub id: i64,
    pub name: String,
    pub recommendations: usize,
}

/// What renaming a department did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DepartmentRenamed {
    /// The name it had.
    pub old: String,
    /// The name it has now (the other department's, when the two were merged).
    pub new: String,
    /// The new name was another department's: the two are one now.
    pub merged: bool,
    /// Recommendations whose department changed.
    pub recommendations: usize,
}

impl Store {
    /// The city's departments, by name, with how many recommendations name each.
    pub fn department_list(&self) -> Result<Vec<DepartmentUse>> {
        let counts = department_counts(&self.conn)?;
        Ok(self
            .departments()?
            .into_iter()
            .map(|d| {
                let lower = d.name.to_lowercase();
                let recommendations = counts
                    .iter()
                    .filter(|(name, _)| name.to_lowercase() == lower)
                    .map(|(_, n)| n)
                    .sum();
                DepartmentUse {
                    id: d.id,
                    name: d.name,
                    recommendations,
                }
            })
            .collect())
    }

    /// Renames a department of the list, and the recommendations that name it, in one
    /// transaction. A name another department of the list has (whatever its case) merges the
    /// two into that one.
    pub fn rename_department(&mut self, id: i64, name: &str) -> Result<DepartmentRenamed> {
        self.write(|tx| {
            let renamed = department::rename_in(tx, id, name)?;
            let recommendations = rename_department_in(tx, &renamed.old, &renamed.new)?;
            Ok(DepartmentRenamed {
                old: renamed.old,
                new: renamed.new,
                merged: renamed.merged_into.is_some(),
                recommendations,
            })
        })
    }

    /// Takes a department off the list. One that recommendations still name is refused, with
    /// how many: give them another department first, or rename it.
    pub fn remove_department(&mut self, id: i64) -> Result<()> {
        let list = self.department_list()?;
        let Some(d) = list.iter().find(|d| d.id == id) else {
            return Err(Error::NotFound {
                what: "Department",
                id,
            });
        };
        if d.recommendations > 0 {
            return Err(Error::said(
                "refused",
                "error.department_in_use",
                vec![
                    ("n", d.recommendations.into()),
                    ("name", d.name.clone().into()),
                ],
            ));
        }
        self.write(|tx| department::remove_in(tx, id).map(|_| ()))
    }
}

//! The `mechanism` table: the shipped reference mechanisms written into every database at
//! opening, and read back.

use crate::model::language::Said;
use crate::model::mechanism::{reference_mechanisms, Mechanism, MechanismKind};
use crate::rules::Rule;
use crate::store::Store;
use crate::{Error, Result};
use rusqlite::OptionalExtension;

/// Whether the database already holds the shipped reference data (nothing to write).
pub(crate) fn reference_data_current(store: &Store) -> bool {
    match reference_mechanisms() {
        Ok(shipped) => store.mechanisms().map(|m| m == shipped).unwrap_or(false),
        Err(_) => false,
    }
}

/// Writes the reference mechanisms into the database (insert or update; never deletes, since
/// engagements refer to them).
pub(crate) fn sync_reference_data(store: &mut Store) -> Result<()> {
    let shipped = reference_mechanisms()?;
    // Nothing to write when the database already holds this reference data: opening a
    // database to read it (the CLI while the app runs) then writes nothing at all.
    if reference_data_current(store) {
        return Ok(());
    }
    store.write(|tx| {
        let mut stmt = tx.prepare(
            "INSERT INTO mechanism (code, kind, acronym, name, body, treaty, symbol_prefix, colour, rule_json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, acronym = excluded.acronym,
               name = excluded.name, body = excluded.body, treaty = excluded.treaty,
               symbol_prefix = excluded.symbol_prefix, colour = excluded.colour,
               rule_json = excluded.rule_json",
        )?;
        for m in shipped {
            let rule = serde_json::to_string(&m.rule)
                .map_err(|e| Error::Internal(format!("Reference rule of {}: {e}", m.code)))?;
            stmt.execute(rusqlite::params![
                m.code,
                m.kind.as_str(),
                m.acronym,
                m.name,
                m.body,
                m.treaty,
                m.symbol_prefix,
                m.colour,
                rule
            ])?;
        }
        Ok(())
    })
}

impl Store {
    /// All mechanisms: the UPR first, then treaty bodies in reference order, then SP.
    pub fn mechanisms(&self) -> Result<Vec<Mechanism>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, kind, acronym, name, body, treaty, symbol_prefix, colour, rule_json
             FROM mechanism ORDER BY CASE kind WHEN 'upr' THEN 0 WHEN 'treaty_body' THEN 1 ELSE 2 END, rowid",
        )?;
        let rows = stmt.query_map([], row_to_mechanism)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    /// One mechanism by code, or a validation error naming the field `mechanism`. Reads that
    /// one row: a submission's detail asks for its mechanism several times, and reading them
    /// all (each with its rules' JSON to parse) was over a quarter of reading that detail.
    pub fn mechanism(&self, code: &str) -> Result<Mechanism> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, kind, acronym, name, body, treaty, symbol_prefix, colour, rule_json
             FROM mechanism WHERE code = ?1",
        )?;
        let found = stmt
            .query_row([code], row_to_mechanism)
            .optional()?
            .transpose()?;
        found.ok_or_else(|| {
            Error::invalid_said(
                "mechanism",
                "error.unknown_mechanism",
                vec![("code", code.into())],
            )
        })
    }
}

fn row_to_mechanism(r: &rusqlite::Row) -> rusqlite::Result<Result<Mechanism>> {
    let kind: String = r.get("kind")?;
    let rule_json: String = r.get("rule_json")?;
    let code: String = r.get("code")?;
    let parsed = (|| {
        let kind = MechanismKind::parse(&kind).ok_or_else(|| {
            Error::said(
                "damaged",
                "error.mechanism_kind_unknown",
                vec![("kind", kind.clone().into())],
            )
        })?;
        let rule: Rule = serde_json::from_str(&rule_json).map_err(|e| {
            Error::said(
                "damaged",
                "error.mechanism_rule_damaged",
                vec![
                    ("code", code.clone().into()),
                    ("what", Said::as_given(e.to_string()).into()),
                ],
            )
        })?;
        Ok((kind, rule))
    })();
    Ok(match parsed {
        Ok((kind, rule)) => Ok(Mechanism {
            code,
            kind,
            acronym: r.get("acronym")?,
            name: r.get("name")?,
            body: r.get("body")?,
            treaty: r.get("treaty")?,
            symbol_prefix: r.get("symbol_prefix")?,
            colour: r.get("colour")?,
            rule,
        }),
        Err(e) => Err(e),
    })
}

//! Hostile and unlucky files, built small inside each test, and what they must never do: grow
//! without bound in memory or on disk, leave a database that cannot be opened, listed or
//! exported, or replace a database without a byte copy of what was there (issue #12).
//!
//! One test binary, one module per family of files, each owned by the module of the core it
//! exercises.

#[path = "hostile/content.rs"]
mod content;

#[path = "hostile/backups.rs"]
mod backups;

#[path = "hostile/workspace.rs"]
mod workspace;

#[path = "hostile/search.rs"]
mod search;

#[path = "hostile/xlsx.rs"]
mod xlsx;

#[path = "hostile/contribution.rs"]
mod contribution;

//! Exports: files the city takes out of CityRights into other programs. Each format is a
//! module of its own; writing the file is shared, so every export fails the same plain way.

pub mod chart;
pub mod csv;
pub mod docx;
pub mod ics;
pub mod matrix;
pub mod pdf;
pub mod xlsx;

pub use crate::files::write_file;

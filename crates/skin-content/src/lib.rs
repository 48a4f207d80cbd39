//! Reads and validates the skin quiz's content files, `crates/skin-rules/content/*.toml` (the format is described in
//! `crates/skin-rules/CONTENT.md`).
//!
//! **Invariant: a [`Content`] is always valid.** Only [`load`] makes one, and only when every check passed: every id
//! is well formed and unique, every reference (question, choice, axis, step, article, tag) resolves to an index, every
//! text has both languages with the same placeholders, every tip can be reached, exactly one caution is the
//! disclaimer, and every tip a caution `excludes` avoids that caution's conditions. So its users never re-check:
//! `skin-rules`' build script generates static Rust from it, and `skin-quiz lint` reports what [`load`] reports, the
//! same checks as the build.
//!
//! The crate has three layers, each depending only on the one before: `raw` (serde types mirroring the TOML),
//! `check` (validation) and [`model`] (the validated content). Every problem is reported as `file: entry: problem`,
//! and all of them are collected rather than stopping at the first.

mod check;
pub mod model;
mod raw;

pub use model::*;
pub use raw::FILES;
use std::path::Path;

/// Reads and validates the content files in `dir`. Problems name files as `shown/<file>`, so the build can report
/// `crates/skin-rules/content/tips.toml` whatever its working directory.
pub fn load(dir: &Path, shown: &str) -> Result<Content, Vec<String>> {
    load_with(shown, |file| std::fs::read_to_string(dir.join(file)))
}

/// [`load`], reading each file with `read` (file name → text); what the fuzz target feeds damaged content through.
pub fn load_with(
    shown: &str,
    read: impl Fn(&str) -> std::io::Result<String>,
) -> Result<Content, Vec<String>> {
    check::check(raw::Files::parse(shown, read)?, shown)
}

//! What the checks' tests share: the real content, edited in memory, and the problems it then has.

/// The real content, which every test edits a copy of.
pub(super) const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../skin-rules/content");

/// The problems of the real content with `file` rewritten by `edit` (files are shown as `content/<file>`).
pub(super) fn edited(file: &str, edit: impl Fn(String) -> String) -> Vec<String> {
    crate::load_with("content", |name| {
        let text = std::fs::read_to_string(format!("{DIR}/{name}"))?;
        Ok(if name == file { edit(text) } else { text })
    })
    .err()
    .unwrap_or_default()
}

/// The problems of the real content with `extra` appended to `file`.
pub(super) fn problems(file: &str, extra: &str) -> Vec<String> {
    edited(file, |text| format!("{text}\n{extra}\n"))
}

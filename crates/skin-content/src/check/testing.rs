//! What the checks' tests share: the real content, edited in memory, and the problems it then has.

use crate::model::Lang;

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

/// A text as content writes it (`{ en = "…", ko = "…" }`), with an entry for every language of `Lang::ALL`: the
/// English stands in for every language but Korean, so that adding a language edits no test.
pub(super) fn text(en: &str, ko: &str) -> String {
    per_language(&format!("{en:?}"), &format!("{ko:?}"))
}

/// Like [`text`], with the values written as TOML (a list of names, say).
pub(super) fn per_language(en: &str, ko: &str) -> String {
    let entries = Lang::ALL.map(|lang| {
        format!(
            "{} = {}",
            lang.tag(),
            if lang == Lang::Ko { ko } else { en }
        )
    });
    format!("{{ {} }}", entries.join(", "))
}

/// A trigger any tip may have: an answer that no tag rules out.
pub(super) const TRIGGER: &str = "triggers = [{ if = \"stress.tense\", weight = 1 }]";

/// The safety properties of a tip that does nothing to the face.
pub(super) const CALM: &str =
    "safety = { touch = \"none\", heat = false, friction = false, new_product = false, \
     home_made = false, active = \"none\", occlusive = false, minutes = 1 }";

/// A tip for `tips.toml` that passes every check once `rest` gives it a trigger ([`TRIGGER`]); its safety properties
/// are [`CALM`] unless `rest` declares them.
pub(super) fn tip(id: &str, rest: &str) -> String {
    let safety = if rest.contains("safety") { "" } else { CALM };
    format!(
        "[[tip]]\nid = \"{id}\"\nsource = \"glass-skin\"\ntitle = {}\nbody = {}\n{safety}\n{rest}\n",
        text("T", "제목"),
        text("B.", "본문.")
    )
}

//! `skin-quiz changes`: what a reader who checks in reads under "What changed", the same words the widget shows
//! (`Changes::report`).

use serde_json::{json, Value};
use skin_rules::progress::Changes;
use skin_rules::strings::progress;
use skin_rules::Lang;
use std::fmt::Write;

pub fn text(changes: &Changes, lang: Lang) -> String {
    let mut out = String::new();
    writeln!(out, "{}", progress::CHANGED_NOTE.get(lang)).unwrap();
    if changes.is_empty() {
        writeln!(out, "\n(the same answers: nothing changed)").unwrap();
    }
    for part in changes.report(lang) {
        let mark = if part.urgent {
            " (first, set apart)"
        } else {
            ""
        };
        writeln!(out, "\n{}{mark}", part.heading).unwrap();
        for line in &part.lines {
            writeln!(out, "- {line}").unwrap();
        }
    }
    out
}

pub fn json(changes: &Changes, lang: Lang) -> Value {
    let parts: Vec<Value> = changes
        .report(lang)
        .into_iter()
        .map(|part| json!({ "heading": part.heading, "urgent": part.urgent, "lines": part.lines }))
        .collect();
    json!({ "note": progress::CHANGED_NOTE.get(lang), "parts": parts })
}

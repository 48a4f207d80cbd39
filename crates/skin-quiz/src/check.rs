//! `skin-quiz check`: a product's ingredient list read against an answer set, as the widget's checker reads it.

use serde_json::{json, Value};
use skin_rules::ingredients::{families, text, Check};
use skin_rules::Lang;
use std::fmt::Write;

/// The contract: `{"ingredients": [{"text", "name", "families"}], "flags": [{"ingredient", "level", "why"}],
/// "unrecognised": [text]}`.
pub fn json(check: &Check, lang: Lang) -> Value {
    let ingredients: Vec<Value> = check
        .ingredients
        .iter()
        .map(|read| {
            let families: Vec<&str> = read
                .known
                .map(|entry| entry.families.iter().map(|&f| families()[f].id).collect())
                .unwrap_or_default();
            json!({
                "text": read.text,
                "name": read.known.map(|entry| entry.inci),
                "families": families,
            })
        })
        .collect();
    let flags: Vec<Value> = check
        .flags
        .iter()
        .map(|flag| {
            json!({
                "ingredient": check.ingredients[flag.ingredient].text,
                "level": flag.level.id(),
                "why": check.why(flag, lang),
            })
        })
        .collect();
    let unrecognised: Vec<&str> = check.unrecognised().collect();
    json!({ "ingredients": ingredients, "flags": flags, "unrecognised": unrecognised })
}

/// The readable report: the verdict first, then the flags with their reasons, where it fits, the ingredients read
/// and those not known.
pub fn text(check: &Check, lang: Lang) -> String {
    let mut out = String::new();
    writeln!(out, "{}", check.verdict(lang)).unwrap();
    for (flag, why) in check.flags.iter().zip(check.reasons(lang)) {
        let read = &check.ingredients[flag.ingredient];
        let name = read
            .known
            .map_or(read.text.as_str(), |entry| entry.name(lang));
        writeln!(out, "  {} {name}: {why}", flag.level.id().to_uppercase(),).unwrap();
    }
    if let Some(fits) = check.fits(lang) {
        writeln!(out, "{fits}").unwrap();
    }
    let known: Vec<String> = check
        .ingredients
        .iter()
        .filter_map(|read| {
            let entry = read.known?;
            let families: Vec<&str> = entry.families.iter().map(|&f| families()[f].id).collect();
            Some(if read.small_amount {
                skin_rules::fill(
                    check.text(text::SMALL_AMOUNT, lang),
                    &[("name", entry.name(lang))],
                )
            } else if families.is_empty() {
                entry.name(lang).to_owned()
            } else {
                format!("{} [{}]", entry.name(lang), families.join(", "))
            })
        })
        .collect();
    if !known.is_empty() {
        writeln!(out, "\n{}", known.join(", ")).unwrap();
    }
    let unknown: Vec<&str> = check.unrecognised().collect();
    if !unknown.is_empty() {
        let names = unknown.join(", ");
        writeln!(
            out,
            "{}",
            skin_rules::fill(check.text(text::NOT_KNOWN, lang), &[("names", &names)])
        )
        .unwrap();
    }
    out
}

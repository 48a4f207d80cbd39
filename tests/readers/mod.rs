//! The readers of the old-data fixtures (`tests/fixtures/v0.1.0/`, `tests/fixtures/next-release/`), by question and
//! choice id: used by `upgrade.rs` and `next_release.rs` (e2e/upgrade.mjs gives the same answers in a browser).

// Each test file uses a part of it.
#![allow(dead_code)]

use skin_rules::{question_index, Answers};

/// The fixtures' reader: her first result.
pub const FIRST: &[(&str, &str)] = &[
    ("skin_feel", "tight"),
    ("sensitivity", "reactive"),
    ("conditions", "eczema"),
    ("conditions", "retinoid"),
    ("breakouts", "occasional"),
    ("concerns", "dryness"),
    ("concerns", "redness"),
    ("makeup", "light"),
    ("routine_time", "moderate"),
    ("water", "low"),
    ("days", "dry_indoor"),
    ("travel", "often"),
    ("stress", "tense"),
    ("allergies", "fragrance"),
    ("health", "none"),
];

/// A friend's result, shared from a Korean page (no answer to the optional `days`).
pub const FRIEND: &[(&str, &str)] = &[
    ("skin_feel", "shiny_tzone"),
    ("sensitivity", "resilient"),
    ("conditions", "none"),
    ("breakouts", "frequent"),
    ("concerns", "pores"),
    ("makeup", "none"),
    ("routine_time", "quick"),
    ("water", "plenty"),
    ("travel", "rarely"),
    ("stress", "calm"),
    ("allergies", "none"),
    ("health", "under_16"),
];

/// [`FIRST`] with her answer to each question in `changes` replaced by the choice given there.
pub fn first_with<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    FIRST
        .iter()
        .map(|&(question, choice)| {
            let new = changes.iter().find(|(q, _)| *q == question);
            new.map_or((question, choice), |&(_, new)| (question, new))
        })
        .collect()
}

pub fn answers(picks: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (question, choice) in picks {
        answers.pick_by_id(question, choice).expect("a valid pick");
    }
    answers
}

pub fn q(id: &str) -> usize {
    question_index(id).unwrap_or_else(|| panic!("no question {id}"))
}

/// The value `name` of a fixture file's text `file` (`name = "value"` lines).
pub fn value(file: &str, name: &str) -> String {
    let line = file
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(" = "))
        .unwrap_or_else(|| panic!("no fixture {name}"));
    line.trim_matches('"').to_owned()
}

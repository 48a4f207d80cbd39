//! Fuzzing the content loader with proptest: content files damaged line by line and character by character (and
//! now and then unreadable) must never panic the loader. Every refusal names the file it is about
//! (`shown/<file>: ...`), and whatever it accepts keeps the crate's invariant: every reference resolves and every
//! id is unique. The damage is done to `tests/small/`, a valid content set with every kind of entry but only a few
//! of each: the loader's code paths are the same as for the real content, at a hundredth of the parsing time, so a
//! million cases take minutes (the real content, 68 KB, takes about 5 ms a load).
//!
//! `cargo test` runs a fixed-seed 20,000 cases; `cargo xtask fuzz` runs 1,000,000 with a fresh seed, as for every
//! target (`skin_analysis_fuzzkit::config`).

use std::collections::HashSet;
use std::path::Path;

use proptest::prelude::*;
use skin_content::{load_with, Condition, Content, FILES};

const SHOWN: &str = "crates/skin-rules/content";

/// The content files in `dir` (relative to this crate), file by file.
fn files(dir: &str) -> Vec<(&'static str, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).expect("a content file");
            (*name, text)
        })
        .collect()
}

/// One damage done to a file: to whole lines (what an editor's slip does to TOML) or to one character.
#[derive(Clone, Debug)]
enum Damage {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    /// Puts a fragment that matters to TOML or to the content's references inside a line.
    Insert(usize, usize, &'static str),
    DeleteChar(usize),
    Truncate(usize),
}

const FRAGMENTS: [&str; 16] = [
    "\"",
    "=",
    "[",
    "]",
    "[[tips]]",
    "\n",
    ",",
    "{",
    "}",
    "#",
    "id = \"dup\"",
    "en = \"\"",
    "999",
    "-1",
    "{n}",
    "\u{0}",
];

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::DeleteLine),
        any::<usize>().prop_map(Damage::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Damage::SwapLines(a, b)),
        (
            any::<usize>(),
            any::<usize>(),
            prop::sample::select(FRAGMENTS.to_vec())
        )
            .prop_map(|(line, at, text)| Damage::Insert(line, at, text)),
        any::<usize>().prop_map(Damage::DeleteChar),
        any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn apply(text: &str, damage: &Damage) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len().max(1);
    match *damage {
        Damage::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(i % n);
        }
        Damage::DuplicateLine(i) if !lines.is_empty() => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Damage::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
        Damage::Insert(i, at, fragment) if !lines.is_empty() => {
            let line = &mut lines[i % n];
            let boundaries: Vec<usize> = line
                .char_indices()
                .map(|(b, _)| b)
                .chain([line.len()])
                .collect();
            line.insert_str(boundaries[at % boundaries.len()], fragment);
        }
        Damage::DeleteChar(i) => {
            let mut chars: Vec<char> = text.chars().collect();
            if !chars.is_empty() {
                let at = i % chars.len();
                chars.remove(at);
            }
            return chars.into_iter().collect();
        }
        Damage::Truncate(i) => return text.chars().take(i % (text.len() + 1)).collect(),
        _ => {}
    }
    lines.join("\n")
}

/// Every reference in range and every id unique: what "a Content is always valid" promises its users.
fn assert_valid(content: &Content) -> Result<(), TestCaseError> {
    let question =
        |q: usize, c: usize| q < content.questions.len() && c < content.questions[q].choices.len();
    let conditions_ok = |conditions: &[Condition]| {
        conditions.iter().all(|condition| match *condition {
            Condition::Picked {
                question: q,
                choice: c,
            } => question(q, c),
            Condition::AxisAtLeast { min: score, .. } => score <= 100,
        })
    };
    let unique = |ids: Vec<&str>| ids.iter().collect::<HashSet<_>>().len() == ids.len();
    prop_assert!(unique(
        content.questions.iter().map(|q| q.id.as_str()).collect()
    ));
    prop_assert!(unique(content.tips.iter().map(|t| t.id.as_str()).collect()));
    prop_assert!(unique(
        content.cautions.iter().map(|c| c.id.as_str()).collect()
    ));
    prop_assert!(content
        .questions
        .iter()
        .all(|q| q.step < content.steps.len() && !q.choices.is_empty()));
    for tip in &content.tips {
        prop_assert!(tip.source < content.articles.len(), "tip {}", tip.id);
        prop_assert!(conditions_ok(&tip.avoid_if), "tip {}", tip.id);
        prop_assert!(conditions_ok(
            &tip.triggers.iter().map(|t| t.condition).collect::<Vec<_>>()
        ));
    }
    prop_assert!(content.cautions.iter().all(|c| conditions_ok(&c.when)));
    let ingredients = &content.ingredients;
    let family = |f: &usize| *f < ingredients.families.len();
    prop_assert!(ingredients
        .entries
        .iter()
        .all(|e| e.families.iter().all(family)));
    prop_assert!(ingredients
        .clashes
        .iter()
        .all(|c| c.families.iter().all(family)));
    prop_assert!(ingredients.families.iter().all(|f| conditions_ok(&f.avoid)));
    let keys: Vec<&str> = ingredients
        .entries
        .iter()
        .flat_map(|e| e.keys.iter().map(String::as_str))
        .collect();
    prop_assert!(unique(keys) && ingredients.entries.iter().all(|e| !e.keys.is_empty()));
    prop_assert!(content
        .cautions
        .get(content.disclaimer)
        .is_some_and(|c| c.when.is_empty()));
    Ok(())
}

/// The loader's answer for `files`, `unreadable` (an index) refused as the file system would.
fn load(files: &[(&str, String)], unreadable: Option<usize>) -> Result<Content, Vec<String>> {
    let read = |name: &str| match files.iter().position(|(n, _)| *n == name) {
        Some(index) if Some(index) == unreadable => Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "refused",
        )),
        Some(index) => Ok(files[index].1.clone()),
        None => Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no such file",
        )),
    };
    load_with(SHOWN, read)
}

#[test]
fn both_undamaged_content_sets_load_and_are_valid() {
    for dir in ["../skin-rules/content", "tests/small"] {
        let content =
            load(&files(dir), None).unwrap_or_else(|problems| panic!("{dir}: {problems:#?}"));
        assert_valid(&content).expect("valid");
    }
}

proptest! {
    #![proptest_config(skin_analysis_fuzzkit::config())]

    /// The content loader on damaged content files.
    #[test]
    fn content_files(
        file in 0..FILES.len(),
        damages in prop::collection::vec(damage(), 1..4),
        unreadable in prop::option::weighted(0.02, 0..FILES.len()),
    ) {
        thread_local! {
            static SMALL: Vec<(&'static str, String)> = files("tests/small");
        }
        let damaged = SMALL.with(|small| {
            let mut damaged = small.clone();
            damaged[file].1 = damages.iter().fold(damaged[file].1.clone(), |text, d| apply(&text, d));
            damaged
        });
        match load(&damaged, unreadable) {
            Ok(content) => assert_valid(&content)?,
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for problem in &problems {
                    let named = FILES.iter().any(|f| problem.starts_with(&format!("{SHOWN}/{f}: ")));
                    prop_assert!(named, "a problem names its file: {}", problem);
                }
            }
        }
    }
}

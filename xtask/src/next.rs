//! The tests' next release: the content as a later release might change it, one question added and one choice
//! retired, so the next real change is already proven. [`content`] writes it (a copy of `crates/skin-rules/content`
//! with `tests/fixtures/next-release/added.toml` appended to `questions.toml` and [`RETIRED`] removed and listed in
//! `retired.toml`); [`test`] compiles it in (`SKIN_RULES_CONTENT`, see crates/skin-rules/build.rs) and runs
//! `tests/next_release.rs` natively and in headless Chromium. Only skin-rules and the widget are rebuilt (twice:
//! the next build with the real content rebuilds them again), never their dependencies.

use std::path::{Path, PathBuf};

use crate::dist::{copy_dir, recreate_dir};
use crate::run::{command, passed_tests, root, target_dir, tee, Result};
use crate::tools::find_program;

/// The choice the next release retires: its question, and the choice's id.
pub const RETIRED: (&str, &str) = ("water", "some");

/// Writes the next release's content into `target/next-content` and returns that folder.
pub fn content() -> Result<PathBuf> {
    let dir = target_dir().join("next-content");
    recreate_dir(&dir)?;
    copy_dir(&root().join("crates/skin-rules/content"), &dir)?;
    let added = read(&root().join("tests/fixtures/next-release/added.toml"))?;
    let questions = read(&dir.join("questions.toml"))?;
    write(
        &dir.join("questions.toml"),
        &(without_choice(&questions, RETIRED)? + "\n" + &added),
    )?;
    let (question, choice) = RETIRED;
    let retired = read(&dir.join("retired.toml"))?;
    let listed = retired.replacen(
        "\nretired = [",
        &format!("\nretired = [\"{question}.{choice}\", "),
        1,
    );
    if listed == retired {
        return Err("retired.toml has no `retired = [` line to add to".into());
    }
    write(&dir.join("retired.toml"), &listed.replace(", ]", "]"))?;
    Ok(dir)
}

/// `questions.toml` without the `[[question.choice]]` entry `choice` of the question `question`.
fn without_choice(questions: &str, (question, choice): (&str, &str)) -> Result<String> {
    let missing = || format!("questions.toml has no choice `{question}.{choice}` to retire");
    let start = questions
        .find(&format!("\nid = \"{question}\"\n"))
        .ok_or_else(missing)?;
    let entry = format!("[[question.choice]]\nid = \"{choice}\"\n");
    let from = start + questions[start..].find(&entry).ok_or_else(missing)?;
    let to = from
        + entry.len()
        + questions[from + entry.len()..]
            .find("[[")
            .ok_or_else(missing)?;
    if questions[start..from].contains("[[question]]") {
        return Err(missing());
    }
    Ok(format!("{}{}", &questions[..from], &questions[to..]))
}

/// Runs `tests/next_release.rs` on the next release's content, natively and in headless Chromium; returns how many
/// tests passed.
pub fn test() -> Result<usize> {
    let content = content()?;
    let chromedriver = find_program("chromedriver")
        .ok_or("chromedriver is not on PATH (Debian package `chromium-driver`)")?;
    let mut passed = 0;
    for target in [None, Some("wasm32-unknown-unknown")] {
        let mut test = command(
            "cargo",
            &[
                "test",
                "-p",
                "skin-analysis",
                "--features",
                "next-release",
                "--test",
                "next_release",
            ],
        );
        if let Some(target) = target {
            test.args(["--target", target])
                .env("CHROMEDRIVER", &chromedriver);
        }
        test.env("SKIN_RULES_CONTENT", &content);
        passed += passed_tests(&tee(test)?);
    }
    if passed == 0 {
        return Err("no test of the next release ran".into());
    }
    Ok(passed)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|err| format!("reading {}: {err}", path.display()))
}

fn write(path: &Path, text: &str) -> Result {
    std::fs::write(path, text).map_err(|err| format!("writing {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::without_choice;

    const QUESTIONS: &str = "[[question]]\nid = \"water\"\n\n[[question.choice]]\nid = \"low\"\n\n\
                             [[question.choice]]\nid = \"some\"\nlabel = 1\n\n[[question]]\nid = \"days\"\n\n\
                             [[question.choice]]\nid = \"some\"\n";

    #[test]
    fn removes_only_that_questions_choice() {
        assert_eq!(
            without_choice(&format!("\n{QUESTIONS}"), ("water", "some")).unwrap(),
            "\n[[question]]\nid = \"water\"\n\n[[question.choice]]\nid = \"low\"\n\n[[question]]\nid = \"days\"\n\n\
             [[question.choice]]\nid = \"some\"\n"
        );
        assert!(without_choice(&format!("\n{QUESTIONS}"), ("water", "plenty")).is_err());
        assert!(without_choice(&format!("\n{QUESTIONS}"), ("days", "low")).is_err());
    }
}

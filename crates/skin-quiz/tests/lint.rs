//! `skin-quiz lint` on scratch copies of the real content: a clean copy passes with exit status 0; a broken one reports
//! every problem as `file: entry: problem`, all of them at once, with exit status 1. The rules themselves are tested in
//! memory where they live, in `skin-content`'s check modules.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch copy of `crates/skin-rules/content`, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("skin-quiz-lint-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../skin-rules/content");
        for entry in std::fs::read_dir(content).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
        Scratch(dir)
    }

    fn append(&self, file: &str, text: &str) {
        let path = self.0.join(file);
        let old = std::fs::read_to_string(&path).unwrap();
        std::fs::write(path, format!("{old}\n{text}\n")).unwrap();
    }

    /// The entry of `file` whose id is `id`: from its `[[table]]` line to the blank line after it.
    fn entry(&self, file: &str, id: &str) -> String {
        let text = std::fs::read_to_string(self.0.join(file)).unwrap();
        let at = text.find(&format!("\nid = \"{id}\"\n")).unwrap();
        let start = text[..at].rfind("[[").unwrap();
        let end = text[at..].find("\n\n").map_or(text.len(), |end| at + end);
        text[start..end].to_owned()
    }

    /// Runs the lint; returns its exit code and the lines it printed to stderr.
    fn lint(&self) -> (i32, Vec<String>) {
        let output = Command::new(env!("CARGO_BIN_EXE_skin-quiz"))
            .arg("lint")
            .arg("--content")
            .arg(&self.0)
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        (
            output.status.code().unwrap(),
            stderr.lines().map(str::to_owned).collect(),
        )
    }

    fn file(&self, name: &str) -> String {
        format!("{}/{name}", self.0.display())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_real_content_passes() {
    let (code, problems) = Scratch::new("clean").lint();
    assert_eq!(code, 0, "{problems:?}");
}

#[test]
fn every_problem_is_reported_with_file_entry_and_problem() {
    let scratch = Scratch::new("broken");
    // Entries copied from the real content, so that their texts are in every language whatever the list.
    scratch.append("tips.toml", &scratch.entry("tips.toml", "steam_session"));
    let sunscreen = scratch.entry("staples.toml", "am_sunscreen");
    scratch.append(
        "staples.toml",
        &sunscreen
            .replace("id = \"am_sunscreen\"", "id = \"pm_sunscreen\"")
            .replace("time = \"am\"", "time = \"pm\""),
    );
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    assert_eq!(
        problems,
        [
            format!(
                "{}: tip `steam_session`: duplicate tip id",
                scratch.file("tips.toml")
            ),
            format!(
                "{}: staple `pm_sunscreen`: sunscreen belongs in the morning only (time = \"am\")",
                scratch.file("staples.toml")
            ),
            "2 problem(s) found".to_owned(),
        ]
    );
}

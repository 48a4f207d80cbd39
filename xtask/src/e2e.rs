//! The end-to-end stage of `cargo xtask test`: real journeys in headless Chromium against the release.
//!
//! Unpacks the release archive (`dist/release/skin-analysis-<version>.tar.gz`, with the system's `tar`) and builds
//! the example Hugo site from it alone, as a theme and as a Hugo Module, once with Debian's Hugo and once with the
//! current one (see hugo.rs), on a PATH without cargo; then runs `node --test e2e/` (playwright-core driving
//! Debian's `/usr/bin/chromium`, axe-core for accessibility; nothing is downloaded), on the same PATH, against the
//! standalone app (`dist/app`), plain host pages using `dist/embed` (`e2e/pages`), plain pages made from the
//! archive's snippets and files (`SKIN_ANALYSIS_RELEASE`: e2e/release.test.mjs, which also deploys a second version
//! over them) and each build of the Hugo site (`HUGO_SITES`: e2e/hugo.test.mjs runs its journeys on every directory
//! listed). Expects `dist::build()` and `release::package` to have run.

use std::path::Path;

use crate::hugo;
use crate::run::{command, root, status, target_dir, tee, Result};
use crate::tools::find_program;

/// Runs the suite on the release `archive` (a `.tar.gz`); returns how many journeys passed. Any failing journey fails
/// the stage.
pub fn run(archive: &Path) -> Result<usize> {
    let chromium =
        find_program("chromium").ok_or("chromium is not on PATH (Debian package `chromium`)")?;
    if !root().join("dist/embed/skin-analysis.js").is_file() {
        return Err("dist/embed is missing: run `cargo xtask dist` first".into());
    }
    let unpacked = target_dir().join("install");
    crate::dist::recreate_dir(&unpacked)?;
    let mut tar = command("tar", &["-xzf"]);
    tar.arg(archive).arg("-C").arg(&unpacked);
    status(tar)?;
    let component = unpacked.join("skin-analysis");
    let sites = hugo::build_example_blog(&component)?;
    let site_dirs = std::env::join_paths(&sites)
        .map_err(|err| format!("a Hugo site directory cannot be listed in HUGO_SITES: {err}"))?;

    // TAP output ends with `# pass N` / `# fail N` lines, which is what CI logs and the summary quote.
    let mut node = command("node", &["--test", "--test-reporter=tap", "e2e/"]);
    node.env("CHROMIUM", chromium)
        .env("HUGO_SITES", site_dirs)
        .env("SKIN_ANALYSIS_RELEASE", &component)
        .env("PATH", hugo::PLAIN_PATH);
    tap_passed(&tee(node)?)
}

/// The `# pass N` count of TAP output, if it also reports `# fail 0` and at least one pass.
fn tap_passed(output: &str) -> Result<usize> {
    let count = |key: &str| -> Option<usize> {
        output
            .lines()
            .rev()
            .find_map(|line| line.trim().strip_prefix(key)?.trim().parse().ok())
    };
    let (passed, failed) = (count("# pass "), count("# fail "));
    match (passed, failed) {
        (Some(passed), Some(0)) if passed > 0 => Ok(passed),
        _ => Err(format!(
            "end-to-end summary unclear or failing: pass {passed:?}, fail {failed:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::tap_passed;

    /// The tail of `node --test --test-reporter=tap`, with a nested subtest's own counts above the summary.
    const TAP: &str = "TAP version 13
# Subtest: standalone
    ok 1 - keeps the answers
    # pass 1
ok 1 - standalone
1..1
# tests 38
# suites 3
# pass 37
# fail 0
# cancelled 0
# skipped 1
# todo 0
# duration_ms 41234.5
";

    #[test]
    fn reads_the_final_summary() {
        assert_eq!(tap_passed(TAP), Ok(37));
    }

    #[test]
    fn a_failure_or_a_missing_or_empty_summary_is_an_error() {
        assert!(tap_passed(&TAP.replace("# fail 0", "# fail 2")).is_err());
        assert!(tap_passed(&TAP.replace("# fail 0\n", "")).is_err());
        assert!(tap_passed(
            &TAP.replace("# pass 37", "# pass 0")
                .replace("    # pass 1\n", "")
        )
        .is_err());
        assert!(tap_passed("").is_err());
    }
}

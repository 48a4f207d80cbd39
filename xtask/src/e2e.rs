//! The end-to-end stage of `cargo xtask test`: real journeys in headless Chromium against the release.
//!
//! Unpacks the release archive (`dist/release/skin-analysis-<version>.tar.gz`, with the system's `tar`) and builds
//! the example Hugo site from it alone, as a theme and as a Hugo Module, once with Debian's Hugo and once with the
//! current one (see hugo.rs), on a PATH without cargo, and the same articles with popular third-party themes and the
//! unpacked component; then runs `node --test e2e/` (playwright-core driving Debian's `/usr/bin/chromium`,
//! axe-core for accessibility; nothing is downloaded), on the same PATH, against the standalone app (`dist/app`),
//! plain host pages using `dist/embed` (`e2e/pages`), plain pages made from the archive's snippets and files
//! (`SKIN_ANALYSIS_RELEASE`: e2e/release.test.mjs, which also deploys a second version over them), each build of the
//! Hugo site (`HUGO_SITES`: e2e/hugo.test.mjs runs its journeys on every directory listed) and the third-party
//! themes' sites (`THEME_SITES`: e2e/themes.test.mjs); e2e/owner.test.mjs builds small owners' sites from the
//! archive with each Hugo (`HUGO_BINS`); e2e/upgrade.test.mjs serves the released 0.1.0's files (kept in
//! tests/fixtures/v0.1.0/release), then `dist/embed`, on one origin. Expects `dist::build()` and `release::package`
//! to have run.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::hugo;
use crate::run::{command, root, status, target_dir, tee, Result};
use crate::tools::find_program;

/// The unpacked release component and the Hugo sites the journeys run on, as `HUGO_SITES` and `THEME_SITES` list
/// them (joined like PATH).
pub struct Sites {
    component: PathBuf,
    example: OsString,
    themes: OsString,
    hugos: OsString,
}

/// Unpacks the release `archive` (a `.tar.gz`), then builds the example blog from it with each Hugo and the articles
/// with each pinned theme.
pub fn build_sites(archive: &Path) -> Result<Sites> {
    let unpacked = target_dir().join("install");
    crate::dist::recreate_dir(&unpacked)?;
    let mut tar = command("tar", &["-xzf"]);
    tar.arg(archive).arg("-C").arg(&unpacked);
    status(tar)?;
    let component = unpacked.join("skin-analysis");
    Ok(Sites {
        example: site_list("HUGO_SITES", &hugo::build_example_blog(&component)?)?,
        themes: site_list("THEME_SITES", &hugo::build_theme_sites(&component)?)?,
        hugos: site_list("HUGO_BINS", &hugo::supported()?)?,
        component,
    })
}

/// Runs the suite; returns how many journeys passed. Any failing journey fails the stage.
pub fn run(sites: &Sites) -> Result<usize> {
    let chromium = chromium()?;
    if !root().join("dist/embed/skin-analysis.js").is_file() {
        return Err("dist/embed is missing: run `cargo xtask dist` first".into());
    }
    // TAP output ends with `# pass N` / `# fail N` lines, which is what CI logs and the summary quote.
    let mut node = command("node", &["--test", "--test-reporter=tap", "e2e/"]);
    node.env("CHROMIUM", chromium)
        .env("HUGO_SITES", &sites.example)
        .env("THEME_SITES", &sites.themes)
        .env("SKIN_ANALYSIS_RELEASE", &sites.component)
        .env("HUGO_BINS", &sites.hugos)
        .env("PATH", hugo::PLAIN_PATH);
    tap_passed(&tee(node)?)
}

/// The WebKit journeys (`e2e/webkit.journeys.mjs`, on the example blog); returns how many passed.
pub fn run_webkit(sites: &Sites) -> Result<usize> {
    let mut node = command(
        "node",
        &["--test", "--test-reporter=tap", "e2e/webkit.journeys.mjs"],
    );
    node.env("HUGO_SITES", &sites.example);
    tap_passed(&tee(node)?)
}

/// `cargo xtask screenshots`: every PNG in docs/screenshots (e2e/screenshots.mjs), from the release and the sites.
/// On the ordinary PATH: the script asks the rules for its answer codes (`cargo run -p skin-quiz`).
pub fn screenshots(sites: &Sites) -> Result {
    let mut node = command("node", &["e2e/screenshots.mjs"]);
    node.env("CHROMIUM", chromium()?)
        .env("HUGO_SITES", &sites.example)
        .env("THEME_SITES", &sites.themes);
    status(node)
}

fn chromium() -> Result<PathBuf> {
    find_program("chromium")
        .ok_or_else(|| "chromium is not on PATH (Debian package `chromium`)".into())
}

fn site_list(name: &str, paths: &[PathBuf]) -> Result<OsString> {
    std::env::join_paths(paths).map_err(|err| format!("a path cannot be listed in {name}: {err}"))
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

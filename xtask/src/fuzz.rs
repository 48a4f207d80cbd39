//! `cargo xtask fuzz [cases]`: every proptest fuzz target, one at a time in release mode, with many cases (1,000,000
//! by default) and a fresh seed; prints the table recorded in BENCHMARKS.md. `cargo test` runs the same targets with
//! a small fixed-seed share, so CI stays quick.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::run::{command, status, tee, Result};

/// (package, test file, target): each target is one proptest test function.
const TARGETS: [(&str, &str, &str); 5] = [
    ("skin-analysis", "fuzz", "share_codes"),
    ("skin-analysis", "fuzz", "saved_state"),
    ("skin-analysis", "fuzz", "tabs"),
    ("skin-analysis", "fuzz", "attributes"),
    ("skin-content", "fuzz", "content_files"),
];

const DEFAULT_CASES: u64 = 1_000_000;

pub fn run(cases: Option<&str>) -> Result {
    let cases = match cases {
        Some(text) => text
            .replace('_', "")
            .parse::<u64>()
            .map_err(|_| format!("cases must be a number, not {text:?}"))?,
        None => DEFAULT_CASES,
    };
    // A new seed each run, printed so a failure can be replayed with SKIN_ANALYSIS_FUZZ_SEED.
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |t| t.as_secs());
    let args = |package: &'static str, file: &'static str| {
        ["test", "--release", "-p", package, "--test", file]
    };
    // Build every test binary first, so the timings below are fuzzing only.
    for (package, file, _) in TARGETS {
        status(command(
            "cargo",
            &[&args(package, file)[..], &["--no-run"]].concat(),
        ))?;
    }
    let mut rows = Vec::new();
    for (package, file, target) in TARGETS {
        let mut test = command(
            "cargo",
            &[
                &args(package, file)[..],
                &["--", "--exact", target, "--test-threads", "1"],
            ]
            .concat(),
        );
        test.env("SKIN_ANALYSIS_FUZZ_CASES", cases.to_string())
            .env("SKIN_ANALYSIS_FUZZ_SEED", seed.to_string());
        // A failing target (a panic or a broken property) fails the run, with proptest's minimal input above.
        let output = tee(test)?;
        // The harness's own timing: the fuzzing alone, without cargo's start-up.
        let seconds = output
            .lines()
            .find_map(|line| {
                let rest = line.strip_prefix("test result: ok. 1 passed;")?;
                rest.split("finished in ")
                    .nth(1)?
                    .trim_end_matches('s')
                    .parse::<f64>()
                    .ok()
            })
            .ok_or_else(|| format!("{target} did not run"))?;
        rows.push((target, seconds));
    }
    println!("\n== cargo xtask fuzz: {cases} cases a target, seed {seed} ==");
    println!("| target | cases | time | cases/s | failures |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (target, seconds) in rows {
        let rate = cases as f64 / seconds;
        println!("| `{target}` | {cases} | {seconds:.1} s | {rate:.0} | 0 |");
    }
    Ok(())
}

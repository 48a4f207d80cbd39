//! `cargo xtask fuzz [cases] [target ...]`: proptest fuzz targets one at a time in release mode, with many cases
//! (1,000,000 by default) and a fresh seed; prints the table recorded in BENCHMARKS.md. Without a target it runs
//! them all. `cargo test` runs the same targets with a small fixed-seed share, so CI stays quick (the variables set
//! here are read by `fuzzkit`).

use std::time::{SystemTime, UNIX_EPOCH};

use crate::run::{command, status, tee, Result};

/// (package, test file, target): each target is one proptest test function.
const TARGETS: [(&str, &str, &str); 10] = [
    ("skin-analysis", "fuzz", "share_codes"),
    ("skin-analysis", "fuzz", "saved_state"),
    ("skin-analysis", "fuzz", "tabs"),
    ("skin-analysis", "fuzz", "history"),
    ("skin-analysis", "fuzz", "attributes"),
    ("skin-rules", "fuzz", "catalog"),
    ("skin-rules", "fuzz", "answer_codes"),
    ("skin-rules", "fuzz", "ingredient_labels"),
    ("skin-rules", "fuzz", "checker_wire"),
    ("skin-content", "fuzz", "content_files"),
];

type Target = (&'static str, &'static str, &'static str);

const DEFAULT_CASES: u64 = 1_000_000;

/// The cases (a number, `_` allowed) and the targets (by name, in the order given; none: all) of the arguments.
fn parse(args: &[String]) -> Result<(u64, Vec<Target>)> {
    let mut cases = None;
    let mut targets = Vec::new();
    for arg in args {
        if let Ok(n) = arg.replace('_', "").parse::<u64>() {
            if cases.replace(n).is_some() {
                return Err(format!("cases given twice ({arg:?})"));
            }
        } else if let Some(target) = TARGETS.iter().find(|(_, _, name)| name == arg) {
            targets.push(*target);
        } else {
            let names: Vec<&str> = TARGETS.iter().map(|(_, _, name)| *name).collect();
            return Err(format!(
                "{arg:?} is neither a number of cases nor a target ({})",
                names.join(", ")
            ));
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    Ok((cases.unwrap_or(DEFAULT_CASES), targets))
}

pub fn run(args: &[String]) -> Result {
    let (cases, targets) = parse(args)?;
    // A new seed each run, printed so a failure can be replayed with SKIN_ANALYSIS_FUZZ_SEED.
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |t| t.as_secs());
    let cargo_test = |package: &'static str, file: &'static str| {
        ["test", "--release", "-p", package, "--test", file]
    };
    // Build every test binary first, so the timings below are fuzzing only.
    for (package, file, _) in &targets {
        status(command(
            "cargo",
            &[&cargo_test(package, file)[..], &["--no-run"]].concat(),
        ))?;
    }
    let mut rows = Vec::new();
    for (package, file, target) in targets {
        let mut test = command(
            "cargo",
            &[
                &cargo_test(package, file)[..],
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<(u64, Vec<&'static str>)> {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        parse(&args).map(|(cases, targets)| (cases, targets.iter().map(|t| t.2).collect()))
    }

    #[test]
    fn every_target_with_a_million_cases_by_default() {
        let (cases, targets) = parsed(&[]).unwrap();
        assert_eq!(cases, 1_000_000);
        assert_eq!(targets, TARGETS.map(|t| t.2));
    }

    #[test]
    fn cases_and_targets_in_any_order() {
        assert_eq!(
            parsed(&["2_000", "catalog"]).unwrap(),
            (2000, vec!["catalog"])
        );
        assert_eq!(
            parsed(&["content_files", "catalog", "50"]).unwrap(),
            (50, vec!["content_files", "catalog"])
        );
        assert_eq!(parsed(&["tabs"]).unwrap(), (1_000_000, vec!["tabs"]));
    }

    #[test]
    fn an_unknown_target_or_cases_twice_is_an_error() {
        let unknown = parsed(&["catalogue"]).unwrap_err();
        assert!(unknown.contains("\"catalogue\""), "{unknown}");
        assert!(
            unknown
                .contains("catalog, answer_codes, ingredient_labels, checker_wire, content_files"),
            "{unknown}"
        );
        assert!(parsed(&["10", "20"]).is_err());
        assert!(parsed(&["-5"]).is_err());
    }
}

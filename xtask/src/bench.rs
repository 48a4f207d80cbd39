//! `cargo xtask bench`: the size and speed numbers BENCHMARKS.md records.
//!
//! Sizes are exact (bytes of the release build, raw and gzip -9). Speeds are wall-clock on this machine and only
//! reported, never asserted: tests enforce size budgets, not timings. Issue 10's comparison with SurveyJS times the
//! first screen of a plain page with each quiz in turn (and fails if either page does not show one). The
//! blog-article numbers (issue 10: bytes before the quiz is near, a Start click on a slow link, what a quiz-taker
//! downloads, Lighthouse mobile with and without the quiz) come from the example blog built with the current Hugo.

use crate::dist;
use crate::hugo;
use crate::run::{command, gzip_size, status, tee, Result};
use crate::tools;

/// A complete answer set for the browser timings' results screen.
const ANSWERS: [&str; 12] = [
    "skin_feel=tight",
    "sensitivity=sometimes",
    "breakouts=occasional",
    "concerns=dullness",
    "makeup=light",
    "routine_time=moderate",
    "water=some",
    "days=dry_indoor",
    "travel=often",
    "stress=tense",
    "allergies=none",
    "health=none",
];

pub fn run() -> Result {
    let embed = dist::build()?.join("embed");
    // The browser timings need Chromium, the blog numbers Python's venv for the current Hugo.
    tools::ensure_debian_packages()?;
    println!("\n== what a page downloads (dist/embed, release) ==");
    println!("  {:<28} {:>10} {:>10}", "file", "raw bytes", "gzip -9");
    let mut gzip_of = std::collections::HashMap::new();
    for name in [
        dist::LOADER,
        dist::INTRO_CSS,
        dist::BOOT,
        dist::GLUE,
        dist::WASM,
        dist::TEXT_EN,
        dist::TEXT_KO,
        dist::HOST_CSS,
    ] {
        let path = embed.join(name);
        let raw = std::fs::metadata(&path)
            .map_err(|err| format!("{}: {err}", path.display()))?
            .len() as usize;
        let gzip = gzip_size(&path)?;
        println!("  {name:<28} {raw:>10} {gzip:>10}");
        gzip_of.insert(name, gzip);
    }
    // What each kind of reader receives (the host stylesheet is optional, so it is in none of them).
    let never_near = [dist::LOADER, dist::INTRO_CSS];
    let quiz_taker = [dist::BOOT, dist::GLUE, dist::WASM];
    let sum = |names: &[&str]| names.iter().map(|name| gzip_of[name]).sum::<usize>();
    println!(
        "  a reader who never comes near the quiz: {} B",
        sum(&never_near)
    );
    for text in [dist::TEXT_EN, dist::TEXT_KO] {
        let all: Vec<&str> = never_near
            .iter()
            .chain(&quiz_taker)
            .chain([&text])
            .copied()
            .collect();
        println!("  a quiz-taker with {text}: {} B", sum(&all));
    }

    println!("\n== rules engine (native, release) ==");
    status(command(
        "cargo",
        &[
            "run",
            "--quiet",
            "--release",
            "-p",
            "skin-rules",
            "--example",
            "evaluate_speed",
        ],
    ))?;

    println!("\n== in the browser (dist/app) ==");
    let mut explain = vec!["run", "--quiet", "-p", "skin-quiz", "--", "explain"];
    for answer in ANSWERS {
        explain.extend(["--answer", answer]);
    }
    let explained = tee(command("cargo", &explain))?;
    let code = explained
        .lines()
        .find_map(|line| line.strip_prefix("Share code: "))
        .ok_or("skin-quiz explain printed no share code")?;
    status(command("node", &["e2e/bench.mjs", code]))?;

    println!("\n== first screen vs SurveyJS (a plain page, e2e/bench-first-screen.mjs) ==");
    status(command("node", &["e2e/bench-first-screen.mjs"]))?;

    println!("\n== on a blog article (examples/hugo-blog, e2e/bench-article.mjs) ==");
    let (site, without_quiz) = hugo::build_for_bench()?;
    status(command(
        "node",
        &[
            "e2e/bench-article.mjs",
            &site.to_string_lossy(),
            &without_quiz.to_string_lossy(),
        ],
    ))
}

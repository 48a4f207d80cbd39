//! `cargo xtask bench`: the size and speed numbers BENCHMARKS.md records.
//!
//! Sizes are exact (bytes of the release build: raw, gzip -9 and brotli 11, see compress.rs). Speeds are wall-clock on this machine and only
//! reported, never asserted: tests enforce size budgets, not timings. Issue 10's comparison with SurveyJS times the
//! first screen of a plain page with each quiz in turn (and fails if either page does not show one). The
//! blog-article numbers (issue 10: bytes before the quiz is near, a Start click on a slow link, what a quiz-taker
//! downloads, Lighthouse mobile with and without the quiz) come from the example blog built with the current Hugo.

use crate::dist::{self, Embed};
use crate::hugo;
use skin_vocab::Lang;
use std::collections::HashMap;

use crate::compress;
use crate::run::{command, status, tee, Result};
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

/// What a reader who never comes near the quiz receives: the loader and the stylesheet its intro links.
pub const NEVER_NEAR: [&str; 2] = [dist::LOADER, dist::INTRO_CSS];
/// What a reader who comes near the quiz receives on top, besides the text of each language they see (the print
/// stylesheet once the results link it, though only printing applies it).
pub const QUIZ_TAKER: [&str; 4] = [dist::BOOT, dist::GLUE, dist::WASM, dist::PRINT_CSS];

/// The gzip and brotli bytes of each file in `embed` (each language's text file by [`dist::text`]), by source name.
pub fn compressed_sizes(embed: &Embed) -> Result<HashMap<String, (usize, usize)>> {
    let texts = Lang::ALL.map(dist::text);
    let names = NEVER_NEAR
        .into_iter()
        .chain(QUIZ_TAKER)
        .chain([dist::HOST_CSS, dist::CHECKER])
        .chain(texts.iter().map(String::as_str));
    names
        .map(|name| Ok((name.to_owned(), compress::sizes(&embed.path(name))?)))
        .collect()
}

/// Each kind of reader, with the gzip and brotli bytes they receive in all (the host stylesheet is optional, so it
/// is in none of them): one who never comes near the quiz, then a quiz-taker in each language of [`Lang::ALL`].
pub fn readers(sizes: &HashMap<String, (usize, usize)>) -> Vec<(String, usize, usize)> {
    let sum = |names: &[&str]| {
        names.iter().fold((0, 0), |(gzip, brotli), name| {
            (gzip + sizes[*name].0, brotli + sizes[*name].1)
        })
    };
    let never = sum(&NEVER_NEAR);
    let mut readers = vec![(
        "a reader who never comes near the quiz".to_owned(),
        never.0,
        never.1,
    )];
    for lang in Lang::ALL {
        let text = dist::text(lang);
        let (gzip, brotli) = sum(&[&NEVER_NEAR[..], &QUIZ_TAKER, &[text.as_str()]].concat());
        readers.push((format!("a quiz-taker in {}", lang.name()), gzip, brotli));
    }
    readers
}

pub fn run() -> Result {
    let embed = dist::build()?;
    // The browser timings need Chromium, the blog numbers Python's venv for the current Hugo.
    tools::ensure_debian_packages()?;
    println!("\n== what a page downloads (dist/embed, release) ==");
    println!(
        "  {:<36} {:>10} {:>10} {:>10}",
        "file", "raw bytes", "gzip -9", "brotli 11"
    );
    let sizes = compressed_sizes(&embed)?;
    let mut names: Vec<&str> = sizes.keys().map(String::as_str).collect();
    names.sort_by_key(|name| sizes[*name].0);
    for name in names {
        let path = embed.path(name);
        let raw = std::fs::metadata(&path)
            .map_err(|err| format!("{}: {err}", path.display()))?
            .len();
        let (gzip, brotli) = sizes[name];
        println!(
            "  {:<36} {raw:>10} {gzip:>10} {brotli:>10}",
            embed.name(name)
        );
    }
    for (reader, gzip, brotli) in readers(&sizes) {
        println!("  {reader}: {gzip} B gzip, {brotli} B brotli");
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

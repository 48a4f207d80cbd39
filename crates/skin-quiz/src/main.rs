//! `skin-quiz`: the content editor's view of the skin quiz rules. It lists the questionnaire, explains the outcome of
//! an answer set (every tip's score and reasons, the routine, the cautions), shows what a reader who checks in reads
//! about what changed, and lints the content files with exactly the checks the build applies.

mod args;
mod changes;
mod explain;
mod questions;

use args::{Command, Format, Usage};
use std::path::Path;
use std::process::ExitCode;

const HELP: &str = "\
skin-quiz: list, explain and lint the skin quiz rules

USAGE:
    skin-quiz questions [--lang LANG] [--format text|json]
        Lists the steps, the questions (kind, optional) and every choice id with its label.

    skin-quiz explain [--answer QUESTION=CHOICE]... [--code CODE] [--lang LANG] [--format text|json]
        Shows the outcome of an answer set: profile, ranked tips with scores and reasons, routine, cautions.
        Repeat --answer to pick several choices of a multi-select question. --code starts from a share code.
        Unanswered questions count as skipped; required ones are listed in a note.

    skin-quiz changes --since CODE [--answer QUESTION=CHOICE]... [--code CODE] [--lang LANG] [--format text|json]
        Shows what a reader who checks in reads: what changed from the answers of share code --since to the
        answers given as for explain (red flags first, answers, profile scores, tips, routine steps).

    skin-quiz lint [--content DIR]
        Checks the content files (default: crates/skin-rules/content) exactly as the build does.

    skin-quiz --help
        Shows this help.

Exit status: 0 on success, 1 when lint finds problems, 2 on a usage error.
";

fn main() -> ExitCode {
    let command = match args::parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(Usage(message)) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => println!("{HELP}LANG is one of: {}.", args::languages()),
        Command::Questions { lang, format } => {
            emit(format, questions::text(lang), || questions::json(lang))
        }
        Command::Explain {
            answers,
            lang,
            format,
        } => {
            let report = explain::Report::new(&answers);
            emit(format, report.text(lang), || report.json(lang));
        }
        Command::Changes {
            since,
            answers,
            lang,
            format,
        } => {
            let changes = skin_rules::progress::Changes::between(&since, &answers);
            emit(format, changes::text(&changes, lang), || {
                changes::json(&changes, lang)
            });
        }
        Command::Lint { dir } => return lint(dir.as_deref()),
    }
    ExitCode::SUCCESS
}

fn emit(format: Format, text: String, json: impl FnOnce() -> serde_json::Value) {
    match format {
        Format::Text => print!("{text}"),
        Format::Json => println!("{:#}", json()),
    }
}

fn lint(dir: Option<&str>) -> ExitCode {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../skin-rules/content");
    let (path, shown) = match dir {
        Some(dir) => (Path::new(dir), dir.trim_end_matches('/')),
        None => (Path::new(default), "crates/skin-rules/content"),
    };
    match skin_content::load(path, shown) {
        Ok(content) => {
            let strings: usize = content.strings.iter().map(|t| t.entries.len()).sum();
            println!(
                "{shown}: ok: {} articles, {} steps, {} questions, {} tips, {} cautions, {} staples, {strings} strings",
                content.articles.len(),
                content.steps.len(),
                content.questions.len(),
                content.tips.len(),
                content.cautions.len(),
                content.staples.len(),
            );
            let maxima: Vec<String> = skin_content::Axis::ALL
                .iter()
                .zip(content.axis_max())
                .map(|(axis, max)| format!("{} {max}", axis.id()))
                .collect();
            println!("highest raw axis scores (= 100): {}", maxima.join(", "));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("{} problem(s) found", errors.len());
            ExitCode::from(1)
        }
    }
}

//! `skin-quiz`: the content editor's view of the skin quiz rules. It lists the questionnaire, explains the outcome of
//! an answer set (every tip's score and reasons, the routine, the cautions), shows what a reader who checks in reads
//! about what changed, and lints the content files with exactly the checks the build applies.

mod args;
mod changes;
mod check;
mod explain;
mod questions;

use args::{Command, Format, Usage};
use std::io::{ErrorKind, Write};
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

    skin-quiz check [--answer QUESTION=CHOICE]... [--code CODE] [--name PRODUCT] [--lang en|ko] [--format text|json]
        Reads a product's ingredient list from standard input against the answers given as for explain: each
        ingredient as written with its canonical name and families, the flags (avoid or caution, with the reason in
        the reader's words) and the ingredients it does not know. --name (the product's name) places it in the
        routine. Nothing is read from the network or written anywhere.

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
        Command::Help => out(&format!("{HELP}LANG is one of: {}.\n", args::languages())),
        Command::Questions { lang, format } => {
            emit(format, questions::text(lang), || questions::json(lang))
        }
        Command::Explain {
            answers,
            lang,
            format,
        } => {
            let report = explain::Report::new(&answers);
            emit(format, report.text(lang), || report.json(lang))
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
            })
        }
        Command::Check {
            answers,
            name,
            lang,
            format,
        } => {
            let mut label = String::new();
            if let Err(error) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut label) {
                eprintln!("error: cannot read the ingredient list from standard input: {error}");
                return ExitCode::from(2);
            }
            let known = skin_rules::ingredients::Known::bundled();
            let check = skin_rules::ingredients::check(&known, &answers, &name, &label);
            emit(format, check::text(&check, lang), || {
                check::json(&check, lang)
            })
        }
        Command::Lint { dir } => lint(dir.as_deref()),
    }
}

fn emit(format: Format, text: String, json: impl FnOnce() -> serde_json::Value) -> ExitCode {
    match format {
        Format::Text => out(&text),
        Format::Json => out(&format!("{:#}\n", json())),
    }
}

/// Writes `text` to standard output. A reader that stops reading (`skin-quiz explain | head`) ends the output
/// quietly: the rest is not wanted, and that is no error.
fn out(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write to standard output: {error}");
            ExitCode::FAILURE
        }
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
            let maxima: Vec<String> = skin_content::Axis::ALL
                .iter()
                .zip(content.axis_max())
                .map(|(axis, max)| format!("{} {max}", axis.id()))
                .collect();
            out(&format!(
                "{shown}: ok: {} articles, {} steps, {} questions, {} tips, {} cautions, {} staples, {strings} strings\n\
                 highest raw axis scores (= 100): {}\n",
                content.articles.len(),
                content.steps.len(),
                content.questions.len(),
                content.tips.len(),
                content.cautions.len(),
                content.staples.len(),
                maxima.join(", ")
            ))
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

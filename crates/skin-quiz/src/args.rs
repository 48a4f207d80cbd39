//! The command line, parsed by hand: a command followed by `--option value` (or `--option=value`) pairs.

use skin_rules::{questionnaire, AnswerError, Answers, Lang};

/// A usage error: one line for stderr; the program exits with status 2.
pub struct Usage(pub String);

/// How a command prints its result.
#[derive(Clone, Copy)]
pub enum Format {
    Text,
    Json,
}

/// What to do, with everything it needs already checked.
pub enum Command {
    Help,
    Questions {
        lang: Lang,
        format: Format,
    },
    Explain {
        answers: Answers,
        lang: Lang,
        format: Format,
    },
    Changes {
        since: Answers,
        answers: Answers,
        lang: Lang,
        format: Format,
    },
    Lint {
        dir: Option<String>,
    },
}

/// Reads the arguments after the program name.
pub fn parse(args: impl Iterator<Item = String>) -> Result<Command, Usage> {
    let args: Vec<String> = args.collect();
    if args.first().is_none_or(|a| a == "help") || args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Command::Help);
    }
    let command = args[0].as_str();
    let options = options(&args[1..])?;
    let allowed: &[&str] = match command {
        "questions" => &["--lang", "--format"],
        "explain" => &["--answer", "--code", "--lang", "--format"],
        "changes" => &["--since", "--answer", "--code", "--lang", "--format"],
        "lint" => &["--content"],
        other => {
            return Err(Usage(format!(
                "unknown command `{other}`; known: questions, explain, changes, lint"
            )))
        }
    };
    if let Some((name, _)) = options.iter().find(|(name, _)| !allowed.contains(name)) {
        return Err(Usage(format!(
            "unknown option `{name}` for `{command}`; known: {}",
            allowed.join(", ")
        )));
    }
    let last = |name: &str| {
        options
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| *value)
    };
    let lang = last("--lang").map_or(Ok(Lang::default()), |tag| {
        Lang::from_tag(tag)
            .ok_or_else(|| Usage(format!("unknown language `{tag}`; known: {}", languages())))
    })?;
    let format = match last("--format") {
        None | Some("text") => Format::Text,
        Some("json") => Format::Json,
        Some(other) => {
            return Err(Usage(format!(
                "unknown format `{other}`; known: text, json"
            )))
        }
    };
    let picked = || {
        answers(
            last("--code"),
            options
                .iter()
                .filter(|(n, _)| *n == "--answer")
                .map(|(_, v)| *v),
        )
    };
    Ok(match command {
        "questions" => Command::Questions { lang, format },
        "explain" => Command::Explain {
            answers: picked()?,
            lang,
            format,
        },
        "changes" => {
            let since = last("--since").ok_or_else(|| {
                Usage("`changes` needs `--since CODE`, the earlier answers".into())
            })?;
            Command::Changes {
                since: answers(Some(since), std::iter::empty())?,
                answers: picked()?,
                lang,
                format,
            }
        }
        _ => Command::Lint {
            dir: last("--content").map(str::to_owned),
        },
    })
}

/// Pairs each `--option` with its value.
fn options(args: &[String]) -> Result<Vec<(&str, &str)>, Usage> {
    let mut options = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if !arg.starts_with("--") {
            return Err(Usage(format!("unexpected argument `{arg}`")));
        }
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, value),
            None => (
                arg.as_str(),
                args.next()
                    .ok_or_else(|| Usage(format!("`{arg}` needs a value")))?
                    .as_str(),
            ),
        };
        options.push((name, value));
    }
    Ok(options)
}

/// The answers of a share code, if any, plus each `QUESTION=CHOICE`.
fn answers<'a>(code: Option<&str>, picks: impl Iterator<Item = &'a str>) -> Result<Answers, Usage> {
    let mut answers = match code {
        Some(code) => Answers::decode(code).map_err(|error| Usage(error.to_string()))?,
        None => Answers::default(),
    };
    for pick in picks {
        let (question, choice) = pick
            .split_once('=')
            .ok_or_else(|| Usage(format!("`--answer` takes QUESTION=CHOICE, got `{pick}`")))?;
        answers
            .pick_by_id(question, choice)
            .map_err(|error| Usage(with_known(error)))?;
    }
    Ok(answers)
}

/// The error, followed by the ids that would have been accepted when the problem is an unknown id.
fn with_known(error: AnswerError) -> String {
    let known: Vec<&str> = match &error {
        AnswerError::UnknownQuestion(_) => questionnaire().iter().map(|q| q.id).collect(),
        AnswerError::UnknownChoice { question, .. } => questionnaire()
            .iter()
            .find(|q| q.id == *question)
            .map(|q| q.choices.iter().map(|c| c.id).collect())
            .unwrap_or_default(),
        _ => return error.to_string(),
    };
    format!("{error}; known: {}", known.join(", "))
}

/// The language tags `--lang` takes, the default first.
pub fn languages() -> String {
    Lang::ALL.map(Lang::tag).join(", ")
}

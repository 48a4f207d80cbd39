//! `skin-quiz questions`: the questionnaire with every id an editor or a `--answer` needs.

use serde_json::{json, Value};
use skin_rules::{questionnaire, steps, Lang, Question, QuestionKind};
use std::fmt::Write;

fn kind(question: &Question) -> String {
    let kind = match question.kind {
        QuestionKind::Single => "single".to_owned(),
        QuestionKind::Multi { max } if usize::from(max) < question.choices.len() => {
            format!("multi, up to {max}")
        }
        QuestionKind::Multi { .. } => "multi".to_owned(),
    };
    let optional = if question.optional {
        "optional"
    } else {
        "required"
    };
    format!("{kind}, {optional}")
}

pub fn text(lang: Lang) -> String {
    let mut out = String::new();
    for (index, step) in steps().iter().enumerate() {
        writeln!(
            out,
            "Step {}: {} ({})",
            index + 1,
            step.title.get(lang),
            step.id
        )
        .unwrap();
        for question in questionnaire().iter().filter(|q| q.step == index) {
            writeln!(out, "  {} ({})", question.id, kind(question)).unwrap();
            writeln!(out, "    {}", question.text.get(lang)).unwrap();
            for choice in question.choices {
                let exclusive = if choice.exclusive {
                    " (stands alone)"
                } else {
                    ""
                };
                writeln!(
                    out,
                    "    - {}: {}{exclusive}",
                    choice.id,
                    choice.label.get(lang)
                )
                .unwrap();
            }
        }
        out.push('\n');
    }
    out
}

pub fn json(lang: Lang) -> Value {
    let steps: Vec<Value> = steps()
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let questions: Vec<Value> = questionnaire()
                .iter()
                .filter(|q| q.step == index)
                .map(|q| {
                    let (kind, max) = match q.kind {
                        QuestionKind::Single => ("single", 1),
                        QuestionKind::Multi { max } => ("multi", max),
                    };
                    let choices: Vec<Value> = q
                        .choices
                        .iter()
                        .map(|c| json!({ "id": c.id, "label": c.label.get(lang), "exclusive": c.exclusive }))
                        .collect();
                    json!({
                        "id": q.id,
                        "kind": kind,
                        "max": max,
                        "optional": q.optional,
                        "text": q.text.get(lang),
                        "help": q.help.map(|h| h.get(lang)),
                        "choices": choices,
                    })
                })
                .collect();
            json!({ "id": step.id, "title": step.title.get(lang), "questions": questions })
        })
        .collect();
    json!({ "lang": lang, "steps": steps })
}

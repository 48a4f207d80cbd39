//! `skin-quiz explain`: everything an answer set produces, with the scores and reasons behind it, so an editor can
//! see why a tip shows up (or does not).

use serde_json::{json, Value};
use skin_rules::{
    axis_name, evaluate, questionnaire, routine_step_name, strings, Answers, Axis, Lang, Outcome,
    RoutineItem, RoutineSource,
};
use std::fmt::Write;

/// The week plan's days as `explain --format json` names them.
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

pub struct Report {
    code: String,
    /// Ids of the required questions without an answer.
    unanswered: Vec<&'static str>,
    outcome: Outcome,
}

impl Report {
    pub fn new(answers: &Answers) -> Report {
        Report {
            code: answers.encode(),
            unanswered: answers.missing().map(|q| questionnaire()[q].id).collect(),
            outcome: evaluate(answers),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        let outcome = &self.outcome;
        let profile = &outcome.profile;
        let mut out = String::new();
        if !self.unanswered.is_empty() {
            let list = self.unanswered.join(", ");
            writeln!(
                out,
                "Note: required questions without an answer, counted as skipped: {list}\n"
            )
            .unwrap();
        }

        writeln!(out, "PROFILE: {}", profile.label(lang)).unwrap();
        writeln!(out, "{}", profile.explanation(lang)).unwrap();
        for axis in Axis::ALL {
            let score = profile.score(axis);
            let bar = "#".repeat(usize::from(score / 5));
            writeln!(out, "  {:<12} {score:>3} {bar}", axis.id()).unwrap();
        }

        if outcome.calm {
            writeln!(
                out,
                "\nCALM PLAN: {}\n{}",
                strings::ui::CALM_HEADING.get(lang),
                strings::ui::CALM_BODY.get(lang)
            )
            .unwrap();
        }
        writeln!(
            out,
            "\nTIPS ({} suit, the first {} highlighted with *)",
            outcome.tips.len(),
            outcome.highlighted
        )
        .unwrap();
        for (rank, ranked) in outcome.tips.iter().enumerate() {
            let mark = if rank < outcome.highlighted { '*' } else { ' ' };
            let tip = ranked.tip;
            writeln!(
                out,
                "{mark} {:>2}. {} (score {}): {}",
                rank + 1,
                tip.id,
                ranked.score,
                tip.title.get(lang)
            )
            .unwrap();
            writeln!(out, "      from: {}", ranked.article().id).unwrap();
            for reason in ranked.reasons() {
                writeln!(out, "      because: {}", reason.text(lang)).unwrap();
            }
            if let Some(caution) = tip.caution {
                writeln!(out, "      caution: {}", caution.get(lang)).unwrap();
            }
        }

        writeln!(out, "\nROUTINE").unwrap();
        out.push_str(&outcome.routine_text(lang));

        writeln!(out, "\nCAUTIONS").unwrap();
        for caution in &outcome.cautions {
            writeln!(
                out,
                "- [{}] {}: {}",
                caution.severity.id(),
                caution.id,
                caution.text.get(lang)
            )
            .unwrap();
        }
        writeln!(out, "\nShare code: {}", self.code).unwrap();
        out
    }

    pub fn json(&self, lang: Lang) -> Value {
        let outcome = &self.outcome;
        let profile = &outcome.profile;
        let axes: Vec<Value> = Axis::ALL
            .iter()
            .map(|&axis| json!({ "axis": axis, "name": axis_name(axis).get(lang), "score": profile.score(axis) }))
            .collect();
        let tips: Vec<Value> = outcome
            .tips
            .iter()
            .enumerate()
            .map(|(rank, ranked)| {
                let tip = ranked.tip;
                let reasons: Vec<String> = ranked.reasons().map(|r| r.text(lang)).collect();
                json!({
                    "rank": rank + 1,
                    "id": tip.id,
                    "title": tip.title.get(lang),
                    "score": ranked.score,
                    "highlighted": rank < outcome.highlighted,
                    "reasons": reasons,
                    "source": { "id": ranked.article().id, "title": ranked.article().title.get(lang) },
                    "caution": tip.caution.map(|c| c.get(lang)),
                })
            })
            .collect();
        let routine = |items: &[RoutineItem]| -> Vec<Value> {
            items
                .iter()
                .map(|item| {
                    let (source, id) = match item.source {
                        RoutineSource::Tip { tip, .. } => ("tip", tip.id),
                        RoutineSource::Staple(staple) => ("staple", staple.id),
                    };
                    let note = item.note.map(|note| match note {
                        RoutineSource::Tip { tip, .. } => {
                            json!({ "id": tip.id, "text": tip.title.get(lang) })
                        }
                        RoutineSource::Staple(staple) => {
                            json!({ "id": staple.id, "text": staple.text.get(lang) })
                        }
                    });
                    // Weekday ids, Monday first: the evenings of the week plan.
                    let evenings: Vec<&str> = (0..7)
                        .filter(|&day| item.on_day(day))
                        .map(|day| WEEKDAYS[day])
                        .collect();
                    json!({
                        "step": item.step,
                        "step_name": routine_step_name(item.step).get(lang),
                        "source": source,
                        "id": id,
                        "text": item.text().get(lang),
                        "frequency": item.frequency.map(|f| f.get(lang)),
                        "through": item.through,
                        "note": note,
                        "evenings": evenings,
                    })
                })
                .collect()
        };
        let cautions: Vec<Value> = outcome
            .cautions
            .iter()
            .map(|c| json!({ "id": c.id, "severity": c.severity, "text": c.text.get(lang) }))
            .collect();
        json!({
            "lang": lang,
            "code": self.code,
            "unanswered": self.unanswered,
            "profile": {
                "label": profile.label(lang),
                "explanation": profile.explanation(lang),
                "skin_type": profile.skin_type,
                "sensitive": profile.sensitive,
                "focus": profile.focus(),
                "axes": axes,
            },
            "tips": tips,
            "highlighted": outcome.highlighted,
            "calm": outcome.calm,
            "routine": { "am": routine(&outcome.routine.am), "pm": routine(&outcome.routine.pm) },
            "cautions": cautions,
            "see_dermatologist": outcome.see_dermatologist(),
        })
    }
}

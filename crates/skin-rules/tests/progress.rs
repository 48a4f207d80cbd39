//! What changed between two answer sets (`skin_rules::progress`): checked against the two outcomes themselves, for
//! a realistic check-in and for many pairs of visitors.

// Shared with the engine and persona tests; this file needs only its answer sets.
#[allow(dead_code)]
mod common;

use skin_rules::progress::{Changes, TipChange};
use skin_rules::strings::progress;
use skin_rules::{
    evaluate, question_index, questionnaire, tag_avoid_if, Answers, Axis, Caution, Condition, Lang,
    Outcome, RoutineStep, Severity, Tip,
};

fn ids(outcome: &Outcome) -> Vec<&'static str> {
    outcome.tips.iter().map(|t| t.tip.id).collect()
}

/// The ids of these cautions (`Changes::new_red_flags` or `new_cautions`).
fn caution_ids(cautions: &[&'static Caution]) -> Vec<&'static str> {
    cautions.iter().map(|c| c.id).collect()
}

/// Every property `Changes::between(before, now)` promises, from the outcomes alone.
fn check(before: &Answers, now: &Answers) -> Changes {
    let changes = Changes::between(before, now);
    let (was, is) = (evaluate(before), evaluate(now));
    let changed: Vec<usize> = (0..questionnaire().len())
        .filter(|&q| before.get(q) != now.get(q))
        .collect();
    assert_eq!(changes.answers, changed);
    assert_eq!(changes.is_empty(), before == now);
    for axis in Axis::ALL {
        let (a, b) = (was.profile.score(axis), is.profile.score(axis));
        let listed = changes.axes.iter().find(|(x, ..)| *x == axis);
        assert_eq!(listed, (a != b).then_some(&(axis, a, b)), "{axis:?}");
    }
    // The tips of `to` missing from `from`, as `Changes` lists them.
    let gained = |from: &Outcome, to: &Outcome| -> Vec<&str> {
        ids(to)
            .into_iter()
            .filter(|id| !ids(from).contains(id))
            .collect()
    };
    let listed = |tips: &[TipChange]| tips.iter().map(|t| t.tip.id).collect::<Vec<_>>();
    assert_eq!(listed(&changes.tips_added), gained(&was, &is));
    assert_eq!(listed(&changes.tips_removed), gained(&is, &was));
    for tip in changes.tips_added.iter().chain(&changes.tips_removed) {
        assert!(
            !tip.because.is_empty(),
            "{}: a tip changes only with an answer",
            tip.tip.id
        );
        assert!(
            tip.because.iter().all(|q| changed.contains(q)),
            "{}",
            tip.tip.id
        );
    }
    // The cautions of a kind the outcome has now and had not.
    let new = |ids: fn(&Outcome) -> Vec<&'static str>| -> Vec<&'static str> {
        let before = ids(&was);
        ids(&is)
            .into_iter()
            .filter(|id| !before.contains(id))
            .collect()
    };
    assert_eq!(
        caution_ids(&changes.new_red_flags),
        new(|o| o.urgent().map(|c| c.id).collect())
    );
    assert_eq!(
        caution_ids(&changes.new_cautions),
        new(|o| o.other_cautions().map(|c| c.id).collect())
    );
    // A tip that went is "left out for safety" exactly when a safety rule of it holds now, or the skin needs the
    // calm plan (issue 25).
    for tip in &changes.tips_removed {
        let kept_out = is.calm
            || tip.tip.avoid_if.iter().any(|c| match *c {
                Condition::Picked { question, choice } => now.picked(question, choice),
                Condition::AxisAtLeast { axis, min } => is.profile.score(axis) >= min,
            });
        assert_eq!(tip.safety, kept_out, "{}", tip.tip.id);
    }
    assert!(changes.tips_added.iter().all(|t| !t.safety));
    assert!(changes
        .new_red_flags
        .iter()
        .all(|c| c.severity == Severity::SeeDermatologist));
    for evening in [false, true] {
        let items = |o: &Outcome| {
            if evening {
                o.routine.pm.clone()
            } else {
                o.routine.am.clone()
            }
        };
        for step in RoutineStep::ALL {
            let text = |o: &Outcome| {
                items(o)
                    .iter()
                    .filter(|i| i.step == step)
                    .map(|i| i.text())
                    .collect::<Vec<_>>()
            };
            let listed = changes
                .routine
                .iter()
                .find(|c| c.evening == evening && c.step == step);
            match listed {
                Some(change) => assert_eq!(
                    (change.before.clone(), change.now.clone()),
                    (text(&was), text(&is))
                ),
                None => assert_eq!(text(&was), text(&is), "{step:?} unchanged"),
            }
        }
    }
    // In words: each non-empty part in the order shown, a line per change, only the red flags set apart.
    for lang in Lang::ALL {
        let left_out = changes.tips_removed.iter().filter(|t| t.safety).count();
        let counts = [
            (progress::NEW_RED_FLAGS, changes.new_red_flags.len()),
            (progress::NEW_CAUTIONS, changes.new_cautions.len()),
            (progress::ANSWERS_CHANGED, changes.answers.len()),
            (progress::AXES_MOVED, changes.axes.len()),
            (progress::TIPS_ADDED, changes.tips_added.len()),
            (progress::TIPS_LEFT_OUT, left_out),
            (
                progress::TIPS_REMOVED,
                changes.tips_removed.len() - left_out,
            ),
            (progress::ROUTINE_CHANGED, changes.routine.len()),
        ];
        let expected: Vec<_> = counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(heading, n)| (heading.get(lang), *n, *heading == progress::NEW_RED_FLAGS))
            .collect();
        let report: Vec<_> = changes
            .report(lang)
            .into_iter()
            .map(|part| (part.heading, part.lines.len(), part.urgent))
            .collect();
        assert_eq!(report, expected, "{lang:?}");
        for part in changes.report(lang) {
            assert!(
                part.lines.iter().all(|line| !line.contains("..")),
                "{:?}",
                part.lines
            );
        }
    }
    changes
}

#[test]
fn a_check_in_changing_two_answers_says_what_moved_red_flag_first() {
    let before = common::answers(&[("skin_feel", "comfortable")]);
    let now = common::answers(&[("skin_feel", "shiny_all"), ("health", "changing_mole")]);
    let changes = check(&before, &now);
    assert_eq!(
        changes.answers,
        [
            question_index("skin_feel").unwrap(),
            question_index("health").unwrap()
        ]
    );
    assert_eq!(
        caution_ids(&changes.new_red_flags),
        ["see_dermatologist_mole"]
    );
    assert!(
        changes
            .axes
            .iter()
            .any(|(axis, a, b)| *axis == Axis::Oiliness && b > a),
        "{:?}",
        changes.axes
    );
    assert!(
        !changes.tips_added.is_empty() || !changes.tips_removed.is_empty(),
        "oily skin gets other tips"
    );
    // The oiliness tips come from the skin answer, not the mole.
    let skin_feel = question_index("skin_feel").unwrap();
    assert!(
        changes
            .tips_added
            .iter()
            .all(|t| t.because.contains(&skin_feel)),
        "{:?}",
        changes.tips_added
    );
    // Read in either language: the red flag first, then each changed answer with its question and both answers.
    for lang in Lang::ALL {
        let report = changes.report(lang);
        assert!(report[0].urgent && report[0].lines.len() == 1, "{report:?}");
        let answers = &report[1];
        assert_eq!(answers.heading, progress::ANSWERS_CHANGED.get(lang));
        for (line, &q) in answers.lines.iter().zip(&changes.answers) {
            let question = &questionnaire()[q];
            assert!(line.contains(question.text.get(lang)), "{line}");
            assert!(
                line.contains(&before.text(q, lang)) && line.contains(&now.text(q, lang)),
                "{line}"
            );
        }
        let skin_feel = &answers.lines[0];
        let (was, is) = (
            skin_choice("comfortable", lang),
            skin_choice("shiny_all", lang),
        );
        assert!(
            skin_feel.find(was) < skin_feel.find(is),
            "before, then now: {skin_feel}"
        );
    }
    // Going back is the mirror image: no new red flag then.
    let back = check(&now, &before);
    assert!(back.new_red_flags.is_empty());
    assert_eq!(back.tips_added.len(), changes.tips_removed.len());
}

/// The label of a choice of the skin-feel question.
fn skin_choice(id: &str, lang: Lang) -> &'static str {
    let question = &questionnaire()[question_index("skin_feel").unwrap()];
    let choice = question.choices.iter().find(|c| c.id == id).unwrap();
    choice.label.get(lang)
}

#[test]
fn the_same_answers_change_nothing() {
    let answers = common::answers(&[("concerns", "redness")]);
    let changes = check(&answers, &answers);
    assert!(changes.is_empty() && changes.answers.is_empty());
    assert!(changes.report(Lang::En).is_empty() && changes.report(Lang::Ko).is_empty());
    assert!(changes.axes.is_empty() && changes.tips_added.is_empty() && changes.routine.is_empty());
}

#[test]
fn every_single_answer_change_from_a_calm_visitor_is_reported_faithfully() {
    let calm = common::answers(&[]);
    for (index, question) in questionnaire().iter().enumerate() {
        for choice in question.choices {
            let mut now = calm.clone();
            now.clear(index);
            if now.pick_by_id(question.id, choice.id).is_ok() && now.is_complete() {
                check(&calm, &now);
                check(&now, &calm);
            }
        }
    }
}

/// Whether a tip carries a tag the safety table keeps from a pregnant reader.
fn kept_from_pregnancy(tip: &Tip) -> bool {
    let (health, pregnant) = choice("health", "pregnant");
    tip.tags.iter().any(|&tag| {
        tag_avoid_if(tag).contains(&Condition::Picked {
            question: health,
            choice: pregnant,
        })
    })
}

/// The indices of question `question` and its choice `choice`.
fn choice(question: &str, choice: &str) -> (usize, usize) {
    let q = question_index(question).unwrap();
    let c = questionnaire()[q]
        .choices
        .iter()
        .position(|c| c.id == choice)
        .unwrap();
    (q, c)
}

#[test]
fn a_reader_now_pregnant_hears_which_tips_went_and_that_pregnancy_is_why() {
    // Months ago: a long evening ritual for dry skin and lines. Now the same, and pregnant.
    let ritual = [
        ("skin_feel", "tight"),
        ("routine_time", "generous"),
        ("concerns", "lines"),
    ];
    let before = common::answers(&ritual);
    let mut now = ritual.to_vec();
    now.push(("health", "pregnant"));
    let now = common::answers(&now);
    let changes = check(&before, &now);
    let health = question_index("health").unwrap();
    assert_eq!(changes.answers, [health]);
    let went: Vec<_> = changes
        .tips_removed
        .iter()
        .filter(|t| kept_from_pregnancy(t.tip))
        .collect();
    assert!(
        !went.is_empty(),
        "the ritual had tips pregnancy rules out: {:?}",
        changes.tips_removed
    );
    assert!(
        went.iter().all(|t| t.because == [health] && t.safety),
        "{went:?}"
    );
    // The pregnancy caution (retinoids stop, tell the doctor or midwife) is new for them: said, not only applied.
    assert_eq!(caution_ids(&changes.new_cautions), ["pregnancy"]);
    assert!(changes
        .tips_added
        .iter()
        .all(|t| !kept_from_pregnancy(t.tip)));
    for lang in Lang::ALL {
        let report = changes.report(lang);
        assert_eq!(
            report[0].heading,
            progress::NEW_CAUTIONS.get(lang),
            "the caution first"
        );
        // Left out for their safety, never "no longer suggested" (which could read as "no longer needed").
        let left_out = report
            .iter()
            .find(|part| part.heading == progress::TIPS_LEFT_OUT.get(lang))
            .expect("a part for the tips left out");
        assert!(report
            .iter()
            .all(|part| part.heading != progress::TIPS_REMOVED.get(lang)));
        // Named by its topic ("your health right now"), not the whole question.
        let health_text = questionnaire()[health].topic.get(lang);
        for (line, tip) in left_out.lines.iter().zip(&changes.tips_removed) {
            assert!(
                line.contains(tip.tip.title.get(lang)) && line.contains(health_text),
                "{line}"
            );
        }
        assert!(
            report.iter().all(|part| !part.urgent),
            "pregnancy is no red flag"
        );
    }
}

#[test]
fn a_tip_is_never_put_down_to_a_safety_answer_that_did_not_move_it() {
    // The skin turned oily and the reader is now pregnant: oil-control tips come because of the skin answer, and the
    // tips pregnancy rules out go because of the health answer, not the other way round.
    let before = common::answers(&[("skin_feel", "comfortable"), ("routine_time", "generous")]);
    let now = common::answers(&[
        ("skin_feel", "shiny_all"),
        ("routine_time", "generous"),
        ("health", "pregnant"),
    ]);
    let changes = check(&before, &now);
    let (skin_feel, health) = (
        question_index("skin_feel").unwrap(),
        question_index("health").unwrap(),
    );
    assert!(!changes.tips_added.is_empty());
    for tip in &changes.tips_added {
        assert_eq!(tip.because, [skin_feel], "{}", tip.tip.id);
    }
    for tip in changes
        .tips_removed
        .iter()
        .filter(|t| kept_from_pregnancy(t.tip))
    {
        assert!(tip.because.contains(&health), "{}", tip.tip.id);
    }
}

//! What changed between two answer sets, for a reader who checks in again: the outcome of each compared, in the
//! terms the results use (red flags and other cautions, profile axes, tips, routine steps), with the answers that
//! changed. Everything here follows from the answers: it is never a measurement of the skin.

use crate::engine::{evaluate, holds, Outcome, RoutineItem};
use crate::strings::{progress, ui};
use crate::{
    axis_name, fill, questionnaire, routine_step_name, Answers, Axis, Caution, Condition, Lang,
    RoutineStep, Text, Tip,
};

/// The differences between an earlier result and the current one ([`Changes::between`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changes {
    /// See-a-doctor cautions that apply now and did not before: shown first.
    pub new_red_flags: Vec<&'static Caution>,
    /// The other cautions that apply now and did not before (a pregnancy, a prescription, a procedure): next.
    pub new_cautions: Vec<&'static Caution>,
    /// The questions whose answers differ, in question order (indices into [`questionnaire`]), apart from
    /// [`Changes::new_questions`].
    pub answers: Vec<usize>,
    /// Questions the earlier result was made without (added to the quiz since, or asked again after an upgrade
    /// retired the answer given) that are answered now ([`Changes::since_upgrade`]).
    pub new_questions: Vec<usize>,
    /// Each profile axis that moved: `(axis, before, now)`, in [`Axis::ALL`] order.
    pub axes: Vec<(Axis, u8, u8)>,
    /// Tips suggested now and not before, in their current rank order.
    pub tips_added: Vec<TipChange>,
    /// Tips suggested before and not now, in their earlier rank order; [`TipChange::safety`] tells those a safety
    /// rule now keeps from the reader.
    pub tips_removed: Vec<TipChange>,
    /// Routine steps whose items changed, morning first, in layering order.
    pub routine: Vec<StepChange>,
    /// The answers compared, to name the changed ones.
    before: Answers,
    now: Answers,
}

/// One part of [`Changes::report`]: a heading and its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The new red flags, shown first and set apart.
    pub urgent: bool,
    /// The part's heading, in the report's language.
    pub heading: &'static str,
    /// One line for each change, in the report's language.
    pub lines: Vec<String>,
}

/// A tip that came or went, and the changed answers it depends on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TipChange {
    /// The tip.
    pub tip: &'static Tip,
    /// The changed questions behind it: those a trigger or safety rule of the tip reads (directly, or through an
    /// axis those answers move) that holds for one result and not the other; all the changed questions when none
    /// does.
    pub because: Vec<usize>,
    /// A tip that went because one of its safety rules (`avoid_if`) holds now: left out for the reader's safety,
    /// never to be read as "no longer needed". Always `false` for a tip that came.
    pub safety: bool,
}

/// One step of the morning or evening routine that holds something else now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepChange {
    /// An evening step (else a morning one).
    pub evening: bool,
    /// The step.
    pub step: RoutineStep,
    /// What the step held before, in order (empty: the step was not in the routine).
    pub before: Vec<Text>,
    /// What it holds now, in order (empty: the step left the routine).
    pub now: Vec<Text>,
}

impl Changes {
    /// What changed from the result of `before` to the result of `now`.
    pub fn between(before: &Answers, now: &Answers) -> Changes {
        let (was, is) = (evaluate(before), evaluate(now));
        let answers: Vec<usize> = (0..questionnaire().len())
            .filter(|&q| before.get(q) != now.get(q))
            .collect();
        // The tips of `to` that `from` does not have, with the changed answers behind each.
        let gained = |from: &Outcome, to: &Outcome| -> Vec<TipChange> {
            to.tips
                .iter()
                .filter(|t| from.tips.iter().all(|f| f.tip.id != t.tip.id))
                .map(|t| TipChange {
                    tip: t.tip,
                    because: because(t.tip, &answers, (before, &was), (now, &is)),
                    // A tip goes for safety when one of its rules holds now, or when the skin needs the calm plan.
                    safety: is.calm
                        || t.tip
                            .avoid_if
                            .iter()
                            .any(|c| holds(c, now, &is.profile.axes)),
                })
                .collect()
        };
        Changes {
            new_red_flags: is
                .urgent()
                .filter(|c| !was.urgent().any(|w| w.id == c.id))
                .collect(),
            new_cautions: is
                .other_cautions()
                .filter(|c| !was.other_cautions().any(|w| w.id == c.id))
                .collect(),
            axes: Axis::ALL
                .into_iter()
                .map(|axis| (axis, was.profile.score(axis), is.profile.score(axis)))
                .filter(|(_, a, b)| a != b)
                .collect(),
            tips_added: gained(&was, &is),
            tips_removed: gained(&is, &was),
            routine: steps_changed(&was, &is),
            answers,
            new_questions: Vec::new(),
            before: before.clone(),
            now: now.clone(),
        }
    }

    /// These changes for an earlier result read forward (`Read`): the questions in `unasked` it was made without
    /// are new questions, not changed answers. The tips they moved still name them.
    pub fn since_upgrade(mut self, unasked: &[usize]) -> Changes {
        let (new, changed) = self.answers.iter().partition(|q| unasked.contains(q));
        self.new_questions = new;
        self.answers = changed;
        self
    }

    /// The changes in words, in the order the results show them: new red flags (set apart), other new cautions,
    /// changed answers (both values), new questions (the answer now, and that changes naming its topic come from it), moved axes (both scores), tips gained, tips left out for safety and tips no
    /// longer suggested (with the answers behind each), routine steps (both items). A part with nothing in it is
    /// left out.
    pub fn report(&self, lang: Lang) -> Vec<Part> {
        let question = |q: usize| questionnaire().get(q).map_or("", |q| q.text.get(lang));
        let tips = |safety: bool, tips: &[TipChange]| -> Vec<String> {
            tips.iter()
                .filter(|change| change.safety == safety)
                .map(|change| {
                    let topics: Vec<&str> = change
                        .because
                        .iter()
                        .filter_map(|&q| questionnaire().get(q))
                        .map(|q| q.topic.get(lang))
                        .collect();
                    fill(
                        progress::TIP_BECAUSE.get(lang),
                        &[
                            ("tip", change.tip.title.get(lang)),
                            ("topics", &topics.join(", ")),
                        ],
                    )
                })
                .collect()
        };
        // The templates end each value with a full stop of their own.
        let items = |texts: &[Text]| {
            let texts: Vec<&str> = texts
                .iter()
                .map(|t| t.get(lang).trim_end_matches('.'))
                .collect();
            texts.join("; ")
        };
        let cautions = |cautions: &[&Caution]| -> Vec<String> {
            cautions
                .iter()
                .map(|c| c.text.get(lang).to_owned())
                .collect()
        };
        let parts = [
            (progress::NEW_RED_FLAGS, cautions(&self.new_red_flags)),
            (progress::NEW_CAUTIONS, cautions(&self.new_cautions)),
            (
                progress::ANSWERS_CHANGED,
                self.answers
                    .iter()
                    .map(|&q| {
                        fill(
                            progress::ANSWER_CHANGED.get(lang),
                            &[
                                ("question", question(q)),
                                ("before", self.before.text(q, lang).trim_end_matches('.')),
                                ("now", self.now.text(q, lang).trim_end_matches('.')),
                            ],
                        )
                    })
                    .collect(),
            ),
            (
                progress::NEW_QUESTIONS,
                self.new_questions
                    .iter()
                    .map(|&q| {
                        let topic = questionnaire().get(q).map_or("", |q| q.topic.get(lang));
                        fill(
                            progress::NEW_QUESTION.get(lang),
                            &[
                                ("question", question(q)),
                                ("now", self.now.text(q, lang).trim_end_matches('.')),
                                ("topic", topic),
                            ],
                        )
                    })
                    .collect(),
            ),
            (
                progress::AXES_MOVED,
                self.axes
                    .iter()
                    .map(|(axis, was, is)| {
                        fill(
                            progress::AXIS_MOVED.get(lang),
                            &[
                                ("axis", axis_name(*axis).get(lang)),
                                ("before", &was.to_string()),
                                ("now", &is.to_string()),
                            ],
                        )
                    })
                    .collect(),
            ),
            (progress::TIPS_ADDED, tips(false, &self.tips_added)),
            (progress::TIPS_LEFT_OUT, tips(true, &self.tips_removed)),
            (progress::TIPS_REMOVED, tips(false, &self.tips_removed)),
            (
                progress::ROUTINE_CHANGED,
                self.routine
                    .iter()
                    .map(|step| {
                        let time = if step.evening {
                            ui::ROUTINE_PM
                        } else {
                            ui::ROUTINE_AM
                        };
                        let template = match (step.before.is_empty(), step.now.is_empty()) {
                            (true, _) => progress::STEP_ADDED,
                            (_, true) => progress::STEP_REMOVED,
                            _ => progress::STEP_CHANGED,
                        };
                        fill(
                            template.get(lang),
                            &[
                                ("time", time.get(lang)),
                                ("step", routine_step_name(step.step).get(lang)),
                                ("before", &items(&step.before)),
                                ("now", &items(&step.now)),
                            ],
                        )
                    })
                    .collect(),
            ),
        ];
        parts
            .into_iter()
            .enumerate()
            .filter(|(_, (_, lines))| !lines.is_empty())
            .map(|(index, (heading, lines))| Part {
                urgent: index == 0,
                heading: heading.get(lang),
                lines,
            })
            .collect()
    }

    /// Whether the two results are the same in every respect listed here.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.new_questions.is_empty()
    }
}

/// The questions of `changed` behind `tip` coming or going: those read by a trigger or safety rule of the tip, or by
/// a calm caution when the calm plan came or went, that holds for one result and not the other (a picked choice, or an axis the question moves across its threshold);
/// all of `changed` when none is (the tip moved with the ranking).
fn because(
    tip: &Tip,
    changed: &[usize],
    (before, was): (&Answers, &Outcome),
    (now, is): (&Answers, &Outcome),
) -> Vec<usize> {
    // The calm plan takes every tip away: the answers that brought it (or ended it) are behind each.
    let calm_flipped = was.calm != is.calm;
    let calm = crate::cautions()
        .iter()
        .filter(|c| calm_flipped && c.calm)
        .flat_map(|c| c.when.iter().chain(c.when_all));
    let flipped: Vec<&Condition> = tip
        .triggers
        .iter()
        .map(|t| &t.condition)
        .chain(tip.avoid_if)
        .chain(calm)
        .filter(|&c| holds(c, before, &was.profile.axes) != holds(c, now, &is.profile.axes))
        .collect();
    let reads = |question: usize, condition: &Condition| match *condition {
        Condition::Picked { question: q, .. } => q == question,
        Condition::AxisAtLeast { axis, .. } => questionnaire()[question]
            .choices
            .iter()
            .any(|choice| choice.effects.iter().any(|(a, _)| *a == axis)),
    };
    let read: Vec<usize> = changed
        .iter()
        .copied()
        .filter(|&q| flipped.iter().any(|c| reads(q, c)))
        .collect();
    if read.is_empty() {
        changed.to_vec()
    } else {
        read
    }
}

/// The steps of the morning and then the evening routine whose item differs between `was` and `is`, in layering
/// order.
fn steps_changed(was: &Outcome, is: &Outcome) -> Vec<StepChange> {
    let at = |items: &[RoutineItem], step: RoutineStep| -> Vec<Text> {
        items
            .iter()
            .filter(|i| i.step == step)
            .map(RoutineItem::text)
            .collect()
    };
    let mut changed = Vec::new();
    for (evening, before, now) in [
        (false, &was.routine.am, &is.routine.am),
        (true, &was.routine.pm, &is.routine.pm),
    ] {
        for step in RoutineStep::ALL {
            let change = StepChange {
                evening,
                step,
                before: at(before, step),
                now: at(now, step),
            };
            if change.before != change.now {
                changed.push(change);
            }
        }
    }
    changed
}

//! Evaluates every answer set the widget can produce (every complete set, and every set with optional questions
//! skipped) and checks the outcome's guarantees on each. Built from `questionnaire()` alone, so it keeps covering the
//! content as it changes.
//!
//! One reduction keeps it fast as safety questions grow: the *avoid-only* questions (allergies, health, conditions
//! and treatments), whose answers raise no axis and fire no trigger or `when_all`, and only ever appear in a tip's
//! `avoid_if` or a caution's `when`, are walked as a small set of configurations instead of their full product (see
//! [`avoid_only_configurations`]). The test checks those preconditions itself, so a content change that breaks them
//! fails here rather than weakening the walk.

#[allow(dead_code)]
mod common;

use skin_rules::{
    cautions, evaluate, question_index, questionnaire, staples, tips, Answers, ChoiceSet,
    Condition, Outcome, Question, QuestionKind, RoutineItem, RoutineSource, RoutineStep, Severity,
    Tag, Time, Tip,
};
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// The safety promises, per tag, stated here independently of `tags.toml`: no tip with the tag is shown to anyone who
/// picked one of these answers. (Heat, friction and firm massage are also kept from every profile labelled
/// sensitive.) They are the dermatology minimum of issues 9 and 18; the content may avoid more, never less.
const TAG_RULES: [(Tag, &[&str]); 12] = [
    (
        Tag::Heat,
        &[
            "sensitivity.reactive",
            "concerns.redness",
            "conditions.rosacea",
            "concerns.dark_marks",
            "health.pregnant",
            "conditions.eczema",
            "breakouts.deep_painful",
            // Issue 18: the facts, whatever the goals; steam over hot water for a child; a face that just reacted.
            "conditions.flushing",
            "conditions.pigmentation",
            "conditions.procedure",
            "health.under_16",
            "health.swelling",
            "conditions.benzoyl_peroxide",
            "breakouts.frequent",
            // Issue 25: skin that bruises or tears easily.
            "health.blood_thinners",
        ],
    ),
    (
        Tag::Friction,
        &[
            "conditions.eczema",
            "conditions.rosacea",
            "concerns.redness",
            "sensitivity.reactive",
            "sensitivity.sometimes",
            "breakouts.occasional",
            "breakouts.frequent",
            "breakouts.deep_painful",
            "conditions.shaving",
            "conditions.retinoid",
            "conditions.acid",
            "conditions.prescription",
            "conditions.flushing",
            "conditions.pigmentation",
            "conditions.procedure",
            "health.swelling",
            "health.blood_thinners",
        ],
    ),
    (
        Tag::FirmMassage,
        &[
            "conditions.rosacea",
            "concerns.redness",
            "breakouts.frequent",
            "breakouts.deep_painful",
            "conditions.eczema",
            "conditions.acid",
            "conditions.flushing",
            "conditions.pigmentation",
            "conditions.procedure",
            "health.swelling",
            "health.blood_thinners",
        ],
    ),
    // Issue 18: face massage of any pressure, home-made and food preparations, a new active.
    (
        Tag::Massage,
        &[
            // New puffiness in pregnancy or after birth can be pre-eclampsia: not massaged away (derm-4, K3).
            "health.pregnant",
            "conditions.rosacea",
            "conditions.flushing",
            "concerns.redness",
            "conditions.procedure",
            "health.swelling",
            "breakouts.deep_painful",
        ],
    ),
    (
        Tag::HomeMade,
        &[
            "health.swelling",
            "conditions.procedure",
            "conditions.eczema",
        ],
    ),
    (
        Tag::VitaminC,
        &[
            "health.under_16",
            "health.swelling",
            "conditions.procedure",
            "conditions.eczema",
            "conditions.rosacea",
            "sensitivity.reactive",
        ],
    ),
    (
        Tag::NewProduct,
        &["health.swelling", "conditions.procedure"],
    ),
    (
        Tag::EssentialOil,
        &[
            "health.pregnant",
            "allergies.fragrance",
            "sensitivity.reactive",
            "conditions.eczema",
            "breakouts.frequent",
            "breakouts.deep_painful",
            "conditions.procedure",
            "health.under_16",
            "health.swelling",
        ],
    ),
    (
        Tag::Egg,
        &["allergies.eggs", "health.pregnant", "health.swelling"],
    ),
    (Tag::Honey, &["allergies.honey", "health.swelling"]),
    (Tag::Dairy, &["allergies.dairy", "health.swelling"]),
    (
        Tag::Ginseng,
        &[
            "health.pregnant",
            "health.under_16",
            "health.blood_thinners",
        ],
    ),
];

/// Issue 25: the answers that say something is wrong with the skin now. Any of them brings the calm plan: no tip, and
/// a routine of the staples only (no note, no extra, nothing from a tip). Stated here independently of the content.
const CALM_ANSWERS: [&str; 8] = [
    "health.broken_skin",
    "health.sunburn",
    "health.flare",
    "health.stinging",
    "health.swelling",
    "health.slow_sore",
    "health.immune",
    "conditions.procedure",
];

/// Tags kept from every profile labelled sensitive, whatever the answers that made it so.
const SENSITIVE_TAGS: [Tag; 3] = [Tag::Heat, Tag::Friction, Tag::FirmMassage];

/// A set of tags, one bit per tag (`1 << tag as u32`).
type TagMask = u32;
const _: () = assert!(Tag::ALL.len() <= TagMask::BITS as usize, "widen TagMask");

/// A tag and the answers, as (question, choice) indices, that bar its tips.
type TagRule = (Tag, Vec<(usize, usize)>);

/// "question.choice" as (question, choice) indices.
fn resolve(answer: &str) -> (usize, usize) {
    let (question, choice) = answer.split_once('.').unwrap();
    let q = question_index(question).unwrap_or_else(|| panic!("{answer}"));
    let c = questionnaire()[q]
        .choices
        .iter()
        .position(|c| c.id == choice)
        .unwrap_or_else(|| panic!("{answer}"));
    (q, c)
}

/// [`TAG_RULES`] with the answers resolved, once.
fn tag_rules() -> &'static [TagRule] {
    static RULES: OnceLock<Vec<TagRule>> = OnceLock::new();
    RULES.get_or_init(|| {
        TAG_RULES
            .iter()
            .map(|&(tag, answers)| (tag, answers.iter().map(|a| resolve(a)).collect()))
            .collect()
    })
}

/// Every answer a question can have: each valid choice set, and `None` if it can be skipped.
fn options(question: &Question) -> Vec<Option<ChoiceSet>> {
    let count = question.choices.len();
    let mut options: Vec<Option<ChoiceSet>> = Vec::new();
    if question.optional {
        options.push(None);
    }
    match question.kind {
        QuestionKind::Single => {
            options.extend((0..count).map(|c| Some(ChoiceSet::default().toggled(question, c))))
        }
        QuestionKind::Multi { .. } => {
            // Tapping the choices of every subset, as the choice buttons do, reaches every valid set (and only those:
            // a tap past `max` is refused and an exclusive choice stands alone).
            let mut seen = HashSet::new();
            for bits in 1..(1u32 << count) {
                let set = (0..count)
                    .filter(|c| bits >> c & 1 != 0)
                    .fold(ChoiceSet::default(), |set, c| set.toggled(question, c));
                if !set.is_empty() && seen.insert(set) {
                    options.push(Some(set));
                }
            }
        }
    }
    options
}

/// How many answers a question can have, counted rather than enumerated, to check the enumeration.
fn count_options(question: &Question) -> usize {
    let skip = usize::from(question.optional);
    match question.kind {
        QuestionKind::Single => question.choices.len() + skip,
        QuestionKind::Multi { max } => {
            let exclusive = question.choices.iter().filter(|c| c.exclusive).count();
            let others = question.choices.len() - exclusive;
            let binomial = |n: usize, k: usize| (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1));
            let combinations: usize = (1..=usize::from(max).min(others))
                .map(|k| binomial(others, k))
                .sum();
            combinations + exclusive + skip
        }
    }
}

fn holds(condition: &Condition, answers: &Answers, outcome: &Outcome) -> bool {
    match *condition {
        Condition::Picked { question, choice } => answers.picked(question, choice),
        Condition::AxisAtLeast { axis, min } => outcome.profile.score(axis) >= min,
    }
}

/// [`CALM_ANSWERS`] resolved, once.
fn calm_answers() -> &'static [(usize, usize)] {
    static CALM: OnceLock<Vec<(usize, usize)>> = OnceLock::new();
    CALM.get_or_init(|| CALM_ANSWERS.iter().map(|a| resolve(a)).collect())
}

/// Checks one outcome; returns the bitmask of highlighted tip indices.
fn check(answers: &Answers, outcome: &Outcome, budget: Option<u8>) -> u128 {
    let code = || answers.encode();
    let calm = calm_answers().iter().any(|&(q, c)| answers.picked(q, c));
    assert_eq!(outcome.calm, calm, "calm plan for {}", code());
    if calm {
        assert!(
            outcome.tips.is_empty() && outcome.highlighted == 0,
            "tips in the calm plan for {}",
            code()
        );
        for item in outcome.routine.am.iter().chain(&outcome.routine.pm) {
            assert!(
                // Every reader's staples: never the reader's own active.
                matches!(item.source, RoutineSource::Staple(s) if s.when.is_empty())
                    && item.note.is_none()
                    && item.frequency.is_none(),
                "{item:?} in the calm plan for {}",
                code()
            );
        }
    } else {
        assert!(outcome.tips.len() >= 3, "fewer than 3 tips for {}", code());
        assert!(
            (3..=6).contains(&outcome.highlighted),
            "{} highlighted for {}",
            outcome.highlighted,
            code()
        );
    }
    // Ranked by score, ties in content order; nothing highlighted is outranked by a tip that is not.
    assert!(
        outcome.tips.windows(2).all(|w| w[0].score > w[1].score
            || (w[0].score == w[1].score && index(w[0].tip) < index(w[1].tip))),
        "tips out of order for {}",
        code()
    );
    let lowest = outcome.highlighted_tips().iter().map(|t| t.score).min();
    assert!(
        outcome.other_tips().iter().all(|t| Some(t.score) <= lowest),
        "a better tip is not highlighted for {}",
        code()
    );

    // Every shown tip is relevant and none is contraindicated by its own `avoid_if` (which holds its tags' rules).
    for ranked in &outcome.tips {
        assert!(
            ranked.score > 0,
            "tip {} scores {} for {}",
            ranked.tip.id,
            ranked.score,
            code()
        );
        if let Some(condition) = ranked
            .tip
            .avoid_if
            .iter()
            .find(|c| holds(c, answers, outcome))
        {
            panic!(
                "tip {} shown although {condition:?} holds, for {}",
                ranked.tip.id,
                code()
            );
        }
    }

    // Tags as bits (`1 << tag`), so the per-tag promises cost a few bit operations per answer set.
    let mask = |tags: &[Tag]| tags.iter().fold(0, |m: TagMask, &t| m | 1 << t as u32);
    let shown = outcome.tips.iter().fold(0, |m, t| m | mask(t.tip.tags));
    let mut barred: TagMask = if outcome.profile.sensitive {
        mask(&SENSITIVE_TAGS)
    } else {
        0
    };
    for (tag, picks) in tag_rules() {
        if picks.iter().any(|&(q, c)| answers.picked(q, c)) {
            barred |= 1 << *tag as u32;
        }
    }
    // What a shown caution says it left out is left out.
    let excluded = outcome.cautions.iter().fold(0, |m, c| m | mask(c.excludes));
    if shown & (barred | excluded) != 0 {
        let tip = outcome
            .tips
            .iter()
            .find(|t| mask(t.tip.tags) & (barred | excluded) != 0)
            .unwrap();
        panic!(
            "{} (tags {:?}) shown although its tags are barred or a caution excludes them, for {}",
            tip.tip.id,
            tip.tip.tags,
            code()
        );
    }

    for (items, time, excluded, cleanses) in [
        (&outcome.routine.am, Time::Am, RoutineStep::SleepingMask, 1),
        (&outcome.routine.pm, Time::Pm, RoutineStep::Sunscreen, 2),
    ] {
        // Layering order; within a step the daily item comes first and there is at most one of each kind.
        let order = |item: &RoutineItem| (item.step, item.frequency.is_some());
        assert!(
            items.windows(2).all(|w| order(&w[0]) < order(&w[1])),
            "{time:?} routine out of order for {}",
            code()
        );
        let daily: Vec<&RoutineItem> = items.iter().filter(|i| i.frequency.is_none()).collect();
        // Each step has at most one daily item: one that fills several steps leaves them to itself.
        for step in RoutineStep::ALL {
            assert!(
                daily.iter().filter(|i| i.covers(step)).count() <= 1,
                "two daily items fill {step:?} in the {time:?} routine for {}",
                code()
            );
        }
        // One cleanse in the morning, at most two cleansing passes in the evening (a double cleanse is both).
        let passes: usize = items
            .iter()
            .map(|i| {
                RoutineStep::ALL
                    .iter()
                    .filter(|s| s.is_cleanse() && i.covers(**s))
                    .count()
            })
            .sum();
        assert!(
            passes <= cleanses,
            "{passes} cleansing passes in the {time:?} routine for {}",
            code()
        );
        // (The time budget is checked over the whole day, below.)
        // An occasional tip never takes the place of a daily staple (every reader's: the reader's own step is not).
        for staple in staples()
            .iter()
            .filter(|s| s.when.is_empty() && s.time.includes(time))
        {
            assert!(
                daily.iter().any(|i| i.covers(staple.step)),
                "no daily {:?} step in the {time:?} routine for {}",
                staple.step,
                code()
            );
        }
        assert!(
            items.iter().all(|i| i.step != excluded),
            "{excluded:?} in the {time:?} routine for {}",
            code()
        );
        for item in items {
            let placed = |source: RoutineSource, note: bool| match source {
                RoutineSource::Tip { rank, tip } => {
                    std::ptr::eq(outcome.tips[rank].tip, tip)
                        && tip.placement.is_some_and(|p| {
                            p.time.includes(time) && p.note == note && item.covers(p.step)
                        })
                }
                RoutineSource::Staple(staple) => !note && staple.time.includes(time),
            };
            // A technique is only ever a note, never the step (so the moisturiser step is a moisturiser).
            assert!(
                placed(item.source, false),
                "{:?} misplaced in the {time:?} routine for {}",
                item.source,
                code()
            );
            if let Some(note) = item.note {
                assert!(
                    item.frequency.is_none()
                        && matches!(note, RoutineSource::Tip { .. })
                        && placed(note, true),
                    "note {note:?} misplaced in the {time:?} routine for {}",
                    code()
                );
            }
            // The week plan: an occasional evening item takes exactly its evenings; nothing else is planned.
            let evenings = match item.source {
                RoutineSource::Tip { tip, .. } if item.frequency.is_some() => {
                    tip.placement.map_or(0, |p| p.evenings)
                }
                _ => 0,
            };
            assert_eq!(
                item.days.count_ones(),
                u32::from(evenings),
                "{:?} planned on evenings {:#09b} in the {time:?} routine for {}",
                item.source,
                item.days,
                code()
            );
            assert!(item.days < 1 << 7);
            assert!(
                time == Time::Pm || item.frequency.is_none(),
                "an occasional item in the morning for {}",
                code()
            );
        }
    }
    // Issue 25: new products start one at a time, two weeks apart, the best-ranked first; nothing else waits.
    // One that stands in for a staple starts at once (derm-2, V6: the evening wash must not wait for week 3).
    let mut new: Vec<(usize, u8)> = Vec::new();
    let timed = outcome
        .routine
        .am
        .iter()
        .map(|i| (i, Time::Am))
        .chain(outcome.routine.pm.iter().map(|i| (i, Time::Pm)));
    for (item, time) in timed {
        let for_staple = item.frequency.is_none()
            && staples()
                .iter()
                .any(|s| s.when.is_empty() && s.time.includes(time) && item.covers(s.step));
        match item.source {
            RoutineSource::Tip { rank, tip } if tip.safety.new_product && !for_staple => {
                if !new.contains(&(rank, item.start_week)) {
                    new.push((rank, item.start_week));
                }
            }
            _ => assert_eq!(item.start_week, 1, "{item:?} waits, for {}", code()),
        }
    }
    new.sort_unstable();
    assert!(
        new.iter()
            .enumerate()
            .all(|(k, &(_, week))| usize::from(week) == 1 + 2 * k),
        "new products start in weeks {new:?}, for {}",
        code()
    );
    // Issue 25: the reader's time is the budget. Every line of a day counts: the daily morning and evening items with
    // their notes, that evening's planned extras and the "as needed" ones (which may come any evening).
    if let Some(budget) = budget {
        for (day, seconds) in common::day_seconds(outcome).into_iter().enumerate() {
            assert!(
                seconds <= u16::from(budget) * 60,
                "{seconds} seconds on day {day} with a budget of {budget} minutes, for {}",
                code()
            );
        }
    }
    for (day, treatments) in common::treatments_per_evening(outcome)
        .into_iter()
        .enumerate()
    {
        assert!(
            treatments <= 1,
            "{treatments} heat or friction treatments on evening {day} for {}",
            code()
        );
    }

    assert!(
        outcome.cautions.contains(&outcome.disclaimer()),
        "no disclaimer for {}",
        code()
    );
    assert_eq!(
        outcome.urgent().count() + outcome.other_cautions().count() + 1,
        outcome.cautions.len(),
        "urgent, other cautions and the disclaimer are not the cautions for {}",
        code()
    );
    let red_flag = cautions()
        .iter()
        .filter(|c| c.severity == Severity::SeeDermatologist)
        .any(|c| {
            (c.when.is_empty() || c.when.iter().any(|w| holds(w, answers, outcome)))
                && c.when_all.iter().all(|w| holds(w, answers, outcome))
                && !c.unless.iter().any(|w| holds(w, answers, outcome))
        });
    assert_eq!(
        outcome.see_dermatologist(),
        red_flag,
        "dermatologist advice for {}",
        code()
    );

    outcome
        .highlighted_tips()
        .iter()
        .fold(0, |mask, t| mask | 1 << index(t.tip))
}

/// Every condition some tip or caution holds, with where: (condition, read by a trigger or a `when_all`).
fn read_conditions() -> Vec<(Condition, bool)> {
    let mut read = Vec::new();
    for tip in tips() {
        read.extend(tip.triggers.iter().map(|t| (t.condition, true)));
        read.extend(tip.avoid_if.iter().map(|&c| (c, false)));
    }
    for caution in cautions() {
        // `when` only brings a caution, and a calm one only takes tips away, as an `avoid_if` does. `unless` and
        // `when_all` only narrow when a caution shows: harmless for one that changes no tip (no `excludes`, which
        // `when_all` cannot have, and not calm), but for a calm caution they would give tips back.
        read.extend(caution.when.iter().map(|&c| (c, false)));
        read.extend(
            caution
                .unless
                .iter()
                .chain(caution.when_all)
                .map(|&c| (c, caution.calm)),
        );
    }
    read
}

/// Whether question `index` is avoid-only: multi-select, no choice raises an axis, and its choices are read only by
/// `avoid_if`, caution `when` and the `when_all` of a caution that changes no tip (never by a trigger or a calm
/// caution's `when_all`), its exclusive "none of these" by nothing.
/// The engine's own choices (`SHINY_TZONE`, `QUICK_ROUTINE`) belong to questions with triggers, so are never here.
fn avoid_only(index: usize) -> bool {
    let question = &questionnaire()[index];
    let read = read_conditions();
    matches!(question.kind, QuestionKind::Multi { .. })
        && question.choices.iter().enumerate().all(|(c, choice)| {
            let uses: Vec<bool> = read
                .iter()
                .filter(|(cond, _)| {
                    matches!(*cond, Condition::Picked { question: q, choice: ch } if q == index && ch == c)
                })
                .map(|&(_, positive)| positive)
                .collect();
            // No effect, never read by a trigger or `when_all`, and a "none of these" read by nothing.
            choice.effects.is_empty()
                && !uses.contains(&true)
                && (!choice.exclusive || uses.is_empty())
        })
}

/// The neutral answer of an avoid-only question: skipped if it may be, else its "none of these".
fn neutral(question: &Question) -> Option<ChoiceSet> {
    if question.optional {
        return None;
    }
    let none = question.choices.iter().position(|c| c.exclusive);
    Some(ChoiceSet::single(none.unwrap_or_else(|| {
        panic!("avoid-only question {} has no neutral answer", question.id)
    })))
}

/// The largest answers of an avoid-only question: every choice that can be combined, or all sets of `max` of them.
fn largest(question: &Question) -> Vec<ChoiceSet> {
    let max = match question.kind {
        QuestionKind::Multi { max } => usize::from(max),
        QuestionKind::Single => 1,
    };
    let combinable = question.choices.iter().filter(|c| !c.exclusive).count();
    options(question)
        .into_iter()
        .flatten()
        .filter(|set| {
            set.len() == max.min(combinable) && !set.iter().any(|c| question.choices[c].exclusive)
        })
        .collect()
}

/// The answers walked for the avoid-only questions, each a full assignment of them (question index, answer).
///
/// Why this is enough: an avoid-only answer only removes tips (its `avoid_if`) and adds cautions; it changes no score,
/// no trigger and no profile. So the tips shown with a set of such answers are exactly those shown with each of them
/// alone, and a tip that breaks a safety promise with the set breaks it with the one answer responsible, the other
/// avoid-only questions at their neutral answer. The fewest tips come with everything picked, which bounds "at least
/// 3 tips" for every set in between. The checks that do not depend on the answers (ranking, the routine's shape, the
/// week plan) are structural, and are checked on every tip list the other questions produce.
fn avoid_only_configurations(group: &[usize]) -> Vec<Vec<(usize, Option<ChoiceSet>)>> {
    let base: Vec<(usize, Option<ChoiceSet>)> = group
        .iter()
        .map(|&q| (q, neutral(&questionnaire()[q])))
        .collect();
    let mut configurations = vec![base.clone()];
    for (position, &q) in group.iter().enumerate() {
        let question = &questionnaire()[q];
        let singles = options(question)
            .into_iter()
            .filter(|o| o.is_none_or(|set| set.len() == 1));
        let largest = largest(question).into_iter().map(Some);
        for answer in singles.chain(largest) {
            let mut configuration = base.clone();
            configuration[position].1 = answer;
            if !configurations.contains(&configuration) {
                configurations.push(configuration);
            }
        }
    }
    // Everything at once, for the fewest tips. (With several largest sets, the first of each.)
    configurations.push(
        group
            .iter()
            .map(|&q| (q, largest(&questionnaire()[q]).first().copied()))
            .collect(),
    );
    configurations
}

fn apply(answers: &mut Answers, question: usize, option: Option<ChoiceSet>) {
    match option {
        Some(set) => answers.set(question, set).unwrap(),
        None => answers.clear(question),
    }
}

/// Walks every combination of the options of `free[1..]`, the last one turning fastest, from `answers` as set up.
fn walk(
    answers: &mut Answers,
    free: &[usize],
    options: &[Vec<Option<ChoiceSet>>],
    budgets: [((usize, usize), u8); 2],
) -> (usize, u128) {
    let mut digits = vec![0; free.len()];
    for &question in &free[1..] {
        apply(answers, question, options[question][0]);
    }
    let (mut checked, mut highlighted) = (0, 0);
    loop {
        let budget = budgets
            .iter()
            .find(|((q, c), _)| answers.picked(*q, *c))
            .map(|&(_, minutes)| minutes);
        highlighted |= check(answers, &evaluate(answers), budget);
        checked += 1;
        let mut position = free.len() - 1;
        loop {
            if position == 0 {
                return (checked, highlighted);
            }
            let question = free[position];
            digits[position] = (digits[position] + 1) % options[question].len();
            apply(answers, question, options[question][digits[position]]);
            if digits[position] != 0 {
                break;
            }
            position -= 1;
        }
    }
}

#[test]
fn every_answer_set_gives_a_safe_complete_outcome() {
    assert!(
        tips().len() <= 128,
        "the highlighted-tips mask holds 128 tips"
    );
    let options: Vec<Vec<Option<ChoiceSet>>> = questionnaire().iter().map(options).collect();
    for (question, options) in questionnaire().iter().zip(&options) {
        assert_eq!(
            options.len(),
            count_options(question),
            "answers to {}",
            question.id
        );
    }
    let (group, free): (Vec<usize>, Vec<usize>) =
        (0..questionnaire().len()).partition(|&q| avoid_only(q));
    // The safety questions must stay avoid-only, or the reduction above would not hold for them.
    for id in ["allergies", "health", "conditions"] {
        assert!(
            group.contains(&question_index(id).unwrap()),
            "{id} is no longer avoid-only: walk it in full or restore the preconditions"
        );
    }
    let configurations = avoid_only_configurations(&group);
    let expected: usize = free
        .iter()
        .map(|&q| count_options(&questionnaire()[q]))
        .product::<usize>()
        * configurations.len();
    // The time answers as the reader reads them: "Under 5 minutes", "About 10 minutes" (a day, every line counted).
    let budgets = [
        (resolve("routine_time.quick"), 5),
        (resolve("routine_time.moderate"), 10),
    ];

    // Tasks: each avoid-only configuration with each answer to the first free question.
    let first = free[0];
    let tasks = configurations.len() * options[first].len();
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (checked, highlighted) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let (mut checked, mut highlighted) = (0, 0);
                    loop {
                        let task = next.fetch_add(1, Ordering::Relaxed);
                        if task >= tasks {
                            return (checked, highlighted);
                        }
                        let mut answers = Answers::default();
                        for &(question, answer) in &configurations[task / options[first].len()] {
                            apply(&mut answers, question, answer);
                        }
                        apply(
                            &mut answers,
                            first,
                            options[first][task % options[first].len()],
                        );
                        let (count, mask) = walk(&mut answers, &free, &options, budgets);
                        checked += count;
                        highlighted |= mask;
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap())
            .fold((0, 0u128), |(c, h), (count, mask)| (c + count, h | mask))
    });
    println!(
        "exhaustive: checked {checked} answer sets ({} avoid-only configurations) in {:.1?} on {threads} threads",
        configurations.len(),
        start.elapsed()
    );
    assert_eq!(checked, expected);

    let never: Vec<&str> = tips()
        .iter()
        .enumerate()
        .filter(|(i, _)| highlighted & (1 << i) == 0)
        .map(|(_, t)| t.id)
        .collect();
    assert!(
        never.is_empty(),
        "never highlighted for any answers: {never:?}"
    );
}

/// A tip's index in `tips()`, from its address: every `&Tip` an outcome holds points into that one static array.
fn index(tip: &Tip) -> usize {
    (tip as *const Tip as usize - tips().as_ptr() as usize) / std::mem::size_of::<Tip>()
}

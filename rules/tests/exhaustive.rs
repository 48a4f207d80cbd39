//! Evaluates every answer set the widget can produce (every complete set, and every set with optional questions
//! skipped) and checks the outcome's guarantees on each. Built from `questionnaire()` alone, so it keeps covering the
//! content as it changes.

use skin_rules::{
    cautions, evaluate, question_index, questionnaire, staples, tips, Answers, ChoiceSet,
    Condition, Outcome, Question, QuestionKind, RoutineItem, RoutineSource, RoutineStep, Severity,
    Tag, Time, Tip,
};
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// The safety promises, per tag, stated here independently of the content's `avoid_if` lists: no tip with the tag is
/// shown to anyone who picked one of these answers. (Heat is also kept from every profile labelled sensitive.)
const TAG_RULES: [(Tag, &[&str]); 7] = [
    (Tag::Heat, &["sensitivity.reactive", "concerns.redness"]),
    (
        Tag::EssentialOil,
        &["health.pregnant", "allergies.fragrance"],
    ),
    (Tag::Ginseng, &["health.pregnant"]),
    (Tag::Egg, &["allergies.eggs"]),
    (Tag::Honey, &["allergies.honey"]),
    (Tag::Dairy, &["allergies.dairy"]),
    (
        Tag::Scrub,
        &["breakouts.frequent", "breakouts.deep_painful"],
    ),
];

/// A set of tags, one bit per tag (`1 << tag as u32`).
type TagMask = u32;
const _: () = assert!(Tag::ALL.len() <= TagMask::BITS as usize, "widen TagMask");

/// A tag and the answers, as (question, choice) indices, that bar its tips.
type TagRule = (Tag, Vec<(usize, usize)>);

/// [`TAG_RULES`] with the answers resolved, once.
fn tag_rules() -> &'static [TagRule] {
    static RULES: OnceLock<Vec<TagRule>> = OnceLock::new();
    RULES.get_or_init(|| {
        TAG_RULES
            .iter()
            .map(|&(tag, answers)| {
                let resolved = answers
                    .iter()
                    .map(|answer| {
                        let (question, choice) = answer.split_once('.').unwrap();
                        let q = question_index(question).unwrap_or_else(|| panic!("{answer}"));
                        let c = questionnaire()[q]
                            .choices
                            .iter()
                            .position(|c| c.id == choice)
                            .unwrap_or_else(|| panic!("{answer}"));
                        (q, c)
                    })
                    .collect();
                (tag, resolved)
            })
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

/// Checks one outcome; returns the bitmask of highlighted tip indices.
fn check(answers: &Answers, outcome: &Outcome) -> u128 {
    let code = || answers.encode();
    assert!(outcome.tips.len() >= 3, "fewer than 3 tips for {}", code());
    assert!(
        (3..=6).contains(&outcome.highlighted),
        "{} highlighted for {}",
        outcome.highlighted,
        code()
    );
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

    // Every shown tip is relevant and none is contraindicated by its own `avoid_if`, whatever its tags.
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
    let mut barred: TagMask = 0;
    for (tag, picks) in tag_rules() {
        if picks.iter().any(|&(q, c)| answers.picked(q, c))
            || (*tag == Tag::Heat && outcome.profile.sensitive)
        {
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

    for (items, time, excluded) in [
        (&outcome.routine.am, Time::Am, RoutineStep::SleepingMask),
        (&outcome.routine.pm, Time::Pm, RoutineStep::Sunscreen),
    ] {
        // Layering order; within a step the daily item comes first and there is at most one of each kind.
        let order = |item: &RoutineItem| (item.step, item.frequency.is_some());
        assert!(
            items.windows(2).all(|w| order(&w[0]) < order(&w[1])),
            "{time:?} routine out of order for {}",
            code()
        );
        // An occasional tip never takes the place of a daily staple.
        for staple in staples().iter().filter(|s| s.time.includes(time)) {
            assert!(
                items
                    .iter()
                    .any(|i| i.step == staple.step && i.frequency.is_none()),
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
            let allowed = match item.source {
                RoutineSource::Tip { rank, tip } => {
                    std::ptr::eq(outcome.tips[rank].tip, tip)
                        && tip.placement.is_some_and(|p| p.time.includes(time))
                }
                RoutineSource::Staple(staple) => staple.time.includes(time),
            };
            assert!(
                allowed,
                "{:?} misplaced in the {time:?} routine for {}",
                item.source,
                code()
            );
        }
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
        .any(|c| c.when.iter().any(|w| holds(w, answers, outcome)));
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

/// Walks every combination of the later questions' options for one answer to the first question.
fn walk(answers: &mut Answers, options: &[Vec<Option<ChoiceSet>>]) -> (usize, u128) {
    let apply = |answers: &mut Answers, question: usize, option: Option<ChoiceSet>| match option {
        Some(set) => answers.set(question, set).unwrap(),
        None => answers.clear(question),
    };
    let mut digits = vec![0; options.len()];
    for (question, option) in options.iter().enumerate().skip(1) {
        apply(answers, question, option[0]);
    }
    let (mut checked, mut highlighted) = (0, 0);
    loop {
        highlighted |= check(answers, &evaluate(answers));
        checked += 1;
        // An odometer over questions 1.., the last one turning fastest.
        let mut question = options.len() - 1;
        loop {
            if question == 0 {
                return (checked, highlighted);
            }
            digits[question] = (digits[question] + 1) % options[question].len();
            apply(answers, question, options[question][digits[question]]);
            if digits[question] != 0 {
                break;
            }
            question -= 1;
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
    let expected: usize = questionnaire().iter().map(count_options).product();

    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (checked, highlighted) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let (mut checked, mut highlighted) = (0, 0);
                    loop {
                        let first = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&option) = options[0].get(first) else {
                            return (checked, highlighted);
                        };
                        let mut answers = Answers::default();
                        if let Some(set) = option {
                            answers.set(0, set).unwrap();
                        }
                        let (count, mask) = walk(&mut answers, &options);
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
        "exhaustive: checked {checked} answer sets in {:.1?} on {threads} threads",
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

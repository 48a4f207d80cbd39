//! What the engine, persona and page-article tests share: a calm visitor, answer sets built from it, the week plan's
//! treatments and the time each day takes.

use skin_rules::{Answers, Outcome};

/// A calm, complete answer set: every required question answered with its most neutral choice, and "none of these"
/// for the conditions and treatments.
pub const CALM: &[(&str, &str)] = &[
    ("skin_feel", "comfortable"),
    ("sensitivity", "resilient"),
    ("conditions", "none"),
    ("breakouts", "rarely"),
    ("makeup", "none"),
    ("routine_time", "moderate"),
    ("water", "some"),
    ("travel", "rarely"),
    ("stress", "calm"),
    ("allergies", "none"),
    ("health", "none"),
];

/// [`CALM`] with `picks` instead of its answers to the same questions (a question named several times gets all those
/// choices); complete.
pub fn answers(picks: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (question, choice) in CALM
        .iter()
        .filter(|(q, _)| !picks.iter().any(|(p, _)| p == q))
        .chain(picks)
    {
        answers
            .pick_by_id(question, choice)
            .unwrap_or_else(|e| panic!("{question}={choice}: {e}"));
    }
    assert!(answers.is_complete());
    answers
}

/// How many heat or friction treatments the week plan puts on each evening, Monday first.
pub fn treatments_per_evening(outcome: &Outcome) -> [usize; 7] {
    std::array::from_fn(|day| {
        outcome
            .routine
            .evening(day)
            .filter(|i| i.is_treatment())
            .count()
    })
}

/// The seconds each day of the week plan takes, Monday first: every daily morning and evening item with its note,
/// the "as needed" extras (which may come any evening) and that evening's planned extras.
pub fn day_seconds(outcome: &Outcome) -> [u16; 7] {
    let every_day: u16 = outcome
        .routine
        .am
        .iter()
        .chain(&outcome.routine.pm)
        .filter(|item| item.frequency.is_none() || item.days == 0)
        .map(|item| item.seconds())
        .sum();
    std::array::from_fn(|day| {
        every_day
            + outcome
                .routine
                .evening(day)
                .map(|item| item.seconds())
                .sum::<u16>()
    })
}

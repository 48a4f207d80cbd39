//! The proptest configuration every fuzz target runs with (`tests/fuzz.rs`, `crates/skin-rules/tests/fuzz.rs`,
//! `crates/skin-content/tests/fuzz.rs`): a fixed-seed [`CI_CASES`] cases in `cargo test`, so CI stays quick and a failure
//! reproduces; `cargo xtask fuzz` sets [`CASES_VAR`] and a fresh [`SEED_VAR`] (printed, so a failure replays with
//! both). With the `answers` feature, also the one strategy of valid quiz answers, `answers()`. A crate of its own so
//! the targets of three crates share it; a dev-dependency only.

use proptest::test_runner::{Config, RngSeed};

/// Cases a target in `cargo test`.
pub const CI_CASES: u32 = 20_000;
/// The seed of `cargo test`.
pub const CI_SEED: u64 = 12;
/// Overrides [`CI_CASES`].
pub const CASES_VAR: &str = "SKIN_ANALYSIS_FUZZ_CASES";
/// Overrides [`CI_SEED`].
pub const SEED_VAR: &str = "SKIN_ANALYSIS_FUZZ_SEED";

/// The configuration of a fuzz target (`#![proptest_config(skin_analysis_fuzzkit::config())]`).
///
/// # Panics
///
/// If either variable is set to something that is not a number: a mistyped run must not silently fuzz the default.
pub fn config() -> Config {
    let env = |name: &str| {
        std::env::var(name).ok().map(|value| {
            value
                .parse::<u64>()
                .unwrap_or_else(|_| panic!("{name} must be a number, not {value:?}"))
        })
    };
    let cases = env(CASES_VAR).map_or(CI_CASES, |n| {
        u32::try_from(n).unwrap_or_else(|_| panic!("{CASES_VAR} must fit in 32 bits, not {n}"))
    });
    Config {
        cases,
        rng_seed: RngSeed::Fixed(env(SEED_VAR).unwrap_or(CI_SEED)),
        // A failure prints its minimal input; it becomes a named test rather than a regressions file.
        failure_persistence: None,
        ..Config::default()
    }
}

/// Any valid answers: each question unanswered or given the choices of random bits, ticked one by one as a visitor
/// clicks them (so the question's own rules, maximum and exclusive choices, hold).
#[cfg(feature = "answers")]
pub fn answers() -> impl proptest::strategy::Strategy<Value = skin_rules::Answers> {
    use proptest::prelude::*;
    use skin_rules::{questionnaire, Answers, ChoiceSet};

    prop::collection::vec(any::<u16>(), questionnaire().len()).prop_map(|picks| {
        let mut answers = Answers::default();
        for (index, (question, bits)) in questionnaire().iter().zip(picks).enumerate() {
            let set = (0..question.choices.len())
                .filter(|choice| bits & (1 << choice) != 0)
                .fold(ChoiceSet::default(), |set, choice| {
                    set.toggled(question, choice)
                });
            if !set.is_empty() {
                answers
                    .set(index, set)
                    .expect("clicked choices are a valid answer");
            }
        }
        answers
    })
}

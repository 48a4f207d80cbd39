//! How fast the engine answers: `cargo run --release -p skin-rules --example evaluate_speed` (run by
//! `cargo xtask bench`). Walks a fixed pseudo-random sample of complete answer sets, so every run measures the same
//! work; prints wall-clock figures for BENCHMARKS.md and asserts nothing about them.

use std::hint::black_box;
use std::time::Instant;

use skin_rules::{evaluate, questionnaire, Answers, ChoiceSet, QuestionKind};

const SETS: usize = 200_000;

fn main() {
    let sample = sample(SETS);
    let started = Instant::now();
    let mut tips = 0;
    for answers in &sample {
        tips += black_box(evaluate(black_box(answers))).tips.len();
    }
    let evaluate_ns = started.elapsed().as_nanos() as f64 / SETS as f64;

    let started = Instant::now();
    for answers in &sample {
        let code = black_box(answers.encode());
        black_box(Answers::decode(&code).expect("an encoded answer set decodes"));
    }
    let roundtrip_ns = started.elapsed().as_nanos() as f64 / SETS as f64;

    println!("  evaluate(&answers)            {:>8.0} ns per answer set ({SETS} sets, {tips} tips in all)", evaluate_ns);
    println!(
        "  encode + decode a share code  {:>8.0} ns per answer set",
        roundtrip_ns
    );
}

/// `count` complete answer sets drawn with a fixed-seed generator (xorshift), each choice set valid for its question.
fn sample(count: usize) -> Vec<Answers> {
    let mut state: u64 = 0x5eed_5eed_5eed_5eed;
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    (0..count)
        .map(|_| {
            let mut answers = Answers::default();
            for (index, question) in questionnaire().iter().enumerate() {
                let choices = match question.kind {
                    QuestionKind::Single => ChoiceSet::single(next(question.choices.len())),
                    QuestionKind::Multi { .. } => {
                        // Toggle a few random choices; toggled() keeps the set valid (max, exclusive "none").
                        let mut set = ChoiceSet::single(next(question.choices.len()));
                        for _ in 0..next(3) {
                            set = set.toggled(question, next(question.choices.len()));
                        }
                        if set.is_empty() {
                            set = ChoiceSet::single(0);
                        }
                        set
                    }
                };
                answers
                    .set(index, choices)
                    .expect("the sample builds valid answers");
            }
            answers
        })
        .collect()
}

//! Native tests of `folds`: the open sections are remembered with the result they were opened on.
#![cfg(not(target_arch = "wasm32"))]

use skin_analysis::folds::Opened;
use skin_analysis::kept::Format;
use skin_analysis::state::{Fold, Folds};
use skin_rules::Answers;

fn answers(choice: &str) -> Answers {
    let mut answers = Answers::default();
    answers.pick_by_id("skin_feel", choice).expect("a choice");
    answers
}

/// The sections `value` remembers open on the result of `answers`.
fn decode(value: &str, answers: &Answers) -> Folds {
    let Ok(opened) = Opened::decode(value);
    opened.folds_on(answers)
}

#[test]
fn the_sections_open_on_a_result_read_back_for_that_result_only() {
    let open: Folds = [Fold::Why, Fold::CheckIns].into_iter().collect();
    let value = Opened::on(&answers("tight"), open).encode();
    assert!(value.ends_with("|why,check-ins"), "{value}");
    assert_eq!(decode(&value, &answers("tight")), open);
    assert!(decode(&value, &answers("comfortable")).is_empty());
}

#[test]
fn unreadable_values_and_unknown_sections_open_nothing() {
    let code = answers("tight").encode();
    assert_eq!(
        decode(&format!("{code}|why,later,,tips"), &answers("tight")),
        [Fold::Why, Fold::Tips].into_iter().collect()
    );
    for value in ["", "why", "|", &code] {
        assert!(decode(value, &answers("tight")).is_empty(), "{value:?}");
    }
}

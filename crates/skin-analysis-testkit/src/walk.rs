//! The reducer walked without a page, for the native suites (`tests/state.rs`, `storage.rs`, `share.rs`,
//! `opening.rs`): find questions and choices by id, apply actions that must be accepted, reach a question or the
//! results.

use skin_analysis::state::{Action, Screen, State};
use skin_rules::{question_index, questionnaire, Answers, Lang, Read};

/// A question's index by its id.
pub fn q(id: &str) -> usize {
    question_index(id).unwrap_or_else(|| panic!("no question {id}"))
}

/// A choice's index in its question, both by id.
pub fn c(question: &str, choice: &str) -> usize {
    questionnaire()[q(question)]
        .choices
        .iter()
        .position(|ch| ch.id == choice)
        .unwrap_or_else(|| panic!("no {choice}"))
}

/// The last question's index.
pub fn last() -> usize {
    questionnaire().len() - 1
}

/// `action` applied to `state`, which must accept it.
#[track_caller]
pub fn apply(state: &State, action: Action) -> State {
    state
        .apply(action.clone())
        .unwrap_or_else(|e| panic!("{action:?} rejected: {e}"))
}

/// Answers the question on screen with its first choice and presses Next.
#[track_caller]
pub fn answer_first_and_next(state: &State) -> State {
    let Screen::Question(index) = state.screen else {
        panic!("not on a question: {:?}", state.screen)
    };
    let state = apply(
        state,
        Action::Toggle {
            question: index,
            choice: 0,
        },
    );
    apply(&state, Action::Next)
}

/// A quiz in English on question `index`, every question before it answered with its first choice.
pub fn at_question(index: usize) -> State {
    let mut state = apply(&State::new(Lang::En), Action::Start);
    while state.screen != Screen::Question(index) {
        state = answer_first_and_next(&state);
    }
    state
}

/// A quiz on its results, every question answered with its first choice.
pub fn at_results() -> State {
    let mut state = at_question(last());
    state = answer_first_and_next(&state);
    assert_eq!(state.screen, Screen::Results);
    state
}

/// Complete answers other than [`at_results`]'s (the last question's last choice).
pub fn shared_answers() -> Answers {
    let mut state = at_question(last());
    let choices = questionnaire()[last()].choices.len();
    state = apply(
        &state,
        Action::Toggle {
            question: last(),
            choice: choices - 1,
        },
    );
    let answers = apply(&state, Action::Next).answers;
    assert!(answers.is_complete());
    answers
}

/// Shows the result of a share link with these answers, made by this release.
pub fn view_shared(answers: Answers) -> Action {
    Action::ViewShared(read(&answers))
}

/// Answers as a link made by this release reads.
pub fn read(answers: &Answers) -> Read {
    Read {
        answers: answers.clone(),
        ..Read::default()
    }
}

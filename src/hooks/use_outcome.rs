use std::rc::Rc;

use skin_rules::{evaluate_on, Outcome};
use yew::prelude::*;

use crate::state::State;

/// The outcome of the results on screen, if they are: evaluated once per results screen and shared by the view
/// and the host's `complete` event. Derived from the answers, never stored, so a changed answer always shows its
/// new result. On a source article (`article`, an index in `skin_rules::articles()`) its tips lead their ties.
#[hook]
pub fn use_outcome(state: &State, article: Option<usize>) -> Option<Rc<Outcome>> {
    let results = state.results_shown().cloned();
    let outcome = use_memo((results, article), |(answers, article)| {
        answers
            .as_ref()
            .map(|answers| Rc::new(evaluate_on(answers, *article)))
    });
    (*outcome).clone()
}

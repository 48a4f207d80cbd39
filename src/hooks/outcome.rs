use std::rc::Rc;

use skin_rules::{evaluate, Outcome};
use yew::prelude::*;

use crate::state::State;

/// The outcome of the results on screen, if they are: evaluated once per results screen and shared by the view
/// and the host's `complete` event. Derived from the answers, never stored, so a changed answer always shows its
/// new result.
#[hook]
pub fn use_outcome(state: &State) -> Option<Rc<Outcome>> {
    let results = state.results_shown().cloned();
    let outcome = use_memo(results, |answers| {
        answers.as_ref().map(|answers| Rc::new(evaluate(answers)))
    });
    (*outcome).clone()
}

use std::cell::Cell;

use yew::prelude::*;

use crate::config::Config;
use crate::page;
use crate::state::State;
use crate::storage::{Saved, Store};

/// The reducer of `config`'s instance, opened where the page says (saved progress, share link, `data-focus`) and
/// saved to `localStorage` whenever the visitor's own progress changes.
#[hook]
pub fn use_persisted_quiz(config: &Config) -> UseReducerHandle<State> {
    let store = use_memo(config.instance_id.clone(), Store::new);
    let state = {
        let store = store.clone();
        let config = config.clone();
        use_reducer(move || State::open(page::opening(&config, &store)))
    };

    // Not as the widget opens: it is then either fresh (merely viewing a page stores nothing) or just loaded. Keyed
    // on what is saved, so a shared result on screen (`State::shared`, never saved) or the tips disclosure writes
    // nothing.
    let opened = use_mut_ref(|| Cell::new(true));
    use_effect_with(Saved::of(&state), move |saved| {
        if !opened.borrow().replace(false) {
            store.save(saved);
        }
    });
    state
}

use std::cell::Cell;

use yew::prelude::*;

use super::use_storage_changes;
use crate::config::Config;
use crate::folds::{FoldsStore, Opened};
use crate::page;
use crate::state::{Screen, State};
use crate::storage::{Saved, Store};

/// The reducer of `config`'s instance, opened where the page says (saved progress, share link, `data-focus`), saved
/// to `localStorage` whenever the visitor's own progress changes, and kept in step with the other tabs showing the
/// same quiz: newer progress one of them saves is followed here (see `storage` on revisions).
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
    // nothing. When another tab saved newer progress meanwhile, nothing is written and this tab takes that instead.
    {
        let store = store.clone();
        let dispatcher = state.dispatcher();
        let opened = use_mut_ref(|| Cell::new(true));
        use_effect_with(Saved::of(&state), move |saved| {
            if !opened.borrow().replace(false) {
                if let Some(newer) = store.save(saved) {
                    dispatcher.dispatch(newer.into_action());
                }
            }
        });
    }

    // The sections open on the visitor's own results, remembered with that result (`folds`).
    {
        let id = config.instance_id.clone();
        let own_results = (state.shared.is_none() && state.screen == Screen::Results)
            .then(|| state.answers.clone());
        use_effect_with((own_results, state.folds), move |(answers, open)| {
            if let Some(answers) = answers {
                FoldsStore::new(&id).save(&Opened::on(answers, *open));
            }
        });
    }

    // Newer progress another tab saved (a removed key or cleared storage leaves this tab as it is).
    {
        let dispatcher = state.dispatcher();
        let key = store.key().to_owned();
        use_storage_changes(
            &key,
            Callback::from(move |value: Option<String>| {
                if let Some(newer) = store.follow(value.as_deref()) {
                    dispatcher.dispatch(newer.into_action());
                }
            }),
        );
    }
    state
}

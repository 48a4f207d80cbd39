use std::rc::Rc;

use yew::prelude::*;

use super::use_storage_changes;
use crate::config::Config;
use crate::history::{local_day, Entry, History, HistoryStore};
use crate::state::{Action, State};

/// Today for the reader, by the browser's clock and time zone.
pub fn today() -> u32 {
    let now = js_sys::Date::new_0();
    local_day(now.get_time(), -now.get_timezone_offset())
}

/// What the reader last did with their history, for the check-ins panel's status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// They saved the calendar reminder.
    Reminded,
    /// They forgot their history.
    Forgotten,
}

/// The reader's history, what they last did with it and what they can do.
#[derive(Clone, PartialEq)]
pub struct HistoryHandle {
    pub history: Rc<History>,
    pub notice: Option<Notice>,
    /// "Forget my history": removes it, and the products checked, from storage and from screen.
    pub forget: Callback<()>,
    /// "Remind me to check in" was followed (the link downloads the calendar file itself).
    pub reminded: Callback<()>,
    /// The reader's today and the time in seconds since 1970, read as the screen last changed (for the reminder).
    pub today: u32,
    pub now_secs: u64,
}

/// The reader's history of `config`'s quiz (see `history`) and how to forget it. Each completion the reducer counts
/// (`State::completions`) adds the result on screen, once; the history of another tab's `storage` events is followed.
/// Forgetting it forgets the products checked too (`Action::ForgetProducts`, through `dispatcher`).
#[hook]
pub fn use_history(
    config: &Config,
    state: &State,
    dispatcher: UseReducerDispatcher<State>,
) -> HistoryHandle {
    let store = use_memo(config.instance_id.clone(), HistoryStore::new);
    let history = {
        let store = store.clone();
        use_state(move || Rc::new(store.load()))
    };
    let notice = use_state(|| None::<Notice>);

    // A new result: kept, and the panel's last notice (about the history before it) cleared.
    {
        let (store, history, notice) = (store.clone(), history.clone(), notice.clone());
        let answers = state.answers.clone();
        use_effect_with(state.completions, move |&completions| {
            if completions > 0 {
                history.set(Rc::new(
                    store.append(&history, Entry::new(today(), &answers)),
                ));
                notice.set(None);
            }
        });
    }

    // The history another tab wrote, added to or forgot (a value that does not read leaves this one on show).
    {
        let history = history.clone();
        let key = store.key().to_owned();
        use_storage_changes(
            &key,
            Callback::from(move |value: Option<String>| {
                if let Some(newer) = HistoryStore::follow(value.as_deref()) {
                    history.set(Rc::new(newer));
                }
            }),
        );
    }

    let forget = {
        let (history, notice) = (history.clone(), notice.clone());
        Callback::from(move |()| {
            store.forget();
            dispatcher.dispatch(Action::ForgetProducts);
            history.set(Rc::default());
            notice.set(Some(Notice::Forgotten));
        })
    };
    let reminded = {
        let notice = notice.clone();
        Callback::from(move |()| notice.set(Some(Notice::Reminded)))
    };
    // The clock, read here rather than while rendering: once per screen.
    let clock = use_memo(state.on_screen(), |_| {
        (today(), (js_sys::Date::now() / 1000.0) as u64)
    });
    HistoryHandle {
        today: clock.0,
        now_secs: clock.1,
        history: (*history).clone(),
        notice: *notice,
        forget,
        reminded,
    }
}

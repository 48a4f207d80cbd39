use yew::prelude::*;

use crate::config::InstanceId;
use crate::share;
use crate::state::{Action, State};

/// A share link opened while the page is already open (only the fragment changes, so nothing reloads) goes the
/// same way as one the page opened with: `Action::ViewShared`, kept beside the visitor's own quiz in the state.
#[hook]
pub fn use_share_links(instance_id: &InstanceId, dispatcher: UseReducerDispatcher<State>) {
    use_effect_with(instance_id.clone(), move |id| {
        let id = id.clone();
        let listener = web_sys::window().map(|window| {
            gloo::events::EventListener::new(&window, "hashchange", move |_| {
                if let Some(read) = share::take_shared(&id) {
                    dispatcher.dispatch(Action::ViewShared(read));
                }
            })
        });
        move || drop(listener)
    });
}

//! What every component of one quiz shares, given by `App` as a context: which instance it is, the page it is on,
//! the owner's catalog, the way out for host events and the reducer's dispatcher (stable for the instance's life, so
//! nothing is rebuilt per render to dispatch an action).

use std::rc::Rc;

use skin_rules::products::Catalog;
use yew::prelude::*;

use crate::config::InstanceId;
use crate::events::HostEvent;
use crate::state::{Action, State};

#[derive(Clone, PartialEq)]
pub struct Instance {
    pub id: InstanceId,
    /// Unique per instance on a page, for element ids (`components::id_prefix`).
    pub id_prefix: AttrValue,
    /// The prefix of every `localStorage` key of the instance (`storage::key`).
    pub storage_key: Rc<str>,
    /// The source article the page is, if it is one (an index in `skin_rules::articles()`).
    pub article: Option<usize>,
    /// Where this site has each source article (`Config::article_urls`).
    pub article_urls: Rc<[(usize, String)]>,
    /// The owner's products (empty without `data-products`).
    pub catalog: Rc<Catalog>,
    /// What the host is told (`hooks::use_host_events`).
    pub events: Callback<HostEvent>,
    pub dispatcher: UseReducerDispatcher<State>,
}

impl Instance {
    pub fn dispatch(&self, action: Action) {
        self.dispatcher.dispatch(action);
    }

    /// A click handler that dispatches `action`.
    pub fn on_click(&self, action: Action) -> Callback<MouseEvent> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |_| dispatcher.dispatch(action.clone()))
    }

    /// Where this site has the source article `article`, if the host said.
    pub fn article_url(&self, article: usize) -> Option<AttrValue> {
        self.article_urls
            .iter()
            .find(|(source, _)| *source == article)
            .map(|(_, url)| AttrValue::from(url.clone()))
    }
}

/// The instance of the `App` above; `None` only outside one (a component rendered on its own renders nothing that
/// needs it).
#[hook]
pub fn use_instance() -> Option<Instance> {
    use_context::<Instance>()
}

//! Everything the embedding keeps between calls, in one place: what is mounted, what waits for its text, the idle
//! roots, the page watcher and the shared stylesheets. Each access borrows it for one short step and never calls
//! into Yew or the page while borrowed (a host listener may call `unmount` from inside an event the quiz sends).

use std::cell::RefCell;

use web_sys::js_sys::{Array, Promise};
use web_sys::{Element, MutationObserver};
use yew::AppHandle;

use crate::components::quiz_root::QuizRoot;

/// A `.sa-mount` element and the Yew app rendering into it.
pub(super) struct Root {
    pub element: Element,
    pub app: AppHandle<QuizRoot>,
}

#[derive(Default)]
pub(super) struct Registry {
    /// The two constructed sheets, shared by every instance (a constructed sheet may be adopted by many roots).
    /// `Some(None)`: this browser cannot construct stylesheets.
    pub sheets: Option<Option<Array>>,
    /// The page watcher, kept so a panic can stop it (a dead wasm instance must not be called again).
    pub observer: Option<MutationObserver>,
    /// Elements being mounted whose language's text is still on its way, and the promise of their mount.
    pub waiting: Vec<(Element, Promise)>,
    /// Every mounted element and the root its quiz runs in.
    pub apps: Vec<(Element, Root)>,
    /// Roots whose quiz was unmounted, for the next mounts. Yew never frees an app's event delegation: each app
    /// root adds one capturing listener per event type and forgets its closure, which holds the app's listener
    /// registry and root element ("The registry is never dropped in production", `HostHandlers` in
    /// https://github.com/yewstack/yew/blob/yew-v0.23.0/packages/yew/src/dom_bundle/subtree_root.rs#L185-L212,
    /// since https://github.com/yewstack/yew/pull/2510). So destroying an app per unmount leaks it; a page that
    /// swaps its content reuses as many roots as it ever showed quizzes at once.
    pub idle: Vec<Root>,
    /// The next [`crate::components::quiz_root::Quiz::key`].
    pub next_key: u64,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Runs `step` on the registry, borrowed for that step only.
pub(super) fn with<R>(step: impl FnOnce(&mut Registry) -> R) -> R {
    REGISTRY.with(|registry| step(&mut registry.borrow_mut()))
}

/// The page watcher, taken out so it can be stopped: from a panic hook, so it never panics itself (the registry may
/// be borrowed by the code that panicked, or already gone).
pub(super) fn take_observer() -> Option<MutationObserver> {
    REGISTRY
        .try_with(|registry| {
            registry
                .try_borrow_mut()
                .ok()
                .and_then(|mut registry| registry.observer.take())
        })
        .ok()
        .flatten()
}

impl Registry {
    /// Whether `element` runs one of our quizzes or waits for its text to.
    pub fn holds(&self, element: &Element) -> bool {
        self.apps.iter().any(|(mounted, _)| mounted == element)
            || self.waiting.iter().any(|(waiting, _)| waiting == element)
    }

    /// The root mounted in `element`, out of the registry.
    pub fn take_app(&mut self, element: &Element) -> Option<Root> {
        let index = self
            .apps
            .iter()
            .position(|(mounted, _)| mounted == element)?;
        Some(self.apps.swap_remove(index).1)
    }

    /// Mounted elements no longer in their document.
    pub fn detached(&self) -> Vec<Element> {
        self.apps
            .iter()
            .filter(|(element, _)| !element.is_connected())
            .map(|(element, _)| element.clone())
            .collect()
    }

    pub fn stop_waiting(&mut self, element: &Element) {
        self.waiting.retain(|(waiting, _)| waiting != element);
    }

    /// The promises of the mounts that wait for their text.
    pub fn waiting_mounts(&self) -> Array {
        self.waiting
            .iter()
            .map(|(_, loaded)| loaded.clone())
            .collect()
    }

    pub fn take_key(&mut self) -> u64 {
        self.next_key += 1;
        self.next_key - 1
    }
}

//! Putting the quiz on a host page: every `<div data-skin-analysis>` and `<skin-analysis>` element gets its own
//! isolated quiz.
//!
//! [`start`] (run by the wasm start function, see `main.rs`) mounts the placeholders present now and watches the page:
//! placeholders added later are mounted, and removed ones unmounted (their quiz destroyed, its listeners dropped), so
//! a page that swaps its content keeps one live quiz per placeholder on the page. The Yew apps the quizzes render in
//! are reused, not destroyed (see `registry`), so swapping content a thousand times costs no memory. Hosts that render
//! their own pages can also call [`mount_element`] / [`unmount_element`] (the loader's `mount` / `unmount`). Each
//! instance lives in an open shadow root, so host CSS cannot reach in and the widget's CSS cannot leak out
//! (`styles`). What the widget reports becomes a DOM event on the host element (`events`); a panic replaces every
//! instance with a message (`panic`).

mod events;
mod panic;
mod registry;
mod styles;

use skin_rules::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Promise};
use web_sys::{
    Document, Element, MutationObserver, MutationObserverInit, MutationRecord, ShadowRoot,
    ShadowRootInit, ShadowRootMode,
};
use yew::Callback;

use registry::Root;
pub use styles::{INTRO_CSS, ISOLATION_CSS, PRINT_CSS};

use crate::components::quiz_root::{Quiz, QuizRoot, RootProps};
use crate::config::Config;
use crate::events::HostEvent;
use crate::page;
use crate::text_files;

/// The elements that become quizzes.
pub const SELECTOR: &str = "[data-skin-analysis], skin-analysis";
/// Set on an element while it is mounted, so a second copy of the wasm leaves it alone (see `is_mounted`).
pub const MOUNTED_ATTRIBUTE: &str = "data-skin-analysis-mounted";
/// `error` after a panic replaced the instance with a message; the loader sets `load-failed`.
pub const STATE_ATTRIBUTE: &str = "data-skin-analysis-state";

/// Mounts every placeholder on the page now and every one added later. Safe to call more than once.
pub fn start() {
    // Yew installs its own hook on first render unless one was set this way.
    yew::set_custom_panic_hook(Box::new(panic::on_panic));
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    mount_all(&document);
    watch(&document);
}

/// Mounts each matching element that is not mounted yet.
pub fn mount_all(document: &Document) {
    for element in matching_elements(document) {
        mount(document, &element);
    }
}

/// Mounts `element` as a quiz now (no-op if it is mounted already): the loader's `mount(element)`, for hosts that
/// render their own pages and for the `<skin-analysis>` custom element's `connectedCallback`.
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(element: JsValue) {
    let Some(element) = host_element(element, "mount") else {
        return;
    };
    if let Some(document) = element.owner_document() {
        mount(&document, &element);
    }
}

/// Destroys the quiz in `element`, if one runs there: the quiz and its listeners go, the element is left empty and
/// may be mounted again (it then resumes from saved progress). The loader's `unmount(element)`.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount_element(element: JsValue) {
    if let Some(element) = host_element(element, "unmount") {
        unmount(&element);
    }
}

/// `value` as an element; anything else a host passes is refused with a warning (calling DOM methods on it would
/// throw inside the wasm).
fn host_element(value: JsValue, call: &str) -> Option<Element> {
    let element = value.dyn_into::<Element>().ok();
    if element.is_none() {
        web_sys::console::warn_1(&format!("skin-analysis: {call}() needs an element").into());
    }
    element
}

fn unmount(element: &Element) {
    let Some(mut root) = registry::with(|registry| registry.take_app(element)) else {
        return;
    };
    // The quiz goes (its hooks' cleanups drop their listeners); its root waits for the next mount.
    root.app.update(RootProps { quiz: None });
    root.element.remove();
    if let Some(shadow) = element.shadow_root() {
        // The adopted stylesheets stay for a later mount; whatever else is there goes.
        shadow.set_text_content(None);
    }
    let _ = element.remove_attribute(MOUNTED_ATTRIBUTE);
    registry::with(|registry| registry.idle.push(root));
}

/// Unmounts every mounted element that is no longer in its document: a removed placeholder, or one inside removed
/// content. An element moved elsewhere in the same task is still connected and keeps its app.
fn unmount_detached() {
    for element in registry::with(|registry| registry.detached()) {
        unmount(&element);
    }
}

/// Whether a quiz runs in `element`: one of ours, or one of another copy of the wasm (marked, with something rendered
/// in its shadow root). A marked element with an empty or no shadow root is a copy of a mounted one (a page that
/// swaps in HTML cloned from its live DOM, as page-transition caches do) and gets its own quiz.
fn is_mounted(element: &Element) -> bool {
    registry::with(|registry| registry.holds(element))
        || (element.has_attribute(MOUNTED_ATTRIBUTE)
            && element
                .shadow_root()
                .is_some_and(|shadow| shadow.has_child_nodes()))
}

/// Mounts one element (no-op if it is already mounted). Invalid `data-*` attributes fall back to defaults with one
/// console warning each.
pub fn mount(document: &Document, element: &Element) {
    if is_mounted(element) {
        return;
    }

    let (config, warnings) = Config::from_attributes(|name| element.get_attribute(name));
    for warning in &warnings {
        web_sys::console::warn_1(&warning.to_string().into());
    }

    // The language it opens in must be there before anything replaces the intro.
    let lang = config.starting_lang(page::lang());
    if skin_rules::text::is_installed(lang) {
        attach(document, element, config);
        return;
    }
    let (document, waiting) = (document.clone(), element.clone());
    let loaded = wasm_bindgen_futures::future_to_promise(async move {
        // Another language if this one's file cannot be read: the quiz in English beats no quiz.
        let mut shown = None;
        for candidate in std::iter::once(lang).chain(Lang::ALL) {
            if text_files::load(candidate).await {
                shown = Some(candidate);
                break;
            }
        }
        registry::with(|registry| registry.stop_waiting(&waiting));
        // Without any text the intro stays, and the loader shows why below it; removed while its text loaded, there
        // is nothing to mount (adding it again mounts it then).
        if shown.is_some() && waiting.is_connected() {
            attach(&document, &waiting, config);
        }
        Ok(JsValue::UNDEFINED)
    });
    registry::with(|registry| registry.waiting.push((element.clone(), loaded)));
}

/// Every mount that waits for its language's text has happened (or failed): what the loader awaits before it
/// presses the live Start buttons.
#[wasm_bindgen]
pub fn ready() -> Promise {
    Promise::all(&registry::with(|registry| registry.waiting_mounts()))
}

/// Puts the app into `element`'s shadow root: the declarative intro's (emptied) or a new one.
fn attach(document: &Document, element: &Element, config: Config) {
    // Marked before anything else so nothing can mount it twice, even if the rest fails. Not while it waits for its
    // text (the registry's `waiting` keeps it from being mounted twice then): the mark means the live quiz is there.
    let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
    let shadow = match element.shadow_root() {
        // The intro rendered into the page (a declarative shadow root), or a root the host attached: the quiz takes
        // it over, and its first render replaces what is there before the next paint.
        Some(shadow) => {
            shadow.set_text_content(None);
            shadow
        }
        None => match element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(shadow) => shadow,
            Err(_) => {
                let message = format!(
                    "skin-analysis: cannot mount on <{}>: use a <div data-skin-analysis> or <skin-analysis> element",
                    element.tag_name().to_ascii_lowercase()
                );
                web_sys::console::warn_1(&message.into());
                return;
            }
        },
    };
    styles::apply(document, &shadow);
    let host = element.clone();
    let instance_id = config.instance_id.to_string();
    let quiz = Quiz {
        key: registry::with(|registry| registry.take_key()),
        config,
        on_event: Callback::from(move |event: HostEvent| {
            events::dispatch(&host, &instance_id, &event)
        }),
    };
    let Some(root) = root_for(document, &shadow, quiz) else {
        return;
    };
    registry::with(|registry| registry.apps.push((element.clone(), root)));
}

/// The quiz's root in `shadow`, running `quiz`: an idle one if there is one, else a new one with its own Yew app.
fn root_for(document: &Document, shadow: &ShadowRoot, quiz: Quiz) -> Option<Root> {
    let props = RootProps { quiz: Some(quiz) };
    if let Some(mut root) = registry::with(|registry| registry.idle.pop()) {
        if shadow.append_child(&root.element).is_err() {
            registry::with(|registry| registry.idle.push(root));
            return None;
        }
        root.app.update(props);
        return Some(root);
    }
    let element = document.create_element("div").ok()?;
    element.set_class_name("sa-mount");
    shadow.append_child(&element).ok()?;
    let app = yew::Renderer::<QuizRoot>::with_root_and_props(element.clone(), props).render();
    Some(Root { element, app })
}

fn matching_elements(document: &Document) -> Vec<Element> {
    let Ok(list) = document.query_selector_all(SELECTOR) else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Mounts placeholders added after start (pages that render late, client-side navigation) and unmounts removed
/// ones (page-transition scripts that replace `<main>`).
fn watch(document: &Document) {
    // The whole document, `<head>` included: placeholders can be added anywhere.
    let Some(root) = document.document_element() else {
        return;
    };
    if registry::with(|registry| registry.observer.is_some()) {
        return;
    }
    let watched = document.clone();
    let on_mutation = Closure::<dyn FnMut(Array)>::new(move |records: Array| {
        let records: Vec<MutationRecord> = records.iter().map(JsCast::unchecked_into).collect();
        if records
            .iter()
            .any(|record| record.removed_nodes().length() > 0)
        {
            unmount_detached();
        }
        if records
            .iter()
            .any(|record| record.added_nodes().length() > 0)
        {
            mount_all(&watched);
        }
    });
    let Ok(observer) = MutationObserver::new(on_mutation.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&root, &options).is_ok() {
        // The closure lives as long as the page.
        on_mutation.forget();
        registry::with(|registry| registry.observer = Some(observer));
    }
}

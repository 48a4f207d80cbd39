//! Helpers shared by the widget's `web_*` browser suites (`tests/web_*.rs`): mount the real `App` into a fresh
//! `<div>`, click like a visitor, read the DOM. Every helper flushes Yew's scheduler after acting, so the DOM is up
//! to date when it returns. A crate of its own (a dev-dependency of the widget) so that each suite uses what it needs
//! without dead-code warnings, and so the helpers stay out of the widget's public API. The native suites walk the
//! reducer with [`walk`].

pub mod walk;

use std::cell::RefCell;
use std::rc::Rc;

use skin_analysis::components::{App, AppProps};
use skin_analysis::config::{Config, InstanceId};
use skin_analysis::events::HostEvent;
use skin_rules::{questionnaire, Lang};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{AppHandle, Callback};

pub struct Mounted {
    /// The instance id it was mounted with.
    pub id: InstanceId,
    pub host: Element,
    pub handle: Option<AppHandle<App>>,
    pub events: Rc<RefCell<Vec<HostEvent>>>,
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

pub fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A test's instance id (the tests only use valid ones).
pub fn iid(instance_id: &str) -> InstanceId {
    InstanceId::parse(instance_id).unwrap_or_else(|| panic!("invalid test id {instance_id:?}"))
}

/// The localStorage key of an instance.
pub fn key(instance_id: &str) -> String {
    skin_analysis::storage::key(&iid(instance_id))
}

/// What that instance has saved, if anything.
pub fn saved(instance_id: &str) -> Option<String> {
    storage().get_item(&key(instance_id)).ok().flatten()
}

/// Forgets that instance's progress, history and checked products.
pub fn forget(instance_id: &str) {
    let _ = storage().remove_item(&key(instance_id));
    let _ = storage().remove_item(&history_key(instance_id));
    let _ = storage().remove_item(&skin_analysis::checked::CheckedStore::key_of(&iid(
        instance_id,
    )));
}

/// The localStorage key of an instance's history.
pub fn history_key(instance_id: &str) -> String {
    skin_analysis::history::HistoryStore::key_of(&iid(instance_id))
}

pub fn config(instance_id: &str, lang: Option<Lang>) -> Config {
    Config {
        lang,
        instance_id: iid(instance_id),
        ..Config::default()
    }
}

/// A new app with nothing saved under `instance_id` (left over from an earlier run); end it with
/// [`Mounted::finish`].
pub async fn fresh_app(instance_id: &str, lang: Option<Lang>) -> Mounted {
    forget(instance_id);
    mount(config(instance_id, lang)).await
}

/// A new app ([`fresh_app`]) past its intro: on the first question.
pub async fn started_app(instance_id: &str, lang: Lang) -> Mounted {
    let app = fresh_app(instance_id, Some(lang)).await;
    app.click(skin_rules::strings::ui::START.get(lang)).await;
    app
}

/// [`fresh_app`] answered with every question's first choice, on its results.
pub async fn finished_app(instance_id: &str, lang: Lang) -> Mounted {
    let app = fresh_app(instance_id, Some(lang)).await;
    app.complete_with_first_choices(lang).await;
    app
}

/// Mounts the app into a new `<div>` at the end of `<body>`.
pub async fn mount(config: Config) -> Mounted {
    let host = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    let id = config.instance_id.clone();
    let events = Rc::new(RefCell::new(Vec::new()));
    let on_event = {
        let events = events.clone();
        Callback::from(move |event| events.borrow_mut().push(event))
    };
    let handle =
        yew::Renderer::<App>::with_root_and_props(host.clone(), AppProps { config, on_event })
            .render();
    yew::scheduler::flush().await;
    Mounted {
        id,
        host,
        handle: Some(handle),
        events,
    }
}

impl Mounted {
    /// Unmounts (as a page unload would) and removes the host element.
    pub async fn unmount(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        yew::scheduler::flush().await;
        self.host.remove();
    }

    /// Unmounts and forgets what this instance saved (progress, history and checked products), so the next run starts clean.
    pub async fn finish(self) {
        let id = self.id.clone();
        self.unmount().await;
        forget(id.as_str());
    }

    pub fn root(&self) -> Element {
        self.host
            .query_selector(".sa-root")
            .ok()
            .flatten()
            .expect("the widget root")
    }

    pub fn text(&self) -> String {
        self.root().text_content().unwrap_or_default()
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).ok().flatten()
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .host
            .query_selector_all(selector)
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    pub fn text_of(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    /// The button whose text starts with `label`.
    pub fn button(&self, label: &str) -> Option<HtmlElement> {
        self.all("button")
            .into_iter()
            .find(|b| {
                b.text_content()
                    .unwrap_or_default()
                    .trim()
                    .starts_with(label)
            })
            .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    }

    pub async fn click(&self, label: &str) {
        let button = self
            .button(label)
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.text()));
        button.click();
        yew::scheduler::flush().await;
    }

    /// The primary button of a question (Next or See my results).
    pub fn next_button(&self) -> HtmlElement {
        self.find(".sa-question button[type=submit]")
            .and_then(|b| b.dyn_into().ok())
            .expect("a Next button")
    }

    pub async fn next(&self) {
        self.next_button().click();
        yew::scheduler::flush().await;
    }

    pub fn inputs(&self) -> Vec<HtmlInputElement> {
        self.all(".sa-choice-input")
            .into_iter()
            .filter_map(|e| e.dyn_into().ok())
            .collect()
    }

    pub async fn pick(&self, choice: usize) {
        let input = self
            .inputs()
            .into_iter()
            .nth(choice)
            .unwrap_or_else(|| panic!("no choice {choice}"));
        input.click();
        yew::scheduler::flush().await;
    }

    pub fn checked(&self) -> Vec<usize> {
        self.inputs()
            .iter()
            .enumerate()
            .filter(|(_, i)| i.checked())
            .map(|(n, _)| n)
            .collect()
    }

    pub fn legend(&self) -> String {
        self.text_of(".sa-legend")
    }

    /// The index of the question on screen, by its legend.
    pub fn question_on_screen(&self, lang: Lang) -> Option<usize> {
        let legend = self.legend();
        questionnaire()
            .iter()
            .position(|q| q.text.get(lang) == legend.trim())
    }

    pub fn on_results(&self) -> bool {
        self.find(".sa-results").is_some()
    }

    /// Waits, a second at the most, until `done` holds for the app: for what a browser event does later (a
    /// `hashchange`, the clipboard). Callers assert `done` afterwards.
    pub async fn wait_until(&self, done: impl Fn(&Mounted) -> bool) {
        for _ in 0..50 {
            if done(self) {
                return;
            }
            sleep(20).await;
            yew::scheduler::flush().await;
        }
    }

    /// From the intro, answers every question with its first choice; ends on the results.
    pub async fn complete_with_first_choices(&self, lang: Lang) {
        self.click(skin_rules::strings::ui::START.get(lang)).await;
        for _ in 0..questionnaire().len() {
            self.pick(0).await;
            self.next().await;
        }
        assert!(self.on_results(), "not on the results: {}", self.text());
    }
}

/// The element that has focus.
pub fn focused() -> Option<Element> {
    document().active_element()
}

/// Lets the browser run for `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

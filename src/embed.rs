//! Putting the quiz on a host page: every `<div data-skin-analysis>` and `<skin-analysis>` element gets its own
//! isolated quiz.
//!
//! [`start`] (run by the wasm start function, see `main.rs`) mounts the placeholders present now and watches the page:
//! placeholders added later are mounted, and removed ones unmounted (their quiz destroyed, its listeners dropped), so
//! a page that swaps its content keeps one live quiz per placeholder on the page. The Yew apps the quizzes render in
//! are reused, not destroyed (see `IDLE`), so swapping content a thousand times costs no memory. Hosts that render
//! their own pages can also call [`mount_element`] / [`unmount_element`] (the loader's `mount` / `unmount`). Each
//! instance lives in an open shadow root, so host CSS cannot reach in and the widget's CSS cannot leak out; the
//! stylesheet is adopted as a constructed `CSSStyleSheet`, which strict `style-src 'self'` pages allow (an inline
//! `<style>` would be blocked). What the widget reports ([`HostEvent`]) becomes a bubbling, composed
//! `skin-analysis:*` `CustomEvent` on the host element (start, step, complete, checkin, product).

use std::cell::{Cell, RefCell};
use std::panic::PanicHookInfo;

use skin_rules::strings::ui;
use skin_rules::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Function, Object, Promise, Reflect};
use web_sys::{
    CustomEvent, CustomEventInit, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode,
};
use yew::{AppHandle, Callback};

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
/// Name of the event sent when the visitor starts the quiz from its intro.
pub const START_EVENT: &str = "skin-analysis:start";
/// The visitor checks in from their results (the quiz again, their answers filled in).
pub const CHECKIN_EVENT: &str = "skin-analysis:checkin";
/// The visitor printed their results or opened a mail of them.
pub const KEPT_EVENT: &str = "skin-analysis:kept";
/// Name of the event sent when the visitor follows a product link.
pub const PRODUCT_EVENT: &str = "skin-analysis:product";
/// Name of the event sent when a question comes on screen.
pub const STEP_EVENT: &str = "skin-analysis:step";
/// Name of the event sent when the results come on screen.
pub const COMPLETE_EVENT: &str = "skin-analysis:complete";

/// The widget's own stylesheet (owned by the widget; scoped by the shadow root): `assets/css/` joined, without
/// comments, layout whitespace and print rules, in the cascade layer `sa` (see `build.rs`).
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/skin-analysis.min.css"));
/// The print rules taken out of [`WIDGET_CSS`] (`build.rs`), which the facade bin writes out as
/// [`crate::text_files::PRINT_CSS_FILE`] for the results to link with `media="print"`.
pub const PRINT_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/skin-analysis-print.min.css"));
/// The intro screen's part of [`WIDGET_CSS`], for the intro rendered into the page at build time (`src/bin/facade.rs`).
pub const INTRO_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/skin-analysis-intro.min.css"));

/// Isolation, adopted before the widget's CSS. The host element resets everything (`all: initial`); host-page rules
/// that target the element itself still win over `:host` (that is how the cascade treats shadow trees), which is
/// what lets a page set its margin or width. The mount point resets everything again, so whatever the host element
/// inherited or was given (`* { line-height: 3 }`, `html { font-size: 40px }` via `em`) stops there: the widget
/// starts from the browser's initial values. Except two, which are the page's on purpose: `color-scheme` (so
/// `data-theme="auto"` wears the page's light or dark, switched live by its toggle; when the page declares none,
/// the loader names the scheme of what is painted behind the quiz in `data-skin-analysis-scheme`) and
/// `font-family` (the page's font unless `--sa-font` is set). It never uses `rem`, which would follow the host's
/// root font size. The host reserves no height of its own: the intro rendered into the page is its box, exactly the
/// card's at every width, and the live quiz's intro has the same box, so nothing below moves when it replaces it (a
/// Start pressed before the quiz is there grows the box to question 1's at once, inside the click's input window:
/// the loader's `QUESTION`). An empty placeholder's space is the host stylesheet's or the loader's, on the element.
pub const ISOLATION_CSS: &str = "\
:host{all:initial;color-scheme:inherit;font-family:inherit;display:block;isolation:isolate}\
:host([hidden]){display:none}\
:host([data-skin-analysis-scheme=light]){color-scheme:light}\
:host([data-skin-analysis-scheme=dark]){color-scheme:dark}\
.sa-mount{all:initial;color-scheme:inherit;font-family:inherit;display:block;min-height:inherit}";

/// Mounts every placeholder on the page now and every one added later. Safe to call more than once.
pub fn start() {
    // Yew installs its own hook on first render unless one was set this way.
    yew::set_custom_panic_hook(Box::new(on_panic));
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
    let Some(mut root) = APPS.with(|apps| {
        let mut apps = apps.borrow_mut();
        let index = apps.iter().position(|(mounted, _)| mounted == element)?;
        Some(apps.swap_remove(index).1)
    }) else {
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
    IDLE.with(|idle| idle.borrow_mut().push(root));
}

/// Unmounts every mounted element that is no longer in its document: a removed placeholder, or one inside removed
/// content. An element moved elsewhere in the same task is still connected and keeps its app.
fn unmount_detached() {
    let detached: Vec<Element> = APPS.with(|apps| {
        apps.borrow()
            .iter()
            .filter(|(element, _)| !element.is_connected())
            .map(|(element, _)| element.clone())
            .collect()
    });
    for element in detached {
        unmount(&element);
    }
}

/// Whether a quiz runs in `element`: one of ours, or one of another copy of the wasm (marked, with something rendered
/// in its shadow root). A marked element with an empty or no shadow root is a copy of a mounted one (a page that
/// swaps in HTML cloned from its live DOM, as page-transition caches do) and gets its own quiz.
fn is_mounted(element: &Element) -> bool {
    APPS.with(|apps| apps.borrow().iter().any(|(mounted, _)| mounted == element))
        || WAITING.with(|waiting| {
            waiting
                .borrow()
                .iter()
                .any(|(waiting, _)| waiting == element)
        })
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
        WAITING.with(|waiting_| {
            waiting_
                .borrow_mut()
                .retain(|(element, _)| *element != waiting)
        });
        // Without any text the intro stays, and the loader shows why below it; removed while its text loaded, there
        // is nothing to mount (adding it again mounts it then).
        if shown.is_some() && waiting.is_connected() {
            attach(&document, &waiting, config);
        }
        Ok(JsValue::UNDEFINED)
    });
    WAITING.with(|waiting| waiting.borrow_mut().push((element.clone(), loaded)));
}

/// Every mount that waits for its language's text has happened (or failed): what the loader awaits before it
/// presses the live Start buttons.
#[wasm_bindgen]
pub fn ready() -> Promise {
    let waiting: Array = WAITING.with(|waiting| {
        waiting
            .borrow()
            .iter()
            .map(|(_, loaded)| loaded.clone())
            .collect()
    });
    Promise::all(&waiting)
}

/// Puts the app into `element`'s shadow root: the declarative intro's (emptied) or a new one.
fn attach(document: &Document, element: &Element, config: Config) {
    // Marked before anything else so nothing can mount it twice, even if the rest fails. Not while it waits for its
    // text (`WAITING` keeps it from being mounted twice then): the mark means the live quiz is there.
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
    apply_styles(document, &shadow);
    let host = element.clone();
    let instance_id = config.instance_id.to_string();
    let quiz = Quiz {
        key: NEXT_KEY.with(|key| key.replace(key.get() + 1)),
        config,
        on_event: Callback::from(move |event: HostEvent| dispatch(&host, &instance_id, &event)),
    };
    let Some(root) = root_for(document, &shadow, quiz) else {
        return;
    };
    APPS.with(|apps| apps.borrow_mut().push((element.clone(), root)));
}

/// The quiz's root in `shadow`, running `quiz`: an idle one if there is one, else a new one with its own Yew app.
fn root_for(document: &Document, shadow: &ShadowRoot, quiz: Quiz) -> Option<Root> {
    let props = RootProps { quiz: Some(quiz) };
    if let Some(mut root) = IDLE.with(|idle| idle.borrow_mut().pop()) {
        if shadow.append_child(&root.element).is_err() {
            IDLE.with(|idle| idle.borrow_mut().push(root));
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

/// A `.sa-mount` element and the Yew app rendering into it.
struct Root {
    element: Element,
    app: AppHandle<QuizRoot>,
}

fn matching_elements(document: &Document) -> Vec<Element> {
    let list = document
        .unchecked_ref::<DocumentExt>()
        .query_selector_all(SELECTOR);
    Array::from(&list)
        .iter()
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

#[wasm_bindgen]
extern "C" {
    /// The few DOM APIs used here that our `web-sys` features do not cover.
    #[wasm_bindgen(js_name = Document)]
    type DocumentExt;
    #[wasm_bindgen(method, js_name = querySelectorAll)]
    fn query_selector_all(this: &DocumentExt, selectors: &str) -> JsValue;

    #[wasm_bindgen(js_name = CSSStyleSheet)]
    type ConstructedSheet;
    #[wasm_bindgen(catch, constructor, js_class = "CSSStyleSheet")]
    fn new() -> Result<ConstructedSheet, JsValue>;
    #[wasm_bindgen(catch, method, js_name = replaceSync)]
    fn replace_sync(this: &ConstructedSheet, text: &str) -> Result<(), JsValue>;

    type MutationObserver;
    #[wasm_bindgen(catch, constructor)]
    fn new(callback: &Function) -> Result<MutationObserver, JsValue>;
    #[wasm_bindgen(catch, method)]
    fn observe(
        this: &MutationObserver,
        target: &web_sys::Node,
        options: &Object,
    ) -> Result<(), JsValue>;
    #[wasm_bindgen(method)]
    fn disconnect(this: &MutationObserver);
}

thread_local! {
    /// The two constructed sheets, shared by every instance (a constructed sheet may be adopted by many roots).
    /// `None` inside: this browser cannot construct stylesheets.
    static SHEETS: RefCell<Option<Option<Array>>> = const { RefCell::new(None) };
    /// The page watcher, kept so a panic can stop it (a dead wasm instance must not be called again).
    static OBSERVER: RefCell<Option<MutationObserver>> = const { RefCell::new(None) };
    /// Elements being mounted whose language's text is still on its way, and the promise of their mount.
    static WAITING: RefCell<Vec<(Element, Promise)>> = const { RefCell::new(Vec::new()) };
    /// Every mounted element and the root its quiz runs in.
    static APPS: RefCell<Vec<(Element, Root)>> = const { RefCell::new(Vec::new()) };
    /// Roots whose quiz was unmounted, for the next mounts. Yew never frees an app's event delegation (it forgets
    /// one listener closure per event type, holding the app's registry and root element), so destroying an app
    /// per unmount leaks it; a page that swaps its content reuses as many roots as it ever showed quizzes at once.
    static IDLE: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
    /// The next [`Quiz::key`].
    static NEXT_KEY: Cell<u64> = const { Cell::new(0) };
}

fn constructed_sheets() -> Option<Array> {
    let build = || {
        let sheets = Array::new();
        for css in [ISOLATION_CSS, WIDGET_CSS] {
            let sheet = ConstructedSheet::new().ok()?;
            sheet.replace_sync(css).ok()?;
            sheets.push(&sheet);
        }
        Some(sheets)
    };
    SHEETS.with(|cell| cell.borrow_mut().get_or_insert_with(build).clone())
}

fn apply_styles(document: &Document, shadow: &ShadowRoot) {
    if let Some(sheets) = constructed_sheets() {
        shadow.set_adopted_style_sheets(&sheets);
        return;
    }
    // Browsers without constructable stylesheets (pre-2023): a <style> element, which works except under a strict
    // `style-src`. Better unstyled there than not at all.
    if let Ok(style) = document.create_element("style") {
        style.set_text_content(Some(&format!("{ISOLATION_CSS}{WIDGET_CSS}")));
        let _ = shadow.append_child(&style);
    }
}

/// Mounts placeholders added after start (pages that render late, client-side navigation) and unmounts removed
/// ones (page-transition scripts that replace `<main>`).
fn watch(document: &Document) {
    // The whole document, `<head>` included: placeholders can be added anywhere.
    let Some(root) = document.document_element() else {
        return;
    };
    if OBSERVER.with(|cell| cell.borrow().is_some()) {
        return;
    }
    let watched = document.clone();
    let on_mutation = Closure::<dyn FnMut(Array)>::new(move |records: Array| {
        let any = |list: &str| {
            records.iter().any(|record| {
                Reflect::get(&record, &list.into())
                    .ok()
                    .and_then(|nodes| Reflect::get(&nodes, &"length".into()).ok())
                    .and_then(|length| length.as_f64())
                    .is_some_and(|length| length > 0.0)
            })
        };
        if any("removedNodes") {
            unmount_detached();
        }
        if any("addedNodes") {
            mount_all(&watched);
        }
    });
    let Ok(observer) = MutationObserver::new(on_mutation.as_ref().unchecked_ref()) else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"childList".into(), &true.into());
    let _ = Reflect::set(&options, &"subtree".into(), &true.into());
    if observer.observe(&root, &options).is_ok() {
        // The closure lives as long as the page.
        on_mutation.forget();
        OBSERVER.with(|cell| *cell.borrow_mut() = Some(observer));
    }
}

/// Turns a widget event into a DOM event on the host element.
fn dispatch(host: &Element, instance_id: &str, event: &HostEvent) {
    let detail = Object::new();
    set(&detail, "id", &instance_id.into());
    let name = match event {
        HostEvent::Start { lang } => {
            set(&detail, "lang", &lang.tag().into());
            START_EVENT
        }
        HostEvent::CheckIn { lang } => {
            set(&detail, "lang", &lang.tag().into());
            CHECKIN_EVENT
        }
        HostEvent::Kept { way, lang } => {
            set(&detail, "lang", &lang.tag().into());
            set(&detail, "way", &way.id().into());
            KEPT_EVENT
        }
        HostEvent::Product {
            step,
            name,
            url,
            lang,
        } => {
            set(&detail, "lang", &lang.tag().into());
            set(&detail, "step", &step.id().into());
            set(&detail, "name", &name.into());
            set(&detail, "url", &url.into());
            PRODUCT_EVENT
        }
        HostEvent::Step {
            number,
            total,
            question_id,
            lang,
        } => {
            set(&detail, "lang", &lang.tag().into());
            set(&detail, "step", &(*number as f64).into());
            set(&detail, "total", &(*total as f64).into());
            set(&detail, "questionId", &(*question_id).into());
            STEP_EVENT
        }
        HostEvent::Complete {
            profile_label,
            axes,
            tip_ids,
            lang,
        } => {
            set(&detail, "lang", &lang.tag().into());
            set(&detail, "profile", &(*profile_label).into());
            let scores = Object::new();
            for (axis, score) in axes {
                set(&scores, axis.id(), &f64::from(*score).into());
            }
            set(&detail, "axes", &scores);
            let ids: Array = tip_ids.iter().map(|id| JsValue::from_str(id)).collect();
            set(&detail, "tipIds", &ids);
            COMPLETE_EVENT
        }
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    // Composed: listeners outside any shadow tree the host element itself sits in still hear it.
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A throwing host listener is reported by the browser and does not affect the widget.
        let _ = host.dispatch_event(&event);
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

/// With `panic = "abort"` the wasm instance is dead after a panic: every further call into it would throw. So the
/// hook stops the page watcher and replaces every mounted instance with a short message in the language it was
/// showing, after logging the panic as usual.
fn on_panic(info: &PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    if let Ok(Some(observer)) =
        OBSERVER.try_with(|cell| cell.try_borrow_mut().ok().and_then(|mut o| o.take()))
    {
        observer.disconnect();
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    for element in matching_elements(&document) {
        let Some(shadow) = element
            .shadow_root()
            .filter(|_| element.has_attribute(MOUNTED_ATTRIBUTE))
        else {
            continue;
        };
        // The rendered root carries the language on screen (the visitor's switch included); only an instance that
        // never rendered lacks it, and then it gets the language it would have opened in.
        let lang = shadow
            .query_selector(".sa-root")
            .ok()
            .flatten()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or_else(|| {
                Config::from_attributes(|name| element.get_attribute(name))
                    .0
                    .starting_lang(page::lang())
            });
        show_error(&document, &shadow, lang);
        let _ = element.set_attribute(STATE_ATTRIBUTE, "error");
    }
}

fn show_error(document: &Document, shadow: &ShadowRoot, lang: Lang) {
    let Ok(message) = document.create_element("div") else {
        return;
    };
    message.set_class_name("sa-mount");
    let _ = message.set_attribute("role", "alert");
    let _ = message.set_attribute("lang", lang.tag());
    for text in [ui::ERROR_TITLE.get(lang), ui::ERROR_BODY.get(lang)] {
        if let Ok(paragraph) = document.create_element("p") {
            paragraph.set_text_content(Some(text));
            let _ = message.append_child(&paragraph);
        }
    }
    // Everything the dead app rendered (and its event listeners) goes; the adopted stylesheets stay.
    shadow.set_text_content(None);
    let _ = shadow.append_child(&message);
}

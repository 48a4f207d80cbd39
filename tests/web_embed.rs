//! The embedding in a real browser (Chromium and Firefox): placeholders become styled shadow roots, once each,
//! including ones added later; data attributes reach the app; widget events come out as DOM CustomEvents.
//! (The loader, CSP, layout shift and Hugo are covered by the end-to-end journeys in `e2e/`.)
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use skin_analysis::embed;
use skin_rules::questionnaire;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::js_sys::{Promise, Reflect};
use web_sys::{CustomEvent, Document, Element, HtmlElement};

/// What a host listens to for each question on screen.
const STEP_EVENT: &str = "skin-analysis:step";

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Appends `<tag data-skin-analysis? ...attributes>` to `<body>`.
fn placeholder(tag: &str, attributes: &[(&str, &str)]) -> Element {
    let element = document().create_element(tag).expect("an element");
    if tag == "div" {
        element.set_attribute("data-skin-analysis", "").unwrap();
    }
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document()
        .body()
        .expect("a body")
        .append_child(&element)
        .unwrap();
    element
}

/// Lets queued microtasks (MutationObserver callbacks) run, then renders.
async fn settle() {
    let _ = wasm_bindgen_futures::JsFuture::from(Promise::resolve(&JsValue::UNDEFINED)).await;
    yew::scheduler::flush().await;
}

fn roots(element: &Element) -> u32 {
    let shadow = element.shadow_root().expect("a shadow root");
    let roots = shadow
        .query_selector_all(".sa-root")
        .expect("a valid selector");
    roots.length()
}

#[wasm_bindgen_test]
async fn each_placeholder_gets_one_styled_shadow_root_with_its_settings() {
    let first = placeholder(
        "div",
        &[
            ("data-id", "embed-a"),
            ("data-lang", "ko"),
            ("data-theme", "dark"),
        ],
    );
    let second = placeholder("skin-analysis", &[("data-id", "embed-b")]);
    embed::mount_all(&document());
    settle().await;

    for element in [&first, &second] {
        assert!(element.has_attribute(embed::MOUNTED_ATTRIBUTE));
        let shadow = element
            .shadow_root()
            .expect("mounted in an open shadow root");
        assert_eq!(
            shadow.adopted_style_sheets().length(),
            2,
            "isolation + widget stylesheets adopted"
        );
        assert_eq!(roots(element), 1);
    }
    let root = first
        .shadow_root()
        .unwrap()
        .query_selector(".sa-root")
        .unwrap()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));

    // Scanning again, or mounting one element directly, changes nothing.
    embed::mount_all(&document());
    embed::mount(&document(), &first);
    settle().await;
    assert_eq!((roots(&first), roots(&second)), (1, 1));
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn placeholders_added_later_are_mounted() {
    embed::start();
    let late = placeholder("div", &[("data-id", "embed-late")]);
    settle().await;
    assert_eq!(roots(&late), 1, "mounted by the page watcher");

    // Re-inserting a mounted element must not mount it again (attachShadow would throw).
    document().body().unwrap().append_child(&late).unwrap();
    settle().await;
    assert_eq!(roots(&late), 1);
    late.remove();
}

fn shadow_query(element: &Element, selector: &str) -> Option<Element> {
    element
        .shadow_root()
        .expect("a shadow root")
        .query_selector(selector)
        .expect("a valid selector")
}

#[wasm_bindgen_test]
async fn an_unmounted_quiz_goes_and_its_root_serves_the_next_one_afresh() {
    let first = placeholder("div", &[("data-id", "embed-reuse-a")]);
    embed::mount(&document(), &first);
    settle().await;
    let start: HtmlElement = shadow_query(&first, ".sa-intro .sa-button--primary")
        .expect("the intro")
        .unchecked_into();
    start.click();
    settle().await;
    assert!(shadow_query(&first, ".sa-question").is_some());
    let root = shadow_query(&first, ".sa-mount").expect("the quiz's root");

    // Unmounted and another mounted in the same task, as when a page swaps its content: both reach the root's app
    // in one render, and the new quiz must not inherit the old one's state.
    embed::unmount_element(first.clone().into());
    let second = placeholder("div", &[("data-id", "embed-reuse-b")]);
    embed::mount(&document(), &second);
    assert!(!first.has_attribute(embed::MOUNTED_ATTRIBUTE));
    assert_eq!(first.shadow_root().unwrap().child_nodes().length(), 0);
    settle().await;
    let reused = shadow_query(&second, ".sa-mount").expect("a root");
    assert!(reused.is_same_node(Some(&root)), "the idle root was reused");
    assert!(shadow_query(&second, ".sa-intro").is_some(), "a fresh quiz");
    assert!(shadow_query(&second, ".sa-question").is_none());
    assert_eq!(roots(&second), 1);
    first.remove();
    second.remove();
}

/// An event as the document saw it: type, bubbles, composed, detail.
type Seen = (String, bool, bool, JsValue);

#[wasm_bindgen_test]
async fn widget_events_become_bubbling_custom_events_with_a_plain_detail() {
    let seen: Rc<RefCell<Vec<Seen>>> = Rc::default();
    let listener = {
        let seen = seen.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let custom: &CustomEvent = event.unchecked_ref();
            seen.borrow_mut().push((
                event.type_(),
                event.bubbles(),
                event.composed(),
                custom.detail(),
            ));
        })
    };
    document()
        .add_event_listener_with_callback(STEP_EVENT, listener.as_ref().unchecked_ref())
        .unwrap();

    let element = placeholder("div", &[("data-id", "embed-events"), ("data-lang", "en")]);
    embed::mount(&document(), &element);
    settle().await;
    let shadow = element.shadow_root().unwrap();
    let start: HtmlElement = shadow
        .query_selector(".sa-intro .sa-button--primary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    start.click();
    settle().await;

    let seen = seen.borrow();
    assert_eq!(seen.len(), 1, "one step event reached the document");
    let (name, bubbles, composed, detail) = &seen[0];
    assert_eq!(name, STEP_EVENT);
    assert!(*bubbles && *composed);
    let get = |key: &str| Reflect::get(detail, &key.into()).unwrap();
    assert_eq!(get("id").as_string().as_deref(), Some("embed-events"));
    assert_eq!(get("lang").as_string().as_deref(), Some("en"));
    assert_eq!(get("step").as_f64(), Some(1.0));
    assert_eq!(get("total").as_f64(), Some(questionnaire().len() as f64));
    assert_eq!(
        get("questionId").as_string().as_deref(),
        Some(questionnaire()[0].id)
    );

    document()
        .remove_event_listener_with_callback(STEP_EVENT, listener.as_ref().unchecked_ref())
        .unwrap();
    element.remove();
}

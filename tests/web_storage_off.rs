//! Storage that throws must not break the quiz: `window.localStorage` itself throws (sandboxed iframes, some
//! privacy modes), or `setItem` throws (quota). Its own test binary, because it breaks `localStorage` for the page.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Object, Reflect};
use skin_analysis_testkit::*;
use skin_rules::{strings::ui, Lang};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EN: Lang = Lang::En;

/// Replaces `window.localStorage` with a getter that throws, as a sandboxed iframe does.
fn break_local_storage() -> JsValue {
    let window = web_sys::window().expect("a window");
    let saved = Reflect::get(&window, &"localStorage".into()).unwrap_or(JsValue::UNDEFINED);
    let descriptor = Object::new();
    let getter = Function::new_no_args(
        "throw new DOMException('The operation is insecure.', 'SecurityError');",
    );
    Reflect::set(&descriptor, &"get".into(), &getter).expect("descriptor");
    Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).expect("descriptor");
    Object::define_property(&window, &"localStorage".into(), &descriptor);
    saved
}

fn restore_local_storage(saved: JsValue) {
    let window = web_sys::window().expect("a window");
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"value".into(), &saved).expect("descriptor");
    Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).expect("descriptor");
    Object::define_property(&window, &"localStorage".into(), &descriptor);
}

async fn complete_and_reload(id: &str) {
    let app = mount(config(id, Some(EN))).await;
    app.complete_with_first_choices(EN).await;
    assert!(app.count(".sa-tip") >= 3, "results shown without storage");
    app.click(ui::RETAKE.get(EN)).await;
    assert_eq!(app.question_on_screen(EN), Some(0));
    app.pick(0).await;
    app.next().await;
    app.unmount().await;
    // Nothing could be kept: a reload starts over, and still works.
    let again = mount(config(id, Some(EN))).await;
    assert!(again.text().contains(ui::INTRO_TITLE.get(EN)));
    again.click(ui::START.get(EN)).await;
    assert_eq!(again.question_on_screen(EN), Some(0));
    again.unmount().await;
}

#[wasm_bindgen_test]
async fn a_throwing_local_storage_getter_does_not_break_the_quiz() {
    let saved = break_local_storage();
    let window = web_sys::window().expect("a window");
    assert!(window.local_storage().is_err(), "the getter throws");
    complete_and_reload("storage-throws").await;
    restore_local_storage(saved);
    assert!(window.local_storage().is_ok());
}

#[wasm_bindgen_test]
async fn a_throwing_set_item_does_not_break_the_quiz() {
    let prototype = Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|storage| Reflect::get(&storage, &"prototype".into()))
        .expect("Storage.prototype");
    let original = Reflect::get(&prototype, &"setItem".into()).expect("setItem");
    let throwing =
        Function::new_no_args("throw new DOMException('Quota exceeded', 'QuotaExceededError');");
    Reflect::set(&prototype, &"setItem".into(), &throwing).expect("replaced");
    complete_and_reload("storage-full").await;
    Reflect::set(&prototype, &"setItem".into(), &original).expect("restored");
}

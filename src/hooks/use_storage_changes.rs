use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Follows another tab's writes to the `localStorage` key `key`: `on_change` gets the new value, or `None` when the
/// key was removed or the whole storage cleared. (`storage` events reach every other tab of the origin when one
/// writes; a tab never hears its own writes.) The listener lives as long as the component, per key.
#[hook]
pub fn use_storage_changes(key: &str, on_change: Callback<Option<String>>) {
    use_effect_with(key.to_owned(), move |key| {
        let key = key.clone();
        let listener = web_sys::window().map(|window| {
            gloo::events::EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // No key: storage was cleared.
                if event.key().is_none_or(|changed| changed == key) {
                    on_change.emit(event.new_value());
                }
            })
        });
        move || drop(listener)
    });
}

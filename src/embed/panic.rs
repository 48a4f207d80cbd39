//! The panic fallback. With `panic = "abort"` the wasm instance is dead after a panic: every further call into it
//! would throw. So the hook stops the page watcher and replaces every mounted instance with a short message in the
//! language it was showing, after logging the panic as usual.

use std::panic::PanicHookInfo;

use skin_rules::strings::ui;
use skin_rules::Lang;
use web_sys::{Document, ShadowRoot};

use super::{matching_elements, registry, MOUNTED_ATTRIBUTE, STATE_ATTRIBUTE};
use crate::config::Config;
use crate::page;

pub(super) fn on_panic(info: &PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    if let Some(observer) = registry::take_observer() {
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

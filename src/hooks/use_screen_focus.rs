use std::cell::Cell;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::state::State;

/// The ref for each screen's heading or legend, which gets the focus when the screen changes, so keyboard and
/// screen reader users start there. Not on the first render: a widget in the middle of an article must not grab
/// focus (and scroll) on page load. Nor when the reader's focus is elsewhere on the page: a screen that changed
/// from outside (progress followed from another tab, a share link opened in the article) must not pull them away.
#[hook]
pub fn use_screen_focus(state: &State) -> NodeRef {
    let heading = use_node_ref();
    let first = use_mut_ref(|| Cell::new(true));
    {
        let heading = heading.clone();
        use_effect_with(state.on_screen(), move |_| {
            if first.borrow().replace(false) {
                return;
            }
            if let Some(el) = heading
                .cast::<web_sys::HtmlElement>()
                .filter(|el| focus_is_ours(el))
            {
                // Reading a layout property first makes the browser lay the new element out: Firefox ignores
                // `focus()` on a `<legend>` that has no layout box yet (it was inserted in this same render).
                let _ = el.offset_height();
                let _ = el.focus();
            }
        });
    }
    heading
}

/// Whether focus is inside the widget holding `heading`, or nowhere (on the page's body, as after the focused button
/// of the previous screen went away).
fn focus_is_ours(heading: &Element) -> bool {
    let Some(document) = heading.owner_document() else {
        return true;
    };
    let Some(active) = document.active_element() else {
        return true;
    };
    let nowhere = document
        .body()
        .is_some_and(|body| body.unchecked_ref::<Element>() == &active);
    // In a shadow root (as embedded) the document's active element is the host; in light DOM (tests) it is inside
    // the widget's root.
    let in_shadow = heading
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .is_ok_and(|shadow| shadow.host() == active);
    let in_root = heading
        .closest(".sa-root")
        .ok()
        .flatten()
        .is_some_and(|root| root.contains(Some(&active)));
    nowhere || in_shadow || in_root
}

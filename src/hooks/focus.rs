use std::cell::Cell;

use yew::prelude::*;

use crate::state::State;

/// The ref for each screen's heading or legend, which gets the focus when the screen changes, so keyboard and
/// screen reader users start there. Not on the first render: a widget in the middle of an article must not grab
/// focus (and scroll) on page load.
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
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                // Reading a layout property first makes the browser lay the new element out: Firefox ignores
                // `focus()` on a `<legend>` that has no layout box yet (it was inserted in this same render).
                let _ = el.offset_height();
                let _ = el.focus();
            }
        });
    }
    heading
}

//! What the widget reports ([`HostEvent`]) as a bubbling, composed `skin-analysis:*` `CustomEvent` on the host
//! element ([`HostEvent::name`]), its detail an object of plain values.

use wasm_bindgen::JsValue;
use web_sys::js_sys::{Array, Object, Reflect};
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::events::HostEvent;

/// Turns a widget event into a DOM event on the host element.
pub(super) fn dispatch(host: &Element, instance_id: &str, event: &HostEvent) {
    let detail = Object::new();
    set(&detail, "id", &instance_id.into());
    match event {
        HostEvent::Start { lang } | HostEvent::CheckIn { lang } => {
            set(&detail, "lang", &lang.tag().into());
        }
        HostEvent::Kept { way, lang } => {
            set(&detail, "lang", &lang.tag().into());
            set(&detail, "way", &way.id().into());
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
        }
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    // Composed: listeners outside any shadow tree the host element itself sits in still hear it.
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        // A throwing host listener is reported by the browser and does not affect the widget.
        let _ = host.dispatch_event(&event);
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

//! The owner's product catalog at the page's edge: fetch the JSON file `data-products` names, parse it with the
//! browser's `JSON.parse` (through `Response.json()`), and turn the parsed value into a plain
//! [`skin_rules::products::Value`] for the typed reader, which lives in the rules crate so it is tested natively.

use skin_rules::products::{Catalog, Value};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Object, Reflect};
use web_sys::Response;

use crate::fetch;

/// Nesting deeper than this is not a catalog; it reads as `null` (so the entry is skipped, not the page hung).
const MAX_DEPTH: usize = 8;

/// Fetches and reads the catalog. Every skipped entry, and a file that cannot be loaded, is one console warning;
/// what remains valid is returned (nothing at all: an empty catalog, results as without one).
pub async fn load(url: &str) -> Catalog {
    match fetch::get(url, Response::json).await {
        Ok(json) => {
            let (catalog, skipped) = Catalog::read(&value(&json, 0));
            for problem in skipped {
                warn(&format!("skin-analysis: {url}: {problem}"));
            }
            catalog
        }
        Err(reason) => {
            warn(&format!(
                "skin-analysis: could not load the products file {url}: {reason}; showing no products"
            ));
            Catalog::default()
        }
    }
}

/// The parsed JSON as a plain value. Only what `JSON.parse` can produce is distinguished; anything else is `Null`.
fn value(js: &JsValue, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        Value::Null
    } else if let Some(b) = js.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = js.as_f64() {
        Value::Number(n)
    } else if let Some(s) = js.as_string() {
        Value::String(s)
    } else if Array::is_array(js) {
        let items = Array::from(js)
            .iter()
            .map(|v| value(&v, depth + 1))
            .collect();
        Value::Array(items)
    } else if js.is_object() {
        let members = Object::keys(js.unchecked_ref::<Object>())
            .iter()
            .filter_map(|key| {
                let member = Reflect::get(js, &key).ok()?;
                Some((key.as_string()?, value(&member, depth + 1)))
            })
            .collect();
        Value::Object(members)
    } else {
        Value::Null
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

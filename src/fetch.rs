//! The widget's one way to read a file from the host's server: a plain GET (no answer ever goes with it), a typed
//! reason when it fails.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Promise;
use web_sys::Response;

/// Fetches `url` and reads its body with `read` (`Response::json`, `Response::text`). An HTTP error status, a
/// network failure or an unreadable body is the reason as text, for the caller's one console warning.
pub async fn get(
    url: &str,
    read: fn(&Response) -> Result<Promise, JsValue>,
) -> Result<JsValue, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    JsFuture::from(read(&response).map_err(describe)?)
        .await
        .map_err(describe)
}

/// A thrown JavaScript value as text.
pub fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<web_sys::js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

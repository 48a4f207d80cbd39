//! Each language's text at the page's edge: the file `skin_rules::text` reads, fetched from beside the glue module
//! (`skin-analysis-text-<lang>.txt` in `dist/embed`, the Hugo theme's static files and `dist/app`) the first time
//! an instance needs that language, so a reader downloads only the language they read; and where the other files
//! published beside the glue are (the print stylesheet the results link).

use std::cell::RefCell;

use skin_rules::{text, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Promise;
use web_sys::Response;

use crate::fetch;

#[wasm_bindgen]
extern "C" {
    /// The glue module's `import.meta`: its URL locates the text files, wherever the host serves the quiz from.
    type ImportMeta;
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
}

thread_local! {
    /// The fetch of each language's file under way, shared by every instance that waits for it.
    static PENDING: RefCell<Vec<(Lang, Promise)>> = const { RefCell::new(Vec::new()) };
    /// Languages whose file could not be read: asked for once a page, so one warning says so.
    static FAILED: RefCell<Vec<Lang>> = const { RefCell::new(Vec::new()) };
}

/// Installs `lang`'s text, fetching its file unless it is installed already; whether it is installed now. On failure
/// (one console warning says why) the language stays unavailable for the page's lifetime, and the instance keeps
/// the one it shows.
pub async fn load(lang: Lang) -> bool {
    if text::is_installed(lang) {
        return true;
    }
    if FAILED.with(|failed| failed.borrow().contains(&lang)) {
        return false;
    }
    let url = url(lang);
    let promise = PENDING.with(|pending| {
        let mut pending = pending.borrow_mut();
        if let Some((_, promise)) = pending.iter().find(|(pending, _)| *pending == lang) {
            return promise.clone();
        }
        let fetched = wasm_bindgen_futures::future_to_promise(async move {
            let installed = fetch::get(&url, Response::text).await.and_then(|file| {
                text::install(lang, file.as_string().unwrap_or_default()).map_err(|e| e.to_string())
            });
            if let Err(reason) = installed {
                FAILED.with(|failed| failed.borrow_mut().push(lang));
                let message = format!(
                    "skin-analysis: could not load the {} text {url}: {reason}",
                    lang.name()
                );
                web_sys::console::warn_1(&message.into());
            }
            Ok(JsValue::UNDEFINED)
        });
        pending.push((lang, fetched.clone()));
        fetched
    });
    // The promise never rejects: the outcome is whether the language is installed now.
    let _ = JsFuture::from(promise).await;
    PENDING.with(|pending| pending.borrow_mut().retain(|(pending, _)| *pending != lang));
    text::is_installed(lang)
}

/// Where `lang`'s file is: beside the glue module.
fn url(lang: Lang) -> String {
    beside_glue(&text::file_name(lang))
}

/// The print stylesheet's published name, `skin-analysis-print.<fingerprint>.css` (`build.rs` splits it from the
/// widget's CSS and names it; the facade bin writes it out, `cargo xtask dist` publishes it beside the glue).
pub const PRINT_CSS_FILE: &str = env!("SKIN_ANALYSIS_PRINT_CSS");

/// The URL of the file `name` published beside the glue module, wherever the host serves the quiz from.
pub fn beside_glue(name: &str) -> String {
    IMPORT_META
        .with(ImportMeta::url)
        .rsplit_once('/')
        .map_or(name.to_owned(), |(base, _)| format!("{base}/{name}"))
}

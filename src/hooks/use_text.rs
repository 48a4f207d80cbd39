use skin_rules::{text, Lang};
use yew::prelude::*;

/// The language to render in: `lang` (the state's) once its text is installed. Until then (a switch whose file is
/// on its way, or progress saved in another language than the page's) it is a language that is, and the file is
/// fetched; its arrival renders again. If the file cannot be read, the instance stays in the language it shows.
#[hook]
pub fn use_text(lang: Lang) -> Lang {
    let update = use_force_update();
    use_effect_with(lang, move |&lang| {
        if !text::is_installed(lang) {
            wasm_bindgen_futures::spawn_local(async move {
                if crate::text_files::load(lang).await {
                    update.force_update();
                }
            });
        }
    });
    if text::is_installed(lang) {
        lang
    } else {
        Lang::ALL
            .into_iter()
            .find(|&other| text::is_installed(other))
            .unwrap_or(lang)
    }
}

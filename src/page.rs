//! What the widget reads from the host page as an instance opens: the page's language, the saved progress, the
//! checked products and a share link. It is gathered here into a plain [`Opening`] so that [`crate::state::State::open`] decides where the visitor starts
//! without touching the browser (and is tested natively).

use skin_rules::Lang;

use crate::checked::CheckedStore;
use crate::config::Config;
use crate::folds::FoldsStore;
use crate::share;
use crate::state::{Folds, Opening, Screen};
use crate::storage::Store;

/// Everything `config`'s instance opens with. Reading a share link clears it from the address bar.
pub fn opening(config: &Config, store: &Store) -> Opening {
    let lang = config.starting_lang(lang());
    let saved = store.load(lang);
    let folds = match &saved {
        Some(saved) if saved.screen == Screen::Results => FoldsStore::new(&config.instance_id)
            .load()
            .folds_on(&saved.answers),
        _ => Folds::default(),
    };
    Opening {
        lang,
        focus: config.focus,
        saved,
        shared: share::take_shared(&config.instance_id),
        folds,
        products: CheckedStore::new(&config.instance_id).load(),
    }
}

/// The page's language (`<html lang>`), else the browser's, if we have it.
pub fn lang() -> Option<Lang> {
    let window = web_sys::window()?;
    let html_lang = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    html_lang.as_deref().and_then(Lang::from_tag).or_else(|| {
        window
            .navigator()
            .language()
            .as_deref()
            .and_then(Lang::from_tag)
    })
}

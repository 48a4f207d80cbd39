use std::rc::Rc;

use skin_rules::products::Catalog;
use yew::prelude::*;

use crate::catalog;

/// The owner's product catalog (`data-products`), loaded once per instance in the background: empty until it has
/// arrived, and empty for good without the attribute or when the file cannot be read (results as without products).
#[hook]
pub fn use_products(url: Option<String>) -> Rc<Catalog> {
    let catalog = use_state(Rc::<Catalog>::default);
    {
        let catalog = catalog.setter();
        use_effect_with(url, move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    catalog.set(Rc::new(catalog::load(&url).await));
                });
            }
        });
    }
    (*catalog).clone()
}

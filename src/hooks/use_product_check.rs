use std::rc::Rc;

use skin_rules::results::KeptProduct;
use yew::prelude::*;

use super::use_storage_changes;
use crate::checked::CheckedStore;
use crate::checker;
use crate::config::Config;
use crate::state::{Action, Ingredients, State};

/// The product checker's edges: the checker (its module and data) fetched when the reducer asks for it ([`Ingredients::Loading`]), the
/// checked products kept on the device whenever they change (`checked`), and another tab's followed.
#[hook]
pub fn use_product_check(config: &Config, state: &UseReducerHandle<State>) {
    {
        let dispatcher = state.dispatcher();
        let loading = state.ingredients == Ingredients::Loading;
        use_effect_with(loading, move |&loading| {
            if loading {
                wasm_bindgen_futures::spawn_local(async move {
                    dispatcher.dispatch(match checker::load().await {
                        Ok(checker) => Action::IngredientsLoaded(checker),
                        Err(error) => Action::IngredientsFailed(error),
                    });
                });
            }
        });
    }

    let store = use_memo(config.instance_id.clone(), CheckedStore::new);
    // What storage holds as far as this tab knows: written only when the products differ, so opening (or a value
    // that did not read, refused with its warning) writes nothing.
    let stored = use_mut_ref(|| state.products.clone());
    {
        let (store, stored) = (store.clone(), stored.clone());
        use_effect_with(state.products.clone(), move |products| {
            if *stored.borrow() != *products {
                store.save(products);
                *stored.borrow_mut() = products.clone();
            }
        });
    }

    let dispatcher = state.dispatcher();
    use_storage_changes(
        store.key(),
        Callback::from(move |value: Option<String>| {
            if let Some(products) = CheckedStore::follow(value.as_deref()) {
                let products: Rc<Vec<KeptProduct>> = Rc::new(products);
                *stored.borrow_mut() = products.clone();
                dispatcher.dispatch(Action::RestoreProducts(products));
            }
        }),
    );
}

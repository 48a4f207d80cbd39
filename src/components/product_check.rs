use std::rc::Rc;

use skin_rules::ingredients::Level;
use skin_rules::results::{CheckedProduct, ResultsModel};
use skin_rules::strings::{check, progress};
use skin_rules::{fill, Lang};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::instance::use_instance;
use crate::state::{Action, Ingredients, MAX_LABEL, MAX_NAME};

#[derive(Properties, PartialEq)]
pub struct ProductCheckProps {
    pub lang: Lang,
    /// The checker's data: loading, failed or ready.
    pub ingredients: Ingredients,
    /// The results on screen, with the checked products' verdicts (`ResultsModel::checked`).
    pub results: Rc<ResultsModel>,
}

/// "Check a product": a name and an ingredient list (read from the fields when Check is pressed, so nothing typed is
/// ever replaced), the data's loading or failure, what is kept and where, then each checked product, newest first:
/// its verdict, whether it got worse since, where it fits, each ingredient known with its flag, those not known.
#[component]
pub fn ProductCheck(props: &ProductCheckProps) -> Html {
    let (name_ref, list_ref) = (use_node_ref(), use_node_ref());
    let Some(instance) = use_instance() else {
        return Html::default();
    };
    let lang = props.lang;
    let (name_id, list_id) = (
        format!("{}-product-name", instance.id_prefix),
        format!("{}-product-list", instance.id_prefix),
    );
    let onsubmit = {
        let (instance, name_ref, list_ref) = (instance.clone(), name_ref.clone(), list_ref.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = name_ref.cast::<HtmlInputElement>().map(|e| e.value());
            let label = list_ref.cast::<HtmlTextAreaElement>().map(|e| e.value());
            instance.dispatch(Action::CheckProduct {
                name: name.unwrap_or_default(),
                label: label.unwrap_or_default(),
            });
        })
    };
    let status = match &props.ingredients {
        Ingredients::Loading => html! { <p class="sa-status">{ check::LOADING.get(lang) }</p> },
        Ingredients::Failed(_) => html! {
            <p class="sa-check-failed">
                { check::LOAD_FAILED.get(lang) }{ " " }
                <button type="button" class="sa-button sa-button--ghost"
                    onclick={instance.on_click(Action::RetryIngredients)}>{ check::RETRY.get(lang) }</button>
            </p>
        },
        _ => Html::default(),
    };
    html! {
        <div class="sa-product-check">
            <p class="sa-help">{ check::INTRO.get(lang) }</p>
            <form class="sa-check-form" {onsubmit}>
                <label for={name_id.clone()}>{ check::NAME_LABEL.get(lang) }</label>
                <input id={name_id} class="sa-field" type="text" ref={name_ref} maxlength={MAX_NAME.to_string()} autocomplete="off" />
                <label for={list_id.clone()}>{ check::LIST_LABEL.get(lang) }</label>
                <textarea id={list_id} class="sa-field" ref={list_ref} rows="6" maxlength={MAX_LABEL.to_string()}
                    spellcheck="false" autocomplete="off" />
                <button type="submit" class="sa-button sa-button--primary"
                    disabled={!matches!(props.ingredients, Ingredients::Ready(_))}>{ check::CHECK.get(lang) }</button>
            </form>
            <div role="status">{ status }</div>
            <p class="sa-help sa-check-privacy">{ fill(check::PRIVACY.get(lang), &[("forget", progress::FORGET.get(lang))]) }</p>
            <ol class="sa-checked-list" aria-live="polite">
                { for props.results.checked.iter().enumerate().map(|(index, product)| {
                    checked(lang, product, instance.on_click(Action::RemoveProduct(index)))
                }) }
            </ol>
        </div>
    }
}

/// One checked product, verdict first, and the button that removes it (`remove`).
fn checked(lang: Lang, product: &CheckedProduct, remove: Callback<MouseEvent>) -> Html {
    let name = if product.name.is_empty() {
        check::UNNAMED.get(lang)
    } else {
        &product.name
    };
    let level_of = |level| match level {
        Level::Avoid => ("sa-flag sa-flag--avoid", check::AVOID.get(lang)),
        Level::Caution => ("sa-flag sa-flag--caution", check::CAUTION.get(lang)),
    };
    html! {
        <li class="sa-checked">
            <h4 class="sa-checked-name">{ name }</h4>
            if product.worse {
                <p class="sa-checked-worse">{ check::NOW_CONFLICTS.get(lang) }</p>
            }
            <p class="sa-checked-verdict">{ &product.verdict }</p>
            if let Some(fits) = &product.fits {
                <p class="sa-help">{ fits }</p>
            }
            if !product.known.is_empty() {
                <p class="sa-checked-known">{ check::KNOWN_HEADING.get(lang) }</p>
                <ul class="sa-checked-ingredients">
                    { for product.known.iter().map(|(ingredient, flag)| html! {
                        <li>
                            <span class="sa-ingredient">{ ingredient }</span>
                            if let Some((level, why)) = flag {
                                { " " }<span class={level_of(*level).0}>{ level_of(*level).1 }</span>
                                { " " }<span class="sa-flag-why">{ why }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
            if let Some(not_known) = &product.not_known {
                <p class="sa-checked-unknown">{ not_known }</p>
            }
            <button type="button" class="sa-button sa-button--ghost sa-checked-remove" onclick={remove}>
                { fill(check::REMOVE.get(lang), &[("name", name)]) }
            </button>
        </li>
    }
}

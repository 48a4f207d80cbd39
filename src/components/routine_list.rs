use skin_rules::products::Product;
use skin_rules::{fill, routine_step_name, strings::ui, Lang, RoutineItem};
use yew::prelude::*;

use super::instance::use_instance;
use crate::events::HostEvent;

#[derive(Properties, PartialEq)]
pub struct RoutineListProps {
    pub lang: Lang,
    /// "Morning" or "Evening", already in `lang`.
    pub title: AttrValue,
    pub items: Vec<RoutineItem>,
    /// Distinguishes the icon (sun or moon).
    pub evening: bool,
    /// The owner's products for each item, aligned with `items` (`Catalog::for_routine`).
    pub products: Vec<Vec<Product>>,
}

/// One half of the routine, at a glance: the daily items as an ordered list (step, what to do, a technique for it,
/// and the owner's products for the step: sponsored links, names and notes are text), then the occasional ones on one
/// line with how often (the week plan, folded, says which evenings).
#[component]
pub fn RoutineList(props: &RoutineListProps) -> Html {
    let lang = props.lang;
    // Told when a product link is followed.
    let events = use_instance()
        .map(|instance| instance.events)
        .unwrap_or_default();
    let class = classes!(
        "sa-tile",
        "sa-routine-part",
        if props.evening {
            "sa-routine-part--pm"
        } else {
            "sa-routine-part--am"
        }
    );
    let extras: Vec<String> = props
        .items
        .iter()
        .filter_map(|item| {
            let frequency = item.frequency?.get(lang);
            Some(format!("{} ({frequency})", item.text().get(lang)))
        })
        .collect();
    html! {
        <div {class}>
            <h4 class="sa-routine-title">{ props.title.clone() }</h4>
            <ol class="sa-routine-list">
                { for props.items.iter().enumerate().filter(|(_, item)| item.frequency.is_none()).map(|(i, item)| {
                    let frequency = item.frequency.unwrap_or(ui::ROUTINE_DAILY).get(lang);
                    // Classes for the styles only: a second item at the same step (often an occasional extra beside
                    // the daily one) is drawn joined to the first, and a not-daily frequency stands out.
                    let same_step = i > 0 && props.items[i - 1].step == item.step;
                    let class = classes!(
                        "sa-routine-item",
                        same_step.then_some("sa-routine-item--same-step"),
                        item.frequency.is_some().then_some("sa-routine-item--occasional")
                    );
                    html! {
                        <li {class}>
                            <span class="sa-routine-step">{ routine_step_name(item.step).get(lang) }</span>
                            <span class="sa-routine-text">{ item.text().get(lang) }</span>
                            // Spaces between the parts: the grid drops them, the glance's running line (and a screen
                            // reader, and a copy) needs them.
                            { " " }
                            if let Some(note) = item.note {
                                <span class="sa-routine-note">
                                    { fill(ui::ROUTINE_NOTE.get(lang), &[("tip", note.text().get(lang))]) }
                                </span>
                            }
                            <span class="sa-routine-frequency">{ frequency }</span>
                            { " " }
                            if item.start_week > 1 {
                                <span class="sa-routine-start">
                                    { fill(ui::ROUTINE_START_WEEK.get(lang), &[("week", &item.start_week.to_string())]) }
                                </span>
                            }
                            if let Some(products) = props.products.get(i).filter(|p| !p.is_empty()) {
                                <span class="sa-routine-products">
                                    { ui::PRODUCTS_LABEL.get(lang) }
                                    { for products.iter().map(|product| product_link(product, lang, &events)) }
                                </span>
                            }
                        </li>
                    }
                }) }
            </ol>
            if !extras.is_empty() {
                <p class="sa-routine-extras">
                    <span class="sa-routine-step">{ ui::ROUTINE_EXTRAS.get(lang) }</span>
                    { extras.join(" · ") }
                </p>
            }
        </div>
    }
}

fn product_link(product: &Product, lang: Lang, on_event: &Callback<HostEvent>) -> Html {
    let onclick = {
        let (on_event, product) = (on_event.clone(), product.clone());
        Callback::from(move |_: MouseEvent| {
            on_event.emit(HostEvent::Product {
                step: product.step,
                name: product.name.clone(),
                url: product.url.clone(),
                lang,
            })
        })
    };
    html! {
        <span class="sa-product">
            <a class="sa-product-link" href={product.url.clone()} rel="sponsored noopener" target="_blank" {onclick}>
                { product.name.clone() }
            </a>
            if let Some(note) = product.note.clone() {
                <span class="sa-product-note">{ note }</span>
            }
        </span>
    }
}

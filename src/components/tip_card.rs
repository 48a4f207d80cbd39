use skin_rules::{fill, strings::ui, Lang, RankedTip};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TipCardProps {
    pub lang: Lang,
    pub tip: RankedTip,
    /// Highlighted tips get a stronger card.
    #[prop_or_default]
    pub highlighted: bool,
}

/// One tip: title, what to do, its safety note if it has one, why it was picked, and the article it comes from.
#[component]
pub fn TipCard(props: &TipCardProps) -> Html {
    let lang = props.lang;
    let ranked = &props.tip;
    let tip = ranked.tip;
    let reasons: Vec<String> = ranked.reasons().map(|r| r.text(lang)).collect();
    let class = classes!("sa-tip", props.highlighted.then_some("sa-tip--highlighted"));
    html! {
        <article {class}>
            <h4 class="sa-tip-title">{ tip.title.get(lang) }</h4>
            <p class="sa-tip-body">{ tip.body.get(lang) }</p>
            if let Some(caution) = tip.caution {
                <p class="sa-tip-caution"><span class="sa-icon" aria-hidden="true">{ "!" }</span>{ caution.get(lang) }</p>
            }
            if !reasons.is_empty() {
                <div class="sa-tip-why">
                    <p class="sa-tip-why-title">{ ui::WHY_THIS_TIP.get(lang) }</p>
                    <ul class="sa-tip-reasons">
                        { for reasons.into_iter().map(|r| html! { <li>{ r }</li> }) }
                    </ul>
                </div>
            }
            <p class="sa-tip-source">{ fill(ui::SOURCE_LABEL.get(lang), &[("article", ranked.article().title.get(lang))]) }</p>
        </article>
    }
}

use skin_rules::{strings::ui, Lang, RankedTip};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TipCardProps {
    pub lang: Lang,
    pub tip: RankedTip,
    /// A highlighted tip, at a glance: its title and safety note only (its text, reasons and article are in the folded
    /// sections "Why these tips" and "All your tips").
    #[prop_or_default]
    pub highlighted: bool,
    /// The tip comes from the article the page is: marked "From this article".
    #[prop_or_default]
    pub from_page_article: bool,
    /// Where this site has the tip's article (a same-site path): its title becomes a link there.
    #[prop_or_default]
    pub source_url: Option<AttrValue>,
}

/// One tip: title (marked when it comes from the page's own article), what to do, its safety note if it has one,
/// why it was picked, and the article it comes from, linked when the site has it.
#[component]
pub fn TipCard(props: &TipCardProps) -> Html {
    let lang = props.lang;
    let ranked = &props.tip;
    let tip = ranked.tip;
    // A highlighted tip's reasons are under "Why these tips" (`Results`).
    let reasons: Vec<String> = if props.highlighted {
        Vec::new()
    } else {
        ranked.reasons().map(|r| r.text(lang)).collect()
    };
    let class = classes!("sa-tip", props.highlighted.then_some("sa-tip--highlighted"));
    let title = ranked.article().title.get(lang);
    // The label's text around `{article}`, so the title alone can be the link.
    let label = ui::SOURCE_LABEL.get(lang);
    let (before, after) = label.split_once("{article}").unwrap_or((label, ""));
    html! {
        <article {class}>
            if props.from_page_article {
                <p class="sa-tip-here">{ ui::FROM_THIS_ARTICLE.get(lang) }</p>
            }
            <h4 class="sa-tip-title">{ tip.title.get(lang) }</h4>
            if !props.highlighted {
                <p class="sa-tip-body">{ tip.body.get(lang) }</p>
            }
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
            if !props.highlighted {
                <p class="sa-tip-source">
                    { before }
                    if let Some(href) = props.source_url.clone() {
                        <a class="sa-tip-source-link" {href}>{ title }</a>
                    } else {
                        { title }
                    }
                    { after }
                </p>
            }
        </article>
    }
}

use skin_rules::{strings::ui, Lang, RankedTip};
use yew::prelude::*;

/// One tip: title (marked when it comes from the page's own article, `from_page_article`), what to do, its safety
/// note if it has one, why it was picked, and the article it comes from, linked when the site has it (`source_url`, a
/// same-site path). A `highlighted` tip, at a glance, shows its title and safety note only (its text, reasons and
/// article are in the folded sections "Why these tips" and "All your tips"). A view function `Results` calls (no
/// hook of its own).
pub fn tip_card(
    lang: Lang,
    ranked: &RankedTip,
    highlighted: bool,
    from_page_article: bool,
    source_url: Option<AttrValue>,
) -> Html {
    let tip = ranked.tip;
    // A highlighted tip's reasons are under "Why these tips" (`Results`).
    let reasons: Vec<String> = if highlighted {
        Vec::new()
    } else {
        ranked.reasons().map(|r| r.text(lang)).collect()
    };
    let class = classes!(
        "sa-tile",
        "sa-tip",
        highlighted.then_some("sa-tip--highlighted")
    );
    let title = ranked.article().title.get(lang);
    // The label's text around `{article}`, so the title alone can be the link.
    let label = ui::SOURCE_LABEL.get(lang);
    let (before, after) = label.split_once("{article}").unwrap_or((label, ""));
    html! {
        <article {class}>
            if from_page_article {
                <p class="sa-tip-here">{ ui::FROM_THIS_ARTICLE.get(lang) }</p>
            }
            <h4 class="sa-tip-title">{ tip.title.get(lang) }</h4>
            if !highlighted {
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
            if !highlighted {
                <p class="sa-tip-source">
                    { before }
                    if let Some(href) = source_url {
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

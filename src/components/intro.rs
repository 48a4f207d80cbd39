use skin_rules::{articles, fill, questionnaire, strings::ui, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub lang: Lang,
    /// The source article the page is (an index in `skin_rules::articles()`): the lead says the tips come from it.
    /// The build-time intro (`facade`) has none.
    #[prop_or_default]
    pub article: Option<usize>,
    /// The blog owner's title and lead in place of ours (`config::OwnerWord`); the build-time intro has ours, which
    /// the Hugo shortcode replaces with the same words.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub lead: Option<AttrValue>,
    /// Where focus goes when the intro comes back on screen.
    pub heading_ref: NodeRef,
    pub on_start: Callback<()>,
}

/// What the quiz does, how long it takes and that nothing leaves the browser; then Start.
#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let lang = props.lang;
    let count = questionnaire().len().to_string();
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    let lead = match (&props.lead, props.article.and_then(|a| articles().get(a))) {
        (Some(lead), _) => lead.to_string(),
        (None, Some(article)) => fill(
            ui::INTRO_LEAD_ARTICLE.get(lang),
            &[("article", article.title.get(lang))],
        ),
        (None, None) => ui::INTRO_LEAD.get(lang).to_owned(),
    };
    let title = props
        .title
        .clone()
        .unwrap_or_else(|| ui::INTRO_TITLE.get(lang).into());
    html! {
        <section class="sa-screen sa-intro">
            <h2 class="sa-title" tabindex="-1" ref={props.heading_ref.clone()}>{ title }</h2>
            <p class="sa-lead">{ lead }</p>
            <ul class="sa-intro-facts">
                <li class="sa-intro-fact sa-intro-fact--time">{ fill(ui::INTRO_TIME.get(lang), &[("count", &count)]) }</li>
                <li class="sa-intro-fact sa-intro-fact--privacy">{ ui::INTRO_PRIVACY.get(lang) }</li>
            </ul>
            <div class="sa-actions">
                <button type="button" class="sa-button sa-button--primary" {onclick}>{ ui::START.get(lang) }</button>
            </div>
        </section>
    }
}

use skin_rules::{strings::ui, Caution, Lang, Severity};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CautionsProps {
    pub lang: Lang,
    pub cautions: Vec<&'static Caution>,
    /// `true`: only the see-a-dermatologist cautions (shown first in the results); `false`: the others.
    pub urgent: bool,
}

/// The cautions that apply. The urgent ones go at the top of the results in a strong box with their own heading
/// (not `role="alert"`: they are part of the page, not an interruption). Cautions that always apply (no condition:
/// the not-medical-advice note) are the disclaimer, shown in small print by the results instead.
#[component]
pub fn Cautions(props: &CautionsProps) -> Html {
    let lang = props.lang;
    let shown: Vec<&Caution> = props
        .cautions
        .iter()
        .copied()
        .filter(|c| match c.severity {
            Severity::SeeDermatologist => props.urgent,
            // Unconditional ones are the disclaimer, which the results show on their own.
            _ => !props.urgent && !c.when.is_empty(),
        })
        .collect();
    if shown.is_empty() {
        return Html::default();
    }
    let (class, title) = if props.urgent {
        (
            "sa-section sa-cautions sa-cautions--urgent",
            ui::SEE_DERMATOLOGIST_HEADING,
        )
    } else {
        ("sa-section sa-cautions", ui::CAUTIONS_HEADING)
    };
    html! {
        <section {class}>
            <h3 class="sa-section-title">{ title.get(lang) }</h3>
            <ul class="sa-caution-list">
                { for shown.into_iter().map(|c| {
                    let class = classes!("sa-caution", (c.severity == Severity::Warning).then_some("sa-caution--warning"));
                    html! { <li {class}>{ c.text.get(lang) }</li> }
                }) }
            </ul>
        </section>
    }
}

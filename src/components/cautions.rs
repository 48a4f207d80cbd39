use skin_rules::{strings::ui, Caution, Lang, Severity};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CautionsProps {
    pub lang: Lang,
    /// The cautions to list, as the outcome splits them (`Outcome::urgent` or `Outcome::other_cautions`).
    pub cautions: Vec<&'static Caution>,
    /// `true` for the see-a-dermatologist cautions: styled and titled as the urgent box.
    pub urgent: bool,
}

/// A list of cautions, as given: which ones belong where is the rules' decision (`Outcome::urgent`,
/// `Outcome::other_cautions`; the disclaimer is shown in small print by the results). The urgent ones go at the top of
/// the results in a strong box with their own heading (not `role="alert"`: they are part of the page, not an
/// interruption).
#[component]
pub fn Cautions(props: &CautionsProps) -> Html {
    let lang = props.lang;
    let shown = &props.cautions;
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
                { for shown.iter().map(|c| {
                    let class = classes!("sa-caution", (c.severity == Severity::Warning).then_some("sa-caution--warning"));
                    html! { <li {class}>{ c.text.get(lang) }</li> }
                }) }
            </ul>
        </section>
    }
}

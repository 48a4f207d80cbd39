use skin_rules::{strings::ui, Caution, Lang, Severity};
use yew::prelude::*;

/// Which cautions a list holds, as the outcome splits them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CautionKind {
    /// The see-a-doctor red flags (`Outcome::urgent`): first, in a strong box with their own heading.
    Urgent,
    /// The "stop" warnings (`Outcome::warnings`): right after, never folded.
    Careful,
    /// The good-to-know ones (`Outcome::good_to_know`): inside their folded section, whose heading names them.
    Info,
}

/// A list of cautions, as given: which ones belong where is the rules' decision (`Outcome::urgent`,
/// `Outcome::warnings`, `Outcome::good_to_know`; the disclaimer is shown in small print by the results). The urgent
/// ones go at the top of the results in a strong box (not `role="alert"`: they are part of the page, not an
/// interruption). A view function `Results` calls, not a component: it has no hook, and a component costs the wasm
/// its bytes.
pub fn cautions(lang: Lang, shown: &[&'static Caution], kind: CautionKind) -> Html {
    if shown.is_empty() {
        return Html::default();
    }
    let (class, title) = match kind {
        CautionKind::Urgent => (
            "sa-section sa-tile sa-cautions sa-cautions--urgent",
            Some(ui::SEE_DERMATOLOGIST_HEADING),
        ),
        CautionKind::Careful => ("sa-section sa-tile sa-cautions", Some(ui::CAREFUL_HEADING)),
        CautionKind::Info => ("sa-tile sa-cautions sa-cautions--info", None),
    };
    html! {
        <section {class}>
            if let Some(title) = title {
                <h3 class="sa-section-title">{ title.get(lang) }</h3>
            }
            <ul class="sa-caution-list">
                { for shown.iter().map(|c| {
                    let class = classes!("sa-caution", (c.severity == Severity::Warning).then_some("sa-caution--warning"));
                    html! { <li {class}>{ c.text.get(lang) }</li> }
                }) }
            </ul>
        </section>
    }
}

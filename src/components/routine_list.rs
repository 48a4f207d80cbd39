use skin_rules::{fill, routine_step_name, strings::ui, Lang, RoutineItem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RoutineListProps {
    pub lang: Lang,
    /// "Morning" or "Evening", already in `lang`.
    pub title: AttrValue,
    pub items: Vec<RoutineItem>,
    /// Distinguishes the icon (sun or moon).
    pub evening: bool,
}

/// One half of the routine as an ordered list: step, what to do, a technique for it, and how often.
#[component]
pub fn RoutineList(props: &RoutineListProps) -> Html {
    let lang = props.lang;
    let class = classes!(
        "sa-routine-part",
        if props.evening {
            "sa-routine-part--pm"
        } else {
            "sa-routine-part--am"
        }
    );
    html! {
        <div {class}>
            <h4 class="sa-routine-title">{ props.title.clone() }</h4>
            <ol class="sa-routine-list">
                { for props.items.iter().enumerate().map(|(i, item)| {
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
                            if let Some(note) = item.note {
                                <span class="sa-routine-note">
                                    { fill(ui::ROUTINE_NOTE.get(lang), &[("tip", note.text().get(lang))]) }
                                </span>
                            }
                            <span class="sa-routine-frequency">{ frequency }</span>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

use skin_rules::{fill, strings::ui, Lang};
use yew::prelude::*;

use super::bar::Bar;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub lang: Lang,
    /// 1-based.
    pub number: usize,
    pub total: usize,
    /// The title of the step the question belongs to ("Your skin").
    pub step_title: AttrValue,
}

/// "Question 3 of 12" and a bar. The text is a polite live region, so screen readers announce the new position
/// after each step without interrupting the question being read.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let text = fill(
        ui::PROGRESS.get(props.lang),
        &[
            ("n", &props.number.to_string()),
            ("total", &props.total.to_string()),
        ],
    );
    let percent = (props.number * 100)
        .checked_div(props.total)
        .unwrap_or(0)
        .min(100) as u8;
    html! {
        <div class="sa-progress">
            <div class="sa-progress-row">
                <span class="sa-progress-step">{ props.step_title.clone() }</span>
                <span class="sa-progress-text" aria-live="polite" aria-atomic="true">{ text }</span>
            </div>
            <Bar value={percent} class="sa-progress-bar" />
        </div>
    }
}

use skin_rules::{axis_name, strings::ui, Axis, Lang, Profile};
use yew::prelude::*;

use super::bar::Bar;

/// The profile label, its two-sentence explanation and the six axes as small bars, each with its score as text
/// (the bars themselves are decorative). A view function `Results` calls (no hook of its own).
pub fn profile_summary(lang: Lang, profile: Profile) -> Html {
    html! {
        <section class="sa-profile">
            <h4 class="sa-subtitle">{ ui::PROFILE_HEADING.get(lang) }</h4>
            <p class="sa-profile-label">{ profile.label(lang) }</p>
            <p class="sa-profile-explanation">{ profile.explanation(lang) }</p>
            <p class="sa-axes-caption">{ ui::AXIS_CHART_LABEL.get(lang) }</p>
            <ul class="sa-axes">
                { for Axis::ALL.into_iter().map(|axis| {
                    let score = profile.score(axis);
                    html! {
                        <li class="sa-axis">
                            <span class="sa-axis-name">{ axis_name(axis).get(lang) }</span>
                            <Bar value={score} class="sa-axis-bar" />
                            <span class="sa-axis-value">{ score }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

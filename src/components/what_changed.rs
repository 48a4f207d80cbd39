use skin_rules::results::Since;
use skin_rules::strings::progress;
use skin_rules::{fill, Lang};
use yew::prelude::*;

use crate::history::date_text;

/// What changed since the reader's earlier result, in words (`Changes::report`): a red flag answered now and not
/// before first (set apart), then the other cautions that newly apply, the answers they changed, the profile scores
/// that moved, the tips newly suggested, left out for their safety and no longer suggested, and the routine steps
/// that changed. Headings and lists only: nothing is told by colour, and a screen reader hears it in this order.
pub fn what_changed(lang: Lang, since: &Since) -> Html {
    let date = date_text(since.day, lang);
    let only =
        |text: skin_rules::Text| html! { <p>{ fill(text.get(lang), &[("date", &date)]) }</p> };
    let body = match &since.changes {
        None => only(progress::EARLIER_VERSION),
        Some(changes) if changes.is_empty() => only(progress::UNCHANGED),
        Some(changes) => changes
            .report(lang)
            .into_iter()
            .map(|part| {
                html! {
                    <div class={classes!(part.urgent.then_some("sa-changes-flags"))} role={part.urgent.then_some("note")}>
                        <h5 class="sa-changes-title">{ part.heading }</h5>
                        <ul class="sa-changes-list">{ for part.lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    </div>
                }
            })
            .collect(),
    };
    html! {
        <section class="sa-tile sa-changes">
            <h4 class="sa-subtitle">{ fill(progress::CHANGED_HEADING.get(lang), &[("date", &date)]) }</h4>
            <p class="sa-help sa-changes-note">{ progress::CHANGED_NOTE.get(lang) }</p>
            { body }
        </section>
    }
}

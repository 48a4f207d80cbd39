use skin_rules::progress::Changes;
use skin_rules::strings::progress;
use skin_rules::{fill, Answers, Lang};
use yew::prelude::*;

use crate::history::{date_text, Entry, Kept};

/// What changed since the reader's earlier result, in words (`Changes::report`): a red flag answered now and not
/// before first (set apart), then the other cautions that newly apply, the answers they changed, the profile scores
/// that moved, the tips newly suggested, left out for their safety and no longer suggested, and the routine steps
/// that changed. Headings and lists only: nothing is told by colour, and a screen reader hears it in this order.
pub fn what_changed(lang: Lang, answers: &Answers, since: &Entry) -> Html {
    let date = date_text(since.day, lang);
    let changes = match &since.kept {
        // Compares what both results answered: the questions the earlier one was made without are new ones.
        Kept::Answers(before) => {
            let unasked: Vec<usize> = before.added.iter().chain(&before.again).copied().collect();
            Some(Changes::between(&before.answers, answers).since_upgrade(&unasked))
        }
        Kept::EarlierQuiz => None,
    };
    let only =
        |text: skin_rules::Text| html! { <p>{ fill(text.get(lang), &[("date", &date)]) }</p> };
    let body = match changes {
        None => only(progress::EARLIER_VERSION),
        Some(changes) if changes.is_empty() => only(progress::UNCHANGED),
        Some(changes) => changes
            .report(lang)
            .into_iter()
            .map(|part| {
                html! {
                    <div class={classes!(part.urgent.then_some("sa-changes-flags"))} role={part.urgent.then_some("note")}>
                        <h4 class="sa-changes-title">{ part.heading }</h4>
                        <ul class="sa-changes-list">{ for part.lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    </div>
                }
            })
            .collect(),
    };
    html! {
        <section class="sa-section sa-changes">
            <h3 class="sa-section-title">{ fill(progress::CHANGED_HEADING.get(lang), &[("date", &date)]) }</h3>
            <p class="sa-help sa-changes-note">{ progress::CHANGED_NOTE.get(lang) }</p>
            { body }
        </section>
    }
}

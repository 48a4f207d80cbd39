use skin_rules::{strings::ui, weekday_name, Lang, RoutineItem};
use yew::prelude::*;

/// The week plan as a small table: a row per occasional evening step, a column per evening, a dot where it goes.
/// A real table, so a screen reader reads each dot with its step and its day. `items` are the planned evening items
/// (`Routine::planned`), in layering order: one row each. A view function `Results` calls (no hook of its own).
pub fn week_grid(lang: Lang, items: &[RoutineItem]) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        // It scrolls sideways on a narrow phone: focusable and named, so a keyboard can scroll it too.
        <div class="sa-week" tabindex="0" role="region" aria-label={ui::WEEK_HEADING.get(lang)}>
            <table class="sa-week-table">
                <caption class="sa-week-title">{ ui::WEEK_HEADING.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col"><span class="sa-visually-hidden">{ ui::WEEK_LABEL.get(lang) }</span></th>
                        { for (0..7).map(|day| html! { <th scope="col">{ weekday_name(day).get(lang) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for items.iter().map(|item| html! {
                        <tr>
                            <th scope="row" class="sa-week-item">{ item.text().get(lang) }</th>
                            { for (0..7).map(|day| html! {
                                <td class={classes!("sa-week-day", item.on_day(day).then_some("sa-week-day--on"))}>
                                    if item.on_day(day) {
                                        <span aria-hidden="true">{ "●" }</span>
                                        <span class="sa-visually-hidden">{ ui::WEEK_ON.get(lang) }</span>
                                    }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

use skin_rules::results::Past;
use skin_rules::strings::{progress, ui};
use skin_rules::{fill, Lang};
use yew::prelude::*;

use super::instance::Instance;
use crate::events::HostEvent;
use crate::history::{date_text, MAX_ENTRIES};
use crate::hooks::{HistoryHandle, Notice};
use crate::reminder::{self, Reminder, WEEKS};
use crate::share;
use crate::state::Action;

/// The reader's own results over time, newest first (a date and the profile label; a result of an earlier
/// questionnaire says so instead), what is kept and where, and the actions: check in (the quiz again with the last
/// answers filled in), a calendar reminder, forget. Shown on the reader's own results only.
pub fn check_ins(lang: Lang, past: &[Past], handle: &HistoryHandle, instance: &Instance) -> Html {
    let entries = past.iter().map(|entry| {
        let label = entry
            .profile
            .map_or(progress::EARLIER_QUIZ.get(lang), |profile| {
                profile.label(lang)
            });
        let date = date_text(entry.day, lang);
        html! { <li>{ fill(progress::ENTRY.get(lang), &[("date", &date), ("label", label)]) }</li> }
    });
    // Made when drawn, so the link is a plain download: today's date some weeks ahead.
    let calendar = {
        let url = share::page_address().unwrap_or_default();
        let summary = fill(
            progress::REMINDER_SUMMARY.get(lang),
            &[("title", ui::INTRO_TITLE.get(lang))],
        );
        let reminder = Reminder {
            summary: &summary,
            url: &url,
            now_secs: handle.now_secs,
            today: handle.today,
            instance_id: instance.id.as_str(),
        };
        reminder::data_url(&reminder.calendar())
    };
    let status = match handle.notice {
        Some(Notice::Reminded) => fill(
            progress::REMINDED.get(lang),
            &[("weeks", &WEEKS.to_string())],
        ),
        Some(Notice::Forgotten) => progress::FORGOTTEN.get(lang).to_owned(),
        None => String::new(),
    };
    let has_history = !past.is_empty();
    let on_check_in = {
        let instance = instance.clone();
        Callback::from(move |_: MouseEvent| {
            instance.dispatch(Action::CheckIn);
            instance.events.emit(HostEvent::CheckIn { lang });
        })
    };
    html! {
        <section class="sa-check-ins">
            if has_history {
                <ol class="sa-check-in-list" reversed=true>{ for entries }</ol>
            }
            <p class="sa-help">{ fill(progress::PRIVACY.get(lang), &[("max", &MAX_ENTRIES.to_string())]) }</p>
            if has_history {
                <p class="sa-help">{ progress::CHECK_IN_HELP.get(lang) }</p>
            }
            <div class="sa-actions">
                if has_history {
                    <button type="button" class="sa-button sa-button--primary"
                        onclick={on_check_in}>{ progress::CHECK_IN.get(lang) }</button>
                }
                <a class="sa-button" href={calendar} download={reminder::FILE_NAME}
                    onclick={handle.reminded.reform(|_: MouseEvent| ())}>{ progress::REMIND.get(lang) }</a>
                if has_history {
                    <button type="button" class="sa-button sa-button--ghost"
                        onclick={handle.forget.reform(|_: MouseEvent| ())}>{ progress::FORGET.get(lang) }</button>
                }
            </div>
            <p class="sa-status" role="status">{ status }</p>
        </section>
    }
}

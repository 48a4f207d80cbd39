use std::rc::Rc;

use skin_rules::strings::{progress, ui};
use skin_rules::{evaluate, fill, Lang};
use yew::prelude::*;

use crate::config::InstanceId;
use crate::history::{date_text, History, Kept, MAX_ENTRIES};
use crate::hooks::today;
use crate::reminder::{self, Reminder, WEEKS};
use crate::share;

#[derive(Properties, PartialEq)]
pub struct CheckInsProps {
    pub lang: Lang,
    pub history: Rc<History>,
    /// Named in the reminder's unique id.
    pub instance_id: InstanceId,
    /// "Check in": the quiz again with the last answers filled in.
    pub on_check_in: Callback<()>,
    /// "Forget my history".
    pub on_forget: Callback<()>,
}

/// What the last action of this panel did, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Done {
    Reminded,
    Forgotten,
}

/// The reader's own results over time, newest first (a date and the profile label; a result of an earlier
/// questionnaire says so instead), what is kept and where, and the actions: check in, a calendar reminder, forget.
/// Shown on the reader's own results only.
#[component]
pub fn CheckIns(props: &CheckInsProps) -> Html {
    let lang = props.lang;
    let done = use_state(|| None::<Done>);
    let labels = use_memo((props.history.clone(), lang), |(history, lang)| {
        history
            .entries()
            .iter()
            .rev()
            .map(|entry| {
                let label = match &entry.kept {
                    Kept::Answers(answers) => evaluate(answers).profile.label(*lang),
                    Kept::EarlierQuiz(_) => progress::EARLIER_QUIZ.get(*lang),
                };
                fill(
                    progress::ENTRY.get(*lang),
                    &[("date", &date_text(entry.day, *lang)), ("label", label)],
                )
            })
            .collect::<Vec<_>>()
    });
    let onremind = {
        let (done, id) = (done.clone(), props.instance_id.clone());
        Callback::from(move |_: MouseEvent| {
            let url = share::page_address().unwrap_or_default();
            let summary = fill(
                progress::REMINDER_SUMMARY.get(lang),
                &[("title", ui::INTRO_TITLE.get(lang))],
            );
            let reminder = Reminder {
                summary: &summary,
                url: &url,
                now_secs: (js_sys::Date::now() / 1000.0) as u64,
                today: today(),
                instance_id: id.as_str(),
            };
            match reminder::download(reminder::FILE_NAME, &reminder.calendar()) {
                Ok(()) => done.set(Some(Done::Reminded)),
                Err(why) => crate::storage::warn(&format!("skin-analysis: {why}")),
            }
        })
    };
    let onforget = {
        let (done, on_forget) = (done.clone(), props.on_forget.clone());
        Callback::from(move |_: MouseEvent| {
            on_forget.emit(());
            done.set(Some(Done::Forgotten));
        })
    };
    let status = match *done {
        Some(Done::Reminded) => fill(
            progress::REMINDED.get(lang),
            &[("weeks", &WEEKS.to_string())],
        ),
        Some(Done::Forgotten) => progress::FORGOTTEN.get(lang).to_owned(),
        None => String::new(),
    };
    let has_history = !props.history.is_empty();
    html! {
        <section class="sa-section sa-check-ins">
            <h3 class="sa-section-title">{ progress::HEADING.get(lang) }</h3>
            if has_history {
                <ol class="sa-check-in-list" reversed=true>
                    { for labels.iter().map(|label| html! { <li>{ label.clone() }</li> }) }
                </ol>
            }
            <p class="sa-help">{ fill(progress::PRIVACY.get(lang), &[("max", &MAX_ENTRIES.to_string())]) }</p>
            <div class="sa-actions">
                if has_history {
                    <button type="button" class="sa-button sa-button--primary"
                        onclick={props.on_check_in.reform(|_: MouseEvent| ())}>{ progress::CHECK_IN.get(lang) }</button>
                }
                <button type="button" class="sa-button" onclick={onremind}>{ progress::REMIND.get(lang) }</button>
                if has_history {
                    <button type="button" class="sa-button sa-button--ghost" onclick={onforget}>{ progress::FORGET.get(lang) }</button>
                }
            </div>
            if has_history {
                <p class="sa-help">{ progress::CHECK_IN_HELP.get(lang) }</p>
            }
            <p class="sa-status" role="status">{ status }</p>
        </section>
    }
}

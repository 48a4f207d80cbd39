use skin_rules::progress::Changes;
use skin_rules::strings::{progress, ui};
use skin_rules::{axis_name, fill, questionnaire, routine_step_name, Answers, Lang};
use yew::prelude::*;

use super::answer_review::answer_text;
use crate::history::{date_text, Entry, Kept};

#[derive(Properties, PartialEq)]
pub struct WhatChangedProps {
    pub lang: Lang,
    /// The answers of the result on screen.
    pub answers: Answers,
    /// The earlier result they are compared with (`History::before`).
    pub since: Entry,
}

/// What changed since the reader's earlier result, in words: a red flag answered now and not before first, then the
/// answers they changed, the profile scores that moved (both values), the tips newly and no longer suggested (with
/// the changed answers behind each) and the routine steps that changed. Headings and lists only: nothing is told by
/// colour, and a screen reader hears it in this order.
#[component]
pub fn WhatChanged(props: &WhatChangedProps) -> Html {
    let lang = props.lang;
    let date = date_text(props.since.day, lang);
    let changes = use_memo(
        (props.since.kept.clone(), props.answers.clone()),
        |(kept, now)| match kept {
            Kept::Answers(before) => Some(Changes::between(before, now)),
            Kept::EarlierQuiz(_) => None,
        },
    );
    let body = match changes.as_ref() {
        None => html! { <p>{ fill(progress::EARLIER_VERSION.get(lang), &[("date", &date)]) }</p> },
        Some(changes) if changes.is_empty() => {
            html! { <p>{ fill(progress::UNCHANGED.get(lang), &[("date", &date)]) }</p> }
        }
        Some(changes) => details(changes, props, lang),
    };
    html! {
        <section class="sa-section sa-changes">
            <h3 class="sa-section-title">{ fill(progress::CHANGED_HEADING.get(lang), &[("date", &date)]) }</h3>
            <p class="sa-help sa-changes-note">{ progress::CHANGED_NOTE.get(lang) }</p>
            { body }
        </section>
    }
}

fn details(changes: &Changes, props: &WhatChangedProps, lang: Lang) -> Html {
    let before = match &props.since.kept {
        Kept::Answers(answers) => answers,
        Kept::EarlierQuiz(_) => return Html::default(),
    };
    let question = |q: usize| {
        questionnaire()
            .get(q)
            .map_or("", |question| question.text.get(lang))
    };
    let questions = |qs: &[usize]| {
        qs.iter()
            .map(|&q| question(q))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let list = |title: &str, items: Vec<String>| {
        if items.is_empty() {
            return Html::default();
        }
        html! {
            <>
                <h4 class="sa-changes-title">{ title.to_owned() }</h4>
                <ul class="sa-changes-list">{ for items.into_iter().map(|item| html! { <li>{ item }</li> }) }</ul>
            </>
        }
    };
    let tips = |tips: &[skin_rules::progress::TipChange]| {
        tips.iter()
            .map(|change| {
                fill(
                    progress::TIP_BECAUSE.get(lang),
                    &[
                        ("tip", change.tip.title.get(lang)),
                        ("questions", &questions(&change.because)),
                    ],
                )
            })
            .collect()
    };
    let none = progress::STEP_NONE.get(lang);
    html! {
        <>
            if !changes.new_red_flags.is_empty() {
                <div class="sa-changes-flags" role="note">
                    <h4 class="sa-changes-title">{ progress::NEW_RED_FLAGS.get(lang) }</h4>
                    <ul class="sa-changes-list">
                        { for changes.new_red_flags.iter().map(|caution| html! { <li>{ caution.text.get(lang) }</li> }) }
                    </ul>
                </div>
            }
            { list(progress::ANSWERS_CHANGED.get(lang), changes.answers.iter().map(|&q| fill(
                progress::ANSWER_CHANGED.get(lang),
                &[("question", question(q)), ("before", &answer_text(before, q, lang)),
                  ("now", &answer_text(&props.answers, q, lang))],
            )).collect()) }
            { list(progress::AXES_MOVED.get(lang), changes.axes.iter().map(|(axis, was, is)| fill(
                progress::AXIS_MOVED.get(lang),
                &[("axis", axis_name(*axis).get(lang)), ("before", &was.to_string()), ("now", &is.to_string())],
            )).collect()) }
            { list(progress::TIPS_ADDED.get(lang), tips(&changes.tips_added)) }
            { list(progress::TIPS_REMOVED.get(lang), tips(&changes.tips_removed)) }
            { list(progress::ROUTINE_CHANGED.get(lang), changes.routine.iter().map(|step| fill(
                progress::STEP_CHANGED.get(lang),
                &[
                    ("time", if step.evening { ui::ROUTINE_PM.get(lang) } else { ui::ROUTINE_AM.get(lang) }),
                    ("step", routine_step_name(step.step).get(lang)),
                    ("before", step.before.map_or(none, |text| text.get(lang))),
                    ("now", step.now.map_or(none, |text| text.get(lang))),
                ],
            )).collect()) }
        </>
    }
}

use skin_rules::{fill, questionnaire, steps, strings::ui, ChoiceSet, Lang, QuestionKind};
use yew::prelude::*;

use super::choice_card::ChoiceCard;
use super::instance::use_instance;
use super::progress::Progress;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub lang: Lang,
    pub index: usize,
    pub answer: Option<ChoiceSet>,
    /// The primary button says "See my results" (last question, or changing one answer from the results).
    pub next_shows_results: bool,
    /// The legend: focus moves there when a new question appears.
    pub heading_ref: NodeRef,
}

/// One question: a fieldset with the question as its legend, a hint on how many to pick, the choices, then Back,
/// Skip (optional questions only) and Next (disabled until answered). Inside a form, so Enter on a choice moves on.
#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let lang = props.lang;
    let questions = questionnaire();
    let (Some(instance), Some(question)) = (use_instance(), questions.get(props.index)) else {
        return Html::default();
    };
    let answer = props.answer.unwrap_or_default();
    let answered = props.answer.is_some();
    let (multi, max) = match question.kind {
        QuestionKind::Single => (false, 1),
        QuestionKind::Multi { max } => (true, usize::from(max)),
    };
    let hint = match question.kind {
        QuestionKind::Single => ui::CHOOSE_ONE.get(lang).to_owned(),
        QuestionKind::Multi { max } if usize::from(max) < question.choices.len() => {
            fill(ui::CHOOSE_UP_TO.get(lang), &[("max", &max.to_string())])
        }
        QuestionKind::Multi { .. } => ui::CHOOSE_ANY.get(lang).to_owned(),
    };
    // At the maximum, the other non-exclusive boxes are disabled; an exclusive one ("none") still replaces them.
    let full = multi && answer.len() >= max;
    let prefix = &instance.id_prefix;
    let hint_id = format!("{prefix}-hint");
    let help_id = format!("{prefix}-help");
    let describedby = if question.help.is_some() {
        format!("{help_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    let step_title = steps().get(question.step).map_or("", |s| s.title.get(lang));

    let onsubmit = {
        let dispatcher = instance.dispatcher.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatcher.dispatch(Action::Next);
        })
    };
    let onback = instance.on_click(Action::Back);
    let onskip = instance.on_click(Action::Skip);
    let index = props.index;
    let next_label = if props.next_shows_results {
        ui::SEE_RESULTS
    } else {
        ui::NEXT
    };

    html! {
        <section class="sa-screen sa-question">
            <Progress {lang} number={index + 1} total={questions.len()} step_title={step_title} />
            <form class="sa-form" {onsubmit} novalidate=true>
                <fieldset class="sa-fieldset" aria-describedby={describedby}>
                    <legend class="sa-legend" tabindex="-1" ref={props.heading_ref.clone()}>
                        { question.text.get(lang) }
                    </legend>
                    if let Some(help) = question.help {
                        <p class="sa-help" id={help_id}>{ help.get(lang) }</p>
                    }
                    <p class="sa-hint" id={hint_id}>{ hint }</p>
                    <div class="sa-choices">
                        { for question.choices.iter().enumerate().map(|(choice, c)| {
                            let checked = answer.contains(choice);
                            let dispatcher = instance.dispatcher.clone();
                            let on_toggle = Callback::from(move |_| dispatcher.dispatch(Action::Toggle { question: index, choice }));
                            html! {
                                <ChoiceCard {multi} name={format!("{prefix}-{}", question.id)}
                                    id={format!("{prefix}-{}-{}", question.id, c.id)}
                                    label={c.label.get(lang)} {checked}
                                    disabled={full && !checked && !c.exclusive} {on_toggle} />
                            }
                        }) }
                    </div>
                </fieldset>
                <div class="sa-actions sa-actions--nav">
                    <button type="button" class="sa-button sa-button--ghost" onclick={onback}>{ ui::BACK.get(lang) }</button>
                    <span class="sa-actions-spacer"></span>
                    if question.optional {
                        <button type="button" class="sa-button sa-button--quiet" onclick={onskip}>{ ui::SKIP.get(lang) }</button>
                    }
                    <button type="submit" class="sa-button sa-button--primary" disabled={!answered}>
                        { next_label.get(lang) }
                    </button>
                </div>
            </form>
        </section>
    }
}

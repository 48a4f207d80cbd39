use skin_rules::{questionnaire, strings::ui, Answers, Lang};
use yew::prelude::*;

use super::instance::use_instance;
use super::shared_notice::use_shared_view;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct AnswerReviewProps {
    pub lang: Lang,
    pub answers: Answers,
}

/// Every question with the visitor's answer and a "Change" button that goes back to it; after the change "See my
/// results" returns here with the result worked out again. Not shown on someone else's shared result: their
/// answers include health and allergy ones, which are theirs to show, not the link's.
#[component]
pub fn AnswerReview(props: &AnswerReviewProps) -> Html {
    let lang = props.lang;
    let shared = use_shared_view().is_some();
    let Some(instance) = use_instance().filter(|_| !shared) else {
        return Html::default();
    };
    html! {
        <section class="sa-review">
            <ol class="sa-review-list">
                { for questionnaire().iter().enumerate().map(|(index, question)| {
                    let answer = props.answers.text(index, lang);
                    let onclick = instance.on_click(Action::Edit(index));
                    html! {
                        <li class="sa-review-item">
                            <div class="sa-review-text">
                                <span class="sa-review-question">{ question.text.get(lang) }</span>
                                <span class="sa-review-answer">{ answer }</span>
                            </div>
                            <button type="button" class="sa-button sa-button--small" {onclick}>
                                { ui::CHANGE.get(lang) }
                                <span class="sa-visually-hidden">{ ": " }{ question.text.get(lang) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

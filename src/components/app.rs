use skin_rules::strings::ui;
use skin_rules::{fill, questionnaire};
use yew::prelude::*;

use super::frame::Frame;
use super::intro::Intro;
use super::question_step::QuestionStep;
use super::results::Results;
use super::shared_notice::{SharedNotice, SharedView};
use crate::config::Config;
use crate::events::HostEvent;
use crate::hooks::{
    use_history, use_host_events, use_outcome, use_persisted_quiz, use_products, use_screen_focus,
    use_share_links, use_text,
};
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// Told when the quiz starts, a question or the results appear and a product link is followed; `embed` turns
    /// these into DOM events.
    pub on_event: Callback<HostEvent>,
}

/// The whole widget: the hooks that hold its behaviour (see `hooks`) and the current screen inside one `.sa-root`
/// element (the embedding puts it in a shadow root with the stylesheet).
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let state = use_persisted_quiz(config);
    let outcome = use_outcome(&state, config.article);
    let catalog = use_products(config.products.clone());
    use_host_events(&state, outcome.clone(), &props.on_event);
    let history = use_history(config, &state);
    let heading = use_screen_focus(&state);
    use_share_links(&config.instance_id, state.dispatcher());

    let on_action: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let lang = use_text(state.lang);
    let on_start = {
        let (on_action, on_event) = (on_action.clone(), props.on_event.clone());
        Callback::from(move |()| {
            on_action.emit(Action::Start);
            on_event.emit(HostEvent::Start { lang });
        })
    };
    let on_check_in = {
        let (on_action, on_event) = (on_action.clone(), props.on_event.clone());
        Callback::from(move |()| {
            on_action.emit(Action::CheckIn);
            on_event.emit(HostEvent::CheckIn { lang });
        })
    };
    let id_prefix: AttrValue = super::id_prefix(&config.instance_id).into();
    let shared_view = state.shared.is_some().then_some(SharedView {
        own_started: state.screen != Screen::Intro,
        fewer: state.shared_fewer,
    });
    // What an upgrade left to answer, named by topic while any is unanswered (never over a shared result).
    let to_answer: Vec<&str> = state
        .to_answer
        .iter()
        .filter(|&&q| {
            state.shared.is_none()
                && state.screen != Screen::Intro
                && state.answers.get(q).is_none()
        })
        .filter_map(|&q| questionnaire().get(q))
        .map(|q| q.topic.get(lang))
        .collect();
    let body = match state.shown_screen() {
        Screen::Intro => html! {
            <Intro {lang} article={config.article} heading_ref={heading.clone()} {on_start} />
        },
        Screen::Question(index) => html! {
            <QuestionStep {lang} {index} answer={state.answers.get(index)}
                next_shows_results={state.next_shows_results(index)} id_prefix={id_prefix.clone()}
                heading_ref={heading.clone()} on_action={on_action.clone()} />
        },
        // `use_outcome` has one whenever the results are on screen.
        Screen::Results => outcome.map_or_else(Html::default, |outcome| html! {
            <Results {lang} answers={state.shown_answers().clone()} {outcome} more_tips_open={state.more_tips_open}
                instance_id={config.instance_id.clone()} id_prefix={id_prefix.clone()}
                heading_ref={heading.clone()} on_action={on_action.clone()}
                article={config.article} article_urls={config.article_urls.clone()} {catalog}
                on_event={props.on_event.clone()} {history} {on_check_in} />
        }),
    };
    html! {
        <Frame {lang} theme={config.theme} on_lang={on_action.reform(Action::SetLang)}>
            if let Some(view) = shared_view {
                <SharedNotice {lang} {view} on_action={on_action.clone()} />
            }
            if !to_answer.is_empty() {
                <p class="sa-help sa-answer-again" role="status">
                    { fill(ui::ANSWER_AGAIN.get(lang), &[("topics", &to_answer.join(", "))]) }
                </p>
            }
            <ContextProvider<Option<SharedView>> context={shared_view}>
                { body }
            </ContextProvider<Option<SharedView>>>
        </Frame>
    }
}

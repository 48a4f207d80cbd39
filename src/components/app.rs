use skin_rules::strings::ui;
use skin_rules::{fill, questionnaire};
use std::rc::Rc;

use yew::prelude::*;

use super::frame::Frame;
use super::instance::Instance;
use super::intro::Intro;
use super::question_step::QuestionStep;
use super::results::Results;
use super::shared_notice::{SharedNotice, SharedView};
use crate::config::{Config, OwnerWord};
use crate::events::HostEvent;
use crate::hooks::{
    use_history, use_host_events, use_persisted_quiz, use_product_check, use_products, use_results,
    use_screen_focus, use_share_links, use_text,
};
use crate::state::{Action, Screen};
use crate::storage;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// Told when the quiz starts, a question or the results appear, a product link is followed or a result is kept;
    /// `embed` turns these into DOM events.
    pub on_event: Callback<HostEvent>,
}

/// The whole widget: the hooks that hold its behaviour (see `hooks`) and the current screen inside one `.sa-root`
/// element (the embedding puts it in a shadow root with the stylesheet), under the [`Instance`] context.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let state = use_persisted_quiz(config);
    let lang = use_text(state.lang);
    let catalog = use_products(config.products.clone());
    let history = use_history(config, &state, state.dispatcher());
    use_product_check(config, &state);
    let results = use_results(
        &state,
        lang,
        config.article,
        catalog.clone(),
        history.history.clone(),
    );
    let events = use_host_events(&state, results.clone(), &props.on_event);
    let heading = use_screen_focus(&state);
    use_share_links(&config.instance_id, state.dispatcher());
    let instance = use_memo(
        (config.clone(), catalog, events),
        |(config, catalog, events)| Instance {
            id: config.instance_id.clone(),
            id_prefix: super::id_prefix(&config.instance_id).into(),
            storage_key: storage::key(&config.instance_id).into(),
            article: config.article,
            article_urls: config.article_urls.clone().into(),
            catalog: catalog.clone(),
            events: events.clone(),
            dispatcher: state.dispatcher(),
        },
    );

    let on_start = {
        let (dispatcher, events) = (state.dispatcher(), instance.events.clone());
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Start);
            events.emit(HostEvent::Start { lang });
        })
    };
    let owner = |word| {
        config
            .word(lang, word)
            .map(|text| AttrValue::from(text.to_owned()))
    };
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
            <Intro {lang} article={config.article} title={owner(OwnerWord::Title)} lead={owner(OwnerWord::Lead)}
                heading_ref={heading.clone()} {on_start} />
        },
        Screen::Question(index) => html! {
            <QuestionStep {lang} {index} answer={state.answers.get(index)}
                next_shows_results={state.next_shows_results(index)} heading_ref={heading.clone()} />
        },
        // `use_results` has them whenever the results are on screen.
        Screen::Results => results.map_or_else(Html::default, |results| html! {
            <Results {lang} {results} folds={state.folds} heading_ref={heading.clone()} {history}
                source={owner(OwnerWord::Source)} ingredients={state.ingredients.clone()}
                kept={state.products.len()} />
        }),
    };
    let on_lang = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang| dispatcher.dispatch(Action::SetLang(lang)))
    };
    html! {
        <ContextProvider<Instance> context={Rc::unwrap_or_clone(instance)}>
            <Frame {lang} theme={config.theme} {on_lang}>
                if let Some(view) = shared_view {
                    <SharedNotice {lang} {view} />
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
        </ContextProvider<Instance>>
    }
}

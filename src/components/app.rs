use std::cell::Cell;
use std::rc::Rc;

use skin_rules::{evaluate, questionnaire, Axis, Lang};
use yew::prelude::*;

use super::intro::Intro;
use super::frame::Frame;
use super::question_step::QuestionStep;
use super::results::Results;
use super::shared_notice::{SharedNotice, SharedView};
use crate::config::Config;
use crate::events::HostEvent;
use crate::share;
use crate::state::{Action, Screen, State};
use crate::storage::{Saved, Store};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// Told when a question appears and when the results appear; `embed` turns these into DOM events.
    pub on_event: Callback<HostEvent>,
}

/// The whole widget: the reducer, persistence, the share link, host events, focus, and the current screen inside
/// one `.sa-root` element (the embedding puts it in a shadow root with the stylesheet).
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let store = use_memo(config.instance_id.clone(), Store::new);
    let state = {
        let store = store.clone();
        let config = config.clone();
        use_reducer(move || initial_state(&config, &store))
    };
    let heading = use_node_ref();

    // Persist the visitor's own progress whenever it changes, but not as the widget opens: it is then either fresh
    // (merely viewing a page stores nothing) or just loaded. Keyed on what is saved, so a shared result on screen
    // (`State::shared`, never saved) or the tips disclosure writes nothing.
    {
        let store = store.clone();
        let opened = use_mut_ref(|| Cell::new(true));
        use_effect_with(Saved::of(&state), move |saved| {
            if !opened.borrow().replace(false) {
                store.save(saved);
            }
        });
    }

    // What is on screen: changes when the screen does, and when a shared result comes or goes.
    let shown = (state.shown_screen(), state.shared.clone());

    // Tell the host what is on screen, once per change (a shared result is results on screen too).
    {
        let on_event = props.on_event.clone();
        let lang = state.lang;
        let answers = state.shown_answers().clone();
        use_effect_with(shown.clone(), move |(screen, _)| match *screen {
            Screen::Intro => {}
            Screen::Question(index) => {
                if let Some(question) = questionnaire().get(index) {
                    on_event.emit(HostEvent::Step {
                        number: index + 1,
                        total: questionnaire().len(),
                        question_id: question.id,
                        lang,
                    });
                }
            }
            Screen::Results => {
                let outcome = evaluate(&answers);
                on_event.emit(HostEvent::Complete {
                    profile_label: outcome.profile.label(lang),
                    axes: Axis::ALL
                        .into_iter()
                        .map(|axis| (axis, outcome.profile.score(axis)))
                        .collect(),
                    tip_ids: outcome.tips.iter().map(|t| t.tip.id).collect(),
                    lang,
                });
            }
        });
    }

    // Move focus to the new screen's heading or legend, so keyboard and screen reader users start there. Not on
    // the first render: a widget in the middle of an article must not grab focus (and scroll) on page load.
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| Cell::new(true));
        use_effect_with(shown, move |_| {
            if first.borrow().replace(false) {
                return;
            }
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                // Reading a layout property first makes the browser lay the new element out: Firefox ignores
                // `focus()` on a `<legend>` that has no layout box yet (it was inserted in this same render).
                let _ = el.offset_height();
                let _ = el.focus();
            }
        });
    }

    // A share link opened while the page is already open (only the fragment changes, so nothing reloads) goes the
    // same way as one the page opened with: `Action::ViewShared`, kept beside the visitor's own quiz in the state.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(config.instance_id.clone(), move |id| {
            let id = id.clone();
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    if let Some(answers) = share::take_shared(&id) {
                        dispatcher.dispatch(Action::ViewShared(answers));
                    }
                })
            });
            move || drop(listener)
        });
    }

    let on_action: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let lang = state.lang;
    let id_prefix: AttrValue = super::id_prefix(&config.instance_id).into();
    let shared_view = state.shared.is_some().then_some(SharedView {
        own_started: state.screen != Screen::Intro,
    });
    let body = match state.shown_screen() {
        Screen::Intro => html! {
            <Intro {lang} heading_ref={heading.clone()} on_start={on_action.reform(|_| Action::Start)} />
        },
        Screen::Question(index) => html! {
            <QuestionStep {lang} {index} answer={state.answers.get(index)}
                next_shows_results={state.next_shows_results(index)} id_prefix={id_prefix.clone()}
                heading_ref={heading.clone()} on_action={on_action.clone()} />
        },
        Screen::Results => html! {
            <Results {lang} answers={state.shown_answers().clone()} more_tips_open={state.more_tips_open}
                instance_id={config.instance_id.clone()} id_prefix={id_prefix.clone()}
                heading_ref={heading.clone()} on_action={on_action.clone()} />
        },
    };
    html! {
        <Frame {lang} theme={config.theme} on_lang={on_action.reform(Action::SetLang)}>
            if let Some(view) = shared_view {
                <SharedNotice {lang} {view} on_action={on_action.clone()} />
            }
            <ContextProvider<Option<SharedView>> context={shared_view}>
                { body }
            </ContextProvider<Option<SharedView>>>
        </Frame>
    }
}

/// Where the visitor starts: their saved progress, else a fresh quiz (with the host's `data-focus` concern picked
/// in advance); with a share link for this instance, its result on top, exactly as when one opens later.
fn initial_state(config: &Config, store: &Rc<Store>) -> State {
    let lang = starting_lang(config);
    let own = store
        .load(lang)
        .unwrap_or_else(|| State::with_focus(lang, config.focus));
    match share::take_shared(&config.instance_id) {
        Some(answers) => own.apply(Action::ViewShared(answers)).unwrap_or(own),
        None => own,
    }
}

/// The language the widget opens in, before any saved choice: `data-lang`, else the page's (`<html lang>`), else
/// the browser's, else English. The panic fallback uses it too when it cannot read the rendered language.
pub(crate) fn starting_lang(config: &Config) -> Lang {
    config.lang.or_else(page_lang).unwrap_or_default()
}

/// The page's language (`<html lang>`), else the browser's, if we have it.
fn page_lang() -> Option<Lang> {
    let window = web_sys::window()?;
    let html_lang = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    html_lang.as_deref().and_then(Lang::from_tag).or_else(|| {
        window
            .navigator()
            .language()
            .as_deref()
            .and_then(Lang::from_tag)
    })
}

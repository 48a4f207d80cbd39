use std::cell::Cell;
use std::rc::Rc;

use skin_rules::{evaluate, questionnaire, Axis, Lang};
use yew::prelude::*;

use super::intro::Intro;
use super::lang_switch::LangSwitch;
use super::question_step::QuestionStep;
use super::results::Results;
use crate::config::{Config, Theme};
use crate::events::HostEvent;
use crate::share;
use crate::state::{Action, Screen, State};
use crate::storage::Store;

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
    let store = use_memo(config.instance_id.clone(), |id| Store::new(id));
    let state = {
        let store = store.clone();
        let config = config.clone();
        use_reducer(move || initial_state(&config, &store))
    };
    let heading = use_node_ref();

    // Persist every change, but not the state the widget opened with: it is either fresh (merely viewing a page
    // stores nothing), already saved, or someone else's shared result, which must not overwrite the visitor's own
    // saved progress until they act on it.
    {
        let store = store.clone();
        let opened = use_mut_ref(|| Cell::new(true));
        use_effect_with((*state).clone(), move |state| {
            if !opened.borrow().replace(false) {
                store.save(state);
            }
        });
    }

    // Tell the host what is on screen, once per screen change.
    {
        let on_event = props.on_event.clone();
        let lang = state.lang;
        let answers = state.answers.clone();
        use_effect_with(state.screen, move |screen| match *screen {
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
        use_effect_with(state.screen, move |_| {
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

    // A share link opened while the page is already open (only the fragment changes, so nothing reloads).
    {
        let dispatcher = state.dispatcher();
        use_effect_with(config.instance_id.clone(), move |id| {
            let id = id.clone();
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    if let Some(answers) = share::take_shared(&id) {
                        dispatcher.dispatch(Action::Restore {
                            answers,
                            screen: Screen::Results,
                        });
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
    let theme = match config.theme {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    let body = match state.screen {
        Screen::Intro => html! {
            <Intro {lang} heading_ref={heading.clone()} on_start={on_action.reform(|_| Action::Start)} />
        },
        Screen::Question(index) => html! {
            <QuestionStep {lang} {index} answer={state.answers.get(index)}
                next_shows_results={state.next_shows_results(index)} id_prefix={id_prefix.clone()}
                heading_ref={heading.clone()} on_action={on_action.clone()} />
        },
        Screen::Results => html! {
            <Results {lang} answers={state.answers.clone()} more_tips_open={state.more_tips_open}
                instance_id={AttrValue::from(config.instance_id.clone())} id_prefix={id_prefix.clone()}
                heading_ref={heading.clone()} on_action={on_action.clone()} />
        },
    };
    html! {
        <div class="sa-root" lang={lang.tag()} data-theme={theme}>
            <div class="sa-card">
                <div class="sa-topbar">
                    <LangSwitch {lang} on_change={on_action.reform(Action::SetLang)} />
                </div>
                { body }
            </div>
        </div>
    }
}

/// Where the visitor starts: a share link for this instance shows its result; else saved progress; else a fresh
/// quiz (with the host's `data-focus` concern picked in advance).
fn initial_state(config: &Config, store: &Rc<Store>) -> State {
    let lang = config.lang.or_else(page_lang).unwrap_or_default();
    let saved = store.load(lang);
    if let Some(answers) = share::take_shared(&config.instance_id) {
        let base = saved.clone().unwrap_or_else(|| State::new(lang));
        if let Ok(shared) = base.apply(Action::Restore {
            answers,
            screen: Screen::Results,
        }) {
            return shared;
        }
    }
    saved.unwrap_or_else(|| State::with_focus(lang, config.focus))
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

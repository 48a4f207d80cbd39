use std::rc::Rc;

use skin_rules::results::ResultsModel;
use skin_rules::{questionnaire, Axis};
use yew::prelude::*;

use crate::events::HostEvent;
use crate::state::{Screen, State};

/// The one way host events leave an instance: tells the host what is on screen, once per change, a question
/// (`Step`) or the results (`Complete`, from the `results` the view shows too; a shared result is results on screen
/// as well), and returns the callback the components tell the rest through (a start, a check-in, a product link, a
/// kept result).
#[hook]
pub fn use_host_events(
    state: &State,
    results: Option<Rc<ResultsModel>>,
    on_event: &Callback<HostEvent>,
) -> Callback<HostEvent> {
    let events = on_event.clone();
    let on_event = on_event.clone();
    let lang = state.lang;
    use_effect_with(state.on_screen(), move |(screen, _)| match *screen {
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
            if let Some(outcome) = results.as_ref().map(|results| &results.outcome) {
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
        }
    });
    events
}

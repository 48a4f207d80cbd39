use std::rc::Rc;

use skin_rules::{questionnaire, Axis, Outcome};
use yew::prelude::*;

use crate::events::HostEvent;
use crate::state::{Screen, State};

/// Tells the host what is on screen, once per change: a question (`Step`) or the results (`Complete`, from the
/// `outcome` the view shows too; a shared result is results on screen as well).
#[hook]
pub fn use_host_events(
    state: &State,
    outcome: Option<Rc<Outcome>>,
    on_event: &Callback<HostEvent>,
) {
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
            if let Some(outcome) = outcome {
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
}

use skin_rules::{strings::ui, Lang};
use yew::prelude::*;

use super::instance::use_instance;
use crate::state::Action;

/// Given by `App` (as `Option<SharedView>`) to everything under it, `Some` while the result on screen came from
/// someone's share link. A context rather than a prop: the components that care (the answers review, the result
/// actions) sit under `Results`, which has no reason to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedView {
    /// The visitor has begun their own quiz, so the way out "goes back" to it rather than "starts" it (where it
    /// leads is for `Action::LeaveShared` to decide).
    pub own_started: bool,
    /// The result was made with fewer questions than the quiz has now (`State::shared_fewer`).
    pub fewer: bool,
}

/// The shared view, if the `App` above says one is on screen.
#[hook]
pub fn use_shared_view() -> Option<SharedView> {
    use_context::<Option<SharedView>>().flatten()
}

impl SharedView {
    /// The label of the way out: "Back to my quiz" or "Start my own quiz".
    pub fn leave_label(self, lang: Lang) -> &'static str {
        if self.own_started {
            ui::BACK_TO_MY_QUIZ.get(lang)
        } else {
            ui::START_MY_OWN.get(lang)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SharedNoticeProps {
    pub lang: Lang,
    pub view: SharedView,
}

/// Above a shared result: says whose result this is not, and offers the way back to the visitor's own quiz.
#[component]
pub fn SharedNotice(props: &SharedNoticeProps) -> Html {
    let lang = props.lang;
    let view = props.view;
    let onclick = use_instance().map(|instance| instance.on_click(Action::LeaveShared));
    html! {
        <div class="sa-actions sa-shared-notice">
            <p class="sa-help">
                { ui::SHARED_NOTICE.get(lang) }
                if view.fewer { { " " }{ ui::SHARED_FEWER.get(lang) } }
            </p>
            <button type="button" class="sa-button sa-button--small" {onclick}>{ view.leave_label(lang) }</button>
        </div>
    }
}

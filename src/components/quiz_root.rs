//! What one `.sa-mount` root renders (`crate::embed` keeps a root and its Yew app for reuse): its quiz, or nothing
//! while it is idle.

use yew::prelude::*;

use crate::components::App;
use crate::config::Config;
use crate::events::HostEvent;

/// One quiz, as a mount gives it to a root.
#[derive(PartialEq)]
pub struct Quiz {
    /// New for every mount, so a root never hands a former quiz's state to the next one (Yew would otherwise
    /// reuse the `App` component when two mounts' props reach it in one render).
    pub key: u64,
    pub config: Config,
    pub on_event: Callback<HostEvent>,
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// None while the root is idle.
    pub quiz: Option<Quiz>,
}

/// What a root renders: its quiz, or nothing while it waits for one.
#[component]
pub fn QuizRoot(props: &RootProps) -> Html {
    match &props.quiz {
        Some(quiz) => html! {
            <App key={quiz.key} config={quiz.config.clone()} on_event={quiz.on_event.clone()} />
        },
        None => Html::default(),
    }
}

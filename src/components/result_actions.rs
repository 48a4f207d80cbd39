use skin_rules::{strings::ui, Answers, Lang};
use yew::prelude::*;

use crate::share;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub lang: Lang,
    pub answers: Answers,
    pub instance_id: AttrValue,
    /// The routine as text, in `lang`.
    pub routine_text: AttrValue,
    pub on_action: Callback<Action>,
}

/// What the last copy attempt did.
#[derive(Clone, Debug, PartialEq)]
enum Copied {
    Link,
    Routine,
    /// The clipboard refused: show the text to copy by hand.
    LinkFailed(String),
    RoutineFailed(String),
}

/// Start again, copy a share link, copy the routine. A copy that fails shows the text in a read-only field to copy
/// by hand; the outcome is announced in a polite status region.
#[component]
pub fn ResultActions(props: &ResultActionsProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| None::<Copied>);
    // A result or language change makes an old "copied" message wrong.
    {
        let copied = copied.clone();
        use_effect_with((props.answers.clone(), lang), move |_| copied.set(None));
    }

    let onretake = props.on_action.reform(|_: MouseEvent| Action::Retake);
    let onshare = {
        let copied = copied.clone();
        let id = props.instance_id.clone();
        let answers = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(url) = share::share_url(&id, &answers) else {
                copied.set(Some(Copied::LinkFailed(String::new())));
                return;
            };
            let copied = copied.clone();
            let fallback = url.clone();
            let done = Callback::from(move |ok: bool| {
                copied.set(Some(if ok {
                    Copied::Link
                } else {
                    Copied::LinkFailed(fallback.clone())
                }))
            });
            share::copy_text(url, done);
        })
    };
    let oncopy = {
        let copied = copied.clone();
        let text = props.routine_text.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let fallback = text.to_string();
            let done = Callback::from(move |ok: bool| {
                copied.set(Some(if ok {
                    Copied::Routine
                } else {
                    Copied::RoutineFailed(fallback.clone())
                }))
            });
            share::copy_text(text.to_string(), done);
        })
    };
    // Selecting the whole field on focus makes copying by hand one gesture.
    let onfocus_select = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });

    let status = match &*copied {
        None => String::new(),
        Some(Copied::Link) => ui::SHARE_COPIED.get(lang).to_owned(),
        Some(Copied::Routine) => ui::ROUTINE_COPIED.get(lang).to_owned(),
        Some(Copied::LinkFailed(_) | Copied::RoutineFailed(_)) => {
            ui::COPY_FAILED.get(lang).to_owned()
        }
    };
    html! {
        <div class="sa-result-actions">
            <div class="sa-actions">
                <button type="button" class="sa-button sa-button--primary" onclick={onshare}>{ ui::SHARE_LINK.get(lang) }</button>
                <button type="button" class="sa-button" onclick={oncopy}>{ ui::COPY_ROUTINE.get(lang) }</button>
                <button type="button" class="sa-button sa-button--ghost" onclick={onretake}>{ ui::RETAKE.get(lang) }</button>
            </div>
            <p class="sa-status" role="status">{ status }</p>
            {
                match &*copied {
                    Some(Copied::LinkFailed(url)) if !url.is_empty() => html! {
                        <input class="sa-copy-field" type="text" readonly=true value={url.clone()}
                            aria-label={ui::SHARE_LINK.get(lang)} onfocus={onfocus_select} />
                    },
                    Some(Copied::RoutineFailed(text)) => html! {
                        <textarea class="sa-copy-field sa-copy-field--routine" readonly=true rows="12"
                            aria-label={ui::COPY_ROUTINE.get(lang)} value={text.clone()} />
                    },
                    _ => Html::default(),
                }
            }
        </div>
    }
}

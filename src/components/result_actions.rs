use skin_rules::{strings::ui, Answers, Lang};
use yew::prelude::*;

use super::instance::use_instance;
use super::shared_notice::use_shared_view;
use crate::events::{HostEvent, Keep};
use crate::share;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub lang: Lang,
    pub answers: Answers,
    /// The routine as text, in `lang`.
    pub routine_text: AttrValue,
    /// "Send to myself" and "For my dermatologist": `mailto:` links (`ResultsModel::mailto`).
    pub mail_myself: AttrValue,
    pub mail_dermatologist: AttrValue,
}

/// Which text a copy button copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum What {
    Link,
    Routine,
}

/// What the last copy attempt did.
#[derive(Clone, Debug, PartialEq)]
enum Copied {
    Done(What),
    /// The clipboard refused: the text to copy by hand, if there is one (no link when the page has no address).
    Failed(What, Option<String>),
}

/// Copies `text` (if any) and records the outcome in `copied`.
fn copy(copied: &UseStateHandle<Option<Copied>>, what: What, text: Option<String>) {
    let Some(text) = text else {
        copied.set(Some(Copied::Failed(what, None)));
        return;
    };
    let copied = copied.clone();
    let fallback = text.clone();
    let done = Callback::from(move |ok: bool| {
        copied.set(Some(if ok {
            Copied::Done(what)
        } else {
            Copied::Failed(what, Some(fallback.clone()))
        }))
    });
    share::copy_text(text, done);
}

/// Keep the results (print or save as PDF, mail them to myself or for my dermatologist: each tells the host
/// `Kept`), start again, copy a share link (saying what it contains), copy the routine. A copy that fails shows the text
/// in a read-only field to copy by hand; the outcome is announced in a polite status region. On someone else's
/// shared result there is no link to share on and no quiz to retake: the way out goes to the visitor's own quiz.
#[component]
pub fn ResultActions(props: &ResultActionsProps) -> Html {
    let lang = props.lang;
    let shared_view = use_shared_view();
    let instance = use_instance();
    let copied = use_state(|| None::<Copied>);
    // A result or language change makes an old "copied" message wrong.
    {
        let copied = copied.clone();
        use_effect_with((props.answers.clone(), lang), move |_| copied.set(None));
    }

    let onshare = {
        let copied = copied.clone();
        let id = instance.as_ref().map(|instance| instance.id.clone());
        let answers = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            let url = id.as_ref().and_then(|id| share::share_url(id, &answers));
            copy(&copied, What::Link, url);
        })
    };
    let oncopy = {
        let copied = copied.clone();
        let text = props.routine_text.clone();
        Callback::from(move |_: MouseEvent| copy(&copied, What::Routine, Some(text.to_string())))
    };
    let (leave, leave_label) = match shared_view {
        Some(view) => (Action::LeaveShared, view.leave_label(lang)),
        None => (Action::Retake, ui::RETAKE.get(lang)),
    };
    let onleave = instance.as_ref().map(|instance| instance.on_click(leave));
    let kept = |way: Keep| {
        let events = instance.as_ref().map(|instance| instance.events.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(events) = &events {
                events.emit(HostEvent::Kept { way, lang });
            }
            if way == Keep::Print {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
        })
    };
    // Selecting the whole field on focus makes copying by hand one gesture.
    let onfocus_select = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });

    let status = match &*copied {
        None => "",
        Some(Copied::Done(What::Link)) => ui::SHARE_COPIED.get(lang),
        Some(Copied::Done(What::Routine)) => ui::ROUTINE_COPIED.get(lang),
        Some(Copied::Failed(..)) => ui::COPY_FAILED.get(lang),
    };
    html! {
        <div class="sa-result-actions">
            <div class="sa-actions sa-keep">
                <button type="button" class="sa-button sa-button--primary" onclick={kept(Keep::Print)}>
                    { ui::PRINT.get(lang) }
                </button>
                <a class="sa-button" href={props.mail_myself.clone()} onclick={kept(Keep::Mail)}>
                    { ui::MAIL_SELF.get(lang) }
                </a>
                if shared_view.is_none() {
                    // The answers that matter medically are the reader's own to send.
                    <a class="sa-button" href={props.mail_dermatologist.clone()} onclick={kept(Keep::MailDermatologist)}>
                        { ui::MAIL_DOCTOR.get(lang) }
                    </a>
                }
            </div>
            <p class="sa-help">{ ui::MAIL_HELP.get(lang) }</p>
            <div class="sa-actions">
                if shared_view.is_none() {
                    <button type="button" class="sa-button" onclick={onshare}>{ ui::SHARE_LINK.get(lang) }</button>
                }
                <button type="button" class="sa-button" onclick={oncopy}>{ ui::COPY_ROUTINE.get(lang) }</button>
                <button type="button" class="sa-button sa-button--ghost" onclick={onleave}>{ leave_label }</button>
            </div>
            if shared_view.is_none() {
                // The link carries every answer (so the recipient sees the very same result): say so before anyone
                // sends it.
                <p class="sa-help sa-share-note">{ ui::SHARE_PRIVACY_NOTE.get(lang) }</p>
            }
            <p class="sa-status" role="status">{ status }</p>
            {
                match &*copied {
                    Some(Copied::Failed(What::Link, Some(url))) => html! {
                        <input class="sa-field sa-copy-field" type="text" readonly=true value={url.clone()}
                            aria-label={ui::SHARE_LINK.get(lang)} onfocus={onfocus_select} />
                    },
                    Some(Copied::Failed(What::Routine, Some(text))) => html! {
                        <textarea class="sa-field sa-copy-field sa-copy-field--routine" readonly=true rows="12"
                            aria-label={ui::COPY_ROUTINE.get(lang)} value={text.clone()} />
                    },
                    _ => Html::default(),
                }
            }
        </div>
    }
}

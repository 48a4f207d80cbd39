//! What the widget tells its host page. `embed` turns these into bubbling `skin-analysis:*` CustomEvents.

use skin_rules::{Axis, Lang, RoutineStep};

#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The visitor started the quiz from its intro (`skin-analysis:start`).
    Start { lang: Lang },
    /// The visitor checks in from their results (`skin-analysis:checkin`): the quiz again with their answers filled
    /// in. Carries no answer.
    CheckIn { lang: Lang },
    /// A question is now on screen (`skin-analysis:step`).
    Step {
        /// 1-based position of the question.
        number: usize,
        total: usize,
        question_id: &'static str,
        lang: Lang,
    },
    /// The results are on screen (`skin-analysis:complete`). Carries a summary only, never the raw answers.
    Complete {
        /// The profile label in `lang`.
        profile_label: &'static str,
        axes: Vec<(Axis, u8)>,
        /// Highlighted tips first, in rank order.
        tip_ids: Vec<&'static str>,
        lang: Lang,
    },
    /// The visitor kept their results (`skin-analysis:kept`): printed them or opened a mail of them. Carries no
    /// answer.
    Kept { way: Keep, lang: Lang },
    /// The visitor followed a product link (`skin-analysis:product`): the owner's own data, never an answer.
    Product {
        step: RoutineStep,
        name: String,
        url: String,
        lang: Lang,
    },
}

impl HostEvent {
    /// The name of the DOM event the host hears it as, on the placeholder (`embed` dispatches it).
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Start { .. } => "skin-analysis:start",
            HostEvent::CheckIn { .. } => "skin-analysis:checkin",
            HostEvent::Step { .. } => "skin-analysis:step",
            HostEvent::Complete { .. } => "skin-analysis:complete",
            HostEvent::Kept { .. } => "skin-analysis:kept",
            HostEvent::Product { .. } => "skin-analysis:product",
        }
    }
}

/// How a result was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// "Print or save as PDF".
    Print,
    /// "Send to myself".
    Mail,
    /// "For my dermatologist".
    MailDermatologist,
}

impl Keep {
    /// Its name in the event's detail.
    pub fn id(self) -> &'static str {
        match self {
            Keep::Print => "print",
            Keep::Mail => "mail",
            Keep::MailDermatologist => "mail-dermatologist",
        }
    }
}

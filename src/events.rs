//! What the widget tells its host page. `embed` turns these into bubbling `skin-analysis:*` CustomEvents.

use skin_rules::{Axis, Lang};

#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
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
}

//! The widget's view: one component per file (or one hook-free view function of a component: [`cautions`],
//! [`check_ins`], [`profile_summary`], [`tip_card`], [`week_grid`] and [`what_changed`], which `Results` calls).
//! Components render [`crate::state::State`] and dispatch [`crate::state::Action`]s; none of them decides what to
//! recommend (that is `skin_rules::evaluate`).

pub mod answer_review;
pub mod app;
pub mod bar;
pub mod cautions;
pub mod check_ins;
pub mod choice_card;
pub mod frame;
pub mod instance;
pub mod intro;
pub mod lang_switch;
pub mod profile_summary;
pub mod progress;
pub mod question_step;
pub mod quiz_root;
pub mod result_actions;
pub mod results;
pub mod routine_list;
pub mod shared_notice;
pub mod tip_card;
pub mod week_grid;
pub mod what_changed;

pub use app::{App, AppProps};

use crate::config::InstanceId;

/// A prefix for element ids that is unique per instance on a page; an [`InstanceId`] is already valid in an id
/// and a radio `name`.
pub fn id_prefix(instance_id: &InstanceId) -> String {
    format!("sa-{instance_id}")
}

//! The results' sections a reader opened, remembered with the result they opened them on, so a reload shows the
//! results as they were left.
//!
//! A key of its own beside the progress, `skin-analysis:v1:<instance_id>:folds`, rather than a field of the progress
//! format (`storage`): the progress format stays as it is, and a value this module cannot read costs only the open
//! sections. The value is `<answers>|<fold>,<fold>,…`: [`Answers::encode`] of the result and the open folds' ids
//! ([`Fold::id`]); it applies only while those answers are the saved result, so a new result opens with every
//! section closed. Unreadable ids are skipped. Storage that throws leaves the sections as they are on screen (the
//! progress already warned that storage does not work).

use skin_rules::Answers;

use crate::config::InstanceId;
use crate::state::{Fold, Folds};
use crate::storage::{self, Backend};

/// The `localStorage` key of one instance's open sections.
pub fn key(instance_id: &InstanceId) -> String {
    format!("{}:folds", storage::key(instance_id))
}

/// The value remembering `folds` open on the result of `answers`.
pub fn encode(answers: &Answers, folds: Folds) -> String {
    let ids: Vec<&str> = folds.open().map(Fold::id).collect();
    format!("{}|{}", answers.encode(), ids.join(","))
}

/// The sections `value` remembers open on the result of `answers` (none for another result).
pub fn decode(value: &str, answers: &Answers) -> Folds {
    match value.rsplit_once('|') {
        Some((code, ids)) if code == answers.encode() => {
            ids.split(',').filter_map(Fold::from_id).collect()
        }
        _ => Folds::default(),
    }
}

/// The sections open on the result of `answers`, as `backend` remembers them under `key`.
pub fn load(backend: &dyn Backend, key: &str, answers: &Answers) -> Folds {
    match backend.get(key) {
        Ok(Some(value)) => decode(&value, answers),
        _ => Folds::default(),
    }
}

/// Remembers `folds` open on the result of `answers` (nothing open: the key goes).
pub fn save(backend: &dyn Backend, key: &str, answers: &Answers, folds: Folds) {
    // A failure is the storage's that the progress reports: the sections stay as they are on screen.
    let _ = if folds.is_empty() {
        backend.remove(key)
    } else {
        backend.set(key, &encode(answers, folds))
    };
}

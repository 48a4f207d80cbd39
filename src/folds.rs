//! The results' sections a reader opened, remembered with the result they opened them on, so a reload shows the
//! results as they were left.
//!
//! A key of its own beside the progress, `skin-analysis:v1:<instance_id>:folds` (kept by a [`FoldsStore`], see
//! `kept`), rather than a field of the progress format (`storage`): the progress format stays as it is, and a value
//! this module cannot read costs only the open sections. The value is `<answers>|<fold>,<fold>,…`:
//! [`Answers::encode`] of the result and the open folds' ids ([`Fold::id`]); it applies only while those answers are
//! the saved result, so a new result opens with every section closed. Unreadable ids are skipped. Storage that
//! throws leaves the sections as they are on screen (the progress already warned that storage does not work).

use std::convert::Infallible;

use skin_rules::Answers;

use crate::kept::{Format, KeptStore};
use crate::state::{Fold, Folds};

/// One instance's open sections in storage.
pub type FoldsStore = KeptStore<Opened>;

/// The sections open on one result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    /// The result's answer code.
    code: String,
    folds: Folds,
}

impl Opened {
    /// `folds` open on the result of `answers`.
    pub fn on(answers: &Answers, folds: Folds) -> Opened {
        Opened {
            code: answers.encode(),
            folds,
        }
    }

    /// The sections open on the result of `answers` (none for another result).
    pub fn folds_on(&self, answers: &Answers) -> Folds {
        if self.code == answers.encode() {
            self.folds
        } else {
            Folds::default()
        }
    }
}

impl Format for Opened {
    const KEY: &'static str = "folds";
    const WHAT: &'static str = "open sections";
    type Error = Infallible;

    fn encode(&self) -> String {
        let ids: Vec<&str> = self.folds.open().map(Fold::id).collect();
        format!("{}|{}", self.code, ids.join(","))
    }

    fn decode(value: &str) -> Result<Opened, Infallible> {
        Ok(value
            .rsplit_once('|')
            .map_or_else(Opened::default, |(code, ids)| Opened {
                code: code.to_owned(),
                folds: ids.split(',').filter_map(Fold::from_id).collect(),
            }))
    }

    /// Nothing open: the key goes.
    fn is_empty(&self) -> bool {
        self.folds.is_empty()
    }
}

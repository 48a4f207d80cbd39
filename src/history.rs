//! The reader's history on this device: the date and answers of each result they reached, so a returning reader can
//! check in and see what changed. Nothing else is kept (no profile, no score: those are derived again), and nothing
//! leaves the browser.
//!
//! One `localStorage` key per quiz, beside its progress: `skin-analysis:v1:<instance_id>:history` (kept by a
//! [`HistoryStore`], see `kept`). The value is the list ([`LIST`])
//!
//! ```text
//! h1|<day>.<answers>|<day>.<answers>|...
//! ```
//!
//! newest last, at most [`MAX_ENTRIES`], where `<day>` is the reader's local date as days since 1970-01-01 and
//! `<answers>` is the answer code ([`Answers::encode`]) as the release that made the result wrote it: every entry is
//! kept as written and read forward by each release ([`Answers::read`]: answers by their ids, questions added since
//! unanswered), so an upgrade changes nothing stored. A code no release wrote (a development build's) is kept as
//! written and shown as a date only ([`Kept::EarlierQuiz`]), never decoded as answers. A later format that keeps more
//! beside an entry takes the next version (`h2`), whose reader reads `h1` too. A value longer than [`MAX_LEN`] or
//! that does not read is ignored with one console warning (and replaced by the next result); it never touches the
//! current result, which is saved under the quiz's own key (`storage`). Storage that throws keeps the history in
//! memory.

use std::fmt;

use skin_rules::calendar::civil;
use skin_rules::strings::{month, progress};
use skin_rules::{fill, Answers, DecodeError, Lang, Read};

use crate::kept::{Format, KeptStore, List, ListError, Unread};

/// The most entries kept; the oldest go first.
pub const MAX_ENTRIES: usize = 12;
/// A stored value longer than this (in bytes) is ignored unread. Twelve entries take a few hundred.
pub const MAX_LEN: usize = 4096;
/// The list the history is written as.
pub const LIST: List = List {
    version: "h1",
    separator: '|',
    max_len: MAX_LEN,
    max: MAX_ENTRIES,
};

/// What an entry holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kept {
    /// The answers of that result, read forward to this release.
    Answers(Read),
    /// A result made for another questionnaire (a development build's): shown as a date only.
    EarlierQuiz,
}

/// One result the reader reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The reader's local date, in days since 1970-01-01.
    pub day: u32,
    /// Its answer code as stored, written back as it is.
    pub code: String,
    pub kept: Kept,
}

impl Entry {
    /// The entry of a result reached on `day` with `answers`.
    pub fn new(day: u32, answers: &Answers) -> Entry {
        Entry {
            day,
            code: answers.encode(),
            kept: Kept::Answers(Read {
                answers: answers.clone(),
                ..Read::default()
            }),
        }
    }

    /// The answers of the result, if they read.
    pub fn answers(&self) -> Option<&Answers> {
        match &self.kept {
            Kept::Answers(read) => Some(&read.answers),
            Kept::EarlierQuiz => None,
        }
    }
}

/// The entries, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History(Vec<Entry>);

impl History {
    pub fn entries(&self) -> &[Entry] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// This history with `entry` added as the newest, the oldest dropped past [`MAX_ENTRIES`]; `None` when the newest
    /// already is that entry (the same result the same day: a reload, another tab).
    pub fn with(&self, entry: Entry) -> Option<History> {
        if self.0.last() == Some(&entry) {
            return None;
        }
        let mut entries = self.0.clone();
        entries.push(entry);
        let extra = entries.len().saturating_sub(MAX_ENTRIES);
        entries.drain(..extra);
        Some(History(entries))
    }

    /// The entry the result of `answers` is compared with: the one before the newest if the newest is that result,
    /// else the newest.
    pub fn before(&self, answers: &Answers) -> Option<&Entry> {
        match self.0.split_last() {
            Some((last, rest)) if last.answers() == Some(answers) => rest.last(),
            Some((last, _)) => Some(last),
            None => None,
        }
    }
}

/// Why a stored history was ignored.
pub type HistoryError = ListError<EntryError>;

/// Why one entry does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Not `<day>.<answers>`.
    Shape,
    /// The day is not a number of days.
    Day(String),
    /// The answer code is damaged or from a newer release (a development build's is not an error:
    /// [`Kept::EarlierQuiz`]).
    Answers(DecodeError),
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::Shape => write!(f, "not in the form day.answers"),
            EntryError::Day(day) => write!(f, "day {day:?} is not a number"),
            EntryError::Answers(e) => write!(f, "unreadable answers: {e}"),
        }
    }
}

impl Format for History {
    const KEY: &'static str = "history";
    const WHAT: &'static str = "history";
    type Error = HistoryError;

    fn encode(&self) -> String {
        LIST.encode(&self.0, |value, entry| {
            value.push_str(&format!("{}.{}", entry.day, entry.code));
        })
    }

    fn decode(value: &str) -> Result<History, HistoryError> {
        LIST.decode(value, decode_entry).map(History)
    }
}

fn decode_entry(entry: &str) -> Result<Entry, EntryError> {
    let (day, code) = entry.split_once('.').ok_or(EntryError::Shape)?;
    // Digits only (`u32::from_str` would take a `+`), so what reads writes back the same.
    let day = (!day.is_empty() && day.len() <= 10 && day.bytes().all(|b| b.is_ascii_digit()))
        .then(|| day.parse::<u32>().ok())
        .flatten()
        .ok_or_else(|| EntryError::Day(day.chars().take(12).collect()))?;
    let kept = match Answers::read(code) {
        Ok(read) => Kept::Answers(read),
        // A development build's code, kept as written: only the characters a format 1 code is made of.
        Err(DecodeError::OtherQuestionnaire)
            if code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
        {
            Kept::EarlierQuiz
        }
        Err(error) => return Err(EntryError::Answers(error)),
    };
    Ok(Entry {
        day,
        code: code.to_owned(),
        kept,
    })
}

/// One instance's history in storage, shared with its other tabs.
pub type HistoryStore = KeptStore<History>;

impl HistoryStore {
    /// Adds `entry` to the stored history (read again first: another tab may have added one) and returns the
    /// history to show. When storage throws, `memory` (what this tab shows) takes the entry instead.
    pub fn append(&self, memory: &History, entry: Entry) -> History {
        let base = match self.read() {
            Err(Unread::Storage(_)) => memory.clone(),
            read => read.unwrap_or_default(),
        };
        let Some(next) = base.with(entry) else {
            return base;
        };
        self.save(&next);
        next
    }
}

/// The reader's local date as days since 1970-01-01, from a clock in milliseconds since the epoch (UTC) and the
/// local offset from UTC in minutes (`-Date.getTimezoneOffset()`). A clock before 1970 counts as day 0.
pub fn local_day(now_ms: f64, offset_minutes: f64) -> u32 {
    let days = ((now_ms + offset_minutes * 60_000.0) / 86_400_000.0).floor();
    // `as` saturates: NaN is 0, anything past u32::MAX is u32::MAX.
    days as u32
}

/// A day number as the reader reads a date: "7 December 2026", "2026년 12월 7일".
pub fn date_text(day: u32, lang: Lang) -> String {
    use month::*;
    let (year, m, d) = civil(day);
    let months = [JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV, DEC];
    let name = months[(m as usize + 11) % 12].get(lang);
    fill(
        progress::DATE.get(lang),
        &[
            ("day", &d.to_string()),
            ("month", name),
            ("year", &year.to_string()),
        ],
    )
}

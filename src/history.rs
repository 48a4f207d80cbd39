//! The reader's history on this device: the date and answers of each result they reached, so a returning reader can
//! check in and see what changed. Nothing else is kept (no profile, no score: those are derived again), and nothing
//! leaves the browser.
//!
//! One `localStorage` key per quiz, beside its progress: `skin-analysis:v1:<instance_id>:history`. The value is
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
//! beside an entry takes the next version (`h2`), whose reader reads `h1` too. A value longer than [`MAX_LEN`] or that does not read is
//! ignored with one console warning (and replaced by the next result); it never touches the current result, which
//! is saved under the quiz's own key (`storage`). Storage that throws keeps the history in memory.

use std::cell::Cell;
use std::fmt;

use skin_rules::calendar::civil;
use skin_rules::strings::{month, progress};
use skin_rules::{fill, Answers, DecodeError, Lang, Read};

use crate::config::InstanceId;
use crate::storage::{self, Backend, LocalStorage};

/// The format this module writes.
pub const VERSION: &str = "h1";
/// The most entries kept; the oldest go first.
pub const MAX_ENTRIES: usize = 12;
/// A stored value longer than this (in bytes) is ignored unread. Twelve entries take a few hundred.
pub const MAX_LEN: usize = 4096;

/// The `localStorage` key of one instance's history.
pub fn key(instance_id: &InstanceId) -> String {
    format!("{}:history", storage::key(instance_id))
}

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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryError {
    /// Longer than [`MAX_LEN`] bytes (its length).
    TooLong(usize),
    /// Written by another version of the widget.
    Version(String),
    /// More than [`MAX_ENTRIES`] entries (their number).
    TooMany(usize),
    /// Entry `index` (0 is the oldest) does not read.
    Entry { index: usize, error: EntryError },
}

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

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::TooLong(len) => {
                write!(f, "{len} bytes long (at most {MAX_LEN} are read)")
            }
            HistoryError::Version(v) => {
                write!(f, "saved by another version ({v:?}, expected {VERSION:?})")
            }
            HistoryError::TooMany(n) => write!(f, "{n} entries (at most {MAX_ENTRIES} are kept)"),
            HistoryError::Entry { index, error } => write!(f, "entry {index}: {error}"),
        }
    }
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

impl std::error::Error for HistoryError {}

pub fn encode(history: &History) -> String {
    let mut value = VERSION.to_owned();
    for entry in history.entries() {
        value.push_str(&format!("|{}.{}", entry.day, entry.code));
    }
    value
}

pub fn decode(value: &str) -> Result<History, HistoryError> {
    if value.len() > MAX_LEN {
        return Err(HistoryError::TooLong(value.len()));
    }
    let mut parts = value.split('|');
    match parts.next() {
        Some(VERSION) => {}
        other => {
            let version: String = other.unwrap_or("").chars().take(16).collect();
            return Err(HistoryError::Version(version));
        }
    }
    let mut entries = Vec::new();
    for (index, entry) in parts.enumerate() {
        entries.push(decode_entry(entry).map_err(|error| HistoryError::Entry { index, error })?);
    }
    if entries.len() > MAX_ENTRIES {
        return Err(HistoryError::TooMany(entries.len()));
    }
    Ok(History(entries))
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

/// One instance's history in storage, shared with its other tabs. A stored value that does not read gives one console
/// warning. Storage that throws is not reported again here (the quiz's own `storage::Store` warns once for the
/// page's storage): the history lives in memory and later writes still try.
pub struct HistoryStore {
    key: String,
    backend: Box<dyn Backend>,
    warned: Cell<bool>,
}

impl HistoryStore {
    pub fn new(instance_id: &InstanceId) -> HistoryStore {
        HistoryStore::with_backend(instance_id, Box::new(LocalStorage))
    }

    pub fn with_backend(instance_id: &InstanceId, backend: Box<dyn Backend>) -> HistoryStore {
        HistoryStore {
            key: key(instance_id),
            backend,
            warned: Cell::new(false),
        }
    }

    /// The `localStorage` key, to recognise its `storage` events.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The stored history: `Err` when storage throws, empty when there is none or it does not read (reported as
    /// ignored, once).
    fn read(&self) -> Result<History, ()> {
        let value = self.backend.get(&self.key).map_err(drop)?;
        Ok(value.map_or_else(History::default, |value| {
            decode(&value).unwrap_or_else(|err| {
                if !self.warned.replace(true) {
                    self.backend.warn(&format!(
                        "skin-analysis: ignoring the stored history (key {:?}): {err}; the current result is kept.",
                        self.key
                    ));
                }
                History::default()
            })
        }))
    }

    /// The stored history (empty when there is none, or it cannot be read).
    pub fn load(&self) -> History {
        self.read().unwrap_or_default()
    }

    /// Adds `entry` to the stored history (read again first: another tab may have added one) and returns the
    /// history to show. When storage throws, `memory` (what this tab shows) takes the entry instead.
    pub fn append(&self, memory: &History, entry: Entry) -> History {
        let base = self.read().unwrap_or_else(|()| memory.clone());
        let Some(next) = base.with(entry) else {
            return base;
        };
        // A failed write keeps `next` in memory (see above).
        let _ = self.backend.set(&self.key, &encode(&next));
        next
    }

    /// Forgets the history: the key is removed.
    pub fn forget(&self) {
        let _ = self.backend.remove(&self.key);
    }

    /// Another tab changed the history to `value` (`None`: removed, or storage cleared): the history to show, or
    /// `None` to keep the one on show when the new value does not read.
    pub fn follow(value: Option<&str>) -> Option<History> {
        value.map_or(Some(History::default()), |value| decode(value).ok())
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

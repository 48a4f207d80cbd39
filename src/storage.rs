//! Saving the quiz in `localStorage`, so an in-progress quiz and the last result survive a reload, and every tab
//! showing the same quiz agrees on it.
//!
//! One key per widget instance: `skin-analysis:v1:<instance_id>` (the key has kept its first name, so progress
//! saved by older versions is still found). The value is a small versioned string,
//!
//! ```text
//! v2|<revision>|<screen>|<lang>|<answers>
//! ```
//!
//! where `<revision>` counts the writes (decimal, `u64`); `<screen>` is `intro`, `q:<question id>` or `results`;
//! `<lang>` is the language the visitor picked with the switch (`en`, `ko`) or `-` if they never did; and
//! `<answers>` is an answer code ([`Answers::encode`]; 0.1.0's format `1` codes are read forward, see
//! [`Answers::read`]: a question added since is unanswered, and one whose answer held a retired choice is asked
//! again, resuming at the first question to answer; the first save writes the progress in today's code). The first
//! format, `v1|<screen>|<lang>|<answers>`, is still read, as
//! revision 0. It is parsed by hand ([`decode`]) so the wasm carries no JSON library.
//!
//! **Tabs.** Every tab of a site shares the key, so a [`Store`] remembers the revision of the progress it shows. It
//! never writes over a newer revision: it takes that one instead ([`Store::save`]), and it follows newer progress
//! another tab saved ([`Store::follow`], from the `storage` event). A value cleared or removed by another tab leaves
//! the progress on screen alone; the next change saves all of it again.
//!
//! **Failures.** Unreadable data (another version, a newer release's code after a downgrade, a hand edit) is ignored with
//! one console warning and overwritten by the next save. Storage that throws (private mode, a sandboxed iframe, a
//! full quota) is reported with one console warning; the quiz carries on in memory and later saves still try.

use std::cell::Cell;
use std::fmt;

use skin_rules::{question_read_as, questionnaire, Answers, DecodeError, Lang};

use crate::config::InstanceId;
use crate::state::{Action, Rejected, Screen, State};

/// The format this module writes.
pub const VERSION: &str = "v2";
/// The first format: no revision. Still read, as revision 0.
const VERSION_1: &str = "v1";

/// The `localStorage` key of one instance.
pub fn key(instance_id: &InstanceId) -> String {
    format!("skin-analysis:v1:{instance_id}")
}

/// What is saved: enough to put the visitor back where they were.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub screen: Screen,
    /// The language picked with the switch, if any.
    pub lang: Option<Lang>,
    pub answers: Answers,
    /// Read from progress an earlier release saved: the questions an upgrade since left to answer (never saved).
    pub to_answer: Vec<usize>,
}

impl Saved {
    /// The visitor's own progress in `state` (never a shared result on screen: see `State::shared`).
    pub fn of(state: &State) -> Saved {
        Saved {
            screen: state.screen,
            lang: state.lang_chosen.then_some(state.lang),
            answers: state.answers.clone(),
            to_answer: Vec::new(),
        }
    }

    /// The action that puts this progress on screen.
    pub fn into_action(self) -> Action {
        if self.to_answer.is_empty() {
            Action::Restore {
                answers: self.answers,
                screen: self.screen,
                lang: self.lang,
            }
        } else {
            Action::RestoreUpgraded {
                answers: self.answers,
                screen: self.screen,
                lang: self.lang,
                to_answer: self.to_answer,
            }
        }
    }

    /// The state to start from: `fallback_lang` unless the visitor had picked one, on the saved screen.
    pub fn into_state(self, fallback_lang: Lang) -> Result<State, LoadError> {
        State::new(fallback_lang)
            .apply(self.into_action())
            .map_err(LoadError::Unreachable)
    }
}

/// One stored value: the progress and which write of it this is.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// Grows by one with every write, in whichever tab: the larger revision is the newer progress.
    pub revision: u64,
    pub saved: Saved,
}

/// Why a saved value was ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Written by another version of the widget.
    Version(String),
    /// Not `v2|revision|screen|lang|answers` (nor `v1|screen|lang|answers`).
    Shape,
    /// The revision is not a number.
    Revision(String),
    UnknownScreen(String),
    UnknownLang(String),
    Answers(DecodeError),
    /// The screen cannot be reached with those answers (e.g. results with unanswered questions).
    Unreachable(Rejected),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Version(v) => {
                write!(f, "saved by another version ({v:?}, expected {VERSION:?})")
            }
            LoadError::Shape => write!(f, "not in the form {VERSION}|revision|screen|lang|answers"),
            LoadError::Revision(r) => write!(f, "revision {r:?} is not a number"),
            LoadError::UnknownScreen(s) => write!(f, "unknown screen {s:?}"),
            LoadError::UnknownLang(l) => write!(f, "unknown language {l:?}"),
            LoadError::Answers(e) => write!(f, "unreadable answers: {e}"),
            LoadError::Unreachable(r) => write!(f, "inconsistent: {r}"),
        }
    }
}

impl std::error::Error for LoadError {}

pub fn encode(record: &Record) -> String {
    let saved = &record.saved;
    let screen = match saved.screen {
        Screen::Intro => "intro".to_owned(),
        Screen::Question(q) => format!("q:{}", questionnaire().get(q).map_or("", |q| q.id)),
        Screen::Results => "results".to_owned(),
    };
    let lang = saved.lang.map_or("-", Lang::tag);
    let answers = saved.answers.encode();
    format!("{VERSION}|{}|{screen}|{lang}|{answers}", record.revision)
}

pub fn decode(value: &str) -> Result<Record, LoadError> {
    let (version, rest) = value.split_once('|').unwrap_or((value, ""));
    let (revision, rest) = match version {
        VERSION => {
            let (revision, rest) = rest.split_once('|').ok_or(LoadError::Shape)?;
            // Digits only: `u64::from_str` would also take a leading `+`, which this format never writes.
            let number = revision
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| revision.parse::<u64>().ok())
                .flatten();
            let number = number.ok_or_else(|| LoadError::Revision(clip(revision, 24)))?;
            (number, rest)
        }
        VERSION_1 => (0, rest),
        _ => return Err(LoadError::Version(clip(version, 16))),
    };
    let mut parts = rest.splitn(3, '|');
    let (Some(screen), Some(lang), Some(answers)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(LoadError::Shape);
    };
    let screen = match screen {
        "intro" => Screen::Intro,
        "results" => Screen::Results,
        other => match other.strip_prefix("q:").and_then(question_read_as) {
            Some(Some(q)) => Screen::Question(q),
            // A question retired since: the results, or the first question left to answer.
            Some(None) => Screen::Results,
            None => return Err(LoadError::UnknownScreen(clip(other, 40))),
        },
    };
    let lang = match lang {
        "-" => None,
        tag => match Lang::ALL.into_iter().find(|l| l.tag() == tag) {
            Some(lang) => Some(lang),
            None => return Err(LoadError::UnknownLang(clip(tag, 16))),
        },
    };
    let read = Answers::read(answers).map_err(LoadError::Answers)?;
    // A question added since is to answer now only after a result the quiz cannot keep without it; a quiz still
    // in progress asks it in its turn.
    let finished = screen == Screen::Results;
    let to_answer = read
        .again
        .iter()
        .chain(
            read.added
                .iter()
                .filter(|&&q| finished && !questionnaire()[q].optional),
        )
        .copied()
        .collect();
    Ok(Record {
        revision,
        saved: Saved {
            screen,
            lang,
            answers: read.answers,
            to_answer,
        },
    })
}

/// At most `chars` characters of a value quoted in an error, so a huge stored value makes a short warning.
fn clip(value: &str, chars: usize) -> String {
    value.chars().take(chars).collect()
}

/// Reads `value` all the way to a state; what the widget does with a stored value.
pub fn restore(value: &str, fallback_lang: Lang) -> Result<State, LoadError> {
    decode(value)?.saved.into_state(fallback_lang)
}

/// Where a [`Store`] keeps its value and reports trouble: `localStorage` and the console in the browser
/// ([`LocalStorage`]); native tests use a plain map. An `Err` is the reason, for the warning.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, String>;
    fn set(&self, key: &str, value: &str) -> Result<(), String>;
    fn remove(&self, key: &str) -> Result<(), String>;
    fn warn(&self, message: &str);
}

/// `window.localStorage`, looked up on every call: its getter can throw (sandboxed iframes, some privacy modes),
/// and can work again later.
pub struct LocalStorage;

impl LocalStorage {
    fn storage() -> Result<web_sys::Storage, String> {
        match web_sys::window().map(|w| w.local_storage()) {
            Some(Ok(Some(storage))) => Ok(storage),
            Some(Err(err)) => Err(format!(
                "localStorage is not available ({})",
                js_message(&err)
            )),
            _ => Err("localStorage is not available".to_owned()),
        }
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        LocalStorage::storage()?
            .get_item(key)
            .map_err(|err| format!("reading localStorage failed ({})", js_message(&err)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), String> {
        LocalStorage::storage()?
            .set_item(key, value)
            .map_err(|err| format!("saving to localStorage failed ({})", js_message(&err)))
    }

    fn remove(&self, key: &str) -> Result<(), String> {
        LocalStorage::storage()?
            .remove_item(key)
            .map_err(|err| format!("removing from localStorage failed ({})", js_message(&err)))
    }

    fn warn(&self, message: &str) {
        warn(message);
    }
}

/// One instance's storage slot, shared with its other tabs. The first failure is reported on the console; after it
/// the quiz keeps its progress in memory and every later save still tries, quietly.
pub struct Store {
    key: String,
    backend: Box<dyn Backend>,
    /// The revision of the progress this tab holds as its own: the one it read, followed or wrote last.
    revision: Cell<u64>,
    warned: Cell<bool>,
}

impl Store {
    pub fn new(instance_id: &InstanceId) -> Store {
        Store::with_backend(instance_id, Box::new(LocalStorage))
    }

    pub fn with_backend(instance_id: &InstanceId, backend: Box<dyn Backend>) -> Store {
        Store {
            key: key(instance_id),
            backend,
            revision: Cell::new(0),
            warned: Cell::new(false),
        }
    }

    /// The `localStorage` key, to recognise its `storage` events.
    pub fn key(&self) -> &str {
        &self.key
    }

    fn fail(&self, why: &str) {
        if !self.warned.replace(true) {
            self.backend.warn(&format!(
                "skin-analysis: {why}; the quiz keeps its answers on this page only (key {:?}).",
                self.key
            ));
        }
    }

    /// The stored record; `None` when there is none, it cannot be read (reported), or it does not decode (reported
    /// as ignored when `report_corrupt`; a save then overwrites it).
    fn read(&self, report_corrupt: bool) -> Option<Record> {
        let value = match self.backend.get(&self.key) {
            Ok(value) => value?,
            Err(why) => {
                self.fail(&why);
                return None;
            }
        };
        match decode(&value) {
            Ok(record) => Some(record),
            Err(err) => {
                if report_corrupt {
                    self.ignoring(&err);
                }
                None
            }
        }
    }

    /// The saved state, if there is one and it reads; a value that does not read is ignored with a warning.
    pub fn load(&self, fallback_lang: Lang) -> Option<State> {
        let record = self.read(true)?;
        match record.saved.into_state(fallback_lang) {
            Ok(state) => {
                self.revision.set(record.revision);
                Some(state)
            }
            Err(err) => {
                self.ignoring(&err);
                None
            }
        }
    }

    fn ignoring(&self, err: &LoadError) {
        self.backend.warn(&format!(
            "skin-analysis: ignoring saved quiz in localStorage key {:?}: {err}",
            self.key
        ));
    }

    /// Writes `saved` as the next revision, unless storage already holds it or holds newer progress (another tab
    /// saved since this one last read or wrote): then nothing is written and that newer progress is returned, for
    /// this tab to follow. A failed write keeps the progress in memory (see [`Store`]).
    pub fn save(&self, saved: &Saved) -> Option<Saved> {
        let known = self.revision.get();
        if let Some(stored) = self.read(false) {
            if stored.saved == *saved {
                self.revision.set(known.max(stored.revision));
                return None;
            }
            if stored.revision > known {
                self.revision.set(stored.revision);
                return Some(stored.saved);
            }
        }
        let record = Record {
            revision: known + 1,
            saved: saved.clone(),
        };
        match self.backend.set(&self.key, &encode(&record)) {
            Ok(()) => self.revision.set(record.revision),
            Err(why) => self.fail(&why),
        }
        None
    }

    /// Another tab changed this instance's value to `value` (`None`: removed, or storage cleared): the progress to
    /// follow, if it is newer than what this tab holds. Removed or unreadable values change nothing here.
    pub fn follow(&self, value: Option<&str>) -> Option<Saved> {
        let record = decode(value?).ok()?;
        if record.revision <= self.revision.get() {
            return None;
        }
        self.revision.set(record.revision);
        Some(record.saved)
    }
}

pub(crate) fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// A short description of a thrown JS value, for warnings.
pub(crate) fn js_message(err: &wasm_bindgen::JsValue) -> String {
    err.as_string()
        .or_else(|| {
            js_sys::Reflect::get(err, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}

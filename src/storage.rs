//! Saving the quiz in `localStorage`, so an in-progress quiz and the last result survive a reload.
//!
//! One key per widget instance: `skin-analysis:v1:<instance_id>`. The value is a small versioned string,
//!
//! ```text
//! v1|<screen>|<lang>|<answers>
//! ```
//!
//! where `<screen>` is `intro`, `q:<question id>` or `results`; `<lang>` is the language the visitor picked with
//! the switch (`en`, `ko`) or `-` if they never did; and `<answers>` is [`Answers::encode`]. It is parsed by hand
//! ([`decode`]) so the wasm carries no JSON library. Unreadable data (another version, a hand edit, answers to a
//! changed questionnaire) is ignored with one console warning; storage that throws (private mode, a sandboxed
//! iframe, a full quota) switches persistence off with one console warning, and the quiz carries on in memory.

use std::cell::Cell;
use std::fmt;

use skin_rules::{question_index, questionnaire, Answers, DecodeError, Lang};

use crate::config::InstanceId;
use crate::state::{Action, Rejected, Screen, State};

/// The format this module writes. Bump it (and the key) when the format changes; old values are then ignored.
pub const VERSION: &str = "v1";

/// The `localStorage` key of one instance.
pub fn key(instance_id: &InstanceId) -> String {
    format!("skin-analysis:{VERSION}:{instance_id}")
}

/// What is saved: enough to put the visitor back where they were.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub screen: Screen,
    /// The language picked with the switch, if any.
    pub lang: Option<Lang>,
    pub answers: Answers,
}

impl Saved {
    /// The visitor's own progress in `state` (never a shared result on screen: see `State::shared`).
    pub fn of(state: &State) -> Saved {
        Saved {
            screen: state.screen,
            lang: state.lang_chosen.then_some(state.lang),
            answers: state.answers.clone(),
        }
    }

    /// The state to start from: `fallback_lang` unless the visitor had picked one, on the saved screen.
    pub fn into_state(self, fallback_lang: Lang) -> Result<State, LoadError> {
        let mut state = State::new(fallback_lang);
        if let Some(lang) = self.lang {
            state.lang = lang;
            state.lang_chosen = true;
        }
        state
            .apply(Action::Restore {
                answers: self.answers,
                screen: self.screen,
            })
            .map_err(LoadError::Unreachable)
    }
}

/// Why a saved value was ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Written by another version of the widget.
    Version(String),
    /// Not `v1|screen|lang|answers`.
    Shape,
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
            LoadError::Shape => write!(f, "not in the form {VERSION}|screen|lang|answers"),
            LoadError::UnknownScreen(s) => write!(f, "unknown screen {s:?}"),
            LoadError::UnknownLang(l) => write!(f, "unknown language {l:?}"),
            LoadError::Answers(e) => write!(f, "unreadable answers: {e}"),
            LoadError::Unreachable(r) => write!(f, "inconsistent: {r}"),
        }
    }
}

impl std::error::Error for LoadError {}

pub fn encode(saved: &Saved) -> String {
    let screen = match saved.screen {
        Screen::Intro => "intro".to_owned(),
        Screen::Question(q) => format!("q:{}", questionnaire().get(q).map_or("", |q| q.id)),
        Screen::Results => "results".to_owned(),
    };
    let lang = saved.lang.map_or("-", Lang::tag);
    format!("{VERSION}|{screen}|{lang}|{}", saved.answers.encode())
}

pub fn decode(value: &str) -> Result<Saved, LoadError> {
    let mut parts = value.splitn(4, '|');
    let version = parts.next().unwrap_or_default();
    if version != VERSION {
        return Err(LoadError::Version(version.chars().take(16).collect()));
    }
    let (Some(screen), Some(lang), Some(answers)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(LoadError::Shape);
    };
    let screen = match screen {
        "intro" => Screen::Intro,
        "results" => Screen::Results,
        other => match other.strip_prefix("q:").and_then(question_index) {
            Some(q) => Screen::Question(q),
            None => return Err(LoadError::UnknownScreen(other.chars().take(40).collect())),
        },
    };
    let lang = match lang {
        "-" => None,
        tag => match Lang::ALL.into_iter().find(|l| l.tag() == tag) {
            Some(lang) => Some(lang),
            None => return Err(LoadError::UnknownLang(tag.chars().take(16).collect())),
        },
    };
    let answers = Answers::decode(answers).map_err(LoadError::Answers)?;
    Ok(Saved {
        screen,
        lang,
        answers,
    })
}

/// Reads `value` all the way to a state; what the widget does with a stored value.
pub fn restore(value: &str, fallback_lang: Lang) -> Result<State, LoadError> {
    decode(value)?.into_state(fallback_lang)
}

/// One instance's storage slot. Every failure is reported once on the console and then persistence stays off.
pub struct Store {
    key: String,
    enabled: Cell<bool>,
}

impl Store {
    pub fn new(instance_id: &InstanceId) -> Store {
        Store {
            key: key(instance_id),
            enabled: Cell::new(true),
        }
    }

    /// `localStorage`, or `None` (with one warning) when the browser refuses it.
    fn storage(&self) -> Option<web_sys::Storage> {
        if !self.enabled.get() {
            return None;
        }
        // `local_storage()` catches a throwing getter (sandboxed iframes, some privacy modes).
        match web_sys::window().map(|w| w.local_storage()) {
            Some(Ok(Some(storage))) => Some(storage),
            Some(Err(err)) => {
                self.disable(&format!(
                    "localStorage is not available ({})",
                    js_message(&err)
                ));
                None
            }
            _ => {
                self.disable("localStorage is not available");
                None
            }
        }
    }

    fn disable(&self, why: &str) {
        self.enabled.set(false);
        warn(&format!(
            "skin-analysis: {why}; answers will not be kept after a reload (key {:?}).",
            self.key
        ));
    }

    /// The saved state, if there is one and it reads; a value that does not read is ignored with a warning.
    pub fn load(&self, fallback_lang: Lang) -> Option<State> {
        let storage = self.storage()?;
        let value = match storage.get_item(&self.key) {
            Ok(Some(value)) => value,
            Ok(None) => return None,
            Err(err) => {
                self.disable(&format!(
                    "reading localStorage failed ({})",
                    js_message(&err)
                ));
                return None;
            }
        };
        match restore(&value, fallback_lang) {
            Ok(state) => Some(state),
            Err(err) => {
                warn(&format!(
                    "skin-analysis: ignoring saved quiz in localStorage key {:?}: {err}",
                    self.key
                ));
                None
            }
        }
    }

    pub fn save(&self, saved: &Saved) {
        let Some(storage) = self.storage() else {
            return;
        };
        if let Err(err) = storage.set_item(&self.key, &encode(saved)) {
            self.disable(&format!(
                "saving to localStorage failed ({})",
                js_message(&err)
            ));
        }
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

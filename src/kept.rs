//! A value kept on this device beside the quiz's progress, under a key of its own: the history (`history`), the
//! checked products (`checked`) and the open sections (`folds`). Each of those modules keeps only its format
//! ([`Format`]); [`KeptStore`] keeps any of them the same way, and [`List`] is the versioned list the history and
//! the products are written as.
//!
//! The key is the instance's (`storage::key`) followed by `:<Format::KEY>`. Reading never writes: a stored value
//! that does not read is refused whole with one console warning and stays as it is until the next save replaces
//! it. Storage that throws is not reported here (the quiz's own `storage::Store` warns once for the page's
//! storage): what is on screen stays in memory, and later writes still try.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use crate::config::InstanceId;
use crate::storage::{self, Backend, LocalStorage};

/// How a kept value is written and read.
pub trait Format: Default + PartialEq + Sized {
    /// The key's last part.
    const KEY: &'static str;
    /// What a warning calls the value.
    const WHAT: &'static str;
    /// Why a stored value does not read.
    type Error: fmt::Display;

    fn encode(&self) -> String;
    fn decode(value: &str) -> Result<Self, Self::Error>;

    /// Nothing to keep: saving removes the key.
    fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Why a kept value was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread<E> {
    /// Storage threw (its reason).
    Storage(String),
    /// The stored value does not read (why): it is left in storage as it is.
    Refused(E),
}

/// One instance's kept value of format `T` in storage, shared with its other tabs.
pub struct KeptStore<T> {
    slot: Slot,
    format: PhantomData<T>,
}

impl<T: Format> KeptStore<T> {
    pub fn new(instance_id: &InstanceId) -> KeptStore<T> {
        KeptStore::with_backend(instance_id, Box::new(LocalStorage))
    }

    pub fn with_backend(instance_id: &InstanceId, backend: Box<dyn Backend>) -> KeptStore<T> {
        KeptStore {
            slot: Slot {
                key: key(instance_id, T::KEY),
                backend,
                warned: Cell::new(false),
            },
            format: PhantomData,
        }
    }

    /// The `localStorage` key of `instance_id`'s value.
    pub fn key_of(instance_id: &InstanceId) -> String {
        key(instance_id, T::KEY)
    }

    /// The `localStorage` key, to recognise its `storage` events.
    pub fn key(&self) -> &str {
        &self.slot.key
    }

    /// The stored value (the empty one when there is none), or why it was not read: a value that does not read is
    /// reported on the console, once.
    pub fn read(&self) -> Result<T, Unread<T::Error>> {
        let Some(value) = self.slot.get().map_err(Unread::Storage)? else {
            return Ok(T::default());
        };
        T::decode(&value).map_err(|err| {
            self.slot.refused(T::WHAT, &err);
            Unread::Refused(err)
        })
    }

    /// The stored value, empty when there is none or it was not read.
    pub fn load(&self) -> T {
        self.read().unwrap_or_default()
    }

    /// Keeps `value` (an empty one: the key goes). A failed write keeps it in memory (see above).
    pub fn save(&self, value: &T) {
        self.slot.put((!value.is_empty()).then(|| value.encode()));
    }

    /// Forgets the value: the key is removed.
    pub fn forget(&self) {
        self.slot.put(None);
    }

    /// Another tab changed the value to `value` (`None`: removed, or storage cleared): the value to show, or `None`
    /// to keep the one on show when the new value does not read.
    pub fn follow(value: Option<&str>) -> Option<T> {
        value.map_or(Some(T::default()), |value| T::decode(value).ok())
    }
}

/// The `localStorage` key of `instance_id`'s value named `name` (written once, not for each format).
fn key(instance_id: &InstanceId, name: &str) -> String {
    format!("{}:{name}", storage::key(instance_id))
}

/// What a [`KeptStore`] does whatever it keeps, written once rather than for each format: its key in storage and
/// its one warning.
struct Slot {
    key: String,
    backend: Box<dyn Backend>,
    warned: Cell<bool>,
}

impl Slot {
    fn get(&self) -> Result<Option<String>, String> {
        self.backend.get(&self.key)
    }

    /// Writes `value`, or removes the key (`None`); a failure is the storage's, which the progress reports.
    fn put(&self, value: Option<String>) {
        let _ = match value {
            Some(value) => self.backend.set(&self.key, &value),
            None => self.backend.remove(&self.key),
        };
    }

    /// The stored `what` does not read (`why`): said on the console the first time.
    fn refused(&self, what: &str, why: &dyn fmt::Display) {
        if !self.warned.replace(true) {
            self.backend.warn(&format!(
                "skin-analysis: ignoring the stored {what} (key {:?}): {why}; the current result is kept.",
                self.key
            ));
        }
    }
}

/// A versioned list: its version, then each entry after a separator. A value longer than `max_len` bytes, of another
/// version, with more than `max` entries or with one entry that does not read is refused whole. A later format
/// keeping more takes the next version, whose reader reads this one too.
pub struct List {
    pub version: &'static str,
    pub separator: char,
    pub max_len: usize,
    pub max: usize,
}

/// Why a stored list was refused; `E` is why one entry does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListError<E> {
    /// Longer than the list reads (its length in bytes).
    TooLong(usize),
    /// Written by another version of the widget (its first part, cut).
    Version(String),
    /// More entries than are kept (their number).
    TooMany(usize),
    /// Entry `index` (0 is the first written) does not read.
    Entry { index: usize, error: E },
}

impl<E: fmt::Display> fmt::Display for ListError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListError::TooLong(len) => write!(f, "{len} bytes long, more than is read"),
            ListError::Version(v) => write!(f, "saved by another version ({v:?})"),
            ListError::TooMany(n) => write!(f, "{n} entries, more than are kept"),
            ListError::Entry { index, error } => write!(f, "entry {index}: {error}"),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for ListError<E> {}

impl List {
    /// The list of `entries`, each written after its separator by `write`.
    pub fn encode<T>(&self, entries: &[T], write: impl Fn(&mut String, &T)) -> String {
        let mut value = self.version.to_owned();
        for entry in entries {
            value.push(self.separator);
            write(&mut value, entry);
        }
        value
    }

    pub fn decode<T, E>(
        &self,
        value: &str,
        entry: impl Fn(&str) -> Result<T, E>,
    ) -> Result<Vec<T>, ListError<E>> {
        if value.len() > self.max_len {
            return Err(ListError::TooLong(value.len()));
        }
        let mut parts = value.split(self.separator);
        let version = parts.next().unwrap_or_default();
        if version != self.version {
            return Err(ListError::Version(version.chars().take(16).collect()));
        }
        // A loop rather than collecting into a `Result`: the wasm's smaller for it.
        let mut entries = Vec::new();
        for (index, part) in parts.enumerate() {
            entries.push(entry(part).map_err(|error| ListError::Entry { index, error })?);
        }
        if entries.len() > self.max {
            return Err(ListError::TooMany(entries.len()));
        }
        Ok(entries)
    }
}

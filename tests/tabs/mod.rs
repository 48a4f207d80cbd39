//! Two tabs of one browser, natively: stores on one [`Shared`] map, which can be made to throw like a full quota
//! or a refused `localStorage`. Used by `storage.rs` and the tab fuzz target in `fuzz.rs`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use skin_analysis::config::InstanceId;
use skin_analysis::state::State;
use skin_analysis::storage::{self, Backend, Record, Saved, Store};

/// One origin's `localStorage` (plus what its tabs warned and wrote), shared by every store made with [`tab`].
#[derive(Default)]
pub struct Shared {
    pub values: RefCell<HashMap<String, String>>,
    /// Writes throw (`QuotaExceededError`).
    pub full: Cell<bool>,
    /// Every access throws (`SecurityError`).
    pub refused: Cell<bool>,
    pub warnings: RefCell<Vec<String>>,
    /// Every value written, with the writing tab's number: the `storage` events the other tabs get, in order.
    pub writes: RefCell<Vec<(usize, String)>>,
    tabs: Cell<usize>,
}

struct Tab(Rc<Shared>, usize);

impl Backend for Tab {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        if self.0.refused.get() {
            return Err("localStorage is not available (SecurityError)".into());
        }
        Ok(self.0.get(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), String> {
        if self.0.refused.get() || self.0.full.get() {
            return Err("saving to localStorage failed (QuotaExceededError)".into());
        }
        self.0.values.borrow_mut().insert(key.into(), value.into());
        self.0.writes.borrow_mut().push((self.1, value.into()));
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), String> {
        if self.0.refused.get() {
            return Err("localStorage is not available (SecurityError)".into());
        }
        self.0.values.borrow_mut().remove(key);
        Ok(())
    }

    fn warn(&self, message: &str) {
        self.0.warnings.borrow_mut().push(message.into());
    }
}

fn id() -> InstanceId {
    InstanceId::parse("tabs").expect("a valid id")
}

impl Shared {
    /// The value stored under `key`, as every tab reads it.
    pub fn get(&self, key: &str) -> Option<String> {
        self.values.borrow().get(key).cloned()
    }

    /// Stores `value` as an older version or a hand edit would have.
    pub fn put(&self, value: &str) {
        self.values
            .borrow_mut()
            .insert(storage::key(&id()), value.into());
    }
}

/// A new tab (numbered 0, 1, ... in the order they are made).
pub fn tab(shared: &Rc<Shared>) -> Store {
    Store::with_backend(&id(), backend(shared))
}

/// A new tab's `localStorage`, for a store of another kind (the history).
pub fn backend(shared: &Rc<Shared>) -> Box<dyn Backend> {
    let number = shared.tabs.replace(shared.tabs.get() + 1);
    Box::new(Tab(Rc::clone(shared), number))
}

/// The stored record, if there is one and it decodes.
pub fn stored(shared: &Shared) -> Option<Record> {
    let values = shared.values.borrow();
    storage::decode(values.get(&storage::key(&id()))?).ok()
}

/// What the widget does after every change of `state`: save it, and when storage held newer progress, take that
/// (the reducer keeps the state when it refuses) and save again.
pub fn save(store: &Store, state: &State) -> State {
    let mut state = state.clone();
    while let Some(newer) = store.save(&Saved::of(&state)) {
        state = state.apply(newer.into_action()).unwrap_or(state);
    }
    state
}

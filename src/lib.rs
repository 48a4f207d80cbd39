//! skin-analysis: the Korean-skincare skin quiz widget.
//!
//! Map (see ARCHITECTURE.md): `state` is the one reducer holding the visitor's answers and where they are;
//! `hooks` hold the behaviour around it (saving, the outcome, host events, focus, share links), `page` reads the
//! host page as an instance opens, `catalog` fetches the owner's product file and `text_files` each language's text
//! (both through `fetch`); `components` render state and dispatch actions; `embed` finds the placeholders on a page, reads their
//! `data-*` attributes into a [`config::Config`] and mounts one isolated app per element. `history` keeps the
//! reader's past results on the device (check-ins), `checked` the products they checked, `checker` loads
//! the product checker (its own wasm module and its data) when it opens and `reminder` makes the check-in calendar file. All scoring and content
//! come from the pure `skin_rules` crate.

pub mod catalog;
pub mod checked;
pub mod checker;
pub mod components;
pub mod config;
pub mod embed;
pub mod events;
pub mod fetch;
pub mod folds;
pub mod history;
pub mod hooks;
pub mod kept;
pub mod page;
pub mod reminder;
pub mod share;
pub mod state;
pub mod storage;
pub mod text_files;

//! Share links and the clipboard.
//!
//! A share link is the current page's URL with the fragment
//!
//! ```text
//! #skin-analysis=<instance id>.<answers>
//! ```
//!
//! where the instance id is an [`InstanceId`] (URL-safe, never contains a `.`) and `<answers>` is
//! [`Answers::encode`] (the language is not in it: the page's is): every answer, the health and allergy ones included, so the recipient sees exactly the same
//! result, safety exclusions and all (the results say so next to the button). The fragment never reaches a server.
//! Opening such a link shows that result in the instance with that id, apart from the visitor's own progress (see
//! `State::shared`); the fragment is then removed from the address bar (`history.replaceState`) so a reload
//! resumes the visitor's own quiz.

use std::fmt;

use skin_rules::{Answers, DecodeError, Read};
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::config::InstanceId;
use crate::storage::{js_message, warn};

/// The fragment's name.
pub const PREFIX: &str = "skin-analysis=";

/// The fragment (without `#`) that restores `answers` in instance `instance_id`.
pub fn fragment(instance_id: &InstanceId, answers: &Answers) -> String {
    format!("{PREFIX}{instance_id}.{}", answers.encode())
}

/// Why a share fragment meant for this instance was not used.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// `skin-analysis=<this instance's id>` without the `.<answers>`.
    Shape,
    Answers(DecodeError),
    /// The answers read but do not complete the quiz.
    Incomplete,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Shape => write!(f, "expected #{PREFIX}<id>.<answers>"),
            ShareError::Answers(e) => write!(f, "unreadable answers: {e}"),
            ShareError::Incomplete => write!(f, "the answers do not complete the quiz"),
        }
    }
}

impl std::error::Error for ShareError {}

/// Reads a location hash (with or without `#`). `None`: not a share link, or one for another instance (including a
/// link without the `.` whose value is not exactly this instance's id). A link made by an earlier release reads
/// forward ([`Answers::read`]): it still shows its result when it misses only questions an upgrade added or changed.
pub fn parse_fragment(hash: &str, instance_id: &InstanceId) -> Option<Result<Read, ShareError>> {
    let rest = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix(PREFIX)?;
    // The id is compared before anything else is checked: a link for another instance must leave this one silent,
    // or whichever instance reads it first would warn and clear a link that is not its own. Without the `.` the
    // value cannot be split into id and answers; it is taken as an id with the answers cut off, so only the
    // instance whose id is the whole value reports it (and clears it), and every other instance ignores it.
    let (id, answers) = match rest.split_once('.') {
        Some(parts) => parts,
        None if instance_id == rest => return Some(Err(ShareError::Shape)),
        None => return None,
    };
    if instance_id != id {
        return None;
    }
    Some(match Answers::read(answers) {
        Ok(read) if read.is_complete_but_for_upgrades() => Ok(read),
        Ok(_) => Err(ShareError::Incomplete),
        Err(e) => Err(ShareError::Answers(e)),
    })
}

/// This page's address without its fragment.
pub fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_owned())
}

/// The share link for `answers`: this page's address with the fragment replaced.
pub fn share_url(instance_id: &InstanceId, answers: &Answers) -> Option<String> {
    Some(format!(
        "{}#{}",
        page_address()?,
        fragment(instance_id, answers)
    ))
}

/// The answers of a share link opened for this instance, if any; the fragment is then cleared from the address.
/// A broken link is ignored with one console warning.
pub fn take_shared(instance_id: &InstanceId) -> Option<Read> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let found = parse_fragment(&hash, instance_id)?;
    clear_fragment(&window);
    match found {
        Ok(read) => Some(read),
        Err(err) => {
            warn(&format!(
                "skin-analysis: ignoring share link for instance {:?}: {err}",
                instance_id.as_str()
            ));
            None
        }
    }
}

fn clear_fragment(window: &web_sys::Window) {
    let location = window.location();
    let (Ok(href), Ok(history)) = (location.href(), window.history()) else {
        return;
    };
    let base = href.split('#').next().unwrap_or(&href);
    // Keeps whatever state the host stored for this entry; only the address changes.
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(base));
}

/// Copies `text` with the async clipboard API and reports whether it worked. Insecure pages and browsers without
/// the API report `false` (the caller then shows the text to copy by hand).
pub fn copy_text(text: String, done: Callback<bool>) {
    let Some(clipboard) = clipboard() else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        if let Err(err) = &result {
            warn(&format!(
                "skin-analysis: copying to the clipboard failed ({})",
                js_message(err)
            ));
        }
        done.emit(result.is_ok());
    });
}

/// `navigator.clipboard`, checked first: it is `undefined` on insecure pages, and calling into it would throw.
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    let clipboard: web_sys::Clipboard = value.unchecked_into();
    // `writeText` can be missing (old browsers) even when `clipboard` exists.
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?;
    write.is_function().then_some(clipboard)
}

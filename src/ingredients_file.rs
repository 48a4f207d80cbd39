//! The product checker's data at the page's edge: the ingredients file (`skin_rules::ingredients::file_name`, its
//! build's fingerprint in the name) fetched from beside the glue module, like the text files, only when a reader
//! opens the checker, then kept for the page's lifetime and shared by its instances.

use std::cell::RefCell;
use std::rc::Rc;

use skin_rules::ingredients::{file_name, Known, KnownError};
use web_sys::Response;

use crate::state::LoadError;
use crate::{fetch, text_files};

thread_local! {
    /// The file, once read.
    static KNOWN: RefCell<Option<Rc<Known<'static>>>> = const { RefCell::new(None) };
}

/// Reads `file` as the ingredients file and keeps it for the page (how the browser tests, which have no file to
/// fetch, provide it).
pub fn install(file: &'static str) -> Result<Rc<Known<'static>>, KnownError> {
    let known = Rc::new(Known::parse(file)?);
    KNOWN.with(|cell| cell.replace(Some(known.clone())));
    Ok(known)
}

/// The ingredients the checker knows: the page's copy, else fetched and read now. A failure is also one console
/// warning naming the file and why.
pub async fn load() -> Result<Rc<Known<'static>>, LoadError> {
    if let Some(known) = KNOWN.with(|cell| cell.borrow().clone()) {
        return Ok(known);
    }
    let url = text_files::beside_glue(&file_name());
    let read = match fetch::get(&url, Response::text).await {
        // Read for the page's lifetime, like the text files: `Known` borrows its names from the file.
        Ok(file) => install(Box::leak(
            file.as_string().unwrap_or_default().into_boxed_str(),
        ))
        .map_err(LoadError::File),
        Err(reason) => Err(LoadError::Fetch(reason)),
    };
    if let Err(error) = &read {
        let message = format!("skin-analysis: could not load the ingredients file {url}: {error}");
        web_sys::console::warn_1(&message.into());
    }
    read
}

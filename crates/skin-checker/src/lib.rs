//! The product checker's engine as its own wasm module: the label parser, the ingredients file's reader and the
//! checker (`skin_rules::results::check_products`), out of the wasm every quiz-taker loads. The widget
//! (`src/checker.rs`) starts it when a reader opens the checker, with no imports: it writes an input into the
//! module's memory ([`alloc`]) and calls an export with it, which returns where its [`Outcome`] is.
//!
//! The ingredients file ([`known`]) and each language's text ([`text`]) are handed over once and kept for the page's
//! lifetime; each [`check`] is a `skin_rules::results::wire` request, answered with the checked products.

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

use skin_rules::ingredients::Known;
use skin_rules::results::wire;
use skin_rules::text;

static KNOWN: OnceLock<Known<'static>> = OnceLock::new();

/// What a call did, as the widget reads it from memory: 0 if it worked (else 1), then where its output (the answer,
/// or why there is none, as text) starts and its length in bytes, each a little-endian `u32`.
type Outcome = [u32; 3];

thread_local! {
    /// The last call's output.
    static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
    /// The last call's outcome.
    static OUTCOME: Cell<Outcome> = const { Cell::new([0; 3]) };
}

/// Room for an input of `len` bytes, which the next call takes over.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut input = Vec::<u8>::with_capacity(len);
    let at = input.as_mut_ptr();
    std::mem::forget(input);
    at
}

/// Reads the ingredients file.
///
/// # Safety
/// `at` and `len` are an [`alloc`]ed input of `len` bytes, written in full, not used again.
#[no_mangle]
pub unsafe extern "C" fn known(at: *mut u8, len: usize) -> *const Outcome {
    // Read for the page's lifetime: `Known` borrows its names from the file.
    let file: &'static str = take(at, len).leak();
    finish(
        Known::parse(file)
            .map(|known| {
                let _ = KNOWN.set(known);
                String::new()
            })
            .map_err(|error| error.to_string()),
    )
}

/// Installs a language's text, the language its file names.
///
/// # Safety
/// As for [`known`].
#[no_mangle]
pub unsafe extern "C" fn text(at: *mut u8, len: usize) -> *const Outcome {
    let file = take(at, len);
    finish(match text::file_lang(&file) {
        Some(lang) => text::install(lang, file)
            .map(|()| String::new())
            .map_err(|error| error.to_string()),
        None => Err("not a skin-analysis text file".to_owned()),
    })
}

/// Answers a request (`skin_rules::results::wire`).
///
/// # Safety
/// As for [`known`].
#[no_mangle]
pub unsafe extern "C" fn check(at: *mut u8, len: usize) -> *const Outcome {
    let request = take(at, len);
    finish(match KNOWN.get() {
        Some(known) => wire::answer(known, &request).map_err(|error| error.to_string()),
        None => Err("the ingredients file is not read yet".to_owned()),
    })
}

/// An input as text: not UTF-8 reads as empty text, which every reader refuses.
unsafe fn take(at: *mut u8, len: usize) -> String {
    String::from_utf8(Vec::from_raw_parts(at, len, len)).unwrap_or_default()
}

fn finish(result: Result<String, String>) -> *const Outcome {
    let (output, status) = match result {
        Ok(output) => (output, 0),
        Err(reason) => (reason, 1),
    };
    let (at, len) = (output.as_ptr() as u32, output.len() as u32);
    OUTPUT.with(|cell| *cell.borrow_mut() = output);
    OUTCOME.with(|cell| {
        cell.set([status, at, len]);
        cell.as_ptr().cast_const()
    })
}

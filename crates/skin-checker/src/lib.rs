//! The product checker's engine as its own wasm module: the label parser, the ingredients file's reader and the
//! checker (`skin_rules::results::check_products`), out of the wasm every quiz-taker loads. The widget
//! (`src/checker.rs`) instantiates it when a reader opens the checker, with no imports: it writes its input into the
//! module's memory ([`alloc`]), calls an export, and reads the output ([`output_ptr`], [`output_len`]): the answer,
//! or why there is none. Every export but `alloc` returns 0 when it worked.
//!
//! The ingredients file ([`known`]) and each language's text ([`text`]) are handed over once and kept for the page's
//! lifetime; each [`check`] is a `skin_rules::results::wire` request, answered with the checked products.

use std::cell::RefCell;
use std::sync::OnceLock;

use skin_rules::ingredients::Known;
use skin_rules::results::wire;
use skin_rules::{text, Lang};

static KNOWN: OnceLock<Known<'static>> = OnceLock::new();

thread_local! {
    /// The last call's output.
    static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
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
pub unsafe extern "C" fn known(at: *mut u8, len: usize) -> u32 {
    // Read for the page's lifetime: `Known` borrows its names from the file.
    let file: &'static str = take(at, len).leak();
    finish(
        Known::parse(file)
            .map_err(|error| error.to_string())
            .map(|known| {
                let _ = KNOWN.set(known);
                String::new()
            }),
    )
}

/// Installs the text of the language at `lang` in `Lang::ALL`.
///
/// # Safety
/// As for [`known`].
#[no_mangle]
pub unsafe extern "C" fn text(lang: usize, at: *mut u8, len: usize) -> u32 {
    let file = take(at, len);
    finish(match Lang::ALL.get(lang) {
        Some(&lang) => text::install(lang, file)
            .map(|()| String::new())
            .map_err(|error| error.to_string()),
        None => Err("no such language".to_owned()),
    })
}

/// Answers a request (`skin_rules::results::wire`).
///
/// # Safety
/// As for [`known`].
#[no_mangle]
pub unsafe extern "C" fn check(at: *mut u8, len: usize) -> u32 {
    let request = take(at, len);
    finish(match KNOWN.get() {
        Some(known) => wire::answer(known, &request).map_err(|error| error.to_string()),
        None => Err("the ingredients file is not read yet".to_owned()),
    })
}

/// Where the last call's output starts.
#[no_mangle]
pub extern "C" fn output_ptr() -> *const u8 {
    OUTPUT.with(|output| output.borrow().as_ptr())
}

/// The last call's output's length in bytes.
#[no_mangle]
pub extern "C" fn output_len() -> usize {
    OUTPUT.with(|output| output.borrow().len())
}

/// An input as text: not UTF-8 reads as empty text, which every reader refuses.
unsafe fn take(at: *mut u8, len: usize) -> String {
    String::from_utf8(Vec::from_raw_parts(at, len, len)).unwrap_or_default()
}

fn finish(result: Result<String, String>) -> u32 {
    let (output, status) = match result {
        Ok(output) => (output, 0),
        Err(reason) => (reason, 1),
    };
    OUTPUT.with(|cell| *cell.borrow_mut() = output);
    status
}

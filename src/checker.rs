//! The product checker at the page's edge. Its engine (the label parser, the ingredients file's reader, the checker:
//! `skin_rules::results::check_products`) is not in this wasm: it is its own small wasm module
//! (`crates/skin-checker`, published beside the glue as [`MODULE_FILE`], its content's hash in the name), fetched
//! with the ingredients file (`skin_rules::ingredients::file_name`) only when a reader opens the checker, started
//! with no imports, handed the file once and each language's text as it is first needed, then asked synchronously
//! over `skin_rules::results::wire`. The checker is kept for the page's lifetime and shared by its instances.
//!
//! The tests, which have no module to load, [`install`] the rules crate's own engine in-process instead: the same
//! requests, the same answers, over the same wire.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use skin_rules::ingredients::{file_name, Known, KnownError};
use skin_rules::results::wire::{self, Request};
use skin_rules::results::{CheckedProduct, KeptProduct};
use skin_rules::{text, Answers, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Object, Reflect, Uint8Array, WebAssembly};
use web_sys::Response;

use crate::state::LoadError;
use crate::{fetch, text_files};

/// The checker module's published name, `skin-analysis-checker.<hash>.wasm`, given by `cargo xtask dist` and
/// `serve`, which build the module before the widget; a build without it never finds its checker, and says so.
pub const MODULE_FILE: &str = match option_env!("SKIN_ANALYSIS_CHECKER") {
    Some(name) => name,
    None => "skin-analysis-checker.wasm",
};

thread_local! {
    /// The checker, once ready.
    static READY: RefCell<Option<Checker>> = const { RefCell::new(None) };
}

/// What answers the checker's requests (`skin_rules::results::wire`), in `lang`: the module in a page, the rules
/// crate itself in the tests.
trait Engine {
    fn answer(&self, lang: Lang, request: &str) -> Result<String, String>;
}

/// The product checker, ready (the same checker is compared by pointer).
#[derive(Clone)]
pub struct Checker(Rc<dyn Engine>);

/// Why the checker gave no answer (the reason as text; a failure of the module is also one console warning).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckFailed(pub String);

impl fmt::Display for CheckFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the product checker failed: {}", self.0)
    }
}

impl Checker {
    /// Each of `products` read against `answers`, in `lang` (a new check is a product without a verdict).
    pub fn check(
        &self,
        answers: &Answers,
        products: &[KeptProduct],
        lang: Lang,
    ) -> Result<Vec<CheckedProduct>, CheckFailed> {
        let request = Request {
            lang,
            answers: answers.clone(),
            products: products.to_vec(),
        };
        let answer = self
            .0
            .answer(lang, &request.encode())
            .map_err(CheckFailed)?;
        wire::decode_checked(&answer).map_err(|error| CheckFailed(error.to_string()))
    }
}

impl PartialEq for Checker {
    fn eq(&self, other: &Checker) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Checker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Checker")
    }
}

/// The rules crate's checker, in this process.
struct InProcess(Known<'static>);

impl Engine for InProcess {
    fn answer(&self, _: Lang, request: &str) -> Result<String, String> {
        wire::answer(&self.0, request).map_err(|error| error.to_string())
    }
}

/// Reads `file` as the ingredients file with the rules crate's own checker in this process, and keeps it for the
/// page (how the tests, which have no module to load, provide it).
pub fn install(file: &'static str) -> Result<Checker, KnownError> {
    let checker = Checker(Rc::new(InProcess(Known::parse(file)?)));
    READY.with(|cell| cell.replace(Some(checker.clone())));
    Ok(checker)
}

/// The checker: the page's, else its module and the ingredients file fetched (together) and started now. A
/// failure is also one console warning naming the file and why.
pub async fn load() -> Result<Checker, LoadError> {
    if let Some(checker) = READY.with(|cell| cell.borrow().clone()) {
        return Ok(checker);
    }
    let module_url = text_files::beside_glue(MODULE_FILE);
    let file_url = text_files::beside_glue(&file_name());
    let module = {
        let url = module_url.clone();
        wasm_bindgen_futures::future_to_promise(async move {
            fetch::get(&url, Response::array_buffer)
                .await
                .map_err(JsValue::from)
        })
    };
    let file = fetch::get(&file_url, Response::text).await;
    let module = JsFuture::from(module).await.map_err(fetch::describe);
    let started = match (module, file) {
        (Ok(module), Ok(file)) => Module::start(&module, &file.as_string().unwrap_or_default())
            .map_err(|reason| LoadError::Module(format!("{module_url}: {reason}"))),
        (Err(reason), _) => Err(LoadError::Fetch(format!("{module_url}: {reason}"))),
        (_, Err(reason)) => Err(LoadError::Fetch(format!("{file_url}: {reason}"))),
    };
    match started {
        Ok(module) => {
            let checker = Checker(Rc::new(module));
            READY.with(|cell| cell.replace(Some(checker.clone())));
            Ok(checker)
        }
        Err(error) => {
            let message = format!("skin-analysis: could not start the product checker: {error}");
            web_sys::console::warn_1(&message.into());
            Err(error)
        }
    }
}

/// The checker module, started (`crates/skin-checker` says what its exports do).
struct Module {
    /// Its `WebAssembly.Memory`.
    memory: JsValue,
    alloc: Function,
    known: Function,
    text: Function,
    check: Function,
    /// The languages whose text it holds, indexed like `Lang::ALL`.
    texts: [Cell<bool>; Lang::ALL.len()],
}

impl Module {
    /// Compiles and starts the module `bytes` (an `ArrayBuffer`: compiled here whatever type the server gives it) and
    /// hands it the ingredients `file`.
    fn start(bytes: &JsValue, file: &str) -> Result<Module, String> {
        let module = WebAssembly::Module::new(bytes).map_err(fetch::describe)?;
        let instance =
            WebAssembly::Instance::new(&module, &Object::new()).map_err(fetch::describe)?;
        // Properties read with `Reflect.get`, the glue's one import for them all.
        let get = |object: &JsValue, name: &str| {
            Reflect::get(object, &name.into()).map_err(fetch::describe)
        };
        let exports = get(&instance, "exports")?;
        let export = |name: &str| get(&exports, name);
        // Not checked here (each check is glue code): calling what is not a function throws, and says so, and a
        // memory that is not one has no bytes to view (`view`).
        let module = Module {
            memory: export("memory")?,
            alloc: export("alloc")?.unchecked_into(),
            known: export("known")?.unchecked_into(),
            text: export("text")?.unchecked_into(),
            check: export("check")?.unchecked_into(),
            texts: Default::default(),
        };
        module.call(&module.known, file)?;
        Ok(module)
    }

    /// Calls `export` with `input`: its output, or why it failed.
    fn call(&self, export: &Function, input: &str) -> Result<String, String> {
        let number = |value: JsValue| value.as_f64().map_or(0, |n| n as u32);
        let len = JsValue::from(input.len() as u32);
        let at = self
            .alloc
            .call1(&JsValue::NULL, &len)
            .map_err(fetch::describe)?;
        self.view(number(at.clone()), input.len() as u32)?
            .copy_from(input.as_bytes());
        let outcome = export
            .call2(&JsValue::NULL, &at, &len)
            .map_err(fetch::describe)?;
        let outcome = self.view(number(outcome), 12)?.to_vec();
        let word = |at: usize| u32::from_le_bytes([0, 1, 2, 3].map(|i| outcome[at + i]));
        let output = String::from_utf8(self.view(word(4), word(8))?.to_vec())
            .map_err(|_| "its output is not text".to_owned())?;
        match word(0) {
            0 => Ok(output),
            _ => Err(output),
        }
    }

    /// `len` bytes of its memory from `at` (a fresh view: the memory's buffer changes as it grows), if it has them.
    fn view(&self, at: u32, len: u32) -> Result<Uint8Array, String> {
        let buffer = Reflect::get(&self.memory, &"buffer".into()).map_err(fetch::describe)?;
        let view = Uint8Array::new_with_byte_offset_and_length(&buffer, at, len);
        if view.length() != len {
            return Err("its memory is not there".to_owned());
        }
        Ok(view)
    }
}

impl Engine for Module {
    fn answer(&self, lang: Lang, request: &str) -> Result<String, String> {
        let held = &self.texts[lang.index()];
        let answer = (if held.get() {
            Ok(())
        } else {
            let file = text::installed_file(lang).ok_or("its language's text is not loaded")?;
            self.call(&self.text, file).map(|_| held.set(true))
        })
        .and_then(|()| self.call(&self.check, request));
        if let Err(reason) = &answer {
            let message = format!("skin-analysis: the product checker failed: {reason}");
            web_sys::console::warn_1(&message.into());
        }
        answer
    }
}

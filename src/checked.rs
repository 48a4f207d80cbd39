//! The products the reader checked, kept on this device beside their history: the name they gave each, the list
//! they pasted and the verdict it had then, so a reload finds them and a check-in reads them again (what got worse
//! is said). Nothing else is kept, and nothing leaves the browser: no pasted text goes into a URL, a share link, an
//! event or a request.
//!
//! One `localStorage` key per quiz, beside its history: `skin-analysis:v1:<instance_id>:products`. The value is
//!
//! ```text
//! p1
//! <verdict>TAB<name>TAB<list>
//! ...
//! ```
//!
//! newest first, at most [`MAX_PRODUCTS`], where `<verdict>` is `-` (nothing conflicted), `c` (caution) or `a`
//! (avoid), and the name and list have `\` written `\\`, a newline `\n`, a carriage return `\r` and a tab `\t`. A
//! later format keeping more takes the next version (`p2`), whose reader reads `p1` too. A value longer than
//! [`MAX_LEN`], of another version or with one entry that does not read is refused whole with one console warning
//! (and replaced by the next check); it never touches the current result or the history, which have keys of their own.
//! Storage that throws keeps the products in memory.

use std::cell::Cell;
use std::fmt;

use skin_rules::ingredients::Level;
use skin_rules::results::KeptProduct;

use crate::config::InstanceId;
use crate::state::{MAX_LABEL, MAX_NAME, MAX_PRODUCTS};
use crate::storage::{self, Backend, LocalStorage};

/// The format this module writes.
pub const VERSION: &str = "p1";
/// A stored value longer than this (in bytes) is refused unread: [`MAX_PRODUCTS`] of the longest lists, escaped.
pub const MAX_LEN: usize = MAX_PRODUCTS * (MAX_LABEL + MAX_NAME) * 8;

/// The `localStorage` key of one instance's checked products.
pub fn key(instance_id: &InstanceId) -> String {
    format!("{}:products", storage::key(instance_id))
}

/// Why stored products were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckedError {
    /// Longer than [`MAX_LEN`] bytes (its length).
    TooLong(usize),
    /// Written by another version of the widget (its first line, cut).
    Version(String),
    /// More than [`MAX_PRODUCTS`] products (their number).
    TooMany(usize),
    /// Product `index` (0 is the newest) does not read.
    Product { index: usize, error: ProductError },
}

/// Why one stored product does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProductError {
    /// Not `<verdict>TAB<name>TAB<list>`.
    Shape,
    /// Not one of `-`, `c`, `a`.
    Verdict(String),
    /// A `\` not followed by `\`, `n`, `r` or `t`.
    Escape,
    /// A name or list longer than the checker takes.
    TooLong,
}

impl fmt::Display for CheckedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckedError::TooLong(len) => {
                write!(f, "{len} bytes long (at most {MAX_LEN} are read)")
            }
            CheckedError::Version(v) => {
                write!(f, "saved by another version ({v:?}, expected {VERSION:?})")
            }
            CheckedError::TooMany(n) => {
                write!(f, "{n} products (at most {MAX_PRODUCTS} are kept)")
            }
            CheckedError::Product { index, error } => write!(f, "product {index}: {error}"),
        }
    }
}

impl fmt::Display for ProductError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProductError::Shape => write!(f, "not in the form verdict, name, list"),
            ProductError::Verdict(v) => write!(f, "verdict {v:?} is not one of -, c, a"),
            ProductError::Escape => write!(f, "a broken escape"),
            ProductError::TooLong => write!(f, "longer than the checker takes"),
        }
    }
}

impl std::error::Error for CheckedError {}

pub fn encode(products: &[KeptProduct]) -> String {
    let mut value = VERSION.to_owned();
    for product in products {
        let verdict = match product.verdict {
            None => '-',
            Some(Level::Caution) => 'c',
            Some(Level::Avoid) => 'a',
        };
        value.push('\n');
        value.push(verdict);
        for field in [&product.name, &product.label] {
            value.push('\t');
            for c in field.chars() {
                match c {
                    '\\' => value.push_str("\\\\"),
                    '\n' => value.push_str("\\n"),
                    '\r' => value.push_str("\\r"),
                    '\t' => value.push_str("\\t"),
                    c => value.push(c),
                }
            }
        }
    }
    value
}

pub fn decode(value: &str) -> Result<Vec<KeptProduct>, CheckedError> {
    if value.len() > MAX_LEN {
        return Err(CheckedError::TooLong(value.len()));
    }
    let mut lines = value.split('\n');
    match lines.next() {
        Some(VERSION) => {}
        other => {
            let version: String = other.unwrap_or("").chars().take(16).collect();
            return Err(CheckedError::Version(version));
        }
    }
    let products = lines
        .enumerate()
        .map(|(index, line)| {
            decode_product(line).map_err(|error| CheckedError::Product { index, error })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if products.len() > MAX_PRODUCTS {
        return Err(CheckedError::TooMany(products.len()));
    }
    Ok(products)
}

fn decode_product(line: &str) -> Result<KeptProduct, ProductError> {
    let mut fields = line.split('\t');
    let (Some(verdict), Some(name), Some(label), None) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(ProductError::Shape);
    };
    let verdict = match verdict {
        "-" => None,
        "c" => Some(Level::Caution),
        "a" => Some(Level::Avoid),
        other => return Err(ProductError::Verdict(other.chars().take(8).collect())),
    };
    let (name, label) = (unescape(name)?, unescape(label)?);
    if name.chars().count() > MAX_NAME || label.chars().count() > MAX_LABEL {
        return Err(ProductError::TooLong);
    }
    Ok(KeptProduct {
        name,
        label,
        verdict,
    })
}

fn unescape(field: &str) -> Result<String, ProductError> {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\\' => match chars.next() {
                Some('\\') => '\\',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('t') => '\t',
                _ => return Err(ProductError::Escape),
            },
            c => c,
        });
    }
    Ok(out)
}

/// One instance's checked products in storage, shared with its other tabs. A stored value that does not read gives
/// one console warning. Storage that throws is not reported again here (the quiz's own `storage::Store` warns once
/// for the page's storage): the products live in memory and later writes still try.
pub struct CheckedStore {
    key: String,
    backend: Box<dyn Backend>,
    warned: Cell<bool>,
}

impl CheckedStore {
    pub fn new(instance_id: &InstanceId) -> CheckedStore {
        CheckedStore::with_backend(instance_id, Box::new(LocalStorage))
    }

    pub fn with_backend(instance_id: &InstanceId, backend: Box<dyn Backend>) -> CheckedStore {
        CheckedStore {
            key: key(instance_id),
            backend,
            warned: Cell::new(false),
        }
    }

    /// The `localStorage` key, to recognise its `storage` events.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The stored products, newest first (none when there are none, storage throws or they do not read: reported
    /// as refused, once).
    pub fn load(&self) -> Vec<KeptProduct> {
        let Ok(Some(value)) = self.backend.get(&self.key) else {
            return Vec::new();
        };
        decode(&value).unwrap_or_else(|err| {
            if !self.warned.replace(true) {
                self.backend.warn(&format!(
                    "skin-analysis: ignoring the stored checked products (key {:?}): {err}; the current result is kept.",
                    self.key
                ));
            }
            Vec::new()
        })
    }

    /// Keeps `products` (none: the key goes).
    pub fn save(&self, products: &[KeptProduct]) {
        // A failed write keeps them in memory (see above).
        let _ = if products.is_empty() {
            self.backend.remove(&self.key)
        } else {
            self.backend.set(&self.key, &encode(products))
        };
    }

    /// Another tab changed the products to `value` (`None`: removed, or storage cleared): the products to show, or
    /// `None` to keep those on show when the new value does not read.
    pub fn follow(value: Option<&str>) -> Option<Vec<KeptProduct>> {
        value.map_or(Some(Vec::new()), |value| decode(value).ok())
    }
}

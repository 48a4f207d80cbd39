//! The products the reader checked, kept on this device beside their history: the name they gave each, the list
//! they pasted and the verdict it had then, so a reload finds them and a check-in reads them again (what got worse
//! is said). Nothing else is kept, and nothing leaves the browser: no pasted text goes into a URL, a share link, an
//! event or a request.
//!
//! One `localStorage` key per quiz, beside its history: `skin-analysis:v1:<instance_id>:products` (kept by a
//! [`CheckedStore`], see `kept`). The value is the list ([`LIST`])
//!
//! ```text
//! p1
//! <verdict>TAB<name>TAB<list>
//! ...
//! ```
//!
//! newest first, at most [`MAX_PRODUCTS`], where `<verdict>` is `-` (nothing conflicted), `c` (caution) or `a`
//! (avoid), and the name and list have `\` written `\\`, a newline `\n`, a carriage return `\r` and a tab `\t`. A
//! value that does not read is refused whole with one console warning (and replaced by the next check); it never
//! touches the current result or the history, which have keys of their own. Storage that throws keeps the products
//! in memory.

use std::fmt;

use skin_rules::ingredients::Level;
use skin_rules::results::KeptProduct;

use crate::kept::{Format, KeptStore, List, ListError};
use crate::state::{MAX_LABEL, MAX_NAME, MAX_PRODUCTS};

/// A stored value longer than this (in bytes) is refused unread: [`MAX_PRODUCTS`] of the longest lists, escaped.
pub const MAX_LEN: usize = MAX_PRODUCTS * (MAX_LABEL + MAX_NAME) * 8;
/// The list the products are written as.
pub const LIST: List = List {
    version: "p1",
    separator: '\n',
    max_len: MAX_LEN,
    max: MAX_PRODUCTS,
};

/// One instance's checked products in storage, shared with its other tabs.
pub type CheckedStore = KeptStore<Vec<KeptProduct>>;

/// Why stored products were refused.
pub type CheckedError = ListError<ProductError>;

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

impl Format for Vec<KeptProduct> {
    const KEY: &'static str = "products";
    const WHAT: &'static str = "checked products";
    type Error = CheckedError;

    fn encode(&self) -> String {
        LIST.encode(self, encode_product)
    }

    fn decode(value: &str) -> Result<Self, CheckedError> {
        LIST.decode(value, decode_product)
    }
}

fn encode_product(value: &mut String, product: &KeptProduct) {
    value.push(match product.verdict {
        None => '-',
        Some(Level::Caution) => 'c',
        Some(Level::Avoid) => 'a',
    });
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

//! What the widget and the product checker's own wasm module (`crates/skin-checker`) say to each other: a
//! [`Request`] (the language, the answers, the products to read) and, back, each product's [`CheckedProduct`].
//!
//! Both are text, a sequence of fields, each its length in bytes, a colon and its bytes (`5:Serum`), so a pasted
//! label holds any character; an absent optional field is a single `-`. The answers go as their share code
//! ([`Answers::encode`]), a level as its id ([`Level::id`]). Both sides are built from the same commit, so the
//! format has no version: a module of another build refuses the ingredients file before it is ever asked.

use std::fmt;

use super::{check_products, CheckedProduct, KeptProduct};
use crate::ingredients::{Known, Level};
use crate::{Answers, Lang};

/// What the widget asks: `products` read against `answers`, in `lang`.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The language of the sentences.
    pub lang: Lang,
    /// The answers shown.
    pub answers: Answers,
    /// The products, in order (a new check is a product without a verdict).
    pub products: Vec<KeptProduct>,
}

/// Why a message could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WireError {
    /// It ends inside a field, or before its last field.
    Truncated,
    /// A field's length, a count or a flag is not one.
    Malformed,
    /// A language, a level or the answers' code this build does not know.
    Unknown,
    /// Something follows its last field.
    Trailing,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WireError::Truncated => "the checker's message is cut short",
            WireError::Malformed => "the checker's message is malformed",
            WireError::Unknown => "the checker's message names something this build does not know",
            WireError::Trailing => "the checker's message runs on past its end",
        })
    }
}

impl std::error::Error for WireError {}

/// The checker module's answer to an encoded [`Request`]: the encoded products ([`decode_checked`] reads them).
pub fn answer(known: &Known, request: &str) -> Result<String, WireError> {
    let request = Request::decode(request)?;
    let checked = check_products(known, &request.answers, &request.products, request.lang);
    Ok(encode_checked(&checked))
}

impl Request {
    /// The request as the module reads it.
    pub fn encode(&self) -> String {
        let mut out = Writer::default();
        out.field(self.lang.tag());
        out.field(&self.answers.encode());
        out.count(self.products.len());
        for product in &self.products {
            out.field(&product.name);
            out.field(&product.label);
            out.option(product.verdict.map(Level::id));
        }
        out.0
    }

    /// Reads what [`Request::encode`] wrote.
    pub fn decode(message: &str) -> Result<Request, WireError> {
        let mut fields = Reader(message);
        let lang = Lang::from_tag(fields.field()?).ok_or(WireError::Unknown)?;
        let answers = Answers::decode(fields.field()?).map_err(|_| WireError::Unknown)?;
        let products = fields.list(|fields| {
            Ok(KeptProduct {
                name: fields.field()?.to_owned(),
                label: fields.field()?.to_owned(),
                verdict: fields.level()?,
            })
        })?;
        fields.end()?;
        Ok(Request {
            lang,
            answers,
            products,
        })
    }
}

/// The checked products as the module sends them back.
pub fn encode_checked(products: &[CheckedProduct]) -> String {
    let mut out = Writer::default();
    out.count(products.len());
    for product in products {
        out.field(&product.name);
        out.option(product.level.map(Level::id));
        out.field(if product.worse { "1" } else { "" });
        out.field(&product.verdict);
        out.option(product.fits.as_deref());
        out.count(product.known.len());
        for (name, flag) in &product.known {
            out.field(name);
            out.option(flag.as_ref().map(|(level, _)| level.id()));
            if let Some((_, why)) = flag {
                out.field(why);
            }
        }
        out.option(product.not_known.as_deref());
    }
    out.0
}

/// Reads what [`encode_checked`] wrote.
pub fn decode_checked(message: &str) -> Result<Vec<CheckedProduct>, WireError> {
    let mut fields = Reader(message);
    let products = fields.list(|fields| {
        Ok(CheckedProduct {
            name: fields.field()?.to_owned(),
            level: fields.level()?,
            worse: match fields.field()? {
                "1" => true,
                "" => false,
                _ => return Err(WireError::Malformed),
            },
            verdict: fields.field()?.to_owned(),
            fits: fields.option()?.map(str::to_owned),
            known: fields.list(|fields| {
                let name = fields.field()?.to_owned();
                let flag = match fields.level()? {
                    Some(level) => Some((level, fields.field()?.to_owned())),
                    None => None,
                };
                Ok((name, flag))
            })?,
            not_known: fields.option()?.map(str::to_owned),
        })
    })?;
    fields.end()?;
    Ok(products)
}

#[derive(Default)]
struct Writer(String);

impl Writer {
    fn field(&mut self, field: &str) {
        self.0.push_str(&field.len().to_string());
        self.0.push(':');
        self.0.push_str(field);
    }

    fn count(&mut self, count: usize) {
        self.field(&count.to_string());
    }

    fn option(&mut self, field: Option<&str>) {
        match field {
            Some(field) => self.field(field),
            None => self.0.push('-'),
        }
    }
}

/// The fields not read yet.
struct Reader<'a>(&'a str);

impl<'a> Reader<'a> {
    fn field(&mut self) -> Result<&'a str, WireError> {
        let (length, rest) = self.0.split_once(':').ok_or(WireError::Truncated)?;
        let length = number(length)?;
        let field = rest.get(..length).ok_or(if length > rest.len() {
            WireError::Truncated
        } else {
            WireError::Malformed
        })?;
        self.0 = &rest[length..];
        Ok(field)
    }

    fn option(&mut self) -> Result<Option<&'a str>, WireError> {
        match self.0.strip_prefix('-') {
            Some(rest) => {
                self.0 = rest;
                Ok(None)
            }
            None => self.field().map(Some),
        }
    }

    fn level(&mut self) -> Result<Option<Level>, WireError> {
        self.option()?
            .map(|id| {
                [Level::Caution, Level::Avoid]
                    .into_iter()
                    .find(|level| level.id() == id)
                    .ok_or(WireError::Unknown)
            })
            .transpose()
    }

    /// A count, then that many items, each read by `item`.
    fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, WireError>,
    ) -> Result<Vec<T>, WireError> {
        let count = number(self.field()?)?;
        // Each item takes at least two bytes: a count cannot ask for more than the message could hold.
        if count > self.0.len() {
            return Err(WireError::Truncated);
        }
        (0..count).map(|_| item(self)).collect()
    }

    fn end(&self) -> Result<(), WireError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(WireError::Trailing)
        }
    }
}

/// A length or a count: decimal digits, no sign, no leading zero.
fn number(digits: &str) -> Result<usize, WireError> {
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
    {
        return Err(WireError::Malformed);
    }
    digits.parse().map_err(|_| WireError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_holds_any_text() {
        let products = vec![CheckedProduct {
            name: "1:-3:".into(),
            level: Some(Level::Avoid),
            worse: true,
            verdict: "Not for you, 전성분: 정제수".into(),
            fits: None,
            known: vec![
                (
                    "Retinol".into(),
                    Some((Level::Avoid, "because: you".into())),
                ),
                ("Water".into(), None),
            ],
            not_known: Some(String::new()),
        }];
        let message = encode_checked(&products);
        assert_eq!(decode_checked(&message), Ok(products));
    }

    #[test]
    fn a_message_cut_or_padded_is_refused() {
        let message = encode_checked(&[]);
        assert_eq!(message, "1:0");
        assert_eq!(decode_checked("1:1"), Err(WireError::Truncated));
        assert_eq!(decode_checked("1:0x"), Err(WireError::Trailing));
        assert_eq!(decode_checked("01:0"), Err(WireError::Malformed));
        assert_eq!(
            Request::decode("2:xx1:21:0"),
            Err(WireError::Unknown),
            "no such language"
        );
    }
}

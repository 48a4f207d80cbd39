//! The blog owner's product picks: a catalog the host provides (Hugo data or a JSON file), read by a small typed
//! reader, and which of its products suit a visitor and are safe for them.
//!
//! The widget parses JSON with the browser's `JSON.parse` and hands the result over as a [`Value`]; everything from
//! there on is here, pure, so it is tested natively and any [`Value`] can be fed to [`Catalog::read`] (it never
//! panics). A bad entry is skipped and reported as a [`Skipped`], never shown.

use std::fmt;

use crate::engine::holds;
use crate::{
    question_index, questionnaire, tag_avoid_if, Answers, Axis, Lang, Outcome, Profile,
    RoutineItem, RoutineStep, SkinType, Tag,
};

/// A JSON value as the browser parsed it. Object members keep their order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null` (and anything JSON cannot say, such as `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object: its members in order.
    Object(Vec<(String, Value)>),
}

impl Value {
    fn member(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Products shown at one routine step, at most.
pub const PICKS_PER_STEP: usize = 2;
/// The score from which an axis named in `suits` counts as the visitor's.
const SUITS_AXIS_MIN: u8 = 50;

/// One valid product of the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct Product {
    /// Its name: text, never markup.
    pub name: String,
    /// Where to buy it: an `http` or `https` URL.
    pub url: String,
    /// The routine step it belongs to.
    pub step: RoutineStep,
    /// A short note: text, never markup.
    pub note: Option<String>,
    /// What it contains that safety rules care about (the same tags, and table, as tips).
    pub contains: Vec<Tag>,
    /// Whom it suits; empty: everyone.
    pub suits: Vec<Suit>,
    /// Only for readers in this language.
    pub lang: Option<Lang>,
}

/// A skin type or concern a product suits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suit {
    /// The profile's broad skin type (`balanced`, `oily`, `dry`, `combination`).
    SkinType(SkinType),
    /// A sensitive profile (`sensitive`).
    Sensitive,
    /// A concern the visitor ticked (a choice of the `concerns` question, e.g. `pores`), by choice index.
    Concern(usize),
    /// An axis scoring 50 or more (e.g. `breakouts`).
    Axis(Axis),
}

/// The `suits` words for a skin type.
const SKIN_TYPES: [(&str, SkinType); 4] = [
    ("balanced", SkinType::Balanced),
    ("oily", SkinType::Oily),
    ("dry", SkinType::Dry),
    ("combination", SkinType::Combination),
];

/// Every word `suits` takes, in the order [`Suit`] reads them (concerns, axes, skin types, `sensitive`): the Hugo
/// product check's list (`src/bin/facade.rs` writes it into the theme's data).
pub fn suit_words() -> Vec<&'static str> {
    let concerns = question_index("concerns").map_or(&[][..], |q| questionnaire()[q].choices);
    concerns
        .iter()
        .filter(|c| !c.exclusive)
        .map(|c| c.id)
        .chain(Axis::ALL.map(Axis::id))
        .chain(SKIN_TYPES.map(|(word, _)| word))
        .chain(["sensitive"])
        .fold(Vec::new(), |mut words, word| {
            // `dryness` is a concern and an axis: listed once.
            if !words.contains(&word) {
                words.push(word);
            }
            words
        })
}

impl Suit {
    /// Reads a `suits` word: a concern first (so `dryness` is the ticked concern), then an axis, then a skin type.
    fn parse(word: &str) -> Option<Suit> {
        let concern = question_index("concerns").and_then(|q| {
            questionnaire()[q]
                .choices
                .iter()
                .position(|c| c.id == word && !c.exclusive)
        });
        concern
            .map(Suit::Concern)
            .or_else(|| {
                Axis::ALL
                    .into_iter()
                    .find(|a| a.id() == word)
                    .map(Suit::Axis)
            })
            .or_else(|| {
                SKIN_TYPES
                    .iter()
                    .find(|(id, _)| *id == word)
                    .map(|&(_, t)| Suit::SkinType(t))
            })
            .or((word == "sensitive").then_some(Suit::Sensitive))
    }

    fn holds(self, answers: &Answers, profile: &Profile) -> bool {
        match self {
            Suit::SkinType(skin_type) => profile.skin_type == skin_type,
            Suit::Sensitive => profile.sensitive,
            Suit::Concern(choice) => {
                question_index("concerns").is_some_and(|q| answers.picked(q, choice))
            }
            Suit::Axis(axis) => profile.score(axis) >= SUITS_AXIS_MIN,
        }
    }
}

/// Why an entry of the catalog was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not an object with a `product` list.
    NoProductList,
    /// The entry is not an object.
    NotAnObject,
    /// No `name`, or an empty one.
    NoName,
    /// No `url`.
    NoUrl,
    /// A URL that is not `http` or `https` (or has spaces or control characters).
    BadUrl(String),
    /// No `step`.
    NoStep,
    /// A step id that is not a routine step.
    UnknownStep(String),
    /// A `contains` word that is not a tag.
    UnknownTag(String),
    /// A `suits` word that is no skin type, concern or axis.
    UnknownSuit(String),
    /// A `lang` that is not `en` or `ko`.
    UnknownLang(String),
    /// A field of the wrong type: `name`, `url`, `step`, `note` and `lang` are strings, `contains` and `suits`
    /// lists of strings.
    WrongType(&'static str),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoProductList => write!(f, "expected an object with a `product` list"),
            Problem::NotAnObject => write!(f, "not an object"),
            Problem::NoName => write!(f, "no `name`"),
            Problem::NoUrl => write!(f, "no `url`"),
            Problem::BadUrl(url) => write!(f, "url {url:?} is not an http or https address"),
            Problem::NoStep => write!(f, "no `step`"),
            Problem::UnknownStep(step) => write!(
                f,
                "unknown step {step:?} (expected one of {})",
                RoutineStep::ALL.map(RoutineStep::id).join(", ")
            ),
            Problem::UnknownTag(tag) => write!(
                f,
                "unknown tag {tag:?} in `contains` (expected one of {})",
                Tag::ALL.map(Tag::id).join(", ")
            ),
            Problem::UnknownSuit(word) => write!(
                f,
                "unknown {word:?} in `suits` (expected a skin type, sensitive, a concern or an axis)"
            ),
            Problem::UnknownLang(lang) => write!(f, "unknown lang {lang:?} (expected en or ko)"),
            Problem::WrongType(field) => write!(f, "`{field}` has the wrong type"),
        }
    }
}

/// An entry of the catalog that was skipped: which one and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// Its position in the `product` list, from 1; 0 for the file itself.
    pub entry: usize,
    /// Its name, when it has one.
    pub name: Option<String>,
    /// What is wrong with it.
    pub problem: Problem,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.entry, &self.name) {
            (0, _) => write!(f, "product catalog: {}", self.problem),
            (n, Some(name)) => write!(f, "product {n} ({name:?}) skipped: {}", self.problem),
            (n, None) => write!(f, "product {n} skipped: {}", self.problem),
        }
    }
}

/// The owner's valid products, in the order of the file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    /// The products.
    pub products: Vec<Product>,
}

impl Catalog {
    /// Reads a catalog, `{ "product": [ {...}, ... ] }`, keeping the valid entries and reporting the others.
    pub fn read(value: &Value) -> (Catalog, Vec<Skipped>) {
        let Some(Value::Array(entries)) = value.member("product") else {
            let skipped = Skipped {
                entry: 0,
                name: None,
                problem: Problem::NoProductList,
            };
            return (Catalog::default(), vec![skipped]);
        };
        let mut catalog = Catalog::default();
        let mut skipped = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            match product(entry) {
                Ok(product) => catalog.products.push(product),
                Err(problem) => skipped.push(Skipped {
                    entry: i + 1,
                    name: match entry.member("name") {
                        Some(Value::String(name)) if !name.trim().is_empty() => {
                            Some(name.trim().to_owned())
                        }
                        _ => None,
                    },
                    problem,
                }),
            }
        }
        (catalog, skipped)
    }

    /// The products to show beside each item of one day's routine of `outcome`, aligned with `items`: for the first
    /// item of each step, up to [`PICKS_PER_STEP`] products of that step that are safe for the visitor ([`is_safe`]),
    /// for their language, and suit them (those naming something of theirs first, then those for everyone, each in
    /// file order); nothing for a step's later items, and nothing at all in the calm plan, which adds no product.
    pub fn for_routine(
        &self,
        items: &[RoutineItem],
        answers: &Answers,
        outcome: &Outcome,
        lang: Lang,
    ) -> Vec<Vec<&Product>> {
        if outcome.calm {
            return vec![Vec::new(); items.len()];
        }
        let profile = &outcome.profile;
        let mut seen = Vec::with_capacity(items.len());
        items
            .iter()
            .map(|item| {
                if seen.contains(&item.step) {
                    return Vec::new();
                }
                seen.push(item.step);
                let fitting = self.products.iter().filter(|p| {
                    p.step == item.step
                        && p.lang.is_none_or(|l| l == lang)
                        && is_safe(p, answers, profile)
                });
                let named = fitting
                    .clone()
                    .filter(|p| p.suits.iter().any(|s| s.holds(answers, profile)));
                let everyone = fitting.filter(|p| p.suits.is_empty());
                named.chain(everyone).take(PICKS_PER_STEP).collect()
            })
            .collect()
    }
}

/// Whether the product may be suggested to the visitor: a pick is a product they may not use yet, so nothing the
/// `new_product` row of the tag table keeps from them, and no tag the product contains is contraindicated for them,
/// by the tag table tips use.
pub fn is_safe(product: &Product, answers: &Answers, profile: &Profile) -> bool {
    [Tag::NewProduct]
        .iter()
        .chain(&product.contains)
        .all(|&tag| {
            !tag_avoid_if(tag)
                .iter()
                .any(|c| holds(c, answers, &profile.axes))
        })
}

fn product(entry: &Value) -> Result<Product, Problem> {
    if !matches!(entry, Value::Object(_)) {
        return Err(Problem::NotAnObject);
    }
    let name = text(entry, "name")?.ok_or(Problem::NoName)?;
    let url = text(entry, "url")?.ok_or(Problem::NoUrl)?;
    if !is_web_url(&url) {
        return Err(Problem::BadUrl(url));
    }
    let step = text(entry, "step")?.ok_or(Problem::NoStep)?;
    let step = RoutineStep::from_id(&step).ok_or(Problem::UnknownStep(step))?;
    let contains = words(entry, "contains")?
        .into_iter()
        .map(|w| Tag::from_id(&w).ok_or(Problem::UnknownTag(w)))
        .collect::<Result<_, _>>()?;
    let suits = words(entry, "suits")?
        .into_iter()
        .map(|w| Suit::parse(&w).ok_or(Problem::UnknownSuit(w)))
        .collect::<Result<_, _>>()?;
    let lang = text(entry, "lang")?
        .map(|l| {
            Lang::ALL
                .into_iter()
                .find(|x| x.tag() == l)
                .ok_or(Problem::UnknownLang(l))
        })
        .transpose()?;
    Ok(Product {
        name,
        url,
        step,
        note: text(entry, "note")?,
        contains,
        suits,
        lang,
    })
}

/// An optional string field, trimmed; empty counts as absent.
fn text(entry: &Value, field: &'static str) -> Result<Option<String>, Problem> {
    match entry.member(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned()).filter(|s| !s.is_empty())),
        Some(_) => Err(Problem::WrongType(field)),
    }
}

/// An optional list of strings.
fn words(entry: &Value, field: &'static str) -> Result<Vec<String>, Problem> {
    match entry.member(field) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.trim().to_owned()),
                _ => Err(Problem::WrongType(field)),
            })
            .collect(),
        Some(_) => Err(Problem::WrongType(field)),
    }
}

/// `http://` or `https://` (any case) followed by a host, with no whitespace or control characters anywhere: the
/// only addresses a product may link to (never `javascript:`, `data:` or a relative path).
pub fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

//! The validated content: what [`crate::load`] returns and `crates/skin-rules/build.rs` generates static Rust from.
//!
//! References are resolved to indexes (a tip's `source` into [`Content::articles`], a condition's question and choice
//! into [`Content::questions`]). The vocabularies (axes, routine steps, times, severities, tags, conditions) are
//! `skin_vocab`'s, shared with `skin_rules`.

pub use skin_vocab::{
    Active, Axis, Condition, Lang, PerLang, Placement, RoutineStep, Safety, Severity, Tag, Time,
    Touch,
};

/// Choices the engine's own code relies on (the skin-type rule, the time budgets), by the constant name the build
/// gives them. Resolving them at load time turns a renamed choice into a content error instead of a rule that silently
/// never fires.
pub const ENGINE_CHOICES: [(&str, &str); 3] = [
    ("SHINY_TZONE", "skin_feel.shiny_tzone"),
    ("QUICK_ROUTINE", "routine_time.quick"),
    ("MODERATE_ROUTINE", "routine_time.moderate"),
];

/// The comment `released.toml` starts with.
const RELEASED_HEADER: &str = "\
# Every question and choice id ever released, in the order each was first released: its place here is its permanent
# number in saved progress, history and share links (CONTENT.md, \"Ids are forever\"). Written by `cargo xtask ids`
# (run it before a release; `cargo xtask release` refuses a list that misses an id); never edit it by hand. The
# content build refuses a released id that is gone from questions.toml without its line in retired.toml.
# `format_1`: 0.1.0's answer code, read forward: its questionnaire fingerprint and the choices each of the first
# questions had then.";

/// A string in every language of [`Lang::ALL`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(pub PerLang<String>);

impl std::ops::Index<Lang> for Text {
    type Output = String;

    fn index(&self, lang: Lang) -> &String {
        &self.0[lang.index()]
    }
}

#[derive(Debug)]
pub struct Article {
    pub id: String,
    pub title: Text,
    /// The page file names or slugs the article has on a blog (kebab-case, unique across articles): the Hugo
    /// shortcode recognises the article by them.
    pub slugs: Vec<String>,
    /// The title the article was published under, which the shortcode also recognises (case-insensitively).
    pub original_title: String,
}

#[derive(Debug)]
pub struct Step {
    pub id: String,
    pub title: Text,
}

#[derive(Debug)]
pub struct Question {
    pub id: String,
    /// Index into [`Content::steps`].
    pub step: usize,
    /// `Some(max)` for a multi-select question.
    pub multi_max: Option<u8>,
    pub optional: bool,
    pub text: Text,
    /// What the question is about, in a few words ("how your skin feels"): how the results name it.
    pub topic: Text,
    pub help: Option<Text>,
    pub choices: Vec<Choice>,
}

#[derive(Debug)]
pub struct Choice {
    pub id: String,
    pub label: Text,
    pub exclusive: bool,
    /// (axis, raw points), in axis order.
    pub effects: Vec<(Axis, i8)>,
}

#[derive(Debug)]
pub struct Trigger {
    pub condition: Condition,
    pub weight: i8,
}

#[derive(Debug)]
pub struct Tip {
    pub id: String,
    /// Index into [`Content::articles`].
    pub source: usize,
    pub title: Text,
    pub body: Text,
    pub caution: Option<Text>,
    pub placement: Option<Placement<Text>>,
    pub base: i8,
    pub triggers: Vec<Trigger>,
    /// The tip's own contraindications followed by those its tags carry (`tags.toml`), without repeats.
    pub avoid_if: Vec<Condition>,
    pub tags: Vec<Tag>,
    pub safety: Safety,
}

#[derive(Debug)]
pub struct Caution {
    pub id: String,
    pub severity: Severity,
    pub when: Vec<Condition>,
    /// All of these must hold too.
    pub when_all: Vec<Condition>,
    /// None of these may hold: "not for a rosacea a doctor has already diagnosed".
    pub unless: Vec<Condition>,
    pub excludes: Vec<Tag>,
    /// When it shows, the outcome is the calm plan: the staples, no tip, no product.
    pub calm: bool,
    /// Tags of what the text suggests the reader start: never said to a reader their rows keep it from.
    pub suggests: Vec<Tag>,
    /// Tags of what the text tells the reader how to keep using: never beside a caution that `stops` it.
    pub keeps: Vec<Tag>,
    /// Tags of what the text tells the reader to stop.
    pub stops: Vec<Tag>,
    pub text: Text,
}

#[derive(Debug)]
pub struct Staple {
    pub id: String,
    pub step: RoutineStep,
    pub time: Time,
    /// The seconds it takes each day it is done (`minutes` in the file): what the time budget counts.
    pub seconds: u16,
    /// The reader's own step: shown only to a reader for whom one of these holds (empty: every reader), never on the
    /// calm plan, and never when one of `unless` holds.
    pub when: Vec<Condition>,
    pub unless: Vec<Condition>,
    /// What the line tells the reader to keep using: no caution that stops one of these shows beside it.
    pub keeps: Vec<Tag>,
    pub text: Text,
}

/// One `[table]` of `strings.toml`.
#[derive(Debug)]
pub struct StringTable {
    pub name: String,
    /// (key, text), sorted by key.
    pub entries: Vec<(String, Text)>,
}

/// Everything in the content directory, validated, with every reference resolved to an index. Only [`crate::load`]
/// makes one.
#[derive(Debug)]
#[non_exhaustive]
pub struct Content {
    pub articles: Vec<Article>,
    pub steps: Vec<Step>,
    pub questions: Vec<Question>,
    /// Who must never see a tip with the tag, indexed like [`Tag::ALL`]: `tags.toml`, which tips inherit.
    pub tag_avoid_if: Vec<Vec<Condition>>,
    pub tips: Vec<Tip>,
    pub cautions: Vec<Caution>,
    /// Index into [`Content::cautions`] of the disclaimer: the one caution without conditions.
    pub disclaimer: usize,
    pub staples: Vec<Staple>,
    /// Sorted by table name.
    pub strings: Vec<StringTable>,
    /// [`ENGINE_CHOICES`], resolved.
    pub engine_choices: Vec<(&'static str, Condition)>,
    /// Every question id ever released (`released.toml`), then each new one in questionnaire order: a question's
    /// place here is its permanent number in answer codes, as a choice's place in [`Slot::choices`] is. The list
    /// the next release records ([`Content::released_toml`]).
    pub slots: Vec<Slot>,
    /// 0.1.0's answer code (format `1`): its questionnaire fingerprint and, for the first slots, each one's
    /// number of choices then.
    pub format_1: (u16, Vec<u8>),
    /// `ingredients.toml`: what the product checker recognises.
    pub ingredients: Ingredients,
}

/// A question id with its permanent number (its place in [`Content::slots`]).
#[derive(Debug)]
pub struct Slot {
    pub id: String,
    pub multi: bool,
    /// The question that data naming this id is read as (itself, or what it was renamed to); `None` once retired.
    pub question: Option<usize>,
    /// Every choice id the question ever had, in the order first released, with the choice of
    /// [`Slot::question`] that data naming it is read as (`None`: retired).
    pub choices: Vec<(String, Option<usize>)>,
}

/// `ingredients.toml`, validated: no key (`skin_vocab::ingredient_name::key`) belongs to two entries.
#[derive(Debug)]
pub struct Ingredients {
    /// The checker's own sentences, (key, text) sorted by key; each one line.
    pub texts: Vec<(String, Text)>,
    /// The answers that bring the calm plan for a lasting reason, each with the index in `texts` of the verdict's
    /// last sentence for it (instead of "while your skin needs rest").
    pub calm: Vec<(Condition, usize)>,
    pub families: Vec<Family>,
    /// Every ingredient, the families' first (in file order), then the ordinary ones.
    pub entries: Vec<Ingredient>,
    pub clashes: Vec<Clash>,
    /// Where a product fits by the words of its name, first match wins; words in lower case.
    pub step_words: Vec<(RoutineStep, Vec<String>)>,
}

/// A family of ingredients tied to a safety tag.
#[derive(Debug)]
pub struct Family {
    pub id: String,
    pub tag: Tag,
    pub name: Text,
    /// The conditions of the tag's row that make it "avoid" for a product (the others: "caution").
    pub avoid: Vec<Condition>,
    /// Counts only among the first so many ingredients of a list.
    pub within: Option<u8>,
    /// When a product with it is used, if only once a day.
    pub time: Option<Time>,
    /// The conditions of the tag's row it flags for (empty: the whole row).
    pub only: Vec<Condition>,
    /// The answer that says the reader already uses one (a condition of the tag's row): a caution for it alone says
    /// that this may be that product.
    pub own: Option<Condition>,
    /// What is said to every reader about it, whatever their answers: a fact of the ingredient itself.
    pub everyone: Option<Everyone>,
    /// Conditions of the tag's row, each with the index in `texts` of what a caution that holds it adds.
    pub said: Vec<(Condition, usize)>,
}

/// What a family says to every reader.
#[derive(Debug)]
pub struct Everyone {
    /// `avoid` for every reader (else `caution`).
    pub avoid: bool,
    pub text: Text,
    /// The index in [`Ingredients::texts`] of what the verdict leads with for a product holding it ("This is a
    /// medicine, not a cosmetic").
    pub verdict: Option<usize>,
}

/// One ingredient and every name it goes by.
#[derive(Debug)]
pub struct Ingredient {
    pub inci: String,
    /// Korean names, the usual one first (may be empty for an ordinary ingredient).
    pub ko: Vec<String>,
    /// The keys of every name (INCI, synonyms, Korean), without repeats.
    pub keys: Vec<String>,
    /// Indexes into [`Ingredients::families`].
    pub families: Vec<usize>,
    /// Where a product with it fits when its name says nothing.
    pub step: Option<RoutineStep>,
    /// Used at 1% or less in any product: every ingredient listed after it is at 1% or less too.
    pub trace: bool,
    /// Also used in small amounts to adjust the pH (or as an antioxidant): its families count only above the first
    /// `trace` ingredient of a list.
    pub adjuster: bool,
}

/// Two families that clash inside one product.
#[derive(Debug)]
pub struct Clash {
    pub families: [usize; 2],
    pub text: Text,
}

impl Content {
    /// `released.toml` as the next release records it: every slot, the new ones included.
    pub fn released_toml(&self) -> String {
        let quote = |ids: &mut dyn Iterator<Item = &String>| {
            ids.map(|id| format!("\"{id}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (fingerprint, choices) = &self.format_1;
        let mut out = format!(
            "{RELEASED_HEADER}\n[format_1]\nfingerprint = {fingerprint}\nchoices = {choices:?}\n"
        );
        for slot in &self.slots {
            let kind = if slot.multi { "multi" } else { "single" };
            out += &format!(
                "\n[[question]]\nid = \"{}\"\nkind = \"{kind}\"\nchoices = [{}]\n",
                slot.id,
                quote(&mut slot.choices.iter().map(|(id, _)| id))
            );
        }
        out
    }

    /// The text of `table.key` in `strings.toml`.
    pub fn string(&self, table: &str, key: &str) -> Option<&Text> {
        let table = self.strings.iter().find(|t| t.name == table)?;
        table
            .entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, text)| text)
    }

    /// The highest raw score the questionnaire allows on each axis: what the engine scales to 100.
    pub fn axis_max(&self) -> [i16; Axis::ALL.len()] {
        axis_max(&self.questions)
    }
}

/// Indexed by [`Axis::index`].
pub(crate) fn axis_max(questions: &[Question]) -> [i16; Axis::ALL.len()] {
    let mut totals = [0i16; Axis::ALL.len()];
    for axis in Axis::ALL {
        let total = &mut totals[axis.index()];
        // Negative points count as 0: raw scores are clamped at 0, and this only needs to be the ceiling.
        let gain = |choice: &Choice| -> i16 {
            choice
                .effects
                .iter()
                .filter(|&&(a, _)| a == axis)
                .map(|&(_, p)| i16::from(p.max(0)))
                .sum()
        };
        for question in questions {
            *total += match question.multi_max {
                None => question.choices.iter().map(gain).max().unwrap_or(0),
                Some(limit) => {
                    let mut gains: Vec<i16> = question
                        .choices
                        .iter()
                        .filter(|c| !c.exclusive)
                        .map(gain)
                        .collect();
                    gains.sort_unstable_by_key(|&gain| std::cmp::Reverse(gain));
                    let combined: i16 = gains.iter().take(usize::from(limit)).sum();
                    // An exclusive choice stands alone: it competes with the best combination, never adds to it.
                    let alone = question
                        .choices
                        .iter()
                        .filter(|c| c.exclusive)
                        .map(gain)
                        .max()
                        .unwrap_or(0);
                    combined.max(alone)
                }
            };
        }
    }
    totals
}

//! The content files as written: serde types mirroring the TOML, with nothing resolved or checked. Enumerations
//! (kind, step, time, severity, tags) are read as strings so that a typo is reported with its entry rather than as a
//! bare serde error.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The content files, in the order they are read.
pub const FILES: [&str; 10] = [
    "articles.toml",
    "questions.toml",
    "released.toml",
    "retired.toml",
    "tags.toml",
    "tips.toml",
    "cautions.toml",
    "staples.toml",
    "strings.toml",
    "ingredients.toml",
];

/// Every content file, parsed.
pub(crate) struct Files {
    pub(crate) articles: ArticlesFile,
    pub(crate) questions: QuestionsFile,
    pub(crate) released: ReleasedFile,
    pub(crate) retired: RetiredFile,
    pub(crate) tags: TagsFile,
    pub(crate) tips: TipsFile,
    pub(crate) cautions: CautionsFile,
    pub(crate) staples: StaplesFile,
    pub(crate) strings: StringsFile,
    pub(crate) ingredients: IngredientsFile,
}

impl Files {
    /// Parses every file `read` returns, naming them `shown/<file>` in problems. Cross-file references cannot be
    /// checked against a file that did not parse, so any syntax error stops here, with all of them reported.
    pub(crate) fn parse(
        shown: &str,
        read: impl Fn(&str) -> std::io::Result<String>,
    ) -> Result<Files, Vec<String>> {
        let mut errors = Vec::new();
        let articles = file(shown, "articles.toml", &read, &mut errors);
        let questions = file(shown, "questions.toml", &read, &mut errors);
        let released = file(shown, "released.toml", &read, &mut errors);
        let retired = file(shown, "retired.toml", &read, &mut errors);
        let tags = file(shown, "tags.toml", &read, &mut errors);
        let tips = file(shown, "tips.toml", &read, &mut errors);
        let cautions = file(shown, "cautions.toml", &read, &mut errors);
        let staples = file(shown, "staples.toml", &read, &mut errors);
        let strings = file(shown, "strings.toml", &read, &mut errors);
        let ingredients = file(shown, "ingredients.toml", &read, &mut errors);
        match (
            articles,
            questions,
            released,
            retired,
            tags,
            tips,
            cautions,
            staples,
            strings,
            ingredients,
        ) {
            (
                Some(articles),
                Some(questions),
                Some(released),
                Some(retired),
                Some(tags),
                Some(tips),
                Some(cautions),
                Some(staples),
                Some(strings),
                Some(ingredients),
            ) => Ok(Files {
                articles,
                questions,
                released,
                retired,
                tags,
                tips,
                cautions,
                staples,
                strings,
                ingredients,
            }),
            _ => Err(errors),
        }
    }
}

fn file<T: DeserializeOwned>(
    shown: &str,
    name: &str,
    read: impl Fn(&str) -> std::io::Result<String>,
    errors: &mut Vec<String>,
) -> Option<T> {
    let text = read(name)
        .map_err(|error| errors.push(format!("{shown}/{name}: cannot read: {error}")))
        .ok()?;
    toml::from_str(&text)
        .map_err(|error| errors.push(format!("{shown}/{name}: {}", error.to_string().trim_end())))
        .ok()
}

/// A text per language tag (`{ en = "...", ko = "..." }`); the checker wants exactly the tags of `Lang::ALL`.
#[derive(Deserialize)]
#[serde(transparent)]
pub(crate) struct RawText(pub(crate) BTreeMap<String, String>);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArticlesFile {
    #[serde(default)]
    pub(crate) article: Vec<RawArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawArticle {
    pub(crate) id: String,
    pub(crate) title: RawText,
    #[serde(default)]
    pub(crate) slugs: Vec<String>,
    #[serde(default)]
    pub(crate) original_title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionsFile {
    #[serde(default)]
    pub(crate) step: Vec<RawStep>,
    #[serde(default)]
    pub(crate) question: Vec<RawQuestion>,
}

/// `released.toml`: every question and choice id ever released, in the order each was first released.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReleasedFile {
    pub(crate) format_1: RawFormat1,
    #[serde(default)]
    pub(crate) question: Vec<RawReleased>,
}

/// The questions 0.1.0's answer code (format `1`) holds: its fingerprint and each question's number of choices.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFormat1 {
    pub(crate) fingerprint: u16,
    pub(crate) choices: Vec<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReleased {
    pub(crate) id: String,
    pub(crate) kind: String,
    pub(crate) choices: Vec<String>,
}

/// `retired.toml`: released ids that left the questionnaire, and renames and merges (`old -> new`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RetiredFile {
    #[serde(default)]
    pub(crate) retired: Vec<String>,
    #[serde(default)]
    pub(crate) renamed: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStep {
    pub(crate) id: String,
    pub(crate) title: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestion {
    pub(crate) id: String,
    pub(crate) step: String,
    pub(crate) kind: String,
    pub(crate) max: Option<i64>,
    #[serde(default)]
    pub(crate) optional: bool,
    pub(crate) text: RawText,
    pub(crate) topic: RawText,
    pub(crate) help: Option<RawText>,
    #[serde(default)]
    pub(crate) choice: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChoice {
    pub(crate) id: String,
    pub(crate) label: RawText,
    #[serde(default)]
    pub(crate) effects: BTreeMap<String, i64>,
    #[serde(default)]
    pub(crate) exclusive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TagsFile {
    #[serde(default)]
    pub(crate) tag: Vec<RawTag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTag {
    pub(crate) id: String,
    /// For editors: what a tip with the tag involves.
    pub(crate) means: String,
    #[serde(default)]
    pub(crate) avoid_if: Vec<String>,
    /// The words a caution names the tag's tips by when it says it left them out.
    pub(crate) names: RawNames,
}

/// Words per language tag.
#[derive(Deserialize)]
#[serde(transparent)]
pub(crate) struct RawNames(pub(crate) BTreeMap<String, Vec<String>>);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TipsFile {
    #[serde(default)]
    pub(crate) tip: Vec<RawTip>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTip {
    pub(crate) id: String,
    pub(crate) source: String,
    pub(crate) title: RawText,
    pub(crate) body: RawText,
    pub(crate) caution: Option<RawText>,
    pub(crate) placement: Option<RawPlacement>,
    #[serde(default)]
    pub(crate) base: i64,
    #[serde(default)]
    pub(crate) triggers: Vec<RawTrigger>,
    #[serde(default)]
    pub(crate) avoid_if: Vec<String>,
    #[serde(default)]
    pub(crate) tags: Vec<String>,
    pub(crate) safety: Option<RawSafety>,
}

/// A tip's safety properties: each is optional here only so that a missing one is reported by name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSafety {
    pub(crate) touch: Option<String>,
    pub(crate) heat: Option<bool>,
    pub(crate) friction: Option<bool>,
    pub(crate) new_product: Option<bool>,
    pub(crate) home_made: Option<bool>,
    pub(crate) active: Option<String>,
    pub(crate) occlusive: Option<bool>,
    pub(crate) minutes: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPlacement {
    pub(crate) step: String,
    pub(crate) through: Option<String>,
    pub(crate) time: String,
    #[serde(default)]
    pub(crate) note: bool,
    pub(crate) frequency: Option<RawText>,
    pub(crate) evenings: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTrigger {
    #[serde(rename = "if")]
    pub(crate) condition: String,
    pub(crate) weight: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CautionsFile {
    /// What marks a clause that says tips were left out, per language.
    pub(crate) left_out: RawText,
    #[serde(default)]
    pub(crate) caution: Vec<RawCaution>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCaution {
    pub(crate) id: String,
    pub(crate) severity: String,
    #[serde(default)]
    pub(crate) when: Vec<String>,
    #[serde(default)]
    pub(crate) when_all: Vec<String>,
    #[serde(default)]
    pub(crate) unless: Vec<String>,
    #[serde(default)]
    pub(crate) excludes: Vec<String>,
    #[serde(default)]
    pub(crate) calm: bool,
    #[serde(default)]
    pub(crate) suggests: Vec<String>,
    #[serde(default)]
    pub(crate) keeps: Vec<String>,
    #[serde(default)]
    pub(crate) stops: Vec<String>,
    pub(crate) text: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StaplesFile {
    #[serde(default)]
    pub(crate) staple: Vec<RawStaple>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStaple {
    pub(crate) id: String,
    pub(crate) step: String,
    pub(crate) time: String,
    pub(crate) minutes: Option<f64>,
    #[serde(default)]
    pub(crate) when: Vec<String>,
    #[serde(default)]
    pub(crate) unless: Vec<String>,
    #[serde(default)]
    pub(crate) keeps: Vec<String>,
    pub(crate) text: RawText,
}

pub(crate) type StringsFile = BTreeMap<String, BTreeMap<String, RawText>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct IngredientsFile {
    /// An answer that brings the calm plan → the key of the `[text]` the verdict ends with for it.
    #[serde(default)]
    pub(crate) calm: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) text: BTreeMap<String, RawText>,
    #[serde(default)]
    pub(crate) family: Vec<RawFamily>,
    #[serde(default)]
    pub(crate) clash: Vec<RawClash>,
    #[serde(default)]
    pub(crate) step: Vec<RawStepWords>,
    #[serde(default)]
    pub(crate) ordinary: Vec<RawOrdinary>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFamily {
    pub(crate) id: String,
    pub(crate) tag: String,
    pub(crate) name: RawText,
    #[serde(default)]
    pub(crate) avoid: Vec<String>,
    pub(crate) within: Option<i64>,
    pub(crate) time: Option<String>,
    #[serde(default)]
    pub(crate) only: Vec<String>,
    pub(crate) own: Option<String>,
    pub(crate) everyone: Option<RawEveryone>,
    /// An answer → the key of the `[text]` said after a caution that holds it.
    #[serde(default)]
    pub(crate) said: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) trace: bool,
    pub(crate) ingredients: Vec<RawIngredient>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEveryone {
    pub(crate) level: String,
    pub(crate) text: RawText,
    /// The key of the `[text]` the verdict leads with for a product holding it.
    pub(crate) verdict: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIngredient {
    pub(crate) inci: String,
    #[serde(default)]
    pub(crate) names: Vec<String>,
    #[serde(default)]
    pub(crate) ko: Vec<String>,
    #[serde(default)]
    pub(crate) families: Vec<String>,
    #[serde(default)]
    pub(crate) adjuster: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClash {
    pub(crate) families: Vec<String>,
    pub(crate) text: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStepWords {
    pub(crate) step: String,
    pub(crate) words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOrdinary {
    /// For editors: what the group holds.
    pub(crate) kind: String,
    pub(crate) step: Option<String>,
    #[serde(default)]
    pub(crate) trace: bool,
    pub(crate) ingredients: Vec<RawIngredient>,
}

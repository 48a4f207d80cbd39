//! Loads and validates `rules/content/*.toml` (the format is described in `rules/CONTENT.md`).
//!
//! Shared, by `#[path]`, between the rules crate's build script, which turns a [`Content`] into static Rust data, and
//! the `skin-quiz lint` command, which only reports problems; so the build and the linter apply exactly the same
//! checks. It depends on nothing but `serde`, `toml` and the crate's model (`src/model.rs`), which both includers
//! provide as `crate::model`: the build script includes the file by `#[path]`, the CLI re-exports it from
//! `skin_rules`. The axis, step, time, severity and tag ids therefore come from the model's enums themselves, so
//! reordering or renaming a variant cannot silently desynchronise the content from the code.
//!
//! Every problem is reported as `file: entry: problem`, and all of them are collected rather than stopping at the
//! first, so an editor fixes a file in one round.

pub use crate::model::{Axis, RoutineStep, Severity, Tag, Time};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// The content files, in the order they are read.
pub const FILES: [&str; 7] = [
    "articles.toml",
    "questions.toml",
    "tags.toml",
    "tips.toml",
    "cautions.toml",
    "staples.toml",
    "strings.toml",
];

/// Choices the engine's own code relies on (the skin-type rule), by the constant name the build gives them. Resolving
/// them here turns a renamed choice into a content error instead of a rule that silently never fires.
pub const ENGINE_CHOICES: [(&str, &str); 2] = [
    ("SHINY_TZONE", "skin_feel.shiny_tzone"),
    // The short routine for a visitor with little time.
    ("QUICK_ROUTINE", "routine_time.quick"),
];

/// A `ChoiceSet` is a 16-bit mask, and a tip's fired triggers a 32-bit one.
const MAX_CHOICES: usize = 16;
const MAX_TRIGGERS: usize = 32;

/// A string in every language.
#[derive(Clone, Debug)]
pub struct Text {
    pub en: String,
    pub ko: String,
}

#[derive(Debug)]
pub struct Article {
    pub id: String,
    pub title: Text,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Question index, choice index.
    Picked(usize, usize),
    /// Axis, minimum score 0–100.
    AxisAtLeast(Axis, u8),
}

impl Condition {
    /// Whether this condition holding guarantees that `other` holds too (so avoiding this avoids `other`).
    fn covers(self, other: Condition) -> bool {
        match (self, other) {
            (Condition::AxisAtLeast(axis, min), Condition::AxisAtLeast(other_axis, other_min)) => {
                axis == other_axis && min <= other_min
            }
            _ => self == other,
        }
    }

    /// The condition as written in content files.
    fn describe(self, questions: &[Question]) -> String {
        match self {
            Condition::Picked(question, choice) => {
                let question = &questions[question];
                format!("{}.{}", question.id, question.choices[choice].id)
            }
            Condition::AxisAtLeast(axis, min) => format!("{}>={min}", axis.id()),
        }
    }
}

#[derive(Debug)]
pub struct Trigger {
    pub condition: Condition,
    pub weight: i8,
}

/// Whether two times share a morning or an evening.
fn overlap(a: Time, b: Time) -> bool {
    a.includes(b) || b.includes(a)
}

#[derive(Debug)]
pub struct Placement {
    pub step: RoutineStep,
    pub through: Option<RoutineStep>,
    pub time: Time,
    pub note: bool,
    pub frequency: Option<Text>,
    pub evenings: u8,
}

#[derive(Debug)]
pub struct Tip {
    pub id: String,
    /// Index into [`Content::articles`].
    pub source: usize,
    pub title: Text,
    pub body: Text,
    pub caution: Option<Text>,
    pub placement: Option<Placement>,
    pub base: i8,
    pub triggers: Vec<Trigger>,
    /// The tip's own contraindications followed by those its tags carry, without repeats.
    pub avoid_if: Vec<Condition>,
    pub tags: Vec<Tag>,
}

#[derive(Debug)]
pub struct Caution {
    pub id: String,
    pub severity: Severity,
    pub when: Vec<Condition>,
    pub when_all: Vec<Condition>,
    pub excludes: Vec<Tag>,
    pub text: Text,
}

#[derive(Debug)]
pub struct Staple {
    pub id: String,
    pub step: RoutineStep,
    pub time: Time,
    pub text: Text,
}

/// One `[table]` of `strings.toml`.
#[derive(Debug)]
pub struct StringTable {
    pub name: String,
    /// (key, text), sorted by key.
    pub entries: Vec<(String, Text)>,
}

/// Everything in the content directory, validated, with every reference resolved to an index.
#[derive(Debug)]
pub struct Content {
    pub articles: Vec<Article>,
    pub steps: Vec<Step>,
    pub questions: Vec<Question>,
    /// Who must never see a tip with the tag, indexed like [`Tag::ALL`]: `tags.toml`, which tips inherit.
    pub tag_avoid_if: Vec<Vec<Condition>>,
    pub tips: Vec<Tip>,
    pub cautions: Vec<Caution>,
    /// Index into [`Content::cautions`] of the disclaimer: the one caution without `when`.
    pub disclaimer: usize,
    pub staples: Vec<Staple>,
    /// Sorted by table name.
    pub strings: Vec<StringTable>,
    /// [`ENGINE_CHOICES`], resolved.
    pub engine_choices: Vec<(&'static str, Condition)>,
}

impl Content {
    /// The highest raw score the questionnaire allows on each axis: what the engine scales to 100.
    pub fn axis_max(&self) -> [i16; Axis::ALL.len()] {
        axis_max(&self.questions)
    }
}

/// Indexed by [`Axis::index`].
fn axis_max(questions: &[Question]) -> [i16; Axis::ALL.len()] {
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

// ---------------------------------------------------------------------------------------------------------------------
// The files as written. Enumerations (kind, step, time, severity) are read as strings so that a typo is reported with
// its entry rather than as a bare serde error.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    en: Option<String>,
    ko: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticlesFile {
    #[serde(default)]
    article: Vec<RawArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    id: String,
    title: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    #[serde(default)]
    step: Vec<RawStep>,
    #[serde(default)]
    question: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: String,
    title: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    step: String,
    kind: String,
    max: Option<i64>,
    #[serde(default)]
    optional: bool,
    text: RawText,
    help: Option<RawText>,
    #[serde(default)]
    choice: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: String,
    label: RawText,
    #[serde(default)]
    effects: BTreeMap<String, i64>,
    #[serde(default)]
    exclusive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TagsFile {
    #[serde(default)]
    tag: Vec<RawTag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTag {
    id: String,
    /// For editors: what a tip with the tag involves.
    means: String,
    #[serde(default)]
    avoid_if: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TipsFile {
    #[serde(default)]
    tip: Vec<RawTip>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTip {
    id: String,
    source: String,
    title: RawText,
    body: RawText,
    caution: Option<RawText>,
    placement: Option<RawPlacement>,
    #[serde(default)]
    base: i64,
    #[serde(default)]
    triggers: Vec<RawTrigger>,
    #[serde(default)]
    avoid_if: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlacement {
    step: String,
    through: Option<String>,
    time: String,
    #[serde(default)]
    note: bool,
    frequency: Option<RawText>,
    evenings: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    #[serde(rename = "if")]
    condition: String,
    weight: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CautionsFile {
    #[serde(default)]
    caution: Vec<RawCaution>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCaution {
    id: String,
    severity: String,
    #[serde(default)]
    when: Vec<String>,
    #[serde(default)]
    when_all: Vec<String>,
    #[serde(default)]
    excludes: Vec<String>,
    text: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StaplesFile {
    #[serde(default)]
    staple: Vec<RawStaple>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStaple {
    id: String,
    step: String,
    time: String,
    text: RawText,
}

type StringsFile = BTreeMap<String, BTreeMap<String, RawText>>;

// ---------------------------------------------------------------------------------------------------------------------

/// Reads and validates the content files in `dir`. Problems name files as `shown/<file>`, so the build can report
/// `rules/content/tips.toml` whatever its working directory.
pub fn load(dir: &Path, shown: &str) -> Result<Content, Vec<String>> {
    let mut errors = Vec::new();
    let articles: Option<ArticlesFile> = parse(dir, shown, "articles.toml", &mut errors);
    let questions: Option<QuestionsFile> = parse(dir, shown, "questions.toml", &mut errors);
    let tags: Option<TagsFile> = parse(dir, shown, "tags.toml", &mut errors);
    let tips: Option<TipsFile> = parse(dir, shown, "tips.toml", &mut errors);
    let cautions: Option<CautionsFile> = parse(dir, shown, "cautions.toml", &mut errors);
    let staples: Option<StaplesFile> = parse(dir, shown, "staples.toml", &mut errors);
    let strings: Option<StringsFile> = parse(dir, shown, "strings.toml", &mut errors);
    // Cross-file references cannot be checked against a file that did not parse; report the syntax errors first.
    let (
        Some(articles),
        Some(questions),
        Some(tags),
        Some(tips),
        Some(cautions),
        Some(staples),
        Some(strings),
    ) = (articles, questions, tags, tips, cautions, staples, strings)
    else {
        return Err(errors);
    };

    let mut check = Checker {
        errors,
        file: String::new(),
    };
    check.file = format!("{shown}/articles.toml");
    let articles = check.articles(articles);
    check.file = format!("{shown}/questions.toml");
    let (steps, questions) = check.questions(questions);
    let engine_choices = check.engine_choices(&questions);
    let axis_max = axis_max(&questions);
    let refs = Refs {
        questions: &questions,
        articles: &articles,
        axis_max,
    };
    check.file = format!("{shown}/tags.toml");
    let tag_avoid_if = check.tag_table(tags, &refs);
    check.file = format!("{shown}/tips.toml");
    let tips = check.tips(tips, &refs, &tag_avoid_if);
    check.file = format!("{shown}/cautions.toml");
    let (cautions, disclaimer) = check.cautions(cautions, &refs);
    check.excludes(&cautions, &tips, &questions);
    check.file = format!("{shown}/staples.toml");
    let staples = check.staples(staples);
    check.file = format!("{shown}/tips.toml");
    check.notes(&tips, &staples);
    check.file = format!("{shown}/strings.toml");
    let strings = check.strings(strings);

    if check.errors.is_empty() {
        Ok(Content {
            articles,
            steps,
            questions,
            tag_avoid_if,
            tips,
            cautions,
            disclaimer,
            staples,
            strings,
            engine_choices,
        })
    } else {
        Err(check.errors)
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    dir: &Path,
    shown: &str,
    file: &str,
    errors: &mut Vec<String>,
) -> Option<T> {
    let text = match std::fs::read_to_string(dir.join(file)) {
        Ok(text) => text,
        Err(error) => {
            errors.push(format!("{shown}/{file}: cannot read: {error}"));
            return None;
        }
    };
    toml::from_str(&text)
        .map_err(|error| errors.push(format!("{shown}/{file}: {}", error.to_string().trim_end())))
        .ok()
}

/// What tips and cautions may refer to.
struct Refs<'a> {
    questions: &'a [Question],
    articles: &'a [Article],
    axis_max: [i16; Axis::ALL.len()],
}

/// Collects problems for the file being checked.
struct Checker {
    errors: Vec<String>,
    file: String,
}

impl Checker {
    fn error(&mut self, entry: &str, problem: impl std::fmt::Display) {
        self.errors
            .push(format!("{}: {entry}: {problem}", self.file));
    }

    /// Checks an id's form and uniqueness among `seen`; `kind` names the entry (`tip`).
    fn id(&mut self, kind: &str, id: &str, kebab: bool, seen: &mut HashSet<String>) -> String {
        let entry = format!("{kind} `{id}`");
        if !is_id(id, kebab) {
            let form = if kebab {
                "lower_snake_case or kebab-case"
            } else {
                "lower_snake_case"
            };
            self.error(&entry, format!("id must be {form}"));
        }
        if !seen.insert(id.to_owned()) {
            self.error(&entry, format!("duplicate {kind} id"));
        }
        entry
    }

    fn text(&mut self, entry: &str, field: &str, raw: RawText) -> Text {
        let mut get = |lang: &str, value: Option<String>| match value {
            Some(value) if !value.trim().is_empty() => value,
            Some(_) => {
                self.error(entry, format!("{field}: empty `{lang}` text"));
                String::new()
            }
            None => {
                self.error(entry, format!("{field}: missing `{lang}` translation"));
                String::new()
            }
        };
        let text = Text {
            en: get("en", raw.en),
            ko: get("ko", raw.ko),
        };
        let (en, ko) = (placeholders(&text.en), placeholders(&text.ko));
        if !text.en.is_empty() && !text.ko.is_empty() && en != ko {
            let list = |names: &[&str]| {
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                }
            };
            self.error(
                entry,
                format!(
                    "{field}: placeholders differ: en has {}, ko has {}",
                    list(&en),
                    list(&ko)
                ),
            );
        }
        text
    }

    fn articles(&mut self, file: ArticlesFile) -> Vec<Article> {
        let mut seen = HashSet::new();
        file.article
            .into_iter()
            .map(|raw| {
                let entry = self.id("article", &raw.id, true, &mut seen);
                Article {
                    title: self.text(&entry, "title", raw.title),
                    id: raw.id,
                }
            })
            .collect()
    }

    fn questions(&mut self, file: QuestionsFile) -> (Vec<Step>, Vec<Question>) {
        let mut seen = HashSet::new();
        let steps: Vec<Step> = file
            .step
            .into_iter()
            .map(|raw| {
                let entry = self.id("step", &raw.id, false, &mut seen);
                Step {
                    title: self.text(&entry, "title", raw.title),
                    id: raw.id,
                }
            })
            .collect();

        let mut seen = HashSet::new();
        let questions: Vec<Question> = file
            .question
            .into_iter()
            .map(|raw| self.question(raw, &steps, &mut seen))
            .collect();

        for (index, step) in steps.iter().enumerate() {
            if !questions.iter().any(|q| q.step == index) {
                self.error(&format!("step `{}`", step.id), "has no questions");
            }
        }
        (steps, questions)
    }

    fn question(
        &mut self,
        raw: RawQuestion,
        steps: &[Step],
        seen: &mut HashSet<String>,
    ) -> Question {
        let entry = self.id("question", &raw.id, false, seen);
        let step = steps
            .iter()
            .position(|s| s.id == raw.step)
            .unwrap_or_else(|| {
                self.error(&entry, format!("step `{}` does not exist", raw.step));
                0
            });
        let count = raw.choice.len();
        if count > MAX_CHOICES {
            self.error(
                &entry,
                format!("has {count} choices; at most {MAX_CHOICES} are allowed"),
            );
        }
        let multi_max = match raw.kind.as_str() {
            "single" => {
                if count < 2 {
                    self.error(&entry, "a single-choice question needs at least 2 choices");
                }
                if raw.max.is_some() {
                    self.error(&entry, "`max` is only for multi questions");
                }
                None
            }
            "multi" => {
                let max = raw.max.unwrap_or(count as i64);
                if count == 0 {
                    self.error(&entry, "has no choices");
                } else if !(1..=count as i64).contains(&max) {
                    self.error(
                        &entry,
                        format!(
                            "max = {max} must be between 1 and the number of choices ({count})"
                        ),
                    );
                }
                Some(u8::try_from(max.clamp(1, MAX_CHOICES as i64)).unwrap_or(1))
            }
            other => {
                self.error(
                    &entry,
                    format!("unknown kind `{other}` (expected single or multi)"),
                );
                None
            }
        };

        let mut seen_choices = HashSet::new();
        let choices = raw
            .choice
            .into_iter()
            .map(|choice| {
                let choice_entry = format!("{entry}: choice `{}`", choice.id);
                if !is_id(&choice.id, false) {
                    self.error(&choice_entry, "id must be lower_snake_case");
                }
                if !seen_choices.insert(choice.id.clone()) {
                    self.error(&choice_entry, "duplicate choice id");
                }
                if choice.exclusive && multi_max.is_none() {
                    self.error(&choice_entry, "`exclusive` is only for multi questions");
                }
                let mut effects = Vec::new();
                for (axis, points) in choice.effects {
                    match (
                        Axis::ALL.into_iter().find(|a| a.id() == axis),
                        i8::try_from(points),
                    ) {
                        (None, _) => {
                            self.error(&choice_entry, format!("effects: unknown axis `{axis}`"))
                        }
                        (_, Err(_)) => self.error(
                            &choice_entry,
                            format!("effects: {axis} = {points} is out of range"),
                        ),
                        (Some(axis), Ok(points)) => effects.push((axis, points)),
                    }
                }
                effects.sort_unstable();
                Choice {
                    label: self.text(&choice_entry, "label", choice.label),
                    id: choice.id,
                    exclusive: choice.exclusive,
                    effects,
                }
            })
            .collect();

        Question {
            text: self.text(&entry, "text", raw.text),
            help: raw.help.map(|help| self.text(&entry, "help", help)),
            id: raw.id,
            step,
            multi_max,
            optional: raw.optional,
            choices,
        }
    }

    fn engine_choices(&mut self, questions: &[Question]) -> Vec<(&'static str, Condition)> {
        ENGINE_CHOICES
            .iter()
            .filter_map(|&(name, id)| match resolve_choice(id, questions) {
                Ok(condition) => Some((name, condition)),
                Err(problem) => {
                    self.error(
                        "the engine's skin-type rule",
                        format!("needs choice `{id}`: {problem}"),
                    );
                    None
                }
            })
            .collect()
    }

    fn condition(&mut self, entry: &str, field: &str, raw: &str, refs: &Refs) -> Option<Condition> {
        let resolved = match raw.split_once(">=") {
            Some((axis, min)) => resolve_axis(axis.trim(), min.trim(), refs),
            None => resolve_choice(raw, refs.questions),
        };
        resolved
            .map_err(|problem| self.error(entry, format!("{field} `{raw}`: {problem}")))
            .ok()
    }

    /// The tag table: every tag of [`Tag::ALL`] exactly once, with who must never see a tip carrying it.
    fn tag_table(&mut self, file: TagsFile, refs: &Refs) -> Vec<Vec<Condition>> {
        let mut table: Vec<Option<Vec<Condition>>> = vec![None; Tag::ALL.len()];
        for raw in file.tag {
            let entry = format!("tag `{}`", raw.id);
            let Some(index) = Tag::ALL.iter().position(|t| t.id() == raw.id) else {
                self.error(
                    &entry,
                    format!(
                        "unknown tag (expected one of {}; a new tag is a code change, see skin_rules::Tag)",
                        Tag::ALL.map(Tag::id).join(", ")
                    ),
                );
                continue;
            };
            if raw.means.trim().is_empty() {
                self.error(&entry, "`means` says what a tip with the tag involves");
            }
            if raw.avoid_if.is_empty() {
                self.error(
                    &entry,
                    "no `avoid_if`: a tag exists to keep its tips from someone",
                );
            }
            let avoid_if = raw
                .avoid_if
                .iter()
                .filter_map(|c| self.condition(&entry, "avoid_if", c, refs))
                .collect();
            if table[index].replace(avoid_if).is_some() {
                self.error(&entry, "listed twice");
            }
        }
        Tag::ALL
            .iter()
            .zip(table)
            .map(|(tag, rules)| {
                rules.unwrap_or_else(|| {
                    self.error(&format!("tag `{}`", tag.id()), "missing from the tag table");
                    Vec::new()
                })
            })
            .collect()
    }

    fn tips(&mut self, file: TipsFile, refs: &Refs, tag_avoid_if: &[Vec<Condition>]) -> Vec<Tip> {
        let mut seen = HashSet::new();
        file.tip
            .into_iter()
            .map(|raw| {
                let entry = self.id("tip", &raw.id, false, &mut seen);
                let source = refs
                    .articles
                    .iter()
                    .position(|a| a.id == raw.source)
                    .unwrap_or_else(|| {
                        self.error(
                            &entry,
                            format!("source: article `{}` does not exist", raw.source),
                        );
                        0
                    });
                let base = self.small(&entry, "base", raw.base);
                let placement = raw
                    .placement
                    .and_then(|placement| self.placement(&entry, placement));
                if raw.triggers.len() > MAX_TRIGGERS {
                    self.error(
                        &entry,
                        format!(
                            "has {} triggers; at most {MAX_TRIGGERS} are allowed",
                            raw.triggers.len()
                        ),
                    );
                }
                if !raw.triggers.iter().any(|t| t.weight > 0) {
                    self.error(
                        &entry,
                        "no answer can reach it: it needs a trigger with a positive weight",
                    );
                }
                let triggers: Vec<Trigger> = raw
                    .triggers
                    .iter()
                    .filter_map(|t| {
                        let condition = self.condition(&entry, "trigger", &t.condition, refs)?;
                        if t.weight == 0 {
                            self.error(
                                &entry,
                                format!("trigger `{}`: weight 0 has no effect", t.condition),
                            );
                        }
                        Some(Trigger {
                            condition,
                            weight: self.small(&entry, "weight", t.weight),
                        })
                    })
                    .collect();
                let own: Vec<Condition> = raw
                    .avoid_if
                    .iter()
                    .filter_map(|c| self.condition(&entry, "avoid_if", c, refs))
                    .collect();
                let tags = self.tags(&entry, "tags", &raw.tags);
                let avoid_if = self.inherit(&entry, own, &tags, tag_avoid_if, refs.questions);
                for trigger in triggers.iter().filter(|t| t.weight > 0) {
                    if let Some(avoid) = avoid_if.iter().find(|a| a.covers(trigger.condition)) {
                        self.error(
                            &entry,
                            format!(
                                "trigger `{}` can never fire: the tip avoids `{}` (its own avoid_if or a tag's)",
                                trigger.condition.describe(refs.questions),
                                avoid.describe(refs.questions)
                            ),
                        );
                    }
                }
                Tip {
                    title: self.text(&entry, "title", raw.title),
                    body: self.text(&entry, "body", raw.body),
                    caution: raw.caution.map(|c| self.text(&entry, "caution", c)),
                    id: raw.id,
                    source,
                    placement,
                    base,
                    triggers,
                    avoid_if,
                    tags,
                }
            })
            .collect()
    }

    /// A tip's own `avoid_if` followed by its tags' rules. A condition a tag already carries is refused in the tip's
    /// own list, so each safety rule is written in one place.
    fn inherit(
        &mut self,
        entry: &str,
        own: Vec<Condition>,
        tags: &[Tag],
        tag_avoid_if: &[Vec<Condition>],
        questions: &[Question],
    ) -> Vec<Condition> {
        let mut avoid_if = own.clone();
        for &tag in tags {
            for &condition in &tag_avoid_if[tag as usize] {
                if own.contains(&condition) {
                    self.error(
                        entry,
                        format!(
                            "avoid_if `{}` is already a rule of tag `{}` (tags.toml): keep it there only",
                            condition.describe(questions),
                            tag.id()
                        ),
                    );
                } else if !avoid_if.contains(&condition) {
                    avoid_if.push(condition);
                }
            }
        }
        avoid_if
    }

    fn placement(&mut self, entry: &str, raw: RawPlacement) -> Option<Placement> {
        let (step, time) = self.step_and_time(entry, &raw.step, &raw.time)?;
        let through = raw.through.as_deref().and_then(|id| {
            let found = RoutineStep::ALL.into_iter().find(|s| s.id() == id);
            match found {
                Some(through) if through > step => Some(through),
                Some(_) => {
                    self.error(
                        entry,
                        format!(
                            "placement.through `{id}` must be a later step than `{}`",
                            step.id()
                        ),
                    );
                    None
                }
                None => {
                    self.error(
                        entry,
                        format!("placement.through: unknown routine step `{id}`"),
                    );
                    None
                }
            }
        });
        let frequency = raw
            .frequency
            .map(|f| self.text(entry, "placement.frequency", f));
        if raw.note && (frequency.is_some() || through.is_some()) {
            self.error(
                entry,
                "a note is a daily technique on one step: no `frequency` or `through`",
            );
        }
        if frequency.is_some() && time != Time::Pm {
            self.error(
                entry,
                "an occasional item (with `frequency`) belongs in the evening: the week plan is of evenings",
            );
        }
        if step == RoutineStep::OilCleanse && time != Time::Pm {
            self.error(
                entry,
                "oil_cleanse is evening only (time = \"pm\"): the morning has one cleanse",
            );
        }
        let evenings = match (&frequency, raw.evenings) {
            (Some(_), Some(n)) if (0..=7).contains(&n) => n as u8,
            (Some(_), Some(n)) => {
                self.error(
                    entry,
                    format!("placement.evenings = {n}: a week has 0 to 7 evenings"),
                );
                0
            }
            (Some(_), None) => {
                self.error(
                    entry,
                    "placement.evenings: how many evenings of the week plan (0 for as needed)",
                );
                0
            }
            (None, Some(_)) => {
                self.error(entry, "placement.evenings needs a `frequency`");
                0
            }
            (None, None) => 0,
        };
        Some(Placement {
            step,
            through,
            time,
            note: raw.note,
            frequency,
            evenings,
        })
    }

    /// A note sits on its step's item, so that step must always have one: a staple at every time the note is for.
    fn notes(&mut self, tips: &[Tip], staples: &[Staple]) {
        for tip in tips {
            let Some(placement) = tip.placement.as_ref().filter(|p| p.note) else {
                continue;
            };
            for time in [Time::Am, Time::Pm]
                .into_iter()
                .filter(|&t| placement.time.includes(t))
            {
                if !staples
                    .iter()
                    .any(|s| s.step == placement.step && s.time.includes(time))
                {
                    self.error(
                        &format!("tip `{}`", tip.id),
                        format!(
                            "a note on `{}` at {} needs a staple there to sit on",
                            placement.step.id(),
                            time.id()
                        ),
                    );
                }
            }
        }
    }

    fn small(&mut self, entry: &str, field: &str, value: i64) -> i8 {
        i8::try_from(value).unwrap_or_else(|_| {
            self.error(
                entry,
                format!("{field} = {value} is out of range (-128 to 127)"),
            );
            0
        })
    }

    /// Resolves tag ids (in `field`), reporting unknown and repeated ones.
    fn tags(&mut self, entry: &str, field: &str, raw: &[String]) -> Vec<Tag> {
        let mut tags = Vec::new();
        for id in raw {
            match Tag::ALL.into_iter().find(|t| t.id() == id) {
                None => self.error(
                    entry,
                    format!(
                        "{field}: unknown tag `{id}` (expected one of {})",
                        Tag::ALL.map(Tag::id).join(", ")
                    ),
                ),
                Some(tag) if tags.contains(&tag) => {
                    self.error(entry, format!("{field}: tag `{id}` is listed twice"))
                }
                Some(tag) => tags.push(tag),
            }
        }
        tags
    }

    /// Resolves a routine step and time, enforcing that sunscreen is for the morning and sleeping masks for the night.
    fn step_and_time(
        &mut self,
        entry: &str,
        step: &str,
        time: &str,
    ) -> Option<(RoutineStep, Time)> {
        let found = RoutineStep::ALL.into_iter().find(|s| s.id() == step);
        if found.is_none() {
            self.error(
                entry,
                format!(
                    "unknown routine step `{step}` (expected one of {})",
                    RoutineStep::ALL.map(RoutineStep::id).join(", ")
                ),
            );
        }
        let time = Time::ALL.into_iter().find(|t| t.id() == time).or_else(|| {
            self.error(
                entry,
                format!(
                    "unknown time `{time}` (expected {})",
                    Time::ALL.map(Time::id).join(", ")
                ),
            );
            None
        });
        let (step, time) = (found?, time?);
        match (step, time) {
            (RoutineStep::Sunscreen, Time::Pm | Time::Both) => self.error(
                entry,
                "sunscreen belongs in the morning only (time = \"am\")",
            ),
            (RoutineStep::SleepingMask, Time::Am | Time::Both) => self.error(
                entry,
                "a sleeping mask belongs at night only (time = \"pm\")",
            ),
            _ => {}
        }
        Some((step, time))
    }

    /// Resolves the cautions, and finds the disclaimer: the one caution without `when`, an `info` that every outcome
    /// shows (in small print, apart from the other cautions).
    fn cautions(&mut self, file: CautionsFile, refs: &Refs) -> (Vec<Caution>, usize) {
        let mut seen = HashSet::new();
        let cautions: Vec<Caution> = file
            .caution
            .into_iter()
            .map(|raw| {
                let entry = self.id("caution", &raw.id, false, &mut seen);
                let severity = Severity::ALL
                    .into_iter()
                    .find(|s| s.id() == raw.severity)
                    .unwrap_or_else(|| {
                        self.error(
                            &entry,
                            format!(
                                "unknown severity `{}` (expected {})",
                                raw.severity,
                                Severity::ALL.map(Severity::id).join(", ")
                            ),
                        );
                        Severity::Info
                    });
                let when: Vec<Condition> = raw
                    .when
                    .iter()
                    .filter_map(|c| self.condition(&entry, "when", c, refs))
                    .collect();
                let when_all: Vec<Condition> = raw
                    .when_all
                    .iter()
                    .filter_map(|c| self.condition(&entry, "when_all", c, refs))
                    .collect();
                let excludes = self.tags(&entry, "excludes", &raw.excludes);
                if !when_all.is_empty() && !excludes.is_empty() {
                    self.error(
                        &entry,
                        "`excludes` takes `when` only: write the caution that leaves tips out without `when_all`",
                    );
                }
                if raw.when.is_empty() && raw.when_all.is_empty() {
                    if severity != Severity::Info {
                        self.error(
                            &entry,
                            "a caution without `when` is the disclaimer and must have severity info",
                        );
                    }
                    if !excludes.is_empty() {
                        self.error(
                            &entry,
                            "`excludes` needs `when`: the conditions under which the tips are left out",
                        );
                    }
                }
                Caution {
                    text: self.text(&entry, "text", raw.text),
                    id: raw.id,
                    severity,
                    when,
                    when_all,
                    excludes,
                }
            })
            .collect();
        let mut always = cautions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.when.is_empty() && c.when_all.is_empty());
        let disclaimer = match always.next() {
            Some((index, _)) => index,
            None => {
                self.error(
                    "cautions",
                    "no caution without `when`: every outcome needs the note that this is not medical advice",
                );
                0
            }
        };
        let extra: Vec<String> = always.map(|(_, c)| format!("`{}`", c.id)).collect();
        if !extra.is_empty() {
            let first = &cautions[disclaimer].id;
            self.error(
                "cautions",
                format!(
                    "only one caution may lack `when` (the disclaimer, `{first}`); also without: {}",
                    extra.join(", ")
                ),
            );
        }
        (cautions, disclaimer)
    }

    /// A caution that `excludes` a tag says those tips are left out whenever it shows: checks that every tip with the
    /// tag avoids every condition of the caution's `when`, so the sentence is guaranteed by the rules.
    fn excludes(&mut self, cautions: &[Caution], tips: &[Tip], questions: &[Question]) {
        for caution in cautions {
            for &tag in &caution.excludes {
                for tip in tips.iter().filter(|t| t.tags.contains(&tag)) {
                    let missing: Vec<String> = caution
                        .when
                        .iter()
                        .filter(|&&when| !tip.avoid_if.iter().any(|a| a.covers(when)))
                        .map(|when| format!("`{}`", when.describe(questions)))
                        .collect();
                    if !missing.is_empty() {
                        self.error(
                            &format!("caution `{}`", caution.id),
                            format!(
                                "excludes `{}`, but tip `{}` (tagged `{}`) does not avoid_if {}",
                                tag.id(),
                                tip.id,
                                tag.id(),
                                missing.join(", ")
                            ),
                        );
                    }
                }
            }
        }
    }

    fn staples(&mut self, file: StaplesFile) -> Vec<Staple> {
        let mut seen = HashSet::new();
        let mut staples: Vec<Staple> = Vec::new();
        for raw in file.staple {
            let entry = self.id("staple", &raw.id, false, &mut seen);
            let Some((step, time)) = self.step_and_time(&entry, &raw.step, &raw.time) else {
                continue;
            };
            // The routine takes the first staple for a step, so a second one for the same time would never be shown.
            if let Some(other) = staples
                .iter()
                .find(|s| s.step == step && overlap(s.time, time))
            {
                self.error(
                    &entry,
                    format!(
                        "staple `{}` already covers step `{}` at that time",
                        other.id, raw.step
                    ),
                );
            }
            staples.push(Staple {
                text: self.text(&entry, "text", raw.text),
                id: raw.id,
                step,
                time,
            });
        }
        staples
    }

    fn strings(&mut self, file: StringsFile) -> Vec<StringTable> {
        file.into_iter()
            .map(|(name, entries)| {
                if !is_id(&name, false) {
                    self.error(
                        &format!("table `{name}`"),
                        "table names must be lower_snake_case",
                    );
                }
                let entries = entries
                    .into_iter()
                    .map(|(key, raw)| {
                        let entry = format!("`{name}.{key}`");
                        if !is_id(&key, false) {
                            self.error(&entry, "keys must be lower_snake_case");
                        }
                        (key, self.text(&entry, "text", raw))
                    })
                    .collect();
                StringTable { name, entries }
            })
            .collect()
    }
}

fn resolve_choice(raw: &str, questions: &[Question]) -> Result<Condition, String> {
    let Some((question_id, choice_id)) = raw.split_once('.') else {
        return Err("expected `question.choice` or `axis>=N`".to_owned());
    };
    let Some(question) = questions.iter().position(|q| q.id == question_id) else {
        return Err(format!("question `{question_id}` does not exist"));
    };
    let Some(choice) = questions[question]
        .choices
        .iter()
        .position(|c| c.id == choice_id)
    else {
        return Err(format!(
            "question `{question_id}` has no choice `{choice_id}`"
        ));
    };
    Ok(Condition::Picked(question, choice))
}

fn resolve_axis(axis: &str, min: &str, refs: &Refs) -> Result<Condition, String> {
    let Some(found) = Axis::ALL.into_iter().find(|a| a.id() == axis) else {
        return Err(format!(
            "unknown axis `{axis}` (expected one of {})",
            Axis::ALL.map(Axis::id).join(", ")
        ));
    };
    let min = match min.parse::<u8>() {
        Ok(min) if min <= 100 => min,
        _ => return Err(format!("`{min}` is not a score from 0 to 100")),
    };
    if min > 0 && refs.axis_max[found.index()] == 0 {
        return Err(format!("can never hold: no answer raises {axis}"));
    }
    Ok(Condition::AxisAtLeast(found, min))
}

/// lower_snake_case, or also kebab-case: what can become a Rust identifier (or, for articles, a URL slug).
fn is_id(id: &str, kebab: bool) -> bool {
    let separator = |c: char| c == '_' || (kebab && c == '-');
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with(separator)
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || separator(c))
}

/// The distinct `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

//! The content model: what `content/*.toml` becomes after the build script has validated it.
//!
//! Everything here is `'static` data compiled into the binary, so neither the widget nor the CLI parses content at
//! run time. Questions and choices are referred to by index (their position in [`crate::questionnaire`]); ids are
//! for people, share links and the CLI.

/// The languages every string exists in. A missing translation fails the build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tag, as used in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// Reads a language tag such as `ko`, `ko-KR` or `EN-gb`; `None` for languages we do not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Lang::ALL.into_iter().find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }
}

/// One string in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub ko: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

/// The named dimensions of a skin profile, each scored 0–100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Axis {
    /// Shine and excess sebum.
    Oiliness,
    /// Tightness, flaking, thirst.
    Dryness,
    /// Stinging, flushing, reactivity.
    Sensitivity,
    /// How prone to blemishes.
    Breakouts,
    /// Concern for fine lines and lost firmness.
    Firmness,
    /// Puffiness, dullness and tension: what circulation-boosting habits help with.
    Circulation,
}

impl Axis {
    pub const ALL: [Axis; 6] = [
        Axis::Oiliness,
        Axis::Dryness,
        Axis::Sensitivity,
        Axis::Breakouts,
        Axis::Firmness,
        Axis::Circulation,
    ];

    /// The id used in content files.
    pub fn id(self) -> &'static str {
        match self {
            Axis::Oiliness => "oiliness",
            Axis::Dryness => "dryness",
            Axis::Sensitivity => "sensitivity",
            Axis::Breakouts => "breakouts",
            Axis::Firmness => "firmness",
            Axis::Circulation => "circulation",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A routine step, declared in Korean layering order: sorting by it orders a routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum RoutineStep {
    OilCleanse,
    WaterCleanse,
    Exfoliate,
    Toner,
    Essence,
    Mask,
    Eye,
    Moisturiser,
    Sunscreen,
    SleepingMask,
}

impl RoutineStep {
    pub const ALL: [RoutineStep; 10] = [
        RoutineStep::OilCleanse,
        RoutineStep::WaterCleanse,
        RoutineStep::Exfoliate,
        RoutineStep::Toner,
        RoutineStep::Essence,
        RoutineStep::Mask,
        RoutineStep::Eye,
        RoutineStep::Moisturiser,
        RoutineStep::Sunscreen,
        RoutineStep::SleepingMask,
    ];

    /// The id used in content files.
    pub fn id(self) -> &'static str {
        match self {
            RoutineStep::OilCleanse => "oil_cleanse",
            RoutineStep::WaterCleanse => "water_cleanse",
            RoutineStep::Exfoliate => "exfoliate",
            RoutineStep::Toner => "toner",
            RoutineStep::Essence => "essence",
            RoutineStep::Mask => "mask",
            RoutineStep::Eye => "eye",
            RoutineStep::Moisturiser => "moisturiser",
            RoutineStep::Sunscreen => "sunscreen",
            RoutineStep::SleepingMask => "sleeping_mask",
        }
    }
}

/// When in the day a routine item belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum Time {
    Am,
    Pm,
    Both,
}

impl Time {
    pub fn includes(self, other: Time) -> bool {
        self == Time::Both || self == other
    }
}

/// A questionnaire step: a titled group of questions (skin, sensitivity, concerns, habits, lifestyle, safety).
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    pub id: &'static str,
    pub title: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum QuestionKind {
    /// Exactly one choice.
    Single,
    /// Any number of choices up to `max`; an `exclusive` choice ("none of these") stands alone.
    Multi { max: u8 },
}

#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    /// Index into [`crate::steps`].
    pub step: usize,
    pub kind: QuestionKind,
    /// An optional question may be skipped ("not sure"); a skipped question simply contributes nothing.
    pub optional: bool,
    pub text: Text,
    pub help: Option<Text>,
    pub choices: &'static [Choice],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: Text,
    /// For multi-select questions: picking it clears the others, and picking another clears it.
    pub exclusive: bool,
    /// What picking it adds to each axis's raw score.
    pub effects: &'static [(Axis, i8)],
}

/// A test on the visitor's answers or profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The visitor picked this choice (question index, choice index).
    Picked { question: usize, choice: usize },
    /// The axis scored at least `min` (0–100).
    AxisAtLeast { axis: Axis, min: u8 },
}

/// A condition that makes a tip more relevant, and by how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trigger {
    pub condition: Condition,
    pub weight: i8,
}

/// A source article on the blog.
#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    pub id: &'static str,
    pub title: Text,
}

/// Where a tip sits in the daily routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub step: RoutineStep,
    pub time: Time,
    /// How often, when not daily ("twice a week").
    pub frequency: Option<Text>,
}

/// One Korean-skincare tip from a source article, in our own words.
#[derive(Debug, PartialEq, Eq)]
pub struct Tip {
    pub id: &'static str,
    /// Index into [`crate::articles`].
    pub source: usize,
    pub title: Text,
    /// What to do and why it helps.
    pub body: Text,
    /// A safety note shown with the tip whenever it is shown (patch test, pasteurised milk, ...).
    pub caution: Option<Text>,
    /// `None` for habits and rituals that are not a routine step (teas, massage, travel).
    pub placement: Option<Placement>,
    /// Relevance before any trigger fires.
    pub base: i8,
    pub triggers: &'static [Trigger],
    /// Contraindications: if any holds, the tip is never shown.
    pub avoid_if: &'static [Condition],
}

/// How serious a caution is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Severity {
    Info,
    Warning,
    /// A red flag: the outcome advises seeing a dermatologist.
    SeeDermatologist,
}

/// A safety message shown in the outcome when any of its conditions holds (or always, if it has none).
#[derive(Debug, PartialEq, Eq)]
pub struct Caution {
    pub id: &'static str,
    pub severity: Severity,
    pub when: &'static [Condition],
    pub text: Text,
}

/// A basic routine step (cleanser, moisturiser, sunscreen) used where no tip fills that step.
#[derive(Debug, PartialEq, Eq)]
pub struct Staple {
    pub id: &'static str,
    pub step: RoutineStep,
    pub time: Time,
    pub text: Text,
}

//! The content model: what `content/*.toml` becomes after the build script has validated it.
//!
//! Everything here is `'static` data compiled into the binary, so neither the widget nor the CLI parses content at
//! run time. Questions and choices are referred to by index (their position in [`crate::questionnaire`]); ids are
//! for people, share links and the CLI.

/// The languages every string exists in. A missing translation fails the build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
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
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }
}

/// One string in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Korean.
    pub ko: &'static str,
}

impl Text {
    /// The string in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

/// The named dimensions of a skin profile, each scored 0–100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
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
    /// Every axis, in the order of [`Axis::index`].
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

    /// The position in [`Axis::ALL`], which indexes per-axis arrays such as a profile's scores.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A routine step, declared in Korean layering order: sorting by it orders a routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum RoutineStep {
    /// Before cleansing: steam, evening only.
    BeforeCleanse,
    /// First cleanse: an oil or micellar cleanser that lifts makeup and sunscreen; evening only, so the morning has
    /// one cleanse.
    OilCleanse,
    /// Second cleanse, with a water-based cleanser.
    WaterCleanse,
    /// Exfoliation.
    Exfoliate,
    /// A mask that is rinsed off: before toner, so what follows goes on clean skin.
    WashOffMask,
    /// Toner.
    Toner,
    /// Essence and serum.
    Essence,
    /// Sheet mask, on toned skin.
    Mask,
    /// Eye care.
    Eye,
    /// Moisturiser.
    Moisturiser,
    /// Sunscreen: morning only.
    Sunscreen,
    /// Sleeping mask: night only, the last step.
    SleepingMask,
}

impl RoutineStep {
    /// Every step, in layering order.
    pub const ALL: [RoutineStep; 12] = [
        RoutineStep::BeforeCleanse,
        RoutineStep::OilCleanse,
        RoutineStep::WaterCleanse,
        RoutineStep::Exfoliate,
        RoutineStep::WashOffMask,
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
            RoutineStep::BeforeCleanse => "before_cleanse",
            RoutineStep::OilCleanse => "oil_cleanse",
            RoutineStep::WaterCleanse => "water_cleanse",
            RoutineStep::Exfoliate => "exfoliate",
            RoutineStep::WashOffMask => "wash_off_mask",
            RoutineStep::Toner => "toner",
            RoutineStep::Essence => "essence",
            RoutineStep::Mask => "mask",
            RoutineStep::Eye => "eye",
            RoutineStep::Moisturiser => "moisturiser",
            RoutineStep::Sunscreen => "sunscreen",
            RoutineStep::SleepingMask => "sleeping_mask",
        }
    }

    /// The position in [`RoutineStep::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the step is a cleansing pass: the morning has at most one, the evening at most two.
    pub fn is_cleanse(self) -> bool {
        matches!(self, RoutineStep::OilCleanse | RoutineStep::WaterCleanse)
    }
}

/// When in the day a routine item belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum Time {
    /// Morning.
    Am,
    /// Evening.
    Pm,
    /// Morning and evening.
    Both,
}

impl Time {
    /// Every time, in the order content files list them.
    pub const ALL: [Time; 3] = [Time::Am, Time::Pm, Time::Both];

    /// The id used in content files.
    pub fn id(self) -> &'static str {
        match self {
            Time::Am => "am",
            Time::Pm => "pm",
            Time::Both => "both",
        }
    }

    /// Whether something at this time happens at `other`: `Both` includes `Am` and `Pm`.
    pub fn includes(self, other: Time) -> bool {
        self == Time::Both || self == other
    }
}

/// A questionnaire step: a titled group of questions (skin, sensitivity, concerns, habits, lifestyle, safety).
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    /// The id used in content files.
    pub id: &'static str,
    /// The heading shown above the step's questions.
    pub title: Text,
}

/// How many choices a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum QuestionKind {
    /// Exactly one choice.
    Single,
    /// Any number of choices up to `max`; an `exclusive` choice ("none of these") stands alone.
    Multi {
        /// The most choices that can be picked together.
        max: u8,
    },
}

/// One question of the questionnaire.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// The id used in content files, share codes and the CLI.
    pub id: &'static str,
    /// Index into [`crate::steps`].
    pub step: usize,
    /// Single or multi-select.
    pub kind: QuestionKind,
    /// An optional question may be skipped ("not sure"); a skipped question simply contributes nothing.
    pub optional: bool,
    /// The question itself.
    pub text: Text,
    /// A hint shown under the question.
    pub help: Option<Text>,
    /// The possible answers, in order; at most 16.
    pub choices: &'static [Choice],
}

/// One possible answer to a question.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    /// The id used in content files, conditions and the CLI; unique within its question.
    pub id: &'static str,
    /// The answer as shown.
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
    Picked {
        /// Index into [`crate::questionnaire`].
        question: usize,
        /// Index into the question's choices.
        choice: usize,
    },
    /// The axis scored at least `min` (0–100).
    AxisAtLeast {
        /// The axis.
        axis: Axis,
        /// The lowest score that satisfies the condition.
        min: u8,
    },
}

/// A condition that makes a tip more relevant, and by how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trigger {
    /// When it fires.
    pub condition: Condition,
    /// What it adds to the tip's relevance when it fires; negative to make the tip less relevant.
    pub weight: i8,
}

/// A source article on the blog.
#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    /// The id used in content files (kebab-case, like the article's slug).
    pub id: &'static str,
    /// The article's title.
    pub title: Text,
}

/// Where a tip sits in the daily routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The step it fills, or the step it is a note on.
    pub step: RoutineStep,
    /// The last step it fills when it covers several: a double cleanse is the first and the second cleanse.
    pub through: Option<RoutineStep>,
    /// Morning, evening or both.
    pub time: Time,
    /// A technique (patting, warm palms, T-zone first): shown as a note on the step's item, never as the step.
    pub note: bool,
    /// How often, when not daily ("twice a week"); only evening items are occasional.
    pub frequency: Option<Text>,
    /// For an occasional item: how many evenings of the week plan it takes (0: as needed, not planned).
    pub evenings: u8,
}

impl Placement {
    /// Whether the placement fills (or, for a note, sits on) `step`.
    pub fn covers(&self, step: RoutineStep) -> bool {
        self.step <= step && step <= self.through.unwrap_or(self.step)
    }
}

/// One Korean-skincare tip from a source article, in our own words.
#[derive(Debug, PartialEq, Eq)]
pub struct Tip {
    /// The id used in content files and the CLI.
    pub id: &'static str,
    /// Index into [`crate::articles`].
    pub source: usize,
    /// A short imperative title.
    pub title: Text,
    /// What to do and why it helps.
    pub body: Text,
    /// A safety note shown with the tip whenever it is shown (patch test, pasteurised milk, ...).
    pub caution: Option<Text>,
    /// `None` for habits and rituals that are not a routine step (teas, massage, travel).
    pub placement: Option<Placement>,
    /// Relevance before any trigger fires.
    pub base: i8,
    /// What makes the tip more (or less) relevant.
    pub triggers: &'static [Trigger],
    /// Contraindications: if any holds, the tip is never shown. The tip's own, and every one its tags carry (see
    /// [`crate::tag_avoid_if`]); the build writes the union here.
    pub avoid_if: &'static [Condition],
    /// What the tip involves, for safety rules: a caution that [`Caution::excludes`] a tag is guaranteed by the
    /// build to come with no tip carrying it.
    pub tags: &'static [Tag],
}

/// What a tip involves that matters for safety: heat on the face, friction, firm massage, an allergen, an ingredient
/// to avoid in pregnancy. Who must never see a tagged tip is data (`content/tags.toml`, see
/// [`crate::tag_avoid_if`]); tips inherit it. Tags also let a caution say "we have left out ..." and the build check
/// that the rules really do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Tag {
    /// Steam, a warm compress or warmed hands on the face: can set off flushing and darken pigmentation.
    Heat,
    /// Rubs the skin to exfoliate (washcloth, scrub): irritates broken, shaved, treated or inflamed skin.
    Friction,
    /// Kneading, knuckles or pressure points: too much for redness, rosacea and inflamed spots.
    FirmMassage,
    /// Uses an essential oil (tea tree, lavender, ...): a fragrance allergen, and not advised in pregnancy.
    EssentialOil,
    /// Uses egg.
    Egg,
    /// Uses honey.
    Honey,
    /// Uses milk.
    Dairy,
    /// Suggests ginseng: not advised in pregnancy.
    Ginseng,
    /// Added fragrance or perfume (products only, see [`crate::products`]): a common allergen and irritant.
    Fragrance,
    /// A retinoid (retinol, retinal; products only): not in pregnancy, not on top of another retinoid treatment.
    Retinoid,
    /// An exfoliating acid (AHA, BHA, PHA; products only): too much on treated, eczema-prone or reactive skin.
    Acid,
}

impl Tag {
    /// Every tag.
    pub const ALL: [Tag; 11] = [
        Tag::Heat,
        Tag::Friction,
        Tag::FirmMassage,
        Tag::EssentialOil,
        Tag::Egg,
        Tag::Honey,
        Tag::Dairy,
        Tag::Ginseng,
        Tag::Fragrance,
        Tag::Retinoid,
        Tag::Acid,
    ];

    /// The id used in content files.
    pub fn id(self) -> &'static str {
        match self {
            Tag::Heat => "heat",
            Tag::Friction => "friction",
            Tag::FirmMassage => "firm_massage",
            Tag::EssentialOil => "essential_oil",
            Tag::Egg => "egg",
            Tag::Honey => "honey",
            Tag::Dairy => "dairy",
            Tag::Ginseng => "ginseng",
            Tag::Fragrance => "fragrance",
            Tag::Retinoid => "retinoid",
            Tag::Acid => "acid",
        }
    }
}

/// How serious a caution is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Severity {
    /// Good to know.
    Info,
    /// Something to be careful about.
    Warning,
    /// A red flag: the outcome advises seeing a dermatologist.
    SeeDermatologist,
}

impl Severity {
    /// Every severity, least serious first.
    pub const ALL: [Severity; 3] = [
        Severity::Info,
        Severity::Warning,
        Severity::SeeDermatologist,
    ];

    /// The id used in content files.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::SeeDermatologist => "see_dermatologist",
        }
    }
}

/// A safety message shown in the outcome when its conditions hold. Exactly one caution has no conditions:
/// the not-medical-advice disclaimer, always shown (see [`crate::Outcome::disclaimer`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Caution {
    /// The id used in content files.
    pub id: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// Shown when any of these holds (or, when empty, always) ...
    pub when: &'static [Condition],
    /// ... and all of these hold: "reactive skin *and* persistent redness".
    pub when_all: &'static [Condition],
    /// Tips the message says are left out: the build guarantees that every tip with one of these tags avoids every
    /// condition of [`Caution::when`].
    pub excludes: &'static [Tag],
    /// The message.
    pub text: Text,
}

/// A basic routine step (cleanser, moisturiser, sunscreen) used where no tip fills that step.
#[derive(Debug, PartialEq, Eq)]
pub struct Staple {
    /// The id used in content files.
    pub id: &'static str,
    /// The step it fills.
    pub step: RoutineStep,
    /// Morning, evening or both.
    pub time: Time,
    /// What to do.
    pub text: Text,
}

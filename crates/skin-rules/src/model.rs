//! The content model: what `content/*.toml` becomes after the build script has validated it.
//!
//! Everything here is `'static` data compiled into the binary, so neither the widget nor the CLI parses content at
//! run time. Questions and choices are referred to by index (their position in [`crate::questionnaire`]); ids are
//! for people, share links and the CLI.
//!
//! The vocabularies (`Lang`, `Axis`, `RoutineStep`, `Time`, `Severity`, `Tag`, `Condition`) are `skin_vocab`'s, the same
//! types the content loader reads content files into.

pub use skin_vocab::{
    Active, Axis, Condition, Lang, RoutineStep, Safety, Severity, Tag, Time, Touch,
};

/// One string of the content, in every language: its number in each language's text table ([`crate::text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub(crate) u16);

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
    /// What the question is about, in a few words ("how your skin feels"): how "what changed" names it.
    pub topic: Text,
    /// A hint shown under the question.
    pub help: Option<Text>,
    /// The possible answers, in order; at most 16.
    pub choices: &'static [Choice],
}

/// A question id by its permanent number in answer codes (`content/released.toml`): what data naming it is read as.
#[derive(Debug, PartialEq, Eq)]
pub struct Slot {
    /// The question id, as released (or new in this build).
    pub id: &'static str,
    /// Multi-select.
    pub multi: bool,
    /// The question (index into [`crate::questionnaire`]) its answers are read as: itself or what it was renamed
    /// to; `None` once retired.
    pub question: Option<u8>,
    /// For each choice id it ever had, by permanent number: the choice of `question` it is read as (`None`: retired).
    pub choices: &'static [Option<u8>],
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

/// Where a tip sits in the daily routine, its frequency as compiled-in text.
pub type Placement = skin_vocab::Placement<Text>;

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
    /// What it does to the face, every property declared: touch, heat, rubbing, a new product, food, an active,
    /// a seal, and the minutes it takes (what the time budget counts).
    pub safety: Safety,
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
    /// ... and all of these hold: "reactive skin *and* persistent redness" ...
    pub when_all: &'static [Condition],
    /// ... and none of these: "not for a rosacea a doctor has already diagnosed".
    pub unless: &'static [Condition],
    /// Tips the message says are left out: the build guarantees that every tip with one of these tags avoids every
    /// condition of [`Caution::when`].
    pub excludes: &'static [Tag],
    /// Whether it says something is wrong with the skin now: then the outcome is the calm plan
    /// ([`crate::Outcome::calm`]).
    pub calm: bool,
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
    /// The seconds it takes each day: what the time budget counts.
    pub seconds: u16,
    /// The reader's own step (an active they already use): shown only when one of these holds, never on the calm
    /// plan, never when one of [`Staple::unless`] holds. Empty: every reader's step.
    pub when: &'static [Condition],
    /// Who never sees the reader's own step.
    pub unless: &'static [Condition],
    /// What to do.
    pub text: Text,
}

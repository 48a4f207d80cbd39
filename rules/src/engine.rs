//! From answers to an outcome: the skin profile, the ranked tips with their reasons, the AM/PM routine and the
//! cautions.
//!
//! [`evaluate`] runs for every possible answer set in the exhaustive test, so it avoids work that is not needed:
//! a tip's reasons are kept as a bitmask of its fired triggers and only turned into text when shown.

use crate::{
    articles, axis_name, data, fill, questionnaire, routine_step_name, strings, Answers, Article,
    Axis, Caution, Choice, Condition, Lang, Question, RoutineStep, Severity, Staple, Text, Time,
    Tip,
};

/// The broad skin type the profile is labelled with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum SkinType {
    /// Neither notably oily nor dry.
    Balanced,
    /// Oily all over.
    Oily,
    /// Dry or tight.
    Dry,
    /// An oily T-zone with normal or dry cheeks.
    Combination,
}

/// An axis score from which oiliness or dryness defines the skin type.
const TYPE_THRESHOLD: u8 = 40;
/// The sensitivity score from which the profile is labelled sensitive.
const SENSITIVE_THRESHOLD: u8 = 50;
/// The score an axis needs to become the explanation's focus.
const FOCUS_THRESHOLD: u8 = 35;

/// The visitor's skin profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Each [`Axis`] scored 0–100, indexed by [`Axis::index`].
    pub axes: [u8; 6],
    /// The broad skin type.
    pub skin_type: SkinType,
    /// Whether the skin is reactive enough to say so in the label.
    pub sensitive: bool,
}

impl Profile {
    fn from_answers(answers: &Answers) -> Profile {
        let mut raw = [0i16; 6];
        for (index, question) in questionnaire().iter().enumerate() {
            let Some(picked) = answers.get(index) else {
                continue;
            };
            for choice in picked.iter().filter_map(|c| question.choices.get(c)) {
                for &(axis, points) in choice.effects {
                    raw[axis.index()] += i16::from(points);
                }
            }
        }
        let mut axes = [0u8; 6];
        for ((score, raw), max) in axes.iter_mut().zip(raw).zip(data::AXIS_MAX) {
            // An axis no answer raises has a maximum of 0 and stays at 0.
            if max > 0 {
                *score = (i32::from(raw.clamp(0, max)) * 100 / i32::from(max)) as u8;
            }
        }
        let (oily, dry) = (axes[Axis::Oiliness.index()], axes[Axis::Dryness.index()]);
        let skin_type = if holds(&data::SHINY_TZONE, answers, &axes)
            || (oily >= TYPE_THRESHOLD && dry >= TYPE_THRESHOLD)
        {
            SkinType::Combination
        } else if oily >= TYPE_THRESHOLD {
            SkinType::Oily
        } else if dry >= TYPE_THRESHOLD {
            SkinType::Dry
        } else {
            SkinType::Balanced
        };
        Profile {
            axes,
            skin_type,
            sensitive: axes[Axis::Sensitivity.index()] >= SENSITIVE_THRESHOLD,
        }
    }

    /// The score of one axis, 0–100.
    pub fn score(&self, axis: Axis) -> u8 {
        self.axes[axis.index()]
    }

    /// The label, such as "Oily, sensitive skin".
    pub fn label(&self, lang: Lang) -> &'static str {
        use strings::profile::*;
        let text = match (self.skin_type, self.sensitive) {
            (SkinType::Balanced, false) => LABEL_BALANCED,
            (SkinType::Oily, false) => LABEL_OILY,
            (SkinType::Dry, false) => LABEL_DRY,
            (SkinType::Combination, false) => LABEL_COMBINATION,
            (SkinType::Balanced, true) => LABEL_BALANCED_SENSITIVE,
            (SkinType::Oily, true) => LABEL_OILY_SENSITIVE,
            (SkinType::Dry, true) => LABEL_DRY_SENSITIVE,
            (SkinType::Combination, true) => LABEL_COMBINATION_SENSITIVE,
        };
        text.get(lang)
    }

    /// The axis the advice concentrates on: the highest-scoring concern, if any scores at least 35. Oiliness and
    /// dryness only count when the skin type does not already say them.
    pub fn focus(&self) -> Option<Axis> {
        let said_by_type = |axis: Axis| match self.skin_type {
            SkinType::Balanced => false,
            SkinType::Oily => axis == Axis::Oiliness,
            SkinType::Dry => axis == Axis::Dryness,
            SkinType::Combination => matches!(axis, Axis::Oiliness | Axis::Dryness),
        };
        // Least precedence first: `max_by_key` keeps the last of equal scores, so on a tie safety wins, then what the
        // visitor is likely to notice most.
        [
            Axis::Oiliness,
            Axis::Dryness,
            Axis::Circulation,
            Axis::Firmness,
            Axis::Breakouts,
            Axis::Sensitivity,
        ]
        .into_iter()
        .filter(|&axis| !said_by_type(axis) && self.score(axis) >= FOCUS_THRESHOLD)
        .max_by_key(|&axis| self.score(axis))
    }

    /// Two sentences: what the skin type means, and what the advice focuses on.
    pub fn explanation(&self, lang: Lang) -> String {
        use strings::profile::*;
        let explain = match self.skin_type {
            SkinType::Balanced => EXPLAIN_BALANCED,
            SkinType::Oily => EXPLAIN_OILY,
            SkinType::Dry => EXPLAIN_DRY,
            SkinType::Combination => EXPLAIN_COMBINATION,
        };
        let focus = match self.focus() {
            None => FOCUS_NONE,
            Some(Axis::Oiliness) => FOCUS_OILINESS,
            Some(Axis::Dryness) => FOCUS_DRYNESS,
            Some(Axis::Sensitivity) => FOCUS_SENSITIVITY,
            Some(Axis::Breakouts) => FOCUS_BREAKOUTS,
            Some(Axis::Firmness) => FOCUS_FIRMNESS,
            Some(Axis::Circulation) => FOCUS_CIRCULATION,
        };
        format!("{} {}", explain.get(lang), focus.get(lang))
    }
}

/// A tip that suits the visitor, with how well and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RankedTip {
    /// The tip.
    pub tip: &'static Tip,
    /// Its relevance: the tip's base plus the weights of its fired triggers; always positive.
    pub score: i16,
    /// Bit `i` is set when trigger `i` of the tip held.
    fired: u32,
    /// The profile's axes, to quote in axis reasons.
    axes: [u8; 6],
}

impl RankedTip {
    /// Why the tip was picked: the fired triggers that raised it, in content order.
    pub fn reasons(&self) -> impl Iterator<Item = Reason> + '_ {
        self.tip
            .triggers
            .iter()
            .enumerate()
            .filter(|&(i, trigger)| self.fired & (1 << i) != 0 && trigger.weight > 0)
            .filter_map(|(_, trigger)| match trigger.condition {
                Condition::Picked { question, choice } => {
                    let question = questionnaire().get(question)?;
                    Some(Reason::Picked {
                        question,
                        choice: question.choices.get(choice)?,
                    })
                }
                Condition::AxisAtLeast { axis, .. } => Some(Reason::Axis {
                    axis,
                    score: self.axes[axis.index()],
                }),
            })
    }

    /// The article the tip comes from.
    pub fn article(&self) -> &'static Article {
        &articles()[self.tip.source]
    }
}

/// One reason a tip was picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The visitor picked this answer.
    Picked {
        /// The question.
        question: &'static Question,
        /// The answer picked.
        choice: &'static Choice,
    },
    /// The visitor's score on this axis was high enough.
    Axis {
        /// The axis.
        axis: Axis,
        /// The visitor's score, 0–100.
        score: u8,
    },
}

impl Reason {
    /// The reason as a sentence, from `strings::ui::REASON_PICKED` or `REASON_AXIS`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Reason::Picked { question, choice } => fill(
                strings::ui::REASON_PICKED.get(lang),
                &[
                    ("question", question.text.get(lang)),
                    ("choice", choice.label.get(lang)),
                ],
            ),
            Reason::Axis { axis, score } => {
                let name = axis_name(*axis).get(lang);
                // Axis names are capitalised for headings; in the middle of an English sentence they are not.
                // ASCII lowercasing: the English names are ASCII (tests/content.rs checks), and Unicode
                // `to_lowercase` would link core's case-mapping tables into the wasm (about 8 KB gzipped).
                let name = if lang == Lang::En {
                    name.to_ascii_lowercase()
                } else {
                    name.to_owned()
                };
                fill(
                    strings::ui::REASON_AXIS.get(lang),
                    &[("axis", &name), ("score", &score.to_string())],
                )
            }
        }
    }
}

/// What fills a routine step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoutineSource {
    /// A recommended tip.
    Tip {
        /// Its position in [`Outcome::tips`].
        rank: usize,
        /// The tip.
        tip: &'static Tip,
    },
    /// A basic step, where no tip fits.
    Staple(&'static Staple),
}

/// One step of the morning or evening routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoutineItem {
    /// The step, which fixes the item's place in the layering order.
    pub step: RoutineStep,
    /// What to do at this step.
    pub source: RoutineSource,
    /// How often, when not daily.
    pub frequency: Option<Text>,
}

impl RoutineItem {
    /// What to do: the tip's title, or the staple's instruction.
    pub fn text(&self) -> Text {
        match self.source {
            RoutineSource::Tip { tip, .. } => tip.title,
            RoutineSource::Staple(staple) => staple.text,
        }
    }
}

/// The routine, each list in Korean layering order: per step at most one daily item, then at most one occasional
/// one (a tip with a frequency, such as a weekly mask).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Routine {
    /// Morning: never a sleeping mask.
    pub am: Vec<RoutineItem>,
    /// Evening: never sunscreen.
    pub pm: Vec<RoutineItem>,
}

/// Everything the quiz tells the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The skin profile.
    pub profile: Profile,
    /// Every tip that suits the visitor, most relevant first (ties in content order).
    pub tips: Vec<RankedTip>,
    /// How many of the first [`Outcome::tips`] to highlight: those scoring 3 or more, but at least 3 and at most 6.
    pub highlighted: usize,
    /// The morning and evening routine built from the tips.
    pub routine: Routine,
    /// The cautions that apply, most serious first; the disclaimer is always among them. To show them, use
    /// [`Outcome::urgent`], [`Outcome::other_cautions`] and [`Outcome::disclaimer`], which split them without overlap.
    pub cautions: Vec<&'static Caution>,
}

/// Tips scoring at least this are highlighted, within [`HIGHLIGHTED`].
const STRONG_SCORE: i16 = 3;
/// How many tips the outcome highlights.
const HIGHLIGHTED: std::ops::RangeInclusive<usize> = 3..=6;

impl Outcome {
    /// The highlighted tips: the first [`Outcome::highlighted`] of [`Outcome::tips`].
    pub fn highlighted_tips(&self) -> &[RankedTip] {
        &self.tips[..self.highlighted]
    }

    /// The tips after the highlighted ones, in rank order (what "more tips" reveals).
    pub fn other_tips(&self) -> &[RankedTip] {
        &self.tips[self.highlighted..]
    }

    /// The not-medical-advice note: the one caution without conditions, part of every outcome. The build guarantees
    /// there is exactly one, with severity `info`.
    pub fn disclaimer(&self) -> &'static Caution {
        &data::CAUTIONS[data::DISCLAIMER]
    }

    /// The red flags that apply (severity `see_dermatologist`), in content order: shown first and most prominently.
    pub fn urgent(&self) -> impl Iterator<Item = &'static Caution> + '_ {
        self.cautions
            .iter()
            .copied()
            .filter(|c| c.severity == Severity::SeeDermatologist)
    }

    /// The cautions that apply other than the red flags and the disclaimer, most serious first.
    pub fn other_cautions(&self) -> impl Iterator<Item = &'static Caution> + '_ {
        let disclaimer = self.disclaimer();
        self.cautions.iter().copied().filter(move |c| {
            c.severity != Severity::SeeDermatologist && !std::ptr::eq(*c, disclaimer)
        })
    }

    /// Whether an answer is a red flag: the outcome then advises seeing a dermatologist.
    pub fn see_dermatologist(&self) -> bool {
        self.urgent().next().is_some()
    }

    /// The routine as plain text, for "copy my routine": a numbered list for the morning and one for the evening.
    pub fn routine_text(&self, lang: Lang) -> String {
        let mut text = String::new();
        for (heading, items) in [
            (strings::ui::ROUTINE_AM, &self.routine.am),
            (strings::ui::ROUTINE_PM, &self.routine.pm),
        ] {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(heading.get(lang));
            text.push('\n');
            for (number, item) in items.iter().enumerate() {
                let step = routine_step_name(item.step).get(lang);
                text.push_str(&format!(
                    "{}. {step}: {}",
                    number + 1,
                    item.text().get(lang)
                ));
                if let Some(frequency) = item.frequency {
                    text.push_str(&format!(" ({})", frequency.get(lang)));
                }
                text.push('\n');
            }
        }
        text
    }
}

fn holds(condition: &Condition, answers: &Answers, axes: &[u8; 6]) -> bool {
    match *condition {
        Condition::Picked { question, choice } => answers.picked(question, choice),
        Condition::AxisAtLeast { axis, min } => axes[axis.index()] >= min,
    }
}

/// Works out everything the quiz tells a visitor with these answers. Unanswered and skipped questions contribute
/// nothing, so partial answers give a (less specific) outcome too.
pub fn evaluate(answers: &Answers) -> Outcome {
    let profile = Profile::from_answers(answers);
    let holds = |condition: &Condition| holds(condition, answers, &profile.axes);

    let mut tips: Vec<RankedTip> = Vec::with_capacity(data::TIPS.len());
    for tip in &data::TIPS {
        if tip.avoid_if.iter().any(holds) {
            continue;
        }
        let mut score = i16::from(tip.base);
        let mut fired = 0;
        for (i, trigger) in tip.triggers.iter().enumerate() {
            if holds(&trigger.condition) {
                score += i16::from(trigger.weight);
                fired |= 1 << i;
            }
        }
        if score > 0 {
            // Inserting after every tip that scores as well ranks by score and keeps ties in content order.
            let rank = tips
                .iter()
                .rposition(|t| t.score >= score)
                .map_or(0, |last| last + 1);
            tips.insert(
                rank,
                RankedTip {
                    tip,
                    score,
                    fired,
                    axes: profile.axes,
                },
            );
        }
    }
    let strong = tips.iter().filter(|t| t.score >= STRONG_SCORE).count();
    let highlighted = strong
        .clamp(*HIGHLIGHTED.start(), *HIGHLIGHTED.end())
        .min(tips.len());

    let mut cautions = Vec::with_capacity(data::CAUTIONS.len());
    cautions.extend(
        data::CAUTIONS
            .iter()
            .filter(|c| c.when.is_empty() || c.when.iter().any(holds)),
    );
    // A stable sort: equal severities keep content order.
    cautions.sort_by_key(|c| std::cmp::Reverse(c.severity));

    Outcome {
        profile,
        routine: routine(&tips),
        tips,
        highlighted,
        cautions,
    }
}

/// Fills each step, morning and evening: the best-ranked daily tip placed there, else the staple for it, then the
/// best-ranked occasional tip (one with a frequency) placed there. An occasional tip never replaces a daily step:
/// a twice-a-week rinse must not leave the other evenings without a cleanse. The build guarantees that nothing
/// places sunscreen in the evening or a sleeping mask in the morning.
fn routine(tips: &[RankedTip]) -> Routine {
    let day = |time: Time| {
        let mut daily = [None; RoutineStep::ALL.len()];
        let mut occasional = [None; RoutineStep::ALL.len()];
        for (rank, ranked) in tips.iter().enumerate() {
            if let Some(placement) = ranked.tip.placement.filter(|p| p.time.includes(time)) {
                let best = if placement.frequency.is_some() {
                    &mut occasional
                } else {
                    &mut daily
                };
                // Tips come in rank order, so the first one placed at a step is the best.
                best[placement.step.index()].get_or_insert(rank);
            }
        }
        let from_tip = |step: RoutineStep, rank: usize| {
            let tip = tips[rank].tip;
            RoutineItem {
                step,
                source: RoutineSource::Tip { rank, tip },
                frequency: tip.placement.and_then(|p| p.frequency),
            }
        };
        let mut items = Vec::with_capacity(RoutineStep::ALL.len());
        for step in RoutineStep::ALL {
            let staple = || {
                data::STAPLES
                    .iter()
                    .find(|s| s.step == step && s.time.includes(time))
                    .map(|staple| RoutineItem {
                        step,
                        source: RoutineSource::Staple(staple),
                        frequency: None,
                    })
            };
            items.extend(
                daily[step.index()]
                    .map(|rank| from_tip(step, rank))
                    .or_else(staple),
            );
            items.extend(occasional[step.index()].map(|rank| from_tip(step, rank)));
        }
        items
    };
    Routine {
        am: day(Time::Am),
        pm: day(Time::Pm),
    }
}

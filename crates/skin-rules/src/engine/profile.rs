//! The skin profile: each axis scored from the answers, and the skin type and label they give.

use super::holds;
use crate::{data, questionnaire, strings, Answers, Axis, Lang};

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
    /// The profile of these answers (the first part of [`crate::evaluate`], for when only the profile is needed).
    pub fn from_answers(answers: &Answers) -> Profile {
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

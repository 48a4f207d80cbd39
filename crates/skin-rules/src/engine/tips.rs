//! The tips that suit the visitor, ranked, each with the triggers that fired: its reasons, made text only when shown.

use crate::{
    articles, axis_name, data, fill, questionnaire, strings, Article, Axis, Choice, Condition,
    Lang, Question, Tip,
};

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
            .filter_map(|(_, trigger)| Reason::of(&trigger.condition, &self.axes))
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
    /// A condition as a reason a reader recognises (a question's answer, or a score): the tips' reasons and the
    /// product checker's.
    pub(crate) fn of(condition: &Condition, axes: &[u8; 6]) -> Option<Reason> {
        match *condition {
            Condition::Picked { question, choice } => {
                let question = questionnaire().get(question)?;
                Some(Reason::Picked {
                    question,
                    choice: question.choices.get(choice)?,
                })
            }
            Condition::AxisAtLeast { axis, .. } => Some(Reason::Axis {
                axis,
                score: axes[axis.index()],
            }),
        }
    }

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
            Reason::Axis { axis, score } => fill(
                strings::ui::REASON_AXIS.get(lang),
                &[
                    ("axis", &axis_in_sentence(*axis, lang)),
                    ("score", &score.to_string()),
                ],
            ),
        }
    }
}

/// An axis's name in the middle of a sentence. Axis names are capitalised for headings; in the middle of an English
/// sentence they are not. ASCII lowercasing: the English names are ASCII (tests/content.rs checks), and Unicode
/// `to_lowercase` would link core's case-mapping tables into the wasm (about 8 KB gzipped).
pub(crate) fn axis_in_sentence(axis: Axis, lang: Lang) -> String {
    let name = axis_name(axis).get(lang);
    if lang == Lang::En {
        name.to_ascii_lowercase()
    } else {
        name.to_owned()
    }
}

/// The tips that suit the visitor, most relevant first: every tip none of whose `avoid_if` `holds`, scored by its base
/// and the weights of its triggers that hold, if that is positive. Ties keep content order, except that tips from
/// `article` (the page the quiz is on) come first.
pub(super) fn rank(
    holds: &impl Fn(&Condition) -> bool,
    axes: [u8; 6],
    article: Option<usize>,
) -> Vec<RankedTip> {
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
            // Inserting after every tip that ranks at least as well (by score, then by coming from the page's
            // article) keeps ties in content order.
            let key = |t: &Tip, score: i16| (score, article == Some(t.source));
            let rank = tips
                .iter()
                .rposition(|t| key(t.tip, t.score) >= key(tip, score))
                .map_or(0, |last| last + 1);
            tips.insert(
                rank,
                RankedTip {
                    tip,
                    score,
                    fired,
                    axes,
                },
            );
        }
    }
    tips
}

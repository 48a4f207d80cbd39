//! From answers to an outcome: the skin profile, the ranked tips with their reasons, the AM/PM routine and the
//! cautions.
//!
//! [`evaluate`] runs for every possible answer set in the exhaustive test, so it avoids work that is not needed:
//! a tip's reasons are kept as a bitmask of its fired triggers and only turned into text when shown.
//!
//! In steps: `profile` scores the axes and names the skin type, `tips` ranks the tips that suit, `routine` fills the
//! morning and evening steps and `week` plans the occasional evening items; [`evaluate_on`] puts them together with
//! the cautions into an `outcome`.

mod outcome;
mod profile;
mod routine;
mod tips;
mod week;

pub use outcome::Outcome;
pub use profile::{Profile, SkinType};
pub use routine::{Routine, RoutineItem, RoutineSource, MODERATE_MINUTES, QUICK_MINUTES};
pub(crate) use tips::axis_in_sentence;
pub use tips::{RankedTip, Reason};

use crate::{data, Answers, Caution, Condition, Staple};

/// Tips scoring at least this are highlighted, within [`HIGHLIGHTED`].
const STRONG_SCORE: i16 = 3;
/// How many tips the outcome highlights.
const HIGHLIGHTED: std::ops::RangeInclusive<usize> = 3..=6;

/// Whether `condition` holds for these answers and axis scores.
pub(crate) fn holds(condition: &Condition, answers: &Answers, axes: &[u8; 6]) -> bool {
    match *condition {
        Condition::Picked { question, choice } => answers.picked(question, choice),
        Condition::AxisAtLeast { axis, min } => axes[axis.index()] >= min,
    }
}

/// Whether `caution` applies to a reader for whom `holds` says which conditions hold.
pub(crate) fn applies(caution: &Caution, holds: &impl Fn(&Condition) -> bool) -> bool {
    (caution.when.is_empty() || caution.when.iter().any(holds))
        && caution.when_all.iter().all(holds)
        && !caution.unless.iter().any(holds)
}

/// Works out everything the quiz tells a visitor with these answers. Unanswered and skipped questions contribute
/// nothing, so partial answers give a (less specific) outcome too.
pub fn evaluate(answers: &Answers) -> Outcome {
    evaluate_on(answers, None)
}

/// [`evaluate`] for a visitor reading one of the source articles (an index in [`crate::articles()`]): among tips that
/// score the same, that article's come first (and so fill the routine first). Only a tie is reordered: a
/// better-scoring tip stays above, and a tip that is unsafe for the visitor is never in the outcome at all.
pub fn evaluate_on(answers: &Answers, article: Option<usize>) -> Outcome {
    let profile = Profile::from_answers(answers);
    let holds = |condition: &Condition| holds(condition, answers, &profile.axes);

    let mut cautions = Vec::with_capacity(data::CAUTIONS.len());
    cautions.extend(data::CAUTIONS.iter().filter(|c| applies(c, &holds)));
    // A stable sort: equal severities keep content order.
    sort_small_by_key(&mut cautions, |c| std::cmp::Reverse(c.severity));

    // Skin that needs rest gets the calm plan: the staples, and no tip at all.
    let calm = cautions.iter().any(|c| c.calm);
    let tips = if calm {
        Vec::new()
    } else {
        tips::rank(&holds, profile.axes, article)
    };
    // The reader's time is the budget (minutes a day); the calm plan's staples fit any.
    let budget = if holds(&data::QUICK_ROUTINE) {
        Some(routine::QUICK_MINUTES)
    } else if holds(&data::MODERATE_ROUTINE) {
        Some(routine::MODERATE_MINUTES)
    } else {
        None
    };
    let strong = tips.iter().filter(|t| t.score >= STRONG_SCORE).count();
    let highlighted = strong
        .clamp(*HIGHLIGHTED.start(), *HIGHLIGHTED.end())
        .min(tips.len());

    // The reader's own step (an active they use) is theirs unless something is wrong now or a caution stops it.
    let routine = routine::routine(&tips, budget, &|staple: &Staple| {
        staple.when.is_empty()
            || (!calm && staple.when.iter().any(&holds) && !staple.unless.iter().any(&holds))
    });
    Outcome {
        profile,
        routine,
        tips,
        highlighted,
        cautions,
        calm,
    }
}

/// Sorts `items` by `key`, keeping equal items in their order: an insertion sort, for the engine's short lists (a
/// few dozen items at most). Why not `slice::sort_by_key`: core's sorts were about 10 KB of the widget's wasm
/// (4.5 KB gzip); `cargo xtask test` checks they stay out.
pub(crate) fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small_by_key;

    #[test]
    fn sort_small_by_key_is_a_stable_sort() {
        // Pairs (key, original position) over small keys, so ties are common: the result must match std's
        // stable sort exactly, positions included.
        let mut seed = 0x2545_f491_u32;
        for len in 0..40 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|position| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (seed % 5, position)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(key, _)| key);
            sort_small_by_key(&mut items, |&(key, _)| key);
            assert_eq!(items, expected, "length {len}");
        }
    }
}

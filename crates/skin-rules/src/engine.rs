//! From answers to an outcome: the skin profile, the ranked tips with their reasons, the AM/PM routine and the
//! cautions.
//!
//! [`evaluate`] runs for every possible answer set in the exhaustive test, so it avoids work that is not needed:
//! a tip's reasons are kept as a bitmask of its fired triggers and only turned into text when shown.

use crate::{
    articles, axis_name, data, fill, questionnaire, routine_step_name, strings, weekday_name,
    Answers, Article, Axis, Caution, Choice, Condition, Lang, Question, RoutineStep, Severity,
    Staple, Tag, Text, Time, Tip,
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
    /// The last step the item fills when it fills several (a double cleanse is both cleanses).
    pub through: Option<RoutineStep>,
    /// What to do at this step.
    pub source: RoutineSource,
    /// A technique for this step (a tip placed as a note, such as patting products in), best-ranked first.
    pub note: Option<RoutineSource>,
    /// How often, when not daily.
    pub frequency: Option<Text>,
    /// For an occasional item, the evenings of the week plan it is on: bit 0 is Monday, bit 6 Sunday (see
    /// [`crate::weekday_name`]). 0 for daily items and for occasional ones used as needed.
    pub days: u8,
}

impl RoutineItem {
    /// What to do: the tip's title, or the staple's instruction.
    pub fn text(&self) -> Text {
        self.source.text()
    }

    /// Whether the item fills `step`.
    pub fn covers(&self, step: RoutineStep) -> bool {
        self.step <= step && step <= self.through.unwrap_or(self.step)
    }

    /// Whether the item is on evening `day` (0 Monday to 6 Sunday) of the week plan.
    pub fn on_day(&self, day: usize) -> bool {
        day < 7 && self.days >> day & 1 != 0
    }

    /// Whether it is a heat or friction treatment: the week plan never puts two of these on one evening.
    pub fn is_treatment(&self) -> bool {
        matches!(self.source, RoutineSource::Tip { tip, .. }
            if tip.tags.iter().any(|t| matches!(t, Tag::Heat | Tag::Friction)))
    }
}

impl RoutineSource {
    /// What to do: the tip's title, or the staple's instruction.
    pub fn text(&self) -> Text {
        match *self {
            RoutineSource::Tip { tip, .. } => tip.title,
            RoutineSource::Staple(staple) => staple.text,
        }
    }
}

/// The routine, each list in Korean layering order: per step at most one daily item (which may fill the next steps
/// too, and carry a technique as its note), then at most one occasional one (a tip with a frequency, such as a weekly
/// mask). The morning has one cleanse and the evening at most two; a visitor short of time gets at most
/// [`QUICK_DAILY_AM`] and [`QUICK_DAILY_PM`] daily steps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Routine {
    /// Morning: never a sleeping mask, never an occasional item.
    pub am: Vec<RoutineItem>,
    /// Evening: never sunscreen.
    pub pm: Vec<RoutineItem>,
}

impl Routine {
    /// The evening items of the week plan (occasional, not as needed), in layering order: the rows of a week grid.
    pub fn planned(&self) -> impl Iterator<Item = &RoutineItem> + '_ {
        self.pm.iter().filter(|item| item.days != 0)
    }

    /// The planned items of evening `day` (0 Monday to 6 Sunday), in layering order.
    pub fn evening(&self, day: usize) -> impl Iterator<Item = &RoutineItem> + '_ {
        self.planned().filter(move |item| item.on_day(day))
    }
}

/// The most daily morning steps for a visitor with little time (`routine_time.quick`).
pub const QUICK_DAILY_AM: usize = 3;
/// The most daily evening steps for a visitor with little time.
pub const QUICK_DAILY_PM: usize = 4;

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
                if let Some(note) = item.note {
                    let note = fill(
                        strings::ui::ROUTINE_NOTE.get(lang),
                        &[("tip", note.text().get(lang))],
                    );
                    text.push_str(&format!(" ({note})"));
                }
                text.push('\n');
            }
        }
        if self.routine.planned().next().is_some() {
            text.push('\n');
            text.push_str(strings::ui::WEEK_HEADING.get(lang));
            text.push('\n');
            for day in 0..7 {
                let titles: Vec<&str> = self
                    .routine
                    .evening(day)
                    .map(|item| item.text().get(lang))
                    .collect();
                if !titles.is_empty() {
                    let name = weekday_name(day).get(lang);
                    text.push_str(&format!("{name}: {}\n", titles.join("; ")));
                }
            }
        }
        text.push('\n');
        text.push_str(strings::ui::ROUTINE_RESULTS.get(lang));
        text.push('\n');
        text
    }
}

pub(crate) fn holds(condition: &Condition, answers: &Answers, axes: &[u8; 6]) -> bool {
    match *condition {
        Condition::Picked { question, choice } => answers.picked(question, choice),
        Condition::AxisAtLeast { axis, min } => axes[axis.index()] >= min,
    }
}

/// Works out everything the quiz tells a visitor with these answers. Unanswered and skipped questions contribute
/// nothing, so partial answers give a (less specific) outcome too.
pub fn evaluate(answers: &Answers) -> Outcome {
    evaluate_on(answers, None)
}

/// [`evaluate`] for a visitor reading one of the source articles (an index in [`articles()`]): among tips that score
/// the same, that article's come first (and so fill the routine first). Only a tie is reordered: a better-scoring tip
/// stays above, and a tip that is unsafe for the visitor is never in the outcome at all.
pub fn evaluate_on(answers: &Answers, article: Option<usize>) -> Outcome {
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
    cautions.extend(data::CAUTIONS.iter().filter(|c| {
        (c.when.is_empty() || c.when.iter().any(holds))
            && c.when_all.iter().all(holds)
            && !c.unless.iter().any(holds)
    }));
    // A stable sort: equal severities keep content order.
    sort_small_by_key(&mut cautions, |c| std::cmp::Reverse(c.severity));

    Outcome {
        profile,
        routine: routine(&tips, holds(&data::QUICK_ROUTINE)),
        tips,
        highlighted,
        cautions,
    }
}

/// Fills each step, morning and evening: the best-ranked daily tip placed there, else the staple for it, then the
/// best-ranked occasional tip (one with a frequency) placed there. A daily tip that fills several steps (a double
/// cleanse) leaves the steps it covers to itself, which keeps the evening to two cleansing passes. An occasional tip
/// never replaces a daily step: a twice-a-week mask must not leave the other evenings without a moisturiser. A note
/// (a technique) goes on the daily item of its step and never takes the step. With little time (`quick`), the daily
/// items that stand for a staple stay and the best-ranked others fill what is left of the limit. The build guarantees
/// that nothing places sunscreen in the evening, a sleeping mask, a first cleanse or an occasional item in the morning,
/// and that every note's step has a staple.
fn routine(tips: &[RankedTip], quick: bool) -> Routine {
    let day = |time: Time| {
        let mut daily = [None; RoutineStep::ALL.len()];
        let mut occasional = [None; RoutineStep::ALL.len()];
        let mut notes = [None; RoutineStep::ALL.len()];
        for (rank, ranked) in tips.iter().enumerate() {
            if let Some(placement) = ranked.tip.placement.filter(|p| p.time.includes(time)) {
                let best = if placement.note {
                    &mut notes
                } else if placement.frequency.is_some() {
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
                through: tip.placement.and_then(|p| p.through),
                source: RoutineSource::Tip { rank, tip },
                note: None,
                frequency: tip.placement.and_then(|p| p.frequency),
                days: 0,
            }
        };
        let staple = |step: RoutineStep| {
            data::STAPLES
                .iter()
                .find(|s| s.step == step && s.time.includes(time))
        };
        let mut items: Vec<RoutineItem> = Vec::with_capacity(RoutineStep::ALL.len());
        for step in RoutineStep::ALL {
            let covered = items
                .iter()
                .any(|i| i.frequency.is_none() && i.covers(step));
            if !covered {
                let item = daily[step.index()]
                    .map(|rank| from_tip(step, rank))
                    .or_else(|| {
                        staple(step).map(|staple| RoutineItem {
                            step,
                            through: None,
                            source: RoutineSource::Staple(staple),
                            note: None,
                            frequency: None,
                            days: 0,
                        })
                    });
                items.extend(item);
            }
            items.extend(occasional[step.index()].map(|rank| from_tip(step, rank)));
        }
        if quick {
            let limit = if time == Time::Am {
                QUICK_DAILY_AM
            } else {
                QUICK_DAILY_PM
            };
            let essential = |item: &RoutineItem| {
                RoutineStep::ALL
                    .into_iter()
                    .any(|step| item.covers(step) && staple(step).is_some())
            };
            let rank = |item: &RoutineItem| match item.source {
                RoutineSource::Tip { rank, .. } => rank,
                RoutineSource::Staple(_) => 0,
            };
            let daily = |item: &RoutineItem| item.frequency.is_none();
            let essentials = items.iter().filter(|i| daily(i) && essential(i)).count();
            let mut extras: Vec<usize> = items
                .iter()
                .filter(|i| daily(i) && !essential(i))
                .map(rank)
                .collect();
            sort_small_by_key(&mut extras, |&r| r);
            extras.truncate(limit.saturating_sub(essentials));
            items.retain(|i| !daily(i) || essential(i) || extras.contains(&rank(i)));
        }
        for (step, note) in RoutineStep::ALL.into_iter().zip(notes) {
            let Some(rank) = note else { continue };
            if let Some(item) = items
                .iter_mut()
                .find(|i| i.frequency.is_none() && i.covers(step) && i.note.is_none())
            {
                item.note = Some(RoutineSource::Tip {
                    rank,
                    tip: tips[rank].tip,
                });
            }
        }
        items
    };
    let mut pm = day(Time::Pm);
    plan_week(&mut pm);
    Routine {
        am: day(Time::Am),
        pm,
    }
}

/// Gives each occasional evening item its evenings, best-ranked first: as evenly spread over the week as its count
/// allows, on the least busy evenings (the earliest on a tie), and never on an evening that already has a heat or
/// friction treatment when it is one itself. If its evenings cannot all be placed, it gets as many as can.
fn plan_week(items: &mut [RoutineItem]) {
    let rank = |item: &RoutineItem| match item.source {
        RoutineSource::Tip { rank, .. } => rank,
        RoutineSource::Staple(_) => usize::MAX,
    };
    let evenings = |item: &RoutineItem| match item.source {
        RoutineSource::Tip { tip, .. } if item.frequency.is_some() => {
            tip.placement.map_or(0, |p| p.evenings)
        }
        _ => 0,
    };
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| evenings(&items[i]) > 0)
        .collect();
    sort_small_by_key(&mut order, |&i| rank(&items[i]));
    let mut load = [0u8; 7];
    let mut treatments: u8 = 0;
    for i in order {
        let treatment = items[i].is_treatment();
        let spread = |start: u8, count: u8| {
            (0..count).fold(0u8, |days, k| days | 1 << ((start + k * 7 / count) % 7))
        };
        let busy =
            |days: u8| -> u8 { (0..7).filter(|d| days >> d & 1 != 0).map(|d| load[d]).sum() };
        let days = (1..=evenings(&items[i]).min(7))
            .rev()
            .find_map(|count| {
                (0..7)
                    .map(|start| spread(start, count))
                    .filter(|&days| !treatment || days & treatments == 0)
                    .min_by_key(|&days| busy(days))
            })
            .unwrap_or(0);
        for (day, load) in load.iter_mut().enumerate() {
            *load += days >> day & 1;
        }
        if treatment {
            treatments |= days;
        }
        items[i].days = days;
    }
}

/// Sorts `items` by `key`, keeping equal items in their order: an insertion sort, for the engine's short lists (a
/// few dozen items at most). Why not `slice::sort_by_key`: core's sorts were about 10 KB of the widget's wasm
/// (4.5 KB gzip); `cargo xtask test` checks they stay out.
fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
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

//! The morning and evening routine: each step filled by the best-ranked tip placed there or by its staple, shortened
//! for a visitor with little time.

use super::{sort_small_by_key, week::plan_week, RankedTip};
use crate::{data, RoutineStep, Staple, Tag, Text, Time, Tip};

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

/// Fills each step, morning and evening: the best-ranked daily tip placed there, else the staple for it, then the
/// best-ranked occasional tip (one with a frequency) placed there. A daily tip that fills several steps (a double
/// cleanse) leaves the steps it covers to itself, which keeps the evening to two cleansing passes. An occasional tip
/// never replaces a daily step: a twice-a-week mask must not leave the other evenings without a moisturiser. A note
/// (a technique) goes on the daily item of its step and never takes the step. With little time (`quick`), the daily
/// items that stand for a staple stay and the best-ranked others fill what is left of the limit. The build guarantees
/// that nothing places sunscreen in the evening, a sleeping mask, a first cleanse or an occasional item in the morning,
/// and that every note's step has a staple.
pub(super) fn routine(tips: &[RankedTip], quick: bool) -> Routine {
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

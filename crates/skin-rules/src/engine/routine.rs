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
    /// The week of the plan it starts in: 1 for now. A tip that adds a product the reader may not use yet starts one
    /// at a time, two weeks apart (a patch test takes 7–10 days), best-ranked first.
    pub start_week: u8,
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

    /// The seconds it takes on a day it is done, its note included: what the time budget counts.
    pub fn seconds(&self) -> u16 {
        self.source.seconds() + self.note.map_or(0, |note| note.seconds())
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

    /// The seconds it takes (each tip and staple declares its minutes).
    pub fn seconds(&self) -> u16 {
        match *self {
            RoutineSource::Tip { tip, .. } => tip.safety.seconds,
            RoutineSource::Staple(staple) => staple.seconds,
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
    /// Whether some item starts later than week 1: new products are phased in one at a time.
    pub fn phased(&self) -> bool {
        self.am
            .iter()
            .chain(&self.pm)
            .any(|item| item.start_week > 1)
    }

    /// The evening items of the week plan (occasional, not as needed), in layering order: the rows of a week grid.
    pub fn planned(&self) -> impl Iterator<Item = &RoutineItem> + '_ {
        self.pm.iter().filter(|item| item.days != 0)
    }

    /// The planned items of evening `day` (0 Monday to 6 Sunday), in layering order.
    pub fn evening(&self, day: usize) -> impl Iterator<Item = &RoutineItem> + '_ {
        self.planned().filter(move |item| item.on_day(day))
    }
}

/// The minutes a day of the routine may take for a visitor who answered "under 5 minutes" (`routine_time.quick`):
/// every line of the morning and the evening counted, that evening's extras included.
pub const QUICK_MINUTES: u8 = 5;
/// The minutes a day may take for "about 10 minutes" (`routine_time.moderate`).
pub const MODERATE_MINUTES: u8 = 10;

/// Fills each step, morning and evening: the best-ranked daily tip placed there, else the staple for it, then the
/// best-ranked occasional tip (one with a frequency) placed there. A daily tip that fills several steps (a double
/// cleanse) leaves the steps it covers to itself, which keeps the evening to two cleansing passes. An occasional tip
/// never replaces a daily step: a twice-a-week mask must not leave the other evenings without a moisturiser. A note
/// (a technique) goes on the daily item of its step and never takes the step. The build guarantees that nothing
/// places sunscreen in the evening, a sleeping mask, a first cleanse or an occasional item in the morning, and that
/// every note's step has a staple.
///
/// With a time budget (minutes a day), every line counts (as the seconds each declares): the staple steps stay with
/// their staples, then each daily tip in rank order, cleansing ones first, while it fits (standing in for a staple,
/// it costs the difference), then the notes while they fit, then the occasional items on the evenings that still have room (an "as needed" one only if it
/// fits any evening); an occasional item that cannot have all its evenings is left out.
///
/// `shown` says which staples are the reader's: every one without conditions, and their own step (an active they
/// use) when it applies.
pub(super) fn routine(
    tips: &[RankedTip],
    budget: Option<u8>,
    shown: &dyn Fn(&Staple) -> bool,
) -> Routine {
    let budget = budget.map(|minutes| u16::from(minutes) * 60);
    let staple = |step: RoutineStep, time: Time| {
        data::STAPLES
            .iter()
            .find(|s| s.step == step && s.time.includes(time) && shown(s))
    };
    let staple_item = |step: RoutineStep, staple: &'static Staple| RoutineItem {
        step,
        through: None,
        source: RoutineSource::Staple(staple),
        note: None,
        frequency: None,
        days: 0,
        start_week: 1,
    };
    // Every item each step could have, with the notes waiting for their step.
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
                start_week: 1,
            }
        };
        let mut items: Vec<RoutineItem> = Vec::with_capacity(RoutineStep::ALL.len());
        for step in RoutineStep::ALL {
            let covered = items
                .iter()
                .any(|i| i.frequency.is_none() && i.covers(step));
            if !covered {
                let item = daily[step.index()]
                    .map(|rank| from_tip(step, rank))
                    .or_else(|| staple(step, time).map(|s| staple_item(step, s)));
                items.extend(item);
            }
            items.extend(occasional[step.index()].map(|rank| from_tip(step, rank)));
        }
        (items, notes)
    };
    let ((mut am, am_notes), (mut pm, pm_notes)) = (day(Time::Am), day(Time::Pm));
    let daily_seconds = |am: &[RoutineItem], pm: &[RoutineItem]| -> u16 {
        am.iter()
            .chain(pm)
            .filter(|i| i.frequency.is_none())
            .map(RoutineItem::seconds)
            .sum()
    };
    // With a budget, the floor is the staple steps with their staples; then every tip's item in rank order, a daily
    // one if it fits (standing in for the staples of its steps, it costs only the difference).
    let mut occasional: Vec<(usize, RoutineItem)> = Vec::new();
    if let Some(budget) = budget {
        let mut candidates: Vec<(usize, Time, RoutineItem)> = Vec::new();
        for (items, time) in [(&mut am, Time::Am), (&mut pm, Time::Pm)] {
            let mut floor = Vec::with_capacity(items.len());
            for item in items.drain(..) {
                let RoutineSource::Tip { rank, .. } = item.source else {
                    floor.push(item);
                    continue;
                };
                if item.frequency.is_some() {
                    occasional.push((rank, item));
                    continue;
                }
                candidates.push((rank, time, item));
                floor.extend(
                    RoutineStep::ALL
                        .into_iter()
                        .filter(|&step| item.covers(step))
                        .filter_map(|step| staple(step, time).map(|s| staple_item(step, s))),
                );
            }
            *items = floor;
        }
        // Cleansing first (what takes makeup and sunscreen off comes before any extra), then by rank.
        sort_small_by_key(&mut candidates, |&(rank, _, item)| {
            let cleanse = RoutineStep::ALL
                .into_iter()
                .any(|step| step.is_cleanse() && item.covers(step));
            (!cleanse, rank)
        });
        for (_, time, item) in candidates {
            let spent = daily_seconds(&am, &pm);
            let items = if time == Time::Am { &mut am } else { &mut pm };
            let replaced: u16 = items
                .iter()
                .filter(|i| matches!(i.source, RoutineSource::Staple(_)) && item.covers(i.step))
                .map(RoutineItem::seconds)
                .sum();
            if spent + item.seconds() <= budget + replaced {
                items.retain(|i| {
                    !(matches!(i.source, RoutineSource::Staple(_)) && item.covers(i.step))
                });
                items.push(item);
                sort_small_by_key(items, |i| (i.step, i.frequency.is_some()));
            }
        }
    }
    // The notes, on their step's daily item, while they fit.
    for (time, notes) in [(Time::Am, am_notes), (Time::Pm, pm_notes)] {
        for (step, note) in RoutineStep::ALL.into_iter().zip(notes) {
            let Some(rank) = note else { continue };
            let note = RoutineSource::Tip {
                rank,
                tip: tips[rank].tip,
            };
            if budget.is_some_and(|b| daily_seconds(&am, &pm) + note.seconds() > b) {
                continue;
            }
            let items = if time == Time::Am { &mut am } else { &mut pm };
            if let Some(item) = items
                .iter_mut()
                .find(|i| i.frequency.is_none() && i.covers(step) && i.note.is_none())
            {
                item.note = Some(note);
            }
        }
    }
    // The occasional evening items, on the evenings with room for them.
    let mut room = budget.map(|b| b.saturating_sub(daily_seconds(&am, &pm)));
    if let Some(left) = room.as_mut() {
        // An "as needed" extra may come any evening, so it takes its time from every evening; the planned ones are
        // fitted evening by evening (`plan_week`).
        sort_small_by_key(&mut occasional, |&(rank, item)| (planned(&item), rank));
        for (_, item) in occasional {
            if planned(&item) || item.seconds() <= *left {
                if !planned(&item) {
                    *left -= item.seconds();
                }
                pm.push(item);
            }
        }
        sort_small_by_key(&mut pm, |i| (i.step, i.frequency.is_some()));
    }
    plan_week(&mut pm, room);
    phase_new_products(&mut am, &mut pm);
    Routine { am, pm }
}

/// Whether an occasional item is planned on evenings of the week (not "as needed").
fn planned(item: &RoutineItem) -> bool {
    matches!(item.source, RoutineSource::Tip { tip, .. }
        if item.frequency.is_some() && tip.placement.is_some_and(|p| p.evenings > 0))
}

/// Whether the item stands in for a staple (it fills a step that has one at `time`): it is never phased, or the step
/// would be empty until its week (a double cleanse is the evening wash).
fn stands_for_staple(item: &RoutineItem, time: Time) -> bool {
    data::STAPLES.iter().any(|s| {
        s.when.is_empty()
            && s.time.includes(time)
            && item.covers(s.step)
            && item.frequency.is_none()
    })
}

/// Starts the tips that add a product the reader may not use yet one at a time: the best-ranked in week 1, the next
/// in week 3, and so on (a tip in both routines starts once); one standing in for a staple starts at once.
fn phase_new_products(am: &mut [RoutineItem], pm: &mut [RoutineItem]) {
    let mut started: Vec<usize> = Vec::new();
    let mut new: Vec<usize> = am
        .iter()
        .map(|item| (item, Time::Am))
        .chain(pm.iter().map(|item| (item, Time::Pm)))
        .filter_map(|(item, time)| match item.source {
            RoutineSource::Tip { rank, tip }
                if tip.safety.new_product && !stands_for_staple(item, time) =>
            {
                Some(rank)
            }
            _ => None,
        })
        .collect();
    sort_small_by_key(&mut new, |&rank| rank);
    for rank in new {
        if !started.contains(&rank) {
            started.push(rank);
        }
    }
    for item in am.iter_mut().chain(pm.iter_mut()) {
        if let RoutineSource::Tip { rank, .. } = item.source {
            if let Some(position) = started.iter().position(|&r| r == rank) {
                item.start_week = 1 + 2 * position as u8;
            }
        }
    }
}

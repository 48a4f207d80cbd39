//! The week plan: which evenings each occasional item (a weekly mask, a twice-weekly scrub) is on.

use super::{sort_small_by_key, RoutineItem, RoutineSource};

/// Gives each occasional evening item its evenings, best-ranked first: as evenly spread over the week as its count
/// allows, on the least busy evenings (the earliest on a tie), and never on an evening that already has a heat or
/// friction treatment when it is one itself. If its evenings cannot all be placed, it gets as many as can.
pub(super) fn plan_week(items: &mut [RoutineItem]) {
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

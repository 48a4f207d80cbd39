//! The week plan: which evenings each occasional item (a weekly mask, a twice-weekly scrub) is on.

use super::{sort_small_by_key, RoutineItem, RoutineSource};

/// Gives each occasional evening item its evenings, best-ranked first: as evenly spread over the week as its count
/// allows, on the least busy evenings (the earliest on a tie), never on an evening that already has a heat or friction
/// treatment when it is one itself, and, with a time budget, only on evenings with `room` seconds left for it. An item
/// that cannot have all its evenings leaves the routine: "twice a week" must mean two evenings.
pub(super) fn plan_week(items: &mut Vec<RoutineItem>, room: Option<u16>) {
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
    let mut left = [room.unwrap_or(u16::MAX); 7];
    let mut treatments: u8 = 0;
    let mut unplaced = Vec::new();
    for i in order {
        let treatment = items[i].is_treatment();
        let seconds = items[i].seconds();
        let count = evenings(&items[i]).min(7);
        let spread =
            |start: u8| (0..count).fold(0u8, |days, k| days | 1 << ((start + k * 7 / count) % 7));
        let busy =
            |days: u8| -> u8 { (0..7).filter(|d| days >> d & 1 != 0).map(|d| load[d]).sum() };
        let fits = |days: u8| (0..7).all(|d| days >> d & 1 == 0 || left[d] >= seconds);
        let days = (0..7)
            .map(spread)
            .filter(|&days| (!treatment || days & treatments == 0) && fits(days))
            .min_by_key(|&days| busy(days));
        let Some(days) = days else {
            unplaced.push(i);
            continue;
        };
        for day in 0..7 {
            if days >> day & 1 != 0 {
                load[day] += 1;
                left[day] -= seconds;
            }
        }
        if treatment {
            treatments |= days;
        }
        items[i].days = days;
    }
    let mut index = 0;
    items.retain(|_| {
        index += 1;
        !unplaced.contains(&(index - 1))
    });
}

//! Day numbers as calendar dates, once for every place that writes a date: the widget's history and check-in
//! reminder (through `skin_rules::calendar`) and the release archives' file times (`xtask`).

/// The calendar date `(year, month 1–12, day 1–31)` of a day number (days since 1970-01-01, proleptic Gregorian):
/// Howard Hinnant's `civil_from_days`, for days on or after the epoch.
pub fn civil(day: u32) -> (u32, u32, u32) {
    let z = i64::from(day) + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    // `y` is 1970 or later, `m` 1–12 and `d` 1–31 by construction.
    (y as u32, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::civil;

    #[test]
    fn each_day_follows_the_one_before_in_the_gregorian_calendar() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(59), (1970, 3, 1));
        assert_eq!(civil(11_016), (2000, 2, 29));
        assert_eq!(civil(20_794), (2026, 12, 7));
        // Day after day for three centuries.
        let leap =
            |y: u32| y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
        let mut prev = civil(0);
        for day in 1..110_000 {
            let (y, m, d) = civil(day);
            let length = match prev.1 {
                2 if leap(prev.0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let expected = match prev {
                (y0, 12, 31) => (y0 + 1, 1, 1),
                (y0, m0, d0) if d0 == length => (y0, m0 + 1, 1),
                (y0, m0, d0) => (y0, m0, d0 + 1),
            };
            assert_eq!((y, m, d), expected, "day {day}");
            prev = (y, m, d);
        }
        let (_, m, d) = civil(u32::MAX);
        assert!((1..=12).contains(&m) && (1..=31).contains(&d));
    }
}

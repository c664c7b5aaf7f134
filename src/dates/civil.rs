//! Proleptic Gregorian arithmetic (days since 1970-01-01) and Hijri conversion.

use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

/// Days in `month` of `year` (Gregorian), 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// True when the Gregorian date exists.
pub fn is_valid(year: i32, month: u8, day: u8) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (
        i32::try_from(y).unwrap_or(i32::MAX),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    )
}

/// Day of the week, 0 = Sunday.
pub fn weekday(days: i64) -> u8 {
    u8::try_from((days + 4).rem_euclid(7)).unwrap_or(0)
}

/// The Gregorian date of a Hijri date in the Umm al-Qura calendar (Saudi Arabia's official
/// calendar, which Gulf newsrooms print), or `None` when the date does not exist.
pub fn hijri_to_gregorian(year: i32, month: u8, day: u8) -> Option<(i32, u8, u8)> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=2000).contains(&year) {
        return None;
    }
    let date =
        Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = date.to_calendar(Iso);
    Some((
        iso.year().extended_year(),
        iso.month().ordinal,
        iso.day_of_month().0,
    ))
}

/// `YYYY-MM-DD`.
pub fn iso_date(year: i32, month: u8, day: u8) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip() {
        for &(y, m, d) in &[(1970, 1, 1), (2000, 2, 29), (2024, 4, 5), (1899, 12, 31)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 2), 1);
        // 2024-04-05 was a Friday.
        assert_eq!(weekday(days_from_civil(2024, 4, 5)), 5);
    }

    #[test]
    fn umm_al_qura_dates_convert() {
        // 25 Shawwal 1436 AH was 10 August 2015; 1 Ramadan 1445 AH was 11 March 2024.
        assert_eq!(hijri_to_gregorian(1436, 10, 25), Some((2015, 8, 10)));
        assert_eq!(hijri_to_gregorian(1445, 9, 1), Some((2024, 3, 11)));
        assert_eq!(hijri_to_gregorian(1445, 13, 1), None);
    }

    #[test]
    fn month_lengths() {
        assert!(is_valid(2024, 2, 29));
        assert!(!is_valid(2023, 2, 29));
        assert!(!is_valid(2023, 4, 31));
        assert!(!is_valid(2023, 13, 1));
    }
}

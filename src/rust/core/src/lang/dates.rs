//! R's `Date` calendar: days since 1970-01-01 (proleptic Gregorian), written as `format.Date()`
//! writes one (strftime's `%Y-%m-%d`; strings are read by `.Internal(strptime)`, builtins/datetime.rs).

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date (year, month 1-12, day) of a day count (`civil_from_days`).
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// `format.Date()`: `%Y-%m-%d`, the year unpadded as glibc's strftime writes it ("1-01-01").
pub fn format_date(days: f64) -> String {
    let (y, m, d) = civil_from_days(days.floor() as i64);
    format!("{y}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_follow_r() {
        // as.numeric(as.Date("2020-01-01")) is 18262 in R; "1969-12-31" is -1
        assert_eq!(format_date(18262.0), "2020-01-01");
        assert_eq!(format_date(-1.0), "1969-12-31");
        assert_eq!(format_date(-719162.0), "1-01-01");
        for d in -800_000..800_000i64 {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }
}

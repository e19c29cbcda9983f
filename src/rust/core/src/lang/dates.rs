//! R's `Date` calendar: days since 1970-01-01 (proleptic Gregorian), as `as.Date()` reads a
//! string with `tryFormats = c("%Y-%m-%d", "%Y/%m/%d")` and `format.Date()` writes one.

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day count (`civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
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

fn days_in_month(y: i64, m: i64) -> i64 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m - 1) as usize]
}

/// `strptime(s, "%Y<sep>%m<sep>%d")`: up to 4 digits of year, 1 or 2 of month and day; what follows
/// is ignored. `None` where it does not match or is no real date.
fn parse_with(s: &str, sep: char) -> Option<i64> {
    let s = s.trim_start();
    let mut fields = [0i64; 3];
    let mut rest = s;
    for (k, max_digits) in [4usize, 2, 2].into_iter().enumerate() {
        if k > 0 {
            rest = rest.strip_prefix(sep)?;
        }
        let n = rest.bytes().take(max_digits).take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        fields[k] = rest[..n].parse().ok()?;
        rest = &rest[n..];
    }
    let [y, m, d] = fields;
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then(|| days_from_civil(y, m, d))
}

/// `as.Date()` of strings (`charToDate`): the format is the first of the `tryFormats` that reads
/// the first non-NA string, and then applies to all (NA where it does not fit). `Err` where no
/// format reads that string: R's "character string is not in a standard unambiguous format".
#[allow(clippy::result_unit_err)]
pub fn parse_dates(strings: &[Option<&str>]) -> Result<Vec<Option<i64>>, ()> {
    let sep = match strings.iter().flatten().next() {
        None => '-',
        Some(first) => *['-', '/'].iter().find(|&&sep| parse_with(first, sep).is_some()).ok_or(())?,
    };
    Ok(strings.iter().map(|s| s.and_then(|s| parse_with(s, sep))).collect())
}

/// `format.Date()`: `YYYY-MM-DD` (years before 1000 zero-padded to 4 digits as R's strftime does).
pub fn format_date(days: f64) -> String {
    let (y, m, d) = civil_from_days(days.floor() as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_follow_r() {
        // as.numeric(as.Date("2020-01-01")) is 18262 in R; "1969-12-31" is -1
        assert_eq!(parse_dates(&[Some("2020-01-01")]), Ok(vec![Some(18262)]));
        assert_eq!(parse_dates(&[Some("1969-12-31")]), Ok(vec![Some(-1)]));
        assert_eq!(format_date(18262.0), "2020-01-01");
        assert_eq!(format_date(-1.0), "1969-12-31");
        for d in -800_000..800_000i64 {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        // the first string decides the format; an impossible date is NA
        assert_eq!(
            parse_dates(&[None, Some("2021/3/4"), Some("2021-03-04"), Some("2021/2/29")]),
            Ok(vec![None, Some(18690), None, None])
        );
        assert_eq!(parse_dates(&[Some("2020-02-30")]), Err(()));
        assert_eq!(parse_dates(&[Some("2020-01-01 10:00")]), Ok(vec![Some(18262)]));
    }
}

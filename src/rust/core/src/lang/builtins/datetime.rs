//! datetime.c: the `.Internal`s under R's date-time classes — `strptime`, `as.POSIXlt`,
//! `as.POSIXct`, `format.POSIXlt`, `Date2POSIXlt`, `POSIXlt2Date`. A "POSIXlt" is a list of 9
//! vectors (sec, min, hour, mday, mon, year, wday, yday, isdst), 11 with zone and gmtoff when the
//! time zone is not UTC/GMT, with names, class and (mostly) a "tzone" attribute; each function
//! allocates in the order its C code does. Time zones are the host's zoneinfo (TZif files), the
//! session's zone `TZ` or `/etc/localtime` as the C library reads them.

use crate::lang::dates::{civil_from_days, days_from_civil};
use std::rc::Rc;

use super::files::string_result;
use super::internal::{closure_error, closure_warning, internal, positional};
use super::{Args, Builtin};
use crate::heap::{na_real, Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("strptime", &["x", "format", "tz"], strptime),
    internal("as.POSIXlt", &["x", "tz"], as_posixlt),
    internal("as.POSIXct", &["x", "tz"], as_posixct),
    internal("format.POSIXlt", &["x", "format", "usetz"], format_posixlt),
    internal("Date2POSIXlt", &["x"], date2posixlt),
    internal("POSIXlt2Date", &["x"], posixlt2date),
];

const NA_INT: i32 = i32::MIN;
const LT_NAMES: [&str; 11] = ["sec", "min", "hour", "mday", "mon", "year", "wday", "yday", "isdst", "zone", "gmtoff"];
const DAYS_IN_MONTH: [i32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_days(mon: i32, year: i32) -> i32 {
    DAYS_IN_MONTH[mon as usize] + (mon == 1 && is_leap(1900 + year as i64)) as i32
}

/// C's `struct tm` (NA fields as `NA_INTEGER`).
#[derive(Clone, Debug)]
struct Tm {
    sec: i32,
    min: i32,
    hour: i32,
    mday: i32,
    mon: i32,
    year: i32,
    wday: i32,
    yday: i32,
    isdst: i32,
    gmtoff: i32,
    zone: String,
}

impl Tm {
    fn na() -> Tm {
        Tm {
            sec: 0,
            min: 0,
            hour: 0,
            mday: NA_INT,
            mon: NA_INT,
            year: NA_INT,
            wday: NA_INT,
            yday: NA_INT,
            isdst: -1,
            gmtoff: NA_INT,
            zone: String::new(),
        }
    }
}

/// `validate_tm`: fields brought into range; -1 when the day is beyond repair.
fn validate_tm(tm: &mut Tm) -> i32 {
    let mut res = 0;
    if tm.sec < 0 || tm.sec > 60 {
        res += 1;
        let t = tm.sec / 60;
        tm.sec -= 60 * t;
        tm.min += t;
        if tm.sec < 0 {
            tm.sec += 60;
            tm.min -= 1;
        }
    }
    if tm.min < 0 || tm.min > 59 {
        res += 1;
        let t = tm.min / 60;
        tm.min -= 60 * t;
        tm.hour += t;
        if tm.min < 0 {
            tm.min += 60;
            tm.hour -= 1;
        }
    }
    if tm.hour == 24 && tm.min == 0 && tm.sec == 0 {
        tm.hour = 0;
        tm.mday += 1;
        if (0..=11).contains(&tm.mon) && tm.mday > month_days(tm.mon, tm.year) {
            tm.mon += 1;
            tm.mday = 1;
            if tm.mon == 12 {
                tm.year += 1;
                tm.mon = 0;
            }
        }
    }
    if tm.hour < 0 || tm.hour > 23 {
        res += 1;
        let t = tm.hour / 24;
        tm.hour -= 24 * t;
        tm.mday += t;
        if tm.hour < 0 {
            tm.hour += 24;
            tm.mday -= 1;
        }
    }
    if tm.mon < 0 || tm.mon > 11 {
        res += 1;
        let t = tm.mon / 12;
        tm.mon -= 12 * t;
        tm.year += t;
        if tm.mon < 0 {
            tm.mon += 12;
            tm.year -= 1;
        }
    }
    if tm.mday < -1_000_000 || tm.mday > 1_000_000 {
        return -1;
    }
    let days_in_year = |y: i32| 365 + is_leap(1900 + y as i64) as i32;
    if tm.mday.abs() > 366 {
        res += 1;
        while tm.mon > 0 {
            tm.mon -= 1;
            tm.mday += month_days(tm.mon, tm.year);
        }
        while tm.mday < 1 {
            tm.year -= 1;
            tm.mday += days_in_year(tm.year);
        }
        while tm.mday > days_in_year(tm.year) {
            tm.mday -= days_in_year(tm.year);
            tm.year += 1;
        }
    }
    while tm.mday < 1 {
        res += 1;
        tm.mon -= 1;
        if tm.mon < 0 {
            tm.mon += 12;
            tm.year -= 1;
        }
        tm.mday += month_days(tm.mon, tm.year);
    }
    while tm.mday > month_days(tm.mon, tm.year) {
        res += 1;
        let t = month_days(tm.mon, tm.year);
        tm.mon += 1;
        if tm.mon > 11 {
            tm.mon -= 12;
            tm.year += 1;
        }
        tm.mday -= t;
    }
    res
}

/// `mktime00`: seconds since the epoch of a (valid) UTC `tm`; sets `yday` and `wday`.
fn mktime00(tm: &mut Tm) -> f64 {
    let year = 1900 + tm.year as i64;
    let day = days_from_civil(year, tm.mon as i64 + 1, 1) + tm.mday as i64 - 1;
    tm.yday = (day - days_from_civil(year, 1, 1)) as i32;
    tm.wday = (day + 4).rem_euclid(7) as i32;
    tm.sec as f64 + tm.min as f64 * 60.0 + tm.hour as f64 * 3600.0 + day as f64 * 86400.0
}

/// `gmtime`: the UTC broken-down time of whole seconds `t`.
fn gmtime(t: i64) -> Tm {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        sec: (secs % 60) as i32,
        min: (secs / 60 % 60) as i32,
        hour: (secs / 3600) as i32,
        mday: d as i32,
        mon: m as i32 - 1,
        year: (y - 1900) as i32,
        wday: (days + 4).rem_euclid(7) as i32,
        yday: (days - days_from_civil(y, 1, 1)) as i32,
        isdst: 0,
        gmtoff: 0,
        zone: "UTC".to_string(),
    }
}

/// A time zone as the C library reads it from a TZif file: its transitions and local time types.
struct Zone {
    transitions: Vec<(i64, usize)>,
    /// (UTC offset, is DST, abbreviation)
    types: Vec<(i32, bool, String)>,
    /// The C library's `tzname[0]`, `tzname[1]`.
    tzname: [String; 2],
}

impl Zone {
    fn utc(name: &str) -> Zone {
        Zone { transitions: Vec::new(), types: vec![(0, false, name.to_string())], tzname: [name.into(), name.into()] }
    }

    /// The zone `name` ("" is the session's: `TZ`, else `/etc/localtime`).
    fn load(name: &str) -> Zone {
        let path = match name {
            "" => match std::env::var("TZ") {
                Ok(tz) if !tz.is_empty() => return Zone::load(&tz),
                _ => "/etc/localtime".to_string(),
            },
            n if n.starts_with('/') => n.to_string(),
            n => format!("/usr/share/zoneinfo/{}", n.trim_start_matches(':')),
        };
        std::fs::read(&path)
            .ok()
            .and_then(|b| Zone::parse(&b))
            .unwrap_or_else(|| Zone::utc(if name.is_empty() { "UTC" } else { name }))
    }

    /// A TZif file (RFC 8536): the 64-bit block of version 2+ files, else the 32-bit one.
    fn parse(b: &[u8]) -> Option<Zone> {
        let be32 =
            |b: &[u8], i: usize| -> Option<i64> { Some(i32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?) as i64) };
        let header = |b: &[u8], at: usize| -> Option<[usize; 6]> {
            if b.get(at..at + 4)? != b"TZif" {
                return None;
            }
            let mut c = [0usize; 6];
            for (k, v) in c.iter_mut().enumerate() {
                *v = be32(b, at + 20 + 4 * k)? as usize;
            }
            Some(c)
        };
        let [isut, isstd, leap, timecnt, typecnt, charcnt] = header(b, 0)?;
        let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
        let (at, tsize, c) = if b.get(4).is_some_and(|&v| v >= b'2') {
            let c = header(b, 44 + v1_len)?;
            (44 + v1_len + 44, 8, c)
        } else {
            (44, 4, [isut, isstd, leap, timecnt, typecnt, charcnt])
        };
        let [_, _, _, timecnt, typecnt, charcnt] = c;
        let mut p = at;
        let mut times = Vec::with_capacity(timecnt);
        for _ in 0..timecnt {
            let t = if tsize == 8 { i64::from_be_bytes(b.get(p..p + 8)?.try_into().ok()?) } else { be32(b, p)? };
            times.push(t);
            p += tsize;
        }
        let idx: Vec<usize> = b.get(p..p + timecnt)?.iter().map(|&i| i as usize).collect();
        p += timecnt;
        let chars = b.get(p + typecnt * 6..p + typecnt * 6 + charcnt)?;
        let mut types = Vec::with_capacity(typecnt);
        for k in 0..typecnt {
            let q = p + 6 * k;
            let off = be32(b, q)? as i32;
            let abbr_at = *b.get(q + 5)? as usize;
            let end = chars.get(abbr_at..)?.iter().position(|&c| c == 0).map_or(chars.len(), |e| abbr_at + e);
            types.push((off, *b.get(q + 4)? != 0, String::from_utf8_lossy(chars.get(abbr_at..end)?).into_owned()));
        }
        if types.is_empty() {
            return None;
        }
        // tzname: the last standard and daylight-saving abbreviations (standard for both when the
        // zone has no DST)
        // (glibc's __tzfile_read: walking the transitions back from the last)
        let mut names: [Option<String>; 2] = [None, None];
        for &i in idx.iter().rev() {
            if let Some(t) = types.get(i) {
                let k = t.1 as usize;
                if names[k].is_none() {
                    names[k] = Some(t.2.clone());
                    if names[1 - k].is_some() {
                        break;
                    }
                }
            }
        }
        let std = names[0].clone().unwrap_or_else(|| types[0].2.clone());
        let dst = names[1].clone().unwrap_or_else(|| std.clone());
        let transitions = times.into_iter().zip(idx).filter(|(_, i)| *i < types.len()).collect();
        Some(Zone { transitions, types, tzname: [std, dst] })
    }

    /// The local time type in force at UTC second `t`.
    fn type_at(&self, t: i64) -> &(i32, bool, String) {
        match self.transitions.partition_point(|&(s, _)| s <= t) {
            0 => self.types.iter().find(|t| !t.1).unwrap_or(&self.types[0]),
            k => &self.types[self.transitions[k - 1].1],
        }
    }

    /// `localtime_r`.
    fn localtime(&self, t: i64) -> Tm {
        let (off, dst, abbr) = self.type_at(t).clone();
        let mut tm = gmtime(t + off as i64);
        tm.isdst = dst as i32;
        tm.gmtoff = off;
        tm.zone = abbr;
        tm
    }

    /// `mktime`: the UTC second of local time `tm` (normalized), with its wday, yday and isdst set.
    fn mktime(&self, tm: &mut Tm) -> f64 {
        let local = mktime00(tm);
        let guess = local as i64;
        let mut t = guess - self.type_at(guess).0 as i64;
        t = guess - self.type_at(t).0 as i64;
        let lt = self.localtime(t);
        tm.isdst = lt.isdst;
        tm.gmtoff = lt.gmtoff;
        tm.zone = lt.zone;
        local - self.type_at(t).0 as f64
    }
}

/// The `tz` argument: a string; "" is the session's zone. (name, is UTC/GMT).
fn tz_arg(it: &mut Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<(String, bool)> {
    let v = v.unwrap_or(Val::Obj(NIL));
    let tz = match it.str_values(v) {
        Some(s) if it.type_of(v) == SexpType::Str && s.len() == 1 => s[0].as_deref().unwrap_or("NA").to_string(),
        _ => return Err(closure_error(it, ctx, "invalid 'tz' value")),
    };
    let tz = if tz.is_empty() { std::env::var("TZ").unwrap_or_default() } else { tz };
    let gmt = tz == "GMT" || tz == "UTC";
    Ok((tz, gmt))
}

/// `mkString` or the 3-string `c(tz, tzname[0], tzname[1])` of a "tzone" attribute.
fn tzone_value(it: &mut Interp, tz: &str, gmt: bool) -> EvalResult<ObjId> {
    if gmt {
        return string_result(it, &[Some(tz.to_string())]);
    }
    let zone = Zone::load(tz);
    string_result(it, &[Some(tz.to_string()), Some(zone.tzname[0].clone()), Some(zone.tzname[1].clone())])
}

/// Allocate a POSIXlt of `n` elements as the C code does (the list, its 9 or 11 components,
/// their names), fill it with `tms` (`None`: not valid, with `sec` the given value) via `makelt`,
/// then the names and class attributes. The zone strings are `mkChar`ed per element.
fn make_lt(it: &mut Interp, n: u64, zoned: bool, tms: Option<Vec<(Option<Tm>, f64)>>) -> EvalResult<ObjId> {
    let nans = if zoned { 11 } else { 9 };
    let ans = it.heap.alloc_vector(SexpType::Vec, nans, Body::Elems(Elems::Values(Vec::new())))?;
    it.heap.protect(Val::Obj(ans));
    let mut comps = Vec::with_capacity(nans as usize);
    for i in 0..9 {
        let t = if i > 0 { SexpType::Int } else { SexpType::Real };
        comps.push(it.new_num(t, n, Num::Unknown)?);
        set_list(it, ans, &comps);
    }
    if zoned {
        comps.push(it.new_strs(n, Elems::Unknown)?);
        set_list(it, ans, &comps);
        comps.push(it.new_num(SexpType::Int, n, Num::Unknown)?);
        set_list(it, ans, &comps);
    }
    let names = string_result(it, &LT_NAMES[..nans as usize].iter().map(|s| Some(s.to_string())).collect::<Vec<_>>())?;
    it.heap.protect(Val::Obj(names));
    if let Some(tms) = tms {
        let int = |v: i32| if v == NA_INT { na_real() } else { v as f64 };
        let mut cols: Vec<Vec<f64>> = (0..9).map(|_| Vec::with_capacity(n as usize)).collect();
        let mut gmtoff = Vec::with_capacity(n as usize);
        let mut zones = Vec::with_capacity(n as usize);
        for (tm, frac) in &tms {
            match tm {
                Some(tm) => {
                    let f = [tm.sec, tm.min, tm.hour, tm.mday, tm.mon, tm.year, tm.wday, tm.yday, tm.isdst];
                    cols[0].push(tm.sec as f64 + frac);
                    for (k, v) in f.iter().enumerate().skip(1) {
                        cols[k].push(int(*v));
                    }
                    gmtoff.push(int(tm.gmtoff));
                    zones.push(it.mk_char(if tm.isdst >= 0 { &tm.zone } else { "" })?);
                }
                None => {
                    cols[0].push(*frac);
                    for c in cols.iter_mut().take(8).skip(1) {
                        c.push(na_real());
                    }
                    cols[8].push(-1.0);
                    gmtoff.push(na_real());
                    zones.push(it.mk_char("")?);
                }
            }
        }
        for (k, c) in cols.into_iter().enumerate() {
            it.heap.obj_mut(comps[k]).body = Body::Num(Num::Values(Rc::new(c)));
        }
        if zoned {
            it.heap.set_elems(comps[9], Elems::Values(zones));
            it.heap.obj_mut(comps[10]).body = Body::Num(Num::Values(Rc::new(gmtoff)));
        }
    }
    it.heap.set_attr(ans, "names", names)?;
    let class = string_result(it, &[Some("POSIXlt".into()), Some("POSIXt".into())])?;
    it.heap.set_attr(ans, "class", class)?;
    Ok(ans)
}

/// `SET_VECTOR_ELT` of the components made so far.
fn set_list(it: &mut Interp, list: ObjId, comps: &[ObjId]) {
    if let Some(&last) = comps.last() {
        let r = &mut it.heap.obj_mut(last).refs;
        *r = r.saturating_add(1);
    }
    it.heap.set_elems(list, Elems::Values(comps.to_vec()));
}

/// The components of a POSIXlt argument as numbers (`None` where a value is not known) and the
/// zone strings; an error unless it is a list of at least 9.
struct Lt {
    cols: Vec<Option<Vec<f64>>>,
    zone: Option<Vec<Option<Rc<str>>>>,
    n: u64,
}

fn read_lt(it: &mut Interp, ctx: &CallCtx, x: Val, upto: usize) -> EvalResult<Lt> {
    let elems = match it.type_of(x) {
        SexpType::Vec => it.list_elems(x).unwrap_or_default(),
        _ => Vec::new(),
    };
    if elems.len() < 9 {
        return Err(closure_error(it, ctx, "invalid 'x' argument"));
    }
    let mut n = 0;
    let mut cols = Vec::new();
    for (i, &e) in elems.iter().enumerate().take(upto.min(elems.len())) {
        let len = it.length(Val::Obj(e));
        if i != 9 && (i < 6 || i == 8 || upto > 9) {
            n = n.max(len);
        }
        cols.push(if i == 9 { None } else { it.num_values(Val::Obj(e)) });
    }
    for (i, &e) in elems.iter().enumerate().take(upto.min(elems.len())) {
        if n > 0 && (i < 6 || i == 8 || upto > 9) && it.length(Val::Obj(e)) == 0 {
            return Err(closure_error(
                it,
                ctx,
                format!("zero-length component [[{}]] in non-empty \"POSIXlt\" structure", i + 1),
            ));
        }
    }
    let zone = elems.get(9).filter(|_| upto > 9).and_then(|&z| it.str_values(Val::Obj(z)));
    Ok(Lt { cols, zone, n })
}

impl Lt {
    fn known(&self, fields: &[usize]) -> bool {
        fields.iter().all(|&k| self.cols.get(k).is_some_and(|c| c.is_some()))
    }

    fn at(&self, k: usize, i: u64) -> f64 {
        match self.cols.get(k) {
            Some(Some(c)) if !c.is_empty() => c[i as usize % c.len()],
            _ => na_real(),
        }
    }

    fn int(&self, k: usize, i: u64) -> i32 {
        let v = self.at(k, i);
        if v.is_nan() {
            NA_INT
        } else {
            v as i32
        }
    }

    /// Element `i` as a `struct tm` (and its seconds, possibly fractional or not finite).
    fn tm(&self, i: u64) -> (Tm, f64) {
        let secs = self.at(0, i);
        let mut tm = Tm::na();
        tm.sec = if secs.is_finite() { secs.floor() as i32 } else { NA_INT };
        tm.min = self.int(1, i);
        tm.hour = self.int(2, i);
        tm.mday = self.int(3, i);
        tm.mon = self.int(4, i);
        tm.year = self.int(5, i);
        tm.wday = self.int(6, i);
        tm.yday = self.int(7, i);
        tm.isdst = self.int(8, i);
        tm.gmtoff = self.int(10, i);
        if let Some(z) = &self.zone {
            if !z.is_empty() {
                tm.zone = z[i as usize % z.len()].as_deref().unwrap_or("NA").to_string();
            }
        }
        (tm, secs)
    }

    fn any_na(tm: &Tm) -> bool {
        [tm.min, tm.hour, tm.mday, tm.mon, tm.year].contains(&NA_INT)
    }
}

/// `do_strptime`: `R_strptime` of each string with its format (recycled to the longer), the
/// missing fields completed (`glibc_fix`), then wday/yday/isdst from `mktime`.
fn strptime(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let format = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'x' argument"));
    }
    if it.type_of(format) != SexpType::Str || it.length(format) == 0 {
        return Err(closure_error(it, ctx, "invalid 'format' argument"));
    }
    let (tz, gmt) = tz_arg(it, ctx, positional(a, 2))?;
    let tzone = if gmt || !tz.is_empty() { Some(tzone_value(it, &tz, gmt)?) } else { None };
    if let Some(t) = tzone {
        it.heap.protect(Val::Obj(t));
    }
    let (n, m) = (it.length(x), it.length(format));
    let big_n = if n > 0 { n.max(m) } else { 0 };
    let tms = match (it.str_values(x), it.str_values(format)) {
        (Some(xs), Some(fs)) => {
            let zone = if gmt { Zone::utc(&tz) } else { Zone::load(&tz) };
            let now = gmtime(
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64),
            );
            let mut psecs = 0.0;
            let mut out = Vec::with_capacity(big_n as usize);
            for i in 0..big_n as usize {
                let parsed = match (&xs[i % xs.len()], &fs[i % fs.len()]) {
                    (Some(s), Some(f)) => r_strptime(s, f, &mut psecs),
                    _ => None,
                };
                let mut warn = None;
                let tm = parsed.and_then(|(mut tm, offset, w)| {
                    warn = w;
                    if tm.mday == 0 {
                        tm.mday = NA_INT;
                    }
                    if (tm.mon == NA_INT || tm.mday == NA_INT || tm.year == NA_INT) && !glibc_fix(&mut tm, &now) {
                        return None;
                    }
                    tm.isdst = -1;
                    let mut tm = if offset != NA_INT {
                        let mut t2 = tm.clone();
                        if validate_tm(&mut t2) < 0 {
                            return None;
                        }
                        // the fields are those of `localtime0`; the zone is tm's (isdst -1: "")
                        // and gmtoff the offset read
                        let t0 = mktime00(&mut t2) - offset as f64;
                        let mut lt = if gmt { gmtime(t0 as i64) } else { zone.localtime(t0 as i64) };
                        lt.zone = String::new();
                        lt.gmtoff = offset;
                        lt
                    } else {
                        let mut t2 = tm.clone();
                        if validate_tm(&mut t2) < 0 {
                            return None;
                        }
                        if gmt {
                            mktime00(&mut t2);
                            t2.isdst = 0;
                        } else {
                            zone.mktime(&mut t2);
                        }
                        tm.wday = t2.wday;
                        tm.yday = t2.yday;
                        tm.isdst = if gmt { 0 } else { t2.isdst };
                        // tm_zone unset: `R_tzname[isdst]`; tm_gmtoff stays NA
                        tm.zone = zone.tzname[(tm.isdst > 0) as usize].clone();
                        tm
                    };
                    (validate_tm(&mut tm) == 0).then_some(tm)
                });
                if let Some(w) = warn {
                    closure_warning(it, ctx, w)?;
                }
                let frac = if tm.is_some() { psecs - psecs.floor() } else { na_real() };
                out.push((tm, frac));
            }
            Some(out)
        }
        _ => None,
    };
    let ans = make_lt(it, big_n, !gmt, tms)?;
    if let Some(t) = tzone {
        it.heap.set_attr(ans, "tzone", t)?;
    }
    Ok(Val::Obj(ans))
}

/// `glibc_fix`: a missing year, month or day taken from today; false when only the day is missing.
fn glibc_fix(tm: &mut Tm, now: &Tm) -> bool {
    if tm.year == NA_INT {
        tm.year = now.year;
    }
    if tm.mon != NA_INT && tm.mday != NA_INT {
        return true;
    }
    if tm.yday != NA_INT {
        let (mut yday, mut mon) = (tm.yday, 0);
        while mon < 12 && yday >= month_days(mon, tm.year) {
            yday -= month_days(mon, tm.year);
            mon += 1;
        }
        tm.mon = mon;
        tm.mday = yday + 1;
    } else {
        if tm.mday == NA_INT {
            if tm.mon != NA_INT {
                return false;
            }
            tm.mday = now.mday;
        }
        if tm.mon == NA_INT {
            tm.mon = now.mon;
        }
    }
    true
}

/// `R_strptime` (Rstrptime.h) in the C locale: the fields read, the UTC offset of `%z`
/// (`NA_INTEGER` without), and a warning to give. `None` when the string does not match.
fn r_strptime(s: &str, fmt: &str, psecs: &mut f64) -> Option<(Tm, i32, Option<String>)> {
    let mut tm = Tm::na();
    tm.sec = 0;
    tm.min = 0;
    tm.hour = 0;
    let mut offset = NA_INT;
    let mut st = PState::default();
    let rest = parse_fmt(s.as_bytes(), fmt.as_bytes(), &mut tm, psecs, &mut offset, &mut st)?;
    let _ = rest;
    if st.have_i && st.is_pm {
        tm.hour += 12;
    }
    if let Some(c) = st.century {
        tm.year = if st.want_century { tm.year % 100 + (c - 19) * 100 } else { (c - 19) * 100 };
    }
    let mut warn = None;
    if st.want_xday && !st.have_wday {
        if !(st.have_mon && st.have_mday) && st.have_yday {
            let yr = 1900 + tm.year as i64;
            let cum = |k: i32| (0..k).map(|j| month_days(j, tm.year)).sum::<i32>();
            let mut t_mon = 0;
            if tm.yday > if is_leap(yr) { 365 } else { 364 } {
                // (warningcall drops the message's trailing newline)
                warn = Some(format!("day-of-year {} in year {} is invalid", tm.yday + 1, yr));
                t_mon = 12;
            } else {
                while t_mon < 12 && cum(t_mon + 1) <= tm.yday {
                    t_mon += 1;
                }
                t_mon += 1;
            }
            if !st.have_mon {
                tm.mon = t_mon - 1;
            }
            if !st.have_mday {
                tm.mday = tm.yday - cum(t_mon - 1) + 1;
            }
        }
        if tm.year != NA_INT && tm.mon != NA_INT && tm.mday != NA_INT {
            let mut t = tm.clone();
            if validate_tm(&mut t) >= 0 {
                mktime00(&mut t);
                tm.wday = t.wday;
            }
        }
    }
    if st.want_xday && !st.have_yday && tm.year != NA_INT && tm.mon != NA_INT && tm.mday != NA_INT {
        let mut t = tm.clone();
        if validate_tm(&mut t) >= 0 {
            mktime00(&mut t);
            tm.yday = t.yday;
        }
    }
    Some((tm, offset, warn))
}

#[derive(Default)]
struct PState {
    have_i: bool,
    is_pm: bool,
    century: Option<i32>,
    want_century: bool,
    have_wday: bool,
    want_xday: bool,
    have_yday: bool,
    have_mon: bool,
    have_mday: bool,
}

/// `get_number`: spaces skipped, then up to `n` digits, in `from..=to`.
fn get_number(rp: &mut &[u8], from: i32, to: i32, n: usize) -> Option<i32> {
    while rp.first() == Some(&b' ') {
        *rp = &rp[1..];
    }
    if !rp.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut val = 0i32;
    let mut k = 0;
    while k < n && rp.first().is_some_and(u8::is_ascii_digit) {
        val = val * 10 + (rp[0] - b'0') as i32;
        *rp = &rp[1..];
        k += 1;
    }
    (from..=to).contains(&val).then_some(val)
}

/// A full or abbreviated (3-letter) name, case-insensitively: its index.
fn match_name(rp: &mut &[u8], names: &[&str]) -> Option<usize> {
    for (k, name) in names.iter().enumerate() {
        for cand in [name.len(), 3] {
            let c = &name.as_bytes()[..cand];
            if rp.len() >= cand && rp[..cand].eq_ignore_ascii_case(c) {
                *rp = &rp[cand..];
                return Some(k);
            }
        }
    }
    None
}

fn parse_fmt<'a>(
    mut rp: &'a [u8],
    fmt: &[u8],
    tm: &mut Tm,
    psecs: &mut f64,
    offset: &mut i32,
    st: &mut PState,
) -> Option<&'a [u8]> {
    let mut f = 0;
    while f < fmt.len() {
        let c = fmt[f];
        if c.is_ascii_whitespace() {
            while rp.first().is_some_and(u8::is_ascii_whitespace) {
                rp = &rp[1..];
            }
            f += 1;
            continue;
        }
        if c != b'%' {
            if rp.first() != Some(&c) {
                return None;
            }
            rp = &rp[1..];
            f += 1;
            continue;
        }
        f += 1;
        let mut conv = *fmt.get(f)?;
        f += 1;
        if conv == b'E' {
            conv = *fmt.get(f)?;
            f += 1;
        }
        if conv == b'O' {
            let c2 = *fmt.get(f)?;
            f += 1;
            if c2 == b'S' {
                // %OS and %OSn: strtod of the seconds
                if fmt.get(f).is_some_and(u8::is_ascii_digit) {
                    f += 1;
                }
                let text = std::str::from_utf8(rp).ok()?;
                let len = float_prefix(text);
                let v: f64 = text[..len].parse().unwrap_or(0.0);
                if (0.0..=61.0).contains(&v) {
                    tm.sec = v as i32;
                    *psecs = v;
                }
                rp = &rp[len..];
                continue;
            }
            conv = c2;
        }
        match conv {
            b'%' => {
                if rp.first() != Some(&b'%') {
                    return None;
                }
                rp = &rp[1..];
            }
            b'n' | b't' => {
                while rp.first().is_some_and(u8::is_ascii_whitespace) {
                    rp = &rp[1..];
                }
            }
            b'a' | b'A' => {
                tm.wday = match_name(&mut rp, &WEEKDAYS)? as i32;
                st.have_wday = true;
            }
            b'b' | b'B' | b'h' => {
                tm.mon = match_name(&mut rp, &MONTHS)? as i32;
                st.have_mon = true;
                st.want_xday = true;
            }
            b'C' => {
                st.century = Some(get_number(&mut rp, 0, 99, 2)?);
                st.want_xday = true;
            }
            b'd' | b'e' => {
                tm.mday = get_number(&mut rp, 1, 31, 2)?;
                st.have_mday = true;
                st.want_xday = true;
            }
            b'F' => rp = parse_fmt(rp, b"%Y-%m-%d", tm, psecs, offset, st)?,
            b'D' | b'x' => rp = parse_fmt(rp, b"%m/%d/%y", tm, psecs, offset, st)?,
            b'k' | b'H' => {
                tm.hour = get_number(&mut rp, 0, 23, 2)?;
                st.have_i = false;
            }
            b'l' | b'I' => {
                tm.hour = get_number(&mut rp, 1, 12, 2)? % 12;
                st.have_i = true;
            }
            b'j' => {
                tm.yday = get_number(&mut rp, 1, 366, 3)? - 1;
                st.have_yday = true;
            }
            b'm' => {
                tm.mon = get_number(&mut rp, 1, 12, 2)? - 1;
                st.have_mon = true;
                st.want_xday = true;
            }
            b'M' => tm.min = get_number(&mut rp, 0, 59, 2)?,
            b'p' => {
                if rp.len() >= 2 && rp[..2].eq_ignore_ascii_case(b"AM") {
                    st.is_pm = false;
                } else if rp.len() >= 2 && rp[..2].eq_ignore_ascii_case(b"PM") {
                    st.is_pm = true;
                } else {
                    return None;
                }
                rp = &rp[2..];
            }
            b'r' => rp = parse_fmt(rp, b"%I:%M:%S %p", tm, psecs, offset, st)?,
            b'R' => rp = parse_fmt(rp, b"%H:%M", tm, psecs, offset, st)?,
            b'S' => tm.sec = get_number(&mut rp, 0, 61, 2)?,
            b'X' | b'T' => rp = parse_fmt(rp, b"%H:%M:%S", tm, psecs, offset, st)?,
            b'u' => {
                tm.wday = get_number(&mut rp, 1, 7, 1)? % 7;
                st.have_wday = true;
            }
            b'w' => {
                tm.wday = get_number(&mut rp, 0, 6, 1)?;
                st.have_wday = true;
            }
            b'y' => {
                let v = get_number(&mut rp, 0, 99, 2)?;
                tm.year = if v >= 69 { v } else { v + 100 };
                st.want_century = true;
                st.want_xday = true;
            }
            b'Y' => {
                tm.year = get_number(&mut rp, 0, 9999, 4)? - 1900;
                st.want_century = false;
                st.want_xday = true;
            }
            b'z' => {
                while rp.first() == Some(&b' ') {
                    rp = &rp[1..];
                }
                let neg = match rp.first() {
                    Some(b'+') => false,
                    Some(b'-') => true,
                    _ => return None,
                };
                rp = &rp[1..];
                let mut digits = String::new();
                while digits.len() < 4
                    && rp.first().is_some_and(|c| c.is_ascii_digit() || (*c == b':' && digits.len() == 2))
                {
                    if rp[0] != b':' {
                        digits.push(rp[0] as char);
                    }
                    rp = &rp[1..];
                }
                if digits.len() != 4 {
                    return None;
                }
                let val: i32 = digits.parse().ok()?;
                if val % 100 >= 60 || val / 100 > 12 {
                    return None;
                }
                let off = (val / 100) * 3600 + (val % 100) * 60;
                *offset = if neg { -off } else { off };
            }
            _ => return None,
        }
    }
    Some(rp)
}

/// The length of the longest prefix `strtod` reads.
fn float_prefix(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i].is_ascii_digit() || (b[i] == b'.' && !b[..i].contains(&b'.'))) {
        i += 1;
    }
    i
}

/// `do_asPOSIXlt`: the broken-down times of seconds since the epoch in zone `tz`.
fn as_posixlt(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = super::coerce::coerce_vector(it, positional(a, 0).unwrap_or(Val::Obj(NIL)), SexpType::Real)?;
    it.heap.protect(x);
    let (tz, gmt) = tz_arg(it, ctx, positional(a, 1))?;
    let tzone = tzone_value(it, &tz, gmt)?;
    it.heap.protect(Val::Obj(tzone));
    let n = it.length(x);
    let tms = it.num_values(x).map(|xs| {
        let zone = if gmt { Zone::utc(&tz) } else { Zone::load(&tz) };
        xs.iter()
            .map(|&d| {
                if !d.is_finite() {
                    return (None, d);
                }
                let fl = d.floor();
                let mut tm = zone.localtime(fl as i64);
                // `R_tzname[isdst]`, not the type's own abbreviation
                tm.zone = zone.tzname[(tm.isdst > 0) as usize].clone();
                (Some(tm), d - fl)
            })
            .collect()
    });
    let ans = make_lt(it, n, !gmt, tms)?;
    it.heap.set_attr(ans, "tzone", tzone)?;
    if let Val::Obj(o) = x {
        if let Some(nm) = it.heap.attr(o, "names") {
            let year = it.list_elem(Val::Obj(ans), 5).expect("a POSIXlt has a year");
            it.heap.set_attr(year, "names", nm)?;
        }
    }
    Ok(Val::Obj(ans))
}

/// `do_asPOSIXct`: seconds since the epoch of each broken-down time (`mktime` in zone `tz`).
/// The argument is duplicated (its fields are coerced in the copy).
fn as_posixct(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x0 = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let dup = it.duplicate_deep(x0)?;
    it.heap.protect(Val::Obj(dup));
    let lt = read_lt(it, ctx, x0, 9)?;
    let (tz, gmt) = tz_arg(it, ctx, positional(a, 1))?;
    let num = if lt.known(&[0, 1, 2, 3, 4, 5, 8]) {
        let zone = if gmt { Zone::utc(&tz) } else { Zone::load(&tz) };
        Num::Values(Rc::new(
            (0..lt.n)
                .map(|i| {
                    let (mut tm, secs) = lt.tm(i);
                    if !secs.is_finite() {
                        return secs;
                    }
                    if Lt::any_na(&tm) || validate_tm(&mut tm) < 0 {
                        return na_real();
                    }
                    let t = if gmt { mktime00(&mut tm) } else { zone.mktime(&mut tm) };
                    t + (secs - secs.floor())
                })
                .collect(),
        ))
    } else {
        Num::Unknown
    };
    Ok(Val::Obj(it.new_num(SexpType::Real, lt.n, num)?))
}

/// `do_formatPOSIXlt`: `strftime` of each element with its format (recycled), `%OSn` as
/// truncated fractional seconds, the zone appended with `usetz`.
fn format_posixlt(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x0 = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let dup = it.duplicate_deep(x0)?;
    it.heap.protect(Val::Obj(dup));
    let format = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(x0) != SexpType::Vec || it.length(x0) < 9 {
        return Err(closure_error(it, ctx, "invalid 'x' argument"));
    }
    if it.type_of(format) != SexpType::Str || it.length(format) == 0 {
        return Err(closure_error(it, ctx, "invalid 'format' argument"));
    }
    let usetz = match positional(a, 2).and_then(|v| it.num_elt(v, 0)) {
        Some(u) if !u.is_nan() => u != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'usetz' argument")),
    };
    let tz = match x0 {
        Val::Obj(o) => it.heap.attr(o, "tzone").and_then(|t| it.str_values(Val::Obj(t))),
        _ => None,
    };
    let upto = it.length(x0).min(11) as usize;
    let lt = read_lt(it, ctx, x0, upto)?;
    let m = it.length(format);
    let big_n = if lt.n > 0 { lt.n.max(m) } else { 0 };
    let have_zone = upto >= 11;
    let (Some(fmts), true) = (it.str_values(format), lt.known(&(0..9).collect::<Vec<_>>())) else {
        return Ok(Val::Obj(it.new_strs(big_n, Elems::Unknown)?));
    };
    let digits_secs = match super::options::get_option1(it, "digits.secs")? {
        v if it.is_null(v) => 0,
        v => it.num_elt(v, 0).filter(|d| !d.is_nan()).map_or(0, |d| d as i32),
    };
    let tz_strs: Option<Vec<String>> = tz.map(|t| t.iter().map(|s| s.as_deref().unwrap_or("NA").to_string()).collect());
    let mut out = Vec::with_capacity(big_n as usize);
    for i in 0..big_n {
        let (mut tm, secs) = lt.tm(i);
        if !secs.is_finite() && tm.year == NA_INT {
            out.push(if secs.is_nan() && crate::heap::is_na_real(secs) {
                None
            } else if secs.is_nan() {
                Some("NaN".to_string())
            } else if secs > 0.0 {
                Some("Inf".to_string())
            } else {
                Some("-Inf".to_string())
            });
            continue;
        }
        if !secs.is_finite() || Lt::any_na(&tm) || validate_tm(&mut tm) < 0 {
            out.push(None);
            continue;
        }
        if !have_zone {
            tm.zone = match &tz_strs {
                Some(t) if t.len() == 3 => t[if tm.isdst > 0 { 2 } else { 1 }].clone(),
                Some(t) if !t.is_empty() => t[0].clone(),
                _ => Zone::load("").tzname[(tm.isdst > 0) as usize].clone(),
            };
            tm.gmtoff = if tm.gmtoff == NA_INT { 0 } else { tm.gmtoff };
        } else if tm.gmtoff == NA_INT {
            tm.gmtoff = 0;
        }
        let f = fmts[(i % m) as usize].as_deref().unwrap_or("NA");
        let mut s = strftime(f, &tm, secs, digits_secs);
        if usetz {
            let z = if have_zone {
                lt.zone.as_ref().map(|z| z[i as usize % z.len().max(1)].as_deref().unwrap_or("").to_string())
            } else {
                tz_strs.as_ref().map(|t| {
                    let ii = if t.len() == 3 {
                        if tm.isdst > 0 {
                            2
                        } else if tm.isdst == 0 {
                            1
                        } else {
                            0
                        }
                    } else {
                        0
                    };
                    t[ii].clone()
                })
            };
            if let Some(z) = z.filter(|z| !z.is_empty()) {
                s.push(' ');
                s.push_str(&z);
            }
        }
        out.push(Some(s));
    }
    Ok(Val::Obj(string_result(it, &out)?))
}

/// C's `strftime` in the C locale, with R's `%OS`/`%OSn` (digits, else `digits.secs`).
fn strftime(fmt: &str, tm: &Tm, secs: f64, digits_secs: i32) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let year = 1900 + tm.year as i64;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(mut conv) = chars.next() else {
            out.push('%');
            break;
        };
        if conv == 'E' {
            conv = chars.next().unwrap_or('E');
        }
        if conv == 'O' {
            match chars.peek() {
                Some('S') => {
                    chars.next();
                    let mut ns = match chars.peek() {
                        Some(d) if d.is_ascii_digit() => {
                            let v = d.to_digit(10).unwrap_or(0) as i32;
                            chars.next();
                            v
                        }
                        _ => digits_secs,
                    };
                    ns = ns.min(6);
                    if ns > 0 {
                        let t = 10f64.powi(ns);
                        let s = ((secs * t) as i64) as f64 / t;
                        out.push_str(&format!("{:0w$.p$}", s, w = (ns + 3) as usize, p = ns as usize));
                    } else {
                        out.push_str(&format!("{:02}", tm.sec));
                    }
                    continue;
                }
                Some(&c2) => {
                    chars.next();
                    conv = c2;
                }
                None => {}
            }
        }
        let s = match conv {
            'a' => WEEKDAYS.get(tm.wday as usize).map_or("?".into(), |w| w[..3].to_string()),
            'A' => WEEKDAYS.get(tm.wday as usize).map_or("?".into(), |w| w.to_string()),
            'b' | 'h' => MONTHS.get(tm.mon as usize).map_or("?".into(), |m| m[..3].to_string()),
            'B' => MONTHS.get(tm.mon as usize).map_or("?".into(), |m| m.to_string()),
            'c' => strftime("%a %b %e %H:%M:%S %Y", tm, secs, digits_secs),
            'C' => format!("{:02}", year.div_euclid(100)),
            'd' => format!("{:02}", tm.mday),
            'D' | 'x' => strftime("%m/%d/%y", tm, secs, digits_secs),
            'e' => format!("{:2}", tm.mday),
            'F' => strftime("%Y-%m-%d", tm, secs, digits_secs),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'G' => format!("{}", iso_week(tm).0),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{:02}", if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 }),
            'j' => format!("{:03}", tm.yday + 1),
            'k' => format!("{:2}", tm.hour),
            'l' => format!("{:2}", if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 }),
            'm' => format!("{:02}", tm.mon + 1),
            'M' => format!("{:02}", tm.min),
            'n' => "\n".into(),
            'p' => if tm.hour < 12 { "AM" } else { "PM" }.into(),
            'P' => if tm.hour < 12 { "am" } else { "pm" }.into(),
            'r' => strftime("%I:%M:%S %p", tm, secs, digits_secs),
            'R' => strftime("%H:%M", tm, secs, digits_secs),
            's' => format!("{}", {
                let mut t = tm.clone();
                mktime00(&mut t) as i64 - tm.gmtoff as i64
            }),
            'S' => format!("{:02}", tm.sec),
            't' => "\t".into(),
            'T' | 'X' => strftime("%H:%M:%S", tm, secs, digits_secs),
            'u' => format!("{}", if tm.wday == 0 { 7 } else { tm.wday }),
            'U' => format!("{:02}", (tm.yday + 7 - tm.wday) / 7),
            'V' => format!("{:02}", iso_week(tm).1),
            'w' => format!("{}", tm.wday),
            'W' => format!("{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
            'y' => format!("{:02}", year.rem_euclid(100)),
            'Y' => format!("{year}"),
            'z' => {
                let off = tm.gmtoff;
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.abs() / 60;
                format!("{sign}{:02}{:02}", a / 60, a % 60)
            }
            'Z' => tm.zone.clone(),
            '%' => "%".into(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i32) {
    let year = 1900 + tm.year as i64;
    let wday = (tm.wday + 6) % 7; // Monday = 0
    let week = (tm.yday - wday + 10) / 7;
    let weeks_in = |y: i64| {
        let jan1 = (days_from_civil(y, 1, 1) + 4).rem_euclid(7) as i32; // Sunday = 0
        if jan1 == 4 || (jan1 == 3 && is_leap(y)) {
            53
        } else {
            52
        }
    };
    if week < 1 {
        (year - 1, weeks_in(year - 1))
    } else if week > weeks_in(year) {
        (year + 1, 1)
    } else {
        (year, week)
    }
}

/// `do_D2POSIXlt`: days since the epoch as a UTC POSIXlt of 9 components.
fn date2posixlt(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = super::coerce::coerce_vector(it, positional(a, 0).unwrap_or(Val::Obj(NIL)), SexpType::Real)?;
    it.heap.protect(x);
    let n = it.length(x);
    let tms = it.num_values(x).map(|xs| {
        xs.iter()
            .map(|&d| if d.is_finite() { (Some(gmtime(d.floor() as i64 * 86400)), 0.0) } else { (None, d) })
            .collect()
    });
    let ans = make_lt(it, n, false, tms)?;
    let tzone = string_result(it, &[Some("UTC".into())])?;
    it.heap.set_attr(ans, "tzone", tzone)?;
    if let Val::Obj(o) = x {
        if let Some(nm) = it.heap.attr(o, "names") {
            let year = it.list_elem(Val::Obj(ans), 5).expect("a POSIXlt has a year");
            it.heap.set_attr(year, "names", nm)?;
        }
    }
    Ok(Val::Obj(ans))
}

/// `do_POSIXlt2D`: the day of each broken-down time, class "Date" (names from the year's).
fn posixlt2date(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x0 = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let dup = it.duplicate_deep(x0)?;
    it.heap.protect(Val::Obj(dup));
    let lt = read_lt(it, ctx, x0, 9)?;
    let num = if lt.known(&[0, 1, 2, 3, 4, 5]) {
        Num::Values(Rc::new(
            (0..lt.n)
                .map(|i| {
                    let (mut tm, secs) = lt.tm(i);
                    if !secs.is_finite() {
                        return secs;
                    }
                    tm.isdst = 0;
                    if Lt::any_na(&tm) || validate_tm(&mut tm) < 0 {
                        return na_real();
                    }
                    tm.sec = 0;
                    tm.min = 0;
                    tm.hour = 0;
                    mktime00(&mut tm) / 86400.0
                })
                .collect(),
        ))
    } else {
        Num::Unknown
    };
    let ans = it.new_num(SexpType::Real, lt.n, num)?;
    it.heap.protect(Val::Obj(ans));
    let year = it.list_elem(Val::Obj(dup), 5);
    if let Some(nm) = year.and_then(|y| it.heap.attr(y, "names")) {
        it.heap.set_attr(ans, "names", nm)?;
    }
    let class = string_result(it, &[Some("Date".into())])?;
    it.heap.set_attr(ans, "class", class)?;
    Ok(Val::Obj(ans))
}

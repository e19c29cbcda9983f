//! The distributions of the Wilcoxon signed rank and rank sum statistics: `signrank.c` and
//! `wilcox.c`. R keeps the counts in `malloc`ed static tables (outside R's heap, freed by
//! `signrank_free()` / `wilcox_free()`); here they are thread-local tables, computed the same way.

use std::cell::RefCell;

use super::discrete::dt_val;
use super::gamma::{choose, lchoose};
use super::*;
use crate::fxhash::FxHashMap;

thread_local! {
    /// `w` and `allocated_n` of signrank.c.
    static SIGNRANK: RefCell<(i32, Vec<f64>)> = const { RefCell::new((0, Vec::new())) };
    /// `w[i][j]` of wilcox.c.
    static WILCOX: RefCell<FxHashMap<(i32, i32), Vec<f64>>> = RefCell::new(FxHashMap::default());
}

/// `signrank_free()`.
pub fn signrank_free() {
    SIGNRANK.with(|w| *w.borrow_mut() = (0, Vec::new()));
}

/// `wilcox_free()`: R frees its tables only when they grew past `WILCOX_MAX` (50); the values
/// are the same either way.
pub fn wilcox_free() {
    WILCOX.with(|w| w.borrow_mut().clear());
}

/// `w_init_maybe(n)` then `csignrank(k, n)` (signrank.c).
fn csignrank(k: i32, n: i32) -> f64 {
    let u = n * (n + 1) / 2;
    let c = u / 2;
    if k < 0 || k > u {
        return 0.;
    }
    let k = if k > c { u - k } else { k };
    if n == 1 {
        return 1.;
    }
    SIGNRANK.with(|w| {
        let mut w = w.borrow_mut();
        if w.0 != n || w.1.is_empty() {
            let mut t = vec![0.0; c as usize + 1];
            t[0] = 1.;
            t[1] = 1.;
            for j in 2..n + 1 {
                let end = (j * (j + 1) / 2).min(c);
                let mut i = end;
                while i >= j {
                    t[i as usize] += t[(i - j) as usize];
                    i -= 1;
                }
            }
            *w = (n, t);
        }
        w.1[k as usize]
    })
}

/// `dsignrank(x, n, log)`.
pub fn dsignrank(x: f64, n: f64, give_log: bool) -> f64 {
    if x.is_nan() || n.is_nan() {
        return x + n;
    }
    let n = forceint(n);
    if n <= 0. {
        return ML_NAN;
    }
    if (x - forceint(x)).abs() > 1e-7 {
        return d0(give_log);
    }
    let x = forceint(x);
    if x < 0. || x > (n * (n + 1.) / 2.) {
        return d0(give_log);
    }
    d_exp(csignrank(x as i32, n as i32).ln() - n * M_LN2, give_log)
}

/// `psignrank(x, n, lower_tail, log_p)`.
pub fn psignrank(x: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || n.is_nan() {
        return x + n;
    }
    if !n.is_finite() {
        return ML_NAN;
    }
    let n = forceint(n);
    if n <= 0. {
        return ML_NAN;
    }
    let mut x = forceint(x + 1e-7);
    if x < 0.0 {
        return dt0(lower_tail, log_p);
    }
    if x >= n * (n + 1.) / 2. {
        return dt1(lower_tail, log_p);
    }
    let nn = n as i32;
    let f = (-n * M_LN2).exp();
    let mut p = 0.;
    let mut lower_tail = lower_tail;
    if x <= (n * (n + 1.) / 4.) {
        let mut i = 0;
        while i as f64 <= x {
            p += csignrank(i, nn) * f;
            i += 1;
        }
    } else {
        x = n * (n + 1.) / 2. - x;
        let mut i = 0;
        while (i as f64) < x {
            p += csignrank(i, nn) * f;
            i += 1;
        }
        lower_tail = !lower_tail;
    }
    dt_val(p, lower_tail, log_p)
}

/// `qsignrank(x, n, lower_tail, log_p)`.
pub fn qsignrank(x: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || n.is_nan() {
        return x + n;
    }
    if !x.is_finite() || !n.is_finite() {
        return ML_NAN;
    }
    if q_p01_bad(x, log_p) {
        return ML_NAN;
    }
    let n = forceint(n);
    if n <= 0. {
        return ML_NAN;
    }
    if x == dt0(lower_tail, log_p) {
        return 0.;
    }
    if x == dt1(lower_tail, log_p) {
        return n * (n + 1.) / 2.;
    }
    let mut x = if log_p || !lower_tail { dt_qiv(x, lower_tail, log_p) } else { x };
    let nn = n as i32;
    let f = (-n * M_LN2).exp();
    let mut p = 0.;
    let mut q = 0;
    if x <= 0.5 {
        x -= 10. * DBL_EPSILON;
        loop {
            p += csignrank(q, nn) * f;
            if p >= x {
                break;
            }
            q += 1;
        }
    } else {
        x = 1. - x + 10. * DBL_EPSILON;
        loop {
            p += csignrank(q, nn) * f;
            if p > x {
                q = (n * (n + 1.) / 2. - q as f64) as i32;
                break;
            }
            q += 1;
        }
    }
    q as f64
}

/// `cwilcox(k, m, n)` (wilcox.c): the number of choices with statistic `k`, memoized.
fn cwilcox(k: i32, m: i32, n: i32) -> f64 {
    let u = m * n;
    if k < 0 || k > u {
        return 0.;
    }
    let c = u / 2;
    let k = if k > c { u - k } else { k };
    let (i, j) = if m < n { (m, n) } else { (n, m) };
    if j == 0 {
        return (k == 0) as i32 as f64;
    }
    if j > 0 && k < j {
        return cwilcox(k, i, k);
    }
    let known = WILCOX.with(|w| w.borrow().get(&(i, j)).map(|t| t[k as usize]));
    if let Some(v) = known.filter(|v| *v >= 0.) {
        return v;
    }
    let v = cwilcox(k - j, i - 1, j) + cwilcox(k, i, j - 1);
    WILCOX.with(|w| w.borrow_mut().entry((i, j)).or_insert_with(|| vec![-1.; c as usize + 1])[k as usize] = v);
    v
}

/// `dwilcox(x, m, n, log)`.
pub fn dwilcox(x: f64, m: f64, n: f64, give_log: bool) -> f64 {
    if x.is_nan() || m.is_nan() || n.is_nan() {
        return x + m + n;
    }
    let (m, n) = (forceint(m), forceint(n));
    if m <= 0. || n <= 0. {
        return ML_NAN;
    }
    if (x - forceint(x)).abs() > 1e-7 {
        return d0(give_log);
    }
    let x = forceint(x);
    if x < 0. || x > m * n {
        return d0(give_log);
    }
    let c = cwilcox(x as i32, m as i32, n as i32);
    if give_log {
        c.ln() - lchoose(m + n, n)
    } else {
        c / choose(m + n, n)
    }
}

/// `pwilcox(q, m, n, lower_tail, log_p)`.
pub fn pwilcox(q: f64, m: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if q.is_nan() || m.is_nan() || n.is_nan() {
        return q + m + n;
    }
    if !m.is_finite() || !n.is_finite() {
        return ML_NAN;
    }
    let (m, n) = (forceint(m), forceint(n));
    if m <= 0. || n <= 0. {
        return ML_NAN;
    }
    let mut q = (q + 1e-7).floor();
    if q < 0.0 {
        return dt0(lower_tail, log_p);
    }
    if q >= m * n {
        return dt1(lower_tail, log_p);
    }
    let (mm, nn) = (m as i32, n as i32);
    let c = choose(m + n, n);
    let mut p = 0.;
    let mut lower_tail = lower_tail;
    if q <= (m * n / 2.) {
        let mut i = 0;
        while i as f64 <= q {
            p += cwilcox(i, mm, nn) / c;
            i += 1;
        }
    } else {
        q = m * n - q;
        let mut i = 0;
        while (i as f64) < q {
            p += cwilcox(i, mm, nn) / c;
            i += 1;
        }
        lower_tail = !lower_tail;
    }
    dt_val(p, lower_tail, log_p)
}

/// `qwilcox(x, m, n, lower_tail, log_p)`.
pub fn qwilcox(x: f64, m: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || m.is_nan() || n.is_nan() {
        return x + m + n;
    }
    if !x.is_finite() || !m.is_finite() || !n.is_finite() {
        return ML_NAN;
    }
    if q_p01_bad(x, log_p) {
        return ML_NAN;
    }
    let (m, n) = (forceint(m), forceint(n));
    if m <= 0. || n <= 0. {
        return ML_NAN;
    }
    if x == dt0(lower_tail, log_p) {
        return 0.;
    }
    if x == dt1(lower_tail, log_p) {
        return m * n;
    }
    let mut x = if log_p || !lower_tail { dt_qiv(x, lower_tail, log_p) } else { x };
    let (mm, nn) = (m as i32, n as i32);
    let c = choose(m + n, n);
    let mut p = 0.;
    let mut q = 0;
    if x <= 0.5 {
        x -= 10. * DBL_EPSILON;
        loop {
            p += cwilcox(q, mm, nn) / c;
            if p >= x {
                break;
            }
            q += 1;
        }
    } else {
        x = 1. - x + 10. * DBL_EPSILON;
        loop {
            p += cwilcox(q, mm, nn) / c;
            if p > x {
                q = (m * n - q as f64) as i32;
                break;
            }
            q += 1;
        }
    }
    q as f64
}

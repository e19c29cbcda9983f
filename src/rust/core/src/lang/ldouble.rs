//! x87 `long double` arithmetic: a 64-bit mantissa, rounded to nearest (ties to even) after each
//! operation, as R's C code computes with `LDOUBLE` on x86-64: sums, means and cumulative sums
//! (`summary.c: rsum, real_mean`, `cum.c`) and the scaling that finds a number's significant
//! digits for printing (`format.c: scientific`). Finite values only: callers take another path
//! where infinities or NaNs appear.

/// `(-1)^neg × m × 2^e`, with `m`'s top bit set (or `m == 0` for zero).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LongDouble {
    neg: bool,
    m: u64,
    e: i32,
}

impl LongDouble {
    pub const ZERO: LongDouble = LongDouble { neg: false, m: 0, e: 0 };

    /// A finite double, exactly.
    pub fn from_f64(x: f64) -> LongDouble {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
        LongDouble::rounded(x.is_sign_negative(), m as u128, e)
    }

    pub fn from_u64(n: u64) -> LongDouble {
        LongDouble::rounded(false, n as u128, 0)
    }

    /// `v × 2^e` rounded to 64 bits.
    fn rounded(neg: bool, v: u128, e: i32) -> LongDouble {
        if v == 0 {
            return LongDouble { neg, m: 0, e: 0 };
        }
        let top = 127 - v.leading_zeros() as i32;
        if top <= 63 {
            let sh = 63 - top;
            return LongDouble { neg, m: (v << sh) as u64, e: e - sh };
        }
        let sh = top - 63;
        let mut kept = v >> sh;
        let rem = v & ((1u128 << sh) - 1);
        let half = 1u128 << (sh - 1);
        let mut e = e + sh;
        if rem > half || (rem == half && kept & 1 == 1) {
            kept += 1;
            if kept == 1u128 << 64 {
                kept >>= 1;
                e += 1;
            }
        }
        LongDouble { neg, m: kept as u64, e }
    }

    pub fn is_zero(self) -> bool {
        self.m == 0
    }

    fn neg(self) -> LongDouble {
        LongDouble { neg: !self.neg, ..self }
    }

    /// Whether `|self| >= |o|`.
    fn not_smaller(self, o: LongDouble) -> bool {
        o.m == 0 || (self.m != 0 && (self.e > o.e || (self.e == o.e && self.m >= o.m)))
    }

    fn sum_of(self, o: LongDouble) -> LongDouble {
        if self.m == 0 && o.m == 0 {
            // +0 unless both are -0
            return LongDouble { neg: self.neg && o.neg, ..LongDouble::ZERO };
        }
        let (a, b) = if self.not_smaller(o) { (self, o) } else { (o, self) };
        if b.m == 0 {
            return a;
        }
        // 63 bits below the mantissa, the bits shifted out of `b` folded into the lowest (sticky)
        let big = (a.m as u128) << 63;
        let shift = (a.e - b.e) as u32;
        let small = if shift >= 127 {
            1
        } else {
            let full = (b.m as u128) << 63;
            (full >> shift) | ((full & ((1u128 << shift) - 1)) != 0) as u128
        };
        let (v, neg) = if a.neg == b.neg { (big + small, a.neg) } else { (big - small, a.neg) };
        if v == 0 {
            return LongDouble::ZERO;
        }
        LongDouble::rounded(neg, v, a.e - 63)
    }

    fn product_of(self, o: LongDouble) -> LongDouble {
        LongDouble::rounded(self.neg != o.neg, self.m as u128 * o.m as u128, self.e + o.e)
    }

    /// `self / o` (`o` not zero).
    fn quotient_of(self, o: LongDouble) -> LongDouble {
        if self.m == 0 {
            return LongDouble { neg: self.neg != o.neg, ..LongDouble::ZERO };
        }
        let n = (self.m as u128) << 64;
        let (q, r) = (n / o.m as u128, n % o.m as u128);
        // one more bit, set when the quotient is inexact (sticky)
        LongDouble::rounded(self.neg != o.neg, (q << 1) | (r != 0) as u128, self.e - 64 - o.e - 1)
    }

    /// `x * 10^k` (`0 <= k <= 27`: 5^k fits in 63 bits).
    pub fn mul_pow10(self, k: u32) -> LongDouble {
        LongDouble::rounded(self.neg, self.m as u128 * 5u128.pow(k), self.e + k as i32)
    }

    /// `x / 10^k` (`0 <= k <= 27`).
    pub fn div_pow10(self, k: u32) -> LongDouble {
        let d = 5u128.pow(k);
        let n = (self.m as u128) << 63;
        let (q, r) = (n / d, n % d);
        LongDouble::rounded(self.neg, (q << 1) | (r != 0) as u128, self.e - 63 - k as i32 - 1)
    }

    /// `|x| < t` for an integer `t`.
    pub fn abs_less_than(self, t: u64) -> bool {
        if self.m == 0 {
            return t > 0;
        }
        if self.e >= 0 {
            return false;
        }
        let sh = (-self.e) as u32;
        sh >= 64 || (self.m as u128) < (t as u128) << sh
    }

    /// `nearbyintl(|x|)`: the nearest integer, ties to even (below 2^53 where it is used).
    pub fn abs_nearbyint(self) -> f64 {
        if self.e >= 0 {
            return self.m as f64 * 2f64.powi(self.e);
        }
        let sh = (-self.e) as u32;
        if sh > 64 {
            return 0.0;
        }
        let m = self.m as u128;
        let int = m >> sh;
        let frac = m & ((1u128 << sh) - 1);
        let half = 1u128 << (sh - 1);
        let up = frac > half || (frac == half && int & 1 == 1);
        (int + up as u128) as f64
    }

    /// `(double) x`: rounded to 53 bits (to infinity past the largest double).
    pub fn to_f64(self) -> f64 {
        if self.m == 0 {
            return if self.neg { -0.0 } else { 0.0 };
        }
        let mut kept = self.m >> 11;
        let rem = self.m & 0x7ff;
        let mut e = self.e + 11;
        if rem > 0x400 || (rem == 0x400 && kept & 1 == 1) {
            kept += 1;
            if kept == 1u64 << 53 {
                kept >>= 1;
                e += 1;
            }
        }
        // (a power of two applied in two steps stays exact where one would overflow)
        let half = e / 2;
        let v = kept as f64 * 2f64.powi(half) * 2f64.powi(e - half);
        if self.neg {
            -v
        } else {
            v
        }
    }
}

impl std::ops::Add for LongDouble {
    type Output = LongDouble;
    fn add(self, o: LongDouble) -> LongDouble {
        self.sum_of(o)
    }
}

impl std::ops::Sub for LongDouble {
    type Output = LongDouble;
    fn sub(self, o: LongDouble) -> LongDouble {
        self.sum_of(o.neg())
    }
}

impl std::ops::Mul for LongDouble {
    type Output = LongDouble;
    fn mul(self, o: LongDouble) -> LongDouble {
        self.product_of(o)
    }
}

impl std::ops::Div for LongDouble {
    type Output = LongDouble;
    fn div(self, o: LongDouble) -> LongDouble {
        self.quotient_of(o)
    }
}

/// `rsum`: the sum of doubles accumulated in long double (`None` if one is not finite).
pub fn sum(xs: &[f64]) -> Option<f64> {
    let mut s = LongDouble::ZERO;
    for &x in xs {
        if !x.is_finite() {
            return None;
        }
        s = s + LongDouble::from_f64(x);
    }
    Some(s.to_f64())
}

/// `real_mean`: the long double mean, refined by the mean of the residuals (`None` if a value is
/// not finite).
pub fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let n = LongDouble::from_u64(xs.len() as u64);
    let mut s = LongDouble::ZERO;
    for &x in xs {
        s = s + LongDouble::from_f64(x);
    }
    s = s / n;
    if s.to_f64().is_finite() {
        let mut t = LongDouble::ZERO;
        for &x in xs {
            t = t + (LongDouble::from_f64(x) - s);
        }
        s = s + t / n;
    }
    Some(s.to_f64())
}

/// The mean of integers (`do_summary` for an integer or logical vector): the exact sum divided
/// once in long double.
pub fn int_mean(xs: &[f64]) -> f64 {
    let n = LongDouble::from_u64(xs.len() as u64);
    let s = xs.iter().fold(LongDouble::ZERO, |s, &x| s + LongDouble::from_f64(x));
    (s / n).to_f64()
}

/// `cumsum` / `cumprod` of doubles (`cum.c`): the running sum or product in long double, each
/// rounded to double (`None` if a value is not finite).
pub fn cumulative(xs: &[f64], product: bool) -> Option<Vec<f64>> {
    let mut acc = LongDouble::from_f64(if product { 1.0 } else { 0.0 });
    let mut out = Vec::with_capacity(xs.len());
    for &x in xs {
        if !x.is_finite() {
            return None;
        }
        let v = LongDouble::from_f64(x);
        acc = if product { acc * v } else { acc + v };
        out.push(acc.to_f64());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_cases() {
        let ld = LongDouble::from_f64;
        assert_eq!((ld(0.1) + ld(0.2)).to_f64(), 0.30000000000000004);
        assert_eq!((ld(1.0) + ld(1e-30) - ld(1.0)).to_f64(), 0.0);
        assert_eq!((ld(3.0) / ld(4.0)).to_f64(), 0.75);
        assert_eq!((ld(-2.5) * ld(4.0)).to_f64(), -10.0);
        assert_eq!((ld(1e300) * ld(1e300)).to_f64(), f64::INFINITY);
        assert_eq!(ld(5e-324).to_f64(), 5e-324);
        // 2^-63 is kept next to 1 by a long double (lost by a double)
        assert_eq!((ld(1.0) + ld(2f64.powi(-63)) - ld(1.0)).to_f64(), 2f64.powi(-63));
    }

    // R 4.2.2: print(c(sum(x), mean(x), cumsum(x)[3]), digits = 17) (as printed) for
    // x <- c(0.1, 0.7, 1e-17, 0.3, 1e16, -1e16, 0.2)
    #[test]
    #[allow(clippy::excessive_precision)]
    fn sums_are_r_s() {
        let x = [0.1, 0.7, 1e-17, 0.3, 1e16, -1e16, 0.2];
        assert_eq!(sum(&x), Some(1.29960937499999996));
        assert_eq!(mean(&x), Some(0.18575414540816326));
        assert_eq!(cumulative(&x, false).unwrap()[2], 0.79999999999999993);
        // c(sum(y), mean(y)), y <- c(0.1, 0.2, 0.3): a double sum gives 0.60000000000000009
        let y = [0.1, 0.2, 0.3];
        assert_eq!(sum(&y), Some(0.59999999999999998));
        assert_eq!(mean(&y), Some(0.20000000000000001));
        assert_eq!(cumulative(&[1.1, 1.3, 1.7], true).unwrap(), vec![1.1000000000000001, 1.4300000000000002, 2.431]);
        assert_eq!(int_mean(&[1.0, 2.0, 4.0]), 2.3333333333333335);
    }
}

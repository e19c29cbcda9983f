//! Complex numbers as R computes them: arithmetic (`complex.c: complex_binary, complex_unary`),
//! comparison (`relop.c: complex_relop`), the `Complex` group (`do_cmathfuns`: `Re`, `Im`, `Mod`,
//! `Arg`, `Conj`, and `abs`), the `Math` functions of one argument (`complex_math1`) and of two
//! (`complex_math2`: `round`, `signif`, `log` with a base).
//!
//! R's C code computes with C99 `double complex`: a product or quotient is gcc's code (the
//! products inline, libgcc's `__muldc3` and `__divdc3`, reproduced here), `exp`, `sqrt`, `log`,
//! `cos`, ... are the C library's `cexp`, `csqrt`, `clog`, `ccos`, ... (R's `configure` finds
//! them in glibc), which the simulator calls, so the values are R's to the last bit.
//!
//! Values live in [`Num::Complex`]; a complex vector described by a real [`Num`] holds those real
//! parts with imaginary parts 0 ([`elt`] reads both).

use std::rc::Rc;

use super::{primitive, Args, Builtin};
use crate::heap::{is_na_real, na_real, Body, Num, ObjId, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{num_at, EvalResult, Interp, MAX_CONCRETE};

/// One complex number: (real, imaginary).
pub type Z = (f64, f64);

/// C99's `double complex`: two doubles, passed and returned as a struct of two doubles is (the
/// x86-64 System V and AArch64 calling conventions treat them alike).
#[repr(C)]
#[derive(Clone, Copy)]
struct C99 {
    re: f64,
    im: f64,
}

fn c99(z: Z) -> C99 {
    C99 { re: z.0, im: z.1 }
}

fn z(c: C99) -> Z {
    (c.re, c.im)
}

extern "C" {
    fn cexp(z: C99) -> C99;
    fn clog(z: C99) -> C99;
    fn csqrt(z: C99) -> C99;
    fn ccos(z: C99) -> C99;
    fn csin(z: C99) -> C99;
    fn ctan(z: C99) -> C99;
    fn casin(z: C99) -> C99;
    fn cacos(z: C99) -> C99;
    fn catan(z: C99) -> C99;
    fn ccosh(z: C99) -> C99;
    fn csinh(z: C99) -> C99;
    fn ctanh(z: C99) -> C99;
    fn cpow(x: C99, y: C99) -> C99;
}

fn copysign01(on: bool, sign: f64) -> f64 {
    (if on { 1.0f64 } else { 0.0 }).copysign(sign)
}

fn zero_if_nan(x: f64) -> f64 {
    if x.is_nan() {
        0f64.copysign(x)
    } else {
        x
    }
}

/// `x * y` as gcc compiles it for `double complex`: the products inline, then libgcc's
/// `__muldc3` (libgcc2.c, GCC 12) when both parts are NaN, which recovers infinities.
pub fn mul(x: Z, y: Z) -> Z {
    let ((mut a, mut b), (mut c, mut d)) = (x, y);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let (mut re, mut im) = (ac - bd, ad + bc);
    if re.is_nan() && im.is_nan() {
        let mut recalc = false;
        if a.is_infinite() || b.is_infinite() {
            a = copysign01(a.is_infinite(), a);
            b = copysign01(b.is_infinite(), b);
            c = zero_if_nan(c);
            d = zero_if_nan(d);
            recalc = true;
        }
        if c.is_infinite() || d.is_infinite() {
            c = copysign01(c.is_infinite(), c);
            d = copysign01(d.is_infinite(), d);
            a = zero_if_nan(a);
            b = zero_if_nan(b);
            recalc = true;
        }
        if !recalc && (ac.is_infinite() || bd.is_infinite() || ad.is_infinite() || bc.is_infinite()) {
            (a, b, c, d) = (zero_if_nan(a), zero_if_nan(b), zero_if_nan(c), zero_if_nan(d));
            recalc = true;
        }
        if recalc {
            re = f64::INFINITY * (a * c - b * d);
            im = f64::INFINITY * (a * d + b * c);
        }
    }
    (re, im)
}

/// `x / y` as gcc compiles it for `double complex`: libgcc's `__divdc3` (libgcc2.c, GCC 12, the
/// compiler of R 4.2.2 on Debian 12): Smith's method with scaling against overflow and
/// underflow, then the recovery of infinities and zeros computed as NaN.
pub fn div(x: Z, y: Z) -> Z {
    const RBIG: f64 = f64::MAX / 2.0;
    const RMIN: f64 = f64::MIN_POSITIVE;
    const RMIN2: f64 = f64::EPSILON;
    const RMINSCAL: f64 = 1.0 / f64::EPSILON;
    const RMAX2: f64 = RBIG * RMIN2;
    let ((mut a, mut b), (mut c, mut d)) = (x, y);
    let (re, im);
    let halve = |a: &mut f64, b: &mut f64, c: &mut f64, d: &mut f64| {
        *a /= 2.0;
        *b /= 2.0;
        *c /= 2.0;
        *d /= 2.0;
    };
    let scale = |a: &mut f64, b: &mut f64, c: &mut f64, d: &mut f64| {
        *a *= RMINSCAL;
        *b *= RMINSCAL;
        *c *= RMINSCAL;
        *d *= RMINSCAL;
    };
    if c.abs() < d.abs() {
        if d.abs() >= RBIG {
            halve(&mut a, &mut b, &mut c, &mut d);
        }
        if d.abs() < RMIN2
            || (a.abs() < RMIN && b.abs() < RMAX2 && d.abs() < RMAX2)
            || (b.abs() < RMIN && a.abs() < RMAX2 && d.abs() < RMAX2)
        {
            scale(&mut a, &mut b, &mut c, &mut d);
        }
        let ratio = c / d;
        let denom = (c * ratio) + d;
        if ratio.abs() > RMIN {
            re = ((a * ratio) + b) / denom;
            im = ((b * ratio) - a) / denom;
        } else {
            re = ((c * (a / d)) + b) / denom;
            im = ((c * (b / d)) - a) / denom;
        }
    } else {
        if c.abs() >= RBIG {
            halve(&mut a, &mut b, &mut c, &mut d);
        }
        if c.abs() < RMIN2
            || (a.abs() < RMIN && b.abs() < RMAX2 && c.abs() < RMAX2)
            || (b.abs() < RMIN && a.abs() < RMAX2 && c.abs() < RMAX2)
        {
            scale(&mut a, &mut b, &mut c, &mut d);
        }
        let ratio = d / c;
        let denom = (d * ratio) + c;
        if ratio.abs() > RMIN {
            re = ((b * ratio) + a) / denom;
            im = (b - (a * ratio)) / denom;
        } else {
            re = (a + (d * (b / c))) / denom;
            im = (b - (d * (a / c))) / denom;
        }
    }
    if re.is_nan() && im.is_nan() {
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            let inf = f64::INFINITY.copysign(c);
            return (inf * a, inf * b);
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (copysign01(a.is_infinite(), a), copysign01(b.is_infinite(), b));
            return (f64::INFINITY * (a * c + b * d), f64::INFINITY * (b * c - a * d));
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (copysign01(c.is_infinite(), c), copysign01(d.is_infinite(), d));
            return (0.0 * (a * c + b * d), 0.0 * (b * c - a * d));
        }
    }
    (re, im)
}

fn libm(f: unsafe extern "C" fn(C99) -> C99, x: Z) -> Z {
    // SAFETY: the C library's complex functions are pure functions of their argument.
    z(unsafe { f(c99(x)) })
}

/// `R_cpow_n` (complex.c): `X^k` by repeated squaring.
fn cpow_n(mut x: Z, k: i32) -> Z {
    if k == 0 {
        (1.0, 0.0)
    } else if k == 1 {
        x
    } else if k < 0 {
        div((1.0, 0.0), cpow_n(x, -k))
    } else {
        let mut k = k;
        let mut r = (1.0, 0.0);
        while k > 0 {
            if k & 1 == 1 {
                r = mul(r, x);
            }
            if k == 1 {
                break;
            }
            k >>= 1;
            x = mul(x, x);
        }
        r
    }
}

/// `mycpow` (complex.c): `X^Y`.
fn pow(x: Z, y: Z) -> Z {
    let (yr, yi) = y;
    if x.0 == 0.0 && x.1 == 0.0 {
        if yi == 0.0 {
            (crate::nmath::round::r_pow(0.0, yr), 0.0)
        } else {
            (f64::NAN, f64::NAN)
        }
    } else if yi == 0.0 && yr.is_finite() && yr == (yr as i32) as f64 && (yr as i32).abs() <= 65536 {
        cpow_n(x, yr as i32)
    } else {
        // SAFETY: the C library's `cpow` is a pure function of its arguments.
        z(unsafe { cpow(c99(x), c99(y)) })
    }
}

/// `z * I` and `-I * z` (gcc multiplies by the constant `I` component by component).
fn times_i(w: Z) -> Z {
    (-w.1, w.0)
}

fn times_minus_i(w: Z) -> Z {
    (w.1, -w.0)
}

/// `z_tan` (complex.c): the imaginary part of a large argument's tangent is exactly ±1.
fn z_tan(x: Z) -> Z {
    let y = x.1;
    let mut r = libm(ctan, x);
    if y.is_finite() && y.abs() > 25.0 {
        r.1 = if y < 0.0 { -1.0 } else { 1.0 };
    }
    r
}

/// `z_asin` (complex.c): R's own value on the branch cuts.
fn z_asin(x: Z) -> Z {
    if x.1 == 0.0 && x.0.abs() > 1.0 {
        let t1 = 0.5 * (x.0 + 1.0).abs();
        let t2 = 0.5 * (x.0 - 1.0).abs();
        let alpha = t1 + t2;
        let mut ri = (alpha + (alpha * alpha - 1.0).sqrt()).ln();
        if x.0 > 1.0 {
            ri *= -1.0;
        }
        return ((t1 - t2).asin(), ri);
    }
    libm(casin, x)
}

fn z_acos(x: Z) -> Z {
    if x.1 == 0.0 && x.0.abs() > 1.0 {
        let a = z_asin(x);
        return (std::f64::consts::FRAC_PI_2 - a.0, -a.1);
    }
    libm(cacos, x)
}

fn z_atan(x: Z) -> Z {
    if x.0 == 0.0 && x.1.abs() > 1.0 {
        let y = x.1;
        let rr = if y > 0.0 { std::f64::consts::FRAC_PI_2 } else { -std::f64::consts::FRAC_PI_2 };
        let ri = 0.25 * (((y + 1.0) * (y + 1.0)) / ((y - 1.0) * (y - 1.0))).ln();
        return (rr, ri);
    }
    libm(catan, x)
}

/// The function `complex_math1` applies for a `Math` group member, if R has one.
fn math1_fn(name: &str) -> Option<fn(Z) -> Z> {
    Some(match name {
        "log" => |x| libm(clog, x),
        "sqrt" => |x| libm(csqrt, x),
        "exp" => |x| libm(cexp, x),
        "cos" => |x| libm(ccos, x),
        "sin" => |x| libm(csin, x),
        "tan" => z_tan,
        "acos" => z_acos,
        "asin" => z_asin,
        "atan" => z_atan,
        "cosh" => |x| libm(ccosh, x),
        "sinh" => |x| libm(csinh, x),
        "tanh" => |x| libm(ctanh, x),
        "acosh" => |x| times_i(z_acos(x)),
        "asinh" => |x| times_minus_i(z_asin(times_i(x))),
        "atanh" => |x| times_minus_i(z_atan(times_i(x))),
        _ => return None,
    })
}

// ---- values -----------------------------------------------------------------------------------

/// `ComplexFromLogical`, `ComplexFromInteger`, `ComplexFromReal` (coerce.c): an integer or
/// logical NA is NA in both parts, a double keeps its NaN with imaginary part 0.
fn from_number(x: f64, t: SexpType) -> Z {
    if is_na_real(x) && matches!(t, SexpType::Lgl | SexpType::Int) {
        (na_real(), na_real())
    } else {
        (x, 0.0)
    }
}

/// Element `i` of a numeric-like vector of type `t` with values `n`, as a complex number.
pub fn elt(n: &Num, t: SexpType, i: u64) -> Option<Z> {
    match n {
        Num::Complex(v) => v.get(i as usize).copied(),
        other => num_at(other, i).map(|x| from_number(x, t)),
    }
}

/// Every element of a short numeric-like value as a complex number, if known.
pub fn values(it: &Interp, v: Val) -> Option<Vec<Z>> {
    let n = it.length(v);
    if n > MAX_CONCRETE {
        return None;
    }
    let (content, t) = (it.num_content(v), it.type_of(v));
    (0..n).map(|i| elt(&content, t, i)).collect()
}

/// Values as a vector holds them (unknown past the concrete-values limit).
pub fn content(v: Option<Vec<Z>>) -> Num {
    match v {
        Some(v) if v.len() as u64 <= MAX_CONCRETE => Num::Complex(Rc::new(v)),
        _ => Num::Unknown,
    }
}

fn is_nan(z: Z) -> bool {
    z.0.is_nan() || z.1.is_nan()
}

fn is_na(z: Z) -> bool {
    is_na_real(z.0) || is_na_real(z.1)
}

/// `x op y` of `complex_binary` (`+ - * / ^`); `None`: "unimplemented complex operation".
pub fn arith(op: super::arith::Op, x: Z, y: Z) -> Option<Z> {
    use super::arith::Op;
    Some(match op {
        Op::Add => (x.0 + y.0, x.1 + y.1),
        Op::Sub => (x.0 - y.0, x.1 - y.1),
        Op::Mul => mul(x, y),
        Op::Div => div(x, y),
        Op::Pow => pow(x, y),
        _ => return None,
    })
}

/// `complex_relop`: `==` and `!=` (NA when a part of either is NaN).
pub fn relop(op: super::arith::Op, x: Z, y: Z) -> f64 {
    if is_nan(x) || is_nan(y) {
        return na_real();
    }
    let eq = x.0 == y.0 && x.1 == y.1;
    (if op == super::arith::Op::Eq { eq } else { !eq }) as i32 as f64
}

/// The values of `x op y` over recycled operands (`n` long), as far as known.
pub fn binary_content(it: &Interp, op: super::arith::Op, x: Val, y: Val, n: u64) -> Num {
    let (Some(a), Some(b)) = (values(it, x), values(it, y)) else { return Num::Unknown };
    if a.is_empty() || b.is_empty() || n > MAX_CONCRETE {
        return Num::Unknown;
    }
    let idx = |i: u64, v: &[Z]| v[(i % v.len() as u64) as usize];
    if op.is_compare() {
        let v: Vec<f64> = (0..n).map(|i| relop(op, idx(i, &a), idx(i, &b))).collect();
        return Num::Values(Rc::new(v));
    }
    content((0..n).map(|i| arith(op, idx(i, &a), idx(i, &b))).collect())
}

/// `complex_unary`'s minus.
pub fn negate(it: &Interp, x: Val) -> Num {
    content(values(it, x).map(|v| v.into_iter().map(|z| (-z.0, -z.1)).collect()))
}

/// `complex_math1(call, op, args, env)`: `f` over every element into a new complex vector with
/// `x`'s attributes (`SHALLOW_DUPLICATE_ATTRIB`); "NaNs produced in function" when a NaN
/// appears from numbers. R's error for the `Math` members without a complex version.
pub fn math1(it: &mut Interp, ctx: &CallCtx, x: Val, name: &str) -> EvalResult<Val> {
    let Some(f) = math1_fn(name) else { return Err(ctx.error("unimplemented complex function")) };
    let n = it.length(x);
    let y = it.new_num(SexpType::Cplx, n, Num::Unknown)?;
    let mut naflag = false;
    let v = values(it, x).map(|v| {
        v.into_iter()
            .map(|z| {
                if is_na(z) {
                    return (na_real(), na_real());
                }
                let r = f(z);
                naflag |= is_nan(r) && !is_nan(z);
                r
            })
            .collect()
    });
    it.heap.obj_mut(y).body = Body::Num(content(v));
    if naflag {
        it.warn(Some(ctx.name()), format!("NaNs produced in function \"{name}\""))?;
    }
    it.heap.copy_attrs(x, y)?;
    Ok(Val::Obj(y))
}

/// `z_rround`, `z_prec` (`z_prec_r`) and `z_logbase` of `complex_math2`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Math2 {
    Round,
    Signif,
    LogBase,
}

/// `z_prec_r` (complex.c): `signif(x, digits)` of both parts together, by the larger one's
/// magnitude.
pub fn prec(x: Z, digits: f64) -> Z {
    const MAX_DIGITS: i32 = 22;
    let (m1, m2) = (x.0.abs(), x.1.abs());
    let mut m = 0.0;
    if m1.is_finite() {
        m = m1;
    }
    if m2.is_finite() && m2 > m {
        m = m2;
    }
    if m == 0.0 {
        return x;
    }
    if !digits.is_finite() {
        return if digits > 0.0 { x } else { (0.0, 0.0) };
    }
    let mut dig = (digits + 0.5).floor() as i32;
    if dig > MAX_DIGITS {
        return x;
    } else if dig < 1 {
        dig = 1;
    }
    let mag = m.log10().floor() as i32;
    dig = dig - mag - 1;
    if dig > 306 {
        let pow10 = 1.0e4;
        let d = (dig - 4) as f64;
        (crate::nmath::round::fround(pow10 * x.0, d) / pow10, crate::nmath::round::fround(pow10 * x.1, d) / pow10)
    } else {
        (crate::nmath::round::fround(x.0, dig as f64), crate::nmath::round::fround(x.1, dig as f64))
    }
}

fn math2_point(f: Math2, a: Z, b: Z) -> Z {
    match f {
        Math2::Round => (crate::nmath::round::fround(a.0, b.0), crate::nmath::round::fround(a.1, b.0)),
        Math2::Signif => prec(a, b.0),
        Math2::LogBase => div(libm(clog, a), libm(clog, b)),
    }
}

/// `complex_math2(call, op, args, env)`: both arguments coerced to complex, the result a new
/// complex vector with the attributes of the argument as long as it (`a`'s first).
pub fn math2(it: &mut Interp, ctx: &CallCtx, sa: Val, sb: Val, f: Math2, name: &str) -> EvalResult<Val> {
    let a = super::coerce::coerce_vector(it, sa, SexpType::Cplx)?;
    it.heap.protect(a);
    let b = super::coerce::coerce_vector(it, sb, SexpType::Cplx)?;
    it.heap.protect(b);
    let (na, nb) = (it.length(a), it.length(b));
    if na == 0 || nb == 0 {
        return Ok(Val::Obj(it.new_num(SexpType::Cplx, 0, Num::Unknown)?));
    }
    let n = na.max(nb);
    let y = it.new_num(SexpType::Cplx, n, Num::Unknown)?;
    let mut naflag = false;
    let v = match (values(it, a), values(it, b)) {
        (Some(va), Some(vb)) if n <= MAX_CONCRETE => Some(
            (0..n as usize)
                .map(|i| {
                    let (ai, bi) = (va[i % va.len()], vb[i % vb.len()]);
                    if is_na_real(ai.0) && is_na_real(ai.1) && is_na_real(bi.0) && is_na_real(bi.1) {
                        return (na_real(), na_real());
                    }
                    let r = math2_point(f, ai, bi);
                    naflag |= is_nan(r) && !(is_nan(ai) || is_nan(bi));
                    r
                })
                .collect(),
        ),
        _ => None,
    };
    it.heap.obj_mut(y).body = Body::Num(content(v));
    if naflag {
        it.warn(Some(ctx.name()), format!("NaNs produced in function \"{name}\""))?;
    }
    if n == na {
        it.heap.copy_attrs(a, y)?;
    } else if n == nb {
        it.heap.copy_attrs(b, y)?;
    }
    Ok(Val::Obj(y))
}

// ---- the Complex group --------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Re,
    Im,
    Mod,
    Arg,
    Conj,
}

pub(super) const BUILTINS: &[Builtin] = &[
    primitive("Re", &["z"], |it, c, a| cmathfuns(it, c, a, Part::Re)),
    primitive("Im", &["z"], |it, c, a| cmathfuns(it, c, a, Part::Im)),
    primitive("Mod", &["z"], |it, c, a| cmathfuns(it, c, a, Part::Mod)),
    primitive("Arg", &["z"], |it, c, a| cmathfuns(it, c, a, Part::Arg)),
    primitive("Conj", &["z"], |it, c, a| cmathfuns(it, c, a, Part::Conj)),
];

fn cmathfuns(it: &mut Interp, ctx: &CallCtx, a: &mut Args, part: Part) -> EvalResult<Val> {
    let x = a.need(ctx, "z")?;
    cmath(it, ctx, x, part)
}

/// `abs()` of a complex vector: `do_cmathfuns`'s `Mod`.
pub fn modulus(it: &mut Interp, ctx: &CallCtx, x: Val) -> EvalResult<Val> {
    cmath(it, ctx, x, Part::Mod)
}

/// `do_cmathfuns`: of a complex vector a new double vector (`Conj`: a complex one, or the
/// argument itself when nothing references it); of numbers the argument coerced to double, in
/// place when nothing references it. Attributes are shared with a new result.
fn cmath(it: &mut Interp, ctx: &CallCtx, x: Val, part: Part) -> EvalResult<Val> {
    let t = it.type_of(x);
    let n = it.length(x);
    let y = if t == SexpType::Cplx {
        let v = values(it, x);
        if part == Part::Conj {
            let num = content(v.map(|v| v.into_iter().map(|z| (z.0, -z.1)).collect()));
            match unreferenced(it, x, SexpType::Cplx) {
                Some(o) => {
                    it.heap.obj_mut(o).body = Body::Num(num);
                    o
                }
                None => it.new_num(SexpType::Cplx, n, num)?,
            }
        } else {
            let f: fn(Z) -> f64 = match part {
                Part::Re => |z| z.0,
                Part::Im => |z| z.1,
                Part::Mod => |z| z.0.hypot(z.1),
                _ => |z| z.1.atan2(z.0),
            };
            let num = match v {
                Some(v) => Num::Values(Rc::new(v.into_iter().map(f).collect())),
                None => Num::Unknown,
            };
            it.new_num(SexpType::Real, n, num)?
        }
    } else if matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real) {
        let sa = super::coerce::coerce_vector(it, x, SexpType::Real)?;
        it.heap.protect(sa);
        let f: fn(f64) -> f64 = match part {
            Part::Re | Part::Conj => |x| x,
            Part::Im => |_| 0.0,
            Part::Arg => |x| {
                if x.is_nan() {
                    x
                } else if x >= 0.0 {
                    0.0
                } else {
                    std::f64::consts::PI
                }
            },
            Part::Mod => f64::abs,
        };
        let num = crate::lang::interp::map_num(&it.num_content(sa), n, f);
        let o = match unreferenced(it, sa, SexpType::Real) {
            Some(o) => o,
            None => it.new_num(SexpType::Real, n, Num::Unknown)?,
        };
        it.heap.obj_mut(o).body = Body::Num(crate::lang::interp::normalize_num(num, n));
        if Val::Obj(o) == sa {
            return Ok(sa);
        }
        o
    } else {
        return Err(ctx.error("non-numeric argument to function"));
    };
    if Val::Obj(y) != x {
        it.heap.copy_attrs(x, y)?;
    }
    Ok(Val::Obj(y))
}

/// A vector nothing references (`NO_REFERENCES`), which may hold the result.
fn unreferenced(it: &Interp, v: Val, t: SexpType) -> Option<ObjId> {
    let Val::Obj(o) = v else { return None };
    let ob = it.heap.obj(o);
    (ob.refs == 0 && ob.sexp == t && !ob.altrep && ob.wrapped.is_none() && matches!(ob.body, Body::Num(_))).then_some(o)
}

/// `complex_mean` (summary.c): each part summed in long double, divided, then refined by the mean
/// of the residuals, as `real_mean` does.
pub fn mean(v: &[Z]) -> Option<Z> {
    let re: Vec<f64> = v.iter().map(|z| z.0).collect();
    let im: Vec<f64> = v.iter().map(|z| z.1).collect();
    Some((crate::lang::ldouble::mean(&re)?, crate::lang::ldouble::mean(&im)?))
}

/// `is.na()` of a complex number (`ISNAN` of either part).
pub fn is_na_value(z: Z) -> bool {
    is_nan(z)
}

/// The elements at 0-based positions `sel` of `x` (NA past the end).
pub fn pick(it: &Interp, x: Val, sel: &[u64]) -> Num {
    let (c, t, n) = (it.num_content(x), it.type_of(x), it.length(x));
    let v: Option<Vec<Z>> =
        sel.iter().map(|&k| if k < n { elt(&c, t, k) } else { Some((na_real(), na_real())) }).collect();
    content(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values printed by R 4.2.2 with sprintf("%a", Re(.)) / Im(.): exp(2i * pi * 0.25),
    // (1+2i) / (3-1i), (1+2i)^3, sqrt(-4+0i).
    #[test]
    fn c_library_values() {
        let e = libm(cexp, (0.0, 2.0 * std::f64::consts::PI * 0.25));
        assert_eq!(e, (6.123233995736766e-17, 1.0));
        assert_eq!(div((1.0, 2.0), (3.0, -1.0)), (0.1, 0.7000000000000001));
        assert_eq!(pow((1.0, 2.0), (3.0, 0.0)), (-11.0, -2.0));
        assert_eq!(libm(csqrt, (-4.0, 0.0)), (0.0, 2.0));
    }
}

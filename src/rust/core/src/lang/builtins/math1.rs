//! R's elementwise mathematical functions (`arithmetic.c`): the `Math` group primitives of one
//! argument (`math1`: `floor`, `sqrt`, `exp`, `cos`, `gamma`, `cospi`, ...), `trunc`, `abs`,
//! `log` with its base (`math2(x, base, logbase)`), `log2`, `log10`, `round` and `signif` with
//! digits (`do_Math2`), and the `.Internal`s of two arguments (`atan2`, `beta`, `lbeta`,
//! `choose`, `lchoose`, `psigamma`). Values come from [`crate::nmath`] and the C library.
//!
//! What each allocates is what its C code does: the argument coerced to double (a new vector
//! unless it is one), the result in that coerced vector when nothing references it
//! (`NO_REFERENCES`) or else a new one, the argument's attributes copied onto a new result. Byte
//! code computes the inlined ones (`MATH1.OP`, `SQRT.OP`, `EXP.OP`, `LOG.OP`) on a scalar without
//! allocating anything ([`inline_scalar`]).

use std::rc::Rc;

use super::complex::Math2;
use super::internal::internal;
use super::{inlined, primitive, Args, Builtin};
use crate::heap::{is_na_real, Body, Num, Obj, ObjId, SexpType, Val};
use crate::lang::ast::Call;
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{normalize_num, num_at, EvalResult, Interp, Mode, MAX_CONCRETE};
use crate::nmath;

type F1 = fn(f64) -> f64;

/// `math1funs` of the byte-code compiler and `sqrt`, `exp`: inlined (`MATH1.OP` ...).
const MATH1: &[(&str, F1)] = &[
    ("floor", f64::floor),
    ("ceiling", f64::ceil),
    ("sqrt", f64::sqrt),
    ("sign", sign),
    ("exp", f64::exp),
    ("expm1", f64::exp_m1),
    ("log1p", f64::ln_1p),
    ("cos", f64::cos),
    ("sin", f64::sin),
    ("tan", f64::tan),
    ("acos", f64::acos),
    ("asin", f64::asin),
    ("atan", f64::atan),
    ("cosh", f64::cosh),
    ("sinh", f64::sinh),
    ("tanh", f64::tanh),
    ("acosh", f64::acosh),
    ("asinh", f64::asinh),
    ("atanh", f64::atanh),
    ("lgamma", nmath::lgammafn),
    ("gamma", nmath::gammafn),
    ("digamma", nmath::polygamma::digamma),
    ("trigamma", nmath::polygamma::trigamma),
    ("cospi", nmath::gamma::cospi),
    ("sinpi", nmath::gamma::sinpi),
    ("tanpi", nmath::gamma::tanpi),
];

/// `sign()` (nmath/sign.c).
fn sign(x: f64) -> f64 {
    if x.is_nan() {
        x
    } else if x > 0. {
        1.
    } else if x == 0. {
        0.
    } else {
        -1.
    }
}

/// `R_log` (arithmetic.h): `log()` with R's answers for 0 and negative numbers.
fn r_log(x: f64) -> f64 {
    if x > 0. {
        x.ln()
    } else if x == 0. {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// `logbase(x, base)` (arithmetic.h).
fn logbase(x: f64, base: f64) -> f64 {
    let special = |f: fn(f64) -> f64| {
        if x > 0. {
            f(x)
        } else if x == 0. {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    };
    if base == 10. {
        return special(f64::log10);
    }
    if base == 2. {
        return special(f64::log2);
    }
    r_log(x) / r_log(base)
}

macro_rules! m1 {
    ($name:literal) => {
        inlined($name, &["x"], |it, c, a| {
            let x = a.need(c, "x")?;
            math1(it, c, x, math1_fn($name).expect("a math1 function"), $name)
        })
    };
}

pub(super) const BUILTINS: &[Builtin] = &[
    m1!("floor"),
    m1!("ceiling"),
    m1!("sqrt"),
    m1!("sign"),
    m1!("exp"),
    m1!("expm1"),
    m1!("log1p"),
    m1!("cos"),
    m1!("sin"),
    m1!("tan"),
    m1!("acos"),
    m1!("asin"),
    m1!("atan"),
    m1!("cosh"),
    m1!("sinh"),
    m1!("tanh"),
    m1!("acosh"),
    m1!("asinh"),
    m1!("atanh"),
    m1!("lgamma"),
    m1!("gamma"),
    m1!("digamma"),
    m1!("trigamma"),
    m1!("cospi"),
    m1!("sinpi"),
    m1!("tanpi"),
    primitive("trunc", &["x", "..."], |it, c, a| {
        let x = a.need(c, "x")?;
        math1(it, c, x, f64::trunc, "trunc")
    }),
    primitive("abs", &["x"], abs),
    inlined("log", &["x", "base"], log),
    primitive("log2", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        let two = it.new_num(SexpType::Real, 1, Num::Fill(2.))?;
        math2(it, c, x, Val::Obj(two), logbase, Some((Math2::LogBase, "log2")))
    }),
    primitive("log10", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        let ten = it.new_num(SexpType::Real, 1, Num::Fill(10.))?;
        math2(it, c, x, Val::Obj(ten), logbase, Some((Math2::LogBase, "log10")))
    }),
    primitive("round", &["x", "digits"], |it, c, a| {
        round_signif(it, c, a, 0., nmath::round::fround, (Math2::Round, "round"))
    })
    .scratch(2, 0),
    primitive("signif", &["x", "digits"], |it, c, a| {
        round_signif(it, c, a, 6., nmath::round::fprec, (Math2::Signif, "signif"))
    })
    .scratch(2, 0),
];

pub(super) const INTERNALS: &[Builtin] = &[
    internal("atan2", &["y", "x"], |it, c, a| math2_args(it, c, a, f64::atan2)),
    internal("beta", &["a", "b"], |it, c, a| math2_args(it, c, a, nmath::beta_fn)),
    internal("lbeta", &["a", "b"], |it, c, a| math2_args(it, c, a, nmath::lbeta)),
    internal("choose", &["n", "k"], |it, c, a| math2_args(it, c, a, nmath::choose)),
    internal("lchoose", &["n", "k"], |it, c, a| math2_args(it, c, a, nmath::lchoose)),
    internal("psigamma", &["x", "deriv"], |it, c, a| math2_args(it, c, a, nmath::polygamma::psigamma)),
];

/// The `f64` function of an inlined math function of one argument.
pub(super) fn math1_fn(name: &str) -> Option<F1> {
    MATH1.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The function byte code applies to a scalar for an inlined function of one argument.
pub(super) fn inline_fn(name: &str) -> Option<F1> {
    if name == "log" {
        return Some(r_log);
    }
    math1_fn(name)
}

/// `isNumeric()`: logical, integer (not a factor) or double.
pub(super) fn is_numeric(it: &Interp, v: Val) -> bool {
    match it.type_of(v) {
        SexpType::Lgl | SexpType::Real => true,
        SexpType::Int => !super::objects::inherits_class(it, v, "factor"),
        _ => false,
    }
}

/// `coerceVector(v, REALSXP)` of a numeric vector: `v` itself when it is double; a compact
/// integer sequence not yet expanded becomes a compact real sequence (`compact_intseq_Coerce`);
/// anything else a new double vector with `v`'s attributes (`coerceToReal`).
pub(super) fn coerce_real(it: &mut Interp, v: Val) -> EvalResult<Val> {
    if it.type_of(v) == SexpType::Real {
        return Ok(v);
    }
    let n = it.length(v);
    let Val::Obj(o) = v else {
        return Ok(Val::Obj(it.new_num(SexpType::Real, 1, it.num_content(v))?));
    };
    let ob = it.heap.obj(o);
    let id = if ob.altrep && !ob.expanded {
        let mut c = Obj::vector(SexpType::Real, 3, Body::Num(it.num_content(v)));
        c.altrep = true;
        c.nodes = 2;
        c.length = n;
        c.capacity = n;
        it.heap.alloc(c)?
    } else {
        let num = it.num_content(v);
        it.new_num(SexpType::Real, n, num)?
    };
    it.heap.copy_attrs(v, id)?;
    Ok(Val::Obj(id))
}

/// A vector nothing references (`NO_REFERENCES`), which a function may overwrite with its result.
fn unreferenced(it: &Interp, v: Val, t: SexpType) -> Option<ObjId> {
    let Val::Obj(o) = v else { return None };
    let ob = it.heap.obj(o);
    (ob.refs == 0 && ob.sexp == t && !ob.altrep && ob.wrapped.is_none() && matches!(ob.body, Body::Num(_))).then_some(o)
}

/// `f` over every known element of `num` (a vector of length `n`).
fn map_num(num: &Num, n: u64, f: &mut dyn FnMut(f64) -> f64) -> Num {
    match num {
        Num::Fill(x) => Num::Fill(f(*x)),
        Num::Values(v) => Num::Values(Rc::new(v.iter().map(|&x| f(x)).collect())),
        s @ Num::Seq { .. } if n <= MAX_CONCRETE => {
            Num::Values(Rc::new((0..n).map(|i| f(num_at(s, i).unwrap_or(f64::NAN))).collect()))
        }
        _ => Num::Unknown,
    }
}

/// `math1(sa, f, lcall)` (arithmetic.c); a complex argument goes to `complex_math1`.
pub(super) fn math1(it: &mut Interp, ctx: &CallCtx, x: Val, f: F1, name: &str) -> EvalResult<Val> {
    if it.type_of(x) == SexpType::Cplx {
        return super::complex::math1(it, ctx, x, name);
    }
    if !is_numeric(it, x) {
        return Err(ctx.error("non-numeric argument to mathematical function"));
    }
    let n = it.length(x);
    let sa = coerce_real(it, x)?;
    it.heap.protect(sa);
    it.expand_altrep(sa)?;
    let sy = match unreferenced(it, sa, SexpType::Real) {
        Some(o) => o,
        None => it.new_num(SexpType::Real, n, Num::Unknown)?,
    };
    let mut naflag = false;
    let num = map_num(&it.num_content(sa), n, &mut |v| {
        let y = f(v);
        if y.is_nan() {
            if v.is_nan() {
                return v;
            }
            naflag = true;
        }
        y
    });
    it.heap.obj_mut(sy).body = Body::Num(normalize_num(num, n));
    if naflag {
        it.warn(Some(ctx.name()), "NaNs produced".to_string())?;
    }
    if Val::Obj(sy) != sa {
        it.heap.copy_attrs(sa, sy)?;
    }
    Ok(Val::Obj(sy))
}

/// Byte code's `MATH1.OP`, `SQRT.OP`, `EXP.OP`, `LOG.OP` on a scalar number without attributes:
/// the value stays on the stack, nothing is allocated. Anything else goes to the builtin with a
/// one-cell argument list (`CONS_NR`).
pub(super) fn inline_scalar(
    it: &mut Interp,
    b: &'static Builtin,
    call: &Rc<Call>,
    env: crate::heap::ObjId,
    f: F1,
) -> EvalResult<Val> {
    let e = call.args[0].value.as_ref().expect("one argument");
    let x = it.eval(e, env, Mode::Compiled)?;
    let scalar = match x {
        Val::Dbl(d) => Some(d),
        Val::Int(i) | Val::Lgl(i) => Some(crate::lang::interp::int_to_f64(i)),
        Val::Obj(o) => {
            let ob = it.heap.obj(o);
            match (&ob.body, ob.sexp) {
                (Body::Num(Num::Fill(d)), SexpType::Real | SexpType::Int | SexpType::Lgl)
                    if ob.length == 1 && ob.attrs.is_none() =>
                {
                    Some(*d)
                }
                _ => None,
            }
        }
    };
    if let Some(v) = scalar {
        let mut y = f(v);
        if y.is_nan() {
            if v.is_nan() {
                y = v;
            } else {
                it.warn(Some(crate::lang::deparse::call_text(call)), "NaNs produced".to_string())?;
            }
        }
        it.visible = true;
        return Ok(Val::Dbl(y));
    }
    let x = match x {
        Val::Obj(o) => Val::Obj(o),
        s => Val::Obj(it.boxed(s)?),
    };
    it.heap.protect(x);
    it.heap.alloc_scratch(1, 0)?;
    let ctx = CallCtx { call, env, mode: Mode::Compiled };
    super::invoke(it, b, &ctx, vec![ArgVal { name: None, value: x }], 0)
}

/// `abs(x)` (`do_abs`): integers and logicals give integers (read through the data pointer, so
/// a compact sequence expands), doubles doubles, in the argument itself when nothing
/// references it.
fn abs(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let t = it.type_of(x);
    let n = it.length(x);
    let out_t = match t {
        SexpType::Int | SexpType::Lgl => SexpType::Int,
        SexpType::Real => SexpType::Real,
        SexpType::Cplx => return super::complex::modulus(it, ctx, x),
        _ => return Err(ctx.error("non-numeric argument to mathematical function")),
    };
    it.expand_altrep(x)?;
    let s = match unreferenced(it, x, out_t).filter(|_| t == out_t) {
        Some(o) => o,
        None => it.new_num(out_t, n, Num::Unknown)?,
    };
    let num = map_num(&it.num_content(x), n, &mut |v| if v.is_nan() { v } else { v.abs() });
    it.heap.obj_mut(s).body = Body::Num(normalize_num(num, n));
    if Val::Obj(s) != x {
        it.heap.copy_attrs(x, s)?;
    }
    Ok(Val::Obj(s))
}

/// `math2(sa, sb, f, lcall)` (arithmetic.c): `f` over the recycled arguments, the attributes of
/// the one as long as the result (`x`'s first).
/// A complex argument goes to `complex_math2` with `cplx` (none: R's error).
fn math2(
    it: &mut Interp,
    ctx: &CallCtx,
    sa: Val,
    sb: Val,
    f: fn(f64, f64) -> f64,
    cplx: Option<(Math2, &str)>,
) -> EvalResult<Val> {
    if it.type_of(sa) == SexpType::Cplx || it.type_of(sb) == SexpType::Cplx {
        return match cplx {
            Some((k, name)) => super::complex::math2(it, ctx, sa, sb, k, name),
            None => Err(ctx.error("unimplemented complex function")),
        };
    }
    for v in [sa, sb] {
        if !is_numeric(it, v) {
            return Err(ctx.error("non-numeric argument to mathematical function"));
        }
    }
    let (na, nb) = (it.length(sa), it.length(sb));
    if na == 0 || nb == 0 {
        let y = it.new_num(SexpType::Real, 0, Num::Unknown)?;
        if na == 0 {
            it.heap.copy_attrs(sa, y)?;
        }
        return Ok(Val::Obj(y));
    }
    let n = na.max(nb);
    let a = coerce_real(it, sa)?;
    it.heap.protect(a);
    let b = coerce_real(it, sb)?;
    it.heap.protect(b);
    let y = it.new_num(SexpType::Real, n, Num::Unknown)?;
    it.expand_altrep(a)?;
    it.expand_altrep(b)?;
    let (ca, cb) = (it.num_content(a), it.num_content(b));
    let mut naflag = false;
    let mut point = |x: f64, z: f64| {
        if is_na_real(x) || is_na_real(z) {
            crate::heap::na_real()
        } else if x.is_nan() || z.is_nan() {
            f64::NAN
        } else {
            let v = f(x, z);
            naflag |= v.is_nan();
            v
        }
    };
    let num = match (&ca, &cb) {
        (Num::Unknown, _) | (_, Num::Unknown) => Num::Unknown,
        (Num::Fill(x), Num::Fill(z)) => Num::Fill(point(*x, *z)),
        _ if n <= MAX_CONCRETE => Num::Values(Rc::new(
            (0..n)
                .map(|i| point(num_at(&ca, i % na).unwrap_or(f64::NAN), num_at(&cb, i % nb).unwrap_or(f64::NAN)))
                .collect(),
        )),
        _ => Num::Unknown,
    };
    it.heap.obj_mut(y).body = Body::Num(normalize_num(num, n));
    for w in nmath::take_warnings() {
        it.warn(Some(ctx.name()), w)?;
    }
    if naflag {
        it.warn(Some(ctx.name()), "NaNs produced".to_string())?;
    }
    if n == na {
        it.heap.copy_attrs(a, y)?;
    } else if n == nb {
        it.heap.copy_attrs(b, y)?;
    }
    Ok(Val::Obj(y))
}

/// An `.Internal` of two numbers (`do_math2`).
fn math2_args(it: &mut Interp, ctx: &CallCtx, a: &mut Args, f: fn(f64, f64) -> f64) -> EvalResult<Val> {
    let (x, y) = (a.vals[0], a.vals[1]);
    let (Some(x), Some(y)) = (x, y) else {
        return Err(ctx.error(format!(
            "{} arguments passed to .Internal({}) which requires 2",
            a.dots.len(),
            ctx.name()
        )));
    };
    math2(it, ctx, x, y, f, None)
}

/// `log(x, base)` (`do_log_builtin`): `math1(x, R_log)`, or `math2(x, base, logbase)`.
fn log(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    match a.get("base") {
        None => math1(it, ctx, x, r_log, "log"),
        Some(base) => {
            if it.length(base) == 0 {
                return Err(ctx.error("invalid argument 'base' of length 0"));
            }
            math2(it, ctx, x, base, logbase, Some((Math2::LogBase, "log")))
        }
    }
}

/// `round(x, digits)` and `signif(x, digits)` (`do_Math2`): a missing `digits` is a new scalar
/// (0 or 6), then `math2(x, digits, fround)`.
fn round_signif(
    it: &mut Interp,
    ctx: &CallCtx,
    a: &mut Args,
    default: f64,
    f: fn(f64, f64) -> f64,
    cplx: (Math2, &str),
) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let digits = match a.get("digits") {
        Some(d) => {
            if it.length(d) == 0 {
                return Err(ctx.error("invalid second argument of length 0"));
            }
            d
        }
        None => {
            it.heap.alloc_scratch(1, 0)?;
            Val::Obj(it.new_num(SexpType::Real, 1, Num::Fill(default))?)
        }
    };
    math2(it, ctx, x, digits, f, Some(cplx))
}

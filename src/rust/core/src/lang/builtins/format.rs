//! paste.c's `.Internal(format(...))` (`do_format`) and `.Internal(format.info(...))`
//! (`do_formatinfo`), behind `format.default()`, `formatC()`'s character path and
//! `format.info()`: the common width of a vector's elements (format.c's `formatLogical`,
//! `formatInteger`, `formatReal`), then each element encoded in it.

use std::rc::Rc;

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};
use crate::lang::print::{encode_real, format_real, RealFormat};

pub(super) const INTERNALS: &[Builtin] = &[
    internal(
        "format",
        &["x", "trim", "digits", "nsmall", "width", "justify", "na.encode", "scientific", "decimal.mark"],
        format,
    ),
    internal("format.info", &["x", "digits", "nsmall"], format_info),
    internal("formatC", &["x", "mode", "width", "digits", "format", "flag", "i.strlen"], format_c),
];

/// `R_print.na_width`: the width of "NA".
const NA_WIDTH: usize = 2;

/// `asInteger()` of an argument; `None` for NA or NULL.
fn int_arg(it: &Interp, a: &Args, i: usize) -> Option<i64> {
    positional(a, i).and_then(|v| it.num_elt(v, 0)).filter(|x| !x.is_nan()).map(|x| x as i64)
}

/// `formatLogical`: the widest of "TRUE", "FALSE", "NA".
fn logical_width(xs: &[f64]) -> usize {
    let mut w = 1;
    for &x in xs {
        w = w.max(if x.is_nan() {
            NA_WIDTH
        } else if x != 0.0 {
            4
        } else {
            5
        });
        if w == 5 {
            break;
        }
    }
    w
}

/// `formatInteger`: the widest number, sign included ("NA" is 2).
fn integer_width(xs: &[f64]) -> usize {
    xs.iter().map(|&x| if x.is_nan() { NA_WIDTH } else { format!("{}", x as i64).len() }).max().unwrap_or(1).max(1)
}

/// The digits in effect: `digits` when given (`R_print.digits`), else `options(digits)`.
fn digits_arg(it: &Interp, ctx: &CallCtx, a: &Args, i: usize, what: &str) -> EvalResult<usize> {
    match positional(a, i).filter(|v| !it.is_null(*v)) {
        None => Ok(it.print_digits),
        Some(v) => match it.num_elt(v, 0) {
            Some(d) if !d.is_nan() && (0.0..=22.0).contains(&d) => Ok(d as usize),
            other => {
                let shown = other.filter(|d| !d.is_nan()).map_or("NA".to_string(), |d| format!("{}", d as i64));
                Err(closure_error(it, ctx, what.replace("%d", &shown)))
            }
        },
    }
}

fn pad(s: &str, w: usize, left: bool) -> String {
    let n = s.chars().count();
    if n >= w {
        s.to_string()
    } else if left {
        format!("{s}{}", " ".repeat(w - n))
    } else {
        format!("{}{s}", " ".repeat(w - n))
    }
}

/// `.Internal(format(x, trim, digits, nsmall, width, justify, na.encode, scientific,
/// decimal.mark))` (`do_format`): a character vector allocated after the width is found, each
/// element made by `mkChar`; a character `x` is duplicated first (the C code's `xx`). `dim` and
/// `dimnames`, or else `names`, are set on the answer.
fn format(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let t = it.type_of(x);
    if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Str | SexpType::Nil) {
        return Err(closure_error(it, ctx, "rheap does not simulate format() of this type"));
    }
    let trim = match positional(a, 1).and_then(|v| it.num_elt(v, 0)) {
        Some(t) if !t.is_nan() => t != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'trim' argument")),
    };
    let digits = digits_arg(it, ctx, a, 2, "invalid value %d for 'digits' argument")?;
    let nsmall = match int_arg(it, a, 3) {
        Some(n) if (0..=20).contains(&n) => n as usize,
        _ => return Err(closure_error(it, ctx, "invalid 'nsmall' argument")),
    };
    let wd = match positional(a, 4).filter(|v| !it.is_null(*v)) {
        None => 0,
        Some(v) => match it.num_elt(v, 0) {
            Some(w) if !w.is_nan() => w.max(0.0) as usize,
            _ => return Err(closure_error(it, ctx, "invalid 'width' argument")),
        },
    };
    let adj = match int_arg(it, a, 5) {
        Some(j) if (0..=3).contains(&j) => j,
        _ => return Err(closure_error(it, ctx, "invalid 'justify' argument")),
    };
    let na_encode = match positional(a, 6).and_then(|v| it.num_elt(v, 0)) {
        Some(n) if !n.is_nan() => n != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'na.encode' argument")),
    };
    let sci = positional(a, 7).filter(|v| it.length(*v) == 1);
    let sci = sci.ok_or_else(|| closure_error(it, ctx, "invalid 'scientific' argument"))?;
    let scipen = match (it.type_of(sci), it.num_elt(sci, 0)) {
        (SexpType::Lgl, Some(v)) if v.is_nan() => 0,
        (SexpType::Lgl, Some(v)) => {
            if v != 0.0 {
                -99
            } else {
                310
            }
        }
        (SexpType::Int | SexpType::Real, Some(v)) if !v.is_nan() => v as i32,
        (SexpType::Int | SexpType::Real, _) => 0,
        _ => return Err(closure_error(it, ctx, "invalid 'scientific' argument")),
    };
    let n = it.length(x);
    let strs: Vec<Option<String>> = if n == 0 {
        Vec::new()
    } else {
        match t {
            SexpType::Lgl | SexpType::Int | SexpType::Real => {
                let Some(xs) = it.num_values(x) else {
                    return Ok(Val::Obj(unknown_answer(it, x, n)?));
                };
                match t {
                    SexpType::Lgl => {
                        // formatLogical, EncodeLogical
                        let w = if trim { 0 } else { logical_width(&xs) }.max(wd);
                        let enc = |v: f64| {
                            if v.is_nan() {
                                "NA"
                            } else if v != 0.0 {
                                "TRUE"
                            } else {
                                "FALSE"
                            }
                        };
                        xs.iter().map(|&v| Some(pad(enc(v), w, false))).collect()
                    }
                    SexpType::Int => {
                        // formatInteger, EncodeInteger
                        let w = if trim { 0 } else { integer_width(&xs) }.max(wd);
                        let enc = |v: f64| if v.is_nan() { "NA".to_string() } else { format!("{}", v as i64) };
                        xs.iter().map(|&v| Some(pad(&enc(v), w, false))).collect()
                    }
                    _ => {
                        // formatReal, EncodeReal0
                        let f = format_real(&xs, digits, nsmall, scipen);
                        let w = if trim { 0 } else { f.width }.max(wd);
                        let f = RealFormat { width: w, ..f };
                        xs.iter().map(|&v| Some(pad(&encode_real(v, f), w, false))).collect()
                    }
                }
            }
            _ => {
                let Some(xs) = it.str_values(x) else {
                    return Ok(Val::Obj(unknown_answer(it, x, n)?));
                };
                // the C code's working copy
                if let Val::Obj(o) = x {
                    it.duplicate(o)?;
                }
                let width = |s: &Option<Rc<str>>| s.as_ref().map_or(NA_WIDTH, |s| s.chars().count());
                let w = if adj == 3 {
                    0
                } else {
                    xs.iter().filter(|s| s.is_some() || na_encode).map(width).max().unwrap_or(0).max(wd)
                };
                xs.iter()
                    .map(|s| {
                        if s.is_none() && !na_encode {
                            return None;
                        }
                        let text = s.as_deref().unwrap_or("NA");
                        let b = w.saturating_sub(text.chars().count());
                        let before = match adj {
                            1 => b,
                            2 => b / 2,
                            _ => 0,
                        };
                        let after = if adj == 1 { 0 } else { b - before };
                        Some(format!("{}{text}{}", " ".repeat(before), " ".repeat(after)))
                    })
                    .collect()
            }
        }
    };
    let y = string_vector(it, strs.iter().map(|s| s.as_deref()))?;
    set_shape(it, x, y)?;
    Ok(Val::Obj(y))
}

/// `allocVector(STRSXP, n)` then `SET_STRING_ELT(ans, i, mkChar(s))` for each string in turn
/// (`None`: `NA_STRING`), as format.c's internals build their answers.
fn string_vector<'a>(it: &mut Interp, strs: impl ExactSizeIterator<Item = Option<&'a str>>) -> EvalResult<ObjId> {
    let y = it.new_strs(strs.len() as u64, Elems::Values(Vec::new()))?;
    it.heap.protect(Val::Obj(y));
    let mut ids = Vec::with_capacity(strs.len());
    for s in strs {
        ids.push(match s {
            Some(s) => it.mk_char(s)?,
            None => it.na_string,
        });
    }
    if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(y).body {
        *e = Elems::Values(ids);
    }
    Ok(y)
}

/// `dim` and `dimnames`, or else `names`, of `x` set on `y` (`setAttrib`).
fn set_shape(it: &mut Interp, x: Val, y: ObjId) -> EvalResult<()> {
    let Val::Obj(xo) = x else { return Ok(()) };
    if let Some(dim) = it.heap.attr(xo, "dim") {
        it.heap.set_attr(y, "dim", dim)?;
        if let Some(dn) = it.heap.attr(xo, "dimnames") {
            it.heap.set_attr(y, "dimnames", dn)?;
        }
    } else if let Some(nm) = it.heap.attr(xo, "names") {
        it.heap.set_attr(y, "names", nm)?;
    }
    Ok(())
}

/// The answer for values rheap does not know: a character vector of unknown strings.
fn unknown_answer(it: &mut Interp, x: Val, n: u64) -> EvalResult<ObjId> {
    let y = it.new_strs(n, Elems::Unknown)?;
    it.heap.protect(Val::Obj(y));
    set_shape(it, x, y)?;
    Ok(y)
}

/// `.Internal(format.info(x, digits, nsmall))` (`do_formatinfo`): an integer vector of the width
/// (and for doubles the decimals and exponent kind: 0 fixed, 1 or 2 scientific exponent digits).
fn format_info(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let digits = digits_arg(it, ctx, a, 1, "invalid 'digits' argument")?;
    let nsmall = match int_arg(it, a, 2) {
        Some(n) if (0..=20).contains(&n) => n as usize,
        _ => return Err(closure_error(it, ctx, "invalid 'nsmall' argument")),
    };
    let t = it.type_of(x);
    let known =
        |v: Option<Vec<f64>>| v.ok_or_else(|| closure_error(it, ctx, "rheap needs the values format.info() measures"));
    let out: Vec<f64> = match t {
        SexpType::Lgl => vec![if it.length(x) == 0 { 0.0 } else { logical_width(&known(it.num_values(x))?) as f64 }],
        SexpType::Int => vec![if it.length(x) == 0 { 0.0 } else { integer_width(&known(it.num_values(x))?) as f64 }],
        SexpType::Real => {
            let xs = known(it.num_values(x))?;
            let f = format_real(&xs, digits, nsmall, 0);
            let finite = xs.iter().filter(|v| v.is_finite());
            let big = finite.clone().any(|v| *v != 0.0 && (v.abs().log10() >= 100.0 || v.abs().log10() < -99.0));
            let e = if f.sci { 1 + big as usize } else { 0 };
            vec![f.width as f64, f.decimals as f64, e as f64]
        }
        SexpType::Str => {
            let xs = it
                .str_values(x)
                .ok_or_else(|| closure_error(it, ctx, "rheap needs the strings format.info() measures"))?;
            vec![xs.iter().flatten().map(|s| s.chars().count()).max().unwrap_or(0) as f64]
        }
        _ => return Err(closure_error(it, ctx, "atomic vector arguments only")),
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, out.len() as u64, Num::Values(Rc::new(out)))?))
}

/// C's `%e`: the mantissa with `prec` decimals, an exponent of at least two digits.
pub(super) fn c_exp(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let out = format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// C's `%g` with precision `prec`: `%e` when the exponent is below -4 or at least the
/// precision, else `%f`; trailing zeros dropped unless `alt` (the `#` flag).
pub(super) fn c_g(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    if x.is_infinite() {
        return if x < 0.0 { "-Inf" } else { "Inf" }.to_string();
    }
    let p = prec.max(1);
    let e = if x == 0.0 {
        0
    } else {
        let s = format!("{:.*e}", p - 1, x);
        s.split_once('e').map_or(0, |(_, e)| e.parse::<i32>().unwrap_or(0))
    };
    let mut s =
        if e < -4 || e >= p as i32 { c_exp(x, p - 1, upper) } else { format!("{:.*}", (p as i32 - 1 - e) as usize, x) };
    if !alt {
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(i) => (s[..i].to_string(), s[i..].to_string()),
            None => (s.clone(), String::new()),
        };
        if mant.contains('.') {
            let m = mant.trim_end_matches('0').trim_end_matches('.');
            s = format!("{m}{exp}");
        }
    }
    s
}

/// One `snprintf(form, width, dig, x)` of `str_signif`: `form` is `%<flag>*.*<conv>` (or
/// `%<flag>*d`); a negative width justifies left, as the `-` flag does.
fn c_format(x: f64, conv: &str, dig: usize, flag: &str, width: i32) -> String {
    let alt = flag.contains('#');
    let body = match conv {
        "d" => format!("{}", (x as i64).abs()),
        "f" => format!("{:.*}", dig, x.abs()),
        "e" | "E" => c_exp(x.abs(), dig, conv == "E"),
        _ => c_g(x.abs(), dig, alt, conv == "G"),
    };
    let sign = if x.is_sign_negative() {
        "-"
    } else if flag.contains('+') {
        "+"
    } else if flag.contains(' ') {
        " "
    } else {
        ""
    };
    let left = width < 0 || flag.contains('-');
    let w = width.unsigned_abs() as usize;
    let len = sign.len() + body.chars().count();
    if len >= w {
        format!("{sign}{body}")
    } else if left {
        format!("{sign}{body}{}", " ".repeat(w - len))
    } else if flag.contains('0') {
        format!("{sign}{}{body}", "0".repeat(w - len))
    } else {
        format!("{}{sign}{body}", " ".repeat(w - len))
    }
}

/// `.Internal(formatC(x, mode, width, digits, format, flag, i.strlen))` (util.c `do_formatC`,
/// `str_signif`): `i.strlen` as integers (`coerceVector`), the `R_alloc`ed pointer array and one
/// buffer of `i.strlen + 3` bytes per element, then the answer and its `mkChar` strings.
fn format_c(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let t = it.type_of(x);
    if !matches!(t, SexpType::Int | SexpType::Real) {
        return Err(closure_error(it, ctx, "unsupported type "));
    }
    let text = |i: usize| positional(a, i).and_then(|v| it.str_values(v)).and_then(|v| v.first().cloned().flatten());
    let (mode, conv, flag) = (text(1), text(4), text(5).unwrap_or_else(|| "".into()));
    let (Some(mode), Some(conv)) = (mode, conv) else {
        return Err(closure_error(it, ctx, "rheap needs the mode and format of formatC()"));
    };
    let width = int_arg(it, a, 2).unwrap_or(0) as i32;
    let digits = int_arg(it, a, 3).unwrap_or(0) as i32;
    let n = it.length(x);
    let strlen = positional(a, 6).unwrap_or(Val::Obj(NIL));
    if it.type_of(strlen) != SexpType::Int {
        let len = it.length(strlen);
        let v = it.new_num(SexpType::Int, len, Num::Unknown)?;
        it.heap.protect(Val::Obj(v));
    }
    let lens = it.num_values(strlen).unwrap_or_default();
    super::unique::r_alloc(it, n, 8)?;
    for i in 0..n as usize {
        let ix = lens.get(i % lens.len().max(1)).copied().unwrap_or(0.0) as u64 + 2;
        super::unique::r_alloc(it, ix + 1, 1)?;
    }
    if width == 0 {
        return Err(closure_error(it, ctx, "width cannot be zero"));
    }
    let Some(xs) = it.num_values(x) else {
        return Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?));
    };
    let dig = digits.unsigned_abs() as usize;
    let out: Vec<String> = match &*conv {
        "d" if &*mode != "integer" => {
            return Err(closure_error(it, ctx, "'type' must be \"integer\" for  \"d\"-format"))
        }
        _ if &*conv != "d" && &*mode != "double" => {
            return Err(closure_error(it, ctx, "'type' must be \"real\" for this format"))
        }
        "fg" => xs.iter().map(|&x| fg(x, dig, digits >= 0, &flag, width)).collect(),
        c => xs.iter().map(|&x| c_format(x, c, dig, &flag, width)).collect(),
    };
    Ok(Val::Obj(string_vector(it, out.iter().map(|s| Some(s.as_str())))?))
}

/// `str_signif`'s "fg": `%g` with `dig` significant digits but never an `e-` form (then `%f` with
/// trailing zeros dropped unless `#`).
fn fg(xx: f64, dig: usize, rm_trailing_0: bool, flag: &str, width: i32) -> String {
    if xx == 0.0 {
        return "0".into();
    }
    let mut xx = xx;
    let xxx = xx.abs();
    let mut iex = (xxx.log10() + 1e-12).floor() as i32;
    let big = crate::nmath::round::fround(xxx / 10f64.powi(iex) + 1e-12, dig as f64 - 1.0);
    if iex > 0 && big >= 10.0 {
        xx = big * 10f64.powi(iex);
        iex += 1;
    }
    if iex == -4 && xx.abs() < 1e-4 {
        iex = -5;
    }
    if iex < -4 {
        let mut s = c_format(xx, "f", (dig as i32 - 1 - iex) as usize, flag, 0);
        if rm_trailing_0 {
            s = s.trim_end_matches('0').to_string();
        }
        s
    } else {
        let d = if iex >= dig as i32 { iex as usize + 1 } else { dig };
        c_format(xx, "g", d, flag, width)
    }
}

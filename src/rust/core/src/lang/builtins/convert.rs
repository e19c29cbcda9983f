//! Type conversion and type tests: `as.numeric()` / `as.double()`, `as.integer()`, `as.logical()`
//! (coerce.c `do_asatomic`) and `is.numeric()`, `is.character()`, `is.logical()`, `is.function()`,
//! `is.list()` (coerce.c `do_is`).

use super::{inlined, primitive};
use super::{Args, Builtin};
use crate::heap::{Body, Num, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{f64_to_int, EvalResult, Interp, Mode};
use crate::lang::print::as_character_strings;

pub(super) const BUILTINS: &[Builtin] = &[
    super::closure("isTRUE", &["x"], 0, |it, c, a| is_flag(it, c, a, 1.0)),
    super::closure("isFALSE", &["x"], 0, |it, c, a| is_flag(it, c, a, 0.0)),
    primitive("as.numeric", &["x", "..."], |it, c, a| as_atomic(it, c, a, SexpType::Real)),
    primitive("as.double", &["x", "..."], |it, c, a| as_atomic(it, c, a, SexpType::Real)),
    primitive("as.integer", &["x", "..."], |it, c, a| as_atomic(it, c, a, SexpType::Int)),
    primitive("as.complex", &["x", "..."], |it, c, a| as_atomic(it, c, a, SexpType::Cplx)),
    primitive("as.logical", &["x", "..."], |it, c, a| as_atomic(it, c, a, SexpType::Lgl)),
    primitive("is.numeric", &["x"], |it, c, a| is_type(it, c, a, |t| matches!(t, SexpType::Int | SexpType::Real))),
    inlined("is.character", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Str)),
    inlined("is.logical", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Lgl)),
    primitive("is.function", &["x"], |it, c, a| {
        is_type(it, c, a, |t| matches!(t, SexpType::Clo | SexpType::Builtin | SexpType::Special))
    }),
    primitive("is.list", &["x"], |it, c, a| is_type(it, c, a, |t| matches!(t, SexpType::Vec | SexpType::List))),
    primitive("is.integer", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Int)),
    primitive("is.double", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Real)),
    primitive("is.complex", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Cplx)),
    primitive("is.raw", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Raw)),
    primitive("is.expression", &["x"], |it, c, a| is_type(it, c, a, |t| t == SexpType::Expr)),
    primitive("is.pairlist", &["x"], |it, c, a| is_type(it, c, a, |t| matches!(t, SexpType::List | SexpType::Nil))),
    primitive("is.atomic", &["x"], |it, c, a| {
        is_type(it, c, a, |t| {
            matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Raw)
        })
    }),
    primitive("is.recursive", &["x"], |it, c, a| {
        is_type(it, c, a, |t| {
            matches!(
                t,
                SexpType::Vec
                    | SexpType::List
                    | SexpType::Clo
                    | SexpType::Env
                    | SexpType::Prom
                    | SexpType::Lang
                    | SexpType::Special
                    | SexpType::Builtin
                    | SexpType::Dot
                    | SexpType::Expr
            )
        })
    }),
    primitive("is.matrix", &["x"], |it, c, a| dim_test(it, c, a, |d| d == 2)),
    primitive("is.array", &["x"], |it, c, a| dim_test(it, c, a, |d| d > 0)),
];

/// `is.matrix(x)`, `is.array(x)`: by the length of the dim attribute.
fn dim_test(it: &mut Interp, ctx: &CallCtx, a: &mut Args, test: fn(u64) -> bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let d = match x {
        Val::Obj(o) => it.heap.attr(o, "dim").map_or(0, |d| it.length(Val::Obj(d))),
        _ => 0,
    };
    Ok(it.scalar_logical(Some(test(d))))
}

/// `as.vector(x, type)` for the atomic types: a vector already of the type comes back as it is
/// when it has no attributes, else as a copy without them (in place when nothing else refers to
/// it); other types are coerced into a new vector.
fn as_atomic(it: &mut Interp, ctx: &CallCtx, a: &mut Args, to: SexpType) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let from = it.type_of(x);
    let has_attrs = matches!(x, Val::Obj(o) if it.heap.obj(o).attrs.is_some());
    if from == to {
        if !has_attrs {
            return Ok(x);
        }
        // do_asatomic: `ans = MAYBE_REFERENCED(x) ? duplicate(x) : x; CLEAR_ATTRIB(ans)`
        let id = it.boxed(x)?;
        let id = if it.heap.obj(id).refs > 0 || crate::lang::control::maybe_shared(it, Val::Obj(id)) {
            it.copy_on_modify(id, "as.vector() drops the attributes of a copy of a referenced value")?
        } else {
            super::vectors::modifiable(it, Val::Obj(id))?
        };
        it.heap.obj_mut(id).attrs = None;
        return Ok(Val::Obj(id));
    }
    let n = it.length(x);
    // coerceVector asks an ALTREP object first: a compact integer sequence becomes a compact real
    // sequence, expanded or not (altclasses.c `compact_intseq_Coerce`)
    if let Val::Obj(o) = x {
        if let (true, false, SexpType::Int, SexpType::Real, Body::Num(Num::Seq { from, by })) =
            (it.heap.obj(o).altrep, has_attrs, from, to, &it.heap.obj(o).body)
        {
            let (f, b) = (*from, *by);
            return super::vectors::compact_seq_of(it, SexpType::Real, f, n, b);
        }
    }
    let num = match from {
        SexpType::Nil => Num::Fill(0.0),
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx => {
            let content = it.num_content(x);
            if from == SexpType::Real && to == SexpType::Int && beyond_int_range(&content, n) {
                it.warn(None, "NAs introduced by coercion to integer range".to_string())?;
            }
            imaginary_discarded(it, &content, to)?;
            convert_num(content, from, to)
        }
        SexpType::Str => match as_character_strings(it, x) {
            Some(s) => {
                let values: Vec<f64> = s.iter().map(|s| parse_as(s.as_deref(), to)).collect();
                if let Some(msg) = coercion_warning(&s, &values, to) {
                    it.warn(None, msg.to_string())?;
                }
                Num::Values(std::rc::Rc::new(values))
            }
            None => Num::Unknown,
        },
        SexpType::Vec if it.list_elems(x).is_some() => {
            // a list of length-1 atomic elements converts element by element
            let elems = it.list_elems(x).unwrap_or_default();
            let mut out = Vec::with_capacity(elems.len());
            for e in elems {
                let e = Val::Obj(e);
                if it.length(e) != 1 {
                    return Err(ctx.error(format!("(list) object cannot be coerced to type '{}'", to.type_name())));
                }
                let v = match it.type_of(e) {
                    SexpType::Str => parse_as(as_character_strings(it, e).and_then(|s| s[0].clone()).as_deref(), to),
                    t @ (SexpType::Lgl | SexpType::Int | SexpType::Real) => match it.num_elt(e, 0) {
                        Some(v) => convert_value(v, t, to),
                        None => return Ok(Val::Obj(it.new_num(to, n, Num::Unknown)?)),
                    },
                    _ => return Err(ctx.error(format!("(list) object cannot be coerced to type '{}'", to.type_name()))),
                };
                out.push(v);
            }
            Num::Values(std::rc::Rc::new(out))
        }
        other => {
            return Err(ctx.error(format!(
                "cannot coerce type '{}' to vector of type '{}'",
                other.type_name(),
                to.type_name()
            )))
        }
    };
    let num = match from {
        // `ComplexFromInteger`, `ComplexFromReal`, ... element by element
        SexpType::Lgl | SexpType::Int | SexpType::Real if to == SexpType::Cplx => {
            super::complex::content(super::complex::values(it, x))
        }
        _ => crate::lang::interp::normalize_num(num, n),
    };
    if n == 1 && ctx.mode == Mode::Compiled {
        if let Num::Fill(v) = num {
            return Ok(it.scalar(to, v, Mode::Compiled)?);
        }
    }
    Ok(Val::Obj(it.new_num(to, n, num)?))
}

/// `CoercionWarning`'s "imaginary parts discarded in coercion": a complex value with an imaginary
/// part made a number.
pub(super) fn imaginary_discarded(it: &mut Interp, content: &Num, to: SexpType) -> EvalResult<()> {
    if let Num::Complex(v) = content {
        if matches!(to, SexpType::Int | SexpType::Real)
            && v.iter().any(|z| !z.0.is_nan() && !z.1.is_nan() && z.1 != 0.0)
        {
            it.warn(None, "imaginary parts discarded in coercion".to_string())?;
        }
    }
    Ok(())
}

/// One value converted between the numeric-like types (NA stays NA; doubles truncate toward zero).
pub(super) fn convert_value(v: f64, from: SexpType, to: SexpType) -> f64 {
    if v.is_nan() {
        let keeps_nan =
            matches!(to, SexpType::Real | SexpType::Cplx) && matches!(from, SexpType::Real | SexpType::Cplx);
        return if keeps_nan { v } else { crate::heap::na_real() };
    }
    match to {
        SexpType::Lgl => (v != 0.0) as i32 as f64,
        SexpType::Int if v.abs() >= 2_147_483_648.0 => crate::heap::na_real(),
        SexpType::Int => f64_to_int(v.trunc()) as f64,
        _ => v,
    }
}

/// Whether some finite value cannot be an integer (`R_IntegerFromReal`'s warning).
pub(super) fn beyond_int_range(n: &Num, len: u64) -> bool {
    let out = |x: f64| x.is_finite() && x.abs() >= 2_147_483_648.0;
    match n {
        Num::Fill(x) => len > 0 && out(*x),
        Num::Seq { from, by } => len > 0 && (out(*from) || out(from + by * (len - 1) as f64)),
        Num::Values(v) => v.iter().any(|&x| out(x)),
        Num::Patched(p) => {
            p.patches.values().any(|&x| out(x))
                || match p.base {
                    crate::heap::Base::Fill(x) => out(x),
                    crate::heap::Base::Seq { from, by } => out(from) || out(from + by * (len - 1) as f64),
                    crate::heap::Base::Unknown => false,
                }
        }
        Num::Complex(v) => v.iter().any(|z| out(z.0)),
        Num::Unknown => false,
    }
}

pub(super) fn convert_num(n: Num, from: SexpType, to: SexpType) -> Num {
    match n {
        Num::Fill(v) => Num::Fill(convert_value(v, from, to)),
        // (a sequence holds no NA: as doubles or complex numbers its values are unchanged)
        Num::Seq { .. } if matches!(to, SexpType::Real | SexpType::Cplx) => n,
        Num::Seq { from: f, by } if to != SexpType::Lgl && f.fract() == 0.0 && by.fract() == 0.0 => {
            Num::Seq { from: f, by }
        }
        Num::Values(v) => Num::Values(std::rc::Rc::new(v.iter().map(|&x| convert_value(x, from, to)).collect())),
        // (the length only matters to spell out a short sequence, which is not patched)
        Num::Patched(_) => crate::lang::interp::map_num(&n, u64::MAX, |x| convert_value(x, from, to)),
        // `RealFromComplex`, `IntegerFromComplex`, `LogicalFromComplex` (coerce.c)
        Num::Complex(v) => match to {
            SexpType::Cplx => Num::Complex(v),
            SexpType::Lgl => Num::Values(std::rc::Rc::new(
                v.iter()
                    .map(|z| {
                        if z.0.is_nan() || z.1.is_nan() {
                            crate::heap::na_real()
                        } else {
                            (z.0 != 0.0 || z.1 != 0.0) as i32 as f64
                        }
                    })
                    .collect(),
            )),
            _ => Num::Values(std::rc::Rc::new(
                v.iter()
                    .map(|z| {
                        if z.0.is_nan() || z.1.is_nan() {
                            crate::heap::na_real()
                        } else {
                            convert_value(z.0, SexpType::Real, to)
                        }
                    })
                    .collect(),
            )),
        },
        _ => Num::Unknown,
    }
}

/// `String_to_real` / `String_to_integer`'s warning: a string that is not NA, blank or "NA" but
/// does not read as a number (logical coercion never warns).
pub(super) fn coercion_warning(
    strings: &[Option<std::rc::Rc<str>>],
    values: &[f64],
    to: SexpType,
) -> Option<&'static str> {
    if to == SexpType::Lgl {
        return None;
    }
    let mut out_of_range = false;
    for (s, &v) in strings.iter().zip(values) {
        let Some(s) = s.as_deref().map(str::trim) else { continue };
        if s.is_empty() || s == "NA" || !crate::heap::is_na_real(v) {
            continue;
        }
        if to == SexpType::Int && parse_as(Some(s), SexpType::Real).is_finite() {
            out_of_range = true;
        } else {
            return Some("NAs introduced by coercion");
        }
    }
    out_of_range.then_some("NAs introduced by coercion to integer range")
}

/// A string read as a number (`String2Real`, `String2Integer`) or a logical (`StringTrue`,
/// `StringFalse`); what does not parse is NA.
pub(super) fn parse_as(s: Option<&str>, to: SexpType) -> f64 {
    let na = crate::heap::na_real();
    let Some(s) = s else { return na };
    let t = s.trim();
    match to {
        SexpType::Lgl => match t {
            "T" | "True" | "TRUE" | "true" => 1.0,
            "F" | "False" | "FALSE" | "false" => 0.0,
            _ => na,
        },
        _ => {
            let x = match t {
                "Inf" | "inf" => f64::INFINITY,
                "-Inf" | "-inf" => f64::NEG_INFINITY,
                "NaN" => f64::NAN,
                _ if t.starts_with("0x") || t.starts_with("0X") => {
                    i64::from_str_radix(&t[2..], 16).map(|v| v as f64).unwrap_or(na)
                }
                _ => t.parse::<f64>().unwrap_or(na),
            };
            if to == SexpType::Int {
                if x.is_nan() || x.is_infinite() || x.abs() >= 2_147_483_648.0 {
                    na
                } else {
                    x.trunc()
                }
            } else {
                x
            }
        }
    }
}

/// `is.xxx(x)`: a logical scalar (R's shared `TRUE` / `FALSE`).
fn is_type(it: &mut Interp, ctx: &CallCtx, a: &mut Args, test: fn(SexpType) -> bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let t = it.type_of(x);
    // a factor is an integer vector but not numeric (`is.numeric` is internally generic)
    let factor = t == SexpType::Int
        && matches!(x, Val::Obj(o) if it.heap.attr(o, "class")
            .and_then(|c| it.str_values(Val::Obj(c)))
            .is_some_and(|cl| cl.iter().flatten().any(|c| &**c == "factor")));
    Ok(it.scalar_logical(Some(test(t) && !factor)))
}

/// `isTRUE(x)` / `isFALSE(x)`: `is.logical(x) && length(x) == 1L && !is.na(x) && x` (or `!x`),
/// attributes allowed; the result is R's shared TRUE or FALSE, nothing is allocated. A logical
/// scalar whose value the simulator does not know gives an unknown answer (`if` then applies
/// its documented rule).
fn is_flag(it: &mut Interp, ctx: &CallCtx, a: &mut Args, want: f64) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if it.type_of(x) != SexpType::Lgl || it.length(x) != 1 {
        return Ok(it.scalar_logical(Some(false)));
    }
    match it.num_elt(x, 0) {
        Some(v) => Ok(it.scalar_logical(Some(v == want))),
        None => Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Unknown)?)),
    }
}

//! Choosing and formatting element-wise: `ifelse()`, `sprintf()`.
//!
//! `ifelse()` is an R closure whose vectors are all allocated here in R's order (`is.na(test)`,
//! `which()` twice, `rep()` of each branch, the subsets, the coercion of the answer); `sprintf()`
//! formats what it knows and makes one CHARSXP per distinct result string.

use std::rc::Rc;

use super::vectors::type_rank;
use super::{closure, Args, Builtin};
use crate::heap::{Elems, Num, ObjId, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{normalize_num, EvalResult, Interp, MAX_CONCRETE};
use crate::lang::print::as_character_strings;

pub(super) const BUILTINS: &[Builtin] =
    &[closure("ifelse", &["test", "yes", "no"], 0, ifelse), closure("sprintf", &["fmt", "..."], 2, sprintf)];

/// A vector of `n` of type `t` (values unknown), left as garbage.
fn scratch(it: &mut Interp, t: SexpType, n: u64) -> EvalResult<()> {
    super::vectors::unknown_vector(it, t, n)?;
    Ok(())
}

/// `which()`'s work: its `R_alloc` buffer of `n` integers and its result of `k`.
fn which_cost(it: &mut Interp, n: u64, k: u64) -> EvalResult<()> {
    scratch(it, SexpType::Raw, 4 * n)?;
    scratch(it, SexpType::Int, k)
}

/// `ifelse(test, yes, no)`: `yes` where `test` is TRUE, `no` where FALSE, NA where NA; the answer
/// keeps `test`'s attributes and takes the highest type of the branches used. When the test's
/// values are unknown, both branches count as used and the result's values are unknown.
fn ifelse(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let test = a.need(ctx, "test")?;
    let (yes, no) = (a.need(ctx, "yes")?, a.need(ctx, "no")?);
    if !matches!(it.type_of(test), SexpType::Lgl | SexpType::Int | SexpType::Real) {
        return Err(ctx.error("rheap simulates ifelse() with a logical or numeric test"));
    }
    let n = it.length(test);
    let tv = it.num_values(test);
    let k = tv.as_ref().map_or(n, |v| v.iter().filter(|&&x| x != 0.0 && !x.is_nan()).count() as u64);
    let nk = tv.as_ref().map_or(n, |v| v.iter().filter(|&&x| x == 0.0).count() as u64);
    // `ok <- !(nas <- is.na(test))`, `any(test[ok])`
    for _ in 0..3 {
        scratch(it, SexpType::Lgl, n)?;
    }
    // `ans[ypos] <- rep(yes, length.out = len)[ypos]`, then the same for `no` (after `!test`):
    // `which()`, `rep()`, the subset, and a coerced copy of the answer when the branch's type is
    // higher
    let mut ans_t = SexpType::Lgl;
    for (branch, count, negate) in [(yes, k, false), (no, nk, true)] {
        if negate {
            scratch(it, SexpType::Lgl, n)?;
        }
        which_cost(it, n, count)?;
        if count > 0 {
            let bt = it.type_of(branch);
            scratch(it, bt, n)?;
            scratch(it, bt, count)?;
            if type_rank(bt) > type_rank(ans_t) {
                scratch(it, bt, n)?;
                ans_t = bt;
            }
        }
    }
    // the answer: values where every piece is known
    let id = match (&tv, ans_t) {
        (Some(t), SexpType::Str) => {
            let (ys, ns) = (as_character_strings(it, yes), as_character_strings(it, no));
            let branch = |v: &Option<Vec<Option<Rc<str>>>>, i: usize| {
                v.as_ref().filter(|v| !v.is_empty()).map(|v| v[i % v.len()].clone())
            };
            let vals: Option<Vec<Option<Rc<str>>>> = t
                .iter()
                .enumerate()
                .map(|(i, &x)| {
                    if x.is_nan() {
                        Some(None)
                    } else if x != 0.0 {
                        branch(&ys, i)
                    } else {
                        branch(&ns, i)
                    }
                })
                .collect();
            match vals {
                Some(v) => {
                    let refs: Vec<Option<&str>> = v.iter().map(|s| s.as_deref()).collect();
                    it.mk_strings(&refs)?
                }
                None => it.new_strs(n, Elems::Unknown)?,
            }
        }
        (Some(t), _) => {
            let (yv, nv) = (it.num_values(yes), it.num_values(no));
            let vals: Option<Vec<f64>> = t
                .iter()
                .enumerate()
                .map(|(i, &x)| {
                    if x.is_nan() {
                        Some(crate::heap::na_real())
                    } else if x != 0.0 {
                        yv.as_ref().filter(|v| !v.is_empty()).map(|v| v[i % v.len()])
                    } else {
                        nv.as_ref().filter(|v| !v.is_empty()).map(|v| v[i % v.len()])
                    }
                })
                .collect();
            let num = vals.map_or(Num::Unknown, |v| Num::Values(Rc::new(v)));
            it.new_num(ans_t, n, normalize_num(num, n))?
        }
        (None, _) => super::vectors::unknown_vector(it, ans_t, n)?,
    };
    it.heap.protect(Val::Obj(id));
    it.heap.copy_attrs(test, id)?;
    Ok(Val::Obj(id))
}

/// One conversion of a format string: flags, width, precision and the conversion letter.
struct Spec {
    flags: String,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
}

/// Split a format into literal text and conversions.
fn parse_format(fmt: &str) -> Result<Vec<Result<String, Spec>>, String> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            lit.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            lit.push('%');
            continue;
        }
        if !lit.is_empty() {
            out.push(Ok(std::mem::take(&mut lit)));
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek() {
            if "-+ 0#".contains(f) {
                flags.push(f);
                chars.next();
            } else {
                break;
            }
        }
        let digits = |chars: &mut std::iter::Peekable<std::str::Chars>| {
            let mut d = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_ascii_digit() {
                    d.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            d.parse::<usize>().ok()
        };
        let width = digits(&mut chars);
        let precision = if chars.peek() == Some(&'.') {
            chars.next();
            Some(digits(&mut chars).unwrap_or(0))
        } else {
            None
        };
        let conv = chars.next().ok_or_else(|| format!("unrecognised format specification '{fmt}'"))?;
        if !"disfeEgGxXo".contains(conv) {
            return Err(format!("unrecognised format specification '%{conv}'"));
        }
        out.push(Err(Spec { flags, width, precision, conv }));
    }
    if !lit.is_empty() {
        out.push(Ok(lit));
    }
    Ok(out)
}

fn apply_spec(spec: &Spec, value: Item) -> Result<String, String> {
    // (C's printf reads the precision as an int: one past INT_MAX is not a precision)
    let prec = spec.precision.filter(|&p| p <= i32::MAX as usize);
    // a precision past MAXLINE: the length snprintf would need, without making the string (%g
    // drops its trailing zeros: a double has fewer than 800 significant digits)
    let prec = match (spec.conv, &value, prec) {
        ('f' | 'e' | 'E', Item::Num(x, _), Some(p)) if p > SPRINTF_MAXLINE && x.is_finite() => {
            let head = if spec.conv == 'f' { format!("{:.0}", x).len() } else { c_exp_len(*x) };
            return Err(format!(
                "required resulting string length {} is greater than maximal {SPRINTF_MAXLINE}",
                head + 1 + p
            ));
        }
        ('g' | 'G', Item::Num(x, _), Some(p)) if p > SPRINTF_MAXLINE && x.is_finite() && spec.flags.contains('#') => {
            return Err(format!(
                "required resulting string length {} is greater than maximal {SPRINTF_MAXLINE}",
                p + 1 + usize::from(*x < 0.0)
            ));
        }
        ('g' | 'G', _, Some(p)) => Some(p.min(800)),
        ('f' | 'e' | 'E', _, Some(p)) => Some(p.min(SPRINTF_MAXLINE)),
        _ => prec,
    };
    let body = match (spec.conv, value) {
        ('d' | 'i', Item::Num(x, t)) => {
            if x.is_nan() {
                "NA".to_string()
            } else if x.fract() != 0.0 || t == SexpType::Real && x.abs() >= 2_147_483_648.0 {
                return Err("invalid format '%d'; use format %f, %e, %g or %a for numeric objects".into());
            } else {
                let s = format!("{}", x as i64);
                if spec.flags.contains('+') && x >= 0.0 {
                    format!("+{s}")
                } else {
                    s
                }
            }
        }
        ('f', Item::Num(x, _)) if x.is_nan() => "NA".to_string(),
        ('f', Item::Num(x, _)) => format!("{:.*}", prec.unwrap_or(6), x),
        ('e' | 'E', Item::Num(x, _)) => super::format::c_exp(x, prec.unwrap_or(6), spec.conv == 'E'),
        ('g' | 'G', Item::Num(x, _)) if x.is_nan() => "NA".to_string(),
        ('g' | 'G', Item::Num(x, _)) => {
            super::format::c_g(x, prec.unwrap_or(6), spec.flags.contains('#'), spec.conv == 'G')
        }
        // C's printf reads the int R passes as unsigned
        ('x', Item::Num(x, _)) => format!("{:x}", x as i32 as u32),
        ('X', Item::Num(x, _)) => format!("{:X}", x as i32 as u32),
        ('o', Item::Num(x, _)) => format!("{:o}", x as i32 as u32),
        ('s', Item::Str(s)) => match prec {
            Some(p) => s.chars().take(p).collect(),
            None => s,
        },
        ('s', Item::Num(x, t)) => match t {
            SexpType::Real => crate::lang::print::real_to_string(x, 15),
            SexpType::Lgl if !x.is_nan() => if x != 0.0 { "TRUE" } else { "FALSE" }.to_string(),
            _ if x.is_nan() => "NA".to_string(),
            _ => format!("{}", x as i64),
        },
        (c, Item::Str(_)) => return Err(format!("invalid format '%{c}'; use format %s for character objects")),
        (c, _) => return Err(format!("unrecognised format specification '%{c}'")),
    };
    // R formats each piece into a buffer of MAXLINE bytes (a plain %s of a string excepted)
    let plain_string = spec.conv == 's' && spec.width.is_none() && spec.precision.is_none() && spec.flags.is_empty();
    let needed = body.len().max(spec.width.unwrap_or(0));
    if needed > SPRINTF_MAXLINE && !plain_string {
        return Err(format!("required resulting string length {needed} is greater than maximal {SPRINTF_MAXLINE}"));
    }
    Ok(match spec.width {
        Some(w) if body.chars().count() < w => {
            let pad = w - body.chars().count();
            if spec.flags.contains('-') {
                format!("{body}{}", " ".repeat(pad))
            } else if spec.flags.contains('0') && spec.conv != 's' {
                let (sign, digits) =
                    if body.starts_with('-') || body.starts_with('+') { body.split_at(1) } else { ("", body.as_str()) };
                format!("{sign}{}{digits}", "0".repeat(pad))
            } else {
                format!("{}{body}", " ".repeat(pad))
            }
        }
        _ => body,
    })
}

/// The length of `%.0e` of `x` less its `.`: sign, one digit and the exponent (`e+05`, `e+308`).
fn c_exp_len(x: f64) -> usize {
    super::format::c_exp(x, 0, false).len()
}

/// `MAXLINE` (`sprintf.c`, `MAXELTSIZE`): the longest piece `sprintf()` formats, and its longest format.
const SPRINTF_MAXLINE: usize = 8192;

enum Item {
    Num(f64, SexpType),
    Str(String),
}

/// `sprintf(fmt, ...)`: one string per element of the longest argument (recycled), formatted as
/// C's `sprintf` would; integer sequences are read through their data pointer (ALTREP expands).
fn sprintf(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let fmt = a.need(ctx, "fmt")?;
    let fmts = it.str_values(fmt).ok_or_else(|| ctx.error("'fmt' is not a character vector"))?;
    for d in &a.dots {
        it.expand_altrep(d.value)?;
    }
    let lens: Vec<u64> = std::iter::once(fmts.len() as u64).chain(a.dots.iter().map(|d| it.length(d.value))).collect();
    let n = if lens.contains(&0) { 0 } else { lens.iter().copied().max().unwrap_or(0) };
    // every argument's values as far as known: numbers element by element (a long sequence
    // too), strings listed
    let mut args: Vec<Option<Arg>> = Vec::new();
    for d in &a.dots {
        let t = it.type_of(d.value);
        let len = it.length(d.value);
        args.push(match t {
            SexpType::Str => it.str_values(d.value).map(Arg::Strs),
            SexpType::Lgl | SexpType::Int | SexpType::Real => match it.num_content(d.value) {
                Num::Unknown => None,
                c => Some(Arg::Num(c, t, len)),
            },
            other => return Err(ctx.error(format!("unsupported type '{}'", other.type_name()))),
        });
    }
    let known = args.iter().all(|a| a.is_some()) && fmts.iter().all(|f| f.is_some());
    if !known {
        return Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?));
    }
    let args: Vec<Arg> = args.into_iter().map(|a| a.unwrap()).collect();
    let fmts: Vec<Rc<str>> = fmts.into_iter().map(|f| f.unwrap()).collect();
    let format_at = |i: u64| -> Result<Option<String>, String> {
        let f = &fmts[(i % fmts.len() as u64) as usize];
        if f.len() > SPRINTF_MAXLINE {
            return Err(format!("'fmt' length exceeds maximal format length {SPRINTF_MAXLINE}"));
        }
        let mut s = String::new();
        let mut k = 0;
        for p in parse_format(f)? {
            match p {
                Ok(lit) => s.push_str(&lit),
                Err(spec) => {
                    let item = match args.get(k).ok_or("too few arguments")? {
                        Arg::Num(c, t, len) => match crate::lang::interp::num_at(c, i % len) {
                            Some(x) => Item::Num(x, *t),
                            None => return Ok(None),
                        },
                        Arg::Strs(v) => {
                            Item::Str(v[(i % v.len() as u64) as usize].as_deref().unwrap_or("NA").to_string())
                        }
                    };
                    s.push_str(&apply_spec(&spec, item)?);
                    k += 1;
                }
            }
        }
        Ok(Some(s))
    };
    if n > MAX_CONCRETE {
        // `do_sprintf` makes one CHARSXP per element (`mkCharCE`), found in the cache when it is
        // already there: the strings of a long vector as batches by byte length. Each format is
        // checked on its first use.
        for i in 0..n.min(fmts.len() as u64) {
            format_at(i).map_err(|m| ctx.error(m))?;
        }
        let id = super::strings::new_distinct_strings(it, n, &|i| match format_at(i) {
            Ok(Some(s)) => (s.len() as u64, Some(s)),
            _ => (0, None),
        })?;
        return Ok(Val::Obj(id));
    }
    let mut strs: Vec<String> = Vec::with_capacity(n as usize);
    for i in 0..n {
        match format_at(i).map_err(|m| ctx.error(m))? {
            Some(s) => strs.push(s),
            None => return Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?)),
        }
    }
    let refs: Vec<Option<&str>> = strs.iter().map(|s| Some(s.as_str())).collect();
    let id: ObjId = it.mk_strings(&refs)?;
    Ok(Val::Obj(id))
}

/// What `sprintf()` knows of an argument: numbers (of their type and length), or strings.
enum Arg {
    Num(Num, SexpType, u64),
    Strs(Vec<Option<Rc<str>>>),
}

//! Printing simulated values as R prints them (`format.c: formatReal`, `printvector.c`,
//! `printmatrix.c`): 7 significant digits, fixed or scientific by width, `[1]` index labels, 80
//! columns. Values the simulator does not know print as `?`.

use std::rc::Rc;

use super::ast::Expr;
use super::builtins::deparse::deparse_value;
use super::c_stack::{usage_error, Recursion, C_STACK_LIMIT};
use super::deparse::{closure_lines, quotify, DEFAULTDEPARSE, DEFAULT_CUTOFF};
use super::interp::{EvalResult, Flow, Interp, MAX_CONCRETE};
use crate::heap::{is_na_real, Body, JitState, ObjId, SexpType, Val, NIL};

/// `R_print.digits` at start-up (`options(digits)` and `print(x, digits)` change it: `Interp::print_digits`).
pub const DIGITS: usize = 7;
/// `R_print.width`.
pub const WIDTH: usize = 80;

/// `KP_MAX`: the powers of ten exact in a `long double`.
const KP_MAX: i32 = 27;

/// What `scientific()` (format.c) finds for a finite double with `digits` significant digits:
/// its sign, decimal exponent, the significant digits it needs, and whether rounding to
/// `digits` makes its fixed form one digit wider (9996 with 3 digits).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sci {
    neg: bool,
    kpower: i32,
    nsig: i32,
    roundingwidens: bool,
}

fn scientific(x: f64, digits: usize) -> Sci {
    if x == 0.0 {
        return Sci { neg: false, kpower: 0, nsig: 1, roundingwidens: false };
    }
    let neg = x < 0.0;
    let r = x.abs();
    let digits = digits as i32;
    if digits >= 16 {
        // `format_via_sprintf`: "%#.*e"
        let s = format!("{:.*e}", (digits - 1) as usize, r);
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let sig = mant.replace('.', "");
        let nsig = sig.trim_end_matches('0').len().max(1) as i32;
        return Sci { neg, kpower: exp.parse().unwrap_or(0), nsig, roundingwidens: false };
    }
    let mut kp = r.log10().floor() as i32 - digits + 1;
    let alpha = if kp.abs() <= KP_MAX {
        // scaled in long double precision by an exact power of ten
        let mut r_prec = super::ldouble::LongDouble::from_f64(r);
        if kp > 0 {
            r_prec = r_prec.div_pow10(kp as u32);
        } else if kp < 0 {
            r_prec = r_prec.mul_pow10((-kp) as u32);
        }
        if r_prec.abs_less_than(10u64.pow(digits as u32 - 1)) {
            r_prec = r_prec.mul_pow10(1);
            kp -= 1;
        }
        r_prec.abs_nearbyint()
    } else {
        // (`powl()` scaling, outside numbers printed in practice: correctly rounded digits)
        let s = format!("{:.*e}", (digits - 1) as usize, r);
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        kp = exp.parse::<i32>().unwrap_or(0) - digits + 1;
        mant.replace('.', "").parse::<f64>().unwrap_or(0.0)
    };
    let mut alpha = alpha;
    let mut nsig = digits;
    for _ in 0..digits {
        alpha /= 10.0;
        if alpha == alpha.floor() {
            nsig -= 1;
        } else {
            break;
        }
    }
    if nsig == 0 && digits > 0 {
        nsig = 1;
        kp += 1;
    }
    let kpower = kp + digits - 1;
    // the decimal place rounding cuts off, and whether r would round up to 10^kpower's width
    let rgt = (digits - kpower).clamp(0, KP_MAX);
    let fuzz = 0.5 / 10f64.powi(rgt);
    let roundingwidens = kpower > 0 && kpower <= KP_MAX && {
        let t = 10f64.powi(kpower);
        // r < t - fuzz, with t - r exact where it matters (r within a factor 2 of t)
        r < t / 2.0 || t - r > fuzz
    };
    Sci { neg, kpower, nsig, roundingwidens }
}

/// A common format for a set of doubles: fixed with `decimals`, or scientific with `decimals` in
/// the mantissa.
#[derive(Clone, Copy, Debug)]
pub struct RealFormat {
    pub width: usize,
    pub decimals: usize,
    pub sci: bool,
}

/// `formatReal()`: fixed notation whenever it is no wider than scientific (`R_print.scipen` 0).
pub fn format_real_spec(xs: &[f64], digits: usize) -> RealFormat {
    format_real(xs, digits, 0, 0)
}

/// `formatReal(x, n, &w, &d, &e, nsmall)` under `R_print.scipen = scipen`: fixed notation when
/// its width is at most the scientific width plus `scipen`, then at least `nsmall` decimals.
pub fn format_real(xs: &[f64], digits: usize, nsmall: usize, scipen: i32) -> RealFormat {
    let (mut naflag, mut nanflag, mut posinf, mut neginf) = (false, false, false, false);
    let mut neg = false;
    let (mut mnl, mut mxl, mut rgt, mut mxsl, mut mxns) = (i32::MAX, i32::MIN, i32::MIN, i32::MIN, i32::MIN);
    for &x in xs {
        if !x.is_finite() {
            if is_na_real(x) {
                naflag = true;
            } else if x.is_nan() {
                nanflag = true;
            } else if x > 0.0 {
                posinf = true;
            } else {
                neginf = true;
            }
            continue;
        }
        let s = scientific(x, digits);
        let left = s.kpower + 1 - s.roundingwidens as i32;
        let sleft = s.neg as i32 + if left <= 0 { 1 } else { left };
        let right = s.nsig - left;
        neg |= s.neg;
        rgt = rgt.max(right);
        mxl = mxl.max(left);
        mnl = mnl.min(left);
        mxsl = mxsl.max(sleft);
        mxns = mxns.max(s.nsig);
    }
    if digits == 0 {
        rgt = 0;
    }
    if mxl < 0 {
        mxsl = 1 + neg as i32;
    }
    rgt = rgt.max(0);
    let wf = mxsl + rgt + (rgt != 0) as i32;
    let e = if mxl > 100 || mnl <= -99 { 2 } else { 1 };
    let mut f = if mxns != i32::MIN {
        let d = mxns - 1;
        let w = neg as i32 + (d > 0) as i32 + d + 4 + e;
        if wf <= w + scipen {
            let (wf, rgt) = if nsmall as i32 > rgt {
                let rgt = nsmall as i32;
                (mxsl + rgt + 1, rgt)
            } else {
                (wf, rgt)
            };
            RealFormat { width: wf as usize, decimals: rgt as usize, sci: false }
        } else {
            RealFormat { width: w as usize, decimals: d as usize, sci: true }
        }
    } else {
        RealFormat { width: 0, decimals: 0, sci: false }
    };
    let special = [(naflag, 2), (nanflag, 3), (posinf, 3), (neginf, 4)];
    for (flag, w) in special {
        if flag {
            f.width = f.width.max(w);
        }
    }
    f
}

/// `encodeReal`: one number in a format (a negative zero prints as 0).
pub fn encode_real(x: f64, f: RealFormat) -> String {
    if x.is_nan() {
        return if is_na_real(x) { "NA".into() } else { "NaN".into() };
    }
    if x.is_infinite() {
        return if x < 0.0 { "-Inf".into() } else { "Inf".into() };
    }
    let x = if x == 0.0 { 0.0 } else { x };
    if f.sci {
        let s = format!("{:.*e}", f.decimals, x);
        let (m, e) = s.split_once('e').unwrap();
        let e: i32 = e.parse().unwrap();
        format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    } else {
        format!("{:.*}", f.decimals, x)
    }
}

/// What `formatComplex` (format.c) decides for a complex vector: a format for the real parts and
/// one for the imaginary parts.
#[derive(Clone, Copy, Debug)]
pub struct ComplexFormat {
    pub re: RealFormat,
    pub im: RealFormat,
}

/// `formatComplex(x, n, &wr, &dr, &er, &wi, &di, &ei, nsmall)` under `R_print.scipen = 0`: each
/// element rounded to `digits` significant digits of its larger part (`z_prec_r`), the real
/// parts' and the imaginary parts' fixed and scientific widths, fixed for both when together
/// they are narrower (or for one whose other parts are all zero).
pub fn format_complex(xs: &[(f64, f64)], digits: usize, nsmall: usize) -> ComplexFormat {
    use crate::lang::builtins::complex::prec;
    let (mut all_re_zero, mut all_im_zero, mut naflag) = (true, true, false);
    let (mut rnan, mut rposinf, mut rneginf, mut inan, mut iposinf) = (false, false, false, false, false);
    let mut neg = 0;
    let (mut rt, mut mxl, mut mxsl, mut mxns, mut mnl) = (i32::MIN, i32::MIN, i32::MIN, i32::MIN, i32::MAX);
    let (mut i_rt, mut i_mxl, mut i_mxsl, mut i_mxns, mut i_mnl) = (i32::MIN, i32::MIN, i32::MIN, i32::MIN, i32::MAX);
    for &x in xs {
        let tmp = prec(x, digits as f64);
        if is_na_real(tmp.0) || is_na_real(tmp.1) {
            naflag = true;
            continue;
        }
        if !tmp.0.is_finite() {
            if tmp.0.is_nan() {
                rnan = true;
            } else if tmp.0 > 0.0 {
                rposinf = true;
            } else {
                rneginf = true;
            }
        } else {
            if x.0 != 0.0 {
                all_re_zero = false;
            }
            let s = scientific(tmp.0, digits);
            let left = s.kpower + 1 - s.roundingwidens as i32;
            let sleft = s.neg as i32 + if left <= 0 { 1 } else { left };
            let right = s.nsig - left;
            if s.neg {
                neg = 1;
            }
            rt = rt.max(right);
            mxl = mxl.max(left);
            mnl = mnl.min(left);
            mxsl = mxsl.max(sleft);
            mxns = mxns.max(s.nsig);
        }
        // the imaginary part is always unsigned: the sign is printed between the parts
        if !tmp.1.is_finite() {
            if tmp.1.is_nan() {
                inan = true;
            } else {
                iposinf = true;
            }
        } else {
            if x.1 != 0.0 {
                all_im_zero = false;
            }
            let s = scientific(tmp.1, digits);
            let left = s.kpower + 1 - s.roundingwidens as i32;
            let sleft = if left <= 0 { 1 } else { left };
            let right = s.nsig - left;
            i_rt = i_rt.max(right);
            i_mxl = i_mxl.max(left);
            i_mnl = i_mnl.min(left);
            i_mxsl = i_mxsl.max(sleft);
            i_mxns = i_mxns.max(s.nsig);
        }
    }
    if digits == 0 {
        rt = 0;
        i_rt = 0;
    }
    let (mut wr, mut dr, mut er, wf);
    if mxl != i32::MIN {
        if mxl < 0 {
            mxsl = 1 + neg;
        }
        rt = rt.max(0);
        wf = mxsl + rt + (rt != 0) as i32;
        er = if mxl > 100 || mnl < -99 { 2 } else { 1 };
        dr = mxns - 1;
        wr = neg + (dr > 0) as i32 + dr + 4 + er;
    } else {
        (er, wr, dr, wf) = (0, 0, 0, 0);
    }
    let (mut wi, mut di, mut ei, mut i_wf);
    if i_mxl != i32::MIN {
        if i_mxl < 0 {
            i_mxsl = 1;
        }
        i_rt = i_rt.max(0);
        i_wf = i_mxsl + i_rt + (i_rt != 0) as i32;
        ei = if i_mxl > 100 || i_mnl < -99 { 2 } else { 1 };
        di = i_mxns - 1;
        wi = (di > 0) as i32 + di + 4 + ei;
    } else {
        (ei, wi, di, i_wf) = (0, 0, 0, 0);
    }
    let nsmall = nsmall as i32;
    let mut wf = wf;
    // the fixed/scientific decision (R_print.scipen 0)
    if all_re_zero {
        (er, dr) = (0, 0);
        wr = wf;
        if i_wf <= wi {
            ei = 0;
            if nsmall > i_rt {
                i_rt = nsmall;
                i_wf = i_mxsl + i_rt + (i_rt != 0) as i32;
            }
            di = i_rt;
            wi = i_wf;
        }
    } else if all_im_zero {
        if wf <= wr {
            er = 0;
            if nsmall > rt {
                rt = nsmall;
                wf = mxsl + rt + (rt != 0) as i32;
            }
            dr = rt;
            wr = wf;
        }
        (ei, di) = (0, 0);
        wi = i_wf;
    } else if wf + i_wf < wr + wi {
        er = 0;
        if nsmall > rt {
            rt = nsmall;
            wf = mxsl + rt + (rt != 0) as i32;
        }
        dr = rt;
        wr = wf;
        ei = 0;
        if nsmall > i_rt {
            i_rt = nsmall;
            i_wf = i_mxsl + i_rt + (i_rt != 0) as i32;
        }
        di = i_rt;
        wi = i_wf;
    }
    wr = wr.max(0);
    wi = wi.max(0);
    if rnan || rposinf {
        wr = wr.max(3);
    }
    if rneginf {
        wr = wr.max(4);
    }
    if inan || iposinf {
        wi = wi.max(3);
    }
    // room for NA (R_print.na_width 2)
    if naflag && wr + wi + 2 < 2 {
        wr += 2 - (wr + wi + 2);
    }
    let f = |w: i32, d: i32, e: i32| RealFormat { width: w as usize, decimals: d.max(0) as usize, sci: e != 0 };
    ComplexFormat { re: f(wr, dr, er), im: f(wi, di, ei) }
}

/// `EncodeComplex`: one complex number in a format, each part padded to its width; a part that
/// rounds to zero at `digits` prints as 0. NA as `NA` over the whole width.
pub fn encode_complex(x: (f64, f64), f: ComplexFormat, digits: usize) -> String {
    let (w_re, w_im) = (f.re.width, f.im.width);
    if is_na_real(x.0) || is_na_real(x.1) {
        return pad_left("NA", w_re + w_im + 2);
    }
    let y = crate::lang::builtins::complex::prec(x, digits as f64);
    let re = encode_real(if y.0 == 0.0 { 0.0 } else { x.0 }, f.re);
    let neg_im = x.1 < 0.0;
    let im = encode_real(if y.1 == 0.0 { 0.0 } else { x.1.abs() }, f.im);
    format!("{}{}{}i", pad_left(&re, w_re), if neg_im { "-" } else { "+" }, pad_left(&im, w_im))
}

/// One double on its own, with `digits` significant digits (`as.character`, `cat`, `paste`).
pub fn real_to_string(x: f64, digits: usize) -> String {
    encode_real(x, format_real_spec(&[x], digits))
}

fn int_to_string(x: f64) -> String {
    if x.is_nan() {
        "NA".into()
    } else {
        format!("{}", x as i64)
    }
}

fn lgl_to_string(x: f64) -> String {
    if x.is_nan() {
        "NA".into()
    } else if x != 0.0 {
        "TRUE".into()
    } else {
        "FALSE".into()
    }
}

/// R's `encodeString` with quotes.
pub fn quote_string(s: &str) -> String {
    encode_string(s, Some('"'))
}

/// `EncodeString` in a UTF-8 locale: printable ASCII as is (the quote character and backslash
/// escaped), C escapes for the control characters that have one, octal for the other ASCII
/// controls, `\uXXXX` for unprintable non-ASCII characters, the rest as is.
pub fn encode_string(s: &str, quote: Option<char>) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    if let Some(q) = quote {
        out.push(q);
    }
    for c in s.chars() {
        let k = c as u32;
        if (0x20..0x7f).contains(&k) {
            match c {
                '\\' => out.push_str("\\\\"),
                '\'' | '"' | '`' if Some(c) == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        } else if k < 0x80 {
            match c {
                '\u{7}' => out.push_str("\\a"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{b}' => out.push_str("\\v"),
                '\0' => out.push_str("\\0"),
                c => out.push_str(&format!("\\{:03o}", c as u32)),
            }
        } else if c.is_control() {
            if k > 0xffff {
                out.push_str(&format!("\\U{{{k:06x}}}"));
            } else {
                out.push_str(&format!("\\u{k:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    if let Some(q) = quote {
        out.push(q);
    }
    out
}

/// A string as `print()` shows it: quoted (NA bare), or with `quote = FALSE` as it is (NA as
/// `<NA>`).
fn string_item(s: Option<&str>, quote: bool) -> String {
    match (s, quote) {
        (Some(s), true) => quote_string(s),
        (Some(s), false) => s.to_string(),
        (None, true) => "NA".to_string(),
        (None, false) => "<NA>".to_string(),
    }
}

/// The elements of an atomic vector as strings for `as.character()` / `paste()`, if known.
pub fn as_character_strings(it: &Interp, v: Val) -> Option<Vec<Option<Rc<str>>>> {
    let t = it.type_of(v);
    if t == SexpType::Str {
        return it.str_values(v);
    }
    if t == SexpType::Nil {
        return Some(Vec::new());
    }
    // a symbol's name; a call's deparsed elements
    if let Val::Obj(o) = v {
        if let crate::heap::Body::Lang(e) = &it.heap.obj(o).body {
            // coercePairList: a string element as it is, any other deparsed on one line
            return Some(match e {
                super::ast::Expr::Call(c) => std::iter::once(&c.fun)
                    .chain(c.args.iter().filter_map(|a| a.value.as_ref()))
                    .map(|x| match x {
                        Expr::Const(super::ast::Const::Str(Some(s))) => Some(s.clone()),
                        x => Some(Rc::from(super::deparse::line_text(x))),
                    })
                    .collect(),
                Expr::Sym(s) => vec![Some(Rc::from(s.as_str()))],
                other => vec![Some(Rc::from(super::deparse::line_text(other)))],
            });
        }
    }
    let vals = it.num_values(v)?;
    Some(
        vals.into_iter()
            .map(|x| {
                if x.is_nan() && is_na_real(x) {
                    return None;
                }
                Some(Rc::from(match t {
                    SexpType::Lgl => lgl_to_string(x),
                    SexpType::Int => int_to_string(x),
                    _ => real_to_string(x, 15),
                }))
            })
            .collect(),
    )
}

/// `cat()`'s rendering of one argument (`R_print.digits` significant digits per element).
pub fn cat_items(it: &Interp, v: Val) -> Option<Vec<String>> {
    let t = it.type_of(v);
    match t {
        SexpType::Str => {
            Some(it.str_values(v)?.into_iter().map(|s| s.map_or("NA".to_string(), |s| s.to_string())).collect())
        }
        SexpType::Lgl => Some(it.num_values(v)?.into_iter().map(lgl_to_string).collect()),
        SexpType::Int => Some(it.num_values(v)?.into_iter().map(int_to_string).collect()),
        SexpType::Real => Some(it.num_values(v)?.into_iter().map(|x| real_to_string(x, it.print_digits)).collect()),
        SexpType::Nil => Some(Vec::new()),
        _ => None,
    }
}

/// Format an atomic vector's elements to a common width, as `print()` does.
fn format_elements(it: &Interp, v: Val, quote: bool) -> Option<Vec<String>> {
    let t = it.type_of(v);
    let items: Vec<String> = match t {
        SexpType::Str => it.str_values(v)?.iter().map(|s| string_item(s.as_deref(), quote)).collect(),
        SexpType::Lgl => it.num_values(v)?.into_iter().map(lgl_to_string).collect(),
        SexpType::Int => it.num_values(v)?.into_iter().map(int_to_string).collect(),
        SexpType::Real => {
            let vals = it.num_values(v)?;
            let f = format_real_spec(&vals, it.print_digits);
            vals.into_iter().map(|x| encode_real(x, f)).collect()
        }
        SexpType::Cplx => {
            let vals = crate::lang::builtins::complex::values(it, v)?;
            let f = format_complex(&vals, it.print_digits, 0);
            vals.into_iter().map(|x| encode_complex(x, f, it.print_digits)).collect()
        }
        _ => return None,
    };
    Some(items)
}

/// A data-frame column as `format.data.frame` renders it: numbers formatted together, strings
/// without quotes (`<NA>` for NA), factors by their labels.
pub fn column_strings(it: &Interp, v: Val) -> Option<Vec<String>> {
    let Val::Obj(o) = v else { return format_elements(it, v, true) };
    let levels = it.heap.attr(o, "levels").and_then(|l| it.str_values(Val::Obj(l)));
    match (it.type_of(v), levels) {
        (SexpType::Int, Some(levels)) => Some(
            it.num_values(v)?
                .iter()
                .map(|&c| {
                    if c.is_nan() {
                        "<NA>".to_string()
                    } else {
                        levels.get(c as usize - 1).cloned().flatten().map_or("<NA>".to_string(), |s| s.to_string())
                    }
                })
                .collect(),
        ),
        (SexpType::Str, _) => {
            Some(it.str_values(v)?.into_iter().map(|s| s.map_or("<NA>".to_string(), |s| s.to_string())).collect())
        }
        _ => format_elements(it, v, true),
    }
}

fn pad_left(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.to_string()
    } else {
        format!("{}{}", " ".repeat(w - n), s)
    }
}

fn pad_right(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.to_string()
    } else {
        format!("{}{}", s, " ".repeat(w - n))
    }
}

/// `print.default` of a plain vector: `[1]` labels, right-aligned items, 80 columns.
fn print_vector(items: &[String], quote_left: bool) -> String {
    let n = items.len();
    let w = items.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let lab_w = format!("[{n}]").len();
    let per_line = ((WIDTH - lab_w) / (w + 1)).max(1);
    let mut out = String::new();
    for (i, chunk) in items.chunks(per_line).enumerate() {
        out.push_str(&pad_left(&format!("[{}]", i * per_line + 1), lab_w));
        for s in chunk {
            out.push(' ');
            out.push_str(&if quote_left { pad_right(s, w) } else { pad_left(s, w) });
        }
        out.push('\n');
    }
    out
}

/// A 1-d array's labels and its dimnames' name.
type OneDNames = (Vec<Option<Rc<str>>>, Option<String>);

/// The labels of a one-dimensional array's dimnames and, when the dimnames are named, the title.
fn one_d_dimnames(it: &Interp, v: Val) -> Option<OneDNames> {
    let Val::Obj(o) = v else { return None };
    let d = it.heap.attr(o, "dim")?;
    if it.length(Val::Obj(d)) != 1 {
        return None;
    }
    let dn = it.heap.attr(o, "dimnames")?;
    let first = *it.list_elems(Val::Obj(dn))?.first()?;
    if first == crate::heap::NIL {
        return None;
    }
    let labels = as_character_strings(it, Val::Obj(first))?;
    let title =
        it.names(Val::Obj(dn)).and_then(|n| n.first().cloned()).map(|t| t.map_or("NA".to_string(), |t| t.to_string()));
    Some((labels, title))
}

/// A named vector: names above values, columns as wide as the wider of the two.
fn print_named(items: &[String], names: &[String]) -> String {
    let w = items.iter().chain(names.iter()).map(|s| s.chars().count()).max().unwrap_or(0);
    let per_line = (WIDTH / (w + 1)).max(1);
    let mut out = String::new();
    for (ci, chunk) in items.chunks(per_line).enumerate() {
        let nm = &names[ci * per_line..ci * per_line + chunk.len()];
        // every field is followed by a space, the last one too
        for n in nm {
            out.push_str(&pad_left(n, w));
            out.push(' ');
        }
        out.push('\n');
        for v in chunk {
            out.push_str(&pad_left(v, w));
            out.push(' ');
        }
        out.push('\n');
    }
    out
}

/// What printing lazy-loads the first time, by method: `print.default` for plain values
/// (`print(length(x))` retains 179 N / 348 V; in `matrix_ops` `print(dim(p))` 166 N / 338 V) and
/// `print.object_size` with `format.object_size` (`print(object.size(b))` as the first print: 798 N /
/// 1711 V, of which `object.size()` itself 23 N / 64 V). Auto-printing a plain value at top level is
/// done in C and loads nothing.
/// `print.Date` with `format.Date` (`print(as.Date("2020-01-01"))`: 714 N / 1590 V, measured with
/// tools/calibrate/first_use.R).
/// `print.noquote`, which then calls `print.default` (`print(noquote(x))` as the first print:
/// 318 N / 687 V in all).
const PRINT_METHOD_FIRST_USE: &[(&str, (u32, u64))] = &[
    ("print.default", (170, 345)),
    ("print.object_size", (770, 1640)),
    ("print.Date", (714, 1590)),
    ("print.noquote", (148, 342)),
];

fn method_first_use(it: &mut Interp, method: &'static str) -> EvalResult<()> {
    if method == "print.noquote" {
        method_first_use(it, "print.default")?;
    }
    if let Some((_, cost)) = PRINT_METHOD_FIRST_USE.iter().find(|(n, _)| *n == method) {
        it.lazy_load_once(method, cost.0, cost.1)?;
    }
    Ok(())
}

/// The print method R dispatches to for a value.
fn print_method(it: &Interp, v: Val) -> &'static str {
    let classes = super::builtins::class_strings(it, v);
    let has = |c: &str| classes.iter().flatten().any(|k| &**k == c);
    if has("object_size") {
        "print.object_size"
    } else if has("Date") {
        "print.Date"
    } else if has("noquote") {
        "print.noquote"
    } else {
        "print.default"
    }
}

/// `print(x)`: dispatch, lazy-loading the method on first use.
/// `print.default()`'s C code (`do_printdefault`): the value printed with no method dispatch and
/// no lazy loading of its own (R's closure around it was loaded as any closure is).
pub fn print_default(it: &mut Interp, v: Val, quote: bool) -> EvalResult<String> {
    Printer::new(it).print(it, v, quote)
}

pub fn print_value(it: &mut Interp, v: Val, quote: bool) -> EvalResult<String> {
    let m = print_method(it, v);
    method_first_use(it, m)?;
    let noquote = m == "print.noquote";
    Printer::new(it).print(it, v, quote && !noquote)
}

/// Top-level auto-printing: plain values are printed by C code; objects with a class go through
/// `print()`.
pub fn autoprint_value(it: &mut Interp, v: Val) -> EvalResult<String> {
    super::builtins::strings::materialize_deferred(it, v)?;
    let classed = matches!(v, Val::Obj(o) if it.heap.attr(o, "class").is_some());
    if classed {
        let global = it.global;
        let native = super::dispatch::NATIVE_CLASSES;
        if it.dispatch_from_native("print", v, Vec::new(), global, native)?.is_some() {
            return Ok(String::new());
        }
        print_value(it, v, true)
    } else {
        format_value(it, v)
    }
}

/// The text `print()` shows for a simulated value.
pub fn format_value(it: &mut Interp, v: Val) -> EvalResult<String> {
    Printer::new(it).print(it, v, true)
}

/// `TAGBUFLEN`: the longest tag (`[[1]]$a[[2]]`) `print()` shows above a list element; deeper
/// elements keep the tag of the last level that fitted.
const TAGBUFLEN: usize = 256;

/// `PrintValueRec()` over nested values: the output so far, the tag buffer (`tagbuf`), and the
/// levels of the recursion (R checks its C stack on each).
struct Printer {
    out: String,
    tag: String,
    levels: u64,
    /// C stack in use where printing started.
    usage: u64,
}

impl Printer {
    fn new(it: &Interp) -> Printer {
        Printer { out: String::new(), tag: String::new(), levels: 0, usage: it.c_stack_usage() }
    }

    fn print(mut self, it: &mut Interp, v: Val, quote: bool) -> EvalResult<String> {
        self.value(it, v, quote)?;
        Ok(self.out)
    }

    /// `print()` of a value inside a list printed with the tags in `self.tag` (`$a`, `[[1]]`).
    fn value(&mut self, it: &mut Interp, v: Val, quote: bool) -> EvalResult<()> {
        self.levels += 1;
        let usage = self.usage + Recursion::Print.bytes(self.levels);
        if usage > C_STACK_LIMIT {
            return Err(Flow::from(usage_error(usage)));
        }
        it.check_host_stack()?;
        let r = self.value_at_level(it, v, quote);
        self.levels -= 1;
        r
    }

    fn value_at_level(&mut self, it: &mut Interp, v: Val, quote: bool) -> EvalResult<()> {
        if let Some(text) = super::builtins::s4::show(it, v)? {
            self.out.push_str(&text);
            return Ok(());
        }
        let t = it.type_of(v);
        if t == SexpType::Nil {
            self.out.push_str("NULL\n");
            return Ok(());
        }
        if let Val::Obj(o) = v {
            read_labels(it, o)?;
            if let Some(cls) = it.heap.attr(o, "class") {
                let classes = it.str_values(Val::Obj(cls)).unwrap_or_default();
                if classes.iter().any(|c| c.as_deref() == Some("data.frame")) {
                    let text = super::builtins::data_frame::print(it, v)?;
                    self.out.push_str(&text);
                    return Ok(());
                }
                if classes.iter().any(|c| c.as_deref() == Some("proc_time")) && it.num_elt(v, 0).is_none() {
                    self.out.push_str("<proc_time: times are not simulated>\n");
                    return Ok(());
                }
                if classes.iter().any(|c| c.as_deref() == Some("Date")) {
                    if let Some(text) = format_dates(it, v) {
                        self.out.push_str(&text);
                        return Ok(());
                    }
                }
                if classes.iter().any(|c| c.as_deref() == Some("factor")) {
                    let ordered = classes.iter().any(|c| c.as_deref() == Some("ordered"));
                    if let Some(text) = format_factor(it, v, ordered) {
                        self.out.push_str(&text);
                        return Ok(());
                    }
                }
                if classes.iter().any(|c| c.as_deref() == Some("terms")) {
                    if let Body::Lang(e) = &it.heap.obj(o).body {
                        // print.terms: print.default(unclass(x)), the call then its attributes
                        self.out.push_str(&language_text(it, e));
                        return self.attributes_but(it, o, quote, "class");
                    }
                }
                if classes.iter().any(|c| c.as_deref() == Some("formula")) {
                    if let Body::Lang(e) = &it.heap.obj(o).body {
                        // print.formula: the call without its attributes, then its environment unless global
                        self.out.push_str(&language_text(it, e));
                        if let Some(env) = it.heap.attr(o, ".Environment").filter(|&e| e != it.global) {
                            self.out.push_str(&environment_text(it, env));
                            self.out.push('\n');
                        }
                        return Ok(());
                    }
                }
                if classes.iter().any(|c| c.as_deref() == Some("object_size")) {
                    match it.num_elt(v, 0) {
                        Some(b) => {
                            self.out.push_str(&real_to_string(b, 15));
                            self.out.push_str(" bytes\n");
                        }
                        None => self.out.push_str("? bytes\n"),
                    }
                    return Ok(());
                }
            }
            if let Some(d) = it.heap.attr(o, "dim") {
                let dims = it.num_values(Val::Obj(d)).unwrap_or_default();
                if dims.len() == 2 {
                    if let Some((s, cut)) = format_matrix(it, v, dims[0] as usize, dims[1] as usize, quote) {
                        self.out.push_str(&s);
                        if cut {
                            it.notes.push(format!(
                                "line {}: a printed matrix was cut short after {} MB of text",
                                it.heap.line,
                                MATRIX_TEXT_MAX >> 20
                            ));
                        }
                        return self.attributes(it, o, quote);
                    }
                }
            }
        }
        self.plain(it, v, t, quote)?;
        match (v, t) {
            (
                Val::Obj(o),
                SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Str | SexpType::Lang | SexpType::Vec,
            ) => self.attributes(it, o, quote),
            _ => Ok(()),
        }
    }

    /// `printAttributes`: every attribute but names, dim, dimnames and comment, as `attr(,"name")` and its
    /// printed value.
    fn attributes(&mut self, it: &mut Interp, o: crate::heap::ObjId, quote: bool) -> EvalResult<()> {
        self.attributes_but(it, o, quote, "")
    }

    /// [`Self::attributes`] without the attribute `skip` (what `unclass()` removed before printing).
    fn attributes_but(&mut self, it: &mut Interp, o: crate::heap::ObjId, quote: bool, skip: &str) -> EvalResult<()> {
        let attrs: Vec<(String, crate::heap::ObjId)> = match &it.heap.obj(o).attrs {
            Some(a) => a.iter().map(|(n, v)| (n.to_string(), *v)).collect(),
            None => return Ok(()),
        };
        let saved = std::mem::take(&mut self.tag);
        for (name, value) in attrs {
            if matches!(name.as_str(), "names" | "dim" | "dimnames" | "comment") || name == skip {
                continue;
            }
            // print.noquote drops its own class before printing
            if name == "class"
                && it.str_values(Val::Obj(value)).is_some_and(|c| c.len() == 1 && c[0].as_deref() == Some("noquote"))
            {
                continue;
            }
            self.tag = format!("attr(,\"{name}\")");
            self.out.push_str(&self.tag);
            self.out.push('\n');
            self.value(it, Val::Obj(value), quote)?;
        }
        self.tag = saved;
        Ok(())
    }

    /// `print.default` of a value without its other attributes.
    #[allow(clippy::type_complexity)]
    fn plain(&mut self, it: &mut Interp, v: Val, t: SexpType, quote: bool) -> EvalResult<()> {
        // a pairlist prints as a list (printList)
        let pairs = match v {
            Val::Obj(o) => match &it.heap.obj(o).body {
                Body::Pairlist(items) => Some(items.clone()),
                _ => None,
            },
            _ => None,
        };
        if t != SexpType::Vec && pairs.is_none() {
            let text = format_plain(it, v, t, quote)?;
            self.out.push_str(&text);
            return Ok(());
        }
        let (elems, names): (Vec<Val>, Option<Vec<Option<Rc<str>>>>) = match pairs {
            Some(items) => {
                let named = items.iter().any(|(n, _)| n.is_some());
                let names =
                    named.then(|| items.iter().map(|(n, _)| Some(n.clone().unwrap_or_else(|| Rc::from("")))).collect());
                (items.into_iter().map(|(_, v)| v).collect(), names)
            }
            None => (it.list_elems(v).unwrap_or_default().into_iter().map(Val::Obj).collect(), it.names(v)),
        };
        if elems.is_empty() {
            self.out.push_str("list()\n");
            return Ok(());
        }
        let taglen = self.tag.len();
        for (i, e) in elems.iter().enumerate() {
            // the element's tag, if it fits the buffer (R's width test counts the digits of i)
            // (printList: an NA name prints as `$<NA>`, a non-syntactic one backquoted)
            let name = names.as_ref().and_then(|n| n.get(i).cloned()).map(|n| n.unwrap_or_else(|| Rc::from("<NA>")));
            let na = names.as_ref().and_then(|n| n.get(i)).is_some_and(|n| n.is_none());
            match name {
                Some(n) if !n.is_empty() => {
                    if taglen + n.len() > TAGBUFLEN {
                        if taglen <= TAGBUFLEN {
                            self.tag.push_str("$...");
                        }
                    } else if na || crate::lang::deparse::is_valid_name(&n) {
                        self.tag.push('$');
                        self.tag.push_str(&n);
                    } else {
                        self.tag.push_str(&format!("$`{n}`"));
                    }
                }
                _ => {
                    if taglen + decimal_width(i) > TAGBUFLEN {
                        if taglen <= TAGBUFLEN {
                            self.tag.push_str("$...");
                        }
                    } else {
                        self.tag.push_str(&format!("[[{}]]", i + 1));
                    }
                }
            }
            self.out.push_str(&self.tag);
            self.out.push('\n');
            // PrintDispatch: an object is printed by print() afresh, its tags from an empty buffer
            let object = matches!(*e, Val::Obj(o) if it.heap.attr(o, "class").is_some());
            let saved = if object { std::mem::take(&mut self.tag) } else { String::new() };
            self.value(it, *e, quote)?;
            if object {
                self.tag = saved;
            }
            self.out.push('\n');
            self.tag.truncate(taglen);
        }
        Ok(())
    }
}

/// `IndexWidth(n)`: the decimal digits of `n` (0 for 0).
fn decimal_width(n: usize) -> usize {
    ((n as f64 + 0.5).log10() + 1.0) as usize
}

/// `print.Date`: the dates as quoted `YYYY-MM-DD` strings (NA unquoted), by name if named.
fn format_dates(it: &Interp, v: Val) -> Option<String> {
    let days = it.num_values(v)?;
    if days.is_empty() {
        return Some("Date of length 0\n".into());
    }
    let items: Vec<String> = days
        .iter()
        .map(|&d| if d.is_nan() { "NA".to_string() } else { quote_string(&super::dates::format_date(d)) })
        .collect();
    let Val::Obj(o) = v else { return None };
    match it.heap.attr(o, "names").and_then(|n| it.str_values(Val::Obj(n))) {
        Some(names) => {
            let names: Vec<String> = names.iter().map(|n| n.as_deref().unwrap_or("<NA>").to_string()).collect();
            Some(print_named(&items, &names))
        }
        None => Some(print_vector(&items, true)),
    }
}

/// `print.factor`: the labels unquoted (`<NA>` for NA), then the levels on one line, cut to the
/// width with `...` when they do not fit (`n Levels: a b ... z`), joined by `<` when ordered.
fn format_factor(it: &Interp, v: Val, ordered: bool) -> Option<String> {
    let Val::Obj(o) = v else { return None };
    let levels: Vec<String> = it
        .str_values(Val::Obj(it.heap.attr(o, "levels")?))?
        .into_iter()
        .map(|s| s.map_or("NA".to_string(), |s| s.to_string()))
        .collect();
    let codes = it.num_values(v)?;
    let mut out = if codes.is_empty() {
        format!("{}(0)\n", if ordered { "ordered" } else { "factor" })
    } else {
        let labels: Vec<String> =
            codes
                .iter()
                .map(|&c| {
                    if c.is_nan() {
                        "<NA>".to_string()
                    } else {
                        levels.get(c as usize - 1).cloned().unwrap_or_default()
                    }
                })
                .collect();
        print_vector(&labels, true)
    };
    let sep = if ordered { " < " } else { " " };
    let n = levels.len();
    // width - (nchar("Levels: ") + 3 + 1 + 3)
    let room = WIDTH - (8 + 3 + 1 + 3);
    let mut cum = 0;
    let mut first_over = None;
    for (i, l) in levels.iter().enumerate() {
        cum += l.chars().count() + sep.len();
        if cum > room && first_over.is_none() {
            first_over = Some(i + 1);
        }
    }
    let maxl = match first_over {
        Some(k) if n > 1 => (k - 1).max(1),
        _ => n,
    };
    if n > maxl {
        let mut shown: Vec<&str> = levels[..(maxl - 1).max(1)].iter().map(|s| s.as_str()).collect();
        shown.push("...");
        if maxl > 1 {
            shown.push(&levels[n - 1]);
        }
        out.push_str(&format!("{n} Levels: {}\n", shown.join(sep)));
    } else {
        out.push_str(&format!("Levels: {}\n", levels.join(sep)));
    }
    Some(out)
}

/// `print.default` of a value without its other attributes.
fn format_plain(it: &mut Interp, v: Val, t: SexpType, quote: bool) -> EvalResult<String> {
    match t {
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str => {
            let n = it.length(v);
            if n == 0 {
                return Ok(format!(
                    "{}(0)\n",
                    match t {
                        SexpType::Lgl => "logical",
                        SexpType::Int => "integer",
                        SexpType::Real => "numeric",
                        SexpType::Cplx => "complex",
                        _ => "character",
                    }
                ));
            }
            let Some(items) = format_elements(it, v, quote) else {
                return Ok(format!("<{} vector of length {}: values not simulated>\n", t.type_name(), n));
            };
            // a one-dimensional array with dimnames: `printNamedVector` of its dimnames, under the
            // dimnames' name when they have names (printValueRec)
            let (labels, title) = match one_d_dimnames(it, v) {
                Some((labels, title)) => (Some(labels), title),
                None => (it.names(v), None),
            };
            match labels {
                Some(nm) => {
                    let mut names: Vec<String> =
                        nm.into_iter().map(|s| s.map_or("<NA>".to_string(), |s| s.to_string())).collect();
                    // a name for every element (`names<-` pads a short value with NA)
                    names.resize(items.len(), "<NA>".to_string());
                    let body = print_named(&items, &names);
                    Ok(match title {
                        Some(t) => format!("{t}\n{body}"),
                        None => body,
                    })
                }
                None => Ok(print_vector(&items, t == SexpType::Str)),
            }
        }
        // printRawVector: two hex digits each
        SexpType::Raw => {
            let n = it.length(v);
            if n == 0 {
                return Ok("raw(0)\n".to_string());
            }
            let Some(vals) = it.num_values(v) else {
                return Ok(format!("<raw vector of length {n}: values not simulated>\n"));
            };
            let items: Vec<String> = vals.iter().map(|&b| format!("{:02x}", b as u8)).collect();
            Ok(match it.names(v) {
                Some(nm) => {
                    let names: Vec<String> =
                        nm.into_iter().map(|s| s.map_or("<NA>".to_string(), |s| s.to_string())).collect();
                    print_named(&items, &names)
                }
                None => print_vector(&items, false),
            })
        }
        SexpType::Env => Ok(match v {
            Val::Obj(o) => format!("{}\n", environment_text(it, o)),
            _ => String::new(),
        }),
        SexpType::Clo => format_closure(it, v),
        SexpType::Lang | SexpType::Sym => Ok(match v {
            Val::Obj(o) => match &it.heap.obj(o).body {
                Body::Lang(e) => language_text(it, e),
                // the empty symbol (R_MissingArg) deparses to nothing
                _ if o == it.missing_arg => "\n".to_string(),
                _ => format!("<{}>\n", t.type_name()),
            },
            _ => String::new(),
        }),
        SexpType::Builtin | SexpType::Special => Ok(match v {
            Val::Obj(o) => match &it.heap.obj(o).body {
                Body::Builtin(n) => builtin_text(n, o),
                _ => String::new(),
            },
            _ => String::new(),
        }),
        _ => Ok(format!("<{}>\n", t.type_name())),
    }
}

/// `%p` of a simulated object in `<bytecode: %p>` and `<environment: %p>`: R's addresses come
/// from its allocator and cannot be reproduced, so the simulator shows a stable address derived
/// from the object's arena slot.
pub fn pointer_text(o: ObjId) -> String {
    format!("0x{:012x}", 0x5555_0000_0000u64 + u64::from(o.0) * 56)
}

/// `EncodeEnvironment`.
pub fn environment_text(it: &Interp, env: ObjId) -> String {
    if env == it.global {
        "<environment: R_GlobalEnv>".into()
    } else if let Some(pkg) = it.namespace_of(env) {
        format!("<environment: namespace:{}>", pkg.name())
    } else {
        format!("<environment: {}>", pointer_text(env))
    }
}

/// `PrintLanguage` of code (a symbol: `deparse1` with backticks, one line).
fn language_text(it: &Interp, e: &Expr) -> String {
    let lines = match e {
        Expr::Sym(s) => vec![quotify(s, '`')],
        _ => super::builtins::deparse::code_lines(it, e, DEFAULT_CUTOFF, true, DEFAULTDEPARSE),
    };
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// A natively simulated function: R's closure as the package installed it (its source, byte code
/// and namespace), or a primitive.
fn builtin_text(name: &str, o: ObjId) -> String {
    match super::library::search_path(name) {
        Some((pkg, e)) if matches!(e.kind, super::library::Kind::Closure { .. }) => {
            let f = super::library::Namespace::get(pkg).closure(name).expect("indexed closure");
            let mut out: String = closure_lines(&f).iter().map(|l| format!("{l}\n")).collect();
            out.push_str(&format!("<bytecode: {}>\n<environment: namespace:{}>\n", pointer_text(o), pkg.name()));
            out
        }
        _ => format!("function (...) .Primitive(\"{name}\")\n"),
    }
}

/// `PrintClosure`: the deparsed function (no source references under `Rscript --vanilla`), its
/// byte code once compiled, and its environment unless global.
fn format_closure(it: &mut Interp, v: Val) -> EvalResult<String> {
    let Val::Obj(o) = v else { return Ok(String::new()) };
    let mut out: String =
        deparse_value(it, v, DEFAULT_CUTOFF, true, DEFAULTDEPARSE, None).iter().map(|l| format!("{l}\n")).collect();
    if let Body::Closure(c) = &it.heap.obj(o).body {
        if matches!(c.jit, JitState::Compiled | JitState::Installed) {
            let code = if c.bytecode != NIL { c.bytecode } else { o };
            out.push_str(&format!("<bytecode: {}>\n", pointer_text(code)));
        }
        if c.env != it.global {
            out.push_str(&environment_text(it, c.env));
            out.push('\n');
        }
    }
    Ok(out)
}

/// The strings printing reads through their data pointers: a string vector's own
/// (`printStringVector`: `STRING_PTR_RO`), its names (`printNamedVector`) and its dimnames
/// (`printMatrix`: `formatString(STRING_PTR_RO(rl), ...)`). A deferred string among them
/// (`dimnamesgets` of numbers, `as.character` of numbers) is written out then, as
/// `deferred_string_Dataptr` does.
fn read_labels(it: &mut Interp, o: crate::heap::ObjId) -> EvalResult<()> {
    use super::builtins::strings::materialize_deferred;
    materialize_deferred(it, Val::Obj(o))?;
    if let Some(n) = it.heap.attr(o, "names") {
        materialize_deferred(it, Val::Obj(n))?;
    }
    if let Some(dn) = it.heap.attr(o, "dimnames") {
        for p in it.list_elems(Val::Obj(dn)).unwrap_or_default() {
            materialize_deferred(it, Val::Obj(p))?;
        }
    }
    Ok(())
}

/// `print.default` of a matrix: each column formatted on its own, row names left-aligned; numbers
/// and their headers right-aligned, quoted strings and their headers left-aligned.
/// `R_print.max`: `options(max.print)`'s default, the most entries `print()` shows.
pub(crate) const PRINT_MAX: usize = 99_999;

/// The most text one printed matrix makes on the host: R writes its output as it goes, the
/// simulator keeps it, so a matrix of millions of columns (R prints every column label) is cut
/// short, with a note.
const MATRIX_TEXT_MAX: usize = 1 << 24;

/// `printMatrix` (printarray.c): the columns in blocks as wide as the line allows, at most
/// `R_print.max / ncol` rows, then how many rows were left out. Each column is as wide as its
/// widest entry over all rows (`formatReal` etc.) or its label, plus `R_print.gap`. `None` when
/// the values are not known; `Some((text, true))` when the text was cut at [`MATRIX_TEXT_MAX`].
fn format_matrix(it: &Interp, v: Val, nr: usize, nc: usize, quote: bool) -> Option<(String, bool)> {
    const GAP: usize = 1;
    let t = it.type_of(v);
    let Val::Obj(o) = v else { return None };
    if !matches!(t, SexpType::Str | SexpType::Real | SexpType::Int | SexpType::Lgl) || nr as u64 > MAX_CONCRETE {
        return None;
    }
    if nr == 0 && nc == 0 {
        return Some(("<0 x 0 matrix>\n".into(), false));
    }
    let (rn, cn) = match it.heap.attr(o, "dimnames") {
        Some(dn) => {
            let parts = it.list_elems(Val::Obj(dn)).unwrap_or_default();
            let get = |k: usize| parts.get(k).filter(|&&p| p != NIL).and_then(|&p| it.str_values(Val::Obj(p)));
            (get(0), get(1))
        }
        None => (None, None),
    };
    // GetMatrixDimnames: the names of the dimnames title the row labels and the column labels
    let (row_title, col_title) = match it.heap.attr(o, "dimnames").and_then(|dn| it.names(Val::Obj(dn))) {
        Some(dnn) => {
            let title = |k: usize| dnn.get(k).map(|s| s.as_deref().unwrap_or("NA").to_string());
            (title(0), title(1))
        }
        None => (None, None),
    };
    let label = |s: &Option<Rc<str>>| s.as_deref().unwrap_or("<NA>").to_string();
    let rlabw = match &rn {
        Some(r) => r.iter().take(nr).map(|s| label(s).chars().count()).max().unwrap_or(0),
        None => decimal_width(nr + 1) + 3,
    };
    // _PRINT_INIT_rl_rn: a row title shifts the row labels right by `lbloff` (R_MIN_LBLOFF at least)
    const R_MIN_LBLOFF: usize = 2;
    let lbloff = match &row_title {
        Some(t) if t.chars().count() < rlabw + R_MIN_LBLOFF => R_MIN_LBLOFF,
        Some(t) => t.chars().count() - rlabw,
        None => 0,
    };
    let rlabw = rlabw + lbloff;
    // _PRINT_ROW_LAB: the column title on its own line, then the row title (or blanks)
    let row_lab = |out: &mut String| {
        if let Some(t) = &col_title {
            out.push_str(&" ".repeat(rlabw));
            out.push_str(t);
            out.push('\n');
        }
        match &row_title {
            Some(t) => out.push_str(&pad_right(t, rlabw)),
            None => out.push_str(&" ".repeat(rlabw)),
        }
    };
    let r_pr = if nc > 0 && PRINT_MAX / nc < nr { PRINT_MAX / nc } else { nr };
    let strings = if t == SexpType::Str { Some(it.str_values(v)?) } else { None };
    // column j: its entries (all rows, for the width; the printed ones are kept) and its width
    let column = |j: usize| -> Option<(Vec<String>, usize)> {
        let all: Vec<String> = match &strings {
            Some(s) => s.get(j * nr..(j + 1) * nr)?.iter().map(|x| string_item(x.as_deref(), quote)).collect(),
            None => {
                let vals: Vec<f64> = (0..nr).map(|i| it.num_elt(v, (j * nr + i) as u64)).collect::<Option<_>>()?;
                match t {
                    SexpType::Real => {
                        let f = format_real_spec(&vals, it.print_digits);
                        vals.iter().map(|&x| encode_real(x, f)).collect()
                    }
                    SexpType::Int => vals.iter().map(|&x| int_to_string(x)).collect(),
                    _ => vals.iter().map(|&x| lgl_to_string(x)).collect(),
                }
            }
        };
        let clabw = match &cn {
            Some(c) => label(c.get(j)?).chars().count(),
            None => decimal_width(j + 1) + 3,
        };
        let w = all.iter().map(|s| s.chars().count()).max().unwrap_or(0).max(clabw);
        let mut entries = all;
        entries.truncate(r_pr);
        // strings: the gap is printed apart (`_PRINT_MATRIX_(+ R_print.gap, ...)`)
        Some((entries, if strings.is_some() { w } else { w + GAP }))
    };
    let col_label = |j: usize| match &cn {
        Some(c) => label(&c[j]),
        None => format!("[,{}]", j + 1),
    };
    let row_label = |i: usize| match &rn {
        Some(r) => " ".repeat(lbloff) + &pad_right(&label(&r[i]), rlabw - lbloff),
        None => pad_left(&format!("[{},]", i + 1), rlabw),
    };
    // string columns and their labels are left-aligned unless print(right = TRUE) (R_print.right)
    let string_pad = |s: &str, w: usize| if it.print_right { pad_left(s, w) } else { pad_right(s, w) };
    let mut out = String::new();
    let mut cut = false;
    if nc == 0 {
        row_lab(&mut out);
        for i in 0..nr {
            out.push('\n');
            out.push_str(&row_label(i));
        }
        out.push('\n');
    }
    let mut jmin = 0;
    while jmin < nc {
        let extra = if strings.is_some() { GAP } else { 0 };
        let mut block = vec![column(jmin)?];
        let mut width = rlabw + block[0].1 + extra;
        while jmin + block.len() < nc {
            let next = column(jmin + block.len())?;
            if width + next.1 + extra >= WIDTH {
                break;
            }
            width += next.1 + extra;
            block.push(next);
        }
        row_lab(&mut out);
        for (k, (_, w)) in block.iter().enumerate() {
            match strings {
                Some(_) => {
                    out.push_str(&" ".repeat(GAP));
                    out.push_str(&string_pad(&col_label(jmin + k), *w));
                }
                None => out.push_str(&pad_left(&col_label(jmin + k), *w)),
            }
        }
        for i in 0..r_pr {
            out.push('\n');
            out.push_str(&row_label(i));
            for (col, w) in &block {
                match strings {
                    Some(_) => {
                        out.push_str(&" ".repeat(GAP));
                        out.push_str(&string_pad(&col[i], *w));
                    }
                    None => out.push_str(&pad_left(&col[i], *w)),
                }
            }
        }
        out.push('\n');
        jmin += block.len();
        if out.len() > MATRIX_TEXT_MAX && jmin < nc {
            cut = true;
            break;
        }
    }
    if r_pr < nr {
        let n = nr - r_pr;
        out.push_str(&format!(
            " [ reached getOption(\"max.print\") -- omitted {n} row{} ]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
    Some((out, cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(xs: &[f64]) -> Vec<String> {
        let f = format_real_spec(xs, DIGITS);
        xs.iter().map(|&x| encode_real(x, f)).collect()
    }

    #[test]
    fn doubles_format_like_r() {
        assert_eq!(fmt(&[1e6, 2e6, 3e6]), ["1e+06", "2e+06", "3e+06"]);
        assert_eq!(fmt(&[14.7, 3.5]), ["14.7", "3.5"]);
        assert_eq!(fmt(&[29.0, 64.0]), ["29", "64"]);
        assert_eq!(fmt(&[35.3, 64.0]), ["35.3", "64.0"]);
        assert_eq!(fmt(&[273455.0, 458631.0]), ["273455", "458631"]);
        assert_eq!(fmt(&[27915183.0]), ["27915183"]);
        assert_eq!(fmt(&[25005000.0]), ["25005000"]);
        assert_eq!(fmt(&[0.1 + 0.2]), ["0.3"]);
        assert_eq!(fmt(&[1.0 / 3.0]), ["0.3333333"]);
        assert_eq!(fmt(&[100000.0]), ["1e+05"]);
        assert_eq!(fmt(&[123456.0]), ["123456"]);
        assert_eq!(real_to_string(1250025000.0, 7), "1250025000");
    }
}

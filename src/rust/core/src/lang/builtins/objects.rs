//! Objects with structure: `structure()`, `array()`, `factor()`, `data.frame()`, dates, formulas,
//! raw vectors, language objects (`call()`, `expression()`, `pairlist()`, `formals()`), `strrep()`.

use std::rc::Rc;

use super::{closure, primitive, special};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, Num, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::ast::Expr;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp, MAX_CONCRETE};

pub(super) const BUILTINS: &[Builtin] = &[
    closure("structure", &[".Data", "..."], 0, structure).scratch(40, 20),
    closure("as.list", &["x", "..."], 2, as_list),
    closure("noquote", &["obj", "right"], 0, noquote),
    closure("array", &["data", "dim", "dimnames"], 0, array).scratch(20, 4),
    closure("factor", &["x", "levels", "labels", "exclude", "ordered", "nmax"], 0, factor).scratch(200, 200),
    // `ordered(x, ...)`: `factor(x, ..., ordered = TRUE)`
    closure("ordered", &["x", "levels", "labels", "exclude", "ordered", "nmax"], 0, |it, c, a| {
        let i = a.formals.iter().position(|f| *f == "ordered").expect("ordered is a formal");
        a.vals[i] = Some(it.scalar_logical(Some(true)));
        factor(it, c, a)
    })
    .scratch(200, 200),
    closure(
        "data.frame",
        &["...", "row.names", "check.rows", "check.names", "fix.empty.names", "stringsAsFactors"],
        0,
        data_frame,
    )
    .scratch(1300, 500),
    closure("as.Date", &["x", "..."], 0, as_date).scratch(100, 50),
    closure("as.POSIXct", &["x", "tz", "..."], 0, as_posixct).scratch(300, 150),
    closure("strrep", &["x", "times"], 0, strrep),
    closure("nlevels", &["x"], 0, nlevels),
    primitive("as.raw", &["x"], as_raw),
    closure("charToRaw", &["x"], 0, char_to_raw),
    primitive("call", &["name", "..."], call),
    primitive("pairlist", &["..."], pairlist),
    closure("formals", &["fun", "envir"], 0, formals).scratch(4, 0),
    special("expression", expression),
    special("~", formula),
    primitive("class", &["x"], class),
    primitive("unclass", &["x"], unclass),
    // `identity <- function(x) x`
    closure("identity", &["x"], 0, |_, c, a| a.need(c, "x")),
    closure("inherits", &["x", "what", "which"], 0, inherits).scratch(4, 2),
    primitive("typeof", &["x"], type_of),
];

fn one_string(it: &Interp, v: Val) -> Option<Rc<str>> {
    it.str_values(v).and_then(|s| s.first().cloned().flatten())
}

/// Attach an attribute made from a value (boxed), keeping the order R keeps.
fn set(it: &mut Interp, id: ObjId, name: &str, v: Val) -> EvalResult<()> {
    let b = it.boxed(v)?;
    it.heap.set_attr(id, name, b)?;
    Ok(())
}

/// The strings of `v`'s class attribute (none without one).
pub(crate) fn class_strings(it: &Interp, v: Val) -> Vec<Option<Rc<str>>> {
    match v {
        Val::Obj(o) => it.heap.attr(o, "class").and_then(|c| it.str_values(Val::Obj(c))).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Whether `class` is among `v`'s classes (`inherits(v, class)` for an explicit class).
pub(crate) fn inherits_class(it: &Interp, v: Val, class: &str) -> bool {
    class_strings(it, v).iter().flatten().any(|c| &**c == class)
}

/// The object whose attributes are about to change: a value bound elsewhere is first wrapped
/// (long vectors) or copied (`R_shallow_duplicate_attr`); one nothing refers to is changed in place.
fn attrs_owned(it: &mut Interp, o: ObjId) -> EvalResult<ObjId> {
    Ok(if o != NIL && it.heap.obj(o).refs >= 1 { it.shallow_duplicate_attr(o)? } else { o })
}

fn structure(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let data = a.need(ctx, ".Data")?;
    // `attributes(.Data) <- ...` in structure()'s frame: a value bound anywhere else is shared
    // with `.Data`, so it is wrapped (long vectors) or copied first
    let id = match data {
        Val::Obj(o) if it.heap.obj(o).refs >= 1 && o != NIL => attrs_owned(it, o)?,
        _ => super::vectors::attrs_modifiable(it, data)?,
    };
    for d in a.dots.clone() {
        let Some(name) = d.name.clone() else { continue };
        let name: &str = match &*name {
            ".Names" => "names",
            ".Dim" => "dim",
            ".Dimnames" => "dimnames",
            n => n,
        };
        let name = name.to_string();
        if name == "dim" && it.type_of(d.value) == SexpType::Real {
            let dims: Vec<u64> = it.num_values(d.value).unwrap_or_default().into_iter().map(|x| x as u64).collect();
            super::vectors::attach_dim(it, id, &dims)?;
        } else {
            set(it, id, &name, d.value)?;
        }
    }
    Ok(Val::Obj(id))
}

fn array(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let data = a.get("data").unwrap_or(Val::Lgl(crate::heap::NA_INT));
    let dims: Vec<u64> = match a.get("dim") {
        Some(d) => it.num_values(d).unwrap_or_default().into_iter().map(|x| x as u64).collect(),
        None => vec![it.length(data)],
    };
    let n: u64 = dims.iter().product();
    let t = it.type_of(data);
    let len = it.length(data);
    let content = if len == n || len == 1 { it.num_content(data) } else { Num::Unknown };
    let id = match t {
        SexpType::Str => it.new_strs(n, Elems::Unknown)?,
        _ => it.new_num(t, n, content)?,
    };
    super::vectors::attach_dim(it, id, &dims)?;
    // do_array: `if (!isNull(dimnames) && length(dimnames) > 0) ans = dimnamesgets(ans, dimnames)`
    if let Some(dn) = a.get("dimnames").filter(|&dn| it.length(dn) > 0) {
        super::attrib::set_attrib(it, id, "dimnames", dn).map_err(|f| super::attrib::in_call(ctx, f))?;
    }
    Ok(Val::Obj(id))
}

/// Distinct values of a vector in R's sort order (strings by bytes, numbers ascending).
fn sorted_levels(it: &Interp, x: Val) -> Option<Vec<String>> {
    if it.type_of(x) == SexpType::Str {
        let strings = match x {
            // a long `rep()` of a few strings: its levels are those strings
            Val::Obj(o) => match &it.heap.obj(o).body {
                Body::Elems(Elems::Repeat { ids, .. }) => Some(
                    ids.iter()
                        .filter(|&&c| c != it.na_string)
                        .filter_map(|&c| it.char_str(c).map(str::to_string))
                        .collect(),
                ),
                _ => None,
            },
            _ => None,
        };
        let mut v: Vec<String> = match strings {
            Some(s) => s,
            None => it.str_values(x)?.into_iter().flatten().map(|s| s.to_string()).collect(),
        };
        v.sort();
        v.dedup();
        Some(v)
    } else {
        let mut v: Vec<f64> = it.num_values(x)?.into_iter().filter(|x| !x.is_nan()).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v.dedup();
        let t = it.type_of(x);
        Some(
            v.into_iter()
                .map(|x| {
                    if t == SexpType::Real {
                        crate::lang::print::real_to_string(x, 15)
                    } else {
                        format!("{}", x as i64)
                    }
                })
                .collect(),
        )
    }
}

fn factor(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.get("x").unwrap_or(Val::Obj(NIL));
    let n = it.length(x);
    let levels = match a.get("levels") {
        Some(l) => crate::lang::print::as_character_strings(it, l)
            .map(|v| v.into_iter().flatten().map(|s| s.to_string()).collect()),
        None => sorted_levels(it, x),
    };
    let Some(levels) = levels else {
        return Err(ctx.error("rheap needs the values of x to build a factor"));
    };
    let keys = crate::lang::print::as_character_strings(it, x);
    let codes = keys.map(|k| {
        Num::Values(Rc::new(
            k.iter()
                .map(|s| {
                    s.as_ref()
                        .and_then(|s| levels.iter().position(|l| l == &**s))
                        .map_or(crate::heap::na_real(), |p| (p + 1) as f64)
                })
                .collect(),
        ))
    });
    let id = it.new_num(SexpType::Int, n, codes.unwrap_or(Num::Unknown))?;
    let refs: Vec<Option<&str>> = levels.iter().map(|s| Some(s.as_str())).collect();
    let lv = it.mk_strings(&refs)?;
    it.heap.set_attr(id, "levels", lv)?;
    let ordered = a.get("ordered").and_then(|v| it.num_elt(v, 0)).is_some_and(|o| o != 0.0);
    let class =
        if ordered { it.mk_strings(&[Some("ordered"), Some("factor")])? } else { it.mk_strings(&[Some("factor")])? };
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

/// `data.frame(...)`: a list of columns with names, class and compact row names `c(NA, -n)`.
/// The first character column a session's `data.frame()` converts loads
/// `as.data.frame.character()` (measured: 292 N / 697 V beyond a numeric-only first call).
const DATA_FRAME_CHARACTER_FIRST: (u32, u64) = (292, 697);

fn data_frame(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    if a.dots.iter().any(|d| it.type_of(d.value) == SexpType::Str) {
        it.lazy_load_once("data.frame: character", DATA_FRAME_CHARACTER_FIRST.0, DATA_FRAME_CHARACTER_FIRST.1)?;
    }
    let mut cols = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut nrow = 0u64;
    for (k, d) in a.dots.iter().enumerate() {
        let v = match d.value {
            Val::Obj(o) => o,
            other => it.boxed(other)?,
        };
        nrow = nrow.max(it.length(Val::Obj(v)));
        cols.push(v);
        names.push(d.name.as_deref().map_or_else(|| format!("V{}", k + 1), |s| s.to_string()));
    }
    let _ = ctx;
    let id = it.new_list(cols)?;
    let refs: Vec<Option<&str>> = names.iter().map(|s| Some(s.as_str())).collect();
    let nm = it.mk_strings(&refs)?;
    it.heap.set_attr(id, "names", nm)?;
    let class = it.mk_strings(&[Some("data.frame")])?;
    it.heap.set_attr(id, "class", class)?;
    let rn = it.new_num(SexpType::Int, 2, Num::Values(Rc::new(vec![crate::heap::na_real(), -(nrow as f64)])))?;
    it.heap.set_attr(id, "row.names", rn)?;
    Ok(Val::Obj(id))
}

/// `as.Date(x)`: days since 1970-01-01 with class "Date"; strings are read as `as.Date.character`
/// reads them (the values are known when the strings are), names kept.
fn as_date(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let mut num = Num::Unknown;
    if it.type_of(x) == SexpType::Str {
        if let Some(s) = it.str_values(x) {
            let strs: Vec<Option<&str>> = s.iter().map(|s| s.as_deref()).collect();
            let days = crate::lang::dates::parse_dates(&strs)
                .map_err(|()| ctx.error("character string is not in a standard unambiguous format"))?;
            num =
                Num::Values(Rc::new(days.iter().map(|d| d.map_or_else(crate::heap::na_real, |d| d as f64)).collect()));
        }
    }
    let id = it.new_num(SexpType::Real, n, num)?;
    if let Val::Obj(o) = x {
        if let Some(names) = it.heap.attr(o, "names") {
            it.heap.set_attr(id, "names", names)?;
        }
    }
    let class = it.mk_strings(&[Some("Date")])?;
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

fn as_posixct(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let id = it.new_num(SexpType::Real, n, Num::Unknown)?;
    let class = it.mk_strings(&[Some("POSIXct"), Some("POSIXt")])?;
    it.heap.set_attr(id, "class", class)?;
    let tz = match a.get("tz").and_then(|t| one_string(it, t)) {
        Some(t) => t.to_string(),
        None => String::new(),
    };
    let tzone = it.mk_strings(&[Some(&tz)])?;
    it.heap.set_attr(id, "tzone", tzone)?;
    Ok(Val::Obj(id))
}

/// `strrep(x, times)` (`do_strrep`): `times` as integers (NA past the integer range, with R's
/// warning), recycled; a result longer than R's strings can be is R's error.
fn strrep(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let times = a.need(ctx, "times")?;
    let (Some(s), Some(ks)) = (crate::lang::print::as_character_strings(it, x), it.num_values(times)) else {
        return Ok(Val::Obj(it.new_strs(it.length(x), Elems::Unknown)?));
    };
    if s.is_empty() || ks.is_empty() {
        return Ok(Val::Obj(it.new_strs(0, Elems::Values(Vec::new()))?));
    }
    let mut out_of_range = false;
    let ks: Vec<Option<i64>> = ks
        .iter()
        .map(|&k| {
            if k.is_nan() {
                None
            } else if k.abs() > i32::MAX as f64 {
                out_of_range = true;
                None
            } else {
                Some(k as i64)
            }
        })
        .collect();
    if ks.iter().flatten().any(|&k| k < 0) {
        return Err(ctx.error("invalid 'times' value"));
    }
    let n = s.len().max(ks.len());
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        ids.push(match (&s[i % s.len()], ks[i % ks.len()]) {
            (Some(v), Some(k)) => {
                let bytes = v.len() as u64 * k as u64;
                if bytes > crate::lang::interp::R_STRING_LIMIT {
                    return Err(ctx.error("R character strings are limited to 2^31-1 bytes"));
                }
                it.mk_char_of_len(bytes, || v.repeat(k as usize))?
            }
            _ => it.na_string,
        });
    }
    if out_of_range {
        it.warn(Some(ctx.name()), "NAs introduced by coercion to integer range".into())?;
    }
    Ok(Val::Obj(it.new_strs(ids.len() as u64, Elems::Values(ids))?))
}

fn as_raw(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let c = it.num_content(x);
    Ok(Val::Obj(it.new_num(SexpType::Raw, n, c)?))
}

fn char_to_raw(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = one_string(it, x).map_or(0, |s| s.len() as u64);
    Ok(Val::Obj(it.new_num(SexpType::Raw, n, Num::Unknown)?))
}

/// A language object built at run time: constants become length-1 vectors, as R stores them.
pub(super) fn lang_obj(it: &mut Interp, e: Expr) -> EvalResult<ObjId> {
    let t = if matches!(e, Expr::Sym(_)) { SexpType::Sym } else { SexpType::Lang };
    Ok(it.heap.alloc(Obj::node(t, Body::Lang(e)))?)
}

/// A value as code (`call("f", 1)` holds the value 1 as a constant).
pub(super) fn value_expr(it: &Interp, v: Val) -> Expr {
    use crate::lang::ast::Const;
    let t = it.type_of(v);
    let x = it.num_elt(v, 0);
    match (t, it.length(v)) {
        (SexpType::Real, 1) => Expr::Const(Const::Real(x)),
        (SexpType::Int, 1) => Expr::Const(Const::Int(x.map(|v| v as i32))),
        (SexpType::Lgl, 1) => Expr::Const(Const::Logical(x.map(|v| v != 0.0))),
        (SexpType::Str, 1) => Expr::Const(Const::Str(it.str_values(v).and_then(|s| s[0].clone()))),
        (SexpType::Nil, _) => Expr::Const(Const::Null),
        _ => match v {
            Val::Obj(o) => match &it.heap.obj(o).body {
                Body::Lang(e) => e.clone(),
                _ => Expr::Const(Const::Null),
            },
            _ => Expr::Const(Const::Null),
        },
    }
}

fn call(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let name = a.need(ctx, "name")?;
    let f = one_string(it, name).ok_or_else(|| ctx.error("first argument must be a character string"))?;
    let args = a
        .dots
        .iter()
        .map(|d| crate::lang::ast::Arg { name: d.name.clone(), value: Some(value_expr(it, d.value)) })
        .collect();
    let e = Expr::Call(Rc::new(crate::lang::ast::Call::new(Expr::sym(&f), args, ctx.call.pos)));
    if e.depth() > crate::lang::parse::MAX_EXPR_DEPTH {
        return Err(Flow::from(crate::lang::parse::too_deep_error(None)));
    }
    Ok(Val::Obj(lang_obj(it, e)?))
}

/// A pairlist value: one cell per element, tags kept.
pub fn new_pairlist(it: &mut Interp, items: Vec<(Option<Rc<str>>, Val)>) -> EvalResult<Val> {
    if items.is_empty() {
        return Ok(Val::Obj(NIL));
    }
    let n = items.len() as u32;
    let mut o = Obj::node(SexpType::List, Body::Pairlist(items));
    o.nodes = n;
    o.length = n as u64;
    Ok(Val::Obj(it.heap.alloc(o)?))
}

fn pairlist(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let items = a.dots.iter().map(|d| (d.name.clone(), d.value)).collect();
    new_pairlist(it, items)
}

fn formals(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    // `fun = sys.function(sys.parent())`: the function of the frame formals() is called from
    let caller = it.frames.iter().rev().find(|f| f.env == ctx.env).map(|f| Val::Obj(f.function));
    let f = match a.get("fun").or(caller) {
        Some(f) => f,
        None => return Err(ctx.error("argument \"fun\" is missing, with no default")),
    };
    let fun = match f {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Closure(c) => c.fun.clone(),
            _ => return Ok(Val::Obj(NIL)),
        },
        _ => return Ok(Val::Obj(NIL)),
    };
    let mut items = Vec::new();
    for p in &fun.params {
        let v = match &p.default {
            Some(Expr::Const(c)) => Val::Obj(it.const_obj(c)?),
            Some(e) => Val::Obj(lang_obj(it, e.clone())?),
            None => Val::Obj(it.missing_arg),
        };
        items.push((Some(p.name.as_rc().clone()), v));
    }
    new_pairlist(it, items)
}

fn expression(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let mut elems = Vec::new();
    for a in &ctx.call.args {
        let e = a.value.clone().unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
        let id = match &e {
            Expr::Const(c) => it.const_obj(c)?,
            _ => lang_obj(it, e)?,
        };
        it.heap.protect(Val::Obj(id));
        elems.push(id);
    }
    let n = elems.len() as u64;
    for &e in &elems {
        let r = &mut it.heap.obj_mut(e).refs;
        *r = r.saturating_add(1);
    }
    Ok(Val::Obj(it.heap.alloc_vector(SexpType::Expr, n, Body::Elems(Elems::Values(elems)))?))
}

/// `y ~ x`: the call itself, with class "formula" and the environment it was made in.
fn formula(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let e = Expr::Call(ctx.call.clone());
    let id = lang_obj(it, e)?;
    let class = it.mk_strings(&[Some("formula")])?;
    it.heap.set_attr(id, "class", class)?;
    it.heap.set_attr(id, ".Environment", ctx.env)?;
    if let Body::Env(e) = &mut it.heap.obj_mut(ctx.env).body {
        e.captured = true;
    }
    Ok(Val::Obj(id))
}

/// `class(x)`: the class attribute, or the implicit class.
fn class(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if let Val::Obj(o) = x {
        if let Some(c) = it.heap.attr(o, "class") {
            return Ok(Val::Obj(c));
        }
    }
    let t = it.type_of(x);
    let dims = match x {
        Val::Obj(o) => it.heap.attr(o, "dim").map(|d| it.length(Val::Obj(d))),
        _ => None,
    };
    let implicit: Vec<&str> = match (dims, t) {
        (Some(2), _) => vec!["matrix", "array"],
        (Some(_), _) => vec!["array"],
        (None, SexpType::Real) => vec!["numeric"],
        (None, SexpType::Clo) | (None, SexpType::Builtin) | (None, SexpType::Special) => vec!["function"],
        (None, SexpType::Lang) => vec!["call"],
        (None, SexpType::Sym) => vec!["name"],
        (None, t) => vec![t.type_name()],
    };
    let refs: Vec<Option<&str>> = implicit.into_iter().map(Some).collect();
    Ok(Val::Obj(it.mk_strings(&refs)?))
}

/// `unclass(x)`: `x` without its class attribute ([`attrs_owned`]).
fn unclass(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let Val::Obj(o) = x else { return Ok(x) };
    if it.heap.attr(o, "class").is_none() {
        return Ok(x);
    }
    if it.heap.obj(o).sexp == SexpType::Env {
        return Err(ctx.error("cannot unclass an environment"));
    }
    let id = attrs_owned(it, o)?;
    it.heap.set_attr(id, "class", NIL)?;
    Ok(Val::Obj(id))
}

/// `noquote(obj)`: `obj` with "noquote" appended to its class (unless it has it), which makes
/// `print()` show strings without quotes ([`attrs_owned`], as `class<-`).
fn noquote(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "obj")?;
    let o = it.boxed(x)?;
    if inherits_class(it, Val::Obj(o), "noquote") {
        return Ok(Val::Obj(o));
    }
    let mut classes: Vec<String> =
        class_strings(it, Val::Obj(o)).iter().map(|c| c.as_deref().unwrap_or("NA").to_string()).collect();
    classes.push("noquote".to_string());
    let id = attrs_owned(it, o)?;
    it.heap.protect(Val::Obj(id));
    let refs: Vec<Option<&str>> = classes.iter().map(|c| Some(c.as_str())).collect();
    let cl = it.mk_strings(&refs)?;
    it.heap.set_attr(id, "class", cl)?;
    Ok(Val::Obj(id))
}

/// The first `as.list()` of a data frame loads `as.list.data.frame` (measured: 29 N / 64 V).
const AS_LIST_DATA_FRAME_FIRST: (u32, u64) = (29, 64);

/// `as.list(x)`: a list comes back as it is; an atomic vector becomes a list of length-one
/// vectors of its type with only its names kept (`as.list.default`, coerceVectorList); a data
/// frame loses its class and row names (`as.list.data.frame`).
/// `as.list()` of a call or a pairlist (coerce.c `coercePairList` to VECSXP): a list of its
/// elements (the function first), named by the tags when one has a tag.
fn call_as_list(it: &mut Interp, x: Val, n: u64) -> EvalResult<Val> {
    let mut elems = Vec::with_capacity(n as usize);
    for i in 0..n {
        let e = super::subset_lang::element_at(it, x, i)?;
        let e = it.boxed(e)?;
        it.heap.protect(Val::Obj(e));
        elems.push(e);
    }
    let id = it.new_list(elems)?;
    it.heap.protect(Val::Obj(id));
    let names = if super::subset_lang::is_pairlist(it, x) {
        super::subset_lang::pairlist_names(it, x)?
    } else {
        super::subset_lang::names(it, x)?
    };
    if names != Val::Obj(NIL) {
        let nm = it.boxed(names)?;
        it.heap.set_attr(id, "names", nm)?;
    }
    Ok(Val::Obj(id))
}

fn as_list(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let o = it.boxed(x)?;
    let class = class_strings(it, Val::Obj(o));
    if class.iter().flatten().any(|c| &**c == "data.frame") {
        it.lazy_load_once("as.list.data.frame", AS_LIST_DATA_FRAME_FIRST.0, AS_LIST_DATA_FRAME_FIRST.1)?;
        let id = attrs_owned(it, o)?;
        it.heap.set_attr(id, "class", NIL)?;
        it.heap.set_attr(id, "row.names", NIL)?;
        return Ok(Val::Obj(id));
    }
    if let Some(c) = class.first().cloned().flatten() {
        return Err(ctx.error(format!("rheap does not simulate as.list() of an object of class \"{c}\"")));
    }
    let t = it.type_of(Val::Obj(o));
    let n = it.length(Val::Obj(o));
    if super::subset_lang::is_call(it, Val::Obj(o)) || super::subset_lang::is_pairlist(it, Val::Obj(o)) {
        return call_as_list(it, Val::Obj(o), n);
    }
    match t {
        SexpType::Vec => return Ok(Val::Obj(o)),
        SexpType::Nil => return Ok(Val::Obj(it.new_list(Vec::new())?)),
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw | SexpType::Str
            if n <= MAX_CONCRETE => {}
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw | SexpType::Str => {
            return Err(ctx.error(format!("rheap simulates as.list() of vectors of up to {MAX_CONCRETE} elements")))
        }
        _ => return Err(ctx.error(format!("rheap does not simulate as.list() of a {}", t.type_name()))),
    }
    let strings = if t == SexpType::Str { it.str_values(Val::Obj(o)) } else { None };
    let mut elems = Vec::with_capacity(n as usize);
    for i in 0..n {
        let e = if t == SexpType::Str {
            let s = strings.as_ref().and_then(|s| s[i as usize].clone());
            match s {
                Some(s) => it.mk_strings(&[Some(&s)])?,
                None if strings.is_some() => it.mk_strings(&[None])?,
                None => it.new_strs(1, Elems::Unknown)?,
            }
        } else {
            let v = it.num_elt(Val::Obj(o), i).map_or(Num::Unknown, Num::Fill);
            it.new_num(t, 1, v)?
        };
        elems.push(e);
    }
    let id = it.new_list(elems)?;
    if let Some(names) = it.heap.attr(o, "names") {
        it.heap.set_attr(id, "names", names)?;
    }
    Ok(Val::Obj(id))
}

fn inherits(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let what = a.need(ctx, "what")?;
    let classes = class_strings(it, x);
    let wanted = it.str_values(what).unwrap_or_default();
    let hit = wanted.iter().flatten().any(|w| classes.iter().flatten().any(|c| c == w));
    Ok(it.scalar_logical(Some(hit)))
}

fn type_of(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let name = it.type_of(x).type_name();
    let _ = MAX_CONCRETE;
    Ok(Val::Obj(it.mk_strings(&[Some(name)])?))
}

/// `nlevels(x)`: `length(levels(x))`.
fn nlevels(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = match x {
        Val::Obj(o) => it.heap.attr(o, "levels").map_or(0, |l| it.heap.obj(l).length),
        _ => 0,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(n as f64))?))
}

//! Objects with structure: `structure()`, dates, formulas,
//! raw vectors, language objects (`call()`, `expression()`, `pairlist()`, `formals()`), `strrep()`.

use std::rc::Rc;

use super::{closure, primitive, special};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::ast::Expr;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp, MAX_CONCRETE};

pub(super) const BUILTINS: &[Builtin] = &[
    closure("structure", &[".Data", "..."], 0, structure).scratch(40, 20),
    closure("noquote", &["obj", "right"], 0, noquote),
    closure("strrep", &["x", "times"], 0, strrep),
    primitive("as.raw", &["x"], as_raw),
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

/// A language object built at run time: constants become length-1 vectors, as R stores them.
pub(super) fn lang_obj(it: &mut Interp, e: Expr) -> EvalResult<ObjId> {
    let t = if matches!(e, Expr::Sym(_)) { SexpType::Sym } else { SexpType::Lang };
    Ok(it.heap.alloc(Obj::node(t, Body::Lang(e)))?)
}

/// A value as the element of a call (`call("f", 1)`, `as.call(list(f, m))`): code stays code, a
/// plain scalar is held as the parser's constant, and any other object is held itself
/// (`Const::Obj`), as R's cell points to it: the call is one more reference to it.
pub(crate) fn value_expr(it: &mut Interp, v: Val) -> Expr {
    use crate::lang::ast::Const;
    if let Val::Obj(o) = v {
        // code without attributes is the same code in the cell (a formula keeps its class: held)
        match &it.heap.obj(o).body {
            Body::Lang(e) if it.heap.obj(o).attrs.is_none() => return e.clone(),
            _ => {}
        }
        if o == NIL {
            return Expr::Const(Const::Null);
        }
    }
    let plain = match v {
        Val::Obj(o) => it.heap.obj(o).attrs.is_none() && !it.heap.obj(o).altrep,
        _ => true,
    };
    // a scalar's value, if known (NA as None)
    let x = it.num_elt(v, 0);
    let known = x.map(|x| (!x.is_nan()).then_some(x));
    let c = match (it.type_of(v), it.length(v), plain, known) {
        (SexpType::Real, 1, true, Some(_)) => Some(Const::Real(x)),
        (SexpType::Int, 1, true, Some(k)) => Some(Const::Int(k.map(|v| v as i32))),
        (SexpType::Lgl, 1, true, Some(k)) => Some(Const::Logical(k.map(|v| v != 0.0))),
        (SexpType::Str, 1, true, _) => it.str_values(v).map(|s| Const::Str(s[0].clone())),
        _ => None,
    };
    match (c, v) {
        (Some(c), _) => Expr::Const(c),
        (None, Val::Obj(o)) => {
            it.heap.obj_mut(o).refs = it.heap.obj(o).refs.saturating_add(1);
            Expr::Const(Const::Obj(o))
        }
        // an unboxed scalar is always known
        (None, _) => Expr::Const(Const::Null),
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

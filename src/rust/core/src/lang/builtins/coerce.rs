//! coerce.c: `coerceVector()` for the vector types, and what base's closures reach through it:
//! `.Internal(as.vector(x, mode))`, `.Internal(is.vector(x, mode))` and the primitive
//! `storage.mode<-`.

use std::rc::Rc;

use super::convert::{beyond_int_range, coercion_warning, convert_num, convert_value, parse_as};
use super::internal::{closure_error, internal, positional};
use super::{primitive, Args, Builtin};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::ast::Expr;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{normalize_num, EvalResult, Flow, Interp};
use crate::lang::print::as_character_strings;

pub(super) const INTERNALS: &[Builtin] = &[
    internal("as.vector", &["x", "mode"], as_vector),
    internal("is.vector", &["x", "mode"], is_vector),
    internal("intToUtf8", &["x", "multiple", "allow_surrogate_pairs"], int_to_utf8),
    internal("as.function.default", &["x", "envir"], as_function),
    internal("asCharacterFactor", &["x"], as_character_factor),
];

/// `.Internal(asCharacterFactor(x))` (coerce.c `asCharacterFactor`): a character vector as long
/// as the factor holding, for each code, the level's CHARSXP (NA for NA).
fn as_character_factor(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let is_factor = super::class_strings(it, x).iter().any(|c| c.as_deref() == Some("factor"));
    let Val::Obj(xo) = x else { return Err(closure_error(it, ctx, "attempting to coerce non-factor")) };
    if !is_factor {
        return Err(closure_error(it, ctx, "attempting to coerce non-factor"));
    }
    let labels = it.heap.attr(xo, "levels").map(Val::Obj).unwrap_or(Val::Obj(NIL));
    if it.type_of(labels) != SexpType::Str {
        return Err(closure_error(it, ctx, "malformed factor"));
    }
    let n = it.length(x);
    let nl = it.length(labels) as f64;
    let known = match (it.num_values(x), it.str_values(labels)) {
        (Some(codes), Some(levels)) if codes.len() as u64 == n => {
            let mut out: Vec<Option<Rc<str>>> = Vec::with_capacity(codes.len());
            for c in codes {
                if crate::heap::is_na_real(c) || c.is_nan() {
                    out.push(None);
                } else if c >= 1.0 && c <= nl {
                    out.push(levels[c as usize - 1].clone());
                } else {
                    return Err(closure_error(it, ctx, "malformed factor"));
                }
            }
            Some(out)
        }
        _ => None,
    };
    let ans = match known {
        Some(v) => {
            let refs: Vec<Option<&str>> = v.iter().map(|s| s.as_deref()).collect();
            it.mk_strings(&refs)?
        }
        None => it.new_strs(n, Elems::Unknown)?,
    };
    Ok(Val::Obj(ans))
}

/// `.Internal(as.function.default(x, envir))` (`do_asfunction`): the list's elements but the
/// last become the formals (a new pairlist, `allocList(n - 1)`, tagged by the names), the last
/// the body, and `mkCLOSXP` makes the closure in `envir`.
fn as_function(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use crate::lang::ast::{Function, Param, Sym};
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Vec {
        return Err(closure_error(it, ctx, "list argument expected"));
    }
    let env = match positional(a, 1) {
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => o,
        Some(Val::Obj(o)) if o == NIL => return Err(closure_error(it, ctx, "use of NULL environment is defunct")),
        _ => return Err(closure_error(it, ctx, "invalid environment")),
    };
    let n = it.length(x);
    if n < 1 {
        return Err(closure_error(it, ctx, "argument must have length at least 1"));
    }
    let Some(elems) = it.list_elems(x) else {
        return Err(closure_error(it, ctx, "rheap does not know the elements of the list made a function"));
    };
    let names = it.names(x);
    let mut params = Vec::with_capacity(elems.len() - 1);
    for (i, &e) in elems[..elems.len() - 1].iter().enumerate() {
        let name = names.as_ref().and_then(|n| n.get(i).cloned().flatten()).filter(|s| !s.is_empty());
        let Some(name) = name else {
            return Err(closure_error(it, ctx, "invalid formal argument list for \"function\""));
        };
        let default = (e != it.missing_arg).then(|| super::objects::value_expr(it, Val::Obj(e)));
        params.push(Param { name: Sym::new(&name), default });
    }
    let last = Val::Obj(elems[elems.len() - 1]);
    if matches!(it.type_of(last), SexpType::Clo | SexpType::Builtin | SexpType::Special | SexpType::Env) {
        return Err(closure_error(it, ctx, "invalid body for function"));
    }
    let body = super::objects::value_expr(it, last);
    let fun = std::rc::Rc::new(Function { params, body, pos: ctx.call.pos, code: Default::default() });
    let data = crate::heap::ClosureData { fun, env, code: NIL, bytecode: NIL, jit: crate::heap::JitState::Fresh };
    let mut o = crate::heap::Obj::node(SexpType::Clo, Body::Closure(Box::new(data)));
    o.nodes += (n - 1) as u32;
    let id = it.heap.alloc(o)?;
    if env != it.global {
        if let Body::Env(e) = &mut it.heap.obj_mut(env).body {
            e.captured = true;
        }
    }
    Ok(Val::Obj(id))
}

/// `.Internal(intToUtf8(x, multiple, allow_surrogate_pairs))` (raw.c `do_intToUtf8`): `x` as
/// integers (`coerceVector`), then one string of all the code points (0 omitted; `NA` if one is
/// invalid), or with `multiple` one string each.
fn int_to_utf8(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let arg = |i: usize| a.vals.get(i).copied().flatten().unwrap_or(Val::Obj(crate::heap::NIL));
    let x = coerce_vector(it, arg(0), SexpType::Int)?;
    if it.type_of(x) != SexpType::Int {
        return Err(closure_error(it, ctx, "argument 'x' must be an integer vector"));
    }
    let flag = |it: &Interp, v: Val| it.num_elt(v, 0).filter(|f| !f.is_nan()).map(|f| f != 0.0);
    let Some(multiple) = flag(it, arg(1)) else {
        return Err(closure_error(it, ctx, "argument 'multiple' must be TRUE or FALSE"));
    };
    let Some(s_pair) = flag(it, arg(2)) else {
        return Err(closure_error(it, ctx, "argument 'allow_surrogate_pairs' must be TRUE or FALSE"));
    };
    let Some(cps) = it.num_values(x) else {
        return Err(closure_error(it, ctx, "rheap does not know the code points given to intToUtf8()"));
    };
    let valid = |c: f64| !c.is_nan() && c <= 0x10FFFF as f64 && !(0xD800 as f64..=0xDFFF as f64).contains(&c);
    let ch = |c: f64| char::from_u32(c as u32).map(|ch| if c == 0.0 { String::new() } else { ch.to_string() });
    if multiple {
        if s_pair {
            it.warn(
                None,
                "allow_surrogate_pairs = TRUE is incompatible with multiple = TRUE and will be ignored".to_string(),
            )?;
        }
        let strs: Vec<Option<String>> = cps.iter().map(|&c| if valid(c) { ch(c) } else { None }).collect();
        let refs: Vec<Option<&str>> = strs.iter().map(|s| s.as_deref()).collect();
        return Ok(Val::Obj(it.mk_strings(&refs)?));
    }
    let mut out = String::new();
    let mut i = 0;
    let mut na = false;
    while i < cps.len() {
        let c = cps[i];
        if (0xD800 as f64..=0xDBFF as f64).contains(&c) {
            let next = cps.get(i + 1).copied().filter(|n| (0xDC00 as f64..=0xDFFF as f64).contains(n));
            match next {
                Some(n) if s_pair => {
                    let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (n as u32 - 0xDC00);
                    out.extend(char::from_u32(cp));
                    i += 2;
                    continue;
                }
                _ => {
                    na = true;
                    break;
                }
            }
        }
        match valid(c).then(|| ch(c)).flatten() {
            Some(s) => out.push_str(&s),
            None => {
                na = true;
                break;
            }
        }
        i += 1;
    }
    Ok(Val::Obj(it.mk_strings(&[(!na).then_some(out.as_str())])?))
}

pub(super) const BUILTINS: &[Builtin] = &[primitive("storage.mode<-", &["x", "value"], storage_mode_gets)];

/// `str2type`: the type a mode string names (`"numeric"` is double, `"name"` a symbol).
pub(super) fn str2type(s: &str) -> Option<SexpType> {
    Some(match s {
        "NULL" => SexpType::Nil,
        "symbol" | "name" => SexpType::Sym,
        "pairlist" => SexpType::List,
        "closure" | "function" => SexpType::Clo,
        "environment" => SexpType::Env,
        "promise" => SexpType::Prom,
        "language" => SexpType::Lang,
        "special" => SexpType::Special,
        "builtin" => SexpType::Builtin,
        "char" => SexpType::Char,
        "logical" => SexpType::Lgl,
        "integer" => SexpType::Int,
        "double" | "numeric" => SexpType::Real,
        "complex" => SexpType::Cplx,
        "character" => SexpType::Str,
        "..." => SexpType::Dot,
        "expression" => SexpType::Expr,
        "list" => SexpType::Vec,
        "raw" => SexpType::Raw,
        _ => return None,
    })
}

fn is_atomic(t: SexpType) -> bool {
    matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Raw)
}

fn cannot(from: SexpType, to: SexpType) -> String {
    format!("cannot coerce type '{}' to vector of type '{}'", from.type_name(), to.type_name())
}

/// `coerceVector(x, to)` for vectors, lists and calls: a new vector of type `to` (attributes
/// shared for atomic results, names only for lists), or `x` itself when it has that type.
pub(super) fn coerce_vector(it: &mut Interp, x: Val, to: SexpType) -> EvalResult<Val> {
    let from = it.type_of(x);
    if from == to {
        return Ok(x);
    }
    let n = it.length(x);
    let id = match (from, to) {
        (SexpType::Nil, _) if is_atomic(to) || matches!(to, SexpType::Vec | SexpType::Expr) => {
            super::vectors::unknown_vector(it, to, 0)?
        }
        (f, SexpType::Str) if is_atomic(f) => {
            let id = to_strings(it, x)?;
            it.heap.copy_attrs(x, id)?;
            id
        }
        (f, t) if is_atomic(f) && is_atomic(t) => {
            let num = match f {
                SexpType::Str => match as_character_strings(it, x) {
                    Some(s) => {
                        let values: Vec<f64> = s.iter().map(|s| parse_as(s.as_deref(), t)).collect();
                        if let Some(msg) = coercion_warning(&s, &values, t) {
                            it.warn(None, msg.to_string())?;
                        }
                        Num::Values(Rc::new(values))
                    }
                    None => Num::Unknown,
                },
                _ => {
                    let content = it.num_content(x);
                    if f == SexpType::Real && t == SexpType::Int && beyond_int_range(&content, n) {
                        it.warn(None, "NAs introduced by coercion to integer range".to_string())?;
                    }
                    super::convert::imaginary_discarded(it, &content, t)?;
                    convert_num(content, f, t)
                }
            };
            let id = it.new_num(t, n, normalize_num(num, n))?;
            it.heap.copy_attrs(x, id)?;
            id
        }
        (f, SexpType::Vec | SexpType::Expr) if is_atomic(f) => {
            // coerceToVectorList: a length-1 vector per element (R's shared TRUE/FALSE/NA for
            // logicals), then the names
            let Val::Obj(o) = x else { unreachable!("an atomic vector is an object here") };
            if n > crate::lang::interp::MAX_CONCRETE {
                return Err(Flow::from(crate::error::SimError::new(format!(
                    "rheap simulates the coercion of vectors of up to {} elements to a list",
                    crate::lang::interp::MAX_CONCRETE
                ))));
            }
            let mut elems = Vec::with_capacity(n as usize);
            for i in 0..n {
                let e = match f {
                    SexpType::Str => {
                        let ch = match &it.heap.obj(o).body {
                            Body::Elems(Elems::Values(v)) => Some(v[i as usize]),
                            Body::Elems(Elems::Fill(c)) => Some(*c),
                            _ => None,
                        };
                        it.new_strs(1, ch.map_or(Elems::Unknown, Elems::Fill))?
                    }
                    SexpType::Lgl => match it.num_elt(x, i) {
                        Some(v) => match it.scalar_logical(if v.is_nan() { None } else { Some(v != 0.0) }) {
                            Val::Obj(c) => c,
                            _ => unreachable!("scalar_logical answers an object"),
                        },
                        None => it.new_num(f, 1, Num::Unknown)?,
                    },
                    _ => it.new_num(f, 1, it.num_elt(x, i).map_or(Num::Unknown, Num::Fill))?,
                };
                elems.push(e);
            }
            let l = it.new_list(elems)?;
            it.heap.obj_mut(l).sexp = to;
            if let Some(nm) = it.heap.attr(o, "names") {
                it.heap.set_attr(l, "names", nm)?;
            }
            l
        }
        (SexpType::Vec | SexpType::Expr, SexpType::Vec | SexpType::Expr) => {
            let Val::Obj(o) = x else { unreachable!("a list is an object") };
            let id = if it.heap.obj(o).refs > 0 { it.duplicate(o)? } else { o };
            it.heap.obj_mut(id).sexp = to;
            id
        }
        (SexpType::Vec | SexpType::Expr, t) if is_atomic(t) => list_to_atomic(it, x, t)?,
        (SexpType::Lang, SexpType::Vec | SexpType::Expr) => {
            let Val::Obj(o) = x else { unreachable!("a call is an object") };
            let Body::Lang(Expr::Call(c)) = it.heap.obj(o).body.clone() else {
                return Err(Flow::from(crate::error::SimError::new(cannot(from, to))));
            };
            let mut elems = vec![super::language::code_value(it, c.fun.clone())?];
            let mut names: Vec<Option<Rc<str>>> = vec![Some(Rc::from(""))];
            for a in &c.args {
                let v = match &a.value {
                    Some(e) => super::language::code_value(it, e.clone())?,
                    None => Val::Obj(it.missing_arg),
                };
                elems.push(v);
                names.push(Some(a.name.clone().unwrap_or_else(|| Rc::from(""))));
            }
            let ids: Vec<ObjId> = elems.iter().map(|v| if let Val::Obj(o) = v { *o } else { NIL }).collect();
            let l = it.new_list(ids)?;
            it.heap.obj_mut(l).sexp = to;
            if c.args.iter().any(|a| a.name.is_some()) {
                let refs: Vec<Option<&str>> = names.iter().map(|s| s.as_deref()).collect();
                let nm = it.mk_strings(&refs)?;
                it.heap.set_attr(l, "names", nm)?;
            }
            l
        }
        (SexpType::Nil, SexpType::List) => NIL,
        (SexpType::List, SexpType::Vec) => {
            // PairToVectorList: the elements shared, the tags as names ("" where untagged) when
            // one is tagged, then copyMostAttrib
            let Val::Obj(o) = x else { unreachable!("a pairlist is an object") };
            let Body::Pairlist(items) = it.heap.obj(o).body.clone() else {
                return Err(Flow::from(crate::error::SimError::new(cannot(from, to))));
            };
            let mut ids = Vec::with_capacity(items.len());
            for (_, v) in &items {
                ids.push(it.boxed(*v)?);
            }
            let l = it.new_list(ids)?;
            it.heap.protect(Val::Obj(l));
            if items.iter().any(|(t, _)| t.is_some()) {
                let tags: Vec<Option<&str>> = items.iter().map(|(t, _)| Some(t.as_deref().unwrap_or(""))).collect();
                let nm = it.mk_strings(&tags)?;
                it.heap.set_attr(l, "names", nm)?;
            }
            copy_most_attrib(it, o, l)?;
            l
        }
        (SexpType::List, SexpType::Expr) => {
            // coercePairList: a one-element expression holding the pairlist
            let Val::Obj(o) = x else { unreachable!("a pairlist is an object") };
            let l = it.new_list(vec![o])?;
            it.heap.obj_mut(l).sexp = SexpType::Expr;
            l
        }
        (SexpType::Vec | SexpType::Expr, SexpType::List) => {
            // VectorToPairList: a cell per element, tagged by the non-blank names; then
            // copyMostAttrib
            let Val::Obj(o) = x else { unreachable!("a list is an object") };
            let Some(elems) = it.list_elems(x) else {
                return Err(Flow::from(crate::error::SimError::new(
                    "rheap does not know the elements of the list made a pairlist",
                )));
            };
            let names = it.names(x);
            let items = elems
                .iter()
                .enumerate()
                .map(|(i, &e)| {
                    let tag = names.as_ref().and_then(|n| n.get(i).cloned().flatten()).filter(|t| !t.is_empty());
                    (tag, Val::Obj(e))
                })
                .collect();
            let Val::Obj(p) = super::objects::new_pairlist(it, items)? else { unreachable!("a pairlist is an object") };
            if p != NIL {
                for &e in &elems {
                    let r = &mut it.heap.obj_mut(e).refs;
                    *r = r.saturating_add(1);
                }
                copy_most_attrib(it, o, p)?;
            }
            p
        }
        (SexpType::Sym, SexpType::Str) => {
            let name = symbol_name(it, x).unwrap_or_default();
            it.mk_strings(&[Some(&name)])?
        }
        (SexpType::Sym, SexpType::Expr) => {
            let Val::Obj(o) = x else { unreachable!("a symbol is an object") };
            let l = it.new_list(vec![o])?;
            it.heap.obj_mut(l).sexp = SexpType::Expr;
            l
        }
        (SexpType::Str, SexpType::Sym) => {
            let s = it.str_values(x).and_then(|s| s.first().cloned().flatten());
            let Some(s) = s.filter(|s| !s.is_empty()) else {
                return Err(Flow::from(crate::error::SimError::new(
                    "invalid type/length (symbol/0) in vector allocation",
                )));
            };
            return symbol(it, &s);
        }
        (f, SexpType::Sym) if is_atomic(f) => {
            let s = as_character_strings(it, x).and_then(|s| s.first().cloned().flatten());
            let Some(s) = s else {
                return Err(Flow::from(crate::error::SimError::new("invalid data of mode 'symbol'")));
            };
            return symbol(it, &s);
        }
        _ => return Err(Flow::from(crate::error::SimError::new(cannot(from, to)))),
    };
    Ok(Val::Obj(id))
}

/// `copyMostAttrib(from, to)`: every attribute but names, dim and dimnames.
fn copy_most_attrib(it: &mut Interp, from: ObjId, to: ObjId) -> EvalResult<()> {
    let attrs: Vec<(Rc<str>, ObjId)> = it.heap.obj(from).attrs.iter().flat_map(|a| a.iter().cloned()).collect();
    for (name, v) in attrs {
        if !matches!(&*name, "names" | "dim" | "dimnames") {
            it.heap.set_attr(to, &name, v)?;
        }
    }
    Ok(())
}

/// The name of a symbol object.
pub(super) fn symbol_name(it: &Interp, x: Val) -> Option<String> {
    match x {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Lang(Expr::Sym(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// `install(s)`: the symbol, made once per session.
fn symbol(it: &mut Interp, s: &str) -> EvalResult<Val> {
    it.install(s)?;
    super::language::code_value(it, Expr::sym(s))
}

/// The strings of an atomic vector (`coerceToString`): a new character vector whose distinct
/// strings are made as R makes them (as `as.character()` does).
fn to_strings(it: &mut Interp, x: Val) -> EvalResult<ObjId> {
    let args = vec![crate::lang::eval::ArgVal { name: None, value: x }];
    let v = super::apply_builtin(it, "as.character", args)?;
    Ok(it.boxed(v)?)
}

/// `coerceVectorList` to an atomic type: each element of length 0 or 1 becomes one value (a
/// string element of length 1 is shared); another element is an error.
fn list_to_atomic(it: &mut Interp, x: Val, t: SexpType) -> EvalResult<ObjId> {
    let n = it.length(x);
    let elems = it.list_elems(x);
    let Some(elems) = elems else {
        return super::vectors::unknown_vector(it, t, n);
    };
    let err = || {
        Flow::from(crate::error::SimError::new(format!("'list' object cannot be coerced to type '{}'", t.type_name())))
    };
    let id = if t == SexpType::Str {
        let mut ids = Vec::with_capacity(elems.len());
        for &e in &elems {
            let v = Val::Obj(e);
            let ch = match (it.type_of(v), it.length(v)) {
                (SexpType::Str, 1) => match &it.heap.obj(e).body {
                    Body::Elems(Elems::Values(s)) => Some(s[0]),
                    Body::Elems(Elems::Fill(c)) => Some(*c),
                    _ => None,
                },
                (tt, 1) if is_atomic(tt) => match as_character_strings(it, v).and_then(|s| s.first().cloned()) {
                    Some(Some(s)) => Some(it.mk_char(&s)?),
                    Some(None) => Some(it.na_string),
                    None => None,
                },
                _ => None,
            };
            match ch {
                Some(c) => ids.push(c),
                None => return Ok(it.new_strs(n, Elems::Unknown)?),
            }
        }
        it.new_strs(n, Elems::Values(ids))?
    } else {
        let mut vals = Vec::with_capacity(elems.len());
        for &e in &elems {
            let v = Val::Obj(e);
            let (et, len) = (it.type_of(v), it.length(v));
            if len > 1 || !(is_atomic(et) || et == SexpType::Nil) {
                return Err(err());
            }
            let value = if len == 0 {
                Some(crate::heap::na_real())
            } else if et == SexpType::Str {
                it.str_values(v).map(|s| parse_as(s[0].as_deref(), t))
            } else {
                it.num_elt(v, 0).map(|x| convert_value(x, et, t))
            };
            vals.push(value);
        }
        let num = vals.into_iter().collect::<Option<Vec<f64>>>().map_or(Num::Unknown, |v| Num::Values(Rc::new(v)));
        it.new_num(t, n, normalize_num(num, n))?
    };
    if let Val::Obj(o) = x {
        if let Some(nm) = it.heap.attr(o, "names") {
            it.heap.set_attr(id, "names", nm)?;
        }
    }
    Ok(id)
}

/// `.Internal(as.vector(x, mode))` (`do_asvector`): a vector already of the mode comes back
/// as it is, or without its attributes (a duplicate when something refers to it); otherwise
/// `ascommon()`: `coerceVector()`, attributes dropped except for lists and calls.
fn as_vector(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let mode = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let bad_mode = || closure_error(it, ctx, "invalid 'mode' argument");
    let m = match it.str_values(mode) {
        Some(s) if s.len() == 1 && it.type_of(mode) == SexpType::Str => s[0].as_deref().unwrap_or("NA").to_string(),
        _ => return Err(bad_mode()),
    };
    let any = m == "any";
    let to = if any { None } else { Some(str2type(&m).ok_or_else(bad_mode)?) };
    let from = it.type_of(x);
    if any || to == Some(from) {
        match from {
            t if is_atomic(t) => return without_attributes(it, x),
            SexpType::Vec | SexpType::Expr => return Ok(x),
            _ => {}
        }
    }
    let Some(to) = to else {
        // "any" of a non-vector: ascommon() leaves calls and pairlists as they are and refuses
        // environments, functions and symbols
        if matches!(from, SexpType::Env | SexpType::Clo | SexpType::Builtin | SexpType::Special | SexpType::Sym) {
            return Err(closure_error(
                it,
                ctx,
                format!("cannot coerce type '{}' to vector of type 'any'", from.type_name()),
            ));
        }
        return Ok(x);
    };
    if !matches!(
        to,
        SexpType::Sym
            | SexpType::Lgl
            | SexpType::Int
            | SexpType::Real
            | SexpType::Cplx
            | SexpType::Str
            | SexpType::Expr
            | SexpType::Vec
            | SexpType::Raw
            | SexpType::List
    ) {
        if to == SexpType::Clo {
            return Err(closure_error(it, ctx, format!("rheap does not simulate as.vector(x, \"{m}\")")));
        }
        return Err(bad_mode());
    }
    let ok =
        from.is_vector() || matches!(from, SexpType::Nil | SexpType::Lang | SexpType::List) || from == SexpType::Sym;
    if !ok {
        return Err(closure_error(it, ctx, cannot(from, to)));
    }
    let v = coerce_vector(it, x, to).map_err(|f| match f.into_kind() {
        crate::lang::interp::FlowKind::Error(e) if e.call.is_none() => closure_error(it, ctx, e.message),
        other => Flow::new(other),
    })?;
    if let Val::Obj(o) = v {
        if !matches!(it.type_of(v), SexpType::Nil | SexpType::List | SexpType::Lang | SexpType::Vec | SexpType::Expr)
            && it.heap.obj(o).attrs.is_some()
        {
            let o = if v == x && it.heap.obj(o).refs > 0 { it.duplicate(o)? } else { o };
            clear_attrib(it, o);
            return Ok(Val::Obj(o));
        }
    }
    Ok(v)
}

/// A vector already of the type asked for, as `do_asvector` and `do_asatomic` return it: itself
/// without attributes (a duplicate when something refers to it).
pub(super) fn without_attributes(it: &mut Interp, x: Val) -> EvalResult<Val> {
    let Val::Obj(o) = x else { return Ok(x) };
    if it.heap.obj(o).attrs.is_none() {
        return Ok(x);
    }
    let id = if it.heap.obj(o).refs > 0 || it.heap.obj(o).altrep { it.duplicate(o)? } else { o };
    clear_attrib(it, id);
    Ok(Val::Obj(id))
}

/// `CLEAR_ATTRIB`: the attribute cells become garbage.
pub(super) fn clear_attrib(it: &mut Interp, id: ObjId) {
    let n = it.heap.obj(id).attrs.as_ref().map_or(0, |a| a.len()) as u32;
    it.heap.obj_mut(id).attrs = None;
    it.heap.shed_nodes(id, n);
}

/// `.Internal(is.vector(x, mode))` (`do_isvector`): whether `x` is a vector of the mode with no
/// attribute but names; a new logical vector (not R's shared TRUE/FALSE).
fn is_vector(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let mode = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let m = match it.str_values(mode) {
        Some(s) if s.len() == 1 && it.type_of(mode) == SexpType::Str => s[0].as_deref().unwrap_or("NA").to_string(),
        _ => return Err(closure_error(it, ctx, "invalid 'mode' argument")),
    };
    let m = if m == "name" { "symbol".to_string() } else { m };
    let t = it.type_of(x);
    let factor = super::objects::inherits_class(it, x, "factor");
    let mut ans = match m.as_str() {
        "any" => t.is_vector() && t != SexpType::Char,
        "numeric" => (t == SexpType::Int && !factor) || t == SexpType::Real,
        m => m == t.type_name(),
    };
    if ans {
        if let Val::Obj(o) = x {
            ans = it.heap.obj(o).attrs.as_ref().is_none_or(|a| a.iter().all(|(n, _)| &**n == "names"));
        }
    }
    Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Fill(ans as i32 as f64))?))
}

/// `storage.mode(x) <- value` (`do_storage_mode`): `coerceVector()` to the type, with `x`'s
/// attributes; `x` itself when it has the type already.
fn storage_mode_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let value = a.need(ctx, "value")?;
    let s = match it.str_values(value) {
        Some(s) if !s.is_empty() && s[0].is_some() && it.type_of(value) == SexpType::Str => {
            s[0].as_deref().unwrap_or_default().to_string()
        }
        _ => return Err(ctx.error("'value' must be non-null character string")),
    };
    let Some(t) = str2type(&s).filter(|_| s != "numeric" && s != "name" && s != "function") else {
        return Err(ctx.error(match s.as_str() {
            "real" => "use of 'real' is defunct: use 'double' instead",
            "single" => "use of 'single' is defunct: use mode<- instead",
            _ => "invalid value",
        }));
    };
    if it.type_of(x) == t {
        return Ok(x);
    }
    if super::objects::inherits_class(it, x, "factor") {
        return Err(ctx.error("invalid to change the storage mode of a factor"));
    }
    let v = coerce_vector(it, x, t).map_err(|f| match f.into_kind() {
        crate::lang::interp::FlowKind::Error(e) if e.call.is_none() => ctx.error(e.message),
        other => Flow::new(other),
    })?;
    if let Val::Obj(o) = v {
        if v != x && it.heap.obj(o).attrs.is_none() {
            it.heap.copy_attrs(x, o)?;
        }
    }
    Ok(v)
}

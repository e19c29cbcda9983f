//! attrib.c's attribute primitives as functions library code calls directly (`` `class<-`(x, cl) ``,
//! `oldClass(x)`, `dimnames(x)`), R's `setAttrib()` with the special setters it calls
//! (`namesgets`, `dimgets`, `dimnamesgets`, `classgets`), and builtin.c's `length<-`
//! (`xlengthgets`).
//!
//! The replacement primitives copy their object first when it may be shared or, called directly
//! rather than from a complex assignment, when anything refers to it (`MAYBE_SHARED(x) ||
//! (!IS_ASSIGNMENT_CALL(call) && MAYBE_REFERENCED(x))`).

use std::rc::Rc;

use super::primitive;
use super::{Args, Builtin};
use crate::error::SimError;
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Expr};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp, Mode};

pub(super) const BUILTINS: &[Builtin] = &[
    primitive("dimnames", &["x"], dimnames),
    primitive("dimnames<-", &["x", "value"], dimnames_gets),
    primitive("oldClass", &["x"], old_class),
    primitive("oldClass<-", &["x", "value"], old_class_gets),
    primitive("class<-", &["x", "value"], class_gets),
    primitive("attr<-", &["x", "which", "value"], attr_gets),
    primitive("attributes<-", &["obj", "value"], attributes_gets),
    primitive("names<-", &["x", "value"], names_gets),
    primitive("dim<-", &["x", "value"], dim_gets),
    primitive("levels<-", &["x", "value"], levels_gets),
    primitive("length<-", &["x", "value"], length_gets),
];

/// How a replacement primitive copies an object it may not change.
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    /// `R_shallow_duplicate_attr`: a long vector is wrapped (its data shared until written).
    ShallowAttr,
    /// `shallow_duplicate` / `duplicate`: a new vector.
    Full,
}

/// `IS_ASSIGNMENT_CALL(call)`: the replacement runs for `f(x) <- value` (the call is the target
/// `f(x)`), not as `` `f<-`(x, value) ``.
fn assignment_call(ctx: &CallCtx) -> bool {
    !matches!(&ctx.call.fun, Expr::Sym(s) if s.ends_with("<-"))
}

/// The object a replacement primitive changes: `x` itself, or its copy when `x` may be shared or,
/// in a direct call, is referenced. (A primitive's argument from byte code holds one reference of
/// its own.)
fn target(it: &mut Interp, ctx: &CallCtx, x: Val, how: Copy) -> EvalResult<ObjId> {
    let id = it.boxed(x)?;
    if id == NIL {
        return Ok(id);
    }
    let assignment = assignment_call(ctx);
    let own = (ctx.mode == Mode::Compiled && !assignment) as u32;
    let o = it.heap.obj(id);
    let shared = o.refs > 1 + own || o.altrep || o.refs == u32::MAX;
    let referenced = o.refs > own;
    if assignment {
        // the complex assignment's own copy-on-modify (the ALTREP wrapper's write-through)
        return match how {
            Copy::ShallowAttr => super::vectors::attrs_modifiable(it, x),
            Copy::Full => super::vectors::modifiable(it, x),
        };
    }
    if !(shared || referenced) {
        return Ok(id);
    }
    Ok(match how {
        Copy::ShallowAttr => it.shallow_duplicate_attr(id)?,
        Copy::Full => it.duplicate(id)?,
    })
}

fn nil() -> Val {
    Val::Obj(NIL)
}

fn err(msg: impl Into<String>) -> Flow {
    Flow::from(SimError::new(msg))
}

// ---- setAttrib and the special setters -------------------------------------------------------

/// `installAttrib`: the attribute cell (new, or the existing one's value replaced); the value gains
/// a reference.
fn install_attrib(it: &mut Interp, vec: ObjId, name: &str, val: ObjId) -> EvalResult<()> {
    match it.heap.obj(vec).sexp {
        SexpType::Char => return Err(err("cannot set attribute on a CHARSXP")),
        SexpType::Sym => return Err(err("cannot set attribute on a symbol")),
        _ => {}
    }
    if val != NIL {
        let r = &mut it.heap.obj_mut(val).refs;
        *r = r.saturating_add(1);
    }
    it.heap.set_attr(vec, name, val)?;
    Ok(())
}

/// `removeAttrib`: removing `dim` removes `dimnames` too.
fn remove_attrib(it: &mut Interp, vec: ObjId, name: &str) -> EvalResult<()> {
    if name == "dim" {
        it.heap.set_attr(vec, "dimnames", NIL)?;
    }
    it.heap.set_attr(vec, name, NIL)?;
    Ok(())
}

/// `copyMostAttrib(from, to)`: every attribute but names, dim and dimnames, the values shared.
pub(super) fn copy_most_attrib(it: &mut Interp, from: ObjId, to: ObjId) -> EvalResult<()> {
    let attrs: Vec<(Rc<str>, ObjId)> = it.heap.obj(from).attrs.as_deref().cloned().unwrap_or_default();
    for (name, v) in attrs {
        if !matches!(&*name, "names" | "dim" | "dimnames") {
            install_attrib(it, to, &name, v)?;
        }
    }
    Ok(())
}

/// `getAttrib(vec, name)`: the attribute as stored, except compact row names `c(NA, ±n)`, which
/// come back expanded as `R_compact_intrange(1, n)` (a new compact sequence each time; an empty
/// integer vector for `n = 0`).
pub(super) fn get_attrib(it: &mut Interp, vec: ObjId, name: &str) -> EvalResult<ObjId> {
    let Some(s) = it.heap.attr(vec, name) else { return Ok(NIL) };
    if name != "row.names" {
        return Ok(s);
    }
    let v = Val::Obj(s);
    let compact = it.type_of(v) == SexpType::Int && it.length(v) == 2 && it.num_elt(v, 0).is_some_and(f64::is_nan);
    if !compact {
        return Ok(s);
    }
    let n = it.num_elt(v, 1).map_or(0.0, f64::abs) as u64;
    let seq = super::vectors::compact_seq(it, 1.0, n, 1.0)?;
    Ok(it.boxed(seq)?)
}

/// `setAttrib(vec, name, val)`: `NULL` removes; `names`, `dim`, `dimnames`, `class` and
/// `row.names` go through their checking setters.
pub(super) fn set_attrib(it: &mut Interp, vec: ObjId, name: &str, val: Val) -> EvalResult<()> {
    if val == nil() {
        return remove_attrib(it, vec, name);
    }
    if vec == NIL {
        return Err(err("attempt to set an attribute on NULL"));
    }
    let v = it.boxed(val)?;
    match name {
        "names" => namesgets(it, vec, Val::Obj(v)),
        "dim" => dimgets(it, vec, Val::Obj(v)),
        "dimnames" => dimnamesgets(it, vec, Val::Obj(v)),
        "class" => classgets(it, vec, Val::Obj(v)),
        "row.names" => row_names_gets(it, vec, v),
        _ => install_attrib(it, vec, name, v),
    }
}

/// `row_names_gets`: `1:n` (or `c(NA, n)`) is stored compactly as the integer pair `c(NA, -n)`.
fn row_names_gets(it: &mut Interp, vec: ObjId, val: ObjId) -> EvalResult<()> {
    let v = Val::Obj(val);
    let n = it.length(v);
    if it.type_of(v) == SexpType::Int {
        let compact = match it.num_values(v) {
            Some(x) if n == 2 && x[0].is_nan() => Some(x[1]),
            Some(x) if n > 2 && x.iter().enumerate().all(|(i, &y)| y == (i + 1) as f64) => Some(n as f64),
            _ => None,
        };
        if let Some(k) = compact {
            let na = crate::heap::na_real();
            let c = it.new_num(SexpType::Int, 2, Num::Values(Rc::new(vec![na, k])))?;
            return install_attrib(it, vec, "row.names", c);
        }
    }
    install_attrib(it, vec, "row.names", val)
}

/// `namesgets`: the names as strings (coerced), extended with `NA`s to the vector's length; a
/// one-dimensional array gets them as its `dimnames`, a call as its argument tags.
fn namesgets(it: &mut Interp, vec: ObjId, val: Val) -> EvalResult<()> {
    let mut val = match it.type_of(val) {
        SexpType::Str => val,
        SexpType::Vec => {
            // a list of names: each element's first string
            let k = it.length(Val::Obj(vec));
            let strs = it.list_elems(val).map(|e| {
                e.iter()
                    .take(k as usize)
                    .map(|&o| {
                        crate::lang::print::as_character_strings(it, Val::Obj(o)).and_then(|s| s.first().cloned())
                    })
                    .collect::<Option<Vec<Option<Rc<str>>>>>()
            });
            match strs.flatten() {
                Some(s) => {
                    let refs: Vec<Option<&str>> = s.iter().map(|s| s.as_deref()).collect();
                    Val::Obj(it.mk_strings(&refs)?)
                }
                None => Val::Obj(it.new_strs(k, Elems::Unknown)?),
            }
        }
        _ => super::coerce::coerce_vector(it, val, SexpType::Str)?,
    };
    let n = it.length(Val::Obj(vec));
    if it.length(val) < n {
        val = Val::Obj(xlengthgets(it, val, n)?);
    }
    let v = it.boxed(val)?;
    if super::vectors::dims_of(it, Val::Obj(vec)).is_some_and(|d| d.len() == 1) {
        let dn = it.new_list(vec![v])?;
        return dimnamesgets(it, vec, Val::Obj(dn));
    }
    match it.heap.obj(vec).sexp {
        SexpType::Lang => {
            let names = it.str_values(val).unwrap_or_default();
            set_call_tags(it, vec, &names);
            Ok(())
        }
        t if t.is_vector() => install_attrib(it, vec, "names", v),
        t => Err(err(format!("invalid type ({}) to set 'names' attribute", t.type_name()))),
    }
}

/// The tags of a call's arguments (`SET_TAG` on its cells): the first name belongs to the
/// function.
fn set_call_tags(it: &mut Interp, vec: ObjId, names: &[Option<Rc<str>>]) {
    let Body::Lang(Expr::Call(c)) = &it.heap.obj(vec).body else { return };
    let tag = |i: usize| names.get(i).cloned().flatten().filter(|s| !s.is_empty());
    let args: Vec<Arg> =
        c.args.iter().enumerate().map(|(i, a)| Arg { name: tag(i + 1), value: a.value.clone() }).collect();
    let new = Call::new(c.fun.clone(), args, c.pos);
    it.heap.obj_mut(vec).body = Body::Lang(Expr::Call(Rc::new(new)));
}

/// `dimgets`: the dimensions as integers (coerced), checked against the length; `dimnames` go.
fn dimgets(it: &mut Interp, vec: ObjId, val: Val) -> EvalResult<()> {
    let t = it.heap.obj(vec).sexp;
    if !(t.is_vector() && t != SexpType::Char) && t != SexpType::List {
        return Err(err("invalid first argument, must be vector (list or atomic)"));
    }
    let vt = it.type_of(val);
    if !matches!(vt, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Raw) {
        return Err(err("invalid second argument, must be vector or NULL"));
    }
    let val = super::coerce::coerce_vector(it, val, SexpType::Int)?;
    let len = it.length(Val::Obj(vec));
    let ndim = it.length(val);
    if ndim == 0 {
        return Err(err("length-0 dimension vector is invalid"));
    }
    if let Some(d) = it.num_values(val) {
        if d.iter().any(|x| x.is_nan()) {
            return Err(err("the dims contain missing values"));
        }
        if d.iter().any(|&x| x < 0.0) {
            return Err(err("the dims contain negative values"));
        }
        let total: f64 = d.iter().product();
        if total != len as f64 {
            return Err(err(if total > i32::MAX as f64 || len > i32::MAX as u64 {
                "dims do not match the length of object".to_string()
            } else {
                format!("dims [product {total}] do not match the length of object [{len}]")
            }));
        }
    }
    remove_attrib(it, vec, "dimnames")?;
    let v = it.boxed(val)?;
    install_attrib(it, vec, "dim", v)
}

/// `dimnamesgets1`: a factor's labels, other vectors as strings without attributes; an empty
/// element is `NULL`.
fn dimnames_element(it: &mut Interp, v: Val) -> EvalResult<Val> {
    if it.length(v) == 0 {
        return Ok(nil());
    }
    if super::objects::inherits_class(it, v, "factor") {
        // asCharacterFactor: the level of each code
        let n = it.length(v);
        let levels = match v {
            Val::Obj(o) => it.heap.attr(o, "levels"),
            _ => None,
        };
        let ids: Option<Vec<ObjId>> = levels.and_then(|l| match &it.heap.obj(l).body {
            Body::Elems(Elems::Values(lv)) => it.num_values(v).map(|codes| {
                codes.iter().map(|&c| if c.is_nan() { it.na_string } else { lv[c as usize - 1] }).collect()
            }),
            _ => None,
        });
        return Ok(Val::Obj(it.new_strs(n, ids.map_or(Elems::Unknown, Elems::Values))?));
    }
    if it.type_of(v) != SexpType::Str {
        let s = super::coerce::coerce_vector(it, v, SexpType::Str)?;
        if let Val::Obj(o) = s {
            let n = it.heap.obj(o).attrs.as_ref().map_or(0, |a| a.len()) as u32;
            it.heap.obj_mut(o).attrs = None;
            it.heap.shed_nodes(o, n);
        }
        return Ok(s);
    }
    Ok(v)
}

/// `dimnamesgets`: a list as long as the dimensions (a shorter one is extended with `NULL`s, a
/// referenced one copied), each element checked against its extent and made character.
pub(super) fn dimnamesgets(it: &mut Interp, vec: ObjId, val: Val) -> EvalResult<()> {
    let dims = super::vectors::dims_of(it, Val::Obj(vec));
    let is_list = it.heap.obj(vec).sexp == SexpType::List;
    if dims.is_none() && !is_list {
        return Err(err("'dimnames' applied to non-array"));
    }
    if !matches!(it.type_of(val), SexpType::Vec | SexpType::List) {
        return Err(err("'dimnames' must be a list"));
    }
    let dims = dims.unwrap_or_default();
    let k = dims.len() as u64;
    let vlen = it.length(val);
    if k < vlen {
        return Err(err(format!("length of 'dimnames' [{vlen}] must match that of 'dims' [{k}]")));
    }
    if vlen == 0 {
        return remove_attrib(it, vec, "dimnames");
    }
    let mut val = it.boxed(val)?;
    if vlen < k {
        val = xlengthgets(it, Val::Obj(val), k)?;
    }
    if it.heap.obj(val).refs > 0 {
        val = it.duplicate(val)?;
    }
    let Some(elems) = it.list_elems(Val::Obj(val)) else {
        return install_attrib(it, vec, "dimnames", val);
    };
    let mut new = elems.clone();
    for (i, &e) in elems.iter().enumerate() {
        if e == NIL {
            continue;
        }
        let ev = Val::Obj(e);
        let t = it.type_of(ev);
        if !(t.is_vector() && t != SexpType::Char) {
            return Err(err(format!("invalid type ({}) for 'dimnames' (must be a vector)", t.type_name())));
        }
        let len = it.length(ev);
        if dims[i] != len && len != 0 {
            return Err(err(format!("length of 'dimnames' [{}] not equal to array extent", i + 1)));
        }
        if let Val::Obj(o) = dimnames_element(it, ev)? {
            new[i] = o;
        }
    }
    if new != elems {
        for (&old, &n) in elems.iter().zip(&new) {
            if old != n {
                it.release_ref(Val::Obj(old));
                let r = &mut it.heap.obj_mut(n).refs;
                *r = r.saturating_add(1);
            }
        }
        it.heap.obj_mut(val).body = Body::Elems(Elems::Values(new));
    }
    install_attrib(it, vec, "dimnames", val)
}

/// `classgets`: a character vector (or `NULL`, which removes the class); only an integer vector
/// may become a factor.
fn classgets(it: &mut Interp, vec: ObjId, klass: Val) -> EvalResult<()> {
    match it.type_of(klass) {
        SexpType::Nil => return remove_attrib(it, vec, "class"),
        SexpType::Str => {}
        _ => return Err(err("attempt to set invalid 'class' attribute")),
    }
    if it.length(klass) == 0 {
        return remove_attrib(it, vec, "class");
    }
    if vec == NIL {
        return Err(err("attempt to set an attribute on NULL"));
    }
    let factor = it.str_values(klass).is_some_and(|s| s.iter().flatten().any(|c| &**c == "factor"));
    if factor && it.heap.obj(vec).sexp != SexpType::Int {
        return Err(err("adding class \"factor\" to an invalid object"));
    }
    let k = it.boxed(klass)?;
    install_attrib(it, vec, "class", k)
}

/// `xlengthgets`: a new vector of `len` elements, `x`'s first and `NA`s (`NULL`s) after, with
/// names likewise (blank for the new elements); `x` itself when it has that length.
pub(super) fn xlengthgets(it: &mut Interp, x: Val, len: u64) -> EvalResult<ObjId> {
    let t = it.type_of(x);
    if !(t.is_vector() && t != SexpType::Char) && t != SexpType::Nil && t != SexpType::List {
        return Err(err("cannot set length of non-(vector or list)"));
    }
    if t == SexpType::Nil && len > 0 {
        it.warn(None, "length of NULL cannot be changed".to_string())?;
    }
    let lenx = it.length(x);
    if lenx == len {
        return Ok(it.boxed(x)?);
    }
    if t == SexpType::Nil {
        return Ok(NIL);
    }
    let names = match x {
        Val::Obj(o) => it.heap.attr(o, "names"),
        _ => None,
    };
    let pad = match t {
        SexpType::Str => Pad::Elem(it.na_string),
        SexpType::Vec | SexpType::Expr => Pad::Elem(NIL),
        SexpType::Raw => Pad::Num(0.0),
        _ => Pad::Num(crate::heap::na_real()),
    };
    let id = prefix_extended(it, x, len, pad)?;
    if let Some(nm) = names {
        it.heap.protect(Val::Obj(id));
        let blank = it.blank_string;
        let new = prefix_extended(it, Val::Obj(nm), len, Pad::Elem(blank))?;
        it.heap.set_attr(id, "names", new)?;
    }
    Ok(id)
}

/// What fills a vector extended past its elements.
#[derive(Clone, Copy)]
enum Pad {
    Num(f64),
    Elem(ObjId),
}

/// A new vector of `x`'s type and `len` elements: `x`'s first ones, then `pad`.
fn prefix_extended(it: &mut Interp, x: Val, len: u64, pad: Pad) -> EvalResult<ObjId> {
    let t = it.type_of(x);
    let keep = it.length(x).min(len);
    let small = len <= crate::lang::interp::MAX_CONCRETE;
    match pad {
        Pad::Num(p) => {
            let num = match it.num_content(x) {
                _ if keep == 0 => Num::Fill(p),
                Num::Fill(v) if keep == len => Num::Fill(v),
                Num::Seq { from, by } if keep == len => Num::Seq { from, by },
                c if small => match (0..keep).map(|i| crate::lang::interp::num_at(&c, i)).collect::<Option<Vec<f64>>>()
                {
                    Some(mut v) => {
                        v.resize(len as usize, p);
                        Num::Values(Rc::new(v))
                    }
                    None => Num::Unknown,
                },
                _ => Num::Unknown,
            };
            Ok(it.new_num(t, len, num)?)
        }
        Pad::Elem(p) => {
            let body = match x {
                Val::Obj(o) => it.heap.obj(o).body.clone(),
                _ => Body::Opaque,
            };
            let elems = match body {
                _ if keep == 0 => Elems::Fill(p),
                Body::Elems(Elems::Fill(f)) if f == p || keep == len => Elems::Fill(f),
                Body::Elems(Elems::Values(v)) if small => {
                    let mut v = v[..keep as usize].to_vec();
                    v.resize(len as usize, p);
                    Elems::Values(v)
                }
                Body::Elems(Elems::Fill(f)) if small => {
                    let mut v = vec![f; keep as usize];
                    v.resize(len as usize, p);
                    Elems::Values(v)
                }
                _ => Elems::Unknown,
            };
            let id = it.heap.alloc_vector(t, len, Body::Elems(elems))?;
            if t != SexpType::Str {
                it.reference_children(id);
            }
            Ok(id)
        }
    }
}

// ---- the primitives ----------------------------------------------------------------------------

fn arg(a: &Args, i: usize) -> Val {
    a.vals.get(i).copied().flatten().unwrap_or(Val::Obj(NIL))
}

/// A setter's error in R's words, named by the call.
pub(super) fn in_call(ctx: &CallCtx, f: Flow) -> Flow {
    match f.into_kind() {
        crate::lang::interp::FlowKind::Error(e) if e.call.is_none() => ctx.error(e.message),
        other => Flow::new(other),
    }
}

/// `dimnames(x)` (`do_dimnames`): the attribute, no allocation (a data frame's are its row names
/// and names).
fn dimnames(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if super::data_frame::is_data_frame(it, x) {
        let f = it.find_function(
            &crate::sym::Sym::new("dimnames.data.frame"),
            it.namespace_env(crate::lang::library::BASE),
        )?;
        let Some(Val::Obj(f)) = f else { return Err(ctx.error("dimnames.data.frame not found")) };
        let args = vec![crate::lang::eval::ArgVal { name: None, value: x }];
        return it.apply_closure(f, args, ctx.call, ctx.env, ctx.mode);
    }
    Ok(match x {
        Val::Obj(o) => Val::Obj(it.heap.attr(o, "dimnames").unwrap_or(NIL)),
        _ => nil(),
    })
}

/// `oldClass(x)` (`do_class`): the class attribute itself.
fn old_class(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    Ok(match x {
        Val::Obj(o) => Val::Obj(it.heap.attr(o, "class").unwrap_or(NIL)),
        _ => nil(),
    })
}

/// `` `dimnames<-`(x, value) `` (`do_dimnamesgets`).
fn dimnames_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, value) = (arg(a, 0), arg(a, 1));
    let id = target(it, ctx, x, Copy::ShallowAttr)?;
    set_attrib(it, id, "dimnames", value).map_err(|f| in_call(ctx, f))?;
    Ok(Val::Obj(id))
}

/// `` `oldClass<-`(x, value) `` (`do_classgets`): a zero-length value removes the class.
fn old_class_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, mut value) = (arg(a, 0), arg(a, 1));
    let id = target(it, ctx, x, Copy::Full)?;
    if it.length(value) == 0 {
        value = nil();
    }
    set_attrib(it, id, "class", value).map_err(|f| in_call(ctx, f))?;
    Ok(Val::Obj(id))
}

/// The classes that are types (`class2type`): setting one removes the class attribute and
/// coerces where the type can change.
fn basic_class(s: &str) -> Option<(SexpType, bool)> {
    Some(match s {
        "logical" => (SexpType::Lgl, true),
        "integer" => (SexpType::Int, true),
        "double" => (SexpType::Real, true),
        "complex" => (SexpType::Cplx, true),
        "character" => (SexpType::Str, true),
        "expression" => (SexpType::Expr, true),
        "list" => (SexpType::Vec, true),
        "raw" => (SexpType::Raw, true),
        "NULL" => (SexpType::Nil, false),
        "name" => (SexpType::Sym, false),
        "environment" => (SexpType::Env, false),
        "function" => (SexpType::Clo, false),
        "call" => (SexpType::Lang, false),
        _ => return None,
    })
}

/// `` `class<-`(x, value) `` (`R_do_set_class`, `R_set_class`): a basic type's name coerces,
/// `"numeric"`, `"matrix"` and `"array"` only remove the attribute, anything else sets it.
fn class_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, value) = (arg(a, 0), arg(a, 1));
    let id = target(it, ctx, x, Copy::Full)?;
    let obj = Val::Obj(id);
    if it.length(value) == 0 {
        set_attrib(it, id, "class", nil()).map_err(|f| in_call(ctx, f))?;
        return Ok(obj);
    }
    let value = if it.type_of(value) != SexpType::Str {
        let d = it.boxed(value)?;
        let d = it.duplicate(d)?;
        super::coerce::coerce_vector(it, Val::Obj(d), SexpType::Str)?
    } else {
        value
    };
    if it.length(value) > 1 {
        set_attrib(it, id, "class", value).map_err(|f| in_call(ctx, f))?;
        return Ok(obj);
    }
    let s = it.str_values(value).and_then(|s| s.first().cloned().flatten()).unwrap_or_else(|| Rc::from("NA"));
    if let Some((t, can_change)) = basic_class(&s) {
        set_attrib(it, id, "class", nil())?;
        if can_change {
            return super::coerce::coerce_vector(it, obj, t).map_err(|f| in_call(ctx, f));
        }
        if t != it.type_of(obj) {
            return Err(ctx.error(format!(
                "\"{s}\" can only be set as the class if the object has this type; found \"{}\"",
                it.type_of(obj).type_name()
            )));
        }
        return Ok(obj);
    }
    match &*s {
        "numeric" => {
            set_attrib(it, id, "class", nil())?;
            if !matches!(it.type_of(obj), SexpType::Int | SexpType::Real) {
                return super::coerce::coerce_vector(it, obj, SexpType::Real).map_err(|f| in_call(ctx, f));
            }
        }
        "matrix" | "array" => {
            let nd = super::vectors::dims_of(it, obj).map_or(0, |d| d.len());
            if s.as_ref() == "matrix" && nd != 2 {
                return Err(ctx.error(format!(
                    "invalid to set the class to matrix unless the dimension attribute is of length 2 (was {nd})"
                )));
            }
            if s.as_ref() == "array" && nd == 0 {
                return Err(ctx.error("cannot set class to \"array\" unless the dimension attribute has length > 0"));
            }
            set_attrib(it, id, "class", nil())?;
        }
        _ => set_attrib(it, id, "class", value).map_err(|f| in_call(ctx, f))?,
    }
    Ok(obj)
}

/// `` `attr<-`(x, which, value) `` (`do_attrgets`): the object (copied as for `class<-`), its
/// arguments matched to `x, which, value` (three cells), then `setAttrib`.
fn attr_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, which, value) = (arg(a, 0), arg(a, 1), arg(a, 2));
    let id = target(it, ctx, x, Copy::Full)?;
    it.heap.alloc_scratch(3, 0)?;
    let name = match it.str_values(which) {
        Some(s) if it.type_of(which) == SexpType::Str && !s.is_empty() && s[0].is_some() => s[0].clone().unwrap(),
        _ => return Err(ctx.error("'name' must be non-null character string")),
    };
    if id == NIL && value != nil() {
        return Err(ctx.error("attempt to set an attribute on NULL"));
    }
    set_attrib(it, id, &name, value).map_err(|f| in_call(ctx, f))?;
    Ok(Val::Obj(id))
}

/// `` `attributes<-`(obj, value) `` (`do_attributesgets`): every attribute removed, then the list's
/// set in order, `dim` first; `NULL` with attributes becomes an empty list.
fn attributes_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (object, attrs) = (arg(a, 0), arg(a, 1));
    if !matches!(it.type_of(attrs), SexpType::Vec | SexpType::Nil) {
        return Err(ctx.error("attributes must be a list or NULL"));
    }
    let n = it.length(attrs);
    let names = if n > 0 {
        match it.names(attrs) {
            Some(nm) => nm,
            None if matches!(attrs, Val::Obj(o) if it.heap.attr(o, "names").is_none()) => {
                return Err(ctx.error("attributes must be named"))
            }
            None => return Err(ctx.error("rheap does not know the names of these attributes")),
        }
    } else {
        Vec::new()
    };
    for (i, nm) in names.iter().enumerate().skip(1) {
        if nm.as_deref().is_none_or(str::is_empty) {
            return Err(ctx.error(format!("all attributes must have names [{} does not]", i + 1)));
        }
    }
    let id = if object == nil() {
        if n == 0 {
            return Ok(nil());
        }
        it.new_list(Vec::new())?
    } else {
        let id = it.boxed(object)?;
        let o = it.heap.obj(id);
        let own = (ctx.mode == Mode::Compiled && !assignment_call(ctx)) as u32;
        if o.refs > 1 + own || o.altrep || (o.refs > own && n > 0) {
            it.shallow_duplicate_attr(id)?
        } else {
            id
        }
    };
    let old = it.heap.obj(id).attrs.as_ref().map_or(0, |a| a.len()) as u32;
    it.heap.obj_mut(id).attrs = None;
    it.heap.shed_nodes(id, old);
    let elems = it.list_elems(attrs).unwrap_or_default();
    let dim_at = names.iter().position(|s| s.as_deref() == Some("dim"));
    let order = dim_at.into_iter().chain((0..elems.len()).filter(|&i| Some(i) != dim_at));
    for i in order {
        let name = names[i].clone().unwrap_or_else(|| Rc::from(""));
        set_attrib(it, id, &name, Val::Obj(elems[i])).map_err(|f| in_call(ctx, f))?;
    }
    Ok(Val::Obj(id))
}

/// `` `names<-`(x, value) `` (`do_namesgets`): removing absent names changes nothing; names that
/// are not a plain character vector go through `as.character()` first.
fn names_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, value) = (arg(a, 0), arg(a, 1));
    if value == nil() && !matches!(x, Val::Obj(o) if it.heap.attr(o, "names").is_some()) {
        return Ok(x);
    }
    let id = target(it, ctx, x, Copy::ShallowAttr)?;
    let plain = it.type_of(value) == SexpType::Str && matches!(value, Val::Obj(o) if it.heap.obj(o).attrs.is_none());
    let names = if value != nil() && !plain {
        // as.character(value): a call of two cells, then its value
        it.heap.alloc_scratch(2, 0)?;
        let args = vec![crate::lang::eval::ArgVal { name: None, value }];
        super::apply_builtin(it, "as.character", args)?
    } else {
        value
    };
    if names == nil() && super::vectors::dims_of(it, Val::Obj(id)).is_some_and(|d| d.len() == 1) {
        set_attrib(it, id, "dimnames", nil())?;
    } else {
        set_attrib(it, id, "names", names).map_err(|f| in_call(ctx, f))?;
    }
    Ok(Val::Obj(id))
}

/// `` `dim<-`(x, value) `` (`do_dimgets`): removing absent dimensions changes nothing; the names
/// go with the new dimensions.
fn dim_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, value) = (arg(a, 0), arg(a, 1));
    if dim_removal_is_noop(it, x, value) {
        return Ok(x);
    }
    let id = target(it, ctx, x, Copy::Full)?;
    set_dim_of(it, ctx, id, value)
}

/// `do_dimgets`: `dim(x) <- NULL` on a value with neither dimensions nor names returns it as it is.
pub(crate) fn dim_removal_is_noop(it: &Interp, x: Val, value: Val) -> bool {
    value == nil()
        && !matches!(x, Val::Obj(o) if it.heap.attr(o, "dim").is_some() || it.heap.attr(o, "names").is_some())
}

/// The rest of `do_dimgets` once `x` may be modified: `dimgets` (its checks of the dimensions),
/// and the names dropped.
pub(crate) fn set_dim_of(it: &mut Interp, ctx: &CallCtx, id: ObjId, value: Val) -> EvalResult<Val> {
    set_attrib(it, id, "dim", value).map_err(|f| in_call(ctx, f))?;
    set_attrib(it, id, "names", nil())?;
    Ok(Val::Obj(id))
}

/// `` `levels<-`(x, value) `` (`do_levelsgets`): a duplicate when needed, then the attribute.
fn levels_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, value) = (arg(a, 0), arg(a, 1));
    let id = target(it, ctx, x, Copy::Full)?;
    set_attrib(it, id, "levels", value).map_err(|f| in_call(ctx, f))?;
    Ok(Val::Obj(id))
}

/// `` `length<-`(x, value) `` (`do_lengthgets`): `xlengthgets`, a new vector unless the length is
/// the same.
fn length_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (x, value) = (arg(a, 0), arg(a, 1));
    if it.length(value) != 1 {
        return Err(ctx.error("wrong length for 'value' argument"));
    }
    let len = match it.num_elt(value, 0) {
        Some(v) if !v.is_nan() && v >= 0.0 => v as u64,
        Some(_) => return Err(ctx.error("invalid value")),
        None => return Err(ctx.error("rheap does not know the new length")),
    };
    Ok(Val::Obj(xlengthgets(it, x, len).map_err(|f| in_call(ctx, f))?))
}

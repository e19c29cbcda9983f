//! options.c: `.Internal(options(...))` and `.Internal(getOption(x))` over base's `.Options`
//! pairlist, which a fresh session holds as `Rscript --vanilla` made it at start-up
//! (`data/library/values.txt`). The options the interpreter itself reads (`expressions`, `digits`)
//! are mirrored in its state as R mirrors them in C globals (`R_Expressions`, `R_print.digits`).

use std::rc::Rc;

use super::internal::{closure_error, internal};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};
use crate::sym::Sym;

pub(super) const INTERNALS: &[Builtin] =
    &[internal("options", &["..."], options), internal("getOption", &["x"], get_option)];

/// `R_MIN_WIDTH_OPT`, `R_MAX_WIDTH_OPT`, `R_MIN_DIGITS_OPT`, `R_MAX_DIGITS_OPT`,
/// `R_MIN_EXPRESSIONS_OPT`, `R_MAX_EXPRESSIONS_OPT` (Print.h, Defn.h).
const WIDTH: (f64, f64) = (10.0, 10000.0);
const DIGITS: (f64, f64) = (1.0, 22.0);
const EXPRESSIONS: (f64, f64) = (25.0, 500000.0);

/// The options that may not be removed once set (`do_options`' `mandatory`).
const MANDATORY: &[&str] = &[
    "prompt",
    "continue",
    "expressions",
    "width",
    "deparse.cutoff",
    "digits",
    "echo",
    "verbose",
    "check.bounds",
    "keep.source",
    "keep.source.pkgs",
    "keep.parse.data",
    "keep.parse.data.pkgs",
    "warning.length",
    "nwarnings",
    "OutDec",
    "browserNLdisabled",
    "CBoundsCheck",
    "matprod",
    "PCRE_study",
    "PCRE_use_JIT",
    "PCRE_limit_recursion",
    "rl_word_breaks",
    "warn",
    "max.print",
    "show.error.messages",
];

/// `SYMVALUE(Options())`: base's `.Options` pairlist.
fn options_list(it: &mut Interp) -> EvalResult<ObjId> {
    match it.base_variable(".Options")? {
        Some(id) if matches!(it.heap.obj(id).body, Body::Pairlist(_)) => Ok(id),
        _ => Err(crate::error::SimError::new("corrupted options list").into()),
    }
}

fn entries(it: &Interp, opts: ObjId) -> &[(Option<Rc<str>>, Val)] {
    match &it.heap.obj(opts).body {
        Body::Pairlist(v) => v,
        _ => &[],
    }
}

/// `GetOption1(tag)`: the value, `NULL` when unset.
pub(crate) fn get_option1(it: &mut Interp, tag: &str) -> EvalResult<Val> {
    let opts = options_list(it)?;
    Ok(entries(it, opts).iter().find(|(t, _)| t.as_deref() == Some(tag)).map_or(Val::Obj(NIL), |(_, v)| *v))
}

/// `SetOption(tag, value)`: the old value; `NULL` removes the option, a new one gets a cell at the
/// end of the list.
fn set_option(it: &mut Interp, tag: &str, value: Val) -> EvalResult<Val> {
    let opts = options_list(it)?;
    let at = entries(it, opts).iter().position(|(t, _)| t.as_deref() == Some(tag));
    let is_nil = value == Val::Obj(NIL);
    let old = match at {
        None if is_nil => return Ok(Val::Obj(NIL)),
        None => {
            it.heap.grow_nodes(opts, 1)?;
            let name = Sym::new(tag).as_rc().clone();
            if let Body::Pairlist(v) = &mut it.heap.obj_mut(opts).body {
                v.push((Some(name), Val::Obj(NIL)));
            }
            it.heap.obj_mut(opts).length += 1;
            Val::Obj(NIL)
        }
        Some(i) if is_nil => {
            let old = match &mut it.heap.obj_mut(opts).body {
                Body::Pairlist(v) => v.remove(i).1,
                _ => unreachable!("options_list checked the pairlist"),
            };
            it.heap.obj_mut(opts).length -= 1;
            it.heap.shed_nodes(opts, 1);
            it.release_ref(old);
            return Ok(old);
        }
        Some(i) => entries(it, opts)[i].1,
    };
    let value = Val::Obj(it.boxed(value)?);
    if let Body::Pairlist(v) = &mut it.heap.obj_mut(opts).body {
        let i = at.unwrap_or(v.len() - 1);
        v[i].1 = value;
    }
    if let Val::Obj(o) = value {
        let r = &mut it.heap.obj_mut(o).refs;
        *r = r.saturating_add(1);
    }
    it.heap.write_barrier(opts, value);
    it.release_ref(old);
    Ok(old)
}

/// `.Internal(getOption(x))` (`do_getOption`): a duplicate of the option's value.
fn get_option(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.vals.first().copied().flatten().unwrap_or(Val::Obj(NIL));
    let name = match it.str_values(x) {
        Some(s) if s.len() == 1 => s[0].clone(),
        _ => None,
    };
    let Some(name) = name else { return Err(closure_error(it, ctx, "'x' must be a character string")) };
    let v = get_option1(it, &name)?;
    Ok(Val::Obj(it.duplicate_deep(v)?))
}

/// `asInteger()` of an option's value (`NA` as `None`).
fn as_integer(it: &Interp, v: Val) -> Option<f64> {
    match it.type_of(v) {
        SexpType::Lgl | SexpType::Int | SexpType::Real => {
            it.num_elt(v, 0).filter(|x| !x.is_nan() && x.abs() < 2147483648.0).map(f64::trunc)
        }
        SexpType::Str => it
            .str_values(v)
            .and_then(|s| s.first().cloned().flatten())
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|x| x.abs() < 2147483648.0)
            .map(f64::trunc),
        _ => None,
    }
}

fn as_logical(it: &Interp, v: Val) -> Option<bool> {
    it.num_elt(v, 0).filter(|x| !x.is_nan()).map(|x| x != 0.0)
}

/// `.Internal(options(...))` (`do_options`): with no arguments every option, duplicated, sorted by
/// name; otherwise for each `name = value` the old value (set by `SetOption`, most values checked
/// and coerced to a new scalar first), for each string the option's duplicated value. Invisible
/// unless something was queried.
fn options(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let opts = options_list(it)?;
    if a.dots.is_empty() {
        let all: Vec<(Option<Rc<str>>, Val)> = entries(it, opts).to_vec();
        let n = all.len() as u64;
        let mark = it.heap.root_mark();
        let value = it.new_list(vec![NIL; n as usize])?;
        it.heap.protect(Val::Obj(value));
        let names = it.new_strs(n, Elems::Fill(it.blank_string))?;
        it.heap.protect(Val::Obj(names));
        let mut dups = Vec::with_capacity(all.len());
        for (_, v) in &all {
            let d = it.duplicate_deep(*v)?;
            it.heap.protect(Val::Obj(d));
            dups.push(d);
        }
        let sind = it.new_num(SexpType::Int, n, Num::Unknown)?;
        it.heap.protect(Val::Obj(sind));
        let mut order: Vec<usize> = (0..all.len()).collect();
        order.sort_by(|&i, &j| {
            super::sort::scollate(all[i].0.as_deref().unwrap_or(""), all[j].0.as_deref().unwrap_or(""))
        });
        let value2 = it.new_list(order.iter().map(|&i| dups[i]).collect())?;
        it.heap.protect(Val::Obj(value2));
        let sorted: Vec<Option<&str>> = order.iter().map(|&i| all[i].0.as_deref()).collect();
        let names2 = it.mk_strings(&sorted)?;
        it.heap.protect(Val::Obj(names2));
        super::attrib::set_attrib(it, value2, "names", Val::Obj(names2))?;
        it.heap.release_to(mark, None);
        it.visible = true;
        return Ok(Val::Obj(value2));
    }
    // a single unnamed list (or pairlist) gives the options
    let mut args: Vec<(Option<Rc<str>>, Val)> = a.dots.iter().map(|d| (d.name.clone(), d.value)).collect();
    if args.len() == 1 && args[0].0.is_none() {
        let v = args[0].1;
        match it.type_of(v) {
            SexpType::Vec => {
                let elems = it.list_elems(v).unwrap_or_default();
                let names = match it.names(v) {
                    Some(n) if n.len() == elems.len() => n,
                    _ if elems.is_empty() => Vec::new(),
                    _ => return Err(closure_error(it, ctx, "list argument has no valid names")),
                };
                args = names.into_iter().zip(elems).map(|(n, e)| (n, Val::Obj(e))).collect();
            }
            SexpType::List => {
                if let Val::Obj(o) = v {
                    if let Body::Pairlist(cells) = &it.heap.obj(o).body {
                        args = cells.clone();
                    }
                }
            }
            _ => {}
        }
    }
    let n = args.len();
    let mark = it.heap.root_mark();
    let value = it.new_list(vec![NIL; n])?;
    it.heap.protect(Val::Obj(value));
    let names = it.new_strs(n as u64, Elems::Fill(it.blank_string))?;
    it.heap.protect(Val::Obj(names));
    let mut name_ids = vec![it.blank_string; n];
    let mut visible = false;
    for (i, (name, argi)) in args.into_iter().enumerate() {
        let old = match name.as_deref().filter(|s| !s.is_empty()) {
            Some(name) => {
                name_ids[i] = it.mk_char(name)?;
                set_one(it, ctx, name, argi)?
            }
            None => {
                let tag = match it.str_values(argi) {
                    Some(s) if !s.is_empty() => s[0].clone(),
                    _ => return Err(closure_error(it, ctx, "invalid argument")),
                };
                let tag = tag.unwrap_or_else(|| Rc::from("NA"));
                if &*tag == "par.ask.default" {
                    return Err(closure_error(
                        it,
                        ctx,
                        "\"par.ask.default\" has been replaced by \"device.ask.default\"",
                    ));
                }
                name_ids[i] = it.mk_char(&tag)?;
                visible = true;
                let v = get_option1(it, &tag)?;
                Val::Obj(it.duplicate_deep(v)?)
            }
        };
        let old = it.boxed(old)?;
        if old != NIL {
            let r = &mut it.heap.obj_mut(old).refs;
            *r = r.saturating_add(1);
        }
        if let Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(value).body {
            v[i] = old;
        }
        it.heap.write_barrier(value, Val::Obj(old));
    }
    it.heap.obj_mut(names).body = Body::Elems(Elems::Values(name_ids));
    super::attrib::set_attrib(it, value, "names", Val::Obj(names))?;
    it.heap.release_to(mark, None);
    it.visible = visible;
    Ok(Val::Obj(value))
}

/// One `name = value` of `do_options`: the checks and coercions of the options R's C reads.
fn set_one(it: &mut Interp, ctx: &CallCtx, name: &str, argi: Val) -> EvalResult<Val> {
    let invalid = |it: &Interp| closure_error(it, ctx, format!("invalid value for '{name}'"));
    let range = |it: &Interp, (lo, hi): (f64, f64)| {
        closure_error(it, ctx, format!("invalid '{name}' parameter, allowed {lo}...{hi}"))
    };
    if argi == Val::Obj(NIL) {
        if MANDATORY.contains(&name) {
            return Err(closure_error(it, ctx, format!("option '{name}' cannot be deleted")));
        }
        return set_option(it, name, argi);
    }
    let t = it.type_of(argi);
    let len = it.length(argi);
    let int = |it: &mut Interp, k: Option<f64>| -> EvalResult<Val> {
        Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(k.unwrap_or(crate::heap::na_real())))?))
    };
    let lgl = |it: &mut Interp, k: Option<bool>| -> EvalResult<Val> {
        let x = k.map_or(crate::heap::na_real(), |b| b as u8 as f64);
        Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Fill(x))?))
    };
    let new = match name {
        "width" | "digits" | "expressions" => {
            let k = as_integer(it, argi);
            let r = match name {
                "width" => WIDTH,
                "digits" => DIGITS,
                _ => EXPRESSIONS,
            };
            let Some(k) = k.filter(|k| (r.0..=r.1).contains(k)) else { return Err(range(it, r)) };
            match name {
                "digits" => it.print_digits = k as usize,
                "expressions" => it.expressions = k as u32,
                _ => {}
            }
            int(it, Some(k))?
        }
        "deparse.cutoff" => {
            let k = as_integer(it, argi);
            int(it, k)?
        }
        "max.print" | "nwarnings" => {
            let k = as_integer(it, argi);
            if k.is_none_or(|k| k < 1.0) {
                return Err(invalid(it));
            }
            int(it, k)?
        }
        "warn" => {
            if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real) || len != 1 {
                return Err(invalid(it));
            }
            let Some(k) = as_integer(it, argi) else { return Err(invalid(it)) };
            int(it, Some(k))?
        }
        "warning.length" => {
            if as_integer(it, argi).is_none_or(|k| !(100.0..=8170.0).contains(&k)) {
                return Err(invalid(it));
            }
            argi
        }
        "keep.source"
        | "check.bounds"
        | "echo"
        | "warnPartialMatchDollar"
        | "warnPartialMatchArgs"
        | "warnPartialMatchAttr"
        | "showWarnCalls"
        | "showErrorCalls"
        | "CBoundsCheck" => {
            if t != SexpType::Lgl || len != 1 {
                return Err(invalid(it));
            }
            let k = as_logical(it, argi);
            lgl(it, k)?
        }
        "browserNLdisabled" | "stringsAsFactors" => {
            if t != SexpType::Lgl || len != 1 {
                return Err(invalid(it));
            }
            let Some(k) = as_logical(it, argi) else { return Err(invalid(it)) };
            lgl(it, Some(k))?
        }
        "PCRE_use_JIT" => {
            let k = as_logical(it, argi).unwrap_or(false);
            lgl(it, Some(k))?
        }
        "PCRE_limit_recursion" => {
            let k = as_logical(it, argi);
            lgl(it, k)?
        }
        "contrasts" => {
            if t != SexpType::Str || len != 2 {
                return Err(invalid(it));
            }
            argi
        }
        "warning.expression" | "show.error.messages" => argi,
        "OutDec" | "rl_word_breaks" => {
            if t != SexpType::Str || len != 1 {
                return Err(invalid(it));
            }
            Val::Obj(it.duplicate_deep(argi)?)
        }
        "editor" | "continue" | "prompt" if t == SexpType::Str || name != "editor" => {
            let s = it.str_values(argi).and_then(|s| s.first().cloned().flatten()).filter(|s| !s.is_empty());
            let Some(s) = s else { return Err(invalid(it)) };
            Val::Obj(it.mk_strings(&[Some(&s)])?)
        }
        "par.ask.default" => {
            return Err(closure_error(it, ctx, "\"par.ask.default\" has been replaced by \"device.ask.default\""))
        }
        _ => Val::Obj(it.duplicate_deep(argi)?),
    };
    it.heap.protect(new);
    set_option(it, name, new)
}

//! Environments: `new.env()`, `assign()`, `get()`, `exists()`, `environment()`, `globalenv()`,
//! `local()`, `rm()`, and `pkg::name` / `pkg:::name` for the packages of a vanilla session.

use super::{closure, special};
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::heap::{Body, Num, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Expr, Sym};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp};
use crate::profile::HASHMINSIZE;

pub(super) const BUILTINS: &[Builtin] = &[
    special("::", namespace_value),
    special(":::", namespace_value),
    closure("new.env", &["hash", "parent", "size"], 3, new_env).scratch(6, 1),
    closure("assign", &["x", "value", "pos", "envir", "inherits", "immediate"], 4, assign),
    closure("get", &["x", "pos", "envir", "mode", "inherits"], 4, get),
    closure("exists", &["x", "where", "envir", "frame", "mode", "inherits"], 2, exists),
    closure("environment", &["fun"], 1, environment),
    closure("ls", &["name", "pos", "envir", "all.names", "pattern", "sorted"], 3, ls),
    Builtin {
        name: "globalenv",
        formals: &[],
        shape: Shape::Primitive { inlined: false },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(globalenv),
    },
    Builtin {
        name: "emptyenv",
        formals: &[],
        shape: Shape::Primitive { inlined: false },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(emptyenv),
    },
    Builtin {
        name: "baseenv",
        formals: &[],
        shape: Shape::Primitive { inlined: false },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(baseenv),
    },
    special("local", local).scratch(20, 30),
    special("rm", rm).scratch(40, 20),
    Builtin {
        name: "options",
        formals: &["..."],
        shape: Shape::Closure { internal_args: 1 },
        scratch: Cost { nodes: 10, vcells: 4 },
        imp: Imp::Eager(options),
    },
    closure("getOption", &["x", "default"], 2, get_option).scratch(2, 0),
];

pub(super) const INTERNALS: &[Builtin] = &[super::internal::internal("search", &[], search)];

/// `do_search`: a new character vector of the names of the search path's environments (strings
/// the session has: the attached environments' `name` attributes).
fn search(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let names = crate::lang::values::search_names();
    let mut ids = Vec::with_capacity(names.len());
    for n in names {
        ids.push(it.startup_char(n)?);
    }
    Ok(Val::Obj(it.new_strs(ids.len() as u64, crate::heap::Elems::Values(ids))?))
}

/// `options(...)`: the simulator honours `expressions`; other options are accepted and ignored.
/// Returns the old values, invisibly.
fn options(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut old_names: Vec<String> = Vec::new();
    let mut old_vals: Vec<crate::heap::ObjId> = Vec::new();
    // `options(old)`: a list of the options to set (what an earlier options() call returned)
    let mut settings: Vec<crate::lang::eval::ArgVal> = Vec::new();
    for d in a.dots.clone() {
        match (&d.name, it.list_elems(d.value), it.names(d.value)) {
            (None, Some(elems), Some(names)) => settings.extend(
                elems.into_iter().zip(names).map(|(v, n)| crate::lang::eval::ArgVal { name: n, value: Val::Obj(v) }),
            ),
            _ => settings.push(d),
        }
    }
    for d in settings {
        let Some(name) = d.name.clone() else { continue };
        if &*name == "expressions" {
            let n = it.num_elt(d.value, 0).unwrap_or(f64::NAN);
            if !(25.0..=500000.0).contains(&n) {
                return Err(ctx.error("invalid 'expressions' parameter, allowed 25...500000"));
            }
            let old = it.new_num(SexpType::Int, 1, Num::Fill(it.expressions as f64))?;
            it.heap.protect(Val::Obj(old));
            it.expressions = n as u32;
            old_names.push(name.to_string());
            old_vals.push(old);
        } else if &*name == "digits" {
            let n = it.num_elt(d.value, 0).unwrap_or(f64::NAN);
            if !(1.0..=22.0).contains(&n) {
                return Err(ctx.error("invalid 'digits' parameter, allowed 1...22"));
            }
            let old = it.new_num(SexpType::Int, 1, Num::Fill(it.print_digits as f64))?;
            it.heap.protect(Val::Obj(old));
            it.print_digits = n as usize;
            old_names.push(name.to_string());
            old_vals.push(old);
        } else {
            old_names.push(name.to_string());
            old_vals.push(NIL);
        }
    }
    let list = it.new_list(old_vals)?;
    let refs: Vec<Option<&str>> = old_names.iter().map(|s| Some(s.as_str())).collect();
    let nm = it.mk_strings(&refs)?;
    it.heap.set_attr(list, "names", nm)?;
    it.visible = false;
    Ok(Val::Obj(list))
}

/// `getOption(x, default)`: the options the simulator knows (`expressions`, `verbose`, `digits`,
/// `scipen`), else `default`.
fn get_option(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let name = it
        .str_values(x)
        .and_then(|s| s.first().cloned().flatten())
        .ok_or_else(|| ctx.error("'x' must be a character string"))?;
    let v = match &*name {
        "expressions" => Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(it.expressions as f64))?),
        "verbose" => Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Fill(0.0))?),
        "digits" => Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(it.print_digits as f64))?),
        "scipen" => Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(0.0))?),
        other => match startup_option(it, other)? {
            Some(v) => Val::Obj(v),
            None => a.get("default").unwrap_or(Val::Obj(NIL)),
        },
    };
    Ok(v)
}

/// An option's value as `Rscript --vanilla` starts (`options()` of a fresh R 4.2.2: base's
/// `options.c` and profile, stats' `.onLoad`), for the options library code reads.
enum Opt {
    Str(&'static [(&'static str, &'static str)]),
    Lgl(bool),
    Int(i32),
    Real(f64),
}

const STARTUP_OPTIONS: &[(&str, Opt)] = &[
    ("na.action", Opt::Str(&[("", "na.omit")])),
    ("contrasts", Opt::Str(&[("unordered", "contr.treatment"), ("ordered", "contr.poly")])),
    ("show.signif.stars", Opt::Lgl(true)),
    ("show.coef.Pvalues", Opt::Lgl(true)),
    ("OutDec", Opt::Str(&[("", ".")])),
    ("width", Opt::Int(80)),
    ("warn", Opt::Int(0)),
    ("keep.source", Opt::Lgl(false)),
    ("ts.eps", Opt::Real(1e-5)),
    ("useFancyQuotes", Opt::Lgl(true)),
    ("max.print", Opt::Int(99999)),
    ("nwarnings", Opt::Int(50)),
    ("warning.length", Opt::Int(1000)),
    ("encoding", Opt::Str(&[("", "native.enc")])),
    ("stringsAsFactors", Opt::Lgl(false)),
    ("echo", Opt::Lgl(false)),
    ("check.bounds", Opt::Lgl(false)),
    ("show.error.messages", Opt::Lgl(true)),
];

/// The value of a start-up option: an object of R's start-up heap, made once.
fn startup_option(it: &mut Interp, name: &str) -> EvalResult<Option<crate::heap::ObjId>> {
    let Some((_, opt)) = STARTUP_OPTIONS.iter().find(|(n, _)| *n == name) else { return Ok(None) };
    let key = format!("<option {name}>");
    if let Some(&id) = it.base_values.get(key.as_str()) {
        return Ok(Some(id));
    }
    let id = match opt {
        Opt::Str(items) => {
            let mut ids = Vec::with_capacity(items.len());
            for (_, v) in items.iter() {
                ids.push(it.startup_char(v)?);
            }
            let id = it.new_strs(ids.len() as u64, crate::heap::Elems::Values(ids))?;
            if items.iter().any(|(n, _)| !n.is_empty()) {
                let mut nids = Vec::with_capacity(items.len());
                for (n, _) in items.iter() {
                    nids.push(it.startup_char(n)?);
                }
                let nm = it.new_strs(nids.len() as u64, crate::heap::Elems::Values(nids))?;
                it.heap.set_attr(id, "names", nm)?;
                it.adopt_static(nm);
            }
            id
        }
        Opt::Lgl(b) => it.new_num(SexpType::Lgl, 1, Num::Fill(*b as i32 as f64))?,
        Opt::Int(i) => it.new_num(SexpType::Int, 1, Num::Fill(*i as f64))?,
        Opt::Real(x) => it.new_num(SexpType::Real, 1, Num::Fill(*x))?,
    };
    it.adopt_static(id);
    it.heap.obj_mut(id).refs = u32::MAX;
    it.base_values.insert(std::rc::Rc::from(key), id);
    Ok(Some(id))
}

/// The environment named by an `envir` argument (default: the calling one).
fn envir_arg(it: &Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<ObjId> {
    match v {
        None => Ok(ctx.env),
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => Ok(o),
        Some(_) => Err(ctx.error("invalid 'envir' argument")),
    }
}

fn name_arg(it: &Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<String> {
    let v = v.ok_or_else(|| ctx.error("argument \"x\" is missing, with no default"))?;
    it.str_values(v)
        .and_then(|s| s.first().cloned().flatten())
        .map(|s| s.to_string())
        .ok_or_else(|| ctx.error("invalid first argument"))
}

fn new_env(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let hash = a.get("hash").is_none_or(|h| it.num_elt(h, 0) != Some(0.0));
    let size = a.get("size").and_then(|s| it.num_elt(s, 0)).map_or(HASHMINSIZE, |s| (s as u64).max(1));
    let parent = match a.get("parent") {
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => o,
        Some(_) => return Err(ctx.error("'enclos' must be an environment")),
        None => ctx.env,
    };
    let env = it.new_env(parent, if hash { size } else { 0 })?;
    Ok(Val::Obj(env))
}

fn assign(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let name = name_arg(it, ctx, a.get("x"))?;
    let value = a.need(ctx, "value")?;
    let env = envir_arg(it, ctx, a.get("envir"))?;
    let value = Val::Obj(it.boxed(value)?);
    it.define(env, &name, value)?;
    it.visible = false;
    Ok(value)
}

fn get(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let name = name_arg(it, ctx, a.get("x"))?;
    let env = envir_arg(it, ctx, a.get("envir"))?;
    match it.lookup(env, &Sym::new(&name)) {
        Some((e, i)) => {
            let v = it.env(e).values[i];
            match v {
                Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Prom => it.force(o),
                Val::Obj(_) => Ok(v),
                scalar => Ok(Val::Obj(it.boxed(scalar)?)),
            }
        }
        None => match it.base_value(&name)? {
            Some(v) => Ok(v),
            // a function of an attached package (stats, utils, ...), lazy-loaded on first use
            None => match it.find_function(&Sym::new(&name), env)? {
                Some(v) => Ok(v),
                None => Err(ctx.error(format!("object '{name}' not found"))),
            },
        },
    }
}

fn exists(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let name = name_arg(it, ctx, a.get("x"))?;
    let env = envir_arg(it, ctx, a.get("envir"))?;
    let inherits = a.get("inherits").is_none_or(|v| it.num_elt(v, 0) != Some(0.0));
    let found = if inherits {
        it.lookup(env, &Sym::new(&name)).is_some() || it.base_value(&name)?.is_some()
    } else {
        it.env(env).find(&Sym::new(&name)).is_some()
    };
    Ok(it.scalar_logical(Some(found)))
}

fn environment(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    match a.get("fun") {
        None | Some(Val::Obj(NIL)) => {
            if let Body::Env(e) = &mut it.heap.obj_mut(ctx.env).body {
                e.captured = true;
            }
            Ok(Val::Obj(ctx.env))
        }
        Some(Val::Obj(o)) => match &it.heap.obj(o).body {
            Body::Closure(c) => Ok(Val::Obj(c.env)),
            // do_envir: other objects answer their ".Environment" attribute (formulas)
            _ => Ok(Val::Obj(it.heap.attr(o, ".Environment").unwrap_or(NIL))),
        },
        Some(_) => Ok(Val::Obj(NIL)),
    }
}

fn globalenv(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    Ok(Val::Obj(it.global))
}

fn emptyenv(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    Ok(Val::Obj(it.startup_env("<R_EmptyEnv>")))
}

fn baseenv(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    Ok(Val::Obj(it.startup_env("<R_BaseEnv>")))
}

/// `local(expr, envir = new.env())`: evaluate in a new environment whose parent is the caller's.
fn local(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let expr = ctx
        .call
        .args
        .first()
        .and_then(|a| a.value.as_ref())
        .cloned()
        .unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
    let env = match ctx.call.args.iter().find(|a| a.name.as_deref() == Some("envir")).and_then(|a| a.value.as_ref()) {
        Some(e) => match it.eval(e, ctx.env, ctx.mode)? {
            Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Env => o,
            _ => return Err(ctx.error("invalid 'envir' argument")),
        },
        None => it.new_env(ctx.env, HASHMINSIZE)?,
    };
    it.heap.protect(Val::Obj(env));
    it.eval(&expr, env, crate::lang::interp::Mode::Ast)
}

/// `rm(..., list = character(), envir = ...)`: names are taken unevaluated.
fn rm(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let mut names: Vec<String> = Vec::new();
    let mut env = ctx.env;
    for a in &ctx.call.args {
        match (a.name.as_deref(), &a.value) {
            (Some("list"), Some(e)) => {
                let v = it.eval(e, ctx.env, ctx.mode)?;
                let strs = it.str_values(v).ok_or_else(|| ctx.error("invalid first argument"))?;
                names.extend(strs.into_iter().flatten().map(|s| s.to_string()));
            }
            (Some("envir"), Some(e)) => {
                env = match it.eval(e, ctx.env, ctx.mode)? {
                    Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Env => o,
                    _ => return Err(ctx.error("invalid 'envir' argument")),
                }
            }
            (Some("inherits") | Some("pos"), _) => {}
            (_, Some(Expr::Sym(s))) => names.push(s.to_string()),
            (_, Some(Expr::Const(crate::lang::ast::Const::Str(Some(s))))) => names.push(s.to_string()),
            _ => return Err(ctx.error("... must contain names or character strings")),
        }
    }
    for n in &names {
        if !it.unbind(env, n) {
            it.heap.write(
                crate::session::Stream::Stderr,
                format!("Warning message:\nIn rm({n}) : object '{n}' not found\n"),
            );
        }
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// The packages attached in an `Rscript --vanilla` session (the simulator keeps their functions in
/// one registry).
const SESSION_PACKAGES: &[&str] = &["base", "methods", "datasets", "utils", "grDevices", "graphics", "stats"];

/// `pkg::name`: the value `name` has in a package of the session.
fn namespace_value(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let sym = |k: usize| match ctx.call.args.get(k).and_then(|a| a.value.as_ref()) {
        Some(Expr::Sym(s)) => Some(s.clone()),
        _ => None,
    };
    let (Some(pkg), Some(name)) = (sym(0), sym(1)) else {
        return Err(ctx.error("bad namespace access"));
    };
    if !SESSION_PACKAGES.contains(&&*pkg) {
        return Err(Flow::from(crate::error::SimError::in_call(
            "loadNamespace(x)".to_string(),
            format!("there is no package called \u{2018}{pkg}\u{2019}"),
        )));
    }
    // a package the simulator holds: its namespace's binding (`getExportedValue`, or any binding
    // for `:::`), lazy-loaded as a lookup would
    if let Some(p) = crate::lang::library::Pkg::named(&pkg) {
        let internal = matches!(&ctx.call.fun, Expr::Sym(s) if &**s == ":::");
        match crate::lang::library::Namespace::get(p).entry(&name) {
            Some(e) if e.exported || internal => {
                let env = it.namespace_env(p);
                if let Some((e, i)) = it.find_var(env, &name)? {
                    return match it.env(e).values[i] {
                        Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Prom => it.force(o),
                        v => Ok(v),
                    };
                }
            }
            Some(_) => {
                return Err(ctx.error(format!("'{name}' is not an exported object from 'namespace:{pkg}'")));
            }
            None => {}
        }
    }
    match it.base_value(&name)? {
        Some(v) => Ok(v),
        None => Err(ctx.error(format!(
            "'{name}' is not an exported object from 'namespace:{pkg}' (or rheap does not simulate it)"
        ))),
    }
}

/// `ls(envir = , all.names = FALSE, sorted = TRUE)`: the names bound in the environment (the
/// caller's by default), those starting with `.` only with `all.names`, as a new character
/// vector of the names' existing CHARSXPs. Sorted in byte order (as `sort()` here); unsorted in
/// R's frame order: a hashed table bucket by bucket, newest first within a bucket (`R_HashSet`
/// prepends), a plain frame newest first.
fn ls(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    if a.has("pattern") {
        return Err(ctx.error("rheap does not simulate ls(pattern = )"));
    }
    let env = match a.get("name").or(a.get("envir")) {
        Some(v) => envir_arg(it, ctx, Some(v))?,
        None => ctx.env,
    };
    let flag = |it: &Interp, v: Option<Val>, default: bool| {
        v.map_or(default, |v| it.num_elt(v, 0).map_or(default, |x| x != 0.0))
    };
    let (all, sorted) = (flag(it, a.get("all.names"), false), flag(it, a.get("sorted"), true));
    let frame = it.env(env);
    let buckets = frame.slots.len() as u64;
    let mut order: Vec<(u64, usize, String)> = frame
        .names
        .iter()
        .enumerate()
        .filter(|(_, n)| all || !n.starts_with('.'))
        .map(|(i, n)| {
            let bucket = if buckets > 0 { crate::heap::r_hash(n) as u64 % buckets } else { 0 };
            (bucket, usize::MAX - i, n.to_string())
        })
        .collect();
    if sorted {
        order.sort_by(|a, b| a.2.cmp(&b.2));
    } else {
        order.sort();
    }
    let names: Vec<String> = order.into_iter().map(|(_, _, n)| n).collect();
    let items: Vec<Option<&str>> = names.iter().map(|n| Some(n.as_str())).collect();
    Ok(Val::Obj(it.mk_strings(&items)?))
}

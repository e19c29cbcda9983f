//! Environments: `new.env()`, `assign()`, `get()`, `exists()`, `environment()`, `globalenv()`,
//! `local()`, `rm()`, and `pkg::name` / `pkg:::name` for the packages of a vanilla session.

use super::{closure, special};
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::heap::{Body, ObjId, SexpType, Val, NIL};
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
    super::primitive("...length", &[], dots_length),
    super::primitive("...elt", &["n"], dots_elt),
    super::primitive("...names", &[], dots_names),
    special("local", local).scratch(20, 30),
    special("rm", rm).scratch(40, 20),
];

pub(super) const INTERNALS: &[Builtin] = &[
    super::internal::internal("search", &[], search),
    super::internal::internal("attach", &["what", "pos", "name"], attach),
    super::internal::internal("detach", &["pos"], detach),
    super::internal::internal("ls", &["envir", "all.names", "sorted"], ls),
    super::internal::internal("l10n_info", &[], l10n_info),
    super::internal::internal("mget", &["x", "envir", "mode", "ifnotfound", "inherits"], mget),
    super::internal::internal("getRegisteredNamespace", &["name"], |it, c, a| registered_namespace(it, c, a, false)),
    super::internal::internal("isRegisteredNamespace", &["name"], |it, c, a| registered_namespace(it, c, a, true)),
    super::internal::internal("getNamespaceRegistry", &[], |it, _, _| Ok(Val::Obj(namespace_registry(it)))),
    // envir.c `do_isNSEnv`: `R_IsNamespaceEnv` as a shared logical
    super::internal::internal("isNamespaceEnv", &["ns"], |it, _, a| {
        let is = match a.vals.first().copied().flatten() {
            Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => namespace_name(it, o).is_some(),
            _ => false,
        };
        Ok(it.scalar_logical(Some(is)))
    }),
];

/// The namespaces an `Rscript --vanilla` session has loaded, in the order `names()` of R's
/// registry lists them.
const LOADED_NAMESPACES: [&str; 8] =
    ["compiler", "graphics", "utils", "grDevices", "stats", "datasets", "methods", "base"];

/// `R_NamespaceRegistry`: an environment of the start-up heap binding each loaded namespace's
/// name to its environment (for a package the simulator does not model, an empty stand-in).
fn namespace_registry(it: &mut Interp) -> ObjId {
    const KEY: &str = "<R_NamespaceRegistry>";
    if let Some(&id) = it.base_values.get(KEY) {
        return id;
    }
    let reg = it.startup_env(KEY);
    // a frame lists its newest binding first
    for name in LOADED_NAMESPACES.into_iter().rev() {
        let ns = match crate::lang::library::Pkg::named(name) {
            Some(p) => it.namespace_env(p),
            None => it.startup_env(&format!("<namespace:{name}>")),
        };
        it.env_mut(reg).insert(Sym::new(name), Val::Obj(ns));
    }
    reg
}

/// The package whose namespace `env` is: one the simulator models, or the stand-in of one it
/// does not (`R_IsNamespaceEnv`).
pub(super) fn namespace_name(it: &mut Interp, env: ObjId) -> Option<String> {
    if let Some(p) = it.namespace_of(env) {
        return Some(p.name().to_string());
    }
    LOADED_NAMESPACES
        .iter()
        .find(|n| it.base_values.get(&*format!("<namespace:{n}>")) == Some(&env))
        .map(|n| n.to_string())
}

/// `.Internal(getRegisteredNamespace(name))` / `isRegisteredNamespace` (envir.c `do_getRegNS`): the
/// name as a symbol (`coerceVector(, SYMSXP)`, installed), then the registry's binding or `NULL`
/// (or whether there is one).
fn registered_namespace(it: &mut Interp, ctx: &CallCtx, a: &mut Args, is: bool) -> EvalResult<Val> {
    let x = a.vals.first().copied().flatten().unwrap_or(Val::Obj(NIL));
    let name: Option<String> = match x {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Lang(Expr::Sym(s)) => Some(s.to_string()),
            _ => it.str_values(x).and_then(|s| s.first().cloned().flatten()).map(|s| s.to_string()),
        },
        _ => None,
    };
    let Some(name) = name.filter(|n| !n.is_empty()) else {
        return Err(super::internal::closure_error(it, ctx, "bad namespace name"));
    };
    it.install(&name)?;
    let reg = namespace_registry(it);
    let found = it.env(reg).find(&Sym::new(&name)).map(|i| it.env(reg).values[i]);
    Ok(match (is, found) {
        (true, f) => it.scalar_logical(Some(f.is_some())),
        (false, Some(v)) => v,
        (false, None) => Val::Obj(NIL),
    })
}

/// `.Internal(l10n_info())` (platform.c `do_l10n_info`) in the C.UTF-8 locale of the recorded
/// sessions: a list and its names, the flags R's shared logical constants (`ScalarLogical`), the
/// codeset a new string.
fn l10n_info(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let mark = it.heap.root_mark();
    let ans = it.new_list(vec![NIL; 4])?;
    it.heap.protect(Val::Obj(ans));
    let names = it.mk_strings(&[Some("MBCS"), Some("UTF-8"), Some("Latin-1"), Some("codeset")])?;
    it.heap.protect(Val::Obj(names));
    let mut elems = Vec::with_capacity(4);
    for b in [true, true, false] {
        let Val::Obj(o) = it.scalar_logical(Some(b)) else { unreachable!("a constant is an object") };
        elems.push(o);
    }
    elems.push(it.mk_strings(&[Some("UTF-8")])?);
    for &e in &elems {
        let r = &mut it.heap.obj_mut(e).refs;
        *r = r.saturating_add(1);
        it.heap.write_barrier(ans, Val::Obj(e));
    }
    it.heap.obj_mut(ans).body = Body::Elems(crate::heap::Elems::Values(elems));
    it.heap.set_attr(ans, "names", names)?;
    it.heap.release_to(mark, None);
    Ok(Val::Obj(ans))
}

/// `do_search`: a new character vector of the names of the search path's environments (strings
/// the session has: the attached environments' `name` attributes).
/// `do_search`: a STRSXP of `.GlobalEnv`, the `name` attributes of the attached environments
/// (`(unknown)` without one), then the packages' search path.
fn search(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let names = search_list(it);
    let mut ids = Vec::with_capacity(names.len());
    for n in names {
        ids.push(it.startup_char(&n)?);
    }
    Ok(Val::Obj(it.new_strs(ids.len() as u64, crate::heap::Elems::Values(ids))?))
}

/// The environments `attach()` put after the global environment, in search order: R's chain from
/// `ENCLOS(R_GlobalEnv)`; in the simulator that chain ends there and the packages' search path
/// follows.
pub(crate) fn attached_envs(it: &Interp) -> Vec<ObjId> {
    let mut out = Vec::new();
    let mut e = it.env(it.global).enclos;
    while e != NIL {
        out.push(e);
        e = it.env(e).enclos;
    }
    out
}

/// `search()`'s names: `.GlobalEnv`, the attached environments, the packages.
pub(crate) fn search_list(it: &Interp) -> Vec<String> {
    let fixed = crate::lang::values::search_names();
    let mut names = vec![fixed[0].to_string()];
    for e in attached_envs(it) {
        let name = it
            .heap_attr(Val::Obj(e), "name")
            .and_then(|n| it.str_values(Val::Obj(n)))
            .and_then(|n| n.first().cloned().flatten())
            .map_or_else(|| "(unknown)".to_string(), |n| n.to_string());
        names.push(name);
    }
    names.extend(fixed[1..].iter().map(|n| n.to_string()));
    names
}

/// The environment at position `pos` (1-based) of the search path (envir.c `R_sysframe` /
/// `pos2env`'s walk): a package the simulator models is its namespace, another its stand-in.
pub(crate) fn search_env(it: &mut Interp, pos: i64) -> Option<ObjId> {
    if pos < 1 {
        return None;
    }
    if pos == 1 {
        return Some(it.global);
    }
    let attached = attached_envs(it);
    if let Some(&e) = attached.get(pos as usize - 2) {
        return Some(e);
    }
    let fixed = crate::lang::values::search_names();
    let name = fixed.get(pos as usize - attached.len() - 1)?;
    Some(package_env(it, name))
}

/// The environment of a search path entry of the packages: a modelled package's namespace, or an
/// empty stand-in.
fn package_env(it: &mut Interp, name: &str) -> ObjId {
    match name.strip_prefix("package:").and_then(crate::lang::library::Pkg::named) {
        Some(pkg) => it.namespace_env(pkg),
        None => it.startup_env(&format!("<{name}>")),
    }
}

/// The environment of the search path entry named `name`.
pub(crate) fn search_env_named(it: &mut Interp, name: &str) -> Option<ObjId> {
    let pos = search_list(it).iter().position(|n| n == name)?;
    search_env(it, pos as i64 + 1)
}

/// `.Internal(attach(what, pos, name))` (envir.c `do_attach`): a new environment holding a list's
/// elements (`VectorToPairList`, then the frame its shallow duplicate: one cons cell each) or an
/// environment's bindings, hashed (`R_NewHashTable(max(HASHMINSIZE, n))`, grown as
/// `R_HashSizeCheck` asks), named by the `name` attribute, put at `pos` of the search path.
fn attach(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::{closure_error, positional};
    let pos = match positional(a, 1).and_then(|p| it.num_elt(p, 0)) {
        Some(p) if !p.is_nan() => p as i64,
        _ => return Err(closure_error(it, ctx, "'pos' must be an integer")),
    };
    let name = positional(a, 2).unwrap_or(Val::Obj(NIL));
    let valid = it.type_of(name) == SexpType::Str
        && it.str_values(name).and_then(|n| n.first().cloned().flatten()).is_some_and(|n| !n.is_empty());
    if !valid {
        return Err(closure_error(it, ctx, "invalid 'name' argument"));
    }
    let what = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let bindings: Vec<(String, Val)> = match (it.type_of(what), what) {
        (SexpType::Vec, _) => {
            let n = it.length(what);
            let names = it.names(what).unwrap_or_else(|| vec![None; n as usize]);
            let Some(elems) = it.list_elems(what) else {
                return Err(closure_error(it, ctx, "rheap needs to know the list given to attach()"));
            };
            // VectorToPairList's cells
            it.heap.alloc_scratch(n as u32, 0)?;
            if names.iter().any(|n| n.as_deref().is_none_or(str::is_empty)) {
                return Err(closure_error(it, ctx, "all elements of a list must be named"));
            }
            names.into_iter().zip(elems).map(|(n, e)| (n.unwrap_or_default().to_string(), Val::Obj(e))).collect()
        }
        (SexpType::Env, Val::Obj(e)) => {
            let env = it.env(e);
            env.names.iter().zip(env.values.iter()).map(|(n, v)| (n.to_string(), *v)).collect()
        }
        _ => return Err(closure_error(it, ctx, "'attach' only works for lists, data frames and environments")),
    };
    let size = (bindings.len() as u64).max(HASHMINSIZE);
    let s = it.new_env(NIL, size)?;
    it.heap.protect(Val::Obj(s));
    for (n, v) in bindings {
        it.define(s, &n, v)?;
    }
    if let Val::Obj(n) = name {
        it.heap.set_attr(s, "name", n)?;
    }
    // after the global environment and pos - 2 attached ones
    let mut t = it.global;
    let mut pos = pos;
    while it.env(t).enclos != NIL && pos > 2 {
        t = it.env(t).enclos;
        pos -= 1;
    }
    let next = it.env(t).enclos;
    it.env_mut(t).enclos = s;
    it.env_mut(s).enclos = next;
    it.heap.write_barrier(t, Val::Obj(s));
    if next != NIL {
        it.heap.write_barrier(s, Val::Obj(next));
    }
    Ok(Val::Obj(s))
}

/// `.Internal(detach(pos))` (envir.c `do_detach`): the environment at `pos` taken off the search
/// path and returned.
fn detach(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::{closure_error, positional};
    let pos = positional(a, 0).and_then(|p| it.num_elt(p, 0)).filter(|p| !p.is_nan()).map_or(i64::MIN, |p| p as i64);
    if pos == search_list(it).len() as i64 {
        return Err(closure_error(it, ctx, "detaching \"package:base\" is not allowed"));
    }
    let mut t = it.global;
    let mut p = pos;
    while it.env(t).enclos != NIL && p > 2 {
        t = it.env(t).enclos;
        p -= 1;
    }
    if p != 2 || it.env(t).enclos == NIL {
        return Err(if p > 2 {
            closure_error(it, ctx, "rheap does not simulate detaching a package")
        } else {
            closure_error(it, ctx, "invalid 'pos' argument")
        });
    }
    let s = it.env(t).enclos;
    let next = it.env(s).enclos;
    it.env_mut(t).enclos = next;
    it.env_mut(s).enclos = NIL;
    Ok(Val::Obj(s))
}

/// The environment named by an `envir` argument (default: the calling one).
fn envir_arg(it: &Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<ObjId> {
    match v {
        None => Ok(ctx.env),
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => Ok(o),
        Some(_) => Err(ctx.error("invalid 'envir' argument")),
    }
}

/// The environment of `envir`, else of `pos` (`where`) as `as.environment(pos)` gives it (an
/// environment, a search path position or name; -1, the default, the calling environment).
fn envir_or_pos(it: &mut Interp, ctx: &CallCtx, a: &Args, pos: &str) -> EvalResult<ObjId> {
    if a.get("envir").is_some() {
        return envir_arg(it, ctx, a.get("envir"));
    }
    let Some(p) = a.get(pos) else { return Ok(ctx.env) };
    let found = match it.type_of(p) {
        SexpType::Env => return envir_arg(it, ctx, Some(p)),
        SexpType::Real | SexpType::Int => match it.num_elt(p, 0) {
            Some(-1.0) => Some(ctx.env),
            Some(k) if !k.is_nan() => search_env(it, k as i64),
            _ => None,
        },
        SexpType::Str => match it.str_values(p).and_then(|s| s.first().cloned().flatten()) {
            Some(n) => search_env_named(it, &n),
            None => None,
        },
        _ => None,
    };
    found.ok_or_else(|| ctx.error("invalid 'pos' argument"))
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
    let env = envir_or_pos(it, ctx, a, "pos")?;
    let value = Val::Obj(it.boxed(value)?);
    it.define(env, &name, value)?;
    it.visible = false;
    Ok(value)
}

fn get(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let name = name_arg(it, ctx, a.get("x"))?;
    let env = envir_or_pos(it, ctx, a, "pos")?;
    // findVar: along the chain and the search path, materialising a package's binding (`letters`)
    match it.find_var(env, &Sym::new(&name))? {
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
    let env = envir_or_pos(it, ctx, a, "where")?;
    let inherits = a.get("inherits").is_none_or(|v| it.num_elt(v, 0) != Some(0.0));
    let found = if inherits {
        it.find_var(env, &Sym::new(&name))?.is_some() || it.base_value(&name)?.is_some()
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

/// `R_lsInternal3(env, all, sorted)`: the names bound in a frame.
pub(super) fn env_names(it: &Interp, env: ObjId, all: bool, sorted: bool) -> Vec<String> {
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
    order.into_iter().map(|(_, _, n)| n).collect()
}

/// `.Internal(ls(envir, all.names, sorted))` (envir.c `do_ls`, `R_lsInternal3`): the names bound
/// in the environment, those starting with `.` only with `all.names`, as a new character vector of
/// the names' existing CHARSXPs. Sorted in byte order (as `sort()` here); unsorted in R's frame
/// order: a hashed table bucket by bucket, newest first within a bucket (`R_HashSet` prepends), a
/// plain frame newest first.
fn ls(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::positional;
    let env = match positional(a, 0) {
        Some(v) if it.type_of(v) == SexpType::Nil => return Err(ctx.error("use of NULL environment is defunct")),
        Some(v) if it.type_of(v) == SexpType::Env => match v {
            Val::Obj(o) => o,
            _ => unreachable!("an environment is an object"),
        },
        _ => return Err(ctx.error("invalid 'envir' argument")),
    };
    let flag = |it: &Interp, v: Option<Val>, what: &str| match v.and_then(|v| it.num_elt(v, 0)) {
        Some(x) if !x.is_nan() => Ok(x != 0.0),
        _ => Err(ctx.error(format!("invalid '{what}' argument"))),
    };
    let all = flag(it, positional(a, 1), "all.names")?;
    let sorted = flag(it, positional(a, 2), "sorted")?;
    let names = env_names(it, env, all, sorted);
    let items: Vec<Option<&str>> = names.iter().map(|n| Some(n.as_str())).collect();
    Ok(Val::Obj(it.mk_strings(&items)?))
}

/// The `...` visible from the calling frame (`findVar(R_DotsSymbol, env)`), with R's error when
/// there is none.
fn dots_of(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Vec<crate::lang::eval::ArgVal>> {
    if it.lookup(ctx.env, &Sym::new("...")).is_none() {
        return Err(Flow::from(crate::error::SimError {
            call: Some(crate::error::CALLER.to_string()),
            message: "incorrect context: the current call has no '...' to look in".to_string(),
            line: None,
        }));
    }
    it.dots_values(ctx.env)
}

/// `...length()` (envir.c `do_dotsLength`): `ScalarInteger(length_DOTS(vl))`.
fn dots_length(it: &mut Interp, ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let n = dots_of(it, ctx)?.len();
    Ok(Val::Obj(it.new_num(SexpType::Int, 1, crate::heap::Num::Fill(n as f64))?))
}

/// `...elt(n)` (envir.c `do_dotsElt`): `eval(ddfind(asInteger(n), env), env)`, the element's
/// promise forced.
fn dots_elt(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let si = a.need(ctx, "n")?;
    if !matches!(it.type_of(si), SexpType::Lgl | SexpType::Int | SexpType::Real) || it.length(si) != 1 {
        return Err(ctx.error("indexing '...' with an invalid index"));
    }
    let i = it.num_elt(si, 0).filter(|x| !x.is_nan()).map_or(i64::from(i32::MIN), |x| x.trunc() as i64);
    match it.ddfind(i, ctx.env)? {
        Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Prom => it.force(o),
        v => Ok(v),
    }
}

/// `...names()` (envir.c `do_dotsNames`): the tags of `...`, `""` for an untagged element, in a
/// string vector allocated at the first tag; `NULL` when no element has one.
fn dots_names(it: &mut Interp, ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let dots = dots_of(it, ctx)?;
    if dots.iter().all(|d| d.name.is_none()) {
        return Ok(Val::Obj(NIL));
    }
    let names: Vec<Option<&str>> = dots.iter().map(|d| Some(d.name.as_deref().unwrap_or(""))).collect();
    Ok(Val::Obj(it.mk_strings(&names)?))
}

/// `.Internal(mget(x, envir, mode, ifnotfound, inherits))` (envir.c `do_mget`): `ifnotfound`
/// coerced to a list, the answer list, then per name `gfind`: the binding of that mode (a promise
/// forced), else `ifnotfound`'s element, called with the name (`mkString`) when it is a function;
/// the names are `x` itself (`lazy_duplicate`).
fn mget(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::{closure_error, positional};
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "invalid first argument"));
    }
    let nvals = it.length(x) as usize;
    let Some(names) = it.str_values(x) else {
        return Err(closure_error(it, ctx, "rheap needs to know the names given to mget()"));
    };
    if let Some(i) = names.iter().position(|n| n.as_deref().is_none_or(str::is_empty)) {
        return Err(closure_error(it, ctx, format!("invalid name in position {}", i + 1)));
    }
    let env = match positional(a, 1) {
        Some(Val::Obj(NIL)) | None => return Err(closure_error(it, ctx, "use of NULL environment is defunct")),
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => o,
        Some(_) => return Err(closure_error(it, ctx, "second argument must be an environment")),
    };
    let mode = positional(a, 2).unwrap_or(Val::Obj(NIL));
    let modes = match it.type_of(mode) {
        SexpType::Str => it.str_values(mode).unwrap_or_default(),
        _ => return Err(closure_error(it, ctx, "invalid 'mode' argument")),
    };
    if modes.len() != nvals && modes.len() != 1 {
        return Err(closure_error(it, ctx, "wrong length for 'mode' argument"));
    }
    let inf = super::coerce::coerce_vector(it, positional(a, 3).unwrap_or(Val::Obj(NIL)), SexpType::Vec)?;
    it.heap.protect(inf);
    let inf_elems = it.list_elems(inf).unwrap_or_default();
    if inf_elems.len() != nvals && inf_elems.len() != 1 {
        return Err(closure_error(it, ctx, "wrong length for 'ifnotfound' argument"));
    }
    let inherits = match positional(a, 4).and_then(|v| it.num_elt(v, 0)) {
        Some(v) if !v.is_nan() => v != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'inherits' argument")),
    };
    let ans = it.new_list(vec![NIL; nvals])?;
    it.heap.protect(Val::Obj(ans));
    for (i, name) in names.iter().enumerate() {
        let name = name.as_deref().unwrap_or_default();
        let mode = modes[i % modes.len()].as_deref().unwrap_or("any").to_string();
        let want: Option<SexpType> = match mode.as_str() {
            "any" | "function" => None,
            m => Some(super::coerce::str2type(m).ok_or_else(|| closure_error(it, ctx, "invalid 'mode' argument"))?),
        };
        let found = find_mode(it, env, name, &mode, want, inherits)?;
        let v = match found {
            Some(v) => v,
            None => {
                let alt = Val::Obj(inf_elems[i % inf_elems.len()]);
                if matches!(it.type_of(alt), SexpType::Clo | SexpType::Builtin | SexpType::Special) {
                    let var = it.mk_strings(&[Some(name)])?;
                    let args = vec![crate::lang::eval::ArgVal { name: None, value: Val::Obj(var) }];
                    super::apply::call_function(it, ctx, alt, args)?
                } else {
                    alt
                }
            }
        };
        let v = it.boxed(v)?;
        it.heap.obj_mut(v).refs = it.heap.obj(v).refs.saturating_add(1);
        if let Body::Elems(crate::heap::Elems::Values(e)) = &mut it.heap.obj_mut(ans).body {
            e[i] = v;
        }
        it.heap.write_barrier(ans, Val::Obj(v));
    }
    it.heap.set_attr(
        ans,
        "names",
        match x {
            Val::Obj(o) => o,
            _ => unreachable!("a character vector is an object"),
        },
    )?;
    Ok(Val::Obj(ans))
}

/// `findVar1mode`: the value bound to `name` in `env` (and its enclosures with `inherits`) whose
/// type fits `mode` (`"function"`: any function), a promise forced.
fn find_mode(
    it: &mut Interp,
    mut env: ObjId,
    name: &str,
    mode: &str,
    want: Option<SexpType>,
    inherits: bool,
) -> EvalResult<Option<Val>> {
    let sym = Sym::new(name);
    let fits = |it: &Interp, v: Val| match (mode, want) {
        ("function", _) => matches!(it.type_of(v), SexpType::Clo | SexpType::Builtin | SexpType::Special),
        (_, Some(t)) => {
            it.type_of(v) == t || (t == SexpType::Clo && matches!(it.type_of(v), SexpType::Builtin | SexpType::Special))
        }
        _ => true,
    };
    loop {
        let local = match it.env(env).find(&sym) {
            Some(i) => Some((env, i)),
            None if it.namespace_of(env).is_some() => it.find_var(env, &sym)?.filter(|(e, _)| *e == env),
            None => None,
        };
        if let Some((e, i)) = local {
            let v = match it.env(e).values[i] {
                Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Prom => it.force(o)?,
                v => v,
            };
            if fits(it, v) {
                return Ok(Some(v));
            }
        }
        if !inherits {
            return Ok(None);
        }
        let next = it.env(env).enclos;
        if next == NIL {
            break;
        }
        env = next;
    }
    if env != it.global {
        return Ok(None);
    }
    // past the global environment: the search path
    let v = match it.base_value(name)? {
        Some(v) => Some(v),
        None => it.find_function(&sym, env)?,
    };
    Ok(v.filter(|&v| fits(it, v)))
}

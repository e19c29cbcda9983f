//! Packages: `library()`, `require()`, `requireNamespace()`, `loadNamespace()`. An
//! `Rscript --vanilla` session has base, methods, datasets, utils, grDevices, graphics and stats
//! attached; the simulator has no other package, and answers for one as R answers for a package
//! that is not installed.

use super::{special, Builtin};
use crate::heap::{SexpType, Val};
use crate::lang::ast::Expr;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};
use crate::session::Stream;

pub(super) const BUILTINS: &[Builtin] = &[
    special("library", library),
    special("require", require),
    special("requireNamespace", require_namespace),
    special("loadNamespace", load_namespace),
];

/// `.packages()` of a vanilla session: the attached packages, most recent first.
const ATTACHED: [&str; 7] = ["stats", "graphics", "grDevices", "utils", "datasets", "methods", "base"];

/// The package argument: a name as written unless `character.only = TRUE` (then its value), or
/// the value for the namespace functions.
fn package_arg(it: &mut Interp, ctx: &CallCtx, literal: bool) -> EvalResult<Option<String>> {
    let mut character_only = !literal;
    for a in &ctx.call.args {
        if a.name.as_deref() == Some("character.only") {
            if let Some(e) = &a.value {
                let v = it.eval(e, ctx.env, ctx.mode)?;
                character_only = it.num_elt(v, 0).is_some_and(|x| x != 0.0);
            }
        }
    }
    let arg = ctx
        .call
        .args
        .iter()
        .find(|a| matches!(a.name.as_deref(), Some("package")))
        .or_else(|| ctx.call.args.iter().find(|a| a.name.is_none()));
    let Some(e) = arg.and_then(|a| a.value.as_ref()) else { return Ok(None) };
    if !character_only {
        if let Expr::Sym(s) = e {
            return Ok(Some(s.to_string()));
        }
    }
    let v = it.eval(e, ctx.env, ctx.mode)?;
    if it.type_of(v) != SexpType::Str {
        return Err(ctx.error("'package' must be of length 1"));
    }
    Ok(it.str_values(v).and_then(|s| s.into_iter().next().flatten()).map(|s| s.to_string()))
}

fn quietly(it: &mut Interp, ctx: &CallCtx, default: bool) -> EvalResult<bool> {
    for a in &ctx.call.args {
        if a.name.as_deref() == Some("quietly") {
            if let Some(e) = &a.value {
                let v = it.eval(e, ctx.env, ctx.mode)?;
                return Ok(it.num_elt(v, 0).is_some_and(|x| x != 0.0));
            }
        }
    }
    Ok(default)
}

fn not_installed(name: &str) -> String {
    format!("there is no package called \u{2018}{name}\u{2019}")
}

/// `library(pkg)`: the attached packages, invisibly; an error for any other package.
fn library(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    it.load_library_closure_cost("library")?;
    let name = package_arg(it, ctx, true)?;
    match name {
        Some(n) if !ATTACHED.contains(&n.as_str()) => Err(ctx.error(not_installed(&n))),
        _ => {
            let v = it.mk_strings(&ATTACHED.map(Some))?;
            it.visible = false;
            Ok(Val::Obj(v))
        }
    }
}

/// `require(pkg)`: TRUE for an attached package; otherwise R's message and warning, FALSE.
fn require(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    it.load_library_closure_cost("require")?;
    let name = package_arg(it, ctx, true)?.unwrap_or_default();
    it.visible = false;
    if ATTACHED.contains(&name.as_str()) {
        return Ok(it.scalar_logical(Some(true)));
    }
    if !quietly(it, ctx, false)? {
        it.heap.write(Stream::Stderr, format!("Loading required package: {name}\n"));
    }
    let call = "library(package, lib.loc = lib.loc, character.only = TRUE, logical.return = TRUE, ".to_string();
    it.warn(Some(call), not_installed(&name))?;
    Ok(it.scalar_logical(Some(false)))
}

/// `requireNamespace(pkg, quietly = TRUE)`: whether the namespace can be loaded (TRUE, invisibly,
/// for the packages of a vanilla session).
fn require_namespace(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    it.load_library_closure_cost("requireNamespace")?;
    let name = package_arg(it, ctx, false)?.unwrap_or_default();
    let ok = ATTACHED.contains(&name.as_str()) || name == "compiler" || name == "tools";
    if !ok && !quietly(it, ctx, true)? {
        it.heap.write(Stream::Stderr, format!("Loading required namespace: {name}\n"));
    }
    it.visible = !ok;
    Ok(it.scalar_logical(Some(ok)))
}

/// `loadNamespace(pkg)`: the namespace environment of a package the simulator holds.
fn load_namespace(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    it.load_library_closure_cost("loadNamespace")?;
    let name = package_arg(it, ctx, false)?.unwrap_or_default();
    match crate::lang::library::Pkg::named(&name) {
        Some(pkg) => Ok(Val::Obj(it.namespace_env(pkg))),
        None => Err(ctx.error(not_installed(&name))),
    }
}

//! errors.c: `.Internal(gettext(domain, string, trim))` and `.Internal(ngettext(n, msg1, msg2,
//! domain))`. The session has no translations (English messages), so a translation is the
//! message itself; what differs is whether a new vector is made.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("gettext", &["domain", "string", "trim"], gettext),
    internal("ngettext", &["n", "msg1", "msg2", "domain"], ngettext),
];

/// `determine_domain_gettext`: a domain given as a string is used as it is; without one
/// (`NULL`), the namespace enclosing the environment the closure was called from (`up`) or its
/// own frame, as `"R-pkg"`; none from the global environment.
fn has_domain(it: &Interp, ctx: &CallCtx, domain: Val, up: bool) -> bool {
    if it.type_of(domain) == SexpType::Str {
        return it.str_values(domain).and_then(|s| s.first().cloned()).flatten().is_some_and(|d| !d.is_empty());
    }
    if domain != Val::Obj(NIL) {
        return false;
    }
    let frame = it.frames.iter().rev().find(|f| f.env == ctx.env);
    let mut rho = match frame {
        Some(f) if up => f.caller,
        Some(_) => ctx.env,
        None => return false,
    };
    while rho != NIL && rho != it.global {
        if it.namespace_of(rho).is_some() {
            return true;
        }
        let next = it.env(rho).enclos;
        if next == rho {
            break;
        }
        rho = next;
    }
    false
}

/// `do_gettext`: `string` itself without a domain (or when empty); with one, a new STRSXP of the
/// (untranslated) strings, each `mkChar`ed again.
fn gettext(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let domain = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let string = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let n = it.length(string);
    if string == Val::Obj(NIL) || n == 0 {
        return Ok(string);
    }
    if it.type_of(string) != SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'string' value"));
    }
    if !has_domain(it, ctx, domain, true) {
        return Ok(string);
    }
    let ans = it.new_strs(n, Elems::Unknown)?;
    if let Some(ids) = it.str_ids(string) {
        it.heap.obj_mut(ans).body = crate::heap::Body::Elems(Elems::Values(ids));
    }
    Ok(Val::Obj(ans))
}

/// `do_ngettext`: `msg1` when `n` is 1, else `msg2` (with a domain, `mkString` of the message).
fn ngettext(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let n = positional(a, 0).and_then(|v| it.num_elt(v, 0));
    let msg1 = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let msg2 = positional(a, 2).unwrap_or(Val::Obj(NIL));
    let domain = positional(a, 3).unwrap_or(Val::Obj(NIL));
    let n = match n {
        Some(n) if !n.is_nan() && n >= 0.0 => n as i64,
        _ => return Err(closure_error(it, ctx, "invalid 'n' argument")),
    };
    for (m, name) in [(msg1, "msg1"), (msg2, "msg2")] {
        if it.type_of(m) != SexpType::Str || it.length(m) != 1 {
            return Err(closure_error(it, ctx, format!("'{name}' must be a character string")));
        }
    }
    let chosen = if n == 1 { msg1 } else { msg2 };
    let nonempty = it.str_values(msg1).and_then(|s| s[0].clone()).is_some_and(|s| !s.is_empty());
    if nonempty && has_domain(it, ctx, domain, false) {
        let ids = it.str_ids(chosen).unwrap_or_default();
        return Ok(Val::Obj(it.new_strs(1, if ids.len() == 1 { Elems::Values(ids) } else { Elems::Unknown })?));
    }
    Ok(chosen)
}

//! The foreign-function interface (`dotcode.c`): `.Call()`, `.External()`, `.External2()`,
//! `.C()` and `.Fortran()`, and the native routines they reach.
//!
//! A package's closures name a routine by a variable of its namespace that `loadNamespace()`
//! bound to a `NativeSymbolInfo` list (`useDynLib(stats, .registration = TRUE, .fixes = "C_")`):
//! `.Call(C_cor, x, y, na.method, FALSE)`. The simulator makes those objects from
//! `data/library/native-routines.tsv` (`tools/library/native_routines.R`) as part of the start-up
//! heap, and dispatches on them to the routines it simulates, each written after its C code in
//! the file of its family ([`ROUTINES`]).

use std::rc::Rc;

use once_cell::sync::Lazy;

use super::{inlined, primitive, Args, Builtin};
use crate::error::SimError;
use crate::fxhash::FxHashMap;
use crate::heap::{Body, Elems, Num, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Flow, Interp};
use crate::lang::library::Pkg;

pub(super) const INTERNALS: &[Builtin] = &[super::internal::internal("getLoadedDLLs", &[], get_loaded_dlls)];

pub(super) const BUILTINS: &[Builtin] = &[
    // byte code calls the routine with the values on its stack (`DOTCALL.OP`): no argument list
    inlined(".Call", &[".NAME", "...", "PACKAGE"], |it, c, a| foreign(it, c, a, "CallRoutine")),
    primitive(".External", &[".NAME", "...", "PACKAGE"], |it, c, a| foreign(it, c, a, "ExternalRoutine")),
    primitive(".External2", &[".NAME", "...", "PACKAGE"], |it, c, a| foreign(it, c, a, "ExternalRoutine")),
    primitive(".C", &[".NAME", "...", "NAOK", "DUP", "PACKAGE", "ENCODING"], |it, c, a| foreign(it, c, a, "CRoutine")),
    primitive(".Fortran", &[".NAME", "...", "NAOK", "DUP", "PACKAGE", "ENCODING"], |it, c, a| {
        foreign(it, c, a, "FortranRoutine")
    }),
];

/// A simulated native routine: it gets the arguments after `.NAME` (named as in the call, which
/// `.C()` and `.Fortran()` use to name their result).
pub type NativeFn = fn(&mut Interp, &CallCtx, &[ArgVal]) -> EvalResult<Val>;

/// A simulated routine: the package and the namespace variable that names it (`C_cor`).
#[derive(Clone, Copy)]
pub struct Native {
    pub package: &'static str,
    pub variable: &'static str,
    pub f: NativeFn,
}

pub(super) const fn native(package: &'static str, variable: &'static str, f: NativeFn) -> Native {
    Native { package, variable, f }
}

/// Every simulated routine, by family.
static ROUTINES: Lazy<FxHashMap<(&'static str, &'static str), NativeFn>> = Lazy::new(|| {
    let mut m = FxHashMap::default();
    for table in [
        super::distn::NATIVES,
        super::dists::NATIVES,
        super::stat_tests::NATIVES,
        super::models::NATIVES,
        super::stats_natives::NATIVES,
        super::cov::NATIVES,
        super::cluster::NATIVES,
        super::optimize::NATIVES,
        super::ts_natives::NATIVES,
        super::lm::NATIVES,
        super::s4::NATIVES,
        super::task_callbacks::NATIVES,
    ] {
        for r in table {
            let prev = m.insert((r.package, r.variable), r.f);
            assert!(prev.is_none(), "native routine {} registered twice", r.variable);
        }
    }
    m
});

/// The simulated routines, as `package::variable`.
pub fn routine_names() -> Vec<String> {
    let mut v: Vec<String> = ROUTINES.keys().map(|(p, n)| format!("{p}::{n}")).collect();
    v.sort_unstable();
    v
}

/// One row of `native-routines.tsv`.
struct Routine {
    package: &'static str,
    variable: &'static str,
    name: &'static str,
    class: &'static str,
    parameters: i32,
}

static TABLE: Lazy<Vec<Routine>> = Lazy::new(|| {
    include_str!("../../../data/library/native-routines.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some(Routine {
                package: f.next()?,
                variable: f.next()?,
                name: f.next()?,
                class: f.next()?,
                parameters: f.next()?.parse().ok()?,
            })
        })
        .collect()
});

fn routine(package: &str, variable: &str) -> Option<&'static Routine> {
    TABLE.iter().find(|r| r.package == package && r.variable == variable)
}

/// The `NativeSymbolInfo` object a namespace binds to `name`, if it binds one: made once, as part
/// of the start-up heap (`loadNamespace()` made it when the package was loaded).
pub(crate) fn native_symbol(it: &mut Interp, pkg: Pkg, name: &str) -> EvalResult<Option<ObjId>> {
    let Some(r) = routine(pkg.name(), name) else { return Ok(None) };
    let key = format!("{}::{}", r.package, r.variable);
    if let Some(&id) = it.base_values.get(key.as_str()) {
        return Ok(Some(id));
    }
    let dll = dll_info(it, r.package)?;
    // list(name, address = <RegisteredNativeSymbol externalptr>, dll, numParameters)
    let name_str = it.mk_strings(&[Some(r.name)])?;
    let address = it.heap.alloc(Obj::node(SexpType::ExtPtr, Body::Opaque))?;
    let cls = it.mk_strings(&[Some("RegisteredNativeSymbol")])?;
    it.heap.set_attr(address, "class", cls)?;
    let mut elems = vec![name_str, address, dll];
    if r.parameters >= 0 {
        elems.push(it.new_num(SexpType::Int, 1, Num::Fill(r.parameters as f64))?);
    }
    let names: &[Option<&str>] = &[Some("name"), Some("address"), Some("dll"), Some("numParameters")];
    let id = it.new_list(elems)?;
    let nm = it.mk_strings(&names[..it.length(Val::Obj(id)) as usize])?;
    it.heap.set_attr(id, "names", nm)?;
    let cls = it.mk_strings(&[Some(r.class), Some("NativeSymbolInfo")])?;
    it.heap.set_attr(id, "class", cls)?;
    for o in [name_str, address, id] {
        it.adopt_static(o);
    }
    it.heap.obj_mut(id).refs = u32::MAX;
    it.base_values.insert(Rc::from(key), id);
    Ok(Some(id))
}

/// The package's `DLLInfo` list (name, path, dynamicLookup, handle, info), shared by its routines.
fn dll_info(it: &mut Interp, package: &'static str) -> EvalResult<ObjId> {
    let key = format!("<DLLInfo {package}>");
    if let Some(&id) = it.base_values.get(key.as_str()) {
        return Ok(id);
    }
    let name = it.mk_strings(&[Some(package)])?;
    let path = format!("/usr/lib/R/library/{package}/libs/{package}.so");
    let path = it.mk_strings(&[Some(&path)])?;
    let dynamic = it.scalar_logical(Some(false));
    let Val::Obj(dynamic) = dynamic else { unreachable!("scalar_logical returns an object") };
    let ptr = |it: &mut Interp, class: &str| -> EvalResult<ObjId> {
        let p = it.heap.alloc(Obj::node(SexpType::ExtPtr, Body::Opaque))?;
        let cls = it.mk_strings(&[Some(class)])?;
        it.heap.set_attr(p, "class", cls)?;
        it.adopt_static(p);
        Ok(p)
    };
    let handle = ptr(it, "DLLHandle")?;
    let info = ptr(it, "DLLInfoReference")?;
    let id = it.new_list(vec![name, path, dynamic, handle, info])?;
    let nm = it.mk_strings(&[Some("name"), Some("path"), Some("dynamicLookup"), Some("handle"), Some("info")])?;
    it.heap.set_attr(id, "names", nm)?;
    let cls = it.mk_strings(&[Some("DLLInfo")])?;
    it.heap.set_attr(id, "class", cls)?;
    for o in [name, path, id] {
        it.adopt_static(o);
    }
    it.heap.obj_mut(id).refs = u32::MAX;
    it.base_values.insert(Rc::from(key), id);
    Ok(id)
}

/// The DLLs an `Rscript --vanilla` session has loaded (`LoadedDLL`), in loading order, with
/// their paths (base's is its name) as R 4.2.2 installed by Debian reports them.
const LOADED_DLLS: [(&str, &str); 6] = [
    ("base", "base"),
    ("methods", "/usr/lib/R/library/methods/libs/methods.so"),
    ("utils", "/usr/lib/R/library/utils/libs/utils.so"),
    ("grDevices", "/usr/lib/R/library/grDevices/libs/grDevices.so"),
    ("graphics", "/usr/lib/R/library/graphics/libs/graphics.so"),
    ("stats", "/usr/lib/R/library/stats/libs/stats.so"),
];

/// `.Internal(getLoadedDLLs())` (Rdynload.c `R_getDllTable`): a list of a new `DLLInfo` per
/// loaded DLL (`Rf_MakeDLLInfo`), of class "DLLInfoList", then its names.
fn get_loaded_dlls(it: &mut Interp, _ctx: &CallCtx, _a: &mut super::Args) -> EvalResult<Val> {
    let ans = it.new_list(vec![NIL; LOADED_DLLS.len()])?;
    it.heap.protect(Val::Obj(ans));
    let mut elems = Vec::with_capacity(LOADED_DLLS.len());
    for (name, path) in LOADED_DLLS {
        let e = make_dll_info(it, name, path)?;
        it.heap.protect(Val::Obj(e));
        elems.push(e);
    }
    for &e in &elems {
        it.heap.obj_mut(e).refs = it.heap.obj(e).refs.saturating_add(1);
        it.heap.write_barrier(ans, Val::Obj(e));
    }
    it.heap.set_elems(ans, Elems::Values(elems));
    let cls = it.mk_strings(&[Some("DLLInfoList")])?;
    it.heap.set_attr(ans, "class", cls)?;
    let names: Vec<Option<&str>> = LOADED_DLLS.iter().map(|(n, _)| Some(*n)).collect();
    let nm = it.mk_strings(&names)?;
    it.heap.set_attr(ans, "names", nm)?;
    Ok(Val::Obj(ans))
}

/// `Rf_MakeDLLInfo`: a list of the name and path (`mkChar` each), `ScalarLogical` of dynamic
/// lookup, a new handle external pointer of class "DLLHandle" (`Rf_makeDllObject`), the DLL's
/// info reference (made once per DLL and cached in `DLLInfoEptrs`), the handle registered in
/// `SymbolEptrs` (a weak reference and a cell, kept), then names and class "DLLInfo".
fn make_dll_info(it: &mut Interp, name: &str, path: &str) -> EvalResult<ObjId> {
    let ref_ = it.new_list(vec![NIL; 5])?;
    it.heap.protect(Val::Obj(ref_));
    let name_s = it.mk_strings(&[Some(name)])?;
    it.heap.protect(Val::Obj(name_s));
    let path_s = it.mk_strings(&[Some(path)])?;
    it.heap.protect(Val::Obj(path_s));
    let Val::Obj(dynamic) = it.scalar_logical(Some(false)) else { unreachable!("scalar_logical returns an object") };
    it.install("DLLHandle")?;
    let handle = it.heap.alloc(Obj::node(SexpType::ExtPtr, Body::Opaque))?;
    it.heap.protect(Val::Obj(handle));
    let cls = it.mk_strings(&[Some("DLLHandle")])?;
    it.heap.set_attr(handle, "class", cls)?;
    let key = format!("<DLLInfoEptrs {name}>");
    let info = match it.base_values.get(key.as_str()) {
        Some(&id) => id,
        None => {
            it.install("DLLInfo")?;
            let p = it.heap.alloc(Obj::node(SexpType::ExtPtr, Body::Opaque))?;
            it.heap.protect(Val::Obj(p));
            let cls = it.mk_strings(&[Some("DLLInfoReference")])?;
            it.heap.set_attr(p, "class", cls)?;
            it.heap.make_permanent(p);
            it.base_values.insert(Rc::from(key), p);
            p
        }
    };
    // R_registerSymbolEptr: CONS(R_MakeWeakRef(eptr, einfo, R_NilValue, FALSE), ...)
    let weak = it.heap.alloc_vector(SexpType::Vec, 4, Body::Elems(Elems::Fill(NIL)))?;
    it.heap.make_permanent(weak);
    let cell = it.heap.alloc(Obj::node(SexpType::List, Body::Opaque))?;
    it.heap.make_permanent(cell);
    let elems = vec![name_s, path_s, dynamic, handle, info];
    for &e in &elems {
        it.heap.obj_mut(e).refs = it.heap.obj(e).refs.saturating_add(1);
        it.heap.write_barrier(ref_, Val::Obj(e));
    }
    it.heap.set_elems(ref_, Elems::Values(elems));
    let nm = it.mk_strings(&[Some("name"), Some("path"), Some("dynamicLookup"), Some("handle"), Some("info")])?;
    it.heap.set_attr(ref_, "names", nm)?;
    let cls = it.mk_strings(&[Some("DLLInfo")])?;
    it.heap.set_attr(ref_, "class", cls)?;
    Ok(ref_)
}

/// The routine `.NAME` names: `(package, variable)` of a `NativeSymbolInfo` object made by
/// [`native_symbol`], or a routine named by a string.
fn resolve(it: &Interp, name: Val, package: Option<Val>) -> Option<&'static Routine> {
    let text = |v: Val| it.str_values(v).and_then(|s| s.first().cloned().flatten());
    match it.type_of(name) {
        SexpType::Vec => {
            let elems = it.list_elems(name)?;
            let native = text(Val::Obj(*elems.first()?))?;
            let dll = it.list_elems(Val::Obj(*elems.get(2)?))?;
            let pkg = text(Val::Obj(*dll.first()?))?;
            TABLE.iter().find(|r| r.package == &*pkg && r.name == &*native)
        }
        SexpType::Str => {
            let native = text(name)?;
            let pkg = package.and_then(text);
            TABLE.iter().find(|r| r.name == &*native && pkg.as_deref().is_none_or(|p| p == r.package))
        }
        _ => None,
    }
}

/// `do_dotcall`, `do_External`, `do_dotCode`: find the routine, check its argument count, run it.
fn foreign(it: &mut Interp, ctx: &CallCtx, a: &mut Args, kind: &str) -> EvalResult<Val> {
    let name = a.get(".NAME").ok_or_else(|| ctx.error("'.NAME' is missing"))?;
    let Some(r) = resolve(it, name, a.get("PACKAGE")) else {
        let shown = it.str_values(name).and_then(|s| s.first().cloned().flatten());
        return Err(match shown {
            Some(s) => ctx.error(format!("rheap does not simulate the native routine '{s}'")),
            None => ctx.error("first argument must be a string (of length 1) or native symbol reference"),
        });
    };
    let args = std::mem::take(&mut a.dots);
    if r.parameters >= 0 && args.len() as i32 != r.parameters {
        return Err(ctx.error(format!(
            "Incorrect number of arguments ({}), expecting {} for '{}'",
            args.len(),
            r.parameters,
            r.name
        )));
    }
    let Some(f) = ROUTINES.get(&(r.package, r.variable)) else {
        return Err(Flow::from(
            SimError::new(format!(
                "rheap does not simulate the native routine '{}' of package {}",
                r.variable, r.package
            ))
            .at_line(ctx.call.pos.line),
        ));
    };
    if matches!(kind, "CRoutine" | "FortranRoutine") {
        let naok = a.get("NAOK").and_then(|v| it.num_elt(v, 0)).is_some_and(|v| v != 0.0 && !v.is_nan());
        return dot_code(it, ctx, args, *f, naok);
    }
    f(it, ctx, &args)
}

/// `do_dotCode` (`.C()`, `.Fortran()`): the answer list (named when any argument is), `R_alloc`ed
/// pointers, and for each atomic argument the vector the routine writes into: the argument itself,
/// or a new vector of its values when it may be referenced (`MAYBE_REFERENCED`); a compact
/// sequence gives up its data pointer. The routine gets those vectors and changes their values;
/// then each new vector takes the argument's attributes (`SHALLOW_DUPLICATE_ATTRIB`).
fn dot_code(it: &mut Interp, ctx: &CallCtx, args: Vec<ArgVal>, f: NativeFn, naok: bool) -> EvalResult<Val> {
    let nargs = args.len();
    let mut arg_objs = Vec::with_capacity(nargs);
    for a in &args {
        arg_objs.push(it.boxed(a.value)?);
    }
    let ans = it.new_list(arg_objs.clone())?;
    it.heap.protect(Val::Obj(ans));
    if args.iter().any(|a| a.name.is_some()) {
        let names: Vec<Option<&str>> = args.iter().map(|a| Some(a.name.as_deref().unwrap_or(""))).collect();
        let nm = it.mk_strings(&names)?;
        it.heap.set_attr(ans, "names", nm)?;
    }
    // cargs = R_alloc(nargs, sizeof(void*))
    super::vectors::unknown_vector(it, SexpType::Raw, 8 * nargs as u64)?;
    let mut targets = Vec::with_capacity(nargs);
    for (na, &s) in arg_objs.iter().enumerate() {
        let v = Val::Obj(s);
        let t = it.type_of(v);
        match t {
            SexpType::Nil => {
                return Err(native_error(
                    it,
                    ctx,
                    format!("invalid mode (NULL) to pass to C or Fortran (arg {})", na + 1),
                ))
            }
            SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw => {}
            _ => {
                return Err(native_error(
                    it,
                    ctx,
                    format!("rheap does not simulate passing a {} to C or Fortran", t.type_name()),
                ))
            }
        }
        if !naok {
            let bad = it.num_values(v).is_some_and(|x| match t {
                SexpType::Lgl | SexpType::Int => x.iter().any(|z| z.is_nan()),
                SexpType::Real | SexpType::Cplx => x.iter().any(|z| !z.is_finite()),
                _ => false,
            });
            if bad {
                let msg = match t {
                    SexpType::Lgl | SexpType::Int => format!("NAs in foreign function call (arg {})", na + 1),
                    SexpType::Cplx => format!("complex NA/NaN/Inf in foreign function call (arg {})", na + 1),
                    _ => format!("NA/NaN/Inf in foreign function call (arg {})", na + 1),
                };
                return Err(native_error(it, ctx, msg));
            }
        }
        let target = if it.heap.obj(s).refs > 0 {
            // allocVector(t, n) and a copy of the values, without attributes
            let n = it.length(v);
            let content = it.num_content(v);
            let ss = it.new_num(t, n, content)?;
            super::models::set_vector_elt(it, ans, na, ss);
            ss
        } else {
            it.expand_altrep(v)?;
            s
        };
        targets.push(target);
    }
    let cargs: Vec<ArgVal> =
        args.iter().zip(&targets).map(|(a, &t)| ArgVal { name: a.name.clone(), value: Val::Obj(t) }).collect();
    f(it, ctx, &cargs)?;
    for (&arg, &s) in arg_objs.iter().zip(&targets) {
        if s != arg {
            it.heap.copy_attrs(Val::Obj(arg), s)?;
        }
    }
    Ok(Val::Obj(ans))
}

/// An error a native routine raises (`error()`): named by the closure that called the foreign
/// function, as `getCurrentCall()` skips the foreign call's builtin context.
pub(super) fn native_error(it: &Interp, ctx: &CallCtx, msg: impl Into<String>) -> Flow {
    let e = match it.frames.last() {
        Some(f) => SimError::in_call(crate::lang::deparse::call_text(&f.call), msg),
        None => SimError::new(msg),
    };
    Flow::from(e.at_line(ctx.call.pos.line))
}

//! The registry of simulated R functions. Each entry carries R's formals (for argument matching),
//! how R implements it (primitive, or a base closure around `.Internal`), and its allocation rule:
//! the call's own overhead follows from that shape, the result from the function's semantics, and
//! the rest (internal scratch, first-use lazy loading) is calibrated against real R
//! (`tests/fixtures/op-costs.tsv`).

mod apply;
pub mod arith;
mod array;
mod attrib;
mod bitwise;
mod character;
mod choose;
mod cluster;
mod coerce;
mod comment;
pub mod complex;
mod conditions;
pub mod connections;
mod convert;
mod cov;
pub mod data_frame;
mod datetime;
pub mod deparse;
mod distn;
mod dists;
pub mod dotcall;
mod envir;
mod envs;
mod errors;
mod eval_internals;
mod files;
mod find_interval;
mod frames;
mod identical;
pub mod internal;
mod language;
mod linalg;
mod list;
mod lm;
mod math;
mod math1;
pub mod memory;
mod models;
pub(crate) mod objects;
mod optimize;
mod options;
mod stat_tests;
mod stats_natives;
pub(crate) use objects::{class_strings, inherits_class};
mod format;
pub(crate) mod output;
mod packages;
mod random;
mod raw;
mod regex;
pub mod s4;
mod seq;
mod sort;
mod split;
mod stats;
pub(crate) mod strings;
mod subset;
mod subset_lang;
mod summary;
mod sysutils;
pub mod task_callbacks;
mod ts_natives;
mod unique;
mod util;
mod vectors;

use std::rc::Rc;

use once_cell::sync::Lazy;

use super::ast::{Arg, Call, Expr};
use super::eval::{ArgVal, CallCtx};
use super::interp::{EvalResult, Flow, FlowKind, Interp, Mode};
use crate::error::SimError;
use crate::heap::{ObjId, SexpType, Val, NIL};

/// How R implements a function, which decides what calling it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A primitive (`.Primitive`): arguments are evaluated into an argument list (one cell each),
    /// except where the byte-code compiler inlines it (`inlined`).
    Primitive { inlined: bool },
    /// A base closure calling `.Internal(f(...))` with `internal_args` arguments: a call frame and
    /// promises as for any closure, then the internal's argument list.
    Closure { internal_args: u32 },
    /// Gets its arguments unevaluated.
    Special,
    /// An internal function (`.Internal(f(...))`): arguments are evaluated into an argument list.
    Internal,
}

pub type EagerFn = fn(&mut Interp, &CallCtx, &mut Args) -> EvalResult<Val>;
pub type SpecialFn = fn(&mut Interp, &CallCtx) -> EvalResult<Val>;

#[derive(Clone, Copy)]
pub enum Imp {
    Eager(EagerFn),
    Special(SpecialFn),
}

/// Cells and Vcells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cost {
    pub nodes: u32,
    pub vcells: u64,
}

pub const fn cost(nodes: u32, vcells: u64) -> Cost {
    Cost { nodes, vcells }
}

#[derive(Clone, Copy)]
pub struct Builtin {
    pub name: &'static str,
    pub formals: &'static [&'static str],
    pub shape: Shape,
    /// Garbage the function makes besides its result and the call itself.
    pub scratch: Cost,
    pub imp: Imp,
}

/// Arguments matched to a builtin's formals.
pub struct Args {
    pub formals: &'static [&'static str],
    pub vals: Vec<Option<Val>>,
    /// Arguments that matched `...`, in order.
    pub dots: Vec<ArgVal>,
}

impl Args {
    pub fn get(&self, name: &str) -> Option<Val> {
        let i = self.formals.iter().position(|f| *f == name)?;
        self.vals[i]
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// A required argument, with R's error.
    pub fn need(&self, ctx: &CallCtx, name: &str) -> EvalResult<Val> {
        self.get(name).ok_or_else(|| ctx.error(format!("argument \"{name}\" is missing, with no default")))
    }
}

/// A base closure calling `.Internal(f(...))` with `internal_args` arguments.
pub(super) const fn closure(
    name: &'static str,
    formals: &'static [&'static str],
    internal_args: u32,
    f: EagerFn,
) -> Builtin {
    Builtin { name, formals, shape: Shape::Closure { internal_args }, scratch: cost(0, 0), imp: Imp::Eager(f) }
}

/// A primitive with an argument list.
pub(super) const fn primitive(name: &'static str, formals: &'static [&'static str], f: EagerFn) -> Builtin {
    Builtin { name, formals, shape: Shape::Primitive { inlined: false }, scratch: cost(0, 0), imp: Imp::Eager(f) }
}

/// A primitive the byte-code compiler inlines.
pub(super) const fn inlined(name: &'static str, formals: &'static [&'static str], f: EagerFn) -> Builtin {
    Builtin { name, formals, shape: Shape::Primitive { inlined: true }, scratch: cost(0, 0), imp: Imp::Eager(f) }
}

/// A function that takes its arguments unevaluated.
pub(super) const fn special(name: &'static str, f: SpecialFn) -> Builtin {
    Builtin { name, formals: &[], shape: Shape::Special, scratch: cost(0, 0), imp: Imp::Special(f) }
}

impl Builtin {
    /// With this much garbage per call besides the result and the call itself.
    pub(super) const fn scratch(mut self, nodes: u32, vcells: u64) -> Builtin {
        self.scratch = cost(nodes, vcells);
        self
    }
}

pub struct Registry;

static REGISTRY: Lazy<crate::fxhash::FxHashMap<&'static str, Builtin>> = Lazy::new(|| {
    let mut m = crate::fxhash::FxHashMap::default();
    for table in [
        vectors::BUILTINS,
        arith::BUILTINS,
        complex::BUILTINS,
        choose::BUILTINS,
        conditions::BUILTINS,
        convert::BUILTINS,
        dotcall::BUILTINS,
        envs::BUILTINS,
        internal::BUILTINS,
        language::BUILTINS,
        math::BUILTINS,
        math1::BUILTINS,
        memory::BUILTINS,
        objects::BUILTINS,
        output::BUILTINS,
        packages::BUILTINS,
        random::BUILTINS,
        s4::BUILTINS,
        stats::BUILTINS,
        strings::BUILTINS,
        subset::BUILTINS,
        apply::BUILTINS,
        REPLACEMENTS,
        attrib::BUILTINS,
        coerce::BUILTINS,
        sort::BUILTINS,
        util::BUILTINS,
        envir::BUILTINS,
    ] {
        for b in table {
            let prev = m.insert(b.name, *b);
            assert!(prev.is_none(), "builtin {} registered twice", b.name);
        }
    }
    m
});

/// Whether R implements `name` as a primitive (as opposed to a closure in base).
pub fn is_primitive(name: &str) -> bool {
    Registry::get(name).is_some_and(|b| matches!(b.shape, Shape::Primitive { .. }))
}

impl Registry {
    pub fn get(name: &str) -> Option<&'static Builtin> {
        REGISTRY.get(name)
    }

    /// [`Registry::get`] of a symbol, remembered by the symbol's identity (symbols are never
    /// freed, so an address names one symbol): function lookup asks on every call.
    pub fn get_sym(name: &crate::sym::Sym) -> Option<&'static Builtin> {
        thread_local! {
            static BY_SYMBOL: std::cell::RefCell<crate::fxhash::FxHashMap<usize, Option<&'static Builtin>>> =
                Default::default();
        }
        let key = name.as_str().as_ptr() as usize;
        BY_SYMBOL.with(|m| *m.borrow_mut().entry(key).or_insert_with(|| REGISTRY.get(name.as_str())))
    }

    pub fn names() -> Vec<&'static str> {
        let mut v: Vec<&'static str> = REGISTRY.keys().copied().collect();
        v.sort_unstable();
        v
    }
}

/// Call a builtin: the call's costs, argument evaluation and matching, then the function.
pub fn call_builtin(it: &mut Interp, b: &'static Builtin, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let ctx = CallCtx { call, env, mode };
    let mark = it.heap.root_mark();
    let r = match b.imp {
        Imp::Special(f) => {
            first_use(it, b)?;
            // an internal that takes its arguments unevaluated gets no argument list
            let n_args = if b.shape == Shape::Internal { 0 } else { call.args.len() as u32 };
            charge_call(it, b, n_args, 0, mode)?;
            f(it, &ctx)
        }
        // byte code computes a math function of a scalar on its stack (`MATH1.OP`, `LOG.OP`)
        Imp::Eager(_)
            if mode == Mode::Compiled
                && call.args.len() == 1
                && call.args[0].name.is_none()
                && call.args[0].value.is_some()
                && b.shape == (Shape::Primitive { inlined: true }) =>
        {
            match math1::inline_fn(b.name) {
                Some(f) => math1::inline_scalar(it, b, call, env, f),
                None => call_eager(it, b, call, env, mode, &ctx),
            }
        }
        Imp::Eager(_) => call_eager(it, b, call, env, mode, &ctx),
    };
    let v = r.map_err(|f| with_call(f, &ctx))?;
    it.heap.release_to(mark, Some(v));
    Ok(v)
}

/// Evaluate a builtin's arguments and call it.
fn call_eager(
    it: &mut Interp,
    b: &'static Builtin,
    call: &Rc<Call>,
    env: ObjId,
    mode: Mode,
    ctx: &CallCtx,
) -> EvalResult<Val> {
    // a base closure is a function context: what its arguments and body warn is named by its call
    let context = matches!(b.shape, Shape::Closure { .. }) as u32;
    it.contexts += context;
    // R's builtins evaluate their arguments with evalList, which refuses an empty one
    let r = eval_args_checked(it, &call.args, env, mode, Some((ctx, b))).and_then(|evaluated| {
        let n_consts = call.args.iter().filter(|a| matches!(a.value, Some(Expr::Const(_)))).count() as u32;
        invoke(it, b, ctx, evaluated, n_consts)
    });
    if context > 0 && !it.warnings.pending.is_empty() {
        it.name_warnings(call);
    }
    it.contexts -= context;
    r
}

/// Call a builtin on values already evaluated (from `lapply`, `sapply`, `do.call`).
pub fn invoke(
    it: &mut Interp,
    b: &'static Builtin,
    ctx: &CallCtx,
    evaluated: Vec<ArgVal>,
    n_consts: u32,
) -> EvalResult<Val> {
    let Imp::Eager(f) = b.imp else {
        return Err(ctx.error(format!("'{}' cannot be called this way in rheap", b.name)));
    };
    if matches!(b.shape, Shape::Primitive { .. }) {
        check_arity(b.name, evaluated.len()).map_err(|m| ctx.error(m))?;
    }
    // an object may have an S3 method: R's closure is a generic calling `UseMethod()`, or the
    // primitive dispatches internally (binary operators dispatch in the arithmetic itself)
    if let Some(first) = evaluated.first().filter(|a| matches!(a.value, Val::Obj(o) if it.heap.obj(o).attrs.is_some()))
    {
        let v = match b.shape {
            Shape::Closure { .. } if crate::lang::library::is_s3_generic(b.name) => {
                let native = super::dispatch::NATIVE_CLASSES;
                it.dispatch_from_native(b.name, first.value, evaluated[1..].to_vec(), ctx.env, native)?
            }
            Shape::Closure { .. } => None,
            _ if evaluated.len() == 2 && super::dispatch::group_of(b.name) == Some("Ops") => None,
            // `DispatchOrEval`: not when called as `generic.default` (what `NextMethod()` calls
            // the primitive as, when no method is left)
            _ if matches!(&ctx.call.fun, Expr::Sym(s) if s.rsplit_once('.').is_some_and(|(_, t)| t == "default")) => {
                None
            }
            _ => it.dispatch_primitive(b.name, &evaluated, ctx.call, ctx.env)?,
        };
        if let Some(v) = v {
            return Ok(v);
        }
    }
    first_use(it, b)?;
    // A builtin's argument list references nothing: `evalList` and byte code's
    // `BUILTIN_CALL_FRAME_ARGS` drop the links to the values before the builtin runs.
    charge_call(it, b, evaluated.len() as u32, n_consts, ctx.mode)?;
    strings::read_deferred_args(it, b.name, &evaluated)?;
    let mut args = match_builtin_args(it, b, evaluated).map_err(|m| ctx.error(m))?;
    // a base closure hands its `...` to `evalList` (through `.Internal()` or `list(...)`), where
    // an empty argument is the missing-argument symbol evaluated; those that call a function
    // argument with `...` (`lapply(X, FUN, ...)`) pass it on instead, as generics do to their
    // methods (`print(1, )` is fine)
    if matches!(b.shape, Shape::Closure { .. })
        && !b.formals.iter().any(|f| matches!(*f, "FUN" | "f"))
        && !crate::lang::library::is_s3_generic(b.name)
        && args.dots.iter().any(|d| d.value == Val::Obj(it.missing_arg))
    {
        return Err(ctx.error("argument is missing, with no default"));
    }
    it.visible = true;
    let r = f(it, ctx, &mut args);
    it.recycle_matched(args);
    r
}

/// The primitives whose C function refuses a wrong number of arguments (`checkArity`), with their
/// arity and whether they refuse fewer and more (data/primitive-arity.tsv, measured in R by
/// tools/calibrate/primitive_arity.R).
static ARITY: Lazy<crate::fxhash::FxHashMap<&'static str, (usize, bool, bool)>> = Lazy::new(|| {
    crate::lang::base_loads::data_rows(include_str!("../../../data/primitive-arity.tsv"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let arity = f[1].parse().expect("primitive-arity.tsv: arity");
            (f[0], (arity, f[2] == "1", f[3] == "1"))
        })
        .collect()
});

/// `checkArity` (util.c): the error of a primitive called with `n` arguments it does not take.
fn check_arity(name: &str, n: usize) -> Result<(), String> {
    match ARITY.get(name) {
        Some(&(arity, fewer, more)) if (n < arity && fewer) || (n > arity && more) => {
            Err(format!("{n} argument{} passed to '{name}' which requires {arity}", if n == 1 { "" } else { "s" }))
        }
        _ => Ok(()),
    }
}

/// What the first call of a function retains in a session: its closure and byte code (and those of
/// what it calls) lazy-loaded from base's database. Measured with `tools/calibrate/first_use.R` in
/// fresh `Rscript --vanilla` processes (first minus third evaluation, less the harness's own
/// difference of −67 N / −119 V); RNG functions exclude the `.Random.seed` they create (2 N, 313 V),
/// `lapply()` and friends the compiler load their function argument triggers.
pub const FIRST_USE: &[(&str, Cost)] = &[
    ("numeric", cost(16, 51)),
    ("double", cost(16, 51)),
    ("logical", cost(16, 43)),
    ("integer", cost(0, 7)),
    ("character", cost(0, 15)),
    ("matrix", cost(2, 4)),
    ("rnorm", cost(17, 50)),
    ("runif", cost(17, 50)),
    ("rexp", cost(22, 52)),
    ("rbinom", cost(18, 41)),
    ("rpois", cost(16, 41)),
    ("rgamma", cost(73, 166)),
    ("rchisq", cost(31, 78)),
    ("rt", cost(63, 142)),
    ("rcauchy", cost(20, 52)),
    ("rlnorm", cost(23, 52)),
    ("rlogis", cost(20, 52)),
    ("rweibull", cost(19, 50)),
    ("rgeom", cost(16, 41)),
    ("rnbinom", cost(52, 109)),
    ("set.seed", cost(448, 1116)),
    ("rm", cost(240, 497)),
    ("object.size", cost(23, 64)),
    ("gcinfo", cost(11, 32)),
    ("cat", cost(147, 319)),
    ("t", cost(30, 53)),
    ("crossprod", cost(17, 37)),
    ("%*%", cost(3, 4)),
    ("cbind", cost(3, 8)),
    ("rbind", cost(3, 8)),
    ("mean", cost(241, 634)),
    ("noquote", cost(65, 126)),
    ("seq", cost(1686, 4039)),
    ("new.env", cost(1, 28)),
    ("toupper", cost(28, 64)),
    ("tolower", cost(28, 64)),
    ("setNames", cost(26, 47)),
    ("isVirtualClass", cost(47, 98)),
    ("range", cost(88, 246)),
    ("diff", cost(225, 582)),
    ("var", cost(177, 426)),
    ("median", cost(298, 734)),
    ("rowSums", cost(245, 643)),
    ("colSums", cost(248, 655)),
    ("rowMeans", cost(245, 643)),
    ("colMeans", cost(248, 655)),
    ("endsWith", cost(18, 34)),
    ("do.call", cost(61, 144)),
    ("sample", cost(232, 493)),
    ("sample.int", cost(101, 177)),
    ("match", cost(20, 45)),
    ("which.max", cost(13, 33)),
    ("which.min", cost(13, 33)),
    ("warning", cost(278, 665)),
    ("seq.int", cost(7, 7)),
    ("pmin", cost(906, 2114)),
    ("pmax", cost(906, 2114)),
    ("system.time", cost(290, 464)),
    ("proc.time", cost(8, 24)),
];

/// Functions whose first-use costs above were measured, or are charged, apart from helpers they
/// share: `warning()` without what the
/// first warning loads (warnings.rs); `system.time()` without its first `gc()` (output.rs). Their
/// costs are charged as they are.
const FIRST_USE_APART: &[&str] = &["warning", "system.time"];

/// A function's first call: its measured cost, less what the base functions it loads retain when
/// something loaded them already (the compiler, `source()`, another function's first call).
fn first_use(it: &mut Interp, b: &'static Builtin) -> EvalResult<()> {
    // (by the entry's address first: no hashing of the name on every call)
    if !it.used_builtin_entries.insert(b as *const Builtin as usize) || !it.used_builtins.insert(b.name) {
        return Ok(());
    }
    let Some((_, c)) = FIRST_USE.iter().find(|(n, _)| *n == b.name) else {
        // no first-use cost measured as a whole: what loading each base function its first call
        // lazy-loads retains (data/base-function-costs.tsv), unless something loaded it already
        if let Some(loads) = crate::lang::base_loads::first_call_loads(b.name) {
            return load_base_functions(it, loads);
        }
        return Ok(());
    };
    let (mut n, mut v) = (c.nodes, c.vcells);
    if !FIRST_USE_APART.contains(&b.name) {
        for f in crate::lang::base_loads::first_call_loads(b.name).unwrap_or_default() {
            if !it.base_loaded.insert(f) {
                let (fn_, fv) = crate::lang::base_loads::cost(f).unwrap_or_default();
                n = n.saturating_sub(fn_);
                v = v.saturating_sub(fv);
            }
        }
    }
    it.lazy_load(n, v)
}

/// Base closures R code of a simulated function calls, lazy-loaded if nothing loaded them yet:
/// what loading each retains (data/base-function-costs.tsv), with its garbage.
pub(super) fn load_base_functions(it: &mut Interp, fs: &[&'static str]) -> EvalResult<()> {
    let (mut n, mut v) = (0, 0);
    for &f in fs {
        if it.base_loaded.insert(f) {
            let (fn_, fv) = crate::lang::base_loads::cost(f).unwrap_or_default();
            n += fn_;
            v += fv;
        }
    }
    if (n, v) == (0, 0) {
        Ok(())
    } else {
        it.lazy_load(n, v)
    }
}

/// Attach the call to an error raised without one (R's `errorcall`).
fn with_call(f: Flow, ctx: &CallCtx) -> Flow {
    match f.into_kind() {
        FlowKind::Error(mut e) => {
            if e.call.is_none() && !e.message.starts_with("cannot allocate") && !e.message.contains("memory exhausted")
            {
                e.call = Some(ctx.name());
            }
            Flow::from(e.at_line(ctx.call.pos.line))
        }
        other => Flow::new(other),
    }
}

/// What the call itself allocates (spec §8.4): closures get an environment, one frame cell per
/// formal, the promise list and promises (byte code passes constants without one); primitives an
/// argument list unless byte code inlines them.
fn charge_call(it: &mut Interp, b: &Builtin, n_args: u32, n_consts: u32, mode: Mode) -> EvalResult<()> {
    let call_nodes = match b.shape {
        Shape::Primitive { inlined } => {
            if inlined && mode == Mode::Compiled {
                0
            } else {
                n_args
            }
        }
        Shape::Closure { internal_args } => {
            let promises = match mode {
                Mode::Ast => n_args + 1,
                Mode::Compiled => n_args - n_consts.min(n_args),
            };
            // formals left without an argument get a promise of their default
            let named_formals = b.formals.iter().filter(|f| **f != "...").count() as u32;
            let defaults = named_formals.saturating_sub(n_args);
            1 + b.formals.len() as u32 + n_args + promises + defaults + internal_args
        }
        Shape::Special => 0,
        Shape::Internal => n_args,
    };
    it.heap.alloc_scratch(call_nodes + b.scratch.nodes, b.scratch.vcells)?;
    Ok(())
}

/// R's primitives of type "special" (base R 4.2.2, `typeof(get(name)) == "special"`): they take
/// their arguments unevaluated, so an empty one is theirs to judge.
const R_SPECIALS: &[&str] = &[
    "::",
    ":::",
    ".Internal",
    "[",
    "[[",
    "[[<-",
    "[<-",
    "{",
    "@",
    "@<-",
    "&&",
    "<-",
    "<<-",
    "=",
    "||",
    "~",
    "$",
    "$<-",
    "break",
    "call",
    "expression",
    "for",
    "forceAndCall",
    "function",
    "if",
    "log",
    "missing",
    "next",
    "on.exit",
    "quote",
    "rep",
    "repeat",
    "return",
    "round",
    "signif",
    "substitute",
    "switch",
    "UseMethod",
    "while",
];

/// Evaluate a builtin's arguments (expanding `...`, forcing promises).
pub fn eval_args(it: &mut Interp, args: &[Arg], env: ObjId, mode: Mode) -> EvalResult<Vec<ArgVal>> {
    eval_args_checked(it, args, env, mode, None)
}

/// [`eval_args`]; with `builtin`, an empty argument is R's error for a primitive R does not
/// implement as a special (evalList: "argument %d is empty", after the arguments before it were
/// evaluated).
fn eval_args_checked(
    it: &mut Interp,
    args: &[Arg],
    env: ObjId,
    mode: Mode,
    check: Option<(&CallCtx, &Builtin)>,
) -> EvalResult<Vec<ArgVal>> {
    let mut out = it.spare_args.pop().unwrap_or_default();
    out.reserve(args.len());
    for (k, a) in args.iter().enumerate() {
        match &a.value {
            None => {
                if let Some((ctx, _)) =
                    check.filter(|(_, b)| matches!(b.shape, Shape::Primitive { .. }) && !R_SPECIALS.contains(&b.name))
                {
                    return Err(ctx.error(format!("argument {} is empty", k + 1)));
                }
                out.push(ArgVal { name: a.name.clone(), value: Val::Obj(it.missing_arg) })
            }
            Some(Expr::Sym(s)) if &**s == "..." => {
                for d in it.dots_values(env)? {
                    let v = match d.value {
                        Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Prom => it.force(o)?,
                        v => v,
                    };
                    it.heap.protect(v);
                    out.push(ArgVal { name: d.name, value: v });
                }
            }
            Some(e) => {
                // a builtin receives objects: a scalar byte code kept unboxed is boxed now
                let v = match it.eval(e, env, mode)? {
                    Val::Obj(o) => Val::Obj(o),
                    scalar => Val::Obj(it.boxed(scalar)?),
                };
                it.heap.protect(v);
                out.push(ArgVal { name: a.name.clone(), value: v });
            }
        }
    }
    Ok(out)
}

/// A registered function's work on values already evaluated, as C code calls another primitive's
/// C function: no call of its own (no argument list, no dispatch, no first-use load).
pub(super) fn apply_builtin(it: &mut Interp, name: &str, args: Vec<ArgVal>) -> EvalResult<Val> {
    let b = Registry::get(name).unwrap_or_else(|| panic!("{name} is registered"));
    let Imp::Eager(f) = b.imp else { panic!("{name} takes evaluated arguments") };
    let call = Rc::new(Call::new(Expr::sym(name), Vec::new(), Default::default()));
    let ctx = CallCtx { call: &call, env: it.global, mode: Mode::Ast };
    let mut a = match_builtin_args(it, b, args).map_err(|m| ctx.error(m))?;
    let r = f(it, &ctx, &mut a);
    it.recycle_matched(a);
    r
}

/// Match evaluated arguments to a builtin's formals the way `matchArgs` does.
fn match_builtin_args(it: &mut Interp, b: &Builtin, evaluated: Vec<ArgVal>) -> Result<Args, String> {
    let n = b.formals.len();
    // positional arguments only and no `...` among the formals (as `match_names` matches them)
    let mut vals = it.spare_vals.pop().unwrap_or_default();
    vals.reserve(n);
    if evaluated.len() <= n && evaluated.iter().all(|a| a.name.is_none()) && !b.formals.contains(&"...") {
        let closure = matches!(b.shape, Shape::Closure { .. });
        let missing = Val::Obj(it.missing_arg);
        vals.extend(evaluated.iter().map(|a| (!(closure && a.value == missing)).then_some(a.value)));
        vals.resize(n, None);
        it.recycle_args(evaluated);
        return Ok(Args { formals: b.formals, vals, dots: Vec::new() });
    }
    let matched = super::eval::match_names(b.formals, evaluated)?;
    let mut dots = Vec::new();
    for m in matched {
        match m {
            super::eval::Matched::Value(v) => vals.push(Some(v)),
            super::eval::Matched::Missing => vals.push(None),
            super::eval::Matched::Dots(d) => {
                vals.push(None);
                dots = d;
            }
        }
    }
    // a closure's empty argument (`matrix(, 2, 3)`) is a missing one: its formal takes the
    // default (`applyClosure`)
    if matches!(b.shape, Shape::Closure { .. }) {
        for v in vals.iter_mut() {
            if *v == Some(Val::Obj(it.missing_arg)) {
                *v = None;
            }
        }
    }
    Ok(Args { formals: b.formals, vals, dots })
}

/// `fun<-`(x, extra args, value = value), for complex assignment.
#[allow(clippy::too_many_arguments)]
pub fn call_replacement(
    it: &mut Interp,
    fname: &str,
    x: Val,
    extra: &[Arg],
    value: Val,
    call: &Rc<Call>,
    env: ObjId,
    mode: Mode,
) -> EvalResult<Val> {
    let ctx = CallCtx { call, env, mode };
    let mut idx = if fname == "$" || fname == "@" { Vec::new() } else { eval_args(it, extra, env, mode)? };
    let rname = format!("{fname}<-");
    // A user-defined replacement function.
    if let Some(Val::Obj(fo)) = it.find_function(&crate::sym::Sym::new(&rname), env)? {
        {
            if it.heap.obj(fo).sexp == SexpType::Clo {
                let mut args = vec![ArgVal { name: None, value: x }];
                args.append(&mut idx);
                args.push(ArgVal { name: Some(Rc::from("value")), value });
                return it.apply_closure(fo, args, call, env, mode);
            }
        }
    }
    // `applydefine` (eval.c) calls the replacement primitive on `*tmp*`, which dispatches on its
    // class (`DispatchOrEval` in do_subassign, do_subassign2; `R_DispatchOrEvalSP` in
    // do_subassign3, whose name argument `fixSubset3Args` made a string): `[<-.data.frame`,
    // `$<-.data.frame`, `[<-.factor` are R's closures
    if matches!(x, Val::Obj(o) if it.heap.attr(o, "class").is_some()) && super::dispatch::is_internal_generic(&rname) {
        let mut args = vec![ArgVal { name: None, value: x }];
        if fname == "$" {
            if let Some(n) = dollar_name(extra) {
                let s = it.mk_strings(&[Some(&n)])?;
                args.push(ArgVal { name: None, value: Val::Obj(s) });
            }
        }
        args.extend(idx.iter().cloned());
        args.push(ArgVal { name: Some(Rc::from("value")), value });
        if let Some(v) = it.dispatch_primitive(&rname, &args, call, env)? {
            return Ok(v);
        }
    }
    it.heap.alloc_scratch(if mode == Mode::Ast { 2 + idx.len() as u32 } else { 0 }, 0)?;
    // a primitive's error names the whole assignment (`x[[1]] <- 1:2`: applydefine calls it
    // without a context of its own), which the assignment fills in
    apply_replacement(it, &ctx, fname, x, &idx, dollar_name(extra), value).map_err(|f| match f.into_kind() {
        FlowKind::Error(mut e) if e.call.as_deref() == Some(ctx.name().as_str()) => {
            e.call = None;
            Flow::from(e)
        }
        k => Flow::new(k),
    })
}

/// The replacement function `fname<-` on evaluated arguments: `x`, the index arguments `idx`
/// (`name` for `$` and `@`), `value`.
pub(crate) fn apply_replacement(
    it: &mut Interp,
    ctx: &CallCtx,
    fname: &str,
    x: Val,
    idx: &[ArgVal],
    name: Option<Rc<str>>,
    value: Val,
) -> EvalResult<Val> {
    match fname {
        "[" => subset::assign_index(it, ctx, x, idx, value, false),
        "[[" => subset::assign_index(it, ctx, x, idx, value, true),
        "$" => {
            let name = name.ok_or_else(|| ctx.error("invalid subscript type 'language'"))?;
            subset::assign_dollar(it, ctx, x, &name, value)
        }
        "@" => {
            let name = name.ok_or_else(|| ctx.error("invalid type or length for slot name"))?;
            s4::set_slot(it, ctx, x, &name, value)
        }
        "names" => vectors::set_names(it, ctx, x, value),
        "attr" => {
            let which = idx.first().and_then(|a| it.str_values(a.value)).and_then(|s| s.first().cloned().flatten());
            let which = which.ok_or_else(|| ctx.error("'name' must be non-null character string"))?;
            vectors::set_attr_value(it, ctx, x, &which, value)
        }
        "class" => vectors::set_attr_value(it, ctx, x, "class", value),
        "levels" => vectors::set_attr_value(it, ctx, x, "levels", value),
        _ => match Registry::get(&format!("{fname}<-")) {
            // the primitive itself, called on `*tmp*` as applydefine calls it
            Some(b) => {
                let Imp::Eager(f) = b.imp else { unreachable!("replacement functions take evaluated arguments") };
                let mut args = vec![ArgVal { name: None, value: x }];
                args.extend(idx.iter().cloned());
                args.push(ArgVal { name: Some(Rc::from("value")), value });
                let mut a = match_builtin_args(it, b, args).map_err(|m| ctx.error(m))?;
                f(it, ctx, &mut a)
            }
            _ => Err(Flow::from(SimError::new(format!(
                "could not find function \"{fname}<-\" (rheap does not simulate it)"
            )))),
        },
    }
}

/// A replacement primitive called as a function (`` `class<-`(x, value) ``): `x`, the index
/// arguments, and `value` (the argument so named, else the last).
fn replacement_call(it: &mut Interp, ctx: &CallCtx, a: &mut Args, fname: &str) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let mut rest = a.dots.clone();
    let k = rest.iter().position(|d| d.name.as_deref() == Some("value")).or(rest.len().checked_sub(1));
    let Some(k) = k else { return Err(ctx.error("argument \"value\" is missing, with no default")) };
    let value = rest.remove(k).value;
    let name = match fname {
        "$" | "@" => rest.first().and_then(|d| it.str_values(d.value)).and_then(|s| s.into_iter().next().flatten()),
        _ => None,
    };
    apply_replacement(it, ctx, fname, x, &rest, name, value)
}

/// The replacement primitives `[<-` and `[[<-` as functions (the attribute setters are attrib.rs's).
const REPLACEMENTS: &[Builtin] = &[
    primitive("[<-", &["x", "..."], |it, c, a| replacement_call(it, c, a, "[")),
    primitive("[[<-", &["x", "..."], |it, c, a| replacement_call(it, c, a, "[[")),
];

/// The getter of a nested replacement target (`x$a` in `x$a$b <- v`).
pub fn call_getter(
    it: &mut Interp,
    fname: &str,
    x: Val,
    extra: &[Arg],
    call: &Rc<Call>,
    env: ObjId,
    mode: Mode,
) -> EvalResult<Val> {
    let ctx = CallCtx { call, env, mode };
    let idx = if fname == "$" || fname == "@" { Vec::new() } else { eval_args(it, extra, env, mode)? };
    let v = match fname {
        "[[" => subset::index2(it, &ctx, x, &idx)?,
        "[" => subset::index1(it, &ctx, x, &idx, None)?,
        "$" => {
            let name = dollar_name(extra).ok_or_else(|| ctx.error("invalid subscript type 'language'"))?;
            subset::dollar(it, x, &name)?
        }
        "@" => {
            let name = dollar_name(extra).ok_or_else(|| ctx.error("invalid type or length for slot name"))?;
            s4::slot(it, &ctx, x, &name)?
        }
        "names" => vectors::do_names(it, x)?,
        "attr" | "dim" | "class" | "levels" | "dimnames" => {
            let which = if fname == "attr" {
                idx.first()
                    .and_then(|a| it.str_values(a.value))
                    .and_then(|s| s.first().cloned().flatten())
                    .map(|s| s.to_string())
            } else {
                Some(fname.to_string())
            };
            match (x, which) {
                (Val::Obj(o), Some(w)) => Val::Obj(attrib::get_attrib(it, o, &w)?),
                _ => Val::Obj(NIL),
            }
        }
        _ => match Registry::get(fname) {
            Some(b) if matches!(b.imp, Imp::Eager(_)) => {
                let Imp::Eager(f) = b.imp else { unreachable!() };
                let mut args = vec![ArgVal { name: None, value: x }];
                args.extend(idx);
                let mut a = match_builtin_args(it, b, args).map_err(|m| ctx.error(m))?;
                f(it, &ctx, &mut a)?
            }
            _ => {
                return Err(Flow::from(SimError::new(format!(
                    "could not find function \"{fname}\" (rheap does not simulate it)"
                ))))
            }
        },
    };
    // The extracted part is held by its container: modifying it must not touch other holders.
    Ok(v)
}

/// The name in `x$name` (a symbol or a string).
pub fn dollar_name(extra: &[Arg]) -> Option<Rc<str>> {
    match extra.first().and_then(|a| a.value.as_ref()) {
        Some(Expr::Sym(s)) => Some(s.as_rc().clone()),
        Some(Expr::Const(super::ast::Const::Str(Some(s)))) => Some(s.clone()),
        _ => None,
    }
}

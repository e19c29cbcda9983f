//! The evaluator: R's semantics over the syntax tree, with every allocation R would make sent to the
//! heap. Closures get an environment per call, arguments are promises, top-level loops and
//! closures are byte-compiled when R's JIT would compile them.

use std::rc::Rc;

use super::ast::{Arg, Call, Const, Expr, Function, Head, Sym};
use super::builtins::{self, Registry};
use super::c_stack::{usage_error, Recursion, C_STACK_LIMIT};
use super::compiler_load::Entry;
use super::interp::{EvalResult, Flow, FlowKind, Interp, Mode};
use super::jit;
use crate::error::SimError;
use crate::heap::{Body, ClosureData, Elems, JitState, Num, Obj, ObjId, PromiseData, Seen, SexpType, Val, NIL};

/// An argument after evaluation (or as a promise), with its tag.
#[derive(Clone, Debug)]
pub struct ArgVal {
    pub name: Option<Rc<str>>,
    pub value: Val,
}

/// The call being evaluated, as builtins see it.
pub struct CallCtx<'a> {
    pub call: &'a Rc<Call>,
    pub env: ObjId,
    pub mode: Mode,
}

impl CallCtx<'_> {
    /// `f()` as R names the call in errors.
    pub fn name(&self) -> String {
        super::deparse::call_text(self.call)
    }

    pub fn error(&self, msg: impl Into<String>) -> Flow {
        Flow::from(SimError::in_call(self.name(), msg).at_line(self.call.pos.line))
    }
}

impl Interp {
    pub fn eval(&mut self, e: &Expr, env: ObjId, mode: Mode) -> EvalResult<Val> {
        // tests in order of frequency rather than a `match`: a jump table's indirect branch
        // costs more than these predictable compares on the evaluator's hottest path
        if let Expr::Call(call) = e {
            return self.eval_call(call, env, mode);
        }
        self.visible = true;
        if let Expr::Sym(name) = e {
            return self.eval_sym(name, env, mode);
        }
        match e {
            // a cell holding a language object (a formula) evaluates it as code
            Expr::Const(Const::Obj(o)) => match &self.heap.obj(*o).body {
                Body::Lang(code) => {
                    let code = code.clone();
                    self.eval(&code, env, mode)
                }
                _ => Ok(Val::Obj(self.held_obj(*o)?)),
            },
            Expr::Const(c) => Ok(Val::Obj(self.const_obj(c)?)),
            Expr::Function(f) => Ok(Val::Obj(self.make_closure(f, env, mode)?)),
            Expr::Call(_) | Expr::Sym(_) => unreachable!("handled above"),
        }
    }

    /// An object a call's cell holds evaluates to itself (`eval`'s default case). The cell keeps
    /// it alive while the code is reachable; code the simulator kept past that is an error, not
    /// a read of a freed slot.
    fn held_obj(&mut self, o: ObjId) -> EvalResult<ObjId> {
        if matches!(self.heap.obj(o).body, Body::Free) {
            return Err(Flow::from(SimError::new("rheap: an object held by this code is no longer alive")));
        }
        Ok(o)
    }

    /// A parser constant: one object per distinct value, shared by every occurrence (R makes one per
    /// occurrence while parsing; the difference is a few cells per script).
    pub fn const_obj(&mut self, c: &Const) -> EvalResult<ObjId> {
        if let Const::Obj(o) = c {
            return self.held_obj(*o);
        }
        let key = const_key(c);
        if let Some(&id) = self.consts.get(&key) {
            return Ok(id);
        }
        let id = match c {
            Const::Null => NIL,
            Const::Logical(b) => {
                self.new_num(SexpType::Lgl, 1, Num::Fill(b.map_or(crate::heap::na_real(), |b| b as i32 as f64)))?
            }
            Const::Int(i) => {
                self.new_num(SexpType::Int, 1, Num::Fill(i.map_or(crate::heap::na_real(), |i| i as f64)))?
            }
            Const::Real(x) => self.new_num(SexpType::Real, 1, Num::Fill(x.unwrap_or_else(crate::heap::na_real)))?,
            Const::Complex(z) => {
                let z = z.unwrap_or((crate::heap::na_real(), crate::heap::na_real()));
                self.new_num(SexpType::Cplx, 1, Num::Complex(std::rc::Rc::new(vec![z])))?
            }
            Const::Obj(_) => unreachable!("returned above"),
            Const::Str(s) => {
                let ch = match s {
                    Some(s) => self.mk_char(s)?,
                    None => self.na_string,
                };
                self.new_strs(1, Elems::Values(vec![ch]))?
            }
        };
        if id != NIL {
            self.heap.obj_mut(id).refs = u32::MAX;
            self.heap.stack.pop();
            self.heap.make_permanent(id);
        }
        self.consts.insert(key, id);
        Ok(id)
    }

    #[inline]
    fn eval_sym(&mut self, name: &Sym, env: ObjId, mode: Mode) -> EvalResult<Val> {
        // the common case first: a bound variable holding an unboxed scalar or a plain object
        if let Some((e, i)) = self.lookup(env, name) {
            let v = self.env(e).values[i];
            if let Val::Obj(o) = v {
                if o != self.missing_arg && self.heap.obj(o).sexp != SexpType::Prom {
                    return Ok(v);
                }
            } else if mode == Mode::Compiled {
                return Ok(v);
            }
            // a promise or a missing argument, found already (`..1` and friends look in `...`)
            if !name.starts_with('.') {
                return self.resolve_binding(v, name, e, i, mode);
            }
        }
        self.eval_sym_slow(name, env, mode)
    }

    #[inline(never)]
    fn eval_sym_slow(&mut self, name: &Sym, env: ObjId, mode: Mode) -> EvalResult<Val> {
        if let Some(k) =
            name.starts_with('.').then(|| name.strip_prefix("..").and_then(|d| d.parse::<usize>().ok())).flatten()
        {
            return match self.ddfind(k as i64, env)? {
                Val::Obj(o) if self.heap.obj(o).sexp == SexpType::Prom => self.force(o),
                v => Ok(v),
            };
        }
        if let Some((e, i)) = self.find_var(env, name)? {
            let v = self.env(e).values[i];
            return self.resolve_binding(v, name, e, i, mode);
        }
        if let Some(v) = self.base_value(name)? {
            return Ok(v);
        }
        Err(Flow::from(SimError::new(format!("object '{name}' not found"))))
    }

    /// The value of a binding: promises are forced, the missing-argument marker is an error.
    fn resolve_binding(&mut self, v: Val, name: &str, env: ObjId, i: usize, mode: Mode) -> EvalResult<Val> {
        match v {
            Val::Obj(o) if o == self.missing_arg => Err(Flow::from(SimError {
                call: Some(crate::error::CALLER.to_string()),
                message: format!("argument \"{name}\" is missing, with no default"),
                line: None,
            })),
            Val::Obj(o) if self.heap.obj(o).sexp == SexpType::Prom => self.force(o),
            Val::Obj(_) => Ok(v),
            // An unboxed binding read by the AST interpreter is boxed and stored back.
            scalar if mode == Mode::Ast => {
                let b = self.boxed(scalar)?;
                {
                    let r = &mut self.heap.obj_mut(b).refs;
                    *r = r.saturating_add(1);
                }
                self.env_mut(env).values[i] = Val::Obj(b);
                self.heap.write_barrier(env, Val::Obj(b));
                Ok(Val::Obj(b))
            }
            scalar => Ok(scalar),
        }
    }

    /// Force a promise: evaluate its expression once, in its environment (`forcePromise`). A
    /// promise met again while its own expression is evaluated is R's error; one whose evaluation
    /// an error left is evaluated again, with R's warning.
    pub fn force(&mut self, p: ObjId) -> EvalResult<Val> {
        let (expr, env, value, seen) = match &self.heap.obj(p).body {
            Body::Promise(pd) => (pd.expr.clone(), pd.env, pd.value, pd.seen),
            _ => return Ok(Val::Obj(p)),
        };
        if let Some(v) = value {
            return Ok(v);
        }
        match seen {
            Seen::No => {}
            Seen::UnderEvaluation => {
                return Err(Flow::from(SimError::in_call(
                    crate::error::CALLER,
                    "promise already under evaluation: recursive default argument reference or earlier problems?",
                )))
            }
            Seen::Interrupted => {
                self.set_seen(p, Seen::UnderEvaluation);
                self.warn(None, "restarting interrupted promise evaluation".into())?;
            }
        }
        let mark = self.heap.root_mark();
        self.heap.protect(Val::Obj(p));
        self.set_seen(p, Seen::UnderEvaluation);
        let v = match self.eval(&expr, env, Mode::Ast) {
            Ok(v) => v,
            Err(f) => {
                self.set_seen(p, Seen::Interrupted);
                return Err(f);
            }
        };
        self.set_seen(p, Seen::No);
        // A promise's value is boxed (it is an object slot).
        let v = Val::Obj(self.boxed(v)?);
        if let Val::Obj(o) = v {
            let r = &mut self.heap.obj_mut(o).refs;
            *r = r.saturating_add(1);
        }
        if let Body::Promise(pd) = &mut self.heap.obj_mut(p).body {
            pd.value = Some(v);
            pd.env = NIL;
        }
        self.heap.write_barrier(p, v);
        self.heap.release_to(mark, Some(v));
        Ok(v)
    }

    fn set_seen(&mut self, p: ObjId, seen: Seen) {
        if let Body::Promise(pd) = &mut self.heap.obj_mut(p).body {
            pd.seen = seen;
        }
    }

    fn make_closure(&mut self, f: &Rc<Function>, env: ObjId, mode: Mode) -> EvalResult<ObjId> {
        let jit = if mode == Mode::Compiled { JitState::Compiled } else { JitState::Fresh };
        let data = ClosureData { fun: f.clone(), env, code: self.current_code, bytecode: NIL, jit };
        let id = self.heap.alloc(Obj::node(SexpType::Clo, Body::Closure(Box::new(data))))?;
        if env != self.global {
            if let Body::Env(e) = &mut self.heap.obj_mut(env).body {
                e.captured = true;
            }
        }
        Ok(id)
    }

    // ---- calls ---------------------------------------------------------------------------------

    #[inline]
    pub(super) fn eval_call(&mut self, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
        self.tick()?;
        self.check_host_stack()?;
        if mode == Mode::Ast {
            return self.eval_call_nested(call, env);
        }
        self.dispatch_call(call, env, mode)
    }

    /// A call the AST interpreter evaluates is one level of `eval()`: R counts it in
    /// `R_EvalDepth` against `options(expressions)` and checks its C stack (`R_CheckStack`), which
    /// each nested level uses some bytes of beyond the top-level expression's.
    #[inline(never)]
    fn eval_call_nested(&mut self, call: &Rc<Call>, env: ObjId) -> EvalResult<Val> {
        let level = (self.depth > 0) as u64;
        self.enter_eval(level)?;
        let r = self.dispatch_call(call, env, Mode::Ast);
        self.depth -= 1;
        self.eval_levels -= level;
        r
    }

    /// One more nested `eval()`, `levels` (0 or 1) of them using R's C stack: R's errors when the
    /// evaluation is nested too deeply or the C stack would pass `R_CStackLimit`.
    fn enter_eval(&mut self, levels: u64) -> EvalResult<()> {
        let usage = self.c_stack + Recursion::Eval.bytes(self.eval_levels + levels);
        if usage > C_STACK_LIMIT {
            return Err(Flow::from(usage_error(usage)));
        }
        if self.depth >= self.expressions {
            return Err(Flow::from(SimError::without_call(
                "evaluation nested too deeply: infinite recursion / options(expressions=)?",
            )));
        }
        self.depth += 1;
        self.eval_levels += levels;
        Ok(())
    }

    #[inline(always)]
    fn dispatch_call(&mut self, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
        if call.pos.line > 0 && env == self.global {
            self.heap.line = call.pos.line;
        }
        match call.head {
            Head::Special(s) => s.run()(self, call, env, mode),
            // Byte code computes arithmetic and comparisons inline (unless the program rebinds the
            // operator): evaluate both operands and combine them, with no call machinery.
            Head::Arith(op) if mode == Mode::Compiled && !self.rebound_operators => self.inline_arith(call, env, op),
            _ => self.call_named_or_value(call, env, mode),
        }
    }

    #[inline(never)]
    fn inline_arith(&mut self, call: &Rc<Call>, env: ObjId, op: super::builtins::arith::Op) -> EvalResult<Val> {
        let mode = Mode::Compiled;
        let mark = self.heap.root_mark();
        let x = self.eval(call.args[0].value.as_ref().unwrap(), env, mode)?;
        self.heap.protect(x);
        let y = self.eval(call.args[1].value.as_ref().unwrap(), env, mode)?;
        self.heap.protect(y);
        let ctx = CallCtx { call, env, mode };
        let v = super::builtins::arith::binary_values(self, &ctx, x, y, op)?;
        self.heap.release_to(mark, Some(v));
        self.visible = true;
        Ok(v)
    }

    #[inline(never)]
    fn call_named_or_value(&mut self, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
        if let Expr::Sym(name) = &call.fun {
            // A closure bound to that name (skipping non-function bindings, as R does).
            match self.find_fun(name, env)? {
                Found::Value(clo) => return self.call_value(clo, call, env, mode),
                Found::Native(b) => return builtins::call_builtin(self, b, call, env, mode),
                Found::Nothing => {}
            }
            return Err(Flow::from(
                SimError::in_call(
                    super::deparse::call_text(call),
                    format!("could not find function \"{name}\" (rheap does not simulate it)"),
                )
                .at_line(call.pos.line),
            ));
        }
        let f = self.eval(&call.fun, env, mode)?;
        self.call_value(f, call, env, mode)
    }

    /// Call a function value (closure or builtin object) with the call's unevaluated arguments.
    pub fn call_value(&mut self, f: Val, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
        let Val::Obj(fo) = f else {
            return Err(Flow::from(SimError::new("attempt to apply non-function")));
        };
        match &self.heap.obj(fo).body {
            Body::Closure(_) => {
                let args = self.promise_args(&call.args, env, mode)?;
                self.apply_closure(fo, args, call, env, mode)
            }
            Body::Builtin(name) => match Registry::get(name) {
                Some(b) => builtins::call_builtin(self, b, call, env, mode),
                None => Err(Flow::from(
                    SimError::in_call(
                        super::deparse::call_text(call),
                        format!("rheap does not simulate the primitive '{name}'"),
                    )
                    .at_line(call.pos.line),
                )),
            },
            _ => Err(Flow::from(SimError::new("attempt to apply non-function"))),
        }
    }

    /// A function bound to `name` along the chain, skipping other values (`findFun`). Past the
    /// chain, a natively simulated function, then the search path.
    pub fn find_function(&mut self, name: &Sym, env: ObjId) -> EvalResult<Option<Val>> {
        Ok(match self.find_fun(name, env)? {
            Found::Value(v) => Some(v),
            Found::Native(_) | Found::Nothing => None,
        })
    }

    /// [`Interp::find_function`], telling a natively simulated function found past the chain.
    fn find_fun(&mut self, name: &Sym, mut env: ObjId) -> EvalResult<Found> {
        while env != NIL {
            let found = match self.env(env).find(name) {
                Some(i) => Some((env, i)),
                None => match self.namespace_of(env) {
                    Some(pkg) if super::library::Namespace::get(pkg).entry_sym(name).is_some() => {
                        self.find_var(env, name)?
                    }
                    _ => None,
                },
            };
            if let Some((e, i)) = found {
                let v = self.env(e).values[i];
                let v = self.resolve_binding(v, name, e, i, Mode::Compiled)?;
                if let Val::Obj(o) = v {
                    if matches!(self.heap.obj(o).sexp, SexpType::Clo | SexpType::Builtin | SexpType::Special) {
                        return Ok(Found::Value(v));
                    }
                }
            }
            env = self.env(env).enclos;
        }
        if let Some(b) = Registry::get_sym(name) {
            return Ok(Found::Native(b));
        }
        if super::library::search_path_sym(name).is_none() {
            return Ok(Found::Nothing);
        }
        let Some((e, i)) = self.find_var(NIL, name)? else { return Ok(Found::Nothing) };
        let v = self.env(e).values[i];
        Ok(match v {
            Val::Obj(o) if matches!(self.heap.obj(o).sexp, SexpType::Clo | SexpType::Builtin | SexpType::Special) => {
                Found::Value(v)
            }
            _ => Found::Nothing,
        })
    }

    /// Arguments of a closure call as promises (`promiseArgs`). The AST interpreter makes a promise
    /// for every argument; byte code passes constants directly. `...` is expanded.
    pub fn promise_args(&mut self, args: &[Arg], env: ObjId, mode: Mode) -> EvalResult<Vec<ArgVal>> {
        let mut out = self.spare_args.pop().unwrap_or_default();
        out.reserve(args.len());
        for a in args {
            match &a.value {
                None => out.push(ArgVal { name: a.name.clone(), value: Val::Obj(self.missing_arg) }),
                Some(Expr::Sym(s)) if &**s == "..." => {
                    for d in self.dots_values(env)? {
                        out.push(d);
                    }
                }
                Some(Expr::Const(c)) if mode == Mode::Compiled => {
                    out.push(ArgVal { name: a.name.clone(), value: Val::Obj(self.const_obj(c)?) });
                }
                Some(e) => {
                    let p = self.mk_promise(e.clone(), env)?;
                    out.push(ArgVal { name: a.name.clone(), value: Val::Obj(p) });
                }
            }
        }
        Ok(out)
    }

    /// A finished call's argument vector, emptied, for the next call's [`Interp::promise_args`]
    /// (as many are kept as calls were nested: a host allocation less per call).
    pub fn recycle_args(&mut self, mut args: Vec<ArgVal>) {
        if args.capacity() > 0 && args.capacity() <= MAX_RECYCLED_ARGS && self.spare_args.len() < MAX_SPARE_ARG_VECS {
            args.clear();
            self.spare_args.push(args);
        }
    }

    /// A finished builtin call's matched arguments, emptied, for the next call's matching (a host
    /// allocation and release less per builtin call).
    pub fn recycle_matched(&mut self, args: super::builtins::Args) {
        let mut vals = args.vals;
        if vals.capacity() > 0 && vals.capacity() <= MAX_RECYCLED_ARGS && self.spare_vals.len() < MAX_SPARE_ARG_VECS {
            vals.clear();
            self.spare_vals.push(vals);
        }
        self.recycle_args(args.dots);
    }

    pub fn mk_promise(&mut self, expr: Expr, env: ObjId) -> EvalResult<ObjId> {
        let pd = self.heap.promise_data(PromiseData { expr, env, value: None, default_arg: false, seen: Seen::No });
        Ok(self.heap.alloc(Obj::node(SexpType::Prom, Body::Promise(pd)))?)
    }

    /// `ddfind(i, rho)`: the `i`-th element of the `...` visible from `env` (a promise, unforced),
    /// with R's errors for an index out of range and for no `...` at all.
    pub fn ddfind(&mut self, i: i64, env: ObjId) -> EvalResult<Val> {
        let caller =
            |m: String| Flow::from(SimError { call: Some(crate::error::CALLER.to_string()), message: m, line: None });
        if i <= 0 {
            return Err(caller(format!("indexing '...' with non-positive index {i}")));
        }
        if self.lookup(env, &Sym::new("...")).is_none() {
            return Err(caller(format!("..{i} used in an incorrect context, no ... to look in")));
        }
        let dots = self.dots_values(env)?;
        match dots.get(i as usize - 1) {
            Some(a) => Ok(a.value),
            None => Err(caller(if i == 1 {
                "the ... list contains fewer than 1 element".to_string()
            } else {
                format!("the ... list contains fewer than {i} elements")
            })),
        }
    }

    /// The values bound to `...` in `env` (promises, unforced).
    pub fn dots_values(&mut self, env: ObjId) -> EvalResult<Vec<ArgVal>> {
        let Some((e, i)) = self.lookup(env, &Sym::new("...")) else {
            return Err(Flow::from(SimError::new("'...' used in an incorrect context")));
        };
        let v = self.env(e).values[i];
        let Val::Obj(o) = v else {
            return Ok(Vec::new());
        };
        if o == self.missing_arg {
            return Ok(Vec::new());
        }
        match &self.heap.obj(o).body {
            Body::Cells(cells) => {
                let names = self.heap.dots_names.get(&o).cloned().unwrap_or_default();
                Ok(cells
                    .iter()
                    .enumerate()
                    .map(|(k, v)| ArgVal { name: names.get(k).cloned().flatten(), value: *v })
                    .collect())
            }
            _ => Ok(Vec::new()),
        }
    }

    /// `applyClosure`: match arguments to formals, make the call's environment, maybe JIT-compile,
    /// evaluate the body in a function context called from `caller`.
    pub fn apply_closure(
        &mut self,
        clo: ObjId,
        args: Vec<ArgVal>,
        call: &Rc<Call>,
        caller: ObjId,
        caller_mode: Mode,
    ) -> EvalResult<Val> {
        self.apply_closure_with(clo, args, call, caller, caller_mode, None)
    }

    /// [`Interp::apply_closure`] for an S3 method: `dispatch` holds the variables
    /// (`.Generic`, `.Class`, ...) its frame gets besides its formals.
    pub fn apply_closure_with(
        &mut self,
        clo: ObjId,
        args: Vec<ArgVal>,
        call: &Rc<Call>,
        caller: ObjId,
        caller_mode: Mode,
        dispatch: Option<Rc<super::dispatch::Dispatch>>,
    ) -> EvalResult<Val> {
        let mark = self.heap.root_mark();
        self.heap.protect(Val::Obj(clo));
        let (fun, cenv) = match &self.heap.obj(clo).body {
            Body::Closure(c) => (c.fun.clone(), c.env),
            _ => unreachable!(),
        };
        // The promise list (`promargs`) and, from the AST interpreter, one more cell.
        let extra = if caller_mode == Mode::Ast { 1 } else { 0 };
        self.heap.alloc_scratch(args.len() as u32 + extra, 0)?;
        let env = self.new_env(cenv, 0)?;
        // the frame keeps the arguments as supplied (`promargs`)
        let promargs = args;
        // positional arguments only and no `...` among the formals (most calls): bind them in
        // order, without matching's host vectors
        let positional = promargs.len() <= fun.params.len()
            && promargs.iter().all(|a| a.name.is_none())
            && !fun.params.iter().any(|p| &*p.name == "...");
        if positional {
            for (k, param) in fun.params.iter().enumerate() {
                let value = promargs.get(k).map_or(Matched::Missing, |a| Matched::Value(a.value));
                self.bind_formal(env, param, value)?;
            }
        } else {
            let matched = match_args(&fun.params, promargs.clone()).map_err(|m| {
                Flow::from(SimError::in_call(super::deparse::call_text(call), m).at_line(call.pos.line))
            })?;
            for (param, value) in fun.params.iter().zip(matched) {
                self.bind_formal(env, param, value)?;
            }
        }

        if let Some(d) = &dispatch {
            self.define_s3_vars(env, d)?;
        }
        // The JIT (R_CheckJIT).
        let mode = self.jit_closure(clo, &fun)?;
        self.enter_call(mode)?;
        self.census_check();
        self.frames.push(super::interp::Frame {
            call: call.clone(),
            function: clo,
            env,
            caller,
            args: promargs,
            dispatch,
            on_exit: Vec::new(),
        });
        self.contexts += 1;
        let mut r = match mode {
            Mode::Compiled => self.run(fun.code.body(&fun), env),
            Mode::Ast => self.eval(&fun.body, env, mode),
        };
        // `on.exit()` code runs as the call ends, however it ends
        let on_exit = std::mem::take(&mut self.frames.last_mut().expect("this call's frame").on_exit);
        for e in &on_exit {
            if let Err(f) = self.eval(e, env, mode) {
                r = Err(f);
                break;
            }
        }
        if !self.warnings.pending.is_empty() {
            self.name_warnings(call);
        }
        self.contexts -= 1;
        self.census_check();
        if let Some(frame) = self.frames.pop() {
            self.recycle_args(frame.args);
        }
        self.leave_call(mode);
        let r = match r {
            Ok(v) => Ok(v),
            Err(f) => match f.into_kind() {
                FlowKind::Return(v) => Ok(v),
                FlowKind::Error(mut e) => {
                    if e.call.as_deref() == Some(crate::error::CALLER) {
                        e.call = Some(super::deparse::call_text(call));
                    }
                    Err(Flow::from(e))
                }
                other => Err(Flow::new(other)),
            },
        };
        let captured = matches!(&self.heap.obj(env).body, Body::Env(e) if e.captured);
        if !captured {
            self.cleanup_env(env);
        }
        let v = r?;
        self.heap.release_to(mark, Some(v));
        Ok(v)
    }

    /// Bind formal `param` of a call's environment to its matched argument.
    fn bind_formal(&mut self, env: ObjId, param: &super::ast::Param, value: Matched) -> EvalResult<()> {
        // an empty argument (`matrix(, 2, 3)`) takes the formal's default, as an unmatched one
        // does (`applyClosure`: "use the default code for unbound formals")
        let value = match value {
            Matched::Value(v) if v == Val::Obj(self.missing_arg) => Matched::Missing,
            other => other,
        };
        let v = match value {
            Matched::Value(v) => v,
            Matched::Dots(list) => {
                let n = list.len() as u32;
                if n == 0 {
                    Val::Obj(self.missing_arg)
                } else {
                    let names: Vec<Option<Rc<str>>> = list.iter().map(|a| a.name.clone()).collect();
                    let cells = self.heap.alloc_cells(n, list.into_iter().map(|a| a.value).collect())?;
                    self.heap.obj_mut(cells).sexp = SexpType::Dot;
                    if names.iter().any(|n| n.is_some()) {
                        self.heap.dots_names.insert(cells, names);
                    }
                    Val::Obj(cells)
                }
            }
            Matched::Missing => match &param.default {
                Some(d) => {
                    let p = self.mk_promise(d.clone(), env)?;
                    if let Body::Promise(pd) = &mut self.heap.obj_mut(p).body {
                        pd.default_arg = true;
                    }
                    Val::Obj(p)
                }
                None => Val::Obj(self.missing_arg),
            },
        };
        self.define_sym(env, &param.name, v)?;
        Ok(())
    }

    /// One more nested closure call: R's C stack (about 12.25 kB per nested call on the reference
    /// machine: `f <- function() f()` runs 650 nested bodies and stops entering the next with "C
    /// stack usage  7975268 is too close to the limit") and, for a body run as byte code, one
    /// level of `eval()` (the AST interpreter counts the body's calls itself).
    fn enter_call(&mut self, mode: Mode) -> EvalResult<()> {
        let usage = self.c_stack_usage() + C_STACK_PER_CALL;
        if usage > C_STACK_LIMIT {
            return Err(Flow::from(usage_error(usage)));
        }
        self.check_host_stack()?;
        if mode == Mode::Compiled {
            self.enter_eval(0)?;
        }
        self.c_stack += C_STACK_PER_CALL;
        Ok(())
    }

    fn leave_call(&mut self, mode: Mode) {
        self.c_stack -= C_STACK_PER_CALL;
        if mode == Mode::Compiled {
            self.depth -= 1;
        }
    }

    /// R 4 releases the references a finished call's frame held, unless the frame was captured
    /// (`R_CleanupEnvir`). A promise's value is released only when this frame alone binds the
    /// promise (`REFCNT(v) == 1`): a method dispatched by `UseMethod` binds the generic's promises
    /// too, and their values stay referenced until the generic's frame ends.
    fn cleanup_env(&mut self, env: ObjId) {
        for i in 0..self.env(env).values.len() {
            let v = self.env(env).values[i];
            if let Val::Obj(o) = v {
                let ob = self.heap.obj(o);
                if let Body::Promise(p) = &ob.body {
                    if let (Some(pv), 1) = (p.value, ob.refs) {
                        self.release_ref(pv);
                    }
                }
            }
            self.release_ref(v);
        }
    }

    /// Decide whether this call runs byte code, compiling the closure if R's JIT would now.
    fn jit_closure(&mut self, clo: ObjId, fun: &Rc<Function>) -> EvalResult<Mode> {
        let (state, env) = match &self.heap.obj(clo).body {
            Body::Closure(c) => (c.jit, c.env),
            _ => unreachable!(),
        };
        if self.jit.level == 0 {
            return Ok(Mode::Ast);
        }
        let top = env == self.global;
        // only a closure's first call looks at its body's score
        let score = if state == JitState::Fresh { jit::jit_score(&fun.body) } else { 0 };
        let (next, compile_now) = jit::on_call(state, top, score);
        if compile_now {
            let code = self.compile(&fun.body, jit::function_code_size(fun), Entry::Closure)?;
            if let Body::Closure(c) = &mut self.heap.obj_mut(clo).body {
                c.bytecode = code;
            }
            self.heap.write_barrier(clo, Val::Obj(code));
        }
        if let Body::Closure(c) = &mut self.heap.obj_mut(clo).body {
            c.jit = next;
        }
        Ok(if matches!(next, JitState::Compiled | JitState::Installed) { Mode::Compiled } else { Mode::Ast })
    }

    /// Run the byte-code compiler on code of `size` nodes: a compilation lazy-loads the compiler's
    /// functions it needs first; every compilation leaves garbage and a byte-code object.
    pub fn compile(&mut self, body: &Expr, size: u32, entry: Entry) -> EvalResult<ObjId> {
        let costs = self.jit.costs.clone();
        let (used, loaded) = (&self.used_builtins, &self.base_loaded);
        let load = self.jit.load_for(body, entry, |f| used.contains(f) || loaded.contains(f));
        self.base_loaded.extend(load.base.iter().copied());
        self.heap.alloc_scratch(load.garbage.0, load.garbage.1)?;
        if load.kept != (0, 0) {
            self.retain_static(load.kept.0, load.kept.1)?;
        }
        self.heap.alloc_scratch(
            costs.compile_base_nodes + costs.compile_nodes_per_code_node * size,
            costs.compile_base_vcells + costs.compile_vcells_per_code_node * size as u64,
        )?;
        // BCODESXP + instruction INTSXP (~2 Vcells per code node) + constant pool.
        let words = 2 * size as u64;
        let mut code = Obj::vector(SexpType::Int, words * 2, Body::Opaque);
        code.sexp = SexpType::Bcode;
        code.nodes = 4;
        Ok(self.heap.alloc(code)?)
    }

    /// Code R lazy-loads from its package databases: what stays for the session, after the garbage
    /// unpacking it leaves (decompression buffers and temporaries). The garbage is about 0.3 cells per
    /// cell kept and 4.4 Vcells per Vcell kept, as measured on the compiler's first load (kept 6007 N
    /// / 12280 V, garbage about 1900 N / 53500 V besides the compilation's own).
    /// [`Interp::lazy_load`] the first time `key` is used in the session.
    pub fn lazy_load_once(&mut self, key: &'static str, nodes: u32, vcells: u64) -> EvalResult<()> {
        if self.used_builtins.insert(key) {
            self.lazy_load(nodes, vcells)?;
        }
        Ok(())
    }

    pub fn lazy_load(&mut self, nodes: u32, vcells: u64) -> EvalResult<()> {
        self.heap
            .alloc_scratch((nodes as f64 * LAZY_LOAD_GARBAGE_N) as u32, (vcells as f64 * LAZY_LOAD_GARBAGE_V) as u64)?;
        self.retain_static(nodes, vcells)
    }

    /// Heap that stays allocated for the rest of the session (lazy-loaded code): allocated with the
    /// usual trigger test, then held by the start-up heap.
    pub fn retain_static(&mut self, nodes: u32, vcells: u64) -> EvalResult<()> {
        let mut o = Obj::node(SexpType::List, Body::Opaque);
        o.nodes = nodes.max(1);
        o.vcells = vcells;
        let id = self.heap.alloc(o)?;
        self.heap.stack.pop();
        self.heap.make_permanent(id);
        Ok(())
    }

    // ---- values of base R ----------------------------------------------------------------------

    /// What a name the namespaces do not bind reads as: base's `.Last.value` (the value of the last
    /// top-level expression), and the function object of a natively simulated function.
    pub fn base_value(&mut self, name: &str) -> EvalResult<Option<Val>> {
        if name == super::namespaces::LAST_VALUE {
            return Ok(Some(self.last_value));
        }
        if let Some(&id) = self.base_values.get(name) {
            return Ok(Some(Val::Obj(id)));
        }
        if Registry::get(name).is_some() {
            return self.builtin_object(name).map(|id| Some(Val::Obj(id)));
        }
        Ok(None)
    }

    /// The function object of a primitive or natively simulated function (part of R's start-up
    /// heap), one per name.
    pub fn builtin_object(&mut self, name: &str) -> EvalResult<ObjId> {
        if let Some(&id) = self.base_values.get(name) {
            return Ok(id);
        }
        let id = self.heap.alloc(Obj::node(SexpType::Builtin, Body::Builtin(Rc::from(name))))?;
        self.adopt_static(id);
        self.heap.obj_mut(id).refs = u32::MAX;
        self.base_values.insert(Rc::from(name), id);
        Ok(id)
    }

    /// A new object that lives for the rest of the session.
    pub fn adopt_permanent(&mut self, id: ObjId) {
        self.heap.stack.retain(|&x| x != id);
        self.heap.make_permanent(id);
    }

    /// An object that already existed in R's start-up heap: it becomes permanent and its cost moves
    /// out of the start-up aggregate, so the counters do not change.
    pub fn adopt_static(&mut self, id: ObjId) {
        self.heap.stack.retain(|&x| x != id);
        self.heap.make_permanent(id);
        let (n, v) = (self.heap.obj(id).nodes, self.heap.obj(id).vcells);
        self.heap.transfer_from_static(n, v);
    }
}

/// Argument vectors kept for reuse, and the longest kept.
const MAX_SPARE_ARG_VECS: usize = 256;
const MAX_RECYCLED_ARGS: usize = 64;

/// C stack a nested closure call takes.
const C_STACK_PER_CALL: u64 = 12_251;

/// Garbage per retained cell and Vcell when R lazy-loads code (see [`Interp::lazy_load`]).
pub(crate) const LAZY_LOAD_GARBAGE_N: f64 = 0.3;
pub(crate) const LAZY_LOAD_GARBAGE_V: f64 = 4.4;

/// Identity of a constant for interning.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKey {
    Null,
    Lgl(Option<bool>),
    Int(Option<i32>),
    Real(u64),
    Cplx(u64, u64),
    Str(Option<Rc<str>>),
    Obj(ObjId),
}

fn const_key(c: &Const) -> ConstKey {
    match c {
        Const::Null => ConstKey::Null,
        Const::Logical(b) => ConstKey::Lgl(*b),
        Const::Int(i) => ConstKey::Int(*i),
        Const::Real(x) => ConstKey::Real(x.unwrap_or_else(crate::heap::na_real).to_bits()),
        Const::Complex(z) => {
            z.map_or(ConstKey::Cplx(u64::MAX, u64::MAX), |z| ConstKey::Cplx(z.0.to_bits(), z.1.to_bits()))
        }
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Obj(o) => ConstKey::Obj(*o),
    }
}

/// What a function lookup found: a function value on the chain or the search path, or the
/// natively simulated function of that name.
enum Found {
    Value(Val),
    Native(&'static builtins::Builtin),
    Nothing,
}

/// A formal's match.
pub enum Matched {
    Value(Val),
    Dots(Vec<ArgVal>),
    Missing,
}

/// `matchArgs`: exact names, then partial names (formals before `...`), then positions.
pub fn match_args(params: &[super::ast::Param], args: Vec<ArgVal>) -> Result<Vec<Matched>, String> {
    let names: Vec<&str> = params.iter().map(|p| &*p.name).collect();
    match_names(&names, args)
}

/// `matchArgs` over formal names.
pub fn match_names(params: &[&str], args: Vec<ArgVal>) -> Result<Vec<Matched>, String> {
    let n = params.len();
    // the common case: positional arguments only, no `...` among the formals
    if args.len() <= n && args.iter().all(|a| a.name.is_none()) && !params.contains(&"...") {
        let mut out = Vec::with_capacity(n);
        out.extend(args.into_iter().map(|a| Matched::Value(a.value)));
        out.resize_with(n, || Matched::Missing);
        return Ok(out);
    }
    // `...` alone (`c`, `list`) takes every argument, in order
    if params == ["..."] {
        return Ok(vec![Matched::Dots(args)]);
    }
    let mut out: Vec<Option<Val>> = vec![None; n];
    let mut used = vec![false; args.len()];
    let dots_at = params.iter().position(|p| *p == "...");
    // exact
    for (ai, a) in args.iter().enumerate() {
        if let Some(name) = &a.name {
            if let Some(pi) = params.iter().position(|p| *p != "..." && *p == &**name) {
                if out[pi].is_some() {
                    return Err(format!("formal argument \"{name}\" matched by multiple actual arguments"));
                }
                out[pi] = Some(a.value);
                used[ai] = true;
            }
        }
    }
    // partial (only formals before ...)
    for (ai, a) in args.iter().enumerate() {
        if used[ai] {
            continue;
        }
        if let Some(name) = &a.name {
            let limit = dots_at.unwrap_or(n);
            let cands: Vec<usize> =
                (0..limit).filter(|&pi| out[pi].is_none() && params[pi].starts_with(&**name)).collect();
            if cands.len() == 1 {
                out[cands[0]] = Some(a.value);
                used[ai] = true;
            } else if cands.len() > 1 {
                return Err(format!("argument {} matches multiple formal arguments", ai + 1));
            }
        }
    }
    // positional (unnamed args fill formals before ...)
    let mut dots: Vec<ArgVal> = Vec::new();
    let mut pi = 0;
    for (ai, a) in args.into_iter().enumerate() {
        if used[ai] {
            continue;
        }
        if let Some(name) = &a.name {
            if dots_at.is_none() {
                return Err(format!("unused argument ({name} = ...)"));
            }
            dots.push(a);
            continue;
        }
        while pi < n && (out[pi].is_some() || Some(pi) == dots_at) {
            if Some(pi) == dots_at {
                break;
            }
            pi += 1;
        }
        if pi < n && Some(pi) != dots_at {
            out[pi] = Some(a.value);
            pi += 1;
        } else if dots_at.is_some() {
            dots.push(a);
        } else {
            return Err("unused argument".to_string());
        }
    }
    Ok((0..n)
        .map(|i| {
            if Some(i) == dots_at {
                Matched::Dots(std::mem::take(&mut dots))
            } else {
                match out[i] {
                    Some(v) => Matched::Value(v),
                    None => Matched::Missing,
                }
            }
        })
        .collect())
}

//! The compiled form of code R's JIT compiled (top-level loops, closure bodies after the JIT
//! compiled them): the syntax tree with the decisions byte code takes once taken once. A variable
//! read or a symbol assignment remembers the frame slot its binding was found in (R's binding
//! cache, `GETVAR`/`SETVAR`); braces, `if` and two-operand arithmetic run without re-dispatching
//! on the call's head; everything else stays a syntax tree the evaluator runs in compiled mode.
//!
//! Each node does exactly what `eval` does for its expression in `Mode::Compiled` — the same
//! allocations, protections, visibility and errors — so the heap sees no difference; only the
//! host's work per step is smaller. The form is made the first time the code runs compiled and
//! kept with the syntax tree ([`CodeCache`]), as R keeps a closure's byte code.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use super::ast::{Call, Const, Expr, Function, Head, Special, Sym};
use super::builtins::arith::{binary_values, scalar_values, Op};
use super::eval::CallCtx;
use super::interp::{EvalResult, Interp, Mode};
use crate::heap::{Body, EnvData, ObjId, SexpType, Val, NIL};

pub enum Code {
    /// `GETVAR`: a variable, with the slot where its binding was last found in the frame.
    Var(VarSite),
    /// Arithmetic or comparison of two operands, inline as byte code computes it.
    Arith { op: Op, x: Box<Code>, y: Box<Code>, call: Rc<Call> },
    /// `name <- value` (or `=`): `SETVAR` into the frame slot it was last written to.
    SetVar { target: VarSite, value: Box<Code>, call: Rc<Call> },
    /// `{`.
    Block { exprs: Vec<Code>, call: Rc<Call> },
    /// `if (test) then else otherwise`.
    If { test: Box<Code>, then: Option<Box<Code>>, otherwise: Option<Box<Code>>, call: Rc<Call> },
    /// `LDCONST`: a parser constant, with its object once a session made it (`const_obj`).
    Const(Const, Cell<(u64, ObjId)>),
    /// Anything else, evaluated from the syntax tree in compiled mode.
    Expr(Expr),
}

/// A variable reference and its binding-cache slot (a hint: it is checked on every use).
pub struct VarSite {
    name: Sym,
    slot: Cell<u32>,
}

impl VarSite {
    fn new(name: &Sym) -> VarSite {
        VarSite { name: name.clone(), slot: Cell::new(u32::MAX) }
    }

    /// The binding in the cached slot, if the slot still holds this name.
    #[inline(always)]
    fn cached(&self, frame: &EnvData) -> Option<Val> {
        let k = self.slot.get() as usize;
        if frame.names.get(k) == Some(&self.name) {
            frame.values.get(k).copied()
        } else {
            None
        }
    }

    /// Whether a promise bound to this name is read as the evaluator reads it after finding the
    /// binding (`..1` and friends look in `...` instead).
    #[inline(always)]
    fn plain_name(&self) -> bool {
        !self.name.starts_with('.')
    }
}

/// Compiled forms kept with the syntax tree, made on first use: a loop call's arguments, a
/// function's body. A cache is not part of the code: two syntax trees are equal whatever their
/// caches hold, and a copy starts empty.
#[derive(Default)]
pub struct CodeCache(OnceCell<Box<[Code]>>);

impl CodeCache {
    /// The compiled forms of `call`'s arguments (an empty argument as `NULL`).
    pub fn args(&self, call: &Call) -> &[Code] {
        self.0.get_or_init(|| {
            call.args.iter().map(|a| a.value.as_ref().map_or(Code::Expr(Expr::Const(Const::Null)), compile)).collect()
        })
    }

    /// The compiled form of a function's body.
    pub fn body(&self, f: &Function) -> &Code {
        &self.0.get_or_init(|| Box::new([compile(&f.body)]))[0]
    }
}

impl PartialEq for CodeCache {
    fn eq(&self, _: &CodeCache) -> bool {
        true
    }
}

impl Clone for CodeCache {
    fn clone(&self) -> CodeCache {
        CodeCache::default()
    }
}

impl std::fmt::Debug for CodeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeCache")
    }
}

/// The compiled form of `e`.
pub fn compile(e: &Expr) -> Code {
    let Expr::Call(call) = e else {
        return match e {
            Expr::Sym(name) => Code::Var(VarSite::new(name)),
            Expr::Const(c) if !matches!(c, Const::Null | Const::Obj(_)) => Code::Const(c.clone(), Cell::new((0, NIL))),
            _ => Code::Expr(e.clone()),
        };
    };
    let arg = |i: usize| call.args.get(i).and_then(|a| a.value.as_ref());
    let n = call.args.len();
    match call.head {
        Head::Arith(op) => Code::Arith {
            op,
            x: Box::new(compile(arg(0).expect("Head::Arith has two operands"))),
            y: Box::new(compile(arg(1).expect("Head::Arith has two operands"))),
            call: call.clone(),
        },
        Head::Special(Special::Assign) if n == 2 => match (arg(0), arg(1)) {
            (Some(Expr::Sym(name)), Some(value)) => {
                Code::SetVar { target: VarSite::new(name), value: Box::new(compile(value)), call: call.clone() }
            }
            _ => Code::Expr(e.clone()),
        },
        Head::Special(Special::Brace) => Code::Block {
            exprs: call.args.iter().filter_map(|a| a.value.as_ref()).map(compile).collect(),
            call: call.clone(),
        },
        Head::Special(Special::If) if (2..=3).contains(&n) && arg(0).is_some() => Code::If {
            test: Box::new(compile(arg(0).unwrap())),
            then: arg(1).map(|t| Box::new(compile(t))),
            otherwise: arg(2).map(|o| Box::new(compile(o))),
            call: call.clone(),
        },
        _ => Code::Expr(e.clone()),
    }
}

impl Interp {
    /// Run compiled code in `env` (as `eval(e, env, Mode::Compiled)` would). Node kinds are
    /// tested in order of frequency, not by a `match`: one jump table's indirect branch for every
    /// kind of node predicts worse than these compares, and costs more than it saves.
    #[inline]
    pub fn run(&mut self, code: &Code, env: ObjId) -> EvalResult<Val> {
        if let Code::Var(site) = code {
            return self.var(site, env);
        }
        if let Code::Arith { op, x, y, call } = code {
            return self.run_arith(*op, x, y, call, env);
        }
        if let Code::SetVar { target, value, call } = code {
            return self.run_set_var(target, value, call, env);
        }
        self.run_other(code, env)
    }

    /// A constant's object (what `eval` of the constant returns), made once per session.
    #[inline(always)]
    fn constant(&mut self, c: &Const, cell: &Cell<(u64, ObjId)>) -> EvalResult<Val> {
        self.visible = true;
        let (serial, id) = cell.get();
        if serial == self.serial {
            return Ok(Val::Obj(id));
        }
        let id = self.const_obj(c)?;
        cell.set((self.serial, id));
        Ok(Val::Obj(id))
    }

    /// An operand: a variable or a constant read here, anything else run.
    #[inline(always)]
    fn operand(&mut self, code: &Code, env: ObjId) -> EvalResult<Val> {
        match code {
            Code::Var(site) => self.get_var(site, env),
            Code::Const(c, cell) => self.constant(c, cell),
            _ => self.run(code, env),
        }
    }

    #[inline(never)]
    fn run_arith(&mut self, op: Op, x: &Code, y: &Code, call: &Rc<Call>, env: ObjId) -> EvalResult<Val> {
        self.check_host_stack()?;
        self.arith(op, x, y, call, env)
    }

    /// `x op y`. Inlined into its callers: an assignment's value is most often arithmetic.
    #[inline(always)]
    fn arith(&mut self, op: Op, x: &Code, y: &Code, call: &Rc<Call>, env: ObjId) -> EvalResult<Val> {
        if self.rebound_operators {
            return self.eval_call(call, env, Mode::Compiled);
        }
        self.enter_step(call, env);
        // operands that are plain scalars at once (variables in their cached slots, constants
        // made, arithmetic of those): computed without the evaluator's steps, nothing to protect
        if let Some(a) = self.scalar_operand(x, env) {
            if let Some(b) = self.scalar_operand(y, env) {
                if let Some(v) = scalar_values(self, a, b, op) {
                    self.visible = true;
                    return Ok(v);
                }
            }
        }
        let mark = self.heap.root_mark();
        let a = self.operand(x, env)?;
        // reading a variable allocates nothing, so nothing can collect `a` meanwhile
        if !matches!(y, Code::Var(_)) {
            self.heap.protect(a);
        }
        let b = self.operand(y, env)?;
        if let Some(v) = scalar_values(self, a, b, op) {
            self.heap.release_to(mark, None);
            self.visible = true;
            return Ok(v);
        }
        self.arith_values(op, a, b, call, env, mark)
    }

    /// An operand's value when reading it takes no step of the evaluator: a variable in its
    /// cached slot, a constant already made, or arithmetic of plain scalars of those (entered as
    /// `arith` enters it). `None` leaves the operand to the evaluator; what was done here
    /// (the line of the calls entered) is done again the same way there, and nothing else was.
    #[inline(always)]
    fn scalar_operand(&mut self, code: &Code, env: ObjId) -> Option<Val> {
        match code {
            Code::Var(site) => match site.cached(self.env(env))? {
                // an argument forced already: its value, as forcing it again answers
                Val::Obj(o) if site.plain_name() => Some(self.forced_value(o).unwrap_or(Val::Obj(o))),
                v => Some(v),
            },
            Code::Const(_, cell) => {
                let (serial, id) = cell.get();
                (serial == self.serial).then_some(Val::Obj(id))
            }
            Code::Arith { op, x, y, call } => self.scalar_arith(*op, x, y, call, env),
            _ => None,
        }
    }

    #[inline(never)]
    fn scalar_arith(&mut self, op: Op, x: &Code, y: &Code, call: &Call, env: ObjId) -> Option<Val> {
        if self.rebound_operators {
            return None;
        }
        self.enter_step(call, env);
        let a = self.scalar_operand(x, env)?;
        let b = self.scalar_operand(y, env)?;
        scalar_values(self, a, b, op)
    }

    /// `x op y` on operands that are not both plain scalars.
    #[inline(never)]
    fn arith_values(&mut self, op: Op, a: Val, b: Val, call: &Rc<Call>, env: ObjId, mark: usize) -> EvalResult<Val> {
        self.heap.release_to(mark, None);
        self.heap.protect(a);
        self.heap.protect(b);
        let v = binary_values(self, &CallCtx { call, env, mode: Mode::Compiled }, a, b, op)?;
        self.heap.release_to(mark, Some(v));
        self.visible = true;
        Ok(v)
    }

    #[inline(never)]
    fn run_set_var(&mut self, target: &VarSite, value: &Code, call: &Call, env: ObjId) -> EvalResult<Val> {
        self.check_host_stack()?;
        self.enter_step(call, env);
        let mark = self.heap.root_mark();
        let v = match value {
            Code::Arith { op, x, y, call } => self.arith(*op, x, y, call, env)?,
            _ => self.operand(value, env)?,
        };
        self.heap.protect(v);
        self.set_var(target, env, v)?;
        self.heap.release_to(mark, Some(v));
        self.visible = false;
        Ok(v)
    }

    #[inline(never)]
    fn run_other(&mut self, code: &Code, env: ObjId) -> EvalResult<Val> {
        self.check_host_stack()?;
        match code {
            Code::Block { exprs, call } => {
                self.enter_step(call, env);
                let mut last = Val::Obj(NIL);
                self.visible = true;
                for e in exprs {
                    let mark = self.heap.root_mark();
                    last = self.run(e, env)?;
                    self.heap.release_to(mark, Some(last));
                }
                Ok(last)
            }
            Code::If { test, then, otherwise, call } => {
                self.enter_step(call, env);
                let mark = self.heap.root_mark();
                let c = self.run(test, env)?;
                let b = self.condition(c, "if").map_err(|f| super::control::at_call(f, call))?;
                self.heap.release_to(mark, None);
                match if b { then } else { otherwise } {
                    Some(branch) => self.run(branch, env),
                    None => {
                        self.visible = false;
                        Ok(Val::Obj(NIL))
                    }
                }
            }
            Code::Expr(e) => self.eval(e, env, Mode::Compiled),
            Code::Const(c, cell) => self.constant(c, cell),
            Code::Var(_) | Code::Arith { .. } | Code::SetVar { .. } => unreachable!("run handles these"),
        }
    }

    /// What `eval` does on entering any call: top-level code attributes what follows to its line.
    #[inline]
    fn enter_step(&mut self, call: &Call, env: ObjId) {
        if call.pos.line > 0 && env == self.global {
            self.heap.line = call.pos.line;
        }
    }

    #[inline(never)]
    fn var(&mut self, site: &VarSite, env: ObjId) -> EvalResult<Val> {
        self.get_var(site, env)
    }

    /// `GETVAR`: the binding in the slot the site last found it in when it is still there, else a
    /// full lookup; promises, missing arguments and unbound names take the evaluator's path.
    #[inline(always)]
    fn get_var(&mut self, site: &VarSite, env: ObjId) -> EvalResult<Val> {
        self.visible = true;
        let frame = self.env(env);
        let k = site.slot.get() as usize;
        let v = if frame.names.get(k) == Some(&site.name) {
            frame.values[k]
        } else {
            match self.lookup(env, &site.name) {
                Some((found, i)) => {
                    if found == env {
                        site.slot.set(i as u32);
                    }
                    self.env(found).values[i]
                }
                None => return self.eval(&Expr::Sym(site.name.clone()), env, Mode::Compiled),
            }
        };
        if let Val::Obj(o) = v {
            if o == self.missing_arg || self.heap.obj(o).sexp == SexpType::Prom {
                // a promise forced already answers its value (`forcePromise`), with nothing to do
                if let Some(x) = self.forced_value(o).filter(|_| site.plain_name()) {
                    return Ok(x);
                }
                return self.eval(&Expr::Sym(site.name.clone()), env, Mode::Compiled);
            }
        }
        Ok(v)
    }

    /// The value of `o` if it is a promise forced already.
    #[inline(always)]
    fn forced_value(&self, o: ObjId) -> Option<Val> {
        match &self.heap.obj(o).body {
            Body::Promise(p) => p.value,
            _ => None,
        }
    }

    /// `SETVAR`: replace the binding in its remembered slot, else define it as `<-` does.
    #[inline(always)]
    fn set_var(&mut self, site: &VarSite, env: ObjId, v: Val) -> EvalResult<()> {
        let k = site.slot.get() as usize;
        if self.env(env).names.get(k) == Some(&site.name) {
            self.replace_binding(env, k, v);
            return Ok(());
        }
        self.define_var(site, env, v)
    }

    #[inline(never)]
    fn define_var(&mut self, site: &VarSite, env: ObjId, v: Val) -> EvalResult<()> {
        self.define_sym(env, &site.name, v)?;
        if let Some(i) = self.env(env).find(&site.name) {
            site.slot.set(i as u32);
        }
        Ok(())
    }
}

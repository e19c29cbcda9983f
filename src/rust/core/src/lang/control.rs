//! The special forms: braces, `if`, loops, assignment (simple and replacement: `x[i] <- v`,
//! `names(x) <- v`, `x$a$b <- v`), `return`, `quote`, `&&`, `||`, `switch`, `missing`.

use std::rc::Rc;

use super::ast::{Arg, Call, Expr};
use super::builtins;
use super::interp::{EvalResult, Flow, FlowKind, Interp, Mode};
use crate::error::SimError;
use crate::heap::{Body, Num, ObjId, SexpType, Val, NIL};

pub type SpecialFn = fn(&mut Interp, &Rc<Call>, ObjId, Mode) -> EvalResult<Val>;

/// The special forms the evaluator runs itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Brace,
    Paren,
    If,
    For,
    While,
    Repeat,
    Break,
    Next,
    Assign,
    SuperAssign,
    Return,
    Quote,
    And,
    Or,
    Switch,
    Missing,
}

impl Special {
    pub fn named(name: &str) -> Option<Special> {
        use Special::*;
        Some(match name {
            "{" => Brace,
            "(" => Paren,
            "if" => If,
            "for" => For,
            "while" => While,
            "repeat" => Repeat,
            "break" => Break,
            "next" => Next,
            "<-" | "=" => Assign,
            "<<-" => SuperAssign,
            "return" => Return,
            "quote" => Quote,
            "&&" => And,
            "||" => Or,
            "switch" => Switch,
            "missing" => Missing,
            _ => return None,
        })
    }

    pub fn run(self) -> SpecialFn {
        use Special::*;
        match self {
            Brace => brace,
            Paren => paren,
            If => if_,
            For => for_,
            While => while_,
            Repeat => repeat_,
            Break => |_, _, _, _| Err(Flow::new(FlowKind::Break)),
            Next => |_, _, _, _| Err(Flow::new(FlowKind::Next)),
            Assign => assign_local,
            SuperAssign => assign_super,
            Return => return_,
            Quote => quote,
            And => and_,
            Or => or_,
            Switch => switch,
            Missing => missing,
        }
    }
}

impl Interp {
    /// A logical condition, with R's errors. A condition whose value the simulator does not know is
    /// taken as TRUE for `if` (and noted), so both kinds of scripts keep running.
    pub fn condition(&mut self, v: Val, what: &str) -> EvalResult<bool> {
        let len = self.length(v);
        if len == 0 {
            return Err(Flow::from(SimError::new("argument is of length zero")));
        }
        let t = self.type_of(v);
        if len > 1 && what != "&&" && what != "||" {
            return Err(Flow::from(SimError::new("the condition has length > 1")));
        }
        if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real) {
            if t == SexpType::Str {
                if let Some(s) = self.str_values(v) {
                    match s[0].as_deref() {
                        Some("TRUE") | Some("true") | Some("T") | Some("True") => return Ok(true),
                        Some("FALSE") | Some("false") | Some("F") | Some("False") => return Ok(false),
                        _ => {}
                    }
                }
            }
            return Err(Flow::from(SimError::new("argument is not interpretable as logical".to_string())));
        }
        match self.num_elt(v, 0) {
            Some(x) if x.is_nan() => {
                Err(Flow::from(SimError::new("missing value where TRUE/FALSE needed".to_string())))
            }
            Some(x) => Ok(x != 0.0),
            None => {
                self.notes.push(format!(
                    "line {}: the value of a condition in `{what}` is not known to the simulator; assumed TRUE",
                    self.heap.line
                ));
                Ok(true)
            }
        }
    }
}

fn arg_expr(call: &Call, i: usize) -> Option<&Expr> {
    call.args.get(i).and_then(|a| a.value.as_ref())
}

fn brace(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let mut last = Val::Obj(NIL);
    it.visible = true;
    for a in &call.args {
        if let Some(e) = &a.value {
            let mark = it.heap.root_mark();
            last = it.eval(e, env, mode)?;
            it.heap.release_to(mark, Some(last));
        }
    }
    Ok(last)
}

fn paren(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let v = match arg_expr(call, 0) {
        Some(e) => it.eval(e, env, mode)?,
        None => Val::Obj(NIL),
    };
    it.visible = true;
    Ok(v)
}

fn if_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let cond = arg_expr(call, 0).ok_or_else(|| Flow::from(SimError::new("argument is of length zero")))?;
    let mark = it.heap.root_mark();
    let c = it.eval(cond, env, mode)?;
    let b = it.condition(c, "if").map_err(|f| at_call(f, call))?;
    it.heap.release_to(mark, None);
    let branch = if b { arg_expr(call, 1) } else { arg_expr(call, 2) };
    match branch {
        Some(e) => it.eval(e, env, mode),
        None => {
            it.visible = false;
            Ok(Val::Obj(NIL))
        }
    }
}

pub(super) fn at_call(f: Flow, call: &Call) -> Flow {
    match f.into_kind() {
        FlowKind::Error(mut e) => {
            if e.call.is_none() {
                e.call = Some(super::deparse::call_text(call));
            }
            Flow::from(e.at_line(call.pos.line))
        }
        other => Flow::new(other),
    }
}

/// A loop evaluated by the AST interpreter at top level is compiled first (JIT level 3), every
/// time it runs.
fn loop_mode(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Mode> {
    if mode == Mode::Ast && env == it.global && it.jit.level >= 3 {
        let e = Expr::Call(call.clone());
        it.compile(&e, super::jit::code_size(&e), super::compiler_load::Entry::TopLevelLoop)?;
        return Ok(Mode::Compiled);
    }
    Ok(mode)
}

fn for_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let var = match arg_expr(call, 0) {
        Some(Expr::Sym(s)) => s.clone(),
        _ => return Err(Flow::from(SimError::new("invalid for() loop sequence").at_line(call.pos.line))),
    };
    let (Some(seq_e), Some(body)) = (arg_expr(call, 1), arg_expr(call, 2)) else {
        return Err(Flow::from(SimError::new("invalid for() loop").at_line(call.pos.line)));
    };
    let outer = it.heap.root_mark();
    let mode = loop_mode(it, call, env, mode)?;
    let seq = it.eval(seq_e, env, mode)?;
    it.heap.protect(seq);
    super::builtins::strings::expand_deferred(it, seq)?;
    let n = it.length(seq);
    let t = it.type_of(seq);
    // the sequence's values as they are now: R iterates over the object it evaluated
    let content = it.num_content(seq);
    let per_iteration = it.heap.root_mark();
    let compiled = (mode == Mode::Compiled).then(|| &call.code.args(call)[2]);
    let numeric = matches!(t, SexpType::Real | SexpType::Int | SexpType::Lgl);
    // compiled code's loop-variable box, refilled while it can be
    let mut cell: Option<ObjId> = None;
    // the binding's slot in the frame once defined (a hint, checked every time)
    let mut slot = usize::MAX;
    for i in 0..n {
        it.tick()?;
        it.heap.release_to(per_iteration, None);
        let v = if numeric {
            let x = super::interp::num_at(&content, i).unwrap_or(f64::NAN);
            match cell {
                Some(c) if refill_loop_box(it, c, t, x) => c,
                _ => {
                    let b = it.new_num(t, 1, Num::Fill(x))?;
                    if compiled.is_some() {
                        cell = Some(b);
                    }
                    b
                }
            }
        } else {
            loop_value(it, seq, t, i)?
        };
        it.heap.protect(Val::Obj(v));
        // a reused loop-variable box the binding already holds needs no new definition
        let e = it.env(env);
        if !(matches!(e.values.get(slot), Some(&Val::Obj(o)) if o == v) && e.names[slot] == var) {
            it.define_sym(env, &var, Val::Obj(v))?;
            slot = it.env(env).find(&var).unwrap_or(usize::MAX);
        }
        let r = match compiled {
            Some(code) => it.run(code, env),
            None => it.eval(body, env, mode),
        };
        match r {
            Ok(_) => {}
            Err(f) if f.is_next() => {}
            Err(f) if f.is_break() => break,
            Err(e) => return Err(e),
        }
    }
    it.heap.release_to(outer, None);
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// `ALLOC_LOOP_VAR`: byte code puts the next number in the previous iteration's box unless it is
/// shared or has attributes (then a new box is made).
#[inline(always)]
fn refill_loop_box(it: &mut Interp, c: ObjId, t: SexpType, x: f64) -> bool {
    let o = it.heap.obj_mut(c);
    if o.refs <= 1 && o.attrs.is_none() && o.sexp == t {
        if let Body::Num(n) = &mut o.body {
            *n = Num::Fill(x);
            return true;
        }
    }
    false
}

/// The loop variable's value for element `i` of a list or character vector (a new string each
/// time), or `NULL`.
#[inline(never)]
fn loop_value(it: &mut Interp, seq: Val, t: SexpType, i: u64) -> EvalResult<ObjId> {
    match t {
        SexpType::Vec | SexpType::Expr => Ok(it.list_elem(seq, i).unwrap_or(NIL)),
        SexpType::Str => {
            let ch = match &it
                .heap
                .obj(match seq {
                    Val::Obj(o) => o,
                    _ => NIL,
                })
                .body
            {
                Body::Elems(crate::heap::Elems::Values(v)) => v.get(i as usize).copied().unwrap_or(it.na_string),
                Body::Elems(crate::heap::Elems::Fill(c)) => *c,
                _ => it.na_string,
            };
            Ok(it.new_strs(1, crate::heap::Elems::Values(vec![ch]))?)
        }
        SexpType::Nil => Ok(NIL),
        other => Err(Flow::from(SimError::new(format!("invalid for() loop sequence ({})", other.type_name())))),
    }
}

fn while_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let (Some(cond), Some(body)) = (arg_expr(call, 0), arg_expr(call, 1)) else {
        return Err(Flow::from(SimError::new("invalid while() loop").at_line(call.pos.line)));
    };
    run_loop(it, call, env, mode, Some(cond), body)
}

fn repeat_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let Some(body) = arg_expr(call, 0) else {
        return Err(Flow::from(SimError::new("invalid repeat loop").at_line(call.pos.line)));
    };
    run_loop(it, call, env, mode, None, body)
}

/// `while` (with a condition) and `repeat` (without): iterate until the condition fails or the body
/// breaks.
fn run_loop(
    it: &mut Interp,
    call: &Rc<Call>,
    env: ObjId,
    mode: Mode,
    cond: Option<&Expr>,
    body: &Expr,
) -> EvalResult<Val> {
    let mode = loop_mode(it, call, env, mode)?;
    // compiled: the condition is the first argument, the body the last
    let compiled = (mode == Mode::Compiled).then(|| {
        let codes = call.code.args(call);
        (&codes[0], &codes[codes.len() - 1])
    });
    loop {
        it.tick()?;
        let mark = it.heap.root_mark();
        if let Some(cond) = cond {
            let c = match compiled {
                Some((code, _)) => it.run(code, env)?,
                None => it.eval(cond, env, mode)?,
            };
            let known = it.num_elt(c, 0).is_some() || it.type_of(c) == SexpType::Str;
            if !known {
                it.notes.push(format!(
                    "line {}: a `while` condition is not known to the simulator; the loop stops",
                    call.pos.line
                ));
                break;
            }
            if !it.condition(c, "while").map_err(|f| at_call(f, call))? {
                break;
            }
        }
        let r = match compiled {
            Some((_, code)) => it.run(code, env),
            None => it.eval(body, env, mode),
        };
        match r {
            Ok(_) => {}
            Err(f) if f.is_next() => {}
            Err(f) if f.is_break() => break,
            Err(e) => return Err(e),
        }
        it.heap.release_to(mark, None);
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

fn return_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let v = match arg_expr(call, 0) {
        Some(e) => it.eval(e, env, mode)?,
        None => Val::Obj(NIL),
    };
    Err(Flow::new(FlowKind::Return(v)))
}

fn quote(it: &mut Interp, call: &Rc<Call>, _env: ObjId, _mode: Mode) -> EvalResult<Val> {
    it.visible = true;
    match arg_expr(call, 0) {
        Some(Expr::Const(c)) => Ok(Val::Obj(it.const_obj(c)?)),
        Some(e) => {
            let t = if matches!(e, Expr::Sym(_)) { SexpType::Sym } else { SexpType::Lang };
            let id = it.heap.alloc(crate::heap::Obj::node(t, Body::Lang(e.clone())))?;
            Ok(Val::Obj(id))
        }
        None => Err(Flow::from(SimError::in_call("quote()", "0 arguments passed to 'quote' which requires 1"))),
    }
}

fn and_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    logical_op(it, call, env, mode, false)
}

fn or_(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    logical_op(it, call, env, mode, true)
}

fn logical_op(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode, or: bool) -> EvalResult<Val> {
    let (Some(a), Some(b)) = (arg_expr(call, 0), arg_expr(call, 1)) else {
        return Err(Flow::from(SimError::new("invalid argument")));
    };
    let va = it.eval(a, env, mode)?;
    let x = it.condition(va, if or { "||" } else { "&&" }).map_err(|f| at_call(f, call))?;
    let r = if x == or {
        x
    } else {
        let vb = it.eval(b, env, mode)?;
        it.condition(vb, if or { "||" } else { "&&" }).map_err(|f| at_call(f, call))?
    };
    it.visible = true;
    Ok(it.scalar(SexpType::Lgl, r as i32 as f64, mode)?)
}

/// `do_switch` (builtin.c): EXPR must be one element of a vector; a string picks the alternative
/// of that name (or the next one given), else the single unnamed default (`setDflt` refuses a
/// second); a number picks by position. No match: invisible NULL.
fn switch(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let call_err =
        |msg: &str| Flow::from(SimError::in_call(super::deparse::call_text(call), msg).at_line(call.pos.line));
    let Some(sel) = arg_expr(call, 0) else {
        return Err(call_err("'EXPR' is missing"));
    };
    let v = it.eval(sel, env, mode)?;
    if !it.type_of(v).is_vector() || it.length(v) != 1 {
        return Err(call_err("EXPR must be a length 1 vector"));
    }
    let alts: &[Arg] = &call.args[1..];
    if it.type_of(v) == SexpType::Int && super::builtins::inherits_class(it, v, "factor") {
        let msg =
            "EXPR is a \"factor\", treated as integer.\n Consider using 'switch(as.character( * ), ...)' instead.";
        it.warn(Some(super::deparse::call_text(call)), msg.to_string())?;
    }
    if alts.is_empty() {
        it.warn(Some(super::deparse::call_text(call)), "'switch' with no alternatives".to_string())?;
        it.visible = false;
        return Ok(Val::Obj(NIL));
    }
    // `setDflt`: a second unnamed alternative is an error (error(), named by the closure's call)
    let mut dflt: Option<&Arg> = None;
    let dup = |d: &Arg, a: &Arg| {
        let text = |x: &Arg| x.value.as_ref().map_or(String::new(), super::deparse::line_text);
        Flow::from(SimError::new(format!("duplicate 'switch' defaults: '{}' and '{}'", text(d), text(a))))
    };
    if it.type_of(v) == SexpType::Str {
        let key = it.str_values(v).and_then(|s| s.first().cloned().flatten());
        for (i, a) in alts.iter().enumerate() {
            match a.name.as_deref() {
                Some(n) if key.as_deref() == Some(n) => {
                    // the next alternative given (an unnamed one passed on the way is a default)
                    let mut j = i;
                    while j < alts.len() && alts[j].value.is_none() {
                        j += 1;
                        if j < alts.len() && alts[j].name.is_none() {
                            if let Some(d) = dflt {
                                return Err(dup(d, &alts[j]));
                            }
                            dflt = Some(&alts[j]);
                        }
                    }
                    let Some(e) = alts.get(j).and_then(|a| a.value.as_ref()) else {
                        it.visible = false;
                        return Ok(Val::Obj(NIL));
                    };
                    for z in alts[j + 1..].iter().filter(|z| z.name.is_none()) {
                        if let Some(d) = dflt {
                            return Err(dup(d, z));
                        }
                        dflt = Some(z);
                    }
                    return it.eval(e, env, mode);
                }
                Some(_) => {}
                None => {
                    if let Some(d) = dflt {
                        return Err(dup(d, a));
                    }
                    dflt = Some(a);
                }
            }
        }
        if let Some(e) = dflt.and_then(|d| d.value.as_ref()) {
            return it.eval(e, env, mode);
        }
    } else {
        let k = it.num_elt(v, 0).unwrap_or(f64::NAN);
        if k >= 1.0 && (k as usize) <= alts.len() {
            return match &alts[k as usize - 1].value {
                Some(e) => it.eval(e, env, mode),
                None => Err(Flow::from(SimError::new("empty alternative in numeric switch"))),
            };
        }
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

fn missing(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    let Some(Expr::Sym(name)) = arg_expr(call, 0) else {
        return Err(Flow::from(SimError::in_call("missing()", "invalid use of 'missing'")));
    };
    let m = match it.env(env).find(name) {
        Some(i) => {
            let v = it.env(env).values[i];
            v == Val::Obj(it.missing_arg)
                || matches!(v, Val::Obj(o) if matches!(&it.heap.obj(o).body, Body::Promise(p) if p.default_arg))
                || matches!(v, Val::Obj(o) if matches!(&it.heap.obj(o).body, Body::Promise(p) if p.value.is_none() && matches!(&p.expr, Expr::Sym(s) if it.lookup(p.env, s).is_some_and(|(e, j)| it.env(e).values[j] == Val::Obj(it.missing_arg)))))
        }
        None => {
            return Err(Flow::from(SimError::in_call(
                "missing()",
                "'missing' can only be used for arguments".to_string(),
            )))
        }
    };
    Ok(it.scalar(SexpType::Lgl, m as i32 as f64, mode)?)
}

// ---- assignment --------------------------------------------------------------------------------

fn assign_local(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    assign(it, call, env, mode, false)
}

fn assign_super(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode) -> EvalResult<Val> {
    assign(it, call, env, mode, true)
}

fn assign(it: &mut Interp, call: &Rc<Call>, env: ObjId, mode: Mode, superassign: bool) -> EvalResult<Val> {
    let (Some(target), Some(value_e)) = (arg_expr(call, 0), arg_expr(call, 1)) else {
        return Err(Flow::from(SimError::new("invalid assignment").at_line(call.pos.line)));
    };
    let mark = it.heap.root_mark();
    let value = it.eval(value_e, env, mode)?;
    it.heap.protect(value);
    let target_env = if superassign { super_target(it, target, env) } else { env };
    match target {
        Expr::Sym(name) => it.define_sym(target_env, name, value)?,
        Expr::Const(super::ast::Const::Str(Some(name))) => it.define(target_env, name, value)?,
        Expr::Call(_) => {
            complex_assign(it, target, value, target_env, env, mode).map_err(|f| at_call(f, call))?;
        }
        _ => {
            return Err(Flow::from(
                SimError::new("invalid (do_set) left-hand side to assignment").at_line(call.pos.line),
            ))
        }
    }
    it.heap.release_to(mark, Some(value));
    it.visible = false;
    Ok(value)
}

/// Where `<<-` assigns: the first enclosing environment that binds the name, else the global one.
fn super_target(it: &Interp, target: &Expr, env: ObjId) -> ObjId {
    let name = assign_target_name(target);
    let enclos = it.env(env).enclos;
    match name.and_then(|n| it.lookup(enclos, n)) {
        Some((e, _)) => e,
        None => it.global,
    }
}

fn assign_target_name(e: &Expr) -> Option<&crate::sym::Sym> {
    match e {
        Expr::Sym(s) => Some(s),
        Expr::Call(c) => c.args.first().and_then(|a| a.value.as_ref()).and_then(assign_target_name),
        _ => None,
    }
}

/// `f(x, args) <- value` ⇒ `x <- `f<-`(x, args, value = value)`, recursively for nested targets.
fn complex_assign(
    it: &mut Interp,
    target: &Expr,
    value: Val,
    target_env: ObjId,
    env: ObjId,
    mode: Mode,
) -> EvalResult<()> {
    match target {
        Expr::Sym(name) => it.define(target_env, name, value).map_err(Flow::from),
        Expr::Const(super::ast::Const::Str(Some(name))) => it.define(target_env, name, value).map_err(Flow::from),
        Expr::Call(c) => {
            let fname = match &c.fun {
                Expr::Sym(s) => s.clone(),
                _ => return Err(Flow::from(SimError::new("invalid function in complex assignment"))),
            };
            let inner = c
                .args
                .first()
                .and_then(|a| a.value.as_ref())
                .ok_or_else(|| Flow::from(SimError::new("invalid assignment target")))?;
            // The current value of the inner target (not forcing a copy yet).
            let cur = target_value(it, inner, target_env, env, mode)?;
            it.heap.protect(cur);
            let new = builtins::call_replacement(it, &fname, cur, &c.args[1..], value, c, env, mode)?;
            it.heap.protect(new);
            complex_assign(it, inner, new, target_env, env, mode)
        }
        _ => Err(Flow::from(SimError::new("invalid assignment target"))),
    }
}

/// The value a replacement starts from. For a variable, R takes it from the target environment
/// (`x[i] <- v` on a variable only visible in an enclosing environment copies it locally).
fn target_value(it: &mut Interp, e: &Expr, target_env: ObjId, env: ObjId, mode: Mode) -> EvalResult<Val> {
    match e {
        Expr::Sym(name) => {
            if let Some(i) = it.env(target_env).find(name) {
                let v = it.env(target_env).values[i];
                if let Val::Obj(o) = v {
                    if it.heap.obj(o).sexp == SexpType::Prom {
                        return it.force(o);
                    }
                    // `EnsureLocal` (the AST interpreter's complex assignment): a shared value is
                    // first rebound to `R_shallow_duplicate_attr(value)`: an ALTREP wrapper of a
                    // long vector, so that changing only its attributes copies no data (a write
                    // into it copies the data then), a shallow copy of anything else (a list's
                    // elements are then shared by both lists). Byte code's STARTASSIGN
                    // (eval.c) rebinds a shared value to its `shallow_duplicate`.
                    let shared = it.heap.obj(o).refs > 1 && it.heap.obj(o).refs != u32::MAX;
                    // (ALTREP values, compact sequences and wrappers, copy when written to.)
                    let plain = !it.heap.obj(o).altrep && it.heap.obj(o).wrapped.is_none();
                    if shared && it.heap.obj(o).sexp.is_vector() && (plain || it.wrappable(o)) {
                        let w = if mode == Mode::Ast {
                            it.shallow_duplicate_attr(o)?
                        } else {
                            it.copy_on_modify(o, crate::lang::interp::SHARED_COPY)?
                        };
                        it.replace_binding(target_env, i, Val::Obj(w));
                        return Ok(Val::Obj(w));
                    }
                }
                return Ok(v);
            }
            // (`findVar`: a lazily loaded package binding, a dataset, is materialized on the way)
            match it.find_var(target_env, name)? {
                Some((e2, i)) => {
                    let v = it.env(e2).values[i];
                    // Found in an enclosing frame: the local copy is shared with it.
                    if let Val::Obj(o) = v {
                        let o = if it.heap.obj(o).sexp == SexpType::Prom {
                            match it.force(o)? {
                                Val::Obj(x) => x,
                                other => return Ok(other),
                            }
                        } else {
                            o
                        };
                        it.heap.obj_mut(o).refs = it.heap.obj(o).refs.saturating_add(1);
                        return Ok(Val::Obj(o));
                    }
                    Ok(v)
                }
                None => match it.base_value(name)? {
                    Some(v) => Ok(v),
                    None => Err(Flow::from(SimError::new(format!("object '{name}' not found")))),
                },
            }
        }
        Expr::Call(c) => {
            // the getter: x$a for x$a$b <- v, x[[i]] for x[[i]]$b <- v, names(x) for names(x)[2] <- v
            let inner = c
                .args
                .first()
                .and_then(|a| a.value.as_ref())
                .ok_or_else(|| Flow::from(SimError::new("invalid assignment target")))?;
            let base = target_value(it, inner, target_env, env, mode)?;
            it.heap.protect(base);
            let fname = match &c.fun {
                Expr::Sym(s) => s.clone(),
                _ => return Err(Flow::from(SimError::new("invalid function in complex assignment"))),
            };
            let part = builtins::call_getter(it, &fname, base, &c.args[1..], c, env, mode)?;
            // `evalseq` (eval.c): a part that is referenced, and shared or held by a shared
            // container, is replaced by its `shallow_duplicate`, so that the nested replacement
            // leaves the other holders' value as it was
            if let (Val::Obj(p), Val::Obj(b)) = (part, base) {
                let (pr, br) = (it.heap.obj(p).refs, it.heap.obj(b).refs);
                let plain = !it.heap.obj(p).altrep && it.heap.obj(p).wrapped.is_none();
                if mode == Mode::Ast
                    && plain
                    && pr > 0
                    && pr != u32::MAX
                    && (pr > 1 || br > 1)
                    && it.heap.obj(p).sexp.is_vector()
                {
                    return Ok(Val::Obj(it.duplicate(p)?));
                }
            }
            Ok(part)
        }
        Expr::Const(super::ast::Const::Str(Some(name))) => target_value(it, &Expr::sym(name), target_env, env, mode),
        _ => Err(Flow::from(SimError::new("invalid assignment target"))),
    }
}

/// Whether a value may be shared (R 4: reference count above one), so that modifying it must copy.
pub fn maybe_shared(it: &Interp, v: Val) -> bool {
    match v {
        Val::Obj(o) => it.heap.obj(o).refs > 1 || it.heap.obj(o).altrep || o == NIL,
        _ => false,
    }
}

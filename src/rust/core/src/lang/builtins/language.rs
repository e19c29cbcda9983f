//! Computing on the language and on environments: `substitute()`, `on.exit()`, `nargs()`,
//! `eval()`, `body()`, `args()`, `environmentName()`, `parent.env()`, `topenv()`,
//! `as.environment()`, `environment<-`, `attributes()`, `as.call()`, `interactive()`.

use std::rc::Rc;

use super::internal::{internal, positional};
use super::{primitive, special, Args, Builtin};
use crate::heap::{Body, Elems, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Const, Expr, Function};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, FlowKind, Interp, Mode};

pub(super) const BUILTINS: &[Builtin] = &[
    special("substitute", substitute),
    special("on.exit", on_exit),
    primitive("nargs", &[], nargs),
    primitive("attributes", &["x"], attributes),
    primitive("as.environment", &["x"], as_environment),
    primitive("interactive", &[], |it, _, _| Ok(it.scalar_logical(Some(false)))),
    primitive("is.environment", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        Ok(it.scalar_logical(Some(it.type_of(x) == SexpType::Env)))
    }),
    primitive("is.symbol", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        Ok(it.scalar_logical(Some(it.type_of(x) == SexpType::Sym)))
    }),
    primitive("is.name", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        Ok(it.scalar_logical(Some(it.type_of(x) == SexpType::Sym)))
    }),
    primitive("is.call", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        Ok(it.scalar_logical(Some(it.type_of(x) == SexpType::Lang)))
    }),
    primitive("is.language", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        Ok(it.scalar_logical(Some(matches!(it.type_of(x), SexpType::Lang | SexpType::Sym | SexpType::Expr))))
    }),
    primitive("is.object", &["x"], |it, c, a| {
        let x = a.need(c, "x")?;
        let obj = matches!(x, Val::Obj(o) if it.heap.attr(o, "class").is_some());
        Ok(it.scalar_logical(Some(obj)))
    }),
    primitive("environment<-", &["x", "value"], set_environment),
    primitive("as.call", &["x"], as_call),
];

pub(super) const INTERNALS: &[Builtin] = &[
    internal("eval", &["expr", "envir", "enclos"], eval),
    internal("body", &["fun"], body),
    internal("bodyCode", &["fun"], body_code),
    internal("args", &["name"], args),
    internal("environmentName", &["env"], environment_name),
    internal("parent.env", &["env"], parent_env),
    internal("topenv", &["envir", "matchThisEnv"], topenv),
    internal("str2lang", &["s"], str2lang),
];

/// `.Internal(str2lang(s))` (coerce.c `do_str2lang`): the string parsed as `parse(text = s)[[1]]`
/// does: the srcfile name (`mkString("<text>")`) and the parse's expression vector are garbage
/// around the code's own cells.
fn str2lang(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let s = super::internal::positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(s) != SexpType::Str {
        return Err(ctx.error("argument must be character"));
    }
    if it.length(s) != 1 {
        return Err(ctx.error("argument must be a character string"));
    }
    let text =
        it.str_values(s).and_then(|v| v[0].clone()).ok_or_else(|| ctx.error("rheap does not know this string"))?;
    let e = crate::lang::parse::parse_expr(&text).map_err(|e| ctx.error(e.message))?;
    super::vectors::unknown_vector(it, SexpType::Str, 1)?;
    super::vectors::unknown_vector(it, SexpType::Expr, 1)?;
    code_value(it, e)
}

/// The cells of code as R holds it: a cell per call element.
fn code_cells(e: &Expr) -> u32 {
    match e {
        Expr::Call(c) => {
            1 + c.args.len() as u32
                + code_cells(&c.fun)
                + c.args.iter().filter_map(|a| a.value.as_ref()).map(code_cells).sum::<u32>()
        }
        Expr::Function(f) => 4 + f.params.len() as u32 + code_cells(&f.body),
        _ => 0,
    }
}

/// A language object (or symbol) holding `e`, with the cells R allocates for it.
pub(crate) fn code_value(it: &mut Interp, e: Expr) -> EvalResult<Val> {
    match &e {
        Expr::Const(c) => Ok(Val::Obj(it.const_obj(c)?)),
        Expr::Sym(_) => Ok(Val::Obj(it.heap.alloc(Obj::node(SexpType::Sym, Body::Lang(e)))?)),
        _ => {
            let nodes = code_cells(&e).max(1);
            let mut o = Obj::node(SexpType::Lang, Body::Lang(e));
            o.nodes = nodes;
            Ok(Val::Obj(it.heap.alloc(o)?))
        }
    }
}

/// `do_substitute`: the expression with each symbol bound in `env` replaced by the expression of
/// the promise it holds (or its value, for an ordinary variable outside the global environment),
/// `...` by the expressions it holds. R duplicates the expression first and builds new cells for
/// every call.
fn substitute(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let Some(expr) = ctx.call.args.first().and_then(|a| a.value.clone()) else {
        return Ok(Val::Obj(it.missing_arg));
    };
    let env = match ctx.call.args.get(1).and_then(|a| a.value.as_ref()) {
        None => ctx.env,
        Some(e) => match it.eval(e, ctx.env, ctx.mode)? {
            Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Env => o,
            v if it.type_of(v) == SexpType::Vec => list_frame(it, v)?,
            _ => return Err(ctx.error("invalid environment specified")),
        },
    };
    let env = if env == it.global { NIL } else { env };
    it.heap.alloc_scratch(code_cells(&expr), 0)?;
    let out = substitute_expr(it, &expr, env);
    it.visible = true;
    code_value(it, out)
}

/// do_substitute's `NewEnvironment(R_NilValue, VectorToPairList(env), R_BaseEnv)` for a list:
/// one frame cell per element (an unnamed one binds nothing; of two with one name, the first is
/// found) and the environment node.
fn list_frame(it: &mut Interp, v: Val) -> EvalResult<ObjId> {
    it.heap.protect(v);
    let env = it.new_env(NIL, 0)?;
    it.heap.protect(Val::Obj(env));
    let names = it.names(v).unwrap_or_default();
    for (k, &e) in it.list_elems(v).unwrap_or_default().iter().enumerate() {
        match names.get(k).cloned().flatten().filter(|n| !n.is_empty()) {
            Some(n) if it.env(env).find(&crate::sym::Sym::new(&n)).is_none() => it.define(env, &n, Val::Obj(e))?,
            _ => it.heap.alloc_scratch(1, 0)?,
        }
    }
    Ok(env)
}

fn substitute_expr(it: &mut Interp, e: &Expr, env: ObjId) -> Expr {
    match e {
        Expr::Sym(s) if env != NIL => match it.env(env).find(s) {
            Some(i) => {
                let v = it.env(env).values[i];
                match v {
                    Val::Obj(o) => match &it.heap.obj(o).body {
                        Body::Promise(p) => p.expr.clone(),
                        _ => value_code(it, v).unwrap_or_else(|| e.clone()),
                    },
                    v => value_code(it, v).unwrap_or_else(|| e.clone()),
                }
            }
            None => e.clone(),
        },
        Expr::Call(c) => {
            let fun = substitute_expr(it, &c.fun, env);
            let mut args = Vec::with_capacity(c.args.len());
            for a in &c.args {
                if matches!(&a.value, Some(Expr::Sym(s)) if &**s == "...") && env != NIL {
                    if let Ok(dots) = it.dots_values(env) {
                        for d in dots {
                            let e = match d.value {
                                Val::Obj(o) => match &it.heap.obj(o).body {
                                    Body::Promise(p) => p.expr.clone(),
                                    _ => value_code(it, d.value).unwrap_or(Expr::Const(Const::Null)),
                                },
                                v => value_code(it, v).unwrap_or(Expr::Const(Const::Null)),
                            };
                            args.push(Arg { name: d.name.clone(), value: Some(e) });
                        }
                        continue;
                    }
                }
                args.push(Arg { name: a.name.clone(), value: a.value.as_ref().map(|v| substitute_expr(it, v, env)) });
            }
            Expr::Call(Rc::new(Call::new(fun, args, c.pos)))
        }
        // `function`(formals, body): substituteList reaches the body; the formals are a pairlist,
        // which substitute() returns as it is
        Expr::Function(f) => {
            let body = substitute_expr(it, &f.body, env);
            Expr::Function(Rc::new(Function { params: f.params.clone(), body, pos: f.pos, code: Default::default() }))
        }
        _ => e.clone(),
    }
}

/// A value as the element of a call ([`super::objects::value_expr`]); none for the missing
/// argument.
fn value_code(it: &mut Interp, v: Val) -> Option<Expr> {
    if v == Val::Obj(it.missing_arg) {
        return None;
    }
    Some(super::objects::value_expr(it, v))
}

/// `on.exit(expr, add = FALSE, after = TRUE)`: code the calling function runs when it returns.
fn on_exit(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let mut expr = None;
    let (mut add, mut after) = (false, true);
    let mut positional = 0;
    for a in ctx.call.args.iter() {
        let slot = match a.name.as_deref() {
            Some("expr") => 0,
            Some("add") => 1,
            Some("after") => 2,
            Some(_) => return Err(ctx.error("unused argument")),
            None => {
                positional += 1;
                positional - 1
            }
        };
        match slot {
            0 => expr = a.value.clone(),
            1 | 2 => {
                let v = match &a.value {
                    Some(e) => it.eval(e, ctx.env, ctx.mode)?,
                    None => continue,
                };
                let flag = it.num_elt(v, 0).is_some_and(|x| x != 0.0 && !x.is_nan());
                if slot == 1 {
                    add = flag
                } else {
                    after = flag
                }
            }
            _ => return Err(ctx.error("unused argument")),
        }
    }
    let Some(frame) = it.frames.iter_mut().rev().find(|f| f.env == ctx.env) else {
        // at top level R ignores it
        it.visible = false;
        return Ok(Val::Obj(NIL));
    };
    match expr {
        None => frame.on_exit.clear(),
        Some(e) => {
            if !add {
                frame.on_exit.clear();
            }
            if after {
                frame.on_exit.push(e);
            } else {
                frame.on_exit.insert(0, e);
            }
        }
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

fn nargs(it: &mut Interp, ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let n = it.frames.iter().rev().find(|f| f.env == ctx.env).map_or(0, |f| f.args.len());
    Ok(it.scalar(SexpType::Int, n as f64, ctx.mode)?)
}

/// `attributes(x)`: a list of the attributes, named, `names` first.
fn attributes(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let Val::Obj(o) = x else { return Ok(Val::Obj(NIL)) };
    let Some(attrs) = it.heap.obj(o).attrs.clone() else { return Ok(Val::Obj(NIL)) };
    let mut items: Vec<(Rc<str>, ObjId)> = attrs.to_vec();
    if let Some(k) = items.iter().position(|(n, _)| &**n == "names") {
        let names = items.remove(k);
        items.insert(0, names);
    }
    let values: Vec<ObjId> = items.iter().map(|(_, v)| *v).collect();
    let list = it.new_list(values.clone())?;
    it.heap.protect(Val::Obj(list));
    let names: Vec<Option<&str>> = items.iter().map(|(n, _)| Some(&**n)).collect();
    let nm = it.mk_strings(&names)?;
    it.heap.set_attr(list, "names", nm)?;
    // each value is getAttrib's: compact row names come back expanded
    if let Some(k) = items.iter().position(|(n, _)| &**n == "row.names") {
        let rn = super::attrib::get_attrib(it, o, "row.names")?;
        if rn != values[k] {
            it.release_ref(Val::Obj(values[k]));
            let r = &mut it.heap.obj_mut(rn).refs;
            *r = r.saturating_add(1);
            let mut elems = values;
            elems[k] = rn;
            it.heap.obj_mut(list).body = crate::heap::Body::Elems(crate::heap::Elems::Values(elems));
        }
    }
    Ok(Val::Obj(list))
}

/// `as.environment(x)`: an environment, a search-path position (1 is the global environment), or
/// a search-path name.
fn as_environment(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    match it.type_of(x) {
        SexpType::Env => Ok(x),
        SexpType::Real | SexpType::Int => match it.num_elt(x, 0) {
            // envir.c `pos2env`: -1 is where the innermost closure was called from
            Some(-1.0) => match it.frames.last() {
                Some(f) => Ok(Val::Obj(f.caller)),
                None => Err(ctx.error("no enclosing environment")),
            },
            Some(p) => match super::envs::search_env(it, p as i64) {
                Some(e) => Ok(Val::Obj(e)),
                None => Err(ctx.error("invalid 'pos' argument")),
            },
            None => Err(ctx.error("invalid 'pos' argument")),
        },
        SexpType::Str => {
            let s = it.str_values(x).and_then(|v| v.into_iter().next().flatten());
            match s.as_deref() {
                Some(name) => match super::envs::search_env_named(it, name) {
                    Some(e) => Ok(Val::Obj(e)),
                    None => match name.strip_prefix("package:").and_then(crate::lang::library::Pkg::named) {
                        Some(pkg) => Ok(Val::Obj(it.namespace_env(pkg))),
                        None => Err(ctx.error(format!("no item called \"{name}\" on the search list"))),
                    },
                },
                None => Err(ctx.error("invalid object for 'as.environment'")),
            }
        }
        SexpType::Vec => {
            let env = list_env(it, x, NIL)?;
            Ok(Val::Obj(env))
        }
        _ => Err(ctx.error("invalid object for 'as.environment'")),
    }
}

/// A new environment holding a list's named elements (`NewEnvironment` over the list's pairlist).
fn list_env(it: &mut Interp, list: Val, enclos: ObjId) -> EvalResult<ObjId> {
    let env = it.new_env(enclos, 0)?;
    it.heap.protect(Val::Obj(env));
    let names = it.names(list).unwrap_or_default();
    let elems = it.list_elems(list).unwrap_or_default();
    for (n, e) in names.iter().zip(elems) {
        if let Some(n) = n.as_deref().filter(|n| !n.is_empty()) {
            it.define(env, n, Val::Obj(e))?;
        }
    }
    Ok(env)
}

/// `environment(f) <- env`: a copy of the closure with that environment.
fn set_environment(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let value = a.need(ctx, "value")?;
    let Val::Obj(env) = value else { return Err(ctx.error("replacement object is not an environment")) };
    if it.heap.obj(env).sexp != SexpType::Env {
        return Err(ctx.error("replacement object is not an environment"));
    }
    let Val::Obj(f) = x else { return Err(ctx.error("replacement object is not an environment")) };
    let data = match &it.heap.obj(f).body {
        Body::Closure(c) => {
            let mut c = c.clone();
            c.env = env;
            c
        }
        // any other object gets the attribute, in place (`setAttrib(s, R_DotEnvSymbol, env)`)
        _ => {
            it.heap.set_attr(f, ".Environment", env)?;
            return Ok(x);
        }
    };
    let id = it.heap.alloc(Obj::node(SexpType::Clo, Body::Closure(data)))?;
    it.reference_children(id);
    Ok(Val::Obj(id))
}

/// `as.call(list)`: a call from a list whose first element is the function.
fn as_call(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if it.type_of(x) == SexpType::Lang {
        return Ok(x);
    }
    let elems = it.list_elems(x).ok_or_else(|| ctx.error("invalid argument list"))?;
    let names = it.names(x).unwrap_or_default();
    let mut exprs: Vec<(Option<Rc<str>>, Option<Expr>)> = Vec::new();
    for (i, e) in elems.iter().enumerate() {
        // the missing argument makes an empty one
        let code = value_code(it, Val::Obj(*e));
        let name = names.get(i).cloned().flatten().filter(|n| !n.is_empty());
        exprs.push((name, code));
    }
    if exprs.is_empty() {
        return Err(ctx.error("invalid argument list"));
    }
    let (_, fun) = exprs.remove(0);
    let fun = fun.unwrap_or_else(|| Expr::Sym(crate::sym::Sym::new("")));
    let args = exprs.into_iter().map(|(name, value)| Arg { name, value }).collect();
    code_value(it, Expr::Call(Rc::new(Call::new(fun, args, ctx.call.pos))))
}

/// `do_eval`: evaluate code in an environment (a list or data frame becomes one enclosed by
/// `enclos`; a number is a frame on the stack), in a context that `return()` ends.
fn eval(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let expr = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let envir = positional(a, 1).unwrap_or(Val::Obj(it.global));
    let enclos = match positional(a, 2) {
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => e,
        _ => it.global,
    };
    let env = match it.type_of(envir) {
        SexpType::Env => match envir {
            Val::Obj(e) => e,
            _ => unreachable!(),
        },
        SexpType::Nil => enclos,
        SexpType::Vec => list_env(it, envir, enclos)?,
        SexpType::Real | SexpType::Int => {
            let n = it.num_elt(envir, 0).unwrap_or(0.0) as i64;
            if n == 0 {
                it.global
            } else {
                let depth = it.frames.len() as i64;
                let k = if n > 0 { n - 1 } else { depth - 1 + n };
                it.frames
                    .get(k as usize)
                    .map(|f| f.env)
                    .ok_or_else(|| ctx.error("invalid 'envir' argument of type 'double'"))?
            }
        }
        t => return Err(ctx.error(format!("invalid 'envir' argument of type '{}'", t.type_name()))),
    };
    it.heap.protect(Val::Obj(env));
    let code: Vec<Expr> = match expr {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Lang(e) => vec![e.clone()],
            Body::Promise(_) => return it.force(o),
            Body::Elems(Elems::Values(v)) if it.heap.obj(o).sexp == SexpType::Expr => {
                let mut out = Vec::new();
                for &x in v {
                    match &it.heap.obj(x).body {
                        Body::Lang(e) => out.push(e.clone()),
                        _ => out.push(Expr::Const(Const::Null)),
                    }
                }
                if out.is_empty() {
                    return Ok(Val::Obj(NIL));
                }
                // constants of an expression vector evaluate to themselves
                if v.iter().all(|&x| !matches!(it.heap.obj(x).body, Body::Lang(_))) {
                    return Ok(Val::Obj(*v.last().unwrap()));
                }
                out
            }
            _ => return Ok(expr),
        },
        v => return Ok(v),
    };
    let caller = ctx.env;
    let call = ctx.call.clone();
    it.census_check();
    it.frames.push(crate::lang::interp::Frame {
        call,
        function: NIL,
        env,
        caller,
        args: Vec::new(),
        dispatch: None,
        on_exit: Vec::new(),
    });
    let mut result = Ok(Val::Obj(NIL));
    for e in &code {
        result = it.eval(e, env, Mode::Ast);
        if result.is_err() {
            break;
        }
    }
    it.census_check();
    it.frames.pop();
    match result {
        Ok(v) => Ok(v),
        Err(f) => match f.into_kind() {
            FlowKind::Return(v) => Ok(v),
            other => Err(Flow::new(other)),
        },
    }
}

fn closure_of(it: &Interp, v: Val) -> Option<Rc<crate::lang::ast::Function>> {
    match v {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Closure(c) => Some(c.fun.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `body(fun)`: the code of a closure (`NULL` for a primitive).
fn body(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    match closure_of(it, positional(a, 0).unwrap_or(Val::Obj(NIL))) {
        Some(f) => code_value(it, f.body.clone()),
        None => Ok(Val::Obj(NIL)),
    }
}

/// `.Internal(bodyCode(fun))` (builtin.c `do_bodyCode`): a closure's body as the evaluator runs it,
/// its byte code once compiled; `NULL` for anything but a closure.
fn body_code(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let v = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let code = match v {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Closure(c) => Some(c.bytecode),
            _ => None,
        },
        _ => None,
    };
    match code {
        Some(bc) if bc != NIL => Ok(Val::Obj(bc)),
        Some(_) => body(it, ctx, a),
        None => Ok(Val::Obj(NIL)),
    }
}

/// `args(f)`: a closure with `f`'s formals and a NULL body.
fn args(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let v = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let Some(f) = closure_of(it, v) else { return Ok(Val::Obj(NIL)) };
    let fun = crate::lang::ast::Function {
        params: f.params.clone(),
        body: Expr::Const(Const::Null),
        pos: f.pos,
        code: Default::default(),
    };
    let data = crate::heap::ClosureData {
        fun: Rc::new(fun),
        env: it.global,
        code: NIL,
        bytecode: NIL,
        jit: crate::heap::JitState::Fresh,
    };
    Ok(Val::Obj(it.heap.alloc(Obj::node(SexpType::Clo, Body::Closure(Box::new(data))))?))
}

/// `environmentName(env)`: "R_GlobalEnv", "base", a namespace's package name, or "".
fn environment_name(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let name = match positional(a, 0) {
        Some(Val::Obj(e)) if e == it.global => "R_GlobalEnv".to_string(),
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => match super::envs::namespace_name(it, e) {
            Some(n) => n,
            // envir.c `do_envirName`: else the environment's "name" attribute itself
            None => match it.heap.attr(e, "name") {
                Some(n) => return Ok(Val::Obj(n)),
                None => String::new(),
            },
        },
        _ => String::new(),
    };
    Ok(Val::Obj(it.mk_strings(&[Some(&name)])?))
}

fn env_arg(it: &Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<ObjId> {
    match v {
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => Ok(e),
        _ => Err(ctx.error("argument is not an environment")),
    }
}

fn parent_env(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let e = env_arg(it, ctx, positional(a, 0))?;
    let enclos = it.env(e).enclos;
    // past the global environment and the attached ones: the packages' search path
    let past = enclos == NIL && (e == it.global || super::envs::attached_envs(it).contains(&e));
    Ok(Val::Obj(if past { it.namespace_env(crate::lang::library::BASE) } else { enclos }))
}

/// `topenv(envir)`: the first global or namespace environment up `envir`'s chain.
fn topenv(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut e = match positional(a, 0) {
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => e,
        _ => return Ok(Val::Obj(it.global)),
    };
    while e != NIL {
        if e == it.global || it.namespace_of(e).is_some() {
            return Ok(Val::Obj(e));
        }
        e = it.env(e).enclos;
    }
    Ok(Val::Obj(it.global))
}

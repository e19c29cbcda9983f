//! list.c: `.Internal(all.names(expr, functions, max.names, unique))`, which `all.names()` and
//! `all.vars()` call.

use std::rc::Rc;

use super::internal::{internal, positional};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, ObjId, SexpType, Val, NIL};
use crate::lang::ast::Expr;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] =
    &[internal("all.names", &["expr", "functions", "max.names", "unique"], all_names)];

/// `NameWalkData`: what `namewalk` collects.
struct Walk {
    include_functions: bool,
    max_count: u64,
    unique: bool,
    /// The names kept, when storing (`StoreValues`).
    names: Option<Vec<Rc<str>>>,
    count: u64,
}

impl Walk {
    /// `namewalk` on a symbol: a blank one is skipped; past `MaxCount` nothing counts; when storing
    /// with `UniqueNames` a name already kept is skipped.
    fn symbol(&mut self, name: &str) {
        if name.is_empty() || self.count >= self.max_count {
            return;
        }
        if let Some(names) = &mut self.names {
            if self.unique && names.iter().any(|n| &**n == name) {
                return;
            }
            names.push(Rc::from(name));
        }
        self.count += 1;
    }

    /// `namewalk` on code: a call's function (with `functions = TRUE`) and arguments in order; a
    /// constant is nothing. `function(x) body` is the call `function`(formals, body): its
    /// formals are a pairlist, which `namewalk` does not enter.
    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Sym(s) => self.symbol(s),
            Expr::Const(_) => {}
            Expr::Call(c) => {
                if self.include_functions {
                    self.expr(&c.fun);
                }
                for a in &c.args {
                    match &a.value {
                        Some(v) => self.expr(v),
                        None => self.symbol(""),
                    }
                }
            }
            Expr::Function(f) => {
                if self.include_functions {
                    self.symbol("function");
                }
                self.expr(&f.body);
            }
        }
    }

    /// `namewalk` on an object: symbols and calls as code, an expression vector element by
    /// element; anything else holds no names.
    fn value(&mut self, it: &Interp, v: Val) {
        let Val::Obj(o) = v else { return };
        match &it.heap.obj(o).body {
            Body::Lang(e) => self.expr(&e.clone()),
            Body::Elems(Elems::Values(els)) if it.heap.obj(o).sexp == SexpType::Expr => {
                for &e in &els.clone() {
                    self.value(it, Val::Obj(e));
                }
            }
            _ => {}
        }
    }
}

/// `do_allnames`: `namewalk` counts the names (ignoring `unique`), a STRSXP of that count is
/// allocated and a second walk stores them; when `unique` dropped some, a second STRSXP of the
/// kept count receives them and the first is garbage.
fn all_names(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let expr = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let logical = |it: &Interp, i: usize| positional(a, i).and_then(|v| it.num_elt(v, 0)).filter(|x| !x.is_nan());
    let include_functions = logical(it, 1).is_some_and(|x| x != 0.0);
    let max_count = match positional(a, 2).and_then(|v| it.num_elt(v, 0)) {
        Some(-1.0) => u64::MAX,
        Some(m) if !m.is_nan() && m >= 0.0 => m as u64,
        _ => 0,
    };
    let unique = logical(it, 3).is_none_or(|x| x != 0.0);
    let mut walk = Walk { include_functions, max_count, unique, names: None, count: 0 };
    walk.value(it, expr);
    let total = walk.count;
    walk.names = Some(Vec::new());
    walk.count = 0;
    walk.value(it, expr);
    let names = walk.names.unwrap_or_default();
    let mut ids: Vec<ObjId> = Vec::with_capacity(names.len());
    for n in &names {
        ids.push(it.mk_char(n)?);
    }
    if walk.count == total {
        return Ok(Val::Obj(it.new_strs(total, Elems::Values(ids))?));
    }
    let mut filled = ids.clone();
    filled.resize(total as usize, it.blank_string);
    let first = it.new_strs(total, Elems::Values(filled))?;
    it.heap.protect(Val::Obj(first));
    Ok(Val::Obj(it.new_strs(walk.count, Elems::Values(ids))?))
}

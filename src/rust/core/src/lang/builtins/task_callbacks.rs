//! main.c's top-level task callbacks: `addTaskCallback()`, `removeTaskCallback()`,
//! `getTaskCallbackNames()` (and `taskCallbackManager()`, R's closure over them). The simulator
//! keeps the list; it does not call the callbacks (they run after a top-level task, and a script
//! run by `source()` is one task).

use super::dotcall::{native, Native};
use crate::heap::{Body, Elems, Num, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("base", ".C_R_addTaskCallback", add_task_callback),
    native("base", ".C_R_removeTaskCallback", remove_task_callback),
    native("base", ".C_R_getTaskCallbackNames", task_callback_names),
];

/// A registered callback (`R_ToplevelCallbackEl`): its name and the preserved list of the
/// function, its data and whether to pass them, with the precious list's cell.
#[derive(Clone)]
pub struct TaskCallback {
    name: String,
    data: ObjId,
    cell: ObjId,
}

fn arg(args: &[ArgVal], i: usize) -> Val {
    args.get(i).map_or(Val::Obj(NIL), |a| a.value)
}

/// `R_addTaskCallback(f, data, useData, name)`: the list `(f, data, useData)` preserved
/// (`R_PreserveObject`: a cell on the precious list), an INTSXP of the callback's 0-based place,
/// named by `name` or by `mkString` of its 1-based place.
fn add_task_callback(it: &mut Interp, _ctx: &CallCtx, args: &[ArgVal]) -> EvalResult<Val> {
    let mut elems = Vec::with_capacity(3);
    for i in 0..3 {
        elems.push(it.boxed(arg(args, i))?);
    }
    let data = it.new_list(elems)?;
    it.heap.protect(Val::Obj(data));
    let cell = it.heap.alloc(Obj::node(SexpType::List, Body::Opaque))?;
    it.heap.make_permanent(data);
    it.heap.make_permanent(cell);
    let which = it.task_callbacks.len();
    let index = it.new_num(SexpType::Int, 1, Num::Fill(which as f64))?;
    it.heap.protect(Val::Obj(index));
    let name_arg = arg(args, 3);
    let given = it.str_values(name_arg).and_then(|n| n.first().cloned().flatten());
    let name = match (it.length(name_arg), given) {
        (n, Some(g)) if n > 0 => {
            if let Val::Obj(o) = name_arg {
                it.heap.set_attr(index, "names", o)?;
            }
            g.to_string()
        }
        _ => {
            let n = (which + 1).to_string();
            let nm = it.mk_strings(&[Some(&n)])?;
            it.heap.set_attr(index, "names", nm)?;
            n
        }
    };
    it.task_callbacks.push(TaskCallback { name, data, cell });
    Ok(Val::Obj(index))
}

/// `R_removeTaskCallback(which)`: by name (the first string) or by 1-based place; the callback's
/// data released (`R_ReleaseObject`); `ScalarLogical` of whether there was one.
fn remove_task_callback(it: &mut Interp, _ctx: &CallCtx, args: &[ArgVal]) -> EvalResult<Val> {
    let which = arg(args, 0);
    let k = if it.type_of(which) == SexpType::Str {
        let name = it.str_values(which).and_then(|n| n.first().cloned().flatten());
        name.and_then(|n| it.task_callbacks.iter().position(|c| *c.name == *n))
    } else {
        it.num_elt(which, 0).filter(|v| !v.is_nan() && *v >= 1.0).map(|v| v as usize - 1)
    };
    let found = match k.filter(|&k| k < it.task_callbacks.len()) {
        Some(k) => {
            let cb = it.task_callbacks.remove(k);
            it.heap.permanent.retain(|&x| x != cb.data && x != cb.cell);
            true
        }
        None => false,
    };
    Ok(it.scalar_logical(Some(found)))
}

/// `R_getTaskCallbackNames()`: a STRSXP of the names, `mkChar` each.
fn task_callback_names(it: &mut Interp, _ctx: &CallCtx, _args: &[ArgVal]) -> EvalResult<Val> {
    let n = it.task_callbacks.len() as u64;
    let ans = it.new_strs(n, Elems::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    let names: Vec<String> = it.task_callbacks.iter().map(|c| c.name.clone()).collect();
    let mut ids = Vec::with_capacity(names.len());
    for s in &names {
        ids.push(it.mk_char(s)?);
    }
    it.heap.set_elems(ans, Elems::Values(ids));
    Ok(Val::Obj(ans))
}

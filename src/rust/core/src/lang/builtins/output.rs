//! Output and conditions: `print()`, `cat()`, `invisible()`, `message()`, `stop()`, `Sys.time()`.

use super::closure;
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::error::SimError;
use crate::heap::{Num, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp};
use crate::session::Stream;

pub(super) const BUILTINS: &[Builtin] = &[
    closure("print", &["x", "..."], 0, print).scratch(30, 20),
    closure("cat", &["...", "file", "sep", "fill", "labels", "append"], 6, cat).scratch(4, 0),
    Builtin {
        name: "invisible",
        formals: &["x"],
        shape: Shape::Primitive { inlined: false },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(invisible),
    },
    closure("message", &["...", "domain", "appendLF"], 0, message).scratch(60, 30),
    closure("stop", &["...", "call.", "domain"], 0, stop).scratch(20, 10),
    closure("Sys.time", &[], 0, sys_time).scratch(3, 2),
];

fn print(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let text = crate::lang::print::print_value(it, x)?;
    it.heap.write(Stream::Stdout, text);
    it.visible = false;
    Ok(x)
}

fn cat(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let sep = match a.get("sep") {
        Some(s) => {
            it.str_values(s).and_then(|v| v.first().cloned().flatten()).map(|s| s.to_string()).unwrap_or_default()
        }
        None => " ".to_string(),
    };
    let mut pieces: Vec<String> = Vec::new();
    for d in &a.dots {
        let t = it.type_of(d.value);
        if t == SexpType::Nil {
            continue;
        }
        let items = crate::lang::print::cat_items(it, d.value).ok_or_else(|| {
            ctx.error(format!("argument {} (type '{}') cannot be handled by 'cat'", pieces.len() + 1, t.type_name()))
        })?;
        pieces.extend(items);
    }
    let mut out = String::new();
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 && !(out.ends_with('\n') && sep == " ") {
            out.push_str(&sep);
        }
        out.push_str(p);
    }
    it.heap.write(Stream::Stdout, out);
    it.visible = false;
    Ok(Val::Obj(NIL))
}

fn invisible(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.get("x").unwrap_or(Val::Obj(NIL));
    it.visible = false;
    Ok(x)
}

fn message_text(it: &Interp, a: &Args) -> String {
    let mut s = String::new();
    for d in &a.dots {
        if let Some(items) = crate::lang::print::cat_items(it, d.value) {
            s.push_str(&items.concat());
        }
    }
    s
}

fn message(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut s = message_text(it, a);
    s.push('\n');
    it.heap.write(Stream::Stderr, s);
    it.visible = false;
    Ok(Val::Obj(NIL))
}

fn stop(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let msg = message_text(it, a);
    // The call R names is the function that called stop(), filled in as the error leaves that
    // function; at top level there is none.
    let call = Some(crate::error::CALLER.to_string());
    Err(Flow::from(SimError { call, message: msg, line: Some(ctx.call.pos.line).filter(|&l| l > 0) }))
}

fn sys_time(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let id = it.new_num(SexpType::Real, 1, Num::Unknown)?;
    let class = it.mk_strings(&[Some("POSIXct"), Some("POSIXt")])?;
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

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
    super::primitive("proc.time", &[], |it, _, _| proc_time(it)),
    super::special("system.time", system_time),
];

pub(super) const INTERNALS: &[Builtin] = &[
    super::internal::internal("print.default", &["x", "args", "missings"], print_default),
    super::internal::internal("writeLines", &["text", "con", "sep", "useBytes"], write_lines),
];

/// `.Internal(writeLines(text, con, sep, useBytes))` (connections.c `do_writelines`): each string
/// then `sep` printed to the connection (`Rconn_printf`); it allocates nothing on R's heap. The
/// simulator writes to the terminal connections (`stdout()`, `stderr()`).
fn write_lines(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::{closure_error, positional};
    let text = positional(a, 0).unwrap_or(Val::Obj(crate::heap::NIL));
    if it.type_of(text) != crate::heap::SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'text' argument"));
    }
    let con = positional(a, 1).unwrap_or(Val::Obj(crate::heap::NIL));
    let is_con = it
        .heap_attr(con, "class")
        .and_then(|c| it.str_values(Val::Obj(c)))
        .is_some_and(|c| c.iter().any(|k| k.as_deref() == Some("connection")));
    if !is_con {
        return Err(closure_error(it, ctx, "'con' is not a connection"));
    }
    let sep = positional(a, 2).unwrap_or(Val::Obj(crate::heap::NIL));
    if it.type_of(sep) != crate::heap::SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'sep' argument"));
    }
    let use_bytes = positional(a, 3).and_then(|v| it.num_elt(v, 0));
    if use_bytes.is_none_or(f64::is_nan) {
        return Err(closure_error(it, ctx, "invalid 'useBytes' argument"));
    }
    let con = it.num_elt(con, 0).filter(|c| !c.is_nan()).map_or(-1, |c| c as i64);
    let (Some(strs), Some(sep)) = (it.str_values(text), it.str_values(sep)) else {
        return Err(closure_error(it, ctx, "rheap needs to know the text given to writeLines()"));
    };
    let sep = sep.first().cloned().flatten().map_or_else(|| "NA".to_string(), |s| s.to_string());
    let mut out = String::new();
    for s in strs {
        out.push_str(s.as_deref().unwrap_or("NA"));
        out.push_str(&sep);
    }
    write_connection(it, ctx, con, out)?;
    it.visible = false;
    Ok(Val::Obj(crate::heap::NIL))
}

/// Output to connection `con`: the terminal's standard output (diverted by `sink()`) or error,
/// or a text connection.
fn write_connection(it: &mut Interp, ctx: &CallCtx, con: i64, text: String) -> EvalResult<()> {
    match con {
        1 => it.heap.write(Stream::Stdout, text),
        2 => it.heap.write(Stream::Stderr, text),
        n if n > 2 && super::connections::write_to(it, n as usize, &text)? => {}
        n if n > 2 && it.connections.get(n as usize).is_some_and(Option::is_some) => {
            return Err(super::internal::closure_error(it, ctx, "cannot write to this connection"))
        }
        _ => return Err(super::internal::closure_error(it, ctx, "invalid connection")),
    }
    Ok(())
}

/// `.Internal(print.default(x, args, missings))`: `args` is the pairlist of print.default's
/// arguments (`quote` among them).
fn print_default(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = super::internal::positional(a, 0).unwrap_or(Val::Obj(crate::heap::NIL));
    let mut quote = true;
    if let Some(Val::Obj(args)) = super::internal::positional(a, 1) {
        if let crate::heap::Body::Pairlist(items) = &it.heap.obj(args).body {
            if let Some((_, q)) = items.iter().find(|(t, _)| t.as_deref() == Some("quote")) {
                quote = it.num_elt(*q, 0) != Some(0.0);
            }
        }
    }
    let text = crate::lang::print::print_default(it, x, quote)?;
    it.heap.write(Stream::Stdout, text);
    it.visible = false;
    Ok(x)
}

fn print(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    // `quote = FALSE` and `digits` (print.default's arguments, passed on through `...`; digits
    // hold for this print only, as print.default sets R_print.digits)
    let arg = |name: &str| a.dots.iter().find(|d| d.name.as_deref() == Some(name)).map(|d| d.value);
    let quote = arg("quote").and_then(|q| it.num_elt(q, 0));
    let digits = match arg("digits").filter(|d| !it.is_null(*d)) {
        Some(d) => match it.num_elt(d, 0) {
            Some(d) if (1.0..=22.0).contains(&d) => Some(d as usize),
            _ => return Err(ctx.error("invalid digits parameter (1..22 allowed)")),
        },
        None => None,
    };
    let right = arg("right").and_then(|r| it.num_elt(r, 0)).is_some_and(|r| r != 0.0 && !r.is_nan());
    let saved = (it.print_digits, it.print_right);
    it.print_digits = digits.unwrap_or(saved.0);
    it.print_right = right;
    let text = crate::lang::print::print_value(it, x, quote != Some(0.0));
    (it.print_digits, it.print_right) = saved;
    let text = text?;
    it.heap.write(Stream::Stdout, text);
    it.visible = false;
    Ok(x)
}

fn cat(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    // do_cat: the separator before the k-th element overall is `sep[(k - 1) %% length(sep)]`
    let seps: Vec<String> = match a.get("sep") {
        Some(s) => it
            .str_values(s)
            .map(|v| v.into_iter().map(|s| s.map_or_else(|| "NA".to_string(), |s| s.to_string())).collect())
            .unwrap_or_default(),
        None => vec![" ".to_string()],
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
        let sep = if i > 0 && !seps.is_empty() { seps[(i - 1) % seps.len()].as_str() } else { "" };
        if !(out.ends_with('\n') && sep == " ") {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    // do_cat: a separator holding a newline ends the output with one
    if seps.iter().any(|s| s.contains('\n')) {
        out.push('\n');
    }
    // file = "" is the standard output; a connection, its number
    let con = match a.get("file") {
        Some(f) if it.type_of(f) == SexpType::Str => {
            match it.str_values(f).and_then(|v| v.first().cloned().flatten()) {
                Some(name) if name.is_empty() => 1,
                _ => return Err(ctx.error("rheap does not simulate cat() to a file")),
            }
        }
        Some(f) => it.num_elt(f, 0).filter(|c| !c.is_nan()).map_or(-1, |c| c as i64),
        None => 1,
    };
    write_connection(it, ctx, con, out)?;
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

/// `proc.time()`: five times (`user.self`, `sys.self`, `elapsed`, `user.child`, `sys.child`) of
/// class "proc_time". Times are not simulated: the values are unknown.
fn proc_time(it: &mut Interp) -> EvalResult<Val> {
    let id = it.new_num(SexpType::Real, 5, Num::Unknown)?;
    it.heap.protect(Val::Obj(id));
    let names =
        it.mk_strings(&[Some("user.self"), Some("sys.self"), Some("elapsed"), Some("user.child"), Some("sys.child")])?;
    it.heap.set_attr(id, "names", names)?;
    let class = it.mk_strings(&[Some("proc_time")])?;
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

/// `system.time(expr, gcFirst = TRUE)`: a full collection first (`gc(FALSE)`, as R does), then
/// the expression, then the difference of two `proc.time()`s, whose values are not simulated.
fn system_time(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let arg =
        |name: &str| ctx.call.args.iter().find(|a| a.name.as_deref() == Some(name)).and_then(|a| a.value.as_ref());
    let expr = ctx.call.args.iter().find(|a| a.name.is_none() || a.name.as_deref() == Some("expr"));
    let gc_first = match arg("gcFirst") {
        Some(e) => {
            let v = it.eval(e, ctx.env, ctx.mode)?;
            it.num_elt(v, 0) != Some(0.0)
        }
        None => true,
    };
    if gc_first {
        it.lazy_load_once("system.time: gcFirst", GC_FIRST.0, GC_FIRST.1)?;
        let mark = it.heap.root_mark();
        super::memory::gc_call(it, false, false, true, ctx.mode)?;
        it.heap.release_to(mark, None);
    }
    let start = proc_time(it)?;
    it.heap.protect(start);
    if let Some(e) = expr.and_then(|a| a.value.as_ref()) {
        let mark = it.heap.root_mark();
        it.eval(e, ctx.env, ctx.mode)?;
        it.heap.release_to(mark, None);
    }
    let end = proc_time(it)?;
    it.heap.protect(end);
    // new.time - time: the difference keeps the attributes
    let diff = proc_time(it)?;
    it.visible = true;
    Ok(diff)
}

/// What the first `system.time()` with `gcFirst = TRUE` loads besides `system.time()` itself
/// (measured with tools/calibrate/first_use.R: 401 N / 683 V with, 290 N / 464 V without).
const GC_FIRST: (u32, u64) = (111, 219);

fn sys_time(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let id = it.new_num(SexpType::Real, 1, Num::Unknown)?;
    let class = it.mk_strings(&[Some("POSIXct"), Some("POSIXt")])?;
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

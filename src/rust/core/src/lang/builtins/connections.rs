//! connections.c for text connections: `textConnection()` (reading a character vector, or writing
//! lines into a variable), `readLines()`, `pushBack()`, `isIncomplete()`, `isOpen()`, `close()`,
//! and `sink()` of the output to a connection. What a connection holds besides the R objects it
//! makes (its text buffers) is C memory, not R's heap.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};
use crate::sym::Sym;

pub(super) const INTERNALS: &[Builtin] = &[
    internal("textConnection", &["nm", "object", "open", "env", "type"], text_connection),
    internal("readLines", &["con", "n", "ok", "warn", "encoding", "skipNul"], read_lines),
    internal("pushBack", &["data", "connection", "newLine", "type"], push_back),
    internal("pushBackLength", &["connection"], push_back_length),
    internal("clearPushBack", &["connection"], clear_push_back),
    internal("isIncomplete", &["con"], is_incomplete),
    internal("isOpen", &["con", "rw"], is_open),
    internal("close", &["con", "type"], close),
    internal("sink", &["file", "closeOnExit", "type", "split"], sink),
    internal(
        "scan",
        &[
            "file",
            "what",
            "nmax",
            "sep",
            "dec",
            "quote",
            "skip",
            "nlines",
            "na.strings",
            "flush",
            "fill",
            "strip.white",
            "quiet",
            "blank.lines.skip",
            "multi.line",
            "comment.char",
            "allowEscapes",
            "encoding",
            "skipNul",
        ],
        scan,
    ),
];

/// `NCONNECTIONS`.
const NCONNECTIONS: usize = 128;

/// A text connection.
#[derive(Clone)]
pub enum Connection {
    /// `textConnection(object)`: the lines of a character vector, read in order.
    TextIn { lines: Vec<String>, next: usize, pushback: Vec<String> },
    /// `textConnection("name", "w")`: complete lines go to the variable `name` of `env` (none for
    /// `NULL`); the last, incomplete line is kept until a newline or `close()`.
    TextOut { var: Option<Sym>, env: ObjId, lines: Vec<String>, last: String },
}

/// The connection an argument names (`getConnection(asInteger(con))`), with R's error.
fn con_number(it: &Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<usize> {
    let n = v.and_then(|v| it.num_elt(v, 0)).filter(|n| !n.is_nan()).map_or(-1, |n| n as i64);
    if n >= 0 && (n as usize) < it.connections.len() && it.connections[n as usize].is_some() {
        return Ok(n as usize);
    }
    if (0..3).contains(&n) {
        return Err(closure_error(it, ctx, "rheap simulates text connections only"));
    }
    Err(closure_error(it, ctx, "invalid connection"))
}

fn is_connection(it: &Interp, v: Val) -> bool {
    it.heap_attr(v, "class")
        .and_then(|c| it.str_values(Val::Obj(c)))
        .is_some_and(|c| c.iter().any(|k| k.as_deref() == Some("connection")))
}

/// `.Internal(textConnection(nm, object, open, env, type))` (`do_textconnection`): the next free
/// connection (`NextConnection`); for writing, the first one makes `OutTextData` (a list of
/// `NCONNECTIONS`, preserved) and a named one binds a new empty character vector (`outtext_init`);
/// then `ScalarInteger(ncon)` of class `c("textConnection", "connection")` with its `conn_id`
/// external pointer, whose finalizer is registered (a weak reference and the C finalizer's raw
/// vector).
fn text_connection(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let desc = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let described = matches!((it.type_of(desc), it.length(desc), it.str_values(desc)), (SexpType::Str, 1, Some(d)) if d[0].is_some());
    if !described {
        return Err(closure_error(it, ctx, "invalid 'description' argument"));
    }
    let object = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let open = positional(a, 2).unwrap_or(Val::Obj(NIL));
    let open = match (it.type_of(open), it.length(open), it.str_values(open)) {
        (SexpType::Str, 1, Some(o)) => o[0].clone().unwrap_or_default().to_string(),
        _ => return Err(closure_error(it, ctx, "invalid 'open' argument")),
    };
    let env = match positional(a, 3) {
        Some(Val::Obj(NIL)) | None => return Err(closure_error(it, ctx, "use of NULL environment is defunct")),
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => e,
        Some(_) => return Err(closure_error(it, ctx, "invalid 'environment' argument")),
    };
    if positional(a, 4).and_then(|t| it.num_elt(t, 0)).is_none_or(f64::is_nan) {
        return Err(closure_error(it, ctx, "invalid 'encoding' argument"));
    }
    if it.connections.len() < 3 {
        it.connections.resize_with(3, || None);
    }
    let ncon = match it.connections.iter().skip(3).position(Option::is_none) {
        Some(k) => k + 3,
        None if it.connections.len() < NCONNECTIONS => it.connections.len(),
        None => return Err(closure_error(it, ctx, "all connections are in use")),
    };
    let con = if open.is_empty() || open.starts_with('r') {
        if it.type_of(object) != SexpType::Str {
            return Err(closure_error(it, ctx, "invalid 'text' argument"));
        }
        let Some(strs) = it.str_values(object) else {
            return Err(closure_error(it, ctx, "rheap needs to know the text of a text connection"));
        };
        // text_init: the strings joined by newlines (NA as "NA")
        let lines = strs.iter().map(|s| s.as_deref().unwrap_or("NA").to_string()).collect();
        Connection::TextIn { lines, next: 0, pushback: Vec::new() }
    } else if open.starts_with('w') || open.starts_with('a') {
        if !it.base_values.contains_key("<OutTextData>") {
            let data = it.new_list(vec![NIL; NCONNECTIONS])?;
            // R_PreserveObject's cell
            it.adopt_permanent(data);
            it.retain_static(1, 0)?;
            it.base_values.insert(std::rc::Rc::from("<OutTextData>"), data);
        }
        let var = match it.type_of(object) {
            SexpType::Nil => None,
            SexpType::Str if it.length(object) == 1 => {
                let name = it.str_values(object).and_then(|s| s[0].clone()).unwrap_or_else(|| "NA".into());
                Some(Sym::new(&name))
            }
            _ => return Err(closure_error(it, ctx, "invalid 'text' argument")),
        };
        let mut lines = Vec::new();
        match &var {
            Some(v) if open.starts_with('w') => {
                let val = it.new_strs(0, Elems::Values(Vec::new()))?;
                it.define_sym(env, v, Val::Obj(val))?;
            }
            // appending: the variable's lines so far
            Some(v) => {
                let cur = it.env(env).find(v).map(|i| it.env(env).values[i]);
                lines = cur
                    .and_then(|c| it.str_values(c))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|s| s.as_deref().unwrap_or("NA").to_string())
                    .collect();
            }
            None => {
                let val = it.new_strs(0, Elems::Values(Vec::new()))?;
                it.heap.protect(Val::Obj(val));
            }
        }
        Connection::TextOut { var, env, lines, last: String::new() }
    } else {
        return Err(closure_error(it, ctx, "unsupported mode"));
    };
    if ncon >= it.connections.len() {
        it.connections.resize_with(ncon + 1, || None);
    }
    it.connections[ncon] = Some(con);
    connection_object(it, ncon, "textConnection")
}

/// `ScalarInteger(ncon)` with its class and `conn_id` (`R_MakeExternalPtr`), the finalizer
/// registered (`R_RegisterCFinalizerEx`: a weak reference of 4 and a raw vector holding the
/// function pointer, kept on `R_weak_refs`).
fn connection_object(it: &mut Interp, ncon: usize, class: &str) -> EvalResult<Val> {
    let ans = it.new_num(SexpType::Int, 1, Num::Fill(ncon as f64))?;
    it.heap.protect(Val::Obj(ans));
    let cl = it.mk_strings(&[Some(class), Some("connection")])?;
    it.heap.set_attr(ans, "class", cl)?;
    it.install("connection")?;
    let ptr = it.heap.alloc(crate::heap::Obj::node(SexpType::ExtPtr, crate::heap::Body::Opaque))?;
    it.heap.set_attr(ans, "conn_id", ptr)?;
    // the weak reference and the finalizer's raw vector (R keeps them while the pointer lives;
    // the simulator lets them go)
    super::vectors::unknown_vector(it, SexpType::Vec, 4)?;
    super::vectors::unknown_vector(it, SexpType::Raw, 8)?;
    Ok(Val::Obj(ans))
}

/// Write `text` to connection `ncon` (`text_vfprintf` of an output text connection): each
/// completed line lengthens the variable's character vector by one (`xlengthgets`, a new
/// vector) and binds it again (`defineVar`); the rest is kept as the last line.
pub(crate) fn write_to(it: &mut Interp, ncon: usize, text: &str) -> EvalResult<bool> {
    let Some(Some(Connection::TextOut { last, .. })) = it.connections.get_mut(ncon) else { return Ok(false) };
    let mut buf = std::mem::take(last);
    buf.push_str(text);
    let mut parts: Vec<String> = buf.split('\n').map(str::to_string).collect();
    let rest = parts.pop().unwrap_or_default();
    for line in parts {
        add_line(it, ncon, line)?;
    }
    if let Some(Some(Connection::TextOut { last, .. })) = it.connections.get_mut(ncon) {
        *last = rest;
    }
    Ok(true)
}

fn add_line(it: &mut Interp, ncon: usize, line: String) -> EvalResult<()> {
    let Some(Some(Connection::TextOut { var, env, lines, .. })) = it.connections.get_mut(ncon) else {
        return Ok(());
    };
    lines.push(line);
    let (var, env, all) = (var.clone(), *env, lines.clone());
    let refs: Vec<Option<&str>> = all.iter().map(|s| Some(s.as_str())).collect();
    let v = it.mk_strings(&refs)?;
    match var {
        Some(name) => it.define_sym(env, &name, Val::Obj(v))?,
        None => it.heap.protect(Val::Obj(v)),
    }
    Ok(())
}

/// `.Internal(readLines(con, n, ok, warn, encoding, skipNul))` (`do_readLines`): the answer
/// allocated for `n` lines (1000 when `n` is negative, doubled as it fills), then, when fewer were
/// read, a copy of that length; pushed-back lines come first.
fn read_lines(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let con = positional(a, 0);
    if !con.is_some_and(|c| is_connection(it, c)) {
        return Err(closure_error(it, ctx, "'con' is not a connection"));
    }
    let ncon = con_number(it, ctx, con)?;
    let n = match positional(a, 1).and_then(|n| it.num_elt(n, 0)) {
        Some(n) if !n.is_nan() => n as i64,
        _ => return Err(closure_error(it, ctx, "invalid 'n' argument")),
    };
    let Some(Connection::TextIn { lines, next, pushback }) = &mut it.connections[ncon] else {
        return Err(closure_error(it, ctx, "cannot read from this connection"));
    };
    let mut got = Vec::new();
    while n < 0 || (got.len() as i64) < n {
        if let Some(p) = pushback.pop() {
            got.push(p);
        } else if *next < lines.len() {
            got.push(lines[*next].clone());
            *next += 1;
        } else {
            break;
        }
    }
    let nbuf = if n < 0 { 1000 } else { n as u64 };
    let mut cap = nbuf;
    let mut buf = it.new_strs(nbuf, Elems::Unknown)?;
    it.heap.protect(Val::Obj(buf));
    let mut ids = Vec::with_capacity(got.len());
    for (k, line) in got.iter().enumerate() {
        if k as u64 == cap {
            cap *= 2;
            buf = it.new_strs(cap, Elems::Unknown)?;
            it.heap.protect(Val::Obj(buf));
        }
        ids.push(it.mk_char(line)?);
    }
    if got.len() as u64 == cap {
        it.heap.set_elems(buf, Elems::Values(ids));
        return Ok(Val::Obj(buf));
    }
    Ok(Val::Obj(it.new_strs(ids.len() as u64, Elems::Values(ids))?))
}

/// `.Internal(pushBack(data, connection, newLine, type))` (`do_pushback`): the strings go in
/// front of what is read next (C memory).
fn push_back(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let data = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(data) != SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'data' argument"));
    }
    let ncon = con_number(it, ctx, positional(a, 1))?;
    let Some(strs) = it.str_values(data) else {
        return Err(closure_error(it, ctx, "rheap needs to know the text pushed back"));
    };
    let Some(Connection::TextIn { pushback, .. }) = &mut it.connections[ncon] else {
        return Err(closure_error(it, ctx, "can only push back on open readable connections"));
    };
    // the first string is read first: pushed last
    for s in strs.iter().rev() {
        pushback.push(s.as_deref().unwrap_or("NA").to_string());
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

fn push_back_length(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let ncon = con_number(it, ctx, positional(a, 0))?;
    let n = match &it.connections[ncon] {
        Some(Connection::TextIn { pushback, .. }) => pushback.len(),
        _ => 0,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(n as f64))?))
}

fn clear_push_back(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let ncon = con_number(it, ctx, positional(a, 0))?;
    if let Some(Connection::TextIn { pushback, .. }) = &mut it.connections[ncon] {
        pushback.clear();
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// `do_isincomplete`: `ScalarLogical` of whether an output's last line is unfinished.
fn is_incomplete(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let ncon = con_number(it, ctx, positional(a, 0))?;
    let inc = matches!(&it.connections[ncon], Some(Connection::TextOut { last, .. }) if !last.is_empty());
    Ok(it.scalar_logical(Some(inc)))
}

/// `do_isopen`: a text connection is open from its creation.
fn is_open(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    con_number(it, ctx, positional(a, 0))?;
    Ok(it.scalar_logical(Some(true)))
}

/// `.Internal(close(con, type))` (`do_close`): an output text connection's last line is added
/// (`outtext_close`); the connection is freed. A sink to it cannot be closed.
fn close(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let con = positional(a, 0);
    if !con.is_some_and(|c| is_connection(it, c)) {
        return Err(closure_error(it, ctx, "'con' is not a connection"));
    }
    let ncon = con_number(it, ctx, con)?;
    if it.sinks.contains(&ncon) {
        return Err(closure_error(it, ctx, "cannot close 'output' sink connection"));
    }
    if let Some(Connection::TextOut { last, .. }) = &mut it.connections[ncon] {
        let line = std::mem::take(last);
        if !line.is_empty() {
            add_line(it, ncon, line)?;
        }
    }
    it.connections[ncon] = None;
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// `.Internal(sink(file, closeOnExit, type, split))` (`do_sink`): output diverted to the
/// connection (`switch_or_tee_stdout`), or, for -1, the last diversion ended.
fn sink(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let message = positional(a, 2).and_then(|t| it.num_elt(t, 0)).is_some_and(|t| t != 0.0);
    if message {
        return Err(closure_error(it, ctx, "rheap does not simulate sink(type = \"message\")"));
    }
    let n = positional(a, 0).and_then(|f| it.num_elt(f, 0)).map_or(-1, |f| f as i64);
    if n < 0 {
        let Some(ncon) = it.sinks.pop() else {
            super::internal::closure_warning(it, ctx, "no sink to remove")?;
            it.visible = false;
            return Ok(Val::Obj(NIL));
        };
        let text = it.heap.console.sinks.pop().unwrap_or_default();
        write_to(it, ncon, &text)?;
    } else {
        let ncon = con_number(it, ctx, positional(a, 0))?;
        if !matches!(it.connections[ncon], Some(Connection::TextOut { .. })) {
            return Err(closure_error(it, ctx, "cannot write to this connection"));
        }
        // what an outer sink captured so far goes to its connection first
        if let (Some(&outer), Some(buf)) = (it.sinks.last(), it.heap.console.sinks.last_mut()) {
            let text = std::mem::take(buf);
            write_to(it, outer, &text)?;
        }
        it.sinks.push(ncon);
        it.heap.console.sinks.push(String::new());
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// `.Internal(scan(file, what, nmax, ...))` (scan.c `do_scan`, `scanVector`) for an atomic `what`
/// read from a text connection: items separated by white space (or `sep`), quotes stripped from
/// strings, `na.strings` read as `NA`; the answer allocated for `nmax` items (1000 when not
/// given, doubled as it fills), then, when fewer were read, a copy of that length; "Read N
/// items" on standard error unless `quiet`. What is left of the last line read stays unread.
fn scan(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let ncon = con_number(it, ctx, positional(a, 0))?;
    let what = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let t = it.type_of(what);
    if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Str) {
        return Err(closure_error(it, ctx, "rheap simulates scan() of a logical, integer, double or character vector"));
    }
    let nmax = positional(a, 2).and_then(|n| it.num_elt(n, 0)).filter(|n| !n.is_nan() && *n > 0.0).map(|n| n as usize);
    let sep = positional(a, 3).and_then(|s| it.str_values(s)).and_then(|s| s.first().cloned().flatten());
    let sep = sep.and_then(|s| s.chars().next());
    let na: Vec<String> = positional(a, 8)
        .and_then(|v| it.str_values(v))
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.as_deref().unwrap_or("NA").to_string())
        .collect();
    let quiet = positional(a, 12).and_then(|q| it.num_elt(q, 0)).is_some_and(|q| q != 0.0);
    let Some(Connection::TextIn { lines, next, pushback }) = &mut it.connections[ncon] else {
        return Err(closure_error(it, ctx, "cannot read from this connection"));
    };
    let mut items: Vec<String> = Vec::new();
    'read: while nmax.is_none_or(|m| items.len() < m) {
        let line = match pushback.pop() {
            Some(p) => p,
            None if *next < lines.len() => {
                *next += 1;
                lines[*next - 1].clone()
            }
            None => break,
        };
        let mut rest = line.as_str();
        loop {
            if nmax.is_some_and(|m| items.len() >= m) {
                let left = rest.trim_start();
                if !left.is_empty() {
                    pushback.push(left.to_string());
                }
                break 'read;
            }
            let (item, after) = match sep {
                None => {
                    let r = rest.trim_start_matches([' ', '\t']);
                    if r.is_empty() {
                        break;
                    }
                    let end = r.find([' ', '\t']).unwrap_or(r.len());
                    (&r[..end], &r[end..])
                }
                Some(c) => {
                    if rest.is_empty() {
                        break;
                    }
                    match rest.find(c) {
                        Some(k) => (&rest[..k], &rest[k + c.len_utf8()..]),
                        None => (rest, ""),
                    }
                }
            };
            items.push(item.to_string());
            rest = after;
        }
    }
    let n = items.len() as u64;
    let blocksize = nmax.map_or(1000, |m| m as u64);
    let mut cap = blocksize;
    let mut buf = super::vectors::unknown_vector(it, t, cap)?;
    it.heap.protect(Val::Obj(buf));
    while n > cap {
        cap *= 2;
        buf = super::vectors::unknown_vector(it, t, cap)?;
        it.heap.protect(Val::Obj(buf));
    }
    let ans = if t == SexpType::Str {
        let mut ids = Vec::with_capacity(items.len());
        for s in &items {
            let unq = s
                .strip_prefix('"')
                .and_then(|x| x.strip_suffix('"'))
                .or_else(|| s.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
                .unwrap_or(s);
            ids.push(if na.iter().any(|x| x == unq) { it.na_string } else { it.mk_char(unq)? });
        }
        if n == cap {
            it.heap.set_elems(buf, Elems::Values(ids));
            buf
        } else {
            it.new_strs(n, Elems::Values(ids))?
        }
    } else {
        let mut vals = Vec::with_capacity(items.len());
        for s in &items {
            // an empty field (between separators) is NA
            let v = if s.is_empty() || na.iter().any(|x| x == s) {
                Some(crate::heap::na_real())
            } else {
                match t {
                    SexpType::Lgl => match s.as_str() {
                        "T" | "TRUE" | "true" | "True" => Some(1.0),
                        "F" | "FALSE" | "false" | "False" => Some(0.0),
                        _ => None,
                    },
                    SexpType::Int => s.parse::<i32>().ok().map(f64::from),
                    _ => s.parse::<f64>().ok(),
                }
            };
            let Some(v) = v else {
                let kind = match t {
                    SexpType::Lgl => "a logical",
                    SexpType::Int => "an integer",
                    _ => "a real",
                };
                return Err(closure_error(it, ctx, format!("scan() expected '{kind}', got '{s}'")));
            };
            vals.push(v);
        }
        let num = Num::Values(std::rc::Rc::new(vals));
        if n == cap {
            it.heap.obj_mut(buf).body = crate::heap::Body::Num(num);
            buf
        } else {
            it.new_num(t, n, num)?
        }
    };
    if !quiet {
        it.heap.write(crate::session::Stream::Stderr, format!("Read {n} item{}\n", if n == 1 { "" } else { "s" }));
    }
    Ok(Val::Obj(ans))
}

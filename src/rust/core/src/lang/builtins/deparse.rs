//! Deparsing values (`deparse.c`: `vector2buff`, `vec2buff`, `attr1`/`attr2`, the closure and list
//! cases of `deparse2buff`) and the internals `deparse()`, `dput()` and `stdout()`.
//!
//! Code is deparsed by `lang::deparse::Deparser`; this side walks simulated values with the same
//! deparser state, so that a list of calls or a closure with attributes breaks lines as R does.

use std::rc::Rc;

use super::internal::{internal, positional};
use super::{Args, Builtin};
use crate::heap::{is_na_real, na_real, Body, ObjId, SexpType, Val, NIL};
use crate::lang::deparse::{
    complex_text, is_valid_name, Deparser, DEFAULT_CUTOFF, KEEPNA, MAX_CUTOFF, MIN_CUTOFF, NICE_NAMES, SHOWATTRIBUTES,
    SIMPLEDEPARSE, SIMPLE_OPTS, S_COMPAT,
};
use crate::lang::eval::{CallCtx, ConstKey};
use crate::lang::interp::{EvalResult, Interp};
use crate::lang::print::encode_string;
use crate::session::Stream;

pub(super) const INTERNALS: &[Builtin] = &[
    internal("deparse", &["expr", "width.cutoff", "backtick", "control", "nlines"], do_deparse),
    internal("dput", &["x", "file", "control"], do_dput),
    internal("stdout", &[], |it, _, _| terminal(it, 1)),
    internal("stderr", &[], |it, _, _| terminal(it, 2)),
];

/// `SHOW_ATTR_OR_NMS`.
const SHOW_ATTR_OR_NMS: u32 = SHOWATTRIBUTES | NICE_NAMES;

/// How `attr1` decided to write a value's attributes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum AttrType {
    Simple,
    /// No `structure()`; names written as `n1 = v1, ...`.
    OkNames,
    /// `structure(*, <attr> = *, ..)` for attributes other than names.
    StrucAttr,
    /// `structure(*, <attr> = *, ..)` for names too.
    StrucNmsA,
}

/// A value being deparsed: the deparser and the session it reads values from.
pub struct ValueDeparser<'a> {
    it: &'a Interp,
    pub d: Deparser<'a>,
    /// Whether a value whose elements the simulator does not know was met.
    pub unknown: bool,
}

impl<'a> ValueDeparser<'a> {
    pub fn new(it: &'a Interp, mut d: Deparser<'a>) -> ValueDeparser<'a> {
        // an object a call holds is written as the value it is, with this deparse's state
        d.held = Some(Rc::new(move |o, d: &mut Deparser<'a>| {
            let state = std::mem::replace(d, Deparser::new(0, false, 0, None));
            let mut vd = ValueDeparser::new(it, state);
            vd.value(Val::Obj(o));
            *d = vd.d;
        }));
        ValueDeparser { it, d, unknown: false }
    }

    fn attrs(&self, v: Val) -> Vec<(Rc<str>, ObjId)> {
        match v {
            Val::Obj(o) => self.it.heap.obj(o).attrs.as_ref().map(|a| a.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// `deparse2buff` of a value.
    pub fn value(&mut self, v: Val) {
        let it = self.it;
        let t = it.type_of(v);
        if let Val::Obj(o) = v {
            match &it.heap.obj(o).body {
                Body::Lang(e) => return self.d.expr(&e.clone()),
                Body::Promise(p) => {
                    return match p.value {
                        Some(val) => self.value(val),
                        None => self.d.expr(&p.expr.clone()),
                    }
                }
                _ => {}
            }
        }
        let saved = self.d.begin_node();
        if !self.d.active {
            return;
        }
        let opts_in = self.d.opts;
        match t {
            SexpType::Nil => self.d.print("NULL"),
            // R_MissingArg, the empty symbol: its name is ""
            SexpType::Sym if v == Val::Obj(it.missing_arg) => self.d.print(""),
            SexpType::Clo => {
                let attr = self.attr1_if(v);
                if let Val::Obj(o) = v {
                    if let Body::Closure(c) = &it.heap.obj(o).body {
                        let f = c.fun.clone();
                        self.d.closure(&f);
                    }
                }
                self.attr2_if(v, attr);
            }
            SexpType::Builtin | SexpType::Special => {
                let name = match v {
                    Val::Obj(o) => match &it.heap.obj(o).body {
                        Body::Builtin(n) => n.to_string(),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                self.d.print(&format!(".Primitive(\"{name}\")"));
            }
            SexpType::Env => self.d.print("<environment>"),
            SexpType::Vec => {
                let attr = self.attr1_if(v);
                self.d.print("list(");
                self.d.opts = opts_in;
                self.vec2buff(v, attr == AttrType::OkNames || attr == AttrType::StrucAttr);
                self.d.opts |= NICE_NAMES;
                self.d.print(")");
                self.attr2_if(v, attr);
                self.d.opts = opts_in;
            }
            SexpType::Expr => {
                let attr = self.attr1_if(v);
                if it.length(v) == 0 {
                    self.d.print("expression()");
                } else {
                    self.d.print("expression(");
                    self.d.opts &= SIMPLE_OPTS;
                    self.vec2buff(v, attr == AttrType::OkNames || attr == AttrType::StrucAttr);
                    self.d.opts = opts_in;
                    self.d.print(")");
                }
                self.attr2_if(v, attr);
                self.d.opts = opts_in;
            }
            SexpType::List => self.pairlist(v),
            SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Str | SexpType::Raw | SexpType::Cplx => {
                self.vector(v)
            }
            other => self.d.print(&format!("<{}>", other.type_name())),
        }
        self.d.end_node(saved);
    }

    fn attr1_if(&mut self, v: Val) -> AttrType {
        if self.d.opts & SHOW_ATTR_OR_NMS != 0 {
            self.attr1(v)
        } else {
            AttrType::Simple
        }
    }

    fn attr2_if(&mut self, v: Val, attr: AttrType) {
        if attr >= AttrType::StrucAttr {
            self.attr2(v, attr == AttrType::StrucAttr);
        }
    }

    /// `attr1`: decide how attributes are written, and open `structure(` if they need it.
    fn attr1(&mut self, v: Val) -> AttrType {
        let nice_names = self.d.opts & NICE_NAMES != 0;
        let show_attr = self.d.opts & SHOWATTRIBUTES != 0;
        let attrs = self.attrs(v);
        let names = attrs.iter().find(|(n, _)| &**n == "names").map(|(_, o)| *o);
        let mut attr = None;
        if let Some(nm) = names {
            let t = self.it.type_of(v);
            let atomic = matches!(
                t,
                SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Raw
            );
            let ok_names = nice_names && self.usable_nice_names(nm, atomic);
            if !ok_names {
                attr = Some(if show_attr { AttrType::StrucNmsA } else { AttrType::OkNames });
            }
        }
        if attr.is_none() && show_attr && attrs.iter().any(|(n, _)| &**n != "names" && &**n != "srcref") {
            attr = Some(AttrType::StrucAttr);
        }
        let attr = attr.unwrap_or(if names.is_some() { AttrType::OkNames } else { AttrType::Simple });
        if attr >= AttrType::StrucAttr {
            self.d.print("structure(");
        }
        attr
    }

    /// `usable_nice_names`: no NA (nor, for atomic vectors, `recursive` or `use.names`), not all "".
    fn usable_nice_names(&self, nm: ObjId, atomic: bool) -> bool {
        let Some(names) = self.it.str_values(Val::Obj(nm)) else { return true };
        let mut all_empty = true;
        for n in &names {
            match n {
                None => return false,
                Some(s) if atomic && (&**s == "recursive" || &**s == "use.names") => return false,
                Some(s) => {
                    if !s.is_empty() {
                        all_empty = false;
                    }
                }
            }
        }
        !all_empty
    }

    /// `attr2`: `, name = value` for each attribute, and the closing parenthesis.
    fn attr2(&mut self, v: Val, not_names: bool) {
        for (tag, value) in self.attrs(v) {
            if &*tag == "srcref" || (&*tag == "names" && not_names) {
                continue;
            }
            self.d.print(", ");
            match &*tag {
                "dim" | "dimnames" | "names" | "tsp" | "levels" => self.d.print(&tag),
                _ => {
                    let opts_in = self.d.opts;
                    self.d.opts = SIMPLEDEPARSE;
                    if is_valid_name(&tag) {
                        self.d.symbol(&tag);
                    } else {
                        self.d.print("\"");
                        self.d.symbol(&tag);
                        self.d.print("\"");
                    }
                    self.d.opts = opts_in;
                }
            }
            self.d.print(" = ");
            let fnarg = self.d.fnarg;
            self.d.fnarg = true;
            self.value(Val::Obj(value));
            self.d.fnarg = fnarg;
        }
        self.d.print(")");
    }

    /// `deparse2buf_name`: `name = ` before an element, quoted when not a valid name.
    fn element_name(&mut self, names: &[Option<Rc<str>>], i: usize) {
        let name = match names.get(i) {
            Some(Some(s)) if !s.is_empty() => s.to_string(),
            Some(None) => "NA".to_string(),
            _ => return,
        };
        if is_valid_name(&name) {
            self.d.print(&name);
        } else if self.d.backtick {
            self.d.print(&format!("`{name}`"));
        } else {
            self.d.print(&format!("\"{name}\""));
        }
        self.d.print(" = ");
    }

    /// `vec2buff`: the elements of a list or expression vector, wrapped at the cutoff.
    fn vec2buff(&mut self, v: Val, do_names: bool) {
        let names = if do_names { self.it.names(v) } else { None };
        let elems = match self.it.list_elems(v) {
            Some(e) => e,
            None => {
                self.unknown = true;
                let n = self.it.length(v);
                self.d.print(&format!("<list of length {n}: elements not simulated>"));
                return;
            }
        };
        let mut lbreak = false;
        for (i, e) in elems.iter().enumerate() {
            if i > 0 {
                self.d.print(", ");
            }
            self.d.linebreak(&mut lbreak);
            if let Some(nv) = &names {
                self.element_name(nv, i);
            }
            self.value(Val::Obj(*e));
        }
        if lbreak {
            self.d.indent -= 1;
        }
    }

    /// A pairlist (`pairlist(...)`, or `as.pairlist(alist(...))` when an element is missing).
    fn pairlist(&mut self, v: Val) {
        let Val::Obj(o) = v else { return };
        let items = match &self.it.heap.obj(o).body {
            Body::Pairlist(items) => items.clone(),
            _ => Vec::new(),
        };
        let attr = self.attr1_if(v);
        let missing = items.iter().any(|(_, x)| *x == Val::Obj(self.it.missing_arg));
        self.d.print(if missing { "as.pairlist(alist(" } else { "pairlist(" });
        self.d.inlist += 1;
        for (i, (tag, x)) in items.iter().enumerate() {
            if let Some(tag) = tag {
                let opts_in = self.d.opts;
                self.d.opts = SIMPLEDEPARSE;
                self.d.symbol(tag);
                self.d.opts = opts_in;
                self.d.print(" = ");
            }
            if *x == Val::Obj(self.it.missing_arg) {
                self.d.print("");
            } else {
                self.value(*x);
            }
            if i + 1 < items.len() {
                self.d.print(", ");
            }
        }
        self.d.print(if missing { "))" } else { ")" });
        self.d.inlist -= 1;
        self.attr2_if(v, attr);
    }

    /// `vector2buff`: an atomic vector.
    fn vector(&mut self, v: Val) {
        let it = self.it;
        let t = it.type_of(v);
        let n = it.length(v) as usize;
        let opts_in = self.d.opts;
        let nums = if matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Raw) {
            it.num_values(v)
        } else {
            None
        };
        let strs = if t == SexpType::Str { it.str_values(v) } else { None };
        // complex elements are known only for the parser's constants (`quote(2i)`), by their key
        let cplx: Option<Vec<(f64, f64)>> = match v {
            Val::Obj(o) if t == SexpType::Cplx => it.consts.iter().find_map(|(k, &id)| match k {
                ConstKey::Cplx(u64::MAX, u64::MAX) if id == o => Some(vec![(na_real(), na_real())]),
                ConstKey::Cplx(re, im) if id == o => Some(vec![(f64::from_bits(*re), f64::from_bits(*im))]),
                _ => None,
            }),
            _ => None,
        };
        let known = match t {
            SexpType::Str => strs.is_some(),
            SexpType::Cplx => n == 0 || cplx.is_some(),
            _ => nums.is_some(),
        };
        if !known {
            self.unknown = true;
            self.d.print(&format!("<{} vector of length {n}: values not simulated>", t.type_name()));
            return;
        }
        let int_seq = t == SexpType::Int && n > 1 && {
            let x = nums.as_ref().unwrap();
            let step = x[1] - x[0];
            !x[0].is_nan()
                && !x[1].is_nan()
                && step.abs() == 1.0
                && x.windows(2).all(|w| !w[1].is_nan() && w[1] - w[0] == step)
        };
        let mut names = None;
        let mut do_names = opts_in & SHOW_ATTR_OR_NMS != 0;
        if do_names {
            names = it.names(v);
            if names.is_none() {
                do_names = false;
            }
        }
        let str_names = do_names && (int_seq || n == 0);
        if str_names {
            self.d.opts &= !NICE_NAMES;
        }
        let attr = if opts_in & SHOW_ATTR_OR_NMS != 0 { self.attr1(v) } else { AttrType::Simple };
        if do_names {
            do_names = attr == AttrType::OkNames || attr == AttrType::StrucAttr;
        }
        let need_c = n > 1 || do_names;
        let names = if do_names { names.unwrap_or_default() } else { Vec::new() };
        if n == 0 {
            self.d.print(match t {
                SexpType::Lgl => "logical(0)",
                SexpType::Int => "integer(0)",
                SexpType::Real => "numeric(0)",
                SexpType::Cplx => "complex(0)",
                SexpType::Str => "character(0)",
                _ => "raw(0)",
            });
        } else if int_seq {
            let x = nums.as_ref().unwrap();
            self.d.print(&format!("{}:{}", x[0] as i64, x[n - 1] as i64));
        } else {
            let keep_na = self.d.opts & KEEPNA != 0;
            let all_na = match t {
                SexpType::Int => (keep_na || self.d.add_l()) && nums.as_ref().unwrap().iter().all(|x| x.is_nan()),
                SexpType::Real => keep_na && nums.as_ref().unwrap().iter().all(|&x| is_na_real(x)),
                SexpType::Str => keep_na && strs.as_ref().unwrap().iter().all(|s| s.is_none()),
                SexpType::Cplx => {
                    keep_na && cplx.as_ref().unwrap().iter().all(|&(re, im)| is_na_real(re) && is_na_real(im))
                }
                _ => keep_na,
            } && self.d.opts & S_COMPAT == 0;
            let raw = t == SexpType::Raw;
            if raw {
                self.d.print("as.raw(");
            }
            if need_c {
                self.d.print("c(");
            }
            for i in 0..n {
                if do_names {
                    self.element_name(&names, i);
                }
                let s = match t {
                    SexpType::Str => match &strs.as_ref().unwrap()[i] {
                        Some(s) => encode_string(s, Some('"')),
                        None if all_na => "NA_character_".into(),
                        None => "NA".into(),
                    },
                    SexpType::Int => {
                        let x = nums.as_ref().unwrap()[i];
                        if x.is_nan() {
                            (if all_na { "NA_integer_" } else { "NA" }).into()
                        } else {
                            self.d.int_text(x as i32)
                        }
                    }
                    SexpType::Real => {
                        let x = nums.as_ref().unwrap()[i];
                        if all_na && is_na_real(x) {
                            "NA_real_".into()
                        } else {
                            self.d.real_elt(x)
                        }
                    }
                    SexpType::Lgl => {
                        let x = nums.as_ref().unwrap()[i];
                        (if x.is_nan() {
                            "NA"
                        } else if x != 0.0 {
                            "TRUE"
                        } else {
                            "FALSE"
                        })
                        .into()
                    }
                    SexpType::Cplx => {
                        let (re, im) = cplx.as_ref().unwrap()[i];
                        if is_na_real(re) && is_na_real(im) {
                            (if all_na { "NA_complex_" } else { "NA" }).into()
                        } else {
                            complex_text(re, im)
                        }
                    }
                    _ => format!("0x{:02x}", nums.as_ref().unwrap()[i] as u8),
                };
                self.d.print(&s);
                if i + 1 < n {
                    self.d.print(", ");
                }
                if n > 1 && self.d.len > self.d.cutoff {
                    self.d.writeline();
                }
                if !self.d.active {
                    break;
                }
            }
            if need_c {
                self.d.print(")");
            }
            if raw {
                self.d.print(")");
            }
        }
        if attr >= AttrType::StrucAttr {
            self.attr2(v, attr == AttrType::StrucAttr);
        }
        if str_names {
            self.d.opts = opts_in;
        }
    }
}

/// Deparse code into lines, the objects its calls hold written as values.
pub fn code_lines(it: &Interp, e: &crate::lang::ast::Expr, cutoff: usize, backtick: bool, opts: u32) -> Vec<String> {
    let mut vd = ValueDeparser::new(it, Deparser::new(cutoff, backtick, opts, None));
    vd.d.expr(e);
    vd.d.finish()
}

/// Deparse a value into lines (`deparse2`: the cutoff, backticks, options, at most `nlines`).
pub fn deparse_value(
    it: &mut Interp,
    v: Val,
    cutoff: usize,
    backtick: bool,
    opts: u32,
    nlines: Option<usize>,
) -> Vec<String> {
    let (lines, unknown) = {
        let mut vd = ValueDeparser::new(it, Deparser::new(cutoff, backtick, opts, nlines));
        vd.value(v);
        (vd.d.finish(), vd.unknown)
    };
    if unknown {
        it.notes.push("deparse() of a value whose elements rheap does not know writes a placeholder".into());
    }
    lines
}

fn int_arg(it: &Interp, a: &Args, i: usize) -> Option<i64> {
    positional(a, i).and_then(|v| it.num_elt(v, 0)).filter(|x| !x.is_nan()).map(|x| x as i64)
}

/// `.Internal(deparse(expr, width.cutoff, backtick, control, nlines))`.
fn do_deparse(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let expr = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let mut cutoff = DEFAULT_CUTOFF;
    if positional(a, 1).is_some_and(|v| !it.is_null(v)) {
        match int_arg(it, a, 1) {
            Some(c) if (MIN_CUTOFF as i64..=MAX_CUTOFF as i64).contains(&c) => cutoff = c as usize,
            _ => it.warn(None, "invalid 'cutoff' value for 'deparse', using default".into())?,
        }
    }
    let backtick =
        positional(a, 2).filter(|v| !it.is_null(*v)).and_then(|v| it.num_elt(v, 0)).is_some_and(|x| x != 0.0);
    let opts = match positional(a, 3).filter(|v| !it.is_null(*v)) {
        Some(_) => int_arg(it, a, 3).unwrap_or(0) as u32,
        None => SHOWATTRIBUTES,
    };
    let nlines = int_arg(it, a, 4).filter(|&n| n > 0).map(|n| n as usize);
    let lines = deparse_value(it, expr, cutoff, backtick, opts, nlines);
    let items: Vec<Option<&str>> = lines.iter().map(|s| Some(s.as_str())).collect();
    Ok(Val::Obj(it.mk_strings(&items)?))
}

/// `.Internal(dput(x, file, control))`: to standard output (`deparse1`: cutoff 60, backticks).
fn do_dput(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let opts = match positional(a, 2).filter(|v| !it.is_null(*v)) {
        Some(_) => int_arg(it, a, 2).unwrap_or(0) as u32,
        None => SHOWATTRIBUTES,
    };
    if positional(a, 1).and_then(|f| it.num_elt(f, 0)) != Some(1.0) {
        return Err(ctx.error("rheap simulates dput() to standard output only"));
    }
    let lines = deparse_value(it, x, DEFAULT_CUTOFF, true, opts, None);
    let mut text = String::new();
    for l in lines {
        text.push_str(&l);
        text.push('\n');
    }
    it.heap.write(Stream::Stdout, text);
    it.visible = false;
    Ok(x)
}

/// `.Internal(stdout())` / `.Internal(stderr())` (connections.c `do_stdout`, `do_stderr`):
/// `ScalarInteger` of connection 1 or 2, of class `c("terminal", "connection")`.
fn terminal(it: &mut Interp, con: u8) -> EvalResult<Val> {
    let id = it.new_num(SexpType::Int, 1, crate::heap::Num::Fill(f64::from(con)))?;
    it.heap.protect(Val::Obj(id));
    let class = it.mk_strings(&[Some("terminal"), Some("connection")])?;
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

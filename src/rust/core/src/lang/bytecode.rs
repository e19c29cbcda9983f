//! The code R's byte compiler (package compiler, `cmp.R`, optimize level 2 as the JIT runs it)
//! makes of a closure body: the length of its instruction stream and its constant pool, which is
//! what `object.size()` of a compiled closure counts (`size.c` sizes a BCODESXP like a pairlist of
//! its code INTSXP and its constants VECSXP).
//!
//! Modelled after `cmp.R` handler by handler: constant folding (`constantFold`: arithmetic,
//! comparison, `c()`, `:` on constants, `T`/`F`/`pi`), symbols, constants (`LDTRUE`, `LDNULL`...),
//! `{`, `(`, assignment of a symbol, `return`, `if`, `&&`, `||`, `for`, `while`, `repeat`,
//! `break`, `next`, unary and binary arithmetic and comparison, `%%`/`%/%`, `[`/`[[` with plain
//! indices, `$`, the guarded base builtins `length`, `sum`, `abs`, `c`, `list`, `is.na`, `sqrt`,
//! `exp`, `rep`, and calls of other functions by name (`GETFUN`, a promise per argument compiled
//! to its own byte code, `CALL`). Every instruction also pools the expression being compiled
//! (the code buffer's expression index). Anything else (complex assignment, `...`, character
//! constants folded into vectors, ...) makes [`compile`] return `None` and the caller keeps the
//! source-code size.

use super::ast::{Const, Expr, Function};
use crate::heap::SexpType;
use crate::object_size::{charsxp_bytes, expr_size, vector_bytes};
use crate::profile::SEXPREC_SIZE;

/// `R_bcVersion`: the first word of every instruction stream.
const BC_VERSION_WORDS: usize = 1;
/// Operand counts of R's opcodes (`eval.c: opinfo`); a word for the opcode itself comes on top.
mod ops {
    pub const RETURN: usize = 0;
    pub const RETURNJMP: usize = 0;
    pub const POP: usize = 0;
    pub const GOTO: usize = 1;
    pub const BRIFNOT: usize = 2;
    pub const INVISIBLE: usize = 0;
    pub const LDCONST: usize = 1;
    pub const LDNULL: usize = 0;
    /// LDTRUE, LDFALSE.
    pub const LDTRUE: usize = 0;
    pub const GETVAR: usize = 1;
    pub const SETVAR: usize = 1;
    pub const GETFUN: usize = 1;
    pub const GETBUILTIN: usize = 1;
    pub const MAKEPROM: usize = 1;
    pub const SETTAG: usize = 1;
    pub const PUSHARG: usize = 0;
    pub const PUSHCONSTARG: usize = 1;
    pub const PUSHNULLARG: usize = 0;
    /// PUSHTRUEARG, PUSHFALSEARG.
    pub const PUSHLGLARG: usize = 0;
    pub const CALL: usize = 1;
    pub const CALLBUILTIN: usize = 1;
    pub const CALLSPECIAL: usize = 1;
    pub const BASEGUARD: usize = 2;
    /// UPLUS, UMINUS, NOT, SQRT, EXP: the call's constant index.
    pub const PRIM1: usize = 1;
    /// ADD ... GE, AND, OR, COLON: the call's constant index.
    pub const PRIM2: usize = 1;
    /// ISLOGICAL, ISINTEGER, ... ISSYMBOL: no operand.
    pub const IS: usize = 0;
    pub const AND1ST: usize = 2;
    pub const AND2ND: usize = 1;
    pub const STARTFOR: usize = 3;
    pub const STEPFOR: usize = 1;
    pub const ENDFOR: usize = 0;
    pub const STARTLOOPCNTXT: usize = 2;
    pub const ENDLOOPCNTXT: usize = 1;
    pub const STARTSUBSET_N: usize = 2;
    pub const VECSUBSET: usize = 1;
    pub const MATSUBSET: usize = 1;
    pub const SUBSET_N: usize = 2;
    pub const DOLLAR: usize = 2;
}

/// A constant the compiler folded: a short logical, integer or double vector.
#[derive(Clone, Debug, PartialEq)]
enum Folded {
    Lgl(Vec<Option<bool>>),
    Int(Vec<Option<i32>>),
    Real(Vec<f64>),
}

impl Folded {
    fn len(&self) -> usize {
        match self {
            Folded::Lgl(v) => v.len(),
            Folded::Int(v) => v.len(),
            Folded::Real(v) => v.len(),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Folded::Lgl(_) => 0,
            Folded::Int(_) => 1,
            Folded::Real(_) => 2,
        }
    }

    fn reals(&self) -> Vec<f64> {
        match self {
            Folded::Lgl(v) => v.iter().map(|b| b.map_or(f64::NAN, |b| b as i32 as f64)).collect(),
            Folded::Int(v) => v.iter().map(|i| i.map_or(f64::NAN, f64::from)).collect(),
            Folded::Real(v) => v.clone(),
        }
    }

    fn ints(&self) -> Vec<Option<i32>> {
        match self {
            Folded::Lgl(v) => v.iter().map(|b| b.map(|b| b as i32)).collect(),
            Folded::Int(v) => v.clone(),
            Folded::Real(v) => v.iter().map(|x| (!x.is_nan()).then_some(*x as i32)).collect(),
        }
    }

    /// `identical()`: same type and elements (doubles by their bits, so NA equals NA).
    fn identical(&self, other: &Folded) -> bool {
        match (self, other) {
            (Folded::Real(a), Folded::Real(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
            }
            _ => self == other,
        }
    }

    fn bytes(&self) -> u64 {
        let t = match self {
            Folded::Lgl(_) => SexpType::Lgl,
            Folded::Int(_) => SexpType::Int,
            Folded::Real(_) => SexpType::Real,
        };
        vector_bytes(t, self.len() as u64)
    }
}

/// An entry of a constant pool.
enum Entry<'a> {
    Code(&'a Expr),
    Value(Folded),
    /// A promise's code: its own byte-code object.
    Promise(Box<CodeBuf<'a>>),
    /// A tag's symbol (`SETTAG`).
    Symbol(&'a str),
}

/// An instruction stream's length and its constant pool as `cmp.R`'s code buffer builds them.
pub struct CodeBuf<'a> {
    words: usize,
    consts: Vec<Entry<'a>>,
    /// The expression being compiled, which every instruction records in the expression index.
    current: &'a Expr,
}

impl<'a> CodeBuf<'a> {
    fn new(e: &'a Expr) -> CodeBuf<'a> {
        CodeBuf { words: BC_VERSION_WORDS, consts: vec![Entry::Code(e)], current: e }
    }

    fn putcode(&mut self, operands: usize) {
        self.words += 1 + operands;
        let e = self.current;
        self.putconst(e);
    }

    /// `putconst`: an existing constant `identical` to `e` is reused (a constant of the code and
    /// the same value folded are one constant).
    fn putconst(&mut self, e: &'a Expr) {
        if let (Expr::Const(_), Some(v)) = (e, constant_fold(e)) {
            return self.putvalue(v);
        }
        if !self.consts.iter().any(|c| matches!(c, Entry::Code(x) if identical(x, e))) {
            self.consts.push(Entry::Code(e));
        }
    }

    fn putsym(&mut self, name: &'a str) {
        let same = |c: &Entry| match c {
            Entry::Symbol(n) => *n == name,
            Entry::Code(Expr::Sym(s)) => &**s == name,
            _ => false,
        };
        if !self.consts.iter().any(same) {
            self.consts.push(Entry::Symbol(name));
        }
    }

    fn putvalue(&mut self, v: Folded) {
        if !self.consts.iter().any(|c| matches!(c, Entry::Value(x) if x.identical(&v))) {
            self.consts.push(Entry::Value(v));
        }
    }

    /// `object.size` of the BCODESXP: its node, the code INTSXP (two ints per instruction word
    /// with threaded code), the constants VECSXP whose last element is the `expressionsIndex`
    /// INTSXP (one int per word, class attribute "expressionsIndex"), and the trailing
    /// R_NilValue-terminated cell size.c counts like a pairlist.
    fn size(&self) -> u64 {
        let code = vector_bytes(SexpType::Int, 2 * self.words as u64);
        let class_attr =
            2 * SEXPREC_SIZE + vector_bytes(SexpType::Str, 1) + charsxp_bytes("expressionsIndex".len() as u64);
        let index = vector_bytes(SexpType::Int, self.words as u64) + class_attr;
        let entries: u64 = self
            .consts
            .iter()
            .map(|c| match c {
                Entry::Code(e) => expr_size(e),
                Entry::Value(v) => v.bytes(),
                Entry::Promise(cb) => cb.size(),
                Entry::Symbol(_) => SEXPREC_SIZE,
            })
            .sum();
        let pool = vector_bytes(SexpType::Vec, self.consts.len() as u64 + 1) + entries + index;
        SEXPREC_SIZE + code + pool + SEXPREC_SIZE
    }
}

/// `identical()` of two pool entries (code objects by their instructions and constants).
fn same_entry(a: &Entry, b: &Entry) -> bool {
    match (a, b) {
        (Entry::Code(x), Entry::Code(y)) => identical(x, y),
        (Entry::Value(x), Entry::Value(y)) => x.identical(y),
        (Entry::Symbol(x), Entry::Symbol(y)) => x == y,
        (Entry::Symbol(n), Entry::Code(Expr::Sym(s))) | (Entry::Code(Expr::Sym(s)), Entry::Symbol(n)) => &**s == *n,
        (Entry::Promise(x), Entry::Promise(y)) => {
            x.words == y.words
                && x.consts.len() == y.consts.len()
                && x.consts.iter().zip(&y.consts).all(|(p, q)| same_entry(p, q))
        }
        _ => false,
    }
}

/// The compilation context (`make.*Context`): whether the value is returned here, and whether
/// `break`/`next` can jump within this code (inside a loop that needs no context).
#[derive(Clone, Copy)]
struct Cntxt {
    tail: bool,
    goto_ok: bool,
    in_loop: bool,
    /// A `return()` must jump out of a loop context or a promise (`RETURNJMP`).
    need_returnjmp: bool,
}

impl Cntxt {
    fn non_tail(self) -> Cntxt {
        Cntxt { tail: false, ..self }
    }
    fn arg(self) -> Cntxt {
        Cntxt { tail: false, goto_ok: false, ..self }
    }
}

/// `identical()` of two pieces of code (source positions are not part of R's code).
fn identical(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Const(x), Expr::Const(y)) => match (x, y) {
            (Const::Real(Some(p)), Const::Real(Some(q))) => p.to_bits() == q.to_bits() || p == q,
            _ => x == y,
        },
        (Expr::Sym(x), Expr::Sym(y)) => x == y,
        (Expr::Call(x), Expr::Call(y)) => {
            identical(&x.fun, &y.fun)
                && x.args.len() == y.args.len()
                && x.args.iter().zip(&y.args).all(|(p, q)| {
                    p.name == q.name
                        && match (&p.value, &q.value) {
                            (Some(u), Some(v)) => identical(u, v),
                            (None, None) => true,
                            _ => false,
                        }
                })
        }
        (Expr::Function(x), Expr::Function(y)) => x == y,
        _ => false,
    }
}

/// `genCode(e, cntxt, loc)`: `e`'s own code buffer, whose current expression starts as `loc`'s
/// (a promise's code records the call it is an argument of).
fn gen_code<'a>(e: &'a Expr, cntxt: Cntxt, current: &'a Expr) -> Option<CodeBuf<'a>> {
    let mut cb = CodeBuf::new(e);
    cb.current = current;
    cmp_at(e, &mut cb, cntxt)?;
    Some(cb)
}

/// `object.size` of a closure whose body the JIT compiled, if its code is modelled.
pub fn compiled_function_size(f: &Function) -> Option<u64> {
    let top = Cntxt { tail: true, goto_ok: false, in_loop: false, need_returnjmp: false };
    let cb = gen_code(&f.body, top, &f.body)?;
    Some(crate::object_size::formals_size(f) + cb.size() + SEXPREC_SIZE)
}

/// `cmp(e)` with `setloc`: `e` is the current expression while it compiles.
fn cmp<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let saved = std::mem::replace(&mut cb.current, e);
    let r = cmp_at(e, cb, cntxt);
    cb.current = saved;
    r
}

/// `cmp` without changing the current expression: constant folding first, then by kind.
fn cmp_at<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    if let Some(v) = constant_fold(e) {
        return cmp_value(v, cb, cntxt);
    }
    match e {
        Expr::Sym(s) => {
            if s.starts_with("..") || &**s == "..." {
                return None;
            }
            cb.putconst(e);
            cb.putcode(ops::GETVAR);
            finish(cb, cntxt);
            Some(())
        }
        Expr::Const(Const::Null) => {
            cb.putcode(ops::LDNULL);
            finish(cb, cntxt);
            Some(())
        }
        Expr::Const(Const::Logical(Some(_))) => {
            cb.putcode(ops::LDTRUE);
            finish(cb, cntxt);
            Some(())
        }
        Expr::Const(_) => {
            cb.putconst(e);
            cb.putcode(ops::LDCONST);
            finish(cb, cntxt);
            Some(())
        }
        Expr::Call(_) => cmp_call(e, cb, cntxt),
        Expr::Function(_) => None,
    }
}

/// `cmpConst` of a folded value: TRUE and FALSE have their own instructions.
fn cmp_value(v: Folded, cb: &mut CodeBuf, cntxt: Cntxt) -> Option<()> {
    match &v {
        Folded::Lgl(b) if b.len() == 1 && b[0].is_some() => cb.putcode(ops::LDTRUE),
        _ => {
            cb.putvalue(v);
            cb.putcode(ops::LDCONST);
        }
    }
    finish(cb, cntxt);
    Some(())
}

fn finish(cb: &mut CodeBuf, cntxt: Cntxt) {
    if cntxt.tail {
        cb.putcode(ops::RETURN);
    }
}

/// The unnamed argument values of a call, if none is empty, named or `...`.
fn plain_args(c: &super::ast::Call) -> Option<Vec<&Expr>> {
    c.args
        .iter()
        .map(|a| match (&a.name, &a.value) {
            (None, Some(v)) if !matches!(v, Expr::Sym(s) if &**s == "...") => Some(v),
            _ => None,
        })
        .collect()
}

/// `cmpCall`: the call is the current expression while its code is made.
fn cmp_call<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let saved = std::mem::replace(&mut cb.current, e);
    let r = cmp_call_at(e, cb, cntxt);
    cb.current = saved;
    r
}

/// The inline handlers modelled, else a call of a function found by name.
fn cmp_call_at<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    let name = e.call_name()?;
    let vals = plain_args(c);
    match (name, vals.as_deref()) {
        ("{", Some(v)) => cmp_brace(v, cb, cntxt),
        ("(", Some([v])) => cmp(v, cb, cntxt),
        ("<-" | "=", Some([target @ Expr::Sym(_), value])) => {
            cmp(value, cb, cntxt.non_tail())?;
            cb.putconst(target);
            cb.putcode(ops::SETVAR);
            if cntxt.tail {
                cb.putcode(ops::INVISIBLE);
                cb.putcode(ops::RETURN);
            }
            Some(())
        }
        ("return", Some(v)) if v.len() <= 1 => {
            match v.first() {
                Some(v) => cmp(v, cb, cntxt.non_tail())?,
                None => cmp_value_null(cb, cntxt.non_tail()),
            }
            cb.putcode(if cntxt.need_returnjmp { ops::RETURNJMP } else { ops::RETURN });
            Some(())
        }
        ("if", Some([test, then, rest @ ..])) if rest.len() <= 1 => {
            cmp_if(e, test, then, rest.first().copied(), cb, cntxt)
        }
        ("&&" | "||", Some([a, b])) => {
            let inner = cntxt.arg();
            cb.putconst(e);
            cmp(a, cb, inner)?;
            cb.putcode(ops::AND1ST);
            cmp(b, cb, inner)?;
            cb.putcode(ops::AND2ND);
            finish(cb, cntxt);
            Some(())
        }
        ("for", _) => cmp_for(e, cb, cntxt),
        ("while", Some([cond, body])) => cmp_while(e, Some(cond), body, cb, cntxt),
        ("repeat", Some([body])) => cmp_while(e, None, body, cb, cntxt),
        ("break" | "next", Some([])) if cntxt.in_loop && cntxt.goto_ok => {
            cb.putcode(ops::GOTO);
            Some(())
        }
        ("+" | "-" | "*" | "/" | "^" | "==" | "!=" | "<" | "<=" | ">=" | ">" | "&" | "|", Some([a, b])) => {
            cmp(a, cb, cntxt.non_tail())?;
            cmp(b, cb, cntxt.arg())?;
            cb.putconst(e);
            cb.putcode(ops::PRIM2);
            finish(cb, cntxt);
            Some(())
        }
        (":", Some([a, b])) => {
            cmp(a, cb, cntxt.non_tail())?;
            cmp(b, cb, cntxt.arg())?;
            cb.putconst(e);
            cb.putcode(ops::PRIM2);
            finish(cb, cntxt);
            Some(())
        }
        ("-" | "+" | "!", Some([a])) => cmp_prim1(e, a, cb, cntxt),
        ("%%" | "%/%", Some([_, _])) => cmp_builtin(e, cb, cntxt),
        ("[" | "[[", Some([x, idx @ ..])) if !idx.is_empty() => cmp_subset(e, x, idx, cb, cntxt),
        ("$", _) => cmp_dollar(e, cb, cntxt),
        // base functions inlined behind a guard (`tryInline` with `BASEGUARD`)
        ("length" | "sum" | "abs" | "c" | "list" | "is.na", _) if guardable(c) => {
            guarded(e, cb, cntxt, |cb, cntxt| cmp_builtin(e, cb, cntxt))
        }
        ("sqrt" | "exp", Some([a])) => guarded(e, cb, cntxt, |cb, cntxt| cmp_prim1(e, a, cb, cntxt)),
        // `cmpIs`: the ISLOGICAL ... ISSYMBOL opcodes on one plain argument
        (
            "is.logical" | "is.integer" | "is.double" | "is.complex" | "is.character" | "is.symbol" | "is.name"
            | "is.null" | "is.object",
            Some([a]),
        ) => guarded(e, cb, cntxt, |cb, cntxt| {
            cmp(a, cb, cntxt.arg())?;
            cb.putcode(ops::IS);
            finish(cb, cntxt);
            Some(())
        }),
        ("rep", _) => guarded(e, cb, cntxt, |cb, cntxt| {
            cb.putconst(e);
            cb.putcode(ops::CALLSPECIAL);
            finish(cb, cntxt);
            Some(())
        }),
        _ if is_language_fun(name) || has_inline_handler(name) => None,
        _ => cmp_call_sym_fun(e, cb, cntxt),
    }
}

fn cmp_value_null(cb: &mut CodeBuf, cntxt: Cntxt) {
    cb.putcode(ops::LDNULL);
    finish(cb, cntxt);
}

/// `cmpBrace`: every expression but the last in a no-value context, followed by POP.
fn cmp_brace<'a>(v: &[&'a Expr], cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Some((last, rest)) = v.split_last() else {
        cmp_value_null(cb, cntxt);
        return Some(());
    };
    let saved = cb.current;
    for e in rest {
        cb.current = e;
        cmp_at(e, cb, cntxt.non_tail())?;
        cb.putcode(ops::POP);
    }
    cb.current = last;
    cmp_at(last, cb, cntxt)?;
    cb.current = saved;
    Some(())
}

/// `cmpPrim1`: the operand, then the opcode with the call as its constant.
fn cmp_prim1<'a>(e: &'a Expr, a: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    cmp(a, cb, cntxt.non_tail())?;
    cb.putconst(e);
    cb.putcode(ops::PRIM1);
    finish(cb, cntxt);
    Some(())
}

/// The `if` handler: the test, BRIFNOT to the else part; in tail position each branch returns,
/// elsewhere the then part jumps over the else part (an absent else gives NULL).
fn cmp_if<'a>(
    e: &'a Expr,
    test: &'a Expr,
    then: &'a Expr,
    otherwise: Option<&'a Expr>,
    cb: &mut CodeBuf<'a>,
    cntxt: Cntxt,
) -> Option<()> {
    if let Some(Folded::Lgl(b)) = constant_fold(test) {
        if let [Some(b)] = b.as_slice() {
            return match (b, otherwise) {
                (true, _) => cmp(then, cb, cntxt),
                (false, Some(o)) => cmp(o, cb, cntxt),
                (false, None) => {
                    cb.putcode(ops::LDNULL);
                    if cntxt.tail {
                        cb.putcode(ops::INVISIBLE);
                        cb.putcode(ops::RETURN);
                    }
                    Some(())
                }
            };
        }
    }
    cmp(test, cb, cntxt.non_tail())?;
    cb.putconst(e);
    cb.putcode(ops::BRIFNOT);
    cmp(then, cb, cntxt)?;
    if cntxt.tail {
        match otherwise {
            Some(o) => cmp(o, cb, cntxt)?,
            None => {
                cb.putcode(ops::LDNULL);
                cb.putcode(ops::INVISIBLE);
                cb.putcode(ops::RETURN);
            }
        }
    } else {
        cb.putcode(ops::GOTO);
        match otherwise {
            Some(o) => cmp(o, cb, cntxt)?,
            None => cb.putcode(ops::LDNULL),
        }
    }
    Some(())
}

/// Whether a loop body needs no loop context (`checkSkipLoopCntxt`): no `break`/`next` inside
/// the argument of a call other than `(`, `{` and `if`.
fn skip_loop_context(e: &Expr, break_ok: bool) -> bool {
    let Expr::Call(c) = e else { return true };
    let args = || c.args.iter().filter_map(|a| a.value.as_ref());
    match e.call_name() {
        Some("break" | "next") if !break_ok => false,
        Some("function" | "for" | "while" | "repeat") => true,
        Some("(" | "{" | "if") => args().all(|a| skip_loop_context(a, break_ok)),
        Some("eval" | "evalq" | "source") => false,
        Some(_) => args().all(|a| skip_loop_context(a, false)),
        None => skip_loop_context(&c.fun, false) && args().all(|a| skip_loop_context(a, false)),
    }
}

/// The `for` handler (`cmpForBody`).
fn cmp_for<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    let args = plain_args(c)?;
    let [var @ Expr::Sym(_), seq, body] = args.as_slice() else { return None };
    cmp(seq, cb, cntxt.non_tail())?;
    cb.putconst(var);
    cb.putconst(e);
    let loop_cntxt = |need_returnjmp| Cntxt { tail: false, goto_ok: true, in_loop: true, need_returnjmp };
    if skip_loop_context(body, true) {
        cb.putcode(ops::STARTFOR);
        cmp(body, cb, loop_cntxt(cntxt.need_returnjmp))?;
        cb.putcode(ops::POP);
        cb.putcode(ops::STEPFOR);
    } else {
        cb.putcode(ops::STARTFOR);
        cb.putcode(ops::STARTLOOPCNTXT);
        cb.putcode(ops::GOTO);
        cmp(body, cb, loop_cntxt(true))?;
        cb.putcode(ops::POP);
        cb.putcode(ops::STEPFOR);
        cb.putcode(ops::ENDLOOPCNTXT);
    }
    cb.putcode(ops::ENDFOR);
    if cntxt.tail {
        cb.putcode(ops::INVISIBLE);
        cb.putcode(ops::RETURN);
    }
    Some(())
}

/// The `while` (with a condition) and `repeat` handlers (`cmpWhileBody`, `cmpRepeatBody`).
fn cmp_while<'a>(
    e: &'a Expr,
    cond: Option<&'a Expr>,
    body: &'a Expr,
    cb: &mut CodeBuf<'a>,
    cntxt: Cntxt,
) -> Option<()> {
    let skip = cond.is_none_or(|c| skip_loop_context(c, true)) && skip_loop_context(body, true);
    let lc = Cntxt { tail: false, goto_ok: true, in_loop: true, need_returnjmp: cntxt.need_returnjmp || !skip };
    if !skip {
        cb.putcode(ops::STARTLOOPCNTXT);
    }
    if let Some(cond) = cond {
        cmp(cond, cb, lc)?;
        cb.putconst(e);
        cb.putcode(ops::BRIFNOT);
    }
    cmp(body, cb, lc)?;
    cb.putcode(ops::POP);
    cb.putcode(ops::GOTO);
    if !skip {
        cb.putcode(ops::ENDLOOPCNTXT);
    }
    cb.putcode(ops::LDNULL);
    if cntxt.tail {
        cb.putcode(ops::INVISIBLE);
        cb.putcode(ops::RETURN);
    }
    Some(())
}

/// `cmpSubsetDispatch` for `x[i]`, `x[i, j]`, `x[[i]]`: indices compiled with missing allowed.
fn cmp_subset<'a>(e: &'a Expr, x: &'a Expr, idx: &[&'a Expr], cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let inner = cntxt.arg();
    cb.putconst(e);
    cmp(x, cb, inner)?;
    cb.putcode(ops::STARTSUBSET_N);
    for i in idx {
        // GETVAR_MISSOK for a symbol has GETVAR's length
        cmp(i, cb, inner)?;
    }
    cb.putcode(match idx.len() {
        1 => ops::VECSUBSET,
        2 => ops::MATSUBSET,
        _ => ops::SUBSET_N,
    });
    finish(cb, cntxt);
    Some(())
}

/// The `$` handler: `x$name` with a symbol (or string) name.
fn cmp_dollar<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    let [x, name] = plain_args(c)?[..] else { return None };
    let Expr::Sym(_) = name else { return None };
    cmp(x, cb, cntxt.arg())?;
    cb.putconst(e);
    cb.putconst(name);
    cb.putcode(ops::DOLLAR);
    finish(cb, cntxt);
    Some(())
}

/// `cmpBuiltin`: GETBUILTIN, each argument pushed (a constant directly), CALLBUILTIN.
fn cmp_builtin<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    cb.putconst(&c.fun);
    cb.putcode(ops::GETBUILTIN);
    for a in &c.args {
        let v = a.value.as_ref()?;
        match v {
            // `cmpBuiltinArgs`: a symbol is folded (T, F, pi) or read in place, without
            // becoming the current expression; a call is compiled; a constant pushed
            Expr::Sym(_) => match constant_fold(v) {
                Some(f) => cmp_const_arg_value(f, cb),
                None => {
                    cmp_at(v, cb, cntxt.arg())?;
                    cb.putcode(ops::PUSHARG);
                }
            },
            Expr::Call(_) => {
                cmp(v, cb, cntxt.arg())?;
                cb.putcode(ops::PUSHARG);
            }
            Expr::Const(k) => cmp_const_arg(v, k, cb),
            Expr::Function(_) => return None,
        }
        cmp_tag(a, cb)?;
    }
    cb.putconst(e);
    cb.putcode(ops::CALLBUILTIN);
    finish(cb, cntxt);
    Some(())
}

/// `cmpConstArg` of a constant of the code: NULL, TRUE and FALSE have their own instructions.
fn cmp_const_arg<'a>(v: &'a Expr, k: &Const, cb: &mut CodeBuf<'a>) {
    match k {
        Const::Null => cb.putcode(ops::PUSHNULLARG),
        Const::Logical(Some(_)) => cb.putcode(ops::PUSHLGLARG),
        _ => {
            cb.putconst(v);
            cb.putcode(ops::PUSHCONSTARG);
        }
    }
}

fn cmp_const_arg_value(f: Folded, cb: &mut CodeBuf) {
    match &f {
        Folded::Lgl(b) if b.len() == 1 && b[0].is_some() => cb.putcode(ops::PUSHLGLARG),
        _ => {
            cb.putvalue(f);
            cb.putcode(ops::PUSHCONSTARG);
        }
    }
}

/// `cmpTag`: SETTAG with the tag as a symbol constant.
fn cmp_tag<'a>(a: &'a super::ast::Arg, cb: &mut CodeBuf<'a>) -> Option<()> {
    if let Some(n) = a.name.as_deref().filter(|n| !n.is_empty()) {
        cb.putsym(n);
        cb.putcode(ops::SETTAG);
    }
    Some(())
}

/// `cmpCallSymFun`: GETFUN, a promise for each argument (its own byte code) or a constant,
/// CALL.
fn cmp_call_sym_fun<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    cb.putconst(&c.fun);
    cb.putcode(ops::GETFUN);
    let promise = Cntxt { tail: true, goto_ok: false, in_loop: cntxt.in_loop, need_returnjmp: true };
    for a in &c.args {
        let v = a.value.as_ref()?;
        match v {
            Expr::Sym(s) if &**s == "..." => return None,
            Expr::Sym(_) | Expr::Call(_) => {
                let code = Entry::Promise(Box::new(gen_code(v, promise, cb.current)?));
                // an identical promise code is pooled once
                if !cb.consts.iter().any(|c| same_entry(c, &code)) {
                    cb.consts.push(code);
                }
                cb.putcode(ops::MAKEPROM);
            }
            Expr::Const(k) => cmp_const_arg(v, k, cb),
            Expr::Function(_) => return None,
        }
        cmp_tag(a, cb)?;
    }
    cb.putconst(e);
    cb.putcode(ops::CALL);
    finish(cb, cntxt);
    Some(())
}

/// `tryInline` for a base function: BASEGUARD with the call, the handler's code, the end label.
fn guarded<'a>(
    e: &'a Expr,
    cb: &mut CodeBuf<'a>,
    cntxt: Cntxt,
    handler: impl FnOnce(&mut CodeBuf<'a>, Cntxt) -> Option<()>,
) -> Option<()> {
    cb.putconst(e);
    cb.putcode(ops::BASEGUARD);
    handler(cb, cntxt.non_tail())?;
    finish(cb, cntxt);
    Some(())
}

/// Builtin handlers give up on `...` and empty arguments.
fn guardable(c: &super::ast::Call) -> bool {
    c.args.iter().all(|a| matches!(&a.value, Some(v) if !matches!(v, Expr::Sym(s) if &**s == "...")))
}

/// `languageFuns`: base functions the compiler inlines without a guard.
fn is_language_fun(name: &str) -> bool {
    matches!(
        name,
        "^" | "~"
            | "<"
            | "<<-"
            | "<="
            | "<-"
            | "="
            | "=="
            | ">"
            | ">="
            | "|"
            | "||"
            | "-"
            | ":"
            | "!"
            | "!="
            | "/"
            | "("
            | "["
            | "[<-"
            | "[["
            | "[[<-"
            | "{"
            | "@"
            | "$"
            | "$<-"
            | "*"
            | "&"
            | "&&"
            | "%/%"
            | "%*%"
            | "%%"
            | "+"
            | "::"
            | ":::"
            | "@<-"
            | "break"
            | "for"
            | "function"
            | "if"
            | "next"
            | "repeat"
            | "while"
            | "local"
            | "return"
            | "switch"
    )
}

/// Other base functions with an inline handler (not modelled here beyond those matched above).
fn has_inline_handler(name: &str) -> bool {
    matches!(
        name,
        "seq_len"
            | "seq_along"
            | "is.logical"
            | "is.numeric"
            | "is.character"
            | "is.integer"
            | "is.double"
            | "is.complex"
            | "is.symbol"
            | "is.name"
            | "is.null"
            | "is.object"
            | "log"
            | "floor"
            | "ceiling"
            | "sign"
            | "cos"
            | "sin"
            | "tan"
            | ".Internal"
            | ".Call"
            | "invisible"
            | "vector"
            | "numeric"
            | "integer"
            | "logical"
            | "character"
            | "max"
            | "min"
            | "prod"
            | "range"
            | "round"
            | "signif"
            | "trunc"
            | "unlist"
            | "lapply"
            | "sapply"
            | "vapply"
            | "paste"
            | "paste0"
            | "identity"
            | "missing"
            | "quote"
            | "on.exit"
            | "UseMethod"
            | "NextMethod"
            | "standardGeneric"
            | "stop"
            | "warning"
            | "nchar"
            | "mean"
            | "which"
    ) && !matches!(name, "paste" | "paste0" | "mean" | "which" | "stop" | "warning" | "nchar" | "identity")
}

/// `constantFold` in a function defined in the global environment (optimize level 2): a call of
/// a folding function that is also a language function (`getFoldFun` needs `isBaseVar`) on
/// constants, as a short logical/integer/double vector (character and complex results are not
/// modelled).
fn constant_fold(e: &Expr) -> Option<Folded> {
    match e {
        Expr::Const(Const::Logical(b)) => Some(Folded::Lgl(vec![*b])),
        Expr::Const(Const::Int(i)) => Some(Folded::Int(vec![*i])),
        Expr::Const(Const::Real(x)) => Some(Folded::Real(vec![x.unwrap_or_else(crate::heap::na_real)])),
        Expr::Const(_) => None,
        // `T`, `F`, `pi` fold only where base is known not to be shadowed (not in the global
        // environment at optimize level 2)
        Expr::Sym(_) => None,
        Expr::Call(c) => {
            let name = e.call_name()?;
            let args: Vec<Folded> = plain_args(c)?.iter().map(|a| constant_fold(a)).collect::<Option<_>>()?;
            let folded = fold_call(name, &args)?;
            (folded.len() <= 10).then_some(folded)
        }
        Expr::Function(_) => None,
    }
}

/// Folding one call (only what yields logical/integer/double values exactly as R computes them).
fn fold_call(name: &str, args: &[Folded]) -> Option<Folded> {
    match (name, args) {
        ("(", [a]) => Some(a.clone()),
        ("-", [a]) => Some(match a {
            Folded::Real(v) => Folded::Real(v.iter().map(|x| -x).collect()),
            other => Folded::Int(other.ints().iter().map(|i| i.map(|i| -i)).collect()),
        }),
        ("+", [a]) => Some(match a {
            Folded::Lgl(_) => Folded::Int(a.ints()),
            other => other.clone(),
        }),
        ("!", [a]) => Some(Folded::Lgl(a.reals().iter().map(|x| (!x.is_nan()).then_some(*x == 0.0)).collect())),
        ("+" | "-" | "*" | "/" | "^" | "==" | "!=" | "<" | "<=" | ">" | ">=", [a, b]) => {
            let (x, y) = (a.reals(), b.reals());
            if x.is_empty() || y.is_empty() {
                return None;
            }
            let n = x.len().max(y.len());
            if n % x.len() != 0 || n % y.len() != 0 {
                return None;
            }
            let pairs = (0..n).map(|i| (x[i % x.len()], y[i % y.len()]));
            let compare = |f: fn(f64, f64) -> bool| {
                Folded::Lgl(pairs.clone().map(|(p, q)| (!p.is_nan() && !q.is_nan()).then(|| f(p, q))).collect())
            };
            let int_result = a.rank() <= 1 && b.rank() <= 1 && !matches!(name, "/" | "^");
            let arith = |f: fn(f64, f64) -> f64| -> Option<Folded> {
                let v: Vec<f64> = pairs.clone().map(|(p, q)| f(p, q)).collect();
                if int_result {
                    if v.iter().any(|x| !x.is_nan() && x.abs() > i32::MAX as f64) {
                        return None;
                    }
                    Some(Folded::Int(v.iter().map(|x| (!x.is_nan()).then_some(*x as i32)).collect()))
                } else {
                    Some(Folded::Real(v))
                }
            };
            match name {
                "+" => arith(|p, q| p + q),
                "-" => arith(|p, q| p - q),
                "*" => arith(|p, q| p * q),
                "/" => arith(|p, q| p / q),
                "^" => arith(f64::powf),
                "==" => Some(compare(|p, q| p == q)),
                "!=" => Some(compare(|p, q| p != q)),
                "<" => Some(compare(|p, q| p < q)),
                "<=" => Some(compare(|p, q| p <= q)),
                ">" => Some(compare(|p, q| p > q)),
                _ => Some(compare(|p, q| p >= q)),
            }
        }
        (":", [a, b]) if a.len() == 1 && b.len() == 1 => {
            let (from, to) = (a.reals()[0], b.reals()[0]);
            if from.is_nan() || to.is_nan() || (to - from).abs() >= 10.0 {
                return None;
            }
            let n = (to - from).abs() as usize + 1;
            let step = if to >= from { 1.0 } else { -1.0 };
            let v: Vec<f64> = (0..n).map(|k| from + step * k as f64).collect();
            if from.fract() == 0.0 && from.abs() <= i32::MAX as f64 {
                Some(Folded::Int(v.iter().map(|x| Some(*x as i32)).collect()))
            } else {
                Some(Folded::Real(v))
            }
        }
        _ => None,
    }
}

//! The code R's byte compiler (package compiler, `cmp.R`, optimize level 2 as the JIT runs it)
//! makes of a closure body: the length of its instruction stream and its constant pool, which is
//! what `object.size()` of a compiled closure counts (`size.c` sizes a BCODESXP like a pairlist of
//! its code INTSXP and its constants VECSXP).
//!
//! Only a small part of the language is modelled: symbols, constants, `{`, `(`, assignment of a
//! symbol, `return(v)`, `if` in tail position (cmpIf), unary `-`/`+`/`!` (cmpPrim1), and binary arithmetic/comparison whose second operand is not a call (otherwise cmpPrim2
//! may add INCLNK/DECLNK). Anything else makes [`compile`] return `None` and the caller keeps the
//! source-code size.

use super::ast::{Const, Expr, Function};
use crate::heap::SexpType;
use crate::object_size::{charsxp_bytes, expr_size, vector_bytes};
use crate::profile::SEXPREC_SIZE;

/// `R_bcVersion`: the first word of every instruction stream.
const BC_VERSION_WORDS: usize = 1;
/// Operand counts of R's opcodes (`eval.c: opinfo`); a word for the opcode itself comes on top.
const RETURN_OPS: usize = 0;
const POP_OPS: usize = 0;
const GETVAR_OPS: usize = 1;
const SETVAR_OPS: usize = 1;
const LDCONST_OPS: usize = 1;
const LDNULL_OPS: usize = 0;
/// BRIFNOT: the call's constant index and the label of the code to run when the test is false.
const BRIFNOT_OPS: usize = 2;
/// INVISIBLE: no operand (an `if` without `else` returns an invisible NULL).
const INVISIBLE_OPS: usize = 0;
/// UPLUS, UMINUS, NOT: one operand, the call's constant index.
const ARITH1_OPS: usize = 1;
/// ADD, SUB, MUL, DIV, EXPT, EQ, NE, LT, LE, GE, GT: one operand, the call's constant index.
const ARITH2_OPS: usize = 1;

/// An instruction stream's length and its constant pool as `cmp.R`'s code buffer builds them.
pub struct CodeBuf<'a> {
    words: usize,
    consts: Vec<&'a Expr>,
}

impl<'a> CodeBuf<'a> {
    fn putcode(&mut self, operands: usize) {
        self.words += 1 + operands;
    }

    /// `putconst`: an existing constant `identical` to `e` is reused.
    fn putconst(&mut self, e: &'a Expr) {
        if !self.consts.iter().any(|c| identical(c, e)) {
            self.consts.push(e);
        }
    }
}

/// Code buffer context: whether the value is returned (`tailcall`) or dropped (`{`'s non-last
/// expressions).
#[derive(Clone, Copy, PartialEq)]
enum Cntxt {
    Tail,
    Value,
    NoValue,
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

/// `genCode` for a closure body: the number of instruction words and the pool (body first).
pub fn compile(body: &Expr) -> Option<(usize, Vec<&Expr>)> {
    let mut cb = CodeBuf { words: BC_VERSION_WORDS, consts: vec![body] };
    cmp(body, &mut cb, Cntxt::Tail)?;
    Some((cb.words, cb.consts))
}

/// The end of an expression's code in its context.
fn finish(cb: &mut CodeBuf, cntxt: Cntxt) {
    match cntxt {
        Cntxt::Tail => cb.putcode(RETURN_OPS),
        Cntxt::NoValue => cb.putcode(POP_OPS),
        Cntxt::Value => {}
    }
}

fn cmp<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    match e {
        Expr::Sym(_) => cmp_sym(e, cb, cntxt),
        Expr::Const(c) => cmp_const(e, c, cb, cntxt),
        Expr::Call(_) => cmp_call(e, cb, cntxt),
        Expr::Function(_) => None,
    }
}

/// `cmpSym`: GETVAR of the symbol (`...`, `..n` and the logical symbols are not modelled).
fn cmp_sym<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Sym(s) = e else { return None };
    if s.starts_with("..") || matches!(&**s, "TRUE" | "FALSE" | "T" | "F") {
        return None;
    }
    cb.putconst(e);
    cb.putcode(GETVAR_OPS);
    finish(cb, cntxt);
    Some(())
}

/// `cmpConst`: LDNULL, or LDCONST of a pooled constant (logical constants load by LDTRUE/LDFALSE
/// in R and are not modelled).
fn cmp_const<'a>(e: &'a Expr, c: &Const, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    match c {
        Const::Null => cb.putcode(LDNULL_OPS),
        Const::Logical(_) => return None,
        _ => {
            cb.putconst(e);
            cb.putcode(LDCONST_OPS);
        }
    }
    finish(cb, cntxt);
    Some(())
}

/// `cmpCall` through the inline handlers modelled here.
fn cmp_call<'a>(e: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    let vals: Option<Vec<&Expr>> =
        c.args.iter().map(|a| if a.name.is_none() { a.value.as_ref() } else { None }).collect();
    let vals = vals?;
    match (e.call_name()?, vals.as_slice()) {
        ("{", [_, ..]) => {
            for v in &vals[..vals.len() - 1] {
                cmp(v, cb, Cntxt::NoValue)?;
            }
            cmp(vals[vals.len() - 1], cb, cntxt)
        }
        ("(", [v]) => cmp(v, cb, cntxt),
        ("<-" | "=", [target @ Expr::Sym(_), value]) if cntxt == Cntxt::NoValue => {
            cmp(value, cb, Cntxt::Value)?;
            cb.putconst(target);
            cb.putcode(SETVAR_OPS);
            // the assignment call itself is pooled too (for the expressions index)
            cb.putconst(e);
            finish(cb, cntxt);
            Some(())
        }
        ("+" | "-" | "*" | "/" | "^" | "==" | "!=" | "<" | "<=" | ">=" | ">", [a, b])
            if !matches!(b, Expr::Call(_)) =>
        {
            cmp_prim2(e, a, b, cb, cntxt)
        }
        // `cmpIf` in tail position: the test, BRIFNOT to the else branch, the then branch
        // returning, then the else branch (or an invisible NULL) returning
        ("if", [test, then, rest @ ..]) if cntxt == Cntxt::Tail && rest.len() <= 1 => {
            cmp(test, cb, Cntxt::Value)?;
            cb.putconst(e);
            cb.putcode(BRIFNOT_OPS);
            cmp(then, cb, Cntxt::Tail)?;
            match rest {
                [otherwise] => cmp(otherwise, cb, Cntxt::Tail),
                _ => {
                    cb.putcode(LDNULL_OPS);
                    cb.putcode(INVISIBLE_OPS);
                    cb.putcode(RETURN_OPS);
                    Some(())
                }
            }
        }
        // `constantFold`: minus a numeric constant is loaded as the negative constant
        ("-", [Expr::Const(Const::Real(Some(_)) | Const::Int(Some(_)))]) => None,
        ("-" | "+" | "!", [a]) => {
            cmp(a, cb, Cntxt::Value)?;
            cb.putconst(e);
            cb.putcode(ARITH1_OPS);
            finish(cb, cntxt);
            Some(())
        }
        // `cmpReturn`: the value is compiled as in tail position, ending in RETURN
        ("return", [v]) => cmp(v, cb, Cntxt::Tail),
        _ => None,
    }
}

/// `cmpPrim2`: both operands, then the opcode with the call as its constant.
fn cmp_prim2<'a>(e: &'a Expr, a: &'a Expr, b: &'a Expr, cb: &mut CodeBuf<'a>, cntxt: Cntxt) -> Option<()> {
    cmp(a, cb, Cntxt::Value)?;
    cmp(b, cb, Cntxt::Value)?;
    cb.putconst(e);
    cb.putcode(ARITH2_OPS);
    finish(cb, cntxt);
    Some(())
}

/// `object.size` of the BCODESXP a compiled body becomes: its node, the code INTSXP (two ints per
/// instruction word with threaded code), the constants VECSXP whose last element is the
/// `expressionsIndex` INTSXP (one int per word, class attribute "expressionsIndex"), and the
/// trailing R_NilValue-terminated cell size.c counts like a pairlist.
pub fn bytecode_size(body: &Expr) -> Option<u64> {
    let (words, consts) = compile(body)?;
    let code = vector_bytes(SexpType::Int, 2 * words as u64);
    let class_attr = 2 * SEXPREC_SIZE + vector_bytes(SexpType::Str, 1) + charsxp_bytes("expressionsIndex".len() as u64);
    let index = vector_bytes(SexpType::Int, words as u64) + class_attr;
    let pool =
        vector_bytes(SexpType::Vec, consts.len() as u64 + 1) + consts.iter().map(|c| expr_size(c)).sum::<u64>() + index;
    Some(SEXPREC_SIZE + code + pool + SEXPREC_SIZE)
}

/// `object.size` of a closure whose body the JIT compiled, if its code is modelled.
pub fn compiled_function_size(f: &Function) -> Option<u64> {
    Some(crate::object_size::formals_size(f) + bytecode_size(&f.body)? + SEXPREC_SIZE)
}

//! The code R's byte compiler (package compiler, `cmp.R`) makes of a closure body when the JIT
//! compiles it: the length of its instruction stream and its constant pool, which is what
//! `object.size()` of a compiled closure counts (`size.c` sizes a BCODESXP like a pairlist of its
//! code INTSXP and its constants VECSXP).
//!
//! Modelled handler by handler after R 4.2.2's compiler as the JIT runs it: `cmpfun` with
//! optimize level 2 on a closure of the global environment. At that level only `languageFuns`
//! (`{`, `if`, `<-`, arithmetic, `[`, loops, ...) are inlined directly; other base functions with
//! an inline handler are inlined behind a `BASEGUARD`, and constant folding (`constantFold`) only
//! uses `languageFuns` (so `T`, `F`, `pi` and `c()` are not folded). A name the function binds
//! itself (a formal or an assigned variable) is never inlined. Every instruction also pools the
//! expression being compiled (the code buffer's expression index), and each promise (`MAKEPROM`)
//! or nested function (`MAKECLOSURE`) pools its own byte code.
//!
//! A package's closure (`namespace_function_size`: the simulated functions that are closures in
//! R, from `base_closures`) was compiled at installation in its namespace, where every base
//! variable is found: inline handlers apply without a guard, and `T`, `F`, `pi` and `foldFuns`
//! (`c()` among them) fold.
//!
//! The size functions return `None` (the caller keeps the source size) for what is not
//! modelled: assignment functions given as `pkg::f`, folding `/` and `^` of complex numbers,
//! NULL operands, string ordering or named arguments, `foldFuns` other than operators and `c()`. It does so too where R
//! itself leaves the closure uncompiled (a body that may call `browser()`, code the compiler
//! rejects such as an empty argument to a builtin), so the source size is then R's as well.
//! Base functions are assumed not redefined in the global environment, and a closure created
//! inside another function is compiled as if its enclosure were global (R would also treat the
//! variables of the enclosing frames as local).

use std::collections::HashSet;
use std::rc::Rc;

use super::ast::{Arg, Call, Const, Expr, Function, Pos};
use crate::heap::{is_na_real, na_real, SexpType};
use crate::object_size::{charsxp_bytes, expr_size, formals_size, vector_bytes};
use crate::profile::SEXPREC_SIZE;

/// `R_bcVersion`: the first word of every instruction stream.
const BC_VERSION_WORDS: usize = 1;
/// `maxConstSize`: folded values longer than this stay code.
const MAX_CONST_SIZE: usize = 10;

/// Operand counts of R's opcodes (`eval.c: opinfo`); a word for the opcode itself comes on top.
mod ops {
    pub const RETURN: usize = 0;
    pub const RETURNJMP: usize = 0;
    pub const GOTO: usize = 1;
    pub const BRIFNOT: usize = 2;
    pub const POP: usize = 0;
    pub const VISIBLE: usize = 0;
    pub const INVISIBLE: usize = 0;
    pub const LDCONST: usize = 1;
    pub const LDNULL: usize = 0;
    pub const LDTRUE: usize = 0;
    pub const LDFALSE: usize = 0;
    pub const GETVAR: usize = 1;
    pub const GETVAR_MISSOK: usize = 1;
    pub const DDVAL: usize = 1;
    pub const DDVAL_MISSOK: usize = 1;
    pub const DOTSERR: usize = 0;
    pub const SETVAR: usize = 1;
    pub const SETVAR2: usize = 1;
    pub const GETFUN: usize = 1;
    pub const GETBUILTIN: usize = 1;
    pub const GETINTLBUILTIN: usize = 1;
    pub const CHECKFUN: usize = 0;
    pub const MAKEPROM: usize = 1;
    pub const DOMISSING: usize = 0;
    pub const DODOTS: usize = 0;
    pub const SETTAG: usize = 1;
    pub const PUSHARG: usize = 0;
    pub const PUSHCONSTARG: usize = 1;
    pub const PUSHNULLARG: usize = 0;
    pub const PUSHTRUEARG: usize = 0;
    pub const PUSHFALSEARG: usize = 0;
    pub const CALL: usize = 1;
    pub const CALLBUILTIN: usize = 1;
    pub const CALLSPECIAL: usize = 1;
    pub const MAKECLOSURE: usize = 1;
    pub const BASEGUARD: usize = 2;
    // cmpPrim1 / cmpPrim2 opcodes: the call's constant index.
    pub const UPLUS: usize = 1;
    pub const UMINUS: usize = 1;
    pub const NOT: usize = 1;
    pub const SQRT: usize = 1;
    pub const EXP: usize = 1;
    pub const SEQALONG: usize = 1;
    pub const SEQLEN: usize = 1;
    pub const ADD: usize = 1;
    pub const SUB: usize = 1;
    pub const MUL: usize = 1;
    pub const DIV: usize = 1;
    pub const EXPT: usize = 1;
    pub const EQ: usize = 1;
    pub const NE: usize = 1;
    pub const LT: usize = 1;
    pub const LE: usize = 1;
    pub const GE: usize = 1;
    pub const GT: usize = 1;
    pub const AND: usize = 1;
    pub const OR: usize = 1;
    pub const COLON: usize = 1;
    /// The call's constant index and the math1 function's number.
    pub const MATH1: usize = 2;
    pub const LOG: usize = 1;
    pub const LOGBASE: usize = 1;
    pub const DOTCALL: usize = 2;
    /// ISNULL, ISLOGICAL, ... ISOBJECT: no operand.
    pub const IS: usize = 0;
    pub const AND1ST: usize = 2;
    pub const AND2ND: usize = 1;
    pub const OR1ST: usize = 2;
    pub const OR2ND: usize = 1;
    pub const STARTFOR: usize = 3;
    pub const STEPFOR: usize = 1;
    pub const ENDFOR: usize = 0;
    pub const STARTLOOPCNTXT: usize = 2;
    pub const ENDLOOPCNTXT: usize = 1;
    pub const DOLLAR: usize = 2;
    pub const DOLLARGETS: usize = 2;
    // `[` and `[[` have the same operand counts (STARTSUBSET2, VECSUBSET2, ... alike).
    pub const STARTSUBSET: usize = 2;
    pub const DFLTSUBSET: usize = 0;
    pub const STARTSUBSET_N: usize = 2;
    pub const VECSUBSET: usize = 1;
    pub const MATSUBSET: usize = 1;
    pub const SUBSET_N: usize = 2;
    pub const STARTSUBASSIGN: usize = 2;
    pub const DFLTSUBASSIGN: usize = 0;
    pub const STARTSUBASSIGN_N: usize = 2;
    pub const VECSUBASSIGN: usize = 1;
    pub const MATSUBASSIGN: usize = 1;
    pub const SUBASSIGN_N: usize = 2;
    pub const STARTASSIGN: usize = 1;
    pub const ENDASSIGN: usize = 1;
    pub const STARTASSIGN2: usize = 1;
    pub const ENDASSIGN2: usize = 1;
    pub const INCLNKSTK: usize = 0;
    pub const DECLNKSTK: usize = 0;
    pub const GETTER_CALL: usize = 1;
    pub const SETTER_CALL: usize = 2;
    pub const SWAP: usize = 0;
    pub const DUP2ND: usize = 0;
    /// The call, the names, and two label lists (pooled as integer offsets).
    pub const SWITCH: usize = 4;
}

/// `languageFuns`: at optimize level 2 the only base functions inlined without a guard, and the
/// only ones constant folding and `isBaseVar` trust.
const LANGUAGE_FUNS: &[&str] = &[
    "^", "~", "<", "<<-", "<=", "<-", "=", "==", ">", ">=", "|", "||", "-", ":", "!", "!=", "/", "(", "[", "[<-", "[[",
    "[[<-", "{", "@", "$", "$<-", "*", "&", "&&", "%/%", "%*%", "%%", "+", "::", ":::", "@<-", "break", "for",
    "function", "if", "next", "repeat", "while", "local", "return", "switch",
];

/// The `.Internal` functions that are SPECIALSXPs (`names.c`: eval column 0 or 10):
/// `.Internal(is.builtin.internal())` is FALSE for them.
const INTERNAL_SPECIALS: &[&str] =
    &["cbind", "eapply", "lapply", "NextMethod", "rbind", "Recall", "vapply", "withVisible"];

/// `foldFuns`: functions `constantFold` may call on constant arguments.
const FOLD_FUNS: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "^",
    "(",
    ">",
    ">=",
    "==",
    "!=",
    "<",
    "<=",
    "||",
    "&&",
    "!",
    "|",
    "&",
    "%%",
    "c",
    "rep",
    ":",
    "abs",
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "ceiling",
    "choose",
    "cos",
    "cosh",
    "exp",
    "expm1",
    "floor",
    "gamma",
    "lbeta",
    "lchoose",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "max",
    "min",
    "prod",
    "range",
    "round",
    "seq_along",
    "seq.int",
    "seq_len",
    "sign",
    "signif",
    "sin",
    "sinh",
    "sqrt",
    "sum",
    "tan",
    "tanh",
    "trunc",
    "baseenv",
    "emptyenv",
    "globalenv",
    "Arg",
    "Conj",
    "Im",
    "Mod",
    "Re",
    "is.R",
];

/// Base functions whose inline handler is `cmpBuiltin` (GETBUILTIN, arguments, CALLBUILTIN).
const BUILTIN_HANDLED: &[&str] = &[
    "...elt",
    "...length",
    "...names",
    ".C",
    ".cache_class",
    ".Call.graphics",
    ".class2",
    ".External",
    ".External.graphics",
    ".External2",
    ".Fortran",
    ".isMethodsDispatchOn",
    ".Primitive",
    ".primTrace",
    ".primUntrace",
    ".subset",
    ".subset2",
    "%*%",
    "%/%",
    "%%",
    "abs",
    "all",
    "any",
    "anyNA",
    "Arg",
    "as.call",
    "as.character",
    "as.complex",
    "as.double",
    "as.environment",
    "as.integer",
    "as.logical",
    "as.numeric",
    "as.raw",
    "attr",
    "attr<-",
    "attributes",
    "attributes<-",
    "baseenv",
    "browser",
    "c",
    "class",
    "class<-",
    "Conj",
    "cummax",
    "cummin",
    "cumprod",
    "cumsum",
    "dim",
    "dim<-",
    "dimnames",
    "dimnames<-",
    "emptyenv",
    "enc2native",
    "enc2utf8",
    "environment<-",
    "gc.time",
    "globalenv",
    "Im",
    "interactive",
    "invisible",
    "is.array",
    "is.atomic",
    "is.call",
    "is.environment",
    "is.expression",
    "is.finite",
    "is.function",
    "is.infinite",
    "is.language",
    "is.list",
    "is.matrix",
    "is.na",
    "is.nan",
    "is.numeric",
    "is.pairlist",
    "is.raw",
    "is.recursive",
    "is.single",
    "isS4",
    "lazyLoadDBfetch",
    "length",
    "length<-",
    "levels<-",
    "list",
    "log10",
    "log2",
    "max",
    "min",
    "Mod",
    "names",
    "names<-",
    "nargs",
    "nzchar",
    "oldClass",
    "oldClass<-",
    "pos.to.env",
    "proc.time",
    "prod",
    "range",
    "Re",
    "retracemem",
    "seq.int",
    "standardGeneric",
    "storage.mode<-",
    "sum",
    "tracemem",
    "trunc",
    "unclass",
    "untracemem",
    "xtfrm",
];

/// Base functions whose inline handler is `cmpSpecial` (CALLSPECIAL with the whole call).
const SPECIAL_HANDLED: &[&str] = &[
    "[[<-",
    "[<-",
    "@",
    "@<-",
    "~",
    "$<-",
    "call",
    "expression",
    "forceAndCall",
    "missing",
    "on.exit",
    "quote",
    "rep",
    "round",
    "signif",
    "substitute",
    "UseMethod",
];

/// `math1funs`: compiled to MATH1 by `cmpMath1`.
const MATH1_FUNS: &[&str] = &[
    "floor", "ceiling", "sign", "expm1", "log1p", "cos", "sin", "tan", "acos", "asin", "atan", "cosh", "sinh", "tanh",
    "acosh", "asinh", "atanh", "lgamma", "gamma", "digamma", "trigamma", "cospi", "sinpi", "tanpi",
];

/// A default of a formal of a simple `.Internal` wrapper.
#[derive(Clone, Copy)]
enum FormalDefault {
    None,
    Lgl(Option<bool>),
    Int(Option<i32>),
    Str(&'static str),
    Null,
}

/// The base closures `cmpSimpleInternal` inlines: `f <- function(formals) .Internal(f(formals))`
/// with constant defaults, as R 4.2.2 defines them.
const SIMPLE_INTERNALS: &[(&str, &[(&str, FormalDefault)])] = {
    use FormalDefault::*;
    &[
        ("atan2", &[("y", None), ("x", None)]),
        ("besselY", &[("x", None), ("nu", None)]),
        ("beta", &[("a", None), ("b", None)]),
        ("choose", &[("n", None), ("k", None)]),
        ("drop", &[("x", None)]),
        (
            "identical",
            &[
                ("x", None),
                ("y", None),
                ("num.eq", Lgl(Some(true))),
                ("single.NA", Lgl(Some(true))),
                ("attrib.as.set", Lgl(Some(true))),
                ("ignore.bytecode", Lgl(Some(true))),
                ("ignore.environment", Lgl(Some(false))),
                ("ignore.srcref", Lgl(Some(true))),
                ("extptr.as.ref", Lgl(Some(false))),
            ],
        ),
        ("inherits", &[("x", None), ("what", None), ("which", Lgl(Some(false)))]),
        ("is.loaded", &[("symbol", None), ("PACKAGE", Str("")), ("type", Str(""))]),
        ("is.vector", &[("x", None), ("mode", Str("any"))]),
        ("lbeta", &[("a", None), ("b", None)]),
        ("lchoose", &[("n", None), ("k", None)]),
        ("match", &[("x", None), ("table", None), ("nomatch", Int(Option::None)), ("incomparables", Null)]),
        ("nchar", &[("x", None), ("type", Str("chars")), ("allowNA", Lgl(Some(false))), ("keepNA", Lgl(Option::None))]),
        ("polyroot", &[("z", None)]),
        ("rep_len", &[("x", None), ("length.out", None)]),
        ("rep.int", &[("x", None), ("times", None)]),
        ("typeof", &[("x", None)]),
        ("vector", &[("mode", Str("logical")), ("length", Int(Some(0)))]),
        ("which.max", &[("x", None)]),
        ("which.min", &[("x", None)]),
    ]
};

/// A constant value (R's `constModes`: NULL, logical, numeric, complex, character), from the code
/// or folded.
#[derive(Clone, Debug)]
enum Value {
    Null,
    Lgl(Vec<Option<bool>>),
    Int(Vec<Option<i32>>),
    Real(Vec<f64>),
    Cplx(Vec<(f64, f64)>),
    Str(Vec<Option<Rc<str>>>),
}

impl Value {
    fn of_const(c: &Const) -> Value {
        match c {
            Const::Null => Value::Null,
            Const::Logical(b) => Value::Lgl(vec![*b]),
            Const::Int(i) => Value::Int(vec![*i]),
            Const::Real(x) => Value::Real(vec![x.unwrap_or_else(na_real)]),
            Const::Complex(z) => Value::Cplx(vec![z.unwrap_or((na_real(), na_real()))]),
            Const::Str(s) => Value::Str(vec![s.clone()]),
            // never sized: closure_size leaves code holding objects uncompiled
            Const::Obj(_) => Value::Null,
        }
    }

    fn len(&self) -> usize {
        match self {
            Value::Null => 0,
            Value::Lgl(v) => v.len(),
            Value::Int(v) => v.len(),
            Value::Real(v) => v.len(),
            Value::Cplx(v) => v.len(),
            Value::Str(v) => v.len(),
        }
    }

    /// `identical(v, TRUE)` / `identical(v, FALSE)`.
    fn as_flag(&self) -> Option<bool> {
        match self {
            Value::Lgl(v) if v.len() == 1 => v[0],
            _ => None,
        }
    }

    /// The elements as doubles, for logical, integer and double vectors.
    fn reals(&self) -> Option<Vec<f64>> {
        match self {
            Value::Lgl(v) => Some(v.iter().map(|b| b.map_or_else(na_real, |b| b as i32 as f64)).collect()),
            Value::Int(v) => Some(v.iter().map(|i| i.map_or_else(na_real, f64::from)).collect()),
            Value::Real(v) => Some(v.clone()),
            _ => None,
        }
    }

    /// The elements as integers, for logical and integer vectors.
    fn ints(&self) -> Option<Vec<Option<i32>>> {
        match self {
            Value::Lgl(v) => Some(v.iter().map(|b| b.map(i32::from)).collect()),
            Value::Int(v) => Some(v.clone()),
            _ => None,
        }
    }

    /// The vector `ReadItem` makes of this constant (NULL is no object).
    fn footprint(&self, fp: &mut super::lazy_load::Footprint) {
        let (t, len) = match self {
            Value::Null => return,
            Value::Lgl(v) => (SexpType::Lgl, v.len()),
            Value::Int(v) => (SexpType::Int, v.len()),
            Value::Real(v) => (SexpType::Real, v.len()),
            Value::Cplx(v) => (SexpType::Cplx, v.len()),
            Value::Str(v) => {
                v.iter().flatten().for_each(|s| fp.string(s));
                (SexpType::Str, v.len())
            }
        };
        fp.vector(t, len as u64);
    }

    fn bytes(&self) -> u64 {
        match self {
            Value::Null => 0,
            Value::Lgl(v) => vector_bytes(SexpType::Lgl, v.len() as u64),
            Value::Int(v) => vector_bytes(SexpType::Int, v.len() as u64),
            Value::Real(v) => vector_bytes(SexpType::Real, v.len() as u64),
            Value::Cplx(v) => vector_bytes(SexpType::Cplx, v.len() as u64),
            Value::Str(v) => {
                // each distinct string once, NA not at all (size.c: csduplicated)
                let mut seen: Vec<&str> = Vec::new();
                let mut total = vector_bytes(SexpType::Str, v.len() as u64);
                for s in v.iter().flatten() {
                    if !seen.contains(&&**s) {
                        seen.push(s);
                        total += charsxp_bytes(s.len() as u64);
                    }
                }
                total
            }
        }
    }
}

/// `identical()` of two doubles as `putconst` compares them: numbers by value (-0 == 0), NA and
/// NaN each only to themselves.
fn same_real(x: f64, y: f64) -> bool {
    if x.is_nan() || y.is_nan() {
        x.is_nan() && y.is_nan() && is_na_real(x) == is_na_real(y)
    } else {
        x == y
    }
}

fn identical_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Lgl(x), Value::Lgl(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Real(x), Value::Real(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_real(*p, *q)),
        (Value::Cplx(x), Value::Cplx(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_real(p.0, q.0) && same_real(p.1, q.1))
        }
        (Value::Str(x), Value::Str(y)) => x == y,
        _ => false,
    }
}

/// `identical()` of two pieces of code (source positions are not part of R's code).
fn identical_expr(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Const(x), Expr::Const(y)) => identical_value(&Value::of_const(x), &Value::of_const(y)),
        (Expr::Sym(x), Expr::Sym(y)) => x == y,
        (Expr::Call(x), Expr::Call(y)) => identical_expr(&x.fun, &y.fun) && identical_args(&x.args, &y.args),
        (Expr::Function(x), Expr::Function(y)) => {
            x.params.len() == y.params.len()
                && x.params.iter().zip(&y.params).all(|(p, q)| {
                    p.name == q.name
                        && match (&p.default, &q.default) {
                            (Some(u), Some(v)) => identical_expr(u, v),
                            (None, None) => true,
                            _ => false,
                        }
                })
                && identical_expr(&x.body, &y.body)
        }
        _ => false,
    }
}

fn identical_args(x: &[Arg], y: &[Arg]) -> bool {
    x.len() == y.len()
        && x.iter().zip(y).all(|(p, q)| {
            p.name == q.name
                && match (&p.value, &q.value) {
                    (Some(u), Some(v)) => identical_expr(u, v),
                    (None, None) => true,
                    _ => false,
                }
        })
}

/// An entry of a constant pool.
enum Pooled {
    /// A call, symbol or function expression (constants are pooled as values).
    Lang(Expr),
    Value(Value),
    /// A promise's code: its own byte-code object.
    Bytecode(Box<CodeBuf>),
    /// `MAKECLOSURE`'s `list(formals, body code, srcref)`.
    Closure(Rc<Function>, Box<CodeBuf>),
}

impl Pooled {
    fn of(e: &Expr) -> Pooled {
        match e {
            Expr::Const(c) => Pooled::Value(Value::of_const(c)),
            _ => Pooled::Lang(e.clone()),
        }
    }

    /// `identical()` as `.Internal(putconst())` checks it.
    fn identical(&self, other: &Pooled) -> bool {
        match (self, other) {
            (Pooled::Lang(x), Pooled::Lang(y)) => identical_expr(x, y),
            (Pooled::Value(x), Pooled::Value(y)) => identical_value(x, y),
            (Pooled::Bytecode(x), Pooled::Bytecode(y)) => x.identical(y),
            (Pooled::Closure(f, x), Pooled::Closure(g, y)) => {
                identical_expr(&Expr::Function(f.clone()), &Expr::Function(g.clone())) && x.identical(y)
            }
            _ => false,
        }
    }

    fn size(&self) -> u64 {
        match self {
            Pooled::Lang(e) => expr_size(e),
            Pooled::Value(v) => v.bytes(),
            Pooled::Bytecode(cb) => cb.size(),
            // a list of three: the formals pairlist, the body's code, a NULL srcref
            Pooled::Closure(f, cb) => vector_bytes(SexpType::Vec, 3) + formals_size(f) + cb.size(),
        }
    }
}

/// An instruction stream's length and its constant pool as `cmp.R`'s code buffer
/// (`make.codeBuf`) builds them.
pub struct CodeBuf {
    words: usize,
    consts: Vec<Pooled>,
    /// The expression being compiled, which every instruction records in the expression index.
    current: Expr,
    /// Each label's position once placed (`makelabel`, `putlabel`).
    labels: Vec<Option<usize>>,
    /// Label lists of SWITCH instructions, which `patchlabels` pools as integer offsets.
    label_lists: Vec<Vec<usize>>,
}

impl CodeBuf {
    /// A buffer for `e` (its first constant), with `loc` as the current expression.
    fn new(e: &Expr, loc: Expr) -> CodeBuf {
        CodeBuf {
            words: BC_VERSION_WORDS,
            consts: vec![Pooled::of(e)],
            current: loc,
            labels: Vec::new(),
            label_lists: Vec::new(),
        }
    }

    fn make_label(&mut self) -> usize {
        self.labels.push(None);
        self.labels.len() - 1
    }

    fn put_label(&mut self, label: usize) {
        self.labels[label] = Some(self.words);
    }

    /// `patchlabels`: each label list becomes a constant of the labels' offsets.
    fn patch_labels(&mut self) -> Option<()> {
        for list in std::mem::take(&mut self.label_lists) {
            let offsets = list.iter().map(|&l| self.labels[l].map(|o| o as i32)).collect::<Option<Vec<_>>>()?;
            self.putconst(Pooled::Value(Value::Int(offsets.into_iter().map(Some).collect())));
        }
        Some(())
    }

    fn putcode(&mut self, operands: usize) {
        self.words += 1 + operands;
        let e = Pooled::of(&self.current);
        self.putconst(e);
    }

    /// `putconst`: an existing constant `identical` to `c` is reused.
    fn putconst(&mut self, c: Pooled) {
        if !self.consts.iter().any(|x| x.identical(&c)) {
            self.consts.push(c);
        }
    }

    fn put_expr(&mut self, e: &Expr) {
        self.putconst(Pooled::of(e));
    }

    fn put_sym(&mut self, name: &str) {
        self.putconst(Pooled::Lang(Expr::sym(name)));
    }

    fn identical(&self, other: &CodeBuf) -> bool {
        self.words == other.words
            && self.consts.len() == other.consts.len()
            && self.consts.iter().zip(&other.consts).all(|(x, y)| x.identical(y))
    }

    /// The objects `ReadBC1` makes of this code: the BCODESXP node, the threaded code INTSXP, the
    /// pool VECSXP and its entries (language shared with the body once), the expressions index
    /// with its class attribute.
    fn footprint(&self, fp: &mut super::lazy_load::Footprint) {
        fp.cons(1);
        fp.vector(SexpType::Int, 2 * self.words as u64);
        fp.vector(SexpType::Vec, self.consts.len() as u64 + 1);
        for c in &self.consts {
            match c {
                Pooled::Lang(e) => fp.expr(e),
                Pooled::Value(v) => v.footprint(fp),
                Pooled::Bytecode(cb) => cb.footprint(fp),
                Pooled::Closure(f, cb) => {
                    fp.vector(SexpType::Vec, 3);
                    fp.apart(|fp| {
                        fp.formals(f);
                        cb.footprint(fp);
                    });
                }
            }
        }
        fp.vector(SexpType::Int, self.words as u64);
        fp.cons(1);
        fp.symbol(&Rc::from("class"));
        fp.vector(SexpType::Str, 1);
        fp.string(&Rc::from("expressionsIndex"));
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
        let entries: u64 = self.consts.iter().map(Pooled::size).sum();
        let pool = vector_bytes(SexpType::Vec, self.consts.len() as u64 + 1) + entries + index;
        SEXPREC_SIZE + code + pool + SEXPREC_SIZE
    }
}

/// The compilation context (`make.*Context`).
#[derive(Clone)]
struct Cntxt {
    /// At the top level of the function body (not in an argument or promise).
    toplevel: bool,
    /// The value is returned here (`RETURN` follows it).
    tailcall: bool,
    /// A `return()` must jump out of a loop context or a promise (`RETURNJMP`).
    need_returnjmp: bool,
    /// Inside a loop: whether `break`/`next` can jump within this code (`GOTO`).
    loop_goto_ok: Option<bool>,
    /// Names the functions being compiled bind (formals and assigned variables): `findLocVar`.
    locals: Rc<HashSet<String>>,
    /// Compiling a closure of a package namespace (base's own functions, or a package importing
    /// base), where every base variable is found in a namespace: inlined without a guard and
    /// trusted by constant folding.
    namespace: bool,
}

impl Cntxt {
    /// `make.functionContext`: a fresh top level whose locals add the function's own.
    fn function(outer: Option<&Cntxt>, f: &Function, namespace: bool) -> Cntxt {
        let mut locals = outer.map_or_else(HashSet::new, |c| (*c.locals).clone());
        for p in &f.params {
            locals.insert(p.name.to_string());
            if let Some(d) = &p.default {
                find_locals(d, &mut locals);
            }
        }
        find_locals(&f.body, &mut locals);
        Cntxt {
            toplevel: true,
            tailcall: true,
            need_returnjmp: false,
            loop_goto_ok: None,
            locals: Rc::new(locals),
            namespace: outer.map_or(namespace, |c| c.namespace),
        }
    }

    /// `make.nonTailCallContext` and `make.noValueContext`.
    fn non_tail(&self) -> Cntxt {
        Cntxt { tailcall: false, ..self.clone() }
    }

    /// `make.argContext`.
    fn arg(&self) -> Cntxt {
        Cntxt { toplevel: false, tailcall: false, loop_goto_ok: self.loop_goto_ok.map(|_| false), ..self.clone() }
    }

    /// `make.promiseContext`.
    fn promise(&self) -> Cntxt {
        Cntxt {
            toplevel: false,
            tailcall: true,
            need_returnjmp: true,
            loop_goto_ok: self.loop_goto_ok.map(|_| false),
            ..self.clone()
        }
    }

    /// `make.loopContext`.
    fn in_loop(&self) -> Cntxt {
        Cntxt { tailcall: false, loop_goto_ok: Some(true), ..self.clone() }
    }

    /// `isBaseVar` at optimize level 2: in a namespace any base variable, for a closure of the
    /// global environment only `languageFuns`.
    fn is_base_var(&self, name: &str) -> bool {
        (self.namespace || LANGUAGE_FUNS.contains(&name)) && !self.locals.contains(name)
    }

    fn finish(&self, cb: &mut CodeBuf) {
        if self.tailcall {
            cb.putcode(ops::RETURN);
        }
    }

    /// The ending of a construct whose value is invisible (assignment, loop, `if` without else).
    fn finish_invisible(&self, cb: &mut CodeBuf) {
        if self.tailcall {
            cb.putcode(ops::INVISIBLE);
            cb.putcode(ops::RETURN);
        }
    }
}

/// `findLocals`: the variables an expression assigns (`<-`, `=`, `for`, `assign` of a constant
/// name), not looking into `function`, `~`, `quote`, `expression` and `local` bodies.
fn find_locals(e: &Expr, out: &mut HashSet<String>) {
    let Expr::Call(c) = e else { return };
    let values = || c.args.iter().filter_map(|a| a.value.as_ref());
    let name = match &c.fun {
        Expr::Sym(s) => Some(s.to_string()),
        Expr::Const(Const::Str(Some(s))) => Some(s.to_string()),
        _ => None,
    };
    let Some(name) = name else {
        find_locals(&c.fun, out);
        values().for_each(|v| find_locals(v, out));
        return;
    };
    match name.as_str() {
        "<-" | "=" => {
            if let Some(v) = assigned_var(c) {
                out.insert(v.to_string());
            }
            values().for_each(|v| find_locals(v, out));
        }
        "for" => {
            if let Some(Some(Expr::Sym(v))) = c.args.first().map(|a| a.value.as_ref()) {
                out.insert(v.to_string());
            }
            values().skip(1).for_each(|v| find_locals(v, out));
        }
        "assign" | "delayedAssign" => {
            if let [Arg { value: Some(Expr::Const(Const::Str(Some(v)))), .. }, Arg { value: Some(x), .. }] =
                c.args.as_slice()
            {
                out.insert(v.to_string());
                find_locals(x, out);
            }
        }
        "function" | "~" | "quote" | "expression" => {}
        "local" if c.args.len() == 1 => {}
        _ => values().for_each(|v| find_locals(v, out)),
    }
}

/// `getAssignedVar`: the variable an assignment changes (`x` in `x[i]$a <- v`).
fn assigned_var(c: &Call) -> Option<&str> {
    let mut place = c.args.first()?.value.as_ref()?;
    loop {
        match place {
            Expr::Sym(s) => return Some(s),
            Expr::Const(Const::Str(Some(s))) => return Some(s),
            Expr::Call(p) => place = p.args.first()?.value.as_ref()?,
            _ => return None,
        }
    }
}

/// `mayCallBrowser`: R leaves such bodies uncompiled.
fn may_call_browser(e: &Expr) -> bool {
    match e {
        Expr::Call(c) => {
            let args = c.args.iter().filter_map(|a| a.value.as_ref());
            match &c.fun {
                Expr::Sym(s) if &**s == "browser" => true,
                Expr::Sym(_) => args.clone().any(may_call_browser),
                f => may_call_browser(f) || args.clone().any(may_call_browser),
            }
        }
        _ => false,
    }
}

/// `object.size` of a closure of the global environment whose body the JIT compiled, if its code
/// is modelled.
pub fn compiled_function_size(f: &Function) -> Option<u64> {
    closure_size(f, false)
}

/// `object.size` of a package's closure, compiled in its namespace when the package was
/// installed, if its code is modelled.
pub fn namespace_function_size(f: &Function) -> Option<u64> {
    closure_size(f, true)
}

/// Count the byte code a package closure was installed with into `fp` (what unserializing it
/// allocates); false where R leaves the body uncompiled or the code is not modelled.
pub fn namespace_code_footprint(f: &Function, fp: &mut super::lazy_load::Footprint) -> bool {
    if may_call_browser(&f.body) {
        return false;
    }
    let cntxt = Cntxt::function(None, f, true);
    match gen_code(&f.body, &cntxt, f.body.clone()) {
        Some(cb) => {
            cb.footprint(fp);
            true
        }
        None => false,
    }
}

fn closure_size(f: &Function, namespace: bool) -> Option<u64> {
    // code holding heap objects (`body(f) <- call("g", m)`) pools them: not modelled
    if may_call_browser(&f.body) || f.holds_objs() {
        return None;
    }
    let cntxt = Cntxt::function(None, f, namespace);
    let cb = gen_code(&f.body, &cntxt, f.body.clone())?;
    Some(formals_size(f) + cb.size() + SEXPREC_SIZE)
}

/// `genCode`: a new code buffer for `e`, compiled with `loc` as the current expression.
fn gen_code(e: &Expr, cntxt: &Cntxt, loc: Expr) -> Option<CodeBuf> {
    let mut cb = CodeBuf::new(e, loc);
    cmp_here(e, &mut cb, cntxt, false)?;
    cb.patch_labels()?;
    Some(cb)
}

/// `cmp(e)` with `setloc`: `e` is the current expression while it compiles.
fn cmp(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt, missing_ok: bool) -> Option<()> {
    let saved = std::mem::replace(&mut cb.current, e.clone());
    let r = cmp_here(e, cb, cntxt, missing_ok);
    cb.current = saved;
    r
}

/// `cmp(e, setloc = FALSE)`: constant folding first, then by kind.
fn cmp_here(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt, missing_ok: bool) -> Option<()> {
    if let Some(v) = constant_fold(e, cntxt)? {
        cmp_const(&v, cb, cntxt);
        return Some(());
    }
    match e {
        Expr::Sym(s) => {
            cmp_sym(s, cb, cntxt, missing_ok);
            Some(())
        }
        Expr::Call(_) | Expr::Function(_) => cmp_call(e, cb, cntxt, true),
        // every constant folds to itself
        Expr::Const(_) => None,
    }
}

/// `cmpConst`: NULL, TRUE and FALSE have their own instructions.
fn cmp_const(v: &Value, cb: &mut CodeBuf, cntxt: &Cntxt) {
    match (v, v.as_flag()) {
        (Value::Null, _) => cb.putcode(ops::LDNULL),
        (_, Some(true)) => cb.putcode(ops::LDTRUE),
        (_, Some(false)) => cb.putcode(ops::LDFALSE),
        _ => {
            cb.putconst(Pooled::Value(v.clone()));
            cb.putcode(ops::LDCONST);
        }
    }
    cntxt.finish(cb);
}

/// `cmpSym`: `...` out of place is an error at run time; `..1` reads the dots.
fn cmp_sym(name: &str, cb: &mut CodeBuf, cntxt: &Cntxt, missing_ok: bool) {
    if name == "..." {
        cb.putcode(ops::DOTSERR);
        return;
    }
    cb.put_sym(name);
    let dd = name.strip_prefix("..").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    cb.putcode(match (dd, missing_ok) {
        (true, false) => ops::DDVAL,
        (true, true) => ops::DDVAL_MISSOK,
        (false, false) => ops::GETVAR,
        (false, true) => ops::GETVAR_MISSOK,
    });
    cntxt.finish(cb);
}

/// The arguments of a call (none for a `function` expression, whose handler reads it whole).
fn call_args(e: &Expr) -> &[Arg] {
    match e {
        Expr::Call(c) => &c.args,
        _ => &[],
    }
}

fn is_dots(v: &Expr) -> bool {
    matches!(v, Expr::Sym(s) if &**s == "...")
}

/// `dots.or.missing`.
fn dots_or_missing(args: &[Arg]) -> bool {
    args.iter().any(|a| a.value.as_ref().is_none_or(is_dots))
}

/// `any.dots`.
fn any_dots(args: &[Arg]) -> bool {
    args.iter().any(|a| a.value.as_ref().is_some_and(is_dots))
}

/// `!is.null(names(e))`.
fn has_names(args: &[Arg]) -> bool {
    args.iter().any(|a| a.name.is_some())
}

/// The argument values when none is missing.
fn values(args: &[Arg]) -> Option<Vec<&Expr>> {
    args.iter().map(|a| a.value.as_ref()).collect()
}

fn new_call(fun: Expr, args: Vec<Arg>) -> Expr {
    Expr::Call(Rc::new(Call::new(fun, args, Pos::default())))
}

/// `cmpCall`: an inline handler if one applies, else a call of a function found by name or
/// computed.
fn cmp_call(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt, inline_ok: bool) -> Option<()> {
    let saved = std::mem::replace(&mut cb.current, e.clone());
    let r = cmp_call_here(e, cb, cntxt, inline_ok);
    cb.current = saved;
    r
}

fn cmp_call_here(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt, inline_ok: bool) -> Option<()> {
    let fun = match e {
        Expr::Call(c) => &c.fun,
        // `function(x) body` is a call of `function`, which only its handler compiles
        Expr::Function(_) => return if try_inline("function", e, cb, cntxt)? { Some(()) } else { None },
        _ => return None,
    };
    match fun {
        Expr::Sym(name) => {
            if inline_ok && try_inline(name, e, cb, cntxt)? {
                return Some(());
            }
            cmp_call_sym_fun(e, cb, cntxt)
        }
        _ => {
            if matches!(fun.call_name(), Some("break" | "next")) {
                return cmp(fun, cb, cntxt, false);
            }
            cmp_call_expr_fun(e, cb, cntxt)
        }
    }
}

/// `tryInline`: a base function's inline handler, behind a `BASEGUARD` unless it is one of the
/// `languageFuns`; a handler that declines leaves the ordinary call (inside the guard).
fn try_inline(name: &str, e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    if name == "standardGeneric" || cntxt.locals.contains(name) {
        return Some(false);
    }
    let Some(handler) = inline_handler(name) else { return Some(false) };
    if cntxt.namespace || LANGUAGE_FUNS.contains(&name) {
        return handler(e, cb, cntxt);
    }
    let inner = cntxt.non_tail();
    cb.put_expr(e);
    cb.putcode(ops::BASEGUARD);
    if !handler(e, cb, &inner)? {
        cmp_call(e, cb, &inner, false)?;
    }
    cntxt.finish(cb);
    Some(true)
}

/// An inline handler: `Some(true)` compiled, `Some(false)` declined, `None` not modelled.
type Handler = fn(&Expr, &mut CodeBuf, &Cntxt) -> Option<bool>;

/// `getInlineHandler` for the base package.
fn inline_handler(name: &str) -> Option<Handler> {
    let h: Handler = match name {
        "{" => cmp_brace,
        "(" => cmp_paren,
        "<-" | "=" | "<<-" => cmp_assign,
        "if" => cmp_if,
        "&&" => |e, cb, c| cmp_and_or(e, cb, c, ops::AND1ST, ops::AND2ND),
        "||" => |e, cb, c| cmp_and_or(e, cb, c, ops::OR1ST, ops::OR2ND),
        "for" => cmp_for,
        "while" => cmp_while,
        "repeat" => cmp_repeat,
        "break" | "next" => cmp_break,
        "return" => cmp_return,
        "function" => cmp_function,
        "local" => cmp_local,
        "+" => |e, cb, c| match call_args(e).len() {
            2 => cmp_prim2(e, cb, ops::ADD, c),
            _ => cmp_prim1(e, cb, ops::UPLUS, c),
        },
        "-" => |e, cb, c| match call_args(e).len() {
            2 => cmp_prim2(e, cb, ops::SUB, c),
            _ => cmp_prim1(e, cb, ops::UMINUS, c),
        },
        "*" => |e, cb, c| cmp_prim2(e, cb, ops::MUL, c),
        "/" => |e, cb, c| cmp_prim2(e, cb, ops::DIV, c),
        "^" => |e, cb, c| cmp_prim2(e, cb, ops::EXPT, c),
        "==" => |e, cb, c| cmp_prim2(e, cb, ops::EQ, c),
        "!=" => |e, cb, c| cmp_prim2(e, cb, ops::NE, c),
        "<" => |e, cb, c| cmp_prim2(e, cb, ops::LT, c),
        "<=" => |e, cb, c| cmp_prim2(e, cb, ops::LE, c),
        ">=" => |e, cb, c| cmp_prim2(e, cb, ops::GE, c),
        ">" => |e, cb, c| cmp_prim2(e, cb, ops::GT, c),
        "&" => |e, cb, c| cmp_prim2(e, cb, ops::AND, c),
        "|" => |e, cb, c| cmp_prim2(e, cb, ops::OR, c),
        ":" => |e, cb, c| cmp_prim2(e, cb, ops::COLON, c),
        "!" => |e, cb, c| cmp_prim1(e, cb, ops::NOT, c),
        "sqrt" => |e, cb, c| cmp_prim1(e, cb, ops::SQRT, c),
        "exp" => |e, cb, c| cmp_prim1(e, cb, ops::EXP, c),
        "seq_along" => |e, cb, c| cmp_prim1(e, cb, ops::SEQALONG, c),
        "seq_len" => |e, cb, c| cmp_prim1(e, cb, ops::SEQLEN, c),
        "is.character" | "is.complex" | "is.double" | "is.integer" | "is.logical" | "is.name" | "is.symbol"
        | "is.null" | "is.object" => cmp_is,
        "log" => cmp_log,
        ".Call" => cmp_dot_call,
        "$" => cmp_dollar,
        "[" | "[[" => cmp_subset,
        "::" | ":::" => cmp_multi_colon,
        "with" | "require" => |e, cb, c| cmp_call_sym_fun(e, cb, c).map(|_| true),
        _ if MATH1_FUNS.contains(&name) => cmp_math1,
        _ if BUILTIN_HANDLED.contains(&name) => |e, cb, c| cmp_builtin(e, cb, c, false),
        _ if SPECIAL_HANDLED.contains(&name) => |e, cb, c| cmp_special(e, cb, c).map(|_| true),
        _ if SIMPLE_INTERNALS.iter().any(|(n, _)| *n == name) => cmp_simple_internal,
        "switch" => cmp_switch,
        ".Internal" => cmp_dot_internal,
        _ => return None,
    };
    Some(h)
}

/// `cmpCallSymFun`: GETFUN, the arguments as promises, CALL.
fn cmp_call_sym_fun(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    let Expr::Sym(fun) = &c.fun else { return None };
    cb.put_sym(fun);
    cb.putcode(ops::GETFUN);
    // `maybeNSESymbols`: bquote's arguments are kept as code
    cmp_call_args(&c.args, cb, cntxt, &**fun == "bquote")?;
    cb.put_expr(e);
    cb.putcode(ops::CALL);
    cntxt.finish(cb);
    Some(())
}

/// `cmpCallExprFun`: the function computed, CHECKFUN, the arguments as promises, CALL.
fn cmp_call_expr_fun(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    let Expr::Call(c) = e else { return None };
    cmp(&c.fun, cb, &cntxt.non_tail(), false)?;
    cb.putcode(ops::CHECKFUN);
    cmp_call_args(&c.args, cb, cntxt, false)?;
    cb.put_expr(e);
    cb.putcode(ops::CALL);
    cntxt.finish(cb);
    Some(())
}

/// `cmpCallArgs`: a promise for each argument that is code, compiled to its own byte code with
/// the current expression as its location; constants pushed directly.
fn cmp_call_args(args: &[Arg], cb: &mut CodeBuf, cntxt: &Cntxt, nse: bool) -> Option<()> {
    let pcntxt = cntxt.promise();
    for a in args {
        match &a.value {
            None => cb.putcode(ops::DOMISSING),
            Some(v) if is_dots(v) => {
                cb.putcode(ops::DODOTS);
                continue;
            }
            Some(v @ (Expr::Sym(_) | Expr::Call(_) | Expr::Function(_))) => {
                if nse {
                    cb.put_expr(v);
                } else {
                    let code = gen_code(v, &pcntxt, cb.current.clone())?;
                    cb.putconst(Pooled::Bytecode(Box::new(code)));
                }
                cb.putcode(ops::MAKEPROM);
            }
            Some(Expr::Const(k)) => cmp_const_arg(&Value::of_const(k), cb),
        }
        cmp_tag(a, cb);
    }
    Some(())
}

/// `cmpConstArg`: NULL, TRUE and FALSE have their own instructions.
fn cmp_const_arg(v: &Value, cb: &mut CodeBuf) {
    match (v, v.as_flag()) {
        (Value::Null, _) => cb.putcode(ops::PUSHNULLARG),
        (_, Some(true)) => cb.putcode(ops::PUSHTRUEARG),
        (_, Some(false)) => cb.putcode(ops::PUSHFALSEARG),
        _ => {
            cb.putconst(Pooled::Value(v.clone()));
            cb.putcode(ops::PUSHCONSTARG);
        }
    }
}

/// `cmpTag`: SETTAG with the tag as a symbol constant.
fn cmp_tag(a: &Arg, cb: &mut CodeBuf) {
    if let Some(n) = a.name.as_deref().filter(|n| !n.is_empty()) {
        cb.put_sym(n);
        cb.putcode(ops::SETTAG);
    }
}

/// `cmpBuiltin`: GETBUILTIN (GETINTLBUILTIN for `.Internal`), the arguments evaluated and
/// pushed, CALLBUILTIN. Declines `...` and empty arguments.
fn cmp_builtin(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt, internal: bool) -> Option<bool> {
    let Expr::Call(c) = e else { return None };
    if dots_or_missing(&c.args) {
        return Some(false);
    }
    cb.put_expr(&c.fun);
    cb.putcode(if internal { ops::GETINTLBUILTIN } else { ops::GETBUILTIN });
    cmp_builtin_args(&c.args, cb, cntxt, false)?;
    cb.put_expr(e);
    cb.putcode(ops::CALLBUILTIN);
    cntxt.finish(cb);
    Some(true)
}

/// `cmpBuiltinArgs`: a symbol is read in place (without becoming the current expression), other
/// code compiled, then PUSHARG; a constant of the code is pushed as it is.
fn cmp_builtin_args(args: &[Arg], cb: &mut CodeBuf, cntxt: &Cntxt, missing_ok: bool) -> Option<()> {
    let ncntxt = cntxt.arg();
    for a in args {
        match &a.value {
            None if missing_ok => cb.putcode(ops::DOMISSING),
            // "missing arguments are not allowed": R gives up compiling the function
            None => return None,
            Some(v @ Expr::Sym(s)) => match constant_fold(v, cntxt)? {
                Some(k) => cmp_const_arg(&k, cb),
                None => {
                    cmp_sym(s, cb, &ncntxt, missing_ok);
                    cb.putcode(ops::PUSHARG);
                }
            },
            Some(v @ (Expr::Call(_) | Expr::Function(_))) => {
                cmp(v, cb, &ncntxt, false)?;
                cb.putcode(ops::PUSHARG);
            }
            Some(Expr::Const(k)) => cmp_const_arg(&Value::of_const(k), cb),
        }
        cmp_tag(a, cb);
    }
    Some(())
}

/// `cmpSpecial`: CALLSPECIAL with the whole call.
fn cmp_special(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    cb.put_expr(e);
    cb.putcode(ops::CALLSPECIAL);
    cntxt.finish(cb);
    Some(())
}

/// `cmpPrim1`: the operand, then the opcode with the call as its constant.
fn cmp_prim1(e: &Expr, cb: &mut CodeBuf, op: usize, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || args.len() != 1 {
        return cmp_builtin(e, cb, cntxt, false);
    }
    cmp(args[0].value.as_ref()?, cb, &cntxt.non_tail(), false)?;
    cb.put_expr(e);
    cb.putcode(op);
    cntxt.finish(cb);
    Some(true)
}

/// `cmpPrim2`: both operands (the second in an argument context), then the opcode with the
/// call as its constant. (`checkNeedsInc` is FALSE in R 4.2.2: no INCLNK/DECLNK.)
fn cmp_prim2(e: &Expr, cb: &mut CodeBuf, op: usize, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || args.len() != 2 {
        return cmp_builtin(e, cb, cntxt, false);
    }
    cmp(args[0].value.as_ref()?, cb, &cntxt.non_tail(), false)?;
    cmp(args[1].value.as_ref()?, cb, &cntxt.arg(), false)?;
    cb.put_expr(e);
    cb.putcode(op);
    cntxt.finish(cb);
    Some(true)
}

/// `cmpIs`: the argument, then an ISxxx opcode without operands.
fn cmp_is(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if any_dots(args) || args.len() != 1 {
        return cmp_builtin(e, cb, cntxt, false);
    }
    cmp(args[0].value.as_ref()?, cb, &cntxt.arg(), false)?;
    cb.putcode(ops::IS);
    cntxt.finish(cb);
    Some(true)
}

/// `cmpMath1`: the argument, then MATH1 with the call and the function's number.
fn cmp_math1(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || args.len() != 1 {
        return cmp_builtin(e, cb, cntxt, false);
    }
    cmp(args[0].value.as_ref()?, cb, &cntxt.non_tail(), false)?;
    cb.put_expr(e);
    cb.putcode(ops::MATH1);
    cntxt.finish(cb);
    Some(true)
}

/// The `log` handler: LOG, or LOGBASE with a base; a special call for anything unusual.
fn cmp_log(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || has_names(args) || args.is_empty() || args.len() > 2 {
        return cmp_special(e, cb, cntxt).map(|_| true);
    }
    cb.put_expr(e);
    cmp(args[0].value.as_ref()?, cb, &cntxt.non_tail(), false)?;
    if let Some(base) = args.get(1) {
        cmp(base.value.as_ref()?, cb, &cntxt.arg(), false)?;
        cb.putcode(ops::LOGBASE);
    } else {
        cb.putcode(ops::LOG);
    }
    cntxt.finish(cb);
    Some(true)
}

/// The `.Call` handler: DOTCALL with up to 16 plain arguments.
fn cmp_dot_call(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || has_names(args) || args.is_empty() || args.len() > 17 {
        return cmp_builtin(e, cb, cntxt, false);
    }
    cmp(args[0].value.as_ref()?, cb, &cntxt.non_tail(), false)?;
    for a in &args[1..] {
        cmp(a.value.as_ref()?, cb, &cntxt.arg(), false)?;
    }
    cb.put_expr(e);
    cb.putcode(ops::DOTCALL);
    cntxt.finish(cb);
    Some(true)
}

/// `cmpDotInternalCall`: a builtin internal is called as one (GETINTLBUILTIN), a special one
/// with the whole `.Internal` call. Any name but R's internal specials is taken for a builtin
/// internal (R would fail at run time on a name that is no internal at all).
fn cmp_dot_internal(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let [Arg { value: Some(inner @ Expr::Call(c)), .. }] = call_args(e) else { return None };
    match &c.fun {
        Expr::Sym(s) if INTERNAL_SPECIALS.contains(&&**s) => cmp_special(e, cb, cntxt).map(|_| true),
        Expr::Sym(_) => cmp_builtin(inner, cb, cntxt, true),
        _ => None,
    }
}

/// `cmpSimpleInternal`: a base closure that only calls `.Internal(f(formals))` compiles to that
/// builtin call, its arguments matched to the formals (defaults filled in).
fn cmp_simple_internal(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let Expr::Call(c) = e else { return None };
    let Expr::Sym(name) = &c.fun else { return None };
    let (_, formals) = SIMPLE_INTERNALS.iter().find(|(n, _)| *n == &**name)?;
    if any_dots(&c.args) {
        return Some(false);
    }
    // `checkCall`: arguments that do not match the formals leave the ordinary call
    let Some(matched) = match_args(formals, &c.args) else { return Some(false) };
    if dots_or_missing(&c.args) {
        return Some(false);
    }
    let args = formals
        .iter()
        .zip(matched)
        .map(|(&(_, default), actual)| Arg {
            name: None,
            value: match (actual, default) {
                (Some(v), _) => Some(v.clone()),
                (None, FormalDefault::None) => None,
                (None, FormalDefault::Lgl(b)) => Some(Expr::Const(Const::Logical(b))),
                (None, FormalDefault::Int(i)) => Some(Expr::Const(Const::Int(i))),
                (None, FormalDefault::Str(s)) => Some(Expr::Const(Const::Str(Some(s.into())))),
                (None, FormalDefault::Null) => Some(Expr::Const(Const::Null)),
            },
        })
        .collect();
    let internal = new_call(c.fun.clone(), args);
    cmp_builtin(&internal, cb, cntxt, true)
}

/// `match.call`'s argument matching for formals without `...`: exact names, then unique
/// partial names, then positions. `None` if an argument matches nothing.
fn match_args<'e>(formals: &[(&str, FormalDefault)], args: &'e [Arg]) -> Option<Vec<Option<&'e Expr>>> {
    let mut matched: Vec<Option<&Expr>> = vec![None; formals.len()];
    let mut used = vec![false; args.len()];
    for (i, a) in args.iter().enumerate() {
        if let Some(n) = &a.name {
            if let Some(k) = formals.iter().position(|(f, _)| *f == &**n) {
                if matched[k].is_some() {
                    return None;
                }
                matched[k] = a.value.as_ref();
                used[i] = true;
            }
        }
    }
    for (i, a) in args.iter().enumerate() {
        if let (Some(n), false) = (&a.name, used[i]) {
            let hits: Vec<usize> =
                (0..formals.len()).filter(|&k| matched[k].is_none() && formals[k].0.starts_with(&**n)).collect();
            let [k] = hits[..] else { return None };
            matched[k] = a.value.as_ref();
            used[i] = true;
        }
    }
    let mut free = (0..formals.len()).filter(|&k| matched[k].is_none()).collect::<Vec<_>>().into_iter();
    for (i, a) in args.iter().enumerate() {
        if !used[i] {
            matched[free.next()?] = a.value.as_ref();
        }
    }
    Some(matched)
}

/// `cmpMultiColon`: `pkg::name` calls `::` with both names as strings.
fn cmp_multi_colon(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let Expr::Call(c) = e else { return None };
    let Expr::Sym(fun) = &c.fun else { return None };
    let name = |a: &Arg| match &a.value {
        Some(Expr::Sym(s)) => Some(s.to_string()),
        Some(Expr::Const(Const::Str(Some(s)))) => Some(s.to_string()),
        _ => None,
    };
    let [x, y] = c.args.as_slice() else { return Some(false) };
    let (Some(x), Some(y)) = (name(x), name(y)) else { return Some(false) };
    cb.put_sym(fun);
    cb.putcode(ops::GETFUN);
    for s in [x, y] {
        cmp_const_arg(&Value::Str(vec![Some(s.into())]), cb);
    }
    cb.put_expr(e);
    cb.putcode(ops::CALL);
    cntxt.finish(cb);
    Some(true)
}

/// The `{` handler: every expression but the last in a no-value context, followed by POP, each
/// the current expression while it compiles; `{}` is NULL.
fn cmp_brace(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let exprs = values(call_args(e))?;
    let Some((last, rest)) = exprs.split_last() else {
        cmp(&Expr::Const(Const::Null), cb, cntxt, false)?;
        return Some(true);
    };
    let saved = cb.current.clone();
    for sub in rest {
        cb.current = (*sub).clone();
        cmp_here(sub, cb, &cntxt.non_tail(), false)?;
        cb.putcode(ops::POP);
    }
    cb.current = (*last).clone();
    cmp_here(last, cb, cntxt, false)?;
    cb.current = saved;
    Some(true)
}

/// The `(` handler: in tail position the value is made visible.
fn cmp_paren(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if any_dots(args) || args.len() != 1 {
        return cmp_builtin(e, cb, cntxt, false);
    }
    let v = args[0].value.as_ref()?;
    if cntxt.tailcall {
        cmp(v, cb, &cntxt.non_tail(), false)?;
        cb.putcode(ops::VISIBLE);
        cb.putcode(ops::RETURN);
    } else {
        cmp(v, cb, cntxt, false)?;
    }
    Some(true)
}

/// The assignment handler (`<-`, `=`, `<<-`): a variable, or a place (`cmpComplexAssign`).
fn cmp_assign(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let Expr::Call(c) = e else { return None };
    let [Arg { value: Some(lhs), .. }, Arg { value: Some(value), .. }] = c.args.as_slice() else {
        return cmp_special(e, cb, cntxt).map(|_| true);
    };
    let super_assign = matches!(&c.fun, Expr::Sym(s) if &**s == "<<-");
    match lhs {
        Expr::Sym(s) => cmp_symbol_assign(s, value, super_assign, cb, cntxt),
        Expr::Const(Const::Str(Some(s))) => cmp_symbol_assign(s, value, super_assign, cb, cntxt),
        Expr::Call(_) => {
            // `checkAssign`: every function in the place a symbol, down to a variable
            let mut place = lhs;
            while let Expr::Call(p) = place {
                match &p.fun {
                    Expr::Sym(_) => {}
                    // `pkg::f(x) <- v`: not modelled
                    Expr::Call(_) => return None,
                    _ => return cmp_special(e, cb, cntxt).map(|_| true),
                }
                place = p.args.first()?.value.as_ref()?;
            }
            let Expr::Sym(symbol) = place else { return cmp_special(e, cb, cntxt).map(|_| true) };
            cmp_complex_assign(symbol, lhs, value, super_assign, cb, cntxt)
        }
        _ => cmp_special(e, cb, cntxt).map(|_| true),
    }
}

/// `cmpSymbolAssign`: the value, SETVAR (SETVAR2 for `<<-`); an invisible result in tail
/// position.
fn cmp_symbol_assign(symbol: &str, value: &Expr, super_assign: bool, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    cmp(value, cb, &cntxt.non_tail(), false)?;
    cb.put_sym(symbol);
    cb.putcode(if super_assign { ops::SETVAR2 } else { ops::SETVAR });
    cntxt.finish_invisible(cb);
    Some(true)
}

/// `cmpComplexAssign`: `f(g(x, i), j) <- v` evaluates v, STARTASSIGN x, the getters from the
/// inside out (`g(*tmp*, i)`), the setters from the outside in (`f<-`(*tmp*, j, value = v),
/// then `g<-`(*tmp*, i, value = *vtmp*)), ENDASSIGN. Outside the top level the value is
/// protected on the link stack (INCLNKSTK/DECLNKSTK).
fn cmp_complex_assign(
    symbol: &str,
    lhs: &Expr,
    value: &Expr,
    super_assign: bool,
    cb: &mut CodeBuf,
    cntxt: &Cntxt,
) -> Option<bool> {
    let (start, end) =
        if super_assign { (ops::STARTASSIGN2, ops::ENDASSIGN2) } else { (ops::STARTASSIGN, ops::ENDASSIGN) };
    if !cntxt.toplevel {
        cb.putcode(ops::INCLNKSTK);
    }
    cmp(value, cb, &cntxt.non_tail(), false)?;
    cb.put_sym(symbol);
    cb.putcode(start);
    let ncntxt = cntxt.arg();
    let (places, origplaces) = flatten_place(lhs)?;
    for i in (1..places.len()).rev() {
        cmp_getter_call(&places[i], &origplaces[i], cb, &ncntxt)?;
    }
    cmp_setter_call(&places[0], &origplaces[0], value, cb, &ncntxt)?;
    let vtmp = Expr::sym("*vtmp*");
    for i in 1..places.len() {
        cmp_setter_call(&places[i], &origplaces[i], &vtmp, cb, &ncntxt)?;
    }
    cb.putcode(end);
    if !cntxt.toplevel {
        cb.putcode(ops::DECLNKSTK);
    }
    cntxt.finish_invisible(cb);
    Some(true)
}

/// `flattenPlace`: the nested calls of a place, outermost first, each also with its object
/// replaced by `*tmp*`.
fn flatten_place(lhs: &Expr) -> Option<(Vec<Expr>, Vec<Expr>)> {
    let (mut places, mut origplaces) = (Vec::new(), Vec::new());
    let mut place = lhs;
    while let Expr::Call(c) = place {
        let mut args = c.args.clone();
        args.first_mut()?.value = Some(Expr::sym("*tmp*"));
        places.push(new_call(c.fun.clone(), args));
        origplaces.push(place.clone());
        place = c.args[0].value.as_ref()?;
    }
    Some((places, origplaces))
}

/// `getInlineInfo` without a guard: the getter and setter handlers apply to `languageFuns`.
fn inlinable_unguarded(name: &str, cntxt: &Cntxt) -> bool {
    cntxt.is_base_var(name)
}

/// `cmpGetterCall`: the value of an inner place (`x[i]` in `x[i]$a <- v`), with the original
/// place as the current expression.
fn cmp_getter_call(place: &Expr, origplace: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    let saved = std::mem::replace(&mut cb.current, origplace.clone());
    let r = (|| {
        let Expr::Call(c) = place else { return None };
        let Expr::Sym(fun) = &c.fun else { return None };
        let inlined = match &**fun {
            "[" | "[[" if inlinable_unguarded(fun, cntxt) => cmp_subset_getter(place, cb, cntxt)?,
            "$" if inlinable_unguarded(fun, cntxt) => cmp_dollar_getter(place, cb)?,
            _ => false,
        };
        if !inlined {
            cb.put_sym(fun);
            cb.putcode(ops::GETFUN);
            cb.putcode(ops::PUSHNULLARG);
            cmp_call_args(&c.args[1..], cb, cntxt, false)?;
            cb.put_expr(place);
            cb.putcode(ops::GETTER_CALL);
            cb.putcode(ops::SWAP);
        }
        Some(())
    })();
    cb.current = saved;
    r
}

/// The `[`/`[[` getter handlers (`cmpGetterDispatch`, `cmpSubsetGetterDispatch`): the place's
/// object is duplicated under the value, indexed, and swapped back.
fn cmp_subset_getter(place: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(place);
    if any_dots(args) {
        return Some(false);
    }
    cb.put_expr(place);
    cb.putcode(ops::DUP2ND);
    cmp_index_code(args, &SUBSET_OPS, cb, cntxt)?;
    cb.putcode(ops::SWAP);
    Some(true)
}

/// The `$` getter handler.
fn cmp_dollar_getter(place: &Expr, cb: &mut CodeBuf) -> Option<bool> {
    let args = call_args(place);
    if any_dots(args) || args.len() != 2 {
        return Some(false);
    }
    let Some(sym) = dollar_name(&args[1]) else { return Some(false) };
    cb.put_expr(place);
    cb.put_sym(&sym);
    cb.putcode(ops::DUP2ND);
    cb.putcode(ops::DOLLAR);
    cb.putcode(ops::SWAP);
    Some(true)
}

/// `cmpSetterCall`: `f<-`(*tmp*, args, value = v) for a place `f(*tmp*, args)`, with the call on
/// the original place as the current expression.
fn cmp_setter_call(place: &Expr, origplace: &Expr, vexpr: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    let (Expr::Call(p), Expr::Call(o)) = (place, origplace) else { return None };
    let Expr::Sym(fun) = &p.fun else { return None };
    let afun = format!("{}<-", &**fun);
    let with_value = |args: &[Arg]| {
        let mut args = args.to_vec();
        args.push(Arg { name: Some("value".into()), value: Some(vexpr.clone()) });
        new_call(Expr::sym(&afun), args)
    };
    let acall = with_value(&p.args);
    let cexpr = with_value(&o.args);
    let saved = std::mem::replace(&mut cb.current, cexpr);
    let r = (|| {
        let inlined = match afun.as_str() {
            "[<-" | "[[<-" if inlinable_unguarded(&afun, cntxt) => cmp_subassign(place, &acall, cb, cntxt)?,
            "$<-" if inlinable_unguarded(&afun, cntxt) => cmp_dollar_setter(place, &acall, cb)?,
            "@<-" if inlinable_unguarded(&afun, cntxt) => cmp_slot_setter(place, origplace, vexpr, cb, cntxt)?,
            _ => false,
        };
        if !inlined {
            cb.put_sym(&afun);
            cb.putcode(ops::GETFUN);
            cb.putcode(ops::PUSHNULLARG);
            cmp_call_args(&p.args[1..], cb, cntxt, false)?;
            cb.put_expr(&acall);
            cb.put_expr(vexpr);
            cb.putcode(ops::SETTER_CALL);
        }
        Some(())
    })();
    cb.current = saved;
    r
}

/// The `@<-` setter handler: the slot name becomes a string, then the ordinary setter call.
fn cmp_slot_setter(place: &Expr, origplace: &Expr, vexpr: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let Expr::Call(p) = place else { return None };
    let [object, Arg { name, value: Some(Expr::Sym(slot)) }] = p.args.as_slice() else { return Some(false) };
    if dots_or_missing(&p.args) {
        return Some(false);
    }
    let slot = Arg { name: name.clone(), value: Some(Expr::Const(Const::Str(Some(Rc::from(&**slot))))) };
    let place = new_call(p.fun.clone(), vec![object.clone(), slot]);
    cmp_setter_call(&place, origplace, vexpr, cb, cntxt)?;
    Some(true)
}

/// The `[<-`/`[[<-` setter handlers (`cmpSetterDispatch`, `cmpSubassignDispatch`).
fn cmp_subassign(place: &Expr, acall: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(place);
    if any_dots(args) {
        return Some(false);
    }
    cb.put_expr(acall);
    cmp_index_code(args, &SUBASSIGN_OPS, cb, cntxt)?;
    Some(true)
}

/// The instructions of one kind of indexing: the dispatching pair (`START*`, `DFLT*`) and the
/// indexed forms (`START*_N`, then the one for 1, 2 or more indices).
struct IndexOps {
    start: usize,
    dflt: usize,
    start_n: usize,
    by_count: [usize; 3],
}

const SUBSET_OPS: IndexOps = IndexOps {
    start: ops::STARTSUBSET,
    dflt: ops::DFLTSUBSET,
    start_n: ops::STARTSUBSET_N,
    by_count: [ops::VECSUBSET, ops::MATSUBSET, ops::SUBSET_N],
};

const SUBASSIGN_OPS: IndexOps = IndexOps {
    start: ops::STARTSUBASSIGN,
    dflt: ops::DFLTSUBASSIGN,
    start_n: ops::STARTSUBASSIGN_N,
    by_count: [ops::VECSUBASSIGN, ops::MATSUBASSIGN, ops::SUBASSIGN_N],
};

impl IndexOps {
    /// The indexed form's last instruction for `n` indices.
    fn for_count(&self, n: usize) -> usize {
        self.by_count[n.clamp(1, 3) - 1]
    }
}

/// The indices `args[1..]` of a getter or setter: through the dispatching form when one is
/// missing or named or there is none, else the indexed form.
fn cmp_index_code(args: &[Arg], ops: &IndexOps, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    if dots_or_missing(args) || has_names(args) || args.len() < 2 {
        cb.putcode(ops.start);
        if args.len() > 1 {
            cmp_builtin_args(&args[1..], cb, cntxt, true)?;
        }
        cb.putcode(ops.dflt);
    } else {
        cb.putcode(ops.start_n);
        cmp_indices(&args[1..], cb, cntxt)?;
        cb.putcode(ops.for_count(args.len() - 1));
    }
    Some(())
}

/// The `$<-` setter handler.
fn cmp_dollar_setter(place: &Expr, acall: &Expr, cb: &mut CodeBuf) -> Option<bool> {
    let args = call_args(place);
    if any_dots(args) || args.len() != 2 {
        return Some(false);
    }
    let Some(sym) = dollar_name(&args[1]) else { return Some(false) };
    cb.put_expr(acall);
    cb.put_sym(&sym);
    cb.putcode(ops::DOLLARGETS);
    Some(true)
}

/// The name after `$`: a symbol, or a string made a symbol.
fn dollar_name(a: &Arg) -> Option<String> {
    match &a.value {
        Some(Expr::Sym(s)) => Some(s.to_string()),
        Some(Expr::Const(Const::Str(Some(s)))) if !s.is_empty() => Some(s.to_string()),
        _ => None,
    }
}

/// `cmpIndices`: each index compiled (missing allowed) as the current expression.
fn cmp_indices(indices: &[Arg], cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<()> {
    for i in indices {
        cmp(i.value.as_ref()?, cb, cntxt, true)?;
    }
    Some(())
}

/// The `[` and `[[` handlers: `cmpSubsetDispatch` for plain indices, `cmpDispatch` otherwise.
fn cmp_subset(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || has_names(args) || args.len() < 2 {
        return cmp_dispatch(e, cb, cntxt);
    }
    let ncntxt = cntxt.arg();
    cb.put_expr(e);
    cmp(args[0].value.as_ref()?, cb, &ncntxt, false)?;
    cb.putcode(SUBSET_OPS.start_n);
    cmp_indices(&args[1..], cb, &ncntxt)?;
    cb.putcode(SUBSET_OPS.for_count(args.len() - 1));
    cntxt.finish(cb);
    Some(true)
}

/// `cmpDispatch`: the object, STARTSUBSET, the other arguments pushed, DFLTSUBSET.
fn cmp_dispatch(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    let Some(Some(object)) = args.first().map(|a| a.value.as_ref()) else {
        return cmp_special(e, cb, cntxt).map(|_| true);
    };
    if any_dots(args) {
        return cmp_special(e, cb, cntxt).map(|_| true);
    }
    cmp(object, cb, &cntxt.arg(), false)?;
    cb.put_expr(e);
    cmp_index_code(args, &SUBSET_OPS, cb, cntxt)?;
    cntxt.finish(cb);
    Some(true)
}

/// The `$` handler: `x$name` with a symbol (or string) name.
fn cmp_dollar(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if any_dots(args) || args.len() != 2 {
        return cmp_special(e, cb, cntxt).map(|_| true);
    }
    let Some(sym) = dollar_name(&args[1]) else { return cmp_special(e, cb, cntxt).map(|_| true) };
    cmp(args[0].value.as_ref()?, cb, &cntxt.arg(), false)?;
    cb.put_expr(e);
    cb.put_sym(&sym);
    cb.putcode(ops::DOLLAR);
    cntxt.finish(cb);
    Some(true)
}

/// The `if` handler: a constant test compiles only its branch; otherwise the test, BRIFNOT to
/// the else part; in tail position each branch returns, elsewhere the then part jumps over the
/// else part (an absent else gives NULL).
fn cmp_if(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = values(call_args(e))?;
    let (test, then, otherwise) = match args[..] {
        [t, a] => (t, a, None),
        [t, a, b] => (t, a, Some(b)),
        _ => return None,
    };
    if let Some(b) = constant_fold(test, cntxt)?.as_ref().and_then(Value::as_flag) {
        match (b, otherwise) {
            (true, _) => cmp(then, cb, cntxt, false)?,
            (false, Some(o)) => cmp(o, cb, cntxt, false)?,
            (false, None) => {
                cb.putcode(ops::LDNULL);
                cntxt.finish_invisible(cb);
            }
        }
        return Some(true);
    }
    cmp(test, cb, &cntxt.non_tail(), false)?;
    cb.put_expr(e);
    cb.putcode(ops::BRIFNOT);
    cmp(then, cb, cntxt, false)?;
    if cntxt.tailcall {
        match otherwise {
            Some(o) => cmp(o, cb, cntxt, false)?,
            None => {
                cb.putcode(ops::LDNULL);
                cntxt.finish_invisible(cb);
            }
        }
    } else {
        cb.putcode(ops::GOTO);
        match otherwise {
            Some(o) => cmp(o, cb, cntxt, false)?,
            None => cb.putcode(ops::LDNULL),
        }
    }
    Some(true)
}

/// The `switch` handler: the expression, SWITCH with the case names and two label lists (by
/// name and by position; missing cases fall through), a stop() for empty numeric
/// alternatives, LDNULL for no match, then each case (jumping to the end unless in tail
/// position).
fn cmp_switch(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if args.is_empty() || any_dots(args) {
        return cmp_special(e, cb, cntxt).map(|_| true);
    }
    let expr = args[0].value.as_ref()?;
    let cases = &args[1..];
    let miss: Vec<bool> = cases.iter().map(|a| a.value.is_none()).collect();
    let mut nm: Option<Vec<&str>> =
        has_names(cases).then(|| cases.iter().map(|a| a.name.as_deref().unwrap_or("")).collect());
    if nm.is_none() && cases.len() == 1 {
        nm = Some(vec![""]);
    }
    let have_char_dflt = match &nm {
        Some(nm) => {
            let ndflt = nm.iter().filter(|n| n.is_empty()).count();
            if ndflt > 1 {
                return cmp_special(e, cb, cntxt).map(|_| true);
            }
            ndflt > 0
        }
        None => false,
    };
    let miss_label = miss.iter().any(|m| *m).then(|| cb.make_label());
    let dflt_label = cb.make_label();
    let mut labels: Vec<usize> =
        miss.iter().map(|&m| if m { miss_label } else { None }.unwrap_or_else(|| cb.make_label())).collect();
    labels.push(dflt_label);
    let end_label = (!cntxt.tailcall).then(|| cb.make_label());
    // `findActionIndex`: a name's case, or the next one that is not missing
    let action = |nm: &[&str], name: &str| {
        let start = nm.iter().position(|n| *n == name).unwrap_or(nm.len());
        (start..nm.len()).find(|&i| !miss[i]).unwrap_or(nm.len())
    };
    cmp(expr, cb, &cntxt.non_tail(), false)?;
    cb.put_expr(e);
    match &nm {
        Some(nm) => {
            let mut unm: Vec<&str> = Vec::new();
            for n in nm.iter().filter(|n| !n.is_empty()) {
                if !unm.contains(n) {
                    unm.push(n);
                }
            }
            if have_char_dflt {
                unm.push("");
            }
            let mut nlabels: Vec<usize> = unm.iter().map(|n| labels[action(nm, n)]).collect();
            if !have_char_dflt {
                unm.push("");
                nlabels.push(dflt_label);
            }
            cb.putconst(Pooled::Value(Value::Str(unm.iter().map(|n| Some(Rc::from(*n))).collect())));
            cb.label_lists.push(nlabels);
        }
        None => cb.putconst(Pooled::Value(Value::Null)),
    }
    cb.label_lists.push(labels.clone());
    cb.putcode(ops::SWITCH);
    if let Some(l) = miss_label {
        cb.put_label(l);
        let message = Expr::Const(Const::Str(Some("empty alternative in numeric switch".into())));
        let stop = new_call(Expr::sym("stop"), vec![Arg { name: None, value: Some(message) }]);
        cmp(&stop, cb, cntxt, false)?;
    }
    cb.put_label(dflt_label);
    cb.putcode(ops::LDNULL);
    if cntxt.tailcall {
        cb.putcode(ops::INVISIBLE);
        cb.putcode(ops::RETURN);
    } else {
        cb.putcode(ops::GOTO);
    }
    for (i, case) in cases.iter().enumerate() {
        if let Some(v) = &case.value {
            cb.put_label(labels[i]);
            cmp(v, cb, cntxt, false)?;
            if !cntxt.tailcall {
                cb.putcode(ops::GOTO);
            }
        }
    }
    if let Some(l) = end_label {
        cb.put_label(l);
    }
    Some(true)
}

/// The `&&` and `||` handlers: the first operand, AND1ST/OR1ST jumping past the second,
/// the second operand, AND2ND/OR2ND.
fn cmp_and_or(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt, first: usize, second: usize) -> Option<bool> {
    let [a, b] = values(call_args(e))?[..] else { return None };
    let ncntxt = cntxt.arg();
    cb.put_expr(e);
    cmp(a, cb, &ncntxt, false)?;
    cb.putcode(first);
    cmp(b, cb, &ncntxt, false)?;
    cb.putcode(second);
    cntxt.finish(cb);
    Some(true)
}

/// `checkSkipLoopCntxt`: a loop needs no context (its `break`/`next` are GOTOs) unless they
/// occur inside the argument of a call other than `(`, `{` and `if`, or it calls `eval`.
fn check_skip_loop_cntxt(e: &Expr, cntxt: &Cntxt, break_ok: bool) -> bool {
    let list = |mut exprs: Box<dyn Iterator<Item = &Expr> + '_>, break_ok| {
        exprs.all(|a| check_skip_loop_cntxt(a, cntxt, break_ok))
    };
    match e {
        Expr::Call(c) => {
            let args = Box::new(c.args.iter().filter_map(|a| a.value.as_ref()));
            match &c.fun {
                Expr::Sym(f) => match &**f {
                    "break" | "next" if !break_ok => false,
                    "function" | "for" | "while" | "repeat" if cntxt.is_base_var(f) => true,
                    "(" | "{" | "if" if cntxt.is_base_var(f) => list(args, break_ok),
                    "eval" | "evalq" | "source" => false,
                    _ => list(args, false),
                },
                f => list(Box::new(std::iter::once(f).chain(args)), false),
            }
        }
        // `function(...)` stops the search
        _ => true,
    }
}

/// The `for` handler (with `cmpForBody`): the sequence, STARTFOR, the body, POP, STEPFOR,
/// ENDFOR; a body that needs a loop context runs inside STARTLOOPCNTXT/ENDLOOPCNTXT and is
/// entered by a GOTO.
fn cmp_for(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let [var @ Expr::Sym(_), seq, body] = values(call_args(e))?[..] else { return None };
    cmp(seq, cb, &cntxt.non_tail(), false)?;
    cb.put_expr(var);
    cb.put_expr(e);
    if check_skip_loop_cntxt(body, cntxt, true) {
        cb.putcode(ops::STARTFOR);
        cmp(body, cb, &cntxt.in_loop(), false)?;
        cb.putcode(ops::POP);
        cb.putcode(ops::STEPFOR);
    } else {
        let outer = Cntxt { need_returnjmp: true, ..cntxt.clone() };
        cb.putcode(ops::STARTFOR);
        cb.putcode(ops::STARTLOOPCNTXT);
        cb.putcode(ops::GOTO);
        cmp(body, cb, &outer.in_loop(), false)?;
        cb.putcode(ops::POP);
        cb.putcode(ops::STEPFOR);
        cb.putcode(ops::ENDLOOPCNTXT);
    }
    cb.putcode(ops::ENDFOR);
    cntxt.finish_invisible(cb);
    Some(true)
}

/// The `while` handler (with `cmpWhileBody`).
fn cmp_while(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let [cond, body] = values(call_args(e))?[..] else { return None };
    cmp_loop(e, Some(cond), body, cb, cntxt)
}

/// The `repeat` handler (with `cmpRepeatBody`).
fn cmp_repeat(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let [body] = values(call_args(e))?[..] else { return None };
    cmp_loop(e, None, body, cb, cntxt)
}

/// `while` and `repeat`: in a loop context unless it can be skipped, the condition and BRIFNOT
/// out (`while`), the body, POP, GOTO back; NULL is the value.
fn cmp_loop(e: &Expr, cond: Option<&Expr>, body: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let skip = cond.is_none_or(|c| check_skip_loop_cntxt(c, cntxt, true)) && check_skip_loop_cntxt(body, cntxt, true);
    let outer = Cntxt { need_returnjmp: cntxt.need_returnjmp || !skip, ..cntxt.clone() };
    if !skip {
        cb.putcode(ops::STARTLOOPCNTXT);
    }
    let lcntxt = outer.in_loop();
    if let Some(cond) = cond {
        cmp(cond, cb, &lcntxt, false)?;
        cb.put_expr(e);
        cb.putcode(ops::BRIFNOT);
    }
    cmp(body, cb, &lcntxt, false)?;
    cb.putcode(ops::POP);
    cb.putcode(ops::GOTO);
    if !skip {
        cb.putcode(ops::ENDLOOPCNTXT);
    }
    cb.putcode(ops::LDNULL);
    cntxt.finish_invisible(cb);
    Some(true)
}

/// The `break` and `next` handlers: a GOTO where the loop allows it, else the special call.
fn cmp_break(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    if cntxt.loop_goto_ok == Some(true) {
        cb.putcode(ops::GOTO);
        Some(true)
    } else {
        cmp_special(e, cb, cntxt).map(|_| true)
    }
}

/// The `return` handler: the value (NULL if none), RETURN, or RETURNJMP out of a promise or a
/// loop context.
fn cmp_return(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let args = call_args(e);
    if dots_or_missing(args) || args.len() > 1 {
        return cmp_special(e, cb, cntxt).map(|_| true);
    }
    let null = Expr::Const(Const::Null);
    let value = args.first().and_then(|a| a.value.as_ref()).unwrap_or(&null);
    cmp(value, cb, &cntxt.non_tail(), false)?;
    cb.putcode(if cntxt.need_returnjmp { ops::RETURNJMP } else { ops::RETURN });
    Some(true)
}

/// The `function` handler: the body compiled in its own code buffer (its current expression the
/// `function` expression), pooled with the formals, MAKECLOSURE.
fn cmp_function(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let Expr::Function(f) = e else { return None };
    if may_call_browser(&f.body) {
        return None;
    }
    let ncntxt = Cntxt::function(Some(cntxt), f, cntxt.namespace);
    let code = gen_code(&f.body, &ncntxt, cb.current.clone())?;
    cb.putconst(Pooled::Closure(f.clone(), Box::new(code)));
    cb.putcode(ops::MAKECLOSURE);
    cntxt.finish(cb);
    Some(true)
}

/// The `local` handler: `local(body)` compiles as `(function() body)()`.
fn cmp_local(e: &Expr, cb: &mut CodeBuf, cntxt: &Cntxt) -> Option<bool> {
    let [Arg { value: Some(body), .. }] = call_args(e) else { return Some(false) };
    let fun = Function { params: Vec::new(), body: body.clone(), pos: Pos::default(), code: Default::default() };
    let call = new_call(Expr::Function(Rc::new(fun)), Vec::new());
    cmp(&call, cb, cntxt, false)?;
    Some(true)
}

/// `constantFold`: `Some(Some(v))` folds to `v`, `Some(None)` does not fold (R's call is not on
/// constants, not foldable, errs or warns), `None` not modelled.
fn constant_fold(e: &Expr, cntxt: &Cntxt) -> Option<Option<Value>> {
    match e {
        // `checkConst`: a constant of the code is its own value
        Expr::Const(c) => Some(Some(Value::of_const(c))),
        // `constNames` fold only where base is trusted: in a namespace, not in the global
        // environment at optimize level 2
        Expr::Sym(s) if cntxt.is_base_var(s) => Some(match &**s {
            "T" => Some(Value::Lgl(vec![Some(true)])),
            "F" => Some(Value::Lgl(vec![Some(false)])),
            "pi" => Some(Value::Real(vec![std::f64::consts::PI])),
            _ => None,
        }),
        Expr::Sym(_) | Expr::Function(_) => Some(None),
        Expr::Call(c) => {
            let Expr::Sym(f) = &c.fun else { return Some(None) };
            if !FOLD_FUNS.contains(&&**f) || !cntxt.is_base_var(f) {
                return Some(None);
            }
            let mut args = Vec::with_capacity(c.args.len());
            for a in &c.args {
                let Some(v) = &a.value else { return Some(None) };
                match constant_fold(v, cntxt)? {
                    Some(x) => args.push(x),
                    None => return Some(None),
                }
            }
            if has_names(&c.args) {
                return None;
            }
            Some(fold_call(f, &args)?.filter(|v| v.len() <= MAX_CONST_SIZE))
        }
    }
}

/// Evaluating a folding function on constants, as `do.call(f, args)` would (`Some(None)` where R
/// signals an error or a warning, so the call is not folded).
fn fold_call(name: &str, args: &[Value]) -> Option<Option<Value>> {
    match (name, args) {
        ("(", [a]) => Some(Some(a.clone())),
        ("-" | "+", [a]) => fold_unary(name, a),
        ("!", [a]) => fold_not(a),
        ("+" | "-" | "*" | "/" | "^" | "%%", [a, b]) => fold_arith(name, a, b),
        ("==" | "!=" | "<" | "<=" | ">" | ">=", [a, b]) => fold_compare(name, a, b),
        ("&" | "|", [a, b]) => fold_logic(name, a, b),
        ("&&" | "||", [a, b]) => fold_and_or(name, a, b),
        (":", [a, b]) => fold_colon(a, b),
        ("c", _) => fold_c(args),
        // wrong argument counts are errors
        (
            "(" | "-" | "+" | "!" | "*" | "/" | "^" | "%%" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&" | "|" | "&&"
            | "||" | ":",
            _,
        ) => Some(None),
        // the other `foldFuns` (only trusted in a namespace) are not modelled
        _ => None,
    }
}

/// `c()` of unnamed constants: NULLs drop out, the rest coerced to the highest type (a mix of
/// strings with other types is not modelled).
fn fold_c(args: &[Value]) -> Option<Option<Value>> {
    let args: Vec<&Value> = args.iter().filter(|v| !matches!(v, Value::Null)).collect();
    let rank = |v: &Value| match v {
        Value::Null => 0,
        Value::Lgl(_) => 1,
        Value::Int(_) => 2,
        Value::Real(_) => 3,
        Value::Cplx(_) => 4,
        Value::Str(_) => 5,
    };
    let Some(top) = args.iter().map(|v| rank(v)).max() else { return Some(Some(Value::Null)) };
    Some(Some(match top {
        1 => Value::Lgl(args.iter().flat_map(|v| if let Value::Lgl(x) = v { x.clone() } else { vec![] }).collect()),
        2 => Value::Int(
            args.iter()
                .flat_map(|v| match v {
                    Value::Lgl(x) => x.iter().map(|b| b.map(i32::from)).collect(),
                    Value::Int(x) => x.clone(),
                    _ => vec![],
                })
                .collect(),
        ),
        3 => Value::Real(args.iter().map(|v| v.reals()).collect::<Option<Vec<_>>>()?.concat()),
        5 if args.iter().all(|v| rank(v) == 5) => {
            Value::Str(args.iter().flat_map(|v| if let Value::Str(x) = v { x.clone() } else { vec![] }).collect())
        }
        _ => return None,
    }))
}

fn is_str(v: &Value) -> bool {
    matches!(v, Value::Str(_))
}

fn fold_unary(name: &str, a: &Value) -> Option<Option<Value>> {
    Some(Some(match a {
        Value::Str(_) => return Some(None),
        Value::Real(v) if name == "-" => Value::Real(v.iter().map(|x| -x).collect()),
        Value::Real(_) => a.clone(),
        Value::Cplx(v) if name == "-" => Value::Cplx(v.iter().map(|(r, i)| (-r, -i)).collect()),
        Value::Cplx(_) => a.clone(),
        Value::Lgl(_) | Value::Int(_) => {
            let v = a.ints()?;
            Value::Int(if name == "-" { v.iter().map(|i| i.map(|i| -i)).collect() } else { v })
        }
        Value::Null => return None,
    }))
}

fn fold_not(a: &Value) -> Option<Option<Value>> {
    match a {
        Value::Str(_) | Value::Cplx(_) => Some(None),
        Value::Null => None,
        _ => Some(Some(Value::Lgl(a.reals()?.iter().map(|x| (!x.is_nan()).then_some(*x == 0.0)).collect()))),
    }
}

/// The recycled length of two operands; `None` where R warns that one is not a multiple of the
/// other.
fn recycled(n: usize, m: usize) -> Option<usize> {
    if n == 0 || m == 0 {
        return Some(0);
    }
    let len = n.max(m);
    (len.is_multiple_of(n) && len.is_multiple_of(m)).then_some(len)
}

/// R's `myfmod` for `%%` on doubles.
fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 {
        return f64::NAN;
    }
    let tmp = x - (x / y).floor() * y;
    tmp - (tmp / y).floor() * y
}

fn fold_arith(name: &str, a: &Value, b: &Value) -> Option<Option<Value>> {
    if is_str(a) || is_str(b) {
        return Some(None);
    }
    if matches!(a, Value::Cplx(_)) || matches!(b, Value::Cplx(_)) {
        return fold_complex_arith(name, a, b);
    }
    let (x, y) = (a.reals()?, b.reals()?);
    let Some(n) = recycled(x.len(), y.len()) else { return Some(None) };
    if let (Some(p), Some(q), "+" | "-" | "*" | "%%") = (a.ints(), b.ints(), name) {
        let mut out = Vec::with_capacity(n);
        for k in 0..n {
            let r = match (p[k % p.len()], q[k % q.len()]) {
                (Some(i), Some(j)) => {
                    let (i, j) = (i64::from(i), i64::from(j));
                    match name {
                        "+" => Some(i + j),
                        "-" => Some(i - j),
                        "*" => Some(i * j),
                        _ if j == 0 => None,
                        _ => Some(i.rem_euclid(j) + if j < 0 && i.rem_euclid(j) != 0 { j } else { 0 }),
                    }
                }
                _ => None,
            };
            // integer overflow gives NA with a warning
            if r.is_some_and(|r| r.abs() > i64::from(i32::MAX)) {
                return Some(None);
            }
            out.push(r.map(|r| r as i32));
        }
        return Some(Some(Value::Int(out)));
    }
    let f = |p: f64, q: f64| match name {
        "+" => p + q,
        "-" => p - q,
        "*" => p * q,
        "/" => p / q,
        "^" => p.powf(q),
        _ => fmod(p, q),
    };
    Some(Some(Value::Real((0..n).map(|k| f(x[k % x.len()], y[k % y.len()])).collect())))
}

/// Complex `+`, `-`, `*` (other operators and NA operands are not modelled).
fn fold_complex_arith(name: &str, a: &Value, b: &Value) -> Option<Option<Value>> {
    let complex = |v: &Value| -> Option<Vec<(f64, f64)>> {
        let z = match v {
            Value::Cplx(z) => z.clone(),
            _ => v.reals()?.into_iter().map(|x| (x, 0.0)).collect(),
        };
        z.iter().all(|(r, i)| !r.is_nan() && !i.is_nan()).then_some(z)
    };
    let (x, y) = (complex(a)?, complex(b)?);
    let Some(n) = recycled(x.len(), y.len()) else { return Some(None) };
    let f = |(p, q): ((f64, f64), (f64, f64))| match name {
        "+" => Some((p.0 + q.0, p.1 + q.1)),
        "-" => Some((p.0 - q.0, p.1 - q.1)),
        "*" => Some(crate::lang::builtins::complex::mul(p, q)),
        _ => None,
    };
    let z: Option<Vec<(f64, f64)>> = (0..n).map(|k| f((x[k % x.len()], y[k % y.len()]))).collect();
    Some(Some(Value::Cplx(z?)))
}

fn fold_compare(name: &str, a: &Value, b: &Value) -> Option<Option<Value>> {
    let cmp = |o: std::cmp::Ordering| match name {
        "==" => o.is_eq(),
        "!=" => o.is_ne(),
        "<" => o.is_lt(),
        "<=" => o.is_le(),
        ">" => o.is_gt(),
        _ => o.is_ge(),
    };
    match (a, b) {
        // strings: equality only (order depends on the collation)
        (Value::Str(x), Value::Str(y)) if matches!(name, "==" | "!=") => {
            let Some(n) = recycled(x.len(), y.len()) else { return Some(None) };
            Some(Some(Value::Lgl(
                (0..n)
                    .map(|k| match (&x[k % x.len()], &y[k % y.len()]) {
                        (Some(p), Some(q)) => Some(cmp(p.cmp(q))),
                        _ => None,
                    })
                    .collect(),
            )))
        }
        _ => {
            let (x, y) = (a.reals()?, b.reals()?);
            let Some(n) = recycled(x.len(), y.len()) else { return Some(None) };
            Some(Some(Value::Lgl(
                (0..n)
                    .map(|k| {
                        let (p, q) = (x[k % x.len()], y[k % y.len()]);
                        p.partial_cmp(&q).map(cmp)
                    })
                    .collect(),
            )))
        }
    }
}

fn fold_logic(name: &str, a: &Value, b: &Value) -> Option<Option<Value>> {
    if is_str(a) || is_str(b) {
        return Some(None);
    }
    let (x, y) = (a.reals()?, b.reals()?);
    let Some(n) = recycled(x.len(), y.len()) else { return Some(None) };
    let lgl = |v: f64| (!v.is_nan()).then_some(v != 0.0);
    Some(Some(Value::Lgl(
        (0..n)
            .map(|k| {
                let (p, q) = (lgl(x[k % x.len()]), lgl(y[k % y.len()]));
                match (name, p, q) {
                    ("&", Some(false), _) | ("&", _, Some(false)) => Some(false),
                    ("&", Some(true), Some(true)) => Some(true),
                    ("|", Some(true), _) | ("|", _, Some(true)) => Some(true),
                    ("|", Some(false), Some(false)) => Some(false),
                    _ => None,
                }
            })
            .collect(),
    )))
}

/// `&&` and `||` on constants: the second operand is only looked at when needed.
fn fold_and_or(name: &str, a: &Value, b: &Value) -> Option<Option<Value>> {
    // a scalar logical: `Err(true)` where R errs or warns, `Err(false)` not modelled
    let scalar = |v: &Value| -> Result<Option<bool>, bool> {
        match v {
            Value::Str(_) | Value::Null => Err(true),
            Value::Cplx(_) => Err(false),
            _ => {
                let x = v.reals().ok_or(false)?;
                match x[..] {
                    [] => Ok(None),
                    [x] => Ok((!x.is_nan()).then_some(x != 0.0)),
                    _ => Err(true),
                }
            }
        }
    };
    let get = |v| match scalar(v) {
        Ok(b) => Some(Some(b)),
        Err(true) => Some(None),
        Err(false) => None,
    };
    let Some(x) = get(a)? else { return Some(None) };
    let decided = if name == "&&" { Some(false) } else { Some(true) };
    if x == decided {
        return Some(Some(Value::Lgl(vec![x])));
    }
    let Some(y) = get(b)? else { return Some(None) };
    let r = if y == decided {
        y
    } else if x.is_none() || y.is_none() {
        None
    } else {
        y
    };
    Some(Some(Value::Lgl(vec![r])))
}

/// `from:to` on scalars: integers when `from` is a whole number in integer range.
fn fold_colon(a: &Value, b: &Value) -> Option<Option<Value>> {
    let (x, y) = (a.reals()?, b.reals()?);
    let (&[from], &[to]) = (x.as_slice(), y.as_slice()) else { return Some(None) };
    if from.is_nan() || to.is_nan() {
        return Some(None);
    }
    let span = (to - from).abs() + 1e-10;
    if span >= MAX_CONST_SIZE as f64 {
        return Some(None);
    }
    let n = span.floor() as usize + 1;
    let step = if from <= to { 1.0 } else { -1.0 };
    let last = from + step * (n - 1) as f64;
    let int_range = |v: f64| v > f64::from(i32::MIN) && v <= f64::from(i32::MAX);
    let v = (0..n).map(|k| from + step * k as f64);
    if from == from.trunc() && int_range(from) && int_range(last) {
        Some(Some(Value::Int(v.map(|x| Some(x as i32)).collect())))
    } else {
        Some(Some(Value::Real(v.collect())))
    }
}

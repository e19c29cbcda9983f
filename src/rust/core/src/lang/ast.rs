//! The syntax tree of simulated R code.
//!
//! It mirrors R's own representation of code (every construct is a call whose head is a symbol, as
//! `quote()` shows), because `object.size()` of language objects and closures walks that shape.
//! Control flow keeps R's call form too (`if`, `for`, `{`, `<-` are calls); the evaluator dispatches on
//! the head symbol.

use std::rc::Rc;

pub use crate::heap::ObjId;
pub use crate::sym::Sym;

use super::builtins::arith::{op_named, Op};
use super::compiled::CodeCache;
pub use super::control::Special;

/// A position in the source text, 1-based as R reports it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// An R constant as the parser creates it (a length-1 vector, or NULL).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Null,
    /// `TRUE`, `FALSE`, `T`/`F` are symbols in R and are *not* constants; `NA` is a logical NA.
    Logical(Option<bool>),
    /// `1L`, `0x10L`, `NA_integer_` (None).
    Int(Option<i32>),
    /// `1`, `1e6`, `0x10`, `Inf`, `NaN`, `NA_real_` (None).
    Real(Option<f64>),
    /// `1i`, `NA_complex_` (None).
    Complex(Option<(f64, f64)>),
    /// `"text"`, `'text'`, `r"(raw)"`; `NA_character_` (None). Escapes are already decoded.
    Str(Option<Rc<str>>),
    /// Any other object a call built at run time holds in a cell (`call("glm.fit", x = X)`,
    /// `as.call(list(f, m))`, `substitute(f(x), list(x = m))`): in R a call's cells may point to
    /// any SEXP. The object lives on the heap; whatever holds this code traces it
    /// ([`Expr::for_each_obj`]), so it stays alive exactly while the code is reachable.
    Obj(ObjId),
}

/// An argument of a call, possibly named (`f(x = 1)`), possibly empty (`x[, 1]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// The tag: `x` in `f(x = 1)`; also `"x"` in `f("x" = 1)`.
    pub name: Option<Rc<str>>,
    /// `None` for an empty argument (`x[, 1]`, `f(a = )`).
    pub value: Option<Expr>,
}

/// A formal parameter of `function(x, y = 2, ...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// `"..."` for dots.
    pub name: Sym,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    /// The head: usually `Expr::Sym` (`f`, `+`, `<-`, `[`, `if`, `for`, `{`, `(`), but may be any
    /// expression (`f(1)(2)`, `(function(x) x)(1)`, `pkg::f` is a call to `::`).
    pub fun: Expr,
    pub args: Vec<Arg>,
    pub pos: Pos,
    /// How the evaluator dispatches it, decided once when the call is built.
    pub head: Head,
    /// The compiled forms of its arguments, for a loop that runs compiled.
    pub code: CodeCache,
    /// Levels of calls and functions, this one included (walks over code are bounded by it).
    pub depth: u32,
    /// The tag of the head's cell, which only code surgery sets (`names(substitute(list(a = x))[-1])`).
    pub fun_tag: Option<Rc<str>>,
    /// Some cell of this call or of a call inside it holds a heap object ([`Const::Obj`]).
    pub holds_objs: bool,
}

/// The evaluator's dispatch for a call, from its head symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    /// A special form (`{`, `if`, `for`, `<-`, ...).
    Special(Special),
    /// A binary arithmetic or comparison operator with two plain operands, which byte code computes
    /// inline.
    Arith(Op),
    /// Anything else: look the function up.
    Other,
}

impl Call {
    pub fn new(fun: Expr, args: Vec<Arg>, pos: Pos) -> Call {
        let head = match &fun {
            Expr::Sym(name) => match Special::named(name) {
                Some(s) => Head::Special(s),
                None => match op_named(name) {
                    Some(op) if args.len() == 2 && args.iter().all(|a| a.name.is_none() && a.value.is_some()) => {
                        Head::Arith(op)
                    }
                    _ => Head::Other,
                },
            },
            _ => Head::Other,
        };
        let depth =
            1 + args.iter().filter_map(|a| a.value.as_ref()).map(Expr::depth).max().unwrap_or(0).max(fun.depth());
        let holds_objs = fun.holds_objs() || args.iter().filter_map(|a| a.value.as_ref()).any(Expr::holds_objs);
        Call { fun, args, pos, head, code: CodeCache::default(), depth, fun_tag: None, holds_objs }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub params: Vec<Param>,
    pub body: Expr,
    pub pos: Pos,
    /// The compiled form of the body, once the JIT compiled the function.
    pub code: CodeCache,
}

impl Function {
    pub fn holds_objs(&self) -> bool {
        self.body.holds_objs() || self.params.iter().filter_map(|p| p.default.as_ref()).any(Expr::holds_objs)
    }

    pub fn held_objs(&self) -> Vec<ObjId> {
        let mut held = Vec::new();
        self.for_each_obj(&mut |o| held.push(o));
        held
    }

    /// The heap objects its formals and body hold ([`Expr::for_each_obj`]).
    pub fn for_each_obj(&self, f: &mut impl FnMut(ObjId)) {
        self.params.iter().filter_map(|p| p.default.as_ref()).for_each(|e| e.for_each_obj(f));
        self.body.for_each_obj(f);
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Const(Const),
    /// An identifier or a backtick-quoted name (`` `my var` ``); also `...`, `..1`.
    Sym(Sym),
    /// Every call, operator and control-flow construct, in R's call form:
    /// - `a + b` → `+`(a, b); `-a` → `-`(a); `!a` → `!`(a); `a %in% b` → `%in%`(a, b); `~ a` → `~`(a)
    /// - `x <- v` → `<-`(x, v); `x = v` → `=`(x, v); `x <<- v`; `v -> x` → `<-`(x, v); `v ->> x` → `<<-`(x, v)
    /// - `x[i, j]` → `[`(x, i, j); `x[[i]]` → `[[`(x, i); `x$a` → `$`(x, a) (a is a Sym, or a Const Str);
    ///   `x@a` → `@`(x, a); `pkg::f` → `::`(pkg, f) (both Sym); `pkg:::f` → `:::`(pkg, f)
    /// - `{ a; b }` → `{`(a, b); `(a)` → `(`(a)
    /// - `if (c) a else b` → `if`(c, a, b) (2 args without else)
    /// - `for (i in s) body` → `for`(i, s, body) with i a Sym; `while (c) body` → `while`(c, body);
    ///   `repeat body` → `repeat`(body); `break` → `break`(); `next` → `next`()
    /// - `f(x)` → fun = Sym("f"); `function(x) x` is `Expr::Function`, not a call
    /// - `\(x) x` (lambda) is `Expr::Function` too.
    Call(Rc<Call>),
    Function(Rc<Function>),
}

impl Expr {
    pub fn sym(name: &str) -> Expr {
        Expr::Sym(Sym::new(name))
    }

    /// The name if this is a symbol.
    pub fn call_name_sym(&self) -> Option<&str> {
        match self {
            Expr::Sym(s) => Some(s),
            _ => None,
        }
    }

    /// Levels of calls and functions in this expression.
    pub fn depth(&self) -> u32 {
        match self {
            Expr::Call(c) => c.depth,
            Expr::Function(f) => {
                1 + f
                    .params
                    .iter()
                    .filter_map(|p| p.default.as_ref())
                    .map(Expr::depth)
                    .max()
                    .unwrap_or(0)
                    .max(f.body.depth())
            }
            Expr::Const(_) | Expr::Sym(_) => 0,
        }
    }

    /// Whether some cell of this code holds a heap object ([`Const::Obj`]); constant time for a call.
    pub fn holds_objs(&self) -> bool {
        match self {
            Expr::Const(c) => matches!(c, Const::Obj(_)),
            Expr::Sym(_) => false,
            Expr::Call(c) => c.holds_objs,
            Expr::Function(f) => f.holds_objs(),
        }
    }

    /// Call `f` on every heap object this code holds (`memory.c: DO_CHILDREN` over its cells);
    /// subtrees that hold none are skipped.
    pub fn for_each_obj(&self, f: &mut impl FnMut(ObjId)) {
        match self {
            Expr::Const(Const::Obj(o)) => f(*o),
            Expr::Const(_) | Expr::Sym(_) => {}
            Expr::Call(c) => {
                if c.holds_objs {
                    c.fun.for_each_obj(f);
                    c.args.iter().filter_map(|a| a.value.as_ref()).for_each(|e| e.for_each_obj(f));
                }
            }
            Expr::Function(fun) => fun.for_each_obj(f),
        }
    }

    /// The heap objects this code holds, in order.
    pub fn held_objs(&self) -> Vec<ObjId> {
        let mut held = Vec::new();
        self.for_each_obj(&mut |o| held.push(o));
        held
    }

    /// The head symbol's name if this is a call whose function is a plain symbol.
    pub fn call_name(&self) -> Option<&str> {
        match self {
            Expr::Call(c) => match &c.fun {
                Expr::Sym(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A parsed file or text: its top-level expressions in order, with the position where each starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub exprs: Vec<(Expr, Pos)>,
}

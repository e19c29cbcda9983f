//! R's deparser (`deparse.c` of R 4.2.2) for code: the text `deparse()`, `print()` of calls and
//! functions, and `Error in <call> :` show.
//!
//! [`Deparser`] keeps `LocalParseData`'s state (the line being written, its length, the indent,
//! whether inside `{` or an argument list, the left-operand precedence) and writes lines as
//! `deparse2buff` does: operators by their `PPinfo` (`names.c`), parenthesized by `needsparens`,
//! arguments wrapped at the cutoff by `linebreak`. Values (vectors, lists, closures with attributes)
//! are deparsed by the evaluator's side (`builtins/deparse.rs`) with the same state.

use std::rc::Rc;

use super::ast::{Arg, Call, Const, Expr, Function, ObjId, Param};
use super::print::{encode_string, real_to_string};

/// `.deparseOpts` bits (`Defn.h`).
pub const KEEPINTEGER: u32 = 1;
pub const QUOTEEXPRESSIONS: u32 = 2;
pub const SHOWATTRIBUTES: u32 = 4;
pub const USESOURCE: u32 = 8;
pub const DELAYPROMISES: u32 = 32;
pub const KEEPNA: u32 = 64;
pub const S_COMPAT: u32 = 128;
pub const HEXNUMERIC: u32 = 256;
pub const DIGITS17: u32 = 512;
pub const NICE_NAMES: u32 = 1024;
pub const SIMPLEDEPARSE: u32 = 0;
/// `KEEPINTEGER | KEEPNA | NICE_NAMES`: calls in printing and in error messages.
pub const DEFAULTDEPARSE: u32 = 1089;
/// `SIMPLE_OPTS`: what `quote()`, a closure's body and an expression's elements keep.
pub const SIMPLE_OPTS: u32 = !QUOTEEXPRESSIONS & !SHOWATTRIBUTES & !DELAYPROMISES;
/// `deparse()`'s default control: `c("keepNA", "keepInteger", "niceNames", "showAttributes")`.
pub const DEPARSE_DEFAULT_CONTROL: u32 = KEEPNA | KEEPINTEGER | NICE_NAMES | SHOWATTRIBUTES;

pub const MIN_CUTOFF: usize = 20;
pub const DEFAULT_CUTOFF: usize = 60;
/// `MAX_Cutoff = BUFSIZE - 12`.
pub const MAX_CUTOFF: usize = 500;

/// `DBL_DIG`: deparse writes doubles with 15 significant digits.
const DBL_DIG: usize = 15;

/// Operator precedences (`PREC_*`).
pub const PREC_FN: u8 = 0;
pub const PREC_EQ: u8 = 1;
pub const PREC_LEFT: u8 = 2;
pub const PREC_TILDE: u8 = 4;
pub const PREC_OR: u8 = 5;
pub const PREC_AND: u8 = 6;
pub const PREC_NOT: u8 = 7;
pub const PREC_COMPARE: u8 = 8;
pub const PREC_SUM: u8 = 9;
pub const PREC_PROD: u8 = 10;
pub const PREC_PERCENT: u8 = 11;
pub const PREC_COLON: u8 = 12;
pub const PREC_SIGN: u8 = 13;
pub const PREC_POWER: u8 = 14;
pub const PREC_SUBSET: u8 = 15;
pub const PREC_DOLLAR: u8 = 16;
pub const PREC_NS: u8 = 17;

/// How a primitive deparses (`PPkind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PPKind {
    Assign,
    Assign2,
    Binary,
    Binary2,
    Break,
    Curly,
    For,
    Funcall,
    Function,
    If,
    Next,
    Paren,
    Return,
    Subass,
    Subset,
    While,
    Unary,
    Dollar,
    Foreign,
    Repeat,
}

/// `PPinfo`: kind, precedence and right associativity.
#[derive(Clone, Copy, Debug)]
pub struct PPInfo {
    pub kind: PPKind,
    pub prec: u8,
    pub rightassoc: bool,
}

const fn pp(kind: PPKind, prec: u8, rightassoc: bool) -> PPInfo {
    PPInfo { kind, prec, rightassoc }
}

/// R's primitives (`R_FunTab` entries evaluated directly), from the installed R's table.
static PRIMITIVES: once_cell::sync::Lazy<crate::fxhash::FxHashSet<&'static str>> = once_cell::sync::Lazy::new(|| {
    include_str!("../../data/library/funtab.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            let name = f.next()?;
            (f.next() == Some("primitive")).then_some(name)
        })
        .collect()
});

/// The `PPinfo` of a symbol whose base binding is a primitive (`PPINFO(SYMVALUE(op))`); `None`
/// for any other function name.
pub fn ppinfo(name: &str) -> Option<PPInfo> {
    use PPKind::*;
    let info = match name {
        "if" => pp(If, PREC_FN, true),
        "while" => pp(While, PREC_FN, false),
        "for" => pp(For, PREC_FN, false),
        "repeat" => pp(Repeat, PREC_FN, false),
        "break" => pp(Break, PREC_FN, false),
        "next" => pp(Next, PREC_FN, false),
        "return" => pp(Return, PREC_FN, false),
        "function" => pp(Function, PREC_FN, false),
        "<-" => pp(Assign, PREC_LEFT, true),
        "=" => pp(Assign, PREC_EQ, true),
        "<<-" => pp(Assign2, PREC_LEFT, true),
        "{" => pp(Curly, PREC_FN, false),
        "(" => pp(Paren, PREC_FN, false),
        "[" | "[[" => pp(Subset, PREC_SUBSET, false),
        "$" | "@" => pp(Dollar, PREC_DOLLAR, false),
        "[<-" | "[[<-" | "$<-" | "@<-" => pp(Subass, PREC_LEFT, true),
        "+" | "-" => pp(Binary, PREC_SUM, false),
        "*" => pp(Binary, PREC_PROD, false),
        "/" => pp(Binary2, PREC_PROD, false),
        "^" => pp(Binary2, PREC_POWER, true),
        "%%" | "%/%" => pp(Binary2, PREC_PERCENT, false),
        "%*%" => pp(Binary, PREC_PERCENT, false),
        "==" | "!=" | "<" | "<=" | ">=" | ">" => pp(Binary, PREC_COMPARE, false),
        "&" | "&&" => pp(Binary, PREC_AND, false),
        "|" | "||" => pp(Binary, PREC_OR, false),
        "!" => pp(Unary, PREC_NOT, false),
        ":" => pp(Binary2, PREC_COLON, false),
        "~" => pp(Binary, PREC_TILDE, false),
        "::" | ":::" => pp(Binary2, PREC_NS, false),
        ".C" | ".Fortran" | ".External" | ".External2" | ".Call" | ".External.graphics" | ".Call.graphics" => {
            pp(Foreign, PREC_FN, false)
        }
        _ if PRIMITIVES.contains(name) => pp(Funcall, PREC_FN, false),
        _ => return None,
    };
    Some(info)
}

/// `isUserBinop`: `%anything%`.
pub fn is_user_binop(name: &str) -> bool {
    name.len() >= 2 && name.starts_with('%') && name.ends_with('%')
}

/// The parser's reserved words (`gram.y: keywords`).
const KEYWORDS: &[&str] = &[
    "NULL",
    "NA",
    "TRUE",
    "FALSE",
    "Inf",
    "NaN",
    "NA_integer_",
    "NA_real_",
    "NA_character_",
    "NA_complex_",
    "function",
    "while",
    "repeat",
    "for",
    "if",
    "in",
    "else",
    "next",
    "break",
];

/// `isValidName`: a name R can read back without backticks.
pub fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(c) = chars.next() else { return false };
    if c != '.' && !c.is_alphabetic() {
        return false;
    }
    if c == '.' && name.as_bytes().get(1).is_some_and(|b| b.is_ascii_digit()) {
        return false;
    }
    if !chars.all(|c| c.is_alphanumeric() || c == '.' || c == '_') {
        return false;
    }
    name == "..." || !KEYWORDS.contains(&name)
}

/// `quotify`: a name as is if valid (or empty), else quoted with `quote`.
pub fn quotify(name: &str, quote: char) -> String {
    if is_valid_name(name) || name.is_empty() {
        name.to_string()
    } else {
        encode_string(name, Some(quote))
    }
}

/// A double as deparse writes it (`EncodeElement` with 15 digits).
pub fn real_text(x: f64) -> String {
    real_to_string(x, DBL_DIG)
}

/// An element of a complex vector (`EncodeElement` of a complex): `re+imi`.
pub fn complex_text(re: f64, im: f64) -> String {
    if re.is_nan() || !im.is_finite() {
        // EncodeNonFiniteComplexElement
        return format!("complex(real={}, imaginary={})", real_text(re), real_text(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "-" } else { "+" };
    format!("{}{sign}{}i", real_text(re), real_text(im.abs()))
}

/// How a deparse that can read the heap writes an object a call holds ([`Const::Obj`]):
/// `deparse2buff` of that value.
pub type HeldDeparse<'h> = Rc<dyn Fn(ObjId, &mut Deparser<'h>) + 'h>;

/// One line-breaking deparse in progress (`LocalParseData`).
pub struct Deparser<'h> {
    lines: Vec<String>,
    buf: String,
    /// Bytes on the current line, its indentation included.
    pub len: usize,
    incurly: u32,
    pub inlist: u32,
    startline: bool,
    pub indent: u32,
    /// The precedence of the binary operator whose left operand is being written (`d->left`).
    left: u8,
    pub cutoff: usize,
    pub backtick: bool,
    pub opts: u32,
    /// Writing a function argument: `=` is parenthesized as an assignment.
    pub fnarg: bool,
    maxlines: usize,
    pub active: bool,
    /// Writes the objects calls hold; without it (text for an error message) such an object is
    /// written as `<object>`.
    pub held: Option<HeldDeparse<'h>>,
}

impl<'h> Deparser<'h> {
    /// `nlines`: keep at most this many lines (`None`: all).
    pub fn new(cutoff: usize, backtick: bool, opts: u32, nlines: Option<usize>) -> Deparser<'h> {
        Deparser {
            lines: Vec::new(),
            buf: String::new(),
            len: 0,
            incurly: 0,
            inlist: 0,
            startline: true,
            indent: 0,
            left: 0,
            cutoff,
            backtick,
            opts,
            fnarg: false,
            maxlines: nlines.unwrap_or(usize::MAX),
            active: true,
            held: None,
        }
    }

    /// Entering a node (`deparse2buff`'s start): the argument flag and the left-operand precedence
    /// are the caller's, reset for this node; returns them for [`Deparser::end_node`].
    pub fn begin_node(&mut self) -> (bool, u8) {
        let saved = (self.fnarg, self.left);
        self.fnarg = false;
        self.left = 0;
        saved
    }

    pub fn end_node(&mut self, saved: (bool, u8)) {
        self.left = saved.1;
    }

    /// The lines written (`deparse2`'s final `writeline`).
    pub fn finish(mut self) -> Vec<String> {
        self.writeline();
        self.lines
    }

    /// `print2buff`: indent at the start of a line, then append.
    pub fn print(&mut self, s: &str) {
        if self.startline {
            self.startline = false;
            // printtab2buff: four spaces for the first four levels, two after
            for i in 1..=self.indent {
                self.print(if i <= 4 { "    " } else { "  " });
            }
        }
        self.buf.push_str(s);
        self.len += s.len();
    }

    pub fn writeline(&mut self) {
        if self.lines.len() < self.maxlines {
            self.lines.push(std::mem::take(&mut self.buf));
        }
        if self.lines.len() >= self.maxlines {
            self.active = false;
        }
        self.buf.clear();
        self.len = 0;
        self.startline = true;
    }

    /// `linebreak`: past the cutoff, continue on a new line indented once more.
    pub fn linebreak(&mut self, lbreak: &mut bool) {
        if self.len > self.cutoff {
            if !*lbreak {
                *lbreak = true;
                self.indent += 1;
            }
            self.writeline();
        }
    }

    /// A symbol (`deparse2buff`'s SYMSXP case).
    pub fn symbol(&mut self, name: &str) {
        let opts = self.opts;
        let doquote = opts & QUOTEEXPRESSIONS != 0 && !name.is_empty();
        if doquote {
            self.print("quote(");
        }
        if opts & S_COMPAT != 0 {
            self.print(&quotify(name, '"'));
        } else if self.backtick {
            self.print(&quotify(name, '`'));
        } else {
            self.print(name);
        }
        if doquote {
            self.print(")");
        }
    }

    /// Deparse code (`deparse2buff` of a language object, symbol or constant).
    pub fn expr(&mut self, e: &Expr) {
        let saved = self.begin_node();
        let (fnarg, prev_left) = saved;
        if !self.active {
            return;
        }
        match e {
            Expr::Const(c) => self.constant(c),
            Expr::Sym(s) => self.symbol(s),
            Expr::Call(c) => self.call(c, fnarg, prev_left),
            Expr::Function(f) => self.quoted(true, |d| d.function_call(f)),
        }
        self.end_node(saved);
    }

    /// A length-1 constant of code (`vector2buff` of a scalar without attributes).
    pub fn constant(&mut self, c: &Const) {
        let keep_na = self.opts & KEEPNA != 0;
        let s: String = match c {
            Const::Null => "NULL".into(),
            Const::Logical(Some(true)) => "TRUE".into(),
            Const::Logical(Some(false)) => "FALSE".into(),
            Const::Logical(None) => "NA".into(),
            Const::Int(Some(i)) => self.int_text(*i),
            Const::Int(None) => {
                if keep_na || self.add_l() {
                    "NA_integer_".into()
                } else {
                    "NA".into()
                }
            }
            Const::Real(Some(x)) => self.real_elt(*x),
            Const::Real(None) => (if keep_na { "NA_real_" } else { "NA" }).into(),
            Const::Complex(Some((re, im))) => complex_text(*re, *im),
            Const::Complex(None) => (if keep_na { "NA_complex_" } else { "NA" }).into(),
            Const::Str(Some(s)) => encode_string(s, Some('"')),
            Const::Str(None) => (if keep_na { "NA_character_" } else { "NA" }).into(),
            Const::Obj(o) => match self.held.clone() {
                Some(held) => return held(*o, self),
                None => "<object>".into(),
            },
        };
        self.print(&s);
    }

    /// Integers get `L` under keepInteger (not with S compatibility).
    pub fn add_l(&self) -> bool {
        self.opts & KEEPINTEGER != 0 && self.opts & S_COMPAT == 0
    }

    pub fn int_text(&self, i: i32) -> String {
        if self.add_l() {
            format!("{i}L")
        } else {
            i.to_string()
        }
    }

    /// A finite or special double under the hexNumeric / digits17 options.
    pub fn real_elt(&self, x: f64) -> String {
        if x.is_finite() && self.opts & DIGITS17 != 0 {
            return c_g17(x);
        }
        real_text(x)
    }

    /// A call; `fnarg` and `prev_left` are the caller's state as `deparse2buff` saved it.
    fn call(&mut self, c: &Call, fnarg: bool, prev_left: u8) {
        let is_tilde = matches!(&c.fun, Expr::Sym(s) if &**s == "~");
        self.quoted(!is_tilde, |d| d.call_body(c, fnarg, prev_left));
    }

    /// `quote(...)` around a language object under quoteExpressions (formulas are not quoted).
    fn quoted(&mut self, quotable: bool, body: impl FnOnce(&mut Deparser)) {
        let opts_in = self.opts;
        let maybe_quote = opts_in & QUOTEEXPRESSIONS != 0;
        if maybe_quote {
            if quotable {
                self.print("quote(");
                self.opts &= SIMPLE_OPTS;
            } else {
                self.opts &= !QUOTEEXPRESSIONS;
            }
        }
        body(self);
        if maybe_quote {
            self.opts = opts_in;
            if quotable {
                self.print(")");
            }
        }
    }

    /// `function(formals) body` as code (`PP_FUNCTION`).
    fn function_call(&mut self, f: &Function) {
        self.print("function(");
        self.formals(&f.params);
        self.print(") ");
        self.expr(&f.body);
    }

    /// A closure: `function (formals) `, a new line, the body (attributes are the caller's).
    pub fn closure(&mut self, f: &Function) {
        let opts_in = self.opts;
        self.opts &= SIMPLE_OPTS & !USESOURCE;
        self.print("function (");
        self.formals(&f.params);
        self.print(") ");
        self.writeline();
        self.expr(&f.body);
        self.opts = opts_in;
    }

    fn call_body(&mut self, c: &Call, fnarg: bool, prev_left: u8) {
        let args = &c.args;
        let op = match &c.fun {
            Expr::Sym(s) => s.as_str(),
            other => {
                // a lambda or a call as the function
                if parenthesize_caller(other) {
                    self.print("(");
                    self.expr(other);
                    self.print(")");
                } else {
                    self.expr(other);
                }
                self.print("(");
                self.args(args, false);
                self.print(")");
                return;
            }
        };
        let userbinop = ppinfo(op).is_none() && is_user_binop(op);
        let mut fop = match ppinfo(op) {
            Some(info) => info,
            None if userbinop => {
                if args.iter().any(|a| a.name.is_some()) {
                    // named arguments: a function call (PR#15350)
                    pp(PPKind::Funcall, PREC_FN, false)
                } else {
                    pp(PPKind::Binary2, PREC_PERCENT, false)
                }
            }
            None => {
                let name = if self.opts & S_COMPAT != 0 { quotify(op, '\'') } else { quotify(op, '`') };
                self.print(&name);
                self.print("(");
                self.args(args, false);
                self.print(")");
                return;
            }
        };
        match fop.kind {
            PPKind::Binary => match args.len() {
                1 => {
                    fop.kind = PPKind::Unary;
                    if fop.prec == PREC_SUM {
                        fop.prec = PREC_SIGN;
                    }
                }
                2 => {}
                _ => fop.kind = PPKind::Funcall,
            },
            PPKind::Binary2 => {
                if args.len() != 2 {
                    fop.kind = PPKind::Funcall;
                } else if userbinop {
                    fop.kind = PPKind::Binary;
                }
            }
            PPKind::Dollar => {
                if args.len() != 2 {
                    fop.kind = PPKind::Funcall;
                } else {
                    let ok = matches!(&args[1].value, Some(Expr::Sym(_)) | Some(Expr::Const(Const::Str(Some(_)))));
                    if !ok {
                        fop.kind = PPKind::Funcall;
                    }
                }
            }
            _ => {}
        }
        let arg = |i: usize| args.get(i).and_then(|a| a.value.as_ref());
        match fop.kind {
            PPKind::If => {
                self.print("if (");
                self.opt_expr(arg(0));
                self.print(") ");
                let mut lookahead = false;
                if self.incurly > 0 && self.inlist == 0 {
                    lookahead = arg(1).is_some_and(curlyahead);
                    if !lookahead {
                        self.writeline();
                        self.indent += 1;
                    }
                }
                if args.len() > 2 {
                    self.opt_expr(arg(1));
                    if self.incurly > 0 && self.inlist == 0 {
                        self.writeline();
                        if !lookahead {
                            self.indent -= 1;
                        }
                    } else {
                        self.print(" ");
                    }
                    self.print("else ");
                    self.opt_expr(arg(2));
                } else {
                    self.opt_expr(arg(1));
                    if self.incurly > 0 && !lookahead && self.inlist == 0 {
                        self.indent -= 1;
                    }
                }
            }
            PPKind::While => {
                self.print("while (");
                self.opt_expr(arg(0));
                self.print(") ");
                self.opt_expr(arg(1));
            }
            PPKind::For => {
                self.print("for (");
                self.opt_expr(arg(0));
                self.print(" in ");
                self.opt_expr(arg(1));
                self.print(") ");
                self.opt_expr(arg(2));
            }
            PPKind::Repeat => {
                self.print("repeat ");
                self.opt_expr(arg(0));
            }
            PPKind::Curly => {
                self.print("{");
                self.incurly += 1;
                self.indent += 1;
                self.writeline();
                for a in args {
                    self.opt_expr(a.value.as_ref());
                    self.writeline();
                }
                self.indent -= 1;
                self.print("}");
                self.incurly -= 1;
            }
            PPKind::Paren => {
                self.print("(");
                self.opt_expr(arg(0));
                self.print(")");
            }
            PPKind::Subset => {
                self.operand(fop, arg(0), true, prev_left, false);
                let (open, close) = if op == "[" { ("[", "]") } else { ("[[", "]]") };
                self.print(open);
                self.args(args.get(1..).unwrap_or(&[]), false);
                self.print(close);
            }
            PPKind::Funcall | PPKind::Return => {
                let name = if self.backtick { quotify(op, '`') } else { quotify(op, '"') };
                self.print(&name);
                self.print("(");
                self.inlist += 1;
                self.args(args, false);
                self.inlist -= 1;
                self.print(")");
            }
            PPKind::Foreign => {
                self.print(op);
                self.print("(");
                self.inlist += 1;
                self.args(args, false);
                self.inlist -= 1;
                self.print(")");
            }
            PPKind::Function => {
                // `function` called with its formals as a pairlist never comes from the parser
                self.print(op);
                self.print("(");
                self.args(args, false);
                self.print(")");
            }
            PPKind::Assign | PPKind::Assign2 => {
                let outerparens = fnarg && op == "=";
                if outerparens {
                    self.print("(");
                }
                self.operand(fop, arg(0), true, prev_left, true);
                self.print(" ");
                self.print(op);
                self.print(" ");
                self.operand(fop, arg(1), false, prev_left, true);
                if outerparens {
                    self.print(")");
                }
                self.left = 0;
            }
            PPKind::Dollar => {
                self.operand(fop, arg(0), true, prev_left, true);
                self.print(op);
                match arg(1) {
                    Some(Expr::Const(Const::Str(Some(s)))) if is_valid_name(s) => self.print(s),
                    rhs => self.operand(fop, rhs, false, prev_left, true),
                }
                self.left = 0;
            }
            PPKind::Binary => {
                self.operand(fop, arg(0), true, prev_left, true);
                self.print(" ");
                self.print(op);
                self.print(" ");
                let mut lbreak = false;
                self.linebreak(&mut lbreak);
                self.operand(fop, arg(1), false, prev_left, true);
                if lbreak {
                    self.indent -= 1;
                }
                self.left = 0;
            }
            PPKind::Binary2 => {
                self.operand(fop, arg(0), true, prev_left, true);
                self.print(op);
                self.operand(fop, arg(1), false, prev_left, true);
                self.left = 0;
            }
            PPKind::Unary => {
                self.print(op);
                self.operand(fop, arg(0), false, prev_left, true);
                self.left = 0;
            }
            PPKind::Break => self.print("break"),
            PPKind::Next => self.print("next"),
            PPKind::Subass => {
                if self.opts & S_COMPAT != 0 {
                    self.print("\"");
                    self.print(op);
                    self.print("'(");
                } else {
                    self.print("`");
                    self.print(op);
                    self.print("`(");
                }
                self.args(args, false);
                self.print(")");
            }
        }
    }

    /// An operand of an operator, parenthesized when `needsparens` says so; `set_left`: the
    /// operand sees `d->left` (the left operand the operator's precedence, the right one the
    /// caller's), as every operator but `[` sets it.
    fn operand(&mut self, fop: PPInfo, e: Option<&Expr>, left: bool, prev_left: u8, set_left: bool) {
        let parens = e.is_some_and(|e| needsparens(fop, e, left, prev_left));
        if parens {
            self.print("(");
        }
        if set_left {
            self.left = if parens {
                0
            } else if left {
                fop.prec
            } else {
                prev_left
            };
        }
        self.opt_expr(e);
        if parens {
            self.print(")");
        }
    }

    /// An argument that may be empty (`R_MissingArg` deparses as the empty symbol).
    fn opt_expr(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            // R_MissingArg: the empty symbol
            None => {
                self.fnarg = false;
                self.print("");
            }
        }
    }

    /// `args2buff` of a call's arguments.
    pub fn args(&mut self, args: &[Arg], _formals: bool) {
        let mut lbreak = false;
        for (i, a) in args.iter().enumerate() {
            match &a.name {
                Some(n) => {
                    self.tag(n);
                    self.print(" = ");
                    if let Some(v) = &a.value {
                        self.fnarg = true;
                        self.expr(v);
                    }
                }
                None => {
                    self.fnarg = true;
                    self.opt_expr(a.value.as_ref());
                }
            }
            if i + 1 < args.len() {
                self.print(", ");
                self.linebreak(&mut lbreak);
            }
        }
        if lbreak {
            self.indent -= 1;
        }
    }

    /// `args2buff` of formals: a missing default writes no ` = `.
    pub fn formals(&mut self, params: &[Param]) {
        let mut lbreak = false;
        for (i, p) in params.iter().enumerate() {
            self.tag(&p.name);
            if let Some(d) = &p.default {
                self.print(" = ");
                self.fnarg = true;
                self.expr(d);
            }
            if i + 1 < params.len() {
                self.print(", ");
                self.linebreak(&mut lbreak);
            }
        }
        if lbreak {
            self.indent -= 1;
        }
    }

    /// An argument's tag.
    fn tag(&mut self, name: &str) {
        if name == "..." {
            self.print(name);
        } else {
            let q = if self.backtick { '`' } else { '"' };
            self.print(&quotify(name, q));
        }
    }
}

/// `%.17g`, C's shortest-of-fixed-or-exponent with 17 significant digits.
fn c_g17(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let e = format!("{:.16e}", x);
    let (m, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if !(-4..17).contains(&exp) {
        let m = m.trim_end_matches('0').trim_end_matches('.');
        return format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    let decimals = (16 - exp).max(0) as usize;
    let f = format!("{:.*}", decimals, x);
    if f.contains('.') {
        f.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        f
    }
}

/// `curlyahead`: the branch is a `{` block.
fn curlyahead(e: &Expr) -> bool {
    e.call_name() == Some("{")
}

/// `needsparens`: whether `arg`, an operand of `mainop` (on its left if `left`), needs
/// parentheses; `deep_left` is the precedence of an enclosing operator whose left operand this is.
fn needsparens(mainop: PPInfo, arg: &Expr, left: bool, deep_left: u8) -> bool {
    let left = left as u8;
    let rightassoc = mainop.rightassoc as u8;
    match arg {
        Expr::Call(c) => {
            let Expr::Sym(head) = &c.fun else { return false };
            match ppinfo(head) {
                Some(mut arginfo) => {
                    if matches!(arginfo.kind, PPKind::Binary | PPKind::Binary2) {
                        match c.args.len() {
                            1 => {
                                // binary +/- precedence upgraded as unary
                                if arginfo.prec == PREC_SUM {
                                    arginfo.prec = PREC_SIGN;
                                }
                                arginfo.kind = PPKind::Unary;
                            }
                            2 => {}
                            _ => return false,
                        }
                    }
                    let assign_rule = |arginfo: PPInfo| {
                        mainop.prec > arginfo.prec || (mainop.prec == arginfo.prec && left == rightassoc)
                    };
                    match arginfo.kind {
                        PPKind::Subset => {
                            if matches!(mainop.kind, PPKind::Dollar | PPKind::Subset) && mainop.prec > arginfo.prec {
                                return false;
                            }
                            if mainop.prec == PREC_COMPARE && arginfo.prec == PREC_COMPARE {
                                return true;
                            }
                            assign_rule(arginfo)
                        }
                        PPKind::Binary | PPKind::Binary2 => {
                            if mainop.prec == PREC_COMPARE && arginfo.prec == PREC_COMPARE {
                                // a < b < c is not legal syntax
                                return true;
                            }
                            assign_rule(arginfo)
                        }
                        PPKind::Assign | PPKind::Assign2 | PPKind::Dollar => assign_rule(arginfo),
                        PPKind::Unary => {
                            (left != 0 && mainop.prec > arginfo.prec) || (deep_left != 0 && deep_left > arginfo.prec)
                        }
                        PPKind::For | PPKind::If | PPKind::While | PPKind::Repeat => left != 0 || deep_left != 0,
                        _ => false,
                    }
                }
                None if is_user_binop(head) => {
                    mainop.prec > PREC_PERCENT || (mainop.prec == PREC_PERCENT && left == rightassoc)
                }
                None => false,
            }
        }
        Expr::Const(Const::Complex(_)) => mainop.prec > PREC_SUM || (mainop.prec == PREC_SUM && left == rightassoc),
        _ => false,
    }
}

/// `parenthesizeCaller`: `(f + g)(z)` and `(function(x) 1)(x)`, but `x$f(z)`, `x[n](z)`,
/// `base::mean(x)`, `f(y)(z)`.
fn parenthesize_caller(e: &Expr) -> bool {
    match e {
        Expr::Call(c) => match &c.fun {
            Expr::Sym(op) => {
                if is_user_binop(op) && ppinfo(op).is_none() {
                    return true;
                }
                match ppinfo(op) {
                    Some(info) => {
                        !(info.prec >= PREC_SUBSET
                            || matches!(info.kind, PPKind::Funcall | PPKind::Paren | PPKind::Curly))
                    }
                    None => false,
                }
            }
            _ => true,
        },
        // `function` is a primitive of kind PP_FUNCTION and precedence PREC_FN
        Expr::Function(_) => true,
        _ => false,
    }
}

/// `deparse(expr)` of code: the lines.
pub fn deparse(e: &Expr, cutoff: usize, backtick: bool, opts: u32) -> Vec<String> {
    let mut d = Deparser::new(cutoff, backtick, opts, None);
    d.expr(e);
    d.finish()
}

/// `deparse1s`: the first line of a call's deparse, as errors and warnings name it.
pub fn call_text(c: &Call) -> String {
    let mut d = Deparser::new(DEFAULT_CUTOFF, true, DEFAULTDEPARSE, Some(1));
    d.call(c, false, 0);
    d.finish().swap_remove(0)
}

/// `deparse1line`: code on one line (cutoff 500, backticks, SIMPLEDEPARSE; lines joined by `\n`).
pub fn line_text(e: &Expr) -> String {
    deparse(e, MAX_CUTOFF, true, SIMPLEDEPARSE).join("\n")
}

/// The lines `print()` shows for code (`deparse1w`: the print cutoff, backticks, DEFAULTDEPARSE).
pub fn print_lines(e: &Expr) -> Vec<String> {
    deparse(e, DEFAULT_CUTOFF, true, DEFAULTDEPARSE)
}

/// The lines `print()` shows for a closure without source references.
pub fn closure_lines(f: &Function) -> Vec<String> {
    let mut d = Deparser::new(DEFAULT_CUTOFF, true, DEFAULTDEPARSE, None);
    d.closure(f);
    d.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse::parse_expr;

    fn dp(src: &str) -> String {
        deparse(&parse_expr(src).unwrap(), DEFAULT_CUTOFF, true, DEPARSE_DEFAULT_CONTROL).join("\n")
    }

    #[test]
    fn operators_take_rs_parentheses() {
        assert_eq!(dp("(a + b) * c"), "(a + b) * c");
        assert_eq!(dp("-2^2"), "-2^2");
        assert_eq!(dp("(-2)^2"), "(-2)^2");
        assert_eq!(dp("a %in% b"), "a %in% b");
        assert_eq!(dp("a %% b"), "a%%b");
        assert_eq!(dp("pkg::f(1)"), "pkg::f(1)");
        assert_eq!(dp("`my var` + 1"), "`my var` + 1");
        assert_eq!(dp("\\(x) x"), "function(x) x");
    }

    #[test]
    fn valid_names() {
        assert!(is_valid_name("a.b_1"));
        assert!(is_valid_name("..1"));
        assert!(is_valid_name("..."));
        assert!(!is_valid_name(".1a"));
        assert!(!is_valid_name("if"));
        assert!(!is_valid_name("a b"));
        assert!(!is_valid_name("_a"));
    }

    #[test]
    fn digits17_is_c_g() {
        assert_eq!(c_g17(0.1), "0.10000000000000001");
        assert_eq!(c_g17(1e20), "1e+20");
        assert_eq!(c_g17(100.0), "100");
    }
}

//! Model formulae (stats' `model.c`): `terms.formula()` (`C_termsform`: the variables, the
//! expanded terms as bit patterns, the factor pattern matrix, term labels, order, intercept,
//! response, offsets and specials), `update.formula()` (`C_updateform`: `.` replaced),
//! `model.frame.default()` (`C_modelframe`) and `model.matrix.default()` (`C_modelmatrix`: the
//! design matrix with contrasts), each after its C code.

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Body, Num, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Const, Expr, Pos};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_termsform", termsform),
    native("stats", "C_updateform", updateform),
    native("stats", "C_modelframe", modelframe),
    native("stats", "C_modelmatrix", modelmatrix),
];

// ---- code helpers -------------------------------------------------------------------------------

fn sym_is(e: &Expr, name: &str) -> bool {
    matches!(e, Expr::Sym(s) if &**s == name)
}

/// The call's head symbol and arguments, if `e` is a call to a symbol.
fn call_parts(e: &Expr) -> Option<(&str, &[Arg])> {
    match e {
        Expr::Call(c) => match &c.fun {
            Expr::Sym(s) => Some((s, &c.args)),
            _ => None,
        },
        _ => None,
    }
}

fn arg(args: &[Arg], i: usize) -> Option<&Expr> {
    args.get(i).and_then(|a| a.value.as_ref())
}

fn mk_call(head: &str, args: Vec<Expr>) -> Expr {
    let args = args.into_iter().map(|e| Arg { name: None, value: Some(e) }).collect();
    Expr::Call(Rc::new(Call::new(Expr::sym(head), args, Pos::default())))
}

/// A call with its arguments replaced.
fn with_args(e: &Expr, args: Vec<Arg>) -> Expr {
    match e {
        Expr::Call(c) => Expr::Call(Rc::new(Call::new(c.fun.clone(), args, c.pos))),
        other => other.clone(),
    }
}

/// A numeric constant's value (`isNumeric` and `asReal` of a parsed constant).
fn numeric_const(e: &Expr) -> Option<f64> {
    match e {
        Expr::Const(Const::Real(Some(x))) => Some(*x),
        Expr::Const(Const::Int(Some(i))) => Some(*i as f64),
        Expr::Const(Const::Logical(Some(b))) => Some(*b as i32 as f64),
        Expr::Const(Const::Real(None) | Const::Int(None) | Const::Logical(None)) => Some(f64::NAN),
        _ => None,
    }
}

fn is_zero_one(e: &Expr) -> bool {
    numeric_const(e).is_some_and(|x| x == 0. || x == 1.)
}

/// `MatchVar`: the same code (symbols by name, numbers by value, strings by content, calls
/// element by element with their tags).
fn match_var(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Sym(x), Expr::Sym(y)) => x == y,
        (Expr::Call(x), Expr::Call(y)) => {
            match_var(&x.fun, &y.fun)
                && x.args.len() == y.args.len()
                && x.args.iter().zip(&y.args).all(|(p, q)| {
                    p.name == q.name
                        && match (&p.value, &q.value) {
                            (Some(u), Some(v)) => match_var(u, v),
                            (None, None) => true,
                            _ => false,
                        }
                })
        }
        (Expr::Const(Const::Str(x)), Expr::Const(Const::Str(y))) => x == y,
        (Expr::Const(Const::Null), Expr::Const(Const::Null)) => true,
        _ => match (numeric_const(a), numeric_const(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// `deparse1line(e, FALSE)`.
fn deparse1line(e: &Expr) -> String {
    use crate::lang::deparse;
    deparse::deparse(e, deparse::MAX_CUTOFF, true, deparse::SIMPLEDEPARSE).join("\n")
}

// ---- terms ------------------------------------------------------------------------------------

/// A term: the set of variables (1-based bits) it interacts.
type Term = Vec<bool>;

/// The state `termsform` keeps in C globals.
struct Terms {
    intercept: bool,
    parity: bool,
    response: bool,
    vars: Vec<Expr>,
    framenames: Option<Vec<String>>,
    have_dot: bool,
    /// Bit-pattern vectors allocated (`AllocTerm`), for the garbage they leave.
    allocated: u32,
}

impl Terms {
    /// `InstallVar`: the variable's 1-based index, added if new.
    fn install_var(&mut self, ctx: &CallCtx, it: &Interp, v: &Expr) -> EvalResult<usize> {
        if !matches!(v, Expr::Sym(_) | Expr::Call(_)) && !is_zero_one(v) {
            return Err(native_error(it, ctx, "invalid term in model formula"));
        }
        if let Some(i) = self.vars.iter().position(|w| match_var(v, w)) {
            return Ok(i + 1);
        }
        self.vars.push(v.clone());
        Ok(self.vars.len())
    }

    /// `ExtractVars`: the variables of the formula, in order of appearance.
    fn extract_vars(&mut self, ctx: &CallCtx, it: &Interp, f: &Expr) -> EvalResult<()> {
        if matches!(f, Expr::Const(Const::Null)) || is_zero_one(f) {
            return Ok(());
        }
        if let Expr::Sym(s) = f {
            if &**s == "." {
                self.have_dot = true;
            }
            match &self.framenames {
                Some(names) if self.have_dot => {
                    for n in names.clone() {
                        let v = Expr::sym(&n);
                        if !self.vars.first().is_some_and(|w| match_var(&v, w)) {
                            self.install_var(ctx, it, &v)?;
                        }
                    }
                }
                _ => {
                    self.install_var(ctx, it, f)?;
                }
            }
            return Ok(());
        }
        let Some((head, args)) = call_parts(f) else {
            if let Expr::Call(_) = f {
                self.install_var(ctx, it, f)?;
                return Ok(());
            }
            return Err(native_error(it, ctx, "invalid model formula in ExtractVars"));
        };
        let a = |i| arg(args, i).cloned().unwrap_or(Expr::Const(Const::Null));
        match head {
            "~" => {
                if self.response {
                    return Err(native_error(it, ctx, "invalid model formula"));
                }
                if args.len() < 2 {
                    self.response = false;
                    self.extract_vars(ctx, it, &a(0))
                } else {
                    self.response = true;
                    self.install_var(ctx, it, &a(0))?;
                    self.extract_vars(ctx, it, &a(1))
                }
            }
            "+" | "-" => {
                if !args.is_empty() {
                    self.extract_vars(ctx, it, &a(0))?;
                }
                if args.len() > 1 {
                    self.extract_vars(ctx, it, &a(1))?;
                }
                Ok(())
            }
            ":" | "*" | "%in%" | "/" => {
                self.extract_vars(ctx, it, &a(0))?;
                self.extract_vars(ctx, it, &a(1))
            }
            "^" => {
                if numeric_const(&a(1)).is_none() {
                    return Err(native_error(it, ctx, "invalid power in formula"));
                }
                self.extract_vars(ctx, it, &a(0))
            }
            "(" => self.extract_vars(ctx, it, &a(0)),
            _ => {
                self.install_var(ctx, it, f)?;
                Ok(())
            }
        }
    }

    fn alloc_term(&mut self) -> Term {
        self.allocated = self.allocated.saturating_add(1);
        vec![false; self.vars.len() + 1]
    }

    fn term_set_bit(&mut self, ctx: &CallCtx, it: &Interp, var: &Expr) -> EvalResult<Term> {
        let bit = self.install_var(ctx, it, var)?;
        let mut t = self.alloc_term();
        if bit >= t.len() {
            t.resize(bit + 1, false);
        }
        t[bit] = true;
        Ok(t)
    }

    fn or_bits(&mut self, a: &Term, b: &Term) -> Term {
        self.allocated = self.allocated.saturating_add(1);
        let n = a.len().max(b.len());
        (0..n).map(|i| a.get(i).copied().unwrap_or(false) || b.get(i).copied().unwrap_or(false)).collect()
    }

    /// `EncodeVars`: the formula expanded into its terms.
    fn encode(&mut self, ctx: &CallCtx, it: &Interp, f: &Expr) -> EvalResult<Vec<Term>> {
        if matches!(f, Expr::Const(Const::Null)) {
            return Ok(Vec::new());
        }
        if let Some(x) = numeric_const(f) {
            if x == 1. {
                self.intercept = self.parity;
                return Ok(Vec::new());
            }
            if x == 0. {
                self.intercept = !self.parity;
                return Ok(Vec::new());
            }
        }
        if let Expr::Sym(s) = f {
            if &**s == "." {
                if let Some(names) = self.framenames.clone() {
                    let mut out = Vec::new();
                    for (i, c) in names.iter().enumerate() {
                        if names[..i].contains(c) {
                            return Err(native_error(
                                it,
                                ctx,
                                format!("duplicated name '{c}' in data frame using '.'"),
                            ));
                        }
                        out.push(self.term_set_bit(ctx, it, &Expr::sym(c))?);
                    }
                    return Ok(out);
                }
            }
            return Ok(vec![self.term_set_bit(ctx, it, f)?]);
        }
        let Some((head, args)) = call_parts(f) else {
            if let Expr::Call(_) = f {
                return Ok(vec![self.term_set_bit(ctx, it, f)?]);
            }
            return Err(native_error(it, ctx, "invalid model formula in EncodeVars"));
        };
        let a = |i| arg(args, i).cloned().unwrap_or(Expr::Const(Const::Null));
        match head {
            "~" => {
                if args.len() < 2 {
                    self.encode(ctx, it, &a(0))
                } else {
                    self.encode(ctx, it, &a(1))
                }
            }
            "+" => {
                if args.len() == 1 {
                    return self.encode(ctx, it, &a(0));
                }
                let mut l = self.encode(ctx, it, &a(0))?;
                let r = self.encode(ctx, it, &a(1))?;
                l.extend(r);
                Ok(trim_repeats(l))
            }
            ":" => {
                let l = self.encode(ctx, it, &a(0))?;
                let r = self.encode(ctx, it, &a(1))?;
                let mut t = Vec::new();
                for x in &l {
                    for y in &r {
                        t.push(self.or_bits(x, y));
                    }
                }
                Ok(trim_repeats(t))
            }
            "*" => {
                let mut l = self.encode(ctx, it, &a(0))?;
                let r = self.encode(ctx, it, &a(1))?;
                let mut t = Vec::new();
                for x in &l {
                    for y in &r {
                        t.push(self.or_bits(x, y));
                    }
                }
                l.extend(r);
                l.extend(t);
                Ok(trim_repeats(l))
            }
            "%in%" => {
                let l = self.encode(ctx, it, &a(0))?;
                let r = self.encode(ctx, it, &a(1))?;
                let mut all = self.alloc_term();
                for y in &r {
                    all = or_into(&all, y);
                }
                Ok(trim_repeats(l.iter().map(|x| or_into(&all, x)).collect()))
            }
            "/" => {
                let l = self.encode(ctx, it, &a(0))?;
                let r = self.encode(ctx, it, &a(1))?;
                let mut all = self.alloc_term();
                for x in &l {
                    all = or_into(&all, x);
                }
                let mut out = l;
                out.extend(r.iter().map(|y| or_into(&all, y)));
                Ok(trim_repeats(out))
            }
            "^" => {
                // asInteger: NaN and values outside int's range are NA_INTEGER
                let ip = numeric_const(&a(1))
                    .filter(|x| !x.is_nan() && x.abs() <= i32::MAX as f64)
                    .map(|x| x as i64)
                    .unwrap_or(i64::MIN);
                if ip <= 1 {
                    return Err(native_error(it, ctx, "invalid power in formula"));
                }
                let l = self.encode(ctx, it, &a(0))?;
                let mut right = l.clone();
                for i in 1..ip {
                    let mut t = Vec::new();
                    for x in &l {
                        for y in &right {
                            t.push(self.or_bits(x, y));
                        }
                    }
                    let next = trim_repeats(t);
                    if next == right {
                        // a fixed point: each iteration left makes the same terms again
                        // (`PowerTerms` runs all `ip - 1`), only their garbage adds up
                        let per = (l.len() * right.len()) as u64;
                        let rest = per.saturating_mul((ip - 1 - i) as u64);
                        self.allocated = self.allocated.saturating_add(rest.min(u32::MAX as u64) as u32);
                        break;
                    }
                    right = next;
                }
                Ok(right)
            }
            "-" => {
                let (left, right) = if args.len() == 1 { (Expr::Const(Const::Null), a(0)) } else { (a(0), a(1)) };
                let mut l = self.encode(ctx, it, &left)?;
                self.parity = !self.parity;
                let r = self.encode(ctx, it, &right)?;
                self.parity = !self.parity;
                for t in &r {
                    if t.iter().all(|b| !b) {
                        self.intercept = false;
                    }
                    l.retain(|x| !term_equal(x, t));
                }
                Ok(l)
            }
            "(" => self.encode(ctx, it, &a(0)),
            _ => Ok(vec![self.term_set_bit(ctx, it, f)?]),
        }
    }
}

fn or_into(a: &Term, b: &Term) -> Term {
    let n = a.len().max(b.len());
    (0..n).map(|i| a.get(i).copied().unwrap_or(false) || b.get(i).copied().unwrap_or(false)).collect()
}

fn term_zero(t: &Term) -> bool {
    t.iter().all(|b| !b)
}

fn term_equal(a: &Term, b: &Term) -> bool {
    let n = a.len().max(b.len());
    (0..n).all(|i| a.get(i).copied().unwrap_or(false) == b.get(i).copied().unwrap_or(false))
}

/// `TrimRepeats`: zero terms and repeats dropped, first occurrences kept.
fn trim_repeats(list: Vec<Term>) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::with_capacity(list.len());
    for t in list {
        if !term_zero(&t) && !out.iter().any(|u| term_equal(u, &t)) {
            out.push(t);
        }
    }
    out
}

fn bit(t: &Term, i: usize) -> bool {
    t.get(i).copied().unwrap_or(false)
}

/// `TermCode`: 1 if variable `whichbit` of term `k` is coded by contrasts, 2 by indicators
/// (Statistical Models in S, p. 38).
fn term_code(terms: &[Term], k: usize, whichbit: usize) -> i32 {
    let mut term = terms[k].clone();
    term[whichbit] = false;
    if term_zero(&term) {
        return 1;
    }
    for t in &terms[..k] {
        if (0..term.len()).all(|i| !term[i] || bit(t, i)) {
            return 1;
        }
    }
    2
}

/// `ExpandDots`: `.` replaced by `value` (parenthesized where an operator of lower precedence
/// meets it), as `update.formula()` and `terms()` with a data frame do it.
fn expand_dots(ctx: &CallCtx, it: &Interp, object: &Expr, value: &Expr) -> EvalResult<Expr> {
    if sym_is(object, ".") {
        return Ok(value.clone());
    }
    let Expr::Call(c) = object else { return Ok(object.clone()) };
    let op = match value {
        Expr::Call(vc) => match &vc.fun {
            Expr::Sym(s) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    };
    let is = |names: &[&str]| op.as_deref().is_some_and(|o| names.contains(&o));
    let paren = |e: Expr| mk_call("(", vec![e]);
    let bad = || native_error(it, ctx, "invalid formula in 'update'");
    let head = match &c.fun {
        Expr::Sym(s) => s.to_string(),
        _ => String::new(),
    };
    let expand = |e: &Expr, low: &[&str]| -> EvalResult<Expr> {
        let x = expand_dots(ctx, it, e, value)?;
        Ok(if sym_is(e, ".") && is(low) { paren(x) } else { x })
    };
    let n = c.args.len();
    let get = |i: usize| c.args.get(i).and_then(|a| a.value.clone()).unwrap_or(Expr::Const(Const::Null));
    let new_args = match head.as_str() {
        "+" => match n {
            1 => vec![expand_dots(ctx, it, &get(0), value)?],
            2 => vec![expand_dots(ctx, it, &get(0), value)?, expand_dots(ctx, it, &get(1), value)?],
            _ => return Err(bad()),
        },
        "-" => match n {
            1 => vec![expand(&get(0), &["+", "-"])?],
            2 => vec![expand(&get(0), &["+", "-"])?, expand(&get(1), &["+", "-"])?],
            _ => return Err(bad()),
        },
        "*" | "/" if n == 2 => vec![expand(&get(0), &["+", "-"])?, expand(&get(1), &["+", "-"])?],
        ":" if n == 2 => vec![expand(&get(0), &["+", "-", "*", "/"])?, expand(&get(1), &["+", "-"])?],
        "^" if n == 2 => vec![expand(&get(0), &["+", "-", "*", "/", ":"])?, expand(&get(1), &["+", "-"])?],
        "*" | "/" | ":" | "^" => return Err(bad()),
        _ => {
            // every element, the function included
            let fun = expand_dots(ctx, it, &c.fun, value)?;
            let args: Vec<Arg> = c
                .args
                .iter()
                .map(|a| {
                    Ok(Arg {
                        name: a.name.clone(),
                        value: match &a.value {
                            Some(v) => Some(expand_dots(ctx, it, v, value)?),
                            None => None,
                        },
                    })
                })
                .collect::<EvalResult<_>>()?;
            return Ok(Expr::Call(Rc::new(Call::new(fun, args, c.pos))));
        }
    };
    let args = c.args.iter().zip(new_args).map(|(a, v)| Arg { name: a.name.clone(), value: Some(v) }).collect();
    Ok(with_args(object, args))
}

/// The code of a language object.
fn code(it: &Interp, v: Val) -> Option<Expr> {
    match v {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Lang(e) => Some(e.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A character vector of `items`.
fn strings(it: &mut Interp, items: &[String]) -> EvalResult<ObjId> {
    let refs: Vec<Option<&str>> = items.iter().map(|s| Some(s.as_str())).collect();
    Ok(it.mk_strings(&refs)?)
}

fn int_vector(it: &mut Interp, v: &[i32]) -> EvalResult<ObjId> {
    let n = v.len() as u64;
    Ok(it.new_num(SexpType::Int, n, Num::Values(Rc::new(v.iter().map(|&x| x as f64).collect())))?)
}

/// `termsform(x, specials, data, keep.order, allowDotAsName)` (`.External(C_termsform, ...)`).
fn termsform(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let x = get(0);
    let formula = code(it, x)
        .filter(|e| matches!(call_parts(e), Some(("~", args)) if args.len() == 1 || args.len() == 2))
        .ok_or_else(|| native_error(it, ctx, "argument is not a valid model"))?;
    let specials = get(1);
    if it.length(specials) > 0 && it.type_of(specials) != SexpType::Str {
        return Err(native_error(it, ctx, "'specials' must be NULL or a character vector"));
    }
    let data = get(2);
    let mut framenames = match it.type_of(data) {
        SexpType::Nil | SexpType::Env => None,
        _ if super::data_frame::is_data_frame(it, data) => Some(
            it.names(data)
                .unwrap_or_default()
                .into_iter()
                .map(|s| s.map(|s| s.to_string()).unwrap_or_default())
                .collect::<Vec<String>>(),
        ),
        _ => return Err(native_error(it, ctx, "'data' argument is of the wrong type")),
    };
    let had_frame_names = framenames.as_ref().is_some_and(|f| !f.is_empty());
    let (_, fargs) = call_parts(&formula).expect("checked above");
    if let (Some(names), 2) = (&mut framenames, fargs.len()) {
        // CheckRHS: variables of the response are not among the data's for `.`
        let mut lhs_syms = Vec::new();
        collect_syms(arg(fargs, 0).unwrap_or(&Expr::Const(Const::Null)), &mut lhs_syms);
        names.retain(|n| !lhs_syms.contains(n));
    }
    let flag = |it: &Interp, v: Val| it.num_elt(v, 0).is_some_and(|x| !x.is_nan() && x != 0.0);
    let keep_order = flag(it, get(3));
    let allow_dot = flag(it, get(4));

    // Step 1: the variables
    let mut st = Terms {
        intercept: true,
        parity: true,
        response: false,
        vars: Vec::new(),
        framenames,
        have_dot: false,
        allocated: 0,
    };
    st.extract_vars(ctx, it, &formula)?;
    let nvar = st.vars.len();
    // Step 2: the terms, expanded and coded
    let mut terms = st.encode(ctx, it, &formula)?;
    let varnames: Vec<String> = st.vars.iter().map(deparse1line).collect();
    // Step 2b: offsets
    let response = st.response as usize;
    let offsets: Vec<i32> =
        (response..nvar).filter(|&l| varnames[l].starts_with("offset(")).map(|l| l as i32 + 1).collect();
    if !offsets.is_empty() {
        terms.retain(|t| !(1..=nvar).any(|i| bit(t, i) && varnames[i - 1].starts_with("offset(")));
    }
    // Step 3: terms by order of interaction, otherwise as they came
    let counts: Vec<usize> = terms.iter().map(|t| (1..=nvar).filter(|&i| bit(t, i)).count()).collect();
    let ord: Vec<i32> = if keep_order {
        counts.iter().map(|&c| c as i32).collect()
    } else {
        let bitmax = counts.iter().copied().max().unwrap_or(0);
        let mut sorted = Vec::with_capacity(terms.len());
        let mut ord = Vec::with_capacity(terms.len());
        for i in 0..=bitmax {
            for (n, t) in terms.iter().enumerate() {
                if counts[n] == i {
                    sorted.push(t.clone());
                    ord.push(i as i32);
                }
            }
        }
        terms = sorted;
        ord
    };
    let nterm = terms.len();
    // Step 4: the factor pattern
    let mut pattern = vec![0i32; nvar * nterm];
    for (k, t) in terms.iter().enumerate() {
        for i in 1..=nvar {
            if bit(t, i) {
                pattern[(i - 1) + k * nvar] = term_code(&terms, k, i);
            }
        }
    }
    st.allocated = st.allocated.saturating_add(1);
    // Step 5: term labels
    let termlabs: Vec<String> = terms
        .iter()
        .map(|t| (1..=nvar).filter(|&i| bit(t, i)).map(|i| varnames[i - 1].as_str()).collect::<Vec<_>>().join(":"))
        .collect();

    // the bit patterns and the lists that held them are garbage by now
    it.heap.alloc_scratch(st.allocated.saturating_mul(2), st.allocated as u64)?;

    // Step 6: `.` replaced by the data's variables
    let mut ans_code = formula.clone();
    if st.have_dot {
        match st.framenames.as_ref().filter(|f| !f.is_empty()) {
            Some(names) => {
                let mut rhs = Expr::sym(&names[0]);
                for n in &names[1..] {
                    rhs = mk_call("+", vec![rhs, Expr::sym(n)]);
                }
                let mut args: Vec<Arg> = fargs.to_vec();
                let k = args.len() - 1;
                let side = args[k].value.clone().unwrap_or(Expr::Const(Const::Null));
                args[k].value = Some(expand_dots(ctx, it, &side, &rhs)?);
                ans_code = with_args(&formula, args);
            }
            None if !allow_dot && !had_frame_names => {
                return Err(native_error(it, ctx, "'.' in formula and no 'data' argument"));
            }
            None => {}
        }
    }

    // the answer: a duplicate of the formula with these attributes
    let Val::Obj(ans) = super::language::code_value(it, ans_code)? else { unreachable!("a call is an object") };
    let var_call = mk_call("list", st.vars.clone());
    let Val::Obj(variables) = super::language::code_value(it, var_call)? else { unreachable!("a call is an object") };
    it.heap.set_attr(ans, "variables", variables)?;
    if !offsets.is_empty() {
        let o = int_vector(it, &offsets)?;
        it.heap.set_attr(ans, "offset", o)?;
    }
    let vn = strings(it, &varnames)?;
    it.heap.protect(Val::Obj(vn));
    let factors = if nterm > 0 {
        let f = int_vector(it, &pattern)?;
        super::vectors::attach_dim(it, f, &[nvar as u64, nterm as u64])?;
        f
    } else {
        it.new_num(SexpType::Int, 0, Num::Unknown)?
    };
    it.heap.set_attr(ans, "factors", factors)?;
    let tl = strings(it, &termlabs)?;
    if nterm > 0 {
        let dn = it.new_list(vec![vn, tl])?;
        it.heap.set_attr(factors, "dimnames", dn)?;
    }
    it.heap.set_attr(ans, "term.labels", tl)?;
    if it.type_of(specials) == SexpType::Str {
        let sp: Vec<String> = it
            .str_values(specials)
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.map(|s| s.to_string()).unwrap_or_default())
            .collect();
        let mut items = Vec::new();
        for ss in &sp {
            let hits: Vec<i32> = (0..nvar)
                .filter(|&l| varnames[l].starts_with(ss.as_str()) && varnames[l][ss.len()..].starts_with('('))
                .map(|l| l as i32 + 1)
                .collect();
            let v = if hits.is_empty() { Val::Obj(NIL) } else { Val::Obj(int_vector(it, &hits)?) };
            it.heap.protect(v);
            items.push((Some(Rc::from(ss.as_str())), v));
        }
        let pl = super::objects::new_pairlist(it, items)?;
        if let Val::Obj(p) = pl {
            it.heap.set_attr(ans, "specials", p)?;
        }
    }
    let o = int_vector(it, &ord)?;
    it.heap.set_attr(ans, "order", o)?;
    let ic = int_vector(it, &[st.intercept as i32])?;
    it.heap.set_attr(ans, "intercept", ic)?;
    let rs = int_vector(it, &[st.response as i32])?;
    it.heap.set_attr(ans, "response", rs)?;
    let cl = strings(it, &["terms".to_string()])?;
    it.heap.set_attr(ans, "class", cl)?;
    Ok(Val::Obj(ans))
}

fn collect_syms(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Sym(s) => out.push(s.to_string()),
        Expr::Call(c) => {
            collect_syms(&c.fun, out);
            for a in &c.args {
                if let Some(v) = &a.value {
                    collect_syms(v, out);
                }
            }
        }
        _ => {}
    }
}

/// `updateform(old, new)` (`.Call(C_updateform, old, new)`): `new` with its `.`s replaced by
/// the corresponding sides of `old`, with `old`'s environment and no other attribute.
fn updateform(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let (old, new) = (a[0].value, a[1].value);
    let (Some(o), Some(n)) = (code(it, old), code(it, new)) else {
        return Err(native_error(it, ctx, "formula expected"));
    };
    let (Some(("~", oargs)), Some(("~", nargs))) = (call_parts(&o), call_parts(&n)) else {
        return Err(native_error(it, ctx, "formula expected"));
    };
    let mut nargs: Vec<Arg> = nargs.to_vec();
    if oargs.len() == 2 {
        let lhs = arg(oargs, 0).cloned().unwrap_or(Expr::Const(Const::Null));
        let rhs = arg(oargs, 1).cloned().unwrap_or(Expr::Const(Const::Null));
        if nargs.len() == 1 {
            nargs.insert(0, Arg { name: None, value: Some(lhs.clone()) });
        }
        let l = nargs[0].value.clone().unwrap_or(Expr::Const(Const::Null));
        nargs[0].value = Some(expand_dots(ctx, it, &l, &lhs)?);
        let r = nargs[1].value.clone().unwrap_or(Expr::Const(Const::Null));
        nargs[1].value = Some(expand_dots(ctx, it, &r, &rhs)?);
    } else {
        let rhs = arg(oargs, 0).cloned().unwrap_or(Expr::Const(Const::Null));
        let k = nargs.len() - 1;
        let r = nargs[k].value.clone().unwrap_or(Expr::Const(Const::Null));
        nargs[k].value = Some(expand_dots(ctx, it, &r, &rhs)?);
    }
    let ans = with_args(&n, nargs);
    let Val::Obj(id) = super::language::code_value(it, ans)? else { unreachable!("a call is an object") };
    if let Val::Obj(oo) = old {
        if let Some(env) = it.heap.attr(oo, ".Environment") {
            it.heap.set_attr(id, ".Environment", env)?;
        }
    }
    Ok(Val::Obj(id))
}

// ---- model frames ---------------------------------------------------------------------------------

/// `nrows()`: the first extent of an array, otherwise the length.
fn nrows(it: &Interp, v: Val) -> u64 {
    match super::vectors::dims_of(it, v) {
        Some(d) if !d.is_empty() => d[0],
        _ => it.length(v),
    }
}

/// `copyMostAttribNoTs(from, to)`: every attribute but names, dim, dimnames and tsp; a class
/// without "ts".
fn copy_most_attrib_no_ts(it: &mut Interp, from: ObjId, to: ObjId) -> EvalResult<()> {
    let attrs: Vec<(Rc<str>, ObjId)> = it.heap.obj(from).attrs.as_deref().cloned().unwrap_or_default();
    for (name, v) in attrs {
        match &*name {
            "names" | "dim" | "dimnames" | "tsp" => {}
            "class" => {
                let cl: Vec<Option<Rc<str>>> = it.str_values(Val::Obj(v)).unwrap_or_default();
                if cl.iter().any(|c| c.as_deref() == Some("ts")) {
                    let kept: Vec<Option<&str>> =
                        cl.iter().filter(|c| c.as_deref() != Some("ts")).map(|c| c.as_deref()).collect();
                    let new = it.mk_strings(&kept)?;
                    it.heap.set_attr(to, "class", new)?;
                } else {
                    it.heap.set_attr(to, "class", v)?;
                }
            }
            _ => it.heap.set_attr(to, &name, v)?,
        }
    }
    Ok(())
}

/// `modelframe(terms, row.names, variables, varnames, dots, dotnames, subset, na.action)`
/// (`.External2(C_modelframe, ...)`, model.c): a list of the variables and the non-NULL extras
/// (named `(name)`, one `mkChar` each), made a data frame by a class attribute and compact row
/// names unless `row.names` fits; then `` `[.data.frame`(data, subset, , FALSE) `` and
/// `na.action(data)` evaluated in the calling frame, the latter's answer shallow-duplicated when
/// referenced, and each column it changed given back the attributes it lost.
fn modelframe(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let (terms, row_names, variables, varnames) = (get(0), get(1), get(2), get(3));
    let (dots, dotnames, subset, na_action) = (get(4), get(5), get(6), get(7));
    let err = |it: &Interp, m: &str| native_error(it, ctx, m.to_string());
    if it.type_of(variables) != SexpType::Vec {
        return Err(err(it, "invalid variables"));
    }
    if it.type_of(varnames) != SexpType::Str && !(it.type_of(varnames) == SexpType::Nil) {
        return Err(err(it, "invalid variable names"));
    }
    let nvars = it.length(variables);
    if nvars != it.length(varnames) {
        return Err(err(it, "number of variables != number of variable names"));
    }
    if it.type_of(dots) != SexpType::Vec {
        return Err(err(it, "invalid extra variables"));
    }
    let ndots = it.length(dots);
    if ndots != it.length(dotnames) {
        return Err(err(it, "number of variables != number of variable names"));
    }
    if ndots > 0 && it.type_of(dotnames) != SexpType::Str {
        return Err(err(it, "invalid extra variable names"));
    }
    let unknown = |it: &Interp| native_error(it, ctx, "rheap does not know the variables of this model frame");
    let var_elems = if nvars > 0 { it.list_elems(variables).ok_or_else(|| unknown(it))? } else { Vec::new() };
    let var_names: Vec<Option<Rc<str>>> =
        if nvars > 0 { it.str_values(varnames).ok_or_else(|| unknown(it))? } else { Vec::new() };
    let dot_elems = if ndots > 0 { it.list_elems(dots).ok_or_else(|| unknown(it))? } else { Vec::new() };
    let dot_names: Vec<Option<Rc<str>>> =
        if ndots > 0 { it.str_values(dotnames).ok_or_else(|| unknown(it))? } else { Vec::new() };

    // the base data frame: allocVector(VECSXP), allocVector(STRSXP), a mkChar per extra
    let mut cols = var_elems;
    let mut names: Vec<String> = var_names.iter().map(|s| s.as_deref().unwrap_or("NA").to_string()).collect();
    for (d, n) in dot_elems.iter().zip(&dot_names) {
        if *d == NIL {
            continue;
        }
        cols.push(*d);
        names.push(format!("({})", n.as_deref().unwrap_or("NA")));
    }
    let data = it.new_list(cols.clone())?;
    it.heap.protect(Val::Obj(data));
    let nm = strings(it, &names)?;
    it.heap.set_attr(data, "names", nm)?;

    let nr = match cols.first() {
        Some(&c0) => {
            let nr = nrows(it, Val::Obj(c0));
            for (c, n) in cols.iter().zip(&names) {
                let t = it.type_of(Val::Obj(*c));
                if !matches!(
                    t,
                    SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Raw
                ) {
                    return Err(native_error(it, ctx, format!("invalid type ({}) for variable '{n}'", t.type_name())));
                }
                if nrows(it, Val::Obj(*c)) != nr {
                    return Err(native_error(it, ctx, format!("variable lengths differ (found for '{n}')")));
                }
            }
            nr
        }
        None => it.length(row_names),
    };
    let cl = strings(it, &["data.frame".to_string()])?;
    it.heap.set_attr(data, "class", cl)?;
    if it.length(row_names) == nr {
        let rn = it.boxed(row_names)?;
        it.heap.set_attr(data, "row.names", rn)?;
    } else {
        let rn = it.new_num(SexpType::Int, 2, Num::Values(Rc::new(vec![f64::NAN, nr as f64])))?;
        it.heap.set_attr(data, "row.names", rn)?;
    }

    let mut data = Val::Obj(data);
    if subset != Val::Obj(NIL) {
        // LCONS(install("[.data.frame"), list4(data, subset, R_MissingArg, FALSE)): five cells,
        // then the method (the simulator's `[.data.frame`)
        it.heap.alloc_scratch(5, 0)?;
        data = super::data_frame::subset(it, ctx, data, Some(subset), None, Some(false))?;
        it.heap.protect(data);
    }

    if na_action == Val::Obj(NIL) {
        return Ok(data);
    }
    let data_id = it.boxed(data)?;
    let t = it.boxed(terms)?;
    it.heap.set_attr(data_id, "terms", t)?;
    let f = if it.type_of(na_action) == SexpType::Str && it.length(na_action) > 0 {
        let name = it.str_values(na_action).and_then(|s| s[0].clone()).unwrap_or_else(|| Rc::from("NA"));
        it.find_function(&crate::sym::Sym::new(&name), ctx.env)?
            .ok_or_else(|| native_error(it, ctx, format!("could not find function \"{name}\"")))?
    } else {
        na_action
    };
    // lang2(na_action, data): two cells
    it.heap.alloc_scratch(2, 0)?;
    let ans = super::apply::call_function(it, ctx, f, vec![ArgVal { name: None, value: Val::Obj(data_id) }])?;
    let mut ans = it.boxed(ans)?;
    if it.heap.obj(ans).refs > 0 {
        ans = it.duplicate(ans)?;
    }
    it.heap.protect(Val::Obj(ans));
    if it.type_of(Val::Obj(ans)) != SexpType::Vec || it.length(Val::Obj(ans)) != it.length(Val::Obj(data_id)) {
        return Err(err(it, "invalid result from na.action"));
    }
    let (Some(before), Some(mut after)) = (it.list_elems(Val::Obj(data_id)), it.list_elems(Val::Obj(ans))) else {
        return Ok(Val::Obj(ans));
    };
    for i in (0..after.len()).rev() {
        if before[i] != after[i] {
            // MAYBE_REFERENCED: the list's own reference and another
            if it.heap.obj(after[i]).refs > 1 {
                let d = it.duplicate(after[i])?;
                set_vector_elt(it, ans, i, d);
                after[i] = d;
            }
            copy_most_attrib_no_ts(it, before[i], after[i])?;
        }
    }
    Ok(Val::Obj(ans))
}

// ---- model matrices -------------------------------------------------------------------------------

/// `ncols()`: the second extent of a matrix, 1 otherwise.
fn ncols(it: &Interp, v: Val) -> u64 {
    match super::vectors::dims_of(it, v) {
        Some(d) if d.len() >= 2 => d[1],
        _ => 1,
    }
}

/// `ColumnNames(x)`: the column names of a matrix, if it has them.
fn column_names(it: &Interp, v: Val) -> Option<Vec<Option<Rc<str>>>> {
    let Val::Obj(o) = v else { return None };
    let dn = it.heap.attr(o, "dimnames")?;
    let dn = it.list_elems(Val::Obj(dn))?;
    let cn = *dn.get(1)?;
    if cn == NIL {
        return None;
    }
    it.str_values(Val::Obj(cn))
}

/// C's `%.0g` of a large count (`3e+09`).
fn format_0g(x: f64) -> String {
    let s = format!("{x:.0e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let e: i32 = e.parse().unwrap_or(0);
            format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
        }
        None => s,
    }
}

/// How `modelmatrix` classifies a variable of the model frame.
#[derive(Clone, Copy, PartialEq)]
enum VarKind {
    /// a factor (`isOrdered_int`/`isUnordered_int`) or a logical: coded by its contrasts
    Factor,
    Logical,
    Numeric,
    Other,
}

/// `modelmatrix(t, data)` (`.External2(C_modelmatrix, t, data)`, model.c): the design matrix of
/// a terms object over a model frame. In the C code's order it allocates the duplicated factor
/// pattern matrix, the frame's row names (expanded when compact), the per-variable lists
/// (`variable`, `nlevs`, `ordered`, `columns`), a double copy of each integer numeric variable,
/// `contr1`/`contr2` and the call `contrasts(var, TRUE/FALSE)` it evaluates in the calling frame
/// (R's closure), then `count`, `assign`, the column names (a `mkChar` each), the matrix and its
/// dimnames. The "contrasts" attribute is set by `model.matrix.default()` itself.
fn modelmatrix(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let (terms, vars) = (get(0), get(1));
    let err = |it: &Interp, m: &str| native_error(it, ctx, m.to_string());
    let attr_of = |it: &Interp, v: Val, name: &str| match v {
        Val::Obj(o) => it.heap.attr(o, name),
        _ => None,
    };
    let logical_attr = |it: &Interp, name: &str| {
        attr_of(it, terms, name)
            .and_then(|o| it.num_elt(Val::Obj(o), 0))
            .filter(|x| !x.is_nan())
            .map_or(0, |x| (x != 0.0) as usize)
    };
    let intercept = logical_attr(it, "intercept") != 0;
    let response = attr_of(it, terms, "response")
        .and_then(|o| it.num_elt(Val::Obj(o), 0))
        .filter(|x| !x.is_nan())
        .map_or(0, |x| (x != 0.0) as usize);

    // PROTECT(factors = duplicate(getAttrib(terms, "factors")))
    let factors_obj = attr_of(it, terms, "factors");
    let (mut nvar, mut nterms) = (1usize, 0usize);
    let mut factors: Vec<i32> = Vec::new();
    let mut vnames: Vec<Option<Rc<str>>> = Vec::new();
    if let Some(f) = factors_obj.filter(|&f| it.length(Val::Obj(f)) > 0) {
        let fv = Val::Obj(f);
        let dims = super::vectors::dims_of(it, fv).filter(|d| d.len() == 2);
        let (Some(d), SexpType::Int) = (dims, it.type_of(fv)) else {
            return Err(err(it, "invalid 'terms' argument"));
        };
        (nvar, nterms) = (d[0] as usize, d[1] as usize);
        it.duplicate(f)?;
        factors = it
            .num_values(fv)
            .ok_or_else(|| err(it, "rheap does not know the factors of these terms"))?
            .iter()
            .map(|&x| if x.is_nan() { 0 } else { x as i32 })
            .collect();
        let dn = attr_of(it, fv, "dimnames").and_then(|o| it.list_elems(Val::Obj(o))).unwrap_or_default();
        vnames = match dn.first() {
            Some(&v) if it.type_of(Val::Obj(v)) == SexpType::Str => it.str_values(Val::Obj(v)).unwrap_or_default(),
            _ if nvar > intercept as usize => return Err(err(it, "invalid 'terms' argument")),
            _ => Vec::new(),
        };
    } else if let Some(f) = factors_obj {
        it.duplicate(f)?;
    }
    let fac = |i: usize, j: usize, f: &[i32]| f[i + j * nvar];

    if it.type_of(vars) != SexpType::Vec || (it.length(vars) as usize) < nvar {
        return Err(err(it, "invalid model frame"));
    }
    if it.length(vars) == 0 {
        return Err(err(it, "do not know how many cases"));
    }
    let var_elems = it.list_elems(vars).ok_or_else(|| err(it, "invalid model frame"))?;
    let n = nrows(it, Val::Obj(var_elems[0]));
    // getAttrib(vars, R_RowNamesSymbol): compact row names are expanded to 1:n
    let rnames = match vars {
        Val::Obj(v) => super::attrib::get_attrib(it, v, "row.names")?,
        _ => NIL,
    };
    it.heap.protect(Val::Obj(rnames));

    // variable, nlevs, ordered, columns
    let variable = it.new_list(var_elems[..nvar].to_vec())?;
    it.heap.protect(Val::Obj(variable));
    for t in [SexpType::Int, SexpType::Lgl, SexpType::Int] {
        let v = it.new_num(t, nvar as u64, Num::Fill(0.0))?;
        it.heap.protect(Val::Obj(v));
    }
    let mut variables: Vec<Val> = Vec::with_capacity(nvar);
    let mut kinds = Vec::with_capacity(nvar);
    let mut nlevs = vec![0u64; nvar];
    let mut columns = vec![0u64; nvar];
    for i in 0..nvar {
        let mut v = Val::Obj(var_elems[i]);
        if nrows(it, v) != n {
            return Err(native_error(it, ctx, format!("variable lengths differ (found for variable {i})")));
        }
        let t = it.type_of(v);
        let kind = if t == SexpType::Int && super::objects::inherits_class(it, v, "factor") {
            let nl = attr_of(it, v, "levels").map_or(0, |l| it.length(Val::Obj(l)));
            if nl < 1 {
                return Err(native_error(it, ctx, format!("variable {} has no levels", i + 1)));
            }
            nlevs[i] = nl;
            VarKind::Factor
        } else if t == SexpType::Lgl {
            nlevs[i] = 2;
            VarKind::Logical
        } else if matches!(t, SexpType::Int | SexpType::Real) {
            // isNumeric: coerceVector(var_i, REALSXP), stored back into `variable`
            v = super::coerce::coerce_vector(it, v, SexpType::Real)?;
            if let Val::Obj(o) = v {
                set_vector_elt(it, variable, i, o);
            }
            VarKind::Numeric
        } else {
            VarKind::Other
        };
        columns[i] = ncols(it, v);
        kinds.push(kind);
        variables.push(v);
    }

    // no intercept: the first factor found is coded by indicators
    if !intercept {
        'found: for j in 0..nterms {
            for i in response..nvar {
                if nlevs[i] > 1 && fac(i, j, &factors) > 0 {
                    factors[i + j * nvar] = 2;
                    break 'found;
                }
            }
        }
    }

    // contr1, contr2 and the call (contrasts <var> <lgl>): allocList(3), allocVector(LGLSXP, 1)
    for _ in 0..2 {
        let v = it.new_list(vec![NIL; nvar])?;
        it.heap.protect(Val::Obj(v));
    }
    it.heap.alloc_scratch(3, 0)?;
    let flag = it.new_num(SexpType::Lgl, 1, Num::Fill(0.0))?;
    it.heap.protect(Val::Obj(flag));
    let mut contr1: Vec<Option<Val>> = vec![None; nvar];
    let mut contr2: Vec<Option<Val>> = vec![None; nvar];
    let contrasts_fn = if nlevs.iter().any(|&l| l > 0) {
        Some(
            it.find_function(&crate::sym::Sym::new("contrasts"), ctx.env)?
                .ok_or_else(|| native_error(it, ctx, "could not find function \"contrasts\""))?,
        )
    } else {
        None
    };
    for i in 0..nvar {
        if nlevs[i] == 0 {
            continue;
        }
        let mut k = 0;
        for j in 0..nterms {
            match fac(i, j, &factors) {
                1 => k |= 1,
                2 => k |= 2,
                _ => {}
            }
        }
        let f = contrasts_fn.expect("found above");
        for (bit, full) in [(1, true), (2, false)] {
            if k & bit == 0 {
                continue;
            }
            it.heap.obj_mut(flag).body = Body::Num(Num::Fill(full as i32 as f64));
            let args = vec![ArgVal { name: None, value: variables[i] }, ArgVal { name: None, value: Val::Obj(flag) }];
            let c = super::apply::call_function(it, ctx, f, args)?;
            it.heap.protect(c);
            if full {
                contr1[i] = Some(c);
            } else {
                contr2[i] = Some(c);
            }
        }
    }
    let contrast_of = |i: usize, code: i32| if code == 1 { contr1[i] } else { contr2[i] };

    // an rhs term identical to the response generates nothing
    let mut rhs_response = None;
    if response > 0 {
        for j in 0..nterms {
            if fac(response - 1, j, &factors) != 0 {
                let k = (0..nvar).filter(|&i| fac(i, j, &factors) > 0).count();
                if k == 1 {
                    rhs_response = Some(j);
                    break;
                }
            }
        }
    }

    // count
    it.new_num(SexpType::Int, nterms as u64, Num::Fill(0.0))?;
    let call_text = it.frames.last().map(|f| crate::lang::deparse::call_text(&f.call));
    let mut count = vec![0u64; nterms];
    let mut dnc = intercept as u64 as f64;
    for (j, count_j) in count.iter_mut().enumerate() {
        if Some(j) == rhs_response {
            it.warn(call_text.clone(), "the response appeared on the right-hand side and was dropped".to_string())?;
            continue;
        }
        let mut dk = 1.0f64;
        for i in 0..nvar {
            let code = fac(i, j, &factors);
            if code != 0 {
                dk *= if nlevs[i] > 0 {
                    match contrast_of(i, code) {
                        Some(c) if code == 1 || code == 2 => ncols(it, c) as f64,
                        _ => 1.0,
                    }
                } else {
                    columns[i] as f64
                };
            }
        }
        if dk > i32::MAX as f64 {
            return Err(native_error(it, ctx, format!("term {} would require {} columns", j + 1, format_0g(dk))));
        }
        *count_j = dk as u64;
        dnc += dk;
    }
    if dnc > i32::MAX as f64 {
        return Err(native_error(it, ctx, format!("matrix would require {} columns", format_0g(dnc))));
    }
    let nc = dnc as usize;

    // assign
    let mut assign: Vec<i32> = Vec::with_capacity(nc);
    if intercept {
        assign.push(0);
    }
    for (j, &count_j) in count.iter().enumerate() {
        if count_j == 0 {
            it.warn(
                call_text.clone(),
                format!("problem with term {} in model.matrix: no columns are assigned", j + 1),
            )?;
        }
        assign.extend(std::iter::repeat_n(j as i32 + 1, count_j as usize));
    }
    let assign_obj = int_vector(it, &assign)?;
    it.heap.protect(Val::Obj(assign_obj));

    // column names
    let mut xnames: Vec<String> = Vec::with_capacity(nc);
    if intercept {
        xnames.push("(Intercept)".to_string());
    }
    for (j, &count_j) in count.iter().enumerate() {
        if Some(j) == rhs_response {
            continue;
        }
        for kk in 0..count_j {
            let mut buf = String::new();
            let mut indx = kk;
            let mut first = true;
            for i in 0..nvar {
                let code = fac(i, j, &factors);
                if code == 0 {
                    continue;
                }
                if !first {
                    buf.push(':');
                }
                first = false;
                let name = vnames.get(i).cloned().flatten();
                let name = name.as_deref().unwrap_or("NA");
                let ll = match kinds[i] {
                    VarKind::Factor | VarKind::Logical => {
                        let c = contrast_of(i, code).unwrap_or(Val::Obj(NIL));
                        let ll = ncols(it, c).max(1);
                        buf.push_str(name);
                        match column_names(it, c) {
                            Some(x) => {
                                buf.push_str(x.get((indx % ll) as usize).cloned().flatten().as_deref().unwrap_or("NA"))
                            }
                            None => buf.push_str(&(indx % ll + 1).to_string()),
                        }
                        ll
                    }
                    _ if it.type_of(variables[i]) == SexpType::Cplx => {
                        return Err(err(it, "complex variables are not currently allowed in model matrices"))
                    }
                    VarKind::Numeric => {
                        let ll = columns[i].max(1);
                        buf.push_str(name);
                        if ll > 1 {
                            match column_names(it, variables[i]) {
                                Some(x) => buf.push_str(
                                    x.get((indx % ll) as usize).cloned().flatten().as_deref().unwrap_or("NA"),
                                ),
                                None => buf.push_str(&(indx % ll + 1).to_string()),
                            }
                        }
                        ll
                    }
                    _ => {
                        let t = it.type_of(variables[i]).type_name();
                        return Err(native_error(
                            it,
                            ctx,
                            format!("variables of type '{t}' are not allowed in model matrices"),
                        ));
                    }
                };
                indx /= ll;
            }
            xnames.push(buf);
        }
    }
    let xnames_obj = strings(it, &xnames)?;
    it.heap.protect(Val::Obj(xnames_obj));

    // the matrix: allocMatrix(REALSXP, n, nc)
    let total = n * nc as u64;
    let nu = n as usize;
    let values = if total <= crate::lang::interp::MAX_CONCRETE {
        design_values(
            it,
            &factors,
            nvar,
            nterms,
            intercept,
            rhs_response,
            &kinds,
            &variables,
            &columns,
            &contr1,
            &contr2,
            nu,
            nc,
        )?
    } else {
        None
    };
    let x = it.new_num(SexpType::Real, total, values.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))))?;
    it.heap.protect(Val::Obj(x));
    let dim = int_vector(it, &[n as i32, nc as i32])?;
    it.heap.set_attr(x, "dim", dim)?;
    let tnames = it.new_list(vec![rnames, xnames_obj])?;
    // setAttrib(x, R_DimNamesSymbol, tnames): dimnamesgets makes the row names character
    super::attrib::set_attrib(it, x, "dimnames", Val::Obj(tnames))?;
    it.heap.set_attr(x, "assign", assign_obj)?;
    Ok(Val::Obj(x))
}

/// The design matrix's values (`firstfactor`, `addfactor`, `firstvar`, `addvar`), column-major;
/// `None` when a value is unknown. A contrast matrix that is not double is coerced as the C code
/// does (`coerceVector(contrast, REALSXP)`, a new vector each time).
#[allow(clippy::too_many_arguments)]
fn design_values(
    it: &mut Interp,
    factors: &[i32],
    nvar: usize,
    nterms: usize,
    intercept: bool,
    rhs_response: Option<usize>,
    kinds: &[VarKind],
    variables: &[Val],
    columns: &[u64],
    contr1: &[Option<Val>],
    contr2: &[Option<Val>],
    n: usize,
    nc: usize,
) -> EvalResult<Option<Vec<f64>>> {
    let mut rx = vec![0.0f64; n * nc];
    let mut known = true;
    let (mut jstart, mut jnext) = (intercept as usize, intercept as usize);
    if intercept {
        rx[..n].fill(1.0);
    }
    for k in 0..nterms {
        if Some(k) == rhs_response {
            continue;
        }
        for i in 0..nvar {
            if columns[i] == 0 {
                continue;
            }
            let fik = factors[i + k * nvar];
            if fik == 0 {
                continue;
            }
            let contrast = if fik == 1 { contr1[i] } else { contr2[i] };
            let contrast = match contrast {
                Some(c) => Some(super::coerce::coerce_vector(it, c, SexpType::Real)?),
                None => None,
            };
            let x = &mut rx[jstart * n..];
            let ncx = jnext - jstart;
            let var = variables[i];
            if matches!(kinds[i], VarKind::Factor | VarKind::Logical) {
                let adj = (kinds[i] == VarKind::Logical) as usize;
                let c = contrast.unwrap_or(Val::Obj(NIL));
                let (nrc, ncc) = (nrows(it, c) as usize, ncols(it, c) as usize);
                let (Some(cv), Some(v)) = (it.num_values(c), it.num_values(var)) else {
                    known = false;
                    jnext = if ncx == 0 { jnext + ncc } else { jnext + ncx * (ncc.max(1) - 1) };
                    continue;
                };
                let level = |r: usize| -> Option<usize> { (!v[r].is_nan()).then(|| (v[r] as i64 - 1) as usize + adj) };
                if ncx == 0 {
                    for j in 0..ncc {
                        for r in 0..n {
                            x[j * n + r] = level(r).and_then(|l| cv.get(j * nrc + l).copied()).unwrap_or(f64::NAN);
                        }
                    }
                    jnext += ncc;
                } else {
                    for kk in (0..ncc).rev() {
                        for j in 0..ncx {
                            for r in 0..n {
                                let y = level(r)
                                    .and_then(|l| cv.get(kk * nrc + l).copied())
                                    .map_or(f64::NAN, |c| c * x[j * n + r]);
                                x[(kk * ncx + j) * n + r] = y;
                            }
                        }
                    }
                    jnext += ncx * (ncc.max(1) - 1);
                }
            } else {
                let ncv = columns[i] as usize;
                let Some(cv) = it.num_values(var) else {
                    known = false;
                    jnext = if ncx == 0 { jnext + ncv } else { jnext + ncx * (ncv - 1) };
                    continue;
                };
                if ncx == 0 {
                    x[..ncv * n].copy_from_slice(&cv[..ncv * n]);
                    jnext += ncv;
                } else {
                    for kk in (0..ncv).rev() {
                        for j in 0..ncx {
                            for r in 0..n {
                                x[(kk * ncx + j) * n + r] = cv[kk * n + r] * x[j * n + r];
                            }
                        }
                    }
                    jnext += ncx * (ncv - 1);
                }
            }
        }
        jstart = jnext;
    }
    Ok(known.then_some(rx))
}

/// `SET_VECTOR_ELT(list, i, v)`: the reference moves from the old element to the new one.
pub(super) fn set_vector_elt(it: &mut Interp, list: ObjId, i: usize, v: ObjId) {
    let old = match &mut it.heap.obj_mut(list).body {
        Body::Elems(crate::heap::Elems::Values(e)) if i < e.len() => std::mem::replace(&mut e[i], v),
        _ => return,
    };
    let r = &mut it.heap.obj_mut(old).refs;
    *r = r.saturating_sub(1);
    let r = &mut it.heap.obj_mut(v).refs;
    *r = r.saturating_add(1);
    it.heap.write_barrier(list, Val::Obj(v));
}

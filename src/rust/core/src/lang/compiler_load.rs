//! The byte-code compiler's lazy loading. The compiler namespace is loaded at start-up, but its
//! functions are promises of its lazy-load database: the first compilation that needs one forces
//! it, and the function stays for the session. So do the base functions the compiler calls
//! (`topenv`, `append`, …) and those whose calls it compiles (it looks a base function up to see
//! whether to inline it). What a compilation retains is the sum of what the functions it forces
//! for the first time cost.
//!
//! Both tables were measured in real R 4.2.2 by `tools/calibrate/compiler_functions.R`:
//! `data/compiler-probes.tsv` names, for each kind of code (a probe key: a call's head, a setter,
//! a constant, a variable, a general call's kind of argument, and the two entries — a closure and a
//! top-level loop), the functions compiling it forced; `data/compiler-functions.tsv` what loading
//! each function retains. Code forces the union of its parts' sets, so overlaps are not counted
//! twice (compiling `x <- c(x, i)` forces exactly what `x <- i` and `c(i, 1)` force together).

use super::ast::{Const, Expr};
use super::base_loads::{cost_row, data_rows};
use once_cell::sync::Lazy;
use std::collections::HashMap;

/// Where a compilation starts: a closure's body (`cmpfun`, at a call that the JIT compiles) or a
/// loop at top level (`compile`, each time it runs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Closure,
    TopLevelLoop,
}

/// The variable holding the compiler's inline handlers: one environment of closures, the bulk of
/// the compiler, forced by the first compilation of a call to a base function.
const INLINE_HANDLERS: &str = "inlineHandlers";
/// The functions compiling the arguments of a general call (`cmpCallArgs`: promises, constants,
/// tags, `...`) and of a builtin (`cmpBuiltinArgs`: values, constants, tags): a key whose set holds
/// one is a call whose arguments are compiled so.
const CMP_CALL_ARGS: &str = "cmpCallArgs";
const CMP_BUILTIN_ARGS: &str = "cmpBuiltinArgs";

/// `compiler:::constNames`: base variables the compiler folds to their values.
const CONST_NAMES: &[&str] = &["pi", "T", "F"];
/// `compiler:::maxConstSize`: a folded value longer than this is compiled as the call after all.
const MAX_CONST_SIZE: f64 = 10.0;

/// The length of the constant the compiler folds `e` to, if it folds it (`constantFold`): a
/// constant, or a call of constants to a head that folds (`folds`).
fn folded_len(e: &Expr, folds: &impl Fn(&str) -> bool) -> Option<f64> {
    let num = |e: &Expr| match e {
        Expr::Const(Const::Int(Some(i))) => Some(*i as f64),
        Expr::Const(Const::Real(Some(r))) => Some(*r),
        _ => None,
    };
    match e {
        Expr::Const(Const::Null) => Some(0.0),
        Expr::Const(_) => Some(1.0),
        Expr::Sym(s) => CONST_NAMES.contains(&&**s).then_some(1.0),
        Expr::Function(_) => None,
        Expr::Call(c) => {
            let head = e.call_name().filter(|h| folds(h))?;
            let mut len = 1.0f64;
            for a in &c.args {
                len = len.max(folded_len(a.value.as_ref()?, folds)?);
            }
            let arg = |i: usize| c.args.get(i).and_then(|a| a.value.as_ref()).and_then(num);
            Some(match (head, arg(0), arg(1)) {
                (":", Some(a), Some(b)) => (b - a).abs().floor() + 1.0,
                (":", _, _) => f64::INFINITY,
                _ => len,
            })
        }
    }
}

struct CompilerFunctions {
    names: Vec<&'static str>,
    /// Each function's position in `names` and `cost`.
    index: HashMap<&'static str, u16>,
    /// Ncells and Vcells loading each function retains.
    cost: Vec<(u32, u64)>,
    /// The functions each probe key's code forced (indices into `cost`).
    sets: HashMap<&'static str, Vec<u16>>,
    inline_handlers: u16,
    cmp_call_args: u16,
    cmp_builtin_args: u16,
}

static COMPILER: Lazy<CompilerFunctions> = Lazy::new(|| {
    CompilerFunctions::parse(
        include_str!("../../data/compiler-functions.tsv"),
        include_str!("../../data/compiler-probes.tsv"),
    )
});

impl CompilerFunctions {
    fn parse(functions: &'static str, probes: &'static str) -> CompilerFunctions {
        let mut index = HashMap::new();
        let mut cost = Vec::new();
        let mut names = Vec::new();
        for line in data_rows(functions) {
            let (name, c) = cost_row(line, "compiler-functions.tsv");
            index.insert(name, cost.len() as u16);
            cost.push(c);
            names.push(name);
        }
        let sets = data_rows(probes)
            .map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                let names = f.get(2).copied().unwrap_or("");
                let set = names
                    .split(' ')
                    .filter(|s| !s.is_empty())
                    .map(|s| *index.get(s).unwrap_or_else(|| panic!("compiler-probes.tsv: no cost for {s}")))
                    .collect();
                (f[0], set)
            })
            .collect();
        CompilerFunctions {
            names,
            cost,
            sets,
            inline_handlers: index[INLINE_HANDLERS],
            cmp_call_args: index[CMP_CALL_ARGS],
            cmp_builtin_args: index[CMP_BUILTIN_ARGS],
            index,
        }
    }

    fn cost_of(&self, name: &str) -> Option<(u32, u64)> {
        self.index.get(name).map(|&i| self.cost[i as usize])
    }

    fn add(&self, key: &str, out: &mut Vec<u16>) {
        if let Some(s) = self.sets.get(key) {
            out.extend_from_slice(s);
        }
    }

    /// How a call with this key compiles its arguments.
    fn args_kind(&self, key: &str) -> ArgsKind {
        match self.sets.get(key) {
            Some(s) if s.contains(&self.cmp_call_args) => ArgsKind::General,
            Some(s) if s.contains(&self.cmp_builtin_args) => ArgsKind::Builtin,
            _ => ArgsKind::Inline,
        }
    }

    /// The probe key of a call: its head (`[` by its indices), `unary-` / `unary+` for a sign,
    /// `call` for a function the tables do not know (a user's closure).
    fn call_key<'a>(&self, head: Option<&'a str>, args: &[super::ast::Arg]) -> Option<&'a str> {
        let missing = args.iter().any(|a| a.value.is_none());
        match head {
            Some("-") if args.len() == 1 => Some("unary-"),
            Some("+") if args.len() == 1 => Some("unary+"),
            Some("[" | "[[") if missing => Some("[missing"),
            Some("[") if args.len() == 3 => Some("[2"),
            Some("[[") if args.len() == 3 => Some("[[2"),
            // compiled with its loop (the `repeat` probe is `repeat break`)
            Some("break") => None,
            Some(h) if self.sets.contains_key(h) => Some(h),
            _ => Some("call"),
        }
    }

    /// Add a key's functions as compiled in tail position (a closure's value) when they differ.
    fn add_at(&self, key: &str, tail: bool, out: &mut Vec<u16>) {
        if tail {
            if let Some(s) = self.sets.get(format!("{key}@tail").as_str()) {
                out.extend_from_slice(s);
                return;
            }
        }
        self.add(key, out);
    }

    /// The functions compiling `e` forces; `tail`: `e` is the value of a closure (its last
    /// expression, or a branch of one).
    fn walk(&self, e: &Expr, tail: bool, out: &mut Vec<u16>) {
        match e {
            Expr::Sym(_) => self.add("var", out),
            // NULL, TRUE and FALSE have instructions of their own
            Expr::Const(Const::Null) => self.add("NULL", out),
            Expr::Const(Const::Logical(Some(true))) => self.add("TRUE", out),
            Expr::Const(Const::Logical(Some(false))) => self.add("FALSE", out),
            Expr::Const(_) => self.add("const", out),
            Expr::Function(f) => {
                self.add_at("function", tail, out);
                for d in f.params.iter().filter_map(|p| p.default.as_ref()) {
                    self.walk(d, false, out);
                }
                self.walk(&f.body, true, out);
            }
            Expr::Call(c) => self.walk_call(e, c, tail, out),
        }
    }

    /// [`Self::walk`] of a call: by its head, with its arguments.
    fn walk_call(&self, e: &Expr, c: &super::ast::Call, tail: bool, out: &mut Vec<u16>) {
        let head = e.call_name();
        let args: Vec<&Expr> = c.args.iter().filter_map(|a| a.value.as_ref()).collect();
        let walk_all = |args: &[&Expr], out: &mut Vec<u16>| args.iter().for_each(|v| self.walk(v, false, out));
        match head {
            Some("<-" | "=" | "<<-") if matches!(args.first(), Some(Expr::Call(_))) => {
                self.place(args[0], tail, out);
                walk_all(&args[1..], out);
            }
            Some(h @ ("<-" | "=" | "<<-")) => {
                self.add_at(h, tail, out);
                walk_all(args.get(1..).unwrap_or_default(), out);
            }
            Some("{") => {
                self.add_at("{", tail, out);
                if let Some((last, rest)) = args.split_last() {
                    walk_all(rest, out);
                    self.walk(last, tail, out);
                }
            }
            Some("if") => {
                // without `else` the value is NULL, invisible
                self.add_at(if args.len() == 3 { "if-else" } else { "if" }, tail, out);
                if let Some((cond, branches)) = args.split_first() {
                    self.walk(cond, false, out);
                    branches.iter().for_each(|b| self.walk(b, tail, out));
                }
            }
            Some(h @ ("for" | "while" | "repeat")) => {
                self.add_at(h, tail, out);
                if matches!(args.last(), Some(Expr::Call(_))) {
                    self.add("loop:call", out);
                }
                walk_all(&args[usize::from(h == "for").min(args.len())..], out);
            }
            // `x$name`, `x@name`, `pkg::f`: the names are not variables
            Some(h @ ("$" | "@")) => {
                self.add_at(h, tail, out);
                walk_all(&args[..args.len().min(1)], out);
            }
            Some(h @ ("::" | ":::")) => self.add_at(h, tail, out),
            _ => {
                let fold_key = |h: &str| format!("fold:{h}");
                if let Some(len) = folded_len(e, &|h| self.sets.contains_key(fold_key(h).as_str())) {
                    // what folding forces (do.call, the constant); a long value is compiled as the call
                    self.add(&fold_key(head.unwrap_or_default()), out);
                    if len <= MAX_CONST_SIZE {
                        return;
                    }
                }
                let key = self.call_key(head, &c.args);
                if let Some(k) = key {
                    self.add_at(k, tail, out);
                }
                if head.is_none() {
                    self.walk(&c.fun, false, out);
                }
                if matches!(head, Some("[" | "[[")) {
                    self.indices(c.args.get(1..).unwrap_or_default(), out);
                }
                match key.map_or(ArgsKind::Inline, |k| self.args_kind(k)) {
                    ArgsKind::Inline => walk_all(&args, out),
                    kind => self.call_args(&c.args, kind, out),
                }
            }
        }
    }

    /// Indices that are variables are read allowing a missing argument (`GETVAR_MISSOK`).
    fn indices(&self, args: &[super::ast::Arg], out: &mut Vec<u16>) {
        if args.iter().any(|a| matches!(a.value, Some(Expr::Sym(_)))) {
            self.add("index:var", out);
        }
    }

    /// The place of a complex assignment (`x$a[i] <- v`): each level is written with its setter,
    /// the inner ones read with their getters too (`x$a`).
    fn place(&self, target: &Expr, tail: bool, out: &mut Vec<u16>) {
        let mut place = Some(target);
        let mut inner = false;
        while let Some(Expr::Call(p)) = place {
            let head = match &p.fun {
                Expr::Sym(h) => &**h,
                _ => "",
            };
            if inner {
                let getter = format!("getter:{head}");
                self.add(if self.sets.contains_key(getter.as_str()) { &getter } else { "getter" }, out);
            }
            let setter = format!("{head}<-");
            let setter = if self.sets.contains_key(setter.as_str()) { &setter } else { "setter" };
            self.add_at(setter, tail && !inner, out);
            inner = true;
            // the place's other arguments are the setter call's (`attr(x, "id") <- v`)
            let rest = p.args.get(1..).unwrap_or_default();
            if matches!(head, "[" | "[[") {
                self.indices(rest, out);
            }
            match self.args_kind(setter) {
                ArgsKind::Inline => rest.iter().filter_map(|a| a.value.as_ref()).for_each(|a| self.walk(a, false, out)),
                kind => self.call_args(rest, kind, out),
            }
            place = p.args.first().and_then(|a| a.value.as_ref());
        }
    }

    /// The arguments of a general call (promises of code, constants pushed as they are, tags,
    /// `...`) or of a builtin (values).
    fn call_args(&self, args: &[super::ast::Arg], kind: ArgsKind, out: &mut Vec<u16>) {
        let part = |name: &str| match kind {
            ArgsKind::General => format!("arg:{name}"),
            _ => format!("builtin:{name}"),
        };
        for a in args {
            if a.name.is_some() {
                self.add(&part("named"), out);
            }
            match &a.value {
                Some(Expr::Sym(s)) if &**s == "..." => self.add(&part("dots"), out),
                Some(v @ Expr::Sym(_)) => {
                    self.add(&part("var"), out);
                    self.walk(v, false, out);
                }
                Some(Expr::Const(_)) => self.add(&part("const"), out),
                Some(v @ Expr::Call(_)) => {
                    self.add(&part("call"), out);
                    self.walk(v, false, out);
                }
                Some(v) => self.walk(v, false, out),
                None => {}
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArgsKind {
    /// Compiled by the call's inline handler, each argument as code.
    Inline,
    Builtin,
    General,
}

/// What lazy-loading base function `name` retains (measured with the compiler's tables), if the
/// tables have it.
pub fn base_function_cost(name: &str) -> Option<(u32, u64)> {
    COMPILER.cost_of(&format!("base::{name}"))
}

/// What compilations have forced so far in a session.
#[derive(Clone, Debug, Default)]
pub struct CompilerLoadState {
    forced: Vec<bool>,
}

/// What one compilation lazy-loads: the Ncells and Vcells its newly forced functions retain
/// besides the inline handlers, the inline handlers' if it forced them, and the base functions it
/// loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forced {
    pub functions: (u32, u64),
    pub inline_handlers: Option<(u32, u64)>,
    pub base: Vec<&'static str>,
}

impl CompilerLoadState {
    /// The compiler's functions (and, as `base::f`, base functions) compilations have loaded,
    /// in the order of the tables.
    pub fn loaded(&self) -> Vec<&'static str> {
        let c = &*COMPILER;
        self.forced.iter().zip(&c.names).filter(|(f, _)| **f).map(|(_, n)| *n).collect()
    }

    /// Force what compiling `code` from `entry` needs; return what that newly retains. Base
    /// functions the compiler calls or looks up (`base::f` in the tables) cost nothing when
    /// `loaded(f)`: the session has used them already.
    pub fn force(&mut self, code: &Expr, entry: Entry, loaded: impl Fn(&str) -> bool) -> Forced {
        let c = &*COMPILER;
        if self.forced.is_empty() {
            self.forced = vec![false; c.cost.len()];
        }
        let mut need = Vec::new();
        c.add(
            match entry {
                Entry::Closure => "closure",
                Entry::TopLevelLoop => "toplevel",
            },
            &mut need,
        );
        // a closure's body is its value; a top-level loop is compiled as the value of top-level code
        c.walk(code, true, &mut need);
        let mut out = Forced::default();
        for f in need {
            let slot = &mut self.forced[f as usize];
            if *slot {
                continue;
            }
            *slot = true;
            let cost = c.cost[f as usize];
            if let Some(base) = c.names[f as usize].strip_prefix("base::") {
                if loaded(base) {
                    continue;
                }
                out.base.push(base);
            }
            if f == c.inline_handlers {
                out.inline_handlers = Some(cost);
            } else {
                out.functions.0 += cost.0;
                out.functions.1 += cost.1;
            }
        }
        out
    }
}

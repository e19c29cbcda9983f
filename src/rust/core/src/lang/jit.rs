//! The byte-code compiler as R's JIT runs it (`eval.c: R_CheckJIT, JIT_score, R_cmpfun`): which
//! closures and loops get compiled, and what compiling costs on the heap.

use super::ast::{Expr, Function};
use crate::heap::JitState;

/// `MIN_JIT_SCORE`: a closure body (or loop) at least this "big" is compiled at once.
pub const MIN_JIT_SCORE: u32 = 50;
/// `JIT_score` of a loop.
pub const LOOP_JIT_SCORE: u32 = MIN_JIT_SCORE;

/// What compiling costs (R 4.2.2, measured in fresh processes by `tools/calibrate/compile_first.R`,
/// data in `tests/fixtures/compile-first.tsv`, each value corrected by that harness's own −66 N /
/// −117 V).
///
/// The compiler's functions are lazy-loaded, so the first compilations of a session retain most of
/// the compiler: any first compilation loads its core (`function(x) x` at its second call: 6007 N,
/// 12280 V); the first compilation of code with a loop, an assignment or a call that reads a
/// variable loads the bulk (`for (i in 1:2) NULL`: 55604 N, 125583 V in all); a call with constant
/// arguments only loads a smaller path (`function(i) rnorm(10)`). Then each kind of construct loads
/// its own handlers the first time it is compiled ([`Construct::load_cost`]).
#[derive(Clone, Debug)]
pub struct JitCosts {
    pub core: (u32, u64),
    pub full: (u32, u64),
    /// Garbage unpacking the core and the bulk leaves (first compilation's allocations less what it
    /// kept and less the compilation's own garbage: `function(x) x` 1900 N / 53500 V, the bulk with
    /// the first loop 3850 N / 365000 V more).
    pub core_garbage: (u32, u64),
    pub full_garbage: (u32, u64),
    /// A call compiled before the bulk is loaded.
    pub call_without_full: (u32, u64),
    /// Garbage a compilation makes: a base plus a share per node of code compiled (steady state:
    /// `for (i in 1:1) NULL` 7031 N / 2384 V; each node of loop body about 400 N / 160 V more).
    pub compile_base_nodes: u32,
    pub compile_nodes_per_code_node: u32,
    pub compile_base_vcells: u64,
    pub compile_vcells_per_code_node: u64,
}

impl Default for JitCosts {
    fn default() -> Self {
        JitCosts {
            core: (6007, 12280),
            full: (55604, 125583),
            core_garbage: (1900, 53500),
            full_garbage: (3850, 365000),
            call_without_full: (1074, 2455),
            compile_base_nodes: 3_800,
            compile_nodes_per_code_node: 400,
            compile_base_vcells: 1_100,
            compile_vcells_per_code_node: 160,
        }
    }
}

/// Kinds of code whose compiler handlers are lazy-loaded the first time they are compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Construct {
    CallBuiltin,
    CallClosure,
    Arith,
    Unary,
    Compare,
    Subset,
    Assign,
    SubAssign,
    Local,
    Switch,
    Dots,
    /// Reading a variable (`for (i in 1:2) -i` retains 870 N / 2030 V more than a NULL body,
    /// `function(x) length(x)` 510 N / 1110 V more than the bulk).
    VarRead,
    /// A call to a closure with a named argument (`assign(x, v, envir = e)` as a first compile
    /// retains 548 N / 1293 V more than the constructs it is made of; `list(id = i)` nothing).
    NamedArg,
    /// Slot access or assignment (`x@a`, `x@a <- v`: `for (i in 1:2) p@y <- 3` retains 701 N /
    /// 1424 V more than a sub-assignment).
    Slot,
}

impl Construct {
    /// Retained Ncells and Vcells when first compiled after the bulk of the compiler is loaded:
    /// first top-level loop with that body minus `for (i in 1:2) -i` (`compile-first.tsv`).
    pub fn load_cost(self) -> (u32, u64) {
        match self {
            Construct::CallBuiltin => (512, 970),
            Construct::CallClosure => (950, 1950),
            Construct::Arith => (203, 383),
            Construct::Unary => (14, 35),
            Construct::Compare => (205, 385),
            Construct::Subset => (406, 840),
            Construct::Assign => (290, 649),
            Construct::SubAssign => (2925, 6733),
            Construct::Local => (149, 334),
            Construct::Switch => (160, 344),
            Construct::Dots => (13, 34),
            Construct::VarRead => (690, 1570),
            Construct::NamedArg => (548, 1293),
            Construct::Slot => (701, 1424),
        }
    }
}

/// Functions the simulator knows that are not in base: compiling a call to them does not make the
/// compiler consult base's inline handlers (`function(i) rnorm(10)` loads only the compiler's core
/// and call path, `function(i) numeric(1e6)` the bulk).
const NON_BASE_FUNCTIONS: &[&str] = &["rnorm", "runif", "sd", "var", "median"];

/// Whether compiling this code loads the bulk of the compiler: a loop, an assignment, or a call
/// that reads a variable.
fn needs_full(e: &Expr) -> bool {
    match e {
        Expr::Call(c) => {
            let head = e.call_name();
            if matches!(head, Some("for" | "while" | "repeat" | "<-" | "=" | "<<-")) {
                return true;
            }
            let reads_var = c.args.iter().any(|a| matches!(a.value, Some(Expr::Sym(_))));
            // calls to base functions make the compiler look for inline handlers in base
            let base_call =
                head.is_some_and(|h| !NON_BASE_FUNCTIONS.contains(&h) && !matches!(h, "{" | "(" | "if" | "function"));
            reads_var
                || base_call
                || needs_full(&c.fun)
                || c.args.iter().filter_map(|a| a.value.as_ref()).any(needs_full)
        }
        Expr::Function(f) => needs_full(&f.body),
        _ => false,
    }
}

/// The constructs in a piece of code.
pub fn constructs(e: &Expr, out: &mut std::collections::HashSet<Construct>) {
    let Expr::Call(c) = e else {
        if let Expr::Function(f) = e {
            constructs(&f.body, out);
        }
        return;
    };
    let nargs = c.args.len();
    let k = match e.call_name() {
        Some("+" | "-" | "*" | "/" | "^" | "%%" | "%/%") if nargs == 2 => Some(Construct::Arith),
        Some("-" | "+" | "!") => Some(Construct::Unary),
        Some("==" | "!=" | "<" | ">" | "<=" | ">=" | "&&" | "||" | "&" | "|" | "if") => Some(Construct::Compare),
        Some("[" | "[[" | "$") => Some(Construct::Subset),
        Some("@") => Some(Construct::Slot),
        Some("<-" | "=" | "<<-") => {
            let target = c.args.first().and_then(|a| a.value.as_ref());
            Some(if matches!(target, Some(Expr::Call(_))) { Construct::SubAssign } else { Construct::Assign })
        }
        Some("local") => Some(Construct::Local),
        Some("switch") => Some(Construct::Switch),
        Some("for" | "while" | "repeat" | "{" | "(" | "function" | "return" | "break" | "next" | ":") => None,
        Some(name) => {
            Some(if super::builtins::is_primitive(name) { Construct::CallBuiltin } else { Construct::CallClosure })
        }
        None => Some(Construct::CallClosure),
    };
    if let Some(k) = k {
        out.insert(k);
    }
    constructs(&c.fun, out);
    // named arguments matched against a closure's formals (a primitive's are not compiled so)
    let to_closure = matches!(k, Some(Construct::CallClosure));
    if to_closure && c.args.iter().any(|a| a.name.is_some()) {
        out.insert(Construct::NamedArg);
    }
    for a in &c.args {
        match &a.value {
            Some(Expr::Sym(s)) if &**s == "..." => {
                out.insert(Construct::Dots);
            }
            Some(Expr::Sym(_)) => {
                out.insert(Construct::VarRead);
            }
            Some(v) => constructs(v, out),
            None => {}
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct JitModel {
    /// `R_jit_enabled`: 0 disables; 3 (default) also compiles top-level loops.
    pub level: u8,
    pub core_loaded: bool,
    pub full_loaded: bool,
    pub call_path_loaded: bool,
    pub loaded: std::collections::HashSet<Construct>,
    pub compilations: u32,
    pub costs: JitCosts,
}

impl JitModel {
    pub fn new() -> JitModel {
        JitModel { level: 3, ..Default::default() }
    }

    /// The compiler code a compilation of `body` lazy-loads: what is kept for good and the garbage
    /// loading it leaves.
    pub fn load_for(&mut self, body: &Expr) -> CompilerLoad {
        let mut found = std::collections::HashSet::new();
        constructs(body, &mut found);
        let mut load = CompilerLoad::default();
        let c = self.costs.clone();
        let full = needs_full(body);
        let calls = found.iter().any(|k| matches!(k, Construct::CallBuiltin | Construct::CallClosure));
        if !full && !self.full_loaded && calls && !self.call_path_loaded {
            load.add_lazy(c.call_without_full);
            self.call_path_loaded = true;
        }
        if !self.core_loaded {
            load.kept = c.core;
            load.garbage = c.core_garbage;
            self.core_loaded = true;
        }
        if full && !self.full_loaded {
            load.kept.0 += c.full.0 - c.core.0;
            load.kept.1 += c.full.1 - c.core.1;
            load.garbage.0 += c.full_garbage.0;
            load.garbage.1 += c.full_garbage.1;
            self.full_loaded = true;
        }
        for k in found {
            if self.loaded.insert(k) {
                load.add_lazy(k.load_cost());
            }
        }
        load
    }
}

/// What a compilation lazy-loads of the compiler.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompilerLoad {
    pub kept: (u32, u64),
    pub garbage: (u32, u64),
}

impl CompilerLoad {
    /// Kept code and the garbage unpacking it leaves (see `Interp::lazy_load`).
    fn add_lazy(&mut self, (n, v): (u32, u64)) {
        self.kept.0 += n;
        self.kept.1 += v;
        self.garbage.0 += (n as f64 * 0.3) as u32;
        self.garbage.1 += (v as f64 * 4.4) as u64;
    }
}

/// `JIT_score`: a call scores 1 + its arguments; `if` the larger branch; any loop scores
/// [`LOOP_JIT_SCORE`]; anything else 1.
pub fn jit_score(e: &Expr) -> u32 {
    match e {
        Expr::Call(c) => {
            let head = e.call_name();
            match head {
                Some("for") | Some("while") | Some("repeat") => LOOP_JIT_SCORE,
                Some("if") => {
                    let cond = c.args.first().and_then(|a| a.value.as_ref()).map_or(1, jit_score);
                    let then = c.args.get(1).and_then(|a| a.value.as_ref()).map_or(0, jit_score);
                    let els = c.args.get(2).and_then(|a| a.value.as_ref()).map_or(0, jit_score);
                    cond.max(then.max(els)).clamp(1, LOOP_JIT_SCORE)
                }
                Some("function") => 1,
                _ => {
                    let mut s = 1u32;
                    for a in &c.args {
                        if let Some(v) = &a.value {
                            s = s.saturating_add(jit_score(v));
                        }
                    }
                    s
                }
            }
        }
        Expr::Function(_) => 1,
        _ => 1,
    }
}

/// Nodes of code a body holds (cons cells, symbols and constants), the size the compiler works on.
pub fn code_size(e: &Expr) -> u32 {
    match e {
        Expr::Call(c) => {
            let mut n = 1 + code_size(&c.fun);
            for a in &c.args {
                n += 1 + a.value.as_ref().map_or(0, code_size);
            }
            n
        }
        Expr::Function(f) => function_code_size(f),
        _ => 1,
    }
}

pub fn function_code_size(f: &Function) -> u32 {
    let mut n = 2 + code_size(&f.body);
    for p in &f.params {
        n += 1 + p.default.as_ref().map_or(0, code_size);
    }
    n
}

/// The JIT decision at a call of a closure that is not compiled yet.
pub fn on_call(state: JitState, top_level_env: bool, score: u32) -> (JitState, bool) {
    match state {
        JitState::Compiled => (JitState::Compiled, false),
        JitState::Never => (JitState::Never, false),
        JitState::Maybe => (JitState::Compiled, true),
        JitState::Fresh => {
            if top_level_env {
                if score >= MIN_JIT_SCORE {
                    (JitState::Compiled, true)
                } else {
                    (JitState::Maybe, false)
                }
            } else if score < MIN_JIT_SCORE {
                (JitState::Never, false)
            } else {
                (JitState::Maybe, false)
            }
        }
    }
}

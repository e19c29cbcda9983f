//! The byte-code compiler as R's JIT runs it (`eval.c: R_CheckJIT, JIT_score, R_cmpfun`): which
//! closures and loops get compiled, and what compiling costs on the heap.

use super::ast::{Expr, Function};
use crate::heap::JitState;

/// `MIN_JIT_SCORE`: a closure body (or loop) at least this "big" is compiled at once.
pub const MIN_JIT_SCORE: u32 = 50;
/// `JIT_score` of a loop.
pub const LOOP_JIT_SCORE: u32 = MIN_JIT_SCORE;

/// What compiling costs (R 4.2.2, measured with `tools/calibrate/compiler_load.R` and the JIT
/// experiments in `tests/fixtures/README.md`).
///
/// The compiler's functions are lazy-loaded: the first compilation of a session loads its core
/// (5946 N, 12163 V retained); the first compilation of code that contains any call loads most of
/// the rest (56055 N, 126576 V retained in all, e.g. `function(x) length(x)` at its second call, or a
/// top-level loop); each kind of construct then loads its own handlers the first time it is compiled.
#[derive(Clone, Debug)]
pub struct JitCosts {
    pub core: (u32, u64),
    pub full: (u32, u64),
    /// Garbage a compilation makes: a base plus a share per node of code compiled.
    pub compile_base_nodes: u32,
    pub compile_nodes_per_code_node: u32,
    pub compile_base_vcells: u64,
    pub compile_vcells_per_code_node: u64,
}

impl Default for JitCosts {
    fn default() -> Self {
        JitCosts {
            core: (5946, 12163),
            full: (56055, 126576),
            compile_base_nodes: 4_200,
            compile_nodes_per_code_node: 300,
            compile_base_vcells: 1_100,
            compile_vcells_per_code_node: 110,
        }
    }
}

/// Kinds of code whose compiler handlers are lazy-loaded the first time they are compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Construct {
    Call,
    Arith,
    Unary,
    Subset,
    Assign,
    SubAssign,
    Concat,
    For,
    While,
    Repeat,
    Local,
    Switch,
    Dots,
}

impl Construct {
    /// Retained Ncells and Vcells when first compiled after the bulk of the compiler is loaded
    /// (`tools/calibrate/compiler_load.R`, first-compile experiments).
    pub fn load_cost(self) -> (u32, u64) {
        match self {
            Construct::Call => (562, 1222),
            Construct::Arith => (196, 475),
            Construct::Unary => (200, 503),
            Construct::Subset => (369, 906),
            Construct::Assign => (93, 272),
            Construct::SubAssign => (2439, 5703),
            Construct::Concat => (159, 301),
            Construct::For => (491, 1051),
            Construct::While => (198, 447),
            Construct::Repeat => (302, 654),
            Construct::Local => (149, 334),
            Construct::Switch => (160, 344),
            Construct::Dots => (13, 34),
        }
    }
}

/// The constructs in a piece of code, and whether it contains any call at all.
pub fn constructs(e: &Expr, out: &mut std::collections::HashSet<Construct>) -> bool {
    let mut any_call = false;
    match e {
        Expr::Call(c) => {
            any_call = true;
            let nargs = c.args.len();
            if let Some(head) = e.call_name() {
                let k = match head {
                    "for" => Some(Construct::For),
                    "while" => Some(Construct::While),
                    "repeat" => Some(Construct::Repeat),
                    "+" | "-" | "*" | "/" | "^" | "%%" | "%/%" if nargs == 2 => Some(Construct::Arith),
                    "-" | "+" => Some(Construct::Unary),
                    "[" | "[[" | "$" => Some(Construct::Subset),
                    "<-" | "=" | "<<-" => {
                        let target = c.args.first().and_then(|a| a.value.as_ref());
                        Some(if matches!(target, Some(Expr::Call(_))) {
                            Construct::SubAssign
                        } else {
                            Construct::Assign
                        })
                    }
                    "c" => Some(Construct::Concat),
                    "local" => Some(Construct::Local),
                    "switch" => Some(Construct::Switch),
                    "{" | "(" | "if" | "function" | "return" | "break" | "next" | "!" | "&&" | "||" | "==" | "!="
                    | "<" | ">" | "<=" | ">=" | "&" | "|" | ":" => None,
                    _ => Some(Construct::Call),
                };
                if let Some(k) = k {
                    out.insert(k);
                }
            } else {
                out.insert(Construct::Call);
            }
            constructs(&c.fun, out);
            for a in &c.args {
                match &a.value {
                    Some(Expr::Sym(s)) if &**s == "..." => {
                        out.insert(Construct::Dots);
                    }
                    Some(v) => {
                        constructs(v, out);
                    }
                    None => {}
                }
            }
        }
        Expr::Function(f) => {
            any_call |= constructs(&f.body, out);
        }
        _ => {}
    }
    any_call
}

#[derive(Clone, Debug, Default)]
pub struct JitModel {
    /// `R_jit_enabled`: 0 disables; 3 (default) also compiles top-level loops.
    pub level: u8,
    pub core_loaded: bool,
    pub full_loaded: bool,
    pub loaded: std::collections::HashSet<Construct>,
    pub compilations: u32,
    pub costs: JitCosts,
}

impl JitModel {
    pub fn new() -> JitModel {
        JitModel { level: 3, ..Default::default() }
    }

    /// The compiler code a compilation of `body` lazy-loads: (Ncells, Vcells) retained for good.
    pub fn load_for(&mut self, body: &Expr) -> (u32, u64) {
        let mut found = std::collections::HashSet::new();
        let any_call = constructs(body, &mut found);
        let (mut n, mut v) = (0u32, 0u64);
        if any_call && !self.full_loaded {
            let (fn_, fv) = self.costs.full;
            let (cn, cv) = if self.core_loaded { self.costs.core } else { (0, 0) };
            n += fn_ - cn;
            v += fv - cv;
            self.full_loaded = true;
            self.core_loaded = true;
        } else if !self.core_loaded {
            n += self.costs.core.0;
            v += self.costs.core.1;
            self.core_loaded = true;
        }
        for k in found {
            if self.loaded.insert(k) {
                let (kn, kv) = k.load_cost();
                n += kn;
                v += kv;
            }
        }
        (n, v)
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
                    cond.max(then.max(els)).min(LOOP_JIT_SCORE).max(1)
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

//! The byte-code compiler as R's JIT runs it (`eval.c: R_CheckJIT, JIT_score, R_cmpfun`): which
//! closures and loops get compiled, and what compiling costs on the heap.

use super::ast::{Expr, Function};
use crate::heap::JitState;

/// `MIN_JIT_SCORE`: a closure body (or loop) at least this "big" is compiled at once.
pub const MIN_JIT_SCORE: u32 = 50;
/// `JIT_score` of a loop.
pub const LOOP_JIT_SCORE: u32 = MIN_JIT_SCORE;

/// Calibrated costs of the compiler (spec §8.7, §9.3; `tests/fixtures/jit-costs.tsv`).
#[derive(Clone, Debug)]
pub struct JitCosts {
    /// First compilation in a session: the compiler namespace is lazy-loaded and stays.
    pub load_nodes: u32,
    pub load_vcells: u64,
    /// Garbage a compilation makes: a base plus a share per node of code compiled.
    pub compile_base_nodes: u32,
    pub compile_nodes_per_code_node: u32,
    pub compile_base_vcells: u64,
    pub compile_vcells_per_code_node: u64,
}

impl Default for JitCosts {
    fn default() -> Self {
        JitCosts {
            load_nodes: 56_000,
            load_vcells: 127_000,
            compile_base_nodes: 4_200,
            compile_nodes_per_code_node: 300,
            compile_base_vcells: 1_100,
            compile_vcells_per_code_node: 110,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct JitModel {
    /// `R_jit_enabled`: 0 disables; 3 (default) also compiles top-level loops.
    pub level: u8,
    pub compiler_loaded: bool,
    pub compilations: u32,
    pub costs: JitCosts,
}

impl JitModel {
    pub fn new() -> JitModel {
        JitModel {
            level: 3,
            ..Default::default()
        }
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
                    let cond = c
                        .args
                        .first()
                        .and_then(|a| a.value.as_ref())
                        .map_or(1, jit_score);
                    let then = c
                        .args
                        .get(1)
                        .and_then(|a| a.value.as_ref())
                        .map_or(0, jit_score);
                    let els = c
                        .args
                        .get(2)
                        .and_then(|a| a.value.as_ref())
                        .map_or(0, jit_score);
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

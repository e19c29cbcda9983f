//! The byte-code compiler as R's JIT runs it (`eval.c: R_CheckJIT, JIT_score, R_cmpfun`): which
//! closures and loops get compiled, and what compiling costs on the heap.

use super::ast::{Expr, Function};
use super::compiler_load::{CompilerLoadState, Entry};
use super::eval::{LAZY_LOAD_GARBAGE_N, LAZY_LOAD_GARBAGE_V};
use crate::heap::JitState;

/// `MIN_JIT_SCORE`: a closure body (or loop) at least this "big" is compiled at once.
pub const MIN_JIT_SCORE: u32 = 50;
/// `JIT_score` of a loop.
pub const LOOP_JIT_SCORE: u32 = MIN_JIT_SCORE;

/// What compiling costs besides the compiler's functions it lazy-loads ([`super::compiler_load`]),
/// R 4.2.2, measured in fresh processes by `tools/calibrate/compile_first.R` (data in
/// `tests/fixtures/compile-first.tsv`, each value corrected by that harness's own −66 N / −117 V).
#[derive(Clone, Debug)]
pub struct JitCosts {
    /// Garbage forcing the inline handlers leaves: the first loop's compilation leaves 3850 N /
    /// 365000 V more than `function(x) x`'s, less what the loop's other new functions (1152 N /
    /// 2557 V kept) leave as any lazy-loaded code.
    pub inline_handlers_garbage: (u32, u64),
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
            inline_handlers_garbage: (3504, 353750),
            compile_base_nodes: 3_800,
            compile_nodes_per_code_node: 400,
            compile_base_vcells: 1_100,
            compile_vcells_per_code_node: 160,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct JitModel {
    /// `R_jit_enabled`: 0 disables; 3 (default) also compiles top-level loops.
    pub level: u8,
    pub costs: JitCosts,
    pub compiler: CompilerLoadState,
}

impl JitModel {
    pub fn new() -> JitModel {
        JitModel { level: 3, ..Default::default() }
    }

    /// The compiler code a compilation of `body` lazy-loads: what is kept for good and the garbage
    /// loading it leaves: what unpacking any lazy-loaded code leaves ([`CompilerLoad::add_lazy`])
    /// for each function, the garbage measured for the inline handlers. `loaded(f)`: base function
    /// `f` is loaded already.
    pub fn load_for(&mut self, body: &Expr, entry: Entry, loaded: impl Fn(&str) -> bool) -> CompilerLoad {
        let forced = self.compiler.force(body, entry, loaded);
        let mut load = CompilerLoad { base: forced.base, ..Default::default() };
        load.add_lazy(forced.functions);
        if let Some((n, v)) = forced.inline_handlers {
            load.kept.0 += n;
            load.kept.1 += v;
            load.garbage.0 += self.costs.inline_handlers_garbage.0;
            load.garbage.1 += self.costs.inline_handlers_garbage.1;
        }
        load
    }
}

/// What a compilation lazy-loads of the compiler, and the base functions among it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompilerLoad {
    pub kept: (u32, u64),
    pub garbage: (u32, u64),
    pub base: Vec<&'static str>,
}

impl CompilerLoad {
    /// Kept code and the garbage unpacking it leaves (see `Interp::lazy_load`).
    fn add_lazy(&mut self, (n, v): (u32, u64)) {
        self.kept.0 += n;
        self.kept.1 += v;
        self.garbage.0 += (n as f64 * LAZY_LOAD_GARBAGE_N) as u32;
        self.garbage.1 += (v as f64 * LAZY_LOAD_GARBAGE_V) as u64;
    }
}

/// `JIT_score` (eval.c): a call scores 1 + its arguments; any loop scores [`LOOP_JIT_SCORE`];
/// `if` the larger of its condition and its first branch (`CADR`, `CADDR`: the `else` branch is
/// never looked at); a function literal is the call `function`(formals, body, srcref), 1 + 1 +
/// its body + 1; anything else (symbol, constant, formals pairlist) 1.
pub fn jit_score(e: &Expr) -> u32 {
    let arg_score = |c: &super::ast::Call, i: usize| c.args.get(i).and_then(|a| a.value.as_ref()).map_or(0, jit_score);
    match e {
        Expr::Call(c) => match e.call_name() {
            Some("for") | Some("while") | Some("repeat") => LOOP_JIT_SCORE,
            Some("if") => arg_score(c, 0).max(arg_score(c, 1)),
            // an empty argument (`x[, 1]`) is the symbol R_MissingArg
            _ => c.args.iter().fold(1u32, |s, a| s.saturating_add(a.value.as_ref().map_or(1, jit_score))),
        },
        Expr::Function(f) => jit_score(&f.body).saturating_add(3),
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
        JitState::Installed => (JitState::Installed, false),
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

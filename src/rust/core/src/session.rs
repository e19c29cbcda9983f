//! One simulated R session: heap + global environment + options + event log + printed output.
//! This is the facade the extendr binding and the tests use.

use crate::error::{SimError, SimResult};
use crate::gc::GcEvent;
use crate::heap::Val;
use crate::lang::ast::Program;
use crate::lang::builtins::memory;
use crate::lang::interp::{FlowKind, Interp, Mode};
use crate::lang::jit::code_size;
use crate::lang::parse::parse_program;
use crate::lang::print;
use crate::object_size;
use crate::profile::HeapConfig;
use crate::startup;

/// Where a piece of simulated output goes: R prints values to stdout, and `gcinfo()` reports,
/// messages and warnings to stderr.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Simulated output in the order R would have written it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Output {
    pub chunks: Vec<(Stream, String)>,
}

impl Output {
    pub fn push(&mut self, stream: Stream, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((s, t)) if *s == stream => t.push_str(&text),
            _ => self.chunks.push((stream, text)),
        }
    }
    /// Everything written to one stream, concatenated.
    pub fn text(&self, stream: Stream) -> String {
        self.chunks.iter().filter(|(s, _)| *s == stream).map(|(_, t)| t.as_str()).collect()
    }
}

/// What evaluating code produced: its output, and the error that stopped it, if any. Output written
/// before an error is kept, as R would have printed it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct EvalOutcome {
    pub output: Output,
    pub error: Option<SimError>,
    /// What R writes after the error (on stderr): the failed call's warnings, "In addition: ...".
    pub in_addition: Option<String>,
}

/// The 14 numbers `.Internal(gc())` returns, in its order: used N/V, used Mb N/V, trigger N/V,
/// trigger Mb N/V, limit Mb N/V (NaN = NA), max used N/V, max used Mb N/V. R's `gc()` reshapes them
/// column-wise into a 2×7 matrix and drops the limit column when both are NA.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct GcMatrix {
    pub values: [f64; 14],
}

/// A one-line picture of the session for `print(heap)`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Summary {
    pub profile: String,
    pub ncells_used: f64,
    pub vcells_used: f64,
    pub ncells_trigger: f64,
    pub vcells_trigger: f64,
    pub n_gcs: u32,
}

/// A value as the protect stack holds it (unboxed scalars need no protection).
fn held(v: Val) -> Val {
    match v {
        Val::Obj(_) => v,
        _ => Val::Obj(crate::heap::NIL),
    }
}

/// A simulated R 4.2.2 session.
pub struct Session {
    config: HeapConfig,
    pub(crate) it: Interp,
}

impl Session {
    /// A fresh session in the state of `Rscript --vanilla` R 4.2.2 when the first statement runs.
    pub fn new(config: HeapConfig) -> SimResult<Session> {
        config.validate().map_err(SimError::new)?;
        let it = startup::rscript_session(&config)?;
        Ok(Session { config, it })
    }

    /// A session whose heap is in the state a `base::gc()` matrix describes (the 14 numbers of
    /// `.Internal(gc())`, see [`GcMatrix`]): used, trigger and max-used counts as R reported them.
    pub fn from_gc(matrix: &GcMatrix, config: HeapConfig) -> SimResult<Session> {
        config.validate().map_err(SimError::new)?;
        let it = startup::from_gc_matrix(matrix, &config)?;
        Ok(Session { config, it })
    }

    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    /// Parse and evaluate R code at top level of the global environment. With `autoprint` each
    /// visible top-level value is printed (as `Rscript` does); without, nothing is (as `source()`).
    pub fn eval(&mut self, code: &str, autoprint: bool) -> EvalOutcome {
        let error = match parse_program(code) {
            Ok(p) => self.run(&p, autoprint, false).err(),
            Err(e) => Some(e),
        };
        self.outcome(error)
    }

    /// `source(file)`: the script's text as `source()` runs it (no autoprint; `source()`'s own cost).
    pub fn source(&mut self, code: &str) -> EvalOutcome {
        let error = match parse_program(code) {
            Ok(p) => {
                let code_nodes: u32 = p.exprs.iter().map(|(e, _)| code_size(e)).sum();
                match self.it.source_overhead(code_nodes) {
                    Ok(()) => self.run(&p, false, true).err(),
                    Err(f) => match f.into_kind() {
                        FlowKind::Error(e) => Some(e),
                        _ => None,
                    },
                }
            }
            Err(e) => Some(e),
        };
        self.outcome(error)
    }

    fn outcome(&mut self, error: Option<SimError>) -> EvalOutcome {
        let in_addition = error.as_ref().and_then(|_| self.it.warnings_after_error());
        EvalOutcome { output: self.take_output(), error, in_addition }
    }

    /// Evaluate a program's expressions in order. Warnings are printed after each expression
    /// (each is a top-level call), or once at the end when the program is `source()`d (one call,
    /// whose loop also keeps each value and leaves garbage per expression).
    fn run(&mut self, p: &Program, autoprint: bool, sourced: bool) -> Result<(), SimError> {
        let it = &mut self.it;
        // parsing installs every name the code mentions
        for (e, _) in &p.exprs {
            it.install_code(e)?;
        }
        // At top level the protect stack holds only `.Last.value` and the code being run.
        let code = it.current_code;
        it.heap.release_to(0, Some(held(it.last_value)));
        it.heap.protect(Val::Obj(code));
        let base = it.heap.root_mark();
        for (expr, pos) in &p.exprs {
            it.heap.line = pos.line;
            it.visible = true;
            let r = it.eval(expr, it.global, Mode::Ast);
            let v = match r {
                Ok(v) => v,
                Err(f) => {
                    it.heap.release_to(0, Some(held(it.last_value)));
                    return Err(match f.into_kind() {
                        FlowKind::Error(e) | FlowKind::Warning(e) => e.at_line(pos.line),
                        FlowKind::Return(_) => {
                            SimError::new("no function to return from, jumping to top level").at_line(pos.line)
                        }
                        FlowKind::Break | FlowKind::Next => {
                            SimError::new("no loop for break/next, jumping to top level").at_line(pos.line)
                        }
                    });
                }
            };
            if autoprint && it.visible {
                match print::autoprint_value(it, v) {
                    Ok(text) => it.heap.write(Stream::Stdout, text),
                    Err(f) => {
                        if let FlowKind::Error(e) = f.into_kind() {
                            return Err(e);
                        }
                    }
                }
            }
            it.heap.protect(v);
            if sourced {
                it.source_after_expr(expr, v).map_err(|e| e.at_line(pos.line))?;
            } else {
                it.print_warnings()?;
            }
            // `.Last.value` holds the value until the next top-level expression is done.
            it.last_value = v;
            it.heap.release_to(base, None);
            it.heap.stack[0] = match v {
                Val::Obj(o) => o,
                _ => crate::heap::NIL,
            };
        }
        it.heap.release_to(0, Some(held(it.last_value)));
        it.print_warnings()?;
        Ok(())
    }

    fn take_output(&mut self) -> Output {
        std::mem::take(&mut self.it.heap.console)
    }

    /// `gc(verbose, reset, full)`: run a collection and return the matrix numbers, plus the report
    /// the collection printed (when `verbose`).
    pub fn gc(&mut self, verbose: bool, reset: bool, full: bool) -> (GcMatrix, Output) {
        let m = match memory::gc_call(&mut self.it, verbose, reset, full, Mode::Ast) {
            Ok((m, v)) => {
                self.it.last_value = v;
                self.it.heap.stack.clear();
                self.it.heap.protect(v);
                m
            }
            Err(_) => GcMatrix { values: [f64::NAN; 14] },
        };
        (m, self.take_output())
    }

    /// `gcinfo(verbose)`: set the reporting flag (`None` = NA: leave it) and return the old one.
    pub fn gcinfo(&mut self, verbose: Option<bool>) -> bool {
        let old = self.it.heap.gc_reporting;
        let arg = match verbose {
            Some(true) => "TRUE",
            Some(false) => "FALSE",
            None => "NA",
        };
        let out = self.eval(&format!("invisible(gcinfo({arg}))"), false);
        self.it.heap.console = out.output;
        old
    }

    /// `object.size()` of the value of `code` (an expression, or the name of a variable) evaluated
    /// in the global environment, in bytes, with the allocator's bytes for the same object.
    pub fn object_size(&mut self, code: &str) -> SimResult<(f64, f64, Output)> {
        let p = parse_program(code)?;
        let Some((expr, pos)) = p.exprs.first() else {
            return Err(SimError::new("nothing to measure: the code is empty"));
        };
        let it = &mut self.it;
        let mark = it.heap.root_mark();
        it.heap.line = pos.line;
        let v = match it.eval(expr, it.global, Mode::Ast) {
            Ok(v) => v,
            Err(f) => match f.into_kind() {
                FlowKind::Error(e) => {
                    it.heap.release_to(mark, None);
                    return Err(e);
                }
                _ => Val::Obj(crate::heap::NIL),
            },
        };
        let bytes = object_size::object_size(it, v);
        let alloc = object_size::allocator_bytes(it, v);
        it.heap.release_to(mark, None);
        Ok((bytes, alloc, self.take_output()))
    }

    /// Every collection so far, explicit `gc()` calls included.
    /// The byte-code compiler's functions the session's compilations have lazy-loaded (base
    /// functions among them as `base::f`): what the first compilations kept.
    pub fn compiler_functions_loaded(&self) -> Vec<&'static str> {
        self.it.jit.compiler.loaded()
    }

    pub fn events(&self) -> &[GcEvent] {
        &self.it.heap.events
    }

    /// Pages, slots and fragmentation per small node class.
    pub fn pool(&self) -> Vec<crate::heap::pool::PoolRow> {
        self.it.heap.pool_report()
    }

    /// Every copy-on-modify duplication: the statement's line, what was copied and why.
    pub fn copies(&self) -> &[crate::lang::interp::CopyRecord] {
        &self.it.copies
    }

    /// What the simulator had to assume while running (unknown values in conditions, …).
    pub fn notes(&self) -> &[String] {
        &self.it.notes
    }

    pub fn heap(&self) -> &crate::heap::Heap {
        &self.it.heap
    }

    pub fn summary(&self) -> Summary {
        let h = &self.it.heap;
        Summary {
            profile: "R 4.2.2 x86_64-pc-linux-gnu".into(),
            ncells_used: h.nodes_in_use as f64,
            vcells_used: h.vcells_in_use() as f64,
            ncells_trigger: h.sizes.n_size as f64,
            vcells_trigger: h.sizes.v_size as f64,
            n_gcs: h.gc_count,
        }
    }
}

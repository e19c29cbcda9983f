//! One simulated R session: heap + global environment + options + event log + printed output.
//! This is the facade the extendr binding and the tests use.

use crate::error::{SimError, SimResult};
use crate::gc::GcEvent;
use crate::heap::{Val, NIL};
use crate::lang::ast::Program;
use crate::lang::builtins::memory;
use crate::lang::interp::{FlowKind, Interp, Mode};
use crate::lang::jit::code_size;
use crate::lang::parse::parse_program;
use crate::lang::print;
use crate::limits::{Budget, Stop};
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
    /// Standard output diverted by `sink()` to a connection, innermost last: what was written
    /// since.
    #[serde(skip)]
    pub sinks: Vec<String>,
}

impl Output {
    pub fn push(&mut self, stream: Stream, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            return;
        }
        if let (Stream::Stdout, Some(sink)) = (stream, self.sinks.last_mut()) {
            sink.push_str(&text);
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
    /// Set when the simulation was stopped from outside the simulated code (then `error` says
    /// why, for the user): an interrupt, or the step budget.
    pub stop: Option<Stop>,
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

/// How a top-level evaluation ended early: an error of the simulated code, or a stop from outside.
enum Halt {
    Error(SimError),
    Stop(Stop),
}

/// What a non-local exit that reached the top level means there (`None`: nothing to report).
fn halt(f: crate::lang::interp::Flow, line: u32) -> Option<Halt> {
    Some(match f.into_kind() {
        FlowKind::Error(e) | FlowKind::Warning(e) => Halt::Error(e.at_line(line)),
        FlowKind::Stop(s) => Halt::Stop(s),
        FlowKind::Return(_) => {
            Halt::Error(SimError::new("no function to return from, jumping to top level").at_line(line))
        }
        FlowKind::Break | FlowKind::Next => {
            Halt::Error(SimError::new("no loop for break/next, jumping to top level").at_line(line))
        }
    })
}

/// A simulated R 4.2.2 session. A clone is the same session in the same state, but use
/// [`Session::replica`] for one to run: it is numbered as a session of its own.
#[derive(Clone)]
pub struct Session {
    config: HeapConfig,
    pub(crate) it: Interp,
    last_stop: Option<Stop>,
}

/// What [`Session::simulate`] found: the outcome, the usage when the code began, the true peak
/// (with the objects alive then, unless they could not be found again: `contents_missing` says
/// why), and the census of the end.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Run {
    pub outcome: EvalOutcome,
    pub start_ncells: u64,
    pub start_vcells: u64,
    /// The change of usage ([`crate::heap::Heap::usage_serial`]) when the code began.
    pub start_serial: u64,
    pub peak: crate::heap::peak::PeakUsage,
    pub contents: Option<crate::census::Contents>,
    pub contents_missing: Option<String>,
}

impl Session {
    /// A fresh session in the state of `Rscript --vanilla` R 4.2.2 when the first statement runs.
    pub fn new(config: HeapConfig) -> SimResult<Session> {
        config.validate().map_err(SimError::new)?;
        let it = startup::rscript_session(&config)?;
        Ok(Session { config, it, last_stop: None })
    }

    /// A session whose heap is in the state a `base::gc()` matrix describes (the 14 numbers of
    /// `.Internal(gc())`, see [`GcMatrix`]): used, trigger and max-used counts as R reported them.
    pub fn from_gc(matrix: &GcMatrix, config: HeapConfig) -> SimResult<Session> {
        config.validate().map_err(SimError::new)?;
        let it = startup::from_gc_matrix(matrix, &config)?;
        Ok(Session { config, it, last_stop: None })
    }

    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    /// Parse and evaluate R code at top level of the global environment. With `autoprint` each
    /// visible top-level value is printed (as `Rscript` does); without, nothing is (as `source()`).
    pub fn eval(&mut self, code: &str, autoprint: bool) -> EvalOutcome {
        self.it.begin_top_level();
        let halt = match parse_program(code) {
            Ok(p) => self.run(&p, autoprint, false).err(),
            Err(e) => Some(Halt::Error(e)),
        };
        self.outcome(halt)
    }

    /// Evaluate code given as bytes (R's strings need not be valid UTF-8): invalid text is R's
    /// parser error, as `parse(text = )` gives it.
    pub fn eval_bytes(&mut self, code: &[u8], autoprint: bool) -> EvalOutcome {
        match std::str::from_utf8(code) {
            Ok(text) => self.eval(text, autoprint),
            Err(_) => self.outcome(Some(Halt::Error(crate::lang::parse::invalid_text_error(code)))),
        }
    }

    /// How much simulated work a top-level evaluation may do, and the flag that interrupts it.
    pub fn set_budget(&mut self, budget: Budget) {
        self.it.budget = budget;
    }

    pub fn budget(&self) -> &Budget {
        &self.it.budget
    }

    /// `source(file)`: the script's text as `source()` runs it (no autoprint; `source()`'s own cost).
    pub fn source(&mut self, code: &str) -> EvalOutcome {
        self.it.begin_top_level();
        let halt = match parse_program(code) {
            Ok(p) => {
                let code_nodes: u32 = p.exprs.iter().map(|(e, _)| code_size(e)).sum();
                let h = match self.it.source_overhead(code_nodes) {
                    Ok(code) => {
                        self.it.current_code = code;
                        self.run(&p, false, true).err()
                    }
                    Err(f) => halt(f, 0),
                };
                // `source()`'s parsed expressions are garbage once it returns (however it returns),
                // but for the closures made from them, which reference them
                self.it.current_code = NIL;
                h
            }
            Err(e) => Some(Halt::Error(e)),
        };
        self.outcome(halt)
    }

    /// `source()` of a script given as bytes (see [`Session::eval_bytes`]).
    pub fn source_bytes(&mut self, code: &[u8]) -> EvalOutcome {
        match std::str::from_utf8(code) {
            Ok(text) => self.source(text),
            Err(_) => self.outcome(Some(Halt::Error(crate::lang::parse::invalid_text_error(code)))),
        }
    }

    fn outcome(&mut self, halt: Option<Halt>) -> EvalOutcome {
        self.it.census_check();
        self.it.reset_top_level();
        self.last_stop = match &halt {
            Some(Halt::Stop(s)) => Some(*s),
            _ => None,
        };
        let (error, stop) = match halt {
            None => (None, None),
            Some(Halt::Error(e)) => (Some(e), None),
            Some(Halt::Stop(s)) => (Some(SimError::new(s.message())), Some(s)),
        };
        let in_addition = match (&error, stop) {
            (Some(_), None) => self.it.warnings_after_error(),
            _ => None,
        };
        EvalOutcome { output: self.take_output(), error, stop, in_addition }
    }

    /// Evaluate a program's expressions in order. Warnings are printed after each expression
    /// (each is a top-level call), or once at the end when the program is `source()`d (one call,
    /// whose loop also keeps each value and leaves garbage per expression).
    fn run(&mut self, p: &Program, autoprint: bool, sourced: bool) -> Result<(), Halt> {
        let it = &mut self.it;
        // parsing installs every name the code mentions
        for (e, _) in &p.exprs {
            it.install_code(e).map_err(Halt::Error)?;
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
                    return Err(halt(f, pos.line).expect("an evaluation's exit is an error or a stop"));
                }
            };
            if autoprint && it.visible {
                match print::autoprint_value(it, v) {
                    Ok(text) => it.heap.write(Stream::Stdout, text),
                    Err(f) => {
                        if let Some(h) = halt(f, pos.line) {
                            it.heap.release_to(0, Some(held(it.last_value)));
                            return Err(h);
                        }
                    }
                }
            }
            it.heap.protect(v);
            if sourced {
                it.source_after_expr(expr, v).map_err(|e| Halt::Error(e.at_line(pos.line)))?;
            } else {
                it.print_warnings().map_err(Halt::Error)?;
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
        it.print_warnings().map_err(Halt::Error)?;
        Ok(())
    }

    fn take_output(&mut self) -> Output {
        // active sinks keep diverting what later code writes
        let sinks = std::mem::take(&mut self.it.heap.console.sinks);
        let out = std::mem::take(&mut self.it.heap.console);
        self.it.heap.console.sinks = sinks;
        out
    }

    /// `gc(verbose, reset, full)`: run a collection and return the matrix numbers, plus the report
    /// the collection printed (when `verbose`).
    pub fn gc(&mut self, verbose: bool, reset: bool, full: bool) -> (GcMatrix, Output) {
        self.it.begin_top_level();
        let m = match memory::gc_call(&mut self.it, verbose, reset, full, Mode::Ast) {
            Ok((m, v)) => {
                if reset {
                    self.it.heap.reset_peak();
                }
                self.it.last_value = v;
                self.it.heap.stack.clear();
                self.it.heap.protect(v);
                m
            }
            Err(_) => GcMatrix { values: [f64::NAN; 14] },
        };
        self.it.reset_top_level();
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
        self.last_stop = None;
        let p = parse_program(code)?;
        let Some((expr, pos)) = p.exprs.first() else {
            return Err(SimError::new("nothing to measure: the code is empty"));
        };
        self.it.begin_top_level();
        let it = &mut self.it;
        let mark = it.heap.root_mark();
        it.heap.line = pos.line;
        // object.size() reads every element of a deferred string
        let r = match it.eval(expr, it.global, Mode::Ast).and_then(|v| {
            it.heap.protect(v);
            crate::lang::builtins::strings::expand_deferred(it, v).map(|_| v)
        }) {
            Ok(v) => object_size::object_size(it, v)
                .map(|bytes| (bytes, object_size::allocator_bytes(it, v)))
                .map_err(Halt::Error),
            Err(f) => Err(halt(f, pos.line).expect("an evaluation's exit is an error or a stop")),
        };
        it.heap.release_to(mark, None);
        it.reset_top_level();
        match r {
            Ok((bytes, alloc)) => Ok((bytes, alloc, self.take_output())),
            Err(Halt::Error(e)) => Err(e),
            Err(Halt::Stop(s)) => {
                self.last_stop = Some(s);
                Err(SimError::new(s.message()))
            }
        }
    }

    /// Back to the top level after a failure of the simulator itself (a panic caught by the
    /// caller): nothing is being evaluated, nothing but `.Last.value` is protected, the output is
    /// dropped. Whether the heap still adds up ([`crate::heap::Heap::invariant_violation`]): a
    /// session that does not should not be used further.
    pub fn recover(&mut self) -> bool {
        self.it.reset_top_level();
        self.it.current_code = NIL;
        let last = held(self.it.last_value);
        self.it.heap.release_to(0, Some(last));
        self.it.heap.console = Output::default();
        self.it.heap.invariant_violation().is_none()
    }

    /// Whether the last evaluation was stopped from outside the simulated code, and how.
    pub fn last_stop(&self) -> Option<Stop> {
        self.last_stop
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
    /// With a line for each record that was too long to keep whole.
    pub fn notes(&self) -> Vec<String> {
        let mut out = self.it.notes.lines();
        let mut dropped = |r: u64, total: u64, kept: usize, what: &str| {
            if r > 0 {
                out.push(format!("rheap keeps the last {kept} {what}: {total} were made, the first {r} are not shown"));
            }
        };
        let (e, c) = (&self.it.heap.events, &self.it.copies);
        dropped(e.dropped(), e.total(), e.limit(), "collections in sim_events()");
        dropped(c.dropped(), c.total(), c.limit(), "copies in sim_copies()");
        out
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

    // ---- the true peak and who was alive ------------------------------------------------------

    /// The most memory in use at any moment since the session began, the last `gc(reset = TRUE)`
    /// or the last [`Session::simulate`].
    pub fn peak(&self) -> crate::heap::peak::PeakUsage {
        self.it.heap.peak
    }

    /// The objects alive now (variables of the global environment and of environments reached
    /// from them, and `.Last.value`), largest first.
    pub fn objects(&self) -> crate::census::Contents {
        crate::census::contents(&self.it, &crate::census::census_now(&self.it))
    }

    /// The same session in the same state, to run on its own: a copy of this one (heap, global
    /// environment, options, logs), numbered as a session of its own (compiled code shared by
    /// sessions keeps a constant's object per session number; the copy finds the same constants in
    /// its copy of the heap). It has no interrupt flag until its owner gives it one.
    pub fn replica(&self) -> Session {
        let mut s = self.clone();
        s.it.serial = crate::lang::interp::session_serial();
        s.it.budget.interrupt = None;
        s
    }

    /// Run code (as `source()` when `source_mode`, else at top level with printing) and find its
    /// true peak: the most memory in use at any moment of the run, and what was alive then. The
    /// peak is found in this session; the objects alive at it in a copy made when the code began,
    /// which runs the same code up to that moment and stops ([`crate::heap::peak::Probe`]). An
    /// interrupt stops both (the copy polls this session's flag).
    pub fn simulate(&mut self, code: &[u8], source_mode: bool) -> Run {
        self.it.heap.reset_peak();
        let start = self.it.heap.peak;
        let at_start = self.objects();
        let before = self.replica();
        let outcome = if source_mode { self.source_bytes(code) } else { self.eval_bytes(code, true) };
        let peak = self.it.heap.peak;
        let (contents, contents_missing) = if outcome.stop == Some(Stop::Interrupt) {
            (None, Some("the simulation was interrupted".to_string()))
        } else if peak.serial == start.serial {
            (Some(at_start), None)
        } else {
            match self.contents_at(before, peak, code, source_mode) {
                Ok(c) => (Some(c), None),
                Err(why) => (None, Some(why)),
            }
        };
        Run {
            outcome,
            start_ncells: start.ncells,
            start_vcells: start.vcells,
            start_serial: start.serial,
            peak,
            contents,
            contents_missing,
        }
    }

    /// The `gc()` matrix a `gc()` run now would give, and its collection, from a copy of this
    /// session: this one is not collected.
    pub fn gc_in_copy(&self) -> (GcMatrix, Option<GcEvent>) {
        let mut s = self.replica();
        let (m, _) = s.gc(false, false, true);
        (m, s.events().last().cloned())
    }

    /// What was alive at `peak`, from `r` (a copy of this session made when the code began) that
    /// runs `code` again up to that moment.
    fn contents_at(
        &self,
        mut r: Session,
        peak: crate::heap::peak::PeakUsage,
        code: &[u8],
        source_mode: bool,
    ) -> Result<crate::census::Contents, String> {
        // the probe stops the copy through the flag a user's interrupt raises too
        let user = self.it.budget.interrupt.clone();
        let stop = user.clone().unwrap_or_default();
        let (global, skip) = (r.it.global, crate::census::system_envs(&r.it));
        let look = move |h: &crate::heap::Heap| -> Box<dyn std::any::Any> {
            Box::new(crate::census::census(h, &[global], &skip))
        };
        r.it.heap.set_probe(peak.serial, Box::new(look), stop.clone());
        r.set_budget(Budget { max_steps: self.it.budget.max_steps, interrupt: Some(stop.clone()) });
        let out = if source_mode { r.source_bytes(code) } else { r.eval_bytes(code, true) };
        let taken = r.it.heap.probe_taken();
        if taken {
            // the probe's stop, not the user's: lower the flag again
            stop.store(false, std::sync::atomic::Ordering::Relaxed);
        }
        match r.it.probe_contents.take() {
            Some(c) if c.ncells == peak.ncells && c.vcells == peak.vcells => Ok(c),
            _ if !taken && out.stop == Some(Stop::Interrupt) => Err("the simulation was interrupted".into()),
            _ => Err("the run again in a copy of the session did not reach the same peak".into()),
        }
    }
}

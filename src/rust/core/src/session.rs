//! One simulated R session: heap + global environment + options + event log + printed output.
//! This is the facade the extendr binding and the tests use.

use crate::error::{SimError, SimResult};
use crate::gc::GcEvent;
use crate::profile::HeapConfig;

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

/// A simulated R 4.2.2 session.
pub struct Session {
    config: HeapConfig,
    events: Vec<GcEvent>,
}

impl Session {
    /// A fresh session in the state of `Rscript --vanilla` R 4.2.2 when the first statement runs.
    pub fn new(config: HeapConfig) -> SimResult<Session> {
        config.validate().map_err(SimError::new)?;
        Ok(Session { config, events: Vec::new() })
    }

    /// A session whose heap is in the state a `base::gc()` matrix describes (the 14 numbers of
    /// `.Internal(gc())`, see [`GcMatrix`]): used, trigger and max-used counts as R reported them.
    pub fn from_gc(matrix: &GcMatrix, config: HeapConfig) -> SimResult<Session> {
        let _ = matrix;
        Session::new(config)
    }

    /// Parse and evaluate R code at top level of the global environment. With `autoprint` each
    /// visible top-level value is printed (as `Rscript` does); without, nothing is (as `source()`).
    pub fn eval(&mut self, code: &str, autoprint: bool) -> EvalOutcome {
        let _ = (code, autoprint);
        EvalOutcome { output: Output::default(), error: Some(SimError::new("not implemented yet")) }
    }

    /// `gc(verbose, reset, full)`: run a collection and return the matrix numbers, plus the report
    /// the collection printed (when `verbose`).
    pub fn gc(&mut self, verbose: bool, reset: bool, full: bool) -> (GcMatrix, Output) {
        let _ = (verbose, reset, full);
        (GcMatrix { values: [f64::NAN; 14] }, Output::default())
    }

    /// `gcinfo(verbose)`: set the reporting flag (`None` = NA: leave it) and return the old one.
    pub fn gcinfo(&mut self, verbose: Option<bool>) -> bool {
        let _ = verbose;
        false
    }

    /// `object.size()` of the value of `code` (an expression, or the name of a variable) evaluated
    /// in the global environment, in bytes.
    pub fn object_size(&mut self, code: &str) -> SimResult<(f64, Output)> {
        let _ = code;
        Err(SimError::new("not implemented yet"))
    }

    /// Every collection so far, explicit `gc()` calls included.
    pub fn events(&self) -> &[GcEvent] {
        &self.events
    }

    pub fn summary(&self) -> Summary {
        Summary {
            profile: "R 4.2.2 x86_64-pc-linux-gnu".into(),
            ncells_used: 0.0,
            vcells_used: 0.0,
            ncells_trigger: self.config.nsize as f64,
            vcells_trigger: (self.config.vsize / 8) as f64,
            n_gcs: 0,
        }
    }
}

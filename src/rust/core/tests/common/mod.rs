//! Shared helpers of the integration tests: where the fixtures are, and running a recorded
//! workload the way `record.R` ran it.

#![allow(dead_code)]

use std::path::PathBuf;

use rheap_core::{GcEvent, GcMatrix, HeapConfig, Session};
use serde_json::Value;

/// The public reference measurements (`tests/fixtures/public`: the project's shared fixtures, copied
/// into the repository with the scripts that recorded them, so that a fresh clone can run the tests).
pub fn public_fixtures() -> PathBuf {
    repo_dir().join("tests").join("fixtures").join("public")
}

/// The repository's own fixtures (`tests/fixtures`, `tests/workloads` at the repository root).
pub fn repo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("..").join("..")
}

fn mb(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The `gc()` matrix a trace records as `start` / `end`.
pub fn gc_matrix(j: &Value) -> GcMatrix {
    let f = |k: &str| j[k].as_f64().unwrap_or(f64::NAN);
    GcMatrix {
        values: [
            f("ncells_used"),
            f("vcells_used"),
            mb(f("ncells_used_mb")),
            mb(f("vcells_used_mb")),
            f("ncells_trigger"),
            f("vcells_trigger"),
            mb(f("ncells_trigger_mb")),
            mb(f("vcells_trigger_mb")),
            j.get("ncells_limit_mb").and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
            j.get("vcells_limit_mb").and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
            f("ncells_max_used"),
            f("vcells_max_used"),
            mb(f("ncells_max_used_mb")),
            mb(f("vcells_max_used_mb")),
        ],
    }
}

pub struct Run {
    pub trace: Value,
    pub session: Session,
    pub end: GcMatrix,
    pub stdout: String,
    /// Standard error without the `gcinfo` reports (warnings, messages).
    pub stderr_other: Vec<String>,
    pub error: Option<String>,
    pub reported: Vec<GcEvent>,
}

/// Run a workload as `record.R` did: start from its `start` matrix, `gcinfo(TRUE)`,
/// `source(FILE)`, `gcinfo(FALSE)`, `gc()`.
pub fn run_workload(script: &std::path::Path) -> Run {
    let trace: Value = serde_json::from_str(&std::fs::read_to_string(script.with_extension("json")).unwrap()).unwrap();
    let code = std::fs::read_to_string(script).unwrap();
    let mut s = Session::from_gc(&gc_matrix(&trace["start"]), HeapConfig::default()).unwrap();
    s.gcinfo(Some(true));
    let out = s.source(&code);
    s.gcinfo(Some(false));
    let (end, _) = s.gc(false, false, true);
    let reported = s.events().iter().filter(|e| e.reported).cloned().collect();
    Run {
        stdout: out.output.text(rheap_core::Stream::Stdout),
        stderr_other: without_gc_reports(&out.output.text(rheap_core::Stream::Stderr)),
        error: out.error.map(|e| e.to_string()),
        trace,
        session: s,
        end,
        reported,
    }
}

/// The lines of a standard error stream that are not `gcinfo` reports (a report is a
/// "Garbage collection ..." line and the two usage lines after it), as `record.R` separates them.
pub fn without_gc_reports(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut other = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].starts_with("Garbage collection ") && i + 2 < lines.len() {
            i += 3;
        } else {
            other.push(lines[i].to_string());
            i += 1;
        }
    }
    other
}

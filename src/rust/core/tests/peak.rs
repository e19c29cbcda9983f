//! The true peak of a run and the objects alive at it ([`Session::simulate`]), and the table of
//! live objects ([`Session::objects`]).
//!
//! R raises "max used" only when a collection starts (`memory.c: R_gc_internal`), and usage only
//! grows between collections; so after a final `gc()` R's max used of each count is the most that
//! count ever reached. The recorded workloads end that way (`record.R`: `source(FILE)` then
//! `gc()`), which makes the simulator's true peak checkable against that mechanism on every one
//! of them; `tests/workloads.rs` checks the simulator's max used against real R's.

mod common;

use common::{gc_matrix, public_fixtures, repo_dir};
use rheap_core::census::{Contents, Place};
use rheap_core::{HeapConfig, Session};

fn table(c: &Contents) -> String {
    let mut t = String::new();
    for o in &c.objects {
        t.push_str(&format!(
            "{:<12} {:<40} {:<10} {:>9} {:>10} {:>10} {} {}\n",
            o.name.as_deref().unwrap_or("-"),
            format!("{:?}", o.place),
            o.type_name,
            o.length,
            o.object_size,
            o.allocator_bytes,
            o.refs,
            o.same_as.as_deref().unwrap_or("")
        ));
    }
    t
}

fn workloads() -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    for dir in [public_fixtures().join("workloads"), repo_dir().join("tests").join("workloads")] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "R") && p.with_extension("json").exists() {
                v.push(p);
            }
        }
    }
    v.sort();
    v
}

/// On every recorded workload, run as `record.R` runs it: the peak of each count is what the
/// final `gc()` says R's max used is, to the cell; the objects alive at the peak are found by
/// the run again in a copy of the session, in a heap of exactly the peak's usage.
#[test]
fn peak_is_max_used_after_the_final_gc() {
    let scripts = workloads();
    assert!(scripts.len() >= 10, "{} workloads", scripts.len());
    for script in &scripts {
        let name = script.file_name().unwrap().to_string_lossy().to_string();
        let trace: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(script.with_extension("json")).unwrap()).unwrap();
        let code = std::fs::read(script).unwrap();
        let mut s = Session::from_gc(&gc_matrix(&trace["start"]), HeapConfig::default()).unwrap();
        let run = s.simulate(&code, true);
        // gc() as record.R calls it: its own call allocates before the collection starts
        let (end, _) = s.gc(false, false, true);
        let p = s.peak();
        let (start_n, start_v) =
            (trace["start"]["ncells_max_used"].as_f64().unwrap(), trace["start"]["vcells_max_used"].as_f64().unwrap());
        assert_eq!(end.values[10], start_n.max(p.ncells_max as f64), "{name}: Ncells");
        assert_eq!(end.values[11], start_v.max(p.vcells_max as f64), "{name}: Vcells");
        assert!(run.peak.bytes >= run.peak.ncells * 56 + run.peak.vcells * 8, "{name}");
        assert!(run.peak.ncells <= run.peak.ncells_max && run.peak.vcells <= run.peak.vcells_max, "{name}");
        let c = run.contents.as_ref().unwrap_or_else(|| panic!("{name}: {:?}", run.contents_missing));
        assert_eq!((c.ncells, c.vcells), (run.peak.ncells, run.peak.vcells), "{name}");
        assert!(c.reachable_ncells <= c.ncells && c.reachable_vcells <= c.vcells, "{name}");
    }
}

/// A peak inside a call: the frame's variables are named with the call, the collection that ends
/// the climb has not run yet (the garbage of the loop is counted), and the caller's variable is
/// the global one.
#[test]
fn peak_inside_a_call_names_the_frame() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let code = b"n <- 1e6\nkeep <- numeric(n)\nf <- function(n) {\n  a <- numeric(n)\n  b <- a + 1\n  invisible(gc())\n  1\n}\nz <- f(n)\n";
    let run = s.simulate(code, true);
    assert!(run.outcome.error.is_none());
    let c = run.contents.expect("contents");
    let t = table(&c);
    let row =
        |n: &str| c.objects.iter().find(|o| o.name.as_deref() == Some(n)).unwrap_or_else(|| panic!("{n} in\n{t}"));
    // numeric(1e6): object.size() 8000048 bytes in R 4.2.2 (8e6 data + 48 header)
    for v in ["a", "b"] {
        let o = row(v);
        assert_eq!(o.place, Place::Frame("f(n)".into()), "{t}");
        assert_eq!((o.type_name, o.length, o.object_size), ("double", 1_000_000, 8_000_048.0), "{t}");
    }
    assert_eq!(row("keep").place, Place::Global, "{t}");
    assert_eq!(c.calls.first().map(String::as_str), Some("f(n)"), "{:?}", c.calls);
    // the peak is the start of the collection gc() asked for, within the top-level statement of
    // line 9
    assert_eq!(run.peak.line, 9);
    // the three vectors are the largest objects
    let top: Vec<&str> = c.objects.iter().take(3).filter_map(|o| o.name.as_deref()).collect();
    assert!(top.contains(&"a") && top.contains(&"b") && top.contains(&"keep"), "{t}");
}

/// The vector a collection made room for is never seen by max used until the next collection
/// starts: the true peak is above it by the vector's Vcells, and a `gc()` closes the gap.
#[test]
fn true_peak_above_max_used_until_the_next_collection() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    // 2e7 doubles, 160 MB, beyond the 64 MB vector trigger: R collects, then allocates
    let run = s.simulate(b"x <- numeric(2e7)\n", true);
    assert!(s.events().len() == 1, "{:?}", s.events());
    let h = s.heap();
    // max used (here the start-up's) never saw its 2e7 Vcells of data (R_LargeVallocSize counts
    // the data, not the header)
    assert!(run.peak.vcells >= 20_000_000, "{:?}", run.peak);
    assert!(h.v_maxused < 20_000_000, "{}", h.v_maxused);
    assert_eq!(run.peak.line, 1);
    let (m, _) = s.gc(false, false, true);
    assert_eq!(m.values[11], s.peak().vcells_max as f64);
}

/// The table of live objects now: variables of the global environment and of environments
/// reached from it.
#[test]
fn objects_now() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    s.eval("x <- numeric(1e6)\ne <- new.env()\nassign('y', numeric(10), envir = e)\ng <- function() 1\n", false);
    let c = s.objects();
    let t = table(&c);
    let x = &c.objects[0];
    assert_eq!((x.name.as_deref(), &x.place, x.object_size), (Some("x"), &Place::Global, 8_000_048.0), "{t}");
    let y = c.objects.iter().find(|o| o.name.as_deref() == Some("y")).expect(&t);
    assert_eq!(y.place, Place::Variable { name: "e".into(), within: Box::new(Place::Global) }, "{t}");
    // numeric(10): 176 bytes in R 4.2.2 (a small vector of 80 bytes in the 128-byte class)
    assert_eq!(y.object_size, 176.0, "{t}");
    assert!(c.objects.iter().any(|o| o.name.as_deref() == Some("g") && o.type_name == "closure"), "{t}");
}

/// The table of the objects alive at the peak of a small script, as a snapshot (the allocation
/// budget of the code: any change of what is alive at its peak shows in review).
#[test]
fn peak_table_snapshot() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let code = b"m <- matrix(0, 1000, 1000)\ncs <- colSums(m)\ne <- new.env()\nassign('k', m[1:10, ], envir = e)\nf <- function(x) { y <- x * 2; invisible(gc()); y }\nr <- f(m)\n";
    let run = s.simulate(code, true);
    let c = run.contents.expect("contents");
    insta::assert_snapshot!(format!(
        "peak: {} bytes, {} Ncells, {} Vcells, line {}\ncalls: {:?}\nreachable: {} Ncells, {} Vcells\n{}",
        run.peak.bytes,
        run.peak.ncells,
        run.peak.vcells,
        run.peak.line,
        c.calls,
        c.reachable_ncells,
        c.reachable_vcells,
        table(&c)
    ));
}

/// A replica is the same session in the same state, and runs on its own: the same code run in the
/// session and in its replica collects at the same moments and leaves the same numbers; the
/// session is not changed by what its replica runs.
#[test]
fn a_replica_runs_as_its_session_would() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    s.eval("keep <- numeric(1e6); f <- function(n) numeric(n); for (i in 1:50) tmp <- f(1e4)", false);
    let mut r = s.replica();
    let n0 = s.events().len();
    let code = "l <- lapply(1:20, function(i) numeric(2e5)); rm(l); m <- numeric(3e6)";
    r.eval(code, false);
    assert!(r.events().len() > n0, "the code collects");
    assert_eq!(s.events().len(), n0);
    s.eval(code, false);
    assert_eq!(s.events(), r.events());
    // (the limit column is NaN: compared as text)
    let text = |m: rheap_core::GcMatrix| format!("{:?}", m.values);
    assert_eq!(text(s.gc(false, false, true).0), text(r.gc(false, false, true).0));
}

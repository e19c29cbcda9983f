//! Mechanisms whose final heap is modelled but whose transient garbage is not yet (so they are
//! not among the full workload checks of `workloads.rs`): each program in
//! `tests/fixtures/mechanisms` with real R's trace (recorded by `record.R --runs 1`) ends with
//! the Vcells and Ncells R ends with, within the fuzzer's tolerances (0.1 % and 1 %).

mod common;

fn ends_as_in_r(name: &str) {
    let path = common::repo_dir().join("tests").join("fixtures").join("mechanisms").join(name);
    let run = common::run_workload(&path);
    assert!(run.error.is_none(), "{name}: {:?}", run.error);
    let end = &run.trace["end"];
    let rel = |k: &str, got: f64| {
        let want = end[k].as_f64().unwrap();
        (got - want) / want
    };
    let (dv, dn) = (rel("vcells_used", run.end.values[1]), rel("ncells_used", run.end.values[0]));
    assert!(dv.abs() <= 0.001, "{name}: final Vcells {:+.3} % of R's", 100.0 * dv);
    assert!(dn.abs() <= 0.01, "{name}: final Ncells {:+.3} % of R's", 100.0 * dn);
}

/// rbind.data.frame: every column duplicated, then enlarged past its end with R_EXPAND_FRAC room
/// (was -44 % of R's final Vcells: the data frames were bound as a list matrix).
#[test]
fn rbind_of_data_frames_over_allocates_its_columns() {
    ends_as_in_r("rbind_data_frames.R");
}

/// A call keeps the objects its cells hold alive, and only while it is reachable (was: the
/// objects became NULL, or an error, when put into a call).
#[test]
fn calls_keep_the_objects_they_hold() {
    ends_as_in_r("calls_hold_objects.R");
}

//! The workload fuzzer's held-out programs (`tests/fixtures/fuzz-workloads`: programs written by
//! `tools/fuzz/workload_gen.R` from seeds nobody tuned on, each with real R's trace recorded by
//! `tools/fuzz/workloads.sh`) run in the simulator as `record.R` ran them in R. The share of
//! programs whose level sequence is identical, whose final Vcells are within 0.1 % and whose final
//! Ncells are within 1 % may not fall below the floors in `RATCHET.tsv`: the figures the README
//! quotes. A floor that the simulator now beats by more than a point is reported, to be raised.

mod common;

use std::path::PathBuf;

fn dir() -> PathBuf {
    common::repo_dir().join("tests").join("fixtures").join("fuzz-workloads")
}

/// `figure<TAB>floor %` rows.
fn floors() -> Vec<(String, f64)> {
    let text = std::fs::read_to_string(dir().join("RATCHET.tsv")).expect("RATCHET.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (k, v) = l.split_once('\t').expect("RATCHET.tsv: figure<TAB>floor");
            (k.to_string(), v.trim().parse().expect("RATCHET.tsv: a number"))
        })
        .collect()
}

#[test]
fn held_out_fuzz_programs_stay_above_their_floors() {
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/fixtures/fuzz-workloads")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "R") && p.with_extension("json").exists())
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 300, "only {} recorded programs", scripts.len());
    let (mut levels, mut vcells, mut ncells) = (0usize, 0usize, 0usize);
    for s in &scripts {
        // a program the simulator panics on counts against every figure
        let Ok(run) = std::panic::catch_unwind(|| common::run_workload(s)) else {
            eprintln!("{}: the simulator panicked", s.display());
            continue;
        };
        let t = &run.trace;
        let want: String = t["gcs"]
            .as_array()
            .map(|g| g.iter().map(|g| g["level"].as_u64().unwrap().to_string()).collect())
            .unwrap_or_default();
        let got: String = run.reported.iter().map(|e| e.level.to_string()).collect();
        let rel = |k: &str, got: f64| {
            let want = t["end"][k].as_f64().unwrap();
            ((got - want) / want).abs()
        };
        levels += (run.error.is_none() && want == got) as usize;
        vcells += (run.error.is_none() && rel("vcells_used", run.end.values[1]) <= 0.001) as usize;
        ncells += (run.error.is_none() && rel("ncells_used", run.end.values[0]) <= 0.01) as usize;
    }
    let pct = |k: usize| 100.0 * k as f64 / scripts.len() as f64;
    let got = [
        ("level_sequence_identical", pct(levels)),
        ("final_vcells_within_0.1_pct", pct(vcells)),
        ("final_ncells_within_1_pct", pct(ncells)),
    ];
    let floors = floors();
    assert_eq!(floors.len(), got.len(), "RATCHET.tsv names the three figures");
    let mut below = Vec::new();
    for (name, value) in got {
        let floor = floors.iter().find(|(k, _)| k == name).unwrap_or_else(|| panic!("no floor for {name}")).1;
        eprintln!("{name}: {value:.1} % (floor {floor:.1} %)");
        if value + 1e-9 < floor {
            below.push(format!("{name} {value:.1} % < {floor:.1} %"));
        } else if value > floor + 1.0 {
            eprintln!("  {name} beats its floor by more than a point: raise it in RATCHET.tsv");
        }
    }
    assert!(below.is_empty(), "below the ratchet on {} programs: {}", scripts.len(), below.join("; "));
}

//! Fidelity against real R 4.2.2 on the recorded workloads (`tests/fixtures/public/workloads`, and the
//! repository's own `tests/workloads`): same collections at the same levels, each collection's
//! vector megabytes within 0.1, final Vcells within 0.1 %, Ncells within 2 %, identical stdout and
//! the same warnings and messages on stderr.

mod common;

use common::{public_fixtures, repo_dir, run_workload, Run};

struct Check {
    name: String,
    problems: Vec<String>,
    row: String,
}

fn check(run: &Run, name: &str) -> Check {
    let t = &run.trace;
    let mut problems = Vec::new();
    if let Some(e) = &run.error {
        problems.push(format!("error: {e}"));
    }
    let want: Vec<&serde_json::Value> = t["gcs"].as_array().unwrap().iter().collect();
    let want_levels: String = want.iter().map(|g| g["level"].as_u64().unwrap().to_string()).collect();
    let got_levels: String = run.reported.iter().map(|e| e.level.to_string()).collect();
    if want_levels != got_levels {
        problems.push(format!("levels: R {want_levels:?}, rheap {got_levels:?}"));
    }
    let mut worst_vec = 0.0f64;
    for (g, e) in want.iter().zip(&run.reported) {
        let r = g["vec_mb"].as_f64().unwrap();
        let s = rheap_core::report::report_mb(e.vcells_used, 8);
        worst_vec = worst_vec.max((r - s).abs());
        if (r - s).abs() > 0.1 + 1e-9 {
            problems.push(format!("GC {}: vectors {r} Mb in R, {s:.1} Mb in rheap", g["n"]));
        }
    }
    let end = &t["end"];
    let rel = |want: f64, got: f64| (got - want) / want;
    let (vu, vm, vt) = (
        end["vcells_used"].as_f64().unwrap(),
        end["vcells_max_used"].as_f64().unwrap(),
        end["vcells_trigger"].as_f64().unwrap(),
    );
    let (nu, _nm) = (end["ncells_used"].as_f64().unwrap(), end["ncells_max_used"].as_f64().unwrap());
    let v = &run.end.values;
    let dv = rel(vu, v[1]);
    let dn = rel(nu, v[0]);
    if dv.abs() > 0.001 {
        problems.push(format!("end Vcells used {vu} in R, {} in rheap ({:+.3}%)", v[1], 100.0 * dv));
    }
    if dn.abs() > 0.02 {
        problems.push(format!("end Ncells used {nu} in R, {} in rheap ({:+.2}%)", v[0], 100.0 * dn));
    }
    if rel(vt, v[5]).abs() > 0.005 {
        problems.push(format!("end Vcells trigger {vt} in R, {} in rheap", v[5]));
    }
    if rel(vm, v[11]).abs() > 0.005 {
        problems.push(format!("end Vcells max used {vm} in R, {} in rheap", v[11]));
    }
    let want_out = lines(&t["stdout"]);
    let got_out: Vec<String> = run.stdout.lines().map(|s| s.to_string()).collect();
    if !same_output(&want_out, &got_out) {
        problems.push(format!("stdout differs:\n  R:     {want_out:?}\n  rheap: {got_out:?}"));
    }
    let want_err = lines(&t["stderr_other"]);
    if want_err != run.stderr_other {
        problems.push(format!("stderr differs:\n  R:     {want_err:?}\n  rheap: {:?}", run.stderr_other));
    }
    let row = format!(
        "{name:<14} {:>3}/{:<3} {:<30} {:>5.2} {:>+8.3}% {:>+7.2}% {:>+7.2}% {:>+7.2}%",
        run.reported.len(),
        want.len(),
        if want_levels == got_levels { "same".to_string() } else { format!("{got_levels} vs {want_levels}") },
        worst_vec,
        100.0 * dv,
        100.0 * dn,
        100.0 * rel(vm, v[11]),
        100.0 * rel(vt, v[5]),
    );
    Check { name: name.to_string(), problems, row }
}

/// Lines of a recorded stream: `record.R` writes one string when R wrote a single line.
fn lines(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().map(|s| s.as_str().unwrap().to_string()).collect(),
        _ => Vec::new(),
    }
}

/// Printed output must be identical, except the rows of a printed `gc()` matrix, whose counts
/// are compared with the fidelity tolerances (Ncells 2 %, Vcells 0.1 %, triggers 0.5 %): the
/// layout must still be the same.
fn same_output(want: &[String], got: &[String]) -> bool {
    if want.len() != got.len() {
        return false;
    }
    want.iter().zip(got).all(|(w, g)| {
        if w == g {
            return true;
        }
        let (wf, gf): (Vec<&str>, Vec<&str>) = (w.split_whitespace().collect(), g.split_whitespace().collect());
        let row = wf.first().copied();
        if !matches!(row, Some("Ncells") | Some("Vcells")) || wf.len() != gf.len() || wf[0] != gf[0] {
            return false;
        }
        let tol = if row == Some("Ncells") { 0.02 } else { 0.001 };
        wf[1..].iter().zip(&gf[1..]).enumerate().all(|(k, (a, b))| {
            let (a, b): (f64, f64) = (a.parse().unwrap_or(f64::NAN), b.parse().unwrap_or(f64::NAN));
            // columns: used, (Mb), trigger, (Mb), max used, (Mb)
            let t = match k {
                0 | 1 => tol,
                2 | 3 => 0.005,
                _ => 0.02,
            };
            if k % 2 == 1 && (a - b).abs() <= 0.1 + 1e-9 {
                return true;
            }
            (a - b).abs() / a.abs().max(1.0) <= t
        })
    })
}

fn workloads(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "R") && p.with_extension("json").exists())
        .collect();
    v.sort();
    v
}

fn run_dir(dir: &std::path::Path) -> Vec<Check> {
    workloads(dir)
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            check(&run_workload(p), &name)
        })
        .collect()
}

/// Workloads where rheap is known not to meet every criterion yet, with what is missing. They are
/// reported but do not fail the suite; one that starts meeting every criterion fails it, so the
/// list only shrinks.
const KNOWN_GAPS: &[(&str, &str)] = &[
    (
        "data_frames",
        "R collects once (level 0) during `lapply(1:300, function(i) small[c(1, 3), ])`, rheap does not \
         (final Vcells -0.01 %, max used +0.33 %)",
    ),
    (
        "names_binds",
        "max used Vcells -0.83% (final Vcells +0.04%): rheap's peak is about 10000 Vcells lower than \
         R's; not traced yet",
    ),
    (
        "sprintf_strings",
        "memory matches, but the text of sprintf()'s strings past the values the simulator keeps \
         (65536) is not kept: printing them shows the placeholder",
    ),
];

fn report(checks: &[Check]) -> usize {
    eprintln!("workload       GCs     levels                         maxΔvecMb  ΔV used  ΔN used  ΔV max  ΔV trig");
    for c in checks {
        eprintln!("{}", c.row);
    }
    let mut bad = 0;
    for c in checks {
        let known = KNOWN_GAPS.iter().find(|(n, _)| *n == c.name);
        if !c.problems.is_empty() {
            eprintln!("--- {}{}:", c.name, known.map_or(String::new(), |(_, why)| format!(" (known gap: {why})")));
            for p in &c.problems {
                eprintln!("    {p}");
            }
            if known.is_none() {
                bad += 1;
            }
        } else if known.is_some() {
            eprintln!("--- {} now matches real R: remove it from KNOWN_GAPS", c.name);
            bad += 1;
        }
    }
    bad
}

#[test]
fn public_workloads_match_real_r() {
    let checks = run_dir(&public_fixtures().join("workloads"));
    assert!(!checks.is_empty(), "no workloads found");
    let bad = report(&checks);
    assert_eq!(bad, 0, "{bad} of {} workloads differ from real R", checks.len());
}

#[test]
fn own_workloads_match_real_r() {
    let checks = run_dir(&repo_dir().join("tests").join("workloads"));
    let bad = report(&checks);
    assert_eq!(bad, 0, "{bad} of {} workloads differ from real R", checks.len());
}

/// The byte-code compiler's functions each workload makes R lazy-load (recorded by
/// `tools/calibrate/compiler_forced.R`) are the ones rheap's compilations load: the sets are equal.
#[test]
fn workloads_load_the_compiler_functions_r_loads() {
    let recorded = std::fs::read_to_string(repo_dir().join("tests/fixtures/compiler-forced.tsv")).unwrap();
    let dirs = [public_fixtures().join("workloads"), repo_dir().join("tests").join("workloads")];
    let mut checked = 0;
    let mut differ = Vec::new();
    for line in recorded.lines().filter(|l| !l.starts_with('#')) {
        let (name, functions) = line.split_once('\t').unwrap();
        let want: std::collections::BTreeSet<&str> = functions.split_whitespace().collect();
        let script = dirs.iter().map(|d| d.join(format!("{name}.R"))).find(|p| p.exists()).unwrap();
        let run = run_workload(&script);
        let got: std::collections::BTreeSet<&str> =
            run.session.compiler_functions_loaded().into_iter().filter(|f| !f.starts_with("base::")).collect();
        if got != want {
            let only_r: Vec<_> = want.difference(&got).collect();
            let only_rheap: Vec<_> = got.difference(&want).collect();
            differ.push(format!("{name}: only in R {only_r:?}, only in rheap {only_rheap:?}"));
        }
        checked += 1;
    }
    assert_eq!(checked, 13, "workloads in compiler-forced.tsv");
    assert!(differ.is_empty(), "compiler functions loaded differ:\n{}", differ.join("\n"));
}

//! Run workload scripts in the simulator as `record.R` ran them in real R (a session in the state of
//! the trace's `start` matrix, `gcinfo(TRUE)`, `source(FILE)`, `gcinfo(FALSE)`, `gc()`) and compare
//! each with the trace R recorded beside it (FILE.json):
//! `cargo run --release -p rheap-core --example workload -- FILE.R ...`
//! One tab-separated line per script: the GC count and levels in R and here, the largest
//! difference of a collection's vector Mb (over the collections both made), the relative
//! differences of the final used and max used Vcells and Ncells, the simulator's error if any, and
//! the same four differences in cells.
//! Then the aggregate figures (`#` lines): level sequence identical, final Vcells within 0.1 %,
//! final Ncells within 1 %, all three.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;

struct Row {
    levels_same: bool,
    dv: f64,
    dn: f64,
    error: bool,
}

fn compare(script: &Path) -> Result<(String, Row), String> {
    let run = std::panic::catch_unwind(|| common::run_workload(script)).map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })?;
    let t = &run.trace;
    let gcs = t["gcs"].as_array().cloned().unwrap_or_default();
    let want: String = gcs.iter().map(|g| g["level"].as_u64().unwrap_or(9).to_string()).collect();
    let got: String = run.reported.iter().map(|e| e.level.to_string()).collect();
    // RHEAP_TRACE=1: each collection, R's beside the simulator's, on standard error
    if std::env::var_os("RHEAP_TRACE").is_some() {
        for k in 0..gcs.len().max(run.reported.len()) {
            let r = gcs.get(k).map(|g| format!("{} {} {}", g["level"], g["cons_mb"], g["vec_mb"])).unwrap_or_default();
            let s = run.reported.get(k).map(|e| {
                let mb = rheap_core::report::report_mb;
                format!(
                    "{} {} {} {:?} {:?}",
                    e.level,
                    mb(e.ncells_used, 56),
                    mb(e.vcells_used, 8),
                    e.trigger,
                    e.level_reason
                )
            });
            eprintln!("gc {k}: R {r:<20} sim {}", s.unwrap_or_default());
        }
    }
    let worst_vec = gcs
        .iter()
        .zip(&run.reported)
        .map(|(g, e)| {
            (g["vec_mb"].as_f64().unwrap_or(f64::NAN) - rheap_core::report::report_mb(e.vcells_used, 8)).abs()
        })
        .fold(0.0, f64::max);
    let end = &t["end"];
    let rel = |k: &str, got: f64| {
        let want = end[k].as_f64().unwrap_or(f64::NAN);
        (got - want) / want
    };
    let v = &run.end.values;
    let (dv, dn, dvm, dnm) = (
        rel("vcells_used", v[1]),
        rel("ncells_used", v[0]),
        rel("vcells_max_used", v[11]),
        rel("ncells_max_used", v[10]),
    );
    let abs = |k: &str, got: f64| got - end[k].as_f64().unwrap_or(f64::NAN);
    let diffs = format!(
        "{:+}\t{:+}\t{:+}\t{:+}",
        abs("vcells_used", v[1]),
        abs("ncells_used", v[0]),
        abs("vcells_max_used", v[11]),
        abs("ncells_max_used", v[10])
    );
    let error = run.error.clone().map(|e| e.replace(['\t', '\n'], " "));
    let line = format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{:+.4}\t{:+.4}\t{:+.4}\t{:+.4}\t{}\t{}",
        script.file_stem().unwrap().to_string_lossy(),
        gcs.len(),
        run.reported.len(),
        want == got,
        if want.is_empty() { "-".into() } else { want.clone() },
        if got.is_empty() { "-".into() } else { got.clone() },
        worst_vec,
        100.0 * dv,
        100.0 * dn,
        100.0 * dvm,
        100.0 * dnm,
        error.as_deref().unwrap_or("-"),
        diffs,
    );
    Ok((line, Row { levels_same: want == got, dv, dn, error: error.is_some() }))
}

fn main() {
    let scripts: Vec<String> = std::env::args().skip(1).collect();
    if scripts.is_empty() {
        eprintln!("usage: workload FILE.R ... (each with its recorded FILE.json)");
        std::process::exit(2);
    }
    // quiet the default panic message: a panicking script is reported on its line
    std::panic::set_hook(Box::new(|_| {}));
    println!("program\tr_gcs\tsim_gcs\tlevels_same\tr_levels\tsim_levels\tmax_vec_mb_diff\tvcells_pct\tncells_pct\tvcells_max_pct\tncells_max_pct\terror\tvcells\tncells\tvcells_max\tncells_max");
    let mut rows = Vec::new();
    for s in &scripts {
        let p = Path::new(s);
        if !p.with_extension("json").exists() {
            println!("{}\tno trace (R failed)", p.display());
            continue;
        }
        match compare(p) {
            Ok((line, row)) => {
                println!("{line}");
                rows.push(row);
            }
            Err(msg) => {
                println!("{}\tpanic: {}", p.display(), msg.replace('\n', " "));
                rows.push(Row { levels_same: false, dv: f64::NAN, dn: f64::NAN, error: true });
            }
        }
    }
    let n = rows.len();
    let pct = |k: usize| if n == 0 { 0.0 } else { 100.0 * k as f64 / n as f64 };
    let lv = rows.iter().filter(|r| r.levels_same).count();
    let v = rows.iter().filter(|r| r.dv.abs() <= 0.001).count();
    let nc = rows.iter().filter(|r| r.dn.abs() <= 0.01).count();
    let all = rows.iter().filter(|r| r.levels_same && r.dv.abs() <= 0.001 && r.dn.abs() <= 0.01).count();
    let err = rows.iter().filter(|r| r.error).count();
    println!("# programs {n} (simulator errors {err})");
    println!("# level sequence identical {lv} ({:.1} %)", pct(lv));
    println!("# final Vcells within 0.1 % {v} ({:.1} %)", pct(v));
    println!("# final Ncells within 1 % {nc} ({:.1} %)", pct(nc));
    println!("# all three {all} ({:.1} %)", pct(all));
}

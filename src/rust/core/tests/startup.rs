//! A fresh session is R 4.2.2 as `Rscript --vanilla` starts it; `from = gc()` starts anywhere.

use rheap_core::{GcMatrix, HeapConfig, Session};

fn values(s: &mut Session, reset: bool) -> [f64; 14] {
    s.gc(false, reset, true).0.values
}

/// `Rscript --vanilla -e 'gc()'` on the reference machine (spec §12.1, re-measured):
///          used (Mb) gc trigger (Mb) max used (Mb)
/// Ncells 273455 14.7     660874 35.3   451267 24.2
/// Vcells 458631  3.5    8388608 64.0  1800242 13.8
#[test]
fn first_gc_is_rscripts_first_gc() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let v = values(&mut s, false);
    let (used, trig, max) = ((v[0], v[1]), (v[4], v[5]), (v[10], v[11]));
    assert_eq!(used, (273455.0, 458631.0));
    assert_eq!(trig, (660874.0, 8388608.0));
    assert_eq!(max, (451267.0, 1800242.0));
    assert_eq!(
        [v[2], v[3], v[6], v[7], v[12], v[13]].map(|x| format!("{x:.1}")),
        ["14.7", "3.5", "35.3", "64.0", "24.2", "13.8"]
    );
    assert!(v[8].is_nan() && v[9].is_nan(), "no limit column by default");
    let e = s.events().last().unwrap();
    assert_eq!((e.n, e.level, e.gen_counts), (2, 2, [0, 0, 2]));
}

/// The start state the workload fixtures were recorded from (`start` in every `workloads/*.json`).
#[test]
fn from_gc_matrix_reports_that_matrix_back() {
    let m = GcMatrix {
        values: [
            273658.0,
            458801.0,
            14.7,
            3.6,
            660880.0,
            8388608.0,
            35.3,
            64.0,
            f64::NAN,
            f64::NAN,
            273658.0,
            458801.0,
            14.7,
            3.6,
        ],
    };
    let mut s = Session::from_gc(&m, HeapConfig::default()).unwrap();
    let v = values(&mut s, false);
    // the session holds the start matrix (8 N, 29 V) and nothing else new
    assert_eq!(v[4], 660880.0);
    assert_eq!(v[5], 8388608.0);
    assert!((v[0] - 273658.0).abs() <= 10.0, "used N {}", v[0]);
    assert!((v[1] - 458801.0 - 29.0).abs() <= 2.0, "used V {}", v[1]);
    assert_eq!(s.events().last().unwrap().n, 3);
}

#[test]
fn a_limit_adds_the_limit_column() {
    let cfg = HeapConfig { max_vsize: Some(1 << 30), ..HeapConfig::default() };
    let mut s = Session::new(cfg).unwrap();
    let v = values(&mut s, false);
    assert!(v[8].is_nan());
    assert_eq!(v[9], 1024.0);
}

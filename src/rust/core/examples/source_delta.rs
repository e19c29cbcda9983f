//! What sourcing a file adds to the heap in rheap, from a start state given as gc() numbers:
//! `cargo run --example source_delta -- USED_N USED_V TRIG_N TRIG_V FILE.R`
//! Prints `end used N, end used V, max used N, max used V` after `source(FILE); gc()`.

use rheap_core::{GcMatrix, HeapConfig, Session};

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let n = |i: usize| a[i].parse::<f64>().unwrap();
    let m = GcMatrix { values: [n(1), n(2), 0.0, 0.0, n(3), n(4), 0.0, 0.0, f64::NAN, f64::NAN, n(1), n(2), 0.0, 0.0] };
    let mut s = Session::from_gc(&m, HeapConfig::default()).unwrap();
    let out = s.source(&std::fs::read_to_string(&a[5]).unwrap());
    if let Some(e) = out.error {
        eprintln!("{e}");
    }
    let (end, _) = s.gc(false, false, true);
    println!("{} {} {} {}", end.values[0], end.values[1], end.values[10], end.values[11]);
}

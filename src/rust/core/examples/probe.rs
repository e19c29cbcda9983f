//! Allocation of one statement in a fresh session after a setup: `probe SETUP STATEMENT`.
use rheap_core::{HeapConfig, Session};

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let mut s = Session::new(HeapConfig { vsize: 4 << 30, nsize: 20_000_000, ..HeapConfig::default() }).unwrap();
    let out = s.eval(&a[1], false);
    if let Some(e) = out.error {
        eprintln!("{e}");
    }
    let (n0, v0) = (s.heap().nodes_in_use, s.heap().vcells_in_use());
    let out = s.eval(&a[2], false);
    if let Some(e) = out.error {
        eprintln!("{e}");
    }
    println!("{} N {} V", s.heap().nodes_in_use - n0, s.heap().vcells_in_use() - v0);
}

//! Copy-on-modify against real R: where R duplicates a vector, as `tracemem()` reports it
//! (`tests/fixtures/copies.tsv`, recorded by `tools/calibrate/copies.R`), the simulator records a
//! copy ([`Session::copies`], what `sim_copies()` shows) of a vector of that length, on that line.

mod common;

use common::repo_dir;
use rheap_core::{HeapConfig, Session};

#[test]
fn copies_are_where_tracemem_reports_them() {
    let tsv = std::fs::read_to_string(repo_dir().join("tests/fixtures/copies.tsv")).unwrap();
    let mut n = 0;
    for row in tsv.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        let (name, code) = (f[0], f[1].replace("\\n", "\n"));
        let expected: Vec<usize> = f[2].split(',').map(|c| c.parse().unwrap()).collect();
        let mut s = Session::new(HeapConfig::default()).unwrap();
        let out = s.eval(&code, false);
        assert!(out.error.is_none(), "{name}: {:?}", out.error);
        // the traced vectors are those of at least 1000 elements
        let mut got = vec![0; expected.len()];
        for c in s.copies().iter().filter(|c| c.length >= 1000) {
            got[c.line as usize - 1] += 1;
        }
        assert_eq!(got, expected, "{name}: copies per line");
        n += 1;
    }
    assert!(n >= 6);
}

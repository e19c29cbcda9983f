//! The public corpus (`tests/corpus`: R scripts written by others, recorded in real R 4.2.2 by
//! `tools/corpus/record.R`) as a ratchet: every script `tests/corpus/ratchet.tsv` lists must still
//! run to the end in a fresh simulated session run as `source()` then `gc()`, and where the ratchet
//! says so, end with final Vcells within 1 % and Ncells within 2 % of R's and print R's standard
//! output. `tools/corpus/compare.R` measures the whole corpus and raises the ratchet
//! (`--update-ratchet`); this test keeps what it holds from being lost.

mod common;

use rheap_core::{HeapConfig, Session, Stream};
use serde_json::Value;

/// Final `gc()` "used" tolerances of the corpus comparison (tools/corpus/compare.R).
const TOL_VCELLS: f64 = 0.01;
const TOL_NCELLS: f64 = 0.02;

struct Row {
    script: String,
    within_tolerance: bool,
    stdout_identical: bool,
}

fn ratchet() -> Vec<Row> {
    let path = common::repo_dir().join("tests/corpus/ratchet.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/corpus/ratchet.tsv");
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("column {name}"));
    let (s, r, t, o) = (col("script"), col("ran_to_end"), col("within_tolerance"), col("stdout_identical"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f[r], "1", "{l}: the ratchet lists only scripts that run to the end");
            Row { script: f[s].to_string(), within_tolerance: f[t] == "1", stdout_identical: f[o] == "1" }
        })
        .collect()
}

/// Where a script lost what the ratchet says it had, if it did.
fn check(row: &Row) -> Option<String> {
    let script = common::repo_dir().join("tests/corpus").join(&row.script);
    let code = std::fs::read_to_string(&script).expect("corpus script");
    let rec: Value =
        serde_json::from_str(&std::fs::read_to_string(script.with_extension("json")).expect("recording")).unwrap();
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let out = s.source(&code);
    if let Some(e) = out.error {
        return Some(format!("{}: no longer runs to the end: {e}", row.script));
    }
    let (end, _) = s.gc(false, false, true);
    if row.within_tolerance {
        let dn = end.values[0] / rec["end"]["ncells_used"].as_f64().unwrap() - 1.0;
        let dv = end.values[1] / rec["end"]["vcells_used"].as_f64().unwrap() - 1.0;
        if dn.abs() > TOL_NCELLS || dv.abs() > TOL_VCELLS {
            return Some(format!(
                "{}: final gc() out of tolerance: Ncells {:+.2} %, Vcells {:+.2} %",
                row.script,
                100.0 * dn,
                100.0 * dv
            ));
        }
    }
    if row.stdout_identical {
        let want: Vec<&str> = rec["stdout"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
        let got = out.output.text(Stream::Stdout);
        let got: Vec<&str> = if got.is_empty() { Vec::new() } else { got.trim_end_matches('\n').split('\n').collect() };
        if got != want {
            let i = got.iter().zip(&want).take_while(|(a, b)| a == b).count();
            return Some(format!(
                "{}: standard output differs from R's at line {}: R {:?}, rheap {:?}",
                row.script,
                i + 1,
                want.get(i),
                got.get(i)
            ));
        }
    }
    None
}

#[test]
fn corpus_ratchet_holds() {
    let rows = ratchet();
    assert!(!rows.is_empty());
    let lost: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(row)))
                .unwrap_or_else(|_| Some(format!("{}: the simulator panicked", row.script)))
        })
        .collect();
    assert!(
        lost.is_empty(),
        "{} of the {} corpus scripts in tests/corpus/ratchet.tsv lost what they had:\n{}",
        lost.len(),
        rows.len(),
        lost.join("\n")
    );
}

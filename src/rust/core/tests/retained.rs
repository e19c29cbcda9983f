//! What values retain, against real R: each row of `tests/fixtures/retained.tsv` (recorded by
//! `tools/calibrate/retained.R` from `tests/fixtures/retained-exprs.txt`) is the difference of
//! Ncells and Vcells used around binding an expression's value to a new variable at top level, in a
//! fresh `Rscript --vanilla`. The same script runs in a fresh simulated session. Each row is counted
//! from the first row's (`NULL`: what the protocol itself leaves, which differs between R and the
//! simulator by a few cells of top-level bookkeeping); R's own difference varies by a couple of
//! cells with the parser's state, hence the tolerance.

mod common;

use rheap_core::{HeapConfig, Session, Stream};

/// `script()` of tools/calibrate/retained.R.
fn script(setup: &str, e: &str) -> String {
    [
        setup.to_string(),
        format!(".w <- {{{e}}}"),
        ".r0 <- gc()[, 1L]".into(),
        ".r0 <- gc()[, 1L]".into(),
        format!(".y <- {{{e}}}"),
        ".r1 <- gc()[, 1L]".into(),
        "cat(.r1 - .r0, sep = '\\t'); cat('\\n')".into(),
    ]
    .join("\n")
}

/// Cells of slack: R's own difference for one expression varies by this much between scripts.
const TOL_N: f64 = 3.0;
const TOL_V: f64 = 3.0;

/// The simulator's difference for one row.
fn run(setup: &str, e: &str) -> Option<[f64; 2]> {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let out = s.eval(&script(setup, e), false);
    if out.error.is_some() {
        return None;
    }
    let text: String =
        out.output.chunks.iter().filter(|(s, _)| *s == Stream::Stdout).map(|(_, c)| c.as_str()).collect();
    let got: Vec<f64> = text.trim().split('\t').filter_map(|x| x.parse().ok()).collect();
    (got.len() == 2).then(|| [got[0], got[1]])
}

#[test]
fn retained_values_match_real_r() {
    let path = common::repo_dir().join("tests/fixtures/retained.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/fixtures/retained.tsv");
    let mut problems = Vec::new();
    let mut rows = 0;
    let mut base: Option<([f64; 2], [f64; 2])> = None;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (setup, e) = (f[0], f[1]);
        let want = [f[2].parse::<f64>().unwrap(), f[3].parse::<f64>().unwrap()];
        rows += 1;
        let Some(got) = run(setup, e) else {
            problems.push(format!("{e}: error or no output"));
            continue;
        };
        let (rb, sb) = *base.get_or_insert((want, got));
        let (r, s) = ([want[0] - rb[0], want[1] - rb[1]], [got[0] - sb[0], got[1] - sb[1]]);
        if (r[0] - s[0]).abs() > TOL_N || (r[1] - s[1]).abs() > TOL_V {
            problems.push(format!("{e}: R {} N {} V, rheap {} N {} V", r[0], r[1], s[0], s[1]));
        }
    }
    assert!(rows > 0);
    assert!(problems.is_empty(), "{} of {rows}:\n{}", problems.len(), problems.join("\n"));
}

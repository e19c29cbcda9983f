//! `object.size()` exact against real R 4.2.2 (`tests/fixtures/public/object-size.tsv`, and the
//! repository's own `tests/fixtures/object-size-extra.tsv` when present): every expression is
//! evaluated in a fresh simulated session, as the fixture was measured.

mod common;

use rheap_core::{HeapConfig, Session};

fn rows(path: &std::path::Path) -> Vec<(String, f64)> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let (e, b) = l.rsplit_once('\t')?;
            Some((e.to_string(), b.trim().parse().ok()?))
        })
        .collect()
}

fn check(path: &std::path::Path) -> (usize, usize, Vec<String>) {
    let mut exact = 0;
    let mut total = 0;
    let mut problems = Vec::new();
    for (expr, want) in rows(path) {
        total += 1;
        let mut s = Session::new(HeapConfig::default()).unwrap();
        let got = s.object_size(&expr);
        match got {
            Ok((bytes, _, _)) if bytes == want => exact += 1,
            Ok((bytes, _, _)) => problems.push(format!("{expr}: R {want}, rheap {bytes}")),
            Err(e) => problems.push(format!("{expr}: R {want}, rheap error: {e}")),
        }
    }
    (exact, total, problems)
}

#[test]
fn object_size_matches_real_r() {
    let mut all = Vec::new();
    for path in [
        common::public_fixtures().join("object-size.tsv"),
        common::repo_dir().join("tests").join("fixtures").join("object-size-extra.tsv"),
        common::repo_dir().join("tests").join("fixtures").join("object-size-values.tsv"),
    ] {
        let (exact, total, problems) = check(&path);
        eprintln!("{}: {exact} of {total} exact", path.display());
        for p in &problems {
            eprintln!("  {p}");
        }
        all.extend(problems);
    }
    assert!(all.is_empty(), "{} object.size mismatches", all.len());
}

/// Simulated functions that are closures in R (`tests/fixtures/base-closure-size.tsv`, measured by
/// tools/calibrate/base_closures.R): object.size counts their formals and installed byte code.
#[test]
fn base_closures_have_their_installed_size() {
    let path = common::repo_dir().join("tests").join("fixtures").join("base-closure-size.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let mut exact = 0;
    let mut problems = Vec::new();
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    for row in &rows {
        let [name, package, bytes] = row[..] else { panic!("bad row {row:?}") };
        let want: f64 = bytes.parse().unwrap();
        match s.object_size(&format!("`{name}`")) {
            Ok((got, _, _)) if got == want => exact += 1,
            Ok((got, _, _)) => problems.push(format!("{package}::{name}: R {want}, rheap {got}")),
            Err(e) => problems.push(format!("{package}::{name}: R {want}, rheap error: {e}")),
        }
    }
    eprintln!("{}: {exact} of {} exact", path.display(), rows.len());
    for p in &problems {
        eprintln!("  {p}");
    }
    assert!(problems.is_empty(), "{} of {} closures differ", problems.len(), rows.len());
}

//! The lazy-load model against R 4.2.2 (`data/library-loads.tsv`, measured by
//! `tools/calibrate/library_loads.R`): what loading each closure of base, stats and utils retains
//! is the objects `lang::lazy_load` counts, plus the symbols and strings it brings that the
//! session did not have; the machinery's garbage is the least-squares fit the model's constants
//! hold.

use rheap_core::heap::size_class::{place_vector, vector_vcells};
use rheap_core::heap::SexpType;
use rheap_core::lang::bytecode::namespace_function_size;
use rheap_core::lang::lazy_load::{
    closure_footprint, Footprint, LOAD_EXTRA_NODES, LOAD_GARBAGE_NODES, LOAD_GARBAGE_VCELLS,
};
use rheap_core::lang::library::{Namespace, Pkg};
use rheap_core::lang::symbols::is_startup_symbol;

struct Row {
    measured: [f64; 4],
    model: (u64, u64),
    fp: Footprint,
    fresh_names: usize,
}

fn rows() -> Vec<Row> {
    let text = include_str!("../data/library-loads.tsv");
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let m: Vec<f64> = f[3..7].iter().map(|x| x.parse().unwrap()).collect();
        // forced at start, or forced by the measuring script itself (commandArgs)
        if f[2] == "1" || m[0] <= 1.0 {
            continue;
        }
        let Some(fun) = Namespace::get(Pkg::named(f[0]).unwrap()).closure(f[1]) else { continue };
        if namespace_function_size(&fun).is_none() {
            continue;
        }
        let fp = closure_footprint(&fun);
        let charsxp = |s: &str| place_vector(vector_vcells(SexpType::Char, s.len() as u64)).charge;
        let mut syms: Vec<&str> = fp.symbols.iter().map(|s| &**s).filter(|s| !is_startup_symbol(s)).collect();
        syms.sort_unstable();
        syms.dedup();
        let mut strs: Vec<&str> = fp
            .strings
            .iter()
            .map(|s| &**s)
            .filter(|s| !is_startup_symbol(s) && !s.is_empty() && *s != "expressionsIndex" && !syms.contains(s))
            .collect();
        strs.sort_unstable();
        strs.dedup();
        // a new symbol: its SYMSXP, its symbol-table cell and its name's CHARSXP
        let n = fp.nodes + LOAD_EXTRA_NODES + 3 * syms.len() as u64 + strs.len() as u64;
        let v = fp.vcells + syms.iter().chain(&strs).map(|s| charsxp(s)).sum::<u64>();
        out.push(Row { measured: [m[0], m[1], m[2], m[3]], model: (n, v), fresh_names: syms.len() + strs.len(), fp });
    }
    out
}

/// Least squares of `y` on (1, nodes, Vcells) of the loaded objects.
fn fit(rows: &[Row], y: impl Fn(&Row) -> f64) -> [f64; 3] {
    let mut a = [[0.0f64; 3]; 3];
    let mut b = [0.0f64; 3];
    for r in rows {
        let x = [1.0, r.fp.nodes as f64, r.fp.vcells as f64];
        for i in 0..3 {
            for j in 0..3 {
                a[i][j] += x[i] * x[j];
            }
            b[i] += x[i] * y(r);
        }
    }
    // Gaussian elimination on the 3x3 normal equations
    #[allow(clippy::needless_range_loop)]
    for k in 0..3 {
        for i in k + 1..3 {
            let f = a[i][k] / a[k][k];
            for j in k..3 {
                a[i][j] -= f * a[k][j];
            }
            b[i] -= f * b[k];
        }
    }
    let mut c = [0.0; 3];
    for i in (0..3).rev() {
        c[i] = (b[i] - (i + 1..3).map(|j| a[i][j] * c[j]).sum::<f64>()) / a[i][i];
    }
    c
}

#[test]
fn lazy_loading_matches_r() {
    let rows = rows();
    retained_objects_match_r(&rows);
    garbage_constants_are_the_fit_of_the_data(&rows);
}

fn retained_objects_match_r(rows: &[Row]) {
    assert!(rows.len() > 2000, "{} closures", rows.len());
    let exact = |r: &Row| r.model.0 as f64 == r.measured[0] && r.model.1 as f64 == r.measured[1];
    // where the session's symbol table and string cache cannot differ, the count is exact
    let known: Vec<&Row> = rows.iter().filter(|r| r.fresh_names == 0).collect();
    let known_exact = known.iter().filter(|r| exact(r)).count();
    println!("no new names: {known_exact} of {} exact", known.len());
    assert!(known.len() > 450 && known_exact * 100 >= known.len() * 98);
    // otherwise within 5 % of R's Ncells and Vcells
    let close = |model: u64, r: f64| (model as f64 - r).abs() <= 0.05 * r;
    let within = rows.iter().filter(|r| close(r.model.0, r.measured[0]) && close(r.model.1, r.measured[1])).count();
    println!("all: {within} of {} within 5 %", rows.len());
    assert!(within * 100 >= rows.len() * 94);
}

fn garbage_constants_are_the_fit_of_the_data(rows: &[Row]) {
    for (k, constants) in [(2, LOAD_GARBAGE_NODES), (3, LOAD_GARBAGE_VCELLS)] {
        let c = fit(rows, |r| r.measured[k]);
        for (got, want) in constants.iter().zip(c) {
            assert!((got - want).abs() <= 1e-3 * want.abs().max(1.0), "garbage fit {c:?}, constants {constants:?}");
        }
    }
}

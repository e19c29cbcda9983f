//! Base functions are lazy-loaded: each is a promise of base's database, forced the first time a
//! call needs it, and kept for the session. A function's first call loads its own closure and the
//! base functions it calls, so functions that share helpers load them once between them (`order()`
//! for `data.frame()`, `factor()` and `sort()`; `is.data.frame()` for `rowSums()` and `colSums()`).
//!
//! Measured in real R 4.2.2 by `tools/calibrate/first_use_loads.R`: `data/first-use-loads.tsv`
//! names the base functions each simulated function's first call loads, `data/base-function-costs.tsv`
//! what loading each retains.

use once_cell::sync::Lazy;
use std::collections::HashMap;

struct BaseLoads {
    loads: HashMap<&'static str, Vec<&'static str>>,
    cost: HashMap<&'static str, (u32, u64)>,
}

/// The rows of a data table: its lines but `#` comments and blank ones.
pub(super) fn data_rows(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// A `function<TAB>Ncells<TAB>Vcells` row of `table`.
pub(super) fn cost_row(line: &'static str, table: &str) -> (&'static str, (u32, u64)) {
    let f: Vec<&str> = line.split('\t').collect();
    let n = f[1].parse().unwrap_or_else(|_| panic!("{table}: Ncells of {}", f[0]));
    let v = f[2].parse().unwrap_or_else(|_| panic!("{table}: Vcells of {}", f[0]));
    (f[0], (n, v))
}

static BASE_LOADS: Lazy<BaseLoads> = Lazy::new(|| {
    let loads = data_rows(include_str!("../../data/first-use-loads.tsv"))
        .map(|l| {
            let (name, fs) = l.split_once('\t').unwrap_or((l, ""));
            (name, fs.split(' ').filter(|f| !f.is_empty()).collect())
        })
        .collect();
    let cost = data_rows(include_str!("../../data/base-function-costs.tsv"))
        .map(|l| cost_row(l, "base-function-costs.tsv"))
        .collect();
    BaseLoads { loads, cost }
});

/// The base functions the first call of `name` loads; `None` if not measured (a measured row
/// may be empty: the first call loads nothing R had not loaded already).
pub fn first_call_loads(name: &str) -> Option<&'static [&'static str]> {
    BASE_LOADS.loads.get(name).map(|v| v.as_slice())
}

/// What loading base function `name` retains, as measured for first calls or for the compiler.
pub fn cost(name: &str) -> Option<(u32, u64)> {
    BASE_LOADS.cost.get(name).copied().or_else(|| super::compiler_load::base_function_cost(name))
}

/// Closures of base, stats and utils a fresh `Rscript --vanilla` session has loaded already
/// (start-up forced their promises), from `data/library-loads.tsv` (measured by
/// `tools/calibrate/library_loads.R`).
static FORCED_AT_START: Lazy<std::collections::HashSet<(&'static str, &'static str)>> = Lazy::new(|| {
    data_rows(include_str!("../../data/library-loads.tsv"))
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.get(2) == Some(&"1")).then(|| (f[0], f[1]))
        })
        .collect()
});

/// Whether start-up loaded closure `name` of `pkg`.
pub fn forced_at_start(pkg: super::library::Pkg, name: &str) -> bool {
    FORCED_AT_START.contains(&(pkg.name(), name))
}

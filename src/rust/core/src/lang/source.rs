//! `source()`'s loop over a script's top-level expressions (base/R/source.R): for each,
//! `ei <- exprs[i]`, `yy <- withVisible(eval(ei, envir))` and `mode(ei[[1L]])`, which deparses the
//! function of a call. Two consequences for memory:
//! - garbage per expression, by kind: measured by `tools/calibrate/source_costs.R`
//!   (`data/source-costs.tsv`: what each expression allocates when `source()`d less what it
//!   allocates when `Rscript` runs it);
//! - the list `withVisible` returns holds the value with `SET_VECTOR_ELT`, and reference counts are
//!   not taken back when that list dies: the value of every top-level expression stays referenced
//!   once more for good, so the first later modification of a top-level vector copies it.

use once_cell::sync::Lazy;

use super::ast::{Const, Expr};
use super::base_loads::data_rows;
use super::interp::Interp;
use crate::error::SimResult;
use crate::heap::Val;

/// What `source()`'s loop does with an expression depends on what `mode()` finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprKind {
    Symbol,
    Null,
    Constant,
    Call,
}

impl ExprKind {
    pub fn of(e: &Expr) -> ExprKind {
        match e {
            Expr::Sym(_) => ExprKind::Symbol,
            Expr::Const(Const::Null) => ExprKind::Null,
            Expr::Const(_) => ExprKind::Constant,
            Expr::Call(_) | Expr::Function(_) => ExprKind::Call,
        }
    }

    fn named(name: &str) -> ExprKind {
        match name {
            "symbol" => ExprKind::Symbol,
            "null" => ExprKind::Null,
            "constant" => ExprKind::Constant,
            "call" => ExprKind::Call,
            other => panic!("source-costs.tsv: unknown kind {other}"),
        }
    }
}

/// A measured row: the expression's kind, and its cells and Vcells per expression when sourced
/// and when run by Rscript.
struct Measured {
    kind: ExprKind,
    source: (f64, f64),
    rscript: (f64, f64),
}

fn measured(text: &'static str) -> Vec<Measured> {
    data_rows(text)
        .skip(1) // the header
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let num = |i: usize| f[i].parse::<f64>().unwrap_or_else(|_| panic!("source-costs.tsv: {l}"));
            Measured { kind: ExprKind::named(f[0]), source: (num(2), num(3)), rscript: (num(4), num(5)) }
        })
        .collect()
}

/// `source()`'s own garbage per expression of a kind: the median over the measured expressions of
/// that kind of what sourcing adds to running the expression.
fn overhead(rows: &[Measured], kind: ExprKind) -> (u32, u64) {
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let k = v.len();
        assert!(k > 0, "source-costs.tsv has no expression of a kind");
        if k % 2 == 1 {
            v[k / 2]
        } else {
            (v[k / 2 - 1] + v[k / 2]) / 2.0
        }
    };
    let of_kind: Vec<&Measured> = rows.iter().filter(|m| m.kind == kind).collect();
    let n = median(of_kind.iter().map(|m| m.source.0 - m.rscript.0).collect());
    let v = median(of_kind.iter().map(|m| m.source.1 - m.rscript.1).collect());
    (n.round() as u32, v.round() as u64)
}

static OVERHEAD: Lazy<[(ExprKind, (u32, u64)); 4]> = Lazy::new(|| {
    let rows = measured(include_str!("../../data/source-costs.tsv"));
    [ExprKind::Symbol, ExprKind::Null, ExprKind::Constant, ExprKind::Call].map(|k| (k, overhead(&rows, k)))
});

/// `source()`'s garbage for one top-level expression of this kind.
pub fn expr_overhead(kind: ExprKind) -> (u32, u64) {
    OVERHEAD.iter().find(|(k, _)| *k == kind).map(|(_, c)| *c).expect("every kind is measured")
}

impl Interp {
    /// After `source()` evaluated a top-level expression to `v`: the list `withVisible` made
    /// references the value (for good), and the loop's garbage for the expression.
    pub fn source_after_expr(&mut self, e: &Expr, v: Val) -> SimResult<()> {
        if let Val::Obj(o) = v {
            let r = &mut self.heap.obj_mut(o).refs;
            *r = r.saturating_add(1);
        }
        let (n, vc) = expr_overhead(ExprKind::of(e));
        self.heap.alloc_scratch(n, vc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The measured rows give: symbols and constants cost what `mode()` does on them, calls what
    /// it does plus `deparse()` of their function (R 4.2.2: 179 cells for every measured call).
    #[test]
    fn overheads_come_from_the_measurements() {
        let rows = measured(include_str!("../../data/source-costs.tsv"));
        assert!(rows.iter().filter(|m| m.kind == ExprKind::Call).count() >= 3);
        for m in rows.iter().filter(|m| m.kind == ExprKind::Call) {
            assert_eq!(m.source.0 - m.rscript.0, 179.0, "cells source() adds to a call");
        }
        assert_eq!(expr_overhead(ExprKind::Call).0, 179);
        assert_eq!(expr_overhead(ExprKind::Symbol), (45, 15));
        assert_eq!(expr_overhead(ExprKind::Null), (53, 17));
        assert_eq!(expr_overhead(ExprKind::Constant), (50, 16));
    }
}

//! The memory functions of base R as they behave in the simulated session: `gc()`, `gcinfo()`,
//! `object.size()`, `mem.maxVSize()`, `mem.maxNSize()`.

use std::rc::Rc;

use super::{closure, special, Args, Builtin, Cost};
use crate::heap::{Num, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp, Mode};
use crate::profile::{MEGA, SEXPREC_SIZE, VCELL_SIZE};
use crate::report::gc_matrix;
use crate::session::GcMatrix;

pub(super) const BUILTINS: &[Builtin] = &[
    special("gc", gc),
    closure("gcinfo", &["verbose"], 1, gcinfo),
    closure("object.size", &["x"], 0, object_size).scratch(12, 8),
    closure("mem.maxVSize", &["vsize"], 1, mem_max_vsize),
    closure("mem.maxNSize", &["nsize"], 1, mem_max_nsize),
];

/// What a `gc()` call holds while it collects: its environment, a frame cell and a default-argument
/// promise for each of `verbose`, `reset`, `full`, the internal's argument list, and from the AST
/// interpreter one more cell. These are in "used"; everything else it makes comes after.
pub const GC_CALL_LIVE_NODES: u32 = 1 + 3 + 3 + 3 + 1;
/// The result `.Internal(gc())` allocates before reading the vector counts: REALSXP(14).
pub const GC_RESULT_VCELLS: u64 = 16;

/// First-call lazy loading of `gc()` and what it calls (`getOption()`): the first statement
/// `.Internal(gc(FALSE, FALSE, TRUE))` of `Rscript --vanilla` finds 273354 N / 458402 V live (less
/// its own 3 argument cells and 16-Vcell result), the first statement `gc()` 273455 N / 458631 V.
pub const GC_FIRST_USE: Cost = Cost { nodes: 90, vcells: 213 };

pub const GC_ROW_NAMES: [&str; 2] = ["Ncells", "Vcells"];
pub const GC_COL_NAMES: [&str; 7] = ["used", "(Mb)", "gc trigger", "(Mb)", "limit (Mb)", "max used", "(Mb)"];

fn logical_arg(it: &Interp, v: Val) -> Option<bool> {
    if it.type_of(v) == SexpType::Str {
        let s = it.str_values(v)?.first().cloned().flatten()?;
        return match &*s {
            "TRUE" | "true" | "T" | "True" => Some(true),
            "FALSE" | "false" | "F" | "False" => Some(false),
            _ => None,
        };
    }
    if !matches!(it.type_of(v), SexpType::Lgl | SexpType::Int | SexpType::Real) || it.length(v) == 0 {
        return None;
    }
    it.num_elt(v, 0).and_then(|x| if x.is_nan() { None } else { Some(x != 0.0) })
}

/// `gc(verbose, reset, full)`: collect, then build the matrix R returns.
fn gc(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let mut verbose = None;
    let mut reset = None;
    let mut full = None;
    let formals = ["verbose", "reset", "full"];
    let mut pos = 0;
    for a in &ctx.call.args {
        let slot = match &a.name {
            Some(n) => formals.iter().position(|f| f.starts_with(&**n)),
            None => {
                while pos < 3 && [verbose.is_some(), reset.is_some(), full.is_some()][pos] {
                    pos += 1;
                }
                (pos < 3).then_some(pos)
            }
        };
        let Some(slot) = slot else {
            return Err(ctx.error("unused argument"));
        };
        let Some(e) = &a.value else { continue };
        let v = it.eval(e, ctx.env, ctx.mode)?;
        let b = logical_arg(it, v);
        match slot {
            0 => verbose = Some(b),
            1 => reset = Some(b),
            _ => full = Some(b),
        }
    }
    // `.Internal(gc())` tests asLogical() values in C: NA counts as TRUE
    let verbose = verbose.is_some_and(|b| b.unwrap_or(true));
    let reset = reset.is_some_and(|b| b.unwrap_or(true));
    let full = full.is_none_or(|b| b.unwrap_or(true));
    let (_, v) = gc_call(it, verbose, reset, full, ctx.mode)?;
    Ok(v)
}

/// The whole of a `gc()` call; returns the 14 numbers and the matrix value.
pub fn gc_call(it: &mut Interp, verbose: bool, reset: bool, full: bool, mode: Mode) -> EvalResult<(GcMatrix, Val)> {
    if !it.used_builtins.contains("gc") {
        it.used_builtins.insert("gc");
        it.retain_static(GC_FIRST_USE.nodes, GC_FIRST_USE.vcells)?;
    }
    let live = GC_CALL_LIVE_NODES - if mode == Mode::Compiled { 1 } else { 0 };
    // the frame is held (protected) while it collects
    it.heap.alloc_cells(live, Vec::new())?;
    it.heap.gc_explicit(verbose, full);
    let used_n = it.heap.nodes_in_use;
    let result = it.new_num(SexpType::Real, 14, Num::Unknown)?;
    if reset {
        it.heap.n_maxused = used_n;
        it.heap.v_maxused = it.heap.vcells_in_use();
    }
    let m = gc_matrix(&it.heap, used_n);
    let _ = result;
    let v = gc_matrix_value(it, &m)?;
    it.visible = true;
    Ok((m, v))
}

/// The R matrix `gc()` returns: 2 × 7, or 2 × 6 without the limit column when both limits are NA.
pub fn gc_matrix_value(it: &mut Interp, m: &GcMatrix) -> EvalResult<Val> {
    let with_limit = !(m.values[8].is_nan() && m.values[9].is_nan());
    let cols: Vec<usize> = (0..7).filter(|&c| with_limit || c != 4).collect();
    let mut vals = Vec::with_capacity(cols.len() * 2);
    for &c in &cols {
        vals.push(m.values[2 * c]);
        vals.push(m.values[2 * c + 1]);
    }
    // A copy of the 14 numbers reshaped, then (without limits) the 12 kept; the 7-column
    // intermediate, `res[, 5L]` and `is.na()` are garbage.
    it.heap.alloc_scratch(8, 16 + 2 + 1 + 1 + 8 + 2)?;
    let id = it.new_num(SexpType::Real, vals.len() as u64, Num::Values(Rc::new(vals)))?;
    super::vectors::attach_dim(it, id, &[2, cols.len() as u64])?;
    let rows = it.mk_strings(&GC_ROW_NAMES.map(Some))?;
    let colnames: Vec<Option<&str>> = cols.iter().map(|&c| Some(GC_COL_NAMES[c])).collect();
    let colnames = it.mk_strings(&colnames)?;
    let dimnames = it.new_list(vec![rows, colnames])?;
    it.heap.set_attr(id, "dimnames", dimnames)?;
    Ok(Val::Obj(id))
}

/// `gcinfo(verbose)`: set the flag (NA leaves it), return the old one visibly.
fn gcinfo(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let v = a.need(ctx, "verbose")?;
    let old = it.heap.gc_reporting;
    if let Some(b) = logical_arg(it, v) {
        it.heap.gc_reporting = b;
    }
    Ok(it.scalar_logical(Some(old)))
}

/// `object.size(x)`: utils' algorithm; the result has class `object_size`.
fn object_size(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    // checking a character vector for duplicated strings takes a logical vector and a hash table
    // (`csduplicated`): 2^k integer slots for the smallest 2^k >= 2n
    if it.type_of(x) == SexpType::Str {
        let n = it.length(x);
        if n > 1 {
            let slots = (2 * n).next_power_of_two();
            it.heap.alloc_scratch(
                2,
                crate::heap::size_class::vector_vcells(SexpType::Lgl, n)
                    + crate::heap::size_class::vector_vcells(SexpType::Int, slots),
            )?;
        }
    }
    let bytes = crate::object_size::object_size(it, x)?;
    object_size_value(it, bytes)
}

pub fn object_size_value(it: &mut Interp, bytes: f64) -> EvalResult<Val> {
    let id = it.new_num(SexpType::Real, 1, Num::Fill(bytes))?;
    let class = it.mk_strings(&[Some("object_size")])?;
    it.heap.set_attr(id, "class", class)?;
    Ok(Val::Obj(id))
}

/// `mem.maxVSize(vsize = 0)`: in MB; a finite positive value at least the current trigger sets the
/// limit, `Inf` removes it, anything else only queries.
fn mem_max_vsize(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let req = a.get("vsize").and_then(|v| it.num_elt(v, 0)).unwrap_or(0.0);
    let s = &mut it.heap.sizes;
    if req == f64::INFINITY {
        s.max_v_size = u64::MAX;
    } else if req > 0.0 {
        let bytes = req * MEGA;
        if bytes / VCELL_SIZE as f64 >= s.v_size as f64 {
            s.max_v_size = ((bytes + 1.0) / VCELL_SIZE as f64) as u64;
        }
    }
    let out = if s.max_v_size == u64::MAX { f64::INFINITY } else { s.max_v_size as f64 * VCELL_SIZE as f64 / MEGA };
    Ok(Val::Obj(it.new_num(SexpType::Real, 1, Num::Fill(out))?))
}

/// `mem.maxNSize(nsize = 0)`: in cells.
fn mem_max_nsize(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let req = a.get("nsize").and_then(|v| it.num_elt(v, 0)).unwrap_or(0.0);
    let s = &mut it.heap.sizes;
    if req == f64::INFINITY {
        s.max_n_size = u64::MAX;
    } else if req > 0.0 && req >= s.n_size as f64 {
        s.max_n_size = req as u64;
    }
    let out = if s.max_n_size == u64::MAX { f64::INFINITY } else { s.max_n_size as f64 };
    let _ = SEXPREC_SIZE;
    Ok(Val::Obj(it.new_num(SexpType::Real, 1, Num::Fill(out))?))
}

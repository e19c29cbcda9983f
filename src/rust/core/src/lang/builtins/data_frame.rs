//! Data frames: the methods base R dispatches to for `dim()`, `x[i, j]` and `print()`
//! of a data frame (a list of equal-length columns with `names`, `class` and `row.names`).
//!
//! These methods are R closures that allocate far more than their result; what they keep the
//! first time (lazy loading) and allocate per call was measured in real R 4.2.2
//! (`tools/calibrate/data_frame_costs.R`, `tests/fixtures/data-frame-costs.tsv`) and is charged so
//! that the total allocation of a call matches.

use std::rc::Rc;

use super::{cost, Cost};
use crate::heap::{Num, ObjId, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp, MAX_CONCRETE};

/// First call of each method: what it keeps (Ncells, Vcells).
const DIM_FIRST: Cost = cost(20, 69);
const SUBSET_FIRST: Cost = cost(1289, 3270);
const SUBSET_ROWS_FIRST: Cost = cost(203, 459);
const PRINT_FIRST: Cost = cost(5563, 13033);
/// Everything a call allocates, its result included.
const DIM_CALL: Cost = cost(35, 5);
const SUBSET_ELEMENT_CALL: Cost = cost(125, 25);
const SUBSET_COLUMN_CALL: Cost = cost(88, 16);
const SUBSET_ROWS_OF_COLUMN_CALL: Cost = cost(131, 28);
/// Rows of k columns as a data frame: 113 + 82 k N and 26 + 15 k V, 60 N / 17 V more with two
/// columns or more, and a factor column 78 N / 2 V more for its `[.factor` call (1 to 4 columns
/// measured).
const SUBSET_ROWS_BASE: Cost = cost(113, 26);
const SUBSET_ROWS_PER_COLUMN: Cost = cost(82, 15);
const SUBSET_ROWS_SEVERAL: Cost = cost(60, 17);
const SUBSET_ROWS_PER_FACTOR: Cost = cost(78, 2);
const PRINT_CALL: Cost = cost(2653, 857);

pub fn is_data_frame(it: &Interp, x: Val) -> bool {
    super::objects::inherits_class(it, x, "data.frame")
}

/// Number of rows: the length of the row names (compact ones are `c(NA, -n)`).
pub fn nrow(it: &Interp, x: Val) -> u64 {
    let Val::Obj(o) = x else { return 0 };
    let Some(rn) = it.heap.attr(o, "row.names") else { return 0 };
    let rn = Val::Obj(rn);
    match (it.type_of(rn), it.num_values(rn)) {
        (SexpType::Int, Some(v)) if v.len() == 2 && v[0].is_nan() => v[1].abs() as u64,
        _ => it.length(rn),
    }
}

/// Lazy-load a method the first time, then charge the rest of a call's measured allocation.
fn charge(it: &mut Interp, key: &'static str, first: Cost, call: Cost, own: (u64, u64)) -> EvalResult<()> {
    it.lazy_load_once(key, first.nodes, first.vcells)?;
    it.heap.alloc_scratch((call.nodes as u64).saturating_sub(own.0) as u32, call.vcells.saturating_sub(own.1))?;
    Ok(())
}

fn usage(it: &Interp) -> (u64, u64) {
    (it.heap.nodes_in_use, it.heap.vcells_in_use())
}

fn since(it: &Interp, before: (u64, u64)) -> (u64, u64) {
    let now = usage(it);
    (now.0.saturating_sub(before.0), now.1.saturating_sub(before.1))
}

/// `dim(x)` of a data frame (`dim.data.frame`): `c(nrow, ncol)`.
pub fn dim(it: &mut Interp, x: Val) -> EvalResult<Val> {
    let before = usage(it);
    let d = it.new_num(SexpType::Int, 2, Num::Values(Rc::new(vec![nrow(it, x) as f64, it.length(x) as f64])))?;
    it.heap.protect(Val::Obj(d));
    let own = since(it, before);
    charge(it, "dim.data.frame", DIM_FIRST, DIM_CALL, own)?;
    Ok(Val::Obj(d))
}

/// The columns an index selects (0-based), by name or position; `None` when not known.
fn pick_columns(it: &Interp, ctx: &CallCtx, names: &[Option<Rc<str>>], j: Val) -> EvalResult<Option<Vec<usize>>> {
    match it.type_of(j) {
        SexpType::Str => {
            let Some(keys) = it.str_values(j) else { return Ok(None) };
            keys.iter()
                .map(|k| {
                    names
                        .iter()
                        .position(|n| n.is_some() && n == k)
                        .ok_or_else(|| ctx.error("undefined columns selected"))
                })
                .collect::<EvalResult<Vec<usize>>>()
                .map(Some)
        }
        SexpType::Int | SexpType::Real => {
            let Some(v) = it.num_values(j) else { return Ok(None) };
            if v.iter().any(|&x| x < 0.0) {
                let drop: Vec<usize> = v.iter().map(|&x| (-x) as usize - 1).collect();
                return Ok(Some((0..names.len()).filter(|k| !drop.contains(k)).collect()));
            }
            v.iter()
                .filter(|&&x| x != 0.0)
                .map(|&x| {
                    let k = x as usize;
                    if k == 0 || k > names.len() || x.is_nan() {
                        Err(ctx.error("undefined columns selected"))
                    } else {
                        Ok(k - 1)
                    }
                })
                .collect::<EvalResult<Vec<usize>>>()
                .map(Some)
        }
        SexpType::Lgl => {
            let Some(v) = it.num_values(j) else { return Ok(None) };
            if v.is_empty() {
                return Ok(Some(Vec::new()));
            }
            Ok(Some((0..names.len()).filter(|&k| v[k % v.len()] != 0.0).collect()))
        }
        _ => Err(ctx.error("undefined columns selected")),
    }
}

/// `x[i, j]` / `x[i, j, drop]` of a data frame (`[.data.frame`): a single column comes back as a
/// vector (with `drop`, the default then), otherwise a data frame of the selected columns, each
/// cut to the selected rows, with those rows' numbers as row names.
pub fn subset(
    it: &mut Interp,
    ctx: &CallCtx,
    x: Val,
    i: Option<Val>,
    j: Option<Val>,
    drop: Option<bool>,
) -> EvalResult<Val> {
    let before = usage(it);
    let names = it.names(x).unwrap_or_default();
    let cols = it.list_elems(x).unwrap_or_default();
    let picked = match j {
        Some(j) => pick_columns(it, ctx, &names, j)?
            .ok_or_else(|| ctx.error("rheap needs to know which columns a data frame index selects"))?,
        None => (0..cols.len()).collect(),
    };
    let n = nrow(it, x);
    // the rows as a 1-based index vector (none: all rows)
    let row_index = i;
    let mut out_cols = Vec::new();
    for &k in &picked {
        let col = Val::Obj(cols[k]);
        let v = match row_index {
            Some(ri) => super::subset::index1(it, ctx, col, &[ArgVal { name: None, value: ri }], None)?,
            None => col,
        };
        it.heap.protect(v);
        out_cols.push(v);
    }
    // `drop = if (missing(i)) TRUE else length(cols) == 1`: one column is a vector by default
    let single = picked.len() == 1 && drop.unwrap_or(true);
    let (key_first, call) = match (row_index.is_some(), single) {
        (true, true) if it.length(out_cols[0]) == 1 => (None, SUBSET_ELEMENT_CALL),
        (true, true) => (None, SUBSET_ROWS_OF_COLUMN_CALL),
        (false, true) => (None, SUBSET_COLUMN_CALL),
        _ => {
            let k = picked.len() as u32;
            let factors = picked.iter().filter(|&&c| it.heap.attr(cols[c], "levels").is_some()).count() as u32;
            let several = if k >= 2 { SUBSET_ROWS_SEVERAL } else { cost(0, 0) };
            let (b, c, s, f) = (SUBSET_ROWS_BASE, SUBSET_ROWS_PER_COLUMN, several, SUBSET_ROWS_PER_FACTOR);
            let total = cost(
                b.nodes + c.nodes * k + s.nodes + f.nodes * factors,
                b.vcells + c.vcells * k as u64 + s.vcells + f.vcells * factors as u64,
            );
            (Some(SUBSET_ROWS_FIRST), total)
        }
    };
    if single {
        let v = out_cols[0];
        let own = since(it, before);
        charge(it, "[.data.frame", SUBSET_FIRST, call, own)?;
        if let Some(f) = key_first {
            charge(it, "[.data.frame rows", f, cost(0, 0), (0, 0))?;
        }
        return Ok(v);
    }
    let mut elems = Vec::with_capacity(out_cols.len());
    for v in out_cols {
        elems.push(it.boxed(v)?);
    }
    let id = it.new_list(elems)?;
    it.heap.protect(Val::Obj(id));
    // all the columns (no `j`): the data frame's own names vector, shared
    let own_names = match (j, x) {
        (None, Val::Obj(o)) => it.heap.attr(o, "names"),
        _ => None,
    };
    let nm = match own_names {
        Some(nm) => nm,
        None => {
            let refs: Vec<Option<&str>> = picked.iter().map(|&k| names[k].as_deref()).collect();
            it.mk_strings(&refs)?
        }
    };
    it.heap.set_attr(id, "names", nm)?;
    // row names: the selected rows' numbers, kept compact (`c(NA, k)`) when they are 1..k
    let rows: Vec<f64> = match row_index {
        None => vec![crate::heap::na_real(), -(n as f64)],
        Some(ri) => {
            let all = it.new_num(SexpType::Int, n, Num::Seq { from: 1.0, by: 1.0 })?;
            it.heap.protect(Val::Obj(all));
            let sel = super::subset::index1(it, ctx, Val::Obj(all), &[ArgVal { name: None, value: ri }], None)?;
            let v = it
                .num_values(sel)
                .ok_or_else(|| ctx.error("rheap needs to know which rows a data frame index selects"))?;
            if v.iter().enumerate().all(|(k, &r)| r == (k + 1) as f64) {
                vec![crate::heap::na_real(), v.len() as f64]
            } else {
                v
            }
        }
    };
    // character row names (`attr(x, "row.names")[i]`) are kept, cut to the selected rows
    let char_rows = match x {
        Val::Obj(o) => it.heap.attr(o, "row.names").filter(|&r| it.type_of(Val::Obj(r)) == SexpType::Str),
        _ => None,
    };
    let rn = match (char_rows, row_index) {
        (Some(r), None) => r,
        (Some(r), Some(ri)) => {
            let v = super::subset::index1(it, ctx, Val::Obj(r), &[ArgVal { name: None, value: ri }], None)?;
            it.boxed(v)?
        }
        _ => it.new_num(SexpType::Int, rows.len() as u64, Num::Values(Rc::new(rows)))?,
    };
    it.heap.set_attr(id, "row.names", rn)?;
    // the class vector is the data frame's own (`class(x) <- oldClass(x)`)
    let class = match x {
        Val::Obj(o) => it.heap.attr(o, "class"),
        _ => None,
    };
    if let Some(class) = class {
        it.heap.set_attr(id, "class", class)?;
    }
    let own = since(it, before);
    charge(it, "[.data.frame", SUBSET_FIRST, call, own)?;
    if let Some(f) = key_first {
        charge(it, "[.data.frame rows", f, cost(0, 0), (0, 0))?;
    }
    Ok(Val::Obj(id))
}

/// `print(x)` of a data frame (`print.data.frame`): the columns formatted, row names at the left,
/// everything right-aligned, no quotes.
pub fn print(it: &mut Interp, x: Val) -> EvalResult<String> {
    charge(it, "print.data.frame", PRINT_FIRST, PRINT_CALL, (0, 0))?;
    let names = it.names(x).unwrap_or_default();
    let cols = it.list_elems(x).unwrap_or_default();
    let n = nrow(it, x) as usize;
    if cols.is_empty() {
        return Ok(format!("data frame with 0 columns and {n} rows\n"));
    }
    if n == 0 {
        let nm: Vec<String> = names.iter().map(|s| s.as_deref().unwrap_or("NA").to_string()).collect();
        return Ok(format!("[1] {}\n<0 rows> (or 0-length row.names)\n", nm.join(" ")));
    }
    // `print.data.frame`: at most `max.print %/% length(x)` rows, then how many were left out
    let shown = n.min(crate::lang::print::PRINT_MAX / cols.len());
    let unknown = || format!("<data frame of {n} rows: values not simulated>\n");
    if n as u64 > MAX_CONCRETE {
        return Ok(unknown());
    }
    let row_names: Vec<String> = match row_names_strings(it, x, n) {
        Some(r) => r.into_iter().take(shown).collect(),
        None => return Ok(unknown()),
    };
    let mut columns: Vec<Vec<String>> = vec![row_names];
    let mut headers = vec![String::new()];
    for (k, &c) in cols.iter().enumerate() {
        let Some(mut items) = crate::lang::print::column_strings(it, Val::Obj(c)) else {
            return Ok(unknown());
        };
        items.truncate(shown);
        headers.push(names.get(k).cloned().flatten().map_or("NA".to_string(), |s| s.to_string()));
        columns.push(items);
    }
    let widths: Vec<usize> = columns
        .iter()
        .zip(&headers)
        .map(|(c, h)| c.iter().map(|s| s.chars().count()).max().unwrap_or(0).max(h.chars().count()))
        .collect();
    let mut out = String::new();
    for (k, h) in headers.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(&format!("{:>w$}", h, w = widths[k]));
    }
    out.push('\n');
    for r in 0..shown {
        for (k, c) in columns.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let s = c.get(r).map_or("", |s| s.as_str());
            if k == 0 {
                out.push_str(&format!("{:<w$}", s, w = widths[0]));
            } else {
                out.push_str(&format!("{:>w$}", s, w = widths[k]));
            }
        }
        out.push('\n');
    }
    if shown < n {
        out.push_str(&format!(" [ reached 'max' / getOption(\"max.print\") -- omitted {} rows ]\n", n - shown));
    }
    Ok(out)
}

fn row_names_strings(it: &Interp, x: Val, n: usize) -> Option<Vec<String>> {
    let Val::Obj(o) = x else { return None };
    let rn = Val::Obj(it.heap.attr(o, "row.names")?);
    match it.type_of(rn) {
        SexpType::Int => {
            let v = it.num_values(rn)?;
            if v.len() == 2 && v[0].is_nan() {
                Some((1..=n).map(|k| k.to_string()).collect())
            } else {
                Some(v.iter().map(|x| format!("{}", *x as i64)).collect())
            }
        }
        SexpType::Str => {
            Some(it.str_values(rn)?.into_iter().map(|s| s.map_or("<NA>".into(), |s| s.to_string())).collect())
        }
        _ => None,
    }
}

/// Internals behind base's data frame closures.
pub(super) const INTERNALS: &[super::Builtin] = &[
    super::internal::internal("shortRowNames", &["x", "type"], short_row_names),
    super::internal::internal("copyDFattr", &["xx", "x"], copy_df_attr),
];

/// `.Internal(copyDFattr(xx, x))` (attrib.c `do_copyDFattr`): `x` itself gets a shallow copy of
/// `xx`'s attribute list (`SHALLOW_DUPLICATE_ATTRIB`: a new cell per attribute, the values
/// shared), in place; its old attribute cells become garbage.
fn copy_df_attr(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    use super::internal::positional;
    let (Some(from), Some(to)) = (positional(a, 0), positional(a, 1)) else {
        return Err(ctx.error("2 arguments passed to .Internal(copyDFattr) which requires 2"));
    };
    let to_id = it.boxed(to)?;
    if to_id == crate::heap::NIL {
        return Ok(to);
    }
    let attrs = match from {
        Val::Obj(f) => it.heap.obj(f).attrs.as_deref().cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    let old = it.heap.obj(to_id).attrs.as_ref().map_or(0, |a| a.len()) as u32;
    it.heap.obj_mut(to_id).attrs = None;
    it.heap.shed_nodes(to_id, old);
    for (name, v) in attrs {
        it.heap.set_attr(to_id, &name, v)?;
    }
    Ok(Val::Obj(to_id))
}

/// `.Internal(shortRowNames(x, type))` (attrib.c `do_shortRowNames`): type 0 the `row.names`
/// attribute as stored (compact `c(NA, n)` included, nothing allocated); 1 the number of rows,
/// negative for automatic row names, 2 its absolute value (a new integer scalar).
fn short_row_names(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    use super::internal::positional;
    let x = positional(a, 0).unwrap_or(Val::Obj(crate::heap::NIL));
    let s = match x {
        Val::Obj(o) => it.heap.attr(o, "row.names").unwrap_or(crate::heap::NIL),
        _ => crate::heap::NIL,
    };
    let ty = positional(a, 1).and_then(|v| it.num_elt(v, 0)).filter(|t| !t.is_nan()).unwrap_or(-1.0);
    if !(0.0..=2.0).contains(&ty) {
        return Err(ctx.error("invalid 'type' argument"));
    }
    if ty == 0.0 {
        return Ok(Val::Obj(s));
    }
    let sv = Val::Obj(s);
    let compact = it.type_of(sv) == SexpType::Int && it.length(sv) == 2 && it.num_elt(sv, 0).is_some_and(f64::is_nan);
    let n = if compact { it.num_elt(sv, 1).unwrap_or(f64::NAN) } else { it.length(sv) as f64 };
    let n = if ty == 2.0 { n.abs() } else { n };
    Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(n))?))
}

/// `rbind()` of data frames (`rbind.data.frame`, dataframe.R), when every argument is a data
/// frame of the same columns, none a factor or a matrix: `value <- unclass(<first argument>)`,
/// then for each argument `i` and column `j`, `value[[j]][ri] <- xi[[j]]` with `ri` its rows
/// (`seq.int(from = nrow + 1L, length.out = ni)`). The first assignment duplicates the column
/// `value` shares with the first argument (`SubassignN` on a shared vector; a compact sequence
/// by `compact_intseq_Duplicate`), each later one assigns past its end (`EnlargeVector`: a new,
/// growable vector `R_EXPAND_FRAC` longer, the old one garbage). The result keeps the first
/// argument's names and class and gets `.set_row_names(nrow)`. `None`: not such arguments.
pub fn rbind(it: &mut Interp, args: &[Val]) -> EvalResult<Option<Val>> {
    let frames: Vec<Val> = args.iter().copied().filter(|&v| it.type_of(v) != SexpType::Nil).collect();
    let Some(&first) = frames.first() else { return Ok(None) };
    let Val::Obj(f) = first else { return Ok(None) };
    let mut columns: Vec<Vec<ObjId>> = Vec::new();
    for &x in &frames {
        if !is_data_frame(it, x) {
            return Ok(None);
        }
        let Some(cols) = it.list_elems(x) else { return Ok(None) };
        let plain = cols.iter().all(|&c| {
            let o = it.heap.obj(c);
            o.sexp.is_vector() && o.sexp != SexpType::Vec && o.attrs.is_none()
        });
        if !plain || columns.first().is_some_and(|c0| c0.len() != cols.len()) {
            return Ok(None);
        }
        columns.push(cols);
    }
    if let Some(loads) = crate::lang::base_loads::first_call_loads("rbind.data.frame") {
        super::load_base_functions(it, loads)?;
    }
    let ncol = columns[0].len();
    let mut value: Vec<ObjId> = columns[0].clone();
    for &c in &value {
        it.heap.protect(Val::Obj(c));
    }
    let mut nrow = 0u64;
    for (i, cols) in columns.iter().enumerate() {
        let ni = nrow_of(it, frames[i], cols);
        for j in 0..ncol {
            value[j] = if i == 0 {
                it.duplicate(value[j])?
            } else {
                let t = super::vectors::rank_type(
                    super::vectors::type_rank(it.heap.obj(value[j]).sexp)
                        .max(super::vectors::type_rank(it.heap.obj(cols[j]).sexp)),
                );
                if t != it.heap.obj(value[j]).sexp {
                    return Ok(None);
                }
                super::subset::enlarge(it, value[j], nrow + ni)?
            };
            it.heap.protect(Val::Obj(value[j]));
        }
        nrow += ni;
    }
    // the values, as far as known: every part's, when all are and few
    for j in 0..ncol {
        let parts: Vec<Val> = columns.iter().map(|c| Val::Obj(c[j])).collect();
        match bound_body(it, &parts, nrow) {
            crate::heap::Body::Elems(e) => it.heap.set_elems(value[j], e),
            body => it.heap.obj_mut(value[j]).body = body,
        }
    }
    let names = it.heap.attr(f, "names");
    let class = it.heap.attr(f, "class");
    let id = it.new_list(value)?;
    it.heap.protect(Val::Obj(id));
    if let Some(nm) = names {
        it.heap.set_attr(id, "names", nm)?;
    }
    if let Some(cl) = class {
        it.heap.set_attr(id, "class", cl)?;
    }
    let rn = it.new_num(SexpType::Int, 2, Num::Values(Rc::new(vec![crate::heap::na_real(), -(nrow as f64)])))?;
    it.heap.set_attr(id, "row.names", rn)?;
    Ok(Some(Val::Obj(id)))
}

/// A data frame's number of rows: its row names' count, else its first column's length.
fn nrow_of(it: &Interp, x: Val, cols: &[ObjId]) -> u64 {
    let n = nrow(it, x);
    if n > 0 {
        return n;
    }
    cols.first().map_or(0, |&c| it.heap.obj(c).length)
}

/// The elements of `parts` one after the other, when every part's are known and the whole is
/// short; else unknown.
fn bound_body(it: &Interp, parts: &[Val], n: u64) -> crate::heap::Body {
    use crate::heap::{Body, Elems};
    let t = it.type_of(parts[0]);
    if n <= crate::lang::interp::MAX_CONCRETE {
        if t == SexpType::Str {
            let mut ids = Vec::with_capacity(n as usize);
            for &p in parts {
                match it.str_ids(p) {
                    Some(v) => ids.extend(v),
                    None => return Body::Elems(Elems::Unknown),
                }
            }
            return Body::Elems(Elems::Values(ids));
        }
        let mut vals = Vec::with_capacity(n as usize);
        for &p in parts {
            match it.num_values(p) {
                Some(v) => vals.extend(v),
                None => return Body::Num(Num::Unknown),
            }
        }
        return Body::Num(Num::Values(Rc::new(vals)));
    }
    if t == SexpType::Str {
        Body::Elems(Elems::Unknown)
    } else {
        Body::Num(Num::Unknown)
    }
}

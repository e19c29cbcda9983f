//! Native routines of stats that scripts reach through R's own closures, each after its C code
//! (`src/library/stats/src/*.c`), allocating what that code allocates: `complete.cases()`
//! (`C_compcases`).

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Num, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[native("stats", "C_compcases", compcases)];

/// Whether `v` is an atomic vector or a list (`isVector`).
fn is_vector(t: SexpType) -> bool {
    matches!(
        t,
        SexpType::Lgl
            | SexpType::Int
            | SexpType::Real
            | SexpType::Cplx
            | SexpType::Str
            | SexpType::Raw
            | SexpType::Vec
            | SexpType::Expr
    )
}

/// Which of `n` cases `u` leaves complete (`None`: values unknown), by `i % n` as the C loops.
fn mark_missing(it: &Interp, u: Val, keep: &mut Option<Vec<bool>>) -> Result<(), SexpType> {
    let t = it.type_of(u);
    let nas: Option<Vec<bool>> = match t {
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx => {
            it.num_values(u).map(|v| v.iter().map(|x| x.is_nan()).collect())
        }
        SexpType::Str => it.str_values(u).map(|v| v.iter().map(|s| s.is_none()).collect()),
        _ if it.length(u) == 0 => Some(Vec::new()),
        _ => return Err(t),
    };
    match (nas, keep.as_mut()) {
        (Some(nas), Some(k)) => {
            let n = k.len();
            for (i, na) in nas.into_iter().enumerate() {
                if na {
                    k[i % n] = false;
                }
            }
        }
        (None, _) => *keep = None,
        _ => {}
    }
    Ok(())
}

/// `compcases(args)` (complete_cases.c, `.External(C_compcases, ...)`): the number of cases
/// from the first matrix (rows), vector or data frame column, checked against the others; then one
/// `allocVector(LGLSXP, len)`, TRUE where no argument has an NA in that case. Nothing else is
/// allocated.
fn compcases(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let mut len: Option<u64> = None;
    let bad = |it: &Interp| native_error(it, ctx, "not all arguments have the same length");
    let type_error = |it: &Interp, t: &str| native_error(it, ctx, format!("invalid 'type' ({t}) of argument"));
    // the parts each argument contributes: its columns for a list, itself otherwise
    let mut parts: Vec<Val> = Vec::new();
    for arg in a {
        let s = arg.value;
        let cases = |it: &Interp, u: Val| -> Option<u64> {
            match super::vectors::dims_of(it, u) {
                Some(d) if d.len() == 2 => Some(d[0]),
                _ => None,
            }
        };
        let t = it.type_of(s);
        if t == SexpType::Vec {
            let cols = it.list_elems(s).ok_or_else(|| native_error(it, ctx, "rheap does not know the columns"))?;
            if cols.is_empty() {
                // a 0-column data frame: its row names give the cases
                if let Val::Obj(o) = s {
                    if let Some(rn) = it.heap.attr(o, "row.names") {
                        let n = it.length(Val::Obj(rn));
                        match len {
                            None => len = Some(n),
                            Some(l) if l != it.num_elt(Val::Obj(rn), 0).unwrap_or(f64::NAN) as u64 => {
                                return Err(bad(it))
                            }
                            _ => {}
                        }
                    }
                }
            }
            for c in cols {
                let u = Val::Obj(c);
                let n = match cases(it, u) {
                    Some(n) => n,
                    None if is_vector(it.type_of(u)) => it.length(u),
                    None => return Err(type_error(it, "unknown")),
                };
                match len {
                    None => len = Some(n),
                    Some(l) if l != n => return Err(bad(it)),
                    _ => {}
                }
                parts.push(u);
            }
        } else {
            let n = match cases(it, s) {
                Some(n) => n,
                None if is_vector(t) => it.length(s),
                None => return Err(type_error(it, t.type_name())),
            };
            match len {
                None => len = Some(n),
                Some(l) if l != n => return Err(bad(it)),
                _ => {}
            }
            parts.push(s);
        }
    }
    let Some(len) = len else {
        return Err(native_error(it, ctx, "no input has determined the number of cases"));
    };
    let mut keep = (len <= crate::lang::interp::MAX_CONCRETE).then(|| vec![true; len as usize]);
    for u in parts {
        if let Err(t) = mark_missing(it, u, &mut keep) {
            return Err(type_error(it, t.type_name()));
        }
    }
    let num = match keep {
        Some(k) => Num::Values(Rc::new(k.iter().map(|&b| b as i32 as f64).collect())),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Lgl, len, num)?))
}

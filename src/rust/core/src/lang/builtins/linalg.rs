//! LAPACK entry points of base (`src/modules/lapack/Lapack.c`): `.Internal(La_chol(x, pivot,
//! tol))`, `.Internal(La_chol2inv(x, size))` and `.Internal(det_ge_real(x, logarithm))`, with
//! the reference LAPACK 3.11 and BLAS routines R 4.2.2 runs with here (`La_library()`:
//! liblapack.so.3.11.0) computed in the order the Fortran computes them: for matrices of fewer
//! than 64 rows (`ILAENV`'s block size), the unblocked and recursive codes (`DPOTRF2`, `DTRTI2`,
//! `DLAUU2`, `DGETRF2`). Larger matrices get the same allocations with values left unknown.

// the loops keep the index arithmetic of the C and Fortran code they follow
#![allow(clippy::needless_range_loop)]

use std::rc::Rc;

use super::dotcall::native_error;
use super::internal::internal;
use super::Builtin;
use crate::heap::{Num, ObjId, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("La_chol", &["a", "pivot", "tol"], la_chol),
    internal("La_chol2inv", &["x", "size"], la_chol2inv),
    internal("det_ge_real", &["a", "logarithm"], det_ge_real),
    internal("La_solve", &["a", "bin", "tolin"], la_solve),
    internal("backsolve", &["r", "x", "k", "upper.tri", "transpose"], backsolve),
];

/// `ILAENV(1, ...)`'s block size for DPOTRF, DTRTRI, DLAUUM and DGETRF: below it the unblocked
/// codes run.
const NB: usize = 64;

/// `isMatrix(a)` and its two extents.
fn matrix_dims(it: &Interp, a: Val) -> Option<(usize, usize)> {
    match super::vectors::dims_of(it, a) {
        Some(d) if d.len() == 2 && matches!(it.type_of(a), SexpType::Lgl | SexpType::Int | SexpType::Real) => {
            Some((d[0] as usize, d[1] as usize))
        }
        _ => None,
    }
}

/// The numbers of a real matrix of at most `NB` rows, if the simulator knows them.
fn small_values(it: &Interp, a: Val, n: usize) -> Option<Vec<f64>> {
    if n >= NB {
        return None;
    }
    it.num_values(a)
}

fn set_values(it: &mut Interp, o: ObjId, v: Option<Vec<f64>>) {
    it.heap.obj_mut(o).body = crate::heap::Body::Num(v.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))));
}

/// `isReal(A) ? duplicate(A) : coerceVector(A, REALSXP)`: a real copy with A's attributes.
fn real_copy(it: &mut Interp, a: Val) -> EvalResult<ObjId> {
    if it.type_of(a) == SexpType::Real {
        let o = it.boxed(a)?;
        Ok(it.duplicate(o)?)
    } else {
        let r = super::coerce::coerce_vector(it, a, SexpType::Real)?;
        Ok(it.boxed(r)?)
    }
}

/// `La_chol(A, pivot, tol)`: a real copy of `A`, its lower triangle zeroed, factored in place by
/// `dpotrf("U")` (`pivot = FALSE`) or `dpstrf` (`pivot = TRUE`, which adds the `pivot` vector and
/// the `rank` attributes).
fn la_chol(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let x = a.need(ctx, "a")?;
    let Some((m, n)) = matrix_dims(it, x) else { return Err(native_error(it, ctx, "'a' must be a numeric matrix")) };
    let ans = real_copy(it, x)?;
    it.heap.protect(Val::Obj(ans));
    if m != n {
        return Err(native_error(it, ctx, "'a' must be a square matrix"));
    }
    if m == 0 {
        return Err(native_error(it, ctx, "'a' must have dims > 0"));
    }
    let piv = a.get("pivot").and_then(|p| it.num_elt(p, 0)).map_or(-1.0, |p| if p.is_nan() { -1.0 } else { p });
    if piv != 0.0 && piv != 1.0 {
        return Err(native_error(it, ctx, "invalid 'pivot' value"));
    }
    let values = small_values(it, Val::Obj(ans), n).map(|mut v| {
        for j in 0..n {
            for i in j + 1..n {
                v[i + n * j] = 0.0;
            }
        }
        v
    });
    if piv == 0.0 {
        let mut v = values;
        if let Some(v) = &mut v {
            let info = dpotrf2(v, n, 0, n);
            if info > 0 {
                return Err(native_error(
                    it,
                    ctx,
                    format!("the leading minor of order {info} is not positive definite"),
                ));
            }
        }
        set_values(it, ans, v);
    } else {
        // dpstrf (pivoted Cholesky): the pivot vector, R_alloc'd work of 2m doubles, the rank
        let pv = it.new_num(SexpType::Int, m as u64, Num::Unknown)?;
        it.heap.protect(Val::Obj(pv));
        super::vectors::unknown_vector(it, SexpType::Raw, 16 * m as u64)?;
        set_values(it, ans, None);
        super::attrib::set_attrib(it, ans, "pivot", Val::Obj(pv))?;
        let rank = it.new_num(SexpType::Int, 1, Num::Unknown)?;
        super::attrib::set_attrib(it, ans, "rank", Val::Obj(rank))?;
    }
    Ok(Val::Obj(ans))
}

/// `DPOTRF2("U", n, A(k, k))` on the `n` x `n` block of `a` (leading dimension `lda`) starting at
/// row and column `k`: the recursive Cholesky factorization. Returns `info` (0, or the order of
/// the leading minor that is not positive definite).
fn dpotrf2(a: &mut [f64], lda: usize, k: usize, n: usize) -> usize {
    let at = |i: usize, j: usize| (k + i) + lda * (k + j);
    if n == 1 {
        let a11 = a[at(0, 0)];
        if a11 <= 0.0 || a11.is_nan() {
            return 1;
        }
        a[at(0, 0)] = a11.sqrt();
        return 0;
    }
    let n1 = n / 2;
    let n2 = n - n1;
    let info = dpotrf2(a, lda, k, n1);
    if info != 0 {
        return info;
    }
    // DTRSM('L', 'U', 'T', 'N', n1, n2, 1, A11, A12): A12 := inv(A11') A12
    for j in 0..n2 {
        for i in 0..n1 {
            let mut temp = a[at(i, n1 + j)];
            for l in 0..i {
                temp -= a[at(l, i)] * a[at(l, n1 + j)];
            }
            temp /= a[at(i, i)];
            a[at(i, n1 + j)] = temp;
        }
    }
    // DSYRK('U', 'T', n2, n1, -1, A12, 1, A22): A22 := A22 - A12' A12 (upper triangle)
    for j in 0..n2 {
        for i in 0..=j {
            let mut temp = 0.0;
            for l in 0..n1 {
                temp += a[at(l, n1 + i)] * a[at(l, n1 + j)];
            }
            a[at(n1 + i, n1 + j)] += -temp;
        }
    }
    match dpotrf2(a, lda, k + n1, n2) {
        0 => 0,
        info => info + n1,
    }
}

/// `La_chol2inv(A, size)`: `allocMatrix(REALSXP, size, size)` holding the upper triangle of `A`,
/// inverted in place by `dpotri("U")` (`DTRTI2` then `DLAUU2`), the lower triangle filled by
/// symmetry.
fn la_chol2inv(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let size = a.need(ctx, "size")?;
    let sz = it.num_elt(size, 0).filter(|v| !v.is_nan()).map_or(0, |v| v as i64);
    if sz < 1 {
        return Err(native_error(it, ctx, "'size' argument must be a positive integer"));
    }
    let sz = sz as usize;
    let (m, n, amat) = if sz == 1 && super::vectors::dims_of(it, x).is_none() && it.type_of(x) == SexpType::Real {
        (1, 1, x)
    } else if let Some((m, n)) = matrix_dims(it, x) {
        (m, n, super::coerce::coerce_vector(it, x, SexpType::Real)?)
    } else {
        return Err(native_error(it, ctx, "'a' must be a numeric matrix"));
    };
    it.heap.protect(amat);
    if sz > n {
        return Err(native_error(it, ctx, format!("'size' cannot exceed ncol(x) = {n}")));
    }
    if sz > m {
        return Err(native_error(it, ctx, format!("'size' cannot exceed nrow(x) = {m}")));
    }
    let ans = super::vectors::new_matrix(it, SexpType::Real, sz as u64, sz as u64, Num::Unknown)?;
    let values = small_values(it, amat, sz).map(|av| {
        let mut v = vec![0.0; sz * sz];
        for j in 0..sz {
            for i in 0..=j {
                v[i + j * sz] = av[i + j * m];
            }
        }
        v
    });
    let values = match values {
        Some(mut v) => {
            if let Some(info) = (0..sz).find(|&i| v[i + i * sz] == 0.0) {
                return Err(native_error(
                    it,
                    ctx,
                    format!("element ({}, {}) is zero, so the inverse cannot be computed", info + 1, info + 1),
                ));
            }
            dtrti2_upper(&mut v, sz);
            dlauu2_upper(&mut v, sz);
            for j in 0..sz {
                for i in j + 1..sz {
                    v[i + j * sz] = v[j + i * sz];
                }
            }
            Some(v)
        }
        None => None,
    };
    set_values(it, ans, values);
    Ok(Val::Obj(ans))
}

/// `DTRTI2("U", "N")`: the inverse of an upper triangular matrix in place, column by column
/// (`DTRMV` then `DSCAL`).
fn dtrti2_upper(a: &mut [f64], n: usize) {
    for j in 0..n {
        a[j + j * n] = 1.0 / a[j + j * n];
        let ajj = -a[j + j * n];
        // DTRMV('U', 'N', 'N', j, A, A(1, j)): x := A x, x the first j elements of column j
        for jj in 0..j {
            let temp = a[jj + j * n];
            if temp != 0.0 {
                for i in 0..jj {
                    a[i + j * n] += temp * a[i + jj * n];
                }
                a[jj + j * n] *= a[jj + jj * n];
            }
        }
        for i in 0..j {
            a[i + j * n] *= ajj;
        }
    }
}

/// `DLAUU2("U")`: U U' in place (upper triangle), row by row (`DDOT`, `DGEMV`, `DSCAL`).
fn dlauu2_upper(a: &mut [f64], n: usize) {
    for i in 0..n {
        let aii = a[i + i * n];
        if i + 1 < n {
            let mut dot = 0.0;
            for l in i..n {
                dot += a[i + l * n] * a[i + l * n];
            }
            a[i + i * n] = dot;
            // DGEMV('N', i, n-i-1, 1, A(1, i+1), A(i, i+1) (stride lda), aii, A(1, i)):
            // y := aii y, then y += A(:, l) x(l) column by column
            if i > 0 {
                if aii != 1.0 {
                    for r in 0..i {
                        a[r + i * n] *= aii;
                    }
                }
                for l in i + 1..n {
                    let temp = a[i + l * n];
                    for r in 0..i {
                        a[r + i * n] += temp * a[r + l * n];
                    }
                }
            }
        } else {
            for r in 0..=i {
                a[r + i * n] *= aii;
            }
        }
    }
}

/// `det_ge_real(A, logarithm)`: a real copy of `A` factored by `dgetrf` (`R_alloc`'d pivots), the
/// modulus from the diagonal of U (its logarithm summed, or the product) and the sign from the
/// pivots; `list(modulus = structure(m, logarithm = useLog), sign = s)` of class "det".
fn det_ge_real(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let x = a.need(ctx, "a")?;
    let use_log = a.get("logarithm").and_then(|v| it.num_elt(v, 0)).unwrap_or(f64::NAN);
    let Some((m, n)) = matrix_dims(it, x) else { return Err(native_error(it, ctx, "'a' must be a numeric matrix")) };
    if use_log.is_nan() {
        return Err(native_error(it, ctx, "argument 'logarithm' must be logical"));
    }
    let use_log = use_log != 0.0;
    let ac = real_copy(it, x)?;
    it.heap.protect(Val::Obj(ac));
    if m != n {
        return Err(native_error(it, ctx, "'a' must be a square matrix"));
    }
    // jpvt = R_alloc(n, sizeof(int))
    super::vectors::unknown_vector(it, SexpType::Raw, 4 * n as u64)?;
    let (modulus, sign) = match small_values(it, Val::Obj(ac), n) {
        Some(mut v) => {
            let mut ipiv = vec![0usize; n];
            let info = dgetrf2(&mut v, n, 0, n, n, &mut ipiv);
            let r = if info > 0 {
                (if use_log { f64::NEG_INFINITY } else { 0.0 }, 1.0)
            } else {
                let mut sign = 1.0;
                for (i, &p) in ipiv.iter().enumerate() {
                    if p != i {
                        sign = -sign;
                    }
                }
                if use_log {
                    let mut modulus = 0.0;
                    for i in 0..n {
                        let dii = v[i * (n + 1)];
                        modulus += (if dii < 0.0 { -dii } else { dii }).ln();
                        if dii < 0.0 {
                            sign = -sign;
                        }
                    }
                    (modulus, sign)
                } else {
                    let mut modulus = 1.0;
                    for i in 0..n {
                        modulus *= v[i * (n + 1)];
                    }
                    if modulus < 0.0 {
                        (-modulus, -sign)
                    } else {
                        (modulus, sign)
                    }
                }
            };
            set_values(it, ac, Some(v));
            (Some(r.0), Some(r.1))
        }
        None => (None, None),
    };
    let val = it.new_list(vec![crate::heap::NIL; 2])?;
    it.heap.protect(Val::Obj(val));
    let nm = it.mk_strings(&[Some("modulus"), Some("sign")])?;
    it.heap.set_attr(val, "names", nm)?;
    let md = it.new_num(SexpType::Real, 1, modulus.map_or(Num::Unknown, Num::Fill))?;
    super::models::set_vector_elt(it, val, 0, md);
    let lg = it.scalar_logical(Some(use_log));
    super::attrib::set_attrib(it, md, "logarithm", lg)?;
    let sg = it.new_num(SexpType::Int, 1, sign.map_or(Num::Unknown, Num::Fill))?;
    super::models::set_vector_elt(it, val, 1, sg);
    let cl = it.mk_strings(&[Some("det")])?;
    it.heap.set_attr(val, "class", cl)?;
    Ok(Val::Obj(val))
}

/// `DGETRF2(m, n, A(k, k), lda, ipiv(k))`: the recursive LU factorization with partial pivoting
/// of the `m` x `n` block at row and column `k`; `ipiv` gets 0-based row indices relative to the
/// whole matrix. Returns `info` (the first zero pivot, 1-based within the block, or 0).
fn dgetrf2(a: &mut [f64], lda: usize, k: usize, m: usize, n: usize, ipiv: &mut [usize]) -> usize {
    let at = |i: usize, j: usize| (k + i) + lda * (k + j);
    if m == 0 || n == 0 {
        return 0;
    }
    if m == 1 {
        ipiv[k] = k;
        return usize::from(a[at(0, 0)] == 0.0);
    }
    if n == 1 {
        // IDAMAX: the first element of largest magnitude
        let mut p = 0;
        let mut best = a[at(0, 0)].abs();
        for i in 1..m {
            let v = a[at(i, 0)].abs();
            if v > best {
                best = v;
                p = i;
            }
        }
        ipiv[k] = k + p;
        if a[at(p, 0)] == 0.0 {
            return 1;
        }
        if p != 0 {
            a.swap(at(0, 0), at(p, 0));
        }
        let a11 = a[at(0, 0)];
        if a11.abs() >= f64::MIN_POSITIVE {
            let r = 1.0 / a11;
            for i in 1..m {
                a[at(i, 0)] *= r;
            }
        } else {
            for i in 1..m {
                a[at(i, 0)] /= a11;
            }
        }
        return 0;
    }
    let n1 = m.min(n) / 2;
    let n2 = n - n1;
    let mut info = 0;
    // factor [A11; A21]: the first n1 columns, all m rows (a block starting at (k, k))
    let iinfo = dgetrf2(a, lda, k, m, n1, ipiv);
    if iinfo > 0 {
        info = iinfo;
    }
    // DLASWP(n2, A(1, n1+1), lda, 1, n1, ipiv): the interchanges on the right columns
    for i in 0..n1 {
        let p = ipiv[k + i];
        if p != k + i {
            for j in n1..n {
                a.swap(at(i, j), (p) + lda * (k + j));
            }
        }
    }
    // DTRSM('L', 'L', 'N', 'U', n1, n2, 1, A11, A12)
    for j in n1..n {
        for kk in 0..n1 {
            let bkj = a[at(kk, j)];
            if bkj != 0.0 {
                for i in kk + 1..n1 {
                    a[at(i, j)] -= bkj * a[at(i, kk)];
                }
            }
        }
    }
    // DGEMM('N', 'N', m-n1, n2, n1, -1, A21, A12, 1, A22)
    for j in n1..n {
        for l in 0..n1 {
            let temp = -a[at(l, j)];
            for i in n1..m {
                a[at(i, j)] += temp * a[at(i, l)];
            }
        }
    }
    // factor A22
    let iinfo = dgetrf2(a, lda, k + n1, m - n1, n2, ipiv);
    if info == 0 && iinfo > 0 {
        info = iinfo + n1;
    }
    // DLASWP(n1, A(1, 1), lda, n1+1, min(m, n), ipiv): the interchanges on the left columns
    for i in n1..m.min(n) {
        let p = ipiv[k + i];
        if p != k + i {
            for j in 0..n1 {
                a.swap(at(i, j), p + lda * (k + j));
            }
        }
    }
    info
}

/// `La_solve(A, Bin, tol)`: the answer `B` (a new `n x p` matrix with dimnames when `A` or `Bin`
/// has them, or a vector named by `A`'s column names), `Bin` coerced to double and copied into it,
/// `R_alloc`'d pivots, a copy of `A` (`coerceVector`, or an `R_alloc`'d block for a double
/// matrix), `dgesv`; with `tol > 0`, `dlange` and `dgecon` (its work `R_alloc`'d) check the
/// reciprocal condition number.
fn la_solve(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let am = a.need(ctx, "a")?;
    let bin = a.need(ctx, "bin")?;
    let tol = a.get("tolin").and_then(|v| it.num_elt(v, 0)).unwrap_or(f64::NAN);
    let Some((n, n2)) = matrix_dims(it, am) else { return Err(native_error(it, ctx, "'a' must be a numeric matrix")) };
    if n == 0 {
        return Err(native_error(it, ctx, "'a' is 0-diml"));
    }
    if n2 != n {
        return Err(native_error(it, ctx, format!("'a' ({n} x {n2}) must be square")));
    }
    let adn = it.heap_attr(am, "dimnames");
    let acols = adn.and_then(|d| it.list_elem(Val::Obj(d), 1));
    let (b, p) = match super::vectors::dims_of(it, bin).filter(|d| d.len() == 2) {
        Some(d) => {
            let (p2, p) = (d[0] as usize, d[1] as usize);
            if p == 0 {
                return Err(native_error(it, ctx, "no right-hand side in 'b'"));
            }
            if p2 != n {
                return Err(native_error(it, ctx, format!("'b' ({p2} x {p}) must be compatible with 'a' ({n} x {n})")));
            }
            let b = super::vectors::new_matrix(it, SexpType::Real, n as u64, p as u64, Num::Unknown)?;
            it.heap.protect(Val::Obj(b));
            let bindn = it.heap_attr(bin, "dimnames");
            if adn.is_some() || bindn.is_some() {
                let bdn = it.new_list(vec![crate::heap::NIL; 2])?;
                let bcols = bindn.and_then(|d| it.list_elem(Val::Obj(d), 1));
                let (r, c) = (acols.filter(|&o| !it.is_null(Val::Obj(o))), bcols.filter(|&o| !it.is_null(Val::Obj(o))));
                if let Some(r) = r {
                    super::models::set_vector_elt(it, bdn, 0, r);
                }
                if let Some(c) = c {
                    super::models::set_vector_elt(it, bdn, 1, c);
                }
                if r.is_some() || c.is_some() {
                    super::attrib::set_attrib(it, b, "dimnames", Val::Obj(bdn))?;
                }
            }
            (b, p)
        }
        None => {
            let len = it.length(bin) as usize;
            if len != n {
                return Err(native_error(it, ctx, format!("'b' ({len} x 1) must be compatible with 'a' ({n} x {n})")));
            }
            let b = it.new_num(SexpType::Real, n as u64, Num::Unknown)?;
            it.heap.protect(Val::Obj(b));
            if let Some(c) = acols {
                super::attrib::set_attrib(it, b, "names", Val::Obj(c))?;
            }
            (b, 1)
        }
    };
    let bin = super::coerce::coerce_vector(it, bin, SexpType::Real)?;
    it.heap.protect(bin);
    super::unique::r_alloc(it, n as u64, 4)?;
    let avals = if it.type_of(am) == SexpType::Real {
        super::unique::r_alloc(it, (n * n) as u64, 8)?;
        it.num_values(am)
    } else {
        let ac = super::coerce::coerce_vector(it, am, SexpType::Real)?;
        it.heap.protect(ac);
        it.num_values(ac)
    };
    let known = match (avals.filter(|_| n < NB), it.num_values(bin)) {
        (Some(av), Some(bv)) if av.len() == n * n && bv.len() == n * p => Some((av, bv)),
        _ => None,
    };
    let Some((mut lu, mut bv)) = known else {
        if tol > 0.0 {
            super::unique::r_alloc(it, 4 * n as u64, 8)?;
        }
        return Ok(Val::Obj(b));
    };
    let anorm = dlange_one(&lu, n, n);
    let mut ipiv = vec![0usize; n];
    let info = dgetrf2(&mut lu, n, 0, n, n, &mut ipiv);
    if info > 0 {
        return Err(native_error(
            it,
            ctx,
            format!("Lapack routine dgesv: system is exactly singular: U[{info},{info}] = 0"),
        ));
    }
    dgetrs(&lu, n, &ipiv, &mut bv, p);
    if tol > 0.0 {
        super::unique::r_alloc(it, 4 * n as u64, 8)?;
        let rcond = dgecon_one(&lu, n, anorm);
        if rcond < tol {
            let shown = super::format::c_g(rcond, 6, false, false);
            return Err(native_error(
                it,
                ctx,
                format!("system is computationally singular: reciprocal condition number = {shown}"),
            ));
        }
    }
    set_values(it, b, Some(bv));
    Ok(Val::Obj(b))
}

/// `DLANGE('1', m, n, A)`: the largest column sum of absolute values (NaN wins).
fn dlange_one(a: &[f64], m: usize, n: usize) -> f64 {
    let mut value = 0.0f64;
    for j in 0..n {
        let sum: f64 = a[j * m..(j + 1) * m].iter().fold(0.0, |s, v| s + v.abs());
        if value < sum || sum.is_nan() {
            value = sum;
        }
    }
    value
}

/// `DGETRS('N', n, nrhs, LU, ipiv, B)`: the row interchanges (`DLASWP`), then `DTRSM` with the
/// unit lower and the upper triangle, column by column.
fn dgetrs(lu: &[f64], n: usize, ipiv: &[usize], b: &mut [f64], nrhs: usize) {
    for j in 0..nrhs {
        let col = &mut b[j * n..(j + 1) * n];
        for (i, &p) in ipiv.iter().enumerate() {
            if p != i {
                col.swap(i, p);
            }
        }
        for k in 0..n {
            if col[k] != 0.0 {
                for i in k + 1..n {
                    col[i] -= col[k] * lu[i + k * n];
                }
            }
        }
        for k in (0..n).rev() {
            if col[k] != 0.0 {
                col[k] /= lu[k + k * n];
                for i in 0..k {
                    col[i] -= col[k] * lu[i + k * n];
                }
            }
        }
    }
}

/// `DGECON('1', n, LU, anorm)`: the reciprocal condition number in the 1-norm, `||A^-1||_1`
/// estimated by `DLACN2` (Higham's method) with the triangular solves of `DLATRS`, taken in its
/// unscaled branch (`DTRSV`; the scaled branch only guards against overflow).
fn dgecon_one(lu: &[f64], n: usize, anorm: f64) -> f64 {
    if n == 0 {
        return 1.0;
    }
    if anorm == 0.0 {
        return 0.0;
    }
    // inv(A) x = inv(U) inv(L) x; inv(A)' x = inv(L)' inv(U)' x
    let solve = |x: &mut [f64]| {
        for j in 0..n {
            if x[j] != 0.0 {
                let t = x[j];
                for i in j + 1..n {
                    x[i] -= t * lu[i + j * n];
                }
            }
        }
        for j in (0..n).rev() {
            if x[j] != 0.0 {
                x[j] /= lu[j + j * n];
                let t = x[j];
                for i in 0..j {
                    x[i] -= t * lu[i + j * n];
                }
            }
        }
    };
    let solve_t = |x: &mut [f64]| {
        for j in 0..n {
            let mut t = x[j];
            for i in 0..j {
                t -= lu[i + j * n] * x[i];
            }
            x[j] = t / lu[j + j * n];
        }
        for j in (0..n).rev() {
            let mut t = x[j];
            for i in (j + 1..n).rev() {
                t -= lu[i + j * n] * x[i];
            }
            x[j] = t;
        }
    };
    let ainvnm = dlacn2(n, solve, solve_t);
    if ainvnm != 0.0 {
        (1.0 / ainvnm) / anorm
    } else {
        0.0
    }
}

/// `DLACN2`: an estimate of the 1-norm of the operator `apply` (with transpose `apply_t`), the
/// reverse-communication loop of the Fortran written as straight code.
fn dlacn2(n: usize, apply: impl Fn(&mut [f64]), apply_t: impl Fn(&mut [f64])) -> f64 {
    const ITMAX: usize = 5;
    let dasum = |x: &[f64]| x.iter().fold(0.0, |s, v| s + v.abs());
    let idamax = |x: &[f64]| {
        let mut p = 0;
        for i in 1..x.len() {
            if x[i].abs() > x[p].abs() {
                p = i;
            }
        }
        p
    };
    let sgn = |v: f64| if v >= 0.0 { 1.0 } else { -1.0 };
    let mut x = vec![1.0 / n as f64; n];
    apply(&mut x);
    if n == 1 {
        return x[0].abs();
    }
    let mut est = dasum(&x);
    let mut isgn: Vec<f64> = x.iter().map(|&v| sgn(v)).collect();
    x.copy_from_slice(&isgn);
    apply_t(&mut x);
    let mut j = idamax(&x);
    let mut iter = 2;
    loop {
        // L50: x = e_j
        x.iter_mut().for_each(|v| *v = 0.0);
        x[j] = 1.0;
        apply(&mut x);
        let estold = est;
        est = dasum(&x);
        let same = x.iter().zip(&isgn).all(|(&v, &s)| sgn(v) == s);
        if same || est <= estold {
            break;
        }
        for (v, s) in x.iter_mut().zip(isgn.iter_mut()) {
            *v = sgn(*v);
            *s = *v;
        }
        apply_t(&mut x);
        let jlast = j;
        j = idamax(&x);
        if x[jlast] != x[j].abs() && iter < ITMAX {
            iter += 1;
            continue;
        }
        break;
    }
    // L120: the alternating-sign vector
    let mut altsgn = 1.0;
    for (i, v) in x.iter_mut().enumerate() {
        *v = altsgn * (1.0 + i as f64 / (n - 1) as f64);
        altsgn = -altsgn;
    }
    apply(&mut x);
    let temp = 2.0 * (dasum(&x) / (3 * n) as f64);
    if temp > est {
        est = temp;
    }
    est
}

/// `do_backsolve(r, x, k, upper.tri, transpose)` (array.c): `r` and `x` coerced to double, the
/// diagonal checked, then a new `k x ncol(x)` matrix of `x`'s first `k` rows solved in place by
/// `DTRSM("L", upper ? "U" : "L", trans ? "T" : "N", "N")`.
fn backsolve(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let r = a.need(ctx, "r")?;
    let b = a.need(ctx, "x")?;
    let rows_cols = |it: &Interp, v: Val| match super::vectors::dims_of(it, v) {
        Some(d) if d.len() == 2 => (d[0] as usize, d[1] as usize),
        _ => (it.length(v) as usize, 1),
    };
    let (nrr, ncr) = rows_cols(it, r);
    let (nrb, ncb) = rows_cols(it, b);
    let k = a.get("k").and_then(|v| it.num_elt(v, 0)).filter(|v| !v.is_nan()).map_or(-1, |v| v as i64);
    if k <= 0 || k as usize > nrr || k as usize > ncr || k as usize > nrb {
        return Err(native_error(it, ctx, "invalid 'k' argument"));
    }
    let k = k as usize;
    let logical = |it: &Interp, name: &str| a.get(name).and_then(|v| it.num_elt(v, 0)).filter(|v| !v.is_nan());
    let Some(upper) = logical(it, "upper.tri") else {
        return Err(native_error(it, ctx, "invalid 'upper.tri' argument"));
    };
    let Some(trans) = logical(it, "transpose") else {
        return Err(native_error(it, ctx, "invalid 'transpose' argument"));
    };
    let (upper, trans) = (upper != 0.0, trans != 0.0);
    let r = super::coerce::coerce_vector(it, r, SexpType::Real)?;
    it.heap.protect(r);
    let b = super::coerce::coerce_vector(it, b, SexpType::Real)?;
    it.heap.protect(b);
    let rv = it.num_values(r);
    if let Some(rv) = &rv {
        if let Some(i) = (0..k).find(|&i| rv[i * (nrr + 1)] == 0.0) {
            return Err(native_error(
                it,
                ctx,
                format!("singular matrix in 'backsolve'. First zero in diagonal [{}]", i + 1),
            ));
        }
    }
    let values = match (rv, it.num_values(b)) {
        (Some(rr), Some(bv)) => {
            let mut x = vec![0.0; k * ncb];
            for j in 0..ncb {
                x[j * k..(j + 1) * k].copy_from_slice(&bv[j * nrb..j * nrb + k]);
            }
            let at = |i: usize, j: usize| rr[i + j * nrr];
            for j in 0..ncb {
                let col = &mut x[j * k..(j + 1) * k];
                match (upper, trans) {
                    (true, false) => {
                        for kk in (0..k).rev() {
                            if col[kk] != 0.0 {
                                col[kk] /= at(kk, kk);
                                for i in 0..kk {
                                    col[i] -= col[kk] * at(i, kk);
                                }
                            }
                        }
                    }
                    (false, false) => {
                        for kk in 0..k {
                            if col[kk] != 0.0 {
                                col[kk] /= at(kk, kk);
                                for i in kk + 1..k {
                                    col[i] -= col[kk] * at(i, kk);
                                }
                            }
                        }
                    }
                    (true, true) => {
                        for i in 0..k {
                            let mut temp = col[i];
                            for kk in 0..i {
                                temp -= at(kk, i) * col[kk];
                            }
                            col[i] = temp / at(i, i);
                        }
                    }
                    (false, true) => {
                        for i in (0..k).rev() {
                            let mut temp = col[i];
                            for kk in i + 1..k {
                                temp -= at(kk, i) * col[kk];
                            }
                            col[i] = temp / at(i, i);
                        }
                    }
                }
            }
            Num::Values(Rc::new(x))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(super::vectors::new_matrix(it, SexpType::Real, k as u64, ncb as u64, values)?))
}

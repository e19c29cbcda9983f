//! Hierarchical clustering of stats: `hclust()`'s `.Fortran(C_hclust, ...)` and
//! `.Fortran(C_hcass2, ...)` (`src/library/stats/src/hclust.f`, F. Murtagh's nearest-neighbour
//! chain-free algorithm), and `cutree()`'s `.Call(C_cutree, merge, k)` (`hclust-utils.c`).
//! The Fortran routines write into the vectors `do_dotCode` hands them and allocate nothing
//! (their `FLAG(N)` is an automatic array).

// the loops keep the index arithmetic of the C and Fortran code they follow
#![allow(clippy::needless_range_loop)]

use std::rc::Rc;

use super::dotcall::{native, Native};
use crate::heap::{Body, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_hclust", f_hclust),
    native("stats", "C_hcass2", f_hcass2),
    native("stats", "C_cutree", cutree),
];

fn obj(a: &[ArgVal], i: usize) -> ObjId {
    match a.get(i).map(|v| v.value) {
        Some(Val::Obj(o)) => o,
        _ => NIL,
    }
}

fn set(it: &mut Interp, o: ObjId, v: Option<Vec<f64>>) {
    if o != NIL {
        it.heap.obj_mut(o).body = Body::Num(v.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))));
    }
}

/// `IOFFST(N, I, J)`: the 1-based position of `d(i, j)`, `i < j`, in the packed lower triangle.
fn ioffst(n: usize, i: usize, j: usize) -> usize {
    j + (i - 1) * n - (i * (i + 1)) / 2
}

/// `HCLUST(N, LEN, IOPT, IA, IB, CRIT, MEMBR, NN, DISNN, DISS)`: the `n - 1` merges (`ia`, `ib`),
/// their heights (`crit`), with the Lance-Williams update of `diss` for the method `iopt`
/// (1 ward.D, 2 single, 3 complete, 4 average, 5 mcquitty, 6 median, 7 centroid, 8 ward.D2).
fn f_hclust(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let int = |it: &Interp, i: usize| a.get(i).and_then(|v| it.num_elt(v.value, 0)).map(|v| v as usize);
    let vals = |it: &Interp, i: usize| a.get(i).and_then(|v| it.num_values(v.value));
    let (ia_o, ib_o, crit_o, membr_o, nn_o, disnn_o, diss_o) =
        (obj(a, 3), obj(a, 4), obj(a, 5), obj(a, 6), obj(a, 7), obj(a, 8), obj(a, 9));
    let known = match (int(it, 0), int(it, 1), int(it, 2), vals(it, 6), vals(it, 9)) {
        (Some(n), Some(len), Some(iopt), Some(m), Some(d)) if n >= 2 && m.len() >= n && d.len() >= len => {
            Some((n, iopt, m, d))
        }
        _ => None,
    };
    let Some((n, iopt, mut membr, mut diss)) = known else {
        for o in [ia_o, ib_o, crit_o, membr_o, nn_o, disnn_o, diss_o] {
            set(it, o, None);
        }
        return Ok(Val::Obj(NIL));
    };
    const INF: f64 = 1e300;
    // 1-based arrays as the Fortran's
    let d = |i: usize| i - 1;
    let (mut ia, mut ib, mut crit) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut nn, mut disnn) = (vec![0usize; n], vec![0.0; n]);
    let mut flag = vec![true; n];
    let (mut im, mut jj, mut jm) = (0usize, 0usize, 0usize);
    let mut ncl = n;
    if iopt == 8 {
        for v in diss.iter_mut() {
            *v *= *v;
        }
    }
    for i in 1..n {
        let mut dmin = INF;
        for j in i + 1..=n {
            let ind = ioffst(n, i, j);
            if dmin > diss[d(ind)] {
                dmin = diss[d(ind)];
                jm = j;
            }
        }
        nn[d(i)] = jm;
        disnn[d(i)] = dmin;
    }
    loop {
        // 400: the closest pair
        let mut dmin = INF;
        for i in 1..n {
            if flag[d(i)] && disnn[d(i)] < dmin {
                dmin = disnn[d(i)];
                im = i;
                jm = nn[d(i)];
            }
        }
        ncl -= 1;
        let (i2, j2) = (im.min(jm), im.max(jm));
        ia[d(n - ncl)] = i2 as f64;
        ib[d(n - ncl)] = j2 as f64;
        let is_ward = iopt == 1 || iopt == 8;
        if iopt == 8 {
            dmin = dmin.sqrt();
        }
        crit[d(n - ncl)] = dmin;
        flag[d(j2)] = false;
        // the dissimilarities of the new cluster (at i2)
        dmin = INF;
        for k in 1..=n {
            if !flag[d(k)] || k == i2 {
                continue;
            }
            let ind1 = if i2 < k { ioffst(n, i2, k) } else { ioffst(n, k, i2) };
            let ind2 = if j2 < k { ioffst(n, j2, k) } else { ioffst(n, k, j2) };
            let d12 = diss[d(ioffst(n, i2, j2))];
            let (m1, m2, mk) = (membr[d(i2)], membr[d(j2)], membr[d(k)]);
            let (d1, d2) = (diss[d(ind1)], diss[d(ind2)]);
            let v = if is_ward {
                ((m1 + mk) * d1 + (m2 + mk) * d2 - mk * d12) / (m1 + m2 + mk)
            } else {
                match iopt {
                    2 => fmin(d1, d2),
                    3 => fmax(d1, d2),
                    4 => (m1 * d1 + m2 * d2) / (m1 + m2),
                    5 => (d1 + d2) / 2.0,
                    6 => ((d1 + d2) - d12 / 2.0) / 2.0,
                    7 => (m1 * d1 + m2 * d2 - m1 * m2 * d12 / (m1 + m2)) / (m1 + m2),
                    _ => d1,
                }
            };
            diss[d(ind1)] = v;
            if i2 < k {
                if v < dmin {
                    dmin = v;
                    jj = k;
                }
            } else if v < disnn[d(k)] {
                disnn[d(k)] = v;
                nn[d(k)] = i2;
            }
        }
        membr[d(i2)] += membr[d(j2)];
        disnn[d(i2)] = dmin;
        nn[d(i2)] = jj;
        // the nearest neighbours that pointed at i2 or j2
        for i in 1..n {
            if flag[d(i)] && (nn[d(i)] == i2 || nn[d(i)] == j2) {
                let mut dmin = INF;
                for j in i + 1..=n {
                    if flag[d(j)] {
                        let ind = ioffst(n, i, j);
                        if diss[d(ind)] < dmin {
                            dmin = diss[d(ind)];
                            jj = j;
                        }
                    }
                }
                nn[d(i)] = jj;
                disnn[d(i)] = dmin;
            }
        }
        if ncl <= 1 {
            break;
        }
    }
    set(it, ia_o, Some(ia));
    set(it, ib_o, Some(ib));
    set(it, crit_o, Some(crit));
    set(it, membr_o, Some(membr));
    set(it, nn_o, Some(nn.iter().map(|&v| v as f64).collect()));
    set(it, disnn_o, Some(disnn));
    set(it, diss_o, Some(diss));
    Ok(Val::Obj(NIL))
}

/// Fortran's `MIN`/`MAX` as gfortran compiles them (`a < b ? a : b`).
fn fmin(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

fn fmax(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

/// `HCASS2(N, IA, IB, IORDER, IIA, IIB)`: the merges in R's `merge` convention (singletons
/// negative, clusters by their merge step) and the order of the leaves for plotting.
fn f_hcass2(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let n = a.first().and_then(|v| it.num_elt(v.value, 0)).map(|v| v as usize);
    let (ia, ib) = (a.get(1).and_then(|v| it.num_values(v.value)), a.get(2).and_then(|v| it.num_values(v.value)));
    let (order_o, iia_o, iib_o) = (obj(a, 3), obj(a, 4), obj(a, 5));
    let known = match (n, ia, ib) {
        (Some(n), Some(ia), Some(ib)) if n >= 2 && ia.len() >= n && ib.len() >= n => Some((n, ia, ib)),
        _ => None,
    };
    let Some((n, ia, ib)) = known else {
        for o in [order_o, iia_o, iib_o] {
            set(it, o, None);
        }
        return Ok(Val::Obj(NIL));
    };
    let ia: Vec<i64> = ia.iter().map(|&v| v as i64).collect();
    let ib: Vec<i64> = ib.iter().map(|&v| v as i64).collect();
    let (mut iia, mut iib) = (ia.clone(), ib.clone());
    for i in 1..=n.saturating_sub(2) {
        let k = ia[i - 1].min(ib[i - 1]);
        for j in i + 1..n {
            if ia[j - 1] == k {
                iia[j - 1] = -(i as i64);
            }
            if ib[j - 1] == k {
                iib[j - 1] = -(i as i64);
            }
        }
    }
    for i in 0..n - 1 {
        iia[i] = -iia[i];
        iib[i] = -iib[i];
    }
    for i in 0..n - 1 {
        if iia[i] > 0 && iib[i] < 0 {
            std::mem::swap(&mut iia[i], &mut iib[i]);
        }
        if iia[i] > 0 && iib[i] > 0 {
            let (k1, k2) = (iia[i].min(iib[i]), iia[i].max(iib[i]));
            iia[i] = k1;
            iib[i] = k2;
        }
    }
    let mut iorder = vec![0i64; n];
    iorder[0] = iia[n - 2];
    iorder[1] = iib[n - 2];
    let mut loc = 2usize;
    for i in (1..=n.saturating_sub(2)).rev() {
        if let Some(j) = (1..=loc).find(|&j| iorder[j - 1] == i as i64) {
            iorder[j - 1] = iia[i - 1];
            if j == loc {
                loc += 1;
                iorder[loc - 1] = iib[i - 1];
            } else {
                loc += 1;
                for k in (j + 2..=loc).rev() {
                    iorder[k - 1] = iorder[k - 2];
                }
                iorder[j] = iib[i - 1];
            }
        }
    }
    let f = |v: &[i64]| Some(v.iter().map(|&x| x as f64).collect());
    set(it, order_o, f(&iorder.iter().map(|&x| -x).collect::<Vec<_>>()));
    set(it, iia_o, f(&iia));
    set(it, iib_o, f(&iib));
    Ok(Val::Obj(NIL))
}

/// `cutree(merge, which)` (hclust-utils.c): `merge` and `which` coerced to integer, three
/// `R_alloc`'d work arrays, then the `n x length(which)` integer matrix of group numbers.
fn cutree(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let merge = super::coerce::coerce_vector(it, get(0), SexpType::Int)?;
    it.heap.protect(merge);
    let which = super::coerce::coerce_vector(it, get(1), SexpType::Int)?;
    it.heap.protect(which);
    let nr = super::vectors::dims_of(it, merge).and_then(|d| d.first().copied()).unwrap_or(it.length(merge));
    let n = nr as usize + 1;
    for _ in 0..3 {
        super::unique::r_alloc(it, n as u64, 4)?;
    }
    let nw = it.length(which) as usize;
    let values = match (it.num_values(merge), it.num_values(which)) {
        (Some(m), Some(w)) if m.len() >= 2 * (n - 1) => Some(cut(&m, &w, n)),
        _ => None,
    };
    let ans = super::vectors::new_matrix(
        it,
        SexpType::Int,
        n as u64,
        nw as u64,
        values.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))),
    )?;
    Ok(Val::Obj(ans))
}

fn cut(merge: &[f64], which: &[f64], n: usize) -> Vec<f64> {
    let which: Vec<i64> = which.iter().map(|&v| if v.is_nan() { i64::MIN } else { v as i64 }).collect();
    let mut ans = vec![0.0; n * which.len()];
    let mut sing = vec![true; n + 1];
    let mut m_nr = vec![0i64; n + 1];
    let mut z = vec![0i64; n + 1];
    let mut mm = 0;
    for k in 1..n {
        let (mut m1, m2) = (merge[k - 1] as i64, merge[n - 1 + k - 1] as i64);
        if m1 < 0 && m2 < 0 {
            m_nr[(-m1) as usize] = k as i64;
            m_nr[(-m2) as usize] = k as i64;
            sing[(-m1) as usize] = false;
            sing[(-m2) as usize] = false;
        } else if m1 < 0 || m2 < 0 {
            let j = if m1 < 0 {
                let j = -m1;
                m1 = m2;
                j
            } else {
                -m2
            };
            for l in 1..=n {
                if m_nr[l] == m1 {
                    m_nr[l] = k as i64;
                }
            }
            m_nr[j as usize] = k as i64;
            sing[j as usize] = false;
        } else {
            for l in 1..=n {
                if m_nr[l] == m1 || m_nr[l] == m2 {
                    m_nr[l] = k as i64;
                }
            }
        }
        let mut found = false;
        for (j, &w) in which.iter().enumerate() {
            if w == (n - k) as i64 {
                if !found {
                    found = true;
                    z.iter_mut().for_each(|v| *v = 0);
                    let mut nclust = 0;
                    mm = j * n;
                    for l in 1..=n {
                        let m1 = mm + l - 1;
                        if sing[l] {
                            nclust += 1;
                            ans[m1] = nclust as f64;
                        } else {
                            let g = m_nr[l] as usize;
                            if z[g] == 0 {
                                nclust += 1;
                                z[g] = nclust;
                            }
                            ans[m1] = z[g] as f64;
                        }
                    }
                } else {
                    for l in 0..n {
                        ans[j * n + l] = ans[mm + l];
                    }
                }
            }
        }
    }
    for (j, &w) in which.iter().enumerate() {
        if w == n as i64 {
            for l in 0..n {
                ans[j * n + l] = (l + 1) as f64;
            }
        }
    }
    ans
}

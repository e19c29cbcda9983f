//! More of stats' distribution natives (`distn.c`, `random.c`, `chisqsim.c`): the negative
//! binomial, hypergeometric, non-central t / chi-squared / beta / F, studentized range, signed
//! rank and rank sum distributions (`math2_1` ... `math4_2` as in [`super::distn`], values from
//! [`crate::nmath`]), and the generators `rsignrank()`, `rwilcox()`, `rmultinom()`,
//! `r2dtable()` and the simulated tables of `chisq.test()` / `fisher.test()`, with R's own
//! numbers once `set.seed()` made the state known.

use std::rc::Rc;

use super::distn::{flag, math_n};
use super::dotcall::{native, native_error, Native};
use super::random::{get_rng_state, give_up, is_numeric, lose_state, put_rng_state, result_length, state_known};
use crate::heap::{Num, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{num_at, EvalResult, Interp, MAX_CONCRETE};
use crate::lang::ldouble::LongDouble;
use crate::lang::rng::{Mt, SampleKind};
use crate::nmath::{discrete as dd, noncentral as nc, ranks, tukey};

type F2_1 = fn(f64, f64, bool) -> f64;
type F2_2 = fn(f64, f64, bool, bool) -> f64;
type F3_1 = fn(f64, f64, f64, bool) -> f64;
type F3_2 = fn(f64, f64, f64, bool, bool) -> f64;
type F4_1 = fn(f64, f64, f64, f64, bool) -> f64;
type F4_2 = fn(f64, f64, f64, f64, bool, bool) -> f64;

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_dsignrank", |it, c, a| m2_1(it, c, a, ranks::dsignrank)),
    native("stats", "C_psignrank", |it, c, a| m2_2(it, c, a, ranks::psignrank)),
    native("stats", "C_qsignrank", |it, c, a| m2_2(it, c, a, ranks::qsignrank)),
    native("stats", "C_dnbinom", |it, c, a| m3_1(it, c, a, dd::dnbinom)),
    native("stats", "C_dnbinom_mu", |it, c, a| m3_1(it, c, a, dd::dnbinom_mu)),
    native("stats", "C_dnt", |it, c, a| m3_1(it, c, a, nc::dnt)),
    native("stats", "C_dnchisq", |it, c, a| m3_1(it, c, a, nc::dnchisq)),
    native("stats", "C_dwilcox", |it, c, a| m3_1(it, c, a, ranks::dwilcox)),
    native("stats", "C_pnbinom", |it, c, a| m3_2(it, c, a, dd::pnbinom)),
    native("stats", "C_qnbinom", |it, c, a| m3_2(it, c, a, dd::qnbinom)),
    native("stats", "C_pnbinom_mu", |it, c, a| m3_2(it, c, a, dd::pnbinom_mu)),
    native("stats", "C_qnbinom_mu", |it, c, a| m3_2(it, c, a, dd::qnbinom_mu)),
    native("stats", "C_pnt", |it, c, a| m3_2(it, c, a, nc::pnt)),
    native("stats", "C_qnt", |it, c, a| m3_2(it, c, a, nc::qnt)),
    native("stats", "C_pnchisq", |it, c, a| m3_2(it, c, a, nc::pnchisq)),
    native("stats", "C_qnchisq", |it, c, a| m3_2(it, c, a, nc::qnchisq)),
    native("stats", "C_pwilcox", |it, c, a| m3_2(it, c, a, ranks::pwilcox)),
    native("stats", "C_qwilcox", |it, c, a| m3_2(it, c, a, ranks::qwilcox)),
    native("stats", "C_dhyper", |it, c, a| m4_1(it, c, a, dd::dhyper)),
    native("stats", "C_dnbeta", |it, c, a| m4_1(it, c, a, nc::dnbeta)),
    native("stats", "C_dnf", |it, c, a| m4_1(it, c, a, nc::dnf)),
    native("stats", "C_phyper", |it, c, a| m4_2(it, c, a, dd::phyper)),
    native("stats", "C_qhyper", |it, c, a| m4_2(it, c, a, dd::qhyper)),
    native("stats", "C_pnbeta", |it, c, a| m4_2(it, c, a, nc::pnbeta)),
    native("stats", "C_qnbeta", |it, c, a| m4_2(it, c, a, nc::qnbeta)),
    native("stats", "C_pnf", |it, c, a| m4_2(it, c, a, nc::pnf)),
    native("stats", "C_qnf", |it, c, a| m4_2(it, c, a, nc::qnf)),
    native("stats", "C_ptukey", |it, c, a| m4_2(it, c, a, tukey::ptukey)),
    native("stats", "C_qtukey", |it, c, a| m4_2(it, c, a, tukey::qtukey)),
    // `.External(C_signrank_free)`, `.External(C_wilcox_free)`: the tables are outside R's heap
    native("stats", "C_signrank_free", |_, _, _| {
        ranks::signrank_free();
        Ok(Val::Obj(NIL))
    }),
    native("stats", "C_wilcox_free", |_, _, _| {
        ranks::wilcox_free();
        Ok(Val::Obj(NIL))
    }),
    native("stats", "C_rsignrank", |it, c, a| random_k(it, c, a, 1, "rsignrank()", &|mt, _, p| rsignrank(mt, p[0]))),
    native("stats", "C_rwilcox", |it, c, a| random_k(it, c, a, 2, "rwilcox()", &|mt, k, p| rwilcox(mt, k, p[0], p[1]))),
    native("stats", "C_rmultinom", rmultinom),
    native("stats", "C_r2dtable", r2dtable),
    native("stats", "C_chisq_sim", |it, c, a| table_sim(it, c, a, true)),
    native("stats", "C_Fisher_sim", |it, c, a| table_sim(it, c, a, false)),
];

fn fl(it: &Interp, a: &[ArgVal], i: usize) -> bool {
    a.get(i).is_some_and(|v| flag(it, v.value))
}

fn m2_1(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F2_1) -> EvalResult<Val> {
    let l = fl(it, a, 2);
    math_n(it, ctx, a, 2, &|x| f(x[0], x[1], l))
}

fn m2_2(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F2_2) -> EvalResult<Val> {
    let (l1, l2) = (fl(it, a, 2), fl(it, a, 3));
    math_n(it, ctx, a, 2, &|x| f(x[0], x[1], l1, l2))
}

fn m3_1(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F3_1) -> EvalResult<Val> {
    let l = fl(it, a, 3);
    math_n(it, ctx, a, 3, &|x| f(x[0], x[1], x[2], l))
}

fn m3_2(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F3_2) -> EvalResult<Val> {
    let (l1, l2) = (fl(it, a, 3), fl(it, a, 4));
    math_n(it, ctx, a, 3, &|x| f(x[0], x[1], x[2], l1, l2))
}

fn m4_1(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F4_1) -> EvalResult<Val> {
    let l = fl(it, a, 4);
    math_n(it, ctx, a, 4, &|x| f(x[0], x[1], x[2], x[3], l))
}

fn m4_2(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F4_2) -> EvalResult<Val> {
    let (l1, l2) = (fl(it, a, 4), fl(it, a, 5));
    math_n(it, ctx, a, 4, &|x| f(x[0], x[1], x[2], x[3], l1, l2))
}

fn arg(a: &[ArgVal], i: usize) -> Val {
    a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL))
}

/// `R_alloc(n, size)` (memory.c): a raw vector of `n * size + 1` bytes on the R_alloc stack.
fn r_alloc(it: &mut Interp, bytes: u64) -> EvalResult<()> {
    if bytes > 0 {
        super::vectors::unknown_vector(it, SexpType::Raw, bytes + 1)?;
    }
    Ok(())
}

/// `rsignrank(n)` (signrank.c).
fn rsignrank(mt: &mut Mt, n: f64) -> f64 {
    if n.is_nan() {
        return n;
    }
    let n = crate::nmath::forceint(n);
    if n < 0. {
        return f64::NAN;
    }
    if n == 0. {
        return 0.;
    }
    let mut r = 0.0;
    let k = n as i32;
    for i in 1..=k {
        r += i as f64 * (mt.unif_rand() + 0.5).floor();
    }
    r
}

/// `rwilcox(m, n)` (wilcox.c): `n` draws without replacement from `0 .. m+n` (`R_unif_index`).
fn rwilcox(mt: &mut Mt, kind: SampleKind, m: f64, n: f64) -> f64 {
    if m.is_nan() || n.is_nan() {
        return m + n;
    }
    let (m, n) = (crate::nmath::forceint(m), crate::nmath::forceint(n));
    if m < 0. || n < 0. {
        return f64::NAN;
    }
    if m == 0. || n == 0. {
        return 0.;
    }
    let mut k = (m + n) as usize;
    let mut x: Vec<i32> = (0..k as i32).collect();
    let mut r = 0.0;
    for _ in 0..n as i64 {
        let j = mt.unif_index(k as f64, kind) as usize;
        r += x[j] as f64;
        k -= 1;
        x[j] = x[k];
    }
    r - n * (n - 1.) / 2.
}

/// `random1` / `random2` / `random3` (random.c) with an integer result: the result vector, then
/// each parameter coerced to double, `n` draws with the parameters recycled, "NAs produced".
fn random_k(
    it: &mut Interp,
    ctx: &CallCtx,
    a: &[ArgVal],
    k: usize,
    name: &str,
    draw: &dyn Fn(&mut Mt, SampleKind, &[f64]) -> f64,
) -> EvalResult<Val> {
    let params: Vec<Val> = (1..=k).map(|i| arg(a, i)).collect();
    if params.iter().any(|&p| !is_numeric(it, p)) {
        return Err(native_error(it, ctx, "invalid arguments"));
    }
    let n = result_length(it, ctx, arg(a, 0)).map_err(|_| native_error(it, ctx, "invalid arguments"))?;
    let x = it.new_num(SexpType::Int, n, Num::Unknown)?;
    if n == 0 {
        it.heap.obj_mut(x).body = crate::heap::Body::Num(Num::Values(Rc::new(Vec::new())));
        return Ok(Val::Obj(x));
    }
    it.heap.protect(Val::Obj(x));
    let lens: Vec<u64> = params.iter().map(|&p| it.length(p)).collect();
    if lens.contains(&0) {
        // fillWithNAs
        it.heap.obj_mut(x).body = crate::heap::Body::Num(Num::Fill(crate::heap::na_real()));
        it.warn(None, "NAs produced".to_string())?;
        return Ok(Val::Obj(x));
    }
    for &p in &params {
        let c = super::coerce::coerce_vector(it, p, SexpType::Real)?;
        it.heap.protect(c);
    }
    get_rng_state(it);
    let line = ctx.call.pos.line;
    let contents: Vec<Num> = params.iter().map(|&p| it.num_content(p)).collect();
    let mut naflag = false;
    if state_known(it, line) {
        if n > MAX_CONCRETE {
            give_up(it, line, name);
        } else {
            let kind = it.rng.sample_kind;
            let mut out = Vec::with_capacity(n as usize);
            let mut xs = vec![0.0; k];
            let mut known = true;
            'draws: for i in 0..n {
                for j in 0..k {
                    match num_at(&contents[j], i % lens[j]) {
                        Some(v) => xs[j] = v,
                        None => {
                            known = false;
                            break 'draws;
                        }
                    }
                }
                let mt = it.rng.state().expect("known state");
                let v = draw(mt, kind, &xs);
                naflag |= v.is_nan();
                out.push(if v.is_nan() { crate::heap::na_real() } else { v });
            }
            if known {
                it.heap.obj_mut(x).body = crate::heap::Body::Num(Num::Values(Rc::new(out)));
            } else {
                lose_state(it, line, &format!("{name} with parameters the simulator does not know"));
            }
        }
    }
    if naflag {
        it.warn(None, "NAs produced".to_string())?;
    }
    put_rng_state(it)?;
    Ok(Val::Obj(x))
}

/// `asInteger(x)`, `None` for NA or a value the simulator does not know.
fn as_int(it: &Interp, v: Val) -> Option<i64> {
    it.num_elt(v, 0).filter(|x| !x.is_nan() && x.abs() < 2147483648.0).map(|x| x as i64)
}

/// `rmultinom(n, prob, K, rN)` (nmath/rmultinom.c): `K - 1` binomials, `p_tot` in long double.
fn rmultinom_draw(mt: &mut Mt, mut n: i64, prob: &[f64], out: &mut [f64]) -> Option<()> {
    let k = prob.len();
    let mut p_tot = LongDouble::ZERO;
    for &p in prob {
        p_tot = p_tot + LongDouble::from_f64(p);
    }
    out.iter_mut().for_each(|v| *v = 0.);
    if n == 0 || (k == 1 && p_tot.is_zero()) {
        return Some(());
    }
    for j in 0..k - 1 {
        if prob[j] != 0. {
            let pp = (LongDouble::from_f64(prob[j]) / p_tot).to_f64();
            out[j] = if pp < 1. { crate::lang::nmath::rbinom(mt, n as f64, pp)? } else { n as f64 };
            n -= out[j] as i64;
        } else {
            out[j] = 0.;
        }
        if n <= 0 {
            return Some(());
        }
        p_tot = p_tot - LongDouble::from_f64(prob[j]);
    }
    out[k - 1] = n as f64;
    Some(())
}

/// `do_rmultinom(n, size, prob)` (random.c): `prob` coerced to double (duplicated when it may
/// be referenced), checked and scaled (`FixupProb`), the `k x n` integer matrix (`allocMatrix`),
/// the draws, then `dimnames` `list(names(prob), NULL)` when `prob` has names.
fn rmultinom(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let n =
        as_int(it, arg(a, 0)).filter(|&n| n >= 0).ok_or_else(|| native_error(it, ctx, "invalid first argument 'n'"))?;
    let size = as_int(it, arg(a, 1))
        .filter(|&n| n >= 0)
        .ok_or_else(|| native_error(it, ctx, "invalid second argument 'size'"))?;
    let sp = arg(a, 2);
    let coerced = super::coerce::coerce_vector(it, sp, SexpType::Real)?;
    let prob = if coerced == sp && matches!(sp, Val::Obj(o) if it.heap.obj(o).refs > 0) {
        let Val::Obj(o) = sp else { unreachable!() };
        Val::Obj(it.duplicate(o)?)
    } else {
        coerced
    };
    it.heap.protect(prob);
    let k = it.length(prob) as usize;
    let p = it.num_values(prob);
    let mut scaled = None;
    if let Some(p) = &p {
        let (mut sum, mut npos) = (0.0, 0);
        for &x in p {
            if !x.is_finite() {
                return Err(native_error(it, ctx, "NA in probability vector"));
            }
            if x < 0.0 {
                return Err(native_error(it, ctx, "negative probability"));
            }
            if x > 0.0 {
                npos += 1;
                sum += x;
            }
        }
        if npos == 0 {
            return Err(native_error(it, ctx, "no positive probabilities"));
        }
        scaled = Some(p.iter().map(|x| x / sum).collect::<Vec<f64>>());
    }
    get_rng_state(it);
    let ans = it.new_num(SexpType::Int, k as u64 * n as u64, Num::Unknown)?;
    super::vectors::attach_dim(it, ans, &[k as u64, n as u64])?;
    it.heap.protect(Val::Obj(ans));
    let line = ctx.call.pos.line;
    if state_known(it, line) {
        match &scaled {
            Some(p) if k as u64 * n as u64 <= MAX_CONCRETE && k > 0 => {
                let mut out = vec![0.0; k * n as usize];
                let mt = it.rng.state().expect("known state");
                let ok = out.chunks_mut(k).all(|col| rmultinom_draw(mt, size, p, col).is_some());
                if ok {
                    it.heap.obj_mut(ans).body = crate::heap::Body::Num(Num::Values(Rc::new(out)));
                } else {
                    lose_state(it, line, "rmultinom() with a size rbinom() does not reproduce");
                }
            }
            Some(_) => give_up(it, line, "rmultinom()"),
            None => lose_state(it, line, "rmultinom() with probabilities the simulator does not know"),
        }
    }
    put_rng_state(it)?;
    if let Some(nms) = it.heap_attr(prob, "names") {
        let dimnames = it.new_list(vec![nms, NIL])?;
        it.heap.set_attr(ans, "dimnames", dimnames)?;
    }
    Ok(Val::Obj(ans))
}

/// `rcont2(nrow, ncol, nrowt, ncolt, ntotal, fact, jwork, matrix)` (rcont.c, Patefield's AS 159):
/// a random two-way table with the given margins.
fn rcont2(
    mt: &mut Mt,
    nrowt: &[i64],
    ncolt: &[i64],
    ntotal: i64,
    fact: &[f64],
    matrix: &mut [i64],
) -> Result<(), String> {
    let (nrow, ncol) = (nrowt.len(), ncolt.len());
    let (nr_1, nc_1) = (nrow - 1, ncol - 1);
    let mut ib = 0i64;
    let mut jwork: Vec<i64> = ncolt[..nc_1].to_vec();
    let mut jc = ntotal;
    for l in 0..nr_1 {
        let mut ia = nrowt[l];
        let mut ic = jc;
        jc -= ia;
        for m in 0..nc_1 {
            let id = jwork[m];
            let ie = ic;
            ib = ie - ia;
            let ii = ib - id;
            ic -= id;
            if ie == 0 {
                for j in m..nc_1 {
                    matrix[l + j * nrow] = 0;
                }
                ia = 0;
                break;
            }
            let mut u = mt.unif_rand();
            let mut nlm;
            'outer: loop {
                nlm = (ia as f64 * (id as f64 / ie as f64) + 0.5) as i64;
                let f = |i: i64| fact[i as usize];
                let mut x =
                    (f(ia) + f(ib) + f(ic) + f(id) - f(ie) - f(nlm) - f(id - nlm) - f(ia - nlm) - f(ii + nlm)).exp();
                if x >= u {
                    break 'outer;
                }
                if x == 0. {
                    return Err(format!("rcont2 [{l},{m}]: exp underflow to 0; algorithm failure"));
                }
                let mut sumprb = x;
                let mut y = x;
                let mut nll = nlm;
                loop {
                    let j = (id - nlm) as f64 * (ia - nlm) as f64;
                    let lsp = nlm == ia || nlm == id;
                    if !lsp {
                        nlm += 1;
                        x *= j / (nlm as f64 * (ii + nlm) as f64);
                        sumprb += x;
                        if sumprb >= u {
                            break 'outer;
                        }
                    }
                    loop {
                        let j = nll as f64 * (ii + nll) as f64;
                        let lsm = nll == 0;
                        if !lsm {
                            nll -= 1;
                            y *= j / ((id - nll) as f64 * (ia - nll) as f64);
                            sumprb += y;
                            if sumprb >= u {
                                nlm = nll;
                                break 'outer;
                            }
                            if !lsp {
                                break;
                            }
                        }
                        if lsm {
                            break;
                        }
                    }
                    if lsp {
                        break;
                    }
                }
                u = sumprb * mt.unif_rand();
            }
            matrix[l + m * nrow] = nlm;
            ia -= nlm;
            jwork[m] -= nlm;
        }
        matrix[l + nc_1 * nrow] = ia;
    }
    for m in 0..nc_1 {
        matrix[nr_1 + m * nrow] = jwork[m];
    }
    matrix[nr_1 + nc_1 * nrow] = ib - matrix[nr_1 + (nc_1 - 1) * nrow];
    Ok(())
}

/// Integer values of a vector the simulator knows.
fn ints(it: &Interp, v: Val) -> Option<Vec<i64>> {
    it.num_values(v).filter(|x| x.iter().all(|v| !v.is_nan())).map(|x| x.iter().map(|&v| v as i64).collect())
}

/// `r2dtable(n, r, c)` (random.c): the log-factorials (`R_alloc`), `jwork` (`R_alloc`), the
/// result list, then one `nr x nc` integer matrix a table.
fn r2dtable(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let (n, r, c) = (arg(a, 0), arg(a, 1), arg(a, 2));
    let (nr, nc) = (it.length(r) as usize, it.length(c) as usize);
    let is_int = |v: Val| it.type_of(v) == SexpType::Int;
    if !is_int(n) || it.length(n) == 0 || !is_int(r) || nr <= 1 || !is_int(c) || nc <= 1 {
        return Err(native_error(it, ctx, "invalid arguments"));
    }
    let samples = as_int(it, n).unwrap_or(0).max(0) as usize;
    let (rows, cols) = (ints(it, r), ints(it, c));
    let total: i64 = rows.as_ref().map_or(0, |r| r.iter().sum());
    r_alloc(it, 8 * (total as u64 + 1))?;
    r_alloc(it, 4 * nc as u64)?;
    let ans = it.heap.alloc_vector(
        SexpType::Vec,
        samples as u64,
        crate::heap::Body::Elems(crate::heap::Elems::Values(vec![NIL; samples])),
    )?;
    it.heap.protect(Val::Obj(ans));
    get_rng_state(it);
    let line = ctx.call.pos.line;
    let known = state_known(it, line) && rows.is_some() && cols.is_some();
    if state_known(it, line) && !known {
        lose_state(it, line, "r2dtable() with margins the simulator does not know");
    }
    let fact: Vec<f64> =
        if known { (0..=total).map(|i| crate::nmath::lgammafn((i + 1) as f64)).collect() } else { Vec::new() };
    for i in 0..samples {
        let num = match (known && it.rng.state().is_some(), &rows, &cols) {
            (true, Some(rows), Some(cols)) => {
                let mut m = vec![0i64; nr * nc];
                let mt = it.rng.state().expect("known state");
                rcont2(mt, rows, cols, total, &fact, &mut m).map_err(|e| native_error(it, ctx, e))?;
                Num::Values(Rc::new(m.iter().map(|&v| v as f64).collect()))
            }
            _ => Num::Unknown,
        };
        let tmp = it.new_num(SexpType::Int, (nr * nc) as u64, num)?;
        super::vectors::attach_dim(it, tmp, &[nr as u64, nc as u64])?;
        super::models::set_vector_elt(it, ans, i, tmp);
    }
    put_rng_state(it)?;
    Ok(Val::Obj(ans))
}

/// `chisq_sim(sr, sc, B, E)` / `Fisher_sim(sr, sc, B)` (chisqsim.c): the margins coerced to
/// integer (and `E` to double), three `R_alloc` buffers, the result of `B` doubles; each of the
/// `B` random tables (`rcont2`) gives its Pearson statistic or its log-probability.
fn table_sim(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], chisq: bool) -> EvalResult<Val> {
    let sr = super::coerce::coerce_vector(it, arg(a, 0), SexpType::Int)?;
    it.heap.protect(sr);
    let sc = super::coerce::coerce_vector(it, arg(a, 1), SexpType::Int)?;
    it.heap.protect(sc);
    let e = if chisq {
        let e = super::coerce::coerce_vector(it, arg(a, 3), SexpType::Real)?;
        it.heap.protect(e);
        Some(e)
    } else {
        None
    };
    let (nr, nc) = (it.length(sr) as usize, it.length(sc) as usize);
    let b = as_int(it, arg(a, 2)).unwrap_or(0).max(0) as usize;
    let (rows, cols) = (ints(it, sr), ints(it, sc));
    let total: i64 = rows.as_ref().map_or(0, |r| r.iter().sum());
    r_alloc(it, 4 * (nr * nc) as u64)?;
    r_alloc(it, 8 * (total as u64 + 1))?;
    r_alloc(it, 4 * nc as u64)?;
    let ans = it.new_num(SexpType::Real, b as u64, Num::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    get_rng_state(it);
    let line = ctx.call.pos.line;
    // the tables depend on the margins only: unknown expected values leave the state known
    let expected = e.map(|e| it.num_values(e));
    if state_known(it, line) {
        match (&rows, &cols) {
            (Some(rows), Some(cols)) if nr > 1 && nc > 1 => {
                let mut fact = vec![0.0; total as usize + 1];
                for i in 2..=total as usize {
                    fact[i] = fact[i - 1] + (i as f64).ln();
                }
                let mut out = Vec::with_capacity(b);
                let mut obs = vec![0i64; nr * nc];
                let mt = it.rng.state().expect("known state");
                for _ in 0..b {
                    if let Err(m) = rcont2(mt, rows, cols, total, &fact, &mut obs) {
                        return Err(native_error(it, ctx, m));
                    }
                    out.push(match &expected {
                        Some(Some(ex)) => obs.iter().zip(ex).fold(0., |s, (&o, e)| {
                            let o = o as f64;
                            s + (o - e) * (o - e) / e
                        }),
                        Some(None) => f64::NAN,
                        None => obs.iter().fold(0., |s, &o| s - fact[o as usize]),
                    });
                }
                if !matches!(expected, Some(None)) {
                    it.heap.obj_mut(ans).body = crate::heap::Body::Num(Num::Values(Rc::new(out)));
                }
            }
            _ => lose_state(it, line, "a simulated table test with margins the simulator does not know"),
        }
    }
    put_rng_state(it)?;
    Ok(Val::Obj(ans))
}

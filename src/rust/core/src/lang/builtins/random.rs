//! Random numbers: `set.seed()`, `RNGkind()`, the stats generators `runif()`, `rnorm()`,
//! `rexp()`, `rbinom()`, `rpois()` (`.Call`s of `stats/src/random.c`: `random1`/`random2` with
//! their argument recycling, NA results and "NAs produced"), and `sample()` / `sample.int()`
//! (`.Internal(sample())`, `.Internal(sample2())`). The numbers are R's own (`lang/rng.rs`,
//! `lang/nmath.rs`) once `set.seed()` made the generator's state known; before that R seeds from
//! the clock and the values are unknown.
//!
//! Every call that draws reads the state (`GetRNGstate`) and writes a new `.Random.seed` of 626
//! integers to the global environment (`PutRNGstate`). A vector longer than `MAX_CONCRETE` keeps
//! no values, but the generator still advances exactly by what R draws for it, up to
//! [`MAX_DISCARDED_VALUES`] values a call; past that the state is given up (later draws unknown,
//! noted for the user).

use std::rc::Rc;

use super::{closure, Args, Builtin};
use crate::heap::{Body, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{int_to_f64, normalize_num, num_at, EvalResult, Interp, MAX_CONCRETE};
use crate::lang::nmath;
use crate::lang::rng::{self, kinds_code, Mt, SampleKind, INVERSION, MERSENNE_TWISTER, RANDOM_SEED_LENGTH};
use crate::profile::R_XLEN_T_MAX;
use crate::sym::Sym;

pub(super) const BUILTINS: &[Builtin] = &[
    closure("set.seed", &["seed", "kind", "normal.kind", "sample.kind"], 4, set_seed),
    closure("runif", &["n", "min", "max"], 3, |it, c, a| random(it, c, a, Dist::Unif)),
    closure("rnorm", &["n", "mean", "sd"], 3, |it, c, a| random(it, c, a, Dist::Norm)),
    // `.Call(C_rexp, n, 1/rate)`: the division makes a scalar
    closure("rexp", &["n", "rate"], 2, |it, c, a| random(it, c, a, Dist::Exp)).scratch(1, 1),
    closure("rbinom", &["n", "size", "prob"], 3, |it, c, a| random(it, c, a, Dist::Binom)),
    closure("rpois", &["n", "lambda"], 2, |it, c, a| random(it, c, a, Dist::Pois)),
    closure("sample", &["x", "size", "replace", "prob"], 0, sample),
    closure("sample.int", &["n", "size", "replace", "prob", "useHash"], 4, sample_int),
];

/// The most values one call draws and throws away (a result longer than `MAX_CONCRETE`) while
/// the generator's state stays known: 2^25, `rnorm(3.3e7)` (its 6.7e7 uniforms are skipped
/// without being computed, about 0.1 s) or `sample(3.3e7)` (each draw computed, about 1 s; R
/// takes longer for either). Past it the state is given up.
pub const MAX_DISCARDED_VALUES: u64 = 1 << 25;

const SEED_NAME: &str = ".Random.seed";

// ---- the generator's state and .Random.seed -----------------------------------------------------

/// `GetRNGstate`: the state `.Random.seed` holds. The simulator's copy stands while the variable
/// is the object it last wrote, unchanged; another value is read as R reads it (kinds, then
/// `copy_seeds_in` and `FixupSeeds`); none means R seeds from the clock (`Randomize`).
fn get_rng_state(it: &mut Interp) {
    let g = it.global;
    let bound = it.env(g).find(&Sym::new(SEED_NAME)).map(|i| it.env(g).values[i]);
    let Some(v) = bound else {
        it.rng.mt = None;
        return;
    };
    if let (Val::Obj(o), Some((w, vals))) = (v, &it.rng.written) {
        let same = o == *w
            && match (&it.heap.obj(o).body, vals) {
                (Body::Num(Num::Values(now)), Some(vals)) => Rc::ptr_eq(now, vals),
                (Body::Num(Num::Unknown), None) => true,
                _ => false,
            };
        if same {
            return;
        }
    }
    it.rng.written = None;
    it.rng.mt = None;
    if it.type_of(v) != SexpType::Int {
        return;
    }
    let len = it.length(v);
    let Some(code) = it.num_elt(v, 0).filter(|c| !c.is_nan() && (0.0..=111000.0).contains(c)) else { return };
    let code = code as i32;
    let (kind, normal, sample) = (code % 100, code % 10000 / 100, code / 10000);
    if kind != MERSENNE_TWISTER || normal != INVERSION || sample > 1 {
        return;
    }
    it.rng.sample_kind = if sample == 0 { SampleKind::Rounding } else { SampleKind::Rejection };
    if len < RANDOM_SEED_LENGTH {
        return;
    }
    let seeds: Option<Vec<i32>> =
        (1..RANDOM_SEED_LENGTH).map(|i| it.num_elt(v, i).map(crate::lang::interp::f64_to_int)).collect();
    it.rng.mt = seeds.and_then(|s| Mt::from_seeds(&s));
}

/// `PutRNGstate`: a new `.Random.seed` (the kinds, then the state) in the global environment.
pub fn put_rng_state(it: &mut Interp) -> EvalResult<()> {
    let vals = it.rng.mt.as_ref().map(|mt| {
        let kinds = kinds_code(it.rng.sample_kind);
        Rc::new(std::iter::once(kinds).chain(mt.seeds()).map(int_to_f64).collect::<Vec<f64>>())
    });
    let num = vals.clone().map_or(Num::Unknown, Num::Values);
    let seed = it.heap.alloc_vector(SexpType::Int, RANDOM_SEED_LENGTH, Body::Num(num))?;
    let g = it.global;
    it.define(g, SEED_NAME, Val::Obj(seed))?;
    it.rng.written = Some((seed, vals));
    Ok(())
}

/// The state for a call that draws, noting once why the values are unknown when it is not known.
fn state_known(it: &mut Interp, line: u32) -> bool {
    if it.rng.mt.is_some() {
        return true;
    }
    if !it.rng.noted {
        it.rng.noted = true;
        it.notes.push(format!(
            "line {line}: random numbers drawn from a state the simulator does not know (no set.seed() before, or \
             given up after a long draw); their values are unknown"
        ));
    }
    false
}

/// Give the state up: a draw too long to reproduce.
fn give_up(it: &mut Interp, line: u32, what: &str) {
    it.rng.mt = None;
    it.rng.noted = true;
    it.notes.push(format!(
        "line {line}: {what} draws more than {MAX_DISCARDED_VALUES} values; the simulator stops following the \
         random number generator (later draws are unknown)"
    ));
}

// ---- set.seed(), RNGkind() ------------------------------------------------------------------------

/// A kind argument as `set.seed()` matches it (`pmatch()` against R's names): `Ok(None)` for
/// NULL, `Err(message)` for no match.
fn kind_arg(it: &Interp, v: Option<Val>, names: &[&str]) -> Result<Option<usize>, String> {
    let Some(v) = v.filter(|v| !it.is_null(*v)) else { return Ok(None) };
    let s = it.str_values(v).filter(|s| s.len() == 1).and_then(|s| s[0].clone());
    let Some(s) = s else { return Err("must be a character string of length 1".into()) };
    if let Some(i) = names.iter().position(|n| **n == *s) {
        return Ok(Some(i));
    }
    let partial: Vec<usize> = (0..names.len()).filter(|&i| names[i].starts_with(&*s)).collect();
    match partial[..] {
        [i] if !s.is_empty() => Ok(Some(i)),
        _ => Err(format!("'{s}' is not a valid choice")),
    }
}

const RNG_KINDS: &[&str] = &[
    "Wichmann-Hill",
    "Marsaglia-Multicarry",
    "Super-Duper",
    "Mersenne-Twister",
    "Knuth-TAOCP",
    "user-supplied",
    "Knuth-TAOCP-2002",
    "L'Ecuyer-CMRG",
    "default",
];
const NORMAL_KINDS: &[&str] = &[
    "Buggy Kinderman-Ramage",
    "Ahrens-Dieter",
    "Box-Muller",
    "user-supplied",
    "Inversion",
    "Kinderman-Ramage",
    "default",
];
const SAMPLE_KINDS: &[&str] = &["Rounding", "Rejection", "default"];

/// The kinds `set.seed()` and `RNGkind()` are given: the generator and normal kinds the simulator
/// reproduces (Mersenne-Twister, Inversion) or `false`, and the sample kind if given.
fn kinds(it: &mut Interp, ctx: &CallCtx, a: &Args, set_seed: bool) -> EvalResult<(bool, Option<SampleKind>)> {
    let kind = kind_arg(it, a.get("kind"), RNG_KINDS).map_err(|m| {
        ctx.error(if m.starts_with("must") {
            "'kind' must be a character string of length 1 (RNG to be used).".to_string()
        } else {
            m.replace("is not a valid choice", "is not a valid abbreviation of an RNG")
        })
    })?;
    let normal = kind_arg(it, a.get("normal.kind"), NORMAL_KINDS)
        .map_err(|m| ctx.error(if m.starts_with("must") { format!("'normal.kind' {m}") } else { m }))?;
    if normal == Some(0) && set_seed {
        return Err(ctx.error("buggy version of Kinderman-Ramage generator is not allowed"));
    }
    let sample = kind_arg(it, a.get("sample.kind"), SAMPLE_KINDS)
        .map_err(|m| ctx.error(if m.starts_with("must") { format!("'sample.kind' {m}") } else { m }))?;
    if sample == Some(0) {
        it.warn(None, "non-uniform 'Rounding' sampler used".to_string())?;
    }
    let reproduced = kind.is_none_or(|k| k == 3 || k == 8) && normal.is_none_or(|k| k == 4 || k == 6);
    if !reproduced {
        it.notes.push(format!(
            "line {}: only the Mersenne-Twister generator with Inversion is reproduced; random numbers are unknown \
             from here",
            ctx.call.pos.line
        ));
    }
    let sample = sample.map(|k| if k == 0 { SampleKind::Rounding } else { SampleKind::Rejection });
    Ok((reproduced, sample))
}

/// `set.seed(seed, kind, normal.kind, sample.kind)`: `do_setseed`, the kinds in `.Random.seed`
/// first (`GetRNGkind`), then `RNG_Init` and `PutRNGstate`.
fn set_seed(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let seed = match a.get("seed").filter(|v| !it.is_null(*v)) {
        Some(v) => match it.type_of(v) {
            SexpType::Lgl | SexpType::Int | SexpType::Real if it.length(v) >= 1 => match it.num_elt(v, 0) {
                Some(x) if x.is_nan() || x.abs() >= 2147483648.0 => {
                    return Err(ctx.error("supplied seed is not a valid integer"))
                }
                Some(x) => Some(x as i32),
                None => None,
            },
            _ => return Err(ctx.error("supplied seed is not a valid integer")),
        },
        None => None,
    };
    let (reproduced, sample) = kinds(it, ctx, a, true)?;
    get_rng_state(it);
    if let Some(k) = sample {
        it.rng.sample_kind = k;
    }
    it.rng.mt = seed.filter(|_| reproduced).map(Mt::from_seed);
    it.rng.noted = false;
    if seed.is_none() && reproduced && a.get("seed").is_some_and(|v| !it.is_null(v)) {
        it.notes.push(format!("line {}: the seed's value is not known to the simulator", ctx.call.pos.line));
    }
    put_rng_state(it)?;
    it.visible = false;
    Ok(Val::Obj(NIL))
}

// ---- runif(), rnorm(), rexp(), rbinom(), rpois() ----------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dist {
    Unif,
    Norm,
    Exp,
    Binom,
    Pois,
}

impl Dist {
    /// The parameters after `n`, with the R closure's defaults.
    fn params(self) -> &'static [(&'static str, Option<f64>)] {
        match self {
            Dist::Unif => &[("min", Some(0.0)), ("max", Some(1.0))],
            Dist::Norm => &[("mean", Some(0.0)), ("sd", Some(1.0))],
            Dist::Exp => &[("rate", Some(1.0))],
            Dist::Binom => &[("size", None), ("prob", None)],
            Dist::Pois => &[("lambda", None)],
        }
    }

    /// `random1`/`random2`'s result type.
    fn result_type(self) -> SexpType {
        match self {
            Dist::Binom | Dist::Pois => SexpType::Int,
            _ => SexpType::Real,
        }
    }

    /// Uniforms one draw takes when that does not depend on what is drawn.
    fn fixed_draws(self, a: f64, b: f64) -> Option<u64> {
        match self {
            Dist::Unif => Some(nmath::runif_draws(a, b)),
            Dist::Norm => Some(nmath::rnorm_draws(a, b)),
            _ => None,
        }
    }

    /// One draw (`None`: not reproduced).
    fn draw(self, rng: &mut rng::Rng, a: f64, b: f64) -> Option<f64> {
        let mt = rng.mt.as_mut()?;
        Some(match self {
            Dist::Unif => nmath::runif(mt, a, b),
            Dist::Norm => nmath::rnorm(mt, a, b),
            Dist::Exp => nmath::rexp(mt, a),
            Dist::Binom => nmath::rbinom(mt, a, b)?,
            Dist::Pois => nmath::rpois(mt, &mut rng.pois, a),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Dist::Unif => "runif()",
            Dist::Norm => "rnorm()",
            Dist::Exp => "rexp()",
            Dist::Binom => "rbinom()",
            Dist::Pois => "rpois()",
        }
    }
}

/// `resultLength`: `n` itself, or the length of a longer vector.
fn result_length(it: &Interp, ctx: &CallCtx, nv: Val) -> EvalResult<u64> {
    let t = it.type_of(nv);
    if !t.is_vector() {
        return Err(ctx.error("invalid arguments"));
    }
    if it.length(nv) != 1 {
        return Ok(it.length(nv));
    }
    // `asReal()`: a string is parsed
    let x = match t {
        SexpType::Str => it.str_values(nv).and_then(|s| s[0].clone()).and_then(|s| s.trim().parse::<f64>().ok()),
        SexpType::Lgl | SexpType::Int | SexpType::Real => match it.num_elt(nv, 0) {
            Some(x) => Some(x),
            None => return Err(ctx.error("rheap does not know the value of the 'n' argument")),
        },
        _ => None,
    };
    match x {
        Some(x) if (0.0..=R_XLEN_T_MAX).contains(&x) => Ok(x as u64),
        _ => Err(ctx.error("invalid arguments")),
    }
}

/// A parameter: the argument, or `None` for the closure's default (a constant, which the
/// simulator does not allocate).
fn param(ctx: &CallCtx, a: &Args, name: &str, default: Option<f64>) -> EvalResult<Option<Val>> {
    match (a.get(name), default) {
        (Some(v), _) => Ok(Some(v)),
        (None, Some(_)) => Ok(None),
        (None, None) => Err(ctx.error(format!("argument \"{name}\" is missing, with no default"))),
    }
}

/// `isNumeric()`: logical, integer (not a factor) or double.
fn is_numeric(it: &Interp, v: Val) -> bool {
    match it.type_of(v) {
        SexpType::Lgl | SexpType::Real => true,
        SexpType::Int => !super::objects::inherits_class(it, v, "factor"),
        _ => false,
    }
}

/// `random1` / `random2`: `n` draws with the parameters recycled.
fn random(it: &mut Interp, ctx: &CallCtx, a: &mut Args, dist: Dist) -> EvalResult<Val> {
    let n_val = a.need(ctx, "n")?;
    let mut params = Vec::new();
    for &(name, default) in dist.params() {
        params.push(param(ctx, a, name, default)?);
    }
    if params.iter().flatten().any(|&p| !is_numeric(it, p)) {
        return Err(ctx.error("invalid arguments"));
    }
    let n = result_length(it, ctx, n_val)?;
    let t = dist.result_type();
    let out = it.new_num(t, n, Num::Unknown)?;
    it.heap.protect(Val::Obj(out));
    if n == 0 {
        set_values(it, out, Num::Values(Rc::new(Vec::new())));
        return Ok(Val::Obj(out));
    }
    let lens: Vec<u64> = params.iter().map(|p| p.map_or(1, |p| it.length(p))).collect();
    if lens.contains(&0) {
        // `fillWithNAs`
        set_values(it, out, Num::Fill(crate::heap::na_real()));
        it.warn(None, "NAs produced".to_string())?;
        return Ok(Val::Obj(out));
    }
    // `coerceVector(sa, REALSXP)` copies what is not double (`rexp()` passes `1 / rate`, a double)
    for &p in params.iter().flatten() {
        if it.type_of(p) != SexpType::Real && dist != Dist::Exp {
            super::vectors::unknown_vector(it, SexpType::Real, it.length(p))?;
        }
    }
    get_rng_state(it);
    let line = ctx.call.pos.line;
    let contents: Vec<Num> = params
        .iter()
        .zip(dist.params())
        .map(|(p, (_, default))| match p {
            Some(p) => it.num_content(*p),
            None => Num::Fill(default.unwrap_or(f64::NAN)),
        })
        .collect();
    let param_at = |k: usize, i: u64| num_at(&contents[k], i % lens[k]);
    let param_pair = |i: u64| -> Option<(f64, f64)> {
        let x = param_at(0, i)?;
        let y = if contents.len() > 1 { param_at(1, i)? } else { 0.0 };
        Some((if dist == Dist::Exp { 1.0 / x } else { x }, y))
    };
    let keep = n <= MAX_CONCRETE;
    let mut result = Num::Unknown;
    let mut naflag = false;
    let mut real = false;
    if state_known(it, line) {
        if !keep && n > MAX_DISCARDED_VALUES {
            give_up(it, line, dist.name());
        } else if !keep
            && lens.iter().all(|&l| l == 1)
            && param_pair(0).and_then(|(x, y)| dist.fixed_draws(x, y)).is_some()
        {
            // every draw takes the same number of uniforms: skip them
            let (x, y) = param_pair(0).unwrap_or_default();
            let draws = dist.fixed_draws(x, y).unwrap_or(0);
            if let Some(mt) = it.rng.mt.as_mut() {
                mt.skip(n * draws);
            }
            naflag = fixed_nan(dist, x, y);
        } else {
            let mut vals = Vec::with_capacity(if keep { n as usize } else { 0 });
            let mut known = true;
            for i in 0..n {
                let Some((x, y)) = param_pair(i) else {
                    known = false;
                    break;
                };
                match dist.draw(&mut it.rng, x, y) {
                    Some(v) => {
                        naflag |= v.is_nan();
                        real |= t == SexpType::Int && (v > i32::MAX as f64 || v <= i32::MIN as f64);
                        if keep {
                            vals.push(v);
                        }
                    }
                    None => {
                        known = false;
                        break;
                    }
                }
            }
            if !known {
                it.rng.mt = None;
                it.rng.noted = true;
                it.notes.push(format!(
                    "line {line}: {} with parameters the simulator does not know or does not reproduce; random \
                     numbers are unknown from here",
                    dist.name()
                ));
            } else if keep {
                if t == SexpType::Int && !real {
                    for v in vals.iter_mut() {
                        if v.is_nan() {
                            *v = crate::heap::na_real();
                        }
                    }
                }
                result = normalize_num(Num::Values(Rc::new(vals)), n);
            }
        }
    }
    let out = if real {
        // integer overflow: R coerces what it has drawn to double and goes on in double
        let r = it.new_num(SexpType::Real, n, result)?;
        it.heap.protect(Val::Obj(r));
        r
    } else {
        set_values(it, out, result);
        out
    };
    if naflag {
        it.warn(None, "NAs produced".to_string())?;
    }
    put_rng_state(it)?;
    Ok(Val::Obj(out))
}

/// Whether a draw with parameters that take no uniforms is NaN (R's invalid parameters).
fn fixed_nan(dist: Dist, x: f64, y: f64) -> bool {
    match dist {
        Dist::Unif => !x.is_finite() || !y.is_finite() || y < x,
        Dist::Norm => x.is_nan() || !y.is_finite() || y < 0.0,
        _ => false,
    }
}

fn set_values(it: &mut Interp, id: ObjId, num: Num) {
    let len = it.heap.obj(id).length;
    it.heap.obj_mut(id).body = Body::Num(normalize_num(num, len));
}

// ---- sample(), sample.int() ------------------------------------------------------------------------

/// `sample(x, size, replace = FALSE, prob = NULL)`: a single number `x >= 1` samples `1:x`
/// (`sample.int(x, size, ...)`), anything else `x[sample.int(length(x), size, ...)]`.
fn sample(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let numeric = matches!(it.type_of(x), SexpType::Int | SexpType::Real | SexpType::Lgl)
        && !super::objects::inherits_class(it, x, "factor");
    // (a number the simulator does not know is taken for a population size)
    let single = it.length(x) == 1
        && numeric
        && it.type_of(x) != SexpType::Lgl
        && it.num_elt(x, 0).is_none_or(|v| v.is_finite() && v >= 1.0);
    let n = if single { x } else { Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(it.length(x) as f64))?) };
    let size = a.get("size").unwrap_or(n);
    let replace = a.get("replace");
    let prob = a.get("prob");
    let idx = do_sample(it, ctx, n, size, replace, prob)?;
    if single {
        return Ok(idx);
    }
    it.heap.protect(idx);
    super::subset::index1(it, ctx, x, &[ArgVal { name: None, value: idx }], None)
}

/// `sample.int(n, size = n, replace = FALSE, prob = NULL, useHash = ...)`.
fn sample_int(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let n = a.need(ctx, "n")?;
    if it.length(n) != 1 {
        return Err(ctx.error("length(n) == 1L is not TRUE"));
    }
    let size = a.get("size").unwrap_or(n);
    let replace = a.get("replace");
    let prob = a.get("prob").filter(|p| !it.is_null(*p));
    let dn = it.num_elt(n, 0);
    let use_hash = match a.get("useHash") {
        Some(u) => it.num_elt(u, 0).is_some_and(|u| u != 0.0),
        None => {
            let rep = replace.and_then(|r| it.num_elt(r, 0)).is_some_and(|r| r != 0.0);
            let k = it.num_elt(size, 0);
            matches!((dn, k), (Some(dn), Some(k)) if dn > 1e7 && !rep && prob.is_none() && k <= dn / 2.0)
        }
    };
    if use_hash {
        return sample2(it, ctx, n, size);
    }
    do_sample(it, ctx, n, size, replace, prob)
}

/// A logical argument as `asLogical` reads it (`None`: NA or unknown).
fn as_logical(it: &Interp, v: Option<Val>, default: bool) -> Option<bool> {
    match v {
        None => Some(default),
        Some(v) => it.num_elt(v, 0).filter(|x| !x.is_nan()).map(|x| x != 0.0),
    }
}

/// `.Internal(sample(n, size, replace, prob))` (`do_sample`).
fn do_sample(
    it: &mut Interp,
    ctx: &CallCtx,
    n: Val,
    size: Val,
    replace: Option<Val>,
    prob: Option<Val>,
) -> EvalResult<Val> {
    if it.length(size) != 1 {
        return Err(ctx.error("invalid 'size' argument"));
    }
    if replace.is_some_and(|r| it.length(r) != 1) {
        return Err(ctx.error("invalid 'replace' argument"));
    }
    let replace = as_logical(it, replace, false).ok_or_else(|| ctx.error("invalid 'replace' argument"))?;
    let prob = prob.filter(|p| !it.is_null(*p));
    let line = ctx.call.pos.line;
    let k = it.num_elt(size, 0).ok_or_else(|| ctx.error("rheap does not know the value of 'size' in sample()"))?;
    get_rng_state(it);
    let Some(dn) = it.num_elt(n, 0) else {
        // a population the simulator does not know: `size` draws of unknown values
        let y = it.new_num(SexpType::Int, k.max(0.0) as u64, Num::Unknown)?;
        it.heap.protect(Val::Obj(y));
        if state_known(it, line) {
            it.rng.mt = None;
            it.notes.push(format!(
                "line {line}: sample() from a population the simulator does not know; random numbers are unknown                  from here"
            ));
        }
        put_rng_state(it)?;
        return Ok(Val::Obj(y));
    };
    if let Some(prob) = prob {
        // asInteger(): NA for NaN and outside the integer range
        let (n, k) = (dn.trunc(), k.trunc());
        if dn.is_nan() || n < 0.0 || n > i32::MAX as f64 || (k > 0.0 && n == 0.0) {
            return Err(ctx.error("invalid first argument"));
        }
        if k.is_nan() || k < 0.0 || k > i32::MAX as f64 {
            return Err(ctx.error("invalid 'size' argument"));
        }
        if !replace && k > n {
            return Err(ctx.error("cannot take a sample larger than the population when 'replace = FALSE'"));
        }
        let (n, k) = (n as u64, k as u64);
        let y = it.new_num(SexpType::Int, k, Num::Unknown)?;
        it.heap.protect(Val::Obj(y));
        // the probabilities, coerced to double or duplicated (they are referenced), then `x`
        super::vectors::unknown_vector(it, SexpType::Real, it.length(prob))?;
        if it.length(prob) != n {
            return Err(ctx.error("incorrect number of probabilities"));
        }
        let p = it.num_values(prob);
        if let Some(mut p) = p.clone() {
            rng::fixup_prob(&mut p, k, replace).map_err(|m| ctx.error(m))?;
            super::vectors::unknown_vector(it, SexpType::Int, n)?;
            if state_known(it, line) {
                if k > MAX_DISCARDED_VALUES {
                    give_up(it, line, "sample()");
                } else {
                    let kind = it.rng.sample_kind;
                    let mt = it.rng.mt.as_mut().expect("known state");
                    let v = rng::sample_prob(mt, kind, &mut p, k, replace);
                    if k <= MAX_CONCRETE {
                        set_values(it, y, Num::Values(Rc::new(v)));
                    }
                }
            }
        } else {
            super::vectors::unknown_vector(it, SexpType::Int, n)?;
            if state_known(it, line) {
                it.rng.mt = None;
                it.notes.push(format!(
                    "line {line}: sample() with probabilities the simulator does not know; random numbers are \
                     unknown from here"
                ));
            }
        }
        put_rng_state(it)?;
        return Ok(Val::Obj(y));
    }
    if !(0.0..=4.5e15).contains(&dn) || (k > 0.0 && dn == 0.0) {
        return Err(ctx.error("invalid first argument"));
    }
    // asVecSize()
    if !(0.0..=R_XLEN_T_MAX).contains(&k) {
        return Err(ctx.error("invalid 'size' argument"));
    }
    let k = k as u64;
    if !replace && k as f64 > dn {
        return Err(ctx.error("cannot take a sample larger than the population when 'replace = FALSE'"));
    }
    let long = dn > i32::MAX as f64 || k > i32::MAX as u64;
    let t = if long { SexpType::Real } else { SexpType::Int };
    let y = it.new_num(t, k, Num::Unknown)?;
    it.heap.protect(Val::Obj(y));
    if !replace && k >= 2 {
        // R_alloc'd candidates: n integers (n doubles for long vectors)
        let bytes = if long { 8 } else { 4 };
        super::vectors::unknown_vector(it, SexpType::Raw, bytes * dn as u64)?;
    }
    let dn = if long { dn } else { dn.trunc() };
    if state_known(it, line) {
        if k > MAX_DISCARDED_VALUES {
            give_up(it, line, "sample()");
        } else {
            let keep = k <= MAX_CONCRETE;
            let kind = it.rng.sample_kind;
            let mt = it.rng.mt.as_mut().expect("known state");
            let v = rng::sample_uniform(mt, kind, dn, k, replace, keep);
            if keep {
                set_values(it, y, Num::Values(Rc::new(v)));
            }
        }
    }
    put_rng_state(it)?;
    Ok(Val::Obj(y))
}

/// `.Internal(sample2(n, size))` (`do_sample2`): the result, and a hash table of at least twice
/// its length (`HashTableSetup`) for the repeats.
fn sample2(it: &mut Interp, ctx: &CallCtx, n: Val, size: Val) -> EvalResult<Val> {
    if it.length(size) != 1 {
        return Err(ctx.error("invalid 'size' argument"));
    }
    let line = ctx.call.pos.line;
    let dn = it.num_elt(n, 0).ok_or_else(|| ctx.error("rheap does not know the value of 'n' in sample()"))?;
    let k = it.num_elt(size, 0).ok_or_else(|| ctx.error("rheap does not know the value of 'size' in sample()"))?;
    if !(0.0..=4.5e15).contains(&dn) || (k > 0.0 && dn == 0.0) {
        return Err(ctx.error("invalid first argument"));
    }
    if k.is_nan() || k < 0.0 {
        return Err(ctx.error("invalid 'size' argument"));
    }
    if k > dn / 2.0 {
        return Err(ctx.error("This algorithm is for size <= n/2"));
    }
    let k = k as u64;
    get_rng_state(it);
    let t = if dn > i32::MAX as f64 { SexpType::Real } else { SexpType::Int };
    let y = it.new_num(t, k, Num::Unknown)?;
    it.heap.protect(Val::Obj(y));
    let mut m = 2u64;
    while m < 2 * k {
        m *= 2;
    }
    super::vectors::unknown_vector(it, SexpType::Int, m)?;
    if state_known(it, line) {
        if k > MAX_CONCRETE {
            // telling repeats apart needs every value drawn so far
            give_up(it, line, "sample() of more than MAX_CONCRETE from a very large population");
        } else {
            let kind = it.rng.sample_kind;
            let mt = it.rng.mt.as_mut().expect("known state");
            let v = rng::sample_hashed(mt, kind, dn, k);
            set_values(it, y, Num::Values(Rc::new(v)));
        }
    }
    put_rng_state(it)?;
    Ok(Val::Obj(y))
}

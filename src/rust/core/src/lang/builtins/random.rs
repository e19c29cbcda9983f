//! Random numbers: `set.seed()`, `RNGkind()`, the stats generators `runif()`, `rnorm()`,
//! `rexp()`, `rbinom()`, `rpois()`, `rgamma()`, `rchisq()`, `rt()`, `rcauchy()`, `rlnorm()`,
//! `rlogis()`, `rweibull()`, `rgeom()`, `rnbinom()` (`.Call`s of `stats/src/random.c`:
//! `random1`/`random2` with their argument recycling, NA results and "NAs produced"), and
//! `sample()` / `sample.int()` (`.Internal(sample())`, `.Internal(sample2())`). The numbers are
//! R's own (`lang/rng.rs`,
//! `lang/nmath.rs`) once `set.seed()` made the generator's state known; before that R seeds from
//! the clock and the values are unknown.
//!
//! Every call that draws reads the state (`GetRNGstate`) and writes a new `.Random.seed` of 626
//! integers to the global environment (`PutRNGstate`). A vector longer than `MAX_CONCRETE` keeps
//! no values, but the generator still advances exactly by what R draws for it, within a bound of
//! work a call ([`MAX_SKIPPED_UNIFORMS`] uniforms skipped, [`MAX_COMPUTED_VALUES`] values
//! computed and thrown away); past it the state is given up (later draws unknown, noted for the
//! user).

use std::rc::Rc;

use super::internal::{internal, positional};
use super::{closure, Args, Builtin};
use crate::heap::{Base, Body, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{int_to_f64, normalize_num, num_at, EvalResult, Interp, MAX_CONCRETE};
use crate::lang::nmath;
use crate::lang::rng::{self, Mt, SampleKind, INVERSION, MERSENNE_TWISTER, RANDOM_SEED_LENGTH};
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
    closure("rgamma", &["n", "shape", "rate", "scale"], 3, rgamma),
    closure("rchisq", &["n", "df", "ncp"], 2, |it, c, a| central(it, c, a, Dist::Chisq)),
    closure("rt", &["n", "df", "ncp"], 2, |it, c, a| central(it, c, a, Dist::T)),
    closure("rcauchy", &["n", "location", "scale"], 3, |it, c, a| random(it, c, a, Dist::Cauchy)),
    closure("rlnorm", &["n", "meanlog", "sdlog"], 3, |it, c, a| random(it, c, a, Dist::Lnorm)),
    closure("rlogis", &["n", "location", "scale"], 3, |it, c, a| random(it, c, a, Dist::Logis)),
    closure("rweibull", &["n", "shape", "scale"], 3, |it, c, a| random(it, c, a, Dist::Weibull)),
    closure("rgeom", &["n", "prob"], 2, |it, c, a| random(it, c, a, Dist::Geom)),
    closure("rnbinom", &["n", "size", "prob", "mu"], 3, rnbinom),
    closure("sample", &["x", "size", "replace", "prob"], 0, sample),
    closure("sample.int", &["n", "size", "replace", "prob", "useHash"], 4, sample_int),
];

/// The internals behind base's closures (`RNGkind()`, `RNGversion()` run as R's own code).
pub(super) const INTERNALS: &[Builtin] = &[
    internal("set.seed", &["seed", "kind", "normal.kind", "sample.kind"], internal_set_seed),
    internal("RNGkind", &["kind", "normal.kind", "sample.kind"], internal_rngkind),
    internal("sample", &["x", "size", "replace", "prob"], |it, c, a| {
        let (n, size) = (positional(a, 0), positional(a, 1));
        let n = n.ok_or_else(|| c.error("invalid first argument"))?;
        do_sample(it, c, n, size.unwrap_or(n), positional(a, 2), positional(a, 3))
    }),
    internal("sample2", &["n", "size"], |it, c, a| {
        let n = positional(a, 0).ok_or_else(|| c.error("invalid first argument"))?;
        sample2(it, c, n, positional(a, 1).unwrap_or(n))
    }),
];

/// The bound of work on draws whose values are not kept (a result longer than `MAX_CONCRETE`)
/// while the generator's state stays known. Where every draw takes the same number of uniforms
/// (`runif()`, `rnorm()` with scalar parameters) the twister only advances, without tempering or
/// converting: 2^28 uniforms, `rnorm(1.3e8)` or `runif(2.7e8)`, about 0.25 s of CPU (R needs
/// 1-2 GB and tens of seconds for those). Other draws are computed one by one: 2^24 values,
/// `sample(1.6e7)` or `rexp(1.6e7)`, about 0.5 s (measured 25-50 ns a value; R takes longer).
pub const MAX_SKIPPED_UNIFORMS: u64 = 1 << 28;

/// The first values of a result too long to keep (`head(x)`, `x[1:10]`, `x[1]` of
/// `x <- rnorm(1e6)` print R's numbers).
pub const KEPT_HEAD: u64 = 100;
pub const MAX_COMPUTED_VALUES: u64 = 1 << 24;

const SEED_NAME: &str = ".Random.seed";

// ---- the generator's state and .Random.seed -----------------------------------------------------

/// Whether two descriptions of values are the same object's (what the simulator wrote, unchanged).
fn same_values(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Values(x), Num::Values(y)) => Rc::ptr_eq(x, y),
        (Num::Patched(x), Num::Patched(y)) => Rc::ptr_eq(x, y),
        (Num::Unknown, Num::Unknown) => true,
        _ => false,
    }
}

/// `GetRNGstate`: the state `.Random.seed` holds. The simulator's copy stands while the variable
/// is the object it last wrote, unchanged; another value is read as R reads it (the kinds,
/// `GetRNGkind`, then `copy_seeds_in` and `FixupSeeds`); none means R seeds from the clock
/// (`Randomize`), and so does a value it cannot use (R warns then; not simulated).
pub(super) fn get_rng_state(it: &mut Interp) {
    let g = it.global;
    let bound = it.env(g).find(&Sym::new(SEED_NAME)).map(|i| it.env(g).values[i]);
    let Some(v) = bound else {
        randomize(it);
        return;
    };
    if let (Val::Obj(o), Some((w, vals))) = (v, &it.rng.written) {
        if o == *w && matches!(&it.heap.obj(o).body, Body::Num(now) if same_values(now, vals)) {
            return;
        }
    }
    it.rng.written = None;
    it.rng.mt = None;
    let code = (it.type_of(v) == SexpType::Int)
        .then(|| it.num_elt(v, 0))
        .flatten()
        .filter(|c| !c.is_nan() && (0.0..=111000.0).contains(c));
    let Some(code) = code.map(|c| c as i32) else {
        it.rng = rng::Rng { pois: it.rng.pois.clone(), ..Default::default() };
        return;
    };
    let (kind, normal, sample) = (code % 100, code % 10000 / 100, code / 10000);
    if normal > 5 || sample > 1 || kind > 7 {
        it.rng = rng::Rng { pois: it.rng.pois.clone(), ..Default::default() };
        return;
    }
    it.rng.kind = kind;
    it.rng.normal_kind = normal;
    it.rng.sample_kind = if sample == 0 { SampleKind::Rounding } else { SampleKind::Rejection };
    if kind != MERSENNE_TWISTER || it.length(v) < RANDOM_SEED_LENGTH {
        return;
    }
    let seeds: Option<Vec<i32>> =
        (1..RANDOM_SEED_LENGTH).map(|i| it.num_elt(v, i).map(crate::lang::interp::f64_to_int)).collect();
    it.rng.mt = seeds.and_then(|s| Mt::from_seeds(&s));
}

/// What `TimeToSeed()` (times.c: the clock's seconds and microseconds and the process id) is taken
/// to return. R's value differs from run to run, so no value is R's; a fixed one makes the draws
/// of an unseeded script known (plausible values, real branches) and the simulation repeatable.
const TIME_TO_SEED: i32 = 0;

/// `Randomize(kind)` (RNG.c): a session without `.Random.seed` seeds its generator from the clock,
/// `RNG_Init(kind, TimeToSeed())`, before its first draw.
fn randomize(it: &mut Interp) {
    it.rng.mt = (it.rng.kind == MERSENNE_TWISTER).then(|| Mt::from_seed(TIME_TO_SEED));
}

/// `PutRNGstate`: a new `.Random.seed` (the kinds, then the state) in the global environment; its
/// first element is known even when the state is not.
pub fn put_rng_state(it: &mut Interp) -> EvalResult<()> {
    let code = it.rng.kinds_code() as f64;
    let num = match (&it.rng.mt, it.rng.kind == MERSENNE_TWISTER) {
        (Some(mt), true) => {
            Num::Values(Rc::new(std::iter::once(code).chain(mt.seeds().map(int_to_f64)).collect::<Vec<f64>>()))
        }
        _ => crate::lang::interp::patched(Base::Unknown, std::iter::once((0, code)).collect(), RANDOM_SEED_LENGTH),
    };
    let seed = it.heap.alloc_vector(SexpType::Int, RANDOM_SEED_LENGTH, Body::Num(num.clone()))?;
    let g = it.global;
    it.define(g, SEED_NAME, Val::Obj(seed))?;
    it.rng.written = Some((seed, num));
    Ok(())
}

/// Whether a call that draws finds the state known, noting once why the values are unknown when
/// it does not.
pub(super) fn state_known(it: &mut Interp, line: u32) -> bool {
    if it.rng.state().is_some() {
        return true;
    }
    if !it.rng.noted {
        it.rng.noted = true;
        let why = if it.rng.reproduced() {
            "no set.seed() before, or given up after a long draw"
        } else {
            "only Mersenne-Twister with Inversion is reproduced"
        };
        it.notes.push(format!(
            "line {line}: random numbers drawn from a state the simulator does not know ({why}); their values \
             are unknown"
        ));
    }
    false
}

/// Give the state up: a draw too long to reproduce.
pub(super) fn give_up(it: &mut Interp, line: u32, what: &str) {
    it.rng.mt = None;
    it.rng.noted = true;
    it.notes.push(format!(
        "line {line}: {what} draws more than the simulator follows ({MAX_COMPUTED_VALUES} values, or \
         {MAX_SKIPPED_UNIFORMS} uniforms skipped); later random numbers are unknown"
    ));
}

/// Give the state up: what was drawn depends on values the simulator does not know.
pub(super) fn lose_state(it: &mut Interp, line: u32, what: &str) {
    if it.rng.mt.take().is_some() {
        it.rng.noted = true;
        it.notes.push(format!("line {line}: {what}; random numbers are unknown from here"));
    }
}

// ---- set.seed(), RNGkind() ------------------------------------------------------------------------

/// `RNGkind(newkind)` (RNG.c): the new generator is seeded from the old one's next uniform.
fn rng_kind(it: &mut Interp, ctx: &CallCtx, newkind: i32) -> EvalResult<()> {
    let newkind = if newkind == -1 { MERSENNE_TWISTER } else { newkind };
    if !(0..=7).contains(&newkind) {
        return Err(ctx.error(format!("RNGkind: unimplemented RNG kind {newkind}")));
    }
    get_rng_state(it);
    let u = it.rng.state().map(|mt| mt.unif_rand());
    it.rng.mt = u.filter(|_| newkind == MERSENNE_TWISTER).map(|u| Mt::from_seed((u * u32::MAX as f64) as u32 as i32));
    it.rng.kind = newkind;
    put_rng_state(it)
}

/// `Norm_kind(kind)`.
fn norm_kind(it: &mut Interp, ctx: &CallCtx, kind: i32) -> EvalResult<()> {
    let kind = if kind == -1 { INVERSION } else { kind };
    if !(0..=5).contains(&kind) {
        return Err(ctx.error("invalid Normal type in 'RNGkind'"));
    }
    get_rng_state(it);
    it.rng.normal_kind = kind;
    put_rng_state(it)
}

/// `Samp_kind(kind)`.
fn samp_kind(it: &mut Interp, ctx: &CallCtx, kind: i32) -> EvalResult<()> {
    let kind = match kind {
        -1 | 1 => SampleKind::Rejection,
        0 => SampleKind::Rounding,
        _ => return Err(ctx.error("invalid sample type in 'RNGkind'")),
    };
    get_rng_state(it);
    it.rng.sample_kind = kind;
    put_rng_state(it)
}

/// What the seed argument of `set.seed()` gives.
enum Seed {
    Value(i32),
    /// `NULL`: seeded from the clock.
    Time,
    /// A number the simulator does not know.
    NotKnown,
}

/// `asInteger(seed)`, with R's error for NA.
fn seed_arg(it: &Interp, ctx: &CallCtx, v: Option<Val>) -> EvalResult<Seed> {
    let Some(v) = v.filter(|v| !it.is_null(*v)) else { return Ok(Seed::Time) };
    let x = match it.type_of(v) {
        SexpType::Lgl | SexpType::Int | SexpType::Real if it.length(v) >= 1 => match it.num_elt(v, 0) {
            Some(x) => x,
            None => return Ok(Seed::NotKnown),
        },
        SexpType::Str => it
            .str_values(v)
            .and_then(|s| s.first().cloned().flatten())
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    // R_IntegerFromReal: NA outside (INT_MIN, INT_MAX]
    if x.is_nan() || x >= 2147483648.0 || x <= -2147483648.0 {
        return Err(ctx.error("supplied seed is not a valid integer"));
    }
    Ok(Seed::Value(x as i32))
}

/// A kind code as `.Internal()` gets it: `NULL` or an integer.
fn kind_code(it: &Interp, v: Option<Val>) -> Option<i32> {
    v.filter(|v| !it.is_null(*v)).map(|v| it.num_elt(v, 0).map_or(-2, |x| x as i32))
}

/// `do_setseed`: the kinds from `.Random.seed` (`GetRNGkind`), those given, then `RNG_Init` and
/// `PutRNGstate`.
fn do_setseed(
    it: &mut Interp,
    ctx: &CallCtx,
    seed: Seed,
    kind: Option<i32>,
    normal: Option<i32>,
    sample: Option<i32>,
) -> EvalResult<Val> {
    get_rng_state(it);
    if let Some(k) = kind {
        rng_kind(it, ctx, k)?;
    }
    if let Some(k) = normal {
        norm_kind(it, ctx, k)?;
    }
    if let Some(k) = sample {
        samp_kind(it, ctx, k)?;
    }
    it.rng.noted = false;
    it.rng.mt = match seed {
        Seed::Value(s) if it.rng.kind == MERSENNE_TWISTER => Some(Mt::from_seed(s)),
        Seed::Time if it.rng.kind == MERSENNE_TWISTER => Some(Mt::from_seed(TIME_TO_SEED)),
        Seed::Value(_) | Seed::Time => None,
        Seed::NotKnown => {
            it.notes.push(format!("line {}: the seed's value is not known to the simulator", ctx.call.pos.line));
            None
        }
    };
    if !it.rng.reproduced() {
        it.notes.push(format!(
            "line {}: only the Mersenne-Twister generator with Inversion is reproduced; random numbers are unknown",
            ctx.call.pos.line
        ));
    }
    put_rng_state(it)?;
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// `.Internal(set.seed(seed, kind, normal.kind, sample.kind))`, the kinds as integer codes.
fn internal_set_seed(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let seed = seed_arg(it, ctx, positional(a, 0))?;
    let (k, n, s) = (kind_code(it, positional(a, 1)), kind_code(it, positional(a, 2)), kind_code(it, positional(a, 3)));
    do_setseed(it, ctx, seed, k, n, s)
}

/// `.Internal(RNGkind(kind, normal.kind, sample.kind))` (`do_RNGkind`): the kinds in use (as they
/// were), then the new ones set.
fn internal_rngkind(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    get_rng_state(it);
    let before = vec![it.rng.kind as f64, it.rng.normal_kind as f64, it.rng.sample_kind.code() as f64];
    let ans = it.new_num(SexpType::Int, 3, Num::Values(Rc::new(before)))?;
    it.heap.protect(Val::Obj(ans));
    if let Some(k) = kind_code(it, positional(a, 0)) {
        rng_kind(it, ctx, k)?;
    }
    if let Some(k) = kind_code(it, positional(a, 1)) {
        norm_kind(it, ctx, k)?;
    }
    if let Some(k) = kind_code(it, positional(a, 2)) {
        samp_kind(it, ctx, k)?;
    }
    Ok(Val::Obj(ans))
}

/// A kind argument as `set.seed()` matches it (`pmatch()` against R's names, the last one
/// "default" giving -1): `Ok(None)` for NULL, `Err(message)` for no match.
fn kind_arg(it: &Interp, v: Option<Val>, names: &[&str]) -> Result<Option<i32>, String> {
    let Some(v) = v.filter(|v| !it.is_null(*v)) else { return Ok(None) };
    let s = it.str_values(v).filter(|s| s.len() == 1).and_then(|s| s[0].clone());
    let Some(s) = s else { return Err("must be a character string of length 1".into()) };
    let code = |i: usize| if i == names.len() - 1 { -1 } else { i as i32 };
    if let Some(i) = names.iter().position(|n| **n == *s) {
        return Ok(Some(code(i)));
    }
    let partial: Vec<usize> = (0..names.len()).filter(|&i| names[i].starts_with(&*s)).collect();
    match partial[..] {
        [i] if !s.is_empty() => Ok(Some(code(i))),
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

/// `set.seed(seed, kind, normal.kind, sample.kind)`: base's closure (the kinds matched by name,
/// its errors and its warning for "Rounding"), then `do_setseed`.
fn set_seed(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let kind = kind_arg(it, a.get("kind"), RNG_KINDS).map_err(|m| {
        ctx.error(if m.starts_with("must") {
            "'kind' must be a character string of length 1 (RNG to be used).".to_string()
        } else {
            m.replace("is not a valid choice", "is not a valid abbreviation of an RNG")
        })
    })?;
    let normal = kind_arg(it, a.get("normal.kind"), NORMAL_KINDS)
        .map_err(|m| ctx.error(if m.starts_with("must") { format!("'normal.kind' {m}") } else { m }))?;
    if normal == Some(0) {
        return Err(ctx.error("buggy version of Kinderman-Ramage generator is not allowed"));
    }
    let sample = kind_arg(it, a.get("sample.kind"), SAMPLE_KINDS)
        .map_err(|m| ctx.error(if m.starts_with("must") { format!("'sample.kind' {m}") } else { m }))?;
    if sample == Some(0) {
        it.warn(None, "non-uniform 'Rounding' sampler used".to_string())?;
    }
    let seed = seed_arg(it, ctx, a.get("seed"))?;
    do_setseed(it, ctx, seed, kind, normal, sample)
}

// ---- runif(), rnorm(), rexp(), rbinom(), rpois() ----------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dist {
    Unif,
    Norm,
    Exp,
    Binom,
    Pois,
    Gamma,
    Chisq,
    T,
    Cauchy,
    Lnorm,
    Logis,
    Weibull,
    Geom,
    Nbinom,
    NbinomMu,
    NChisq,
}

impl Dist {
    /// The parameters after `n` as the `.Call` gets them, with the R closure's defaults.
    fn params(self) -> &'static [(&'static str, Option<f64>)] {
        match self {
            Dist::Unif => &[("min", Some(0.0)), ("max", Some(1.0))],
            Dist::Norm => &[("mean", Some(0.0)), ("sd", Some(1.0))],
            Dist::Exp => &[("rate", Some(1.0))],
            Dist::Binom => &[("size", None), ("prob", None)],
            Dist::Pois => &[("lambda", None)],
            Dist::Gamma => &[("shape", None), ("scale", Some(1.0))],
            Dist::Chisq | Dist::T => &[("df", None)],
            Dist::Cauchy | Dist::Logis => &[("location", Some(0.0)), ("scale", Some(1.0))],
            Dist::Lnorm => &[("meanlog", Some(0.0)), ("sdlog", Some(1.0))],
            Dist::Weibull => &[("shape", None), ("scale", Some(1.0))],
            Dist::Geom => &[("prob", None)],
            Dist::Nbinom => &[("size", None), ("prob", None)],
            Dist::NbinomMu => &[("size", None), ("mu", None)],
            Dist::NChisq => &[("df", None), ("ncp", None)],
        }
    }

    /// `random1`/`random2`'s result type.
    fn result_type(self) -> SexpType {
        match self {
            Dist::Binom | Dist::Pois | Dist::Geom | Dist::Nbinom => SexpType::Int,
            _ => SexpType::Real,
        }
    }

    /// Uniforms one draw takes when that does not depend on what is drawn.
    fn fixed_draws(self, a: f64, b: f64) -> Option<u64> {
        let valid = |ok: bool, fixed: bool| (ok && !fixed) as u64;
        match self {
            Dist::Unif => Some(nmath::runif_draws(a, b)),
            Dist::Norm => Some(nmath::rnorm_draws(a, b)),
            Dist::Lnorm => Some(nmath::rnorm_draws(a, b)),
            Dist::Cauchy => Some(valid(!a.is_nan() && b.is_finite() && b >= 0.0, b == 0.0 || !a.is_finite())),
            Dist::Logis => Some(valid(!a.is_nan() && b.is_finite(), b == 0.0 || !a.is_finite())),
            Dist::Weibull => Some(valid(a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0, false)),
            _ => None,
        }
    }

    /// One draw (`None`: not reproduced).
    fn draw(self, rng: &mut rng::Rng, a: f64, b: f64) -> Option<f64> {
        if !rng.reproduced() {
            return None;
        }
        let mt = rng.mt.as_mut()?;
        let pois = &mut rng.pois;
        Some(match self {
            Dist::Unif => nmath::runif(mt, a, b),
            Dist::Norm => nmath::rnorm(mt, a, b),
            Dist::Exp => nmath::rexp(mt, a),
            Dist::Binom => nmath::rbinom(mt, a, b)?,
            Dist::Pois => nmath::rpois(mt, pois, a),
            Dist::Gamma => nmath::rgamma(mt, a, b),
            Dist::Chisq => nmath::rchisq(mt, a),
            Dist::T => nmath::rt(mt, a),
            Dist::Cauchy => nmath::rcauchy(mt, a, b),
            Dist::Lnorm => nmath::rlnorm(mt, a, b),
            Dist::Logis => nmath::rlogis(mt, a, b),
            Dist::Weibull => nmath::rweibull(mt, a, b),
            Dist::Geom => nmath::rgeom(mt, pois, a),
            Dist::Nbinom => nmath::rnbinom(mt, pois, a, b),
            Dist::NbinomMu => nmath::rnbinom_mu(mt, pois, a, b),
            Dist::NChisq => nmath::rnchisq(mt, pois, a, b),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Dist::Unif => "runif()",
            Dist::Norm => "rnorm()",
            Dist::Exp => "rexp()",
            Dist::Binom => "rbinom()",
            Dist::Pois => "rpois()",
            Dist::Gamma => "rgamma()",
            Dist::Chisq => "rchisq()",
            Dist::T => "rt()",
            Dist::Cauchy => "rcauchy()",
            Dist::Lnorm => "rlnorm()",
            Dist::Logis => "rlogis()",
            Dist::Weibull => "rweibull()",
            Dist::Geom => "rgeom()",
            Dist::Nbinom | Dist::NbinomMu => "rnbinom()",
            Dist::NChisq => "rchisq()",
        }
    }
}

/// `rgamma(n, shape, rate = 1, scale = 1/rate)`: the closure's check of `rate` and `scale`
/// together, and `1/rate` computed as R computes the default.
fn rgamma(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let (rate, scale) = (a.get("rate"), a.get("scale"));
    if let (Some(r), Some(s)) = (rate, scale) {
        match (it.num_elt(r, 0), it.num_elt(s, 0)) {
            (Some(r), Some(s)) if (r * s - 1.0).abs() < 1e-15 => {
                it.warn(None, "specify 'rate' or 'scale' but not both".to_string())?
            }
            _ => return Err(ctx.error("specify 'rate' or 'scale' but not both")),
        }
    }
    if let (Some(r), None) = (rate, scale) {
        let n = it.length(r);
        let inv = crate::lang::interp::map_num(&it.num_content(r), n, |x| 1.0 / x);
        let s = it.new_num(SexpType::Real, n, inv)?;
        it.heap.protect(Val::Obj(s));
        let i = a.formals.iter().position(|f| *f == "scale").expect("rgamma's formals");
        a.vals[i] = Some(Val::Obj(s));
    }
    random(it, ctx, a, Dist::Gamma)
}

/// `rnbinom(n, size, prob, mu)`: by `prob`, or by `mu` (`rnbinom_mu`).
fn rnbinom(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    match (a.has("prob"), a.has("mu")) {
        (true, true) => Err(ctx.error("'prob' and 'mu' both specified")),
        (_, true) => random(it, ctx, a, Dist::NbinomMu),
        _ => random(it, ctx, a, Dist::Nbinom),
    }
}

/// `rt()` and `rchisq()`: with `ncp`, `rchisq()` calls `C_rnchisq`; `rt()`'s closure then draws
/// `rnorm(n, ncp)/sqrt(rchisq(n, df)/df)` (not simulated).
fn central(it: &mut Interp, ctx: &CallCtx, a: &mut Args, dist: Dist) -> EvalResult<Val> {
    if a.has("ncp") && dist == Dist::Chisq {
        return random(it, ctx, a, Dist::NChisq);
    }
    if a.has("ncp") {
        return Err(ctx.error(format!("rheap simulates {} without 'ncp'", dist.name())));
    }
    random(it, ctx, a, dist)
}

/// `resultLength`: `n` itself, or the length of a longer vector.
pub(super) fn result_length(it: &Interp, ctx: &CallCtx, nv: Val) -> EvalResult<u64> {
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
pub(super) fn is_numeric(it: &Interp, v: Val) -> bool {
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
    // a long result keeps its first values (patches over values not kept)
    let keep = n <= MAX_CONCRETE;
    let kept = if keep { n } else { KEPT_HEAD };
    let mut result = Num::Unknown;
    let mut naflag = false;
    let mut real = false;
    if state_known(it, line) {
        // every draw takes the same number of uniforms: those past the kept head are skipped
        let fixed = (lens.iter().all(|&l| l == 1))
            .then(|| param_pair(0))
            .flatten()
            .and_then(|(x, y)| dist.fixed_draws(x, y).map(|d| (x, y, d)));
        let skip = if keep { None } else { fixed };
        if !keep && fixed.is_some_and(|(_, _, d)| n * d > MAX_SKIPPED_UNIFORMS)
            || !keep && fixed.is_none() && n > MAX_COMPUTED_VALUES
        {
            give_up(it, line, dist.name());
        } else {
            let computed = if skip.is_some() { kept } else { n };
            let mut vals = Vec::with_capacity(kept as usize);
            let mut known = true;
            for i in 0..computed {
                let Some((x, y)) = param_pair(i) else {
                    known = false;
                    break;
                };
                match dist.draw(&mut it.rng, x, y) {
                    Some(v) => {
                        naflag |= v.is_nan();
                        real |= t == SexpType::Int && (v > i32::MAX as f64 || v <= i32::MIN as f64);
                        if i < kept {
                            vals.push(v);
                        }
                    }
                    None => {
                        known = false;
                        break;
                    }
                }
            }
            if let (Some((x, y, draws)), true) = (skip, known) {
                if let Some(mt) = it.rng.state() {
                    mt.skip((n - kept) * draws);
                }
                // a draw that takes no uniform is NaN or a number whatever the state
                naflag |= draws == 0
                    && dist
                        .draw(&mut rng::Rng { mt: Some(Mt::from_seed(0)), ..Default::default() }, x, y)
                        .is_some_and(f64::is_nan);
            }
            if !known {
                let what = format!("{} with parameters the simulator does not know or does not reproduce", dist.name());
                lose_state(it, line, &what);
            } else {
                if t == SexpType::Int && !real {
                    for v in vals.iter_mut() {
                        if v.is_nan() {
                            *v = crate::heap::na_real();
                        }
                    }
                }
                result = drawn(vals, n);
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

/// The values of `n` draws of which the first were kept: all of them, or a head.
pub(super) fn drawn(v: Vec<f64>, n: u64) -> Num {
    if v.len() as u64 == n {
        Num::Values(Rc::new(v))
    } else {
        crate::lang::interp::patched(Base::Unknown, (0..).zip(v).collect(), n)
    }
}

pub(super) fn set_values(it: &mut Interp, id: ObjId, num: Num) {
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
            lose_state(it, line, "sample() from a population the simulator does not know");
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
                if k > MAX_COMPUTED_VALUES {
                    give_up(it, line, "sample()");
                } else {
                    let kind = it.rng.sample_kind;
                    let mt = it.rng.state().expect("known state");
                    let mut v = rng::sample_prob(mt, kind, &mut p, k, replace);
                    v.truncate(if k <= MAX_CONCRETE { k } else { KEPT_HEAD } as usize);
                    set_values(it, y, drawn(v, k));
                }
            }
        } else {
            super::vectors::unknown_vector(it, SexpType::Int, n)?;
            if state_known(it, line) {
                lose_state(it, line, "sample() with probabilities the simulator does not know");
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
        if k > MAX_COMPUTED_VALUES {
            give_up(it, line, "sample()");
        } else {
            let kept = if k <= MAX_CONCRETE { k } else { KEPT_HEAD };
            let kind = it.rng.sample_kind;
            let mt = it.rng.state().expect("known state");
            let v = rng::sample_uniform(mt, kind, dn, k, replace, kept);
            set_values(it, y, drawn(v, k));
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
            let mt = it.rng.state().expect("known state");
            let v = rng::sample_hashed(mt, kind, dn, k);
            set_values(it, y, Num::Values(Rc::new(v)));
        }
    }
    put_rng_state(it)?;
    Ok(Val::Obj(y))
}

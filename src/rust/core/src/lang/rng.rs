//! R's uniform random number generator as R 4.2.2 runs it by default (`RNG.c`): Mersenne-Twister
//! seeded by `set.seed()`'s scrambling, `unif_rand()`, and the integer draws `sample()` makes with
//! R >= 3.6's "Rejection" method (`R_unif_index`), with the sampling algorithms of `random.c`
//! (`do_sample`: uniform with and without replacement, `ProbSampleReplace`, Walker's alias method,
//! `ProbSampleNoReplace`) and `unique.c` (`do_sample2`). The state is `.Random.seed` without its
//! first element (the kinds): `mti` then the 624 words of the twister.
//!
//! The numbers are exactly R's: the same words in the same order, converted with the same
//! double arithmetic.

/// Length of `.Random.seed` for Mersenne-Twister (`RNG.c`: `1 + 624` seeds and the kinds).
pub const RANDOM_SEED_LENGTH: u64 = 626;

/// `RNGtype` `MERSENNE_TWISTER`, `N01type` `INVERSION` (`R_ext/Random.h`): R's defaults.
/// `.Random.seed[1]` is `RNG_kind + 100 * N01_kind + 10000 * Sample_kind` (`PutRNGstate`).
pub const MERSENNE_TWISTER: i32 = 3;
pub const INVERSION: i32 = 4;

/// `Sampletype`: how `R_unif_index` turns uniforms into integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SampleKind {
    /// R < 3.6: `floor(n * unif_rand())`.
    Rounding,
    /// R >= 3.6: rejection sampling from the next power of two (`rbits`).
    #[default]
    Rejection,
}

impl SampleKind {
    pub fn code(self) -> i32 {
        match self {
            SampleKind::Rounding => 0,
            SampleKind::Rejection => 1,
        }
    }
}

// Mersenne-Twister's period and tempering parameters (`RNG.c`, from Matsumoto and Nishimura).
const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
const TEMPERING_MASK_B: u32 = 0x9d2c_5680;
const TEMPERING_MASK_C: u32 = 0xefc6_0000;
/// `i2_32m1`: 1 / (2^32 - 1), the margin `fixup()` keeps from 0 and 1.
const I2_32M1: f64 = 2.328306437080797e-10;
/// `MT_genrand`'s scale of a 32-bit word to [0, 1).
const MT_SCALE: f64 = 2.3283064365386963e-10;

/// The twister's state as `.Random.seed[-1]` holds it: `dummy[0]` is `mti`, the position of the
/// next word, and `dummy[1..625]` the words.
#[derive(Clone, PartialEq, Eq)]
pub struct Mt {
    seed: Box<[u32; N + 1]>,
}

impl std::fmt::Debug for Mt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mt {{ mti: {}, .. }}", self.seed[0])
    }
}

/// `69069 * seed + 1` in 32-bit unsigned arithmetic: the congruential step of `RNG_Init`.
fn lcg(seed: u32) -> u32 {
    seed.wrapping_mul(69069).wrapping_add(1)
}

impl Mt {
    /// `RNG_Init(MERSENNE_TWISTER, seed)`, what `set.seed(seed)` does: 50 rounds of initial
    /// scrambling, then every seed (`mti` too, "for historical consistency") from the
    /// congruential generator, then `FixupSeeds(kind, initial = 1)` sets `mti` to 624.
    pub fn from_seed(seed: i32) -> Mt {
        let mut s = seed as u32;
        for _ in 0..50 {
            s = lcg(s);
        }
        let mut words = Box::new([0u32; N + 1]);
        for w in words.iter_mut() {
            s = lcg(s);
            *w = s;
        }
        words[0] = N as u32;
        Mt { seed: words }
    }

    /// The state read back from `.Random.seed[-1]` (`copy_seeds_in`, then `FixupSeeds(kind, 0)`):
    /// `None` when every word is zero, where R seeds from the clock (`Randomize`).
    pub fn from_seeds(seeds: &[i32]) -> Option<Mt> {
        if seeds.len() < N + 1 {
            return None;
        }
        let mut words = Box::new([0u32; N + 1]);
        for (w, &s) in words.iter_mut().zip(seeds) {
            *w = s as u32;
        }
        // `if(I1 <= 0) I1 = 624`: the seed is unsigned, so only a zero position is reset
        if words[0] == 0 {
            words[0] = N as u32;
        }
        words[1..].iter().any(|&w| w != 0).then_some(Mt { seed: words })
    }

    /// `.Random.seed[-1]` as R's integers.
    pub fn seeds(&self) -> impl Iterator<Item = i32> + '_ {
        self.seed.iter().map(|&w| w as i32)
    }

    /// `MT_sgenrand`: the state from one seed (used when `mti` is `N + 1`).
    fn sgenrand(&mut self, seed: u32) {
        let mut s = seed;
        for i in 0..N {
            let mut w = s & 0xffff_0000;
            s = lcg(s);
            w |= (s & 0xffff_0000) >> 16;
            s = lcg(s);
            self.seed[i + 1] = w;
        }
        self.seed[0] = N as u32;
    }

    /// Generate the next `N` words at once (`MT_genrand` when `mti >= N`).
    fn twist(&mut self) {
        let mt = &mut self.seed[1..];
        let mag01 = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
        self.seed[0] = 0;
    }

    /// Make sure a word is ready at `mti` (R reads `mti` as a signed int: a corrupt negative
    /// position is not reproduced and reads as position 0 after a twist).
    #[inline]
    fn ready(&mut self) -> usize {
        let mti = self.seed[0] as i32;
        if mti < 0 || mti as usize >= N {
            if mti == N as i32 + 1 {
                self.sgenrand(4357);
            }
            self.twist();
        }
        self.seed[0] as usize
    }

    /// `MT_genrand`: the next word, tempered, scaled to [0, 1).
    #[inline]
    pub fn genrand(&mut self) -> f64 {
        let mti = self.ready();
        let mut y = self.seed[mti + 1];
        self.seed[0] = mti as u32 + 1;
        y ^= y >> 11;
        y ^= (y << 7) & TEMPERING_MASK_B;
        y ^= (y << 15) & TEMPERING_MASK_C;
        y ^= y >> 18;
        y as f64 * MT_SCALE
    }

    /// `unif_rand()`: `fixup(MT_genrand())`, never exactly 0 or 1.
    #[inline]
    pub fn unif_rand(&mut self) -> f64 {
        let x = self.genrand();
        if x <= 0.0 {
            0.5 * I2_32M1
        } else if 1.0 - x <= 0.0 {
            1.0 - 0.5 * I2_32M1
        } else {
            x
        }
    }

    /// Advance by `n` uniforms without computing them (the words are only twisted).
    pub fn skip(&mut self, mut n: u64) {
        while n > 0 {
            let mti = self.ready();
            let take = n.min((N - mti) as u64);
            self.seed[0] = (mti as u64 + take) as u32;
            n -= take;
        }
    }

    /// `rbits`: a random integer below `2^bits`, built from 16 bits of each uniform.
    fn rbits(&mut self, bits: i32) -> f64 {
        let mut v: u64 = 0;
        let mut n = 0;
        while n <= bits {
            let v1 = (self.unif_rand() * 65536.0).floor() as u64;
            v = v.wrapping_mul(65536).wrapping_add(v1);
            n += 16;
        }
        (v & ((1u64 << bits) - 1)) as f64
    }

    /// `R_unif_index(dn)`: a random integer in `0 .. dn`.
    pub fn unif_index(&mut self, dn: f64, kind: SampleKind) -> f64 {
        match kind {
            SampleKind::Rounding => {
                // `R_unif_index_0`: above INT_MAX, 25 bits from each of two uniforms (`ru()`)
                let u = if dn > i32::MAX as f64 {
                    const U: f64 = 33554432.0;
                    let hi = (U * self.unif_rand()).floor();
                    (hi + self.unif_rand()) / U
                } else {
                    self.unif_rand()
                };
                (dn * u).floor()
            }
            SampleKind::Rejection => {
                if dn <= 0.0 {
                    return 0.0;
                }
                let bits = dn.log2().ceil() as i32;
                loop {
                    let dv = self.rbits(bits);
                    if dn > dv {
                        return dv;
                    }
                }
            }
        }
    }
}

/// The session's generator as far as the simulator knows it. R keeps the state in
/// `.Random.seed` and reads it back before every draw (`GetRNGstate`); the simulator keeps it here
/// and rereads the variable only when it is no longer the object it last wrote.
#[derive(Clone, Debug)]
pub struct Rng {
    /// The twister's state; `None` when not known (seeded from the clock, another generator, or
    /// given up after a draw too long to reproduce).
    pub mt: Option<Mt>,
    /// `RNG_kind` and `N01_kind`: only Mersenne-Twister with Inversion is reproduced.
    pub kind: i32,
    pub normal_kind: i32,
    pub sample_kind: SampleKind,
    /// `rpois()`'s static variables (process-wide in R: `set.seed()` does not reset them).
    pub pois: crate::lang::nmath::PoisState,
    /// The `.Random.seed` object last written, and what it held.
    pub written: Option<(crate::heap::ObjId, crate::heap::Num)>,
    /// An unknown state was already noted for the user.
    pub noted: bool,
}

impl Default for Rng {
    fn default() -> Rng {
        Rng {
            mt: None,
            kind: MERSENNE_TWISTER,
            normal_kind: INVERSION,
            sample_kind: SampleKind::Rejection,
            pois: Default::default(),
            written: None,
            noted: false,
        }
    }
}

impl Rng {
    /// Whether the generator's kinds are the ones reproduced.
    pub fn reproduced(&self) -> bool {
        self.kind == MERSENNE_TWISTER && self.normal_kind == INVERSION
    }

    /// `.Random.seed[1]`.
    pub fn kinds_code(&self) -> i32 {
        self.kind + 100 * self.normal_kind + 10000 * self.sample_kind.code()
    }

    /// The state, when known and drawn by the reproduced kinds.
    pub fn state(&mut self) -> Option<&mut Mt> {
        if self.reproduced() {
            self.mt.as_mut()
        } else {
            None
        }
    }
}

// ---- sample() ------------------------------------------------------------------------------------

/// `do_sample` without probabilities: `k` draws from `1..=n`, of which the first `keep` are
/// returned (as doubles); the generator advances by all. Without replacement R swaps each drawn
/// candidate out of an array of all `n`; here only the swapped places are held (memory follows
/// `keep`, not `n`), and only while values are kept: which draw comes next depends on the count
/// left, not on the candidates.
pub fn sample_uniform(mt: &mut Mt, kind: SampleKind, dn: f64, k: u64, replace: bool, keep: u64) -> Vec<f64> {
    let mut out = Vec::with_capacity(keep.min(k) as usize);
    if replace || k < 2 {
        for i in 0..k {
            let j = mt.unif_index(dn, kind) + 1.0;
            if i < keep {
                out.push(j);
            }
        }
        return out;
    }
    let mut swapped: crate::fxhash::FxHashMap<u64, u64> = Default::default();
    let mut left = dn as u64;
    for i in 0..k {
        let j = mt.unif_index(left as f64, kind) as u64;
        left -= 1;
        if i < keep {
            let at = |m: &crate::fxhash::FxHashMap<u64, u64>, i: u64| m.get(&i).copied().unwrap_or(i);
            out.push((at(&swapped, j) + 1) as f64);
            let last = at(&swapped, left);
            swapped.insert(j, last);
        }
    }
    out
}

/// `do_sample2` (`sample.int()` with `useHash`, for `n > 1e7` without replacement): draw again,
/// up to 100 times, while the draw repeats an earlier one.
pub fn sample_hashed(mt: &mut Mt, kind: SampleKind, dn: f64, k: u64) -> Vec<f64> {
    let mut seen = crate::fxhash::FxHashSet::default();
    let mut out = Vec::with_capacity(k as usize);
    for _ in 0..k {
        let mut v = 0.0;
        for _ in 0..100 {
            v = mt.unif_index(dn, kind) + 1.0;
            if seen.insert(v.to_bits()) {
                break;
            }
        }
        out.push(v);
    }
    out
}

/// `FixupProb`: probabilities checked and normalised to sum 1 (the error message on failure).
pub fn fixup_prob(p: &mut [f64], require_k: u64, replace: bool) -> Result<(), &'static str> {
    let mut sum = 0.0;
    let mut npos = 0u64;
    for &x in p.iter() {
        if !x.is_finite() {
            return Err("NA in probability vector");
        }
        if x < 0.0 {
            return Err("negative probability");
        }
        if x > 0.0 {
            npos += 1;
            sum += x;
        }
    }
    if npos == 0 || (!replace && require_k > npos) {
        return Err("too few positive probabilities");
    }
    for x in p.iter_mut() {
        *x /= sum;
    }
    Ok(())
}

/// `revsort`: sort `a` into descending order by heapsort, permuting `ib` alongside (R's order of
/// ties, which decides which element a draw picks).
pub fn revsort(a: &mut [f64], ib: &mut [i32]) {
    let n = a.len();
    if n <= 1 {
        return;
    }
    // 1-based as in the C code
    let (mut l, mut ir) = ((n >> 1) + 1, n);
    loop {
        let (ra, ii);
        if l > 1 {
            l -= 1;
            ra = a[l - 1];
            ii = ib[l - 1];
        } else {
            ra = a[ir - 1];
            ii = ib[ir - 1];
            a[ir - 1] = a[0];
            ib[ir - 1] = ib[0];
            ir -= 1;
            if ir == 1 {
                a[0] = ra;
                ib[0] = ii;
                return;
            }
        }
        let mut i = l;
        let mut j = l << 1;
        while j <= ir {
            if j < ir && a[j - 1] > a[j] {
                j += 1;
            }
            if ra > a[j - 1] {
                a[i - 1] = a[j - 1];
                ib[i - 1] = ib[j - 1];
                i = j;
                j += i;
            } else {
                j = ir + 1;
            }
        }
        a[i - 1] = ra;
        ib[i - 1] = ii;
    }
}

/// `do_sample` with probabilities `p` (normalised by [`fixup_prob`]): `k` draws from `1..=n`.
/// With replacement, Walker's alias method when more than 200 probabilities are not tiny
/// (`n * p > 0.1`), else inversion on the sorted probabilities.
pub fn sample_prob(mt: &mut Mt, kind: SampleKind, p: &mut [f64], k: u64, replace: bool) -> Vec<f64> {
    let n = p.len();
    if replace {
        let nc = p.iter().filter(|&&x| n as f64 * x > 0.1).count();
        if nc > 200 {
            walker(mt, kind, p, k)
        } else {
            prob_sample_replace(mt, p, k)
        }
    } else {
        prob_sample_no_replace(mt, p, k)
    }
}

/// `ProbSampleReplace`.
fn prob_sample_replace(mt: &mut Mt, p: &mut [f64], k: u64) -> Vec<f64> {
    let n = p.len();
    let mut perm: Vec<i32> = (1..=n as i32).collect();
    revsort(p, &mut perm);
    for i in 1..n {
        p[i] += p[i - 1];
    }
    (0..k)
        .map(|_| {
            let ru = mt.unif_rand();
            let j = (0..n - 1).find(|&j| ru <= p[j]).unwrap_or(n - 1);
            perm[j] as f64
        })
        .collect()
}

/// `walker_ProbSampleReplace` (Ripley 1987, Alg 3.13B): alias tables, then one index and one
/// uniform per draw.
fn walker(mt: &mut Mt, kind: SampleKind, p: &[f64], k: u64) -> Vec<f64> {
    let n = p.len();
    let mut q: Vec<f64> = p.iter().map(|&x| x * n as f64).collect();
    let mut a = vec![0usize; n];
    // HL[0..h] are the entries with q < 1 (filled upwards), HL[l..n] those >= 1 (downwards)
    let mut hl = vec![0usize; n];
    let (mut h, mut l) = (0usize, n);
    for (i, &qi) in q.iter().enumerate() {
        if qi < 1.0 {
            hl[h] = i;
            h += 1;
        } else {
            l -= 1;
            hl[l] = i;
        }
    }
    if h > 0 && l < n {
        for kk in 0..n - 1 {
            let i = hl[kk];
            let j = hl[l];
            a[i] = j;
            q[j] += q[i] - 1.0;
            if q[j] < 1.0 {
                l += 1;
            }
            if l >= n {
                break;
            }
        }
    }
    for (i, qi) in q.iter_mut().enumerate() {
        *qi += i as f64;
    }
    (0..k)
        .map(|_| {
            let (kk, ru) = match kind {
                SampleKind::Rounding => {
                    let ru = mt.unif_rand() * n as f64;
                    (ru as usize, ru)
                }
                SampleKind::Rejection => {
                    let kk = mt.unif_index(n as f64, kind) as usize;
                    (kk, kk as f64 + mt.unif_rand())
                }
            };
            (if ru < q[kk] { kk + 1 } else { a[kk] + 1 }) as f64
        })
        .collect()
}

/// `ProbSampleNoReplace`: inversion on the sorted probabilities, each drawn element removed.
fn prob_sample_no_replace(mt: &mut Mt, p: &mut [f64], k: u64) -> Vec<f64> {
    let n = p.len();
    let mut perm: Vec<i32> = (1..=n as i32).collect();
    revsort(p, &mut perm);
    let mut total = 1.0;
    let mut out = Vec::with_capacity(k as usize);
    let mut n1 = n.saturating_sub(1);
    for _ in 0..k {
        let rt = total * mt.unif_rand();
        let mut mass = 0.0;
        let mut j = 0;
        while j < n1 {
            mass += p[j];
            if rt <= mass {
                break;
            }
            j += 1;
        }
        out.push(perm[j] as f64);
        total -= p[j];
        for kk in j..n1 {
            p[kk] = p[kk + 1];
            perm[kk] = perm[kk + 1];
        }
        n1 = n1.saturating_sub(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values printed by R 4.2.2 with print(x, digits = 17) / .Random.seed.
    #[test]
    fn set_seed_state_is_r_s() {
        let mt = Mt::from_seed(42);
        let s: Vec<i32> = mt.seeds().take(4).collect();
        // set.seed(42); .Random.seed[2:5]
        assert_eq!(s, vec![624, 507561766, 1260545903, 1362917092]);
    }
}

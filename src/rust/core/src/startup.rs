//! The state of a session before the first simulated statement: R's start-up heap (base, default
//! packages, the compiler namespace), the garbage start-up left, and the collector's counters.
//!
//! Two ways in: a fresh `Rscript --vanilla` process (measured, spec §12.1–12.2), or the state a
//! `gc()` matrix describes (`heap(from = gc())`).

use crate::error::{SimError, SimResult};
use crate::gc::policy::PolicyState;
use crate::heap::Heap;
use crate::lang::builtins::memory::{GC_CALL_LIVE_NODES, GC_FIRST_USE, GC_RESULT_VCELLS};
use crate::lang::interp::Interp;
use crate::profile::HeapConfig;
use crate::session::GcMatrix;

/// The collector's counters after R's start-up collection (spec §12.2): one level-2 collection,
/// node trigger grown by early growth from 231306 nodes in use.
pub fn startup_policy() -> PolicyState {
    PolicyState { collect_counts: [20, 5], num_old_gens_to_collect: 0, adjust_count: 2, last_in_use: 231_306 }
}

/// What the first statement of `Rscript --vanilla` sees. Measured with real R 4.2.2: the first
/// statement `gc()` prints used 273455 N / 458631 V, trigger 660874 / 8388608, max used
/// 451267 / 1800242; `x <- numeric(n)` as the first statement after `gcinfo(TRUE)` collects from
/// n = 7631807 on.
pub mod rscript {
    /// `gc()`'s "used" as the first statement.
    pub const FIRST_GC_USED_N: u64 = 273_455;
    pub const FIRST_GC_USED_V: u64 = 458_631;
    /// `gc()`'s "max used" as the first statement: the start-up collection's V peak, and the
    /// nodes in use when that first `gc()` started.
    pub const FIRST_GC_MAX_N: u64 = 451_267;
    pub const START_V_MAXUSED: u64 = 1_800_242;
    /// The start-up collection was node-triggered at the initial trigger.
    pub const START_N_MAXUSED: u64 = 350_000;
    pub const START_N_SIZE: u64 = 660_874;
    /// Free vector heap when `numeric(n)` allocated, after `gcinfo(TRUE)` and `numeric`'s own
    /// first-use cost (36 V + 1 V) were charged.
    pub const FREE_V_AT_NUMERIC: u64 = 7_631_806;
    pub const CHARGED_BEFORE_NUMERIC_V: u64 = 37;
}

/// A fresh `Rscript --vanilla` session.
pub fn rscript_session(config: &HeapConfig) -> SimResult<Interp> {
    use rscript::*;
    let mut heap = Heap::new(config);
    let default_sizes = config.nsize == crate::profile::R_NSIZE && config.vsize == crate::profile::R_VSIZE;
    // The start-up heap as the first gc() finds it, less what that gc() call adds itself.
    let live_n = FIRST_GC_USED_N - GC_FIRST_USE.nodes as u64 - GC_CALL_LIVE_NODES as u64;
    let live_v = FIRST_GC_USED_V - GC_FIRST_USE.vcells - GC_RESULT_VCELLS;
    let in_use_n = FIRST_GC_MAX_N - GC_FIRST_USE.nodes as u64 - GC_CALL_LIVE_NODES as u64;
    let in_use_v = 8_388_608 - FREE_V_AT_NUMERIC - CHARGED_BEFORE_NUMERIC_V;
    heap.install_static(live_n, live_v);
    heap.install_garbage(in_use_n - live_n, in_use_v - live_v);
    heap.gc_count = 1;
    heap.gen_gc_counts = [0, 0, 1];
    heap.policy = startup_policy();
    heap.n_maxused = START_N_MAXUSED;
    heap.v_maxused = START_V_MAXUSED;
    if default_sizes {
        heap.sizes.n_size = START_N_SIZE;
    } else {
        // Other start-up sizes: start-up did not collect when the triggers are large enough
        // (R_VSIZE=100M R_NSIZE=1000000 → no start-up GC); otherwise the first collection grew
        // the node trigger as with the defaults.
        if config.nsize < FIRST_GC_MAX_N {
            let mut s = heap.sizes.clone();
            let mut p = PolicyState::initial();
            crate::gc::policy::adjust_heap_size(&mut s, &mut p, &config.growth, 231_306, live_v, 0);
            heap.sizes.n_size = s.n_size;
            heap.policy = startup_policy();
        } else {
            heap.gc_count = 0;
            heap.gen_gc_counts = [0, 0, 0];
            heap.policy = PolicyState::initial();
            heap.n_maxused = 0;
            heap.v_maxused = 0;
        }
    }
    Ok(Interp::new(heap))
}

/// A session in the state right after the `gc()` call that returned `m`: the call's frame is
/// garbage, its result matrix is held (by the variable or `.Last.value` it went to).
pub fn from_gc_matrix(m: &GcMatrix, config: &HeapConfig) -> SimResult<Interp> {
    let v = &m.values;
    let get = |i: usize, what: &str| -> SimResult<u64> {
        let x = v[i];
        if !x.is_finite() || x < 0.0 || x.fract() != 0.0 {
            return Err(SimError::new(format!("invalid gc() matrix: '{what}' must be a non-negative whole number")));
        }
        Ok(x as u64)
    };
    let (used_n, used_v) = (get(0, "used Ncells")?, get(1, "used Vcells")?);
    let (trig_n, trig_v) = (get(4, "gc trigger Ncells")?, get(5, "gc trigger Vcells")?);
    let (max_n, max_v) = (get(10, "max used Ncells")?, get(11, "max used Vcells")?);
    if used_n > trig_n || used_v > trig_v.max(used_v) || used_n < 1000 || used_v < 1000 {
        return Err(SimError::new("invalid gc() matrix: used counts must be positive and within the triggers"));
    }
    let mut cfg = config.clone();
    if v[8].is_finite() {
        cfg.max_nsize = Some((v[8] * crate::profile::MEGA / 56.0) as u64);
    }
    if v[9].is_finite() {
        cfg.max_vsize = Some((v[9] * crate::profile::MEGA) as u64);
    }
    let mut heap = Heap::new(&cfg);
    let frame = GC_CALL_LIVE_NODES as u64;
    // the result matrix (7 N, 29 V) and the binding that holds it
    let held_n = 8;
    let held_v = 29;
    heap.install_static(used_n.saturating_sub(frame) + held_n, used_v - GC_RESULT_VCELLS + held_v);
    heap.install_garbage(frame + 1 + 8, GC_RESULT_VCELLS + 28);
    heap.sizes.n_size = trig_n;
    heap.sizes.v_size = trig_v;
    heap.n_maxused = max_n;
    heap.v_maxused = max_v;
    heap.gc_count = 2;
    heap.gen_gc_counts = [0, 0, 2];
    heap.policy = startup_policy();
    let mut it = Interp::new(heap);
    // gc() has been called in that session already.
    it.used_builtins.insert("gc");
    Ok(it)
}

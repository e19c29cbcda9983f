//! The trigger policy: at which level a collection runs, when it goes a level up, and how the
//! triggers move after a full collection (`memory.c: RunGenCollect` level selection and the
//! `R_MinFreeFrac` rule, `AdjustHeapSize`). Pure arithmetic over counters, kept apart from the
//! collector so a what-if run can swap the parameters.

use crate::profile::{GrowthPolicy, COLLECT_FREQ, NUM_OLD_GENERATIONS, R_MIN_FREE_FRAC};

/// R's heap counters that the policy reads and writes (all in cells).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct HeapSizes {
    /// `R_NSize`: the node trigger.
    pub n_size: u64,
    /// `R_VSize`: the vector trigger, in Vcells.
    pub v_size: u64,
    /// `orig_R_NSize`, `orig_R_VSize`: the start-up triggers, floors for shrinking.
    pub orig_n_size: u64,
    pub orig_v_size: u64,
    /// `R_MaxNSize`, `R_MaxVSize` (Vcells); `u64::MAX` = no limit.
    pub max_n_size: u64,
    pub max_v_size: u64,
}

/// The policy's own memory between collections.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PolicyState {
    /// `collect_counts[]`: collections left at level 0 / 1 before the next level is due.
    pub collect_counts: [i32; NUM_OLD_GENERATIONS],
    /// `num_old_gens_to_collect`: the level the next collection starts from.
    pub num_old_gens_to_collect: u8,
    /// `adjust_count`, `last_in_use`: AdjustHeapSize's early node growth by extrapolation.
    pub adjust_count: u32,
    pub last_in_use: u64,
}

impl PolicyState {
    /// The state of a process before its first collection.
    pub fn initial() -> PolicyState {
        PolicyState { collect_counts: [0, 0], num_old_gens_to_collect: 0, adjust_count: 1, last_in_use: 0 }
    }

    /// The level of the next automatic collection (start of `RunGenCollect`): level 0 until the
    /// level-0 credits run out, then level 1, and so on. Consumes a credit, as R does.
    pub fn select_level(&mut self) -> u8 {
        let mut n = self.num_old_gens_to_collect as usize;
        while n < NUM_OLD_GENERATIONS {
            let old = self.collect_counts[n];
            self.collect_counts[n] -= 1;
            if old <= 0 {
                self.collect_counts[n] = COLLECT_FREQ[n];
                n += 1;
            } else {
                break;
            }
        }
        self.num_old_gens_to_collect = n as u8;
        n as u8
    }
}

/// What the `R_MinFreeFrac` rule decides after a level-`level` collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterCollect {
    /// Done; the next collection starts at the given level.
    Done { next_level: u8 },
    /// Not enough was freed to serve the request: collect again at once at this level.
    Redo { level: u8 },
}

/// `collected` nodes free below `n_size`, `v_free` Vcells free below `v_size`, `size_needed` the
/// pending request.
pub fn after_collect(
    level: u8,
    collected: u64,
    n_size: u64,
    v_free: u64,
    v_size: u64,
    size_needed: u64,
) -> AfterCollect {
    if (level as usize) < NUM_OLD_GENERATIONS {
        let short_n = (collected as f64) < R_MIN_FREE_FRAC * n_size as f64;
        let short_v = (v_free as f64) < size_needed as f64 + R_MIN_FREE_FRAC * v_size as f64;
        if short_n || short_v {
            if collected == 0 || v_free < size_needed {
                return AfterCollect::Redo { level: level + 1 };
            }
            return AfterCollect::Done { next_level: level + 1 };
        }
    }
    AfterCollect::Done { next_level: 0 }
}

/// `AdjustHeapSize(size_needed)`, run after every level-2 collection: grow or shrink the node and
/// vector triggers toward the occupancy band [shrink frac, grow frac].
pub fn adjust_heap_size(
    sizes: &mut HeapSizes,
    state: &mut PolicyState,
    growth: &GrowthPolicy,
    nodes_in_use: u64,
    vcells_in_use: u64,
    size_needed: u64,
) {
    let min_n_free = (sizes.orig_n_size as f64 * R_MIN_FREE_FRAC) as u64;
    let min_v_free = (sizes.orig_v_size as f64 * R_MIN_FREE_FRAC) as u64;
    let n_needed = nodes_in_use + min_n_free;
    let v_needed = vcells_in_use.saturating_add(size_needed).saturating_add(min_v_free);
    let node_occup = n_needed as f64 / sizes.n_size as f64;
    let vect_occup = v_needed as f64 / sizes.v_size as f64;

    if node_occup > growth.n_grow_frac {
        let mut change = (growth.n_grow_incr_min + growth.n_grow_incr_frac * sizes.n_size as f64) as u64;
        if state.adjust_count < growth.early_growth_limit {
            state.adjust_count += 1;
            let next_in_use = (nodes_in_use + nodes_in_use).saturating_sub(state.last_in_use);
            state.last_in_use = nodes_in_use;
            let next_nsize = (next_in_use as f64 / growth.n_grow_frac) as u64;
            if next_nsize > sizes.n_size + change {
                change = next_nsize - sizes.n_size;
            }
        }
        if sizes.max_n_size >= sizes.n_size.saturating_add(change) {
            sizes.n_size += change;
        }
    } else if node_occup < growth.n_shrink_frac {
        let change = (growth.n_shrink_incr_min + growth.n_shrink_incr_frac * sizes.n_size as f64) as u64;
        sizes.n_size -= change.min(sizes.n_size);
        if sizes.n_size < n_needed {
            sizes.n_size = n_needed.min(sizes.max_n_size);
        }
        if sizes.n_size < sizes.orig_n_size {
            sizes.n_size = sizes.orig_n_size;
        }
    }

    if vect_occup > 1.0 && v_needed < sizes.max_v_size {
        sizes.v_size = v_needed;
    }
    if vect_occup > growth.v_grow_frac {
        let change = (growth.v_grow_incr_min + growth.v_grow_incr_frac * sizes.v_size as f64) as u64;
        if sizes.max_v_size - sizes.v_size >= change {
            sizes.v_size += change;
        }
    } else if vect_occup < growth.v_shrink_frac {
        let change = (growth.v_shrink_incr_min + growth.v_shrink_incr_frac * sizes.v_size as f64) as u64;
        sizes.v_size -= change.min(sizes.v_size);
        if sizes.v_size < v_needed {
            sizes.v_size = v_needed;
        }
        if sizes.v_size < sizes.orig_v_size {
            sizes.v_size = sizes.orig_v_size;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_sizes() -> HeapSizes {
        HeapSizes {
            n_size: 350_000,
            v_size: 8_388_608,
            orig_n_size: 350_000,
            orig_v_size: 8_388_608,
            max_n_size: u64::MAX,
            max_v_size: u64::MAX,
        }
    }

    /// Spec §4.2(a): the start-up collection leaves 231306 nodes and grows the trigger to 660874
    /// (925224 with `R_GC_MEM_GROW=3`).
    #[test]
    fn startup_node_growth() {
        for (growth, want) in [(GrowthPolicy::default(), 660_874), (GrowthPolicy::mem_grow(3).unwrap(), 925_224)] {
            let mut s = default_sizes();
            let mut st = PolicyState::initial();
            adjust_heap_size(&mut s, &mut st, &growth, 231_306, 1_000_000, 0);
            assert_eq!(s.n_size, want);
            assert_eq!(s.v_size, 8_388_608);
            assert_eq!((st.adjust_count, st.last_in_use), (2, 231_306));
        }
    }

    /// Spec §4.2(b) / §12.5: explicit gc() after each step of a growing list, then shrinking.
    #[test]
    fn node_growth_and_shrink_sequence() {
        let mut s = default_sizes();
        s.n_size = 660_874;
        let mut st =
            PolicyState { collect_counts: [20, 5], num_old_gens_to_collect: 0, adjust_count: 2, last_in_use: 231_306 };
        let g = GrowthPolicy::default();
        let steps = [
            (485_893, 1_057_828),
            (635_925, 1_057_828),
            (785_926, 1_551_370),
            (935_927, 1_551_370),
            (1_085_928, 1_979_900),
            (1_235_929, 1_979_900),
            (336_070, 1_583_920),
            (336_070, 1_267_136),
            (336_070, 1_267_136),
        ];
        for (used, want) in steps {
            adjust_heap_size(&mut s, &mut st, &g, used, 600_000, 0);
            assert_eq!(s.n_size, want, "after {used} nodes in use");
        }
    }

    /// Spec §4.2(c): a pending 1e6-Vcell request pre-sizes the vector heap.
    #[test]
    fn vector_growth_from_pending_request() {
        let mut s = default_sizes();
        s.n_size = 660_874;
        let mut st = PolicyState::initial();
        let g = GrowthPolicy::default();
        for (used, want) in [(7_585_601, 12_395_986), (11_585_601, 17_195_986), (16_585_601, 23_195_986)] {
            adjust_heap_size(&mut s, &mut st, &g, 300_000, used, 1_000_000);
            assert_eq!(s.v_size, want);
        }
        adjust_heap_size(&mut s, &mut st, &g, 300_000, 20_585_829, 0);
        assert_eq!(s.v_size, 27_915_183);
    }

    /// Spec §4.2(d): shrinking back to the start-up trigger after rm().
    #[test]
    fn vector_shrink_sequence() {
        let mut s = default_sizes();
        s.v_size = 27_915_135;
        let mut st = PolicyState::initial();
        let g = GrowthPolicy::default();
        for want in [22_332_108, 17_865_687, 14_292_550, 11_434_040, 9_147_232, 8_388_608] {
            adjust_heap_size(&mut s, &mut st, &g, 300_000, 600_000, 0);
            assert_eq!(s.v_size, want);
        }
    }

    /// Spec §3.3: after start-up (counters [20, 5]) GC 2..21 are level 0, GC 22 level 1, and the
    /// fifth level-1 slot is followed by level 2.
    #[test]
    fn level_cadence() {
        let mut st = PolicyState::initial();
        assert_eq!(st.select_level(), 2, "the first collection of a process is full");
        st.num_old_gens_to_collect = 0;
        let mut levels = Vec::new();
        for _ in 0..130 {
            levels.push(st.select_level());
            st.num_old_gens_to_collect = 0;
        }
        let at = |gc: usize| levels[gc - 2];
        assert!((2..=21).all(|g| at(g) == 0));
        assert_eq!(at(22), 1);
        assert_eq!(at(43), 1);
        assert_eq!(at(106), 1);
        assert_eq!(at(127), 2);
    }

    #[test]
    fn escalation_rule() {
        // plenty free: back to level 0
        assert_eq!(after_collect(0, 300_000, 660_874, 7_000_000, 8_388_608, 0), AfterCollect::Done { next_level: 0 });
        // few nodes freed: next collection one level up
        assert_eq!(after_collect(0, 100_000, 660_874, 7_000_000, 8_388_608, 0), AfterCollect::Done { next_level: 1 });
        // request still does not fit: redo now
        assert_eq!(after_collect(0, 300_000, 660_874, 500_000, 8_388_608, 1_000_000), AfterCollect::Redo { level: 1 });
        assert_eq!(after_collect(2, 0, 660_874, 0, 8_388_608, 1), AfterCollect::Done { next_level: 0 });
    }
}

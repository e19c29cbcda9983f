//! R 4.2.2's memory-manager constants (64-bit Linux) and the start-up settings of a session.
//!
//! Every constant carries the name of the R symbol it mirrors (`src/main/memory.c`, `src/include/Defn.h`,
//! `src/main/startup.c`); `shared/spec/r-memory.md` §0 has the table with sources.

/// `sizeof(SEXPREC)`: one Ncell (node), as `gc()` converts cells to megabytes.
pub const SEXPREC_SIZE: u64 = 56;
/// `sizeof(SEXPREC_ALIGN)`: the header of a vector node (32-byte header + length + truelength).
pub const VECTOR_HEADER_SIZE: u64 = 48;
/// `sizeof(VECREC)` (`vsfac`): one Vcell.
pub const VCELL_SIZE: u64 = 8;
/// `Mega` in `memory.c`.
pub const MEGA: f64 = 1048576.0;

/// `NodeClassSize[]`: data capacity in Vcells of the small node classes 0..5.
pub const NODE_CLASS_SIZE: [u64; NUM_SMALL_NODE_CLASSES] = [0, 1, 2, 4, 8, 16];
/// `NUM_SMALL_NODE_CLASSES`: classes 0..5 live in pages.
pub const NUM_SMALL_NODE_CLASSES: usize = 6;
/// `LARGE_NODE_CLASS`: vectors of more than 16 Vcells, malloc'd one by one.
pub const LARGE_NODE_CLASS: u8 = 7;
/// `R_PAGE_SIZE`: bytes of one page of small nodes (`BASE_PAGE_SIZE` 8000 rounded down to whole nodes).
pub const R_PAGE_SIZE: u64 = 7960;

/// `NUM_OLD_GENERATIONS`.
pub const NUM_OLD_GENERATIONS: usize = 2;
/// `LEVEL_0_FREQ`, `LEVEL_1_FREQ`: collections of a level before the next level up is due.
pub const COLLECT_FREQ: [i32; NUM_OLD_GENERATIONS] = [20, 5];
/// `R_MinFreeFrac`: a collection that leaves less free than this goes a level up.
pub const R_MIN_FREE_FRAC: f64 = 0.2;
/// `R_MaxKeepFrac`: free small nodes kept per live one when pages are released.
pub const R_MAX_KEEP_FRAC: f64 = 0.5;

/// `R_NSIZE`: initial node trigger.
pub const R_NSIZE: u64 = 350_000;
/// `R_VSIZE`: initial vector trigger in bytes (64 MiB).
pub const R_VSIZE: u64 = 67_108_864;
/// `Min_Nsize`, `Max_Nsize`, `Min_Vsize` (`startup.c`): bounds for start-up sizes.
pub const MIN_NSIZE: u64 = 50_000;
pub const MAX_NSIZE: u64 = 50_000_000;
pub const MIN_VSIZE: u64 = 262_144;

/// `R_EXPAND_FRAC` (`subassign.c`): growth factor of a vector grown by index.
pub const R_EXPAND_FRAC: f64 = 1.05;
/// `HASHMINSIZE` (`envir.c`): slots of a new hashed environment.
pub const HASHMINSIZE: u64 = 29;
/// `R_Expressions` default: `options(expressions)`.
pub const R_EXPRESSIONS: u32 = 5000;
/// `R_XLEN_T_MAX`: the longest vector R can allocate.
pub const R_XLEN_T_MAX: f64 = 4503599627370496.0;

/// The heap-growth policy: when and how much the triggers move after a full collection
/// (`AdjustHeapSize`, tuned by `R_GC_MEM_GROW` and friends).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GrowthPolicy {
    /// `R_NGrowFrac`, `R_VGrowFrac`: occupancy above which a trigger grows.
    pub n_grow_frac: f64,
    pub v_grow_frac: f64,
    /// `R_NShrinkFrac`, `R_VShrinkFrac`: occupancy below which it shrinks.
    pub n_shrink_frac: f64,
    pub v_shrink_frac: f64,
    /// `R_NGrowIncrMin`, `R_VGrowIncrMin`, `R_NGrowIncrFrac`, `R_VGrowIncrFrac`.
    pub n_grow_incr_min: f64,
    pub v_grow_incr_min: f64,
    pub n_grow_incr_frac: f64,
    pub v_grow_incr_frac: f64,
    /// `R_NShrinkIncrMin`, `R_VShrinkIncrMin`, `R_NShrinkIncrFrac`, `R_VShrinkIncrFrac`.
    pub n_shrink_incr_min: f64,
    pub v_shrink_incr_min: f64,
    pub n_shrink_incr_frac: f64,
    pub v_shrink_incr_frac: f64,
    /// Early node growth by linear extrapolation while `adjust_count < 50`.
    pub early_growth_limit: u32,
}

impl Default for GrowthPolicy {
    fn default() -> Self {
        GrowthPolicy {
            n_grow_frac: 0.70,
            v_grow_frac: 0.70,
            n_shrink_frac: 0.30,
            v_shrink_frac: 0.30,
            n_grow_incr_min: 40000.0,
            v_grow_incr_min: 80000.0,
            n_grow_incr_frac: 0.2,
            v_grow_incr_frac: 0.2,
            n_shrink_incr_min: 0.0,
            v_shrink_incr_min: 0.0,
            n_shrink_incr_frac: 0.2,
            v_shrink_incr_frac: 0.2,
            early_growth_limit: 50,
        }
    }
}

impl GrowthPolicy {
    /// The settings `R_GC_MEM_GROW` selects (`memory.c: init_gc_grow_settings`); `None` for values
    /// R ignores.
    pub fn mem_grow(level: u32) -> Option<GrowthPolicy> {
        let mut p = GrowthPolicy::default();
        match level {
            0 => {
                p.n_grow_incr_frac = 0.0;
                p.v_grow_incr_frac = 0.0;
            }
            1 => {}
            2 => {
                p.n_grow_incr_frac = 0.3;
                p.v_grow_incr_frac = 0.3;
            }
            3 => {
                p.n_grow_incr_frac = 0.4;
                p.v_grow_incr_frac = 0.4;
                p.n_grow_frac = 0.5;
                p.v_grow_frac = 0.5;
            }
            _ => return None,
        }
        Some(p)
    }
}

/// Start-up settings of a simulated session: what `R_NSIZE`, `R_VSIZE`, `R_MAX_VSIZE`,
/// `--min-nsize`/`--min-vsize` and `mem.maxNSize()` set in R, plus the host's memory.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct HeapConfig {
    /// `R_NSIZE`: initial node trigger (cells).
    pub nsize: u64,
    /// `R_VSIZE`: initial vector trigger (bytes).
    pub vsize: u64,
    /// `R_MAX_VSIZE` / `mem.maxVSize()`: vector heap limit in bytes; `None` = no limit.
    pub max_vsize: Option<u64>,
    /// `mem.maxNSize()`: node limit in cells; `None` = no limit.
    pub max_nsize: Option<u64>,
    /// Bytes the host will give R's `malloc` for large vectors before it fails
    /// ("cannot allocate vector of size …"): RAM + swap under Linux's heuristic overcommit.
    pub host_memory: u64,
    pub growth: GrowthPolicy,
}

/// The reference machine's memory (23 GiB RAM, no swap): `numeric(3e9)` (24 GB) succeeded there and
/// `numeric(1e10)` (80 GB) failed.
pub const DEFAULT_HOST_MEMORY: u64 = 24 * 1024 * 1024 * 1024;

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            nsize: R_NSIZE,
            vsize: R_VSIZE,
            max_vsize: None,
            max_nsize: None,
            host_memory: DEFAULT_HOST_MEMORY,
            growth: GrowthPolicy::default(),
        }
    }
}

impl HeapConfig {
    /// Validate the way `startup.c: R_SizeFromEnv, SetSize` does (values R would ignore with a
    /// warning are errors here: the user asked for them explicitly).
    pub fn validate(&self) -> Result<(), String> {
        if self.nsize < MIN_NSIZE || self.nsize > MAX_NSIZE {
            return Err(format!("'nsize' must be between Min_Nsize = {MIN_NSIZE} and Max_Nsize = {MAX_NSIZE} cells"));
        }
        if self.vsize < MIN_VSIZE {
            return Err(format!("'vsize' must be at least Min_Vsize = {MIN_VSIZE} bytes"));
        }
        if let Some(m) = self.max_vsize {
            if m < MIN_VSIZE {
                return Err(format!("'max_vsize' must be at least Min_Vsize = {MIN_VSIZE} bytes"));
            }
        }
        Ok(())
    }
}

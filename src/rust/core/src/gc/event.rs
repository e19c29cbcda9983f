//! One record per collection: what `gcinfo(TRUE)` prints, and what R does not tell — why it ran,
//! why at that level, and the counters before and after.

/// What started a collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Trigger {
    /// A node was needed and `R_NodesInUse` had reached the node trigger (`R_NSize`).
    Nodes,
    /// A vector needed more Vcells than were free below the vector trigger (`R_VSize`).
    Vectors,
    /// An explicit `gc()` call.
    Explicit,
    /// A collection fell due while the collector was off (inside an ALTREP method); the next
    /// allocation ran it (`gc_pending`).
    Pending,
}

impl Trigger {
    /// The `reason` column of `sim_events()`.
    pub fn label(self) -> &'static str {
        match self {
            Trigger::Nodes => "cons cells",
            Trigger::Vectors => "vectors",
            Trigger::Explicit => "gc()",
            Trigger::Pending => "pending",
        }
    }
}

/// Why the collection ran at the level it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum LevelReason {
    /// The level-0 / level-1 cadence (`LEVEL_0_FREQ`, `LEVEL_1_FREQ`) chose it.
    Cadence,
    /// The previous collection left less than `R_MinFreeFrac` free and asked for this level.
    Requested,
    /// This collection could not free enough and went up a level at once.
    Escalated,
    /// `gc()` (full = TRUE) always collects every generation.
    Full,
}

impl LevelReason {
    /// The `level_reason` column of `sim_events()`.
    pub fn label(self) -> &'static str {
        match self {
            LevelReason::Cadence => "cadence",
            LevelReason::Requested => "previous collection freed too little",
            LevelReason::Escalated => "could not free enough",
            LevelReason::Full => "full",
        }
    }
}

/// A collection.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GcEvent {
    /// `Garbage collection n`: the session's collection count.
    pub n: u32,
    /// Collections so far by final level (`n0+n1+n2` of the report).
    pub gen_counts: [u32; 3],
    pub level: u8,
    pub trigger: Trigger,
    pub level_reason: LevelReason,
    /// The allocation that could not be served (Vcells), 0 for node-triggered and explicit ones.
    pub size_needed: u64,
    /// In use (live and garbage) when it started.
    pub ncells_before: u64,
    pub vcells_before: u64,
    /// In use after it (what the report calls "used").
    pub ncells_used: u64,
    pub vcells_used: u64,
    /// Triggers before and after heap adjustment.
    pub ncells_trigger_before: u64,
    pub vcells_trigger_before: u64,
    pub ncells_trigger: u64,
    pub vcells_trigger: u64,
    /// Whether `gcinfo` printed a report for it.
    pub reported: bool,
    /// Line of the simulated source that was running.
    pub line: Option<u32>,
    /// When it started, in changes of usage since the session began
    /// ([`crate::heap::Heap::usage_serial`]: the clock of the peak and of plots).
    pub serial: u64,
}

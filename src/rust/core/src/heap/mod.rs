//! The heap: every simulated node and vector, R's counters (`R_NodesInUse`, `R_SmallVallocSize`,
//! `R_LargeVallocSize`), the triggers, the generations and the roots. Allocation entry points test
//! the triggers exactly where `memory.c` does and run a collection when R would.

pub mod object;
pub mod peak;
pub mod pool;
pub mod size_class;
pub mod string_hash;

use std::rc::Rc;

use crate::error::{SimError, SimResult};
use crate::gc::policy::{HeapSizes, PolicyState};
use crate::gc::{GcEvent, Trigger};
use crate::profile::{
    GrowthPolicy, HeapConfig, LARGE_NODE_CLASS, NUM_OLD_GENERATIONS, NUM_SMALL_NODE_CLASSES, R_MIN_FREE_FRAC,
    SEXPREC_SIZE, VCELL_SIZE, VECTOR_HEADER_SIZE,
};
use crate::session::{Output, Stream};
pub use object::*;
use pool::Pool;
pub use size_class::SexpType;
use size_class::{place_vector, trigger_charge, vector_vcells, Placement};

/// Whether every collection checks the heap's invariants ([`Heap::check_invariants`]): always in
/// debug builds; in release builds when a test or the fuzzer turns it on, or the environment
/// variable `RHEAP_CHECK_INVARIANTS` is set when the first heap is made.
static CHECK_INVARIANTS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(cfg!(debug_assertions));
static CHECK_INVARIANTS_FROM_ENV: std::sync::Once = std::sync::Once::new();

/// Check the heap's invariants after every collection (or stop checking them).
pub fn check_invariants_after_collections(on: bool) {
    CHECK_INVARIANTS_FROM_ENV.call_once(|| {});
    CHECK_INVARIANTS.store(on, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn checking_invariants() -> bool {
    CHECK_INVARIANTS.load(std::sync::atomic::Ordering::Relaxed)
}

#[derive(Clone)]
pub struct Heap {
    pub(crate) objs: Vec<Obj>,
    free_slots: Vec<u32>,

    /// `R_NodesInUse`: every node, live or not yet swept.
    pub nodes_in_use: u64,
    /// `R_SmallVallocSize`, `R_LargeVallocSize`: Vcells of small (class charges) and large vectors.
    pub small_valloc: u64,
    pub large_valloc: u64,
    pub sizes: HeapSizes,
    pub policy: PolicyState,
    pub growth: GrowthPolicy,
    /// `R_N_maxused`, `R_V_maxused`: in use at the start of the fullest collection (or at a reset).
    pub n_maxused: u64,
    pub v_maxused: u64,
    /// `gc_count`, `gen_gc_counts[]`.
    pub gc_count: u32,
    pub gen_gc_counts: [u32; 3],
    /// `R_Collected`: free nodes below the trigger after the last collection.
    pub collected: u64,
    /// `gc_reporting`: the `gcinfo()` flag.
    pub gc_reporting: bool,

    /// Objects allocated since the last collection, and the two old generations.
    pub(crate) young: Vec<ObjId>,
    pub(crate) old: [Vec<ObjId>; 2],
    /// `OldToNew[]`: old objects that were written to point at younger ones.
    pub(crate) remembered: [Vec<ObjId>; 2],

    /// Objects that live for the whole session (R_NilValue, the start-up heap, the global env).
    pub(crate) permanent: Vec<ObjId>,
    /// The protect stack: everything the evaluator holds. Every new object is pushed here and lives
    /// at least until the evaluation step that made it is done (`root_mark` / `release_to`).
    pub(crate) stack: Vec<ObjId>,

    pub pool: Pool,
    /// The collections, the most recent [`EVENTS_KEPT`] of them.
    pub events: crate::log::Recent<GcEvent>,
    /// Simulated console output, in order.
    pub console: Output,
    /// Bytes the host will hand to `malloc` for large vectors.
    pub host_memory: u64,
    /// Source line being evaluated (for events and errors).
    pub line: u32,
    /// Inside `gc()`: collections are explicit.
    pub(crate) explicit: bool,
    /// `R_GCEnabled` is off (inside ALTREP methods: [`Heap::gc_off`]) this many levels deep.
    gc_disabled: u32,
    /// `gc_pending`: a collection was due while the collector was off; the next allocation runs it.
    pub gc_pending: bool,
    /// The CHARSXP cache, `R_StringHash`.
    pub strings: string_hash::StringHash,
    /// The start-up heap aggregate.
    pub static_heap: ObjId,
    /// Host boxes of swept environments and promises, reused by the next ones: a closure call
    /// makes one of each, and the host allocator was a third of the simulator's time.
    #[allow(clippy::vec_box)] // the boxes themselves are what is reused
    spare_envs: Vec<Box<EnvData>>,
    #[allow(clippy::vec_box)]
    spare_promises: Vec<Box<PromiseData>>,
    /// Changes of usage so far (allocations, cells or Vcells added), numbering the moments of
    /// [`peak::PeakUsage`]; the true peak since [`Heap::reset_peak`]; a look to take at one of them.
    pub usage_serial: u64,
    pub peak: peak::PeakUsage,
    pub(crate) probe: peak::ProbeSlot,
    /// The CHARSXP cache (`R_StringHash`): the one CHARSXP of each distinct string. The sweep
    /// drops the entry of a CHARSXP it frees, as R's collector removes dead CHARSXPs from the
    /// cache, so the host keeps no string the simulated session lost.
    pub(crate) char_cache: crate::fxhash::FxHashMap<std::rc::Rc<str>, ObjId>,
    /// Tags of `...` lists, by the cells holding them (dropped with the cells).
    pub(crate) dots_names: crate::fxhash::FxHashMap<ObjId, Vec<Option<std::rc::Rc<str>>>>,
    /// The young generation's garbage made by [`Heap::alloc_scratch`], one aggregate until the
    /// next collection.
    pub(crate) young_scratch: Option<ObjId>,
}

/// Collections a session keeps the record of (about 15 MB of host memory): `sim_events()` shows the
/// most recent ones, and `sim_notes()` says how many earlier ones were dropped.
pub const EVENTS_KEPT: usize = 100_000;

/// Spare boxes are kept per kind up to the arena's free slots (the slots the freed objects
/// leave, which the arena keeps too): a call-heavy loop's collection frees as many frames and
/// promises as the next calls make, and the host allocator was a third of the simulator's time.
/// A frame whose bindings outgrew this many is not kept.
const MAX_SPARE_FRAME: usize = 32;

impl Heap {
    /// An empty heap with R's start-up triggers from `config`, before any object exists.
    pub fn new(config: &HeapConfig) -> Heap {
        CHECK_INVARIANTS_FROM_ENV.call_once(|| {
            if std::env::var_os("RHEAP_CHECK_INVARIANTS").is_some_and(|v| !v.is_empty() && v != "0") {
                CHECK_INVARIANTS.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        });
        let to_v = |bytes: u64| (bytes + 1) / VCELL_SIZE;
        let v_size = config.vsize / VCELL_SIZE;
        let mut h = Heap {
            objs: Vec::new(),
            free_slots: Vec::new(),
            nodes_in_use: 0,
            small_valloc: 0,
            large_valloc: 0,
            sizes: HeapSizes {
                n_size: config.nsize,
                v_size,
                orig_n_size: config.nsize,
                orig_v_size: v_size,
                max_n_size: config.max_nsize.unwrap_or(u64::MAX),
                max_v_size: config.max_vsize.map(to_v).unwrap_or(u64::MAX),
            },
            policy: PolicyState::initial(),
            growth: config.growth.clone(),
            n_maxused: 0,
            v_maxused: 0,
            gc_count: 0,
            gen_gc_counts: [0; 3],
            collected: 0,
            gc_reporting: false,
            young: Vec::new(),
            old: [Vec::new(), Vec::new()],
            remembered: [Vec::new(), Vec::new()],
            permanent: Vec::new(),
            stack: Vec::new(),
            pool: Pool::default(),
            events: crate::log::Recent::new(EVENTS_KEPT),
            console: Output::default(),
            host_memory: config.host_memory,
            line: 0,
            explicit: false,
            gc_disabled: 0,
            gc_pending: false,
            strings: Default::default(),
            static_heap: NIL,
            spare_envs: Vec::new(),
            spare_promises: Vec::new(),
            usage_serial: 0,
            peak: peak::PeakUsage::default(),
            probe: Default::default(),
            char_cache: Default::default(),
            dots_names: Default::default(),
            young_scratch: None,
        };
        // R_NilValue is object 0.
        let nil = h.install(Obj::node(SexpType::Nil, Body::Opaque), GEN_OLD1);
        debug_assert_eq!(nil, NIL);
        h.permanent.push(nil);
        h
    }

    // ---- counters ------------------------------------------------------------------------------

    /// `VHEAP_FREE()`.
    pub fn vheap_free(&self) -> u64 {
        self.sizes.v_size.saturating_sub(self.small_valloc + self.large_valloc)
    }

    pub fn vcells_in_use(&self) -> u64 {
        self.small_valloc + self.large_valloc
    }

    pub fn obj(&self, id: ObjId) -> &Obj {
        &self.objs[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Obj {
        &mut self.objs[id.0 as usize]
    }

    /// Distinct strings the host keeps for the CHARSXP cache (as many as live CHARSXPs at most).
    pub fn host_strings(&self) -> usize {
        self.char_cache.len()
    }

    /// Number of objects (aggregates count once) alive or awaiting collection.
    pub fn n_objects(&self) -> usize {
        self.objs.len() - self.free_slots.len()
    }

    // ---- roots ---------------------------------------------------------------------------------

    pub fn root_mark(&self) -> usize {
        self.stack.len()
    }

    /// End an evaluation step: drop what it protected, keep `keep` protected.
    pub fn release_to(&mut self, mark: usize, keep: Option<Val>) {
        self.stack.truncate(mark);
        if let Some(Val::Obj(o)) = keep {
            self.stack.push(o);
        }
    }

    pub fn protect(&mut self, v: Val) {
        if let Val::Obj(o) = v {
            self.stack.push(o);
        }
    }

    /// File a young object in the oldest generation (what survived the start-up's collections).
    pub fn promote_to_oldest(&mut self, id: ObjId) {
        if self.obj(id).gen == GEN_NEW {
            self.young.retain(|&x| x != id);
            self.obj_mut(id).gen = GEN_OLD1;
            self.old[GEN_OLD1 as usize - 1].push(id);
        }
    }

    /// Make an object live for the rest of the session.
    pub fn make_permanent(&mut self, id: ObjId) {
        self.permanent.push(id);
    }

    // ---- allocation ----------------------------------------------------------------------------

    /// Place a new object in the arena and count it. No trigger test: callers run [`Heap::ensure_room`].
    fn install(&mut self, obj: Obj, gen: Gen) -> ObjId {
        self.nodes_in_use += obj.nodes as u64;
        if obj.class == LARGE_NODE_CLASS {
            self.large_valloc += obj.vcells;
        } else {
            self.small_valloc += obj.vcells;
            self.pool.take(obj.class as usize, 1);
        }
        if obj.nodes > 1 {
            self.take_extra_nodes(&obj);
        }
        let mut obj = obj;
        obj.gen = gen;
        let id = match self.free_slots.pop() {
            Some(slot) => {
                self.objs[slot as usize] = obj;
                ObjId(slot)
            }
            None => {
                self.objs.push(obj);
                ObjId(self.objs.len() as u32 - 1)
            }
        };
        match gen {
            GEN_NEW => self.young.push(id),
            g => self.old[g as usize - 1].push(id),
        }
        self.note_usage();
        id
    }

    #[cold]
    fn take_extra_nodes(&mut self, obj: &Obj) {
        let (class, extra) = extra_nodes(obj);
        self.pool.take(class, extra);
    }

    /// A new object (in the young generation, protected), after the trigger test R makes for it.
    pub fn alloc(&mut self, obj: Obj) -> SimResult<ObjId> {
        // A zero-length vector is tested as if it needed one Vcell.
        let charge = if obj.sexp.is_vector() && obj.vcells == 0 { 1 } else { obj.vcells };
        let v_size_before = self.sizes.v_size;
        self.ensure_room(obj.nodes as u64, charge)?;
        if obj.class == LARGE_NODE_CLASS {
            self.check_malloc(obj.vcells, v_size_before)?;
        }
        let id = self.install(obj, GEN_NEW);
        self.stack.push(id);
        self.check_probe();
        Ok(id)
    }

    /// A vector of `length` elements of type `t`.
    pub fn alloc_vector(&mut self, t: SexpType, length: u64, body: Body) -> SimResult<ObjId> {
        self.alloc(Obj::vector(t, length, body))
    }

    /// `count` distinct CHARSXPs of `nbytes` bytes each, made one by one in R, as aggregates
    /// (batches, referenced by [`Elems::Distinct`], with how many strings each holds): each a
    /// vector of the node class for its size, entered in the CHARSXP cache by its hash (`hashes`,
    /// one per string; for strings known only to be distinct, a pseudo-random stream kept as its
    /// seed). R allocates them one at a time (`mkCharLenCE` → `allocCharsxp`), so a collection runs
    /// between two of them when the nodes or the vector heap run out (`allocVector3`'s
    /// `NO_FREE_NODES() || VHEAP_FREE() < alloc_size`): a batch ends where that happens.
    pub fn alloc_strings(
        &mut self,
        count: u64,
        nbytes: u64,
        hashes: Option<Rc<[u32]>>,
    ) -> SimResult<Vec<(ObjId, u64)>> {
        let one = Obj::vector(SexpType::Char, nbytes, Body::Opaque).vcells;
        self.check_pages(count, one.saturating_mul(count))?;
        let per = one.max(1);
        let mut out = Vec::new();
        let mut done = 0u64;
        while done < count {
            // as many as fit before the next collection (the one that does not fit collects) ...
            let room = if self.gc_disabled > 0 || self.gc_pending {
                count - done
            } else {
                let nodes = self.sizes.n_size.saturating_sub(self.nodes_in_use);
                (self.vheap_free() / per).min(nodes)
            };
            let mut k = room.clamp(1, count - done);
            let mut part = self.strings.slots.is_some().then(|| match &hashes {
                Some(all) => string_hash::BatchHashes::Known(Rc::from(&all[done as usize..(done + k) as usize])),
                None => {
                    self.strings.seed += 1;
                    string_hash::BatchHashes::Pseudo { seed: self.strings.seed, count: k }
                }
            });
            // ... and the batch ends where the cache grows (`R_StringHash_resize` in mkCharLenCE)
            if let (Some(p), Some(slots)) = (&part, &self.strings.slots) {
                if let Some(j) = slots.adds_until_full(p.iter()) {
                    k = (j as u64).max(1);
                    part = part.map(|p| p.prefix(k));
                }
            }
            let mut o = Obj::vector(SexpType::Char, nbytes, Body::Opaque);
            o.nodes = u32::try_from(k).map_err(|_| SimError::new("too many strings for one batch"))?;
            o.vcells *= k;
            let id = self.alloc(o)?;
            if let Some(batch) = part {
                for &h in batch.known() {
                    self.strings.owner.insert(h, id);
                }
                // in the cache before it is counted: a resize recounts every batch, this one too
                self.strings.batches.insert(id, batch.clone());
                self.cache_strings(batch.iter())?;
                if let Some(slots) = self.strings.slots.as_mut() {
                    batch.iter().for_each(|h| slots.set_head(h, id));
                }
            }
            out.push((id, k));
            done += k;
        }
        Ok(out)
    }

    /// Small vectors live on pages R takes from the host's `malloc` (`GetNewPage`): when the host
    /// cannot give the pages `nodes` vectors of `vcells` Vcells in all need, even after a full
    /// collection, R gives up (`mem_err_malloc`).
    fn check_pages(&mut self, nodes: u64, vcells: u64) -> SimResult<()> {
        let request = nodes.saturating_mul(SEXPREC_SIZE).saturating_add(vcells.saturating_mul(VCELL_SIZE));
        if request <= self.host_available() {
            return Ok(());
        }
        self.policy.num_old_gens_to_collect = 2;
        self.collect(0, Trigger::Nodes);
        if request <= self.host_available() {
            return Ok(());
        }
        Err(SimError::without_call("memory exhausted (limit reached?)"))
    }

    /// The batches of CHARSXPs of `bytes` bytes that hold a string whose hash is in `hashes`
    /// (strings known by hash: a different string of the same hash is not told apart). A batch
    /// is found whole: a vector that finds some of its strings keeps all of them.
    pub fn string_batches_among(&self, bytes: u64, hashes: &crate::fxhash::FxHashSet<u32>) -> Vec<ObjId> {
        let mut seen = crate::fxhash::FxHashSet::default();
        let mut out = Vec::new();
        for h in hashes {
            let Some(&b) = self.strings.owner.get(h) else { continue };
            if seen.insert(b) && self.obj(b).length == bytes && !matches!(self.obj(b).body, Body::Free) {
                out.push(b);
            }
        }
        out.sort_by_key(|b| b.0);
        out
    }

    /// `mkChar` of a string not in the cache: a new CHARSXP, on its slot's chain.
    pub fn alloc_char(&mut self, s: Rc<str>) -> SimResult<ObjId> {
        let hash = string_hash::char_hash(s.as_bytes());
        let id = self.alloc_vector(SexpType::Char, s.len() as u64, Body::Char(s))?;
        if self.strings.slots.is_some() {
            self.cache_strings(std::iter::once(hash))?;
            if let Some(slots) = self.strings.slots.as_mut() {
                slots.set_head(hash, id);
            }
        }
        Ok(id)
    }

    /// Start the CHARSXP cache model: its table (a permanent VECSXP of `CHAR_HASH_SIZE` slots) and
    /// the hashes of the strings already in it.
    pub fn install_string_hash(&mut self, table: ObjId, background: Rc<[u32]>) {
        // the start-up's full collections left the table in the oldest generation: once replaced,
        // only a full collection frees it
        self.promote_to_oldest(table);
        let mut slots = string_hash::Slots::new(string_hash::CHAR_HASH_SIZE);
        background.iter().for_each(|&h| slots.add(h));
        self.strings.table = table;
        self.strings.slots = Some(slots);
        self.strings.background = background;
    }

    /// New CHARSXPs join their chains; past 85 % of the slots in use the table doubles
    /// (`R_StringHash_resize`), maybe more than once.
    fn cache_strings(&mut self, hashes: impl Iterator<Item = u32>) -> SimResult<()> {
        let mut hashes = hashes;
        while let Some(h) = hashes.next() {
            let slots = self.strings.slots.as_mut().expect("a cache model");
            slots.add(h);
            if slots.full() {
                // the strings not added yet are counted by the recount of the new table
                let size = slots.size();
                hashes.for_each(|rest| slots.add(rest));
                self.resize_string_hash(size * 2)?;
                while self.strings.slots.as_ref().is_some_and(|s| s.full()) {
                    let size = self.strings.slots.as_ref().unwrap().size();
                    self.resize_string_hash(size * 2)?;
                }
                return Ok(());
            }
        }
        Ok(())
    }

    /// `R_StringHash_resize`: a new table of `size` slots (allocating it may collect), the old one
    /// garbage, every CHARSXP still in the cache rehashed into it.
    fn resize_string_hash(&mut self, size: u64) -> SimResult<()> {
        let table = self.alloc_vector(SexpType::Vec, size, Body::Elems(Elems::Fill(NIL)))?;
        self.stack.pop();
        let old = std::mem::replace(&mut self.strings.table, table);
        self.permanent.retain(|&x| x != old);
        self.permanent.push(table);
        let mut slots = string_hash::Slots::new(size);
        self.strings.background.iter().for_each(|&h| slots.add(h));
        for (i, o) in self.objs.iter().enumerate() {
            if o.sexp != SexpType::Char {
                continue;
            }
            match &o.body {
                Body::Char(s) => slots.add(string_hash::char_hash(s.as_bytes())),
                Body::Opaque => {
                    if let Some(hs) = self.strings.batches.get(&ObjId(i as u32)) {
                        hs.iter().for_each(|h| slots.add(h));
                    }
                }
                _ => {}
            }
        }
        self.strings.slots = Some(slots);
        Ok(())
    }

    /// `n` cons cells (argument lists, pairlists) as one aggregate.
    pub fn alloc_cells(&mut self, n: u32, cells: Vec<Val>) -> SimResult<ObjId> {
        let mut o = Obj::node(SexpType::List, Body::Cells(cells));
        o.nodes = n;
        o.length = n as u64;
        self.alloc(o)
    }

    /// Garbage R makes inside a function it does not tell about (argument matching, internal
    /// scratch): `nodes` cons cells and `vcells` Vcells of small vectors, unreachable at once.
    ///
    /// Garbage made since the last collection is one aggregate: nothing references it, so the
    /// next collection frees all of it, as it would free each piece (the counters, the pool and
    /// the usage moments change as they would piece by piece; the host keeps one object).
    pub fn alloc_scratch(&mut self, nodes: u32, vcells: u64) -> SimResult<()> {
        if nodes == 0 && vcells == 0 {
            return Ok(());
        }
        let nodes = nodes.max(1);
        self.ensure_room(nodes as u64, vcells)?;
        match self.young_scratch.filter(|&id| self.obj(id).nodes.checked_add(nodes).is_some()) {
            Some(id) => {
                let o = self.obj_mut(id);
                o.nodes += nodes;
                o.vcells += vcells;
                self.nodes_in_use += nodes as u64;
                self.small_valloc += vcells;
                self.pool.take(0, nodes as u64);
                self.note_usage();
            }
            None => {
                let mut o = Obj::node(SexpType::List, Body::Opaque);
                o.nodes = nodes;
                o.vcells = vcells;
                self.young_scratch = Some(self.install(o, GEN_NEW));
            }
        }
        self.check_probe();
        Ok(())
    }

    /// Add `n` cons cells to an aggregate (a binding to an environment, an attribute).
    pub fn grow_nodes(&mut self, id: ObjId, n: u32) -> SimResult<()> {
        self.ensure_room(n as u64, 0)?;
        self.nodes_in_use += n as u64;
        self.pool.take(0, n as u64);
        self.obj_mut(id).nodes += n;
        self.note_usage();
        self.check_probe();
        Ok(())
    }

    /// Cells an aggregate lets go of (a removed binding): they stay in use, unreachable, in the
    /// aggregate's generation until a collection of that generation sweeps them.
    pub fn shed_nodes(&mut self, id: ObjId, n: u32) {
        let gen = self.obj(id).gen;
        let o = self.obj_mut(id);
        let n = n.min(o.nodes.saturating_sub(1));
        if n == 0 {
            return;
        }
        o.nodes -= n;
        self.nodes_in_use -= n as u64;
        self.pool.give_back(0, n as u64);
        let mut g = Obj::node(SexpType::List, Body::Opaque);
        g.nodes = n;
        self.install(g, gen);
    }

    /// The trigger test of `allocVector3` / `GET_FREE_NODE`: collect if `nodes` more nodes or
    /// `charge` more Vcells do not fit below the triggers, then fail as R does if they still don't.
    pub fn ensure_room(&mut self, nodes: u64, charge: u64) -> SimResult<()> {
        let no_nodes = self.nodes_in_use + nodes > self.sizes.n_size;
        if self.gc_pending || no_nodes || self.vheap_free() < charge {
            if self.gc_disabled > 0 {
                return self.defer_collection(nodes, charge);
            }
            let trigger = if no_nodes {
                Trigger::Nodes
            } else if self.vheap_free() < charge {
                Trigger::Vectors
            } else {
                Trigger::Pending
            };
            self.collect(charge, trigger);
            if self.nodes_in_use + nodes > self.sizes.n_size && self.nodes_in_use + 1 > self.sizes.n_size {
                return Err(SimError::new("cons memory exhausted (limit reached?)"));
            }
            // R allocates cell by cell; let the aggregate overshoot by the rest.
            if self.vheap_free() < charge {
                return Err(SimError::new("vector memory exhausted (limit reached?)"));
            }
        }
        Ok(())
    }

    /// `R_gc_internal` while `R_GCEnabled` is off: no collection; the node trigger moves up to what
    /// is in use, the vector trigger grows by the shortfall, the next collection is raised a level
    /// when less than `R_MinFreeFrac` of the vector heap would be free, and the collection is left
    /// pending for the next allocation. `nodes` cells stand for as many allocations, each of which
    /// R sends here while the collection is pending (so the level can go up more than once).
    fn defer_collection(&mut self, nodes: u64, charge: u64) -> SimResult<()> {
        if self.nodes_in_use + nodes > self.sizes.n_size {
            self.sizes.n_size = self.nodes_in_use + nodes;
        }
        let short = (self.vheap_free() as f64) < charge as f64 + R_MIN_FREE_FRAC * self.sizes.v_size as f64;
        let calls = nodes.max(1);
        if short {
            let up = calls.min((NUM_OLD_GENERATIONS as u64).saturating_sub(self.policy.num_old_gens_to_collect as u64));
            self.policy.num_old_gens_to_collect += up as u8;
        }
        let free = self.vheap_free();
        if charge > free {
            let expand = charge - free;
            if self.sizes.v_size.saturating_add(expand) > self.sizes.max_v_size {
                return Err(SimError::new("vector memory exhausted (limit reached?)"));
            }
            self.sizes.v_size += expand;
        }
        self.gc_pending = true;
        Ok(())
    }

    /// `R_GCEnabled = FALSE` around an ALTREP method (`ALTVEC_DATAPTR`, `ALTSTRING_ELT`,
    /// `ALTSTRING_SET_ELT` in altrep.c): what it allocates runs no collection. Paired with
    /// [`Heap::gc_on`].
    pub fn gc_off(&mut self) {
        self.gc_disabled += 1;
    }

    pub fn gc_on(&mut self) {
        self.gc_disabled -= 1;
    }

    /// The host's `malloc` for a large vector: if it cannot serve the request, R collects fully,
    /// tries again, and then gives up with the vector trigger restored.
    fn check_malloc(&mut self, vcells: u64, v_size_before: u64) -> SimResult<()> {
        let request = VECTOR_HEADER_SIZE.saturating_add(vcells.saturating_mul(VCELL_SIZE));
        if request <= self.host_available() {
            return Ok(());
        }
        let v_size = v_size_before;
        self.policy.num_old_gens_to_collect = 2;
        self.collect(0, Trigger::Vectors);
        if request <= self.host_available() {
            return Ok(());
        }
        self.sizes.v_size = v_size;
        Err(SimError::new(format!("cannot allocate vector of size {}", crate::report::alloc_size_text(vcells))))
    }

    /// Bytes the host could still give: its memory less what the simulated R process holds.
    pub fn host_available(&self) -> u64 {
        let held = self.nodes_in_use * SEXPREC_SIZE + self.vcells_in_use() * VCELL_SIZE;
        self.host_memory.saturating_sub(held)
    }

    /// Free an unreachable object (sweep).
    pub(crate) fn free_obj(&mut self, id: ObjId) {
        if self.objs[id.0 as usize].sexp == SexpType::Char {
            self.uncache_string(id);
        }
        let o = &mut self.objs[id.0 as usize];
        self.nodes_in_use -= o.nodes as u64;
        if o.class == LARGE_NODE_CLASS {
            self.large_valloc -= o.vcells;
        } else {
            self.small_valloc -= o.vcells;
            self.pool.give_back(o.class as usize, 1);
        }
        if o.nodes > 1 {
            let (class, extra) = extra_nodes(o);
            self.pool.give_back(class, extra);
        }
        let body = std::mem::replace(&mut o.body, Body::Free);
        o.attrs = None;
        self.free_slots.push(id.0);
        match body {
            Body::Env(e) if self.spare_envs.len() < self.free_slots.len() && e.names.capacity() <= MAX_SPARE_FRAME => {
                self.spare_envs.push(e)
            }
            Body::Promise(mut p) if self.spare_promises.len() < self.free_slots.len() => {
                // the spare keeps no code alive
                p.expr = crate::lang::ast::Expr::Const(crate::lang::ast::Const::Null);
                self.spare_promises.push(p)
            }
            Body::Char(s) if self.char_cache.get(&*s) == Some(&id) => {
                self.char_cache.remove(&*s);
            }
            Body::Cells(_) if !self.dots_names.is_empty() => {
                self.dots_names.remove(&id);
            }
            _ => {}
        }
    }

    /// A CHARSXP (or a batch of them) being freed leaves its chain (the collector's pass over
    /// the cache).
    fn uncache_string(&mut self, id: ObjId) {
        let Some(slots) = self.strings.slots.as_mut() else { return };
        match &self.objs[id.0 as usize].body {
            Body::Char(s) => {
                let h = string_hash::char_hash(s.as_bytes());
                slots.remove(h);
                slots.drop_head(h, id);
            }
            _ => {
                if let Some(hs) = self.strings.batches.remove(&id) {
                    hs.iter().for_each(|h| {
                        slots.remove(h);
                        slots.drop_head(h, id);
                    });
                    for h in hs.known() {
                        if self.strings.owner.get(h) == Some(&id) {
                            self.strings.owner.remove(h);
                        }
                    }
                }
            }
        }
    }

    /// An environment's data, in a recycled box when there is one (its vectors keep their room).
    pub fn env_data(&mut self, enclos: ObjId, hashtab: ObjId) -> Box<EnvData> {
        match self.spare_envs.pop() {
            Some(mut e) => {
                let (mut names, mut values) = (std::mem::take(&mut e.names), std::mem::take(&mut e.values));
                names.clear();
                values.clear();
                *e = EnvData { names, values, ..EnvData::new(enclos, hashtab) };
                e
            }
            None => Box::new(EnvData::new(enclos, hashtab)),
        }
    }

    /// A promise's data, in a recycled box when there is one.
    pub fn promise_data(&mut self, data: PromiseData) -> Box<PromiseData> {
        match self.spare_promises.pop() {
            Some(mut p) => {
                *p = data;
                p
            }
            None => Box::new(data),
        }
    }

    // ---- mutation with R's write barrier -------------------------------------------------------

    /// Give `id` its elements once they are made (`SET_STRING_ELT`, `SET_VECTOR_ELT`): a collection
    /// while they were made may have aged it, so each is checked by the write barrier.
    pub fn set_elems(&mut self, id: ObjId, elems: Elems) {
        self.obj_mut(id).body = Body::Elems(elems);
        let mut kids = Vec::new();
        self.obj(id).for_each_child(|c| kids.push(c));
        for c in kids {
            self.write_barrier(id, Val::Obj(c));
        }
    }

    /// `CHECK_OLD_TO_NEW(parent, child)`: an old object now points at a younger one.
    pub fn write_barrier(&mut self, parent: ObjId, child: Val) {
        if let Val::Obj(c) = child {
            let pg = self.obj(parent).gen;
            if pg > GEN_NEW && self.obj(c).gen < pg && !self.obj(parent).remembered {
                self.obj_mut(parent).remembered = true;
                self.remembered[pg as usize - 1].push(parent);
            }
        }
    }

    /// Change a vector's Vcell charge in place (a growable vector reaching capacity is reallocated
    /// by the caller; this is for ALTREP expansion and similar attached data).
    pub fn add_vcells(&mut self, id: ObjId, extra: u64) -> SimResult<()> {
        self.ensure_room(0, extra)?;
        let o = self.obj_mut(id);
        o.vcells += extra;
        let large = o.class == LARGE_NODE_CLASS;
        if large {
            self.large_valloc += extra;
        } else {
            self.small_valloc += extra;
        }
        self.note_usage();
        self.check_probe();
        Ok(())
    }

    /// Set or replace an attribute (one cons cell per attribute, counted in the owner).
    /// Give `to` every attribute of `from` (`SHALLOW_DUPLICATE_ATTRIB`: the values are shared).
    pub fn copy_attrs(&mut self, from: Val, to: ObjId) -> SimResult<()> {
        if let Val::Obj(o) = from {
            if let Some(attrs) = self.obj(o).attrs.clone() {
                for (name, v) in attrs.iter() {
                    self.set_attr(to, name, *v)?;
                }
            }
        }
        Ok(())
    }

    pub fn set_attr(&mut self, id: ObjId, name: &str, value: ObjId) -> SimResult<()> {
        let exists = self.obj(id).attrs.as_ref().and_then(|a| a.iter().position(|(n, _)| &**n == name));
        match exists {
            Some(i) => {
                if value == NIL {
                    let attrs = self.obj_mut(id).attrs.as_mut().unwrap();
                    attrs.remove(i);
                    // the last attribute gone: ATTRIB is R_NilValue again
                    if attrs.is_empty() {
                        self.obj_mut(id).attrs = None;
                    }
                    self.shed_nodes(id, 1);
                } else {
                    self.obj_mut(id).attrs.as_mut().unwrap()[i].1 = value;
                }
            }
            None if value == NIL => return Ok(()),
            None => {
                self.grow_nodes(id, 1)?;
                // attribute names are symbols in R too: the interned string spares a host allocation
                let name = crate::sym::Sym::new(name).as_rc().clone();
                self.obj_mut(id).attrs.get_or_insert_with(Default::default).push((name, value));
            }
        }
        self.write_barrier(id, Val::Obj(value));
        Ok(())
    }

    pub fn attr(&self, id: ObjId, name: &str) -> Option<ObjId> {
        self.obj(id).attrs.as_ref()?.iter().find(|(n, _)| &**n == name).map(|(_, v)| *v)
    }

    /// Write a console line (simulated stdout/stderr).
    pub fn write(&mut self, stream: Stream, text: impl Into<String>) {
        self.console.push(stream, text);
    }

    /// Install the permanent aggregate standing for R's start-up heap (what base R, the default
    /// packages and the compiler hold before the first statement).
    /// What is already installed (R_NilValue) is part of it.
    pub fn install_static(&mut self, nodes: u64, vcells: u64) -> ObjId {
        let mut o = Obj::node(SexpType::List, Body::Opaque);
        o.nodes = nodes.saturating_sub(self.nodes_in_use).max(1) as u32;
        o.vcells = vcells.saturating_sub(self.vcells_in_use());
        let id = self.install(o, GEN_OLD1);
        self.permanent.push(id);
        if self.static_heap == NIL {
            self.static_heap = id;
        }
        id
    }

    /// An object that was part of the start-up heap gets its own record: its cells move out of the
    /// start-up aggregate, so the counters do not change.
    pub fn transfer_from_static(&mut self, nodes: u32, vcells: u64) {
        let s = self.static_heap;
        if s == NIL {
            return;
        }
        let o = self.obj_mut(s);
        let n = nodes.min(o.nodes.saturating_sub(1));
        let v = vcells.min(o.vcells);
        o.nodes -= n;
        o.vcells -= v;
        self.nodes_in_use -= n as u64;
        self.small_valloc -= v;
        self.pool.give_back(0, n as u64);
    }

    /// An object of the start-up heap made when the simulator first needs it: its cells move out of
    /// the start-up aggregate into it (the counters do not change, no collection runs), old and
    /// permanent as start-up objects are.
    pub fn alloc_static(&mut self, obj: Obj) -> ObjId {
        self.transfer_from_static(obj.nodes, obj.vcells);
        let id = self.install(obj, GEN_OLD1);
        self.permanent.push(id);
        id
    }

    /// Install unreachable start-up garbage (in the young generation: it has not been swept yet).
    pub fn install_garbage(&mut self, nodes: u64, vcells: u64) {
        let mut o = Obj::node(SexpType::List, Body::Opaque);
        o.nodes = nodes as u32;
        o.vcells = vcells;
        self.install(o, GEN_NEW);
    }

    /// Pages per node class: the pool report.
    pub fn pool_report(&self) -> Vec<pool::PoolRow> {
        let _ = NUM_SMALL_NODE_CLASSES;
        self.pool.report()
    }
}

impl Obj {
    /// A plain node (class 0).
    pub fn node(sexp: SexpType, body: Body) -> Obj {
        Obj {
            sexp,
            gen: GEN_NEW,
            class: 0,
            mark: false,
            remembered: false,
            altrep: false,
            expanded: false,
            nodes: 1,
            vcells: 0,
            length: 0,
            capacity: 0,
            refs: 0,
            wrapped: None,
            deferred_arg: None,
            attrs: None,
            body,
        }
    }

    /// A vector node with its data placed as `allocVector3` places it.
    pub fn vector(sexp: SexpType, length: u64, body: Body) -> Obj {
        Obj::vector_with_capacity(sexp, length, length, body)
    }

    /// A growable vector: `length` in use, `capacity` allocated and charged.
    pub fn vector_with_capacity(sexp: SexpType, length: u64, capacity: u64, body: Body) -> Obj {
        let Placement { class, charge } = place_vector(vector_vcells(sexp, capacity));
        let mut o = Obj::node(sexp, body);
        o.class = class;
        o.vcells = charge;
        o.length = length;
        o.capacity = capacity;
        o
    }
}

/// The nodes an aggregate holds besides its main one, and their pool: a batch of small CHARSXPs
/// holds more vectors of its class (a batch of large ones holds no paged node), any other
/// aggregate cons cells.
fn extra_nodes(o: &Obj) -> (usize, u64) {
    match (o.is_string_batch(), o.is_large()) {
        (true, false) => (o.class as usize, o.nodes as u64 - 1),
        (true, true) => (0, 0),
        (false, _) => (0, o.nodes as u64 - 1),
    }
}

/// Vcells the trigger test uses for a vector of this type and length.
pub fn vector_trigger_charge(t: SexpType, length: u64) -> u64 {
    trigger_charge(place_vector(vector_vcells(t, length)))
}

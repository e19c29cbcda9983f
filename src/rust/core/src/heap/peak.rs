//! The most the heap ever held, and a look at one moment. The heap counts its true peak — the most
//! memory in use at any moment, which R's "max used" sees only when a collection starts
//! (`memory.c: R_gc_internal` raises `R_N_maxused`/`R_V_maxused` there) — and numbers every change
//! of usage. A *probe* runs a look (given by a higher layer, which knows what to look for) at one
//! numbered change (the peak's, found by an earlier run of the same code), holds the collections
//! from then on so that everything seen stays as it was, and raises a flag for the evaluator to
//! stop at its next poll.

use std::any::Any;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::{Body, Heap, ObjId};
use crate::profile::{SEXPREC_SIZE, VCELL_SIZE};

/// The highest usage since the last [`Heap::reset_peak`]: bytes of Ncells and Vcells together
/// (`SEXPREC_SIZE` per node, `VCELL_SIZE` per Vcell) and the moment it was reached, and the highest
/// of each count apart (they need not peak together).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct PeakUsage {
    pub bytes: u64,
    pub ncells: u64,
    pub vcells: u64,
    /// The change of usage ([`Heap::usage_serial`]) that reached it, and the source line then.
    pub serial: u64,
    pub line: u32,
    pub ncells_max: u64,
    pub vcells_max: u64,
}

/// Bytes of `nodes` Ncells and `vcells` Vcells.
pub fn usage_bytes(nodes: u64, vcells: u64) -> u64 {
    nodes * SEXPREC_SIZE + vcells * VCELL_SIZE
}

/// A look at the heap, given by a higher layer; what it returns is kept for that layer.
pub type Look = Box<dyn FnOnce(&Heap) -> Box<dyn Any>>;

/// Something to look at once, at the change of usage numbered `at` (see [`Heap::set_probe`]).
pub struct Probe {
    pub at: u64,
    /// Raised when the look is taken: the evaluator stops at its next poll.
    pub stop: Arc<AtomicBool>,
    /// The moment has come; the look is taken once the allocation is complete.
    pub due: bool,
    look: Option<Look>,
    pub taken: Option<Box<dyn Any>>,
}

/// The heap's probe, if one is set. A copy of the heap has none: a probe belongs to the run that
/// set it.
#[derive(Default)]
pub struct ProbeSlot(Option<Box<Probe>>);

impl Clone for ProbeSlot {
    fn clone(&self) -> ProbeSlot {
        ProbeSlot(None)
    }
}

impl std::fmt::Debug for Probe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Probe(at {}, taken {})", self.at, self.taken.is_some())
    }
}

impl Heap {
    /// Count one change of usage (an allocation, cells added to an aggregate, Vcells added to a
    /// vector) and keep the peak.
    #[inline]
    pub(super) fn note_usage(&mut self) {
        self.usage_serial += 1;
        let (n, v) = (self.nodes_in_use, self.vcells_in_use());
        let p = &mut self.peak;
        p.ncells_max = p.ncells_max.max(n);
        p.vcells_max = p.vcells_max.max(v);
        let bytes = usage_bytes(n, v);
        if bytes > p.bytes {
            *p = PeakUsage { bytes, ncells: n, vcells: v, serial: self.usage_serial, line: self.line, ..*p };
        }
        if let Some(p) = &mut self.probe.0 {
            p.due |= p.at == self.usage_serial;
        }
    }

    /// Take the probe's census if its moment has come (called where an allocation is complete: a
    /// new object is on the protect stack by then).
    #[inline]
    pub(super) fn check_probe(&mut self) {
        if self.probe.0.as_ref().is_some_and(|p| p.due && p.taken.is_none()) {
            self.take_probe();
        }
    }

    /// Start counting the peak from the usage now.
    pub fn reset_peak(&mut self) {
        let (n, v) = (self.nodes_in_use, self.vcells_in_use());
        self.peak = PeakUsage {
            bytes: usage_bytes(n, v),
            ncells: n,
            vcells: v,
            serial: self.usage_serial,
            line: self.line,
            ncells_max: n,
            vcells_max: v,
        };
    }

    /// Run `look` at the change of usage numbered `at`, once the allocation is complete; then
    /// hold the collections and raise `stop` (see [`Probe`]).
    pub fn set_probe(&mut self, at: u64, look: Look, stop: Arc<AtomicBool>) {
        self.probe.0 = Some(Box::new(Probe { at, stop, due: false, look: Some(look), taken: None }));
    }

    /// What the probe's look returned, once taken.
    pub fn probe_result(&self) -> Option<&dyn Any> {
        self.probe.0.as_ref().and_then(|p| p.taken.as_deref())
    }

    /// Whether a probe has taken its look (collections are held since).
    pub fn probe_taken(&self) -> bool {
        self.probe.0.as_ref().is_some_and(|p| p.taken.is_some())
    }

    #[cold]
    fn take_probe(&mut self) {
        let mut p = self.probe.0.take().expect("a probe");
        if let Some(look) = p.look.take() {
            p.taken = Some(look(self));
        }
        p.stop.store(true, Ordering::Relaxed);
        // nothing seen may be swept or reused before the evaluator reads the look
        self.gc_off();
        self.probe.0 = Some(p);
    }

    /// Ncells and Vcells of the objects reachable from the roots (permanent objects and the protect
    /// stack), whatever their generation; the marks the collector uses are left alone.
    pub fn reachable_usage(&self) -> (u64, u64) {
        let mut seen = vec![false; self.objs.len()];
        let mut todo: Vec<ObjId> = self.permanent.iter().chain(self.stack.iter()).copied().collect();
        let (mut n, mut v) = (0u64, 0u64);
        while let Some(id) = todo.pop() {
            let k = id.0 as usize;
            if seen[k] {
                continue;
            }
            seen[k] = true;
            let o = self.obj(id);
            if matches!(o.body, Body::Free) {
                continue;
            }
            n += o.nodes as u64;
            v += o.vcells;
            o.for_each_child(|c| todo.push(c));
        }
        (n, v)
    }
}

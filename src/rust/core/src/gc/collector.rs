//! The collector (`memory.c: R_gc_internal, RunGenCollect`): age the old-to-new referents of the
//! generations being collected, mark from the roots, sweep, promote survivors a generation, apply
//! the `R_MinFreeFrac` rule, and after a full collection let the policy adjust the heap.

use super::event::{GcEvent, LevelReason, Trigger};
use super::policy::{adjust_heap_size, after_collect, AfterCollect};
use crate::heap::{Heap, ObjId, GEN_NEW, GEN_OLD0, GEN_OLD1};
use crate::report;
use crate::session::Stream;

impl Heap {
    /// `R_gc_internal(size_needed)`: one collection, reported if `gcinfo(TRUE)`.
    pub fn collect(&mut self, size_needed: u64, trigger: Trigger) -> u8 {
        let trigger = if self.explicit { Trigger::Explicit } else { trigger };
        self.gc_pending = false;
        self.gc_count += 1;
        let ncells_before = self.nodes_in_use;
        let vcells_before = self.vcells_in_use();
        self.n_maxused = self.n_maxused.max(ncells_before);
        self.v_maxused = self.v_maxused.max(vcells_before);
        let (n_trigger_before, v_trigger_before) = (self.sizes.n_size, self.sizes.v_size);

        let requested = self.policy.num_old_gens_to_collect;
        let mut level = self.policy.select_level();
        let mut level_reason = if trigger == Trigger::Explicit && requested == 2 {
            LevelReason::Full
        } else if requested > 0 {
            LevelReason::Requested
        } else {
            LevelReason::Cadence
        };
        loop {
            self.mark_and_sweep(level);
            self.collected = self.sizes.n_size.saturating_sub(self.nodes_in_use);
            match after_collect(
                level,
                self.collected,
                self.sizes.n_size,
                self.vheap_free(),
                self.sizes.v_size,
                size_needed,
            ) {
                AfterCollect::Redo { level: l } => {
                    self.policy.num_old_gens_to_collect = l;
                    level = l;
                    level_reason = LevelReason::Escalated;
                }
                AfterCollect::Done { next_level } => {
                    self.policy.num_old_gens_to_collect = next_level;
                    break;
                }
            }
        }
        self.gen_gc_counts[level as usize] += 1;
        if level == 2 {
            let (n, v) = (self.nodes_in_use, self.vcells_in_use());
            adjust_heap_size(&mut self.sizes, &mut self.policy, &self.growth, n, v, size_needed);
        }
        if level >= 1 {
            self.pool.try_release();
        }

        let event = GcEvent {
            n: self.gc_count,
            gen_counts: self.gen_gc_counts,
            level,
            trigger,
            level_reason,
            size_needed,
            ncells_before,
            vcells_before,
            ncells_used: self.nodes_in_use,
            vcells_used: self.vcells_in_use(),
            ncells_trigger_before: n_trigger_before,
            vcells_trigger_before: v_trigger_before,
            ncells_trigger: self.sizes.n_size,
            vcells_trigger: self.sizes.v_size,
            reported: self.gc_reporting,
            line: (self.line > 0).then_some(self.line),
            serial: self.usage_serial,
        };
        if self.gc_reporting {
            let text = report::gcinfo_report(&event);
            self.write(Stream::Stderr, text);
        }
        self.events.push(event);
        if crate::heap::checking_invariants() {
            self.check_invariants();
        }
        level
    }

    /// One pass of `RunGenCollect` at `level`: collects the young generation and old generations
    /// below `level`.
    fn mark_and_sweep(&mut self, level: u8) {
        // the young garbage aggregate is swept now: the next garbage starts another
        self.young_scratch = None;
        // (a) Old-to-new referents of the generations being collected are aged into their
        //     referrer's generation, and those lists are dissolved.
        let (mut kids, mut stack) = (Vec::new(), Vec::new());
        for g in 0..level.min(2) as usize {
            let list = std::mem::take(&mut self.remembered[g]);
            for p in list {
                self.obj_mut(p).remembered = false;
                let pg = self.obj(p).gen;
                if pg != GEN_NEW {
                    kids.clear();
                    self.obj(p).for_each_child(|c| kids.push(c));
                    for &c in &kids {
                        self.age(c, pg, &mut stack);
                    }
                }
            }
        }

        // (b)-(d) Mark from the roots. Objects of generations above `level` are not collected:
        //     tracing stops at them, except that roots and remembered objects have their children
        //     scanned. (What is reachable is a set: the order objects are reached in changes nothing.)
        //     Only what this pass can still mark goes on the work list: an object of an older
        //     generation or marked already would be skipped when taken off it.
        let mut work: Vec<ObjId> = Vec::with_capacity(self.permanent.len() + self.stack.len());
        let push_root = |h: &Heap, r: ObjId, work: &mut Vec<ObjId>| {
            work.push(r);
            h.obj(r).for_each_child(|c| {
                let o = h.obj(c);
                if o.gen <= level && !o.mark {
                    work.push(c)
                }
            });
        };
        for i in 0..self.permanent.len() {
            push_root(self, self.permanent[i], &mut work);
        }
        for i in 0..self.stack.len() {
            push_root(self, self.stack[i], &mut work);
        }
        for g in level.min(2) as usize..2 {
            for i in 0..self.remembered[g].len() {
                push_root(self, self.remembered[g][i], &mut work);
            }
        }
        // the CHARSXP cache's table, once old, is on an old-to-new list (every new string is
        // written into it): a collection that leaves its generation alone keeps the strings at
        // the heads of its chains, garbage or not, until a collection of the table's generation
        let table_gen = if self.strings.table == crate::heap::NIL { GEN_NEW } else { self.obj(self.strings.table).gen };
        if table_gen != GEN_NEW && level < table_gen {
            if let Some(slots) = self.strings.slots.as_ref() {
                for &h in slots.heads.iter().filter(|&&h| h != crate::heap::NIL) {
                    push_root(self, h, &mut work);
                }
            }
        }
        while let Some(id) = work.pop() {
            let o = &mut self.objs[id.0 as usize];
            if o.gen > level || o.mark {
                continue;
            }
            o.mark = true;
            let objs = &self.objs;
            objs[id.0 as usize].for_each_child(|c| {
                let o = &objs[c.0 as usize];
                if o.gen <= level && !o.mark {
                    work.push(c)
                }
            });
        }

        // Sweep the collected generations; survivors move up one generation.
        let mut swept = std::mem::take(&mut self.young);
        for g in 0..level.min(2) as usize {
            swept.append(&mut self.old[g]);
        }
        for &id in &swept {
            let o = self.obj_mut(id);
            if o.mark {
                o.mark = false;
                o.gen = match o.gen {
                    GEN_NEW => GEN_OLD0,
                    GEN_OLD0 if level >= 1 => GEN_OLD1,
                    g => g,
                };
                let g = o.gen;
                self.old[g as usize - 1].push(id);
            } else {
                self.free_obj(id);
            }
        }
        // the young list is empty now: keep the buffer's room for the next generation
        swept.clear();
        self.young = swept;
    }

    /// `AgeNodeAndChildren`: make `id` and its younger descendants at least generation `gen`. Only
    /// the generation field changes: every aged object belongs to a generation being collected now,
    /// so the sweep files it by that field.
    fn age(&mut self, id: ObjId, gen: u8, stack: &mut Vec<ObjId>) {
        stack.clear();
        stack.push(id);
        while let Some(x) = stack.pop() {
            if self.obj(x).gen >= gen {
                continue;
            }
            self.obj_mut(x).gen = gen;
            self.obj(x).for_each_child(|c| stack.push(c));
        }
    }

    /// `gc(verbose, reset, full)` as `do_gc` runs it. Returns the counts the matrix shows.
    pub fn gc_explicit(&mut self, verbose: bool, full: bool) {
        let reporting = self.gc_reporting;
        self.gc_reporting = verbose;
        self.explicit = true;
        if full {
            self.policy.num_old_gens_to_collect = 2;
        }
        self.collect(0, Trigger::Explicit);
        self.explicit = false;
        self.gc_reporting = reporting;
    }

    /// The heap's invariants, checked after every collection in debug builds and wherever
    /// [`crate::heap::check_invariants_after_collections`] turned them on: the counters equal the
    /// sum over the objects that are not free, every generation list holds exactly the objects of
    /// its generation, the string cache holds live CHARSXPs, and nothing reachable is free. Panics on a violation.
    pub fn check_invariants(&self) {
        if let Some(v) = self.invariant_violation() {
            panic!("heap invariant violated: {v}");
        }
    }

    /// The first invariant the heap violates, if any (see [`Heap::check_invariants`]).
    pub fn invariant_violation(&self) -> Option<String> {
        use crate::heap::Body;
        use crate::profile::LARGE_NODE_CLASS;
        let (mut n, mut small, mut large) = (0u64, 0u64, 0u64);
        for o in &self.objs {
            if matches!(o.body, Body::Free) {
                continue;
            }
            n += o.nodes as u64;
            if o.class == LARGE_NODE_CLASS {
                large += o.vcells;
            } else {
                small += o.vcells;
            }
        }
        if n != self.nodes_in_use {
            return Some(format!("R_NodesInUse is {} but the objects hold {n}", self.nodes_in_use));
        }
        if small != self.small_valloc {
            return Some(format!("R_SmallVallocSize is {} but the objects hold {small}", self.small_valloc));
        }
        if large != self.large_valloc {
            return Some(format!("R_LargeVallocSize is {} but the objects hold {large}", self.large_valloc));
        }
        let listed = self.young.len() + self.old[0].len() + self.old[1].len();
        if listed != self.n_objects() {
            return Some(format!("the generation lists hold {listed} objects, the heap {}", self.n_objects()));
        }
        for (g, list) in self.old.iter().enumerate() {
            if let Some(id) = list.iter().find(|&&id| self.obj(id).gen as usize != g + 1) {
                return Some(format!(
                    "object {id:?} is on the list of generation {} but of generation {}",
                    g + 1,
                    self.obj(*id).gen
                ));
            }
        }
        // the CHARSXP cache holds live CHARSXPs only (the sweep drops the others)
        for (text, &id) in &self.char_cache {
            if !matches!(&self.obj(id).body, Body::Char(c) if **c == **text) {
                return Some(format!("the string cache holds {text:?} as object {id:?}, which is not that CHARSXP"));
            }
        }
        let mut freed = None;
        for &r in self.permanent.iter().chain(self.stack.iter()) {
            let mut check = |id: ObjId| {
                if freed.is_none() && matches!(self.obj(id).body, Body::Free) {
                    freed = Some((id, r));
                }
            };
            check(r);
            self.obj(r).for_each_child(&mut check);
        }
        freed.map(|(id, r)| {
            let o = self.obj(r);
            format!(
                "object {id:?} is reachable from a root but was freed (root {r:?}: {:?} of length {})",
                o.sexp, o.length
            )
        })
    }
}

//! The memory pool: small nodes live in 7960-byte pages, one page list per node class
//! (`memory.c: GetNewPage, TryToReleasePages`). Pages are invisible to `gc()` (triggers count nodes
//! and Vcells), but they are what the process really holds, and where fragmentation shows.
//!
//! The simulator does not place nodes at addresses, so a page is released when the class holds more
//! free slots than R would keep (`R_MaxKeepFrac`) — assuming, unlike R, that free slots gather on
//! whole pages. The report states that assumption.

use crate::profile::{
    NODE_CLASS_SIZE, NUM_SMALL_NODE_CLASSES, R_MAX_KEEP_FRAC, R_PAGE_SIZE, SEXPREC_SIZE, VCELL_SIZE, VECTOR_HEADER_SIZE,
};

/// Bytes of one node of a small class (`NODE_SIZE`).
pub const fn node_size(class: usize) -> u64 {
    if class == 0 {
        SEXPREC_SIZE
    } else {
        VECTOR_HEADER_SIZE + VCELL_SIZE * NODE_CLASS_SIZE[class]
    }
}

/// Nodes per page of a small class: 142, 142, 124, 99, 71, 45.
pub fn nodes_per_page(class: usize) -> u64 {
    NODES_PER_PAGE[class]
}

/// `nodes_per_page` computed once: every allocation asks.
const NODES_PER_PAGE: [u64; NUM_SMALL_NODE_CLASSES] = {
    let mut per = [0; NUM_SMALL_NODE_CLASSES];
    let mut class = 0;
    while class < NUM_SMALL_NODE_CLASSES {
        per[class] = (R_PAGE_SIZE - 8) / node_size(class);
        class += 1;
    }
    per
};

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ClassPool {
    pub pages: u64,
    /// Nodes of this class that are allocated (live or not yet swept).
    pub in_use: u64,
    pub pages_released: u64,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Pool {
    pub classes: [ClassPool; NUM_SMALL_NODE_CLASSES],
    /// `TryToReleasePages`' counter: it acts on every other call.
    pub release_count: u32,
}

impl Pool {
    /// `n` nodes of `class` were allocated; new pages are taken when the free slots run out.
    pub fn take(&mut self, class: usize, n: u64) {
        let c = &mut self.classes[class];
        c.in_use += n;
        let per = nodes_per_page(class);
        if c.in_use > c.pages * per {
            c.pages = c.in_use.div_ceil(per);
        }
    }

    pub fn give_back(&mut self, class: usize, n: u64) {
        let c = &mut self.classes[class];
        c.in_use = c.in_use.saturating_sub(n);
    }

    /// After a level-1 or level-2 collection: release pages beyond what R keeps free
    /// (`R_MaxKeepFrac` of the live nodes), every other call.
    pub fn try_release(&mut self) {
        if self.release_count > 0 {
            self.release_count -= 1;
            return;
        }
        for (class, c) in self.classes.iter_mut().enumerate() {
            let per = nodes_per_page(class);
            let keep = c.in_use + (R_MAX_KEEP_FRAC * c.in_use as f64) as u64;
            let capacity = c.pages * per;
            if capacity > keep {
                let release = ((capacity - keep) / per).min(c.pages - c.in_use.div_ceil(per));
                c.pages -= release;
                c.pages_released += release;
            }
        }
        self.release_count = 1;
    }
}

/// One row of the pool report.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PoolRow {
    pub class: usize,
    pub node_bytes: u64,
    pub nodes_per_page: u64,
    pub pages: u64,
    pub slots_in_use: u64,
    pub slots_free: u64,
    /// Free share of the class's page bytes.
    pub fragmentation: f64,
    pub pages_released: u64,
}

impl Pool {
    pub fn report(&self) -> Vec<PoolRow> {
        self.classes
            .iter()
            .enumerate()
            .map(|(class, c)| {
                let per = nodes_per_page(class);
                let slots = c.pages * per;
                PoolRow {
                    class,
                    node_bytes: node_size(class),
                    nodes_per_page: per,
                    pages: c.pages,
                    slots_in_use: c.in_use,
                    slots_free: slots.saturating_sub(c.in_use),
                    fragmentation: if slots == 0 { 0.0 } else { slots.saturating_sub(c.in_use) as f64 / slots as f64 },
                    pages_released: c.pages_released,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_geometry_matches_r() {
        let per: Vec<u64> = (0..NUM_SMALL_NODE_CLASSES).map(nodes_per_page).collect();
        assert_eq!(per, vec![142, 142, 124, 99, 71, 45]);
        assert_eq!(node_size(5), 176);
    }

    #[test]
    fn release_keeps_half_the_live_nodes_free() {
        let mut p = Pool::default();
        p.take(1, 142 * 10);
        p.give_back(1, 142 * 8);
        p.try_release();
        // 284 live: keep 426 slots → 3 pages of 142, release 7
        assert_eq!(p.classes[1].pages, 3);
        assert_eq!(p.classes[1].pages_released, 7);
        // the next call does nothing (every other call acts)
        p.give_back(1, 284);
        p.try_release();
        assert_eq!(p.classes[1].pages, 3);
    }
}

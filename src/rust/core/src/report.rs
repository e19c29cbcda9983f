//! R's report formats: the `gcinfo(TRUE)` lines (`memory.c: R_gc_internal`), the numbers of the
//! `gc()` matrix (`do_gc`) and the size in "cannot allocate vector of size …" (`allocVector3`).

use crate::gc::GcEvent;
use crate::heap::Heap;
use crate::profile::{MEGA, SEXPREC_SIZE, VCELL_SIZE};
use crate::session::GcMatrix;

/// `gc()`'s megabytes: `0.1 * ceil(10.0 * x / Mega * unit)`, evaluated in that order.
pub fn gc_mb(cells: u64, unit: u64) -> f64 {
    0.1 * ((10.0 * cells as f64) / MEGA * unit as f64).ceil()
}

/// The report's megabytes: `0.1 * ceil(10 * x * unit / Mega)`.
pub fn report_mb(cells: u64, unit: u64) -> f64 {
    0.1 * ((10.0 * cells as f64 * unit as f64) / MEGA).ceil()
}

/// `(int)(100.0 * used / size + 0.5)`.
pub fn percent(used: u64, size: u64) -> i64 {
    ((100.0 * used as f64) / size as f64 + 0.5) as i64
}

/// The three lines `gcinfo(TRUE)` prints after a collection.
pub fn gcinfo_report(e: &GcEvent) -> String {
    format!(
        "Garbage collection {} = {}+{}+{} (level {}) ... \n{:.1} Mbytes of cons cells used ({}%)\n{:.1} Mbytes of vectors used ({}%)\n",
        e.n,
        e.gen_counts[0],
        e.gen_counts[1],
        e.gen_counts[2],
        e.level,
        report_mb(e.ncells_used, SEXPREC_SIZE),
        percent(e.ncells_used, e.ncells_trigger),
        report_mb(e.vcells_used, VCELL_SIZE),
        percent(e.vcells_used, e.vcells_trigger),
    )
}

/// "cannot allocate vector of size …": Kb, Mb or Gb with R's thresholds.
pub fn alloc_size_text(vcells: u64) -> String {
    let kb = vcells as f64 * VCELL_SIZE as f64 / 1024.0;
    if kb > 1024.0 * 1024.0 {
        format!("{:.1} Gb", kb / 1024.0 / 1024.0)
    } else if kb > 1024.0 {
        format!("{:.1} Mb", kb / 1024.0)
    } else {
        format!("{:.0} Kb", kb)
    }
}

/// The 14 numbers of `.Internal(gc())` after a collection: `used_n` is the node count right after
/// the collection (the result vector excluded); Vcells include it.
pub fn gc_matrix(h: &Heap, used_n: u64) -> GcMatrix {
    let used_v = h.vcells_in_use();
    let limit = |max: u64, unit| {
        if max == u64::MAX {
            f64::NAN
        } else {
            gc_mb(max, unit)
        }
    };
    GcMatrix {
        values: [
            used_n as f64,
            used_v as f64,
            gc_mb(used_n, SEXPREC_SIZE),
            gc_mb(used_v, VCELL_SIZE),
            h.sizes.n_size as f64,
            h.sizes.v_size as f64,
            gc_mb(h.sizes.n_size, SEXPREC_SIZE),
            gc_mb(h.sizes.v_size, VCELL_SIZE),
            limit(h.sizes.max_n_size, SEXPREC_SIZE),
            limit(h.sizes.max_v_size, VCELL_SIZE),
            h.n_maxused as f64,
            h.v_maxused as f64,
            gc_mb(h.n_maxused, SEXPREC_SIZE),
            gc_mb(h.v_maxused, VCELL_SIZE),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spec §2.4: 273455 N → 14.7, 451267 N → 24.2 but 451259 N → 24.1; 458631 V → 3.5;
    /// 8388301 V → 64.
    #[test]
    fn gc_megabytes_round_up() {
        assert_eq!(format!("{:.1}", gc_mb(273_455, 56)), "14.7");
        assert_eq!(format!("{:.1}", gc_mb(451_267, 56)), "24.2");
        assert_eq!(format!("{:.1}", gc_mb(451_259, 56)), "24.1");
        assert_eq!(format!("{:.1}", gc_mb(458_631, 8)), "3.5");
        assert_eq!(gc_mb(8_388_301, 8), 64.0);
    }

    #[test]
    fn allocation_failure_sizes() {
        assert_eq!(alloc_size_text(1_000_000_000_000), "7450.6 Gb");
        assert_eq!(alloc_size_text(500_000_000), "3.7 Gb");
        assert_eq!(alloc_size_text(375_000_000), "2.8 Gb");
        assert_eq!(alloc_size_text(10_000_000_000), "74.5 Gb");
        assert_eq!(alloc_size_text(200_000), "1.5 Mb");
        assert_eq!(alloc_size_text(1000), "8 Kb");
    }
}

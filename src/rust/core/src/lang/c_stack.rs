//! R's C stack as the recursions rheap models use it. R checks its C stack (`R_CheckStack`) on
//! every nested `eval()` and in the recursive walks of `object.size()` and `print()`, and stops
//! with "C stack usage  N is too close to the limit" when the usage passes `R_CStackLimit`. The
//! bytes one level of each takes follow from the depth where R stops, measured by
//! `tools/calibrate/c_stack.R` (`data/c-stack.tsv`).

use once_cell::sync::Lazy;

use super::base_loads::data_rows;
use crate::error::SimError;

/// `R_CStackLimit`: 0.95 × the 8 MiB `ulimit -s` of the reference machine.
pub const C_STACK_LIMIT: u64 = 7_969_177;

/// A recursion whose C stack rheap models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recursion {
    /// A call evaluated by the AST interpreter, nested in another (`eval()`).
    Eval,
    /// `objectsize()` of a nested list.
    ObjectSize,
    /// `PrintValueRec()` of a nested list.
    Print,
}

impl Recursion {
    fn key(self) -> &'static str {
        match self {
            Recursion::Eval => "eval",
            Recursion::ObjectSize => "object_size",
            Recursion::Print => "print",
        }
    }

    /// C stack one level takes: the limit shared by the levels R runs before it stops.
    #[inline]
    pub fn bytes_per_level(self) -> f64 {
        PER_LEVEL[self as usize]
    }

    /// C stack `levels` nested levels take.
    pub fn bytes(self, levels: u64) -> u64 {
        (levels as f64 * self.bytes_per_level()).round() as u64
    }
}

const ALL: [Recursion; 3] = [Recursion::Eval, Recursion::ObjectSize, Recursion::Print];

static PER_LEVEL: Lazy<[f64; 3]> = Lazy::new(|| {
    let rows: Vec<(&str, f64)> = data_rows(include_str!("../../data/c-stack.tsv"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let levels: f64 = f[2].parse().expect("c-stack.tsv: levels");
            // R stops at `levels` (where its usage passed the limit), not one level earlier; the
            // usage it reports there also holds what the innermost level's own call took
            (f[0], C_STACK_LIMIT as f64 / (levels - 0.5))
        })
        .collect();
    ALL.map(|r| rows.iter().find(|(k, _)| *k == r.key()).map(|(_, b)| *b).expect("every recursion is measured"))
});

/// R's error when the C stack would pass the limit.
pub fn usage_error(usage: u64) -> SimError {
    SimError::without_call(format!("C stack usage  {usage} is too close to the limit"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_stop_where_r_stops() {
        for (r, failing) in [(Recursion::Eval, 11844), (Recursion::ObjectSize, 82486), (Recursion::Print, 19857)] {
            assert!(r.bytes(failing) > C_STACK_LIMIT, "{r:?} runs at {failing} levels, R stops there");
            assert!(r.bytes(failing - 1) <= C_STACK_LIMIT, "{r:?} stops at {} levels, R runs", failing - 1);
        }
    }
}

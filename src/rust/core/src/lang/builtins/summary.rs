//! summary.c: `.Internal(pmin(na.rm, ...))` and `.Internal(pmax(na.rm, ...))` (`do_pmin`), which
//! R's `pmin()`/`pmax()` closures call for plain atomic arguments; the computation is the one the
//! natively simulated `pmin()`/`pmax()` share (`math.rs`).

use super::internal::internal;
use super::math::parallel_extreme;
use super::Builtin;

pub(super) const INTERNALS: &[Builtin] = &[
    internal("pmin", &["na.rm", "..."], |it, c, a| parallel_extreme(it, c, a, false)),
    internal("pmax", &["na.rm", "..."], |it, c, a| parallel_extreme(it, c, a, true)),
];

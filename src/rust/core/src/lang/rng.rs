//! R's random number generator state as far as the heap is concerned: the first use creates
//! `.Random.seed` (an integer vector of 626 elements) in the global environment.

/// Length of `.Random.seed` for Mersenne-Twister (`RNG.c`).
pub const RANDOM_SEED_LENGTH: u64 = 626;

#[derive(Clone, Debug, Default)]
pub struct Rng {
    pub seeded: bool,
}

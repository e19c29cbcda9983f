//! Garbage collection: the trigger policy (when, at which level, how the heap grows) kept apart from
//! the collector (marking from roots, sweeping, ageing through generations).

mod collector;
pub mod event;
pub mod policy;

pub use event::{GcEvent, LevelReason, Trigger};

//! rheap-core: a simulator of R 4.2.2's memory manager.
//!
//! It runs R code in a simulated session and reports what real R would: `gc()`, `gcinfo(TRUE)`,
//! `object.size()`, without allocating the data.

pub mod census;
pub mod error;
pub mod fxhash;
pub mod gc;
pub mod heap;
pub mod lang;
pub mod limits;
pub mod log;
pub mod nmath;
pub mod object_size;
pub mod profile;
pub mod report;
pub mod session;
pub mod startup;
pub mod sym;

pub use error::{SimError, SimResult};
pub use gc::{GcEvent, LevelReason, Trigger};
pub use profile::HeapConfig;
pub use session::{EvalOutcome, GcMatrix, Output, Session, Stream, Summary};

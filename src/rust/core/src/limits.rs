//! What keeps a simulation inside the host's means, apart from R's own limits (which the evaluator
//! models where R checks them): the host stack left to recursion, the budget of evaluation steps,
//! and the interrupt flag a caller raises from another thread, polled between steps.
//!
//! The host stack. Every recursion of the simulator (the evaluator, the parser's conversion, the
//! walks over syntax trees and nested values) checks that the host stack still has
//! [`STACK_MARGIN`] bytes left below it; when it has not, the simulated code stops with R's own
//! "C stack usage ... is too close to the limit" error instead of overflowing the host stack. A
//! thread running sessions says how much stack it has with [`declare_stack`] (or is made by
//! [`with_stack`]); a thread that did not is assumed to have [`ASSUMED_STACK`] bytes below the
//! point where it first entered a session.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::error::SimError;

/// Bytes of host stack kept free below every checked recursion: room for the frames between two
/// checks (the deepest is a builtin called from the evaluator, a few kB; debug builds' frames are
/// several times larger).
pub const STACK_MARGIN: usize = 256 * 1024;
/// Stack assumed for a thread that did not declare its own: less than the 2 MiB Rust gives a
/// spawned thread, counted from where the thread first entered a session.
pub const ASSUMED_STACK: usize = 1536 * 1024;
/// Stack of the threads [`with_stack`] makes for sessions by default: enough for R's deepest
/// nesting (`options(expressions = 500000)` stops at R's C stack limit, about 12 000 nested calls)
/// with debug builds' frames. Only the pages a recursion touches are ever committed.
pub const SESSION_STACK: usize = 1 << 30;

thread_local! {
    /// The lowest stack address recursion may reach on this thread (0: not known yet), and the
    /// highest, where the thread's declared stack starts.
    static FLOOR: Cell<usize> = const { Cell::new(0) };
    static TOP: Cell<usize> = const { Cell::new(0) };
}

/// The address of the caller's stack frame, near enough.
#[inline(always)]
pub fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Declare that the calling thread has `size` bytes of stack from about here down.
pub fn declare_stack(size: usize) {
    let here = stack_address();
    TOP.with(|t| t.set(here));
    FLOOR.with(|f| f.set(here.saturating_sub(size.saturating_sub(STACK_MARGIN))));
}

/// The floor of this thread's stack for recursion (declaring the assumed stack on first use).
pub fn stack_floor() -> usize {
    let f = FLOOR.with(|f| f.get());
    if f != 0 {
        return f;
    }
    declare_stack(ASSUMED_STACK);
    FLOOR.with(|f| f.get())
}

/// Host stack in use below where the thread declared its stack.
pub fn stack_used() -> usize {
    TOP.with(|t| t.get()).saturating_sub(stack_address())
}

/// Whether a recursion may go one level deeper on this thread.
#[inline]
pub fn stack_ok() -> bool {
    stack_address() > stack_floor()
}

/// R's error for a recursion that would exhaust the host stack (R checks its own C stack the same
/// way, `R_CheckStack`): the usage named is the host's.
pub fn stack_error() -> SimError {
    SimError::without_call(format!("C stack usage  {} is too close to the limit", stack_used()))
}

/// `Err` with R's C stack error when the host stack is nearly used up.
#[inline]
pub fn check_stack() -> Result<(), SimError> {
    if stack_ok() {
        Ok(())
    } else {
        Err(stack_error())
    }
}

/// Run `f` on a new thread with `size` bytes of stack, declared for the sessions it runs. Sessions
/// are not `Send`: `f` makes its own.
pub fn with_stack<T: Send + 'static>(size: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::Builder::new()
        .name("rheap-session".into())
        .stack_size(size)
        .spawn(move || {
            declare_stack(size);
            f()
        })
        .expect("a thread for the simulation");
    match h.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// The evaluation steps a session may take and the interrupt flag it polls. A step is one call
/// evaluated or one loop iteration; the flag is read every [`POLL_STEPS`] steps.
#[derive(Clone, Debug, Default)]
pub struct Budget {
    /// Steps allowed per top-level evaluation (`None`: no limit).
    pub max_steps: Option<u64>,
    /// Raised by another thread (the R binding, on Ctrl-C or a time limit) to stop the simulation
    /// at the next poll.
    pub interrupt: Option<Arc<AtomicBool>>,
}

/// Steps between two looks at the interrupt flag (a few hundred microseconds of simulation).
pub const POLL_STEPS: u64 = 1024;

impl Budget {
    pub fn interrupted(&self) -> bool {
        self.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
    }
}

/// Why a simulation was stopped from outside the simulated code: no simulated handler sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Stop {
    /// The interrupt flag was raised (R: the "interrupt" condition).
    Interrupt,
    /// The step budget ran out.
    Steps(u64),
}

impl Stop {
    pub fn message(self) -> String {
        match self {
            Stop::Interrupt => "the simulation was interrupted".into(),
            Stop::Steps(n) => format!(
                "rheap stopped the simulation after max_steps = {n} evaluation steps (calls and loop \
                 iterations; see heap(max_steps = ) and options(rheap.max_steps)); the session is usable"
            ),
        }
    }
}

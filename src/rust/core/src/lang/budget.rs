//! The evaluator's side of [`crate::limits`]: counting evaluation steps against the budget,
//! polling the interrupt flag between steps, and checking the host stack before recursing.

use super::interp::{EvalResult, Flow, FlowKind, Interp};
use crate::limits::{self, Stop, POLL_STEPS};

impl Interp {
    /// Start a top-level evaluation: a fresh step count, and the host stack floor of the thread
    /// running it.
    pub fn begin_top_level(&mut self) {
        self.steps = 0;
        self.next_poll = self.next_budget_look();
        self.stack_floor = limits::stack_floor();
    }

    /// Back at the top level, whatever unwound to it: no evaluation, function context or handler
    /// is active any more (an error or a stop may have left any of them counted).
    pub fn reset_top_level(&mut self) {
        self.depth = 0;
        self.c_stack = 0;
        self.eval_levels = 0;
        self.contexts = 0;
        self.frames.clear();
        self.warnings.handlers = 0;
        self.warnings.muffled = 0;
    }

    fn next_budget_look(&self) -> u64 {
        let poll = self.steps + POLL_STEPS;
        match self.budget.max_steps {
            Some(m) => poll.min(m + 1),
            None => poll,
        }
    }

    /// One evaluation step (a call, a loop iteration).
    #[inline(always)]
    pub fn tick(&mut self) -> EvalResult<()> {
        self.steps += 1;
        if self.steps >= self.next_poll {
            return self.look_at_budget();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn look_at_budget(&mut self) -> EvalResult<()> {
        if let Some(m) = self.budget.max_steps {
            if self.steps > m {
                return Err(Flow::new(FlowKind::Stop(Stop::Steps(m))));
            }
        }
        if self.budget.interrupted() {
            return Err(Flow::new(FlowKind::Stop(Stop::Interrupt)));
        }
        self.next_poll = self.next_budget_look();
        Ok(())
    }

    /// The C stack R is using for the evaluations now running (see [`Interp::c_stack`]).
    pub fn c_stack_usage(&self) -> u64 {
        self.c_stack + super::c_stack::Recursion::Eval.bytes(self.eval_levels)
    }

    /// Before recursing: R's C stack error when the host stack is nearly used up.
    #[inline(always)]
    pub fn check_host_stack(&self) -> EvalResult<()> {
        if limits::stack_address() > self.stack_floor {
            Ok(())
        } else {
            Err(Flow::from(limits::stack_error()))
        }
    }
}

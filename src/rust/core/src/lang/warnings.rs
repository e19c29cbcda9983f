//! Warnings, deferred as R defers them (`errors.c`): collected in `R_Warnings` while a top-level
//! call runs, printed on stderr when it is done (`PrintWarnings`), then kept as `last.warning`.
//! Each step allocates what R's does: the 50-slot list and its names on the first warning, a
//! CHARSXP per message, and the trimmed copy that becomes `last.warning`.

use super::interp::{EvalResult, Flow, FlowKind, Interp};
use crate::error::{SimError, SimResult, CALLER};
use crate::heap::{Elems, ObjId, SexpType, Val, NIL};
use crate::session::Stream;

/// `R_nwarnings`: the warnings kept per top-level call.
const R_NWARNINGS: usize = 50;
/// `LONGWARN`: a call and the first line of its message longer than this are put on two lines.
const LONGWARN: usize = 75;

/// What the session's first warning loads (Ncells, Vcells), whatever handles it; and what the
/// first one `suppressWarnings()` muffles loads besides. Measured with
/// `tools/calibrate/first_use.R` (`as.numeric("a")`, `suppressWarnings(as.numeric("a"))`).
const FIRST_WARNING: (u32, u64) = (987, 1576);
const FIRST_MUFFLED: (u32, u64) = (228, 519);

/// A deferred warning: the call it names (`None` at top level), its message, and the function
/// context it was raised in while that call's text is not known yet (it is filled in as the
/// call returns).
#[derive(Clone)]
pub struct Warning {
    pub call: Option<String>,
    pub message: String,
    pub context: u32,
}

#[derive(Clone, Default)]
pub struct Warnings {
    pub pending: Vec<Warning>,
    /// Warnings raised in this top-level call (`R_CollectWarnings`), kept or not.
    pub count: usize,
    /// `R_Warnings` while warnings are pending, else NIL.
    table: ObjId,
    /// `last.warning`.
    last: ObjId,
    /// Inside `suppressWarnings()`.
    pub muffled: u32,
    /// Inside `tryCatch(..., warning = )`: a warning unwinds to the handler.
    pub handlers: u32,
}

impl Interp {
    /// A warning raised in the innermost function context (`getCurrentCall()`): named by that
    /// function's call (none at top level), unless `call` is given.
    pub fn warn(&mut self, call: Option<String>, message: String) -> EvalResult<()> {
        self.warn_in(self.contexts, call, message)
    }

    /// A warning named by the function context at depth `context` (0: top level, no call).
    pub fn warn_in(&mut self, context: u32, call: Option<String>, message: String) -> EvalResult<()> {
        self.lazy_load_once("<warning>", FIRST_WARNING.0, FIRST_WARNING.1)?;
        if self.warnings.muffled > 0 {
            self.lazy_load_once("<muffled warning>", FIRST_MUFFLED.0, FIRST_MUFFLED.1)?;
            return Ok(());
        }
        if self.warnings.handlers > 0 {
            return Err(Flow::new(FlowKind::Warning(SimError { call, message, line: None })));
        }
        if self.warnings.count == 0 {
            // setupwarnings(): the list and its names
            let table = self.heap.alloc_vector(
                SexpType::Vec,
                R_NWARNINGS as u64,
                crate::heap::Body::Elems(Elems::Fill(NIL)),
            )?;
            self.heap.protect(Val::Obj(table));
            let blank = self.blank_string;
            let names = self.new_strs(R_NWARNINGS as u64, Elems::Values(vec![blank; R_NWARNINGS]))?;
            self.heap.set_attr(table, "names", names)?;
            self.heap.stack.pop();
            self.heap.make_permanent(table);
            self.warnings.table = table;
        }
        if self.warnings.count < R_NWARNINGS {
            let ch = self.mk_char(&message)?;
            let names = self.heap.attr(self.warnings.table, "names").unwrap_or(NIL);
            let slot = self.warnings.count;
            if let crate::heap::Body::Elems(Elems::Values(v)) = &mut self.heap.obj_mut(names).body {
                v[slot] = ch;
            }
            let call = call.or_else(|| (context > 0).then(|| CALLER.to_string()));
            self.warnings.pending.push(Warning { call, message, context });
        }
        self.warnings.count += 1;
        Ok(())
    }

    /// A function context ends (`self.contexts` is still its depth): warnings raised in it are
    /// named by its call.
    pub fn name_warnings(&mut self, call: &super::ast::Call) {
        let (mut text, depth) = (None, self.contexts);
        for w in self.warnings.pending.iter_mut().filter(|w| w.context == depth && w.call.as_deref() == Some(CALLER)) {
            w.call = Some(text.get_or_insert_with(|| super::deparse::call_text(call)).clone());
        }
    }

    /// `PrintWarnings`, at the end of a top-level call.
    pub fn print_warnings(&mut self) -> SimResult<()> {
        if let Some(text) = self.take_warnings()? {
            self.heap.write(Stream::Stderr, text);
        }
        Ok(())
    }

    /// `PrintWarnings("In addition: ")` after the error that ended a top-level call: the text R
    /// writes after the error message, if warnings were pending.
    pub fn warnings_after_error(&mut self) -> Option<String> {
        match self.take_warnings() {
            Ok(text) => text.map(|t| format!("In addition: {t}")),
            Err(_) => None,
        }
    }

    /// The pending warnings' text, with `last.warning` set to them and nothing pending after.
    fn take_warnings(&mut self) -> SimResult<Option<String>> {
        let count = self.warnings.count;
        if count == 0 {
            return Ok(None);
        }
        let text = warnings_text(&self.warnings.pending, count);
        // last.warning: the kept warnings' calls, named by their messages
        let kept = count.min(R_NWARNINGS);
        let s = self.heap.alloc_vector(SexpType::Vec, kept as u64, crate::heap::Body::Elems(Elems::Fill(NIL)))?;
        self.heap.protect(Val::Obj(s));
        let messages: Vec<String> = self.warnings.pending.iter().map(|w| w.message.clone()).collect();
        let refs: Vec<Option<&str>> = messages.iter().map(|m| Some(m.as_str())).collect();
        let t = self.mk_strings(&refs)?;
        self.heap.set_attr(s, "names", t)?;
        self.heap.stack.pop();
        self.heap.make_permanent(s);
        let (old_last, table) = (self.warnings.last, self.warnings.table);
        self.heap.permanent.retain(|&p| p != old_last && p != table);
        self.warnings.last = s;
        self.warnings.table = NIL;
        self.warnings.pending.clear();
        self.warnings.count = 0;
        Ok(Some(text))
    }
}

/// The text `PrintWarnings` writes.
fn warnings_text(pending: &[Warning], count: usize) -> String {
    let first_line = |m: &str| m.lines().next().unwrap_or("").chars().count();
    let entry = |w: &Warning, indent: usize| match &w.call {
        None => format!("{} \n", w.message),
        Some(c) => {
            let sep = if indent + c.chars().count() + first_line(&w.message) > LONGWARN { "\n  " } else { " " };
            format!("In {c} :{sep}{}\n", w.message)
        }
    };
    match count {
        1 => format!("Warning message:\n{}", entry(&pending[0], 6)),
        2..=10 => {
            let mut s = String::from("Warning messages:\n");
            for (i, w) in pending.iter().enumerate() {
                s.push_str(&format!("{}: {}", i + 1, entry(w, 10)));
            }
            s
        }
        _ if count < R_NWARNINGS => format!("There were {count} warnings (use warnings() to see them)\n"),
        _ => format!("There were {R_NWARNINGS} or more warnings (use warnings() to see the first {R_NWARNINGS})\n"),
    }
}

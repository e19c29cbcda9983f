//! The one error type of the simulator. Every failure a user can cause becomes a `SimError` whose
//! message is the text R would print after `Error in <call> : ` (or `Error: ` when there is no call).

use std::fmt;

/// Stands for "the call of the function that raised this" until the error leaves that function.
pub const CALLER: &str = "<caller>";
/// An error R raises with no call (`errorcall(R_NilValue, ...)`): no call is attached to it later.
pub const NO_CALL: &str = "<none>";

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SimError {
    /// The call R names in the error (`gcinfo()`), if any.
    pub call: Option<String>,
    pub message: String,
    /// Line of the simulated source where it happened, if known.
    pub line: Option<u32>,
}

impl SimError {
    pub fn new(message: impl Into<String>) -> SimError {
        SimError { call: None, message: message.into(), line: None }
    }
    /// An error R raises without a call (`Error: ...`), wherever it happens.
    pub fn without_call(message: impl Into<String>) -> SimError {
        SimError { call: Some(NO_CALL.into()), message: message.into(), line: None }
    }
    /// The call the error names, if any.
    pub fn named_call(&self) -> Option<&str> {
        self.call.as_deref().filter(|c| *c != CALLER && *c != NO_CALL)
    }
    pub fn in_call(call: impl Into<String>, message: impl Into<String>) -> SimError {
        SimError { call: Some(call.into()), message: message.into(), line: None }
    }
    pub fn at_line(mut self, line: u32) -> SimError {
        if self.line.is_none() && line > 0 {
            self.line = Some(line);
        }
        self
    }
    /// The text R prints for this error at top level.
    pub fn r_text(&self) -> String {
        match self.named_call() {
            Some(c) => self.with_call(c),
            None => format!("Error: {}", self.message),
        }
    }

    /// The text `try()` keeps for this error (without its final newline).
    pub fn try_text(&self) -> String {
        match self.named_call() {
            Some(c) => self.with_call(c),
            None => format!("Error : {}", self.message),
        }
    }

    /// `Error in <call> : <message>`, the message on a line of its own when the call and its first
    /// line would be long (`errors.c: verrorcall_dflt` and `try()`: 14 + their widths > LONGWARN).
    fn with_call(&self, call: &str) -> String {
        let first = self.message.lines().next().unwrap_or("").chars().count();
        let sep = if 14 + call.chars().count() + first > LONGWARN { "\n  " } else { "" };
        format!("Error in {call} : {sep}{}", self.message)
    }
}

/// `LONGWARN`: the width of an error's first line past which R puts the message on its own line.
const LONGWARN: usize = 75;

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.r_text())?;
        if let Some(l) = self.line {
            write!(f, " (line {l})")?;
        }
        Ok(())
    }
}

impl std::error::Error for SimError {}

pub type SimResult<T> = Result<T, SimError>;

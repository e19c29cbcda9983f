//! The one error type of the simulator. Every failure a user can cause becomes a `SimError` whose
//! message is the text R would print after `Error in <call> : ` (or `Error: ` when there is no call).

use std::fmt;

/// Stands for "the call of the function that raised this" until the error leaves that function.
pub const CALLER: &str = "<caller>";

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
        match &self.call {
            // R breaks the line after the call when the first line would be long
            // (`errors.c: verrorcall_dflt`, LONGWARN = 75)
            Some(c) if c != CALLER => {
                let first = self.message.lines().next().unwrap_or("").len();
                let sep = if c.len() + "Error in ".len() + first + "\n  ".len() > 75 { "\n  " } else { " " };
                format!("Error in {c} :{sep}{}", self.message)
            }
            _ => format!("Error: {}", self.message),
        }
    }
}

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

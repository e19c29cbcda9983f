//! R's symbol table. A name becomes a symbol when code mentioning it is parsed or a binding of it is
//! made (`assign()`, `get()` and friends install the symbol too); a symbol never goes away, and it
//! keeps its name's CHARSXP alive. A new symbol costs its SYMSXP node and its cell in the
//! symbol table chain, plus the CHARSXP of its name if that string is new.

use once_cell::sync::Lazy;

use super::ast::Expr;
use super::interp::Interp;
use crate::error::SimResult;
use crate::heap::Val;

/// The symbols of a fresh `Rscript --vanilla` session once the compiler is loaded (measured by
/// `tools/calibrate/startup_symbols.R`: each candidate name installed between two `gc()` calls; a
/// name that costs no node was already a symbol).
static STARTUP_SYMBOLS: Lazy<crate::fxhash::FxHashSet<&'static str>> =
    Lazy::new(|| include_str!("../../data/startup-symbols.txt").lines().filter(|l| !l.is_empty()).collect());

/// The names of the symbols of a fresh session (their CHARSXPs are in the cache).
pub fn startup_symbol_names() -> impl Iterator<Item = &'static str> {
    STARTUP_SYMBOLS.iter().copied()
}

/// Whether `name` is a symbol of a fresh session (its CHARSXP is then in the cache too).
pub fn is_startup_symbol(name: &str) -> bool {
    STARTUP_SYMBOLS.contains(name)
}

/// SYMSXP and its symbol-table cell.
const NEW_SYMBOL_NODES: u32 = 2;

impl Interp {
    /// `install(name)`.
    pub fn install(&mut self, name: &str) -> SimResult<()> {
        if self.symbols.contains(name) || STARTUP_SYMBOLS.contains(name) {
            return Ok(());
        }
        self.symbols.insert(name.into());
        // the name's CHARSXP is protected until the symbol holds it; then the symbol is
        // permanent (dropping both from the top of the protect stack, not searching it: a long
        // program installs one symbol after another)
        let mark = self.heap.root_mark();
        let ch = self.mk_char(name)?;
        let sym = self.heap.alloc_cells(NEW_SYMBOL_NODES, vec![Val::Obj(ch)])?;
        self.heap.release_to(mark, None);
        self.heap.make_permanent(sym);
        Ok(())
    }

    /// `install` of a name already a symbol of the host: the symbols installed this way are
    /// remembered by identity, so that binding a formal (every closure call) looks no string up.
    pub fn install_sym(&mut self, name: &crate::sym::Sym) -> SimResult<()> {
        if self.installed.contains(name) {
            return Ok(());
        }
        self.install(name)?;
        self.installed.insert(name.clone());
        Ok(())
    }

    /// Install every name a piece of code mentions, as the parser does.
    pub fn install_code(&mut self, e: &Expr) -> SimResult<()> {
        match e {
            Expr::Sym(s) => self.install(s),
            Expr::Const(_) => Ok(()),
            Expr::Call(c) => {
                self.install_code(&c.fun)?;
                for a in &c.args {
                    if let Some(n) = &a.name {
                        self.install(n)?;
                    }
                    if let Some(v) = &a.value {
                        self.install_code(v)?;
                    }
                }
                Ok(())
            }
            Expr::Function(f) => {
                for p in &f.params {
                    self.install(&p.name)?;
                    if let Some(d) = &p.default {
                        self.install_code(d)?;
                    }
                }
                self.install_code(&f.body)
            }
        }
    }
}

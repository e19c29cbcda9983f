//! What R's lazy loading of a package closure allocates (`lazyLoadDBfetch` → `unserialize`,
//! `serialize.c`): the objects the closure is made of, which stay for the session, and the
//! machinery's garbage.
//!
//! What stays is counted object by object as `ReadItem` / `ReadBC` allocate it: the closure node,
//! the formals pairlist, and the body, which for an installed package is byte code: per code
//! object a BCODESXP node, the code INTSXP as `R_bcEncode` threads it (two ints per word), the
//! constant pool VECSXP and its entries, and the `expressionsIndex` INTSXP with its class
//! attribute. Language cells reached twice are one object (`ScanForCircles` writes them once as
//! `BCREPDEF` and refers to them with `BCREPREF`), but only within the code objects it scans: a
//! nested function's constant, a list, is written apart, formals and body code again; vectors,
//! including constants the pool shares with the code, are read once per occurrence. Strings and symbols are counted by the caller,
//! which knows which already exist (the CHARSXP cache, the symbol table).

use std::collections::HashSet;
use std::rc::Rc;

use super::ast::{Const, Expr, Function};
use crate::heap::size_class::{place_vector, vector_vcells};
use crate::heap::SexpType;

/// The cells and vectors an unserialized object is made of.
#[derive(Debug, Default)]
pub struct Footprint {
    /// Nodes: cons cells, vector headers, BCODESXP and closure nodes.
    pub nodes: u64,
    /// Vcells the vectors are charged (`R_SmallVallocSize` / `R_LargeVallocSize`).
    pub vcells: u64,
    /// Strings the object's vectors hold: a CHARSXP each unless already cached.
    pub strings: Vec<Rc<str>>,
    /// Names it mentions: a symbol each unless already installed.
    pub symbols: Vec<Rc<str>>,
    /// Language objects already counted (shared cells are read once).
    seen: HashSet<usize>,
}

impl Footprint {
    pub fn cons(&mut self, n: u64) {
        self.nodes += n;
    }

    pub fn vector(&mut self, t: SexpType, len: u64) {
        self.nodes += 1;
        self.vcells += place_vector(vector_vcells(t, len)).charge;
    }

    pub fn string(&mut self, s: &Rc<str>) {
        self.strings.push(s.clone());
    }

    pub fn symbol(&mut self, s: &Rc<str>) {
        self.symbols.push(s.clone());
    }

    /// A constant as the parser made it: a length-one vector (NULL is no object).
    pub fn constant(&mut self, c: &Const) {
        match c {
            Const::Null => {}
            Const::Logical(_) => self.vector(SexpType::Lgl, 1),
            Const::Int(_) => self.vector(SexpType::Int, 1),
            Const::Real(_) => self.vector(SexpType::Real, 1),
            Const::Complex(_) => self.vector(SexpType::Cplx, 1),
            Const::Str(s) => {
                self.vector(SexpType::Str, 1);
                if let Some(s) = s {
                    self.string(s);
                }
            }
            // parsed code holds no objects
            Const::Obj(_) => {}
        }
    }

    /// Code: a call is a cell for its function and one per argument (with its tag's symbol), once
    /// however often it is reached; `function(formals) body` is the call `function` with the
    /// formals pairlist, the body and a NULL srcref.
    pub fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Const(c) => self.constant(c),
            Expr::Sym(s) => self.symbol(s.as_rc()),
            Expr::Call(c) => {
                if !self.seen.insert(Rc::as_ptr(c) as usize) {
                    return;
                }
                self.cons(1 + c.args.len() as u64);
                self.expr(&c.fun);
                for a in &c.args {
                    if let Some(n) = &a.name {
                        self.symbol(n);
                    }
                    if let Some(v) = &a.value {
                        self.expr(v);
                    }
                }
            }
            Expr::Function(f) => {
                if !self.seen.insert(Rc::as_ptr(f) as usize) {
                    return;
                }
                self.cons(4);
                self.formals(f);
                self.expr(&f.body);
            }
        }
    }

    /// Count `f` in a scope of its own: objects reached from it are new even where the code
    /// already reached them. `ScanForCircles` does not look inside a constant pool's vectors, so a
    /// nested function's `list(formals, body code, srcref)` is written, and read back, apart from
    /// the code around it.
    pub fn apart(&mut self, f: impl FnOnce(&mut Footprint)) {
        let outer = std::mem::take(&mut self.seen);
        f(self);
        self.seen = outer;
    }

    /// The formals pairlist: a cell per formal, tagged, holding its default.
    pub fn formals(&mut self, f: &Function) {
        self.cons(f.params.len() as u64);
        for p in &f.params {
            self.symbol(p.name.as_rc());
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
    }
}

/// What loading `f`, a closure of a package namespace, allocates and keeps: the closure node, its
/// formals and its body as installed (byte code where R's compiler compiled it).
pub fn closure_footprint(f: &Function) -> Footprint {
    let mut fp = Footprint::default();
    fp.cons(1);
    fp.formals(f);
    if !super::bytecode::namespace_code_footprint(f, &mut fp) {
        fp.expr(&f.body);
    }
    fp
}

/// Nodes a load keeps beyond the objects counted: measured, not explained by the object model
/// (`tests/lazy_load.rs`: of the closures whose load installs no new symbol or string, 500 of
/// 507 are exact with it, none without).
pub const LOAD_EXTRA_NODES: u64 = 1;

/// The lazy-load machinery's garbage (`lazyLoadDBfetch`: the compressed and the expanded
/// serialization as raw vectors, `unserialize`'s reference table and read buffers) grows with the
/// size of what is read: a least-squares fit over R's closures of base, stats and utils
/// (`data/library-loads.tsv`, measured by `tools/calibrate/library_loads.R`) of the garbage on the
/// loaded objects' nodes and Vcells. `tests/lazy_load.rs` recomputes it from the data.
pub const LOAD_GARBAGE_NODES: [f64; 3] = [18.593, 0.01596, 0.013675];
pub const LOAD_GARBAGE_VCELLS: [f64; 3] = [197.60, 3.6989, 2.0894];

impl Footprint {
    /// The garbage loading this object leaves (nodes, Vcells).
    pub fn garbage(&self) -> (u32, u64) {
        let fit = |c: [f64; 3]| (c[0] + c[1] * self.nodes as f64 + c[2] * self.vcells as f64).round().max(0.0);
        (fit(LOAD_GARBAGE_NODES) as u32, fit(LOAD_GARBAGE_VCELLS) as u64)
    }
}

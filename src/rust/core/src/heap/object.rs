//! Simulated R objects. One `Obj` is one R node (an Ncell) with its vector data, or an *aggregate* that
//! stands for several nodes that live and die together (an environment with its binding cells, a value
//! with its attribute cells, the start-up heap): `nodes` says how many Ncells it holds.
//!
//! Contents are kept only where the program needs them (loop bounds, indices, names); large data is
//! abstract: type and length, and what is known of the values (a constant fill, a sequence).

use std::rc::Rc;

use super::size_class::SexpType;
use crate::lang::ast::{Expr, Function};
use crate::sym::Sym;

/// Index of an object in the heap's arena (the default is `NIL`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct ObjId(pub u32);

/// `R_NilValue`: allocated at start-up, never collected.
pub const NIL: ObjId = ObjId(0);

/// Generation of an object: fresh (unmarked) or one of the two old generations.
pub type Gen = u8;
pub const GEN_NEW: Gen = 0;
pub const GEN_OLD0: Gen = 1;
pub const GEN_OLD1: Gen = 2;

/// A value as the evaluator holds it. Byte-compiled R keeps scalar doubles, integers and logicals
/// unboxed on its stack and in binding cells (64-bit builds: `BOXED_BINDING_CELLS == 0`), so they cost
/// no heap until they are stored in a vector or passed to a function: those are the scalar variants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    Obj(ObjId),
    Dbl(f64),
    Int(i32),
    Lgl(i32),
}

/// R's `NA_INTEGER` / `NA_LOGICAL`.
pub const NA_INT: i32 = i32::MIN;

/// What is known of the elements of a numeric-like vector (logical, integer, double, raw, complex:
/// values are held as doubles; integer and logical NA is `f64::NAN` with [`NA_REAL_BITS`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// Nothing (random numbers, data too large to keep).
    Unknown,
    /// Every element equals this value.
    Fill(f64),
    /// `from + by * i` (compact sequences, `seq()`, vectors grown by `c(x, i)`).
    Seq { from: f64, by: f64 },
    /// Every value.
    Values(Rc<Vec<f64>>),
    /// A base (a fill, a sequence, or values not known) with some elements known apart:
    /// `y <- numeric(1e6); y[1] <- 1`. Host memory follows the patches, not the length.
    Patched(Rc<Patched>),
    /// Every value of a complex vector (real, imaginary). A complex vector described by the
    /// variants above holds those real parts with imaginary parts 0 (`complex(n)`, `as.complex(1:3)`);
    /// read as numbers (`num_at`) its elements are not known.
    Complex(Rc<Vec<(f64, f64)>>),
}

/// What a [`Num::Patched`] vector holds outside its patches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Base {
    Unknown,
    Fill(f64),
    Seq { from: f64, by: f64 },
}

impl Base {
    pub fn at(&self, i: u64) -> Option<f64> {
        match *self {
            Base::Unknown => None,
            Base::Fill(x) => Some(x),
            Base::Seq { from, by } => Some(from + by * i as i64 as f64),
        }
    }

    /// As a plain description of a whole vector.
    pub fn num(self) -> Num {
        match self {
            Base::Unknown => Num::Unknown,
            Base::Fill(x) => Num::Fill(x),
            Base::Seq { from, by } => Num::Seq { from, by },
        }
    }
}

/// The most patches a vector keeps: past them its values are given up (a loop writing a long
/// vector element by element ends unknown, with host memory bounded).
pub const MAX_PATCHES: usize = 4096;

/// Elements known apart from a [`Base`], by position (0-based).
#[derive(Clone, Debug, PartialEq)]
pub struct Patched {
    pub base: Base,
    pub patches: std::collections::BTreeMap<u64, f64>,
}

impl Patched {
    pub fn at(&self, i: u64) -> Option<f64> {
        match self.patches.get(&i) {
            Some(&x) => Some(x),
            None => self.base.at(i),
        }
    }
}

/// R's `NA_real_`: a NaN whose low word is 1954.
pub const NA_REAL_BITS: u64 = 0x7FF0_0000_0000_07A2;

pub fn na_real() -> f64 {
    f64::from_bits(NA_REAL_BITS)
}

pub fn is_na_real(x: f64) -> bool {
    x.is_nan() && (x.to_bits() & 0xFFFF_FFFF) == 1954
}

/// Elements of a character vector (pointers to CHARSXP objects) or of a list.
#[derive(Clone, Debug, PartialEq)]
pub enum Elems {
    /// Nothing known (for a list, every element is `NULL`'s stand-in is *not* implied).
    Unknown,
    /// Every element is the same object (`character(n)` → `""`, `vector("list", n)` → `NULL`).
    Fill(ObjId),
    Values(Vec<ObjId>),
    /// Element `i` is `ids[(i / each) % ids.len()]`: `rep()` of a few strings to a length too large
    /// to list (`rep(c("a", "b"), length.out = 1e6)`).
    Repeat {
        ids: Rc<Vec<ObjId>>,
        each: u64,
    },
    /// As many distinct strings as the vector is long, not known one by one (`as.character(1:1e6)`):
    /// the CHARSXPs are held in batches ([`super::Heap::alloc_strings`]), each with how many of its
    /// strings are this vector's (a batch found in the cache is kept whole).
    Distinct(Vec<(ObjId, u64)>),
    /// A deferred string (ALTREP, altclasses.c): the numbers it will write out, element by element
    /// as they are read. No CHARSXP exists yet.
    Deferred(ObjId),
    /// Every element is `fill` but those at `patches`: a list grown by index far past the kept
    /// values (`x[[2^31 - 1]] <- v`: the rest `NULL`), a character vector so grown (the rest `NA`)
    /// or its names (the rest `""`). Host memory follows the patches, as [`Num::Patched`] does.
    Sparse {
        fill: ObjId,
        patches: Rc<std::collections::BTreeMap<u64, ObjId>>,
    },
}

/// A binding's value: boxed, or an unboxed scalar written by byte code.
pub type Binding = Val;

#[derive(Clone, Debug)]
pub struct EnvData {
    /// Bindings in definition order.
    pub names: Vec<Sym>,
    pub values: Vec<Binding>,
    /// Index for large frames (the global environment, environments filled by `assign()`).
    pub index: Option<crate::fxhash::FxHashMap<Sym, usize>>,
    pub enclos: ObjId,
    /// The hash table VECSXP of a hashed environment (`new.env()`, the global environment), else NIL.
    pub hashtab: ObjId,
    /// Chain length per slot of the hash table, and the slots in use (`HASHPRI`).
    pub slots: Vec<u32>,
    pub slots_used: u64,
    /// Something outlives the call that made this frame (a closure, `environment()`), so its
    /// references are not released when the call returns.
    pub captured: bool,
    /// A frame whose bindings exist before their values are made, as a lazy-loaded namespace's
    /// promises do: the names come from source `k` (the evaluator's namespace data) and a binding
    /// appears in `names` when its value is first read.
    pub lazy_source: Option<u8>,
}

impl EnvData {
    pub fn new(enclos: ObjId, hashtab: ObjId) -> EnvData {
        EnvData {
            names: Vec::new(),
            values: Vec::new(),
            index: None,
            enclos,
            hashtab,
            slots: Vec::new(),
            slots_used: 0,
            captured: false,
            lazy_source: None,
        }
    }

    /// Put every binding in a table of `size` slots.
    pub fn rehash(&mut self, size: u64) {
        self.slots = vec![0; size as usize];
        self.slots_used = 0;
        for i in 0..self.names.len() {
            let k = (r_hash(&self.names[i]) as u64 % size) as usize;
            if self.slots[k] == 0 {
                self.slots_used += 1;
            }
            self.slots[k] += 1;
        }
    }

    /// A new binding. R's `R_HashSet` counts a slot as newly used for every new binding (its test
    /// looks at the chain after walking to its end), so `HASHPRI` runs ahead of the slots really
    /// used until the next resize recounts them.
    pub fn slot_add(&mut self, name: &str) {
        if self.slots.is_empty() {
            return;
        }
        let k = (r_hash(name) as u64 % self.slots.len() as u64) as usize;
        self.slots_used += 1;
        self.slots[k] += 1;
    }

    pub fn slot_remove(&mut self, name: &str) {
        if self.slots.is_empty() {
            return;
        }
        let k = (r_hash(name) as u64 % self.slots.len() as u64) as usize;
        if self.slots[k] > 0 {
            self.slots[k] -= 1;
            if self.slots[k] == 0 {
                self.slots_used -= 1;
            }
        }
    }

    #[inline]
    pub fn find(&self, name: &Sym) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(name).copied(),
            None => self.names.iter().position(|n| n == name),
        }
    }

    pub fn insert(&mut self, name: Sym, value: Binding) -> usize {
        let i = self.names.len();
        if let Some(ix) = &mut self.index {
            ix.insert(name.clone(), i);
        } else if self.names.len() >= 16 {
            let mut ix: crate::fxhash::FxHashMap<Sym, usize> =
                self.names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect();
            ix.insert(name.clone(), i);
            self.index = Some(ix);
        }
        self.names.push(name);
        self.values.push(value);
        i
    }

    pub fn remove(&mut self, i: usize) {
        self.names.remove(i);
        self.values.remove(i);
        if self.index.is_some() {
            self.index = Some(self.names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect());
        }
    }
}

/// R's string hash for environments (`envir.c: R_Newhashpjw`), over the name's bytes as C `char`
/// (signed on x86-64).
pub fn r_hash(s: &str) -> u32 {
    let mut h: u32 = 0;
    for &b in s.as_bytes() {
        h = (h << 4).wrapping_add(b as i8 as i32 as u32);
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

/// When R's JIT compiles a closure (`eval.c: R_CheckJIT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitState {
    /// Not seen yet.
    Fresh,
    /// `MAYBEJIT`: compile at the next call.
    Maybe,
    /// `NOJIT`: never.
    Never,
    /// The body is byte code.
    Compiled,
    /// A package's closure: byte code since the package was installed (compiled in its namespace).
    Installed,
}

#[derive(Clone, Debug)]
pub struct ClosureData {
    pub fun: Rc<Function>,
    pub env: ObjId,
    /// The parsed code this closure's formals and body belong to (keeps its nodes alive).
    pub code: ObjId,
    /// The byte-code object once compiled.
    pub bytecode: ObjId,
    pub jit: JitState,
}

#[derive(Clone, Debug)]
pub struct PromiseData {
    pub expr: Expr,
    /// Environment to evaluate in; NIL once forced.
    pub env: ObjId,
    pub value: Option<Val>,
    /// The promise of a formal's default (the argument was missing: `missing()` is TRUE).
    pub default_arg: bool,
    /// `PRSEEN`: being forced now, or a forcing that was interrupted by an error.
    pub seen: Seen,
}

/// `PRSEEN` of a promise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Seen {
    #[default]
    No,
    /// Its expression is being evaluated (`PRSEEN == 1`).
    UnderEvaluation,
    /// An error jumped out of its evaluation (`PRSEEN == 2`).
    Interrupted,
}

#[derive(Clone, Debug)]
pub enum Body {
    /// A free arena slot.
    Free,
    /// Nodes and Vcells that reference nothing the collector needs to follow: the start-up heap,
    /// parse trees, internal scratch, cells shed by an aggregate.
    Opaque,
    /// Logical, integer, double, complex, raw.
    Num(Num),
    /// Character vector (elements are CHARSXP objects), list, expression vector.
    Elems(Elems),
    /// A CHARSXP: the string's bytes.
    Char(Rc<str>),
    Env(Box<EnvData>),
    Closure(Box<ClosureData>),
    Promise(Box<PromiseData>),
    /// A language object or symbol made by `quote()` and friends.
    Lang(Expr),
    /// A builtin or special function (by registry name).
    Builtin(Rc<str>),
    /// Cells that reference values: argument lists, `...` (DOTSXP).
    Cells(Vec<Val>),
    /// A pairlist value (`pairlist()`, `formals()`): one cell per element, with its tag.
    Pairlist(Vec<(Option<Rc<str>>, Val)>),
}

/// Attribute cells of an object: one cons cell per attribute (counted in the owner's `nodes`).
pub type Attrs = Vec<(Rc<str>, ObjId)>;

#[derive(Clone, Debug)]
pub struct Obj {
    pub sexp: SexpType,
    pub gen: Gen,
    /// Node class of the main node (0..5 paged, 7 large).
    pub class: u8,
    pub(crate) mark: bool,
    /// On an old-to-new list (`OldToNew[gen]`).
    pub(crate) remembered: bool,
    /// ALTREP compact sequence (`1:n`): 2 nodes and a 4-Vcell info vector, expanded on demand.
    pub altrep: bool,
    /// An ALTREP compact sequence whose data R has materialized (`DATAPTR`): it then holds one
    /// more node and the full vector's Vcells.
    pub expanded: bool,
    /// Ncells this object holds (1 for a plain node).
    pub nodes: u32,
    /// Vcells charged (class charge for small vectors, exact size for large ones).
    pub vcells: u64,
    /// `xlength()` for vectors; number of cells for `Cells`.
    pub length: u64,
    /// Allocated length of a growable vector (`truelength`), else equal to `length`.
    pub capacity: u64,
    /// R 4's reference count (`NAMED`), saturating.
    pub refs: u32,
    /// An ALTREP wrapper (`wrap_meta`): a node and a 2-integer metadata vector standing for the
    /// vector it wraps, whose data it shares until the first write.
    pub wrapped: Option<ObjId>,
    /// A deferred string whose elements were read one by one (`deferred_string_Elt`) keeps its
    /// state, the numbers, until its data pointer is taken (`expand_deferred_string` clears it).
    pub deferred_arg: Option<ObjId>,
    pub attrs: Option<Box<Attrs>>,
    pub body: Body,
}

impl Obj {
    pub fn is_large(&self) -> bool {
        self.class == crate::profile::LARGE_NODE_CLASS
    }

    /// A batch of CHARSXPs ([`super::Heap::alloc_strings`]): `nodes` vectors alike, not one node
    /// with cons cells.
    pub fn is_string_batch(&self) -> bool {
        self.sexp == SexpType::Char && self.nodes > 1
    }

    /// Call `f` on every object this one references (`memory.c: DO_CHILDREN`).
    pub fn for_each_child(&self, mut f: impl FnMut(ObjId)) {
        if let Some(a) = &self.attrs {
            for (_, v) in a.iter() {
                f(*v);
            }
        }
        let val = |f: &mut dyn FnMut(ObjId), v: &Val| {
            if let Val::Obj(o) = v {
                f(*o)
            }
        };
        if let Some(w) = self.wrapped {
            f(w);
        }
        if let Some(x) = self.deferred_arg {
            f(x);
        }
        match &self.body {
            Body::Free | Body::Opaque | Body::Num(_) | Body::Char(_) | Body::Builtin(_) => {}
            // the objects its cells hold (a call built at run time)
            Body::Lang(e) => e.for_each_obj(&mut f),
            Body::Elems(Elems::Unknown) => {}
            Body::Elems(Elems::Fill(o)) => f(*o),
            Body::Elems(Elems::Values(v)) => v.iter().for_each(|o| f(*o)),
            Body::Elems(Elems::Repeat { ids, .. }) => ids.iter().for_each(|o| f(*o)),
            Body::Elems(Elems::Distinct(batches)) => batches.iter().for_each(|o| f(o.0)),
            Body::Elems(Elems::Deferred(x)) => f(*x),
            Body::Elems(Elems::Sparse { fill, patches }) => {
                f(*fill);
                patches.values().for_each(|o| f(*o));
            }
            Body::Env(e) => {
                e.values.iter().for_each(|v| val(&mut f, v));
                f(e.enclos);
                f(e.hashtab);
            }
            Body::Closure(c) => {
                c.fun.for_each_obj(&mut f);
                f(c.env);
                f(c.code);
                f(c.bytecode);
            }
            Body::Promise(p) => {
                p.expr.for_each_obj(&mut f);
                f(p.env);
                if let Some(v) = &p.value {
                    val(&mut f, v);
                }
            }
            Body::Cells(v) => v.iter().for_each(|x| val(&mut f, x)),
            Body::Pairlist(v) => v.iter().for_each(|(_, x)| val(&mut f, x)),
        }
    }
}

//! The interpreter's state: the heap, the global environment, the CHARSXP cache, the JIT model,
//! and the helpers that build and read simulated values.

use std::rc::Rc;

use crate::error::{SimError, SimResult};
use crate::heap::size_class::vector_vcells;
use crate::heap::{Body, Elems, EnvData, Heap, Num, Obj, ObjId, SexpType, Val, NA_INT, NIL};
use crate::profile::{HASHMINSIZE, R_EXPRESSIONS};
use crate::sym::Sym;

/// How the code being run is executed: walked as a tree (`eval`) or as byte code (`bcEval`). Byte
/// code keeps scalars unboxed and skips promises for constant arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Ast,
    Compiled,
}

/// A non-local exit of evaluation. One pointer wide: an evaluation step's result
/// (`Result<Val, Flow>`) is then two machine words and comes back in registers, which the
/// evaluator's speed depends on; exits are rare enough to be boxed.
#[derive(Debug)]
pub struct Flow(Box<FlowKind>);

#[derive(Debug)]
pub enum FlowKind {
    Error(SimError),
    /// A warning unwinding to a `tryCatch(warning = )` handler.
    Warning(SimError),
    Return(Val),
    Break,
    Next,
    /// The simulation was stopped from outside (interrupt, step budget): no simulated handler
    /// sees it, it unwinds to the top level.
    Stop(crate::limits::Stop),
}

impl Flow {
    pub fn new(kind: FlowKind) -> Flow {
        Flow(Box::new(kind))
    }

    pub fn kind(&self) -> &FlowKind {
        &self.0
    }

    pub fn into_kind(self) -> FlowKind {
        *self.0
    }

    pub fn is_break(&self) -> bool {
        matches!(*self.0, FlowKind::Break)
    }

    pub fn is_next(&self) -> bool {
        matches!(*self.0, FlowKind::Next)
    }
}

impl From<SimError> for Flow {
    fn from(e: SimError) -> Flow {
        Flow::new(FlowKind::Error(e))
    }
}

pub type EvalResult<T> = Result<T, Flow>;

/// Why a shared value is copied before a change (`MAYBE_SHARED`).
pub const SHARED_COPY: &str = "the value may be shared (its reference count is above one)";

/// A copy-on-modify duplication: which statement copied what, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CopyRecord {
    pub line: u32,
    pub type_name: &'static str,
    pub length: u64,
    pub vcells: u64,
    pub reason: &'static str,
}

/// A closure call's context on R's context stack (`RCNTXT` with `CTXT_FUNCTION`): what
/// `sys.call()`, `sys.function()`, `parent.frame()` and `Recall()` read.
#[derive(Clone, Debug)]
pub struct Frame {
    pub call: Rc<super::ast::Call>,
    /// The closure (`sys.function()`).
    pub function: ObjId,
    /// Its evaluation environment (`cloenv`).
    pub env: ObjId,
    /// The environment the call was made from (`sysparent`, `parent.frame()`).
    pub caller: ObjId,
    /// The arguments as supplied (`promargs`): promises, or values from byte code and C callers.
    pub args: Vec<super::eval::ArgVal>,
    /// For an S3 method, what `NextMethod()` continues from.
    pub dispatch: Option<Rc<super::dispatch::Dispatch>>,
    /// `on.exit()` code, run when the call ends.
    pub on_exit: Vec<super::ast::Expr>,
}

/// Copy-on-modify records a session keeps (`sim_copies()` shows the most recent ones) and distinct
/// notes (`sim_notes()`: a repeated note is counted, not kept again).
pub const COPIES_KEPT: usize = 100_000;
pub const NOTES_KEPT: usize = 1_000;

/// `R_LEN_T_MAX` bytes: R's longest string ("R character strings are limited to 2^31-1 bytes").
pub const R_STRING_LIMIT: u64 = 2_147_483_647;
/// A string longer than this keeps no text on the host, only its size (as vectors longer than
/// [`MAX_CONCRETE`] keep no elements): host memory stays proportional to the simulated objects.
pub const MAX_CONCRETE_STRING: u64 = 1 << 16;

/// Values longer than this keep no element values (only what is known: fill, sequence).
pub const MAX_CONCRETE: u64 = 1 << 16;

/// A number for a new session, distinct in the process.
pub(crate) fn session_serial() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Clone)]
pub struct Interp {
    pub heap: Heap,
    pub global: ObjId,
    pub blank_string: ObjId,
    /// Classes defined by `setClass()`.
    pub(crate) s4_classes: crate::fxhash::FxHashMap<Rc<str>, super::builtins::s4::S4Class>,
    pub na_string: ObjId,
    /// Evaluation depth (`R_EvalDepth`: calls evaluated by the AST interpreter and closure bodies
    /// run as byte code, nested) and `options(expressions)`.
    pub depth: u32,
    pub expressions: u32,
    /// C stack R would be using for the closure calls now running (`R_CStackLimit` is checked
    /// against it with the nested `eval()`s'), in bytes above what the top-level expression
    /// started with; and the nested `eval()`s of the AST interpreter below the top-level one.
    pub c_stack: u64,
    pub eval_levels: u64,
    /// The lowest host stack address recursion may reach ([`crate::limits::stack_floor`]).
    pub stack_floor: usize,
    /// Evaluation steps taken in this top-level evaluation, when to look at the budget next, and
    /// the budget.
    pub steps: u64,
    pub(crate) next_poll: u64,
    pub budget: crate::limits::Budget,
    /// Whether the last value is visible (`R_Visible`).
    pub visible: bool,
    /// `R_print.digits`: significant digits of printed doubles (`options(digits)`).
    pub print_digits: usize,
    /// `R_print.right`: `print(x, right = TRUE)` right-aligns strings and their column labels.
    pub print_right: bool,
    /// `.Last.value`: the value of the previous top-level expression, kept alive until the next one
    /// finishes.
    pub last_value: Val,
    /// Builtins used at least once (their first call lazy-loads code in R).
    pub(crate) used_builtins: crate::fxhash::FxHashSet<&'static str>,
    /// The registry entries called at least once, by address (their names are in `used_builtins`).
    pub(crate) used_builtin_entries: crate::fxhash::FxHashSet<usize>,
    /// Base functions lazy-loaded so far by the byte-code compiler, by `source()` or by the first
    /// call of a function that loads them: a later first call does not load them again.
    pub(crate) base_loaded: crate::fxhash::FxHashSet<&'static str>,
    pub jit: super::jit::JitModel,
    /// Base variables materialised so far (`letters`, `pi`, …).
    pub(crate) base_values: crate::fxhash::FxHashMap<Rc<str>, ObjId>,
    pub(crate) rng: super::rng::Rng,
    /// Things the simulator had to assume (unknown values in conditions, …), for the user.
    pub notes: crate::log::Notes,
    /// `R_MissingArg`: the value of a formal with no argument and no default.
    pub missing_arg: ObjId,
    /// Parser constants, one object per distinct value.
    pub(crate) consts: crate::fxhash::FxHashMap<super::eval::ConstKey, ObjId>,
    /// This session's number, distinct in the process: compiled code shared by sessions (base's
    /// closures) keeps a constant's object for one session at a time.
    pub(crate) serial: u64,
    /// The parsed code of the `source()` being run (closures made now keep it alive); NIL otherwise.
    pub current_code: ObjId,
    /// Whether the program bound a name that is an arithmetic or comparison operator (then every
    /// operator call goes through the full lookup).
    pub rebound_operators: bool,
    /// The function contexts of closures being evaluated, innermost last.
    pub frames: Vec<Frame>,
    /// Argument vectors of finished calls, emptied, for the next calls.
    pub(crate) spare_args: Vec<Vec<super::eval::ArgVal>>,
    /// Matched-argument vectors of finished builtin calls, emptied, for the next ones.
    pub(crate) spare_vals: Vec<Vec<Option<Val>>>,
    /// Warnings of the running top-level call.
    pub warnings: super::warnings::Warnings,
    /// Function contexts on R's context stack: closures and the base closures simulated as
    /// builtins (what names a warning).
    pub contexts: u32,
    /// Every copy-on-modify duplication, in order.
    pub copies: crate::log::Recent<CopyRecord>,
    /// Symbols installed during the session (beyond those R starts with).
    pub(crate) symbols: crate::fxhash::FxHashSet<Rc<str>>,
    /// Host symbols known to be installed (start-up symbols among them), by identity.
    pub(crate) installed: crate::fxhash::FxHashSet<Sym>,
    /// The namespace environments, by package (`lang::library::PACKAGES`).
    pub namespaces: Vec<ObjId>,
    /// The objects alive at the moment of the heap's probe, named while the frames were those of
    /// that moment ([`crate::census`]).
    pub probe_contents: Option<crate::census::Contents>,
    /// The connections (`Connections[]`; 0 to 2 are the terminal's, not held here).
    pub connections: Vec<Option<super::builtins::connections::Connection>>,
    /// The connections output is diverted to by `sink()`, innermost last.
    pub sinks: Vec<usize>,
    /// The top-level task callbacks (`Rf_ToplevelTaskHandlers`), in order.
    pub task_callbacks: Vec<super::builtins::task_callbacks::TaskCallback>,
}

impl Interp {
    pub fn new(heap: Heap) -> Interp {
        let mut it = Interp {
            heap,
            global: NIL,
            blank_string: NIL,
            na_string: NIL,
            depth: 0,
            expressions: R_EXPRESSIONS,
            c_stack: 0,
            eval_levels: 0,
            stack_floor: 0,
            steps: 0,
            next_poll: 0,
            budget: Default::default(),
            visible: true,
            print_digits: super::print::DIGITS,
            print_right: false,
            last_value: Val::Obj(NIL),
            used_builtins: Default::default(),
            used_builtin_entries: Default::default(),
            base_loaded: Default::default(),
            jit: super::jit::JitModel::new(),
            base_values: Default::default(),
            rng: Default::default(),
            notes: crate::log::Notes::new(NOTES_KEPT),
            missing_arg: NIL,
            consts: Default::default(),
            serial: session_serial(),
            s4_classes: Default::default(),
            current_code: NIL,
            symbols: Default::default(),
            installed: Default::default(),
            copies: crate::log::Recent::new(COPIES_KEPT),
            frames: Vec::new(),
            spare_args: Vec::new(),
            spare_vals: Vec::new(),
            warnings: Default::default(),
            contexts: 0,
            rebound_operators: false,
            namespaces: Vec::new(),
            probe_contents: None,
            connections: Vec::new(),
            sinks: Vec::new(),
            task_callbacks: Vec::new(),
        };
        it.missing_arg = it.static_obj(Obj::node(SexpType::Sym, Body::Opaque));
        it.blank_string = it.static_obj(Obj::vector(SexpType::Char, 0, Body::Char(Rc::from(""))));
        it.na_string = it.static_obj(Obj::vector(SexpType::Char, 2, Body::Char(Rc::from("NA"))));
        let table = Obj::vector(SexpType::Vec, crate::heap::string_hash::CHAR_HASH_SIZE, Body::Elems(Elems::Fill(NIL)));
        let table = it.static_obj(table);
        it.heap.install_string_hash(table, super::string_cache::startup_hashes());
        let hashtab = it.static_obj(Obj::vector(SexpType::Vec, HASHMINSIZE, Body::Elems(Elems::Fill(NIL))));
        let genv = Obj::node(SexpType::Env, Body::Env(Box::new(EnvData::new(NIL, hashtab))));
        it.global = it.static_obj(genv);
        it.make_namespaces();
        // R_TrueValue, R_FalseValue, R_LogicalNAValue: preallocated, shared by every TRUE/FALSE/NA
        for b in [Some(true), Some(false), None] {
            let x = b.map_or(crate::heap::na_real(), |b| b as i32 as f64);
            let id = it.static_obj(Obj::vector(SexpType::Lgl, 1, Body::Num(Num::Fill(x))));
            it.heap.obj_mut(id).refs = u32::MAX;
            it.consts.insert(super::eval::ConstKey::Lgl(b), id);
        }
        it
    }

    /// A permanent object that is part of R's start-up heap (its cells come out of the start-up
    /// aggregate).
    pub fn static_obj(&mut self, o: Obj) -> ObjId {
        let id = self.heap.alloc(o).expect("start-up objects fit in the start-up heap");
        self.adopt_static(id);
        id
    }

    /// `duplicate()`: a copy of a vector with the same attributes (lists are copied shallowly: the
    /// elements are shared).
    pub fn duplicate(&mut self, id: ObjId) -> SimResult<ObjId> {
        let o = self.heap.obj(id);
        let (t, len) = (o.sexp, o.length);
        let body = match &o.body {
            Body::Num(n) => Body::Num(n.clone()),
            Body::Elems(e) => Body::Elems(e.clone()),
            Body::Char(s) => Body::Char(s.clone()),
            other if !t.is_vector() => other.clone(),
            _ => Body::Num(Num::Unknown),
        };
        let attrs = o.attrs.clone();
        let mut copy = Obj::vector(t, len, body);
        if !t.is_vector() {
            copy = Obj::node(t, copy.body);
        }
        if let Some(a) = &attrs {
            copy.nodes += a.len() as u32;
        }
        copy.attrs = attrs;
        let new = self.heap.alloc(copy)?;
        self.reference_children(new);
        Ok(new)
    }

    /// `duplicate()` (duplicate.c `duplicate1` with `deep`): vectors, lists with their elements and
    /// attributes with their values copied; environments, symbols, strings (CHARSXPs), builtins
    /// and `NULL` are themselves.
    pub fn duplicate_deep(&mut self, v: Val) -> SimResult<ObjId> {
        let id = self.boxed(v)?;
        let o = self.heap.obj(id);
        if id == NIL
            || matches!(o.sexp, SexpType::Env | SexpType::Sym | SexpType::Char | SexpType::Builtin | SexpType::Special)
        {
            return Ok(id);
        }
        let elems = match &o.body {
            Body::Elems(Elems::Values(e)) if matches!(o.sexp, SexpType::Vec | SexpType::Expr) => Some(e.clone()),
            _ => None,
        };
        let attrs: Vec<ObjId> = o.attrs.as_ref().map(|a| a.iter().map(|(_, v)| *v).collect()).unwrap_or_default();
        let new = self.duplicate(id)?;
        let mark = self.heap.root_mark();
        self.heap.protect(Val::Obj(new));
        for (i, a) in attrs.into_iter().enumerate() {
            let d = self.duplicate_deep(Val::Obj(a))?;
            if d != a {
                if let Some(list) = self.heap.obj_mut(new).attrs.as_mut() {
                    list[i].1 = d;
                }
                self.heap.obj_mut(d).refs = 1;
                self.heap.write_barrier(new, Val::Obj(d));
            }
        }
        if let Some(elems) = elems {
            for (i, e) in elems.into_iter().enumerate() {
                let d = self.duplicate_deep(Val::Obj(e))?;
                if d != e {
                    if let Body::Elems(Elems::Values(v)) = &mut self.heap.obj_mut(new).body {
                        v[i] = d;
                    }
                    self.heap.obj_mut(d).refs = 1;
                    self.heap.write_barrier(new, Val::Obj(d));
                }
            }
        }
        self.heap.release_to(mark, None);
        Ok(new)
    }

    /// A new object holds a reference to each object it points to. `NULL` is not counted: R
    /// marks `R_NilValue` not mutable (memory.c `InitMemory`), so its count is never looked at.
    pub(crate) fn reference_children(&mut self, id: ObjId) {
        let mut kids = Vec::new();
        self.heap.obj(id).for_each_child(|c| {
            if c != NIL {
                kids.push(c)
            }
        });
        for k in kids {
            let r = &mut self.heap.obj_mut(k).refs;
            *r = r.saturating_add(1);
        }
    }

    /// What `source()` itself costs before the script runs: on its first call of a session it
    /// lazy-loads code that stays; every call reads and parses the file (garbage) and holds the
    /// parsed expressions while they run. Calibrated on the empty workload (`empty.json`: end − start
    /// = +3885 N, +8421 V; max used − start = +4732 N, +39745 V), less the recorder's own statements.
    /// Returns the parsed expressions' cells (NIL for an empty file).
    pub fn source_overhead(&mut self, code_nodes: u32) -> EvalResult<ObjId> {
        const SOURCE_FIRST_USE: (u32, u64) = (3877, 8392);
        // The first expression `source()` evaluates lazy-loads its evaluation path too: sourcing
        // `x <- 1` retains 475 N / 1225 V more than sourcing an empty file, and loads these base
        // functions (measured), which the byte-code compiler would otherwise load.
        const SOURCE_FIRST_EXPR: (u32, u64) = (475, 1225);
        const SOURCE_FIRST_EXPR_LOADS: &[&str] =
            &["deparse", ".deparseOpts", "..deparseOpts", "mode", "withVisible", "Sys.getlocale", ".LC.categories"];
        const SOURCE_SCRATCH: (u32, u64) = (816, 31280);
        if self.used_builtins.insert("source") {
            self.retain_static(SOURCE_FIRST_USE.0, SOURCE_FIRST_USE.1)?;
            if code_nodes > 0 {
                self.retain_static(SOURCE_FIRST_EXPR.0, SOURCE_FIRST_EXPR.1)?;
                self.base_loaded.extend(SOURCE_FIRST_EXPR_LOADS);
            }
        }
        self.heap.alloc_scratch(SOURCE_SCRATCH.0, SOURCE_SCRATCH.1)?;
        if code_nodes == 0 {
            return Ok(NIL);
        }
        Ok(self.heap.alloc_cells(code_nodes, Vec::new())?)
    }

    // ---- strings -------------------------------------------------------------------------------

    /// `mkChar`: the cached CHARSXP for `s`, or a new one.
    pub fn mk_char(&mut self, s: &str) -> SimResult<ObjId> {
        if s.is_empty() {
            return Ok(self.blank_string);
        }
        if let Some(&id) = self.heap.char_cache.get(s) {
            if matches!(&self.heap.obj(id).body, Body::Char(c) if &**c == s) {
                // it may be garbage not yet swept: held by the caller from now on, as R's
                // SET_STRING_ELT does at once
                self.heap.protect(Val::Obj(id));
                return Ok(id);
            }
        }
        let rc: Rc<str> = Rc::from(s);
        let id = self.heap.alloc_char(rc.clone())?;
        self.heap.char_cache.insert(rc, id);
        Ok(id)
    }

    /// A CHARSXP of `nbytes` bytes whose text the host does not keep (longer than
    /// [`MAX_CONCRETE_STRING`]): its size is known, its text is not.
    pub fn mk_char_sized(&mut self, nbytes: u64) -> SimResult<ObjId> {
        self.heap.alloc_vector(SexpType::Char, nbytes, Body::Opaque)
    }

    /// A CHARSXP of `nbytes` bytes with the text `text()` makes, or without text when that is
    /// longer than [`MAX_CONCRETE_STRING`] (the text is then never made).
    pub fn mk_char_of_len(&mut self, nbytes: u64, text: impl FnOnce() -> String) -> SimResult<ObjId> {
        if nbytes > MAX_CONCRETE_STRING {
            self.mk_char_sized(nbytes)
        } else {
            self.mk_char(&text())
        }
    }

    pub fn char_str(&self, id: ObjId) -> Option<&str> {
        match &self.heap.obj(id).body {
            Body::Char(s) if id != self.na_string => Some(s),
            _ => None,
        }
    }

    // ---- building values -----------------------------------------------------------------------

    /// A numeric-like vector (logical, integer, double, complex, raw).
    pub fn new_num(&mut self, t: SexpType, len: u64, num: Num) -> SimResult<ObjId> {
        let num = normalize_num(num, len);
        self.heap.alloc_vector(t, len, Body::Num(num))
    }

    pub fn new_strs(&mut self, len: u64, elems: Elems) -> SimResult<ObjId> {
        // an empty vector's (no) elements are known
        let elems = if len == 0 { Elems::Values(Vec::new()) } else { elems };
        self.heap.alloc_vector(SexpType::Str, len, Body::Elems(elems))
    }

    pub fn new_list(&mut self, elems: Vec<ObjId>) -> SimResult<ObjId> {
        let len = elems.len() as u64;
        for &e in &elems {
            {
                let r = &mut self.heap.obj_mut(e).refs;
                *r = r.saturating_add(1);
            }
        }
        self.heap.alloc_vector(SexpType::Vec, len, Body::Elems(Elems::Values(elems)))
    }

    /// A character vector from Rust strings (`None` = `NA`).
    pub fn mk_strings(&mut self, items: &[Option<&str>]) -> SimResult<ObjId> {
        let mut ids = Vec::with_capacity(items.len());
        for s in items {
            ids.push(match s {
                Some(s) => self.mk_char(s)?,
                None => self.na_string,
            });
        }
        self.new_strs(ids.len() as u64, Elems::Values(ids))
    }

    /// `ScalarLogical()`: R 4 returns its preallocated TRUE, FALSE and NA objects, so internals
    /// answering a single logical allocate nothing.
    pub fn scalar_logical(&mut self, b: Option<bool>) -> Val {
        use crate::lang::ast::Const;
        Val::Obj(self.const_obj(&Const::Logical(b)).expect("logical constants are part of the start-up heap"))
    }

    /// Box a value (scalars held unboxed by byte code become length-1 vectors).
    pub fn boxed(&mut self, v: Val) -> SimResult<ObjId> {
        match v {
            Val::Obj(o) => Ok(o),
            Val::Dbl(x) => self.new_num(SexpType::Real, 1, Num::Fill(x)),
            Val::Int(x) => self.new_num(SexpType::Int, 1, Num::Fill(int_to_f64(x))),
            Val::Lgl(x) => self.new_num(SexpType::Lgl, 1, Num::Fill(int_to_f64(x))),
        }
    }

    /// A scalar result: unboxed in byte code, a new vector in the AST interpreter.
    #[inline]
    pub fn scalar(&mut self, t: SexpType, x: f64, mode: super::interp::Mode) -> SimResult<Val> {
        let v = match t {
            SexpType::Real => Val::Dbl(x),
            SexpType::Int => Val::Int(f64_to_int(x)),
            SexpType::Lgl => Val::Lgl(f64_to_int(x)),
            _ => return Ok(Val::Obj(self.new_num(t, 1, Num::Fill(x))?)),
        };
        Ok(match mode {
            Mode::Compiled => v,
            Mode::Ast => Val::Obj(self.boxed(v)?),
        })
    }

    // ---- reading values ------------------------------------------------------------------------

    pub fn type_of(&self, v: Val) -> SexpType {
        match v {
            Val::Obj(o) => self.heap.obj(o).sexp,
            Val::Dbl(_) => SexpType::Real,
            Val::Int(_) => SexpType::Int,
            Val::Lgl(_) => SexpType::Lgl,
        }
    }

    pub fn length(&self, v: Val) -> u64 {
        match v {
            Val::Obj(o) => {
                let ob = self.heap.obj(o);
                match ob.sexp {
                    SexpType::Nil => 0,
                    SexpType::Env => match &ob.body {
                        Body::Env(e) => e.names.len() as u64,
                        _ => 0,
                    },
                    t if t.is_vector() => ob.length,
                    // a call: the function and its arguments
                    SexpType::Lang => match &ob.body {
                        Body::Lang(crate::lang::ast::Expr::Call(c)) => 1 + c.args.len() as u64,
                        _ => ob.length.max(1),
                    },
                    SexpType::List => match &ob.body {
                        Body::Pairlist(items) => items.len() as u64,
                        _ => ob.length.max(1),
                    },
                    _ => 1,
                }
            }
            _ => 1,
        }
    }

    /// Element `i` (0-based) of a numeric-like value, if known (`NaN` with NA bits for NA).
    pub fn num_elt(&self, v: Val, i: u64) -> Option<f64> {
        match v {
            Val::Dbl(x) => (i == 0).then_some(x),
            Val::Int(x) | Val::Lgl(x) => (i == 0).then_some(int_to_f64(x)),
            Val::Obj(o) => match &self.heap.obj(o).body {
                Body::Num(n) => num_at(n, i),
                _ => None,
            },
        }
    }

    pub fn num_content(&self, v: Val) -> Num {
        match v {
            Val::Dbl(x) => Num::Fill(x),
            Val::Int(x) | Val::Lgl(x) => Num::Fill(int_to_f64(x)),
            Val::Obj(o) => match &self.heap.obj(o).body {
                Body::Num(n) => n.clone(),
                _ => Num::Unknown,
            },
        }
    }

    /// All element values of a short numeric-like value, if known.
    pub fn num_values(&self, v: Val) -> Option<Vec<f64>> {
        let len = self.length(v);
        if len > MAX_CONCRETE {
            return None;
        }
        (0..len).map(|i| self.num_elt(v, i)).collect()
    }

    /// The strings of a character vector (`None` entries are `NA`), if known.
    pub fn str_values(&self, v: Val) -> Option<Vec<Option<Rc<str>>>> {
        let Val::Obj(o) = v else { return None };
        let ob = self.heap.obj(o);
        let ids: Vec<ObjId> = match &ob.body {
            Body::Elems(Elems::Values(v)) => v.clone(),
            Body::Elems(Elems::Fill(c)) if ob.length <= MAX_CONCRETE => {
                vec![*c; ob.length as usize]
            }
            Body::Elems(e @ Elems::Sparse { .. }) if ob.length <= MAX_CONCRETE => sparse_values(e, ob.length),
            _ => return None,
        };
        // (a string too long to keep its text makes the values unknown)
        ids.into_iter()
            .map(|c| match &self.heap.obj(c).body {
                _ if c == self.na_string => Some(None),
                Body::Char(s) => Some(Some(s.clone())),
                _ => None,
            })
            .collect()
    }

    /// The CHARSXPs of a character vector, if known.
    pub fn str_ids(&self, v: Val) -> Option<Vec<ObjId>> {
        let Val::Obj(o) = v else { return None };
        let ob = self.heap.obj(o);
        match &ob.body {
            Body::Elems(Elems::Values(v)) if v.len() as u64 == ob.length => Some(v.clone()),
            Body::Elems(Elems::Fill(c)) if ob.length <= MAX_CONCRETE => Some(vec![*c; ob.length as usize]),
            Body::Elems(e @ Elems::Sparse { .. }) if ob.length <= MAX_CONCRETE => Some(sparse_values(e, ob.length)),
            _ => None,
        }
    }

    /// The attribute `name` of a value.
    pub fn heap_attr(&self, v: Val, name: &str) -> Option<ObjId> {
        let Val::Obj(o) = v else { return None };
        self.heap.attr(o, name)
    }

    /// Elements of a list, if known.
    pub fn list_elems(&self, v: Val) -> Option<Vec<ObjId>> {
        let Val::Obj(o) = v else { return None };
        let ob = self.heap.obj(o);
        match &ob.body {
            Body::Elems(Elems::Values(v)) => Some(v.clone()),
            Body::Elems(Elems::Fill(c)) if ob.length <= MAX_CONCRETE => Some(vec![*c; ob.length as usize]),
            Body::Elems(e @ Elems::Sparse { .. }) if ob.length <= MAX_CONCRETE => Some(sparse_values(e, ob.length)),
            _ => None,
        }
    }

    /// Element `i` of a list, if known (no copy of the list).
    pub fn list_elem(&self, v: Val, i: u64) -> Option<ObjId> {
        let Val::Obj(o) = v else { return None };
        let ob = self.heap.obj(o);
        match &ob.body {
            Body::Elems(Elems::Values(v)) => v.get(i as usize).copied(),
            Body::Elems(Elems::Fill(c)) if i < ob.length => Some(*c),
            Body::Elems(Elems::Sparse { fill, patches }) if i < ob.length => Some(*patches.get(&i).unwrap_or(fill)),
            _ => None,
        }
    }

    /// The `names` attribute as strings.
    pub fn names(&self, v: Val) -> Option<Vec<Option<Rc<str>>>> {
        let Val::Obj(o) = v else { return None };
        // a pairlist's names are its tags
        if let Body::Pairlist(items) = &self.heap.obj(o).body {
            return Some(items.iter().map(|(t, _)| Some(t.clone().unwrap_or_else(|| Rc::from("")))).collect());
        }
        // getAttrib(x, R_NamesSymbol) of a one-dimensional array is its dimnames[[1]]
        let n = match self.heap.attr(o, "names") {
            Some(n) => n,
            None => {
                let dim = self.heap.attr(o, "dim")?;
                if self.heap.obj(dim).length != 1 {
                    return None;
                }
                let dn = self.heap.attr(o, "dimnames")?;
                *self.list_elems(Val::Obj(dn))?.first()?
            }
        };
        self.str_values(Val::Obj(n))
    }

    pub fn is_null(&self, v: Val) -> bool {
        v == Val::Obj(NIL)
    }

    /// Vcells of data for a vector of this type and length.
    pub fn data_vcells(t: SexpType, len: u64) -> u64 {
        vector_vcells(t, len)
    }

    // ---- environments --------------------------------------------------------------------------

    pub fn env(&self, id: ObjId) -> &EnvData {
        match &self.heap.obj(id).body {
            Body::Env(e) => e,
            _ => panic!("not an environment"),
        }
    }

    pub fn env_mut(&mut self, id: ObjId) -> &mut EnvData {
        match &mut self.heap.obj_mut(id).body {
            Body::Env(e) => e,
            _ => panic!("not an environment"),
        }
    }

    /// A new environment. `hash_size` > 0 makes a hashed one (ENVSXP + VECSXP table).
    pub fn new_env(&mut self, enclos: ObjId, hash_size: u64) -> SimResult<ObjId> {
        let hashtab = if hash_size > 0 {
            self.heap.alloc_vector(SexpType::Vec, hash_size, Body::Elems(Elems::Fill(NIL)))?
        } else {
            NIL
        };
        let data = self.heap.env_data(enclos, hashtab);
        self.heap.alloc(Obj::node(SexpType::Env, Body::Env(data)))
    }

    /// Whether `R_shallow_duplicate_attr` wraps `id` instead of copying it: an atomic vector
    /// (not a compact sequence) of at least `WRAP_THRESHOLD` (64) elements.
    pub fn wrappable(&self, id: ObjId) -> bool {
        let o = self.heap.obj(id);
        matches!(
            o.sexp,
            SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw | SexpType::Str
        ) && o.length >= WRAP_THRESHOLD
            && !o.altrep
            && matches!(o.body, Body::Num(_) | Body::Elems(_))
    }

    /// `R_tryWrap`: an ALTREP wrapper around `id`'s data (one node and its 2-integer metadata
    /// vector, with shallow copies of the attribute cells); a wrapper is re-wrapped around the
    /// same data (`wrapper_Duplicate`). Nothing of the data is copied.
    pub fn wrap(&mut self, id: ObjId) -> SimResult<ObjId> {
        let data = self.heap.obj(id).wrapped.unwrap_or(id);
        let o = self.heap.obj(id);
        let (t, n, body, attrs) = (o.sexp, o.length, o.body.clone(), o.attrs.clone());
        let mut w = Obj::vector(SexpType::Int, WRAPPER_METADATA_LENGTH, body);
        w.sexp = t;
        w.nodes = 2 + attrs.as_ref().map_or(0, |a| a.len() as u32);
        w.length = n;
        w.capacity = n;
        w.wrapped = Some(data);
        w.attrs = attrs;
        let w = self.heap.alloc(w)?;
        self.reference_children(w);
        Ok(w)
    }

    /// `R_shallow_duplicate_attr`: before changing the attributes of a value referenced
    /// elsewhere, a wrapper of a long vector, a copy of anything else.
    pub fn shallow_duplicate_attr(&mut self, id: ObjId) -> SimResult<ObjId> {
        if self.wrappable(id) {
            self.wrap(id)
        } else {
            self.copy_on_modify(id, SHARED_COPY)
        }
    }

    /// `duplicate(id)` before a change of a value something else refers to (copy-on-modify),
    /// recorded for `sim_copies()` with `reason`: the duplicates `tracemem()` reports.
    pub fn copy_on_modify(&mut self, id: ObjId, reason: &'static str) -> SimResult<ObjId> {
        let o = self.heap.obj(id);
        let (type_name, length) = (o.sexp.type_name(), o.length);
        let copy = self.duplicate(id)?;
        let vcells = self.heap.obj(copy).vcells;
        self.copies.push(CopyRecord { line: self.heap.line, type_name, length, vcells, reason });
        Ok(copy)
    }

    /// `R_tryUnwrap`: a wrapper whose data nothing else references gives way to the data, which
    /// takes its attributes.
    pub fn unwrap(&mut self, w: ObjId) -> SimResult<ObjId> {
        let Some(data) = self.heap.obj_mut(w).wrapped.take() else { return Ok(w) };
        let attrs = self.heap.obj_mut(w).attrs.take();
        let r = &mut self.heap.obj_mut(data).refs;
        *r = r.saturating_sub(1);
        // the wrapper's attribute cells move to the data; the data's own become garbage
        let old = self.heap.obj(data).attrs.as_ref().map_or(0, |a| a.len() as u32);
        let moved = attrs.as_ref().map_or(0, |a| a.len() as u32);
        self.heap.shed_nodes(data, old);
        self.heap.obj_mut(w).nodes -= moved;
        self.heap.obj_mut(data).nodes += moved;
        self.heap.obj_mut(data).attrs = attrs;
        Ok(data)
    }

    /// Code that needs a compact sequence's data pointer (arithmetic, comparison, `c()`, `abs()`,
    /// `matrix()`, `cbind()` — measured with `.Internal(inspect(x))` in R) makes ALTREP expand it
    /// once: a full integer or double vector kept beside the compact form, until the sequence
    /// itself is collected. (Its Vcells are counted with the sequence's; the totals R reports are
    /// the same.)
    pub fn expand_altrep(&mut self, v: Val) -> SimResult<()> {
        let Val::Obj(o) = v else { return Ok(()) };
        let ob = self.heap.obj(o);
        if !ob.altrep || ob.expanded {
            return Ok(());
        }
        let data = crate::heap::size_class::vector_vcells(ob.sexp, ob.length);
        // `compact_intseq_Dataptr` allocates the vector inside the ALTREP method
        self.in_altrep_method(|it| {
            it.heap.grow_nodes(o, 1)?;
            it.heap.add_vcells(o, data)
        })?;
        self.heap.obj_mut(o).expanded = true;
        Ok(())
    }

    /// Run `f` as R runs an ALTREP method (`ALTVEC_DATAPTR`, `ALTSTRING_ELT`, `ALTSTRING_SET_ELT`
    /// in altrep.c): with `R_GCEnabled` off, so that what it allocates collects nothing and leaves
    /// the collection pending.
    pub fn in_altrep_method<T, E>(&mut self, f: impl FnOnce(&mut Interp) -> Result<T, E>) -> Result<T, E> {
        self.heap.gc_off();
        let r = f(self);
        self.heap.gc_on();
        r
    }

    /// Bind `name` in `env` (`defineVar`): a new binding costs one cons cell; a hashed environment
    /// grows its table by 1.2 when more than 85 % of its slots are in use.
    pub fn define(&mut self, env: ObjId, name: &str, value: Val) -> SimResult<()> {
        self.define_sym(env, &Sym::new(name), value)
    }

    /// `define` with the name already a symbol (a formal's, a variable's in the code).
    pub fn define_sym(&mut self, env: ObjId, name: &Sym, value: Val) -> SimResult<()> {
        match self.env(env).find(name) {
            Some(i) => {
                self.replace_binding(env, i, value);
                Ok(())
            }
            None => {
                if let Val::Obj(o) = value {
                    let r = &mut self.heap.obj_mut(o).refs;
                    *r = r.saturating_add(1);
                }
                self.define_new(env, name, value)
            }
        }
    }

    /// Put `value` in the frame's binding `i`: the new value gains a reference, the old one loses
    /// its own.
    #[inline]
    pub fn replace_binding(&mut self, env: ObjId, i: usize, value: Val) {
        let old = std::mem::replace(&mut self.env_mut(env).values[i], value);
        // an unboxed scalar replacing another (a loop's accumulator) references nothing
        if matches!(old, Val::Obj(_)) || matches!(value, Val::Obj(_)) {
            self.rebind_refs(env, old, value);
        }
    }

    /// The references a binding's change moves: the new value gains one (first, so that a value
    /// rebound to itself never drops to zero), the old one loses its own.
    #[inline(never)]
    fn rebind_refs(&mut self, env: ObjId, old: Val, value: Val) {
        if let Val::Obj(o) = value {
            let r = &mut self.heap.obj_mut(o).refs;
            *r = r.saturating_add(1);
        }
        self.release_ref(old);
        self.heap.write_barrier(env, value);
    }

    /// A binding the environment does not have yet: its cell, and its slot in a hashed table.
    #[inline(never)]
    fn define_new(&mut self, env: ObjId, name: &Sym, value: Val) -> SimResult<()> {
        if super::builtins::arith::op_named(name).is_some() {
            self.rebound_operators = true;
        }
        self.install_sym(name)?;
        self.heap.grow_nodes(env, 1)?;
        self.env_mut(env).insert(name.clone(), value);
        self.hash_insert(env, name)?;
        self.heap.write_barrier(env, value);
        Ok(())
    }

    /// Account a new binding in a hashed environment's table (`R_HashSet`): its slot is the name's
    /// PJW hash modulo the table size; when more than 85 % of the slots hold a chain
    /// (`R_HashSizeCheck`), a table 1.2 times larger replaces it and the old one is garbage
    /// (`R_HashResize`).
    fn hash_insert(&mut self, env: ObjId, name: &str) -> SimResult<()> {
        let table = self.env(env).hashtab;
        if table == NIL {
            return Ok(());
        }
        let size = self.heap.obj(table).length;
        let e = self.env_mut(env);
        if e.slots.len() as u64 != size {
            e.rehash(size);
        } else {
            e.slot_add(name);
        }
        if e.slots_used as f64 > 0.85 * size as f64 {
            let new_size = (size as f64 * 1.2) as u64;
            let new_table = self.heap.alloc_vector(SexpType::Vec, new_size, Body::Elems(Elems::Fill(NIL)))?;
            self.env_mut(env).hashtab = new_table;
            self.env_mut(env).rehash(new_size);
            self.heap.write_barrier(env, Val::Obj(new_table));
        }
        Ok(())
    }

    /// Remove a binding (`rm`): its cell becomes garbage.
    pub fn unbind(&mut self, env: ObjId, name: &str) -> bool {
        match self.env(env).find(&Sym::new(name)) {
            Some(i) => {
                let old = self.env(env).values[i];
                self.env_mut(env).slot_remove(name);
                self.env_mut(env).remove(i);
                self.heap.shed_nodes(env, 1);
                self.release_ref(old);
                true
            }
            None => false,
        }
    }

    pub fn release_ref(&mut self, v: Val) {
        if let Val::Obj(o) = v {
            let r = &mut self.heap.obj_mut(o).refs;
            *r = r.saturating_sub(1);
        }
    }

    /// Find a bound variable along the environment chain; `None` if unbound or if a namespace on
    /// the way binds it lazily (then [`Interp::find_var`] materializes it; base values are looked
    /// up by the caller).
    #[inline]
    pub fn lookup(&self, mut env: ObjId, name: &Sym) -> Option<(ObjId, usize)> {
        while env != NIL {
            let e = self.env(env);
            if let Some(i) = e.find(name) {
                return Some((env, i));
            }
            // a namespace binding not yet materialized: `find_var` loads it
            if let Some(k) = e.lazy_source {
                if super::library::Namespace::get(super::library::Pkg(k)).entry_sym(name).is_some() {
                    return None;
                }
            }
            env = e.enclos;
        }
        None
    }
}

/// `WRAP_THRESHOLD` (duplicate.c): shorter vectors are copied rather than wrapped.
pub const WRAP_THRESHOLD: u64 = 64;
/// `NMETA` (altclasses.c): a wrapper's metadata integers (sortedness, no-NA).
const WRAPPER_METADATA_LENGTH: u64 = 2;

pub fn int_to_f64(x: i32) -> f64 {
    if x == NA_INT {
        crate::heap::na_real()
    } else {
        x as f64
    }
}

/// A double as an R integer: NA when it is NA or outside the integer range (R's overflow to NA).
pub fn f64_to_int(x: f64) -> i32 {
    if x.is_nan() || x.abs() > i32::MAX as f64 {
        NA_INT
    } else {
        x as i32
    }
}

pub fn num_at(n: &Num, i: u64) -> Option<f64> {
    match n {
        Num::Unknown => None,
        Num::Fill(x) => Some(*x),
        // (through i64: one instruction, and the same value for any index)
        Num::Seq { from, by } => Some(from + by * i as i64 as f64),
        Num::Values(v) => v.get(i as usize).copied(),
        Num::Patched(p) => p.at(i),
        // (a complex element is not a number)
        Num::Complex(_) => None,
    }
}

/// `f` applied to every element of a vector of length `len`, as far as known (a sequence is
/// spelled out when short, a patched sequence keeps its patches only).
pub fn map_num(n: &Num, len: u64, f: impl Fn(f64) -> f64) -> Num {
    match n {
        Num::Unknown => Num::Unknown,
        Num::Fill(x) => Num::Fill(f(*x)),
        Num::Values(v) => Num::Values(Rc::new(v.iter().map(|&x| f(x)).collect())),
        Num::Seq { .. } if len <= MAX_CONCRETE => {
            Num::Values(Rc::new((0..len).map(|i| f(num_at(n, i).unwrap_or(f64::NAN))).collect()))
        }
        Num::Seq { .. } | Num::Complex(_) => Num::Unknown,
        Num::Patched(p) => {
            let base = match p.base {
                crate::heap::Base::Fill(x) => crate::heap::Base::Fill(f(x)),
                _ => crate::heap::Base::Unknown,
            };
            patched(base, p.patches.iter().map(|(&i, &x)| (i, f(x))).collect(), len)
        }
    }
}

/// A base with patches, normalised.
pub fn patched(base: crate::heap::Base, patches: std::collections::BTreeMap<u64, f64>, len: u64) -> Num {
    normalize_num(Num::Patched(Rc::new(crate::heap::Patched { base, patches })), len)
}

/// Keep the cheapest exact description of a vector's values: a short vector keeps every value,
/// patches equal to the base go, a vector without patches is its base.
pub fn normalize_num(n: Num, len: u64) -> Num {
    match n {
        Num::Patched(mut p) => {
            if p.base != crate::heap::Base::Unknown && len <= MAX_CONCRETE {
                let v: Vec<f64> = (0..len).map(|i| p.at(i).unwrap_or(f64::NAN)).collect();
                return normalize_num(Num::Values(Rc::new(v)), len);
            }
            let base = p.base;
            let redundant = |i: &u64, x: &f64| i >= &len || base.at(*i).is_some_and(|b| b.to_bits() == x.to_bits());
            if p.patches.iter().any(|(i, x)| redundant(i, x)) {
                Rc::make_mut(&mut p).patches.retain(|i, x| !redundant(i, x));
            }
            if p.patches.is_empty() {
                base.num()
            } else if p.patches.len() > crate::heap::MAX_PATCHES {
                Num::Unknown
            } else {
                Num::Patched(p)
            }
        }
        Num::Values(v) => {
            if v.len() as u64 != len {
                return Num::Unknown;
            }
            if len >= 2 && v.iter().all(|x| x.is_finite()) {
                // a sequence only when every element is exactly what the sequence gives back
                let by = v[1] - v[0];
                if by.is_finite() && v.iter().enumerate().all(|(i, &x)| v[0] + by * i as f64 == x) {
                    return if by == 0.0 { Num::Fill(v[0]) } else { Num::Seq { from: v[0], by } };
                }
            }
            if len == 1 {
                return Num::Fill(v[0]);
            }
            Num::Values(v)
        }
        Num::Complex(v) if v.len() as u64 != len => Num::Unknown,
        other => other,
    }
}

/// The `n` elements of an [`Elems::Sparse`] (short enough to list).
fn sparse_values(e: &Elems, n: u64) -> Vec<ObjId> {
    let Elems::Sparse { fill, patches } = e else { return Vec::new() };
    let mut v = vec![*fill; n as usize];
    for (&k, &o) in patches.range(..n) {
        v[k as usize] = o;
    }
    v
}

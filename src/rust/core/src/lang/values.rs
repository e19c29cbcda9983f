//! R's objects that are not functions: the datasets package and the variables of base, stats and
//! utils (`.Machine`, `R.version`, `letters`, `pi`, `.leap.seconds`, ...), as
//! `tools/library/values.R` wrote them from the installed R 4.2.2 into `data/library/values.txt`.
//!
//! Each entry is the object exactly as R holds it (types, values, attributes in R's order, compact
//! row names, ALTREP compact sequences and deferred strings) and how a fresh `Rscript --vanilla`
//! session holds its binding: made at start-up (its cells are part of the start-up heap: reading it
//! costs nothing), or a promise of its package's lazy-load database that the first read forces
//! (`lazyLoadDBfetch`): the object as `unserialize` allocates it stays, and the machinery leaves
//! its buffers as garbage ([`LazyRecord::garbage`]).

use std::collections::HashSet;
use std::rc::Rc;

use once_cell::sync::Lazy;

use super::ast::Expr;
use super::interp::{EvalResult, Interp};
use super::library::{Pkg, BASE};
use crate::error::SimError;
use crate::fxhash::FxHashMap;
use crate::heap::size_class::{place_vector, vector_vcells};
use crate::heap::{na_real, Body, Elems, Num, Obj, ObjId, SexpType, Val, NIL};

const TEXT: &str = include_str!("../../data/library/values.txt");

/// How a fresh session holds a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holding {
    /// A value made at start-up, or a promise start-up forced: part of the start-up heap.
    Startup,
    /// An unforced promise of the package's lazy-load database; its record is `record` bytes long
    /// (compressed), as the promise's key says.
    Lazy { record: u32 },
}

/// One `#@ value` entry.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub holding: Holding,
    /// Byte range of the encoded object in the data file; `None` for objects it does not encode.
    text: Option<(u32, u32)>,
}

struct Values {
    entries: FxHashMap<(&'static str, &'static str), Entry>,
    /// Names by package, in the file's order.
    names: FxHashMap<&'static str, Vec<&'static str>>,
    /// The serialization header of each package's database records (bytes).
    header: FxHashMap<&'static str, u64>,
    /// What `search()` lists in a fresh session.
    search: Vec<&'static str>,
}

static VALUES: Lazy<Values> = Lazy::new(|| {
    let mut v = Values {
        entries: FxHashMap::default(),
        names: FxHashMap::default(),
        header: FxHashMap::default(),
        search: Vec::new(),
    };
    type Open = Option<((&'static str, &'static str), Holding, usize, bool)>;
    let mut open: Open = None;
    let mut offset = 0;
    let close = |open: &mut Open, end: usize, v: &mut Values| {
        if let Some((key, holding, start, encoded)) = open.take() {
            let text = encoded.then_some((start as u32, end as u32));
            v.entries.insert(key, Entry { holding, text });
        }
    };
    for line in TEXT.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(header) = line.strip_prefix("#@ ") else { continue };
        close(&mut open, start, &mut v);
        let w: Vec<&'static str> = header.trim_end().split(' ').collect();
        match w[..] {
            ["search", ref names @ ..] => v.search = names.to_vec(),
            ["database", pkg, bytes] => {
                v.header.insert(pkg, bytes.parse().expect("values.txt: database header length"));
            }
            ["value", pkg, name, ref rest @ ..] => {
                let (holding, rest) = match rest {
                    ["lazy", record, rest @ ..] => {
                        (Holding::Lazy { record: record.parse().expect("values.txt: record length") }, rest)
                    }
                    ["startup", rest @ ..] => (Holding::Startup, rest),
                    _ => panic!("values.txt: bad entry {header}"),
                };
                let encoded = rest.first() != Some(&"opaque");
                v.names.entry(pkg).or_default().push(name);
                open = Some(((pkg, name), holding, offset, encoded));
            }
            _ => {}
        }
    }
    close(&mut open, offset, &mut v);
    v
});

/// The names the data gives package `pkg`.
pub fn package_names(pkg: Pkg) -> impl Iterator<Item = &'static str> {
    VALUES.names.get(pkg.name()).into_iter().flatten().copied()
}

/// The names of the search path's environments in a fresh session (`search()`).
pub fn search_names() -> &'static [&'static str] {
    &VALUES.search
}

pub fn entry(pkg: Pkg, name: &str) -> Option<Entry> {
    VALUES.entries.get(&(pkg.name(), name)).copied()
}

/// The object of `pkg`'s variable `name`, decoded (`None`: not encoded).
pub fn object(pkg: Pkg, name: &str) -> Option<Node> {
    let (start, end) = entry(pkg, name)?.text?;
    Some(decode(&TEXT[start as usize..end as usize]))
}

// ---- the objects ---------------------------------------------------------------------------------

/// An R object as the data file describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub data: Data,
    /// Attributes in R's internal order.
    pub attrs: Vec<(Rc<str>, Node)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    Null,
    /// Logical, integer or double values (NA as R's `NA_real_`).
    Num(SexpType, Vec<f64>),
    Str(Vec<Option<Rc<str>>>),
    /// A list or an expression vector.
    List(SexpType, Vec<Node>),
    /// An ALTREP compact sequence (`compact_intseq`, `compact_realseq`): `n` values `from`, `from + by`, ...
    Seq {
        t: SexpType,
        n: u64,
        from: f64,
        by: f64,
    },
    /// An ALTREP deferred string (`as.character()` of a number vector, not yet expanded): the vector
    /// and the `scipen` it is to be formatted with.
    Deferred {
        arg: Box<Node>,
        info: Box<Node>,
    },
    Sym(Rc<str>),
    Lang(Expr),
    /// A closure (an option's function): its source, and its environment.
    Closure {
        text: Rc<str>,
        env: EnvRef,
    },
    /// An environment R serializes as a reference to one of its own.
    Env(EnvRef),
    Pairlist(Vec<(Option<Rc<str>>, Node)>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvRef {
    Empty,
    Global,
    Base,
    BaseNamespace,
    Autoload,
    /// A package's namespace (one the simulator does not model is an empty stand-in).
    Namespace(&'static str),
    /// A call's frame enclosed by the environment named: R's bindings there are not recorded.
    Frame(&'static EnvRef),
}

fn decode(text: &str) -> Node {
    let mut lines = text.lines();
    let node = read_node(&mut lines);
    if let Some(l) = lines.next() {
        panic!("values.txt: trailing line after an object: {l}");
    }
    node
}

/// One object: its header line (`kind [length] [@attributes][: values]`), its attributes (`@name`
/// then the value), then its elements.
fn read_node<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Node {
    let line = lines.next().expect("values.txt: object expected");
    let (head, values) = match line.split_once(':') {
        Some((h, v)) => (h, Some(v.trim_start())),
        None => (line, None),
    };
    let mut words = head.split(' ');
    let kind = words.next().unwrap_or("");
    let mut len = 0u64;
    let mut n_attrs = 0;
    for w in words {
        match w.strip_prefix('@') {
            Some(k) => n_attrs = k.parse().expect("values.txt: attribute count"),
            None => len = w.parse().expect("values.txt: length"),
        }
    }
    let mut attrs = Vec::with_capacity(n_attrs);
    for _ in 0..n_attrs {
        let name = lines.next().and_then(|l| l.strip_prefix('@')).expect("values.txt: attribute name");
        attrs.push((Rc::from(name), read_node(lines)));
    }
    let tokens = || tokens(values.unwrap_or(""));
    let nums = |t: SexpType| {
        let v: Vec<f64> = tokens().iter().map(|w| number(w)).collect();
        assert_eq!(v.len() as u64, len, "values.txt: {kind} of length {len}");
        Data::Num(t, v)
    };
    let data = match kind {
        "NULL" => Data::Null,
        "lgl" => nums(SexpType::Lgl),
        "int" => nums(SexpType::Int),
        "real" => nums(SexpType::Real),
        "str" => Data::Str(tokens().into_iter().map(|w| string(&w)).collect()),
        "list" | "expr" => {
            let t = if kind == "list" { SexpType::Vec } else { SexpType::Expr };
            Data::List(t, (0..len).map(|_| read_node(lines)).collect())
        }
        "intseq" | "realseq" => {
            let v: Vec<f64> = tokens().iter().map(|w| number(w)).collect();
            let t = if kind == "intseq" { SexpType::Int } else { SexpType::Real };
            Data::Seq { t, n: len, from: v[0], by: v[1] }
        }
        "defstr" => {
            let arg = Box::new(read_node(lines));
            let info = Box::new(read_node(lines));
            Data::Deferred { arg, info }
        }
        "sym" => Data::Sym(string(&tokens()[0]).expect("values.txt: symbol name")),
        "lang" => {
            let text = string(&tokens()[0]).expect("values.txt: language text");
            Data::Lang(super::parse::parse_expr(&text).expect("values.txt: language parses"))
        }
        "env" => Data::Env(env_ref(values.unwrap_or(""))),
        "closure" => {
            let text = string(&tokens()[0]).expect("values.txt: closure text");
            let Data::Env(env) = read_node(lines).data else { panic!("values.txt: a closure's environment") };
            Data::Closure { text, env }
        }
        "pairlist" => Data::Pairlist(
            (0..len)
                .map(|_| {
                    let tag = lines.next().and_then(|l| l.strip_prefix('=')).expect("values.txt: pairlist tag");
                    ((!tag.is_empty()).then(|| Rc::from(tag)), read_node(lines))
                })
                .collect(),
        ),
        other => panic!("values.txt: unknown kind {other}"),
    };
    Node { data, attrs }
}

fn env_ref(name: &str) -> EnvRef {
    match name {
        "empty" => EnvRef::Empty,
        "global" => EnvRef::Global,
        "base" => EnvRef::Base,
        "basens" => EnvRef::BaseNamespace,
        "autoload" => EnvRef::Autoload,
        _ => {
            if let Some(rest) = name.strip_prefix("frame:") {
                return EnvRef::Frame(Box::leak(Box::new(env_ref(rest))));
            }
            let pkg = name.strip_prefix("ns:").unwrap_or_else(|| panic!("values.txt: environment {name:?}"));
            // the names come from the static data file
            let pkg: &'static str = Box::leak(pkg.to_string().into_boxed_str());
            EnvRef::Namespace(pkg)
        }
    }
}

/// Values separated by spaces; strings are quoted (`\\`, `\"`, `\n`, `\t` escaped), `NA` is not.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' {
            chars.next();
            continue;
        }
        let mut t = String::new();
        if c == '"' {
            t.push(chars.next().unwrap());
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some('n') => t.push('\n'),
                        Some('t') => t.push('\t'),
                        Some(e) => t.push(e),
                        None => {}
                    },
                    '"' => break,
                    c => t.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ' ' {
                    break;
                }
                t.push(c);
                chars.next();
            }
        }
        out.push(t);
    }
    out
}

/// A quoted token's string; `NA` is none.
fn string(t: &str) -> Option<Rc<str>> {
    t.strip_prefix('"').map(Rc::from)
}

fn number(w: &str) -> f64 {
    match w {
        "NA" => na_real(),
        "NaN" => f64::NAN,
        "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        "T" => 1.0,
        "F" => 0.0,
        w => w.parse().unwrap_or_else(|_| panic!("values.txt: number {w}")),
    }
}

/// Strings of the values above that a fresh session's CHARSXP cache holds although no symbol has
/// them as its name (measured by `tools/calibrate/startup_strings.R`).
static STARTUP_STRINGS: Lazy<crate::fxhash::FxHashSet<&'static str>> =
    Lazy::new(|| include_str!("../../data/startup-strings.txt").lines().filter(|l| !l.is_empty()).collect());

pub fn is_startup_string(s: &str) -> bool {
    STARTUP_STRINGS.contains(s)
}

// ---- what loading one costs ----------------------------------------------------------------------

/// `lazyLoadDBfetch(key, file, compressed, hook)`: its arguments, evaluated into a pairlist.
const LAZY_LOAD_DB_FETCH_ARGS: u64 = 4;
/// `INITIAL_REFREAD_TABLE_SIZE` (serialize.c): the reference table `unserialize` starts with.
const INITIAL_REFREAD_TABLE_SIZE: u64 = 128;

/// A record of a lazy-load database, as `lazyLoadDBfetch` reads it.
pub struct LazyRecord {
    /// Its length in the file (compressed).
    pub record: u64,
    /// Its length once decompressed: the serialized object.
    pub serialized: u64,
}

impl LazyRecord {
    /// The garbage fetching it leaves (Ncells, Vcells): the argument list, the record read from the
    /// file (`readRawFromFile`), the decompression buffer (`R_alloc`, one byte more) and the raw
    /// vector it is copied to (`R_decompress1/3`), `unserialize`'s reference table (a cons cell and
    /// a list), and what reading the object's ALTREP parts discards ([`altrep_garbage`]).
    pub fn garbage(&self, object: &Node) -> (u64, u64) {
        let raw = |bytes: u64| place_vector(vector_vcells(SexpType::Raw, bytes)).charge;
        let table = place_vector(vector_vcells(SexpType::Vec, INITIAL_REFREAD_TABLE_SIZE)).charge;
        let (an, av) = altrep_garbage(object);
        let nodes = LAZY_LOAD_DB_FETCH_ARGS + 3 + 2 + an;
        (nodes, raw(self.record) + raw(self.serialized + 1) + raw(self.serialized) + table + av)
    }
}

/// What `unserialize` reads of an ALTREP object and drops (Ncells, Vcells): the class description
/// (a pairlist of the class and package symbols and the type as an integer), and the serialized
/// state where the class's `Unserialize` method makes a new one: a compact sequence's 3 doubles
/// (`new_compact_intseq` allocates its own), a deferred string's cons cell (`R_deferred_coerceToString`
/// conses its vector and `scipen` again).
pub fn altrep_garbage(n: &Node) -> (u64, u64) {
    let small = |t: SexpType, len: u64| place_vector(vector_vcells(t, len)).charge;
    let class_info = (3 + 1, small(SexpType::Int, 1));
    let (mut nodes, mut vcells) = match &n.data {
        Data::Seq { .. } => (class_info.0 + 1, class_info.1 + small(SexpType::Real, 3)),
        Data::Deferred { arg, info } => {
            let (a, b) = (altrep_garbage(arg), altrep_garbage(info));
            (class_info.0 + 1 + a.0 + b.0, class_info.1 + a.1 + b.1)
        }
        Data::List(_, items) => items.iter().map(altrep_garbage).fold((0, 0), |s, x| (s.0 + x.0, s.1 + x.1)),
        Data::Pairlist(items) => {
            items.iter().map(|(_, x)| altrep_garbage(x)).fold((0, 0), |s, x| (s.0 + x.0, s.1 + x.1))
        }
        _ => (0, 0),
    };
    for (_, a) in &n.attrs {
        let (an, av) = altrep_garbage(a);
        nodes += an;
        vcells += av;
    }
    (nodes, vcells)
}

/// The length of `n` serialized (`serialize.c: WriteItem`, XDR format version 3) after a header
/// of `header` bytes. Symbols are written once and referred to after; CHARSXPs are written in full
/// each time.
pub fn serialized_length(n: &Node, header: u64) -> u64 {
    let mut syms = HashSet::new();
    header + item_length(n, &mut syms)
}

/// Flags, length, and the size of an integer.
const FLAGS: u64 = 4;
const LENGTH: u64 = 4;
const INT: u64 = 4;

fn sym_length(s: &str, syms: &mut HashSet<Rc<str>>) -> u64 {
    if syms.contains(s) {
        return FLAGS; // REFSXP, index packed in the flags
    }
    syms.insert(Rc::from(s));
    FLAGS + FLAGS + LENGTH + s.len() as u64
}

fn item_length(n: &Node, syms: &mut HashSet<Rc<str>>) -> u64 {
    let attrs = if n.attrs.is_empty() {
        0
    } else {
        let cells: u64 = n.attrs.iter().map(|(tag, v)| FLAGS + sym_length(tag, syms) + item_length(v, syms)).sum();
        cells + FLAGS // the pairlist ends in R_NilValue
    };
    let vector = |data: u64| FLAGS + LENGTH + data;
    let own = match &n.data {
        Data::Null | Data::Env(_) => FLAGS,
        // closures occur only in values made at start-up (the options), never read from a database
        Data::Closure { .. } => FLAGS,
        Data::Num(t, v) => vector(v.len() as u64 * if *t == SexpType::Real { 8 } else { INT }),
        Data::Str(v) => vector(v.iter().map(|s| FLAGS + LENGTH + s.as_ref().map_or(0, |s| s.len() as u64)).sum()),
        Data::List(_, items) => vector(items.iter().map(|x| item_length(x, syms)).sum()),
        Data::Seq { t, .. } => {
            let class = if *t == SexpType::Int { "compact_intseq" } else { "compact_realseq" };
            // the state: the sequence's length, first value and step as 3 doubles
            return FLAGS + altrep_class_length(class, syms) + vector(3 * 8) + attrs.max(FLAGS);
        }
        Data::Deferred { arg, info } => {
            // the state: a cons cell of the vector and the scipen integer
            let state = FLAGS + item_length(arg, syms) + item_length(info, syms);
            return FLAGS + altrep_class_length("deferred_string", syms) + state + attrs.max(FLAGS);
        }
        Data::Sym(s) => sym_length(s, syms),
        Data::Lang(e) => return lang_length(e, syms) + attrs,
        Data::Pairlist(items) => {
            let cells: u64 = items
                .iter()
                .map(|(tag, v)| FLAGS + tag.as_ref().map_or(0, |t| sym_length(t, syms)) + item_length(v, syms))
                .sum();
            return cells + attrs + FLAGS;
        }
    };
    own + attrs
}

/// An ALTREP class as `ALTREP_SERIALIZED_CLASS` writes it: a pairlist of the class symbol, the
/// package symbol and the type as an integer vector.
fn altrep_class_length(class: &str, syms: &mut HashSet<Rc<str>>) -> u64 {
    3 * FLAGS + sym_length(class, syms) + sym_length("base", syms) + FLAGS + LENGTH + INT + FLAGS
}

/// A call's cells (its function, then one per argument with its tag), ending in R_NilValue; the
/// function's cell carries the attributes (the caller adds them).
fn lang_length(e: &Expr, syms: &mut HashSet<Rc<str>>) -> u64 {
    match e {
        Expr::Sym(s) => sym_length(s, syms),
        Expr::Const(c) => {
            use super::ast::Const;
            let vector = |data: u64| FLAGS + LENGTH + data;
            match c {
                Const::Null => FLAGS,
                Const::Logical(_) | Const::Int(_) => vector(INT),
                Const::Real(_) => vector(8),
                Const::Complex(_) => vector(16),
                Const::Str(s) => vector(FLAGS + LENGTH + s.as_ref().map_or(0, |s| s.len() as u64)),
                // values.txt is parsed code: it holds no objects
                Const::Obj(_) => FLAGS,
            }
        }
        Expr::Call(c) => {
            let args: u64 = c
                .args
                .iter()
                .map(|a| {
                    FLAGS
                        + a.name.as_ref().map_or(0, |t| sym_length(t, syms))
                        + a.value.as_ref().map_or(FLAGS, |v| lang_length(v, syms))
                })
                .sum();
            FLAGS + lang_length(&c.fun, syms) + args + FLAGS
        }
        // the data holds no function definitions
        Expr::Function(_) => panic!("values.txt: a function inside a value"),
    }
}

// ---- building the object -------------------------------------------------------------------------

/// How objects are allocated: as parts of the start-up heap (no cost, no collection), or as
/// `unserialize` allocates them now.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Alloc {
    Startup,
    Now,
}

impl Interp {
    /// The value of `pkg`'s variable `name` as a fresh session reads it: built in the start-up heap,
    /// or lazy-loaded with its cost. `None` when the data does not encode it.
    pub(crate) fn load_value(&mut self, pkg: Pkg, name: &str) -> EvalResult<Option<ObjId>> {
        let Some(e) = entry(pkg, name) else { return Ok(None) };
        let Some(node) = object(pkg, name) else { return Ok(None) };
        let record = match e.holding {
            // source() loads some of base's variables before the script runs
            Holding::Lazy { record } if pkg != BASE || !self.base_loaded.contains(name) => Some(record),
            _ => None,
        };
        if pkg == BASE {
            if let Some(key) = super::library::Namespace::get(pkg).static_name(name) {
                self.base_loaded.insert(key);
            }
        }
        let Some(record) = record else {
            let id = self.build_value(&node, Alloc::Startup)?;
            return Ok(Some(id));
        };
        let header = VALUES.header.get(pkg.name()).copied().unwrap_or(0);
        let fetch = LazyRecord { record: record as u64, serialized: serialized_length(&node, header) };
        let (gn, gv) = fetch.garbage(&node);
        self.heap.alloc_scratch(gn as u32, gv)?;
        let mark = self.heap.root_mark();
        let id = self.build_value(&node, Alloc::Now)?;
        self.adopt_permanent(id);
        self.heap.release_to(mark, None);
        Ok(Some(id))
    }

    fn build_value(&mut self, n: &Node, how: Alloc) -> EvalResult<ObjId> {
        let mut attrs = Vec::with_capacity(n.attrs.len());
        for (tag, a) in &n.attrs {
            self.value_symbol(tag, how)?;
            attrs.push((tag.clone(), self.build_value(a, how)?));
        }
        let mut o = match &n.data {
            Data::Null => return Ok(NIL),
            Data::Env(r) => {
                // an environment of the session: its attributes are made with it, once
                let id = self.env_ref(*r)?;
                if self.heap.obj(id).attrs.is_none() && !attrs.is_empty() {
                    self.heap.obj_mut(id).attrs = Some(Box::new(attrs));
                }
                return Ok(id);
            }
            Data::Num(t, v) => {
                let num = super::interp::normalize_num(Num::Values(Rc::new(v.clone())), v.len() as u64);
                Obj::vector(*t, v.len() as u64, Body::Num(num))
            }
            Data::Str(items) => {
                let mut ids = Vec::with_capacity(items.len());
                for s in items {
                    ids.push(match s {
                        Some(s) => self.value_char(s, how)?,
                        None => self.na_string,
                    });
                }
                Obj::vector(SexpType::Str, ids.len() as u64, Body::Elems(Elems::Values(ids)))
            }
            Data::List(t, items) => {
                let mut ids = Vec::with_capacity(items.len());
                for x in items {
                    let id = self.build_value(x, how)?;
                    let r = &mut self.heap.obj_mut(id).refs;
                    *r = r.saturating_add(1);
                    ids.push(id);
                }
                Obj::vector(*t, ids.len() as u64, Body::Elems(Elems::Values(ids)))
            }
            Data::Seq { t, n, from, by } => {
                // an ALTREP node and its 3-double info vector
                let mut o = Obj::vector(SexpType::Real, 3, Body::Num(Num::Seq { from: *from, by: *by }));
                o.sexp = *t;
                o.altrep = true;
                o.nodes = 2;
                o.length = *n;
                o.capacity = *n;
                o
            }
            Data::Deferred { arg, info } => {
                // an ALTREP node, the cons of its state, the vector and the scipen integer; R
                // makes the strings when something expands the vector: the simulator makes them
                // at once, charged to no one (as if they were in the start-up heap)
                let Data::Seq { t: SexpType::Int, n: len, from, by } = arg.data else {
                    return Err(
                        SimError::new("rheap: a deferred string of a vector that is no integer sequence").into()
                    );
                };
                let mut ids = Vec::with_capacity(len as usize);
                for i in 0..len {
                    let s = format!("{}", (from + by * i as f64) as i64);
                    ids.push(self.value_char(&s, Alloc::Startup)?);
                }
                let parts = [arg, info].map(|x| {
                    let o = self.node_shape(x);
                    (o.nodes, o.vcells)
                });
                let mut o = Obj::vector(SexpType::Str, len, Body::Elems(Elems::Values(ids)));
                o.class = 0;
                o.altrep = true;
                o.nodes = 2 + parts[0].0 + parts[1].0;
                o.vcells = parts[0].1 + parts[1].1;
                o
            }
            Data::Sym(s) => {
                self.value_symbol(s, how)?;
                Obj::node(SexpType::Sym, Body::Lang(Expr::Sym(super::ast::Sym::new(s))))
            }
            Data::Lang(e) => {
                match how {
                    Alloc::Now => self.install_code(e)?,
                    Alloc::Startup => self.known_symbols(e),
                }
                // its cells, and the constants it holds as vectors
                let mut fp = super::lazy_load::Footprint::default();
                fp.expr(e);
                let mut o = Obj::node(SexpType::Lang, Body::Lang(e.clone()));
                o.nodes = (fp.nodes as u32).max(1);
                o.vcells = fp.vcells;
                o
            }
            Data::Closure { text, env } => {
                let Ok(Expr::Function(fun)) = super::parse::parse_expr(text) else {
                    return Err(SimError::new("rheap: a closure of the data that does not parse").into());
                };
                let env = self.env_ref(*env)?;
                // made by a call at start-up, not byte-compiled
                let data =
                    crate::heap::ClosureData { fun, env, code: NIL, bytecode: NIL, jit: crate::heap::JitState::Fresh };
                let mut fp = super::lazy_load::Footprint::default();
                fp.expr(&Expr::Function(data.fun.clone()));
                let mut o = Obj::node(SexpType::Clo, Body::Closure(Box::new(data)));
                o.nodes = fp.nodes.max(1) as u32;
                o.vcells = fp.vcells;
                o
            }
            Data::Pairlist(items) => {
                let mut cells = Vec::with_capacity(items.len());
                for (tag, x) in items {
                    if let Some(t) = tag {
                        self.value_symbol(t, how)?;
                    }
                    cells.push((tag.clone(), Val::Obj(self.build_value(x, how)?)));
                }
                let mut o = Obj::node(SexpType::List, Body::Pairlist(cells));
                o.nodes = items.len().max(1) as u32;
                o.length = items.len() as u64;
                o
            }
        };
        if !attrs.is_empty() {
            o.nodes += attrs.len() as u32;
            o.attrs = Some(Box::new(attrs));
        }
        // lazyLoadDBfetch's ENSURE_NAMEDMAX, and a start-up object is as shared
        o.refs = u32::MAX;
        let id = match how {
            Alloc::Startup => self.heap.alloc_static(o),
            Alloc::Now => self.heap.alloc(o)?,
        };
        Ok(id)
    }

    /// The cells and Vcells of an object the data describes, without allocating it.
    fn node_shape(&self, n: &Node) -> Obj {
        match &n.data {
            Data::Seq { .. } => {
                let mut o = Obj::vector(SexpType::Real, 3, Body::Opaque);
                o.nodes = 2;
                o
            }
            Data::Num(t, v) => Obj::vector(*t, v.len() as u64, Body::Opaque),
            _ => Obj::node(SexpType::List, Body::Opaque),
        }
    }

    /// A string of the start-up heap (a name on the search path, a package's name): its CHARSXP.
    pub(crate) fn startup_char(&mut self, s: &str) -> EvalResult<ObjId> {
        self.value_char(s, Alloc::Startup)
    }

    /// A string of a value: the cached CHARSXP, or a new one (part of the start-up heap when the
    /// value is, or when a fresh session has it: the name of a start-up symbol, a start-up string).
    fn value_char(&mut self, s: &str, how: Alloc) -> EvalResult<ObjId> {
        if s.is_empty() {
            return Ok(self.blank_string);
        }
        if let Some(&id) = self.heap.char_cache.get(s) {
            if matches!(&self.heap.obj(id).body, Body::Char(c) if &**c == s) {
                return Ok(id);
            }
        }
        if how == Alloc::Now && !super::symbols::is_startup_symbol(s) && !is_startup_string(s) {
            return Ok(self.mk_char(s)?);
        }
        let rc: Rc<str> = Rc::from(s);
        let id = self.heap.alloc_static(Obj::vector(SexpType::Char, s.len() as u64, Body::Char(rc.clone())));
        self.heap.char_cache.insert(rc, id);
        Ok(id)
    }

    /// A symbol a value mentions: installed when it is unserialized now, already there for a
    /// start-up object.
    fn value_symbol(&mut self, s: &str, how: Alloc) -> EvalResult<()> {
        match how {
            Alloc::Now => Ok(self.install(s)?),
            Alloc::Startup => {
                if !self.symbols.contains(s) {
                    self.symbols.insert(Rc::from(s));
                }
                Ok(())
            }
        }
    }

    fn known_symbols(&mut self, e: &Expr) {
        match e {
            Expr::Sym(s) => {
                let _ = self.value_symbol(s, Alloc::Startup);
            }
            Expr::Call(c) => {
                self.known_symbols(&c.fun);
                for a in &c.args {
                    if let Some(n) = &a.name {
                        let _ = self.value_symbol(n, Alloc::Startup);
                    }
                    if let Some(v) = &a.value {
                        self.known_symbols(v);
                    }
                }
            }
            _ => {}
        }
    }

    /// An environment of R's start-up heap (`R_EmptyEnv`, `R_BaseEnv`, `Autoloads`), made the first
    /// time it is asked for; its cells come out of the start-up aggregate.
    pub(crate) fn startup_env(&mut self, key: &str) -> ObjId {
        if let Some(&id) = self.base_values.get(key) {
            return id;
        }
        let data = self.heap.env_data(NIL, NIL);
        let id = self.heap.alloc_static(Obj::node(SexpType::Env, Body::Env(data)));
        self.base_values.insert(Rc::from(key), id);
        id
    }

    fn env_ref(&mut self, r: EnvRef) -> EvalResult<ObjId> {
        Ok(match r {
            EnvRef::Global => self.global,
            EnvRef::BaseNamespace => self.namespace_env(BASE),
            EnvRef::Empty => self.startup_env("<R_EmptyEnv>"),
            EnvRef::Base => self.startup_env("<R_BaseEnv>"),
            EnvRef::Autoload => self.startup_env("<Autoloads>"),
            EnvRef::Namespace(name) => match super::library::Pkg::named(name) {
                Some(pkg) => self.namespace_env(pkg),
                None => self.startup_env(&format!("<namespace:{name}>")),
            },
            EnvRef::Frame(enclos) => {
                let enclos = self.env_ref(*enclos)?;
                let data = crate::heap::EnvData::new(enclos, NIL);
                self.heap.alloc_static(Obj::node(SexpType::Env, Body::Env(Box::new(data))))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::library::DATASETS;

    #[test]
    fn every_value_decodes() {
        let mut n = 0;
        for ((pkg, name), e) in VALUES.entries.iter() {
            if let Some((start, end)) = e.text {
                let node = decode(&TEXT[start as usize..end as usize]);
                assert!(serialized_length(&node, 0) > 0, "{pkg}::{name}");
                n += 1;
            }
        }
        // tools/library/values.R wrote 164 objects (`.Options` among them), the datasets package's 104
        assert_eq!(n, 164);
        assert_eq!(package_names(DATASETS).count(), 104);
    }

    #[test]
    fn strings_and_numbers_read_back() {
        assert_eq!(tokens(r#""a b" NA "c\"d" 1.5"#), vec!["\"a b", "NA", "\"c\"d", "1.5"]);
        assert_eq!(number("2.220446049250313e-16"), f64::EPSILON);
        let mtcars = object(DATASETS, "mtcars").unwrap();
        let Data::List(_, cols) = &mtcars.data else { panic!() };
        assert_eq!(
            cols[0].data,
            Data::Num(
                SexpType::Real,
                vec![
                    21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4,
                    14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4
                ]
            )
        );
        let names: Vec<&str> = mtcars.attrs.iter().map(|(n, _)| &**n).collect();
        assert_eq!(names, ["names", "row.names", "class"]);
    }
}

/// What forcing each lazy value costs, against real R (`tests/fixtures/lazy-value-loads.tsv`,
/// measured by tools/calibrate/lazy_values.R): each read in a fresh session, what stays and the
/// garbage the collection after it finds, less the same for a variable of the start-up heap.
#[cfg(test)]
mod lazy_load_tests {
    use super::*;
    use crate::lang::library::Namespace;
    use crate::{HeapConfig, Session};

    fn force(pkg: Pkg, name: &str) -> [f64; 4] {
        let mut s = Session::new(HeapConfig::default()).unwrap();
        let (a, _) = s.gc(false, true, true);
        let env = s.it.namespace_env(pkg);
        s.it.find_var(env, &crate::sym::Sym::new(name)).unwrap().expect("bound");
        let (b, _) = s.gc(false, false, true);
        let (a, b) = (a.values, b.values);
        [b[0] - a[0], b[1] - a[1], b[10] - b[0], b[11] - b[1]]
    }

    #[test]
    fn lazy_values_cost_what_they_cost_in_r() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/lazy-value-loads.tsv");
        let text = std::fs::read_to_string(path).unwrap();
        let base = force(BASE, "T");
        let mut problems = Vec::new();
        let mut n = 0;
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let pkg = super::super::library::Pkg::named(f[0]).unwrap();
            let name = f[1];
            let want: Vec<f64> = f[2..6].iter().map(|x| x.parse().unwrap()).collect();
            let record: u64 = f[6].parse().unwrap();
            let node = object(pkg, name).unwrap();
            let header = VALUES.header[pkg.name()];
            let got_record = serialized_length(&node, header);
            let c = force(pkg, name);
            let got: Vec<f64> = (0..4).map(|k| c[k] - base[k]).collect();
            n += 1;
            if got != want || got_record != record {
                problems.push(format!(
                    "{}::{name}: R {want:?} (record {record}), rheap {got:?} (record {got_record})",
                    pkg.name()
                ));
            }
            assert!(Namespace::get(pkg).entry(name).is_some());
        }
        for p in &problems {
            eprintln!("  {p}");
        }
        eprintln!("{} of {n} lazy values cost what they cost in R", n - problems.len());
        assert!(problems.is_empty());
    }
}

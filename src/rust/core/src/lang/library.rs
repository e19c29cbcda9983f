//! R's own functions: every object of the base, stats, utils and methods namespaces of R 4.2.2, as
//! `tools/library/extract.R` wrote them from the installed R into `data/library/` (R's code, GPL >= 2).
//! A closure's deparsed source is parsed the first time the simulator needs it; primitives are
//! listed by name (the simulator implements them), other objects by type.
//!
//! This is what R's lazy-load databases hold: the simulator finds a name in a namespace here the way
//! R finds its lazy-load promise, and loads the closure when R would force that promise. Objects that
//! are not functions (base's variables, the datasets package) are in `data/library/values.txt`
//! (`values.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use once_cell::sync::Lazy;

use super::ast::{Expr, Function};
use super::parse::parse_library_function;
use crate::fxhash::FxHashMap;

/// The packages whose namespaces the simulator holds, in the order `search()` lists them after the
/// global environment in an `Rscript --vanilla` session (graphics is not code the simulator runs:
/// it draws). `datasets` has no code: its objects are lazy data bound in `package:datasets`, which
/// the simulator keeps in the place of its namespace.
pub const PACKAGES: [&str; 6] = ["stats", "grDevices", "utils", "datasets", "methods", "base"];

/// A package: `PACKAGES[Pkg.0]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pkg(pub u8);

pub const DATASETS: Pkg = Pkg(3);
pub const BASE: Pkg = Pkg(5);

impl Pkg {
    pub fn name(self) -> &'static str {
        PACKAGES[self.0 as usize]
    }

    pub fn named(name: &str) -> Option<Pkg> {
        PACKAGES.iter().position(|p| *p == name).map(|i| Pkg(i as u8))
    }
}

/// What a namespace binds to a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A closure whose source is in the data file (byte range of its text).
    Closure { start: u32, end: u32 },
    /// A closure the simulator cannot rebuild from source (its environment is not the namespace,
    /// or its body holds objects that have no source form).
    Opaque,
    /// A primitive function, bound in the base namespace.
    Primitive,
    /// Another object (a list, a character vector, an environment, ...), by `typeof()`.
    Value,
}

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub kind: Kind,
    /// In the package's exports (what `package:pkg` on the search path holds).
    pub exported: bool,
}

/// One package's namespace as the data file describes it.
pub struct Namespace {
    pub pkg: Pkg,
    text: &'static str,
    entries: FxHashMap<&'static str, Entry>,
    /// `(generic, class, function)` of the S3 methods the namespace registers.
    pub s3_methods: Vec<(&'static str, &'static str, &'static str)>,
}

const SOURCES: [&str; 6] = [
    include_str!("../../data/library/stats.R"),
    include_str!("../../data/library/grDevices.R"),
    include_str!("../../data/library/utils.R"),
    "",
    include_str!("../../data/library/methods.R"),
    include_str!("../../data/library/base.R"),
];

static NAMESPACES: Lazy<Vec<Namespace>> =
    Lazy::new(|| SOURCES.iter().enumerate().map(|(i, text)| Namespace::index(Pkg(i as u8), text)).collect());

impl Namespace {
    /// Read the `#@` header lines of a data file; a closure's text runs to the next header.
    fn index(pkg: Pkg, text: &'static str) -> Namespace {
        let mut entries = FxHashMap::default();
        let mut s3_methods = Vec::new();
        let mut open: Option<(&'static str, bool, usize)> = None;
        let mut offset = 0;
        let close = |open: &mut Option<(&'static str, bool, usize)>, end: usize, entries: &mut FxHashMap<_, _>| {
            if let Some((name, exported, start)) = open.take() {
                let kind = Kind::Closure { start: start as u32, end: end as u32 };
                entries.insert(name, Entry { kind, exported });
            }
        };
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let Some(header) = line.strip_prefix("#@ ") else { continue };
            close(&mut open, start, &mut entries);
            let mut words = header.trim_end().splitn(3, ' ');
            let (what, second, rest) = (words.next(), words.next(), words.next());
            match (what, second, rest) {
                (Some("S3method"), Some(generic), Some(rest)) => {
                    let mut r = rest.splitn(2, ' ');
                    if let (Some(class), Some(fun)) = (r.next(), r.next()) {
                        s3_methods.push((generic, class, fun));
                    }
                }
                (Some(kind), Some(visibility), Some(rest)) => {
                    let name = rest.split(' ').next().unwrap_or(rest);
                    let exported = visibility == "exported";
                    match kind {
                        "closure" => open = Some((name, exported, offset)),
                        "opaque" => {
                            entries.insert(name, Entry { kind: Kind::Opaque, exported });
                        }
                        "primitive" => {
                            entries.insert(name, Entry { kind: Kind::Primitive, exported });
                        }
                        _ => {
                            entries.insert(name, Entry { kind: Kind::Value, exported });
                        }
                    }
                }
                _ => {}
            }
        }
        close(&mut open, offset, &mut entries);
        if pkg == DATASETS {
            for name in super::values::package_names(pkg) {
                entries.insert(name, Entry { kind: Kind::Value, exported: true });
            }
        }
        Namespace { pkg, text, entries, s3_methods }
    }

    pub fn get(pkg: Pkg) -> &'static Namespace {
        &NAMESPACES[pkg.0 as usize]
    }

    pub fn all() -> &'static [Namespace] {
        &NAMESPACES
    }

    pub fn entry(&self, name: &str) -> Option<Entry> {
        self.entries.get(name).copied()
    }

    /// [`Namespace::entry`] of a symbol, remembered by the symbol's identity (symbols are never
    /// freed): variable and function lookups that reach a namespace ask on every step.
    pub fn entry_sym(&self, name: &crate::sym::Sym) -> Option<Entry> {
        thread_local! {
            static BY_SYMBOL: RefCell<FxHashMap<(u8, usize), Option<Entry>>> = RefCell::new(FxHashMap::default());
        }
        let key = (self.pkg.0, name.as_str().as_ptr() as usize);
        BY_SYMBOL.with(|m| *m.borrow_mut().entry(key).or_insert_with(|| self.entry(name.as_str())))
    }

    /// The name as the data holds it (for tables keyed by static names).
    pub fn static_name(&self, name: &str) -> Option<&'static str> {
        self.entries.get_key_value(name).map(|(k, _)| *k)
    }

    pub fn names(&self) -> impl Iterator<Item = (&'static str, Entry)> + '_ {
        self.entries.iter().map(|(n, e)| (*n, *e))
    }

    /// The deparsed source of the closure `name`, as R printed it (`deparse()` with width 500).
    pub fn source(&self, name: &str) -> Option<&'static str> {
        let Kind::Closure { start, end } = self.entry(name)?.kind else { return None };
        Some(&self.text[start as usize..end as usize])
    }

    /// The closure `name` as R's source, parsed once per thread.
    pub fn closure(&self, name: &str) -> Option<Rc<Function>> {
        let Kind::Closure { start, .. } = self.entry(name)?.kind else { return None };
        thread_local! {
            static PARSED: RefCell<FxHashMap<(u8, usize), Rc<Function>>> = RefCell::new(FxHashMap::default());
        }
        let key = (self.pkg.0, start as usize);
        if let Some(f) = PARSED.with(|p| p.borrow().get(&key).cloned()) {
            return Some(f);
        }
        let src = self.source(name)?;
        let f = match parse_library_function(src) {
            Ok(Expr::Function(f)) => f,
            // the extraction checked that each text parses back to its function
            _ => panic!("{}::{name} does not parse as a function", self.pkg.name()),
        };
        PARSED.with(|p| p.borrow_mut().insert(key, f.clone()));
        Some(f)
    }
}

/// Whether R's `name` (of base, stats or utils) is an S3 generic: a closure whose body calls
/// `UseMethod()`.
pub fn is_s3_generic(name: &str) -> bool {
    fn calls_use_method(e: &Expr) -> bool {
        match e {
            Expr::Call(c) => match c.fun.call_name_sym() {
                Some("UseMethod") => true,
                Some("{") => c.args.iter().filter_map(|a| a.value.as_ref()).any(calls_use_method),
                _ => false,
            },
            _ => false,
        }
    }
    thread_local! {
        static KNOWN: RefCell<FxHashMap<String, bool>> = RefCell::new(FxHashMap::default());
    }
    if let Some(k) = KNOWN.with(|k| k.borrow().get(name).copied()) {
        return k;
    }
    let generic = search_path(name)
        .and_then(|(pkg, _)| Namespace::get(pkg).closure(name))
        .is_some_and(|f| calls_use_method(&f.body));
    KNOWN.with(|k| k.borrow_mut().insert(name.to_string(), generic));
    generic
}

/// The package on the search path whose exports bind `name` first (`package:stats` before
/// `package:base`), with its entry.
pub fn search_path(name: &str) -> Option<(Pkg, Entry)> {
    NAMESPACES.iter().find_map(|ns| ns.entry(name).filter(|e| e.exported).map(|e| (ns.pkg, e)))
}

/// [`search_path`] of a symbol, remembered by the symbol's identity.
pub fn search_path_sym(name: &crate::sym::Sym) -> Option<(Pkg, Entry)> {
    thread_local! {
        static BY_SYMBOL: RefCell<FxHashMap<usize, Option<(Pkg, Entry)>>> = RefCell::new(FxHashMap::default());
    }
    let key = name.as_str().as_ptr() as usize;
    BY_SYMBOL.with(|m| *m.borrow_mut().entry(key).or_insert_with(|| search_path(name.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_closure_of_every_namespace_parses() {
        let mut n = 0;
        for ns in Namespace::all() {
            let names: Vec<&str> =
                ns.names().filter(|(_, e)| matches!(e.kind, Kind::Closure { .. })).map(|(n, _)| n).collect();
            for name in names {
                assert!(ns.closure(name).is_some(), "{}::{name}", ns.pkg.name());
                n += 1;
            }
        }
        // every `#@ closure` header is indexed (tools/library/extract.R wrote 3009)
        let headers: usize = SOURCES.iter().map(|s| s.matches("\n#@ closure ").count()).sum();
        assert_eq!(n, headers);
        assert!(n > 3000);
    }

    #[test]
    fn lookup_follows_the_search_path() {
        assert_eq!(search_path("median").map(|(p, _)| p.name()), Some("stats"));
        assert_eq!(search_path("head").map(|(p, _)| p.name()), Some("utils"));
        assert_eq!(search_path("sum").map(|(p, e)| (p.name(), e.kind)), Some(("base", Kind::Primitive)));
        // not exported: reachable from its namespace only
        assert!(search_path("print.lm").is_none());
        assert!(Namespace::get(Pkg::named("stats").unwrap()).closure("print.lm").is_some());
        let lm = Namespace::get(Pkg::named("stats").unwrap());
        assert!(lm.s3_methods.iter().any(|&(g, c, f)| (g, c, f) == ("print", "lm", "print.lm")));
    }
}

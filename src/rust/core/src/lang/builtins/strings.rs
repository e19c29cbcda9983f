//! Strings: `paste()`, `paste0()`, `nchar()`, `as.character()`, `toupper()`, `tolower()`,
//! `startsWith()`, `endsWith()`, `nzchar()`, `.Internal(pmatch())`, `.Internal(substr())`. Every distinct string is one
//! CHARSXP in R's global cache; a string already there costs nothing new.

use std::rc::Rc;

use super::closure;
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::heap::{Elems, Num, ObjId, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp, MAX_CONCRETE};
use crate::lang::print::as_character_strings;

/// Internals behind base's string closures.
pub(super) const INTERNALS: &[Builtin] = &[
    super::internal::internal("pmatch", &["x", "table", "nomatch", "duplicates.ok"], pmatch),
    super::internal::internal("substr", &["x", "start", "stop"], substr),
];

pub(super) const BUILTINS: &[Builtin] = &[
    closure("paste", &["...", "sep", "collapse", "recycle0"], 4, paste).scratch(10, 2),
    closure("paste0", &["...", "collapse", "recycle0"], 3, paste0).scratch(10, 2),
    closure("nchar", &["x", "type", "allowNA", "keepNA"], 4, nchar),
    closure("toupper", &["x"], 1, |it, c, a| change_case(it, c, a, true)),
    closure("startsWith", &["x", "prefix"], 2, |it, c, a| starts_ends(it, c, a, true)),
    closure("endsWith", &["x", "suffix"], 2, |it, c, a| starts_ends(it, c, a, false)),
    closure("tolower", &["x"], 1, |it, c, a| change_case(it, c, a, false)),
    super::primitive("nzchar", &["x", "keepNA"], nzchar),
    Builtin {
        name: "as.character",
        formals: &["x", "..."],
        shape: Shape::Primitive { inlined: false },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(as_character),
    },
];

fn paste(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let sep = match a.get("sep") {
        Some(s) => {
            it.str_values(s).and_then(|v| v.first().cloned().flatten()).map(|s| s.to_string()).unwrap_or_default()
        }
        None => " ".to_string(),
    };
    paste_impl(it, ctx, a, &sep)
}

fn paste0(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    paste_impl(it, ctx, a, "")
}

/// A column of `paste()` once converted to character.
enum Col {
    /// Every string (recycled).
    Known(Vec<Option<Rc<str>>>),
    /// The strings of the numbers `from + by * i` (of doubles when `real`).
    Numbers { from: f64, by: f64, real: bool },
    /// Strings not known one by one, of about `bytes` bytes each.
    Opaque { bytes: u64 },
}

impl Col {
    /// The bytes of the longest element.
    fn max_bytes(&self) -> u64 {
        match self {
            Col::Known(v) => v.iter().map(|s| s.as_deref().map_or(2, str::len) as u64).max().unwrap_or(0),
            // a whole number's text is at most 22 bytes: not counted
            Col::Numbers { .. } => 0,
            Col::Opaque { bytes } => *bytes,
        }
    }

    /// Element `i`'s bytes, and its text when known.
    fn text(&self, i: u64) -> (u64, Option<std::borrow::Cow<'_, str>>) {
        match self {
            Col::Known(v) => {
                let s = v[(i % v.len() as u64) as usize].as_deref().unwrap_or("NA");
                (s.len() as u64, Some(s.into()))
            }
            Col::Numbers { from, by, real } => {
                let t = number_text(from + by * i as f64, *real);
                (t.len() as u64, Some(t.into()))
            }
            Col::Opaque { bytes } => (*bytes, None),
        }
    }
}

/// `paste(..., sep, collapse)`: the arguments are gathered in a list (`list(...)`); each that is
/// not character is coerced, numbers to a deferred string whose elements `do_paste` then reads
/// (with the collector off, [`expand_deferred`]); then the result strings are made.
fn paste_impl(it: &mut Interp, _ctx: &CallCtx, a: &mut Args, sep: &str) -> EvalResult<Val> {
    let k = a.dots.len() as u64;
    it.heap.alloc_vector(SexpType::Vec, k, crate::heap::Body::Elems(Elems::Unknown))?;
    let mut cols: Vec<Col> = Vec::new();
    let mut n = 0u64;
    for d in &a.dots {
        let len = it.length(d.value);
        // do_paste: a zero-length argument adds no text, but its separator
        if len == 0 {
            cols.push(Col::Known(vec![Some(Rc::from(""))]));
            continue;
        }
        n = n.max(len);
        let conv = if it.type_of(d.value) == SexpType::Str {
            d.value
        } else if let Some(deferred) = deferred_string(it, d.value)? {
            it.heap.protect(Val::Obj(deferred));
            Val::Obj(deferred)
        } else {
            let s = as_character_strings(it, d.value);
            let conv = new_string_vector(it, len, s)?;
            it.heap.protect(Val::Obj(conv));
            Val::Obj(conv)
        };
        let numbers = deferred_numbers(it, conv);
        expand_deferred(it, conv)?;
        cols.push(match (it.str_values(conv), numbers) {
            (Some(v), _) if !v.is_empty() => Col::Known(v),
            (_, Some((from, by, real))) => Col::Numbers { from, by, real },
            _ => Col::Opaque { bytes: typical_bytes(it, conv) },
        });
    }
    // `do_paste`: no result string may pass `INT_MAX` bytes (the longest element: each column's
    // longest, and the separators)
    let widest: u64 =
        cols.iter().map(Col::max_bytes).sum::<u64>() + sep.len() as u64 * (cols.len() as u64).saturating_sub(1);
    if widest > i32::MAX as u64 {
        return Err(_ctx.error("result would exceed 2^31-1 bytes"));
    }
    let collapse = a.get("collapse").and_then(|c| it.str_values(c)).and_then(|v| v.first().cloned().flatten());
    let known = cols.iter().all(|c| matches!(c, Col::Known(_))) && n <= MAX_CONCRETE;
    let string = |i: u64| -> (u64, Option<String>) {
        let mut bytes = 0;
        let mut text = Some(String::new());
        for (j, c) in cols.iter().enumerate() {
            if j > 0 {
                bytes += sep.len() as u64;
                if let Some(t) = &mut text {
                    t.push_str(sep);
                }
            }
            let (b, t) = c.text(i);
            bytes += b;
            match (&mut text, t) {
                (Some(acc), Some(t)) => acc.push_str(&t),
                _ => text = None,
            }
        }
        (bytes, text)
    };
    if let Some(col) = collapse {
        if !known {
            return Ok(Val::Obj(it.new_strs(1, Elems::Unknown)?));
        }
        let strings: Vec<String> = (0..n).map(|i| string(i).1.unwrap_or_default()).collect();
        let total = strings.iter().map(|s| s.len() as u64).sum::<u64>() + (n.saturating_sub(1)) * col.len() as u64;
        if total > i32::MAX as u64 {
            return Err(_ctx.error("result would exceed 2^31-1 bytes"));
        }
        let ch = it.mk_char(&strings.join(&col))?;
        return Ok(Val::Obj(it.new_strs(1, Elems::Values(vec![ch]))?));
    }
    if !known {
        // all distinct when one column is: a number sequence or strings known only to differ
        if cols.iter().any(|c| matches!(c, Col::Numbers { .. } | Col::Opaque { .. })) {
            return Ok(Val::Obj(new_distinct_strings(it, n, &string)?));
        }
        return Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?));
    }
    let strings: Vec<String> = (0..n).map(|i| string(i).1.unwrap_or_default()).collect();
    let mut ids: Vec<ObjId> = Vec::with_capacity(strings.len());
    let out = it.new_strs(n, Elems::Values(Vec::new()))?;
    for s in &strings {
        ids.push(it.mk_char(s)?);
        // the result vector holds them as they are made (SET_STRING_ELT)
    }
    if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(out).body {
        *e = Elems::Values(ids);
    }
    Ok(Val::Obj(out))
}

fn nchar(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    // `do_nchar` allocates the result, then reads the strings (a deferred string is written out)
    let id = it.new_num(SexpType::Int, n, Num::Unknown)?;
    it.heap.protect(Val::Obj(id));
    expand_deferred(it, x)?;
    let strs = as_character_strings(it, x);
    let num = match strs {
        Some(s) => {
            Num::Values(Rc::new(s.iter().map(|s| s.as_ref().map_or(2.0, |s| s.chars().count() as f64)).collect()))
        }
        None => Num::Unknown,
    };
    it.heap.obj_mut(id).body = crate::heap::Body::Num(num);
    Ok(Val::Obj(id))
}

/// `do_asatomic`: a character vector without its attributes, or `ascommon()`'s coercion with them
/// cleared.
fn as_character(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if it.type_of(x) == SexpType::Str {
        return super::coerce::without_attributes(it, x);
    }
    // a symbol's name, a list's elements (coerceVector)
    if matches!(it.type_of(x), SexpType::Sym | SexpType::Vec) {
        let v = super::coerce::coerce_vector(it, x, SexpType::Str)?;
        if let Val::Obj(o) = v {
            if o != crate::heap::NIL && it.heap.obj(o).attrs.is_some() {
                super::coerce::clear_attrib(it, o);
            }
        }
        return Ok(v);
    }
    if let Some(d) = deferred_string(it, x)? {
        return Ok(Val::Obj(d));
    }
    let n = it.length(x);
    let strs = as_character_strings(it, x);
    Ok(Val::Obj(new_string_vector(it, n, strs)?))
}

// ---- deferred strings (altclasses.c) ----------------------------------------------------------

/// A deferred string before it is read: the ALTREP node, its state (a cons of the numbers and the
/// info) and the info, `ScalarInteger(R_print.scipen)`: 3 nodes, 1 Vcell.
const DEFERRED_NODES: u32 = 3;

/// Vectors of more strings than this get pseudo-random hashes and lengths told from a sample: the
/// simulator's host memory follows the number of objects, not their simulated size.
const HASHED_MAX: u64 = 1 << 22;

/// `coerceVector(x, STRSXP)` of integers or doubles without attributes (`as.character()`, the
/// conversion of `paste()`): a deferred string (`R_deferred_coerceToString`), which marks the
/// numbers not mutable. `None` for anything else.
pub fn deferred_string(it: &mut Interp, x: Val) -> EvalResult<Option<ObjId>> {
    let t = it.type_of(x);
    if !matches!(t, SexpType::Int | SexpType::Real) {
        return Ok(None);
    }
    let xo = it.boxed(x)?;
    if it.heap.obj(xo).attrs.is_some() {
        return Ok(None);
    }
    it.heap.protect(Val::Obj(xo));
    it.heap.obj_mut(xo).refs = u32::MAX;
    let n = it.length(Val::Obj(xo));
    let mut o = crate::heap::Obj::vector(SexpType::Int, 1, crate::heap::Body::Elems(Elems::Deferred(xo)));
    o.sexp = SexpType::Str;
    o.nodes = DEFERRED_NODES;
    o.length = n;
    o.capacity = n;
    o.altrep = true;
    Ok(Some(it.heap.alloc(o)?))
}

/// The sequence a deferred string writes out, if it is one: `(from, by, of doubles)`.
fn deferred_numbers(it: &Interp, v: Val) -> Option<(f64, f64, bool)> {
    let Val::Obj(o) = v else { return None };
    let crate::heap::Body::Elems(Elems::Deferred(x)) = &it.heap.obj(o).body else { return None };
    match it.num_content(Val::Obj(*x)) {
        Num::Seq { from, by } => Some((from, by, it.type_of(Val::Obj(*x)) == SexpType::Real)),
        _ => None,
    }
}

/// Whether every string of a deferred sequence is digits only (integers; doubles that are whole
/// and below 1e5, which `as.character` never writes in scientific notation).
fn digits_only(it: &Interp, v: Val) -> bool {
    match deferred_numbers(it, v) {
        Some((_, _, false)) => true,
        Some((from, by, true)) => {
            let last = from + by * (it.length(v).max(1) - 1) as f64;
            from.fract() == 0.0 && by.fract() == 0.0 && from.abs().max(last.abs()) < 1e5
        }
        None => false,
    }
}

/// Functions that take a character vector without reading its elements: a deferred string
/// passed to them stays deferred (`[` makes a deferred string of the selected numbers).
const KEEP_DEFERRED: &[&str] = &[
    "length",
    "[",
    "is.character",
    "is.null",
    "is.list",
    "is.numeric",
    "is.logical",
    "is.function",
    "class",
    "typeof",
    "inherits",
    "invisible",
    "identity",
    "list",
    "assign",
    "exists",
    "names",
    "attr",
    "setNames",
    "rm",
    // these read the strings after allocating their result
    "toupper",
    "tolower",
    "nchar",
];

/// A builtin about to run reads the elements of the deferred strings among its arguments.
pub fn read_deferred_args(it: &mut Interp, name: &str, args: &[crate::lang::eval::ArgVal]) -> EvalResult<()> {
    let deferred = |v: Val| matches!(v, Val::Obj(o) if matches!(it.heap.obj(o).body, crate::heap::Body::Elems(Elems::Deferred(_))));
    if !args.iter().any(|a| deferred(a.value)) || KEEP_DEFERRED.contains(&name) {
        return Ok(());
    }
    for a in args {
        expand_deferred(it, a.value)?;
    }
    Ok(())
}

/// `as.character()`'s text of a whole number.
fn number_text(x: f64, real: bool) -> String {
    if real {
        // `coerceVector` → `StringFromReal`: 15 significant digits, fixed or scientific
        crate::lang::print::real_to_string(x, 15)
    } else {
        format!("{}", x as i64)
    }
}

/// The numbers a deferred string writes out while it has its state (not yet read, or read element
/// by element).
pub fn deferred_state(it: &Interp, v: Val) -> Option<ObjId> {
    let Val::Obj(o) = v else { return None };
    let ob = it.heap.obj(o);
    match &ob.body {
        crate::heap::Body::Elems(Elems::Deferred(x)) => Some(*x),
        _ => ob.deferred_arg,
    }
}

/// Taking the data pointer of a deferred string (`deferred_string_Dataptr`: printing, sorting,
/// duplicating, setting an element): every element is made, then the state is cleared and the
/// numbers may go.
pub fn materialize_deferred(it: &mut Interp, v: Val) -> EvalResult<()> {
    expand_deferred(it, v)?;
    if let Val::Obj(o) = v {
        it.heap.obj_mut(o).deferred_arg = None;
    }
    Ok(())
}

/// Reading every element of a deferred string (`deferred_string_Elt` → `ExpandDeferredStringElt`,
/// in an ALTREP method: the collector is off): the expanded STRSXP, then a CHARSXP per element
/// (found in the cache or new); the state, and with it the numbers, stays. Anything else is left
/// as it is.
pub fn expand_deferred(it: &mut Interp, v: Val) -> EvalResult<()> {
    let Val::Obj(o) = v else { return Ok(()) };
    let x = match &it.heap.obj(o).body {
        crate::heap::Body::Elems(Elems::Deferred(x)) => *x,
        _ => return Ok(()),
    };
    let n = it.length(v);
    let numbers = deferred_numbers(it, v);
    it.in_altrep_method(|it: &mut Interp| -> EvalResult<()> {
        it.heap.grow_nodes(o, 1)?;
        it.heap.add_vcells(o, Interp::data_vcells(SexpType::Str, n))?;
        let elems = match (as_character_strings(it, Val::Obj(x)), numbers, it.num_content(Val::Obj(x))) {
            (Some(strs), _, _) => {
                let mut ids = Vec::with_capacity(strs.len());
                for s in &strs {
                    ids.push(match s {
                        Some(s) => it.mk_char(s)?,
                        None => it.na_string,
                    });
                }
                Elems::Values(ids)
            }
            (None, Some((from, by, real)), _) => {
                let batches = string_batches(it, n, &|i| {
                    let t = number_text(from + by * i as f64, real);
                    (t.len() as u64, Some(t))
                })?;
                Elems::Distinct(batches)
            }
            (None, None, Num::Fill(x)) => {
                let s = as_character_strings(it, Val::Dbl(x)).and_then(|v| v[0].clone());
                Elems::Fill(match s {
                    Some(s) => it.mk_char(&s)?,
                    None => it.na_string,
                })
            }
            (None, None, _) => {
                let bytes = unknown_number_bytes(it.type_of(Val::Obj(x)));
                Elems::Distinct(string_batches(it, n, &|_| (bytes, None))?)
            }
        };
        it.heap.set_elems(o, elems);
        Ok(())
    })?;
    let ob = it.heap.obj_mut(o);
    ob.altrep = false;
    ob.deferred_arg = Some(x);
    Ok(())
}

/// Bytes of the string of a number the simulator does not know: 17 for doubles (15 significant
/// digits: 99 % of `as.character(runif(1e5))` and of `rnorm` take 16 to 23 bytes with the
/// terminator, 3 Vcells), 7 for integers (up to 7 digits: one Vcell).
fn unknown_number_bytes(t: SexpType) -> u64 {
    if t == SexpType::Real {
        17
    } else {
        7
    }
}

/// About how many bytes each string of a character vector takes (for strings not known one by
/// one: the batches' sizes).
fn typical_bytes(it: &Interp, v: Val) -> u64 {
    let Val::Obj(o) = v else { return 1 };
    match &it.heap.obj(o).body {
        crate::heap::Body::Elems(Elems::Distinct(batches)) if !batches.is_empty() => {
            let (mut bytes, mut count) = (0u64, 0u64);
            for &(b, k) in batches {
                bytes += it.heap.obj(b).length * k;
                count += k;
            }
            bytes / count.max(1)
        }
        _ => unknown_number_bytes(SexpType::Real),
    }
}

/// `n` new CHARSXPs, all distinct, the i-th of `string(i).0` bytes with text `string(i).1` when
/// known (its hash then decides its slot in the cache): one batch per byte length, made after
/// the vector that holds them.
pub(super) fn new_distinct_strings(
    it: &mut Interp,
    n: u64,
    string: &dyn Fn(u64) -> (u64, Option<String>),
) -> EvalResult<ObjId> {
    let id = it.new_strs(n, Elems::Distinct(Vec::new()))?;
    it.heap.protect(Val::Obj(id));
    let batches = string_batches(it, n, string)?;
    it.heap.set_elems(id, Elems::Distinct(batches));
    Ok(id)
}

/// The batches of [`new_distinct_strings`].
fn string_batches(
    it: &mut Interp,
    n: u64,
    string: &dyn Fn(u64) -> (u64, Option<String>),
) -> EvalResult<Vec<(ObjId, u64)>> {
    use crate::heap::string_hash::char_hash;
    // byte length -> (count, hashes)
    let mut groups: std::collections::BTreeMap<u64, (u64, Vec<u32>)> = Default::default();
    let exact = n <= HASHED_MAX;
    let step = if exact { 1 } else { n / 4096 };
    let mut i = 0;
    while i < n {
        let (bytes, text) = string(i);
        let g = groups.entry(bytes).or_default();
        g.0 += step;
        if exact {
            if let Some(t) = text {
                g.1.push(char_hash(t.as_bytes()));
            }
        }
        i += step;
    }
    let mut batches = Vec::with_capacity(groups.len());
    for (bytes, (count, hashes)) in groups {
        let count = count.min(n);
        if hashes.len() as u64 != count {
            batches.extend(it.heap.alloc_strings(count, bytes, None)?);
            continue;
        }
        // `mkChar` finds the strings already in the cache (garbage not yet swept too): the
        // batches of earlier strings among these are shared, not made again
        let mut new: crate::fxhash::FxHashSet<u32> = hashes.iter().copied().collect();
        for b in it.heap.string_batches_among(bytes, &new) {
            let mut found = 0;
            if let Some(hs) = it.heap.strings.batches.get(&b) {
                hs.known().iter().for_each(|h| found += new.remove(h) as u64);
            }
            it.heap.protect(Val::Obj(b));
            batches.push((b, found));
        }
        let hashes: Vec<u32> = hashes.into_iter().filter(|h| new.contains(h)).collect();
        if !hashes.is_empty() {
            let k = hashes.len() as u64;
            batches.extend(it.heap.alloc_strings(k, bytes, Some(Rc::from(hashes)))?);
        }
    }
    Ok(batches)
}

/// `toupper(x)` / `tolower(x)`: `x` as character, then a new character vector with `x`'s
/// attributes, each converted string made (or found) in the CHARSXP cache.
fn change_case(it: &mut Interp, ctx: &CallCtx, a: &mut Args, upper: bool) -> EvalResult<Val> {
    let mut x = a.need(ctx, "x")?;
    if it.type_of(x) != crate::heap::SexpType::Str {
        x = as_character(it, ctx, a)?;
        it.heap.protect(x);
    }
    let n = it.length(x);
    // `do_tolower` allocates the result, then reads the strings one by one
    let id = it.new_strs(n, Elems::Unknown)?;
    it.heap.protect(Val::Obj(id));
    let digits = digits_only(it, x);
    expand_deferred(it, x)?;
    let xo = it.boxed(x)?;
    let elems = match it.str_values(x) {
        Some(strs) => {
            let mut ids = Vec::with_capacity(strs.len());
            for s in strs {
                ids.push(match s {
                    Some(s) => it.mk_char(&if upper { s.to_uppercase() } else { s.to_lowercase() })?,
                    None => it.na_string,
                });
            }
            Elems::Values(ids)
        }
        None => match (&it.heap.obj(xo).body, digits) {
            // the strings of numbers have no case: the same CHARSXPs
            (crate::heap::Body::Elems(Elems::Distinct(batches)), true) => Elems::Distinct(batches.clone()),
            (crate::heap::Body::Elems(Elems::Distinct(batches)), false) => {
                let shapes: Vec<(u64, u64)> = batches.iter().map(|&(b, k)| (k, it.heap.obj(b).length)).collect();
                let mut out = Vec::with_capacity(shapes.len());
                for (count, bytes) in shapes {
                    out.extend(it.heap.alloc_strings(count, bytes, None)?);
                }
                Elems::Distinct(out)
            }
            _ => Elems::Unknown,
        },
    };
    it.heap.set_elems(id, elems);
    it.heap.copy_attrs(x, id)?;
    Ok(Val::Obj(id))
}

fn string_values(it: &Interp, ctx: &CallCtx, x: Val) -> EvalResult<Option<Vec<Option<Rc<str>>>>> {
    if it.type_of(x) != crate::heap::SexpType::Str {
        return Err(ctx.error("non-character object(s)"));
    }
    Ok(it.str_values(x))
}

/// A new character vector of these strings (each made or found in the CHARSXP cache), or of
/// `n` unknown ones.
fn new_string_vector<S: AsRef<str>>(it: &mut Interp, n: u64, strs: Option<Vec<Option<S>>>) -> EvalResult<ObjId> {
    Ok(match strs {
        Some(strs) => {
            let refs: Vec<Option<&str>> = strs.iter().map(|s| s.as_ref().map(|s| s.as_ref())).collect();
            it.mk_strings(&refs)?
        }
        None => it.new_strs(n, Elems::Unknown)?,
    })
}

/// `startsWith(x, prefix)` / `endsWith(x, suffix)`: a logical per string.
fn starts_ends(it: &mut Interp, ctx: &CallCtx, a: &mut Args, starts: bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let p = a.need(ctx, if starts { "prefix" } else { "suffix" })?;
    let (xs, ps) = (string_values(it, ctx, x)?, string_values(it, ctx, p)?);
    let n = if it.length(x) == 0 || it.length(p) == 0 { 0 } else { it.length(x).max(it.length(p)) };
    let num = match (xs, ps) {
        (Some(xs), Some(ps)) if !ps.is_empty() && !xs.is_empty() => Num::Values(Rc::new(
            (0..n as usize)
                .map(|i| match (&xs[i % xs.len()], &ps[i % ps.len()]) {
                    (Some(s), Some(q)) => (if starts { s.starts_with(&**q) } else { s.ends_with(&**q) }) as i32 as f64,
                    _ => crate::heap::na_real(),
                })
                .collect(),
        )),
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(crate::heap::SexpType::Lgl, n, crate::lang::interp::normalize_num(num, n))?))
}

/// `.Internal(substr(x, start, stop))` (character.c `do_substr`): the answer first, then each
/// piece made by `mkCharLenCE` (an NA element or bound gives NA, `start > stop` the blank
/// string); `x`'s attributes copied (`SHALLOW_DUPLICATE_ATTRIB`).
fn substr(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::{closure_error, positional};
    let x = positional(a, 0).unwrap_or(Val::Obj(crate::heap::NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "extracting substrings from a non-character object"));
    }
    let n = it.length(x);
    let s = it.new_strs(n, Elems::Values(Vec::new()))?;
    it.heap.protect(Val::Obj(s));
    if n > 0 {
        let (sa, so) = (
            positional(a, 1).unwrap_or(Val::Obj(crate::heap::NIL)),
            positional(a, 2).unwrap_or(Val::Obj(crate::heap::NIL)),
        );
        if it.type_of(sa) != SexpType::Int
            || it.type_of(so) != SexpType::Int
            || it.length(sa) == 0
            || it.length(so) == 0
        {
            return Err(closure_error(it, ctx, "invalid substring arguments"));
        }
        let (Some(st), Some(sp), Some(xs)) = (it.num_values(sa), it.num_values(so), it.str_values(x)) else {
            if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(s).body {
                *e = Elems::Unknown;
            }
            it.heap.copy_attrs(x, s)?;
            return Ok(Val::Obj(s));
        };
        let mut ids = Vec::with_capacity(xs.len());
        for (i, el) in xs.iter().enumerate() {
            let (start, stop) = (st[i % st.len()], sp[i % sp.len()]);
            let id = match el {
                Some(el) if !start.is_nan() && !stop.is_nan() => {
                    let start = start.max(1.0) as usize;
                    let piece: String = if start as f64 > stop {
                        String::new()
                    } else {
                        el.chars().skip(start - 1).take(stop as usize + 1 - start).collect()
                    };
                    it.mk_char(&piece)?
                }
                _ => it.na_string,
            };
            ids.push(id);
        }
        if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(s).body {
            *e = Elems::Values(ids);
        }
    }
    it.heap.copy_attrs(x, s)?;
    Ok(Val::Obj(s))
}

/// `.Internal(pmatch(x, table, nomatch, duplicates.ok))` (`do_pmatch`): exact matches first,
/// then unique partial ones; without `duplicates.ok` a table entry matches once. Its `R_alloc`
/// buffers (the used flags, the two arrays of string pointers) are garbage.
fn pmatch(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::positional;
    let (x, table) = match (positional(a, 0), positional(a, 1)) {
        (Some(x), Some(t)) if it.type_of(x) == SexpType::Str && it.type_of(t) == SexpType::Str => (x, t),
        _ => return Err(ctx.error("argument is not of mode character")),
    };
    let nomatch = positional(a, 2).and_then(|v| it.num_elt(v, 0)).unwrap_or(crate::heap::na_real());
    let dups_ok = match positional(a, 3).and_then(|v| it.num_elt(v, 0)) {
        Some(d) if !d.is_nan() => d != 0.0,
        _ => return Err(ctx.error("invalid 'duplicates.ok' argument")),
    };
    let (n_in, n_tab) = (it.length(x), it.length(table));
    if !dups_ok {
        super::vectors::unknown_vector(it, SexpType::Raw, 4 * n_tab)?;
    }
    super::vectors::unknown_vector(it, SexpType::Raw, 8 * n_in)?;
    super::vectors::unknown_vector(it, SexpType::Raw, 8 * n_tab)?;
    let num = match (it.str_values(x), it.str_values(table)) {
        (Some(input), Some(target)) => {
            let s = |v: &Option<Rc<str>>| v.as_deref().unwrap_or("NA").to_string();
            let (input, target): (Vec<String>, Vec<String>) =
                (input.iter().map(s).collect(), target.iter().map(s).collect());
            let mut used = vec![false; target.len()];
            let mut ans = vec![0usize; input.len()];
            for (i, ss) in input.iter().enumerate() {
                if ss.is_empty() {
                    continue;
                }
                if let Some(j) = (0..target.len()).find(|&j| (dups_ok || !used[j]) && target[j] == *ss) {
                    ans[i] = j + 1;
                    used[j] = !dups_ok;
                }
            }
            for (i, ss) in input.iter().enumerate() {
                if ans[i] != 0 || ss.is_empty() {
                    continue;
                }
                let hits: Vec<usize> = (0..target.len())
                    .filter(|&j| (dups_ok || !used[j]) && target[j].starts_with(ss.as_str()))
                    .collect();
                if let [j] = hits[..] {
                    ans[i] = j + 1;
                    used[j] = !dups_ok;
                }
            }
            Num::Values(Rc::new(ans.iter().map(|&m| if m == 0 { nomatch } else { m as f64 }).collect()))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, n_in, num)?))
}

/// `nzchar(x, keepNA = FALSE)`: whether each string is non-empty (NA counts as non-empty, or is NA
/// under `keepNA = TRUE`).
fn nzchar(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let keep_na = a.get("keepNA").and_then(|v| it.num_elt(v, 0)).is_some_and(|k| k == 1.0);
    let n = it.length(x);
    let num = match as_character_strings(it, x) {
        Some(s) => Num::Values(Rc::new(
            s.iter()
                .map(|s| match s {
                    Some(s) => f64::from(u8::from(!s.is_empty())),
                    None if keep_na => crate::heap::na_real(),
                    None => 1.0,
                })
                .collect(),
        )),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Lgl, n, num)?))
}

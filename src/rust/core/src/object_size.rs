//! `utils::object.size()` (`src/library/utils/src/size.c: objectsize`): its own model of an object's
//! bytes, different from what the allocator holds (see [`allocator_bytes`]).

use std::collections::HashSet;

use crate::error::SimResult;
use crate::heap::size_class::{vcells_for_bytes, vector_vcells};
use crate::heap::{Body, Elems, JitState, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Const, Expr, Function};
use crate::lang::base_closures::base_closure;
use crate::lang::bytecode::{compiled_function_size, namespace_function_size};
use crate::lang::c_stack::{usage_error, Recursion, C_STACK_LIMIT};
use crate::lang::interp::Interp;
use crate::profile::{SEXPREC_SIZE, VECTOR_HEADER_SIZE};

/// `object.size`'s data size classes: 8, 16, 32, 48, 64, 128 bytes, then exact multiples of 8.
pub fn data_bytes(vcells: u64) -> u64 {
    match vcells {
        0 => 0,
        1 => 8,
        2 => 16,
        3..=4 => 32,
        5..=6 => 48,
        7..=8 => 64,
        9..=16 => 128,
        v => 8 * v,
    }
}

/// Header plus data of a vector of type `t` and length `len`.
pub fn vector_bytes(t: SexpType, len: u64) -> u64 {
    VECTOR_HEADER_SIZE + data_bytes(vector_vcells(t, len))
}

/// A CHARSXP of `nbytes` bytes.
pub fn charsxp_bytes(nbytes: u64) -> u64 {
    VECTOR_HEADER_SIZE + data_bytes(vcells_for_bytes(nbytes + 1))
}

/// `object.size(x)` in bytes. `objectsize()` recurses into list elements and attributes and
/// checks R's C stack as it goes: a list nested deeper than R's stack allows is R's error.
pub fn object_size(it: &Interp, v: Val) -> SimResult<f64> {
    match v {
        Val::Obj(o) => {
            let mut w = Walk { it, usage: it.c_stack_usage(), levels: 0 };
            Ok(w.obj_size(o)? as f64)
        }
        _ => Ok(vector_bytes(SexpType::Real, 1) as f64),
    }
}

/// `objectsize()`'s recursion: the C stack in use where it started, and its levels now.
struct Walk<'a> {
    it: &'a Interp,
    usage: u64,
    levels: u64,
}

impl Walk<'_> {
    fn attrs_size(&mut self, o: ObjId) -> SimResult<u64> {
        let mut total = 0;
        if let Some(a) = &self.it.heap.obj(o).attrs {
            // each attribute: a cons cell, its tag symbol, its value
            for (_, v) in a.iter() {
                total += 2 * SEXPREC_SIZE + self.obj_size(*v)?;
            }
        }
        Ok(total)
    }

    /// The objects code holds in its cells (`Const::Obj`), each counted as `objectsize` reaches
    /// it through the cell's CAR.
    fn held_size(&mut self, held: Vec<ObjId>) -> SimResult<u64> {
        let mut total = 0;
        for o in held {
            total += self.obj_size(o)?;
        }
        Ok(total)
    }

    fn value_size(&mut self, v: Val) -> SimResult<u64> {
        match v {
            Val::Obj(x) => self.obj_size(x),
            _ => Ok(vector_bytes(SexpType::Real, 1)),
        }
    }

    fn obj_size(&mut self, o: ObjId) -> SimResult<u64> {
        if o == NIL {
            return Ok(0);
        }
        self.levels += 1;
        let usage = self.usage + Recursion::ObjectSize.bytes(self.levels);
        if usage > C_STACK_LIMIT {
            return Err(usage_error(usage));
        }
        crate::limits::check_stack()?;
        let size = self.own_size(o)? + self.attrs_size(o)?;
        self.levels -= 1;
        Ok(size)
    }

    fn own_size(&mut self, o: ObjId) -> SimResult<u64> {
        let it = self.it;
        let ob = it.heap.obj(o);
        let t = ob.sexp;
        Ok(match t {
            SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw => {
                vector_bytes(t, ob.length)
            }
            SexpType::Str => {
                let mut total = vector_bytes(t, ob.length);
                let mut seen: HashSet<ObjId> = HashSet::new();
                let mut add = |c: ObjId, total: &mut u64| {
                    if c != it.na_string && seen.insert(c) {
                        *total += char_size(it, c);
                    }
                };
                match &ob.body {
                    Body::Elems(Elems::Values(v)) => v.iter().for_each(|&c| add(c, &mut total)),
                    Body::Elems(Elems::Fill(c)) if ob.length > 0 => add(*c, &mut total),
                    Body::Elems(Elems::Repeat { ids, .. }) => ids.iter().for_each(|&c| add(c, &mut total)),
                    Body::Elems(Elems::Sparse { fill, patches }) => {
                        if ob.length > patches.len() as u64 {
                            add(*fill, &mut total);
                        }
                        patches.values().for_each(|&c| add(c, &mut total));
                    }
                    Body::Elems(Elems::Distinct(batches)) => {
                        total += batches.iter().map(|&(b, k)| k * char_size(it, b)).sum::<u64>()
                    }
                    _ => {}
                }
                total
            }
            SexpType::Vec | SexpType::Expr => {
                let mut total = vector_bytes(t, ob.length);
                match &ob.body {
                    Body::Elems(Elems::Values(v)) => {
                        for &e in v {
                            total += self.obj_size(e)?;
                        }
                    }
                    Body::Elems(Elems::Fill(e)) => total += ob.length * self.obj_size(*e)?,
                    Body::Elems(Elems::Sparse { fill, patches }) => {
                        let patches = patches.clone();
                        total += (ob.length - patches.len() as u64) * self.obj_size(*fill)?;
                        for &e in patches.values() {
                            total += self.obj_size(e)?;
                        }
                    }
                    _ => {}
                }
                total
            }
            SexpType::Char => char_size(it, o),
            SexpType::Clo => match &ob.body {
                // a JIT-compiled body is a BCODESXP when its code is modelled
                Body::Closure(c) => {
                    let code = match c.jit {
                        JitState::Compiled => compiled_function_size(&c.fun).unwrap_or_else(|| function_size(&c.fun)),
                        JitState::Installed => namespace_function_size(&c.fun).unwrap_or_else(|| function_size(&c.fun)),
                        _ => function_size(&c.fun),
                    };
                    let held = c.fun.held_objs();
                    code + self.held_size(held)?
                }
                _ => SEXPREC_SIZE,
            },
            // a function R defines as a closure: its formals and the byte code it was installed with
            SexpType::Builtin => match &ob.body {
                Body::Builtin(name) => base_closure(name)
                    .map_or(SEXPREC_SIZE, |f| namespace_function_size(&f).unwrap_or_else(|| function_size(&f))),
                _ => SEXPREC_SIZE,
            },
            SexpType::Lang | SexpType::Sym => match &ob.body {
                Body::Lang(e) => {
                    let (size, held) = (expr_size(e), e.held_objs());
                    size + self.held_size(held)?
                }
                _ => SEXPREC_SIZE,
            },
            SexpType::List | SexpType::Dot => match &ob.body {
                Body::Pairlist(items) => {
                    let mut total = 0;
                    for (tag, v) in items {
                        total += SEXPREC_SIZE + if tag.is_some() { SEXPREC_SIZE } else { 0 } + self.value_size(*v)?;
                    }
                    total
                }
                Body::Cells(cells) => {
                    let mut total = 0;
                    for v in cells {
                        total += SEXPREC_SIZE + self.value_size(*v)?;
                    }
                    total
                }
                _ => SEXPREC_SIZE * ob.nodes as u64,
            },
            // size.c: the node, the pointer, its protected value (none here) and its tag (every
            // external pointer the simulator makes is tagged by a symbol, a node)
            SexpType::ExtPtr => SEXPREC_SIZE + 8 + SEXPREC_SIZE,
            // environments, promises, symbols, builtins: the node alone
            _ => SEXPREC_SIZE,
        })
    }
}

fn char_size(it: &Interp, c: ObjId) -> u64 {
    match &it.heap.obj(c).body {
        Body::Char(s) => charsxp_bytes(s.len() as u64),
        _ => charsxp_bytes(it.heap.obj(c).length),
    }
}

/// A closure: formals + body + the closure node (its environment is not counted).
pub fn function_size(f: &Function) -> u64 {
    formals_size(f) + expr_size(&f.body) + SEXPREC_SIZE
}

/// The formals pairlist: per parameter a cell, its tag, and its default (or the missing-argument
/// symbol).
pub fn formals_size(f: &Function) -> u64 {
    f.params.iter().map(|p| 2 * SEXPREC_SIZE + p.default.as_ref().map_or(SEXPREC_SIZE, expr_size)).sum()
}

/// A parsed expression as R holds it: calls are pairlists of cells, symbols 56 bytes each time,
/// constants length-1 vectors.
pub fn expr_size(e: &Expr) -> u64 {
    match e {
        Expr::Const(c) => match c {
            Const::Null => 0,
            Const::Logical(_) => vector_bytes(SexpType::Lgl, 1),
            Const::Int(_) => vector_bytes(SexpType::Int, 1),
            Const::Real(_) => vector_bytes(SexpType::Real, 1),
            Const::Complex(_) => vector_bytes(SexpType::Cplx, 1),
            Const::Str(Some(s)) => vector_bytes(SexpType::Str, 1) + charsxp_bytes(s.len() as u64),
            Const::Str(None) => vector_bytes(SexpType::Str, 1),
            // counted by the walk that has the heap (`Walk::held_size`)
            Const::Obj(_) => 0,
        },
        Expr::Sym(_) => SEXPREC_SIZE,
        Expr::Call(c) => {
            let mut total = SEXPREC_SIZE + expr_size(&c.fun);
            for a in &c.args {
                total += SEXPREC_SIZE;
                if a.name.is_some() {
                    total += SEXPREC_SIZE;
                }
                total += a.value.as_ref().map_or(SEXPREC_SIZE, expr_size);
            }
            total
        }
        // `function(...) body` as code: a call to `function` with the formals, the body and a NULL
        // srcref.
        Expr::Function(f) => 4 * SEXPREC_SIZE + SEXPREC_SIZE + formals_size(f) + expr_size(&f.body),
    }
}

/// Bytes the allocator really holds for an object and what it references, each node and vector
/// once (shared strings counted once): nodes × their node-class size, large vectors header + data.
pub fn allocator_bytes(it: &Interp, v: Val) -> f64 {
    let Val::Obj(root) = v else {
        return (VECTOR_HEADER_SIZE + 8) as f64;
    };
    let mut seen: HashSet<ObjId> = HashSet::new();
    let mut stack = vec![root];
    let mut total = 0u64;
    while let Some(o) = stack.pop() {
        if o == NIL || !seen.insert(o) {
            continue;
        }
        let ob = it.heap.obj(o);
        if matches!(ob.sexp, SexpType::Env) && o != root {
            continue;
        }
        let (vectors, cons) =
            if ob.is_string_batch() { (ob.nodes as u64, 0) } else { (1, ob.nodes.saturating_sub(1) as u64) };
        let main = if ob.is_large() {
            VECTOR_HEADER_SIZE * vectors + 8 * ob.vcells
        } else {
            vectors * crate::heap::pool::node_size(ob.class as usize)
        };
        total += main + SEXPREC_SIZE * cons;
        ob.for_each_child(|c| stack.push(c));
    }
    total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const TYPES: [SexpType; 7] =
        [SexpType::Lgl, SexpType::Int, SexpType::Real, SexpType::Cplx, SexpType::Raw, SexpType::Str, SexpType::Vec];

    /// A vector's size never shrinks as it gets longer, and is the header plus the data rounded
    /// to object.size's classes: 8, 16, 32, 48, 64, 128 bytes, then multiples of 8.
    #[test]
    fn vector_size_is_monotone_and_follows_the_formula() {
        for t in TYPES {
            let mut prev = 0;
            for n in 0..5000u64 {
                let size = vector_bytes(t, n);
                assert!(size >= prev, "{t:?}: size({n}) = {size} < size({}) = {prev}", n - 1);
                let bytes = t.data_bytes(n);
                let data = if bytes == 0 {
                    0
                } else if bytes > 128 {
                    8 * bytes.div_ceil(8)
                } else {
                    *[8u64, 16, 32, 48, 64, 128].iter().find(|&&c| c >= bytes).unwrap()
                };
                assert_eq!(size, 48 + data, "{t:?} of length {n}");
                prev = size;
            }
        }
    }

    /// A CHARSXP counts its bytes plus the terminating NUL: "abcdefg" (7) fits 8 bytes, "abcdefgh"
    /// needs 16.
    #[test]
    fn strings_count_their_terminating_nul() {
        assert_eq!(charsxp_bytes(7), 56);
        assert_eq!(charsxp_bytes(8), 64);
        assert_eq!(charsxp_bytes(127), 176);
        assert_eq!(charsxp_bytes(128), 184);
    }
}

//! The table of live objects. A census walks the heap from the environments it is shown (the
//! global one; the frames of running calls, which are on the protect stack): their variables, the
//! environments reached through variables and closures, and the vectors on the protect stack no
//! variable holds. Each holder is then named — the variable, the environment it lives in (global,
//! the frame of which call, an environment reached through a variable or a closure), or a
//! temporary being computed — with each object's type, length, `object.size()`, the allocator's
//! bytes and its references. [`crate::session::Session::simulate`] takes one at the true peak
//! through the heap's probe ([`crate::heap::peak`]).

use crate::heap::{Body, Heap, ObjId, SexpType, Val, NIL};
use crate::lang::interp::Interp;
use crate::object_size;
use crate::sym::Sym;

/// Where an object lives.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Place {
    Global,
    /// The frame of a call (its text, as `sys.call()` deparses it).
    Frame(String),
    /// An environment reached through a variable (`name`), or the environment of a closure bound
    /// to `name`; `within` is where that variable lives.
    Variable {
        name: String,
        within: Box<Place>,
    },
    ClosureEnv {
        name: String,
        within: Box<Place>,
    },
    /// An environment only the evaluator holds.
    Other,
    /// Not a variable: a value being computed or passed.
    Temporary,
}

/// One object alive at a moment.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LiveObject {
    /// The variable (none for a temporary).
    pub name: Option<String>,
    pub place: Place,
    pub type_name: &'static str,
    pub length: u64,
    pub object_size: f64,
    pub allocator_bytes: f64,
    /// R 4's reference count: 2 or more is shared (a change copies it first).
    pub refs: u32,
    /// The same object is listed before under this name (another variable holds it).
    pub same_as: Option<String>,
}

/// What was alive at one moment: the objects, largest first, the calls running (outermost first)
/// and the usage then, with what of it was reachable.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Contents {
    pub objects: Vec<LiveObject>,
    pub calls: Vec<String>,
    pub ncells: u64,
    pub vcells: u64,
    pub reachable_ncells: u64,
    pub reachable_vcells: u64,
}

/// What holds an object.
#[derive(Clone, Debug, PartialEq)]
pub enum Holder {
    /// A variable of an environment.
    Binding { env: ObjId, name: Sym },
    /// The protect stack: a value being computed or passed (`.Last.value` among them).
    Stack,
}

/// An environment the census walked and how it was reached (for its label).
#[derive(Clone, Debug, PartialEq)]
pub enum EnvOrigin {
    /// One of the environments the census was given (the global one).
    Given,
    /// On the protect stack (the frame of a running call, among others).
    Stack,
    /// The value of variable `name` of environment `parent`.
    Variable { parent: ObjId, name: Sym },
    /// The environment of the closure bound to `name` in `parent`.
    ClosureOf { parent: ObjId, name: Sym },
}

/// The holders of live objects at one moment.
#[derive(Clone, Debug, Default)]
pub struct Census {
    pub held: Vec<(Holder, ObjId)>,
    pub envs: Vec<(ObjId, EnvOrigin)>,
    /// Usage then, and what of it is reachable from the roots (the rest is garbage that no
    /// collection has swept yet).
    pub ncells: u64,
    pub vcells: u64,
    pub reachable_ncells: u64,
    pub reachable_vcells: u64,
}

/// The census of `heap` now: the variables of `envs` and of the environments on the protect
/// stack, followed into environments that are values of variables or of closures' environments
/// (never into `skip`), and the vectors on the protect stack no variable holds.
pub fn census(heap: &Heap, envs: &[ObjId], skip: &[ObjId]) -> Census {
    let mut c = Census { ncells: heap.nodes_in_use, vcells: heap.vcells_in_use(), ..Census::default() };
    let mut seen_env: Vec<ObjId> = skip.to_vec();
    seen_env.push(NIL);
    let mut queue: Vec<(ObjId, EnvOrigin)> = envs.iter().map(|&e| (e, EnvOrigin::Given)).collect();
    for &s in &heap.stack {
        if matches!(heap.obj(s).body, Body::Env(_)) {
            queue.push((s, EnvOrigin::Stack));
        }
    }
    let mut i = 0;
    while i < queue.len() {
        let (env, origin) = queue[i].clone();
        i += 1;
        if seen_env.contains(&env) {
            continue;
        }
        let Body::Env(e) = &heap.obj(env).body else { continue };
        if e.lazy_source.is_some() {
            continue;
        }
        seen_env.push(env);
        c.envs.push((env, origin));
        for (name, v) in e.names.iter().zip(e.values.iter()) {
            let Some(id) = value_of(heap, *v) else { continue };
            match &heap.obj(id).body {
                Body::Env(_) => queue.push((id, EnvOrigin::Variable { parent: env, name: name.clone() })),
                Body::Closure(cl) => {
                    queue.push((cl.env, EnvOrigin::ClosureOf { parent: env, name: name.clone() }));
                }
                _ => {}
            }
            c.held.push((Holder::Binding { env, name: name.clone() }, id));
        }
    }
    let mut on_stack: Vec<ObjId> = Vec::new();
    for &s in &heap.stack {
        let Some(id) = value_of(heap, Val::Obj(s)) else { continue };
        let o = heap.obj(id);
        let vector = o.sexp.is_vector() && o.sexp != SexpType::Char;
        if vector && !on_stack.contains(&id) && !c.held.iter().any(|(_, h)| *h == id) {
            on_stack.push(id);
            c.held.push((Holder::Stack, id));
        }
    }
    let (n, v) = heap.reachable_usage();
    c.reachable_ncells = n;
    c.reachable_vcells = v;
    c
}

/// The object a value stands for: a forced promise's value; `None` for unboxed scalars, `NULL`,
/// unforced promises and freed slots.
fn value_of(heap: &Heap, v: Val) -> Option<ObjId> {
    let Val::Obj(mut id) = v else { return None };
    for _ in 0..64 {
        match &heap.obj(id).body {
            Body::Promise(p) => match p.value {
                Some(Val::Obj(x)) => id = x,
                _ => return None,
            },
            Body::Free => return None,
            _ => return (id != NIL).then_some(id),
        }
    }
    None
}

/// Environments a census never walks: the namespaces and the search path (base R's own objects).
pub fn system_envs(it: &Interp) -> Vec<ObjId> {
    let mut skip = it.namespaces.clone();
    let mut e = it.heap.obj(it.global).body.env_enclos();
    for _ in 0..64 {
        match e {
            Some(x) if x != NIL && !skip.contains(&x) => {
                skip.push(x);
                e = it.heap.obj(x).body.env_enclos();
            }
            _ => break,
        }
    }
    skip
}

/// The census of the session now (no call is running).
pub fn census_now(it: &Interp) -> Census {
    census(&it.heap, &[it.global], &system_envs(it))
}

/// Name the holders of a census taken while `it.frames` were running.
pub fn contents(it: &Interp, c: &Census) -> Contents {
    let place_of = |env: ObjId| place(it, c, env, 0);
    let mut objects: Vec<(ObjId, LiveObject)> = c
        .held
        .iter()
        .map(|(holder, id)| {
            let (name, place) = match holder {
                Holder::Binding { env, name } => (Some(name.to_string()), place_of(*env)),
                // at rest, what the stack holds is `.Last.value`; during a run (a probe) it is a
                // value being computed or passed
                Holder::Stack if it.last_value == Val::Obj(*id) && !it.heap.probe_taken() => {
                    (Some(".Last.value".into()), Place::Temporary)
                }
                Holder::Stack => (None, Place::Temporary),
            };
            let o = it.heap.obj(*id);
            let v = Val::Obj(*id);
            let row = LiveObject {
                name,
                place,
                type_name: o.sexp.type_name(),
                length: if o.sexp.is_vector() { o.length } else { 1 },
                object_size: object_size::object_size(it, v).unwrap_or(f64::NAN),
                allocator_bytes: object_size::allocator_bytes(it, v),
                refs: o.refs,
                same_as: None,
            };
            (*id, row)
        })
        .collect();
    objects.sort_by(|(_, a), (_, b)| {
        b.allocator_bytes.total_cmp(&a.allocator_bytes).then(b.object_size.total_cmp(&a.object_size))
    });
    let mut first: Vec<(ObjId, String)> = Vec::new();
    for (id, row) in objects.iter_mut() {
        match first.iter().find(|(f, _)| f == id) {
            Some((_, name)) => row.same_as = Some(name.clone()),
            None => first.push((*id, row.name.clone().unwrap_or_default())),
        }
    }
    let objects = objects.into_iter().map(|(_, row)| row).collect();
    Contents {
        objects,
        calls: it.frames.iter().map(|f| crate::lang::deparse::call_text(&f.call)).collect(),
        ncells: c.ncells,
        vcells: c.vcells,
        reachable_ncells: c.reachable_ncells,
        reachable_vcells: c.reachable_vcells,
    }
}

fn place(it: &Interp, c: &Census, env: ObjId, depth: u32) -> Place {
    if env == it.global {
        return Place::Global;
    }
    if let Some(f) = it.frames.iter().rev().find(|f| f.env == env) {
        return Place::Frame(crate::lang::deparse::call_text(&f.call));
    }
    if depth > 16 {
        return Place::Other;
    }
    match c.envs.iter().find(|(e, _)| *e == env).map(|(_, o)| o) {
        Some(EnvOrigin::Variable { parent, name }) => {
            Place::Variable { name: name.to_string(), within: Box::new(place(it, c, *parent, depth + 1)) }
        }
        Some(EnvOrigin::ClosureOf { parent, name }) => {
            Place::ClosureEnv { name: name.to_string(), within: Box::new(place(it, c, *parent, depth + 1)) }
        }
        _ => Place::Other,
    }
}

impl Body {
    /// The enclosing environment of an environment's body.
    fn env_enclos(&self) -> Option<ObjId> {
        match self {
            Body::Env(e) => Some(e.enclos),
            _ => None,
        }
    }
}

impl Interp {
    /// Where the evaluator is about to change its frames (or has stopped): name the probe's census
    /// while the frames are those it was taken under.
    #[inline(always)]
    pub fn census_check(&mut self) {
        if self.heap.probe_taken() && self.probe_contents.is_none() {
            self.name_probe_census();
        }
    }

    #[cold]
    #[inline(never)]
    fn name_probe_census(&mut self) {
        let c = self.heap.probe_result().and_then(|r| r.downcast_ref::<Census>()).cloned().unwrap_or_default();
        self.probe_contents = Some(contents(self, &c));
    }
}

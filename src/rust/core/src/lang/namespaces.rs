//! The namespaces of base, stats, utils and methods in a simulated session, and how variables are
//! found through them.
//!
//! In R every function of these packages is a promise in its namespace (its lazy-load database)
//! from start-up on; forcing it unserializes the closure. The simulator's namespace environments
//! start empty and know their names from the namespace data (`library.rs`): a name the data binds
//! is materialized the first time a lookup reaches it — a closure loaded with what R's lazy loading
//! allocates, a primitive as the builtin object, a variable as its value. Natively simulated
//! functions (the builtin registry) are bound as builtin objects wherever R binds them.
//!
//! Lookup follows R's chains: a closure of package `p` sees its frame, `namespace:p`, (imports,)
//! `namespace:base`, the global environment, then the search path (`package:stats`, ...,
//! `package:base`), whose entries are the namespaces' exported bindings.

use super::interp::{EvalResult, Flow, Interp};
use super::lazy_load::closure_footprint;
use super::library::{search_path, Kind, Namespace, Pkg, BASE, PACKAGES};
use crate::error::SimError;
use crate::heap::{Body, ClosureData, EnvData, JitState, Obj, ObjId, SexpType, Val, NIL};
use crate::sym::Sym;

/// The class of every byte-code object's expressions index: its CHARSXP is cached from start-up.
const EXPRESSIONS_INDEX: &str = "expressionsIndex";
/// `R_LastvalueSymbol`'s name.
pub(crate) const LAST_VALUE: &str = ".Last.value";

impl Interp {
    /// The namespace environments, part of R's start-up heap: `namespace:base` encloses in the
    /// global environment, the others in `namespace:base` (their imports are found through the
    /// search path).
    pub(crate) fn make_namespaces(&mut self) {
        let mut envs = vec![NIL; PACKAGES.len()];
        let base = BASE.0 as usize;
        for k in std::iter::once(base).chain((0..PACKAGES.len()).filter(|&k| k != base)) {
            let enclos = if k == base { self.global } else { envs[base] };
            let mut data = EnvData::new(enclos, NIL);
            data.lazy_source = Some(k as u8);
            envs[k] = self.static_obj(Obj::node(SexpType::Env, Body::Env(Box::new(data))));
        }
        self.namespaces = envs;
    }

    pub fn namespace_env(&self, pkg: Pkg) -> ObjId {
        self.namespaces[pkg.0 as usize]
    }

    /// The value of base's variable `name` (`SYMVALUE`), materialized on first use.
    pub(crate) fn base_variable(&mut self, name: &str) -> EvalResult<Option<ObjId>> {
        Ok(match self.materialize(BASE, &Sym::new(name))? {
            Some((env, i)) => match self.env(env).values[i] {
                Val::Obj(o) => Some(o),
                v => Some(self.boxed(v)?),
            },
            None => None,
        })
    }

    /// The namespace an environment is, if it is one.
    pub fn namespace_of(&self, env: ObjId) -> Option<Pkg> {
        match &self.heap.obj(env).body {
            Body::Env(e) => e.lazy_source.map(Pkg),
            _ => None,
        }
    }

    /// Find a variable along `env`'s chain and then the search path, materializing a namespace's
    /// binding when the lookup reaches it (`findVar`).
    pub fn find_var(&mut self, mut env: ObjId, name: &Sym) -> EvalResult<Option<(ObjId, usize)>> {
        while env != NIL {
            let e = self.env(env);
            if let Some(i) = e.find(name) {
                return Ok(Some((env, i)));
            }
            let next = e.enclos;
            if let Some(pkg) = e.lazy_source.map(Pkg) {
                if Namespace::get(pkg).entry_sym(name).is_some() {
                    return self.materialize(pkg, name);
                }
            }
            env = next;
        }
        match super::library::search_path_sym(name) {
            Some((pkg, _)) => self.materialize(pkg, name),
            None => Ok(None),
        }
    }

    /// Bind `name` in `pkg`'s namespace to the object R's lazy loading makes of it. Base's
    /// `.Last.value` is no binding here: the top level sets it after every expression, so its
    /// readers take the session's last value ([`Interp::base_value`]).
    fn materialize(&mut self, pkg: Pkg, name: &Sym) -> EvalResult<Option<(ObjId, usize)>> {
        if pkg == BASE && &**name == LAST_VALUE {
            return Ok(None);
        }
        let env = self.namespace_env(pkg);
        if let Some(i) = self.env(env).find(name) {
            return Ok(Some((env, i)));
        }
        let value = self.namespace_value(pkg, name)?;
        // the binding existed (as a promise) since start-up: it costs no cell now
        let r = &mut self.heap.obj_mut(value).refs;
        *r = r.saturating_add(1);
        let i = self.env_mut(env).insert(name.clone(), Val::Obj(value));
        self.heap.write_barrier(env, Val::Obj(value));
        Ok(Some((env, i)))
    }

    fn namespace_value(&mut self, pkg: Pkg, name: &Sym) -> EvalResult<ObjId> {
        let entry = Namespace::get(pkg).entry(name).expect("materialize is called for bound names");
        let native = super::builtins::Registry::get(name).is_some();
        let what = match entry.kind {
            // a primitive is a builtin object whether the simulator implements it or not: calling
            // one it does not implement is the error
            Kind::Primitive => return self.builtin_object(name),
            Kind::Closure { .. } | Kind::Opaque if native => return self.builtin_object(name),
            Kind::Closure { .. } => return self.load_closure(pkg, name),
            Kind::Value if let Some(id) = super::builtins::dotcall::native_symbol(self, pkg, name)? => return Ok(id),
            Kind::Value => match self.load_value(pkg, name)? {
                Some(id) => return Ok(id),
                None => "variable",
            },
            Kind::Opaque => "function",
        };
        Err(Flow::from(SimError::new(format!("rheap does not simulate the {what} '{name}' of package {}", pkg.name()))))
    }

    /// Load a closure of `pkg` as `lazyLoadDBfetch` does: what it is made of stays for the session
    /// (held by its namespace), the machinery's buffers are garbage.
    fn load_closure(&mut self, pkg: Pkg, name: &Sym) -> EvalResult<ObjId> {
        let f = Namespace::get(pkg).closure(name).expect("a closure entry has source");
        let env = self.namespace_env(pkg);
        let data = ClosureData { fun: f.clone(), env, code: NIL, bytecode: NIL, jit: JitState::Installed };
        let clo = Obj::node(SexpType::Clo, Body::Closure(Box::new(data)));
        if !self.charge_closure_load(pkg, name)? {
            return Ok(self.static_obj(clo));
        }
        let id = self.heap.alloc(clo)?;
        self.adopt_permanent(id);
        Ok(id)
    }

    /// What loading R's closure `name` of `pkg` retains and leaves as garbage, less its closure
    /// node (the caller makes it), unless start-up loaded it already or something loaded it
    /// before (the compiler, `source()`, a natively simulated function's first call). Whether it
    /// was charged now.
    fn charge_closure_load(&mut self, pkg: Pkg, name: &str) -> EvalResult<bool> {
        let ns = Namespace::get(pkg);
        let Some(key) = ns.static_name(name) else { return Ok(false) };
        if super::base_loads::forced_at_start(pkg, key) || !self.base_loaded.insert(key) {
            return Ok(false);
        }
        let Some(f) = ns.closure(name) else { return Ok(false) };
        let fp = closure_footprint(&f);
        let mark = self.heap.root_mark();
        for s in &fp.symbols {
            self.install(s)?;
        }
        for s in &fp.strings {
            if !super::symbols::is_startup_symbol(s)
                && &**s != EXPRESSIONS_INDEX
                && !self.heap.char_cache.contains_key(s)
            {
                let ch = self.mk_char(s)?;
                self.adopt_permanent(ch);
            }
        }
        let (garbage_n, garbage_v) = fp.garbage();
        self.heap.alloc_scratch(garbage_n, garbage_v)?;
        // the closure node is the caller's
        let nodes = fp.nodes + super::lazy_load::LOAD_EXTRA_NODES - 1;
        self.retain_static(nodes as u32, fp.vcells)?;
        self.heap.release_to(mark, None);
        Ok(true)
    }

    /// A natively simulated function's first call loads R's closure of that name, as calling it
    /// in R would (its closure node included).
    pub fn load_library_closure_cost(&mut self, name: &str) -> EvalResult<()> {
        let Some((pkg, _)) = search_path(name) else { return Ok(()) };
        if self.charge_closure_load(pkg, name)? {
            self.retain_static(1, 0)?;
        }
        Ok(())
    }
}

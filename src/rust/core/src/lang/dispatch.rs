//! S3 dispatch as R does it (`objects.c`): `UseMethod()` finds a method for the classes of the
//! generic's first argument and calls it with the generic's arguments, in a frame that also holds
//! `.Generic`, `.Class` and friends; `NextMethod()` continues with the classes after the current
//! one.

use std::rc::Rc;

use super::ast::{Call, Expr};
use super::eval::ArgVal;
use super::interp::{EvalResult, Flow, FlowKind, Interp, Mode};
use super::library::{Namespace, Pkg, BASE};
use crate::error::SimError;
use crate::heap::{Body, ObjId, SexpType, Val, NIL};
use crate::sym::Sym;

/// What a method's frame knows of the dispatch that called it.
#[derive(Debug)]
pub struct Dispatch {
    /// `.Generic`.
    pub generic: Rc<str>,
    /// `.Class`: the classes from the one whose method was found on (empty for the default).
    pub classes: Vec<Rc<str>>,
    /// The `.Class` vector (NULL for the default method).
    pub class_obj: ObjId,
    /// `.Method`.
    pub method: Rc<str>,
    /// For group dispatch, which arguments' class attributes hold the dispatching class: `.Method`
    /// is then one string per argument, the method's name or "" (`DispatchGroup`). Empty: one string.
    pub method_args: Vec<bool>,
    /// `.Group`: the group generic dispatched through (`Ops`, `Math`, `Summary`), if any.
    pub group: Option<&'static str>,
    /// `.GenericCallEnv`, `.GenericDefEnv`.
    pub call_env: ObjId,
    pub def_env: ObjId,
}

/// The variables `createS3Vars` adds to a method's frame.
const S3_VARS: [&str; 6] = [".Generic", ".Group", ".Class", ".Method", ".GenericCallEnv", ".GenericDefEnv"];

impl Interp {
    /// `R_data_class2`: the class attribute, or the implicit class dispatch uses (R keeps these
    /// vectors from start-up: `Type2DefaultClass`).
    pub fn dispatch_classes(&self, v: Val) -> Vec<Rc<str>> {
        if let Val::Obj(o) = v {
            if let Some(c) = self.heap.attr(o, "class") {
                let cls: Vec<Rc<str>> =
                    self.str_values(Val::Obj(c)).unwrap_or_default().into_iter().flatten().collect();
                if !cls.is_empty() {
                    return cls;
                }
            }
        }
        let dims = match v {
            Val::Obj(o) => self.heap.attr(o, "dim").map(|d| self.length(Val::Obj(d))),
            _ => None,
        };
        let t = self.type_of(v);
        let mut out: Vec<&str> = match dims {
            Some(2) => vec!["matrix", "array"],
            Some(_) => vec!["array"],
            None => vec![],
        };
        out.extend_from_slice(match t {
            SexpType::Int => &["integer", "numeric"],
            SexpType::Real => &["double", "numeric"],
            SexpType::Clo | SexpType::Builtin | SexpType::Special => &["function"],
            SexpType::Lang => &["call"],
            SexpType::Sym => &["name"],
            _ => &[],
        });
        if out.len() == dims.map_or(0, |d| if d == 2 { 2 } else { 1 }) {
            out.push(t.type_name());
        }
        out.into_iter().map(Rc::from).collect()
    }

    /// `R_LookupMethod`: a function named `method` in the caller's environments up to their
    /// top-level one, then among the methods packages register (`.__S3MethodsTable__.`), then in
    /// base.
    pub fn lookup_method(&mut self, method: &str, call_env: ObjId) -> EvalResult<Option<Val>> {
        let sym = Sym::new(method);
        let mut env = call_env;
        while env != NIL {
            let top = env == self.global || self.namespace_of(env).is_some();
            if let Some(v) = self.function_in_frame(env, &sym)? {
                return Ok(Some(v));
            }
            if top {
                break;
            }
            env = self.env(env).enclos;
        }
        if let Some((pkg, fun)) = registered_method(method) {
            let ns = self.namespace_env(pkg);
            if let Some(v) = self.function_in_frame(ns, &Sym::new(fun))? {
                return Ok(Some(v));
            }
        }
        let base = self.namespace_env(BASE);
        self.function_in_frame(base, &sym)
    }

    /// A function bound to `name` in `env` itself (materializing a namespace's binding).
    fn function_in_frame(&mut self, env: ObjId, name: &Sym) -> EvalResult<Option<Val>> {
        let i = match self.env(env).find(name) {
            Some(i) => i,
            None => match self.namespace_of(env) {
                Some(pkg) if Namespace::get(pkg).entry_sym(name).is_some() => match self.find_var(env, name)? {
                    Some((_, i)) => i,
                    None => return Ok(None),
                },
                _ => return Ok(None),
            },
        };
        let v = self.env(env).values[i];
        let v = match v {
            Val::Obj(o) if self.heap.obj(o).sexp == SexpType::Prom => self.force(o)?,
            v => v,
        };
        Ok(match v {
            Val::Obj(o) if matches!(self.heap.obj(o).sexp, SexpType::Clo | SexpType::Builtin | SexpType::Special) => {
                Some(v)
            }
            _ => None,
        })
    }

    /// `UseMethod(generic, object)` called in `env`, the frame of the generic's closure.
    pub fn use_method(&mut self, generic: &str, object: Option<Val>, env: ObjId) -> EvalResult<Val> {
        let Some(frame) = self.frames.iter().rev().find(|f| f.env == env).cloned() else {
            return Err(Flow::from(SimError::new("UseMethod called from outside a function")));
        };
        let object = match object {
            Some(v) => v,
            None => self.dispatch_object(&frame)?,
        };
        let mark = self.heap.root_mark();
        self.heap.protect(object);
        let classes = self.dispatch_classes(object);
        let def_env = match &self.heap.obj(frame.function).body {
            Body::Closure(c) => c.env,
            _ => self.global,
        };
        for (i, class) in classes.iter().enumerate() {
            let method = format!("{generic}.{class}");
            self.install(&method)?;
            if let Some(f) = self.lookup_method(&method, frame.caller)? {
                self.heap.protect(f);
                let class_obj = self.dot_class(object, &classes, i)?;
                self.heap.protect(Val::Obj(class_obj));
                let d = Dispatch {
                    generic: Rc::from(generic),
                    classes: classes[i..].to_vec(),
                    class_obj,
                    method: Rc::from(method.as_str()),
                    method_args: Vec::new(),
                    group: None,
                    call_env: frame.caller,
                    def_env,
                };
                let v = self.dispatch_method(f, &frame, d)?;
                self.heap.release_to(mark, Some(v));
                return Err(Flow::new(FlowKind::Return(v)));
            }
        }
        let method = format!("{generic}.default");
        self.install(&method)?;
        if let Some(f) = self.lookup_method(&method, frame.caller)? {
            self.heap.protect(f);
            let d = Dispatch {
                generic: Rc::from(generic),
                classes: Vec::new(),
                class_obj: NIL,
                method: Rc::from(method.as_str()),
                method_args: Vec::new(),
                group: None,
                call_env: frame.caller,
                def_env,
            };
            let v = self.dispatch_method(f, &frame, d)?;
            self.heap.release_to(mark, Some(v));
            return Err(Flow::new(FlowKind::Return(v)));
        }
        let shown = match classes.as_slice() {
            [one] => one.to_string(),
            many => format!("c({})", many.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")),
        };
        Err(Flow::from(SimError::new(format!(
            "no applicable method for '{generic}' applied to an object of class \"{shown}\""
        ))))
    }

    /// `GetObject`: the generic's first formal, as supplied (exact tag, else the first untagged
    /// argument, else the first), forced.
    pub(crate) fn dispatch_object(&mut self, frame: &super::interp::Frame) -> EvalResult<Val> {
        let first = match &self.heap.obj(frame.function).body {
            Body::Closure(c) => c.fun.params.first().map(|p| p.name.clone()),
            _ => None,
        };
        let args = &frame.args;
        let pick = first
            .filter(|n| &**n != "...")
            .and_then(|n| args.iter().find(|a| a.name.as_deref() == Some(&*n)))
            .or_else(|| args.iter().find(|a| a.name.is_none()))
            .or_else(|| args.first());
        match pick.map(|a| a.value) {
            Some(Val::Obj(o)) if self.heap.obj(o).sexp == SexpType::Prom => self.force(o),
            Some(v) if v != Val::Obj(self.missing_arg) => Ok(v),
            _ => Ok(Val::Obj(NIL)),
        }
    }

    /// `dispatchMethod`: call the method with the generic's arguments from a copy of its call
    /// naming the method, the frame holding the dispatch variables.
    fn dispatch_method(&mut self, f: Val, frame: &super::interp::Frame, d: Dispatch) -> EvalResult<Val> {
        let call = Rc::new(Call::new(Expr::sym(&d.method), frame.call.args.clone(), frame.call.pos));
        // `shallow_duplicate(cptr->call)`, `createS3Vars`: the new call's cells, and two strings
        self.heap.alloc_scratch(1 + frame.call.args.len() as u32, 0)?;
        let Val::Obj(fo) = f else { unreachable!("methods are functions") };
        match &self.heap.obj(fo).body {
            Body::Closure(_) => {
                self.apply_closure_with(fo, frame.args.clone(), &call, frame.caller, Mode::Compiled, Some(Rc::new(d)))
            }
            _ => {
                // a builtin method: its arguments are the generic's, forced
                let mut args = Vec::with_capacity(frame.args.len());
                for a in &frame.args {
                    let v = match a.value {
                        Val::Obj(o) if self.heap.obj(o).sexp == SexpType::Prom => self.force(o)?,
                        v => v,
                    };
                    self.heap.protect(v);
                    args.push(ArgVal { name: a.name.clone(), value: v });
                }
                let name = match &self.heap.obj(fo).body {
                    Body::Builtin(n) => n.clone(),
                    _ => unreachable!(),
                };
                let Some(b) = super::builtins::Registry::get(&name) else {
                    return Err(Flow::from(SimError::new(format!("rheap does not simulate the primitive '{name}'"))));
                };
                let ctx = super::eval::CallCtx { call: &call, env: frame.caller, mode: Mode::Compiled };
                super::builtins::invoke(self, b, &ctx, args, 0)
            }
        }
    }

    /// The `.Class` a method found for `classes[i]` gets: the class vector itself for the first
    /// class (the attribute, or R's start-up vector of an implicit class), else a new vector of
    /// the classes from `i` on with the whole vector as its "previous" attribute.
    fn dot_class(&mut self, object: Val, classes: &[Rc<str>], i: usize) -> EvalResult<ObjId> {
        let attr = match object {
            Val::Obj(o) => self.heap.attr(o, "class"),
            _ => None,
        };
        let whole = match attr {
            Some(c) => c,
            None => self.implicit_class_vector(classes)?,
        };
        if i == 0 {
            return Ok(whole);
        }
        let rest: Vec<Option<&str>> = classes[i..].iter().map(|c| Some(&**c)).collect();
        let v = self.mk_strings(&rest)?;
        self.heap.protect(Val::Obj(v));
        self.heap.set_attr(v, "previous", whole)?;
        Ok(v)
    }

    /// `Type2DefaultClass`: the implicit class vectors R makes at start-up.
    fn implicit_class_vector(&mut self, classes: &[Rc<str>]) -> EvalResult<ObjId> {
        let key: Rc<str> = Rc::from(format!("\u{1}class:{}", classes.join(" ")));
        if let Some(&id) = self.base_values.get(&key) {
            return Ok(id);
        }
        let items: Vec<Option<&str>> = classes.iter().map(|c| Some(&**c)).collect();
        let id = self.mk_strings(&items)?;
        self.adopt_static(id);
        self.heap.obj_mut(id).refs = u32::MAX;
        self.base_values.insert(key, id);
        Ok(id)
    }

    /// `createS3Vars`: `.Generic`, `.Group`, `.Class`, `.Method`, `.GenericCallEnv` and
    /// `.GenericDefEnv` in a method's frame: their cells, and the generic's and the method's names
    /// as new character vectors.
    pub(crate) fn define_s3_vars(&mut self, env: ObjId, d: &Dispatch) -> EvalResult<()> {
        let generic = self.mk_strings(&[Some(&d.generic)])?;
        self.heap.protect(Val::Obj(generic));
        let method = if d.method_args.is_empty() {
            self.mk_strings(&[Some(&d.method)])?
        } else {
            let items: Vec<Option<&str>> =
                d.method_args.iter().map(|&m| Some(if m { &*d.method } else { "" })).collect();
            self.mk_strings(&items)?
        };
        self.heap.protect(Val::Obj(method));
        let values = [
            Val::Obj(generic),
            match d.group {
                Some(g) => Val::Obj(self.mk_strings(&[Some(g)])?),
                None => Val::Obj(self.blank_string_vector()?),
            },
            Val::Obj(d.class_obj),
            Val::Obj(method),
            Val::Obj(d.call_env),
            Val::Obj(d.def_env),
        ];
        thread_local!(static SYMS: [crate::sym::Sym; 6] = S3_VARS.map(crate::sym::Sym::new));
        for (name, v) in SYMS.with(|s| s.clone()).iter().zip(values) {
            self.define_sym(env, name, v)?;
        }
        Ok(())
    }

    /// `R_BlankScalarString`: `""` as a character vector, from start-up.
    fn blank_string_vector(&mut self) -> EvalResult<ObjId> {
        match self.base_values.get("") {
            Some(&id) => Ok(id),
            None => {
                let id = self.mk_strings(&[Some("")])?;
                self.adopt_static(id);
                self.heap.obj_mut(id).refs = u32::MAX;
                self.base_values.insert(Rc::from(""), id);
                Ok(id)
            }
        }
    }
}

/// The methods the packages register for `method` (`generic.class`): the package and the
/// function's name there.
fn registered_method(method: &str) -> Option<(Pkg, &'static str)> {
    use once_cell::sync::Lazy;
    static TABLE: Lazy<crate::fxhash::FxHashMap<String, (Pkg, &'static str)>> = Lazy::new(|| {
        let mut m = crate::fxhash::FxHashMap::default();
        for ns in Namespace::all() {
            for &(generic, class, fun) in &ns.s3_methods {
                m.entry(format!("{generic}.{class}")).or_insert((ns.pkg, fun));
            }
        }
        m
    });
    TABLE.get(method).copied()
}

impl Interp {
    /// `do_nextmethod`, from the frame of `NextMethod()`'s closure (`env`): call the method for the
    /// classes after the current method's, or the default, or the generic's primitive, with the
    /// current method's arguments (those matched to its formals now promises of the formals, so
    /// that the next method sees their current values) and the named `extra` ones.
    pub fn next_method(&mut self, env: ObjId, extra: Vec<ArgVal>) -> EvalResult<Val> {
        let Some(me) = self.frames.iter().rposition(|f| f.env == env) else {
            return Err(Flow::from(SimError::new("'NextMethod' called from outside a function")));
        };
        let sysp = self.frames[me].caller;
        let Some(k) = self.frames[..me].iter().rposition(|f| f.env == sysp) else {
            return Err(Flow::from(SimError::new("'NextMethod' called from outside a function")));
        };
        let frame = self.frames[k].clone();
        let current_name = match &frame.call.fun {
            Expr::Sym(s) => s.to_string(),
            _ => return Err(Flow::from(SimError::new("'NextMethod' called from an anonymous function"))),
        };
        let (generic, classes, method, call_env, def_env) = match &frame.dispatch {
            Some(d) => (d.generic.clone(), d.classes.clone(), d.method.to_string(), d.call_env, d.def_env),
            None => {
                let object = self.dispatch_object(&frame)?;
                let classes = self.dispatch_classes(object);
                let generic = current_name.split('.').next().unwrap_or("").to_string();
                (Rc::from(generic), classes, current_name.clone(), frame.caller, self.global)
            }
        };
        // do_nextmethod: the current method is `generic.class` or, from a group method,
        // `group.class`; each later class is tried as `generic.class`, then `group.class`
        let group = frame.dispatch.as_ref().and_then(|d| d.group);
        let start = classes
            .iter()
            .position(|c| method == format!("{generic}.{c}") || group.is_some_and(|g| method == format!("{g}.{c}")))
            .map_or(0, |j| j + 1);
        let mut next = None;
        'classes: for (i, c) in classes.iter().enumerate().skip(start) {
            for g in std::iter::once(&*generic).chain(group) {
                let sig = format!("{g}.{c}");
                self.install(&sig)?;
                if let Some(f) = self.lookup_method(&sig, call_env)? {
                    next = Some((f, sig, i));
                    break 'classes;
                }
            }
        }
        let (f, sig, i) = match next {
            Some(n) => n,
            None => {
                let sig = format!("{generic}.default");
                self.install(&sig)?;
                match self.lookup_method(&sig, call_env)? {
                    Some(f) => (f, sig, classes.len()),
                    // the generic itself, if a primitive or a wrapper of the internal of its name
                    None => match super::builtins::Registry::get(&generic) {
                        // called as `generic.default` (`nextfunSignature`), so it does not dispatch again
                        Some(_) => (Val::Obj(self.builtin_object(&generic)?), sig, classes.len()),
                        None => return Err(Flow::from(SimError::new("no method to invoke"))),
                    },
                }
            }
        };
        let mark = self.heap.root_mark();
        self.heap.protect(f);
        let args = self.patch_args(&frame, extra)?;
        let rest: Vec<Rc<str>> = classes.get(i..).map(|r| r.to_vec()).unwrap_or_default();
        let class_obj = if rest.is_empty() {
            NIL
        } else {
            let items: Vec<Option<&str>> = rest.iter().map(|c| Some(&**c)).collect();
            let v = self.mk_strings(&items)?;
            self.heap.protect(Val::Obj(v));
            v
        };
        let d = Dispatch {
            generic,
            classes: rest,
            class_obj,
            method: Rc::from(sig.as_str()),
            // do_nextmethod: a group method's `.Method` keeps one string per argument
            method_args: frame.dispatch.as_ref().map(|d| d.method_args.clone()).unwrap_or_default(),
            group,
            call_env,
            def_env,
        };
        let shell = super::interp::Frame { args, ..frame };
        let v = self.dispatch_method(f, &shell, d)?;
        self.heap.release_to(mark, Some(v));
        Ok(v)
    }

    /// `patchArgsByActuals` and `matchmethargs`: the method's supplied arguments, those matched to
    /// a formal other than `...` replaced by a promise of that formal in the method's frame; named
    /// arguments given to `NextMethod()` replace or join them.
    fn patch_args(&mut self, frame: &super::interp::Frame, extra: Vec<ArgVal>) -> EvalResult<Vec<ArgVal>> {
        let fun = match &self.heap.obj(frame.function).body {
            Body::Closure(c) => c.fun.clone(),
            _ => return Ok(frame.args.clone()),
        };
        let formals: Vec<&str> = fun.params.iter().map(|p| &*p.name).collect();
        let slots: Vec<ArgVal> = frame
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| ArgVal { name: a.name.clone(), value: Val::Int(i as i32) })
            .collect();
        let mut args = frame.args.clone();
        if let Ok(matched) = super::eval::match_names(&formals, slots) {
            for (formal, m) in formals.iter().zip(matched) {
                if let super::eval::Matched::Value(Val::Int(i)) = m {
                    // an empty argument stays R_MissingArg while the formal is still missing in
                    // the method's frame (do_nextmethod: `findVarInFrame3(...) == R_MissingArg`)
                    let missing = Val::Obj(self.missing_arg);
                    if args[i as usize].value == missing {
                        let sym = crate::sym::Sym::new(formal);
                        let still = self.env(frame.env).find(&sym).map(|j| self.env(frame.env).values[j]);
                        if still == Some(missing) {
                            continue;
                        }
                    }
                    let p = self.mk_promise(Expr::sym(formal), frame.env)?;
                    self.heap.protect(Val::Obj(p));
                    args[i as usize].value = Val::Obj(p);
                }
            }
        }
        for e in extra {
            match args.iter_mut().find(|a| a.name.is_some() && a.name == e.name) {
                Some(a) if e.name.is_some() => a.value = e.value,
                _ => args.push(e),
            }
        }
        Ok(args)
    }
}

impl Interp {
    /// S3 dispatch from a natively simulated generic (`print()`, auto-printing): the method R
    /// would call for `x`'s class attribute, unless the simulator prints that class itself (one of
    /// `native`, checked first in class order). The method gets `x` and `extra`, as `UseMethod()`
    /// would hand them over; `None` if the native generic should handle `x`.
    pub fn dispatch_from_native(
        &mut self,
        generic: &str,
        x: Val,
        extra: Vec<ArgVal>,
        env: ObjId,
        native: &[&str],
    ) -> EvalResult<Option<Val>> {
        let Val::Obj(o) = x else { return Ok(None) };
        if self.heap.attr(o, "class").is_none() {
            return Ok(None);
        }
        let classes = self.dispatch_classes(x);
        for (i, class) in classes.iter().enumerate() {
            if native.contains(&&**class) {
                return Ok(None);
            }
            let method = format!("{generic}.{class}");
            self.install(&method)?;
            let Some(f) = self.lookup_method(&method, env)? else { continue };
            let mark = self.heap.root_mark();
            self.heap.protect(f);
            let class_obj = self.dot_class(x, &classes, i)?;
            self.heap.protect(Val::Obj(class_obj));
            let call = Rc::new(Call::new(
                Expr::sym(generic),
                std::iter::once(super::ast::Arg { name: None, value: Some(Expr::sym("x")) })
                    .chain(
                        extra.iter().map(|a| super::ast::Arg { name: a.name.clone(), value: Some(Expr::sym("...")) }),
                    )
                    .collect(),
                super::ast::Pos::default(),
            ));
            let mut args = vec![ArgVal { name: None, value: x }];
            args.extend(extra);
            let frame = super::interp::Frame {
                call,
                function: NIL,
                env,
                caller: env,
                args,
                dispatch: None,
                on_exit: Vec::new(),
            };
            let d = Dispatch {
                generic: Rc::from(generic),
                classes: classes[i..].to_vec(),
                class_obj,
                method: Rc::from(method.as_str()),
                method_args: Vec::new(),
                group: None,
                call_env: env,
                def_env: self.namespace_env(BASE),
            };
            let v = self.dispatch_method(f, &frame, d)?;
            self.heap.release_to(mark, Some(v));
            return Ok(Some(v));
        }
        Ok(None)
    }
}

/// Classes whose objects the natively simulated functions handle themselves (dates, ...):
/// internal and group dispatch leave them to the builtin. Data frames and factors are R's
/// closures' (`[.data.frame`, `Ops.factor`, `print.factor`, ...).
pub const NATIVE_CLASSES: &[&str] = &["difftime", "object_size", "noquote", "proc_time"];

/// The group generic a primitive belongs to (`DispatchGroup`), if any.
pub fn group_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "+" | "-" | "*" | "/" | "^" | "%%" | "%/%" | "==" | "!=" | "<" | "<=" | ">=" | ">" | "&" | "|" | "!" => "Ops",
        "abs" | "sign" | "sqrt" | "floor" | "ceiling" | "trunc" | "round" | "signif" | "exp" | "log" | "expm1"
        | "log1p" | "cos" | "sin" | "tan" | "cospi" | "sinpi" | "tanpi" | "acos" | "asin" | "atan" | "cosh"
        | "sinh" | "tanh" | "acosh" | "asinh" | "atanh" | "lgamma" | "gamma" | "digamma" | "trigamma" | "cumsum"
        | "cumprod" | "cummax" | "cummin" => "Math",
        "all" | "any" | "sum" | "prod" | "max" | "min" | "range" => "Summary",
        _ => return None,
    })
}

/// Primitives that dispatch on their first argument's class (`DispatchOrEval`).
pub fn is_internal_generic(name: &str) -> bool {
    matches!(
        name,
        "[" | "[["
            | "$"
            | "[<-"
            | "[[<-"
            | "$<-"
            | "length"
            | "length<-"
            | "dimnames"
            | "dimnames<-"
            | "dim"
            | "dim<-"
            | "names"
            | "names<-"
            | "levels<-"
            | "lengths"
            | "is.unsorted"
            | "rep_len"
            | "rep.int"
            | "c"
            | "unlist"
            | "as.character"
            | "as.vector"
            | "as.numeric"
            | "as.double"
            | "as.integer"
            | "as.logical"
            | "as.complex"
            | "as.raw"
            | "is.na"
            | "is.nan"
            | "is.finite"
            | "is.infinite"
            | "is.numeric"
            | "is.matrix"
            | "is.array"
            | "rep"
            | "seq.int"
            | "xtfrm"
            | "anyNA"
            | "as.environment"
            | "@<-"
    )
}

impl Interp {
    /// `fixup_NaRm` (summary.c): `na.rm` moved to the end of the arguments, `na.rm = FALSE` added
    /// when absent; the call dispatched on holds these evaluated arguments (`SETCDR(call2, args)`).
    fn fixup_na_rm(&mut self, args: &[ArgVal], call: &Rc<Call>) -> EvalResult<(Vec<ArgVal>, Rc<Call>)> {
        let is_na_rm = |n: &Option<Rc<str>>| n.as_deref() == Some("na.rm");
        let out = if args.last().is_some_and(|a| is_na_rm(&a.name)) {
            args.to_vec()
        } else {
            let given = args.iter().rev().find(|a| is_na_rm(&a.name)).map(|a| a.value);
            let value = match given {
                Some(v) => v,
                None => {
                    // ScalarLogical(FALSE) is shared; the new cell is CONS(na_value, R_NilValue)
                    self.heap.alloc_scratch(1, 0)?;
                    Val::Obj(self.const_obj(&super::ast::Const::Logical(Some(false)))?)
                }
            };
            let mut out: Vec<ArgVal> = args.iter().filter(|a| !is_na_rm(&a.name)).cloned().collect();
            out.push(ArgVal { name: Some(Rc::from("na.rm")), value });
            out
        };
        let cargs: Vec<super::ast::Arg> = out
            .iter()
            .map(|a| super::ast::Arg {
                name: a.name.clone(),
                value: Some(super::builtins::objects::value_expr(self, a.value)),
            })
            .collect();
        Ok((out, Rc::new(Call::new(call.fun.clone(), cargs, call.pos))))
    }

    /// Dispatch a primitive called on evaluated arguments: a group generic (`Ops`, `Math`,
    /// `Summary`) or an internal generic, when an argument it dispatches on has a class attribute
    /// with a method (R's `DispatchGroup` / `DispatchOrEval`). `None`: the primitive handles it.
    #[allow(clippy::type_complexity)]
    pub fn dispatch_primitive(
        &mut self,
        name: &str,
        args: &[ArgVal],
        call: &Rc<Call>,
        env: ObjId,
    ) -> EvalResult<Option<Val>> {
        let group = group_of(name);
        if group.is_none() && !is_internal_generic(name) {
            return Ok(None);
        }
        // Ops looks at both operands, the others at the first argument
        let candidates: &[ArgVal] = match group {
            Some("Ops") => &args[..args.len().min(2)],
            _ => &args[..args.len().min(1)],
        };
        let mut found: Vec<(usize, Val, String, usize, Vec<Rc<str>>)> = Vec::new();
        for (k, a) in candidates.iter().enumerate() {
            let Val::Obj(o) = a.value else { continue };
            if self.heap.attr(o, "class").is_none() {
                continue;
            }
            let classes = self.dispatch_classes(a.value);
            if classes.iter().any(|c| NATIVE_CLASSES.contains(&&**c)) {
                return Ok(None);
            }
            'classes: for (i, c) in classes.iter().enumerate() {
                for g in std::iter::once(name).chain(group) {
                    let sig = format!("{g}.{c}");
                    if let Some(f) = self.lookup_method(&sig, env)? {
                        self.install(&sig)?;
                        found.push((k, f, sig, i, classes.clone()));
                        break 'classes;
                    }
                }
            }
        }
        let (k, f, sig, i, classes) = match found.len() {
            0 => return Ok(None),
            1 => found.remove(0),
            _ => {
                if found[0].1 != found[1].1 {
                    self.warn(
                        None,
                        format!("Incompatible methods (\"{}\", \"{}\") for \"{name}\"", found[0].2, found[1].2),
                    )?;
                    return Ok(None);
                }
                found.remove(0)
            }
        };
        let mark = self.heap.root_mark();
        self.heap.protect(f);
        // do_summary, do_range and do_logic3 dispatch on `foo(..., na.rm = FALSE)`
        let fixed;
        let (args, call) = if group == Some("Summary") {
            fixed = self.fixup_na_rm(args, call)?;
            (&fixed.0[..], &fixed.1)
        } else {
            (args, call)
        };
        // `.Method`: the method's name for each argument whose class attribute holds the class
        // dispatched on, "" for the others (DispatchGroup)
        let method_args: Vec<bool> = match group {
            Some(_) => args
                .iter()
                .map(|a| {
                    super::builtins::class_strings(self, a.value).iter().any(|c| c.as_deref() == Some(&*classes[i]))
                })
                .collect(),
            None => Vec::new(),
        };
        let class_obj = self.dot_class(args[k].value, &classes, i)?;
        self.heap.protect(Val::Obj(class_obj));
        let frame = super::interp::Frame {
            call: call.clone(),
            function: NIL,
            env,
            caller: env,
            args: args.to_vec(),
            dispatch: None,
            on_exit: Vec::new(),
        };
        let d = Dispatch {
            generic: Rc::from(name),
            classes: classes[i..].to_vec(),
            class_obj,
            method: Rc::from(sig.as_str()),
            method_args,
            group,
            call_env: env,
            def_env: self.namespace_env(BASE),
        };
        let v = self.dispatch_method(f, &frame, d)?;
        self.heap.release_to(mark, Some(v));
        Ok(Some(v))
    }
}

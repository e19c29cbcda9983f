//! S4 classes as simple scripts use them: `setClass()` with `representation()` or `slots`, `new()`,
//! slot access `@` and `@<-`, `isVirtualClass()`, `is()`, `isS4()`, and printing.
//!
//! An S4 object is what R makes: an S4SXP node whose attributes are its slots, in the class's slot
//! order, then `class` — a character vector with a `package` attribute, shared by every object of
//! the class. Slots not given to `new()` share the class prototype's value. What the methods
//! package allocates around them (class definitions and dispatch caches it keeps, the garbage of
//! `setClass()`, `new()` and `@<-`) was measured in real R 4.2.2 (`tools/calibrate/s4_costs.R`,
//! `tests/fixtures/s4-costs.tsv`) and is charged as such. Inheritance (`contains`), validity
//! methods, generics and methods are not simulated: they are errors naming what is missing.

use std::rc::Rc;

use super::{closure, cost, special, Args, Builtin, Cost};
use crate::error::SimError;
use crate::heap::{Body, Elems, Num, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp};

pub(super) const BUILTINS: &[Builtin] = &[
    closure(
        "setClass",
        &[
            "Class",
            "representation",
            "prototype",
            "contains",
            "validity",
            "access",
            "where",
            "version",
            "sealed",
            "package",
            "S3methods",
            "slots",
        ],
        0,
        set_class,
    ),
    closure("representation", &["..."], 0, representation),
    closure("new", &["Class", "..."], 0, new),
    closure("isVirtualClass", &["Class", "formal", "where"], 0, is_virtual_class),
    closure("is", &["object", "class2"], 0, is),
    super::primitive("isS4", &["object"], is_s4),
    // objects.c `do_S4on`: `R_isMethodsDispatchOn(onOff)`, `ScalarLogical` of whether methods'
    // dispatch is on (it is: the methods package is attached)
    super::primitive(".isMethodsDispatchOn", &["onOff"], |it, _, _| Ok(it.scalar_logical(Some(true)))),
    special("@", at),
];

pub(super) const NATIVES: &[super::dotcall::Native] =
    &[super::dotcall::native("methods", "C_R_methodsPackageMetaName", package_meta_name)];

/// `.Call(C_R_methodsPackageMetaName, prefix, name, package)` (methods_list_dispatch.c
/// `R_methodsPackageMetaName`): `mkString` of `.__PREFIX__NAME:PACKAGE` (no `:PACKAGE` when it is
/// empty), cut at 500 bytes.
fn package_meta_name(it: &mut Interp, ctx: &CallCtx, args: &[crate::lang::eval::ArgVal]) -> EvalResult<Val> {
    let mut parts = Vec::with_capacity(3);
    for a in args.iter().take(3) {
        // asChar: the first element as a string
        let s = match it.type_of(a.value) {
            SexpType::Str => it.str_values(a.value).and_then(|v| v.first().cloned().flatten()),
            _ => crate::lang::print::as_character_strings(it, a.value).and_then(|v| v.first().cloned().flatten()),
        };
        parts.push(s.map_or_else(|| "NA".to_string(), |s| s.to_string()));
    }
    if parts.len() < 3 {
        return Err(ctx.error("Incorrect number of arguments (2), expecting 3 for 'R_methodsPackageMetaName'"));
    }
    let mut text = if parts[2].is_empty() {
        format!(".__{}__{}", parts[0], parts[1])
    } else {
        format!(".__{}__{}:{}", parts[0], parts[1], parts[2])
    };
    text.truncate(499);
    Ok(Val::Obj(it.mk_strings(&[Some(&text)])?))
}

/// A class defined by `setClass()`.
#[derive(Clone)]
pub struct S4Class {
    /// Slot names and the classes they hold, in definition order.
    pub slots: Vec<(Rc<str>, Rc<str>)>,
    /// The prototype's value of each slot (shared by objects that do not set it).
    prototype: Vec<ObjId>,
    /// The `class` attribute of its objects: the name, with `attr(, "package")`.
    class_attr: ObjId,
    /// Objects made so far (the first `new()` of a class fills the methods package's caches).
    made: u64,
}

/// First `setClass()` of a session: the class machinery of the methods package it loads and keeps,
/// and the garbage of doing so (kept 20641 N / 48726 V; allocated 34647 N / 237720 V).
const SET_CLASS_FIRST_KEPT: Cost = cost(20641, 48726);
const SET_CLASS_FIRST_GARBAGE: Cost = cost(34647 - 20641, 237720 - 48726);
/// A later `setClass()` with k slots keeps a class definition of 30 + 4 k N and 3 + 3 k V and
/// allocates 8357 + 533 k N and 1467 + 130 k V in all (numeric slots; 1 to 4 slots measured, other
/// slot classes allocate up to 14 % more).
const SET_CLASS_KEPT: (Cost, Cost) = (cost(30, 3), cost(4, 3));
const SET_CLASS_ALLOC: (Cost, Cost) = (cost(8357, 1467), cost(533, 130));
/// The first `setClass(..., slots = )` loads the code that reads `slots` (kept 474 N / 971 V).
const SLOTS_ARG_FIRST_KEPT: Cost = cost(474, 971);
/// The first `show()` of an S4 object loads `showDefault()` and what it calls (kept 1477 N /
/// 3379 V).
const SHOW_FIRST_KEPT: Cost = cost(1477, 3379);
/// `new()` on a class with k slots of which g are given: garbage 345 + 171 k + 54 g N and
/// 85 + 41 k + 15 g V; the first object of a class also fills caches that stay (17 N / 3 V) and
/// makes 1185 N / 298 V more garbage.
const NEW_GARBAGE: (Cost, Cost, Cost) = (cost(345, 85), cost(171, 41), cost(54, 15));
const NEW_FIRST_KEPT: Cost = cost(17, 3);
const NEW_FIRST_GARBAGE: Cost = cost(1185, 298);
/// A value whose class only extends the slot's (an integer in a "numeric" slot) goes through
/// `extends()`: 485 N / 41 V more garbage a slot; the first time loads the class-extension
/// machinery, which stays (2781 N / 6355 V), with 4078 N / 25233 V of garbage.
const EXTENDS_GARBAGE: Cost = cost(485, 41);
const EXTENDS_FIRST_KEPT: Cost = cost(2781, 6355);
const EXTENDS_FIRST_GARBAGE: Cost = cost(4078, 25233);
/// `x@name <- value` (`slot<-` with its validity check): garbage 73 N / 3 V a call; the first one
/// keeps 5 N / 1 V and makes 59 N / 8 V more.
pub const SLOT_ASSIGN_GARBAGE: Cost = cost(73, 3);
const SLOT_ASSIGN_FIRST_KEPT: Cost = cost(5, 1);
const SLOT_ASSIGN_FIRST_GARBAGE: Cost = cost(59, 8);

/// R's curly quotes around class names in the methods package's messages (UTF-8 locale).
fn q(name: &str) -> String {
    format!("\u{201c}{name}\u{201d}")
}

fn string_arg(it: &Interp, v: Option<Val>) -> Option<Rc<str>> {
    v.and_then(|v| it.str_values(v)).and_then(|s| s.first().cloned().flatten())
}

/// `representation(...)`: the slots as a named list of class names.
fn representation(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut elems = Vec::new();
    let mut names = Vec::new();
    for d in &a.dots {
        let Some(name) = &d.name else {
            return Err(ctx.error("rheap does not simulate unnamed representation() elements (superclasses)"));
        };
        elems.push(it.boxed(d.value)?);
        names.push(Some(name.to_string()));
    }
    let list = it.new_list(elems)?;
    it.heap.protect(Val::Obj(list));
    let refs: Vec<Option<&str>> = names.iter().map(|s| s.as_deref()).collect();
    let nm = it.mk_strings(&refs)?;
    it.heap.set_attr(list, "names", nm)?;
    Ok(Val::Obj(list))
}

/// The value a slot of this class starts with (the class's prototype).
fn prototype_value(it: &mut Interp, ctx: &CallCtx, class: &str) -> EvalResult<ObjId> {
    Ok(match class {
        "numeric" => it.new_num(SexpType::Real, 0, Num::Unknown)?,
        "integer" => it.new_num(SexpType::Int, 0, Num::Unknown)?,
        "logical" => it.new_num(SexpType::Lgl, 0, Num::Unknown)?,
        "complex" => it.new_num(SexpType::Cplx, 0, Num::Unknown)?,
        "character" => it.new_strs(0, Elems::Unknown)?,
        "list" => it.new_list(Vec::new())?,
        "ANY" => NIL,
        other => return Err(ctx.error(format!("rheap does not simulate slots of class {}", q(other)))),
    })
}

/// Whether `v` may be stored in a slot of class `class`.
fn fits(it: &Interp, v: Val, class: &str) -> bool {
    let t = it.type_of(v);
    match class {
        "numeric" => matches!(t, SexpType::Real | SexpType::Int),
        "integer" => t == SexpType::Int,
        "logical" => t == SexpType::Lgl,
        "complex" => t == SexpType::Cplx,
        "character" => t == SexpType::Str,
        "list" => t == SexpType::Vec,
        _ => true,
    }
}

/// The class name R reports for a value in slot errors.
fn class_of(it: &Interp, v: Val) -> &'static str {
    match it.type_of(v) {
        SexpType::Real => "numeric",
        SexpType::Int => "integer",
        SexpType::Lgl => "logical",
        SexpType::Cplx => "complex",
        SexpType::Str => "character",
        SexpType::Vec => "list",
        SexpType::Nil => "NULL",
        SexpType::Clo | SexpType::Builtin | SexpType::Special => "function",
        SexpType::Env => "environment",
        _ => "ANY",
    }
}

/// `setClass(Class, representation)` or `setClass(Class, slots = c(name = "class"))`: defines the
/// class and returns its generator, a function calling `new(Class, ...)`, invisibly.
fn set_class(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let class =
        string_arg(it, a.get("Class")).ok_or_else(|| ctx.error("argument \"Class\" is missing, with no default"))?;
    for unsupported in ["prototype", "contains", "validity"] {
        if a.has(unsupported) {
            return Err(ctx.error(format!("rheap does not simulate setClass(..., {unsupported} = )")));
        }
    }
    if a.has("slots") {
        it.lazy_load_once("setClass: slots", SLOTS_ARG_FIRST_KEPT.nodes, SLOTS_ARG_FIRST_KEPT.vcells)?;
    }
    let spec = a.get("representation").or(a.get("slots"));
    let mut slots: Vec<(Rc<str>, Rc<str>)> = Vec::new();
    if let Some(spec) = spec {
        let names = it.names(spec).unwrap_or_default();
        let classes: Vec<Option<Rc<str>>> = match it.type_of(spec) {
            SexpType::Str => it.str_values(spec).unwrap_or_default(),
            SexpType::Vec => {
                it.list_elems(spec).unwrap_or_default().iter().map(|&e| string_arg(it, Some(Val::Obj(e)))).collect()
            }
            _ => return Err(ctx.error("the slots of a class must be given as class names")),
        };
        for (i, c) in classes.into_iter().enumerate() {
            match (names.get(i).cloned().flatten(), c) {
                (Some(n), Some(c)) if !n.is_empty() => slots.push((n, c)),
                _ => return Err(ctx.error("rheap does not simulate unnamed slots (superclasses)")),
            }
        }
    }
    // what the methods package keeps and the garbage it makes
    let k = slots.len() as u64;
    let (kept, alloc) = if it.used_builtins.insert("setClass: first") {
        (
            SET_CLASS_FIRST_KEPT,
            cost(
                SET_CLASS_FIRST_KEPT.nodes + SET_CLASS_FIRST_GARBAGE.nodes,
                SET_CLASS_FIRST_KEPT.vcells + SET_CLASS_FIRST_GARBAGE.vcells,
            ),
        )
    } else {
        let (kb, kk) = SET_CLASS_KEPT;
        let (ab, ak) = SET_CLASS_ALLOC;
        (
            cost(kb.nodes + kk.nodes * k as u32, kb.vcells + kk.vcells * k),
            cost(ab.nodes + ak.nodes * k as u32, ab.vcells + ak.vcells * k),
        )
    };
    // the class attribute and the prototype's slot values are part of what is kept
    let before = (it.heap.nodes_in_use, it.heap.vcells_in_use());
    let mut prototype = Vec::new();
    let class_attr = it.mk_strings(&[Some(&class)])?;
    it.adopt_permanent(class_attr);
    let package = it.mk_strings(&[Some(".GlobalEnv")])?;
    it.heap.set_attr(class_attr, "package", package)?;
    for (_, c) in &slots {
        let p = prototype_value(it, ctx, c)?;
        if p != NIL {
            it.adopt_permanent(p);
        }
        prototype.push(p);
    }
    let own = (it.heap.nodes_in_use - before.0, it.heap.vcells_in_use() - before.1);
    it.retain_static((kept.nodes as u64).saturating_sub(own.0) as u32, kept.vcells.saturating_sub(own.1))?;
    it.heap.alloc_scratch(alloc.nodes.saturating_sub(kept.nodes), alloc.vcells.saturating_sub(kept.vcells))?;
    it.s4_classes.insert(class.clone(), S4Class { slots, prototype, class_attr, made: 0 });
    // the generator
    let code = format!("function(...) new({}, ...)", crate::lang::print::quote_string(&class));
    let e = crate::lang::parse::parse_expr(&code)?;
    let generator = it.eval(&e, it.global, ctx.mode)?;
    it.visible = false;
    Ok(generator)
}

/// `new(Class, ...)`: an S4 object with the named slots given, the others from the prototype.
fn new(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let class =
        string_arg(it, a.get("Class")).ok_or_else(|| ctx.error("argument \"Class\" is missing, with no default"))?;
    let Some(def) = it.s4_classes.get(&class) else {
        return Err(Flow::from(SimError::in_call(
            "getClass(Class, where = topenv(parent.frame()))",
            format!("{} is not a defined class", q(&class)),
        )));
    };
    let (slots, prototype, class_attr, first) =
        (def.slots.clone(), def.prototype.clone(), def.class_attr, def.made == 0);
    let mut values: Vec<Option<Val>> = vec![None; slots.len()];
    for d in &a.dots {
        let Some(name) = &d.name else {
            return Err(ctx.error("rheap does not simulate unnamed arguments to new() (superclass objects)"));
        };
        let Some(i) = slots.iter().position(|(s, _)| s == name) else {
            return Err(ctx.error(format!("invalid name for slot of class {}: {name}", q(&class))));
        };
        if !fits(it, d.value, &slots[i].1) {
            return Err(Flow::from(SimError::in_call(
                "validObject(.Object)",
                format!(
                    "invalid class {} object: invalid object for slot \"{name}\" in class {}: got class \"{}\", should be or extend class \"{}\"",
                    q(&class),
                    q(&class),
                    class_of(it, d.value),
                    slots[i].1
                ),
            )));
        }
        values[i] = Some(d.value);
    }
    let (k, g) = (slots.len() as u32, values.iter().filter(|v| v.is_some()).count() as u32);
    let extending =
        values.iter().zip(&slots).filter(|(v, (_, c))| v.is_some_and(|v| class_of(it, v) != &**c)).count() as u32;
    if extending > 0 && it.used_builtins.insert("extends: first") {
        it.retain_static(EXTENDS_FIRST_KEPT.nodes, EXTENDS_FIRST_KEPT.vcells)?;
        it.heap.alloc_scratch(EXTENDS_FIRST_GARBAGE.nodes, EXTENDS_FIRST_GARBAGE.vcells)?;
    }
    let (base, per_slot, per_given) = NEW_GARBAGE;
    let mut garbage = cost(
        base.nodes + per_slot.nodes * k + per_given.nodes * g + EXTENDS_GARBAGE.nodes * extending,
        base.vcells
            + per_slot.vcells * k as u64
            + per_given.vcells * g as u64
            + EXTENDS_GARBAGE.vcells * extending as u64,
    );
    if first {
        it.retain_static(NEW_FIRST_KEPT.nodes, NEW_FIRST_KEPT.vcells)?;
        garbage = cost(garbage.nodes + NEW_FIRST_GARBAGE.nodes, garbage.vcells + NEW_FIRST_GARBAGE.vcells);
    }
    it.heap.alloc_scratch(garbage.nodes, garbage.vcells)?;
    if let Some(def) = it.s4_classes.get_mut(&class) {
        def.made += 1;
    }
    let id = it.heap.alloc(Obj::node(SexpType::S4, Body::Opaque))?;
    for (i, (name, _)) in slots.iter().enumerate() {
        let v = match values[i] {
            Some(v) => it.boxed(v)?,
            None => prototype[i],
        };
        if v == NIL {
            continue;
        }
        let r = &mut it.heap.obj_mut(v).refs;
        *r = r.saturating_add(1);
        it.heap.set_attr(id, name, v)?;
    }
    it.heap.set_attr(id, "class", class_attr)?;
    Ok(Val::Obj(id))
}

/// The class definition of an S4 object, by its class attribute.
fn class_name(it: &Interp, x: Val) -> Option<Rc<str>> {
    let Val::Obj(o) = x else { return None };
    if it.heap.obj(o).sexp != SexpType::S4 {
        return None;
    }
    string_arg(it, it.heap.attr(o, "class").map(Val::Obj))
}

/// `x@name`.
fn at(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let xe = ctx.call.args.first().and_then(|a| a.value.as_ref()).ok_or_else(|| ctx.error("invalid slot access"))?;
    let x = it.eval(xe, ctx.env, ctx.mode)?;
    let name =
        super::dollar_name(&ctx.call.args[1..]).ok_or_else(|| ctx.error("invalid type or length for slot name"))?;
    slot(it, ctx, x, &name)
}

pub fn slot(it: &mut Interp, ctx: &CallCtx, x: Val, name: &str) -> EvalResult<Val> {
    let Some(class) = class_name(it, x) else {
        return Err(
            ctx.error(format!("no applicable method for `@` applied to an object of class \"{}\"", class_of(it, x)))
        );
    };
    let Val::Obj(o) = x else { unreachable!("class_name is Some only for objects") };
    if !it.s4_classes.get(&class).is_some_and(|c| c.slots.iter().any(|(s, _)| &**s == name)) {
        return Err(ctx.error(format!("no slot of name \"{name}\" for this object of class \"{class}\"")));
    }
    Ok(Val::Obj(it.heap.attr(o, name).unwrap_or(NIL)))
}

/// `x@name <- value` (`slot<-` with `checkAtAssignment()`): copies `x` when something else refers
/// to it.
pub fn set_slot(it: &mut Interp, ctx: &CallCtx, x: Val, name: &str, value: Val) -> EvalResult<Val> {
    let Some(class) = class_name(it, x) else {
        return Err(ctx.error("no slot assignment for an object that is not an S4 object"));
    };
    let want = it
        .s4_classes
        .get(&class)
        .and_then(|c| c.slots.iter().find(|(s, _)| &**s == name).map(|(_, c)| c.clone()))
        .ok_or_else(|| {
            Flow::from(SimError::in_call(
                "(function (cl, name, valueClass) ",
                format!("no slot of name \"{name}\" for this object of class \"{class}\""),
            ))
        })?;
    if !fits(it, value, &want) {
        return Err(Flow::from(SimError::in_call(
            "(function (cl, name, valueClass) ",
            format!(
                "assignment of an object of class {} is not valid for @{} in an object of class {}; is(value, \"{want}\") is not TRUE",
                q(class_of(it, value)),
                q(name),
                q(&class)
            ),
        )));
    }
    if it.used_builtins.insert("@<-: first") {
        it.retain_static(SLOT_ASSIGN_FIRST_KEPT.nodes, SLOT_ASSIGN_FIRST_KEPT.vcells)?;
        it.heap.alloc_scratch(SLOT_ASSIGN_FIRST_GARBAGE.nodes, SLOT_ASSIGN_FIRST_GARBAGE.vcells)?;
    }
    it.heap.alloc_scratch(SLOT_ASSIGN_GARBAGE.nodes, SLOT_ASSIGN_GARBAGE.vcells)?;
    let id = super::vectors::modifiable(it, x)?;
    let v = it.boxed(value)?;
    let r = &mut it.heap.obj_mut(v).refs;
    *r = r.saturating_add(1);
    it.heap.set_attr(id, name, v)?;
    Ok(Val::Obj(id))
}

fn is_virtual_class(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let class =
        string_arg(it, a.get("Class")).ok_or_else(|| ctx.error("argument \"Class\" is missing, with no default"))?;
    if !it.s4_classes.contains_key(&class) {
        return Err(ctx.error(format!("rheap knows no class {}", q(&class))));
    }
    Ok(it.scalar_logical(Some(false)))
}

/// `is(object, class2)`: for S4 objects, their class; otherwise the class R reports.
fn is(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "object")?;
    let want = string_arg(it, a.get("class2")).ok_or_else(|| ctx.error("rheap simulates is() with a class2 only"))?;
    let hit = match class_name(it, x) {
        Some(c) => c == want,
        None => class_of(it, x) == &*want,
    };
    Ok(it.scalar_logical(Some(hit)))
}

fn is_s4(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "object")?;
    Ok(it.scalar_logical(Some(class_name(it, x).is_some())))
}

/// `show()` of an S4 object, as the default method prints it.
pub fn show(it: &mut Interp, x: Val) -> EvalResult<Option<String>> {
    let Some(class) = class_name(it, x) else { return Ok(None) };
    let Val::Obj(o) = x else { return Ok(None) };
    let slots = it.s4_classes.get(&class).map(|c| c.slots.clone()).unwrap_or_default();
    it.lazy_load_once("show: S4", SHOW_FIRST_KEPT.nodes, SHOW_FIRST_KEPT.vcells)?;
    let mut out = format!("An object of class \"{class}\"\n");
    for (name, _) in slots {
        out.push_str(&format!("Slot \"{name}\":\n"));
        let v = it.heap.attr(o, &name).unwrap_or(NIL);
        out.push_str(&crate::lang::print::format_value(it, Val::Obj(v))?);
        out.push('\n');
    }
    Ok(Some(out))
}

//! Arithmetic, comparison and logic operators. Byte code computes them inline: scalar results stay
//! unboxed, and a temporary operand nobody references is reused for the result (`arithmetic.c`).

use std::rc::Rc;

use super::{Args, Builtin, Cost, Imp, Shape};
use crate::heap::{Base, Body, Num, ObjId, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{map_num, num_at, patched, EvalResult, Interp, Mode, MAX_CONCRETE};

const fn op(name: &'static str, f: super::EagerFn) -> Builtin {
    Builtin {
        name,
        formals: &["e1", "e2"],
        shape: Shape::Primitive { inlined: true },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(f),
    }
}

pub(super) const BUILTINS: &[Builtin] = &[
    op("+", |it, c, a| binary(it, c, a, Op::Add)),
    op("-", |it, c, a| binary(it, c, a, Op::Sub)),
    op("*", |it, c, a| binary(it, c, a, Op::Mul)),
    op("/", |it, c, a| binary(it, c, a, Op::Div)),
    op("^", |it, c, a| binary(it, c, a, Op::Pow)),
    op("%%", |it, c, a| binary(it, c, a, Op::Mod)),
    op("%/%", |it, c, a| binary(it, c, a, Op::IDiv)),
    op("==", |it, c, a| binary(it, c, a, Op::Eq)),
    op("!=", |it, c, a| binary(it, c, a, Op::Ne)),
    op("<", |it, c, a| binary(it, c, a, Op::Lt)),
    op(">", |it, c, a| binary(it, c, a, Op::Gt)),
    op("<=", |it, c, a| binary(it, c, a, Op::Le)),
    op(">=", |it, c, a| binary(it, c, a, Op::Ge)),
    op("&", |it, c, a| binary(it, c, a, Op::And)),
    op("|", |it, c, a| binary(it, c, a, Op::Or)),
    Builtin {
        name: "!",
        formals: &["x"],
        shape: Shape::Primitive { inlined: true },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(not),
    },
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Mod,
    IDiv,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    And,
    Or,
}

impl Op {
    /// The operator's name, as a method signature spells it (`Ops.cls`, `+.cls`).
    pub fn name(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Pow => "^",
            Op::Mod => "%%",
            Op::IDiv => "%/%",
            Op::Eq => "==",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Ge => ">=",
            Op::And => "&",
            Op::Or => "|",
        }
    }

    pub fn is_compare(self) -> bool {
        matches!(self, Op::Eq | Op::Ne | Op::Lt | Op::Gt | Op::Le | Op::Ge | Op::And | Op::Or)
    }

    /// `<`, `>`, `<=`, `>=`: monotone in their first operand.
    fn is_order(self) -> bool {
        matches!(self, Op::Lt | Op::Gt | Op::Le | Op::Ge)
    }

    #[inline(always)]
    fn apply(self, a: f64, b: f64) -> f64 {
        if a.is_nan() || b.is_nan() {
            return match self {
                // logic.c lbinary: FALSE & NA is FALSE, TRUE | NA is TRUE
                Op::And if a == 0.0 || b == 0.0 => 0.0,
                Op::Or if (!a.is_nan() && a != 0.0) || (!b.is_nan() && b != 0.0) => 1.0,
                // arithmetic.c R_POW: 1^y and x^0 are 1, even for NA
                Op::Pow if a == 1.0 || b == 0.0 => 1.0,
                _ if self.is_compare() => crate::heap::na_real(),
                _ => a + b,
            };
        }
        let t = |c: bool| c as i32 as f64;
        match self {
            Op::Add => a + b,
            Op::Sub => a - b,
            Op::Mul => a * b,
            Op::Div => a / b,
            Op::Pow => a.powf(b),
            Op::Mod => a - (a / b).floor() * b,
            Op::IDiv => (a / b).floor(),
            Op::Eq => t(a == b),
            Op::Ne => t(a != b),
            Op::Lt => t(a < b),
            Op::Gt => t(a > b),
            Op::Le => t(a <= b),
            Op::Ge => t(a >= b),
            Op::And => t(a != 0.0 && b != 0.0),
            Op::Or => t(a != 0.0 || b != 0.0),
        }
    }

    /// The result type for operands of these types.
    fn result_type(self, a: SexpType, b: SexpType) -> SexpType {
        if self.is_compare() {
            return SexpType::Lgl;
        }
        let real = |t| matches!(t, SexpType::Real);
        if matches!(a, SexpType::Cplx) || matches!(b, SexpType::Cplx) {
            SexpType::Cplx
        } else if real(a) || real(b) || matches!(self, Op::Div | Op::Pow) {
            SexpType::Real
        } else {
            SexpType::Int
        }
    }
}

/// The values of `op` over two operands, as far as they are known.
fn combine(op: Op, a: &Num, na: u64, b: &Num, nb: u64, n: u64) -> Num {
    match (a, b) {
        (Num::Fill(x), Num::Fill(y)) => Num::Fill(op.apply(*x, *y)),
        (Num::Seq { from, by }, Num::Fill(y)) if na == n => match op {
            Op::Add => Num::Seq { from: from + y, by: *by },
            Op::Sub => Num::Seq { from: from - y, by: *by },
            Op::Mul => Num::Seq { from: from * y, by: by * y },
            // by a power of two: every element divides exactly, so the quotients are the
            // sequence of the quotients (`seq_len(n) / 2`)
            Op::Div if y.is_normal() && (y.abs().log2().fract() == 0.0) => Num::Seq { from: from / y, by: by / y },
            // compared with a number: the same answer at both ends is the answer everywhere (a
            // sequence is monotone), however long it is
            _ if op.is_order() && n > 0 && op.apply(*from, *y) == op.apply(from + by * (n - 1) as f64, *y) => {
                Num::Fill(op.apply(*from, *y))
            }
            _ => elementwise(op, a, na, b, nb, n),
        },
        (Num::Fill(x), Num::Seq { from, by }) if nb == n => match op {
            Op::Add => Num::Seq { from: from + x, by: *by },
            Op::Mul => Num::Seq { from: from * x, by: by * x },
            _ => elementwise(op, a, na, b, nb, n),
        },
        (Num::Patched(_), _) | (_, Num::Patched(_)) => combine_patched(op, a, na, b, nb, n),
        _ => elementwise(op, a, na, b, nb, n),
    }
}

/// `op` over a patched vector and a number or a vector as long: the bases combined as above,
/// then each patched place (of either operand) one by one. Work follows the patches.
fn combine_patched(op: Op, a: &Num, na: u64, b: &Num, nb: u64, n: u64) -> Num {
    fn parts(x: &Num, len: u64, n: u64) -> Option<(Num, Option<&Rc<crate::heap::Patched>>)> {
        match x {
            Num::Patched(p) if len == n => Some((p.base.num(), Some(p))),
            Num::Fill(_) | Num::Seq { .. } if len == n || len == 1 => Some((x.clone(), None)),
            Num::Values(v) if len == 1 => Some((Num::Fill(v[0]), None)),
            _ => None,
        }
    }
    let (Some((ba, pa)), Some((bb, pb))) = (parts(a, na, n), parts(b, nb, n)) else {
        return elementwise(op, a, na, b, nb, n);
    };
    let base = match combine(op, &ba, na, &bb, nb, n) {
        Num::Fill(x) => Base::Fill(x),
        Num::Seq { from, by } => Base::Seq { from, by },
        _ => Base::Unknown,
    };
    let places = pa.iter().chain(pb.iter()).flat_map(|p| p.patches.keys().copied());
    let mut patches = std::collections::BTreeMap::new();
    for k in places {
        if let (Some(x), Some(y)) = (num_at(a, k % na), num_at(b, k % nb)) {
            patches.insert(k, op.apply(x, y));
        } else if base != Base::Unknown {
            return Num::Unknown;
        }
    }
    patched(base, patches, n)
}

fn elementwise(op: Op, a: &Num, na: u64, b: &Num, nb: u64, n: u64) -> Num {
    if n > MAX_CONCRETE || matches!(a, Num::Unknown) || matches!(b, Num::Unknown) || na == 0 || nb == 0 {
        return Num::Unknown;
    }
    let v: Option<Vec<f64>> = (0..n).map(|i| Some(op.apply(num_at(a, i % na)?, num_at(b, i % nb)?))).collect();
    v.map_or(Num::Unknown, |v| crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), n))
}

/// A logical, integer or double scalar without attributes, unboxed or boxed, with its known value:
/// byte code computes with it directly.
#[inline(always)]
fn plain_scalar(it: &Interp, v: Val) -> Option<(f64, SexpType)> {
    match v {
        Val::Dbl(d) => Some((d, SexpType::Real)),
        Val::Int(i) => Some((crate::lang::interp::int_to_f64(i), SexpType::Int)),
        Val::Lgl(l) => Some((crate::lang::interp::int_to_f64(l), SexpType::Lgl)),
        Val::Obj(o) => {
            let o = it.heap.obj(o);
            match (&o.body, o.sexp) {
                (Body::Num(Num::Fill(x)), SexpType::Lgl | SexpType::Int | SexpType::Real)
                    if o.length == 1 && o.attrs.is_none() =>
                {
                    Some((*x, o.sexp))
                }
                _ => None,
            }
        }
    }
}

/// Byte code's arithmetic on two plain scalars: the result stays unboxed, nothing is allocated.
/// (Inlined into the compiled assignment: 346 -> 310 host instructions per scalar loop iteration.)
#[inline(always)]
pub fn scalar_values(it: &Interp, x: Val, y: Val, op: Op) -> Option<Val> {
    let (a, ta) = plain_scalar(it, x)?;
    let (b, tb) = plain_scalar(it, y)?;
    let v = op.apply(a, b);
    Some(match op.result_type(ta, tb) {
        SexpType::Real => Val::Dbl(v),
        SexpType::Int => Val::Int(crate::lang::interp::f64_to_int(v)),
        _ => Val::Lgl(crate::lang::interp::f64_to_int(v)),
    })
}

fn has_attrs(it: &Interp, v: Val) -> bool {
    matches!(v, Val::Obj(o) if it.heap.obj(o).attrs.is_some())
}

/// A temporary operand nobody references can hold the result (`NO_REFERENCES`).
fn reusable(it: &Interp, v: Val, t: SexpType, n: u64) -> Option<ObjId> {
    match v {
        Val::Obj(o) => {
            let ob = it.heap.obj(o);
            (ob.refs == 0
                && ob.sexp == t
                && ob.length == n
                && !ob.altrep
                && ob.wrapped.is_none()
                && ob.capacity == n
                && matches!(ob.body, Body::Num(_)))
            .then_some(o)
        }
        _ => None,
    }
}

fn binary(it: &mut Interp, ctx: &CallCtx, a: &mut Args, op: Op) -> EvalResult<Val> {
    let x = a.need(ctx, "e1")?;
    let Some(y) = a.get("e2") else {
        return unary(it, ctx, x, op);
    };
    binary_values(it, ctx, x, y, op)
}

/// The operator's name as R spells it, for the evaluator's fast path.
pub fn op_named(name: &str) -> Option<Op> {
    Some(match name {
        "+" => Op::Add,
        "-" => Op::Sub,
        "*" => Op::Mul,
        "/" => Op::Div,
        "^" => Op::Pow,
        "%%" => Op::Mod,
        "%/%" => Op::IDiv,
        "==" => Op::Eq,
        "!=" => Op::Ne,
        "<" => Op::Lt,
        ">" => Op::Gt,
        "<=" => Op::Le,
        ">=" => Op::Ge,
        "&" => Op::And,
        "|" => Op::Or,
        _ => return None,
    })
}

/// `x op y` on evaluated operands.
fn has_class(it: &Interp, v: Val) -> bool {
    matches!(v, Val::Obj(o) if it.heap.attr(o, "class").is_some())
}

pub fn binary_values(it: &mut Interp, ctx: &CallCtx, x: Val, y: Val, op: Op) -> EvalResult<Val> {
    if ctx.mode == Mode::Compiled {
        if let Some(v) = scalar_values(it, x, y, op) {
            return Ok(v);
        }
    }
    // (called by `NextMethod()` as `op.default`, the operator does not dispatch again:
    // `DispatchGroup` declines a call whose function is not the generic's symbol)
    let from_next_method = matches!(&ctx.call.fun, crate::lang::ast::Expr::Sym(s) if s.ends_with(".default"));
    if !from_next_method && (has_class(it, x) || has_class(it, y)) {
        let args = [ArgVal { name: None, value: x }, ArgVal { name: None, value: y }];
        if let Some(v) = it.dispatch_primitive(op.name(), &args, ctx.call, ctx.env)? {
            return Ok(v);
        }
    }
    let (mut x, mut y) = (x, y);
    if op.is_compare() {
        // relop.c: a symbol or call compares as its name or one-line deparse (a new string)
        x = language_as_string(it, x)?;
        y = language_as_string(it, y)?;
    }
    // NULL operates as integer(0) (arithmetic.c FIXUP_NULL_AND_CHECK_TYPES, relop.c)
    for v in [&mut x, &mut y] {
        if it.type_of(*v) == SexpType::Nil {
            *v = Val::Obj(it.new_num(SexpType::Int, 0, Num::Unknown)?);
            it.heap.protect(*v);
        }
    }
    let (tx, ty) = (it.type_of(x), it.type_of(y));
    let numeric = |t| matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx);
    if !numeric(tx) || !numeric(ty) {
        if op.is_compare() && (tx == SexpType::Str || ty == SexpType::Str) {
            return compare_strings(it, ctx, x, y, op);
        }
        return Err(ctx.error("non-numeric argument to binary operator"));
    }
    let (nx, ny) = (it.length(x), it.length(y));
    let n = if nx == 0 || ny == 0 { 0 } else { nx.max(ny) };
    if n > 0 && n % nx.min(ny) != 0 {
        let call = crate::lang::deparse::call_text(ctx.call);
        it.warn(Some(call), "longer object length is not a multiple of shorter object length".to_string())?;
    }
    let t = op.result_type(tx, ty);
    let content = if tx == SexpType::Cplx || ty == SexpType::Cplx {
        // relop.c `complex_relop`, arithmetic.c `complex_binary`: the other operand is coerced
        // to complex first (`COERCE_IF_NEEDED`: a new vector, which may then hold the result)
        if op.is_order() {
            return Err(ctx.error("invalid comparison with complex values"));
        }
        if matches!(op, Op::Mod | Op::IDiv) {
            return Err(ctx.error("unimplemented complex operation"));
        }
        if !matches!(op, Op::And | Op::Or) {
            for v in [&mut x, &mut y] {
                if it.type_of(*v) != SexpType::Cplx {
                    *v = super::coerce::coerce_vector(it, *v, SexpType::Cplx)?;
                    it.heap.protect(*v);
                }
            }
        }
        super::complex::binary_content(it, op, x, y, n)
    } else {
        combine(op, &it.num_content(x), nx, &it.num_content(y), ny, n)
    };
    if n == 1 && !has_attrs(it, x) && !has_attrs(it, y) && ctx.mode == Mode::Compiled {
        if let Num::Fill(v) = content {
            return it.scalar(t, v, Mode::Compiled).map_err(Into::into);
        }
    }
    let target = reusable(it, x, t, n).or_else(|| reusable(it, y, t, n));
    let id = match target {
        Some(o) => {
            it.heap.obj_mut(o).body = Body::Num(content);
            o
        }
        None => it.new_num(t, n, content)?,
    };
    // the result is allocated first; then the operands' data pointers are read, which expands
    // a compact sequence (with the collector off)
    it.heap.protect(Val::Obj(id));
    it.expand_altrep(x)?;
    it.expand_altrep(y)?;
    binary_attrs(it, op, (x, nx), (y, ny), id)?;
    if let Some((class, units)) = time_class(it, op, x, y, ctx)? {
        if let Some(u) = units {
            it.heap.set_attr(id, "units", u)?;
        }
        let cl = it.mk_strings(&[Some(class)])?;
        it.heap.set_attr(id, "class", cl)?;
    }
    Ok(Val::Obj(id))
}

/// The attributes of `x op y`. Arithmetic (`real_binary`, `integer_binary`) copies most
/// attributes (all but names, dim and dimnames) of each operand as long as the result, `x`'s last
/// so they win; every operator (`R_binary`, `relop`, `lbinary`) then gives the result the dim and
/// dimnames of an array operand, or else the names of an operand as long as the result, `x`'s
/// first. An operand holding the result keeps its own.
fn binary_attrs(it: &mut Interp, op: Op, (x, nx): (Val, u64), (y, ny): (Val, u64), id: ObjId) -> EvalResult<()> {
    let attrs = |v: Val| match v {
        Val::Obj(o) if o != id => it.heap.obj(o).attrs.clone(),
        _ => None,
    };
    let (ax, ay) = (attrs(x), attrs(y));
    if ax.is_none() && ay.is_none() {
        return Ok(());
    }
    let n = it.length(Val::Obj(id));
    let structural = |k: &str| matches!(k, "names" | "dim" | "dimnames");
    if !op.is_compare() && !matches!(op, Op::And | Op::Or) {
        for (a, len) in [(&ay, ny), (&ax, nx)] {
            for (k, v) in a.iter().flat_map(|a| a.iter()).filter(|(k, _)| !structural(k)) {
                if len == n {
                    it.heap.set_attr(id, k, *v)?;
                }
            }
        }
    }
    let get = |a: &Option<Box<crate::heap::Attrs>>, k: &str| {
        a.as_ref().and_then(|a| a.iter().find(|(n, _)| &**n == k)).map(|(_, v)| *v)
    };
    if let Some(dim) = get(&ax, "dim").or_else(|| get(&ay, "dim")) {
        it.heap.set_attr(id, "dim", dim)?;
        if let Some(dn) = get(&ax, "dimnames").or_else(|| get(&ay, "dimnames")) {
            it.heap.set_attr(id, "dimnames", dn)?;
        }
    } else if let Some(nm) =
        [get(&ax, "names"), get(&ay, "names")].into_iter().flatten().find(|&v| it.length(Val::Obj(v)) == n)
    {
        it.heap.set_attr(id, "names", nm)?;
    }
    Ok(())
}

/// `Ops.Date` (`+.Date`, `-.Date`) and `Ops.difftime`: the class (and units) of an arithmetic
/// result with a Date or difftime operand. A Date plus or minus numbers stays a Date, the
/// difference of two Dates is a difftime in days, a difftime keeps its class and units; other
/// arithmetic on them is R's error. Comparisons give plain logicals.
type TimeClass = Option<(&'static str, Option<ObjId>)>;

fn time_class(it: &mut Interp, op: Op, x: Val, y: Val, ctx: &CallCtx) -> EvalResult<TimeClass> {
    // (a class is an attribute: operands without any have none)
    if op.is_compare() || !(has_attrs(it, x) || has_attrs(it, y)) {
        return Ok(None);
    }
    let (dx, dy) = (super::objects::inherits_class(it, x, "Date"), super::objects::inherits_class(it, y, "Date"));
    if dx || dy {
        return match op {
            Op::Sub if dx && dy => Ok(Some(("difftime", Some(it.mk_strings(&[Some("days")])?)))),
            Op::Sub if dx => Ok(Some(("Date", None))),
            Op::Add if dx && dy => Err(ctx.error("binary + is not defined for \"Date\" objects")),
            Op::Add => Ok(Some(("Date", None))),
            Op::Sub => Err(ctx.error("can only subtract from \"Date\" objects")),
            _ => Err(ctx.error(format!("{} not defined for \"Date\" objects", ctx.name()))),
        };
    }
    let units = |v: Val| match v {
        Val::Obj(o) if super::objects::inherits_class(it, v, "difftime") => Some(it.heap.attr(o, "units")),
        _ => None,
    };
    match (units(x).or_else(|| units(y)), op) {
        (None, _) => Ok(None),
        (Some(u), Op::Add | Op::Sub | Op::Mul | Op::Div) => Ok(Some(("difftime", u))),
        (Some(_), _) => Err(ctx.error(format!("'{}' not defined for \"difftime\" objects", ctx.name()))),
    }
}

fn unary(it: &mut Interp, ctx: &CallCtx, x: Val, op: Op) -> EvalResult<Val> {
    match op {
        Op::Sub | Op::Add => {
            if op == Op::Sub {
                it.expand_altrep(x)?;
            }
            let t = it.type_of(x);
            if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx) {
                return Err(ctx.error("invalid argument to unary operator"));
            }
            let t = if t == SexpType::Lgl { SexpType::Int } else { t };
            let n = it.length(x);
            let content = match (op, it.num_content(x)) {
                (Op::Add, c) => c,
                (_, Num::Complex(_)) => super::complex::negate(it, x),
                (_, Num::Fill(v)) => Num::Fill(-v),
                (_, Num::Seq { from, by }) => Num::Seq { from: -from, by: -by },
                (_, Num::Patched(p)) if matches!(p.base, Base::Seq { .. }) => {
                    let Base::Seq { from, by } = p.base else { unreachable!() };
                    patched(Base::Seq { from: -from, by: -by }, p.patches.iter().map(|(&i, &x)| (i, -x)).collect(), n)
                }
                (_, c) => map_num(&c, n, |x| -x),
            };
            if n == 1 && ctx.mode == Mode::Compiled && !has_attrs(it, x) {
                if let Num::Fill(v) = content {
                    return it.scalar(t, v, Mode::Compiled).map_err(Into::into);
                }
            }
            if let Some(o) = reusable(it, x, t, n) {
                it.heap.obj_mut(o).body = Body::Num(content);
                return Ok(Val::Obj(o));
            }
            // `duplicate(x)` for numbers (every attribute); a logical gets names, dim, dimnames
            let id = it.new_num(t, n, content)?;
            if let Val::Obj(o) = x {
                for (k, v) in it.heap.obj(o).attrs.clone().into_iter().flat_map(|a| a.into_iter()) {
                    if it.type_of(x) != SexpType::Lgl || matches!(&*k, "names" | "dim" | "dimnames") {
                        it.heap.set_attr(id, &k, v)?;
                    }
                }
            }
            Ok(Val::Obj(id))
        }
        _ => Err(ctx.error("invalid unary operator")),
    }
}

/// `!x` (logic.c `do_logic` / `lunary`): a logical scalar without attributes gives R's shared
/// value; a logical (or raw) vector a shallow duplicate with all its attributes; a number vector
/// a new logical vector with its names, dim and dimnames.
fn not(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if !matches!(it.type_of(x), SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw) {
        if it.length(x) == 0 {
            return Ok(Val::Obj(it.new_num(SexpType::Lgl, 0, Num::Unknown)?));
        }
        return Err(ctx.error("invalid argument type"));
    }
    let n = it.length(x);
    let content = match it.num_content(x) {
        Num::Fill(v) => Num::Fill(if v.is_nan() { v } else { (v == 0.0) as i32 as f64 }),
        Num::Values(v) => {
            Num::Values(Rc::new(v.iter().map(|&v| if v.is_nan() { v } else { (v == 0.0) as i32 as f64 }).collect()))
        }
        Num::Seq { .. } => match it.num_values(x) {
            Some(v) => Num::Values(Rc::new(v.iter().map(|&v| (v == 0.0) as i32 as f64).collect())),
            None => Num::Unknown,
        },
        c @ (Num::Unknown | Num::Patched(_)) => {
            map_num(&c, n, |v| if v.is_nan() { v } else { (v == 0.0) as i32 as f64 })
        }
        // lunary: a complex element is FALSE unless both parts are 0
        Num::Complex(v) => Num::Values(Rc::new(
            v.iter()
                .map(|z| {
                    if z.0.is_nan() || z.1.is_nan() {
                        crate::heap::na_real()
                    } else {
                        (z.0 == 0.0 && z.1 == 0.0) as i32 as f64
                    }
                })
                .collect(),
        )),
    };
    if n == 1 && ctx.mode == Mode::Compiled {
        if let Num::Fill(v) = content {
            return it.scalar(SexpType::Lgl, v, Mode::Compiled).map_err(Into::into);
        }
    }
    let Val::Obj(xo) = x else { return Ok(Val::Obj(it.new_num(SexpType::Lgl, n, content)?)) };
    if it.heap.obj(xo).attrs.is_none() && n == 1 && it.type_of(x) == SexpType::Lgl {
        if let Num::Fill(v) = content {
            return Ok(it.scalar_logical(if v.is_nan() { None } else { Some(v != 0.0) }));
        }
    }
    if matches!(it.type_of(x), SexpType::Lgl | SexpType::Raw) {
        let d = it.duplicate(xo)?;
        it.heap.obj_mut(d).body = Body::Num(content);
        return Ok(Val::Obj(d));
    }
    let id = it.new_num(SexpType::Lgl, n, content)?;
    it.heap.protect(Val::Obj(id));
    for name in ["names", "dim", "dimnames"] {
        if let Some(v) = it.heap.attr(xo, name) {
            super::attrib::set_attrib(it, id, name, Val::Obj(v))?;
        }
    }
    Ok(Val::Obj(id))
}

/// `do_relop`'s conversion of a symbol (`PRINTNAME`) or call (`deparse1(x, 0, DEFAULTDEPARSE)`'s
/// first line) to a character vector of length 1; other values as they are.
fn language_as_string(it: &mut Interp, v: Val) -> EvalResult<Val> {
    let Val::Obj(o) = v else { return Ok(v) };
    let text = match (&it.heap.obj(o).body, it.heap.obj(o).sexp) {
        (Body::Lang(crate::lang::ast::Expr::Sym(s)), SexpType::Sym) => s.to_string(),
        (Body::Lang(e), SexpType::Lang) => {
            use crate::lang::deparse;
            deparse::deparse(e, deparse::DEFAULT_CUTOFF, false, deparse::DEFAULTDEPARSE).swap_remove(0)
        }
        _ => return Ok(v),
    };
    Ok(Val::Obj(it.mk_strings(&[Some(&text)])?))
}

fn compare_strings(it: &mut Interp, ctx: &CallCtx, x: Val, y: Val, op: Op) -> EvalResult<Val> {
    // relop.c: both operands `coerceVector(., STRSXP)`
    let x = super::coerce::coerce_vector(it, x, SexpType::Str)?;
    it.heap.protect(x);
    let y = super::coerce::coerce_vector(it, y, SexpType::Str)?;
    it.heap.protect(y);
    super::strings::expand_deferred(it, x)?;
    super::strings::expand_deferred(it, y)?;
    // relop.c: a zero-length operand gives a zero-length answer
    let (nx, ny) = (it.length(x), it.length(y));
    let n = if nx == 0 || ny == 0 { 0 } else { nx.max(ny) };
    let content = match (it.str_values(x), it.str_values(y)) {
        (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() && n <= MAX_CONCRETE => {
            let v: Vec<f64> = (0..n as usize)
                .map(|i| match (&a[i % a.len()], &b[i % b.len()]) {
                    (Some(p), Some(q)) => {
                        let c = p.cmp(q);
                        let r = match op {
                            Op::Eq => c.is_eq(),
                            Op::Ne => c.is_ne(),
                            Op::Lt => c.is_lt(),
                            Op::Gt => c.is_gt(),
                            Op::Le => c.is_le(),
                            Op::Ge => c.is_ge(),
                            _ => false,
                        };
                        r as i32 as f64
                    }
                    _ => crate::heap::na_real(),
                })
                .collect();
            crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), n)
        }
        _ => Num::Unknown,
    };
    if n == 1 && ctx.mode == Mode::Compiled {
        if let Num::Fill(v) = content {
            return it.scalar(SexpType::Lgl, v, Mode::Compiled).map_err(Into::into);
        }
    }
    Ok(Val::Obj(it.new_num(SexpType::Lgl, n, content)?))
}

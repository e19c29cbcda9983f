//! identical.c's `R_compute_identical` for the values the simulator holds: atomic vectors by
//! value (NA apart from the other NaNs, which are all alike, as `num.eq = TRUE` and
//! `single.NA = TRUE` compare them: `neWithNaN`), lists
//! element by element, code by its structure, each with its attributes (in any order). `None`
//! when values the simulator does not know decide it.

use crate::heap::{Body, SexpType, Val};
use crate::lang::ast::{Arg, Expr};
use crate::lang::interp::Interp;

/// Whether two expressions are the same code (positions in the source do not count).
pub(crate) fn expr_eq(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Const(x), Expr::Const(y)) => x == y,
        (Expr::Sym(x), Expr::Sym(y)) => x == y,
        (Expr::Call(x), Expr::Call(y)) => {
            expr_eq(&x.fun, &y.fun)
                && x.args.len() == y.args.len()
                && x.args.iter().zip(&y.args).all(|(p, q): (&Arg, &Arg)| {
                    p.name == q.name
                        && match (&p.value, &q.value) {
                            (Some(u), Some(v)) => expr_eq(u, v),
                            (None, None) => true,
                            _ => false,
                        }
                })
        }
        (Expr::Function(x), Expr::Function(y)) => {
            x.params.len() == y.params.len()
                && x.params.iter().zip(&y.params).all(|(p, q)| {
                    p.name == q.name
                        && match (&p.default, &q.default) {
                            (Some(u), Some(v)) => expr_eq(u, v),
                            (None, None) => true,
                            _ => false,
                        }
                })
                && expr_eq(&x.body, &y.body)
        }
        _ => false,
    }
}

fn both(a: Option<bool>, b: impl FnOnce() -> Option<bool>) -> Option<bool> {
    match a {
        Some(false) => Some(false),
        Some(true) => b(),
        None => match b() {
            Some(false) => Some(false),
            _ => None,
        },
    }
}

fn attrs_identical(it: &Interp, x: Val, y: Val) -> Option<bool> {
    let get = |v: Val| match v {
        Val::Obj(o) => it.heap.obj(o).attrs.as_deref().cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    let (ax, ay) = (get(x), get(y));
    if ax.len() != ay.len() {
        return Some(false);
    }
    let mut acc = Some(true);
    for (name, v) in &ax {
        let Some((_, w)) = ay.iter().find(|(n, _)| n == name) else { return Some(false) };
        acc = both(acc, || identical(it, Val::Obj(*v), Val::Obj(*w)));
        if acc == Some(false) {
            return acc;
        }
    }
    acc
}

/// `neWithNaN` for `single_NA__num_eq`: NA differs from NaN, any NaN equals any other.
fn ne_with_nan(x: f64, y: f64) -> bool {
    use crate::heap::is_na_real;
    if is_na_real(x) || is_na_real(y) {
        return is_na_real(x) != is_na_real(y);
    }
    if x.is_nan() {
        return !y.is_nan();
    }
    x != y
}

/// `identical(x, y)` with R's default arguments.
pub(crate) fn identical(it: &Interp, x: Val, y: Val) -> Option<bool> {
    if x == y {
        return Some(true);
    }
    let (tx, ty) = (it.type_of(x), it.type_of(y));
    if tx != ty || it.length(x) != it.length(y) {
        return Some(false);
    }
    let same = match tx {
        SexpType::Nil => Some(true),
        SexpType::Str => match (it.str_values(x), it.str_values(y)) {
            (Some(p), Some(q)) => Some(p == q),
            _ => None,
        },
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Raw => {
            match (it.num_values(x), it.num_values(y)) {
                (Some(p), Some(q)) => Some(p.iter().zip(&q).all(|(&a, &b)| !ne_with_nan(a, b))),
                _ => None,
            }
        }
        SexpType::Vec | SexpType::Expr => match (it.list_elems(x), it.list_elems(y)) {
            (Some(p), Some(q)) => {
                let mut acc = Some(true);
                for (a, b) in p.iter().zip(&q) {
                    acc = both(acc, || identical(it, Val::Obj(*a), Val::Obj(*b)));
                    if acc == Some(false) {
                        break;
                    }
                }
                acc
            }
            _ => None,
        },
        SexpType::Sym | SexpType::Lang => match (x, y) {
            (Val::Obj(a), Val::Obj(b)) => match (&it.heap.obj(a).body, &it.heap.obj(b).body) {
                (Body::Lang(p), Body::Lang(q)) => Some(expr_eq(p, q)),
                _ => None,
            },
            _ => None,
        },
        SexpType::List => match (x, y) {
            (Val::Obj(a), Val::Obj(b)) => match (&it.heap.obj(a).body, &it.heap.obj(b).body) {
                (Body::Pairlist(p), Body::Pairlist(q)) => {
                    let mut acc = Some(true);
                    for ((n1, v1), (n2, v2)) in p.iter().zip(q) {
                        if n1 != n2 {
                            return Some(false);
                        }
                        acc = both(acc, || identical(it, *v1, *v2));
                    }
                    acc
                }
                _ => None,
            },
            _ => None,
        },
        // environments, functions and the like are identical only when they are the same object
        SexpType::Env | SexpType::Builtin | SexpType::Special => Some(false),
        SexpType::Clo => match (x, y) {
            (Val::Obj(a), Val::Obj(b)) => match (&it.heap.obj(a).body, &it.heap.obj(b).body) {
                (Body::Closure(p), Body::Closure(q)) => {
                    Some(p.env == q.env && expr_eq(&Expr::Function(p.fun.clone()), &Expr::Function(q.fun.clone())))
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    both(same, || attrs_identical(it, x, y))
}

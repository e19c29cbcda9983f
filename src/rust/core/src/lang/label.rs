//! Short R text for code: the call named in `Error in <call> :` and the printed form of a function.

use super::ast::{Arg, Call, Const, Expr, Function};
use super::print::{quote_string, real_to_string};

fn binary_op(name: &str) -> bool {
    matches!(
        name,
        "+" | "-"
            | "*"
            | "/"
            | "^"
            | "=="
            | "!="
            | "<"
            | ">"
            | "<="
            | ">="
            | "&"
            | "|"
            | "&&"
            | "||"
            | "<-"
            | "<<-"
            | "="
            | "~"
            | ":"
            | "$"
            | "@"
    ) || (name.starts_with('%') && name.ends_with('%') && name.len() >= 2)
}

pub fn expr_text(e: &Expr) -> String {
    match e {
        Expr::Const(c) => match c {
            Const::Null => "NULL".into(),
            Const::Logical(Some(b)) => {
                if *b {
                    "TRUE".into()
                } else {
                    "FALSE".into()
                }
            }
            Const::Logical(None) => "NA".into(),
            Const::Int(Some(i)) => format!("{i}L"),
            Const::Int(None) => "NA_integer_".into(),
            Const::Real(Some(x)) => real_to_string(*x, 15),
            Const::Real(None) => "NA_real_".into(),
            Const::Complex(Some((re, im))) => {
                format!("{}+{}i", real_to_string(*re, 15), real_to_string(*im, 15))
            }
            Const::Complex(None) => "NA_complex_".into(),
            Const::Str(Some(s)) => quote_string(s),
            Const::Str(None) => "NA_character_".into(),
        },
        Expr::Sym(s) => s.to_string(),
        Expr::Call(c) => call_text(c),
        Expr::Function(f) => {
            let params: Vec<String> = f
                .params
                .iter()
                .map(|p| match &p.default {
                    Some(d) => format!("{} = {}", p.name, expr_text(d)),
                    None => p.name.to_string(),
                })
                .collect();
            format!("function({}) {}", params.join(", "), expr_text(&f.body))
        }
    }
}

fn arg_text(a: &Arg) -> String {
    let v = a.value.as_ref().map(expr_text).unwrap_or_default();
    match &a.name {
        Some(n) => format!("{n} = {v}"),
        None => v,
    }
}

pub fn call_text(c: &Call) -> String {
    let args: Vec<String> = c.args.iter().map(arg_text).collect();
    if let Expr::Sym(f) = &c.fun {
        let f: &str = f;
        match (f, args.len()) {
            ("[", _) if !args.is_empty() => return format!("{}[{}]", args[0], args[1..].join(", ")),
            ("[[", _) if !args.is_empty() => return format!("{}[[{}]]", args[0], args[1..].join(", ")),
            ("{", _) => return format!("{{\n    {}\n}}", args.join("\n    ")),
            ("(", 1) => return format!("({})", args[0]),
            ("if", 2) => return format!("if ({}) {}", args[0], args[1]),
            ("if", 3) => return format!("if ({}) {} else {}", args[0], args[1], args[2]),
            ("for", 3) => return format!("for ({} in {}) {}", args[0], args[1], args[2]),
            ("while", 2) => return format!("while ({}) {}", args[0], args[1]),
            ("repeat", 1) => return format!("repeat {}", args[0]),
            ("-" | "+" | "!" | "~", 1) => return format!("{f}{}", args[0]),
            ("$" | "@" | ":" | "^", 2) => return format!("{}{f}{}", args[0], args[1]),
            (op, 2) if binary_op(op) => return format!("{} {op} {}", args[0], args[1]),
            _ => {}
        }
        let head = if f.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '_') {
            f.to_string()
        } else {
            format!("`{f}`")
        };
        return format!("{head}({})", args.join(", "));
    }
    format!("{}({})", expr_text(&c.fun), args.join(", "))
}

pub fn function_text(f: &Function) -> String {
    let params: Vec<String> = f
        .params
        .iter()
        .map(|p| match &p.default {
            Some(d) => format!("{} = {}", p.name, expr_text(d)),
            None => p.name.to_string(),
        })
        .collect();
    format!("function ({}) \n{}", params.join(", "), expr_text(&f.body))
}

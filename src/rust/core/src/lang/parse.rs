//! R source text → syntax tree, with r-lib's tree-sitter grammar for R. Every construct becomes R's
//! call form (see `ast.rs`); syntax errors become R-style errors with line and column.

use std::cell::Cell;
use std::rc::Rc;

use tree_sitter::{Node, Parser};

use super::parse_limits;
pub use super::parse_limits::invalid_text_error;

use super::ast::{Arg, Call, Const, Expr, Function, Param, Pos, Program, Sym};
use crate::error::{SimError, SimResult};

/// Parse a whole text: its top-level expressions in order.
pub fn parse_program(src: &str) -> SimResult<Program> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_r::LANGUAGE.into())
        .map_err(|e| SimError::new(format!("cannot load the R grammar: {e}")))?;
    let tree = parser.parse(src, None).ok_or_else(|| SimError::new("the R parser gave up on this text"))?;
    let root = tree.root_node();
    if root.has_error() {
        let (error, at) = syntax_error(root, src);
        // R's lexer may overflow its bracket stack before it reaches the error
        parse_limits::check(root, src, Some(at))?;
        return Err(error);
    }
    parse_limits::check(root, src, None)?;
    let cx = Cx { src, library: false, depth: Cell::new(0) };
    let mut exprs = Vec::new();
    let mut cur = root.walk();
    let kids: Vec<Node> = root.named_children(&mut cur).filter(|c| c.kind() != "comment").collect();
    cx.check_separated(&kids)?;
    for child in kids {
        exprs.push((cx.expr(child)?, pos(child)));
    }
    Ok(Program { exprs })
}

/// Parse one function of R's own code (see [`Cx::library`]).
pub fn parse_library_function(src: &str) -> SimResult<Expr> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_r::LANGUAGE.into())
        .map_err(|e| SimError::new(format!("cannot load the R grammar: {e}")))?;
    let tree = parser.parse(src, None).ok_or_else(|| SimError::new("the R parser gave up on this text"))?;
    let root = tree.root_node();
    if root.has_error() {
        return Err(syntax_error(root, src).0);
    }
    let cx = Cx { src, library: true, depth: Cell::new(0) };
    let mut cur = root.walk();
    let kids: Vec<Node> = root.named_children(&mut cur).filter(|c| c.kind() != "comment").collect();
    match kids.as_slice() {
        [one] => cx.expr(*one),
        _ => Err(SimError::new("<text>: not one expression")),
    }
}

/// Parse text that must hold exactly one expression.
pub fn parse_expr(src: &str) -> SimResult<Expr> {
    let p = parse_program(src)?;
    let mut it = p.exprs.into_iter();
    match (it.next(), it.next()) {
        (Some((e, _)), None) => Ok(e),
        (None, _) => Err(SimError::new("<text>: empty expression")),
        (Some(_), Some((_, p))) => {
            Err(SimError::new(format!("<text>:{}:{}: unexpected extra expression", p.line, p.col)).at_line(p.line))
        }
    }
}

fn pos(n: Node) -> Pos {
    let p = n.start_position();
    Pos { line: p.row as u32 + 1, col: p.column as u32 + 1 }
}

/// The first error or missing node, described as R's parser would, and where it is (a byte
/// offset).
fn syntax_error(root: Node, src: &str) -> (SimError, usize) {
    let Some(bad) = first_error(root) else {
        return (SimError::new("<text>: syntax error"), 0);
    };
    let at = bad.start_byte();
    // the token R stops at: the first leaf of the error node that is not itself valid
    let leaf = first_unexpected_leaf(bad).unwrap_or(bad);
    // (an error node of one closing bracket is that token, unexpected: `x <- )`)
    let closing = matches!(&src[bad.start_byte()..bad.end_byte()], ")" | "]" | "}");
    let at_end = bad.is_missing()
        || bad.end_byte() >= src.trim_end().len()
            && bad.kind() == "ERROR"
            && (bad.child_count() == 0 && !closing || is_incomplete(bad, src));
    if at_end {
        return (SimError::new("unexpected end of input").at_line(end_pos(src).line), at);
    }
    (unexpected(src, &describe_token(leaf, src), leaf, leaf.end_byte()), at)
}

/// R's error for an unexpected token as its REPL reports it (source.c `parseError` without a line
/// number): `unexpected <token> in "<context>"`, the context being what the lexer read of the
/// current top-level expression, up to the end of the token (`getParseContext`: its last two lines
/// when it spans several, after `in:`).
fn unexpected(src: &str, what: &str, token: Node, end: usize) -> SimError {
    // a string constant ends with its closing quote, not with the quote that opened it
    let end = match token.parent().filter(|p| p.kind() == "string") {
        Some(p) => end.max(p.end_byte()),
        None => end,
    };
    let end = end.min(src.len());
    // the top-level expression holding the token started after the `;` or newline that ended the
    // one before
    let mut top = token;
    while let Some(p) = top.parent().filter(|p| p.parent().is_some()) {
        top = p;
    }
    let start = src[..top.start_byte().min(end)].rfind(['\n', ';']).map_or(0, |k| k + 1);
    let context = &src[start..end];
    let mut lines: Vec<&str> = context.split('\n').collect();
    // no empty line after the last newline
    if lines.len() > 1 && lines.last() == Some(&"") {
        lines.pop();
    }
    let msg = match lines.as_slice() {
        [one] => format!("unexpected {what} in \"{one}\""),
        [.., a, b] => format!("unexpected {what} in:\n\"{a}\n{b}\""),
        [] => format!("unexpected {what}"),
    };
    SimError::new(msg).at_line(pos(token).line)
}

/// The first error or missing node in document order, the innermost offending one (a walk with
/// a cursor: the tree may be deeper than the host stack allows to recurse).
fn first_error(root: Node) -> Option<Node> {
    let mut n = root;
    loop {
        let mut cur = n.walk();
        let next = n.children(&mut cur).find(|c| c.is_missing() || c.is_error() || c.has_error());
        match next {
            Some(c) => n = c,
            None => return (n.id() != root.id()).then_some(n),
        }
    }
}

/// An error node that runs to the end of the text and ends in an operator or an open bracket:
/// the input stopped in the middle of an expression.
fn is_incomplete(bad: Node, src: &str) -> bool {
    let text = src[bad.start_byte()..bad.end_byte()].trim_end();
    let last = text.chars().last().unwrap_or(' ');
    matches!(last, '+' | '-' | '*' | '/' | '(' | '[' | '{' | ',' | '<' | '=' | '&' | '|' | '~' | '^' | '$' | '@' | '!')
}

fn first_unexpected_leaf(n: Node) -> Option<Node> {
    let mut cur = n.walk();
    let kids: Vec<Node> = n.children(&mut cur).collect();
    if kids.is_empty() {
        return Some(n);
    }
    // inside an ERROR, the first child that is not a complete expression is what R trips on;
    // prefer the second leaf when the first parsed fine (`x y` trips on `y`)
    if kids.len() >= 2 && !kids[0].has_error() {
        return first_leaf(kids[1]);
    }
    first_leaf(kids[0])
}

fn first_leaf(n: Node) -> Option<Node> {
    let mut n = n;
    while n.child_count() > 0 {
        n = n.child(0)?;
    }
    Some(n)
}

fn describe_token(n: Node, src: &str) -> String {
    let text = &src[n.start_byte()..n.end_byte()];
    match n.kind() {
        "identifier" => "symbol".into(),
        "float" | "integer" | "complex" => "numeric constant".into(),
        "string" | "string_content" | "string_open" => "string constant".into(),
        _ if text.is_empty() => "end of input".into(),
        _ if text.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '_') => "symbol".into(),
        _ => format!("'{text}'"),
    }
}

fn end_pos(src: &str) -> Pos {
    let trimmed = src.trim_end();
    let line = trimmed.lines().count().max(1) as u32;
    let col = trimmed.lines().last().map_or(0, |l| l.chars().count()) as u32 + 1;
    Pos { line, col }
}

struct Cx<'s> {
    src: &'s str,
    /// R's own code (the namespaces' closures): no source positions, so that errors raised in it
    /// are placed at the user's line.
    library: bool,
    /// How deep the conversion is nested now.
    depth: Cell<u32>,
}

/// The deepest syntax tree rheap keeps: R's parser accepts deeper left-nested code (`1 + 1 + ...`),
/// but R cannot evaluate it (its evaluation stops at `options(expressions)` nested calls, 5000 by
/// default, 500000 at most, and its C stack before 12 000); every walk over a tree rheap makes is
/// then bounded.
pub const MAX_EXPR_DEPTH: u32 = 20_000;

/// rheap's error for code nested deeper than [`MAX_EXPR_DEPTH`], while parsing (at `p`) or
/// building code.
pub fn too_deep_error(p: Option<Pos>) -> SimError {
    let what = format!(
        "rheap does not simulate code nested more than {MAX_EXPR_DEPTH} levels deep (R could not evaluate it: \
         evaluation stops at options(expressions) nested calls)"
    );
    match p {
        Some(p) => SimError::new(format!("<text>:{}:{}: {what}", p.line, p.col)).at_line(p.line),
        None => SimError::new(what),
    }
}

fn call(fun: &str, args: Vec<Expr>, p: Pos) -> Expr {
    Expr::Call(Rc::new(Call::new(
        Expr::sym(fun),
        args.into_iter().map(|v| Arg { name: None, value: Some(v) }).collect(),
        p,
    )))
}

impl<'s> Cx<'s> {
    fn text(&self, n: Node) -> &'s str {
        &self.src[n.start_byte()..n.end_byte()]
    }

    fn field(&self, n: Node<'_>, name: &str) -> SimResult<Expr> {
        match n.child_by_field_name(name) {
            Some(c) => self.expr(c),
            None => Err(SimError::new("unexpected end of input").at_line(pos(n).line)),
        }
    }

    fn expr(&self, n: Node) -> SimResult<Expr> {
        let depth = self.depth.get() + 1;
        if depth > MAX_EXPR_DEPTH {
            return Err(too_deep_error(Some(pos(n))));
        }
        crate::limits::check_stack()?;
        self.depth.set(depth);
        let e = self.expr_kind(n);
        self.depth.set(depth - 1);
        e
    }

    fn expr_kind(&self, n: Node) -> SimResult<Expr> {
        let p = if self.library { Pos::default() } else { pos(n) };
        Ok(match n.kind() {
            "identifier" => Expr::sym(&unquote_backticks(self.text(n))),
            "dots" | "dot_dot_i" => Expr::sym(self.text(n)),
            "integer" => Expr::Const(Const::Int(parse_int(self.number(n, 1)?))),
            "float" => Expr::Const(Const::Real(Some(parse_number(self.number(n, 0)?)))),
            "complex" => Expr::Const(Const::Complex(Some((0.0, parse_number(self.number(n, 1)?))))),
            "true" => Expr::Const(Const::Logical(Some(true))),
            "false" => Expr::Const(Const::Logical(Some(false))),
            "null" => Expr::Const(Const::Null),
            "inf" => Expr::Const(Const::Real(Some(f64::INFINITY))),
            "nan" => Expr::Const(Const::Real(Some(f64::NAN))),
            "na" => Expr::Const(match self.text(n) {
                "NA_integer_" => Const::Int(None),
                "NA_real_" => Const::Real(None),
                "NA_complex_" => Const::Complex(None),
                "NA_character_" => Const::Str(None),
                _ => Const::Logical(None),
            }),
            "string" => Expr::Const(Const::Str(Some(Rc::from(self.string(n)?)))),
            "break" => call("break", vec![], p),
            "next" => call("next", vec![], p),
            "parenthesized_expression" => {
                let body = self.children_exprs(n, "body")?;
                call("(", body, p)
            }
            "braced_expression" => {
                let body = self.children_exprs(n, "body")?;
                call("{", body, p)
            }
            "unary_operator" => {
                let op = self.text(n.child_by_field_name("operator").unwrap());
                let rhs = self.field(n, "rhs")?;
                call(op, vec![rhs], p)
            }
            "binary_operator" => self.binary(n)?,
            "extract_operator" => {
                let op = self.text(n.child_by_field_name("operator").unwrap());
                let lhs = self.field(n, "lhs")?;
                let rhs = match n.child_by_field_name("rhs") {
                    Some(r) if r.kind() == "string" => Expr::Const(Const::Str(Some(Rc::from(self.string(r)?)))),
                    Some(r) => Expr::sym(&unquote_backticks(self.text(r))),
                    None => return Err(SimError::new("unexpected end of input").at_line(p.line)),
                };
                call(op, vec![lhs, rhs], p)
            }
            "namespace_operator" => {
                let op = self.text(n.child_by_field_name("operator").unwrap());
                let side = |f: &str| -> SimResult<Expr> {
                    let c =
                        n.child_by_field_name(f).ok_or_else(|| SimError::new("<text>: incomplete namespace access"))?;
                    Ok(if c.kind() == "string" {
                        Expr::sym(&self.string(c)?)
                    } else {
                        Expr::sym(&unquote_backticks(self.text(c)))
                    })
                };
                call(op, vec![side("lhs")?, side("rhs")?], p)
            }
            "call" => {
                let fun = self.field(n, "function")?;
                let args = self.arguments(n)?;
                Expr::Call(Rc::new(Call::new(fun, args, p)))
            }
            "subset" | "subset2" => {
                let head = if n.kind() == "subset" { "[" } else { "[[" };
                let obj = self.field(n, "function")?;
                let mut args = vec![Arg { name: None, value: Some(obj) }];
                let index = self.arguments(n)?;
                // `x[]` keeps one empty index (gram.y's `sublist` of one empty `sub`; only a
                // function call drops it)
                if index.is_empty() {
                    args.push(Arg { name: None, value: None });
                }
                args.extend(index);
                Expr::Call(Rc::new(Call::new(Expr::sym(head), args, p)))
            }
            "if_statement" => {
                let mut args = vec![self.field(n, "condition")?, self.field(n, "consequence")?];
                if n.child_by_field_name("alternative").is_some() {
                    args.push(self.field(n, "alternative")?);
                }
                call("if", args, p)
            }
            "for_statement" => {
                let var = self.field(n, "variable")?;
                call("for", vec![var, self.field(n, "sequence")?, self.field(n, "body")?], p)
            }
            "while_statement" => call("while", vec![self.field(n, "condition")?, self.field(n, "body")?], p),
            "repeat_statement" => call("repeat", vec![self.field(n, "body")?], p),
            "function_definition" => {
                let mut params = Vec::new();
                if let Some(ps) = n.child_by_field_name("parameters") {
                    let mut cur = ps.walk();
                    for prm in ps.children_by_field_name("parameter", &mut cur) {
                        let name = prm
                            .child_by_field_name("name")
                            .map(|x| unquote_backticks(self.text(x)).to_string())
                            .unwrap_or_default();
                        let default = match prm.child_by_field_name("default") {
                            Some(d) => Some(self.expr(d)?),
                            None => None,
                        };
                        // R's parser checks the formals as it reduces them (`CheckFormalArgs`)
                        if params.iter().any(|q: &Param| *q.name == *name) {
                            let line = pos(prm).line;
                            return Err(SimError::new(format!("repeated formal argument '{name}' on line {line}"))
                                .at_line(line));
                        }
                        params.push(Param { name: Sym::new(&name), default });
                    }
                }
                let body = match n.child_by_field_name("body") {
                    Some(b) => self.expr(b)?,
                    None => return Err(SimError::new("unexpected end of input").at_line(p.line)),
                };
                Expr::Function(Rc::new(Function { params, body, pos: p, code: Default::default() }))
            }
            "comment" => Expr::Const(Const::Null),
            other => {
                return Err(SimError::new(format!(
                    "<text>:{}:{}: rheap cannot parse '{}' ({other})",
                    p.line,
                    p.col,
                    self.text(n)
                ))
                .at_line(p.line))
            }
        })
    }

    /// A number literal's digits (without its `suffix` bytes, `L` or `i`), if R's lexer reads
    /// them as a number (`1e` and `0x` are not: "unexpected input").
    fn number(&self, n: Node, suffix: usize) -> SimResult<&'s str> {
        let t = self.text(n);
        let digits = &t[..t.len() - suffix];
        if valid_number(digits) {
            return Ok(digits);
        }
        // R's lexer read one more character before it gave up (getParseContext keeps it)
        let end = self.src[n.end_byte()..].chars().next().map_or(n.end_byte(), |c| n.end_byte() + c.len_utf8());
        Err(unexpected(self.src, "input", n, end))
    }

    fn children_exprs(&self, n: Node, field: &str) -> SimResult<Vec<Expr>> {
        let mut cur = n.walk();
        let kids: Vec<Node> = n.children_by_field_name(field, &mut cur).filter(|c| c.kind() != "comment").collect();
        self.check_separated(&kids)?;
        kids.into_iter().map(|c| self.expr(c)).collect()
    }

    /// R needs a newline or `;` between two expressions (`x y` is an error; the grammar accepts it).
    fn check_separated(&self, kids: &[Node]) -> SimResult<()> {
        for w in kids.windows(2) {
            let between = &self.src[w[0].end_byte()..w[1].start_byte()];
            if !between.contains('\n') && !between.contains(';') {
                let leaf = first_leaf(w[1]).unwrap_or(w[1]);
                if let Some(e) = self.number_run_on(w[0], leaf) {
                    return Err(e);
                }
                return Err(unexpected(self.src, &describe_token(leaf, self.src), leaf, leaf.end_byte()));
            }
        }
        Ok(())
    }

    /// A number written right against a name (`0x`, `5L5`): the grammar reads a number and a
    /// symbol, R's lexer (gram.y `NumericValue`) reads on: `0x` without hex digits is "unexpected
    /// input" (with the character after it read), a suffix `L` or `i` ends the constant and digits
    /// after it are a second one ("unexpected numeric constant").
    fn number_run_on(&self, before: Node, name: Node) -> Option<SimError> {
        let mut num = before;
        while num.child_count() > 0 {
            num = num.child(num.child_count() - 1)?;
        }
        if !matches!(num.kind(), "float" | "integer" | "complex") || num.end_byte() != name.start_byte() {
            return None;
        }
        let rest = self.text(name);
        if self.text(num) == "0" && rest.starts_with(['x', 'X']) {
            let after = name.start_byte() + 1;
            let end = self.src[after..].chars().next().map_or(after, |c| after + c.len_utf8());
            return Some(unexpected(self.src, "input", name, end));
        }
        let digits = rest.strip_prefix(['L', 'i'])?;
        let run = digits.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(digits.len());
        (run > 0).then(|| unexpected(self.src, "numeric constant", name, name.start_byte() + 1 + run))
    }

    fn binary(&self, n: Node) -> SimResult<Expr> {
        let p = pos(n);
        let op = self.text(n.child_by_field_name("operator").unwrap());
        let rhs = self.field(n, "rhs")?;
        if let ("<-" | "<<-", Some(l)) = (op, n.child_by_field_name("lhs")) {
            if l.kind() == "binary_operator" && l.child_by_field_name("operator").is_some_and(|o| self.text(o) == "=") {
                // R's grammar binds `=` looser than `<-`: `a = b <- c` is `a = (b <- c)`
                let inner = call(op, vec![self.field(l, "rhs")?, rhs], p);
                return Ok(call("=", vec![self.field(l, "lhs")?, inner], pos(l)));
            }
        }
        let lhs = self.field(n, "lhs")?;
        Ok(match op {
            "->" => call("<-", vec![rhs, lhs], p),
            "->>" => call("<<-", vec![rhs, lhs], p),
            "**" => call("^", vec![lhs, rhs], p),
            "|>" => match rhs {
                Expr::Call(c) => {
                    let mut args = vec![Arg { name: None, value: Some(lhs) }];
                    args.extend(c.args.iter().cloned());
                    Expr::Call(Rc::new(Call::new(c.fun.clone(), args, p)))
                }
                _ => {
                    return Err(SimError::new(format!(
                        "<text>:{}:{}: The pipe operator requires a function call as RHS",
                        p.line, p.col
                    ))
                    .at_line(p.line))
                }
            },
            _ => call(op, vec![lhs, rhs], p),
        })
    }

    /// The arguments of a call or subset, with empty ones where commas say so (`x[, 1]`).
    fn arguments(&self, n: Node) -> SimResult<Vec<Arg>> {
        let Some(args) = n.child_by_field_name("arguments") else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let mut pending_empty = false; // a comma was seen with no argument before it
        let mut seen_any = false;
        let mut cur = args.walk();
        for c in args.children(&mut cur) {
            match c.kind() {
                "argument" => {
                    let name = match c.child_by_field_name("name") {
                        Some(nm) if nm.kind() == "string" => Some(Rc::from(self.string(nm)?)),
                        Some(nm) => Some(Rc::from(unquote_backticks(self.text(nm)))),
                        None => None,
                    };
                    let value = match c.child_by_field_name("value") {
                        Some(v) => Some(self.expr(v)?),
                        None => None,
                    };
                    out.push(Arg { name, value });
                    pending_empty = false;
                    seen_any = true;
                }
                "comma" => {
                    if pending_empty || !seen_any {
                        out.push(Arg { name: None, value: None });
                    }
                    pending_empty = true;
                    seen_any = true;
                }
                "comment" => {}
                _ => {}
            }
        }
        if pending_empty {
            out.push(Arg { name: None, value: None });
        }
        Ok(out)
    }

    /// A string literal's value, escapes decoded (raw strings kept as written).
    fn string(&self, n: Node) -> SimResult<String> {
        let text = self.text(n);
        if text.starts_with(['r', 'R']) {
            // r"(...)", r"[...]", r"{...}", with optional dashes
            let body = &text[2..text.len() - 1];
            let dashes = body.chars().take_while(|&c| c == '-').count();
            let inner = &body[dashes + 1..body.len() - dashes - 1];
            return Ok(inner.to_string());
        }
        let inner = &text[1..text.len() - 1];
        unescape(inner)
            .map_err(|m| SimError::new(format!("<text>:{}:{}: {m}", pos(n).line, pos(n).col)).at_line(pos(n).line))
    }
}

/// A backtick-quoted name without its backticks, escapes decoded as in strings (`` `a\`b` ``).
fn unquote_backticks(s: &str) -> std::borrow::Cow<'_, str> {
    if s.len() >= 2 && s.starts_with('`') && s.ends_with('`') {
        let inner = &s[1..s.len() - 1];
        if inner.contains('\\') {
            if let Ok(decoded) = unescape(inner) {
                return decoded.into();
            }
        }
        inner.into()
    } else {
        s.into()
    }
}

/// Whether R's lexer reads `t` as a number: decimal digits with an optional fraction and an
/// exponent with digits, or hexadecimal digits with an optional fraction and binary exponent.
fn valid_number(t: &str) -> bool {
    let digits = |s: &str, hex: bool| s.bytes().all(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() });
    let exponent = |s: Option<&str>| {
        s.is_none_or(|e| {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && digits(e, false)
        })
    };
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(k) => (&h[..k], Some(&h[k + 1..])),
            None => (h, None),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        return !(int.is_empty() && frac.is_empty()) && digits(int, true) && digits(frac, true) && exponent(exp);
    }
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(k) => (&t[..k], Some(&t[k + 1..])),
        None => (t, None),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    !(int.is_empty() && frac.is_empty()) && digits(int, false) && digits(frac, false) && exponent(exp)
}

/// The value of a number R's lexer accepted ([`valid_number`]).
fn parse_number(t: &str) -> f64 {
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(k) => (&h[..k], h[k + 1..].parse::<i32>().unwrap_or(0)),
            None => (h, 0),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let mut v = 0.0;
        for d in int.chars().chain(frac.chars()) {
            v = v * 16.0 + d.to_digit(16).unwrap_or(0) as f64;
        }
        return v * 2f64.powi(exp - 4 * frac.len() as i32);
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

fn parse_int(t: &str) -> Option<i32> {
    let v = parse_number(t);
    if v.is_nan() || v > i32::MAX as f64 {
        None
    } else {
        Some(v as i32)
    }
}

/// R's string escapes.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else { break };
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 {
                    match chars.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                            k += 1;
                        }
                        None => break,
                    }
                }
                if k == 0 {
                    return Err("'\\x' used without hex digits in character string".into());
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'u' | 'U' => {
                let max = if e == 'u' { 4 } else { 8 };
                let braced = chars.peek() == Some(&'{');
                if braced {
                    chars.next();
                }
                let mut v = 0u32;
                let mut k = 0;
                while k < max {
                    match chars.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                            k += 1;
                        }
                        None => break,
                    }
                }
                if braced && chars.peek() == Some(&'}') {
                    chars.next();
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '\\' | '"' | '\'' | '`' | ' ' => out.push(e),
            '\n' => out.push('\n'),
            other => return Err(format!("'\\{other}' is an unrecognized escape in character string")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::deparse::{deparse, DEFAULT_CUTOFF, DEPARSE_DEFAULT_CONTROL};

    fn one(src: &str) -> String {
        deparse(&parse_expr(src).unwrap(), DEFAULT_CUTOFF, true, DEPARSE_DEFAULT_CONTROL).join("\n")
    }

    #[test]
    fn constructs_take_rs_call_form() {
        assert_eq!(one("x <- matrix(rnorm(1e6), nrow = 1000)"), "x <- matrix(rnorm(1e+06), nrow = 1000)");
        assert_eq!(one("v -> x"), "x <- v");
        assert_eq!(one("x[, 1:3]"), "x[, 1:3]");
        assert_eq!(one("x[1, ]"), "x[1, ]");
        assert_eq!(one("x[[i]] <- v"), "x[[i]] <- v");
        assert_eq!(one("l$a$b <- 1"), "l$a$b <- 1");
        assert_eq!(one("-2^2"), "-2^2");
        assert_eq!(one("x |> f(y)"), "f(x, y)");
        assert_eq!(one("1L"), "1L");
        assert_eq!(one("a %in% b"), "a %in% b");
        assert_eq!(one("`my var` + 1"), "`my var` + 1");
        assert_eq!(one("\"a\\tb\""), "\"a\\tb\"");
        assert_eq!(one("if (a) b else c"), "if (a) b else c");
        assert_eq!(one("for (i in 1:10) NULL"), "for (i in 1:10) NULL");
        assert_eq!(one("function(x, y = 2, ...) NULL"), "function(x, y = 2, ...) NULL");
        assert_eq!(one("\\(x) x"), "function(x) x");
        assert_eq!(one("pkg::f(1)"), "pkg::f(1)");
    }

    #[test]
    fn programs_split_on_newlines_and_semicolons() {
        let p = parse_program("a <- 1; b <- 2\n# note\nc <- 3\n").unwrap();
        assert_eq!(p.exprs.len(), 3);
        assert_eq!(p.exprs[2].1, Pos { line: 3, col: 1 });
    }

    #[test]
    fn syntax_errors_are_r_errors() {
        let e = parse_program("f(1 +").unwrap_err();
        assert!(e.message.contains("unexpected end of input"), "{}", e.message);
        let e = parse_program("x <- 1\ny y").unwrap_err();
        assert_eq!(e.message, "unexpected symbol in \"y y\"");
        assert_eq!(e.line, Some(2));
        // R's REPL texts (Rscript of these lines): the context read of the expression, the last
        // two lines of it when it spans several
        let msg = |src: &str| parse_program(src).unwrap_err().message;
        assert_eq!(msg("1e\n"), "unexpected input in \"1e\"");
        assert_eq!(msg("  1e\n"), "unexpected input in \"  1e\"");
        assert_eq!(msg("f(1,\n 1e)\n"), "unexpected input in:\n\"f(1,\n 1e)\"");
        assert_eq!(msg("y <- 1; x <- 1 2\n"), "unexpected numeric constant in \" x <- 1 2\"");
        assert_eq!(msg("x <- \"a\" \"b\"\n"), "unexpected string constant in \"x <- \"a\" \"b\"\"");
        assert_eq!(msg("1.2.3\n"), "unexpected numeric constant in \"1.2.3\"");
        assert_eq!(msg("x <- )\n"), "unexpected ')' in \"x <- )\"");
        assert_eq!(msg("0x\n"), "unexpected input in \"0x\"");
        assert_eq!(msg("5L5\n"), "unexpected numeric constant in \"5L5\"");
        assert_eq!(msg("5Lx\n"), "unexpected symbol in \"5Lx\"");
    }

    #[test]
    fn never_panics_on_garbage() {
        let samples = [
            "(((",
            "]]]",
            "function(",
            "x[[",
            "'unterminated",
            "`",
            "%%%",
            "if",
            "else 1",
            "\\",
            "1e",
            "0x",
            "r\"(",
            "\u{0}",
        ];
        for s in samples {
            let _ = parse_program(s);
        }
        let mut seed: u64 = 42;
        for _ in 0..2000 {
            let len = (seed % 20) as usize;
            let mut s = String::new();
            for _ in 0..len {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push(b"x1(){}[],;+-*/<=\"'`$@ \n\\#%!&|~?:^L.e"[(seed >> 33) as usize % 38] as char);
            }
            let _ = parse_program(&s);
        }
    }
}

//! The limits of R's parser (`gram.y`), checked on the syntax tree tree-sitter gives before it
//! is converted: the lexer's bracket context stack, the LALR parser's stack, and the bytes it
//! accepts as text. Each is R's error where R's parser stops.

use tree_sitter::Node;

use crate::error::SimError;

/// `CONTEXTSTACK_SIZE`: brackets (and `if`s inside brackets) the lexer can have open.
const CONTEXTSTACK_SIZE: usize = 50;
/// `YYMAXDEPTH` (bison's default): states the parser's stack holds; with its initial state, a
/// stack of 9999 grammar symbols fills it.
const YYMAXDEPTH: u32 = 10_000;

/// The text of the tree's first top-level expression R's parser cannot handle, as R's error:
/// "contextstack overflow at line N" when brackets nest more than 50 deep, "out of memory while
/// parsing" when right-nested constructs (`- - - x`, `a <- b <- c`, `if ... else if ...`)
/// leave more symbols waiting on the parser's stack than it holds.
///
/// With `until`, the text has a syntax error there: only the tokens before it are lexed (the
/// parser's stack is not followed through a tree with errors).
pub fn check(root: Node, src: &str, until: Option<usize>) -> Result<(), SimError> {
    let mut lexer = ContextStack::default();
    // pre-order, children in document order: (node, parser stack below it)
    let mut todo: Vec<(Node, u32)> = vec![(root, 0)];
    let mut kids = Vec::new();
    let mut last_end = 0;
    while let Some((n, below)) = todo.pop() {
        let token = is_token(n);
        if token {
            let start = n.start_byte();
            if until.is_some_and(|u| start >= u) {
                return Ok(());
            }
            if start > last_end {
                lexer.gap(&src[last_end..start]);
            }
            last_end = n.end_byte().max(last_end);
            lexer.token(n, src)?;
            // the token's state on top of the initial state and those of the waiting symbols
            if until.is_none() && 1 + below + 1 >= YYMAXDEPTH {
                return Err(SimError::new("out of memory while parsing"));
            }
            continue;
        }
        kids.clear();
        let mut cur = n.walk();
        kids.extend(n.children(&mut cur));
        for (i, c) in kids.iter().enumerate().rev() {
            todo.push((*c, below + waiting(n, *c, i, &kids)));
        }
    }
    Ok(())
}

/// A node the lexer returns as one token: a leaf, or a literal tree-sitter splits (strings,
/// numbers with their suffix).
fn is_token(n: Node) -> bool {
    n.child_count() == 0 || matches!(n.kind(), "string" | "integer" | "complex" | "comment")
}

/// Grammar symbols waiting on R's parser stack while it parses child `c` (the `i`th) of `n`: what
/// its production has before that child (`expr '+'` before the right operand, `IF ifcond
/// expr ELSE` before an else branch; a call's later arguments wait on `expr '(' sublist cr ','`).
fn waiting(n: Node, c: Node, i: usize, kids: &[Node]) -> u32 {
    let field = |name: &str| n.child_by_field_name(name).is_some_and(|x| x.id() == c.id());
    match n.kind() {
        "program" => 0,
        "unary_operator" => (i > 0) as u32,
        "binary_operator" | "extract_operator" | "namespace_operator" => {
            if field("lhs") {
                0
            } else if i > 0 && field("rhs") {
                2
            } else {
                1
            }
        }
        "parenthesized_expression" => 1,
        "braced_expression" => {
            // '{' exprlist ';' before every expression but the first
            let first = kids.iter().position(|k| k.is_named() && k.kind() != "comment");
            if Some(i) == first || i == 0 {
                1
            } else {
                3
            }
        }
        "call" | "subset" | "subset2" => 0,
        "arguments" => {
            // `expr '('` (2) before the first argument, `expr '(' sublist cr ','` (5) before the others
            let earlier_comma = kids[..i].iter().any(|k| k.kind() == "comma");
            if earlier_comma {
                5
            } else {
                2
            }
        }
        // `SYMBOL EQ_ASSIGN` before a named argument's value
        "argument" => {
            if field("value") && n.child_by_field_name("name").is_some() {
                2
            } else {
                0
            }
        }
        "if_statement" => {
            if field("alternative") {
                4
            } else {
                2
            }
        }
        "for_statement" => {
            if field("sequence") {
                4
            } else {
                2
            }
        }
        "while_statement" => 2,
        "repeat_statement" => 1,
        "function_definition" => {
            if field("body") {
                5
            } else {
                1
            }
        }
        "parameters" => {
            let earlier_comma = kids[..i].iter().any(|k| k.kind() == "comma");
            if earlier_comma {
                3
            } else {
                1
            }
        }
        "parameter" => {
            if field("default") {
                2
            } else {
                0
            }
        }
        _ => (i > 0) as u32,
    }
}

/// The lexer's context stack (`contextstack`, `contextp`, `EatLines` in `gram.y`): open brackets,
/// and `if`s inside brackets waiting for a newline or `else`.
#[derive(Default)]
struct ContextStack {
    stack: Vec<u8>,
    /// `EatLines`: newlines are not tokens after an operator or an open brace.
    eat_lines: bool,
    /// A newline popped an `if`: the next `else` or `,` does not pop again.
    popped_by_newline: bool,
}

impl ContextStack {
    fn top(&self) -> u8 {
        self.stack.last().copied().unwrap_or(b' ')
    }

    fn push(&mut self, c: u8, line: usize, room: usize) -> Result<(), SimError> {
        if self.stack.len() + room > CONTEXTSTACK_SIZE {
            return Err(SimError::new(format!("contextstack overflow at line {line}")));
        }
        self.stack.push(c);
        Ok(())
    }

    /// `ifpop()`.
    fn if_pop(&mut self) {
        if self.top() == b'i' {
            self.stack.pop();
        }
    }

    /// A closing bracket: the `if`s in it are done, then the bracket itself.
    fn close(&mut self) {
        while self.top() == b'i' {
            self.stack.pop();
        }
        self.stack.pop();
    }

    /// What lies between two tokens: newlines and semicolons (tree-sitter keeps neither).
    fn gap(&mut self, text: &str) {
        for ch in text.bytes() {
            match ch {
                b';' => {
                    self.if_pop();
                    self.popped_by_newline = false;
                }
                b'\n' => {
                    if self.eat_lines || matches!(self.top(), b'[' | b'(') {
                        continue;
                    }
                    if self.top() == b'i' {
                        self.if_pop();
                        self.popped_by_newline = true;
                    }
                }
                _ => {}
            }
        }
    }

    fn token(&mut self, n: Node, src: &str) -> Result<(), SimError> {
        let line = n.start_position().row + 1;
        let after_newline = std::mem::take(&mut self.popped_by_newline);
        match n.kind() {
            "(" | "[" => self.push(n.kind().as_bytes()[0], line, 1)?,
            "{" => {
                self.push(b'{', line, 1)?;
                self.eat_lines = true;
            }
            "[[" => {
                self.push(b'[', line, 2)?;
                self.stack.push(b'[');
            }
            ")" | "]" => {
                self.close();
                self.eat_lines = false;
            }
            "]]" => {
                self.close();
                self.close();
                self.eat_lines = false;
            }
            "}" => self.close(),
            "if" => {
                if matches!(self.top(), b'{' | b'[' | b'(' | b'i') {
                    if self.stack.len() >= CONTEXTSTACK_SIZE {
                        return Err(SimError::new("contextstack overflow"));
                    }
                    self.stack.push(b'i');
                }
                self.eat_lines = true;
            }
            "else" => {
                if !after_newline {
                    self.if_pop();
                }
                self.eat_lines = true;
            }
            "comma" => {
                if !after_newline {
                    self.if_pop();
                }
            }
            "comment" => {}
            "identifier" | "string" | "integer" | "float" | "complex" | "true" | "false" | "null" | "na" | "inf"
            | "nan" | "break" | "next" | "dots" | "dot_dot_i" => self.eat_lines = false,
            // `function`, `while`, `for`, `repeat`, `in` and the operators: the expression goes on
            _ => {
                if !matches!(&src[n.start_byte()..n.end_byte()], "::" | ":::") {
                    self.eat_lines = true;
                }
            }
        }
        Ok(())
    }
}

/// R's error for text that is not valid UTF-8 (R reads it in a UTF-8 locale, `mbcs_get_next`):
/// the first byte outside a comment that does not start a valid character makes R read as many
/// bytes as that byte announces; if the text ends first it is "EOF whilst reading MBCS char",
/// else "invalid multibyte character in parser". The line is the one the lexer is on by then.
/// The text is read as `parse(text = )` reads it, ending in a newline.
pub fn invalid_text_error(bytes: &[u8]) -> SimError {
    let mut text = bytes.to_vec();
    if text.last() != Some(&b'\n') {
        text.push(b'\n');
    }
    let mut line = 1;
    let mut i = 0;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    while i < text.len() {
        let b = text[i];
        if b >= 0x80 && !comment {
            let len = utf8_len(&text[i..]);
            if len == 0 {
                return bad_char(&text, i, line);
            }
            i += len;
            continue;
        }
        match (b, quote) {
            (b'\n', _) => {
                line += 1;
                comment = false;
            }
            (b'#', None) if !comment => comment = true,
            (b'\\', Some(_)) if !comment => i += 1,
            (b'"' | b'\'' | b'`', None) if !comment => quote = Some(b),
            (q, Some(open)) if q == open && !comment => quote = None,
            _ => {}
        }
        i += 1;
    }
    SimError::new("invalid multibyte character in parser at line 1")
}

/// Bytes of the valid UTF-8 character at the start of `b`, or 0.
fn utf8_len(b: &[u8]) -> usize {
    let n = match b[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return 0,
    };
    if b.len() >= n && std::str::from_utf8(&b[..n]).is_ok() {
        n
    } else {
        0
    }
}

/// What R's lexer says about the byte at `at` that starts no valid character.
fn bad_char(text: &[u8], at: usize, line: usize) -> SimError {
    let lead = text[at];
    // utf8clen(): 1 for a byte that is not a lead byte, else what its high bits announce
    let clen = if lead & 0xC0 != 0xC0 { 1 } else { 1 + UTF8_TABLE4[(lead & 0x3F) as usize] as usize };
    let mut line = line;
    for k in 1..clen {
        match text.get(at + k) {
            None => return SimError::new(format!("EOF whilst reading MBCS char at line {line}")),
            Some(b'\n') => line += 1,
            Some(_) => {}
        }
    }
    SimError::new(format!("invalid multibyte character in parser at line {line}"))
}

/// `utf8_table4` (util.c): the continuation bytes a lead byte announces.
const UTF8_TABLE4: [u8; 64] = [
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5,
];

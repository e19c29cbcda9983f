//! Regular expressions as R's two engines read them: TRE's POSIX extended syntax (R's default:
//! `regcomp(REG_EXTENDED)`, leftmost-longest matches, `.` matches a newline, a backslash inside
//! brackets is literal, with TRE's `\w \s \d \b \< \>` extensions) and PCRE2's (`perl = TRUE`:
//! leftmost-first backtracking, `(?:...)`, look-around, lazy quantifiers, escapes inside classes,
//! `.` does not match a newline, `$` also before a final newline). Matching works on characters
//! (`char` indices): what R reports for `index.type = "chars"` and for ASCII text in bytes.
//! No heap, no interpreter: the `.Internal`s in `builtins/regex.rs` use it.

/// The syntax a pattern is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// TRE, POSIX extended (R's default).
    Extended,
    /// PCRE2 (`perl = TRUE`).
    Perl,
}

#[derive(Clone, Debug)]
enum ClassItem {
    Range(char, char),
    Named(NamedClass, bool),
}

#[derive(Clone, Copy, Debug)]
enum NamedClass {
    Alpha,
    Digit,
    Alnum,
    Upper,
    Lower,
    Space,
    Punct,
    Print,
    Graph,
    Cntrl,
    Xdigit,
    Blank,
    Word,
}

impl NamedClass {
    fn has(self, c: char) -> bool {
        match self {
            NamedClass::Alpha => c.is_alphabetic(),
            NamedClass::Digit => c.is_ascii_digit(),
            NamedClass::Alnum => c.is_alphanumeric(),
            NamedClass::Upper => c.is_uppercase(),
            NamedClass::Lower => c.is_lowercase(),
            NamedClass::Space => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
            NamedClass::Punct => c.is_ascii_punctuation(),
            NamedClass::Print => !c.is_control(),
            NamedClass::Graph => !c.is_control() && !c.is_whitespace(),
            NamedClass::Cntrl => c.is_control(),
            NamedClass::Xdigit => c.is_ascii_hexdigit(),
            NamedClass::Blank => c == ' ' || c == '\t',
            NamedClass::Word => c.is_alphanumeric() || c == '_',
        }
    }

    fn from_posix(name: &str) -> Option<NamedClass> {
        Some(match name {
            "alpha" => NamedClass::Alpha,
            "digit" => NamedClass::Digit,
            "alnum" => NamedClass::Alnum,
            "upper" => NamedClass::Upper,
            "lower" => NamedClass::Lower,
            "space" => NamedClass::Space,
            "punct" => NamedClass::Punct,
            "print" => NamedClass::Print,
            "graph" => NamedClass::Graph,
            "cntrl" => NamedClass::Cntrl,
            "xdigit" => NamedClass::Xdigit,
            "blank" => NamedClass::Blank,
            "word" => NamedClass::Word,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
enum Node {
    Empty,
    Char(char),
    /// `.`: any character (PCRE: but a newline).
    Any,
    Class(Vec<ClassItem>, bool),
    Bol,
    /// `$`; `\Z` in PCRE also before a final newline.
    Eol,
    /// `\z`.
    EndAbs,
    WordBoundary(bool),
    WordStart,
    WordEnd,
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
        greedy: bool,
    },
    Backref(usize),
    Look {
        node: Box<Node>,
        ahead: bool,
        negate: bool,
    },
    /// `(?i)` from here to the end of the enclosing group.
    SetCase(bool),
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    node: Node,
    /// Capturing groups (without the whole match).
    pub groups: usize,
    /// Names of the capturing groups (`(?<name>...)`), "" when unnamed.
    pub group_names: Vec<String>,
    syntax: Syntax,
    icase: bool,
}

/// A match: the whole match and each group as character ranges.
pub type Captures = Vec<Option<(usize, usize)>>;

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    syntax: Syntax,
    groups: usize,
    names: Vec<String>,
    /// Groups open around the current position.
    depth: usize,
}

/// What is wrong with a pattern.
#[derive(Clone, Copy, Debug)]
enum Fault {
    Paren,
    Unmatched,
    Bracket,
    Backslash,
    Class,
    Repeat,
    Group,
    Brace,
    BadBrace,
}

/// A pattern that does not compile: the engine's message (TRE's `regerror` text or PCRE2's) and
/// the character offset PCRE2 reports it at.
#[derive(Clone, Debug)]
pub struct ReError {
    pub msg: &'static str,
    pub at: usize,
}

impl Parser<'_> {
    fn err(&self, f: Fault, at: usize) -> ReError {
        let msg = match (self.syntax, f) {
            (Syntax::Extended, Fault::Paren | Fault::Unmatched) => "Missing ')'",
            (Syntax::Extended, Fault::Bracket) => "Missing ']'",
            (Syntax::Extended, Fault::Backslash) => "Trailing backslash",
            (Syntax::Extended, Fault::Class) => "Unknown character class name",
            (Syntax::Extended, Fault::Repeat) => "Invalid use of repetition operators",
            (Syntax::Extended, Fault::Group) => "Invalid regexp",
            (Syntax::Extended, Fault::Brace) => "Missing '}'",
            (Syntax::Extended | Syntax::Perl, Fault::BadBrace) => "Invalid contents of {}",
            (Syntax::Perl, Fault::Brace) => "missing closing brace",
            (Syntax::Perl, Fault::Paren) => "missing closing parenthesis",
            (Syntax::Perl, Fault::Unmatched) => "unmatched closing parenthesis",
            (Syntax::Perl, Fault::Bracket) => "missing terminating ] for character class",
            (Syntax::Perl, Fault::Backslash) => "\\ at end of pattern",
            (Syntax::Perl, Fault::Class) => "unknown POSIX class name",
            (Syntax::Perl, Fault::Repeat) => "quantifier does not follow a repeatable item",
            (Syntax::Perl, Fault::Group) => "unrecognized character after (? or (?-",
        };
        ReError { msg, at }
    }

    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn alt(&mut self) -> Result<Node, ReError> {
        let mut alts = vec![self.concat()?];
        while self.eat('|') {
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 { alts.pop().unwrap() } else { Node::Alt(alts) })
    }

    fn concat(&mut self) -> Result<Node, ReError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || (c == ')' && (self.depth > 0 || self.syntax == Syntax::Perl)) {
                break;
            }
            // TRE takes a `)` without its `(` as itself
            let atom = if c == ')' {
                self.i += 1;
                Node::Char(')')
            } else {
                self.atom()?
            };
            let atom = self.quantified(atom)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Concat(items),
        })
    }

    fn quantified(&mut self, mut atom: Node) -> Result<Node, ReError> {
        loop {
            let (min, max) = match self.peek() {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => match self.braces() {
                    Some(b) => b,
                    None if self.syntax == Syntax::Extended => {
                        let closed = self.p[self.i..].contains(&'}');
                        return Err(self.err(if closed { Fault::BadBrace } else { Fault::Brace }, self.i));
                    }
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            self.i += 1;
            let mut greedy = true;
            if self.eat('?') {
                greedy = false;
            } else if self.syntax == Syntax::Perl && self.eat('+') {
                // possessive: matched greedily (no script relies on the difference)
            }
            atom = Node::Repeat { node: Box::new(atom), min, max, greedy };
            if matches!(self.peek(), Some('*' | '+' | '?')) {
                return Err(self.err(Fault::Repeat, self.i));
            }
        }
    }

    /// `{m}`, `{m,}`, `{m,n}`: leaves `i` on the closing brace.
    fn braces(&mut self) -> Option<(usize, Option<usize>)> {
        let start = self.i;
        let mut j = self.i + 1;
        let num = |j: &mut usize, p: &[char]| {
            let s = *j;
            while *j < p.len() && p[*j].is_ascii_digit() {
                *j += 1;
            }
            p[s..*j].iter().collect::<String>().parse::<usize>().ok()
        };
        let min = num(&mut j, self.p);
        let max = if j < self.p.len() && self.p[j] == ',' {
            j += 1;
            num(&mut j, self.p)
        } else {
            min
        };
        if j < self.p.len() && self.p[j] == '}' && (min.is_some() || self.syntax == Syntax::Extended) {
            self.i = j;
            Some((min.unwrap_or(0), max))
        } else {
            self.i = start;
            None
        }
    }

    fn atom(&mut self) -> Result<Node, ReError> {
        let c = self.peek().unwrap();
        self.i += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::Bol,
            '$' => Node::Eol,
            '[' => self.class()?,
            '(' => self.group()?,
            '\\' => self.escape(false)?.0,
            '*' | '+' | '?' if self.syntax == Syntax::Perl => return Err(self.err(Fault::Repeat, self.i - 1)),
            c => Node::Char(c),
        })
    }

    fn group(&mut self) -> Result<Node, ReError> {
        self.depth += 1;
        let g = self.group_body();
        self.depth -= 1;
        g
    }

    fn group_body(&mut self) -> Result<Node, ReError> {
        if self.eat('?') {
            let c = self.peek().ok_or_else(|| self.err(Fault::Paren, self.i))?;
            self.i += 1;
            let node = match c {
                ':' => Node::Group(Box::new(self.alt()?), None),
                '=' | '!' => Node::Look { node: Box::new(self.alt()?), ahead: true, negate: c == '!' },
                '<' if matches!(self.peek(), Some('=') | Some('!')) => {
                    let neg = self.peek() == Some('!');
                    self.i += 1;
                    Node::Look { node: Box::new(self.alt()?), ahead: false, negate: neg }
                }
                '<' | 'P' | '\'' => {
                    if c == 'P' {
                        self.eat('<');
                    }
                    let mut name = String::new();
                    while let Some(ch) = self.peek() {
                        self.i += 1;
                        if ch == '>' || ch == '\'' {
                            break;
                        }
                        name.push(ch);
                    }
                    self.groups += 1;
                    let g = self.groups;
                    self.names.push(name);
                    Node::Group(Box::new(self.alt()?), Some(g))
                }
                'i' | '-' => {
                    // inline flags: (?i) (?-i) (?i:...)
                    let on = c == 'i';
                    if !on {
                        self.eat('i');
                    }
                    if self.eat(')') {
                        return Ok(Node::SetCase(on));
                    }
                    if self.eat(':') {
                        let inner = self.alt()?;
                        self.eat(')');
                        return Ok(Node::Group(Box::new(Node::Concat(vec![Node::SetCase(on), inner])), None));
                    }
                    return Err(self.err(Fault::Group, self.i - 1));
                }
                _ => return Err(self.err(Fault::Group, self.i - 1)),
            };
            if !self.eat(')') {
                return Err(self.err(Fault::Paren, self.i));
            }
            return Ok(node);
        }
        self.groups += 1;
        let g = self.groups;
        self.names.push(String::new());
        let inner = self.alt()?;
        if !self.eat(')') {
            return Err(self.err(Fault::Paren, self.i));
        }
        Ok(Node::Group(Box::new(inner), Some(g)))
    }

    /// An escape after the backslash; in a class, the items it stands for.
    fn escape(&mut self, in_class: bool) -> Result<(Node, Option<ClassItem>), ReError> {
        let c = self.peek().ok_or_else(|| self.err(Fault::Backslash, self.i))?;
        self.i += 1;
        let named = |n: NamedClass, neg: bool| {
            (Node::Class(vec![ClassItem::Named(n, neg)], false), Some(ClassItem::Named(n, neg)))
        };
        Ok(match c {
            'd' => named(NamedClass::Digit, false),
            'D' => named(NamedClass::Digit, true),
            'w' => named(NamedClass::Word, false),
            'W' => named(NamedClass::Word, true),
            's' => named(NamedClass::Space, false),
            'S' => named(NamedClass::Space, true),
            'b' if !in_class => (Node::WordBoundary(true), None),
            'B' if !in_class => (Node::WordBoundary(false), None),
            '<' if !in_class && self.syntax == Syntax::Extended => (Node::WordStart, None),
            '>' if !in_class && self.syntax == Syntax::Extended => (Node::WordEnd, None),
            'A' | '`' if !in_class => (Node::Bol, None),
            'Z' | '\'' if !in_class => (Node::Eol, None),
            'z' if !in_class => (Node::EndAbs, None),
            '1'..='9' if !in_class => (Node::Backref(c as usize - '0' as usize), None),
            'n' if self.syntax == Syntax::Perl => (Node::Char('\n'), Some(ClassItem::Range('\n', '\n'))),
            't' if self.syntax == Syntax::Perl => (Node::Char('\t'), Some(ClassItem::Range('\t', '\t'))),
            'r' if self.syntax == Syntax::Perl => (Node::Char('\r'), Some(ClassItem::Range('\r', '\r'))),
            'h' if self.syntax == Syntax::Perl => named(NamedClass::Blank, false),
            c => (Node::Char(c), Some(ClassItem::Range(c, c))),
        })
    }

    fn class(&mut self) -> Result<Node, ReError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = self.peek().ok_or_else(|| self.err(Fault::Bracket, self.i))?;
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            self.i += 1;
            let lo = if c == '[' && matches!(self.peek(), Some(':') | Some('=') | Some('.')) {
                let kind = self.peek().unwrap();
                let rest: String = self.p[self.i + 1..].iter().collect();
                let close = format!("{kind}]");
                let end = rest.find(&close).ok_or_else(|| self.err(Fault::Bracket, self.p.len()))?;
                let name = &rest[..end];
                self.i += 1 + name.chars().count() + 2;
                if kind == ':' {
                    let class = NamedClass::from_posix(name)
                        .ok_or_else(|| self.err(Fault::Class, self.i - name.chars().count() - 2))?;
                    items.push(ClassItem::Named(class, false));
                    continue;
                }
                name.chars().next().unwrap_or(' ')
            } else if c == '\\' && self.syntax == Syntax::Perl {
                match self.escape(true)?.1 {
                    Some(ClassItem::Range(a, _)) => a,
                    Some(item) => {
                        items.push(item);
                        continue;
                    }
                    None => continue,
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.p.get(self.i + 1).is_some_and(|&n| n != ']') {
                self.i += 1;
                let mut hi = self.peek().unwrap();
                self.i += 1;
                if hi == '\\' && self.syntax == Syntax::Perl {
                    if let Some(ClassItem::Range(a, _)) = self.escape(true)?.1 {
                        hi = a;
                    }
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(items, negated))
    }
}

/// The most steps one leftmost-longest search explores before it settles for the longest match
/// found so far.
const POSIX_STEPS: usize = 200_000;

struct Matcher<'a> {
    re: &'a Regex,
    s: &'a [char],
    icase: bool,
    steps: usize,
    /// `REG_NOTBOL`: `^` does not match at the start.
    notbol: bool,
}

fn fold(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

impl Matcher<'_> {
    fn is_word(&self, i: usize) -> bool {
        i < self.s.len() && (self.s[i].is_alphanumeric() || self.s[i] == '_')
    }

    fn class_has(&self, items: &[ClassItem], negated: bool, c: char) -> bool {
        let test = |c: char| {
            items.iter().any(|it| match *it {
                ClassItem::Range(a, b) => a <= c && c <= b,
                ClassItem::Named(n, neg) => n.has(c) != neg,
            })
        };
        let mut hit = test(c);
        if !hit && self.icase {
            let (l, u) = (fold(c), c.to_uppercase().next().unwrap_or(c));
            hit = test(l) || test(u);
        }
        hit != negated
    }

    /// Match `n` at `i`, then the continuation.
    fn m(
        &mut self,
        n: &Node,
        i: usize,
        caps: &mut Captures,
        k: &mut dyn FnMut(&mut Self, usize, &mut Captures) -> bool,
    ) -> bool {
        self.steps += 1;
        let s = self.s;
        match n {
            Node::Empty => k(self, i, caps),
            Node::Char(c) => {
                if i < s.len() && (s[i] == *c || (self.icase && fold(s[i]) == fold(*c))) {
                    k(self, i + 1, caps)
                } else {
                    false
                }
            }
            Node::Any => {
                if i < s.len() && (self.re.syntax == Syntax::Extended || s[i] != '\n') {
                    k(self, i + 1, caps)
                } else {
                    false
                }
            }
            Node::Class(items, neg) => {
                if i < s.len() && self.class_has(items, *neg, s[i]) {
                    k(self, i + 1, caps)
                } else {
                    false
                }
            }
            Node::Bol => (i == 0 && !self.notbol) && k(self, i, caps),
            Node::Eol => {
                let ok = i == s.len() || (self.re.syntax == Syntax::Perl && i + 1 == s.len() && s[i] == '\n');
                ok && k(self, i, caps)
            }
            Node::EndAbs => i == s.len() && k(self, i, caps),
            Node::WordBoundary(want) => {
                let before = i > 0 && self.is_word(i - 1);
                ((before != self.is_word(i)) == *want) && k(self, i, caps)
            }
            Node::WordStart => (!(i > 0 && self.is_word(i - 1)) && self.is_word(i)) && k(self, i, caps),
            Node::WordEnd => (i > 0 && self.is_word(i - 1) && !self.is_word(i)) && k(self, i, caps),
            Node::Group(inner, g) => match g {
                None => {
                    let saved = self.icase;
                    let r = self.m(inner, i, caps, &mut |me: &mut Self, j, c: &mut Captures| {
                        let inner_case = me.icase;
                        me.icase = saved;
                        let r = k(me, j, c);
                        me.icase = inner_case;
                        r
                    });
                    self.icase = saved;
                    r
                }
                Some(g) => {
                    let g = *g;
                    let saved = self.icase;
                    let r = self.m(inner, i, caps, &mut |me: &mut Self, j, c: &mut Captures| {
                        let old = c[g];
                        c[g] = Some((i, j));
                        let inner_case = me.icase;
                        me.icase = saved;
                        if k(me, j, c) {
                            return true;
                        }
                        me.icase = inner_case;
                        c[g] = old;
                        false
                    });
                    self.icase = saved;
                    r
                }
            },
            Node::Concat(items) => self.seq(items, i, caps, k),
            Node::Alt(alts) => {
                for a in alts {
                    if self.m(a, i, caps, k) {
                        return true;
                    }
                }
                false
            }
            Node::Repeat { node, min, max, greedy } => self.rep(node, *min, *max, *greedy, 0, i, caps, k),
            Node::Backref(g) => {
                let Some(Some((a, b))) = caps.get(*g).copied() else { return false };
                let len = b - a;
                if i + len <= s.len()
                    && (0..len).all(|t| s[a + t] == s[i + t] || (self.icase && fold(s[a + t]) == fold(s[i + t])))
                {
                    k(self, i + len, caps)
                } else {
                    false
                }
            }
            Node::Look { node, ahead, negate } => {
                let mut probe = caps.clone();
                let found = if *ahead {
                    self.m(node, i, &mut probe, &mut |_, _, _| true)
                } else {
                    (0..=i).rev().any(|st| self.m(node, st, &mut probe, &mut |_, j, _| j == i))
                };
                if found != *negate {
                    if found && !*negate {
                        *caps = probe;
                    }
                    k(self, i, caps)
                } else {
                    false
                }
            }
            Node::SetCase(on) => {
                let old = self.icase;
                self.icase = *on;
                if k(self, i, caps) {
                    return true;
                }
                self.icase = old;
                false
            }
        }
    }

    fn seq(
        &mut self,
        items: &[Node],
        i: usize,
        caps: &mut Captures,
        k: &mut dyn FnMut(&mut Self, usize, &mut Captures) -> bool,
    ) -> bool {
        match items.split_first() {
            None => k(self, i, caps),
            Some((first, rest)) => {
                self.m(first, i, caps, &mut |me: &mut Self, j, c: &mut Captures| me.seq(rest, j, c, k))
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rep(
        &mut self,
        node: &Node,
        min: usize,
        max: Option<usize>,
        greedy: bool,
        count: usize,
        i: usize,
        caps: &mut Captures,
        k: &mut dyn FnMut(&mut Self, usize, &mut Captures) -> bool,
    ) -> bool {
        let more = max.is_none_or(|m| count < m);
        let again = |me: &mut Self, caps: &mut Captures, k: &mut dyn FnMut(&mut Self, usize, &mut Captures) -> bool| {
            more && me.m(node, i, caps, &mut |me: &mut Self, j, c: &mut Captures| {
                // an iteration that matched nothing ends the loop
                if j == i && count >= min {
                    return false;
                }
                me.rep(node, min, max, greedy, count + 1, j, c, k)
            })
        };
        if greedy {
            if again(self, caps, k) {
                return true;
            }
            count >= min && k(self, i, caps)
        } else {
            if count >= min && k(self, i, caps) {
                return true;
            }
            again(self, caps, k)
        }
    }
}

impl Regex {
    pub fn new(pattern: &str, syntax: Syntax, icase: bool) -> Result<Regex, ReError> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser { p: &chars, i: 0, syntax, groups: 0, names: Vec::new(), depth: 0 };
        let node = p.alt()?;
        if p.i < chars.len() {
            return Err(p.err(Fault::Unmatched, p.i));
        }
        Ok(Regex { node, groups: p.groups, group_names: p.names, syntax, icase })
    }

    /// The first match in `s` starting at or after `from` (character indices): the whole match
    /// (index 0) and each group. `notbol`: `^` does not match at `from` (R's `REG_NOTBOL`).
    pub fn find_at(&self, s: &[char], from: usize, notbol: bool) -> Option<Captures> {
        let mut mt = Matcher { re: self, s, icase: self.icase, steps: 0, notbol };
        for st in from..=s.len() {
            let mut caps: Captures = vec![None; self.groups + 1];
            match self.syntax {
                Syntax::Perl => {
                    let mut found: Option<Captures> = None;
                    mt.m(&self.node, st, &mut caps, &mut |_, j, c: &mut Captures| {
                        let mut c = c.clone();
                        c[0] = Some((st, j));
                        found = Some(c);
                        true
                    });
                    if found.is_some() {
                        return found;
                    }
                }
                Syntax::Extended => {
                    // leftmost-longest: explore every way to match here, keep the longest
                    let mut best: Option<Captures> = None;
                    mt.steps = 0;
                    mt.m(&self.node, st, &mut caps, &mut |me: &mut Matcher, j, c: &mut Captures| {
                        if best.as_ref().is_none_or(|b| b[0].unwrap().1 < j) {
                            let mut c = c.clone();
                            c[0] = Some((st, j));
                            best = Some(c);
                        }
                        j == me.s.len() || me.steps > POSIX_STEPS
                    });
                    if best.is_some() {
                        return best;
                    }
                }
            }
            // `^` matches at the start of the string only
            mt.notbol = true;
        }
        None
    }

    pub fn is_perl(&self) -> bool {
        self.syntax == Syntax::Perl
    }

    pub fn is_match(&self, s: &[char]) -> bool {
        self.find_at(s, 0, false).is_some()
    }
}

/// `fgrep_one`: the first occurrence of `pat` in `s` at or after `from` (characters).
pub fn find_fixed(pat: &[char], s: &[char], from: usize) -> Option<usize> {
    if pat.is_empty() {
        return Some(from);
    }
    if s.len() < pat.len() {
        return None;
    }
    (from..=s.len() - pat.len()).find(|&i| &s[i..i + pat.len()] == pat)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(p: &str, s: &str, syntax: Syntax) -> Option<(usize, usize)> {
        let s: Vec<char> = s.chars().collect();
        Regex::new(p, syntax, false).unwrap().find_at(&s, 0, false).map(|c| c[0].unwrap())
    }

    #[test]
    fn posix_is_leftmost_longest_perl_leftmost_first() {
        assert_eq!(find("a|ab", "xab", Syntax::Extended), Some((1, 3)));
        assert_eq!(find("a|ab", "xab", Syntax::Perl), Some((1, 2)));
        assert_eq!(find("[[:digit:]]+", "ab123c", Syntax::Extended), Some((2, 5)));
        assert_eq!(find("\\d+?", "ab123c", Syntax::Perl), Some((2, 3)));
        assert_eq!(find("[\\d]", "a\\d", Syntax::Extended), Some((1, 2)));
        assert_eq!(find("(?<=a)b", "cbab", Syntax::Perl), Some((3, 4)));
        assert_eq!(find("^$", "", Syntax::Extended), Some((0, 0)));
        assert_eq!(find("(a)\\1", "xaa", Syntax::Extended), Some((1, 3)));
    }
}

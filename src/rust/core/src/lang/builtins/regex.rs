//! The pattern-matching `.Internal`s of R's `grep.c` behind base's closures `grep`, `grepl`,
//! `sub`, `gsub`, `regexpr`, `gregexpr`, `regexec` and `strsplit`, on the engine of
//! `lang/regex.rs`. Each allocates what its C function allocates, in the same order: the result
//! vector first, then the CHARSXPs it makes (`mkChar`: a string already cached costs nothing),
//! an unchanged string shared from the input. Text that is all ASCII is matched as bytes
//! (`useBytes` becomes TRUE), as R does, so `regexpr()`'s answers carry `index.type` and
//! `useBytes` attributes.

use std::rc::Rc;

use super::internal::{internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};
use crate::lang::regex::{find_fixed, Captures, Regex, Syntax};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("grep", &["pattern", "x", "ignore.case", "value", "perl", "fixed", "useBytes", "invert"], |it, c, a| {
        grep(it, c, a, false)
    }),
    internal("grepl", &["pattern", "x", "ignore.case", "value", "perl", "fixed", "useBytes", "invert"], |it, c, a| {
        grep(it, c, a, true)
    }),
    internal("sub", &["pattern", "replacement", "x", "ignore.case", "perl", "fixed", "useBytes"], |it, c, a| {
        gsub(it, c, a, false)
    }),
    internal("gsub", &["pattern", "replacement", "x", "ignore.case", "perl", "fixed", "useBytes"], |it, c, a| {
        gsub(it, c, a, true)
    }),
    internal("regexpr", &["pattern", "text", "ignore.case", "perl", "fixed", "useBytes"], |it, c, a| {
        regexpr(it, c, a, false)
    }),
    internal("gregexpr", &["pattern", "text", "ignore.case", "perl", "fixed", "useBytes"], |it, c, a| {
        regexpr(it, c, a, true)
    }),
    internal("regexec", &["pattern", "text", "ignore.case", "fixed", "useBytes"], regexec),
    internal("strsplit", &["x", "split", "fixed", "perl", "useBytes"], strsplit),
];

/// `asLogical()` of an option, NA as FALSE.
fn flag(it: &Interp, a: &Args, i: usize) -> bool {
    positional(a, i).and_then(|v| it.num_elt(v, 0)).is_some_and(|x| !x.is_nan() && x != 0.0)
}

/// A compiled pattern: `fixed = TRUE` text, or a regular expression.
enum Pattern {
    Fixed(Vec<char>),
    Re(Regex),
}

impl Pattern {
    fn find(&self, s: &[char], from: usize, notbol: bool) -> Option<Captures> {
        match self {
            Pattern::Fixed(p) => find_fixed(p, s, from).map(|st| vec![Some((st, st + p.len()))]),
            Pattern::Re(r) => r.find_at(s, from, notbol),
        }
    }
}

struct Opts {
    icase: bool,
    perl: bool,
    fixed: bool,
}

/// The checks and warnings every function of grep.c starts with, then the compiled pattern
/// (`tre_regcomp`/`pcre2_compile` errors as R reports them).
fn compile(it: &mut Interp, ctx: &CallCtx, pat: &str, mut o: Opts) -> EvalResult<Pattern> {
    if o.fixed && o.icase {
        it.warn(None, "argument 'ignore.case = TRUE' will be ignored".into())?;
    }
    if o.fixed && o.perl {
        it.warn(None, "argument 'perl = TRUE' will be ignored".into())?;
        o.perl = false;
    }
    if o.fixed {
        return Ok(Pattern::Fixed(pat.chars().collect()));
    }
    let syntax = if o.perl { Syntax::Perl } else { Syntax::Extended };
    match Regex::new(pat, syntax, o.icase) {
        Ok(r) => Ok(Pattern::Re(r)),
        Err(e) => {
            let reason = e.msg;
            if o.perl {
                let at: String = pat.chars().skip(e.at).collect();
                it.warn(None, format!("PCRE pattern compilation error\n\t'{reason}'\n\tat '{at}'"))?;
                Err(ctx.error(format!("invalid regular expression '{pat}'")))
            } else {
                it.warn(None, format!("TRE pattern compilation error '{reason}'"))?;
                Err(ctx.error(format!("invalid regular expression '{pat}', reason '{reason}'")))
            }
        }
    }
}

/// The pattern argument: a character vector whose first element is used (R warns when there are
/// more). `None` for NA.
fn pattern_arg(it: &mut Interp, ctx: &CallCtx, a: &Args, i: usize, na_ok: bool) -> EvalResult<Option<Rc<str>>> {
    let p = positional(a, i).unwrap_or(Val::Obj(NIL));
    if it.type_of(p) != SexpType::Str || it.length(p) < 1 {
        return Err(ctx.error("invalid 'pattern' argument"));
    }
    let first = it.str_values(p).and_then(|v| v.into_iter().next());
    let Some(first) = first else {
        return Err(ctx.error("rheap needs to know the pattern's text"));
    };
    if first.is_none() && !na_ok {
        return Err(ctx.error("invalid 'pattern' argument"));
    }
    if it.length(p) > 1 {
        it.warn(None, "argument 'pattern' has length > 1 and only the first element will be used".into())?;
    }
    Ok(first)
}

/// Strings as characters (`None` for NA).
type Texts = Vec<Option<Vec<char>>>;

/// The text argument: must be character. Its strings as characters (None for NA) if known.
fn text_arg(it: &Interp, ctx: &CallCtx, a: &Args, i: usize, what: &str) -> EvalResult<(Val, Option<Texts>)> {
    let x = positional(a, i).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(ctx.error(format!("invalid '{what}' argument")));
    }
    let strs = it.str_values(x).map(|v| v.into_iter().map(|s| s.map(|s| s.chars().collect())).collect());
    Ok((x, strs))
}

fn all_ascii(pat: &str, text: &Option<Vec<Option<Vec<char>>>>) -> bool {
    pat.is_ascii() && text.as_ref().is_none_or(|t| t.iter().flatten().all(|s| s.iter().all(char::is_ascii)))
}

/// `.Internal(grep(pattern, x, ignore.case, value, perl, fixed, useBytes, invert))` and
/// `grepl` (`do_grep`): the logical vector of matches (`ind`) first; grepl returns it, grep then
/// allocates the indices (or the matching strings, and their names).
fn grep(it: &mut Interp, ctx: &CallCtx, a: &mut Args, grepl: bool) -> EvalResult<Val> {
    let o = Opts { icase: flag(it, a, 2), perl: flag(it, a, 4), fixed: flag(it, a, 5) };
    let (value, invert) = (flag(it, a, 3), flag(it, a, 7));
    let pat = pattern_arg(it, ctx, a, 0, true)?;
    let (x, text) = text_arg(it, ctx, a, 1, "text")?;
    let n = it.length(x);
    let Some(pat) = pat else {
        // an NA pattern matches NA everywhere
        return Ok(Val::Obj(if value {
            let ans = it.new_strs(n, Elems::Fill(it.na_string))?;
            it.heap.protect(Val::Obj(ans));
            copy_names(it, x, ans)?;
            ans
        } else if grepl {
            it.new_num(SexpType::Lgl, n, Num::Fill(crate::heap::na_real()))?
        } else {
            it.new_num(SexpType::Int, n, Num::Fill(crate::heap::na_real()))?
        }));
    };
    let re = compile(it, ctx, &pat, o)?;
    let hits: Option<Vec<bool>> =
        text.map(|t| t.iter().map(|s| s.as_ref().is_some_and(|s| re.find(s, 0, false).is_some())).collect());
    let ind = it.new_num(
        SexpType::Lgl,
        n,
        hits.as_ref()
            .map_or(Num::Unknown, |h| Num::Values(Rc::new(h.iter().map(|&b| f64::from(u8::from(b))).collect()))),
    )?;
    if grepl {
        return Ok(Val::Obj(ind));
    }
    it.heap.protect(Val::Obj(ind));
    let Some(hits) = hits else {
        return Err(ctx.error("rheap needs to know the strings grep() searches"));
    };
    let picked: Vec<usize> = (0..hits.len()).filter(|&i| invert ^ hits[i]).collect();
    let m = picked.len() as u64;
    if value {
        let elems = it.str_ids(x).map(|ids| picked.iter().map(|&i| ids[i]).collect::<Vec<ObjId>>());
        let ans = it.new_strs(m, elems.map_or(Elems::Unknown, Elems::Values))?;
        it.heap.protect(Val::Obj(ans));
        if let Some(names) = it.heap_attr(x, "names") {
            let nm = it.str_ids(Val::Obj(names)).map(|ids| picked.iter().map(|&i| ids[i]).collect::<Vec<ObjId>>());
            let nm = it.new_strs(m, nm.map_or(Elems::Unknown, Elems::Values))?;
            it.heap.set_attr(ans, "names", nm)?;
        }
        return Ok(Val::Obj(ans));
    }
    let idx = Num::Values(Rc::new(picked.iter().map(|&i| (i + 1) as f64).collect()));
    Ok(Val::Obj(it.new_num(SexpType::Int, m, idx)?))
}

/// `names(ans) <- duplicate(names(x))`.
fn copy_names(it: &mut Interp, x: Val, ans: ObjId) -> EvalResult<()> {
    if let Some(names) = it.heap_attr(x, "names") {
        let ids = it.str_ids(Val::Obj(names));
        let len = it.length(Val::Obj(names));
        let nm = it.new_strs(len, ids.map_or(Elems::Unknown, Elems::Values))?;
        it.heap.set_attr(ans, "names", nm)?;
    }
    Ok(())
}

/// The replacement text for one match: `string_adj` (TRE: `\1`..`\9`, a backslash quotes the next
/// character) or `R_pcre_string_adj` (also `\U`, `\L`, `\E` changing the case of what the
/// back-references insert).
fn substitute(rep: &[char], s: &[char], caps: &Captures, perl: bool, out: &mut String) {
    let (mut upper, mut lower) = (false, false);
    let mut p = 0;
    while p < rep.len() {
        if rep[p] == '\\' {
            match rep.get(p + 1) {
                Some(d @ '1'..='9') => {
                    let k = *d as usize - '0' as usize;
                    if let Some(Some((a, b))) = caps.get(k) {
                        for &c in &s[*a..*b] {
                            if upper {
                                out.extend(c.to_uppercase());
                            } else if lower {
                                out.extend(c.to_lowercase());
                            } else {
                                out.push(c);
                            }
                        }
                    }
                    p += 2;
                }
                Some('U') if perl => {
                    (upper, lower) = (true, false);
                    p += 2;
                }
                Some('L') if perl => {
                    (upper, lower) = (false, true);
                    p += 2;
                }
                Some('E') if perl => {
                    (upper, lower) = (false, false);
                    p += 2;
                }
                None => p += 1,
                Some(c) => {
                    out.push(*c);
                    p += 2;
                }
            }
        } else {
            out.push(rep[p]);
            p += 1;
        }
    }
}

/// `.Internal(sub(...))`/`.Internal(gsub(...))` (`do_gsub`): a new character vector with `x`'s
/// attributes (`SHALLOW_DUPLICATE_ATTRIB`); a string without a match is shared, a changed one
/// made with `mkChar`. Global replacement as the C loop does it: after an empty match the next
/// character is copied and the search goes on with `REG_NOTBOL`; a match ending where the last
/// replaced one ended is not replaced again.
fn gsub(it: &mut Interp, ctx: &CallCtx, a: &mut Args, global: bool) -> EvalResult<Val> {
    let o = Opts { icase: flag(it, a, 3), perl: flag(it, a, 4), fixed: flag(it, a, 5) };
    let fixed = o.fixed;
    let perl = o.perl && !fixed;
    let pat = pattern_arg(it, ctx, a, 0, true)?;
    let rep = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(rep) != SexpType::Str || it.length(rep) < 1 {
        return Err(ctx.error("invalid 'replacement' argument"));
    }
    if it.length(rep) > 1 {
        it.warn(None, "argument 'replacement' has length > 1 and only the first element will be used".into())?;
    }
    let rep: Option<Vec<char>> =
        it.str_values(rep).and_then(|v| v.into_iter().next()).and_then(|s| s.map(|s| s.chars().collect()));
    let (x, text) = text_arg(it, ctx, a, 2, "text")?;
    let n = it.length(x);
    let Some(pat) = pat else {
        // an NA pattern: NA strings throughout
        let ans = it.new_strs(n, Elems::Fill(it.na_string))?;
        it.heap.protect(Val::Obj(ans));
        it.heap.copy_attrs(x, ans)?;
        return Ok(Val::Obj(ans));
    };
    let re = compile(it, ctx, &pat, o)?;
    let ans = it.new_strs(n, Elems::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    if let (Some(text), Some(ids)) = (text, it.str_ids(x)) {
        let mut out_ids = Vec::with_capacity(ids.len());
        for (i, s) in text.iter().enumerate() {
            let Some(s) = s else {
                out_ids.push(it.na_string);
                continue;
            };
            let mut out = String::new();
            let (mut offset, mut last_end, mut nmatch) = (0usize, None::<usize>, 0);
            let mut notbol = false;
            while let Some(caps) = re.find(s, offset, notbol) {
                let (st, en) = caps[0].unwrap();
                nmatch += 1;
                out.extend(&s[offset..st]);
                if last_end.is_none_or(|l| en > l) {
                    match (&re, &rep) {
                        (Pattern::Fixed(_), Some(r)) => out.extend(r.iter()),
                        (_, Some(r)) => substitute(r, s, &caps, perl, &mut out),
                        _ => {}
                    }
                    last_end = Some(en);
                }
                offset = en;
                if offset >= s.len() || !global {
                    break;
                }
                if st == en {
                    out.push(s[offset]);
                    offset += 1;
                }
                notbol = true;
            }
            if nmatch == 0 {
                out_ids.push(ids[i]);
            } else if rep.is_none() {
                out_ids.push(it.na_string);
            } else {
                out.extend(&s[offset.min(s.len())..]);
                let ch = it.mk_char(&out)?;
                out_ids.push(ch);
            }
            // the result holds each string as it is made (SET_STRING_ELT)
            set_elems(it, ans, &out_ids);
        }
        set_elems(it, ans, &out_ids);
    }
    it.heap.copy_attrs(x, ans)?;
    Ok(Val::Obj(ans))
}

/// Make `ids` the (first) elements of the character vector `v`; the rest stay unknown until set.
fn set_elems(it: &mut Interp, v: ObjId, ids: &[ObjId]) {
    let len = it.length(Val::Obj(v)) as usize;
    if ids.len() == len {
        if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(v).body {
            *e = Elems::Values(ids.to_vec());
        }
    }
}

/// The match position and length of one string as `regexpr()` reports them (1-based, -1 for none).
fn first_match(re: &Pattern, s: &[char]) -> (f64, f64) {
    match re.find(s, 0, false) {
        Some(c) => {
            let (a, b) = c[0].unwrap();
            ((a + 1) as f64, (b - a) as f64)
        }
        None => (-1.0, -1.0),
    }
}

/// Every match as `gregexpr()` finds them (`gregexpr_Regexc`/`gregexpr_fixed`/`R_pcre2_gregexpr`):
/// after an empty match the search moves on by a character; `REG_NOTBOL` after the first.
fn all_matches(re: &Pattern, s: &[char]) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut offset = 0;
    while offset < s.len() || (offset == 0 && s.is_empty() && !matches!(re, Pattern::Fixed(_))) {
        let Some(c) = re.find(s, offset, offset > 0) else { break };
        let (a, b) = c[0].unwrap();
        out.push(((a + 1) as f64, (b - a) as f64));
        offset = if b == a { a + 1 } else { b };
        if s.is_empty() {
            break;
        }
    }
    if out.is_empty() {
        out.push((-1.0, -1.0));
    }
    out
}

/// `.Internal(regexpr(...))` and `.Internal(gregexpr(...))` (`do_regexpr`). `itype` (the string
/// "chars" or "bytes") is made first; regexpr allocates the positions, then `match.length`;
/// gregexpr a list, and per string its two 1024-integer match buffers (garbage), then the
/// positions and lengths of what it found.
fn regexpr(it: &mut Interp, ctx: &CallCtx, a: &mut Args, global: bool) -> EvalResult<Val> {
    let o = Opts { icase: flag(it, a, 2), perl: flag(it, a, 3), fixed: flag(it, a, 4) };
    let use_bytes_arg = flag(it, a, 5);
    let Some(pat) = pattern_arg(it, ctx, a, 0, false)? else { return Err(ctx.error("invalid 'pattern' argument")) };
    let (x, text) = text_arg(it, ctx, a, 1, "text")?;
    let n = it.length(x);
    let chars = it.mk_char(if use_bytes_arg { "bytes" } else { "chars" })?;
    let itype = it.new_strs(1, Elems::Values(vec![chars]))?;
    it.heap.protect(Val::Obj(itype));
    let use_bytes = use_bytes_arg || all_ascii(&pat, &text);
    let re = compile(it, ctx, &pat, o)?;
    let true_val = it.scalar_logical(Some(true));
    let with_attrs = |it: &mut Interp, ans: ObjId, ml: ObjId| -> EvalResult<()> {
        it.heap.set_attr(ans, "match.length", ml)?;
        if use_bytes {
            it.heap.set_attr(ans, "index.type", itype)?;
            if let Val::Obj(t) = true_val {
                it.heap.set_attr(ans, "useBytes", t)?;
            }
        }
        Ok(())
    };
    if !global {
        let found: Option<Vec<(f64, f64)>> = text.map(|t| {
            t.iter()
                .map(|s| match s {
                    None => (crate::heap::na_real(), crate::heap::na_real()),
                    Some(s) => first_match(&re, s),
                })
                .collect()
        });
        let col = |f: &Option<Vec<(f64, f64)>>, second: bool| {
            f.as_ref().map_or(Num::Unknown, |v| {
                Num::Values(Rc::new(v.iter().map(|p| if second { p.1 } else { p.0 }).collect()))
            })
        };
        let ans = it.new_num(SexpType::Int, n, col(&found, false))?;
        it.heap.protect(Val::Obj(ans));
        let ml = it.new_num(SexpType::Int, n, col(&found, true))?;
        it.heap.protect(Val::Obj(ml));
        with_attrs(it, ans, ml)?;
        return Ok(Val::Obj(ans));
    }
    let Some(text) = text else {
        return Err(ctx.error("rheap needs to know the strings gregexpr() searches"));
    };
    let list = it.heap.alloc_vector(SexpType::Vec, n, crate::heap::Body::Elems(Elems::Values(Vec::new())))?;
    it.heap.protect(Val::Obj(list));
    let mut elems = Vec::with_capacity(text.len());
    for s in &text {
        let (found, attrs) = match s {
            None => (vec![(crate::heap::na_real(), crate::heap::na_real())], false),
            Some(s) => {
                if !matches!(re, Pattern::Fixed(_)) && !o_perl(&re) {
                    // gregexpr_Regexc's buffers
                    super::vectors::unknown_vector(it, SexpType::Int, 1024)?;
                    super::vectors::unknown_vector(it, SexpType::Int, 1024)?;
                }
                (all_matches(&re, s), true)
            }
        };
        let k = found.len() as u64;
        let ans = it.new_num(SexpType::Int, k, Num::Values(Rc::new(found.iter().map(|p| p.0).collect())))?;
        it.heap.protect(Val::Obj(ans));
        let ml = it.new_num(SexpType::Int, k, Num::Values(Rc::new(found.iter().map(|p| p.1).collect())))?;
        if attrs {
            with_attrs(it, ans, ml)?;
        } else {
            it.heap.set_attr(ans, "match.length", ml)?;
        }
        elems.push(ans);
        let r = &mut it.heap.obj_mut(ans).refs;
        *r = r.saturating_add(1);
        if let crate::heap::Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(list).body {
            v.push(ans);
        }
    }
    Ok(Val::Obj(list))
}

fn o_perl(re: &Pattern) -> bool {
    matches!(re, Pattern::Re(r) if r.is_perl())
}

/// `.Internal(regexec(pattern, text, ignore.case, fixed, useBytes))` (`do_regexec`, TRE or
/// fixed): a list with, per string, the positions of the match and of each group, with
/// `match.length` (and `index.type`, `useBytes`).
fn regexec(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let o = Opts { icase: flag(it, a, 2), perl: false, fixed: flag(it, a, 3) };
    let use_bytes_arg = flag(it, a, 4);
    let Some(pat) = pattern_arg(it, ctx, a, 0, false)? else { return Err(ctx.error("invalid 'pattern' argument")) };
    let (x, text) = text_arg(it, ctx, a, 1, "text")?;
    let n = it.length(x);
    let use_bytes = use_bytes_arg || all_ascii(&pat, &text);
    let chars = it.mk_char(if use_bytes_arg { "bytes" } else { "chars" })?;
    let itype = it.new_strs(1, Elems::Values(vec![chars]))?;
    it.heap.protect(Val::Obj(itype));
    let re = compile(it, ctx, &pat, o)?;
    let Some(text) = text else {
        return Err(ctx.error("rheap needs to know the strings regexec() searches"));
    };
    let groups = match &re {
        Pattern::Re(r) => r.groups,
        Pattern::Fixed(_) => 0,
    };
    let list = it.heap.alloc_vector(SexpType::Vec, n, crate::heap::Body::Elems(Elems::Values(Vec::new())))?;
    it.heap.protect(Val::Obj(list));
    let true_val = it.scalar_logical(Some(true));
    for s in &text {
        let found: Vec<(f64, f64)> = match s {
            None => vec![(crate::heap::na_real(), crate::heap::na_real())],
            Some(s) => match re.find(s, 0, false) {
                Some(c) => (0..=groups)
                    .map(|g| match c.get(g).copied().flatten() {
                        Some((a, b)) => ((a + 1) as f64, (b - a) as f64),
                        None => (0.0, 0.0),
                    })
                    .collect(),
                None => vec![(-1.0, -1.0)],
            },
        };
        let k = found.len() as u64;
        let ans = it.new_num(SexpType::Int, k, Num::Values(Rc::new(found.iter().map(|p| p.0).collect())))?;
        it.heap.protect(Val::Obj(ans));
        let ml = it.new_num(SexpType::Int, k, Num::Values(Rc::new(found.iter().map(|p| p.1).collect())))?;
        it.heap.set_attr(ans, "match.length", ml)?;
        if s.is_some() && use_bytes {
            it.heap.set_attr(ans, "index.type", itype)?;
            if let Val::Obj(t) = true_val {
                it.heap.set_attr(ans, "useBytes", t)?;
            }
        }
        let r = &mut it.heap.obj_mut(ans).refs;
        *r = r.saturating_add(1);
        if let crate::heap::Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(list).body {
            v.push(ans);
        }
    }
    Ok(Val::Obj(list))
}

/// `.Internal(strsplit(x, split, fixed, perl, useBytes))` (`do_strsplit`): a list, then per
/// string a character vector of its pieces. Each search starts afresh on the rest of the string
/// (so `^` matches at each piece); an empty match takes one character as a piece; an empty
/// split makes one piece per character. `x`'s names become the list's.
fn strsplit(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let tok = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let (fixed, mut perl) = (flag(it, a, 2), flag(it, a, 3));
    if fixed && perl {
        it.warn(None, "argument 'perl = TRUE' will be ignored".into())?;
        perl = false;
    }
    if it.type_of(x) != SexpType::Str || it.type_of(tok) != SexpType::Str {
        return Err(ctx.error("non-character argument"));
    }
    let n = it.length(x);
    let toks: Vec<Option<Rc<str>>> = if it.length(tok) == 0 {
        vec![Some(Rc::from(""))]
    } else {
        it.str_values(tok).ok_or_else(|| ctx.error("rheap needs to know the split strings"))?
    };
    let (Some(text), Some(ids)) = (it.str_values(x), it.str_ids(x)) else {
        return Err(ctx.error("rheap needs to know the strings strsplit() splits"));
    };
    let list =
        it.heap.alloc_vector(SexpType::Vec, n, crate::heap::Body::Elems(Elems::Values(vec![NIL; n as usize])))?;
    it.heap.protect(Val::Obj(list));
    // grouped by token, as the C code loops
    for (itok, t) in toks.iter().enumerate() {
        let re = match t {
            Some(t) if !t.is_empty() => Some(compile(it, ctx, t, Opts { icase: false, perl, fixed })?),
            _ => None,
        };
        for i in (itok..text.len()).step_by(toks.len()) {
            let pieces: Vec<ObjId> = match (&text[i], t) {
                (None, _) => vec![it.na_string],
                (Some(_), None) => vec![ids[i]],
                (Some(s), Some(_)) => {
                    let s: Vec<char> = s.chars().collect();
                    let strs: Vec<String> = match &re {
                        None => s.iter().map(|c| c.to_string()).collect(),
                        Some(re) => {
                            let mut out = Vec::new();
                            let mut rest = &s[..];
                            while !rest.is_empty() {
                                let Some(c) = re.find(rest, 0, false) else { break };
                                let (st, en) = c[0].unwrap();
                                if en > 0 {
                                    out.push(rest[..st].iter().collect());
                                    rest = &rest[en..];
                                } else {
                                    out.push(rest[0].to_string());
                                    rest = &rest[1..];
                                }
                            }
                            if !rest.is_empty() {
                                out.push(rest.iter().collect());
                            }
                            out
                        }
                    };
                    // the piece vector is allocated before its strings are made
                    let v = it.new_strs(strs.len() as u64, Elems::Values(Vec::new()))?;
                    it.heap.protect(Val::Obj(v));
                    let mut made = Vec::with_capacity(strs.len());
                    for p in &strs {
                        made.push(it.mk_char(p)?);
                    }
                    if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(v).body {
                        *e = Elems::Values(made);
                    }
                    put_elt(it, list, i, v);
                    continue;
                }
            };
            // ScalarString
            let v = it.new_strs(1, Elems::Values(pieces))?;
            put_elt(it, list, i, v);
        }
    }
    if let Some(names) = it.heap_attr(x, "names") {
        it.heap.set_attr(list, "names", names)?;
    }
    Ok(Val::Obj(list))
}

/// `SET_VECTOR_ELT(list, i, v)`.
fn put_elt(it: &mut Interp, list: ObjId, i: usize, v: ObjId) {
    let r = &mut it.heap.obj_mut(v).refs;
    *r = r.saturating_add(1);
    if let crate::heap::Body::Elems(Elems::Values(e)) = &mut it.heap.obj_mut(list).body {
        e[i] = v;
    }
    it.heap.write_barrier(list, Val::Obj(v));
}

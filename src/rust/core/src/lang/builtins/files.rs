//! Path, locale and process internals of util.c, paste.c, platform.c and main.c: `basename()`,
//! `dirname()`, `file.path()`, `commandArgs()`, `Sys.getlocale()`. Each returns a new STRSXP of its result's length, allocated
//! before the strings it holds (`mkChar` one by one), as the C code does.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("basename", &["path"], basename),
    internal("dirname", &["path"], dirname),
    internal("file.path", &["list", "fsep"], file_path),
    internal("commandArgs", &[], command_args),
    internal("Sys.getlocale", &["category"], sys_getlocale),
];

/// A STRSXP of `strings` as the C loops build one: the vector first (protected), then each
/// element's CHARSXP (`NA_STRING` for `None`).
pub(super) fn string_result(it: &mut Interp, strings: &[Option<String>]) -> EvalResult<ObjId> {
    let ans = it.new_strs(strings.len() as u64, Elems::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    let mut ids = Vec::with_capacity(strings.len());
    for s in strings {
        ids.push(match s {
            Some(s) => it.mk_char(s)?,
            None => it.na_string,
        });
    }
    it.heap.obj_mut(ans).body = Body::Elems(Elems::Values(ids));
    Ok(ans)
}

/// `R_ExpandFileName`: a leading `~` is the home directory.
fn expand_file_name(s: &str) -> String {
    match s.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            format!("{}{rest}", std::env::var("HOME").unwrap_or_default())
        }
        _ => s.to_string(),
    }
}

/// The character vector argument of `basename()`/`dirname()` mapped element by element (`NA`
/// stays `NA`); a vector of unknown strings gives one of unknown strings.
fn map_paths(it: &mut Interp, ctx: &CallCtx, a: &Args, f: fn(&str) -> String) -> EvalResult<Val> {
    let s = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(s) != SexpType::Str {
        return Err(closure_error(it, ctx, "a character vector argument expected"));
    }
    let Some(values) = it.str_values(s) else {
        return Ok(Val::Obj(it.new_strs(it.length(s), Elems::Unknown)?));
    };
    let out: Vec<Option<String>> = values.iter().map(|v| v.as_deref().map(|p| f(&expand_file_name(p)))).collect();
    Ok(Val::Obj(string_result(it, &out)?))
}

/// `do_basename` (util.c): trailing separators removed, then what follows the last one.
fn basename(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    map_paths(it, ctx, a, |p| {
        let p = p.trim_end_matches('/');
        p.rsplit_once('/').map_or(p, |(_, b)| b).to_string()
    })
}

/// `do_dirname` (util.c): one trailing separator removed (its loop re-tests the same byte), then
/// what precedes the last separator, less the separators before it ("/" when nothing is left),
/// "." when there is none; "" stays "".
fn dirname(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    map_paths(it, ctx, a, |p| {
        if p.is_empty() {
            return String::new();
        }
        let p = if p.len() > 1 && p.ends_with('/') { &p[..p.len() - 1] } else { p };
        match p.rfind('/') {
            None => ".".to_string(),
            Some(i) => {
                let head = p[..i].trim_end_matches('/');
                if head.is_empty() {
                    "/".to_string()
                } else {
                    head.to_string()
                }
            }
        }
    })
}

/// `do_filepath` (paste.c): the components (each coerced with `as.character` by the closure)
/// recycled to the longest, joined by `fsep`; a zero-length component gives character(0).
fn file_path(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let list = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let fsep = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(list) != SexpType::Vec {
        return Err(closure_error(it, ctx, "invalid first argument"));
    }
    let sep = match it.str_values(fsep) {
        Some(s) if s.len() == 1 && s[0].is_some() => s[0].clone().unwrap_or_default(),
        _ => return Err(closure_error(it, ctx, "invalid separator")),
    };
    let parts = it.list_elems(list).unwrap_or_default();
    if parts.is_empty() {
        return Ok(Val::Obj(it.new_strs(0, Elems::Values(Vec::new()))?));
    }
    let mut strings = Vec::with_capacity(parts.len());
    let mut maxlen = 0;
    for &p in &parts {
        if it.type_of(Val::Obj(p)) != SexpType::Str {
            return Err(closure_error(it, ctx, "non-string argument to .Internal(file.path)"));
        }
        let n = it.length(Val::Obj(p));
        if n == 0 {
            return Ok(Val::Obj(it.new_strs(0, Elems::Values(Vec::new()))?));
        }
        maxlen = maxlen.max(n);
        strings.push(it.str_values(Val::Obj(p)));
    }
    if strings.iter().any(Option::is_none) {
        return Ok(Val::Obj(it.new_strs(maxlen, Elems::Unknown)?));
    }
    // NA components print as "NA" (translateChar of NA_STRING)
    let out: Vec<Option<String>> = (0..maxlen as usize)
        .map(|i| {
            let words: Vec<&str> = strings
                .iter()
                .map(|s| {
                    let s = s.as_ref().expect("checked above");
                    s[i % s.len()].as_deref().unwrap_or("NA")
                })
                .collect();
            Some(words.join(&sep))
        })
        .collect();
    Ok(Val::Obj(string_result(it, &out)?))
}

/// `do_commandArgs` (main.c): the command line of `Rscript --vanilla file` as R stores it
/// (`R_set_command_line_arguments`), one `mkChar` per argument.
fn command_args(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let args = ["/usr/lib/R/bin/exec/R", "--no-echo", "--no-restore", "--vanilla", "--file=script.R"];
    let out: Vec<Option<String>> = args.iter().map(|s| Some(s.to_string())).collect();
    Ok(Val::Obj(string_result(it, &out)?))
}

/// The categories R sets from the environment at start-up (`setlocale(cat, "")` in
/// `setup_Rmainloop`); the others stay "C", LC_NUMERIC always. In glibc's composite order.
const LOCALE_CATEGORIES: [(&str, bool); 12] = [
    ("LC_CTYPE", true),
    ("LC_NUMERIC", false),
    ("LC_TIME", true),
    ("LC_COLLATE", true),
    ("LC_MONETARY", true),
    ("LC_MESSAGES", true),
    ("LC_PAPER", true),
    ("LC_NAME", false),
    ("LC_ADDRESS", false),
    ("LC_TELEPHONE", false),
    ("LC_MEASUREMENT", true),
    ("LC_IDENTIFICATION", false),
];

/// The locale a category has in the session: `setlocale(cat, "")` reads LC_ALL, LC_<cat>, LANG.
fn locale_of(category: &str) -> String {
    let (_, from_env) = LOCALE_CATEGORIES.iter().find(|(c, _)| *c == category).copied().unwrap_or((category, false));
    if !from_env {
        return "C".to_string();
    }
    ["LC_ALL", category, "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "C".to_string())
}

/// `do_getlocale` (platform.c): `mkString(setlocale(cat, NULL))`; for LC_ALL glibc's composite
/// `LC_CTYPE=...;LC_NUMERIC=...;...` unless every category is the same.
fn sys_getlocale(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let cat = positional(a, 0).and_then(|v| it.num_elt(v, 0)).filter(|c| !c.is_nan()).map_or(-1, |c| c as i32);
    let names =
        ["LC_COLLATE", "LC_CTYPE", "LC_MONETARY", "LC_NUMERIC", "LC_TIME", "LC_MESSAGES", "LC_PAPER", "LC_MEASUREMENT"];
    let value = match cat {
        1 => {
            let all: Vec<(&str, String)> = LOCALE_CATEGORIES.iter().map(|(c, _)| (*c, locale_of(c))).collect();
            if all.iter().all(|(_, v)| *v == all[0].1) {
                all[0].1.clone()
            } else {
                all.iter().map(|(c, v)| format!("{c}={v}")).collect::<Vec<_>>().join(";")
            }
        }
        2..=9 => locale_of(names[cat as usize - 2]),
        _ => return Err(closure_error(it, ctx, "invalid 'category' argument")),
    };
    Ok(Val::Obj(string_result(it, &[Some(value)])?))
}

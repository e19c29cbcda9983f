//! Run an R script in a fresh simulated session and print what R would print.
//! `cargo run --example run -- script.R [--gcinfo] [--compiler] [--source] [--json]`:
//! `--source` runs it as `source(script)` does (no autoprint) instead of as `Rscript script.R`;
//! `--json` prints one JSON object instead (standard output and error, the error, the notes and the
//! final `gc()` after the run, as tools/corpus/record.R records real R);
//! `--compiler` lists, on standard error, the compiler's functions the script loaded.
//! `--builtins` lists the simulated functions, `--internals` the simulated `.Internal` functions;
//! `--known` reads names on standard input and prints for each `name<TAB>kind`: builtin (simulated
//! natively), special (a form the evaluator runs itself), closure (R's own closure, run by the
//! simulator), opaque (R's closure the simulator cannot rebuild), primitive (R's primitive, not
//! simulated) or -.

use std::io::BufRead;

use rheap_core::lang::builtins::{internal, Registry};
use rheap_core::lang::control::Special;
use rheap_core::lang::library::{Kind, Namespace};
use rheap_core::{HeapConfig, Session, Stream};

fn main() {
    // sessions run where R's deepest nesting fits the host stack
    rheap_core::limits::with_stack(rheap_core::limits::SESSION_STACK, run);
}

fn run() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).is_some_and(|a| a == "--builtins") {
        Registry::names().iter().for_each(|n| println!("{n}"));
        return;
    }
    if args.get(1).is_some_and(|a| a == "--internals") {
        internal::names().iter().for_each(|n| println!("{n}"));
        return;
    }
    if args.get(1).is_some_and(|a| a == "--known") {
        for name in std::io::stdin().lock().lines().map_while(Result::ok) {
            let library = Namespace::all().iter().find_map(|ns| ns.entry(&name)).map(|e| e.kind);
            let kind = if Registry::get(&name).is_some() {
                "builtin"
            } else if Special::named(&name).is_some() {
                "special"
            } else {
                match library {
                    Some(Kind::Closure { .. }) => "closure",
                    Some(Kind::Opaque) => "opaque",
                    Some(Kind::Primitive) => "primitive",
                    _ => "-",
                }
            };
            println!("{name}\t{kind}");
        }
        return;
    }
    let flag = |f: &str| args.iter().any(|a| a == f);
    let path = args.get(1).expect("usage: run SCRIPT.R [--gcinfo] [--compiler] [--source] [--json]");
    let code = std::fs::read(path).expect("cannot read the script");
    let mut s = Session::new(HeapConfig::default()).expect("session");
    if flag("--gcinfo") {
        s.gcinfo(Some(true));
    }
    let out = if flag("--source") { s.source_bytes(&code) } else { s.eval_bytes(&code, true) };
    if flag("--json") {
        let (end, _) = s.gc(false, false, true);
        let v = &end.values;
        let json = serde_json::json!({
            "stdout": out.output.text(Stream::Stdout),
            "stderr": out.output.text(Stream::Stderr),
            "error": out.error.as_ref().map(|e| e.r_text()),
            "error_line": out.error.as_ref().and_then(|e| e.line),
            "in_addition": out.in_addition,
            "notes": s.notes(),
            "end": {
                "ncells_used": v[0], "vcells_used": v[1],
                "ncells_trigger": v[4], "vcells_trigger": v[5],
                "ncells_max_used": v[10], "vcells_max_used": v[11],
            },
        });
        println!("{json}");
        return;
    }
    for (stream, text) in &out.output.chunks {
        match stream {
            Stream::Stdout => print!("{text}"),
            Stream::Stderr => eprint!("{text}"),
        }
    }
    if let Some(e) = out.error {
        eprintln!("{e}");
    }
    if let Some(w) = out.in_addition {
        eprint!("{w}");
    }
    for n in s.notes() {
        eprintln!("note: {n}");
    }
    if flag("--compiler") {
        eprintln!("compiler functions loaded: {}", s.compiler_functions_loaded().join(" "));
    }
}

//! Run an R script in a fresh simulated session and print what R would print.
//! `cargo run --example run -- script.R [--gcinfo] [--compiler]`; `--builtins` lists the simulated
//! functions; `--compiler` lists, on standard error, the compiler's functions the script loaded.

use rheap_core::lang::builtins::Registry;
use rheap_core::{HeapConfig, Session, Stream};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).is_some_and(|a| a == "--builtins") {
        Registry::names().iter().for_each(|n| println!("{n}"));
        return;
    }
    let path = args.get(1).expect("usage: run SCRIPT.R [--gcinfo] [--compiler]");
    let code = std::fs::read_to_string(path).expect("cannot read the script");
    let mut s = Session::new(HeapConfig::default()).expect("session");
    if args.iter().any(|a| a == "--gcinfo") {
        s.gcinfo(Some(true));
    }
    let out = s.eval(&code, true);
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
    if args.iter().any(|a| a == "--compiler") {
        eprintln!("compiler functions loaded: {}", s.compiler_functions_loaded().join(" "));
    }
}

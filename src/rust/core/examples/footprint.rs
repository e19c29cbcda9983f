//! Compare the lazy-load footprint model with R's measured costs (data/library-loads.tsv).
use rheap_core::lang::lazy_load::closure_footprint;
use rheap_core::lang::library::{Namespace, Pkg};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "src/rust/core/data/library-loads.tsv".into());
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f[2] == "1" {
            continue;
        }
        let pkg = Pkg::named(f[0]).unwrap();
        let Some(fun) = Namespace::get(pkg).closure(f[1]) else { continue };
        let fp = closure_footprint(&fun);
        let mut syms: Vec<&str> =
            fp.symbols.iter().map(|s| &**s).filter(|s| !rheap_core::lang::symbols::is_startup_symbol(s)).collect();
        syms.sort();
        syms.dedup();
        let mut strs: Vec<&str> =
            fp.strings.iter().map(|s| &**s).filter(|s| !rheap_core::lang::symbols::is_startup_symbol(s)).collect();
        strs.sort();
        strs.dedup();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            f[0],
            f[1],
            f[3],
            f[4],
            f[5],
            f[6],
            fp.nodes,
            fp.vcells,
            syms.len(),
            strs.len()
        );
    }
}

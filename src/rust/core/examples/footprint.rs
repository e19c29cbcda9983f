//! Compare the lazy-load footprint model with R's measured costs (data/library-loads.tsv): one
//! line per closure, measured and modelled Ncells and Vcells retained, and the garbage measured.
use rheap_core::heap::size_class::{place_vector, vector_vcells};
use rheap_core::heap::SexpType;
use rheap_core::lang::lazy_load::closure_footprint;
use rheap_core::lang::library::{Namespace, Pkg};
use rheap_core::lang::symbols::is_startup_symbol;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "src/rust/core/data/library-loads.tsv".into());
    let text = std::fs::read_to_string(path).unwrap();
    println!("package\tname\tN\tV\tgN\tgV\tmodelN\tmodelV\tfpN\tfpV\tnewsym\tnewstr\tcompiled");
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f[2] == "1" {
            continue;
        }
        let pkg = Pkg::named(f[0]).unwrap();
        let Some(fun) = Namespace::get(pkg).closure(f[1]) else { continue };
        let fp = closure_footprint(&fun);
        let compiled = rheap_core::lang::bytecode::namespace_function_size(&fun).is_some();
        let charsxp = |s: &str| place_vector(vector_vcells(SexpType::Char, s.len() as u64)).charge;
        let mut syms: Vec<&str> = fp.symbols.iter().map(|s| &**s).filter(|s| !is_startup_symbol(s)).collect();
        syms.sort();
        syms.dedup();
        let mut strs: Vec<&str> =
            fp.strings.iter().map(|s| &**s).filter(|s| !is_startup_symbol(s) && !s.is_empty()).collect();
        strs.sort();
        strs.dedup();
        // "expressionsIndex" is in the cache from start-up (every byte code object has it)
        strs.retain(|s| !syms.contains(s) && *s != "expressionsIndex");
        let n = fp.nodes + 1 + 3 * syms.len() as u64 + strs.len() as u64;
        let v = fp.vcells + syms.iter().chain(&strs).map(|s| charsxp(s)).sum::<u64>();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            f[0],
            f[1],
            f[3],
            f[4],
            f[5],
            f[6],
            n,
            v,
            fp.nodes,
            fp.vcells,
            syms.len(),
            strs.len(),
            compiled
        );
    }
}

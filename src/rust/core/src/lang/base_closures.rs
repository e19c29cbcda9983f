//! The R source of each simulated function that is a closure in R (base, stats, utils, methods),
//! from `data/base_closures.R` (generated from R 4.2.2 by tools/calibrate/base_closures.R). The
//! simulator runs these functions natively; their source serves what R measures of the closure
//! itself: `object.size()` counts its formals and the byte code the package was installed with.

use std::collections::HashMap;
use std::rc::Rc;

use super::ast::{Expr, Function};
use super::parse::parse_program;

const SOURCES: &str = include_str!("../../data/base_closures.R");

thread_local! {
    static CLOSURES: HashMap<String, Rc<Function>> = parse_sources();
}

/// `name <- function ...` for each entry of the data file.
fn parse_sources() -> HashMap<String, Rc<Function>> {
    let program = parse_program(SOURCES).expect("data/base_closures.R parses");
    program
        .exprs
        .into_iter()
        .filter_map(|(e, _)| {
            let Expr::Call(c) = e else { return None };
            let [name, value] = c.args.as_slice() else { return None };
            match (&name.value, &value.value) {
                (Some(Expr::Sym(n)), Some(Expr::Function(f))) => Some((n.to_string(), f.clone())),
                _ => None,
            }
        })
        .collect()
}

/// The R source of the simulated function `name` if it is a closure in R.
pub fn base_closure(name: &str) -> Option<Rc<Function>> {
    CLOSURES.with(|m| m.get(name).cloned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_entry_of_the_data_file_is_read() {
        let entries = super::SOURCES.lines().filter(|l| l.starts_with("# namespace:")).count();
        assert_eq!(super::CLOSURES.with(|m| m.len()), entries);
        assert!(entries > 100);
    }
}

//! The R-language front end: parse (tree-sitter-r) → syntax tree → evaluator → builtins.

pub mod ast;
pub mod base_closures;
pub mod base_loads;
pub mod builtins;
pub mod bytecode;
pub mod compiled;
pub mod compiler_load;
pub mod control;
pub mod dates;
pub mod dispatch;
pub mod eval;
pub mod interp;
pub mod jit;
pub mod label;
pub mod lazy_load;
pub mod ldouble;
pub mod library;
pub mod namespaces;
pub mod nmath;
pub mod parse;
pub mod print;
pub mod rng;
pub mod symbols;
pub mod warnings;

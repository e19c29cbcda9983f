//! The R-language front end: parse (tree-sitter-r) → syntax tree → evaluator → builtins.

pub mod ast;

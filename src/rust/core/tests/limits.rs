//! Deep nesting anywhere ends in R's own error, at the depth where R 4.2.2 stops (measured with
//! `Rscript --vanilla`), never in a host stack overflow; the session stays usable after it.

use rheap_core::limits::{with_stack, SESSION_STACK};
use rheap_core::{HeapConfig, Session, Stream};

/// Run `code` in a fresh session; its stdout, and the error R would print (or "").
fn run(code: String) -> (String, String) {
    with_stack(SESSION_STACK, move || {
        let mut s = Session::new(HeapConfig::default()).unwrap();
        let out = s.eval(&code, true);
        let err = out.error.map(|e| e.r_text()).unwrap_or_default();
        // the session still works
        let after = s.eval("x <- 1:3; sum(x)", true);
        assert_eq!(after.output.text(Stream::Stdout), "[1] 6\n", "after {err}");
        (out.output.text(Stream::Stdout), err)
    })
}

fn sum_of(n: usize) -> String {
    vec!["1"; n].join("+")
}

const NESTED: &str = "Error: evaluation nested too deeply: infinite recursion / options(expressions=)?";

#[test]
fn nested_calls_stop_at_options_expressions() {
    // `x <- 1 + ... + 1`: n nested calls with `<-`; R runs 5000 and stops at 5001
    assert_eq!(run(format!("x <- {}; x", sum_of(5000))).0, "[1] 5000\n");
    assert_eq!(run(format!("x <- {}", sum_of(5001))).1, NESTED);
    assert_eq!(run(format!("x <- {}1", "-".repeat(4999))).1, "");
    assert_eq!(run(format!("x <- {}1", "-".repeat(5000))).1, NESTED);
    // `x[1][1]...`: left-nested, R's parser takes any depth; evaluation stops
    assert_eq!(run(format!("x <- 1{}", "[1]".repeat(10_000))).1, NESTED);
    // recursion under try() and tryCatch() (R: k = 88 and 90)
    let g = "options(expressions = 100); k <- 0; g <- function() { k <<- k + 1; g() }";
    assert_eq!(run(format!("{g}; try(g(), silent = TRUE); k")).0, "[1] 88\n");
    assert_eq!(run(format!("{g}; tryCatch(g(), error = function(e) 1); k")).0, "[1] 1\n[1] 90\n");
}

#[test]
fn deep_evaluation_stops_at_r_s_c_stack() {
    // with options(expressions = 500000), R's C stack stops a sum of 11845 terms
    let e = "options(expressions = 500000)\n";
    assert_eq!(run(format!("{e}x <- {}; x", sum_of(11_844))).0, "[1] 11844\n");
    let (_, err) = run(format!("{e}x <- {}", sum_of(11_845)));
    assert!(err.starts_with("Error: C stack usage  79") && err.ends_with(" is too close to the limit"), "{err}");
    // a closure calling itself: R enters 650 nested bodies (the first one interpreted)
    let (_, err) = run("f <- function() f(); f()".into());
    assert_eq!(err, "Error: C stack usage  7976074 is too close to the limit");
}

#[test]
fn the_parser_stops_where_r_s_parser_stops() {
    // bison's stack: 9999 symbols waiting
    assert_eq!(run(format!("{}1", "-".repeat(9997))).1, NESTED);
    assert_eq!(run(format!("{}1", "-".repeat(9998))).1, "Error: out of memory while parsing");
    assert_eq!(run(format!("x <- {}1", "-".repeat(9996))).1, "Error: out of memory while parsing");
    assert_eq!(run(format!("x <- {}1", "!".repeat(20_000))).1, "Error: out of memory while parsing");
    let chain: Vec<String> = (0..5000).map(|i| format!("if (FALSE) {i}")).collect();
    assert_eq!(run(format!("x <- {} else 0", chain.join(" else "))).1, "Error: out of memory while parsing");
    assert_eq!(run(format!("x <- {}1", "2^".repeat(4990))).0, "");
    // the lexer's context stack: 50 open brackets
    assert_eq!(run(format!("x <- {}1{}", "(".repeat(49), ")".repeat(49))).1, "");
    assert_eq!(run(format!("x <- {}1{}", "(".repeat(50), ")".repeat(50))).1, "");
    assert_eq!(run(format!("x <- {}1{}", "(".repeat(51), ")".repeat(51))).1, "Error: contextstack overflow at line 1");
    assert_eq!(run(format!("\n\nx <- {}1", "(".repeat(10_000))).1, "Error: contextstack overflow at line 3");
    assert_eq!(run(format!("x <- {}1{}", "{".repeat(51), "}".repeat(51))).1, "Error: contextstack overflow at line 1");
}

#[test]
fn a_recursive_default_argument_is_r_s_error() {
    assert_eq!(
        run("f <- function(x = x) x; f()".into()).1,
        "Error in f() : \n  promise already under evaluation: recursive default argument reference or earlier problems?"
    );
}

#[test]
fn nested_lists_stop_where_r_s_walks_stop() {
    let nest = |n: u32| format!("l <- 1; for (i in seq_len({n})) l <- list(l)");
    // object.size(): R measures a list nested 82484 deep and stops at 82485
    assert_eq!(run(format!("{}; object.size(l)", nest(82_484))).0, format!("{} bytes\n", 82_484 * 56 + 56));
    let err = run(format!("{}; object.size(l)", nest(82_485))).1;
    assert!(err.starts_with("Error: C stack usage") && err.ends_with("is too close to the limit"), "{err}");
    // print(): R prints 19855 levels and stops at 19856
    let out = run(format!("{}; print(l)", nest(19_855))).0;
    assert!(out.trim_end_matches('\n').ends_with("[[1]]\n[1] 1"), "{}", &out[out.len() - 100..]);
    let err = run(format!("{}; print(l)", nest(19_856))).1;
    assert!(err.starts_with("Error: C stack usage") && err.ends_with("is too close to the limit"), "{err}");
}

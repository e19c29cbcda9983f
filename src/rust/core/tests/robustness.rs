//! Bad or unusual input is an R error (or R's answer), never a panic, and the session stays usable.

use rheap_core::{HeapConfig, Session};

const SNIPPETS: &[&str] = &[
    "x <- 1:3; x[[-1]]",
    "x <- 1:3; x[[10]]",
    "NULL$a",
    "list()[[1]]",
    "x <- list(a = 1); x$b$c <- 2; x",
    "1:0",
    "numeric(NA)",
    "numeric('a')",
    "rep(1:3, times = -1)",
    "matrix(1:6, ncol = 0)",
    "matrix(1:6, nrow = 4)",
    "x <- 1; x[10] <- 2; x",
    "x <- c(a = 1); names(x) <- NULL; x",
    "paste()",
    "c()",
    "sum()",
    "max(numeric(0))",
    "f <- function(...) ..1; f(5)",
    "f <- function(x) x; f()",
    "f <- function(x) x; f(1, 2)",
    "f <- function(x, xx) x; f(x = 1, x = 2)",
    "((((((((((1))))))))))",
    "strrep('ab', 1e6)",
    "`ü` <- 3; `ü` * 2",
    "x <- 'a%d%s%%'; x",
    "stop('50% done')",
    "if (NA) 1",
    "if (c(TRUE, FALSE)) 1",
    "while (TRUE) break",
    "repeat { break }",
    "for (i in NULL) 1",
    "for (i in list(1, 'a', NULL)) i",
    "x <- 1:10; x[x > 5]",
    "x <- 1:10; x[-(1:3)]",
    "x <- 1:10; x['a']",
    "x <- c(1, 2); x[[1]] <- NULL",
    "l <- list(1, 2); l[[1]] <- NULL; length(l)",
    "e <- new.env(); e$x <- 1; e[['x']]",
    "get('nope')",
    "assign(1, 2)",
    "rm(nope)",
    "vapply(1:3, function(i) c(i, i), numeric(1))",
    "sapply(list(), length)",
    "lapply(NULL, length)",
    "do_not_exist(1)",
    "1 + 'a'",
    "-'a'",
    "!NULL",
    "x <- 1:3; dim(x) <- c(3, 1); x",
    "structure(1, class = 'foo')",
    "object.size(quote(f(x)))",
    "tryCatch(stop('e'), error = function(e) 'caught', finally = cat('done\\n'))",
    "try(log(-1))",
    "seq(10, 1)",
    "seq(1, 10, by = -1)",
    "Recall(1)",
    "return(1)",
    "break",
    "function(x) x",
    "x <- function(x) x; x(x)",
    "gc(reset = 'yes')",
    "gcinfo()",
    "mem.maxVSize(-1)",
    "options(expressions = 1e9)",
    "matrix(0, 1e6, 1e6) %*% matrix(0, 1e6, 1e6)",
    "character(1e15)",
    "vector('list', 1e10)",
    "x <- 1:1e9; x[1] <- 0L",
    "x <- rnorm(1e9)",
    "paste0('a', 1:1e7)",
    // fuzz campaign, seed 3: an empty argument in a base closure's `...` (cbind's deparsed labels
    // panicked), dims that do not fit the data (t() panicked), a data frame of 4.5e15 rows printed
    // (aborted on the host allocation), a formula power far past the terms' fixed point and a
    // primitive applied to 5e8 columns (hangs, now bounded by the step budget)
    "cosh(na.rm = cbind(-2147483647L, ))",
    "b <- 0; attr(b, 'dim') <- c(5, 5); t(b)",
    "(dd <- data.frame(x = 4503599627370496:8, f = gl(2,4), ch = I(letters[1:8])))",
    "x <- terms(~ (a + b + c)^1e9); attr(x, 'term.labels')",
    "m <- matrix(1e9:4, 2); marginSums(m, 2)",
];

#[test]
fn no_input_panics_and_the_session_stays_usable() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    s.set_budget(rheap_core::limits::Budget { max_steps: Some(20_000), interrupt: None });
    for code in SNIPPETS {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| s.eval(code, true)));
        assert!(r.is_ok(), "panic on {code:?}");
        // the session still evaluates and collects
        let out = s.eval("1 + 1", true);
        assert_eq!(out.output.text(rheap_core::Stream::Stdout), "[1] 2\n", "after {code:?}");
    }
    let (m, _) = s.gc(false, false, true);
    assert!(m.values[0] > 200_000.0 && m.values[0] < 2_000_000.0, "Ncells used {}", m.values[0]);
    s.heap().check_invariants();
}

/// Host memory follows the live simulated objects: the strings of collected CHARSXPs are freed, as
/// R's collector drops them from its string cache (the records' caps are tested in `log.rs`).
#[test]
fn host_memory_follows_the_live_objects() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let base = s.heap().host_strings();
    for round in 0..4 {
        let code = format!("x <- paste0('s', 1:20000 + {round} * 1e5); rm(x); invisible(gc())");
        assert!(s.eval(&code, true).error.is_none());
        // R keeps the strings a session's functions made; the 20 000 of the round are gone
        let kept = s.heap().host_strings() - base;
        assert!(kept < 2000, "round {round}: {kept} strings kept on the host");
    }
    s.heap().check_invariants();
}

/// A closure keeps the parsed code it was made from, that of the `source()` being run; a closure made
/// by a later evaluation must not reference a `source()`'s code that has been collected since (the
/// fuzz campaign's "object reachable from a root (Clo) but was freed").
#[test]
fn closures_made_after_a_source_reference_no_freed_code() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    // the garbage the script leaves is freed after its code, so its slots are taken first
    assert!(s.source("for (i in 1:200) y <- c(i, i)\n").error.is_none());
    s.gc(false, false, true);
    assert!(s.eval("f <- function() 1", false).error.is_none());
    s.heap().check_invariants();
    s.gc(false, false, true);
    assert_eq!(s.eval("f()", true).output.text(rheap_core::Stream::Stdout), "[1] 1\n");
    s.heap().check_invariants();
}

/// A character vector of 1e9 distinct strings: R makes 1e9 CHARSXPs (64 GB on pages from `malloc`)
/// and gives up when the host has no more (`mem_err_malloc`); the simulator's host memory follows
/// the batches of strings, not their count (a batch of strings known only to be distinct keeps the
/// seed of its hashes), so it gets there without holding gigabytes.
#[test]
fn a_billion_strings_exhaust_the_simulated_host_not_this_one() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    for code in ["x <- toupper(as.character(1e9:300000))", "y <- paste('O', 1e9:20)"] {
        let out = s.eval(code, true);
        let e = out.error.unwrap_or_else(|| panic!("{code}: no error"));
        assert_eq!(e.message, "memory exhausted (limit reached?)", "{code}");
    }
    // 5e6 strings fit (more than are hashed one by one), hashes replayed from the batch's seed
    assert!(s.eval("z <- paste0('s', 1:5e6); rm(z); invisible(gc())", true).error.is_none());
    s.heap().check_invariants();
}

/// A list and a character vector grown by index far past the kept values (seed-6 fuzz cases grew
/// them to 2^31 - 1 elements: over 2 GB of host memory held every element) are held sparsely: the
/// elements written, the rest NULL / NA. object.size is R's: 48 + 8n bytes of pointers plus the
/// elements (1, "a", 2.5: 56 + 112 + 56 bytes, as r-output/sparse_grow records at n = 1e7).
#[test]
fn vectors_grown_far_by_index_are_held_sparsely() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let code = "x <- list(1, 'a'); x[[2^28]] <- 2.5; y <- 'a'; y[2^27] <- 'b'
        cat(format(object.size(x)), x[[2^28]], is.null(x[[3]]), y[c(1, 2, 2^27)], '\\n')";
    let out = s.eval(code, true);
    assert!(out.error.is_none(), "{:?}", out.error);
    let n: u64 = 1 << 28;
    let want = format!("{} bytes 2.5 TRUE a NA b \n", 48 + 8 * n + 224);
    assert_eq!(out.output.text(rheap_core::Stream::Stdout), want);
    s.heap().check_invariants();
}

# object.size() of closures after R's JIT compiled them (two calls), R 4.2.2, Rscript --vanilla.
# Usage: Rscript --vanilla tools/calibrate/compiled_closure_size.R > tests/fixtures/compiled-closure-size.tsv
# Each case: a function definition and arguments for its two calls. Columns: definition, args, size
# before any call, size after two calls, instruction words, constant-pool length.
cases <- list(
  list("function(x) x + 1", "1"),
  list("function(x) x", "1"),
  list("function(x) { y <- x * 2; y + 1 }", "1"),
  list("function(x) x * x + x", "2"),
  list("function(x, y) (x + y) / 2", "1, 2"),
  list("function(x) -x", "1"),
  list("function(x) !x", "TRUE"),
  list("function(x) if (x > 0) 1 else -1", "1"),
  list("function(x) if (x) 'a'", "TRUE"),
  list("function(x) x > 1 && x < 10", "2"),
  list("function(x) x < 1 || x > 10", "2"),
  list("function(n) { s <- 0; for (i in 1:n) s <- s + i; s }", "3"),
  list("function(n) { i <- 0; while (i < n) i <- i + 1; i }", "3"),
  list("function(n) { i <- 0; repeat { i <- i + 1; if (i >= n) break }; i }", "3"),
  list("function(x) x[1]", "c(1, 2)"),
  list("function(x) x[[2]]", "list(1, 2)"),
  list("function(x) x$a", "list(a = 1)"),
  list("function(x) { x[1] <- 5; x }", "c(1, 2)"),
  list("function(x) { x[[1]] <- 5; x }", "list(1, 2)"),
  list("function(x) { x$a <- 5; x }", "list(a = 1)"),
  list("function(x) length(x)", "1"),
  list("function(x) sum(x, 1)", "1"),
  list("function(x) sqrt(abs(x))", "4"),
  list("function(x) rep(x, times = 3)", "1"),
  list("function(x) paste(x, 'a', sep = '-')", "1"),
  list("function(x) c(1L, 2.5, 'a', TRUE, NULL, NA)", "1"),
  list("function(x) x + 1 + 1 + x", "1"),
  list("function(x) { a <- 1; b <- 1; a + b + x }", "1"),
  list("function(x) return(x + 1)", "1"),
  list("function(x) { if (x > 1) return(1); 2 }", "1"),
  list("function(x) is.logical(x) && length(x) == 1L && !is.na(x) && x", "TRUE"),
  list("function(x, y = 2) x * y - 3i", "1"),
  list("function(x) list(a = x, b = 'z')", "1"),
  list("function(x) x %% 2 == 0", "3"),
  list("function(x) x %/% 2", "3"),
  list("function(x) if (x > 1) x * 2 else x / 2", "3"),
  list("function(x) if (x > 1) 'big'", "3"),
  list("function(x, y) if (x == y) x + y else x - y", "1, 2"),
  list("function(x) { y <- x + 1; if (y > 2) y else 0 }", "3"),
  list("function(x) identity(x)", "1"),
  list("function(x) mean(c(x, 2))", "1"),
  list("function(x) if (x) TRUE else FALSE", "TRUE"),
  list("function(x) T", "1"),
  list("function(x) x * pi", "1"),
  list("function(x) c(1, 2) + x", "1"),
  list("function(x) 1:3 + x", "1"),
  list("function(x) -1 * x", "1"),
  list("function(x) { for (i in 1:3) { if (i > x) break }; i }", "1"),
  list("function(x) { i <- 0; while (TRUE) { i <- i + 1; if (i > 3) break }; i }", "1"),
  list("function(x) { for (i in 1:2) identity(i); x }", "1"),
  list("function(x) { for (i in 1:3) { if (i == 2) next; x <- x + i }; x }", "1"),
  list("function(x, y) x[y, 1]", "matrix(1:4, 2), 1"),
  list("function(x) x$a$b", "list(a = list(b = 1))"),
  list("function(x) list(x, y = 2L, z = NULL)", "1"),
  list("function(x) sum(x, na.rm = TRUE)", "1"),
  list("function(x) abs(-x)", "1"),
  list("function(x) is.null(x)", "1"),
  list("function(x) !is.na(x) && x > 0", "1"),
  list("function(x) if (x > 1) { y <- 2; y } else 3", "1"),
  list("function(x) { if (x) return(1) else return(2) }", "TRUE"),
  list("function(x) length(x) + sum(x)", "1"),
  list("function(x) { z <- if (x > 0) 'pos'; z }", "1"),
  list("function(x) { for (i in 1:2) { if (i > 5) return(i) }; x }", "1"),
  list("function(x) paste(x, toupper('a'), sep = x)", "'-'"),
  list("function(x) sqrt(x) + exp(x)", "1"),
  list("function(x) { x <- x * 2; x <- x - 1; x }", "1"),
  list("function(x) c(a = 1, b = x)", "1"),
  list("function(x) x[[1]][2]", "list(c(1, 2))")
)
cat("definition\targs\tsize_before\tsize_compiled\tcode_words\tconsts\n")
for (cs in cases) {
  f <- eval(parse(text = cs[[1]]))
  before <- object.size(f)
  call <- parse(text = paste0("f(", cs[[2]], ")"))[[1]]
  eval(call); eval(call)
  b <- .Internal(bodyCode(f))
  stopifnot(typeof(b) == "bytecode")
  d <- .Internal(disassemble(b))
  cat(cs[[1]], "\t", cs[[2]], "\t", before, "\t", object.size(f), "\t", length(d[[2]]), "\t", length(d[[3]]), "\n", sep = "")
}

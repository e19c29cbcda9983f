# source_costs.R -- what source() allocates per top-level expression besides the expression's own
# parse and evaluation: source.R's loop runs `ei <- exprs[i]`, `yy <- withVisible(eval(ei, envir))`
# (a list holding the value) and `mode(ei[[1L]])`, which deparses the function of a call.
#   Rscript --vanilla tools/calibrate/source_costs.R src/rust/core/data/source-costs.tsv
# For each expression, a file of 100 and one of 200 copies (after `x <- 1`) are run in fresh
# processes, once source()d as the workload recorder does (gc(reset = TRUE); source(FILE); gc())
# and once as Rscript runs a file (gc(reset = TRUE) first, gc() last); the per-expression
# allocation is the difference of the max used cells (sampled when the closing gc() starts,
# nothing collects in between) divided by 100. source()'s own is the first less the second.
args <- commandArgs(TRUE)
exprs <- c(symbol = "x", null = "NULL", constant = "1", call = "length(x)", call = "x <- 1",
           call = "invisible(1)", call = "if (TRUE) 1", call = "{1}", call = "x[1] <- 1")
rscript <- file.path(R.home("bin"), "Rscript")
max_used <- function(lines) {
  f <- tempfile(fileext = ".R")
  writeLines(lines, f)
  out <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  as.numeric(strsplit(tail(out, 1L), " ")[[1L]])
}
per_expr <- function(e, sourced) {
  counts <- vapply(c(100L, 200L), function(k) {
    body <- c("x <- 1", rep(e, k))
    if (sourced) {
      f <- tempfile(fileext = ".R")
      writeLines(body, f)
      m <- max_used(c(sprintf("f <- '%s'", f), "invisible(gc(reset = TRUE))", "source(f)",
                      ".m <- gc()", "cat(.m[1, 5], .m[2, 5], '\\n')"))
      unlink(f)
      m
    } else {
      max_used(c("invisible(gc(reset = TRUE))", body, ".m <- gc()", "cat(.m[1, 5], .m[2, 5], '\\n')"))
    }
  }, numeric(2))
  (counts[, 2] - counts[, 1]) / 100
}
rows <- vapply(seq_along(exprs), function(i) {
  s <- per_expr(exprs[[i]], TRUE)
  r <- per_expr(exprs[[i]], FALSE)
  sprintf("%s\t%s\t%g\t%g\t%g\t%g", names(exprs)[i], exprs[[i]], s[1], s[2], r[1], r[2])
}, "")
writeLines(c("# per top-level expression: cells and Vcells allocated when source()d and when run by Rscript",
             "kind\texpr\tsource_n\tsource_v\trscript_n\trscript_v", rows), args[1L])

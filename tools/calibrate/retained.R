# retained.R -- what the value of an expression retains, in a fresh Rscript --vanilla process per
# expression, all at top level.
#   Rscript --vanilla tools/calibrate/retained.R tests/fixtures/retained-exprs.txt tests/fixtures/retained.tsv
# EXPRS.txt: one expression per line, optionally `setup<TAB>expression` (lines starting with # are
# comments). The expression is evaluated once first (the lazy loads of its first use), gc() runs
# twice (the first call's own first-use garbage), then the expression is bound to a new variable
# between two gc() calls: the difference of Ncells and Vcells used is the value (and its binding)
# that stays. src/rust/core/tests/retained.rs runs the same script text in the
# simulator; its `script()` must stay the same as this one's.
args <- commandArgs(TRUE)
lines <- readLines(args[1L], warn = FALSE)
lines <- lines[nzchar(lines) & !startsWith(lines, "#")]
rscript <- file.path(R.home("bin"), "Rscript")
script <- function(setup, e) c(setup, paste0(".w <- {", e, "}"), ".r0 <- gc()[, 1L]", ".r0 <- gc()[, 1L]",
                               paste0(".y <- {", e, "}"), ".r1 <- gc()[, 1L]",
                               "cat(.r1 - .r0, sep = '\\t'); cat('\\n')")
parts <- lapply(strsplit(lines, "\t", fixed = TRUE), function(p) if (length(p) == 2L) p else c("", p))
res <- vapply(parts, function(p) {
  f <- tempfile(fileext = ".R")
  writeLines(script(p[1L], p[2L]), f)
  out <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  tail(out, 1L)
}, "")
con <- file(args[2L], "w")
writeLines(c("setup\texpr\tn\tv", paste(vapply(parts, paste, "", collapse = "\t"), res, sep = "\t")), con)
close(con)

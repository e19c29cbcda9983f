# first_use_loads.R -- which base functions the first call of each simulated function lazy-loads,
# and what loading each base function retains.
#   Rscript --vanilla tools/calibrate/first_use_loads.R tools/calibrate/first-use-exprs.tsv src/rust/core/data
# first-use-exprs.tsv: `name<TAB>expression` (the expression calls the function once). Each runs in
# a fresh Rscript --vanilla at top level; the base functions whose lazy-load promises it forced
# (listed by a small C helper) are its set. Writes first-use-loads.tsv (`name<TAB>functions`) and
# base-function-costs.tsv (`function<TAB>Ncells<TAB>Vcells`: each forced alone, in one process
# with the JIT off, less the measuring loop's own). The simulator charges a function's measured
# first-use cost (builtins/mod.rs FIRST_USE) less what those of its set already loaded retain.
args <- commandArgs(TRUE)
exprs <- strsplit(readLines(args[1L]), "\t", fixed = TRUE)
out_dir <- args[2L]
rscript <- file.path(R.home("bin"), "Rscript")
helper <- file.path(tempdir(), "forced.c")
writeLines(c(
  "#include <Rinternals.h>",
  "SEXP forced(SEXP env) {",
  "  SEXP names = PROTECT(R_lsInternal3(env, TRUE, FALSE));",
  "  int n = LENGTH(names), k = 0;",
  "  SEXP out = PROTECT(allocVector(STRSXP, n));",
  "  for (int i = 0; i < n; i++) {",
  "    SEXP v = findVarInFrame3(env, installChar(STRING_ELT(names, i)), FALSE);",
  "    if (TYPEOF(v) == PROMSXP && PRVALUE(v) != R_UnboundValue) SET_STRING_ELT(out, k++, STRING_ELT(names, i));",
  "  }",
  "  out = lengthgets(out, k);",
  "  UNPROTECT(2);",
  "  return out;",
  "}"), helper)
stopifnot(system2(file.path(R.home("bin"), "R"), c("CMD SHLIB", shQuote(helper)), stdout = FALSE) == 0L)
so <- sub("\\.c$", .Platform$dynlib.ext, helper)
sets <- lapply(exprs, function(p) {
  f <- tempfile(fileext = ".R")
  writeLines(c(sprintf("dyn.load(%s); .b0 <- .Call('forced', baseenv())", deparse(so)),
               sprintf("invisible({%s})", p[2L]),
               ".b1 <- .Call('forced', baseenv())",
               "cat('LOADS', setdiff(.b1, .b0), '\\n')"), f)
  o <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  sort(strsplit(trimws(sub("^LOADS", "", grep("^LOADS", o, value = TRUE))), " ")[[1L]])
})
names(sets) <- vapply(exprs, `[`, "", 1L)
fs <- unique(unlist(sets, use.names = FALSE))
cost_script <- tempfile(fileext = ".R")
writeLines(c(
  "fs <- readLines(commandArgs(TRUE)[1L])",
  "names <- c('invisible', fs, fs[1L])  # warm the loop up; the first again measures the loop",
  "res <- matrix(0, length(names), 2L)",
  "r0 <- r1 <- c(0, 0); k <- 0L; env <- baseenv()",
  "for (k in seq_along(names)) {",
  "  r0 <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]",
  "  env[[names[k]]]",
  "  r1 <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]",
  "  res[k, ] <- r1 - r0",
  "}",
  "loop <- res[nrow(res), ]",
  "res <- res[-c(1L, nrow(res)), , drop = FALSE]",
  "res <- cbind(res[, 1] - loop[1], res[, 2] - loop[2])",
  "res[res < 0] <- 0",
  "cat(sprintf('%s\\t%d\\t%d', fs, as.integer(res[, 1]), as.integer(res[, 2])), sep = '\\n')"),
  cost_script)
fs_file <- tempfile()
writeLines(fs, fs_file)
costs <- system2(rscript, c("--vanilla", cost_script, fs_file), stdout = TRUE, stderr = FALSE,
                 env = "R_ENABLE_JIT=0")
writeLines(c("# function\tbase functions its first call loads (tools/calibrate/first_use_loads.R)",
             sprintf("%s\t%s", names(sets), vapply(sets, paste, "", collapse = " "))),
           file.path(out_dir, "first-use-loads.tsv"))
writeLines(c("# base function\tNcells\tVcells retained by loading it (tools/calibrate/first_use_loads.R)", costs),
           file.path(out_dir, "base-function-costs.tsv"))

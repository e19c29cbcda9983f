# lazy_loads.R -- shared by the calibration scripts that measure R's lazy loading
# (compiler_functions.R, compiler_forced.R, first_use_loads.R); source()d, not run.
# Functions of base and of the compiler namespace are promises of their packages' lazy-load
# databases until something forces them.

# Build a small C helper, `.Call("forced", env)`: the names of env's bindings that are promises
# already forced. Returns the shared library's path, for dyn.load().
forced_helper <- function() {
  src <- file.path(tempdir(), "forced.c")
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
    "}"), src)
  stopifnot(system2(file.path(R.home("bin"), "R"), c("CMD SHLIB", shQuote(src)), stdout = FALSE) == 0L)
  sub("\\.c$", .Platform$dynlib.ext, src)
}

# What loading each function retains: `base::f` for base's, a bare name for the compiler's. In one
# process with the JIT off, every function is forced alone, in the order given, and its cost is the
# growth of the heap it leaves less the measuring loop's own (its first function forced again);
# a variable already set warms the loop up. Base's functions are measured first, before the
# compiler's namespace is loaded (loading it forces some of them). Loading shares symbols between
# functions, so a function is charged the new symbols it brings in that order. Returns lines
# `name<TAB>Ncells<TAB>Vcells`, base's first.
lazy_load_costs <- function(fs) {
  script <- tempfile(fileext = ".R")
  writeLines(c(
    "fs <- readLines(commandArgs(TRUE)[1L])",
    "is_base <- startsWith(fs, 'base::')",
    "measure <- function(env, names, warm) {",
    "  names <- c(warm, names, names[1L])",
    "  res <- matrix(0, length(names), 2L)",
    "  r0 <- r1 <- c(0, 0); k <- 0L",
    "  for (k in seq_along(names)) {",
    "    r0 <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]",
    "    env[[names[k]]]",
    "    r1 <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]",
    "    res[k, ] <- r1 - r0",
    "  }",
    "  loop <- res[nrow(res), ]",
    "  res <- res[-c(1L, nrow(res)), , drop = FALSE]",
    "  res <- cbind(res[, 1] - loop[1], res[, 2] - loop[2])",
    "  res[res < 0] <- 0  # noise of a few cells",
    "  res",
    "}",
    "b <- measure(baseenv(), substring(fs[is_base], 7L), 'invisible')",
    "n <- NULL",
    "if (any(!is_base)) {",
    "  ns <- loadNamespace('compiler')",
    "  n <- measure(ns, fs[!is_base], '.packageName')",
    "}",
    "out <- rbind(b, n)",
    "cat(sprintf('%s\\t%d\\t%d', c(fs[is_base], fs[!is_base]), as.integer(out[, 1]), as.integer(out[, 2])), sep = '\\n')"),
    script)
  names_file <- tempfile()
  writeLines(fs, names_file)
  system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", script, names_file), stdout = TRUE,
          stderr = FALSE, env = "R_ENABLE_JIT=0")
}

# compiler_forced.R -- which of the byte-code compiler's functions running each workload forces,
# as record.R runs it (source() in a fresh Rscript --vanilla).
#   Rscript --vanilla tools/calibrate/compiler_forced.R OUT.tsv WORKLOAD.R ...
# Writes `workload<TAB>functions` (space-separated, sorted), read by tests/workloads.rs. The
# compiler namespace's functions are promises of its lazy-load database; a small C helper lists
# those already forced (see compiler_functions.R).
args <- commandArgs(TRUE)
out <- args[1L]
files <- args[-1L]
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
rows <- vapply(files, function(f) {
  child <- tempfile(fileext = ".R")
  writeLines(c(
    sprintf("dyn.load(%s); .ns <- asNamespace('compiler'); .b0 <- .Call('forced', .ns)", deparse(so)),
    "start <- gc(reset = TRUE)",
    "gcinfo(TRUE)",
    sprintf("source(%s)", deparse(normalizePath(f))),
    "gcinfo(FALSE)",
    ".b1 <- .Call('forced', .ns)",
    "cat('FORCED', sort(setdiff(.b1, .b0)), '\\n')"), child)
  o <- system2(rscript, c("--vanilla", child), stdout = TRUE, stderr = FALSE)
  unlink(child)
  line <- grep("^FORCED", o, value = TRUE)
  paste(sub("\\.R$", "", basename(f)), trimws(sub("^FORCED", "", line)), sep = "\t")
}, "")
writeLines(c("# workload\tcompiler functions running it forces (tools/calibrate/compiler_forced.R)", rows), out)

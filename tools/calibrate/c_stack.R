# c_stack.R -- how deep R 4.2.2 nests before its C stack check stops it ("C stack usage  N is too
# close to the limit"), for the recursions rheap models: nested calls evaluated by the AST
# interpreter, object.size() and print() of nested lists.
#   Rscript --vanilla tools/calibrate/c_stack.R > src/rust/core/data/c-stack.tsv
# Each depth runs in a fresh `Rscript --vanilla` (a failed run is an R error, not a crash).
# Columns: what, the first depth that fails, and the C stack usage R reports there. The simulator
# divides the usage by the depth for the bytes one level takes (src/rust/core/src/lang/c_stack.rs).

run <- function(code) {
  f <- tempfile(fileext = ".R")
  writeLines(code, f)
  out <- suppressWarnings(system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", f),
                                  stdout = TRUE, stderr = TRUE))
  unlink(f)
  paste(out, collapse = "\n")
}

usage <- function(out) {
  m <- regmatches(out, regexpr("C stack usage +[0-9]+", out))
  if (length(m) == 0L) NA_real_ else as.numeric(sub("C stack usage +", "", m))
}

# The first depth in (lo, hi] at which `code(depth)` stops with the C stack error.
first_failing <- function(code, lo, hi) {
  while (hi - lo > 1) {
    mid <- (lo + hi) %/% 2
    if (is.na(usage(run(code(mid))))) lo <- mid else hi <- mid
  }
  c(depth = hi, usage = usage(run(code(hi))))
}

probes <- list(
  # `x <- 1 + 1 + ... + 1` with n terms: n nested calls (`<-` and n - 1 `+`); the top-level one
  # is where the usage is counted from, so n - 1 levels use the stack
  eval = list(code = function(n) c("options(expressions = 500000)",
                                   paste0("x <- ", paste(rep("1", n), collapse = "+"))),
              levels = function(n) n - 1, lo = 1000, hi = 40000),
  # object.size() of a list nested n deep: n + 1 levels of objectsize() (the lists and the number)
  object_size = list(code = function(n) sprintf("l <- 1; for (i in seq_len(%d)) l <- list(l); object.size(l)", n),
                     levels = function(n) n + 1, lo = 1000, hi = 200000),
  # print() of a list nested n deep: n + 1 levels of PrintValueRec
  print = list(code = function(n) c(sprintf("l <- 1; for (i in seq_len(%d)) l <- list(l)", n),
                                    "sink(nullfile())", "print(l)"),
               levels = function(n) n + 1, lo = 1000, hi = 200000)
)

cat("# what\tfirst failing depth\tlevels using the stack\tC stack usage R reports (tools/calibrate/c_stack.R)\n")
for (what in names(probes)) {
  p <- probes[[what]]
  r <- first_failing(p$code, p$lo, p$hi)
  cat(what, r[["depth"]], p$levels(r[["depth"]]), format(r[["usage"]], scientific = FALSE), sep = "\t")
  cat("\n")
}

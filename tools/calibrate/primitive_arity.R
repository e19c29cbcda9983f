# primitive_arity.R -- the primitives that refuse a wrong number of arguments with `checkArity`
# (util.c: "%d arguments passed to '%s' which requires %d"), measured in real R.
#   Rscript --vanilla tools/calibrate/primitive_arity.R /work/rsrc/R-patched src/rust/core/data/primitive-arity.tsv
# Candidates from names.c's R_FunTab: builtins (eval digit Z = 1) that are primitives (Y = 0) with
# a fixed arity. Each is called with one argument too many and, when it takes any, with none;
# writes `name<TAB>arity<TAB>fewer<TAB>more`, whether R gave checkArity's error for each.
args <- commandArgs(TRUE)
tab <- readLines(file.path(args[1], "src", "main", "names.c"))
out <- args[2]
m <- regmatches(tab, regexec('^\\{"([^"]+)",\\s*(do_[A-Za-z0-9_]+),\\s*[^,]+,\\s*([0-9]+),\\s*(-?[0-9]+),', tab))
m <- do.call(rbind, m[lengths(m) == 5])
fun <- data.frame(name = m[, 2], eval = as.integer(m[, 4]), arity = as.integer(m[, 5]))
fun <- fun[fun$eval %% 10 == 1 & (fun$eval %/% 10) %% 10 == 0 & fun$arity >= 0, ]
refuses <- function(name, n) {
  f <- get(name, baseenv())
  msg <- tryCatch({ do.call(f, rep(list(1), n)); "" }, error = function(e) conditionMessage(e))
  grepl("passed to '.*' which requires", msg)
}
fun$fewer <- mapply(function(nm, a) a > 0 && refuses(nm, 0), fun$name, fun$arity)
fun$more <- mapply(function(nm, a) refuses(nm, a + 1), fun$name, fun$arity)
res <- fun[fun$fewer | fun$more, ]
res <- res[order(res$name), ]
writeLines(c("# name\tarity\tfewer\tmore (tools/calibrate/primitive_arity.R)",
             paste(res$name, res$arity, as.integer(res$fewer), as.integer(res$more), sep = "\t")), out)
cat(nrow(res), "of", nrow(fun), "fixed-arity builtin primitives check their arity\n")

# source() keeps a reference to the value of every top-level expression: its loop stores
# `yy <- withVisible(eval(ei, envir))`, a list holding the value (SET_VECTOR_ELT increments its
# reference count), and R does not take a count back when the list that held it dies. So the
# first modification of a top-level vector after the expression that made it copies it (once:
# the copy is referenced by its variable only), where Rscript's own top level (.Last.value) does
# not. Each top-level expression also leaves source()'s garbage: ei, the withVisible list, and
# mode(ei[[1L]]), which deparses the function of a call (tools/calibrate/source_costs.R).
#   Rscript --vanilla tools/mechanisms/source_refs.R
f <- tempfile(fileext = ".R")
writeLines(c("x <- numeric(1e5); invisible(tracemem(x))",
             "x[1] <- 1   # tracemem[... -> ...]: copied",
             "x[2] <- 2   # no copy"), f)
cat("source():\n")
source(f)
cat("Rscript's top level:\n")
x <- numeric(1e5); invisible(tracemem(x))
x[1] <- 1   # no copy
x[2] <- 2

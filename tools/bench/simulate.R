# simulate.R -- how long simulate() takes on a session with a history, and what it leaves behind.
#
#   Rscript --vanilla tools/bench/simulate.R [--lib PATH] [--history N] [--reps N]
#
# A session is given N earlier requests (each sim_eval() allocates and drops a few vectors and
# runs a loop of closure calls), then simulate() runs a short script on it whose peak is in its
# middle. Prints the median time of the simulate() call over the reps, the time the N requests
# took, and whether simulate() collected the session (the number of collections before and after
# it beyond those the code ran itself).
args <- commandArgs(TRUE)
opt <- function(name, default) {
  i <- which(args == name)
  if (!length(i)) return(default)
  args[i + 1L]
}
lib <- opt("--lib", NULL)
n_history <- as.integer(opt("--history", "200"))
reps <- as.integer(opt("--reps", "3"))
suppressPackageStartupMessages(library(rheap, lib.loc = lib))
request <- "v <- numeric(1e5); f <- function(i) i * 2; s <- 0; for (i in 1:20000) s <- s + f(i); rm(v)"
code <- "a <- numeric(2e6)\nb <- a + 1\nrm(a)\nm <- sum(b)"
times <- numeric(reps)
for (k in seq_len(reps)) {
  h <- heap()
  t_hist <- system.time(for (i in seq_len(n_history)) sim_eval(h, request))[["elapsed"]]
  times[k] <- system.time(r <- simulate(code, heap = h))[["elapsed"]]
}
cat(sprintf("history of %d requests: %.2f s; simulate(): median %.3f s over %d runs; objects at the peak: %s\n",
            n_history, t_hist, stats::median(times), reps, if (is.null(r$objects)) "unknown" else nrow(r$objects)))

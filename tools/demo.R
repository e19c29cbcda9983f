# demo.R -- the lecture notes' example, run in a simulated R 4.2.2 session (`make demo`).
library(rheap)

h <- heap()
step <- function(code) {
  cat("\n> ", code, "\n", sep = "")
  sim_eval(h, code)
}

cat("A fresh simulated session (the state of `Rscript --vanilla` R 4.2.2):\n")
print(h)
cat("\nThe seed's example, evaluated in the simulator (nothing is allocated for real):\n")
step("mydata <- matrix(rnorm(1000000), nrow = 1000)")
step("object.size(mydata)")
step("gcinfo('verbose')")
step("rm(mydata)")
step("gc()")

cat("\nWith gcinfo(TRUE) every collection reports (on stderr), as in R:\n")
sim_gcinfo(h, TRUE)
step("big <- lapply(1:12, function(i) numeric(1e6))")
step("rm(big); gc(verbose = TRUE)")

cat("\nsim_gc(h) returns the same matrix as base::gc():\n")
print(sim_gc(h))
cat("\nsim_object_size(h, 'matrix(rnorm(1e6), nrow = 1000)'):\n")
print(sim_object_size(h, "matrix(rnorm(1e6), nrow = 1000)"))
cat("\nEvery collection, and why it ran (sim_events):\n")
print(sim_events(h)[, c("n", "level", "reason", "level_reason", "vec_mb", "vcells_used", "vcells_trigger")])
cat("\nA job that would not fit on this machine fails exactly as R would:\n")
tryCatch(sim_eval(h, "x <- matrix(rnorm(1e12), nrow = 1e6)"), rheap_error = function(e) cat(conditionMessage(e), "\n"))

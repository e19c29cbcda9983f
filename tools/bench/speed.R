# speed.R -- how fast rheap simulates R code, against real R measured in the same run (issue 14).
#
#   Rscript --vanilla tools/bench/speed.R [--reps N] [--lib PATH] [WORKLOAD.R ...]
#
# For each workload (default: tools/bench/{scalar_loop,closures,r_closures,vectors}.R) it times, alternating,
# real R running the script as `source(file)` in a fresh `Rscript --vanilla` (the time of the
# source() call itself, measured inside that process) and rheap running it as
# `sim_source(heap(), file)` in this process (the time of the sim_source() call). It prints the
# median of N runs of each (default 3) and the ratio R time / rheap time: above 1 rheap is faster.
# Targets (issue 14): scalar loop and closure-heavy code (user closures; R's own lapply, sapply,
# vapply and Map) >= 1 (no slower than R), vector-heavy scripts >= 100.
#
# rheap is loaded from --lib (a library R CMD INSTALL -l wrote) or the default library. With
# --bin PATH (the core's example binary, `cargo build --release -p rheap-core --example run`) rheap's
# time is instead that of running `PATH FILE --source` (Session::source, what sim_source() calls),
# process start and session creation included.

args <- commandArgs(TRUE)
opt <- function(name, default) {
  i <- which(args == name)
  if (!length(i)) return(default)
  v <- args[i + 1L]; args <<- args[-c(i, i + 1L)]; v
}
reps <- as.integer(opt("--reps", "3"))
lib <- opt("--lib", NULL)
bin <- opt("--bin", NULL)
workloads <- if (length(args)) args else
  file.path("tools/bench", c("scalar_loop.R", "closures.R", "r_closures.R", "vectors.R"))
stopifnot(all(file.exists(workloads)), reps >= 1L)
if (is.null(bin)) suppressPackageStartupMessages(library(rheap, lib.loc = lib))

rscript <- file.path(R.home("bin"), "Rscript")
# real R: the elapsed time of source(file) in a fresh session, its output discarded
time_r <- function(file) {
  code <- sprintf("invisible(capture.output(t <- system.time(source('%s'))[['elapsed']])); cat(t)", file)
  as.numeric(system2(rscript, c("--vanilla", "-e", shQuote(code)), stdout = TRUE))
}
# rheap: the elapsed time of sim_source(h, file) in a fresh simulated session
time_sim <- function(file) {
  if (!is.null(bin)) return(system.time(system2(bin, c(file, "--source"), stdout = FALSE))[["elapsed"]])
  h <- heap()
  invisible(capture.output(t <- system.time(sim_source(h, file))[["elapsed"]]))
  t
}

rows <- lapply(workloads, function(f) {
  r <- s <- numeric(reps)
  for (k in seq_len(reps)) {
    r[k] <- time_r(f)
    s[k] <- time_sim(f)
  }
  data.frame(workload = basename(f), r_seconds = median(r), rheap_seconds = median(s),
             ratio = median(r) / median(s))
})
res <- do.call(rbind, rows)
cat(sprintf("%d runs each, medians; ratio = R time / rheap time (> 1: rheap faster)\n", reps))
print(format(res, digits = 3), row.names = FALSE)

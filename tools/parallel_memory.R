# parallel_memory.R -- measure real workers' memory for the sim_parallel() example and print it
# beside rheap's prediction.
#   Rscript --vanilla tools/parallel_memory.R
# Forked workers (mclapply): each reports its private dirty memory (/proc/self/smaps_rollup:
# Private_Dirty, the pages it wrote, its own copy) and R's gc() numbers after its work and a full
# collection; PSOCK workers (parLapply): gc()'s max used after the same work (a fresh session).
suppressMessages(library(parallel))
private_mb <- function() {
  l <- readLines("/proc/self/smaps_rollup")
  kb <- function(k) as.numeric(gsub("[^0-9]", "", grep(paste0("^", k, ":"), l, value = TRUE)))
  c(private_dirty_mb = kb("Private_Dirty") / 1024, rss_mb = kb("Rss") / 1024)
}
m <- matrix(0, 1000, 5000)
fun <- function(i) sum(m[, i] + 1)
parent <- private_mb()
fork <- mclapply(1:2, function(w) {
  before <- private_mb()
  r <- lapply(seq(w, 8, by = 2), fun)
  after_work <- private_mb()
  invisible(gc())
  after_gc <- private_mb()
  c(worker = w, before = before[["private_dirty_mb"]], after_work = after_work[["private_dirty_mb"]],
    after_full_gc = after_gc[["private_dirty_mb"]])
}, mc.cores = 2, mc.preschedule = FALSE)
cat(sprintf("parent: private dirty %.1f MB, rss %.1f MB\n", parent[[1]], parent[[2]]))
cat("fork workers, private dirty MB (before work, after work, after a full gc):\n")
print(do.call(rbind, fork))
cl <- makeCluster(2)
clusterExport(cl, c("m", "fun", "private_mb"))
ps <- parLapply(cl, splitIndices(8, 2), function(idx) {
  invisible(gc(reset = TRUE))
  r <- lapply(idx, fun)
  g <- gc()
  c(max_used_mb = sum(g[, 6]), rss_mb = private_mb()[["rss_mb"]])
})
stopCluster(cl)
cat("psock workers (gc() max used MB of the work, rss MB):\n")
print(do.call(rbind, ps))
if (requireNamespace("rheap", quietly = TRUE)) {
  print(rheap::sim_parallel("m <- matrix(0, 1000, 5000)\nfun <- function(i) sum(m[, i] + 1)", "fun", "1:8",
                            workers = 2, backend = "fork"))
  print(rheap::sim_parallel("m <- matrix(0, 1000, 5000)\nfun <- function(i) sum(m[, i] + 1)", "fun", "1:8",
                            workers = 2, backend = "psock", export = c("m", "fun")))
}

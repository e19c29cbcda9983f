# rheap corpus: benchmark/bm_prog_toeplitz.R
# source: R-benchmark-25 test bm_prog_toeplitz() of CRAN package benchmarkme 1.0.8 (Debian r-cran-benchmarkme); see tools/corpus/raw/benchmarkme/README.md
# licence: GPL-2 (package benchmarkme)
# pruned by tools/corpus/prune.R: nothing

timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_prog_toeplitz <-
function (runs = 3, verbose = TRUE) 
{
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "toeplitz", test_group = "prog", stringsAsFactors = FALSE)
    N = 3000
    ans = rep(0, N * N)
    dim(ans) = c(N, N)
    for (i in 1:runs) {
        invisible(gc())
        start = proc.time()
        for (j in 1:N) {
            for (k in 1:N) {
                ans[k, j] = abs(j - k) + 1
            }
        }
        stop = proc.time()
        timings[i, 1:3] = (stop - start)[1:3]
    }
    if (verbose) 
        message(c("\tCreation of a 3,000 x 3,000 Toeplitz matrix (loops)", 
            timings_mean(timings)))
    timings
}
timings <- bm_prog_toeplitz(runs = 1, verbose = FALSE)

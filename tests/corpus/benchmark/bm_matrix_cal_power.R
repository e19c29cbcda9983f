# rheap corpus: benchmark/bm_matrix_cal_power.R
# source: R-benchmark-25 test bm_matrix_cal_power() of CRAN package benchmarkme 1.0.8 (Debian r-cran-benchmarkme); see tools/corpus/raw/benchmarkme/README.md
# licence: GPL-2 (package benchmarkme)
# pruned by tools/corpus/prune.R: nothing

Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_cal_power <-
function (runs = 3, verbose = TRUE) 
{
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "power", test_group = "matrix_cal", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = abs(matrix(Rnorm(2500 * 2500)/2, ncol = 2500, nrow = 2500))
        invisible(gc())
        timings[i, 1:3] = system.time({
            b <- a^1000
        })[1:3]
    }
    if (verbose) 
        message(c("\t2,500 x 2,500 normal distributed random matrix^1,000", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_cal_power(runs = 1, verbose = FALSE)

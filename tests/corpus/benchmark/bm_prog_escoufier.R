# rheap corpus: benchmark/bm_prog_escoufier.R
# source: R-benchmark-25 test bm_prog_escoufier() of CRAN package benchmarkme 1.0.8 (Debian r-cran-benchmarkme); see tools/corpus/raw/benchmarkme/README.md
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
bm_prog_escoufier <-
function (runs = 3, verbose = TRUE) 
{
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "escoufier", test_group = "prog", stringsAsFactors = FALSE)
    p = 0
    vt = 0
    vr = 0
    vrt = 0
    rvt = 0
    RV = 0
    j = 0
    k = 0
    x2 = 0
    R = 0
    r_xx = 0
    r_yy = 0
    r_xy = 0
    r_yx = 0
    r_vmax = 0
    tr = function(y) {
        sum(c(y)[1 + 0:(min(dim(y)) - 1) * (dim(y)[1] + 1)], 
            na.rm = FALSE)
    }
    for (i in 1:runs) {
        x = abs(Rnorm(60 * 60))
        dim(x) = c(60, 60)
        invisible(gc())
        start = proc.time()
        p = ncol(x)
        vt = 1:p
        vr = NULL
        rv_cor = 1:p
        vrt = NULL
        for (j in 1:p) {
            r_vmax = 0
            for (k in 1:(p - j + 1)) {
                x2 = cbind(x, x[, vr], x[, vt[k]])
                R = cor(x2)
                r_yy = R[1:p, 1:p]
                r_xx = R[(p + 1):(p + j), (p + 1):(p + j)]
                r_xy = R[(p + 1):(p + j), 1:p]
                r_yx = t(r_xy)
                rvt = tr(r_yx %*% r_xy)/sqrt(tr(r_yy %*% r_yy) * 
                  tr(r_xx %*% r_xx))
                if (rvt > r_vmax) {
                  r_vmax = rvt
                  vrt = vt[k]
                }
            }
            vr[j] = vrt
            rv_cor[j] = r_vmax
            vt = vt[vt != vr[j]]
        }
        stop = proc.time()
        timings[i, 1:3] = (stop - start)[1:3]
    }
    if (verbose) 
        message(c("\tEscoufier's method on a 60 x 60 matrix (mixed)", 
            timings_mean(timings)))
    timings
}
timings <- bm_prog_escoufier(runs = 1, verbose = FALSE)

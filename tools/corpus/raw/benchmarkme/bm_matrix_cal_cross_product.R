Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_cal_cross_product <-
function (runs = 3, verbose = TRUE) 
{
    b = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "cross_product", test_group = "matrix_cal", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = Rnorm(2500 * 2500)
        dim(a) = c(2500, 2500)
        invisible(gc())
        timings[i, 1:3] = system.time({
            b <- crossprod(a)
        })[1:3]
    }
    if (verbose) 
        message(c("\t2,500 x 2,500 cross-product matrix (b = a' * a)", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_cal_cross_product(runs = 1, verbose = FALSE)

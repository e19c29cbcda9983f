Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_fun_cholesky <-
function (runs = 3, verbose = TRUE) 
{
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "cholesky", test_group = "matrix_fun", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = crossprod(new("dgeMatrix", x = Rnorm(3000 * 3000), 
            Dim = as.integer(c(3000, 3000))))
        invisible(gc())
        timings[i, 1:3] = system.time({
            b <- chol(a)
        })[1:3]
    }
    if (verbose) 
        message(c("\tCholesky decomposition of a 3,000 x 3,000 matrix", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_fun_cholesky(runs = 1, verbose = FALSE)

Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_fun_eigen <-
function (runs = 3, verbose = TRUE) 
{
    b = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "eigen", test_group = "matrix_fun", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = array(Rnorm(600 * 600), dim = c(600, 600))
        invisible(gc())
        timings[i, 1:3] = system.time({
            b <- eigen(a, symmetric = FALSE, only.values = TRUE)$Value
        })[1:3]
    }
    if (verbose) 
        message(c("\tEigenvalues of a 640 x 640 random matrix", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_fun_eigen(runs = 1, verbose = FALSE)

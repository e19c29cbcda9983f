Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_fun_inverse <-
function (runs = 3, verbose = TRUE) 
{
    b = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "inverse", test_group = "matrix_fun", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = new("dgeMatrix", x = Rnorm(1600 * 1600), Dim = as.integer(c(1600, 
            1600)))
        invisible(gc())
        timings[i, 1:3] = system.time({
            b <- solve(a)
        })[1:3]
    }
    if (verbose) 
        message(c("\tInverse of a 1,600 x 1,600 random matrix", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_fun_inverse(runs = 1, verbose = FALSE)

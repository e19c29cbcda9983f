Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_cal_lm <-
function (runs = 3, verbose = TRUE) 
{
    ans = 0
    b = as.double(1:5000)
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "lm", test_group = "matrix_cal", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = new("dgeMatrix", x = Rnorm(5000 * 500), Dim = as.integer(c(5000, 
            500)))
        invisible(gc())
        timings[i, 1:3] = system.time({
            ans = solve(crossprod(a), crossprod(a, b))
        })[1:3]
    }
    if (verbose) 
        message(c("\tLinear regr. over a 5,000 x 500 matrix (c = a \\ b')", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_cal_lm(runs = 1, verbose = FALSE)

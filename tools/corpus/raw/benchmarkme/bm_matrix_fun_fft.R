Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat
timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_fun_fft <-
function (runs = 3, verbose = TRUE) 
{
    b = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "fft", test_group = "matrix_fun", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = Rnorm(2500000)
        invisible(gc())
        timings[i, 1:3] = system.time({
            b <- fft(a)
        })[1:3]
    }
    if (verbose) 
        message(c("\tFFT over 2,500,000 random values", timings_mean(timings)))
    timings
}
timings <- bm_matrix_fun_fft(runs = 1, verbose = FALSE)

timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_prog_gcd <-
function (runs = 3, verbose = TRUE) 
{
    ans = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "gcd", test_group = "prog", stringsAsFactors = FALSE)
    gcd2 = function(x, y) {
        if (sum(y > 1e-04) == 0) {
            x
        }
        else {
            y[y == 0] = x[y == 0]
            Recall(y, x%%y)
        }
    }
    for (i in 1:runs) {
        a = ceiling(runif(1e+06) * 1000)
        b = ceiling(runif(1e+06) * 1000)
        invisible(gc())
        start = proc.time()
        ans = gcd2(a, b)
        stop = proc.time()
        timings[i, 1:3] = (stop - start)[1:3]
    }
    if (verbose) 
        message(c("\tGrand common divisors of 1,000,000 pairs (recursion)", 
            timings_mean(timings)))
    timings
}
timings <- bm_prog_gcd(runs = 1, verbose = FALSE)

timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_prog_fib <-
function (runs = 3, verbose = TRUE) 
{
    a = 0
    b = 0
    phi = 1.61803398874989
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "fib", test_group = "prog", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        a = floor(runif(3500000) * 1000)
        invisible(gc())
        start = proc.time()
        b = (phi^a - (-phi)^(-a))/sqrt(5)
        stop = proc.time()
        timings[i, 1:3] = (stop - start)[1:3]
    }
    if (verbose) 
        message(c("\t3,500,000 Fibonacci numbers calculation (vector calc)", 
            timings_mean(timings)))
    timings
}
timings <- bm_prog_fib(runs = 1, verbose = FALSE)

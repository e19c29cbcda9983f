timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_prog_hilbert <-
function (runs = 3, verbose = TRUE) 
{
    a = 3500
    b = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "hilbert", test_group = "prog", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        invisible(gc())
        start = proc.time()
        b = rep(1:a, a)
        dim(b) = c(a, a)
        b = 1/(t(b) + 0:(a - 1))
        stop = proc.time()
        timings[i, 1:3] = (stop - start)[1:3]
    }
    if (verbose) 
        message(c("\tCreation of a 3,500 x 3,500 Hilbert matrix (matrix calc)", 
            timings_mean(timings)))
    timings
}
timings <- bm_prog_hilbert(runs = 1, verbose = FALSE)

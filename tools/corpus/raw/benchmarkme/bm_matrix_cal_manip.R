timings_mean <-
function (timings) 
{
    ti = timings[, 3]
    ti = ti[ti > 0]
    m = mean(ti)
    paste0(": ", signif(m, 3), " (sec).")
}
bm_matrix_cal_manip <-
function (runs = 3, verbose = TRUE) 
{
    a = 0
    b = 0
    timings = data.frame(user = numeric(runs), system = 0, elapsed = 0, 
        test = "manip", test_group = "matrix_cal", stringsAsFactors = FALSE)
    for (i in 1:runs) {
        invisible(gc())
        timing = system.time({
            a = matrix(rnorm(2500 * 2500)/10, ncol = 2500, nrow = 2500)
            b = t(a)
            dim(b) = c(1250, 5000)
            a = t(b)
        })
        timings[i, 1:3] = timing[1:3]
    }
    if (verbose) 
        message(c("\tCreation, transp., deformation of a 5,000 x 5,000 matrix", 
            timings_mean(timings)))
    timings
}
timings <- bm_matrix_cal_manip(runs = 1, verbose = FALSE)

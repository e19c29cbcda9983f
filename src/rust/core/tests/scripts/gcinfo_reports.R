# gcinfo(TRUE) reports every automatic collection; gc(verbose = TRUE) reports the explicit one.
gcinfo(TRUE)
x <- numeric(0)
for (i in 1:3000) x <- c(x, i)
gc(verbose = TRUE)
gc(full = FALSE, verbose = TRUE)
invisible(gcinfo(FALSE))
length(x)

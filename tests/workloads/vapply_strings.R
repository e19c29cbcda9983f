# vapply(..., character(1)) keeps each call's string in its answer as it goes
# (SET_STRING_ELT): collections during the calls must not free the strings made so far.
x <- numeric(2e6)   # the session's peak, so that "max used" is not about the compiler's loading
rm(x)
p <- vapply(1:30000, function(i) paste0("s", i), character(1))
q <- vapply(1:20000, function(i) sprintf("%05d", i), character(1))
invisible(gc())

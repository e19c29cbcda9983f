# R 4 reference counting: modifying a vector copies only when it may be shared.
x <- numeric(1e5)
x[1] <- 2
y <- x
x[2] <- 3
x[3] <- 4
f <- function(v) { v[1] <- 0; v }
z <- f(x)
object.size(z)
z[100001] <- 1
length(z)
gc()

# R's own closures (lapply, sapply, vapply over 1e5 elements, Map over 5e4: rheap's mapply takes
# up to 65536) with a small FUN
x <- 1:100000
a <- lapply(x, function(v) v + 1)
b <- sapply(x, function(v) v * 2)
d <- vapply(x, function(v) v - 1, numeric(1))
y <- 1:50000
e <- Map(function(u, v) u + v, y, y)
print(c(length(a), sum(b), sum(d), length(e)))

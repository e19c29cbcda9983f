# vector-heavy script: large vectors and matrices, whole-vector arithmetic
x <- numeric(2e7)
y <- x + 1
z <- y * 2 + x
m <- matrix(0, 2000, 2000)
m2 <- m + 1
l <- lapply(1:20, function(i) numeric(1e6))
u <- unlist(l)
w <- rev(u)
k <- c(x, y)
rm(x, y, z, m, m2, l, u, w, k)
invisible(gc())

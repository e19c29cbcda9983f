gcinfo(FALSE)
f1 <- function(n) { v <- c(); for (i in 1:n) v <- c(v, i^2); v }
f2 <- function(n) { v <- numeric(n); for (i in 1:n) v[i] <- i^2; v }
a <- f1(5000); b <- f2(5000)
print(identical(a, b))
l <- list(); for (i in 1:1000) l[[i]] <- rnorm(10)
m <- do.call(rbind, l)
print(dim(m))
print(object.size(m))
print(format(object.size(l), units = "Kb"))
s <- character(0); for (i in 1:500) s[i] <- paste0("item", i)
print(tail(s, 3))
print(gc())

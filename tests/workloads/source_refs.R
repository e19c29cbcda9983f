# source() keeps the value of every top-level expression referenced (the list withVisible()
# returns holds it, and the count is not taken back when the list goes): the first later change
# of a top-level vector copies it, once; changes of values made inside a call do not copy.
x <- numeric(2e6)
x[1] <- 1
x[2] <- 2
y <- numeric(2e6)
for (i in 1:3) y[i] <- i
z <- numeric(2e6)
z[[5]] <- 5
f <- function(n) { v <- numeric(n); v[1] <- 1; v }
w <- f(2e6)
w[2] <- 2
k <- 1:10
s <- sum(x) + sum(y) + sum(z) + sum(w)
print(length(k))

s <- 0
for (i in 1:100000) s <- s + i %% 7
print(s)
n <- 0; i <- 1
while (i < 1e5) { i <- i * 2; n <- n + 1 }
print(n)
primes <- function(n) { p <- 2:n; i <- 1; while (i <= length(p)) { p <- p[p == p[i] | p %% p[i] != 0]; i <- i + 1 }; p }
print(primes(100))
collatz <- function(n) { k <- 0; while (n != 1) { n <- if (n %% 2 == 0) n / 2 else 3 * n + 1; k <- k + 1 }; k }
print(max(sapply(1:3000, collatz)))
m <- matrix(0, 50, 50)
for (i in 1:50) for (j in 1:50) m[i, j] <- i * j
print(sum(m))
repeat { s <- s - 1000; if (s < 0) break }
print(s)
print(gc())

# Closures, lexical scope, recursion and the JIT.
make_counter <- function() { n <- 0; function() { n <<- n + 1; n } }
counter <- make_counter()
counter(); counter()
counter()
fib <- function(n) if (n < 2) n else fib(n - 1) + fib(n - 2)
fib(15)
sq <- function(x) x^2
sapply(1:5, sq)
gc()

make_counter <- function() { i <- 0; function() { i <<- i + 1; i } }
cnt <- make_counter(); for (k in 1:5) cnt(); print(cnt())
memo <- new.env()
fib <- function(n) {
  key <- as.character(n)
  if (!is.null(memo[[key]])) return(memo[[key]])
  r <- if (n < 2) n else fib(n - 1) + fib(n - 2)
  memo[[key]] <- r
  r
}
print(fib(60))
print(Reduce(`+`, 1:10, accumulate = TRUE))
print(Filter(function(v) v %% 2 == 0, 1:20))
print(Map(function(a, b) a * b, 1:3, 4:6))
compose <- function(f, g) function(x) g(f(x))
h <- compose(sqrt, function(v) v + 1)
print(h(16))
print(do.call(paste, list("a", "b", sep = "-")))
qs <- function(v) if (length(v) <= 1) v else { p <- v[1]; c(qs(v[v < p]), v[v == p], qs(v[v > p])) }
set.seed(3); print(qs(sample(100, 20)))
print(vapply(list(1:3, 4:9), function(v) sum(v^2), numeric(1)))

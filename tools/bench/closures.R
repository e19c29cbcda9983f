# closure-heavy code: many calls of small user closures and of R's own closures
add1 <- function(x) x + 1
scale2 <- function(x, k = 2) add1(x) * k
clamp <- function(x, lo = 0, hi = 100) if (x < lo) lo else if (x > hi) hi else x
s <- 0
for (i in 1:100000) s <- s + clamp(scale2(i %% 7))
acc <- 0
for (i in 1:20000) {
  v <- c(i, i + 1, i + 2)
  acc <- acc + mean(v) + max(rev(v)) + length(seq_len(3)) + nchar("abc")
}
r <- sapply(1:20000, function(j) j * 2)
print(c(s, acc, sum(r)))

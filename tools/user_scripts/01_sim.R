set.seed(42)
sim <- function(n, mu = 0) {
  x <- rnorm(n, mu)
  c(mean = mean(x), sd = sd(x), se = sd(x) / sqrt(n))
}
res <- t(replicate(200, sim(50, 1)))
print(head(res))
print(colMeans(res))
df <- data.frame(n = rep(c(10, 50, 100), each = 100))
df$est <- sapply(df$n, function(n) mean(rnorm(n)))
agg <- aggregate(est ~ n, data = df, FUN = function(v) c(m = mean(v), s = sd(v)))
print(agg)
print(tapply(df$est, df$n, var))
print(quantile(df$est, c(0.05, 0.5, 0.95)))

# Deferred warnings: R_Warnings (50 slots and their names) from the first warning of the
# top-level call, a message CHARSXP per warning, last.warning when they are printed.
to_num <- function(s) as.numeric(s)
x <- to_num(c("1", "2", "three"))
print(x)
check <- function(v) {
  if (any(is.na(v))) warning("missing values: ", sum(is.na(v)))
  length(v)
}
n <- sum(vapply(1:30, function(i) check(c(i, NA)), 0))
print(n)
y <- suppressWarnings(as.integer("zz"))
print(y)
r <- tryCatch(warning("caught"), warning = function(w) conditionMessage(w))
print(r)
big <- runif(1e6) + runif(3)
print(length(big))

# Data frames: building, indexing rows and columns, printing, in loops.
n <- 2000
df <- data.frame(id = 1:n, score = rnorm(n), group = rep(c("a", "b"), n / 2))
print(dim(df))
print(object.size(df))
small <- data.frame(x = 1:4, y = c(1.5, 2.5, 3.5, 4.5), f = factor(c("u", "v", "u", "v")))
small
print(small[2:3, ])
total <- 0
for (i in 1:500) total <- total + small[(i %% 4) + 1, "y"]
print(total)
parts <- lapply(1:300, function(i) small[c(1, 3), ])
print(length(parts))
print(head(small, 2))
for (i in 1:200) print(nrow(small))
rm(parts)
gc()

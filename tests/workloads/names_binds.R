# Names built by c() and unlist(), matrices built by cbind()/rbind() in loops.
parts <- lapply(1:2000, function(i) c(a = i, b = i + 1))
flat <- unlist(parts)
print(length(flat))
print(head(names(flat)))
print(object.size(flat))
nested <- list(a = list(x = 1, y = 2:3), b = 4)
print(unlist(nested))
m <- NULL
for (i in 1:300) m <- rbind(m, c(id = i, v = i * 2))
print(dim(m))
print(object.size(m))
x <- 1:1000; y <- x * 2
mm <- cbind(x, y)
print(object.size(mm))
w <- which(x %% 7 == 0)
print(length(w))
rm(parts, flat, m)
gc()

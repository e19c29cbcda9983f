# Changing only the attributes of a shared long vector wraps it (ALTREP wrapper, EnsureLocal in
# complex assignment) instead of copying its data; the first write into it copies the data.
x <- runif(1e6)
views <- vector("list", 18)
for (i in 1:18) {
  v <- x
  dim(v) <- c(1000, 1000)
  names(v) <- NULL
  class(v) <- "view"
  attr(v, "id") <- i
  views[[i]] <- v
}
print(length(views))
print(class(views[[3]]))
m <- x
dim(m) <- c(100, 1e4)
print(dim(m))
s <- structure(x, tag = "s")
print(attr(s, "tag"))
m[1] <- 0
s[2] <- 0
print(length(m) + length(s))
small <- c(1, 2, 3)
t2 <- structure(small, class = "t")
print(class(small))
rm(views)

# Nested complex assignment on a shared container (subassign.c, eval.c applydefine): the
# container is duplicated shallowly, the element it shares is duplicated too, the other value
# keeps its own.
# Each line: the other holder's value, the changed one, the number of 1e5-element copies made.
l <- list(a = numeric(100000), b = 1:10)
l2 <- l
invisible(gc()); g0 <- gc()[2, 1]
l2[[1]][5] <- 1
g1 <- gc()[2, 1]
cat(l$a[5], l2$a[5], round((g1 - g0) / 1e5), "\n")  # one copy of the element
l3 <- l2
invisible(gc()); g0 <- gc()[2, 1]
l3$a[6] <- 2
g1 <- gc()[2, 1]
cat(l2$a[6], l3$a[6], round((g1 - g0) / 1e5), "\n")  # one copy of the element
k <- new.env()
k$a <- numeric(100000)
e <- k$a
invisible(gc()); g0 <- gc()[2, 1]
k$a[5] <- 3
g1 <- gc()[2, 1]
cat(e[5], k$a[5], round((g1 - g0) / 1e5), "\n")  # one copy of the element
m <- list(p = list(q = numeric(100000)))
m2 <- m
invisible(gc()); g0 <- gc()[2, 1]
m2$p$q[1] <- 4
g1 <- gc()[2, 1]
cat(m$p$q[1], m2$p$q[1], round((g1 - g0) / 1e5), "\n")  # one copy of the element
# the same in a closure the JIT compiles (byte code: STARTASSIGN duplicates the shared list)
f <- function(l) { l2 <- l; l2[[1]][5] <- 7; l2$b[2] <- 0L; c(l$a[5], l2$a[5], l$b[2], l2$b[2]) }
cat(f(l), f(l), "\n")

# seq(from, to, by) with doubles: seq.default corrects the overshoot with pmin(x, to), whose first
# call lazy-loads pmin and `mostattributes<-` from base (kept for the session).
v1 <- seq(1, 201, by = 2)
v2 <- seq(10, 1, by = -3)
v3 <- seq(1L, 9L, by = 2L)   # integer: no pmin

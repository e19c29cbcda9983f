# A vector grown at its end in a compiled loop grows in place: the builtin calls in the index
# (`length(w)`) leave it referenced once (BUILTIN_CALL_FRAME_ARGS), so `w[length(w) + 1L] <- i`
# reallocates only when the 5 % over-allocation is used up (EnlargeVector).
w <- c()
for (i in 1:5000) w[length(w) + 1L] <- i
print(length(w))
v <- numeric(2e6)
v[1] <- 0
for (i in 1:20) v[length(v) + 1L] <- i
print(length(v))
u <- integer(0)
for (i in seq_len(5000)) u[i] <- i
print(sum(u))

# sprintf() over a long vector: one CHARSXP per element, made one at a time (sprintf.c do_sprintf,
# mkCharCE per element), so collections run inside the call; then a data frame bound to itself
# (rbind.data.frame: each column duplicated, then enlarged past its end by EnlargeVector with
# R_EXPAND_FRAC room).
s <- sprintf("%05d", 1:5e5)
print(s[c(1, 500000)])
t <- sprintf("id%d-%s", 1:70000, "x")
print(length(t))
d <- data.frame(id = 1:100000, v = numeric(100000), g = rep(c("a", "b"), 50000))
h <- rbind(d, d)
print(dim(h))
rm(s)
h2 <- rbind(h, d, d)
print(nrow(h2))

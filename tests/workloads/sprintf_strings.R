# sprintf() over a long vector: one CHARSXP per element, made one at a time (sprintf.c do_sprintf,
# mkCharCE per element), found in the cache when it is there already.
s <- sprintf("%05d", 1:3e5)
print(s[c(1, 300000)])
t <- sprintf("id%d-%s", 1:70000, "x")
print(length(t))
u <- sprintf("%05d", 1:1e5)
print(u[100000])

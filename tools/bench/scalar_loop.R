# scalar loop (issue 14): one double accumulated over 2e6 iterations
s <- 0
for (i in 1:2e6) s <- s + i * 2
print(s)

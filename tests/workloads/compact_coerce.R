# as.numeric() of a compact integer sequence is a compact real sequence: no data
# (altclasses.c compact_intseq_Coerce, asked first by coerceVector).
x <- 1:3000000
y <- as.numeric(x)
z <- as.double(1:2000000)
w <- as.numeric(x[1:10])
for (i in 1:20) tmp <- numeric(1e5)
s <- sum(y)

# as.numeric(1:n) is a compact real sequence: coerceVector asks an ALTREP object to coerce itself
# first (coerce.c), and a compact integer sequence answers with a compact real sequence of the
# same length, start and step (altclasses.c compact_intseq_Coerce) -- no data, even when the
# integer sequence was expanded.
#   Rscript --vanilla tools/mechanisms/compact_coerce.R
x <- 1:3000000
v0 <- gc()[2, 1]
y <- as.numeric(x)
cat("Vcells more after as.numeric(1:3e6):", gc()[2, 1] - v0, "\n")   # a few, not 3e6
.Internal(inspect(y))                                                 # compact realseq

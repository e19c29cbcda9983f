# Byte-code calls of builtins drop their argument references before the builtin runs
# (eval.c: BUILTIN_CALL_FRAME_ARGS; the AST interpreter's evalList does the same with
# INCREMENT_LINKS/DECREMENT_LINKS on CONS_NR cells): after `length(w)` the vector is still
# referenced once, so `w[length(w) + 1L] <- i` in a compiled loop grows it in place, with
# EnlargeVector's over-allocation (R_EXPAND_FRAC = 1.05: GROWABLE bit gp=0x20, truelength above
# the length), instead of copying it at every step.
#   Rscript --vanilla tools/mechanisms/builtin_args.R
w <- c()
for (i in 1:3) w[length(w) + 1L] <- i
tracemem(w)
for (i in 4:30) w[length(w) + 1L] <- i   # no "tracemem[... -> ...]" line: no copy
untracemem(w)
.Internal(inspect(w))                    # INTSXP ... [REF(1),gp=0x20] (len=30, tl=31)
v <- 1L
gcinfo(TRUE)
for (i in 2:200000) v[length(v) + 1L] <- i   # 200000 appends, no collection
gcinfo(FALSE)
cat("appended", length(v), "\n")

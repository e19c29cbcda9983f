# Allocation with the collector off. ALTREP methods run with R_GCEnabled = FALSE (altrep.c:
# ALTVEC_DATAPTR_EX, ALTSTRING_ELT, ALTSTRING_SET_ELT): the expansion of a compact sequence when
# code needs its data pointer, the duplicate a wrapper makes of shared data on the first write,
# a deferred string's elements. An allocation that does not fit then runs no collection
# (memory.c: R_gc_internal): R_NSize moves up to what is in use, R_VSize grows by the shortfall,
# num_old_gens_to_collect goes up a level when less than R_MinFreeFrac (20 %) of the vector heap
# would be free, and gc_pending makes the next allocation collect, at the raised level, reporting
# the heap 100 % full. Arithmetic allocates its result before it reads an operand's data.
#   Rscript --vanilla tools/mechanisms/gc_off.R
x <- 1:400000                      # compact: no data
.Internal(inspect(x))              # "1 : 400000 (compact)"
g <- gc()
a <- numeric(g[2, 3] - g[2, 1] - 330000)   # room for the sum's result, not for x's data as well
gcinfo(TRUE)
y <- x + 1L                        # no collection here: result, then x expanded with the collector off
.Internal(inspect(x))              # "1 : 400000 (expanded)"
z <- 1                             # "Garbage collection 3 = 0+1+2 (level 1)", vectors 100 %
gcinfo(FALSE)
rm(a, y)
invisible(gc())
v <- numeric(400000)
w <- v                             # v's data is shared
g <- gc()
a <- numeric(g[2, 3] - g[2, 1] - 300000)   # room for less than v's data
gcinfo(TRUE)
v[1] <- 1                          # EnsureLocal wraps v; the write duplicates the data, collector off
z <- 2                             # the pending collection, level 1, vectors 100 %
gcinfo(FALSE)

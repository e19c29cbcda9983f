# vapply(X, FUN, character(1)) puts each call's string into its answer as the call returns
# (apply.c do_vapply: SET_STRING_ELT(ans, i, STRING_ELT(val, 0))), so a collection during a later
# call keeps every string made so far: the answer holds 200000 distinct CHARSXPs, and the Ncells
# in use grow by one per string (rheap lost those made before the last collection).
#   Rscript --vanilla tools/mechanisms/vapply_strings.R
f <- function(i) paste0("s", i)
invisible(vapply(1:10, f, character(1)))    # FUN compiled, the compiler loaded
n0 <- gc()[1, 1]
p <- vapply(1:200000, f, character(1))
cat("Ncells more:", gc()[1, 1] - n0, "\n")   # 200000 strings and a few cells

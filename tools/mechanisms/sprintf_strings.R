# sprintf() over a vector makes one CHARSXP per element (sprintf.c do_sprintf: SET_STRING_ELT(ans,
# ns, mkCharCE(outputString, ...))), one allocation at a time: the nodes fill up while it runs, so
# level-0 and level-1 collections happen inside the call (gcinfo shows them at 73 % and 100 % of the
# cons cells), and the answer holds 500000 distinct CHARSXPs, one Ncell and one Vcell each ("00001"
# fits a one-Vcell small vector). rheap made no strings for vectors longer than it keeps values.
#   Rscript --vanilla tools/mechanisms/sprintf_strings.R
g0 <- gc()
gcinfo(TRUE)
s <- sprintf("%05d", 1:5e5)
gcinfo(FALSE)
g1 <- gc()
cat("Ncells more:", g1[1, 1] - g0[1, 1], " Vcells more:", g1[2, 1] - g0[2, 1], "\n")

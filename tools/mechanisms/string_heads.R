# Garbage strings at the heads of the CHARSXP cache's chains survive young collections
# (memory.c RunGenCollect; envir.c mkCharLenCE). A new CHARSXP is written at the front of its
# chain in R_StringHash (SET_VECTOR_ELT): the table is old, so the write barrier puts it on an
# old-to-new list, and every collection that leaves the table's generation alone marks all the
# table's elements -- the chain heads -- before the weak pass over the cache. A string made and
# dropped at once (`tmp` below, and the text of `i` paste0 makes) is the head of its chain until a
# newer string of the same slot comes, so it survives level 0 and 1 collections and goes only at
# a level 2 one. The cons cells in use after each level-0 collection grow by about two nodes per
# loop step; the full gc() at the end frees them all.
#   Rscript --vanilla tools/mechanisms/string_heads.R
gcinfo(TRUE)
for (i in 1:40000) tmp <- paste0("id", i)
invisible(gcinfo(FALSE))
cat("Ncells in use after gc(), a level 2 collection:", gc()[1, 1], "\n")

# Large vectors that do not fit grow the vector heap at once (level-2 collections).
gcinfo(TRUE)
l <- lapply(1:12, function(i) numeric(1e6))
length(l)
rm(l)
gc()
gc()

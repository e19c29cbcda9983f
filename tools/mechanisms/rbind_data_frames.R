# rbind() of data frames runs rbind.data.frame (dataframe.R): value <- unclass(<first>), then
# value[[j]][ri] <- xi[[j]] for each argument i and column j. The first assignment duplicates the
# column value shares with the first data frame; the second assigns past its end (subassign.c
# EnlargeVector), which allocates a growable vector R_EXPAND_FRAC (1.05) times the new length:
# .Internal(inspect()) shows len=200000, tl=210000 for every column, so the result takes 5 % more
# Vcells than its length says. Its first call lazy-loads rbind.data.frame and its helpers.
#   Rscript --vanilla tools/mechanisms/rbind_data_frames.R
d <- data.frame(id = 1:100000, v = numeric(100000), g = rep(c("a", "b"), 50000))
v0 <- gc()[2, 1]
h <- rbind(d, d)
cat("Vcells more:", gc()[2, 1] - v0, "(columns of 200000: 400000 without the over-allocation)\n")
.Internal(inspect(h, 1))

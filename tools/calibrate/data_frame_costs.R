# data_frame_costs.R -- what data-frame methods keep (first call) and allocate (every call),
# R 4.2.2, one Rscript --vanilla process, in this order.
#   Rscript --vanilla tools/calibrate/data_frame_costs.R tests/fixtures/data-frame-costs.tsv
# kept = used after - used before (full collections); alloc = max used after a reset - used
# before. Subtract the `nothing` row (the harness) from both.
g <- function(reset) .Internal(gc(FALSE, reset, TRUE))
m <- function(expr) {
  m0 <- g(TRUE); eval.parent(substitute(expr)); m1 <- g(FALSE)
  c(m1[1] - m0[1], m1[2] - m0[2], m1[11] - m0[1], m1[12] - m0[2])
}
df <- data.frame(x = 1:3, y = c("a", "b", "c"))
r <- list()
r$warmup <- m(NULL); r$nothing <- m(NULL)
r$dim_first <- m(z <- dim(df)); r$dim <- m(z <- dim(df))
r$nrow <- m(z <- nrow(df)); r$ncol <- m(z <- ncol(df))
r$element_first <- m(z <- df[2, "x"]); r$element <- m(z <- df[2, "x"])
r$rows_first <- m(z <- df[1:2, ]); r$rows <- m(z <- df[1:2, ])
r$column <- m(z <- df[, "y"])
r$head_first <- m(z <- head(df, 2)); r$head <- m(z <- head(df, 2))
sink(tempfile())
r$print_first <- m(print(df)); r$print <- m(print(df))
sink()
x <- do.call(rbind, r)
out <- data.frame(case = rownames(x), kept_n = x[, 1], kept_v = x[, 2], alloc_n = x[, 3], alloc_v = x[, 4])
write.table(out, commandArgs(TRUE)[1L], sep = "\t", quote = FALSE, row.names = FALSE)

# s4_costs.R -- what the methods package keeps and allocates for setClass(), new() and `@<-`
# (R 4.2.2, one Rscript --vanilla process, in this order: the first calls of a session matter).
#   Rscript --vanilla tools/calibrate/s4_costs.R tests/fixtures/s4-costs.tsv
# kept = used after - used before (full collections); alloc = max used after a reset - used
# before (no collection happens in between). The harness's own cost is the `nothing` row.
g <- function(reset) .Internal(gc(FALSE, reset, TRUE))
m <- function(expr) {
  m0 <- g(TRUE); eval.parent(substitute(expr)); m1 <- g(FALSE)
  c(m1[1] - m0[1], m1[2] - m0[2], m1[11] - m0[1], m1[12] - m0[2])
}
r <- list()
r$warmup <- m(NULL)
r$nothing <- m(NULL)
r$setClass_first <- m(setClass("A0", representation(a = "numeric")))
r$setClass_k1 <- m(setClass("A1", representation(a = "numeric")))
r$setClass_k2 <- m(setClass("A2", representation(a = "numeric", b = "numeric")))
r$setClass_k3 <- m(setClass("A3", representation(a = "numeric", b = "numeric", c = "numeric")))
r$setClass_k4 <- m(setClass("A4", representation(a = "numeric", b = "numeric", c = "numeric", d = "numeric")))
r$setClass_k1_character <- m(setClass("C1", representation(a = "character")))
r$setClass_k1_list <- m(setClass("L1", representation(a = "list")))
r$setClass_slots_first <- m(setClass("S1", slots = c(a = "numeric")))
r$new_first <- m(x <- new("A0", a = 1))
r$new_k1 <- m(x <- new("A0", a = 1))
r$new_k1_first_of_class <- m(x1 <- new("A1", a = 1))
r$new_k2_first_of_class <- m(x2 <- new("A2", a = 1, b = 2))
r$new_k2 <- m(x2 <- new("A2", a = 1, b = 2))
r$new_k4_first_of_class_g1 <- m(x4 <- new("A4", a = 1))
r$new_k4_g1 <- m(x4 <- new("A4", a = 1))
r$new_k4_g4 <- m(x4 <- new("A4", a = 1, b = 2, c = 3, d = 4))
i <- 5L
r$new_k2_integer_first <- m(x2 <- new("A2", a = i, b = 2))
r$new_k2_integer <- m(x2 <- new("A2", a = i, b = 2))
r$slot_get <- m(z <- x2@a)
r$slot_set_first <- m(x2@a <- 5)
r$slot_set <- m(x2@a <- 6)
x <- do.call(rbind, r)
out <- data.frame(case = rownames(x), kept_n = x[, 1], kept_v = x[, 2], alloc_n = x[, 3], alloc_v = x[, 4])
write.table(out, commandArgs(TRUE)[1L], sep = "\t", quote = FALSE, row.names = FALSE)

# rheap corpus: rd-base/matmult.R
# source: the examples of help page matmult.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: matmult
### Title: Matrix Multiplication
### Aliases: %*% matmult
### Keywords: array arith

### ** Examples

x <- 1:4
(z <- x %*% x)    # scalar ("inner") product (1 x 1 matrix)
drop(z)             # as scalar

y <- diag(x)
z <- matrix(1:12, ncol = 3, nrow = 4)
y %*% z
y %*% x
x %*% z



